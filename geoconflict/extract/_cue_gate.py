"""``pattern.match(text, at)`` for a large alternation of cue words, with only the
alternatives that can begin with the letters at ``at``.

A cue pattern such as the English kind pattern joins hundreds of alternatives; matched at
one word, the regular-expression engine tries every one of them (some 9 µs a call). Most
alternatives open with a literal word ("clash\\w*", "opened\\s+fire"), which can match only
where the text's next letters are that word's (case aside). ``CueGate`` keeps, for each
spelling of the first four letters at ``at``, a pattern built the same way as the full one
from the alternatives that can begin there, in their order, and those whose first letters
it cannot tell (they open with a class, ``\\w``, a group it does not read …).

Why the match is the same: at one position an alternation gives the first alternative, in
order, that matches; an alternative left out cannot match at that position (its literal
start differs from the text's letters), so leaving it out changes neither which
alternative matches nor how (the same groups, span and ``lastgroup``). Letters are
compared in lower case, which is how ``re.IGNORECASE`` compares ASCII and Russian letters;
at any other character (whose case folding may meet a letter another way, "ſ" and "s")
the full pattern is used.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["CueGate", "FOLDS_OTHERWISE", "alternatives", "gate_of", "group_end", "may_hold"]

# characters at ``at`` whose lower case is how IGNORECASE compares them
_PLAIN = re.compile(r"[\x00-\x7fа-яА-ЯёЁ]*")
_LETTERS = re.compile(r"[A-Za-zа-яА-ЯёЁ]+")
#: The characters IGNORECASE compares with an ASCII or a Cyrillic letter another way than
#: by their lower case: "İ", "ı", "ſ", the old forms of Cyrillic letters (U+1C80-U+1C88),
#: and "K" (Kelvin) to be safe. (Checked on every code point against every ASCII letter
#: and every letter of U+0400-U+04FF: no other character matches one of them under
#: IGNORECASE unless its lower case is that letter's.) In a text without them a word (lower
#: case) of a pattern matches where the text's lower case holds it.
FOLDS_OTHERWISE = re.compile("[\u0130\u0131\u017f\u1c80-\u1c88\u212a]")


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` may hold one of ``words`` (lower case) as an IGNORECASE pattern
    reads it: the pre-test of a pattern every match of which holds one of them (a text
    without ``FOLDS_OTHERWISE`` characters holds it in its lower case; any other may)."""
    low = _plain_lower(text)
    return low is None or any(map(low.__contains__, words))


_PLAIN_LOWER: dict[str, str | None] = {}  # text -> its lower case, None with a FOLDS char


def _plain_lower(text: str) -> str | None:
    """The lower case of a text with no ``FOLDS_OTHERWISE`` character, else None; kept
    for the text (a sentence is tested for the words of several patterns)."""
    low = _PLAIN_LOWER.get(text, False)
    if low is False:
        if len(_PLAIN_LOWER) > 4096:
            _PLAIN_LOWER.clear()
        plain = text.isascii() or FOLDS_OTHERWISE.search(text) is None
        low = _PLAIN_LOWER[text] = text.lower() if plain else None
    return low


def _top_level(pattern: str):
    """(index, character, group depth after it) of each character of a pattern outside
    escapes and character classes."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "^":
                i += 1
            if pattern[i + 1:i + 2] == "]":  # "[]…]": a literal "]" first
                i += 1
        else:
            depth += (ch == "(") - (ch == ")")
            yield i, ch, depth
        i += 1


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (not inside groups or classes)."""
    out, start = [], 0
    for i, ch, depth in _top_level(pattern):
        if ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    return out + [pattern[start:]]


def group_end(alt: str) -> int | None:
    """The index of the parenthesis closing the group ``alt`` opens (None if unsure)."""
    return next((i for i, _ch, depth in _top_level(alt) if depth == 0), None)


