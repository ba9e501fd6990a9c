"""Parts of one sentence that tell another incident than the sentence's own: an earlier
event recalled in a clause ("…, where a similar clash took place on June 3", "After a deal
reached in December, they signed …") and the violence told in a sentence about an
agreement or another development (its toll, its own date and places, or the violence told
as what came before: "closed the border after an attack at X"). Each is split off as a
``SentenceFacts`` of its own; the sentence keeps the rest."""

from __future__ import annotations

import re
from dataclasses import replace

from .dates import DateMention
from .events import KIN_SUBJECT, LEAD_CLAUSE, VIOLENCE_CUE, kin_subject_end, sentence_kind
from .facts import SentenceFacts

__all__ = ["recalled_part", "toll_part"]

# a clause that recalls an earlier event like this one: "where a similar clash took place"
_RECALLED = re.compile(r"(?:,\s*|\b(?:where|when|as|after|like|in\s+which)\s+)(?:a|an|the)\s+"
                       r"(?:similar|previous|earlier|last|prior)\s+(?:\w+\s+)?(?:incidents?|"
                       r"clash(?:es)?|attacks?|shootings?|skirmish(?:es)?|confrontations?|"
                       r"fights?|conflicts?)\b", re.I)
# the news told before, set beside an earlier act like it: "The release came as on June 3 X
# released eleven others", "The arrest follows a similar one on May 2" (what follows is
# the earlier act's)
_CAME_AS = re.compile(r"^\W*(?:The|This|That|It|Its)\s+(?:[\w-]+\s+){0,2}?(?:came|comes|follows|"
                      r"followed)\s+(?:as|after|(?:\w+\s+)?(?:days?|weeks?|months?)\s+after)\b")
# a leading clause telling what came before: "After a deal reached in December, …"
_AFTER_LEAD = re.compile(r"^\s*(?:After|Following)\b[^,;]{8,160},")
_RECALL_WORDS = ("similar", "previous", "earlier", "last", "prior")
# a text named by when it was signed, in a clause of its own: "sites included in the
# agreement on the state border, signed on Sept. 5, 2017" (not "the agreement was signed on
# May 3", the sentence's own act)
_SIGNED_ON = re.compile(r"\b(?:agreements?|treat(?:y|ies)|protocols?|accords?|memorand(?:um|a)|"
                        r"deals?|conventions?)\b(?:\s+(?:on|of|between)\s+[^,.;]{0,80}?)?,?\s+"
                        r"(?:which\s+was\s+|that\s+was\s+)?(?P<cut>(?:signed|adopted|concluded|"
                        r"ratified)\s+(?:on|in)\b)", re.I)
_SIGNED_WORDS = ("signed", "adopted", "concluded", "ratified")
# the dead as the bodies handed over: «тела погибших», "the bodies of the dead"
_BODIES_BEFORE = re.compile(r"(?:\b(?:bod(?:y|ies)|remains)\s+of\s+(?:the\s+|their\s+)?"
                            r"(?:[\w-]+\s+){0,2}?|(?<!\w)[Тт]ел[ао]\s+(?:[\w-]+\s+)?)$")
# the violence told as what came before the development: "closed the border after clashes"
_AFTER_CLAUSE = re.compile(r"\b(?:after|following|amid(?:st)?)\b[^;.]{0,250}$", re.I)


def _coarse(dates: list[DateMention]) -> list[DateMention]:
    """The dates of a month or a year."""
    return [d for d in dates if d.value is not None and d.value.precision in ("month", "year")]



def _violence_span(f: SentenceFacts, cue: int | None) -> tuple[int, int, bool]:
    """Where the violence of a development's sentence is told (text offsets) and
    whether as what came before it: a leading clause ("After clashes at X in May,
    the sides signed …"), a clause from "after" on ("closed the border after an
    attack at X"), else from the word of violence to the end."""
    start, end = f.sentence.start, f.sentence.end
    if cue is None:
        return end, end, False
    lead = LEAD_CLAUSE.match(f.text)
    if lead and cue < lead.end():
        return start, start + lead.end(), True
    main = kin_subject_end(f.text) if f.kind == "protest" else None
    if main is not None and cue < main:  # "relatives of a man shot dead near X blocked …"
        return start, start + main, True
    after = _AFTER_CLAUSE.search(f.text, 0, cue)
    return (start + after.start() if after else start + cue), end, bool(after)


def _recalled_at(text: str, low: str) -> int | None:
    """Where in the sentence a clause recalling an earlier event begins: "…, where a
    similar clash took place", after "The release came as", at "signed" of a text named by
    its signing; or None."""
    m = _RECALLED.search(text) if any(map(low.__contains__, _RECALL_WORDS)) else None
    if m is not None:
        return m.start()
    came = _CAME_AS.match(text)
    if came is not None:
        return came.end()  # (the rest is the earlier act's)
    signed = _SIGNED_ON.search(text) if any(map(low.__contains__, _SIGNED_WORDS)) else None
    if signed is not None and signed.start("cut") > 0:
        return signed.start("cut")  # (the rest is the signing's)
    return None


