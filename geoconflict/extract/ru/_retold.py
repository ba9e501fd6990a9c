"""A sentence that retells an earlier one of the text nearly word for word (a lede quoted
again: «"Гражданин X был задержан …", — уточнил представитель» after the same words
without the quotation marks) tells the same event, never another."""

from __future__ import annotations

import re

__all__ = ["Retold"]

_WORD = re.compile(r"[^\W\d_]{3,}")
#: the share of the shorter sentence's words the other must hold
_SHARE = 0.8
#: the fewest words a retold sentence has (short ones repeat by chance)
_MIN_WORDS = 6


class Retold:
    """The sentences told so far; ``of(text)`` says whether a text retells one of them
    (``check=False`` only records the text: the answer would not be read)."""

    def __init__(self) -> None:
        self._told: list[frozenset[str]] = []

    def of(self, text: str, check: bool = True) -> bool:
        words = frozenset(w.lower() for w in _WORD.findall(text))
        hit = check and len(words) >= _MIN_WORDS and any(
            len(words & t) >= _SHARE * min(len(words), len(t)) for t in self._told
            if len(t) >= _MIN_WORDS)
        self._told.append(words)
        return hit
