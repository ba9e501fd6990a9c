"""The literal words a regular expression needs, read from the pattern itself: a cheap
pre-test that lets a sentence skip a pattern (or a family of patterns) that cannot match.

``literal_cues(pattern)`` walks the parsed pattern and returns lower-case strings of which
every match holds at least one (None when no such set can be told: the pattern may match
without any fixed letters). Only letters and signs of ASCII and Cyrillic are read as
literals (each has one lower case, whatever stands around it); a literal read under
IGNORECASE may meet a text's letter another way than by lower case only at the characters
of ``FOLDS_OTHERWISE``, and ``may_hold`` answers True for any text with one of them. So
``may_match(text)`` is False only where the pattern cannot match anywhere in ``text``
(nor in any part of it): the pattern's answer is the same with the pre-test as without.
"""

from __future__ import annotations

import re

# (re's own parser, private but the same from Python 3.11 on: should its output change,
# a pattern it cannot read gets no cues, so no pre-test, and the tests of the cues fail)
from re import _constants as C  # noqa: N812 (the parser's opcodes)
from re import _parser

from ._cue_gate import may_hold

__all__ = ["Cued", "literal_cues"]

_PLAIN = re.compile(r"[\x20-\x7eа-яА-ЯёЁ]")
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


def literal_cues(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Lower-case strings every match of ``pattern`` holds one of (see the module doc)."""
    try:
        cues = _needs(_parser.parse(pattern.pattern, pattern.flags))
    except (AttributeError, IndexError, TypeError, ValueError):
        cues = None  # (a parse tree of another form than ``_needs`` reads)
    if not cues:
        return None
    # (a cue holding another is held wherever that one is: "injured" beside "injur")
    return tuple(sorted(c for c in cues if not any(o != c and o in c for o in cues)))


def _needs(items) -> frozenset[str] | None:
    """The best set of strings every match of this sequence of parsed items holds one of:
    a run of literal characters, or what a group, an alternation (every branch's set) or a
    repetition of at least one gives; the most selective of them (``_selective``)."""
    found: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is C.LITERAL and _PLAIN.match(chr(av)):
            run += chr(av).lower()
            continue
        if run:
            found.append(frozenset([run]))
            run = ""
        inner = _inner_needs(op, av)
        if inner:
            found.append(inner)
    if run:
        found.append(frozenset([run]))
    return max(found, key=_selective, default=None)


def _selective(cues: frozenset[str]) -> tuple:
    """The sort key of the most selective set: one of words of three letters or more
    before any other, then the fewest words, then the longest shortest word."""
    shortest = min(map(len, cues))
    return shortest >= 3, -len(cues), shortest


def _inner_needs(op, av) -> frozenset[str] | None:
    if op is C.SUBPATTERN:
        return _needs(av[3])
    if op is C.ATOMIC_GROUP:
        return _needs(av)
    if op in _REPEATS and av[0] >= 1:
        return _needs(av[2])
    if op is C.BRANCH:
        branches = [_needs(b) for b in av[1]]
        if all(branches):
            return frozenset().union(*branches)
    return None


class Cued:
    """A compiled pattern and its ``literal_cues``: ``may_match(text)`` is the pre-test,
    False only where the pattern matches nowhere in ``text``. ``search``, ``match`` and
    ``finditer`` answer as the pattern's own, and do not run it on a text (or the part
    of it they are given) that holds none of its words."""

    __slots__ = ("pattern", "cues")

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        self.cues = literal_cues(pattern)

    def may_match(self, text: str) -> bool:
        return self.cues is None or may_hold(text, self.cues)

    def _may_match_in(self, text: str, pos: int, endpos: int | None) -> bool:
        if self.cues is None:
            return True
        return may_hold(text if not pos and endpos is None else text[pos:endpos], self.cues)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        if not self._may_match_in(text, pos, endpos):
            return None
        return self.pattern.search(text, pos, len(text) if endpos is None else endpos)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        if not self._may_match_in(text, pos, endpos):
            return None
        return self.pattern.match(text, pos, len(text) if endpos is None else endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        if not self._may_match_in(text, pos, endpos):
            return iter(())
        return self.pattern.finditer(text, pos, len(text) if endpos is None else endpos)


#: What a pattern can open with: a decimal digit (what ``\d`` matches), something else.
DIGIT, OTHER = "digit", "other"
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)


def opens_with(pattern: str, flags: int = 0) -> frozenset[str]:
    """Whether a match of ``pattern`` can open with a decimal digit (``DIGIT``), with any
    other character (``OTHER``), or both: an alternation of patterns tried at a digit
    needs only those that can open with one (the same first match: one left out cannot
    match there). Told only where sure (a literal, ``\\d``, a group of them); both else."""
    try:
        kinds, nullable = _opening(_parser.parse(pattern, flags))
    except (AttributeError, IndexError, TypeError, ValueError):
        kinds, nullable = set(), True  # (a parse tree it cannot read: both, to be safe)
    return frozenset((DIGIT, OTHER)) if nullable else frozenset(kinds)


def _opening(items) -> tuple[set[str], bool]:
    """(the kinds a sequence's first character can be, whether it can match nothing)."""
    kinds: set[str] = set()
    for op, av in items:
        first, nullable = _opening_one(op, av)
        kinds |= first
        if not nullable:
            return kinds, False
    return kinds, True


def _opening_one(op, av) -> tuple[set[str], bool]:
    if op is C.LITERAL:
        return {DIGIT if chr(av).isdecimal() else OTHER}, False
    if op is C.IN and all(map(_is_digits, av)):
        return {DIGIT}, False
    if op in _ZERO_WIDTH:
        return set(), True
    if op is C.SUBPATTERN:
        return _opening(av[3])
    if op in _REPEATS:
        first, nullable = _opening(av[2])
        return first, nullable or av[0] == 0
    if op is C.BRANCH:
        ends = [_opening(b) for b in av[1]]
        return set().union(*(k for k, _ in ends)), any(n for _, n in ends)
    return {DIGIT, OTHER}, op is not C.IN and op is not C.ANY and op is not C.NOT_LITERAL


def _is_digits(item) -> bool:
    """Whether an item of a class matches only ASCII digits or ``\\d``."""
    op, av = item
    return (op is C.CATEGORY and av is C.CATEGORY_DIGIT
            or op is C.RANGE and 48 <= av[0] <= av[1] <= 57
            or op is C.LITERAL and 48 <= av <= 57)
