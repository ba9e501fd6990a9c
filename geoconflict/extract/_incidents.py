"""The incidents built from sentences' facts: one article's telling (``ArticleIncident``),
and one merged over articles (``DraftIncident``), with their date windows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from ._text import Document
from .actors import ActorMention
from .dates import DateMention, DateValue
from .facts import PRECISION_ORDER, SentenceFacts
from .numbers import Count
from .toponyms import Mention

__all__ = ["ArticleIncident", "DraftIncident", "widen", "is_background", "BACKGROUND_DAYS"]


#: An incident older than this, before publication, is background to the article's news.
BACKGROUND_DAYS = 300


@dataclass
class ArticleIncident:
    """An incident as one article tells it."""

    doc: Document
    kind: str = "violence"
    facts: list[SentenceFacts] = field(default_factory=list)
    anchors: list[DateMention] = field(default_factory=list)
    window: DateValue | None = None
    background: bool = False  # told as context to the article's news (see is_background)
    #: for an incident whose sentences name no place: the places of the incident told
    #: nearest to it in the text ("the sides agreed to a ceasefire" after fighting at X)
    borrowed: list[Mention] = field(default_factory=list)
    #: "publication" when the text gives no date of the event and the window is the
    #: article's publication date (at its precision)
    dated_by: str = ""
    #: told by the article's lead, no sentence having a cue word (``_lead``)
    from_lead: bool = False
    #: sentences of talks held to settle it, part of its story, not an event of their own
    followups: list[SentenceFacts] = field(default_factory=list)

    def add(self, facts: SentenceFacts, anchor: DateMention | None = None) -> None:
        if facts not in self.facts:
            self.facts.append(facts)
            self.facts.sort(key=lambda f: f.sentence.index)
            self.__dict__.pop("_places_of", None)
            self.__dict__.pop("_points_of", None)  # (kept by _neighbours.incident_points)
        if anchor is not None and anchor.value is not None:
            self.anchors.append(anchor)
            self.window = widen(self.window, anchor.value)

    @property
    def places(self) -> list[Mention]:
        # asked for again and again while sentences are grouped (once per incident for each
        # sentence placed) and drafts written: kept until a sentence is added
        kept = self.__dict__.get("_places_of")
        if kept is None or kept[0] != len(self.facts):
            kept = self.__dict__["_places_of"] = (
                len(self.facts), [p for f in self.facts for p in f.resolved_places()])
        return list(kept[1])

    @property
    def unresolved(self) -> list[Mention]:
        return [p for f in self.facts for p in f.places if p.place is None]

    @property
    def counts(self) -> list[Count]:
        return [c for f in self.facts for c in f.counts if c.role]

    @property
    def actors(self) -> list[ActorMention]:
        return [a for f in self.facts for a in f.actors]


@dataclass
class DraftIncident:
    """An incident merged over articles: one part per article."""

    parts: list[ArticleIncident]

    @property
    def kind(self) -> str:
        return self.parts[0].kind

    @property
    def background(self) -> bool:
        return all(p.background for p in self.parts)

    @property
    def borrowed(self) -> list[Mention]:
        """Places lent by a neighbouring incident when no part names one."""
        if any(p.places for p in self.parts):
            return []
        return [m for p in self.parts for m in p.borrowed]

    @property
    def window(self) -> DateValue | None:
        windows = [p.window for p in self.parts if p.window is not None]
        if not windows:
            return None
        finest = min(PRECISION_ORDER[w.precision] for w in windows)
        chosen = [w for w in windows if PRECISION_ORDER[w.precision] == finest]
        out = chosen[0]
        for w in chosen[1:]:
            out = widen(out, w)
        return out


def widen(a: DateValue | None, b: DateValue) -> DateValue:
    """The window ``a`` widened by ``b``; a coarser date never widens a finer window."""
    if a is None:
        return b
    pa, pb = PRECISION_ORDER[a.precision], PRECISION_ORDER[b.precision]
    if pb > pa:
        return a
    if pb < pa:
        return b
    return DateValue(min(a.start, b.start), max(a.end, b.end), a.precision,
                     a.year_inferred and b.year_inferred)


def is_background(window: DateValue | None, reference: date | None) -> bool:
    """Known only to the year, or over BACKGROUND_DAYS before publication: an incident the
    article tells as context to its news."""
    if window is None:
        return False
    if window.precision == "year":
        return True
    return reference is not None and window.end < reference - timedelta(days=BACKGROUND_DAYS)
