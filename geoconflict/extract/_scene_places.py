"""Where an incident happened when its own sentences do not say it finely enough: a scene
set just before it, a finer place named beside a district or region, a neighbour's places.
"""

from __future__ import annotations

import re

from ._border_moves import terms_only
from ._incidents import ArticleIncident
from ._neighbours import COARSE_KINDS
from ._place_context import context_role
from .events import ARREST_CUE, DIPLOMACY_CUE, RELEASE_CUE
from .facts import SentenceFacts
from .stops import coarse_kind
from .toponyms import Mention, km

__all__ = ["scene_before", "scene_within", "finer_scene", "borrow_places"]

#: How many sentences before its first one a scene may be set for an incident.
_SCENE_WITHIN = 3
#: How many sentences after a lone sentence of violence, in its paragraph, may tell its
#: scene ("A skirmish occurred at the border. Video of it appeared. Sources said that the
#: footage shows X."; after a development's, only the next: the ones after list other
#: crossings and posts)
_LONE_AFTER = 2


def scene_before(inc: ArticleIncident, facts: list[SentenceFacts],
                  incidents: list[ArticleIncident]) -> None:
    """An incident whose sentences name no place and no date is set where a sentence with
    no cue and no date (but the day it was told), told just before it, places its actors
    ("Guards noticed herders near X. They threw stones. Shots were fired."): the nearest
    such sentence that is no other incident's joins it."""
    first = inc.facts[0].sentence.index
    taken = {id(g) for other in incidents for g in other.facts}
    for f in reversed(facts[max(0, first - _SCENE_WITHIN):first]):
        if f.kind is not None or id(f) in taken:
            return  # the story before it is another's
        # (a date of the telling only, "DUSHANBE, 17.12.2021 – …", "said on Monday",
        # dates no other event)
        if f.resolved_places() and all(d.role == "report" for d in f.dates) \
                and not f.hypothetical:
            inc.add(f)
            return


def scene_within(inc: ArticleIncident, facts: list[SentenceFacts],
                 incidents: list[ArticleIncident]) -> None:
    """An incident whose sentences name no place is set where a sentence with no cue and no
    date, told between two of its sentences (or right after a lone one, in its paragraph,
    telling what happened; up to two after one of violence), names a scene ("A clash
    occurred on July 22. Villagers wanted to put up a flag near X. Stones were thrown."):
    the first such sentence that is no other incident's joins it (not a home, a road's ends
    or another place named for what it is not the scene of; nor a wide area such as a
    valley shared by three countries, which says less than the places it may borrow)."""
    first = inc.facts[0].sentence.index
    last = max(f.sentence.index for f in inc.facts)
    taken = None
    text = inc.doc.text
    after = _LONE_AFTER if inc.kind == "violence" else 1
    for f in facts[first + 1:max(last, first + 1 + after)]:
        if f.kind is not None or f.dates:
            continue
        if f.sentence.index >= last and not (
                f.sentence.paragraph == inc.facts[0].sentence.paragraph and _TOLD.search(f.text)):
            continue  # after a lone sentence: only its story told on ("Osh is a city": no)
        taken = taken or {id(g) for other in incidents for g in other.facts}
        if id(f) in taken:
            continue
        if any(not _wide(p) and not context_role(text, p, f.sentence.start)
               for p in f.resolved_places()):
            inc.add(f)
            return


# a sentence telling what happened (a past tense), not what a place is
_TOLD = re.compile(r"\b(?:was|were|had|did|\w{3,}ed)\b", re.I)


def _wide(p: Mention) -> bool:
    return p.place.kind == "area" and coarse_kind(p.place) == "region"


