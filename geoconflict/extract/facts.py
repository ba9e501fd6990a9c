"""What a sentence says: its dates, places, counts, actors and kind of incident (the
incidents built from sentences are in ``_incidents``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ._memo import cached, lowered
from ._number_words import WORD as NUMBER_WORD
from ._number_words import parse_number
from ._text import Sentence
from .actors import ActorMention
from .dates import DateMention
from .events import VIOLENCE_AT, VIOLENCE_CUE, cue_at_words, cue_words, first_cue, sentence_kind
from .numbers import Count
from .toponyms import Mention

__all__ = ["SentenceFacts", "CASUALTY_ROLES", "PRECISION_ORDER"]

CASUALTY_ROLES = ("killed", "injured", "hospitalized", "detained", "evacuated", "displaced")
PRECISION_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3}
_HYPOTHETICAL = ("were supposed to", "was supposed to", "could attack", "plans to attack",
                 "planned to attack", "would attack", "possibility of an attack", "threatened to",
                 # what one is to refrain from: "agreed not to attack", "urged them not to shoot"
                 "not to attack", "not to shoot", "not to open fire", "not to use force")
#: What follows a dateline's place: "BISHKEK (Reuters) -", "X, Kyrgyzstan --", "X, May 3"
DATELINE_AFTER = re.compile(
    r"^\s*(?:\([A-Za-z .]+\)\s*[-–—]|,\s+[A-Z][a-z]+\s*(?:\([A-Za-z .]+\)\s*)?[-–—]{1,2}\s|"
    r"(?:,\s+[A-Z][a-z]+)?,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[a-z]*\.?\s+\d{1,2}\b|\s*[-–—]{1,2}\s)")  # (and "KHUJAND, Tajikistan, May 11")
# what comes before a dateline's date ("DUSHANBE, June 15"), or nothing (a page stamp)
_STAMP_BEFORE = re.compile(r"^\W*[A-Z][A-Z .-]{2,30},(?:\s+[A-Z][a-z]+,)?\s*$|^\s*$")
# how long an event has gone on up to the day it is told: "the border has been closed for
# 10 days", "for the past two weeks", "six days of fighting"
_DURATION = re.compile(
    rf"\b(?:(?P<for>for\s+(?:the\s+(?:past|last)\s+)?)(?P<n1>\d{{1,3}}|{NUMBER_WORD})\s+"
    rf"(?P<u1>days?|weeks?)\b|(?P<n2>\d{{1,3}}|{NUMBER_WORD})\s+(?P<u2>days?|weeks?)\s+of\s+"
    r"(?P<what>(?:[\w-]+\s+){0,2}[\w-]+))", re.I)
_PERFECT = re.compile(r"\b(?:has|have|had)\s+been\b|\b(?:past|last)\s+$", re.I)
# between a day of violence and a later day: the violence went on until it
_UNTIL = re.compile(r"[^.;]*?\b(?:until|till|up\s+to|(?:before|when)\s+(?:\w+\s+){0,3}?"
                    r"(?:cease-?\s?fire|truce|armistice))\b[^.;]{0,60}$", re.I)
_GENERAL_VERBS = ("occurred", "took", "taken", "happened", "broke", "flared", "erupted",
                  "began", "started", "unfolded", "escalated")
# a sentence that tells the event in general words, whatever its cue: "the incident took
# place on May 3", "the conflict began on", "this happened near X", "tensions flared up"
_GENERAL_EVENT = re.compile(
    r"\b(?:(?:incidents?|conflicts?|situation|events?|confrontations?|stand-?offs?|tensions?|"
    r"escalation|disputes?|quarrels?|altercations?)\s+(?:\w+\s+){0,2}?(?:occurred|(?:took|taken)\s+"
    r"place|happened|broke\s+out|flared\s+up|flared|erupted|began|started|unfolded|escalated)|"
    r"(?:it|this|that)\s+(?:all\s+)?(?:occurred|(?:took|has\s+taken)\s+place|happened))\b", re.I)


# a sentence that tells what caused an event told before it: "the clash was sparked by a
# protest", "the cause of the fighting was a dispute over water", "a road block triggered
# the clash"
_CAUSE = re.compile(
    r"\b(?:(?:was|were|had\s+been|has\s+been|is)\s+(?:\w+\s+)?(?:triggered|sparked|caused|"
    r"provoked|prompted|fu?ell?ed|set\s+off)\s+by|(?:cause|reason|trigger|pretext|spark)\s+"
    r"(?:(?:of|for)\s+(?:the\s+|this\s+)?(?:[\w-]+\s+){0,2}?|(?:\w+\s+){0,3}?)(?:was|were|is|"
    r"became|been)|(?:triggered|sparked|caused|"
    r"provoked|prompted)\s+(?:the|this|that|these)\s+(?:[\w-]+\s+)?(?:clash\w*|conflict|"
    r"incident|fighting|shoot-?out|confrontation|violence|tensions?|escalation|skirmish\w*))\b",
    re.I)


_CAUSE_WORDS = ("trigger", "spark", "caus", "provok", "prompt", "fuel", "set off", "reason",
                "pretext")


@dataclass(eq=False)  # one sentence's facts are themselves: compared by identity
class SentenceFacts:
    """What one sentence says: its dates, places, counts and actors.

    ``forced_kind`` sets the kind instead of the sentence's cue words: the toll in a
    sentence about an agreement ("signed a protocol to end clashes in which 100 died") is
    split off as a violence part of the same sentence.
    """

    sentence: Sentence
    dates: list[DateMention] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    words: list[tuple[str, int]] | None = None  # (word, offset in the sentence)
    forced_kind: str | None = None
    #: the sentence tells another incident than those before it («Еще одно задержание…»):
    #: it starts one of its own (set by a language's ``prepare``)
    another: bool = False
    #: the part split off this sentence for an earlier event it recalls
    #: (``_sentence_parts.recalled_part``)
    recalled: SentenceFacts | None = None
    #: a border crossed, told beside violence: what the violence answered, its story and
    #: where it happened (set by the English ``prepare``)
    provocation: bool = False

    @property
    def text(self) -> str:
        return self.sentence.text

    @cached
    def kind(self) -> str | None:
        """violence, agreement, other, protest, or None when it tells no incident."""
        if self.forced_kind:
            return self.forced_kind
        if self.hypothetical:
            return None
        kind = self._cue_kind()
        if kind is None and any(c.role for c in self.counts):
            return "violence"  # victims counted, weapons or rounds taken
        return kind

    def _cue_kind(self) -> str | None:
        """The kind of the sentence's first cue word (a language's subclass reads its own
        words)."""
        return sentence_kind(self.text, self._event_words())

    def _event_words(self) -> list[tuple[str, int]] | None:
        """The words a cue can begin at (``cue_words``), picked once for the sentence's kind,
        its violence and its first word of violence (the same words give the same cues)."""
        words = self.words
        if words is None:
            return None
        kept = self.__dict__.get("_event_words_of")
        if kept is None or kept[0] is not words:
            kept = self.__dict__["_event_words_of"] = (words, cue_words(words))
        return kept[1]

    @property
    def event(self) -> bool:
        return self.kind is not None

    @property
    def casualties(self) -> list[Count]:
        return [c for c in self.counts if c.role in CASUALTY_ROLES]

    @cached
    def violent(self) -> bool:
        if self.words is not None:
            return cue_at_words(VIOLENCE_AT, self.text, self._event_words())
        return bool(VIOLENCE_CUE.search(self.text))

    @property
    def reaction(self) -> bool:
        """Whether the sentence names violence only as the object of a reaction to it
        ("the governor condemned the killing"): its date and places are the reaction's."""
        return self.kind is None and self.violent

    def tells_event(self, incident_kind: str) -> bool:
        """Whether the sentence tells the event of its incident, so that its places are
        where it happened: a word of violence, any sentence of a development, or a
        sentence with no cue that joined the incident by its date and place or tells it
        in general words ("the incident occurred in X") or tells its cause ("the clash was
        sparked by a dispute over cameras at X": the cause is where it began), or a border
        crossed told beside violence (where the intruders were shot at)."""
        return self.violent or incident_kind != "violence" or self.kind is None or self.provocation

    @cached
    def general_event(self) -> bool:
        """Whether the sentence tells an event in general words ("the incident took place
        on May 3", "it happened near X"): it belongs to the incident told nearest to it."""
        low = lowered(self.text)
        return any(map(low.__contains__, _GENERAL_VERBS)) and bool(_GENERAL_EVENT.search(self.text))

    @cached
    def cause(self) -> bool:
        """Whether the sentence tells, counting no victims, what caused an event ("the
        clash was sparked by a protest over the road", "the trigger appears to have been a
        dispute at X"): it is part of that event's story."""
        low = lowered(self.text)
        return (any(map(low.__contains__, _CAUSE_WORDS)) and not self.casualties
                and bool(_CAUSE.search(self.text)))

    @cached
    def hypothetical(self) -> bool:
        low = lowered(self.text)
        return any(map(low.__contains__, _HYPOTHETICAL))

    def _dated(self) -> list[DateMention]:
        """Resolved dates of something happening; for a closure or a stalled process (a
        development, not violence) the start of the state ("closed since 2010") too, and
        for events counted since a day ("six were detained since May 18") and violence
        since a day ("fighting since Wednesday has killed 20") the days from it to the
        telling (a year "since 2000" bounds a tally, no incident)."""
        # (a protest going on since a day is told as violence is: "blocking the road since
        # Monday")
        state = self.kind in ("other", "agreement")
        violence = self.kind in ("violence", "protest")
        found = [d for d in self.dates if d.value is not None and (
            d.role == "event" or d.role == "since" and (
                state or violence and d.to_now is not None))]
        if self.casualties or violence:
            # "six were detained since May 18", "fighting since Wednesday has killed 20":
            # from then to the telling
            found = [replace(d, value=d.to_now) if d.role == "since" and d.to_now else d
                     for d in found]
        return found

    def told_on(self) -> DateMention | None:
        """The day the sentence says its news was told ("the ministry said on Sunday that
        …"): a report date of a day, not a dateline or page stamp."""
        for d in self.dates:
            if d.role == "report" and d.value is not None and d.value.precision == "day" \
                    and d.kind in ("weekday", "md", "dm", "rel") \
                    and not _STAMP_BEFORE.search(self.text[:d.start - self.sentence.start]):
                return d
        return None

    def event_date(self) -> DateMention | None:
        """The finest resolved event date of the sentence (first of equals)."""
        found = self._dated()
        if len(found) <= 1:
            return found[0] if found else None
        # several dates: the one nearest to a word of violence, then the finest
        cues = [self.sentence.start + at for at in self._violence_starts()]

        def rank(d: DateMention) -> tuple:
            dist = min((abs(c - d.start) for c in cues), default=0)
            return (dist // 40, PRECISION_ORDER[d.value.precision], d.start)

        return min(found, key=rank)

    def event_dates(self) -> list[DateMention]:
        """The event dates of the sentence: several when it lists years only ("raids in
        1999 and in 2000" tells two incidents), else the one of :meth:`event_date` and the
        days counted on from it ("the next day", which widen its incident)."""
        found = self._dated()
        years = {d.value.start.year for d in found}
        if len(found) > 1 and len(years) == len(found) and \
                all(d.value.precision == "year" and d.value.start.year == d.value.end.year
                    for d in found):
            return sorted(found, key=lambda d: d.start)
        one = self.event_date()
        if one is None:
            return []
        # "clashed on 12 April; one died the next day": the days counted from it go on;
        # "fighting broke out on Monday, before a truce on Wednesday": it lasted until then
        bounds = [d for d in self.dates if d.role == "until" and d.value is not None]
        later = [d for d in [*found, *bounds] if d is not one and d.value.start > one.value.end
                 and (d.kind == "anaday" or self._lasted_until(one, d))]
        # each from the first day on, so that the span is one incident however long
        return [one, *(replace(d, value=replace(d.value, start=one.value.start))
                       for d in later)]

    def days_to_now(self) -> int | None:
        """Days from the start of the event up to the day the sentence tells it, when it
        says how long the event has gone on: "has been closed for 10 days" (ten days have
        passed: 10), "for the past two weeks" (14), "six days of fighting" (the day told is
        the sixth: 5); a stretch "of" something must be an event of the sentence's kind
        (not "two days of talks" for the fighting), one "for" told in a perfect tense ("has
        been", "for the past")."""
        low = lowered(self.text)
        if "day" not in low and "week" not in low:
            return None
        for m in _DURATION.finditer(self.text):
            if m.group("n1"):
                if not (_PERFECT.search(self.text, 0, m.start()) or "past" in m.group("for")
                        or "last" in m.group("for")):
                    continue
                n, unit, elapsed = m.group("n1"), m.group("u1"), True
            else:
                if sentence_kind(m.group("what")) != self.kind:
                    continue
                n, unit, elapsed = m.group("n2"), m.group("u2"), False
            value = parse_number(n)
            if value:
                days = value * (7 if unit.lower().startswith("week") else 1)
                return days if elapsed else days - 1
        return None

    def _lasted_until(self, one: DateMention, d: DateMention) -> bool:
        """Whether the violence dated ``one`` went on until the later day ``d`` ("clashes
        from Monday until Wednesday", "fighting on Monday, before a ceasefire on
        Wednesday")."""
        if self.kind != "violence" or one.value.precision != "day" \
                or d.value.precision != "day":
            return False
        base = self.sentence.start
        return bool(_UNTIL.match(self.text, one.end - base, d.start - base))

    def _violence_starts(self) -> list[int]:
        """Offsets in the sentence of its words of violence (a language's subclass of
        SentenceFacts reads its own words)."""
        if self.words is None:
            return [m.start() for m in VIOLENCE_CUE.finditer(self.text)]
        out, pos = [], 0  # tried only at the words a cue can begin (as finditer finds them)
        for _w, at in self._event_words():
            if at >= pos and (m := VIOLENCE_AT.match(self.text, at)):
                out.append(at)
                pos = m.end()
        return out

    def _first_violence(self) -> int | None:
        """Offset in the sentence of its first word of violence, None without one."""
        cue = first_cue(VIOLENCE_AT, self.text, self._event_words())
        return cue.start() if cue else None

    def resolved_places(self) -> list[Mention]:
        """The places of the sentence the gazetteer knows, but a dateline's ("BISHKEK --")."""
        return [p for p in self.places if p.place is not None and not self._dateline(p)]

    def _dateline(self, p: Mention) -> bool:
        if p.context or not p.text.isascii():  # read by another language's finder
            return p.context == "dateline"
        at, end = p.start - self.sentence.start, p.end - self.sentence.start
        return at <= 1 and bool(DATELINE_AFTER.match(self.sentence.text[end:end + 60]))
