"""The day a Russian sentence gives for when the people it tells of were held
(«освободили четырех граждан, задержанных 21 августа»): when it is the sentence's only
date and no sentence of the text tells an event of that day, that detention is told
nowhere else, and the shared grouping splits it off as a detention of its own (the date
role ``held``; see ``_sentence_parts``). And an undated sentence that tells only of a
detention, right after a violent one that counts people held («двое задержаны и избиты
…. Их задержали на пастбище у села X»), tells more of that violence's detention. People
an agreement is about, named by their state («договорились, что передадут двух чабанов,
задержанных на границе»), are no toll of it. A day told in a clause whose verb is left
out for a dash («Первого задержали 3 мая, а его братьев — 7 мая») is another
detention's."""

from __future__ import annotations

import re
from dataclasses import replace

from .._literal_cues import Cued
from ._cue_words import CUES

__all__ = ["held_days", "held_in_violence", "held_dealt_over", "held_elliptic",
           "held_named_only"]

# the participle of the people held right before the day («задержанных 21 августа»,
# «задержанного узбекскими пограничниками 31 января»)
_HELD_ON = re.compile(r"(?<!\w)(?:задержанн|арестованн|похищенн)\w*\s+(?:[\w-]+\s+){0,3}$",
                      re.I)


def held_days(facts: list) -> None:
    """Set the role ``held`` of each such day (see the module)."""
    told = {(d.value.start, d.value.end) for f in facts for d in f.dates
            if d.role == "event" and d.value is not None}
    for f in facts:
        if len(f.dates) != 1:
            continue
        d = f.dates[0]
        a = d.start - f.sentence.start
        if d.role == "prior" and d.value is not None and \
                (d.value.start, d.value.end) not in told and \
                _HELD_ON.search(f.text, max(0, a - 60), a):
            f.dates = [replace(d, role="held")]


#: how many sentences back the violent sentence that counts the held may be
_BACK = 2


def held_in_violence(facts: list, sentence_kind) -> None:
    """Give the kind of the violence to each undated detention sentence told up to two
    sentences after a violent sentence that counts people held (see the module)."""
    for k, f in enumerate(facts):
        if f.kind != "other" or f.event_date() is not None or sentence_kind(f.text) != "other" \
                or not any(c.role == "detained" for c in f.counts) and "задерж" not in f.text:
            continue
        if any(g.kind == "violence" and any(c.role == "detained" for c in g.counts)
               for g in facts[max(0, k - _BACK):k]):
            f.forced_kind = "violence"
            for name in ("kind", "violent"):  # computed before the kind was forced
                f.__dict__.pop(name, None)


# a finite verb of a detention («задержаны», «задержали»): what a sentence tells happened
_HELD_NOW = re.compile(r"(?<!\w)(?:задержал\w*|задержан[аоы]?|арестова(?:л|н)[аоиы]?|"
                       r"захвачен[аоы]?|захватил\w*)(?!\w)", re.I)


def held_dealt_over(facts: list) -> None:
    """The people held whom an agreement sentence names by their state only (the
    participle «задержанных», no finite verb of a detention) are what the deal is about,
    to be handed back or swapped: their count takes no role (no toll split off it)."""
    for f in facts:
        if f.kind != "agreement" or not any(c.role == "detained" for c in f.counts) or \
                _HELD_NOW.search(f.text):
            continue
        f.counts = [replace(c, role="") if c.role == "detained" else c for c in f.counts]


# «…, а его братьев — 7 мая»: a clause that leaves out the verb of the one before it
# (a dash in its place), its own subject and day
_ELLIPSIS = re.compile(r",\s*а\s+(?:[\w-]+\s+){1,4}?[—–]\s*$", re.I)


def held_elliptic(facts: list) -> None:
    """The day of a clause told with the detention's verb left out (see the module) is the
    day those it names were held: a detention of its own (the date role ``held``)."""
    for f in facts:
        if f.kind != "other" or len(f.dates) < 2 or not _HELD_NOW.search(f.text):
            continue
        base = f.sentence.start
        f.dates = [replace(d, role="held") if d.role == "event" and d is not f.dates[0]
                   and _ELLIPSIS.search(f.text, max(0, d.start - base - 60), d.start - base)
                   else d for d in f.dates]


_RELEASE = Cued(re.compile(rf"(?<!\w)(?:{CUES['release']})", re.I))


def held_named_only(facts: list) -> None:
    """A sentence with no cue whose only people counted with a role are held people named
    by their state («братья двух чабанов, задержанных в Исфаре»: no finite
    verb of a detention, no release or hand-over of them) tells no incident: they are
    people told of, not a detention told here."""
    for f in facts:
        if f.forced_kind or f.kind != "violence" or f._cue_kind() is not None or \
                _RELEASE.search(f.text):  # (set free or handed back: an act on them)
            continue
        roles = {c.role for c in f.counts if c.role}
        if roles == {"detained"} and not _HELD_NOW.search(f.text):
            f.__dict__["kind"] = None
