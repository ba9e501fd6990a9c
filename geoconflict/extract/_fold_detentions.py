"""Detentions made in the course of violence ("guards shot one smuggler and detained
another", "they detained a column of motorcycles; the group attacked the guards and a
shot wounded one"): an arrest on the day of a violent incident, at its place (or where
either names none), told within a few sentences of it and of the same side as its victims
(when both are told), is part of that incident, not an event of its own (ACLED codes the
event once, at its gravest type). People held by civilians are hostages: their own event.
So are forces sent to the scene, up to the next day: the end of the violence; a border
crossed that day (the intrusion that led to the shooting: "the guard entered Tajik
territory on September 11 and was shot"); and
reinforcements told amid an undated clash's sentences: part of it."""

from __future__ import annotations

import re
from collections.abc import Callable

from ._incidents import ArticleIncident
from ._literal_cues import Cued
from .events import TRESPASS_CUE
from .lang import finders_for

__all__ = ["fold_detentions", "sub_type"]

# people held by civilians are hostages, an event of their own
_BY_CIVILIANS = re.compile(r"\b(?:detained|held|seized|captured|taken)\s+by\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:citizens|residents|villagers|locals|people|nationals|youths)\b",
                           re.I)
# forces sent to the scene of the violence: its end, no event of its own ("police were
# deployed to the scene and the situation was brought under control on Tuesday")
_AT_THE_SCENE = re.compile(r"\b(?:deploy\w*|sent|dispatched|arrived|rushed)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:to|at)\s+the\s+(?:scene|site|place\s+of\s+the\s+(?:incident|"
                           r"clash|conflict))\b", re.I)
# forces brought up while the violence goes on: part of it ("Reinforcements came to the
# guards. ... A shootout began.")
_REINFORCEMENTS = Cued(re.compile(r"\breinforcements?\b|\b(?:additional|extra|more)\s+(?:troops|"
                                  r"forces|servicemen|soldiers|border\s+guards)\b", re.I))
def sub_type(inc: ArticleIncident) -> str:
    """The ACLED sub-event type of an incident's sentences, in its article's language."""
    return finders_for(inc.doc.lang).classify([f.text for f in inc.facts],
                                              inc.kind).sub_event_type


#: how far apart in the text (sentences) the detention and the violence may be told
_WITHIN = 3
#: how far apart their places may lie (km)
_KM = 10


def fold_detentions(incidents: list[ArticleIncident], near: Callable) -> list[ArticleIncident]:
    """The incidents, each detention that is part of a violent incident moved into it."""
    out = list(incidents)
    for det in incidents:
        if det.kind != "other":
            continue
        if det.window is None:
            if not _fold_reinforcements(det, out):
                _fold_held_amid(det, out)
            continue
        if det.window.precision != "day":
            continue
        crossing = all(TRESPASS_CUE.search(f.text) for f in det.facts)
        response = crossing or all(_AT_THE_SCENE.search(f.text) for f in det.facts)
        if not response and (
                sub_type(det) != "Arrests" or any(_BY_CIVILIANS.search(f.text) for f in det.facts)):
            continue
        host = _host(det, out, near, slack=1 if response else 0, undated_beside=crossing)
        if host is not None:
            _move_into(host, det, out)
    return out


def _move_into(host: ArticleIncident, det: ArticleIncident, out: list[ArticleIncident]) -> None:
    """``det``'s sentences and dates moved into ``host`` (an undated clash told after a dated
    detention takes its day), ``det`` taken out of ``out``."""
    for f in det.facts:
        host.add(f)
    for a in det.anchors:
        host.add(det.facts[0], a)
    out.remove(det)


def _fold_reinforcements(det: ArticleIncident, out: list[ArticleIncident]) -> bool:
    """An undated development that only tells forces brought up, told between two sentences
    of one undated violent incident, moved into it (whether it was)."""
    if not all(_REINFORCEMENTS.search(f.text) for f in det.facts):
        return False
    host = next((v for v in out if v.kind == "violence" and v.window is None and v.facts
                 and _within(det, v)), None)
    if host is not None:
        _move_into(host, det, out)
    return host is not None


def _fold_held_amid(det: ArticleIncident, out: list[ArticleIncident]) -> None:
    """An undated detention (not by civilians) told between two sentences of one violent
    incident, moved into it ("… guards got into his truck. He shouted that he had been
    detained. Then the guards opened fire …")."""
    if sub_type(det) != "Arrests" or any(_BY_CIVILIANS.search(f.text) for f in det.facts):
        return
    host = next((v for v in out if v is not det and _violent(v) and _within(det, v)), None)
    if host is not None:
        _move_into(host, det, out)


def _host(det: ArticleIncident, incidents: list[ArticleIncident], near: Callable,
          slack: int = 0, undated_beside: bool = False):
    """The violent incident ``det`` is part of (``undated_beside``: also an undated one
    told in the sentence right before or after it, or around it)."""
    def gap(v: ArticleIncident) -> int:
        return min(abs(a.sentence.index - b.sentence.index) for a in v.facts for b in det.facts)

    held = {c.side for c in det.counts if c.side}
    hosts = [v for v in incidents if v is not det and _violent(v)
             and (v.window is None and (_told_after(v, det) or undated_beside and (
                 gap(v) <= 1 or _within(det, v)))
                  or v.window is not None
                  and v.window.precision == "day" and v.window.overlaps(det.window, slack))
             and gap(v) <= _WITHIN
             and (not v.places or not det.places or near(v.places, det.places, _KM, strict=True))
             and not _other_side(held, v)]
    return min(hosts, key=gap, default=None)


def _violent(v: ArticleIncident) -> bool:
    """Whether an incident tells violence: a sentence of its own with a word of it (not
    only the toll part of another's: «договорились об обмене, после того как были
    задержаны трое граждан»)."""
    return v.kind == "violence" and any(f.violent and f.forced_kind is None for f in v.facts)


def _within(det: ArticleIncident, v: ArticleIncident) -> bool:
    """Whether ``det`` is told between two sentences of ``v``."""
    return v.facts[0].sentence.index < det.facts[0].sentence.index and \
        det.facts[-1].sentence.index < v.facts[-1].sentence.index


def _told_after(v: ArticleIncident, det: ArticleIncident) -> bool:
    """Whether an undated violence is told right after the detention (the story goes on)."""
    return v.facts[0].sentence.index == det.facts[-1].sentence.index + 1


def _other_side(held: set[str], v: ArticleIncident) -> bool:
    """Whether those detained are of another side than the violence's victims (hostages
    taken in return: "three Tajiks were held in X; three Kyrgyz were detained in Y")."""
    hurt = {c.side for c in v.counts if c.side}
    return bool(held and hurt and not held & hurt)
