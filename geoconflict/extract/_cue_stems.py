"""Where a cue can begin: the first letters of the words a pattern's alternatives open
with, and a counter that tries each pattern only at the words of a sentence that open so.

Shared by the English and Russian event cues (``events``, ``ru.events``): the stems are
read from the patterns themselves, so a rule edit keeps them right.
"""

from __future__ import annotations

import re
from itertools import accumulate, compress

from ._cue_gate import alternatives, gate_of, group_end
from ._memo import looked_up

__all__ = ["split_top", "closing", "stems", "StemCounter"]

_WORD_SPLIT = re.compile(r"(\w+)")
# the words of the texts cut last and where each begins: a Russian sentence is cut for its
# first cue (``ru.events``) and again for its type (``ru.events.classify``), by two
# counters; the second reads the first's cut (read only; cleared when it grows)
_CUT: dict[str, tuple[list[str], list[int]]] = {}
_CUT_MAX = 512


def _split(text: str) -> tuple[list[str], list[int]]:
    """The words of a text and where each begins (the lengths before it summed up in C)."""
    parts = _WORD_SPLIT.split(text)
    return parts[1::2], list(accumulate(map(len, parts)))[0:-1:2]


def _cut(text: str) -> tuple[list[str], list[int]]:
    """``_split`` of a text, kept for the next counter that cuts it."""
    kept = _CUT.get(text)
    if kept is None:
        if len(_CUT) > _CUT_MAX:
            _CUT.clear()
        kept = _CUT[text] = _split(text)
    return kept


#: The alternatives of a pattern at its top level (not inside groups or classes).
split_top = alternatives


def closing(group: str) -> int:
    """The index of the parenthesis closing the group that opens ``group``."""
    end = group_end(group)
    if end is None:
        raise ValueError(f"unbalanced group: {group!r}")
    return end


def _starts(alt: str) -> list[str]:
    """The literal words an alternative can begin with ("(?:a|b)c" gives a and b)."""
    alt = alt.removeprefix("\\b")
    while alt.startswith(("(?<!", "(?<=")):  # a look-behind opens no word: skip it
        alt = alt[closing(alt) + 1:]
    if alt.startswith("(?:"):
        i = closing(alt)
        inner = [w for part in split_top(alt[3:i]) for w in _starts(part)]
        optional = alt[i + 1:i + 2] in ("?", "*")
        return inner + (_starts(alt[i + 2:]) if optional else [])
    m = re.match(r"[A-Za-z]+", alt)
    if not m:
        return []
    word = m.group()
    return [word[:-1] if alt[m.end():m.end() + 1] in ("?", "*") else word]


def stems(patterns: list[str]) -> frozenset[str]:
    """First four letters of every word an alternative of these patterns can begin with."""
    return frozenset(w.lower()[:4] for pat in patterns for alt in split_top(pat)
                     for w in _starts(alt) if w)


class StemCounter:
    """Matches of each cue group's pattern in a sentence, counted as ``findall`` counts
    them, each pattern tried only at the words its group's stems begin: a cue begins at a
    word, and a group's stems are the first 1-4 letters (lower case) of every word its
    pattern can begin with. A group whose stems are None is searched whole."""

    def __init__(self, patterns: dict[str, re.Pattern], stems: dict[str, frozenset | None],
                 memo: bool = False, shared_cut: bool = False):
        self.patterns = patterns
        # ``shared_cut``: a text's words read from the cut another counter made (``_cut``)
        self._split = _cut if shared_cut else _split
        # each group's ``match`` with only the alternatives that can begin at a word (the
        # same matches: see ``_cue_gate``)
        self._match = {k: gate_of(pat).match for k, pat in patterns.items()}
        # ``memo``: the starts of a text kept, for a counter asked about one sentence twice
        self._starts_of: dict[str, dict[str, list[int]]] | None = {} if memo else None
        self.whole = frozenset(k for k, st in stems.items() if st is None)
        self._of_stem: dict[str, tuple[str, ...]] = {}
        for k, st in stems.items():
            for stem in st or ():
                self._of_stem[stem] = (*self._of_stem.get(stem, ()), k)
        self._of_prefix: dict[str, tuple[str, ...]] = {}
        self._of_word: dict[str, tuple[str, ...]] = {}  # spelling -> groups_at of it

    def groups_at(self, low4: str) -> tuple[str, ...]:
        """The groups that can begin at a word opening with these four letters (lower
        case): those of its 1-4 letter prefixes (memoised)."""
        groups = self._of_prefix.get(low4)
        if groups is None:
            if len(self._of_prefix) > 100_000:
                self._of_prefix.clear()
            groups = self._of_prefix[low4] = tuple(dict.fromkeys(
                k for n in range(1, len(low4) + 1) for k in self._of_stem.get(low4[:n], ())))
        return groups

    def word_starts(self, text: str) -> dict[str, list[int]]:
        """The offsets of the words each group can begin at, in text order (the text cut
        at its words and the groups of each spelling looked up in C; a spelling not seen
        before is read once). Read only: with ``memo`` the same dict is given again."""
        kept = self._starts_of
        if kept is None:
            return self._word_starts(text)
        starts = kept.get(text)
        if starts is None:
            if len(kept) > 256:
                kept.clear()
            starts = kept[text] = self._word_starts(text)
        return starts

    def _word_starts(self, text: str) -> dict[str, list[int]]:
        words, offsets = self._split(text)
        groups_at = self.groups_at
        groups = looked_up(words, self._of_word, lambda w: groups_at(w.lower()[:4]))
        starts: dict[str, list[int]] = {}
        for at, ks in compress(zip(offsets, groups, strict=True), groups):
            for k in ks:
                starts.setdefault(k, []).append(at)
        return starts

    def counts(self, text: str) -> tuple[tuple[str, int], ...]:
        starts = self.word_starts(text)
        out = []
        for k, pat in self.patterns.items():
            if k in self.whole:
                out.append((k, len(pat.findall(text))))
                continue
            n = end = 0
            match = self._match[k]
            for at in starts.get(k, ()):
                if at >= end and (m := match(text, at)):
                    n, end = n + 1, m.end()
            out.append((k, n))
        return tuple(out)