def _opening(alt: str) -> set[str] | None:
    """Lower-case letters (up to four) every match of ``alt`` opens with, one set member
    per way it can open; None when that cannot be told (it may open otherwise)."""
    while True:
        if alt.startswith("\\b"):
            alt = alt[2:]
        elif alt.startswith(("(?<!", "(?<=")):  # zero-width: the letters come after it
            end = group_end(alt)
            if end is None:
                return None
            alt = alt[end + 1:]
        else:
            break
    if alt.startswith("(?:"):
        end = group_end(alt)
        if end is None:
            return None
        heads = [_opening(a) for a in alternatives(alt[3:end])]
        if any(h is None for h in heads):
            return None
        out = set().union(*heads)
        quant, rest = alt[end + 1:end + 2], alt[end + 2:]
        if quant == "{":
            return None  # a counted repetition may be none
        if quant in ("?", "*"):  # the group may be left out: what follows opens it too
            after = _opening(rest[1:] if rest[:1] in ("?", "+") else rest)  # (lazy "??")
            if after is None:
                return None
            out |= after
        return out
    m = _LETTERS.match(alt)
    if not m:
        return None
    word = m.group()
    if alt[m.end():m.end() + 1] in ("?", "*", "{"):
        word = word[:-1]  # the last letter may be absent
    return {word[:4].lower()} if word else None


class CueGate:
    """``match(text, at)``: ``full.match(text, at)`` with the alternatives that can begin
    at ``at`` only (see the module doc). ``render`` builds a pattern from the groups'
    alternatives joined (a group left with none is left out); ``render`` of all of them
    must give the full pattern itself. A pattern is compiled on the first word that needs
    its set of alternatives (about 1 ms each, a few dozen for an article, then kept)."""

    def __init__(self, full: re.Pattern, groups: dict[str, list[str]],
                 render: Callable[[dict[str, str]], str]):
        if render({k: "|".join(v) for k, v in groups.items()}) != full.pattern or (
                full.flags & re.VERBOSE):
            raise ValueError("render does not rebuild the full pattern")
        self.full, self._render, self._flags = full, render, full.flags
        self._alts = [(k, alt) for k, alts in groups.items() for alt in alts]
        self._always: list[int] = []
        self._of_head: dict[str, list[int]] = {}
        for n, (_k, alt) in enumerate(self._alts):
            heads = _opening(alt)
            for h in heads or ():
                self._of_head.setdefault(h, []).append(n)
            if heads is None:
                self._always.append(n)
        self._of_key: dict[str, re.Pattern | None] = {}
        self._of_picks: dict[tuple[int, ...], re.Pattern | None] = {}

    def search(self, text: str, *span: int) -> re.Match | None:
        return self.full.search(text, *span)

    def match(self, text: str, at: int) -> re.Match | None:
        key = text[at:at + 4]
        pat = self._of_key.get(key, self)
        if pat is self:
            pat = self._of_key[key] = self._pattern(key)
        return None if pat is None else pat.match(text, at)

    def _pattern(self, key: str) -> re.Pattern | None:
        if _PLAIN.fullmatch(key) is None:
            return self.full
        if len(self._of_key) > 50_000:
            self._of_key.clear()
        low = key.lower()
        picks = {*self._always}
        for n in range(1, len(low) + 1):
            picks.update(self._of_head.get(low[:n], ()))
        kept = tuple(sorted(picks))
        if kept not in self._of_picks:
            self._of_picks[kept] = self._compile(kept) if kept else None
        return self._of_picks[kept]

    def _compile(self, kept: tuple[int, ...]) -> re.Pattern:
        groups: dict[str, list[str]] = {}  # (in the full pattern's order: ``kept`` is sorted)
        for n in kept:
            k, alt = self._alts[n]
            groups.setdefault(k, []).append(alt)
        return re.compile(self._render({k: "|".join(v) for k, v in groups.items()}),
                          self._flags)


def gate_of(pattern: re.Pattern):
    """A ``CueGate`` of a pattern made of an opening (``\\b`` or ``(?<!\\w)``) and one group
    of alternatives, as the cue groups' patterns are; the pattern itself otherwise."""
    p = pattern.pattern
    for head in ("\\b(?:", "(?<!\\w)(?:"):
        group = p[len(head) - 3:]  # "(?:…)", if it closes at the end
        if p.startswith(head) and group_end(group) == len(group) - 1:
            return CueGate(pattern, {"": alternatives(p[len(head):-1])},
                           lambda d, head=head: head + d[""] + ")")
    return pattern
