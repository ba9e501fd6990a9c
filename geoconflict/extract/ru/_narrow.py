"""Readings a Russian text settles before the shared resolver scores the rest: an
adjective's kind word settles the adjective alone («Баткенская областная больница» is of
the region, a bare «Баткен» elsewhere is still the town), and a district or region in the
genitive right after a name is its parent («Кок-Таш Баткенского района» is the Kok-Tash
of Batken district, whatever else the article names); a name of several readings keeps
those inside an area the article names, or near a reading of another such name."""

from __future__ import annotations

import re

from .._text import Document
from .._toponym_base import Mention, km
from ._context import PARENT_GAP

__all__ = ["narrow_before_resolve"]

_AREAS = ("district", "region")


def narrow_before_resolve(doc: Document, mentions: list[Mention]) -> None:
    """Settle adjectives by their kind word and names by the parent after them."""
    for mm in mentions:
        if mm.how == "adjective" and mm.kinds and len(mm.candidates) > 1:
            fitting = [p for p in mm.candidates if p.kind in mm.kinds]
            if fitting:
                mm.candidates = fitting
        if mm.how == "adjective" and mm.kinds and all(p.kind in mm.kinds
                                                      for p in mm.candidates):
            mm.kinds = frozenset()  # settled: lend its reading to no bare name (cue kept)
    for prev, mm in zip(mentions, mentions[1:], strict=False):
        if len(prev.candidates) < 2 or not mm.candidates or prev.sentence != mm.sentence \
                or not PARENT_GAP.fullmatch(doc.text, prev.end, mm.start):
            continue
        if not all(p.kind in _AREAS for p in mm.candidates):
            continue
        inside = [p for p in prev.candidates if any(_within(p, a) for a in mm.candidates)]
        if inside:
            prev.candidates = inside
    _populated(doc, mentions)
    _by_article(mentions)


_PEOPLED = frozenset({"village", "town", "city", "enclave", "capital"})
_FACILITY = frozenset({"water_facility", "reservoir", "canal", "dam", "river"})
# «в Чечме», «из Чечме», «жители Чечме»: where people live, not a spring or a canal
_LIVED_IN_BEFORE = re.compile(r"(?<!\w)(?:в|во|из|жител\w*|жительниц\w*|уроженц\w*|"
                              r"уроженк\w*|уроженец)\s+$", re.I)


def _populated(doc: Document, mentions: list[Mention]) -> None:
    """A bare name that may be a settlement or a water facility, after «в», «из» or
    «жители», is the settlement («в Чечме» is the village, «у родника Чечме» the
    spring)."""
    for mm in mentions:
        if mm.kinds or len(mm.candidates) < 2:
            continue
        kinds = {p.kind for p in mm.candidates}
        if kinds & _PEOPLED and kinds & _FACILITY and \
                _LIVED_IN_BEFORE.search(doc.text, max(0, mm.start - 16), mm.start):
            mm.candidates = [p for p in mm.candidates if p.kind in _PEOPLED]


#: how near two readings of two names must be to settle each other (km)
_TOGETHER_KM = 25.0


def _by_article(mentions: list[Mention]) -> None:
    """A name of several readings takes those inside a district or region the article
    names (one reading only), or else those near a reading of another such name told
    within two sentences («Сомониён» beside «Кок-Таш»: the Somoniyon by Kok-Tash, not
    Rudaki's)."""
    areas = [mm.candidates[0] for mm in mentions
             if len(mm.candidates) == 1 and mm.candidates[0].kind in _AREAS]
    ambiguous = [mm for mm in mentions if len(mm.candidates) > 1]
    for mm in ambiguous:
        inside = [p for p in mm.candidates if any(_within(p, a) for a in areas)]
        if inside and len(inside) < len(mm.candidates):
            mm.candidates = inside
    fine = [mm for mm in ambiguous if not any(p.kind in _AREAS for p in mm.candidates)]
    for mm in fine:  # the other names of its sentence and the two either side
        others = [q for o in fine if o.key != mm.key and abs(o.sentence - mm.sentence) <= 2
                  for q in o.candidates]
        near = [p for p in mm.candidates if any(km(p, q) <= _TOGETHER_KM for q in others)]
        if near and len(near) < len(mm.candidates):
            mm.candidates = near


def _within(p, area) -> bool:
    if area.kind == "district":
        return bool(p.admin2) and p.admin2 == area.admin2 and p.admin1 == area.admin1
    return bool(p.admin1) and p.admin1 == area.admin1