def recalled_part(f: SentenceFacts) -> SentenceFacts | None:
    """An earlier event recalled in a clause of its own, with its own date ("the
    fight broke out near X, where a similar incident took place on June 3"; "After a
    deal reached in X in December, they signed a treaty on February 21"): that
    clause's dates and places are split off as a part that tells another incident,
    and the rest of the sentence keeps its own."""
    held = _held_before(f)
    if held is not None:
        return held
    if not f.dates:
        return None  # (the recalled clause must hold a date: none is split off)
    at = _recalled_at(f.text, f.text.lower())
    lead = _AFTER_LEAD.match(f.text) if at is None else None
    if lead and f.kind != "violence" and VIOLENCE_CUE.search(f.text, 0, lead.end()):
        lead = None  # "After clashes in May, they signed …": the toll part's (see toll_part)
    if at is None and lead is None:
        return None
    cut = f.sentence.start + (at if at is not None else lead.end())
    late = [d for d in f.dates if d.start >= cut]
    early = [d for d in f.dates if d.start < cut]
    if not late or (lead and not early):
        return None
    # "where a similar clash took place on June 3": the late dates are the earlier
    # event's; "After a deal in December, they signed a treaty on February 21": the
    # leading clause's dates are
    tail = at is not None
    old, keep = (late, early) if tail else (early, late)
    theirs = [p for p in f.places if (p.start >= cut) == tail]
    # "After talks on May 9, the sides exchanged fire": the leading clause's own kind
    kind = (sentence_kind(f.text[:lead.end()]) if lead else None) or f.kind
    part = type(f)(f.sentence, dates=old, places=theirs, words=f.words,
                      forced_kind=kind, another=True)
    f.dates = keep
    f.places = [p for p in f.places if p not in theirs]
    f.recalled = part
    return part

def _held_before(f: SentenceFacts) -> SentenceFacts | None:
    """The detention whose day a sentence gives for the people it tells of, marked by a
    language's ``prepare`` as the date role ``held`` («освободили граждан, задержанных 21
    августа», when the text tells that detention nowhere else): a part of its own, dated
    that day, a detention; the rest of the sentence keeps its other dates."""
    held = [d for d in f.dates if d.role == "held"]
    if not held:
        return None
    part = type(f)(f.sentence, dates=[replace(d, role="event") for d in held], places=[],
                   words=f.words, forced_kind="other")
    f.dates = [d for d in f.dates if d not in held]
    f.recalled = part
    return part


def toll_part(f: SentenceFacts) -> SentenceFacts | None:
    """The violence told in a sentence about an agreement or another development, as a
    part of its own: the toll ("signed a protocol to end clashes in which 100 died"),
    and when a date follows the word of violence ("after talks on Monday the sides
    exchanged fire near X on Tuesday"), that date and the places after the word too.
    When the violence is told as what came before ("closed the border in January
    after an attack on guards at X", "closed 12 crossings after clashes in 2010"), the
    places from "after" on (or those of a leading clause, "After clashes at X, …")
    are the violence's, and the part with no date of its own
    takes the other's when it is a month or a year (the one came within it of the
    other; a day is not shared: "agreed on Saturday, after fighting" tells no day of
    the fighting).
    A protest keeps its toll (the type then says it turned violent), unless the toll is
    in a subject naming the protesters as the victims' kin ("relatives of a man shot dead
    by guards blocked the road")."""
    if f.kind not in ("agreement", "other") and not (
            f.kind == "protest" and KIN_SUBJECT.match(f.text)):
        return None
    cue = f._first_violence()
    if cue is not None and _BODIES_BEFORE.search(f.text, max(0, cue - 40), cue):
        return None  # "the bodies of the dead were handed over on May 3": no violence told
    a, b, after = _violence_span(f, cue)
    # (a date the news was told on stays with the sentence: "…, the ministry said on Thursday")
    late = [d for d in f.dates if a <= d.start < b and d.role != "report"]
    early = [d for d in f.dates if d not in late]
    # the people a detention, closure or evacuation holds stay with it, and so do those it
    # hurt ("two guards were detained and beaten": the count of the held, hurt too)
    held = {c.start for c in f.counts if c.role == "detained"}
    toll = [c for c in f.casualties if c.role in ("killed", "injured") and c.start not in held
            or f.kind == "agreement"]
    if not (late or toll or after):
        return None
    places = [p for p in f.places if a <= p.start < b] if late or after else []
    own, keep = late, (early if late else f.dates)
    if after and bool(early) != bool(late):  # one month or year for both
        own, keep = (own or _coarse(early)), (keep or _coarse(late))
    if not (own or places or toll):
        return None  # "closed the border after clashes": told as a cause, nothing more
    part = type(f)(f.sentence, dates=own, places=places, counts=toll,
                         words=f.words, forced_kind="violence")
    f.dates = keep
    if f.kind != "protest":  # (the kin's protest is told where the victim was hit too)
        f.places = [p for p in f.places if p not in places]
    f.counts = [c for c in f.counts if c not in toll]
    return part
