"""A token automaton over many phrases: one left-to-right pass finds the longest phrase at
each token, whatever the number of phrases (no regex per phrase).

Phrases and text are compared by a key made from per-token keys (``fold_key`` for place
names), so "Kok-Tash", "Kok Tash" and "Koktash" meet in one entry.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from itertools import compress
from operator import itemgetter
from typing import Any

from ._text import TOKEN_RE, Token

__all__ = ["PhraseIndex", "joinable"]

# What may stand between two words of one phrase: a space, a hyphen, an apostrophe, or
# the guillemet that opens a quoted name (Russian «застава «Лякон»»).
_ONE_CHAR_JOINS = frozenset(" \u00a0-‐‑'’ʻʼ`«")
_JOIN = re.compile(r"[ \u00a0]?[-‐‑'’ʻʼ`«]?[ \u00a0]?")
_TEXT = itemgetter(0)  # a Token's text (a Token is a tuple)


def joinable(text: str, a: int, b: int) -> bool:
    """Whether the gap ``text[a:b]`` between two words can sit inside one name."""
    if b - a == 1:
        return text[a] in _ONE_CHAR_JOINS
    return b - a <= 3 and _JOIN.fullmatch(text, a, b) is not None


class PhraseIndex:
    """Longest-match lookup of multi-word phrases over a token stream.

    Parameters
    ----------
    token_key
        Key of one word (e.g. ``fold_key``); cached, so it may be slowish.
    collapse_doubles
        Collapse doubled letters across word boundaries ("Ak-Kum" = "Akum").
    """

    def __init__(self, token_key: Callable[[str], str], collapse_doubles: bool = True):
        self._token_key = token_key
        self._cache: dict[str, str] = {}
        self._collapse = collapse_doubles
        self.entries: dict[str, list[Any]] = {}
        self._prefixes: set[str] = set()
        self.max_words = 1
        # for each ``start_ok`` of ``find``: spelling -> whether a phrase may begin there
        self._opens: dict[Any, dict[str, bool]] = {}

    def key_of_words(self, words: Iterable[str]) -> str:
        key = ""
        for w in words:
            key = self._join(key, self.word_key(w))
        return key

    def _join(self, key: str, word: str) -> str:
        """Append a word key; a letter doubled across the boundary counts once."""
        if self._collapse and key and word and key[-1] == word[0] and word[0].isalpha():
            return key + word[1:]
        return key + word

    def key(self, phrase: str) -> str:
        return self.key_of_words(TOKEN_RE.findall(phrase))

    def word_key(self, word: str) -> str:
        k = self._cache.get(word)
        if k is None:
            if len(self._cache) > 200_000:
                self._cache.clear()
            k = self._cache[word] = self._token_key(word)
        return k

    def add(self, phrase: str, payload: Any) -> str:
        """Add a phrase; returns its key ("" when the phrase has no word)."""
        words = TOKEN_RE.findall(phrase)
        key = self.key_of_words(words)
        if not key:
            return ""
        bucket = self.entries.setdefault(key, [])
        if payload not in bucket:
            bucket.append(payload)
        self._prefixes.update([key[:n] for n in range(1, len(key))])
        self._opens.clear()
        self.max_words = max(self.max_words, len(words))
        return key

    def _may_open(self, tokens: Sequence[Token], lo: int, hi: int,
                  start_ok: Callable[[Token], bool] | None) -> list[bool]:
        """Whether a phrase may begin at each of ``tokens[lo:hi]``: ``start_ok`` says so and
        the word's key starts some phrase key. Looked up by spelling in C; a spelling not
        seen before is asked once."""
        opens = self._opens.get(start_ok)
        if opens is None or len(opens) > 200_000:
            opens = self._opens[start_ok] = {}
        texts = list(map(_TEXT, tokens[lo:hi]))
        flags = list(map(opens.get, texts))
        if None in flags:
            entries, prefixes, word_key = self.entries, self._prefixes, self.word_key
            for k, w in enumerate(texts):
                if flags[k] is None:
                    hit = opens.get(w)
                    if hit is None:
                        hit = opens[w] = bool((start_ok is None or start_ok(tokens[lo + k]))
                                              and ((key := word_key(w)) in prefixes
                                                   or key in entries))
                    flags[k] = hit
        return flags

    def find(self, text: str, tokens: Sequence[Token], lo: int = 0, hi: int | None = None,
             start_ok: Callable[[Token], bool] | None = None
             ) -> list[tuple[int, int, str, list[Any]]]:
        """Leftmost-longest matches in ``tokens[lo:hi]``: (first token, end token, key, payloads).

        ``start_ok`` says which tokens may begin a phrase (e.g. capitalised ones); it may
        read only the token's text, as its answer is kept for each spelling.
        """
        hi = len(tokens) if hi is None else hi
        out = []
        entries, prefixes = self.entries, self._prefixes
        max_words, join, word_key = self.max_words, self._join, self.word_key
        firsts = [t.i for t in compress(tokens[lo:hi], self._may_open(tokens, lo, hi, start_ok))]
        i = lo
        for first in firsts:
            if first < i:
                continue
            i = first
            key = ""
            best = None
            j = i
            while j < hi and j - i < max_words:
                if j > i and not joinable(text, tokens[j - 1].end, tokens[j].start):
                    break
                key = join(key, word_key(tokens[j].text))
                if key in entries:
                    best = (i, j + 1, key)
                if key not in prefixes:
                    break
                j += 1
            if best:
                out.append((best[0], best[1], best[2], entries[best[2]]))
                i = best[1]
        return out