def borrow_places(inc: ArticleIncident, incidents: list[ArticleIncident]) -> list[Mention]:
    """The places of the incident with places told nearest in the text to this one (not
    of another time: over a month apart, or background): those of its sentences that tell
    its event (where it happened), else all of them. Violence never borrows the place of
    an agreement: talks are held in capitals and summit towns, not where guns fired. New
    terms of crossing hold along the border and borrow no place, nor does an earlier act
    recalled beside the news ("The release came as on June 3 X released …"): it is told
    as another act than its neighbours. A release never borrows the place of a detention:
    captives are handed back where the sides meet, not where they were seized. Nor does a
    diplomatic act (a protest note, an envoy summoned): ministries act in capitals. An
    agreement told nearest to one dated days apart borrows nothing: that is another
    meeting, and where this one was held is not told."""
    if terms_only(inc) or _recalled(inc) or inc.kind == "other" and _tells(inc, DIPLOMACY_CUE):
        return []  # (a note sent or an envoy summoned: an act of a capital, not of the scene)
    here = [f.sentence.index for f in inc.facts]
    release = _tells(inc, RELEASE_CUE) and not _tells(inc, ARREST_CUE)
    best, best_d = None, None
    for other in incidents:
        if other is inc or not other.places or other.background != inc.background or (
                inc.kind == "violence" and other.kind == "agreement") or (
                inc.window and other.window and not inc.window.overlaps(other.window, 31)) or (
                release and _tells(other, ARREST_CUE) and not _tells(other, RELEASE_CUE)):
            continue
        d = min(abs(f.sentence.index - h) for f in other.facts for h in here)
        if best_d is None or d < best_d:
            best, best_d = other, d
    if best is None or _other_meeting(inc, best):
        return []
    told = [p for f in best.facts if f.tells_event(best.kind) for p in f.resolved_places()]
    if told and all(context_role(best.doc.text, p, best_fact(best, p).sentence.start)
                    in _ROAD_ROLES for p in told):
        return []  # all named as the ends of a road ("traffic on the X — Y road"): no scene
    return told or best.places


_ROAD_ROLES = ("road named after it", "where a road leads")


def best_fact(inc: ArticleIncident, p: Mention) -> SentenceFacts:
    """The sentence of ``inc`` that names the place mention ``p``."""
    return next(f for f in inc.facts if p in f.places)


def _other_meeting(inc: ArticleIncident, other: ArticleIncident) -> bool:
    """Whether two agreements are dated days apart: talks on other days are other
    meetings, held where the sides took them (a capital, then a border town)."""
    return inc.kind == other.kind == "agreement" and bool(
        inc.window and other.window and inc.window.precision == other.window.precision == "day"
        and not inc.window.overlaps(other.window, 1))


def _tells(inc: ArticleIncident, cue) -> bool:
    """Whether a sentence of the incident has words of the cue (English)."""
    return any(cue.search(f.text) for f in inc.facts)


def _recalled(inc: ArticleIncident) -> bool:
    first = inc.facts[0]
    return first.another and bool(first.forced_kind) and first.forced_kind != "violence"


#: How far from a district or region a finer place named beside it may lie: the area's
#: own precision, and at least this (a district is some 20-40 km across; its point is its
#: centre).
_FINER_KM = 30


def _reach(area: Mention) -> float:
    return max(_FINER_KM, (area.place.precision_m or 0) / 1000)


def finer_scene(inc: ArticleIncident, facts: list[SentenceFacts],
                incidents: list[ArticleIncident]) -> None:
    """An incident whose places are only districts or regions ("a man was killed in the X
    district") is set at a finer place named, within that area, in a sentence with no cue
    and no date of its own told among or right after its sentences ("they were crossing at
    the Y post in the X district"): that sentence joins it, the first such one."""
    text = inc.doc.text
    told = [(f, p) for f in inc.facts if f.tells_event(inc.kind) for p in f.resolved_places()]
    if not told or any(p.place.kind not in COARSE_KINDS
                       and not context_role(text, p, f.sentence.start) for f, p in told):
        return  # no place, or a finer scene is named
    places = [p for f, p in told if not context_role(text, p, f.sentence.start)]
    if not places:
        return
    first, last = inc.facts[0].sentence.index, inc.facts[-1].sentence.index
    taken = None
    for f in facts[first:last + 2]:
        if f.kind is not None or f.dates or f.hypothetical:
            continue
        taken = taken or {id(g) for other in incidents for g in other.facts}
        if id(f) in taken:
            continue
        finer = [p for p in f.resolved_places() if p.place.kind not in COARSE_KINDS]
        if any(km(p.place, c.place) <= _reach(c) for p in finer for c in places):
            inc.add(f)
            return
