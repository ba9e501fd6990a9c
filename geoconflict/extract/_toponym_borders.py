"""The border a sentence names ("on the Uzbek-Kyrgyz border", "the border between
Kyrgyzstan and Tajikistan", «на кыргызско-таджикской границе») tells which of a name's
readings is meant: Kyrgyzstan has a Dostuk post on the Tajik border and a Dostuk crossing
on the Uzbek one. A reading in one of the two countries whose nearest place across a
border lies in the other is on that border; the other readings are not.
"""

from __future__ import annotations

import re

from ..gazetteer.places import Place
from ._literal_cues import Cued
from ._toponym_base import km
from ._toponym_matcher import ToponymMatcher

__all__ = ["border_named", "on_border"]

_CC = {"kyrgyz": "KG", "kirghiz": "KG", "киргиз": "KG", "кыргыз": "KG",
       "tajik": "TJ", "таджик": "TJ", "uzbek": "UZ", "узбек": "UZ"}
_EN = r"\b(kyrgyz|kirghiz|tajik|uzbek)(?:i?stan|i)?"
_RU = r"(киргиз|кыргыз|таджик|узбек)\w*"
# a pair joined by a hyphen ("Kyrgyz-Tajik", «кыргызско-таджикский») in a sentence that
# speaks of a border, or "the border between X and Y"
_PAIRS = [
    re.compile(_EN + r"\s*[-–—/]\s*" + _EN + r"\b", re.I),
    re.compile(r"border\s+between\s+(?:the\s+)?" + _EN + r"\s+and\s+(?:the\s+)?" + _EN, re.I),
    re.compile(_RU + r"\s*-\s*" + _RU, re.I),
]
_BORDER = Cued(re.compile(r"border|frontier|границ|рубеж", re.I))
# three countries joined ("the Kyrgyz-Tajik-Uzbek border", the tri-junction): no one border
_THREE = re.compile(rf"{_EN}\s*[-–—/]\s*{_EN}\s*[-–—/]\s*{_EN}|"
                    rf"{_RU}\s*-\s*{_RU}\s*-\s*{_RU}", re.I)
#: farther than this from every place across a border, a reading is on none
_REACH_KM = 60.0


def border_named(sentence: str) -> frozenset[str]:
    """The two countries of the one border the sentence names, or an empty set (none, or
    several borders)."""
    found = set()
    if not _BORDER.search(sentence) or _THREE.search(sentence):
        return frozenset()
    for pattern in _PAIRS:
        for m in pattern.finditer(sentence):
            pair = frozenset(_CC[g.lower()] for g in m.groups())
            if len(pair) == 2:
                found.add(pair)
    return next(iter(found)) if len(found) == 1 else frozenset()


def on_border(place: Place, pair: frozenset[str], m: ToponymMatcher) -> bool:
    """Whether ``place`` lies in one country of ``pair`` and its nearest curated place of
    another country (within ``_REACH_KM``) is in the other; ``m`` is the matcher, which
    keeps the curated places by country and each answer."""
    across, memo = m.across, m.facing
    if not across:
        for p in m.gaz.places:
            if p.origin == "curated" and p.kind not in ("region", "capital", "country"):
                across.setdefault(p.country, []).append(p)
    if place.country not in pair:
        return False
    if place.id not in memo:
        best, facing = _REACH_KM, ""
        for cc, places in across.items():
            if cc == place.country:
                continue
            for other in places:
                d = km(place, other)
                if d < best:
                    best, facing = d, cc
        memo[place.id] = facing
    return memo[place.id] in pair  # (the place's own country is never the one facing it)
