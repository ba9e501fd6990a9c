"""The area a place is said to lie in: "the Vorukh exclave in Batken", "Ak-Sai, in Batken".
A bare name after "in" right after another place's name (its kind word between at most)
names where that place is. When the name's reading is a town or village the first place
lies far from (it is not in it), the name is read as the area of that name that holds it:
the region, else the district (an area name written bare is mostly the region's). And the
other way round: a name said to lie in a region or district keeps only a reading inside
it (``outside_their_area``)."""

from __future__ import annotations

import re

from ..gazetteer.places import Place
from ._text import Document
from ._toponym_base import KIND_WORDS, Mention, km
from ._toponym_matcher import ToponymMatcher

__all__ = ["areas_holding", "outside_their_area"]

_IN = re.compile(r"(?:\s+(?P<kind>[a-z]+))?,?\s+in\s+(?:the\s+)?")
#: How far from a town a place said to be in it may lie (its outskirts).
_IN_TOWN_KM = 10
_SETTLEMENTS = frozenset({"town", "city", "village"})
_AREA_ORDER = ("region", "district")
_NEXT_WORD = re.compile(r"\s+(\w+)")


def areas_holding(doc: Document, m: ToponymMatcher, mentions: list[Mention]) -> None:
    """Read "X in Y" with Y the area of that name holding X when X is not in the town Y."""
    text = doc.text
    for a, b in zip(mentions, mentions[1:], strict=False):
        if a.place is None or b.place is None or a.sentence != b.sentence or b.kinds or \
                b.place.kind not in _SETTLEMENTS or a.place.kind in _AREA_ORDER:
            continue
        gap = _IN.fullmatch(text, a.end, b.start)
        if gap is None or (gap.group("kind") and gap.group("kind") not in KIND_WORDS):
            continue
        after = _NEXT_WORD.match(text, b.end)
        if after and after.group(1).lower() in KIND_WORDS:
            continue  # "in Batken district": the kind word has said which
        if km(a.place, b.place) <= _IN_TOWN_KM:
            continue
        area = _holding_area(m, b, a)
        if area is not None:
            b.place = area
            b.reason = f"the area {a.text} is said to lie in"


def _holding_area(m: ToponymMatcher, name: Mention, inside: Mention):
    areas = [m.gaz.places[i] for i in m.ids_of_key(name.key)]
    for kind in _AREA_ORDER:
        for p in areas:
            if p.kind == kind and km(p, inside.place) <= (p.precision_m or 0) / 1000:
                return p
    return None


#: "X area of Batken region", "X village of Leilek district", "X in Batken region" (not
#: a comma: "Vorukh, Leilek district and Kadamjay district" is a list), and in Russian the
#: area's genitive right after the name («Мойнок Баткенской области»)
_OF_AREA = re.compile(r"(?:\s+(?P<kind>[a-z]+))?\s+(?:of|in)\s+(?:the\s+)?")
_GENITIVE_AREA = re.compile(r"(?:области|района)$", re.I)
_AREA_WORDS = frozenset({"area", "locality", "site", "tract", "zone", "section", "sector"})
#: How far outside the area it is said to lie in a reading may be (the area's point is its
#: seat, not its outline)
_OUTSIDE_KM = {"region": 150.0, "district": 50.0}


def outside_their_area(doc: Document, mentions: list[Mention]) -> None:
    """A name said to lie in a region or district ("Moinok area of Batken region") keeps
    only a reading in that area: of its readings, one with the area's region (district),
    else one near the area's point; with none, it stays unresolved, its reading suggested
    (GeoNames' Muynak on the Aral Sea is no place of Batken region). A curated place the
    name reads as alone keeps its reading (a text may give a neighbouring district)."""
    text = doc.text
    for a, b in zip(mentions, mentions[1:], strict=False):
        area = b.place
        if a.place is None or area is None or area.kind not in _OUTSIDE_KM or \
                a.sentence != b.sentence or a.place.kind in _AREA_ORDER:
            continue
        if a.place.origin == "curated" and len(a.candidates) < 2:
            continue  # a curated place of one reading: the text's area may be loose
        if not _said_in(text, a, b):
            continue
        fitting = [p for p in a.candidates or [a.place] if _inside(p, area)]
        if a.place in fitting:
            continue
        if fitting:
            a.place = fitting[0]
            a.reason = f"{a.reason}; in {area.name}, as the text says"
        else:
            a.suggestions = [f"{a.place.name} ({a.place.country}, {a.place.kind}, "
                             f"{km(a.place, area):.0f} km from {area.name})"]
            a.reason = f"the text puts it in {area.name}; the gazetteer has no such place there"
            a.place = None


def _said_in(text: str, a: Mention, b: Mention) -> bool:
    """Whether the text between two names says the first lies in the second."""
    gap = _OF_AREA.fullmatch(text, a.end, b.start)
    if gap is None:  # «Мойнок Баткенской области»: the area's genitive right after it
        return text[a.end:b.start].isspace() and bool(_GENITIVE_AREA.search(b.text))
    kind = gap.group("kind")
    return not kind or kind in KIND_WORDS or kind in _AREA_WORDS


def _inside(p: Place, area: Place) -> bool:
    """Whether a reading lies in the area: in its region (district), or near its point."""
    if area.kind == "region":
        same = bool(area.admin1) and p.admin1 == area.admin1
    else:
        same = bool(area.admin2) and p.admin2 == area.admin2 and p.admin1 == area.admin1
    return same or km(p, area) <= _OUTSIDE_KM[area.kind]
