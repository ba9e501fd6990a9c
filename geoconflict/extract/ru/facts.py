"""What a Russian sentence says: the shared :class:`SentenceFacts`, read with Russian cue
words (its kind of incident, its words of violence, what it only plans or fears)."""

from __future__ import annotations

from functools import cached_property

from ..facts import SentenceFacts
from .events import GENERIC_EVENT, HYPOTHETICAL, VIOLENCE_CUE, sentence_kind

__all__ = ["RussianSentenceFacts", "date_generic_events"]


class RussianSentenceFacts(SentenceFacts):
    """:class:`SentenceFacts` of a Russian sentence."""

    @cached_property
    def kind(self) -> str | None:
        if self.forced_kind:
            return self.forced_kind
        if self.hypothetical:
            return None
        kind = sentence_kind(self.text)
        if kind is None and any(c.role for c in self.counts):
            return "violence"
        return kind

    @cached_property
    def violent(self) -> bool:
        return VIOLENCE_CUE.search(self.text) is not None

    @cached_property
    def hypothetical(self) -> bool:
        return HYPOTHETICAL.search(self.text) is not None

    def _violence_starts(self) -> list[int]:
        return [m.start() for m in VIOLENCE_CUE.finditer(self.text)]

    def _first_violence(self) -> int | None:
        m = VIOLENCE_CUE.search(self.text)
        return m.start() if m else None


def date_generic_events(facts: list[SentenceFacts]) -> None:
    """A dated sentence that only says that something happened («инцидент произошел 20
    июля») dates the incident told nearest to it: it takes that sentence's kind."""
    told = [(f.sentence.index, f.kind) for f in facts if f.kind is not None]
    if not told:
        return
    for f in facts:
        if f.kind is not None or not GENERIC_EVENT.search(f.text) or f.event_date() is None:
            continue
        here = f.sentence.index
        _, kind = min(told, key=lambda t: (abs(t[0] - here), t[0] > here))
        f.forced_kind = kind
        f.__dict__.pop("kind", None)  # computed before the kind was forced
