"""Sentences grouped into incidents, and incidents of several articles merged into one.

Within an article a sentence belongs to an incident when it tells of violence (or counts
victims, arrests, evacuations). A dated sentence joins an incident whose dates overlap
its own (two days of slack for day dates) and whose places are within 50 km of its
places; otherwise it starts a new incident. A date after publication is no event date,
and a year alone never widens a finer window. An undated sentence joins the incident
that shares one of its places (within 10 km), else the article's lead incident: the
latest one it tells, as news leads with the latest event and dates older ones. A dated
sentence with places but no word of violence joins an incident of that date. Incidents
more than 300 days before publication, or known only to the year, that count no victims
are background and left out.

Across articles, two incidents merge when their dates overlap (one day of slack) and
their places lie within 30 km of each other; the merged incident keeps one part per
article, so each report keeps its own claims.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property

from ._text import Document, Sentence
from .actors import ActorMention
from .dates import DateMention, DateValue
from .events import EVENT_CUE, VIOLENCE_CUE, cue_at_words
from .numbers import Count
from .toponyms import Mention, km

__all__ = ["SentenceFacts", "ArticleIncident", "Incident", "group_sentences",
           "merge_incidents"]

CASUALTY_ROLES = ("killed", "injured", "detained", "evacuated", "displaced")
_PRECISION_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3}
_HYPOTHETICAL = ("were supposed to", "was supposed to", "could attack", "plans to attack",
                 "planned to attack", "would attack", "possibility of an attack", "threatened to")


@dataclass
class SentenceFacts:
    """What one sentence says: its dates, places, counts and actors."""

    sentence: Sentence
    dates: list[DateMention] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    words: list[tuple[str, int]] | None = None  # (word, offset in the sentence)

    @property
    def text(self) -> str:
        return self.sentence.text

    @cached_property
    def event(self) -> bool:
        if any(c.role in CASUALTY_ROLES for c in self.counts):
            return True
        if self.words is not None:
            return cue_at_words(EVENT_CUE, self.text, self.words) and not self.hypothetical
        return bool(EVENT_CUE.search(self.text)) and not self.hypothetical

    @cached_property
    def violent(self) -> bool:
        if self.words is not None:
            return cue_at_words(VIOLENCE_CUE, self.text, self.words)
        return bool(VIOLENCE_CUE.search(self.text))

    @cached_property
    def hypothetical(self) -> bool:
        low = self.text.lower()
        return any(h in low for h in _HYPOTHETICAL)

    def event_date(self) -> DateMention | None:
        """The finest resolved event date of the sentence (first of equals)."""
        found = [d for d in self.dates if d.value is not None and d.role == "event"]
        if len(found) <= 1:
            return found[0] if found else None
        # several dates: the one nearest to a word of violence, then the finest
        cues = [self.sentence.start + m.start() for m in VIOLENCE_CUE.finditer(self.text)]

        def rank(d: DateMention) -> tuple:
            dist = min((abs(c - d.start) for c in cues), default=0)
            return (dist // 40, _PRECISION_ORDER[d.value.precision], d.start)

        return min(found, key=rank)

    def resolved_places(self) -> list[Mention]:
        return [p for p in self.places if p.place is not None]


@dataclass
class ArticleIncident:
    """An incident as one article tells it."""

    doc: Document
    facts: list[SentenceFacts] = field(default_factory=list)
    anchors: list[DateMention] = field(default_factory=list)
    window: DateValue | None = None

    def add(self, facts: SentenceFacts, anchor: DateMention | None = None) -> None:
        if facts not in self.facts:
            self.facts.append(facts)
            self.facts.sort(key=lambda f: f.sentence.index)
        if anchor is not None and anchor.value is not None:
            self.anchors.append(anchor)
            self.window = _widen(self.window, anchor.value)

    @property
    def places(self) -> list[Mention]:
        return [p for f in self.facts for p in f.resolved_places()]

    @property
    def unresolved(self) -> list[Mention]:
        return [p for f in self.facts for p in f.places if p.place is None]

    @property
    def counts(self) -> list[Count]:
        return [c for f in self.facts for c in f.counts if c.role]

    @property
    def actors(self) -> list[ActorMention]:
        return [a for f in self.facts for a in f.actors]

    @property
    def background(self) -> bool:
        return self.window is not None and self.window.precision == "year"


@dataclass
class Incident:
    """An incident merged over articles: one part per article."""

    parts: list[ArticleIncident]

    @property
    def window(self) -> DateValue | None:
        windows = [p.window for p in self.parts if p.window is not None]
        if not windows:
            return None
        finest = min(_PRECISION_ORDER[w.precision] for w in windows)
        chosen = [w for w in windows if _PRECISION_ORDER[w.precision] == finest]
        out = chosen[0]
        for w in chosen[1:]:
            out = _widen(out, w)
        return out


def _widen(a: DateValue | None, b: DateValue) -> DateValue:
    if a is None:
        return b
    pa, pb = _PRECISION_ORDER[a.precision], _PRECISION_ORDER[b.precision]
    if pb > pa:
        return a  # a coarser date never widens a finer window
    if pb < pa:
        return b
    return DateValue(min(a.start, b.start), max(a.end, b.end), a.precision,
                     a.year_inferred and b.year_inferred)


def _near(a: list[Mention], b: list[Mention], limit: float, strict: bool = False) -> bool:
    """Whether two sets of places come within ``limit`` km (True when either has no point place,
    unless ``strict``)."""
    pa = [m.place for m in a if m.place is not None and m.place.kind not in ("region", "capital")]
    pb = [m.place for m in b if m.place is not None and m.place.kind not in ("region", "capital")]
    if not pa or not pb:
        return not strict
    return any(km(x, y) <= limit for x in pa for y in pb)


def _date_fits(window: DateValue | None, value: DateValue) -> bool:
    if window is None:
        return False
    if value.precision == "year" and window.precision != "year":
        return False
    slack = 2 if value.precision == "day" and window.precision == "day" else 0
    return window.overlaps(value, slack)


def group_sentences(doc: Document, facts: list[SentenceFacts],
                    reference: date | None = None) -> list[ArticleIncident]:
    """Incidents of one article (see the module doc for the rules)."""
    incidents: list[ArticleIncident] = []
    undated: list[SentenceFacts] = []
    quiet: list[SentenceFacts] = []
    for f in facts:
        if not f.event:
            if f.event_date() is not None and f.resolved_places():
                quiet.append(f)
            continue
        d = f.event_date()
        if d is not None and reference is not None and d.value.start > reference + timedelta(7):
            d = None  # after publication: not when this happened
        if d is None:
            undated.append(f)
            continue
        home = None
        for inc in reversed(incidents):
            if _date_fits(inc.window, d.value) and _near(inc.places, f.resolved_places(), 50):
                home = inc
                break
        if home is None:
            home = ArticleIncident(doc)
            incidents.append(home)
        home.add(f, d)
    main = [i for i in incidents if not i.background]
    # the article's lead incident: news tells the latest event, older ones are context
    lead = max(main, key=lambda i: (i.window.end, -incidents.index(i))) if main else None
    for f in undated:
        target = None
        places = f.resolved_places()
        if places:
            for inc in incidents:
                if any(p.place.kind not in ("region", "district", "capital") for p in places) and \
                        _near(inc.places, places, 10) and inc.places:
                    target = inc
                    break
        if target is None and lead is not None:
            target = lead
        if target is None:
            if not f.violent and not any(c.role in CASUALTY_ROLES for c in f.counts):
                continue
            target = ArticleIncident(doc)
            incidents.append(target)
            main.append(target)
            lead = target
        target.add(f)
    # a dated sentence with places but no word of violence ("five men drove up to the post
    # at 2.30 on May 12") tells of an incident already found on that date, if any
    for f in quiet:
        d = f.event_date()
        for inc in incidents:
            if _date_fits(inc.window, d.value) and _near(inc.places, f.resolved_places(), 50):
                inc.add(f)
                break
    keep = []
    for inc in incidents:
        victims = any(c.role in CASUALTY_ROLES for c in inc.counts)
        if not any(x.violent or x.counts for x in inc.facts):
            continue
        if inc.window is not None and reference is not None and not victims:
            if inc.window.end < reference - timedelta(days=300):
                continue
        if inc.background and not victims:
            continue
        keep.append(inc)
    return keep


def merge_incidents(incidents: list[ArticleIncident]) -> list[Incident]:
    """Merge article incidents about the same event (dates overlap, places within 30 km)."""
    merged: list[Incident] = []
    for inc in incidents:
        home = None
        for m in merged:
            if any(p.doc is inc.doc for p in m.parts):
                continue
            w = m.window
            if w is None or inc.window is None:
                continue
            slack = 1 if w.precision == "day" and inc.window.precision == "day" else 0
            if not w.overlaps(inc.window, slack):
                continue
            mp = [p for part in m.parts for p in part.places]
            if not mp or not inc.places:
                continue
            if _near(mp, inc.places, 30, strict=True):
                home = m
                break
        if home is None:
            merged.append(Incident([inc]))
        else:
            home.parts.append(inc)
    return merged
