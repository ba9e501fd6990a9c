"""Ambiguity resolver: one reading for each mention.

In order: the kind the text implies narrows the candidates ("Dostuk border post" vs the
village; "Syrdarya region" when the gazetteer has only the town is left unresolved with
the town suggested); names that only their context found are looked up through the
near-miss rule of ``_toponym_fuzzy``; a bare name takes the reading that its cued
mentions got in the same article (one sense per article); and a name that still has
several readings takes the one that scores best on: the country named right before it
(+30) or in its sentence (+15), lying on the border the sentence names ("the Uzbek-Kyrgyz
border": +30, see ``_toponym_borders``), its district (+25) or region (+10) named in the sentence,
the distance to the article's unambiguous places (−1 per 5 km, up to 300 km), and a
curated record (+5); of readings that score the same, a city or town before a village.
"""

from __future__ import annotations

import re

from ..gazetteer.places import Place
from ._text import Document
from ._toponym_base import AREA_KINDS, PREFERRED, Mention, country_codes_in, nearest_km
from ._toponym_borders import border_named, on_border
from ._toponym_fuzzy import UNKNOWN_FINDERS, lookup_unknown
from ._toponym_matcher import ToponymMatcher

__all__ = ["resolve"]

_NO_ANCHOR_KINDS = frozenset({"region", "district", "capital", "area"})


def resolve(doc: Document, m: ToponymMatcher, mentions: list[Mention]) -> None:
    """Set ``place`` (or ``suggestions``), ``reason`` and ``how`` of every mention."""
    for mm in mentions:
        if mm.candidates and mm.kinds:
            _narrow_by_kind(m, mm)
        if mm.candidates:
            _narrow_by_demonym(doc, mm)
    for mm in mentions:
        if not mm.candidates and mm.how in UNKNOWN_FINDERS:
            lookup_unknown(doc, m, mm, mentions)
    _one_sense(mentions)
    anchors = list({id(mm.candidates[0]): mm.candidates[0] for mm in mentions
                    if len(mm.candidates) == 1
                    and mm.candidates[0].kind not in _NO_ANCHOR_KINDS}.values())
    countries: dict[int, list[str]] = {}
    borders: dict[int, frozenset[str]] = {}
    away: dict[int, float] = {}  # id of a reading -> km to the nearest other anchor
    for mm in mentions:
        if len(mm.candidates) == 1:
            mm.place = mm.candidates[0]
            mm.reason = mm.reason or _reason(mm)
        elif mm.candidates:
            if mm.sentence not in countries:
                text = doc.sentences[mm.sentence].text
                countries[mm.sentence] = country_codes_in(text)
                borders[mm.sentence] = border_named(text)
            on = [p for p in mm.candidates if on_border(p, borders[mm.sentence], m)]
            _pick(doc, mm, mentions, anchors, countries[mm.sentence], away,
                  on if len(on) < len(mm.candidates) else [])


# the country told with the kind word: "the Uzbek village of X", "the Tajik exclave of X"
_DEMONYM_KIND = re.compile(r"\b(Kyrgyz|Tajik|Uzbek)\s+(?:border\s+)?(?:village|town|settlement|"
                           r"city|exclave|enclave|jamoat|district|region|province)\s+of\s+"
                           r"(?:the\s+)?$")
_DEMONYM_CC = {"Kyrgyz": "KG", "Tajik": "TJ", "Uzbek": "UZ"}


def _narrow_by_demonym(doc: Document, mm: Mention) -> None:
    """Keep the readings in the country the text gives the place ("the Uzbek village of
    X": not a namesake in Tajikistan, nor one only claimed by another); with none there,
    the name stays unresolved, its readings suggested."""
    d = _DEMONYM_KIND.search(doc.text, max(0, mm.start - 40), mm.start)
    if d is None:
        return
    cc = _DEMONYM_CC[d.group(1)]
    fitting = [p for p in mm.candidates if p.country == cc or cc in p.claimed_by]
    if not fitting:
        mm.suggestions = [f"{p.name} ({p.country}, {p.kind})" for p in mm.candidates]
        mm.reason = f"the text calls it {d.group(1)}; the gazetteer has no such place in {cc}"
    mm.candidates = fitting


