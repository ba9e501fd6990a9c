"""A sentence that retells an earlier one of the text nearly word for word (a lede quoted
again: «"Гражданин X был задержан …", — уточнил представитель» after the same words
without the quotation marks) tells the same event, never another; so does a recap with no
date of its own at a place told before (``retells_at_place``)."""

from __future__ import annotations

import re

from .._memo import lowered
from .._neighbours import COARSE_KINDS
from ..facts import SentenceFacts

__all__ = ["Retold", "retells_at_place"]

_WORD = re.compile(r"[^\W\d_]{3,}")
#: the share of the shorter sentence's words the other must hold
_SHARE = 0.8
# words that tell an event as earlier than the news («ранее … уже происходила перестрелка»)
_EARLIER = re.compile(r"(?<!\w)(?:уже|прежде|в\s+прошлом|неоднократно|не\s+раз)(?!\w)", re.I)
#: the fewest words a retold sentence has (short ones repeat by chance)
_MIN_WORDS = 6


class Retold:
    """The sentences told so far; ``of(text)`` says whether a text retells one of them
    (``check=False`` only records the text: the answer would not be read).

    A text's words are read only when a check needs them (most sentences are only
    recorded, and few are ever checked): the same answers, without cutting every sentence
    into words."""

    def __init__(self) -> None:
        self._told: list[str] = []
        self._words: list[frozenset[str]] = []  # of ``_told[:len(_words)]``

    def of(self, text: str, check: bool = True) -> bool:
        hit = False
        words = None
        if check:
            words = _words_of(text)
            if len(words) >= _MIN_WORDS:
                hit = any(len(words & t) >= _SHARE * min(len(words), len(t))
                          for t in self._told_words() if len(t) >= _MIN_WORDS)
        self._told.append(text)
        if words is not None and len(self._words) == len(self._told) - 1:
            self._words.append(words)
        return hit

    def _told_words(self) -> list[frozenset[str]]:
        """The words of every text told so far (those not read before read now)."""
        words = self._words
        words.extend(_words_of(t) for t in self._told[len(words):])
        return words


def _words_of(text: str) -> frozenset[str]:
    """The lower-case words of a text: those of its lower case, which is lowered letter by
    letter into letters and non-letters as they were (checked on every code point), but
    for "İ" (two characters lowered) and "Σ" (lowered by what follows it)."""
    if "İ" in text or "Σ" in text:
        return frozenset(w.lower() for w in _WORD.findall(text))
    return frozenset(_WORD.findall(lowered(text)))


def retells_at_place(f: SentenceFacts, facts: list[SentenceFacts]) -> bool:
    """Whether a recap with no date of its own names a point place that a sentence of its
    kind told before it names («Напомним, ранее стало известно, что боевики атаковали
    заставу X» after the news of the attack on X)."""
    if f.event_date() is not None or _EARLIER.search(f.text) or any(
            c.role in ("killed", "injured") for c in f.counts):
        return False  # (told as earlier, or with a toll of its own: another event)
    here = {m.place.id for m in f.resolved_places() if m.place.kind not in COARSE_KINDS}
    return bool(here) and any(
        g.kind == f.kind and here & {m.place.id for m in g.resolved_places()}
        for g in facts if g.sentence.index < f.sentence.index)
