"""Which Russian sentences start an incident of their own (``another``): one that says so
(«Еще одно задержание …»), a development of another sort than the one told before it (a
closure after a deployment, a hand-over after a detention) or than those around it, a
closure, build-up or water cut told beside a clash, a recap of an earlier event, another
act of a treaty; and which do not: the lede told again, people handed back the day of the
detention told before them (``handed_back_same_day``, read once for both passes)."""

from __future__ import annotations

import re
from datetime import date

from .._border_moves import border_move
from .._cue_gate import may_hold
from .._handed_back import handed_back_that_day
from .._neighbours import COARSE_KINDS, near, opens_recap
from ..facts import SentenceFacts
from ._escalation import told_apart
from ._retold import Retold, retells_at_place
from .events import ANOTHER, ANOTHER_WORDS, WATER_CUT, development_sort, treaty_act

__all__ = ["mark_others", "apart", "headline", "handed_back_same_day"]


def mark_others(facts: list[SentenceFacts], back: list[SentenceFacts]) -> None:
    """Set ``another`` of each sentence that starts an incident of its own (see
    ``prepare``); ``back`` are the sentences of people handed back the day they were held."""
    last_development, last_kind, last_move, last_act = "", None, "", ""
    last_here: list = []  # the fine places of the last development told
    retold = Retold()
    for f in facts:
        f.another = f.kind is not None and _tells_another(f.text)
        if f.kind == "agreement":  # a treaty ratified after it was signed: another act
            act = treaty_act(f.text)
            f.another |= bool(act and last_act and act != last_act)
            last_act = act or last_act
        # a recap («Напомним, …») tells an earlier event, not more of the one before it
        # (with no date of its own at a place told before, it retells that one)
        f.another |= f.kind is not None and last_kind is not None and opens_recap(
            f.text) and not retells_at_place(f, facts)
        f.another |= told_apart(f.text, f.kind, last_kind)  # (see ``_escalation``)
        if f.kind == "other":  # a closure after a deployment is another development
            what = development_sort(f.text)
            f.another |= bool(last_development and what and what != last_development
                              and f not in back)
            # one interdiction, one place: «… у села Ворух. В Оше задержан контрабандист.»
            here = [p for p in f.resolved_places() if p.place.kind not in COARSE_KINDS]
            f.another |= bool(what == "interdiction" == last_development and here
                              and last_here and not near(here, last_here, 10, strict=True)
                              and not _WHERE_HELD.search(f.text))
            last_here = here or last_here
            # a closure dated after an opening (or the other way round) is another one (an
            # undated one joins the incident of its own move: ``grouping``)
            move = border_move(f.text) if what == "border_status" else ""
            f.another |= bool(move and last_move and move != last_move
                              and f.event_date() is not None)
            # an airport closed beside a crossing is no part of the crossing's closure
            f.another |= bool(move and last_move and _AIRPORT.search(f.text))
            last_move = move or last_move
            # a closure, a build-up or a water cut told beside a clash is a development of
            # its own, not a part of the clash's story
            # (told first, it is no part of the clash after it; but a headline is the
            # development the text then tells)
            f.another |= last_kind != "other" and not (last_kind is None and headline(f)) \
                and (what in _OWN_DEVELOPMENTS or WATER_CUT.search(f.text) is not None)
            last_development = what or last_development
        f.another &= not retold.of(f.text, f.another)  # the lede told again is no other event
        last_kind = f.kind or last_kind


_HANDED_BACK = re.compile(r"(?<!\w)(?:передан|переда(?:л|ли|ла)|возвращ|вернул|освобо|отпущен|"
                          r"отпустил)\w*", re.I)


def handed_back_same_day(facts: list[SentenceFacts],
                         published: date | None) -> list[SentenceFacts]:
    """The sentences telling people handed back the day of the detention told before them
    (``handed_back_that_day``): the end of the detention's story, no hand-over of its own."""
    out, held_day = [], None
    for f in facts:
        if f.kind != "other":
            continue
        what = development_sort(f.text)
        if what == "interdiction":
            d = f.event_date()
            held_day = d.value.end if d is not None else None
        elif _HANDED_BACK.search(f.text) and handed_back_that_day(f, held_day, published):
            out.append(f)
    return out


# the detention told before, named in a relative clause («в селе X, где был задержан …»)
_WHERE_HELD = re.compile(r"(?<!\w)(?:где|когда|котор\w+)\s+(?:[\w-]+\s+){0,2}?задерж", re.I)
_AIRPORT = re.compile(r"(?<!\w)(?:аэропорт|авиарейс|авиасообщени)\w*", re.I)


def headline(f: SentenceFacts) -> bool:
    """A line with no full stop that is its paragraph («Граница закрыта»)."""
    text = f.text.rstrip()
    return bool(text) and text[-1] not in ".!?…»\"" and "\n" not in text


# «уже второй конфликт с начала года»: a tally of incidents, not another one told
_TALLY_BEFORE = re.compile(r"(?:уже|это)\s+$", re.I)


def _tells_another(text: str) -> bool:
    m = ANOTHER.search(text) if may_hold(text, ANOTHER_WORDS) else None
    return m is not None and not _TALLY_BEFORE.search(text, max(0, m.start() - 6), m.start())


_OWN_DEVELOPMENTS = ("border_status", "deployment", "demining")


def apart(facts: list[SentenceFacts], back: list[SentenceFacts]) -> None:
    """An undated development whose neighbours (two sentences either side) tell only
    developments of other sorts joins none of them: the hand-over told before the
    detention it ends is an incident of its own (not one of ``back``, handed back the day
    they were held)."""
    others = [(f.sentence.index, development_sort(f.text)) for f in facts if f.kind == "other"]
    for f in facts:
        if f.kind != "other" or f.another or f.event_date() is not None or f in back:
            continue
        here, what = f.sentence.index, development_sort(f.text)
        if headline(f) and any(w == what for i, w in others if i > here):
            # a headline of the development the text then tells adds nothing of its own
            # but its places, which go to the first sentence telling that development
            f.__dict__["kind"] = None
            same = next(g for g in facts if g.kind == "other" and g.sentence.index > here
                        and development_sort(g.text) == what)
            same.places.extend(p for p in f.places if p not in same.places)
            continue
        near = [w for i, w in others if w and i != here and abs(i - here) <= 2]
        f.another = bool(what and near and what not in near)