def _narrow_by_kind(m: ToponymMatcher, mm: Mention) -> None:
    """Keep the candidates of the kind the text implies; a base name ("Lakkon" of "Lakkon
    border post") may supply them."""
    first = PREFERRED.get(mm.cue.lower())
    fitting = [p for p in mm.candidates if p.kind in mm.kinds]
    if not fitting or (first and not any(p.kind == first for p in fitting)):
        based = [p for p in m.places(m.by_base.get(mm.key, ())) if p.kind in mm.kinds]
        if first and any(p.kind == first for p in based):
            based = [p for p in based if p.kind == first]
        if based and not (fitting and first and not any(p.kind == first for p in based)):
            fitting = based
            mm.how += f" + {mm.cue}"
    if fitting:
        mm.candidates = fitting
    elif mm.kinds <= AREA_KINDS:
        # "Syrdarya region" when the gazetteer only has the town: say so
        mm.suggestions = [f"{p.name} ({p.country}, {p.kind})" for p in mm.candidates]
        mm.reason = f"the text calls it a {mm.cue}; the gazetteer has no such {mm.cue}"
        mm.candidates = []


def _one_sense(mentions: list[Mention]) -> None:
    """A bare name follows the reading its cued mentions got."""
    cued: dict[str, list[Place]] = {}
    for mm in mentions:
        if mm.kinds and mm.candidates:
            cued.setdefault(mm.key, mm.candidates)
    for mm in mentions:
        if not mm.kinds and mm.key in cued:
            mm.candidates = cued[mm.key]


#: the larger settlement among readings that score the same (the order of the gazetteer's
#: files decides nothing)
_TIE_BREAK = {"capital": 0.4, "city": 0.3, "town": 0.2}


def _pick(doc: Document, mm: Mention, mentions: list[Mention], anchors: list[Place],
          countries: list[str], away: dict[int, float], on_border: list[Place]) -> None:
    """The best-scoring of several readings (see the module docstring); ``away`` keeps
    each reading's distance to the article's other anchors (the same for every mention);
    ``on_border``: the readings on the border the sentence names, when only some are."""
    near_cc = country_codes_in(doc.text[max(0, mm.start - 30):mm.start])
    districts, regions = _admin_context(mm, mentions)
    best, best_score, why = None, -1e9, ""
    for p in mm.candidates:
        score, parts = 0.0, []
        if near_cc and p.country in near_cc:
            score += 30
            parts.append(f"country {p.country} named before it")
        elif len(countries) == 1 and p.country in countries:
            score += 15
            parts.append(f"sentence names {p.country}")
        if p in on_border:
            score += 30
            parts.append("on the border the sentence names")
        if p.admin2 in districts:
            score += 25
            parts.append(f"its district {p.admin2} named nearby")
        elif p.admin1 in regions:
            score += 10
            parts.append(f"its region {p.admin1} named nearby")
        d = away.get(id(p))
        if d is None:
            d = away[id(p)] = nearest_km(p, anchors)
        if d >= 0:
            score -= min(d, 300.0) / 5.0
            parts.append(f"{d:.0f} km from the article's other places")
        if p.origin == "curated":
            score += 5
        score += _TIE_BREAK.get(p.kind, 0.0)  # (equal otherwise: the city before the village)
        if score > best_score:
            best, best_score, why = p, score, "; ".join(parts)
    mm.place = best
    mm.reason = f"{_reason(mm)}; of {len(mm.candidates)} readings: {why or 'default'}"
    if mm.how == "context":
        mm.how = "name"


def _reason(mm: Mention) -> str:
    base = {"name": "gazetteer name", "alias": "gazetteer alias"}.get(mm.how, mm.how)
    return f"{base}; the text says {mm.cue}" if mm.cue else base


def _admin_context(mm: Mention, mentions: list[Mention]) -> tuple[set[str], set[str]]:
    """(districts, regions) named in the same sentence: admin2 and admin1 names.

    A district also names its region, but only the district tells two homonyms of one
    region apart (Dostuk of Batken district vs Dostuk of Leilek district).
    """
    districts, regions = set(), set()
    for other in mentions:
        if other is mm or other.sentence != mm.sentence:
            continue
        for p in other.candidates:
            if p.kind == "district":
                districts.add(p.admin2)
                regions.add(p.admin1)
            elif p.kind == "region":
                regions.add(p.admin1)
    return {a for a in districts if a}, {a for a in regions if a}
