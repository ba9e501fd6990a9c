"""Names that only their context marks as places, for the gazetteer has no such name.

Three finders, each giving :class:`Mention` records without candidates (their ``how``
says which finder; ``_toponym_fuzzy`` then looks them up):

* ``context``: a kind word around a name — "the village of X", "X village", "X border
  post", "checkpoint “X”", "in X district";
* ``list``: every member of a coordinated list ("X, Y and Z") after a locative ("in X and
  Y"), after or before a plural kind word ("the villages of X, Y and Z", "X and Y
  villages"), or next to a gazetteer name ("Ak-Sai, X and Y");
* ``near-miss``: a capitalised word after a locative ("residents of Voruj") or a
  hyphenated compound ("Dzhani-Dzhir"); unlike the others it is kept only when a
  gazetteer name is close to it, since a locative alone does not make a place.
"""

from __future__ import annotations

import itertools
import re
from itertools import compress
from operator import itemgetter

from ._memo import looked_up
from ._text import Document
from ._toponym_base import (
    COUNTRY_WORDS,
    KIND_WORDS,
    LOCATIVE,
    NAME,
    NOT_PLACES,
    PLURAL_KINDS,
    STOP,
    UPPER,
    Mention,
    Spans,
    locative_before,
)
from ._toponym_matcher import ToponymMatcher

__all__ = ["at_words", "find_unknown"]

_KIND_AFTER = (r"village|villages|district|districts|region|province|oblast|jamoat|enclave|"
               r"exclave|checkpoint|border\s+post|frontier\s+post|outpost|border\s+outpost|"
               r"border\s+crossing|reservoir|canal|river|gorge|pass|water\s+intake|settlement|"
               r"mahalla|kishlak|ulusvoli|crossroads|junction|bridge|bazaar|market|pasture|"
               r"tract|area|aiyl\s+okmotu|ayil\s+okmotu|aiyl\s+aimak")
_KIND_BEFORE = (r"village|town|settlement|city|district|region|province|jamoat|enclave|"
                r"exclave|checkpoint|outpost|border\s+post|frontier\s+post|post|mahalla|"
                r"kishlak|gorge|river")
_QUOTED_KINDS = ("checkpoint", "post", "unit", "outpost", "crossing")  # before a quoted name
# ``NAME`` with its words' letters taken possessively: what follows a word's letters in
# these patterns (a hyphen, a space, a kind word after a space) is no letter, so giving
# letters back can find no other match, and where none fits (most capitalised words)
# the engine stops at once instead of trying every shorter run of letters.
_NAME_TIGHT = NAME.replace(r"[\w’'ʻ]*", r"[\w’'ʻ]*+")
_CONTEXT_PATTERNS = [
    re.compile(rf"\b(?:{_KIND_BEFORE})\s+of\s+(?P<name>{NAME})"),
    re.compile(rf"(?P<name>{_NAME_TIGHT})\s+(?i:{_KIND_AFTER})\b"),
    # "jamoat X", "kishlak X": a kind word before the name, as Tajik and Uzbek usage has it
    re.compile(rf"\b(?i:jamoat|kishlak|mahalla|makhalla|qishloq)\s+(?P<name>{NAME})"),
    re.compile(rf"\b(?:{'|'.join(_QUOTED_KINDS)})\s+(?:No\.?\s*\d+\s+)?"
               rf"[“\"«](?P<name>{NAME})[”\"»]"),
]
# What a text must hold for the third and fourth context patterns to match (searched only
# then): one of the kind words in any case (re.I also matches 'İ', 'ı' to 'i' and 'ſ' to
# 's', which str.lower does not), or a quotation mark.
_KIND_FIRST = ("jamoat", "kishlak", "mahalla", "makhalla", "qishloq")
_CASE_ODD = ("\u0130", "\u0131", "\u017f")
_QUOTES = ("“", '"', "«")
_PLURAL = "|".join(sorted(PLURAL_KINDS, key=len, reverse=True))
# "the villages of X, Y" (no coordinator needed after a plural kind word)
_KIND_LIST = re.compile(rf"\b(?:{_PLURAL})\s+(?:of\s+|such\s+as\s+|including\s+|like\s+)?"
                        rf"(?P<list>{NAME}(?:\s*,\s*{NAME})*(?:,?\s+(?:and|or)\s+{NAME})?)")
# "X, Y and Z", "X and Y", "X or Y"
_COORDINATED = re.compile(rf"(?P<list>{_NAME_TIGHT}(?:\s*,\s*{_NAME_TIGHT})*,?\s+(?:and|or|&)\s+"
                          rf"{_NAME_TIGHT})")
_PLURAL_BEFORE = re.compile(rf"\b(?:{_PLURAL})\s+(?:of\s+|such\s+as\s+|including\s+|like\s+)?"
                            rf"(?:the\s+)?$", re.I)
_PLURAL_AFTER = re.compile(rf"\s+(?:{_PLURAL})\b", re.I)
_HYPHEN_PARTS = re.compile(rf"(?:-[{UPPER}][\w’']*)+")


class _Finder:
    """The unknown-name mentions found so far, and the spans they may not overlap."""

    def __init__(self, doc: Document, m: ToponymMatcher, covered: list[tuple[int, int]],
                 persons: set[str]):
        self.doc, self.m, self.persons = doc, m, persons
        self.covered = Spans(covered)
        self.out: list[Mention] = []

    def overlaps(self, a: int, b: int) -> bool:
        return self.covered.overlaps(a, b) or any(mm.start < b and a < mm.end
                                                  for mm in self.out)

    def trim(self, a: int, b: int) -> tuple[int, int, str]:
        """Leading everyday words ("The Sarykol") and trailing kind words ("Kulundu
        Village") that a pattern let in are cut off; returns (start, end, first cut word)."""
        words = self.doc.text[a:b].split(" ")
        cut = ""
        while len(words) > 1 and (words[0].lower() in STOP or words[0].lower() in
                                  COUNTRY_WORDS):
            cut = words.pop(0)
            a += len(cut) + 1
        while len(words) > 1 and words[-1].lower() in KIND_WORDS:
            words.pop()
        return a, a + len(" ".join(words)), cut

    def consider(self, a: int, b: int, how: str) -> Mention | None:
        """A mention of ``text[a:b]`` (trimmed), unless it is no possible name."""
        a, b, _ = self.trim(a, b)
        name = self.doc.text[a:b]
        if not name or self.overlaps(a, b):
            return None
        # a possessive or plural of a country word ("Uzbekistan's", "Tajiks") is no place
        first = re.sub(r"(?:['’]s|s)$", "", re.split(r"[\s-]", name)[0].lower())
        first = first if first in COUNTRY_WORDS else re.split(r"[\s-]", name)[0].lower()
        key = self.m.index.key(name)
        if (first in STOP or first in COUNTRY_WORDS or first in NOT_PLACES
                or key in self.m.stop_keys or key in self.persons or len(key) < 3
                or name.isupper() or self.doc.text[b:b + 1] == "-"):
            return None  # everyday words, peoples, people, acronyms, "Hizb-ut-Tahrir"

        mention = Mention(a, b, name, self.doc.sentence_at(a).index, key, [], how)
        self.out.append(mention)
        return mention


def find_unknown(doc: Document, m: ToponymMatcher, covered: list[tuple[int, int]],
                 persons: set[str]) -> list[Mention]:
    """Names outside ``covered`` (the gazetteer matches) that their context marks as
    places or that may be near-misses of gazetteer names."""
    f = _Finder(doc, m, covered, persons)
    for pat in _patterns_for(doc.text):
        firsts = _FIRST_WORDS.get(pat)
        found = (at_words(doc, pat, firsts) if firsts is not None
                 else pat.finditer(doc.text, doc.body_start))
        for pm in found:
            f.consider(pm.start("name"), pm.end("name"), "context")
    _lists(f)
    _near_misses(f)
    return f.out


# the first words of the kind words before "of" (a match of the first context pattern
# opens with one, a whole token: "\s+" follows it)
_KIND_BEFORE_FIRSTS = frozenset(w.split(r"\s+")[0] for w in _KIND_BEFORE.split("|"))
# the context patterns that open with ``\b`` and one of some words, a whole token
# (lower case as written: they read no other case there), by ``at_words``
_FIRST_WORDS = {_CONTEXT_PATTERNS[0]: _KIND_BEFORE_FIRSTS,
                _CONTEXT_PATTERNS[3]: frozenset(_QUOTED_KINDS)}
_TOKEN_TEXT = itemgetter(0)  # (a Token is a tuple)


def at_words(doc: Document, pattern: re.Pattern, firsts: frozenset[str]) -> list[re.Match]:
    """``pattern.finditer`` from the body's start, for a pattern whose match opens with
    ``\\b`` and one of the words ``firsts`` (a whole token): tried only at those tokens,
    unless a span is skipped (no token there) or an underscore (a word character) may
    stand before a token."""
    text = doc.text
    if doc.skipped or "_" in text:
        return list(pattern.finditer(text, doc.body_start))
    out, pos = [], 0
    tokens = doc.tokens
    for tok in compress(tokens, map(firsts.__contains__, map(_TOKEN_TEXT, tokens))):
        if tok.start >= pos:
            m = pattern.match(text, tok.start)
            if m:
                out.append(m)
                pos = m.end()
    return out


def _patterns_for(text: str) -> list[re.Pattern]:
    """The context patterns that can match in ``text`` (the others would find nothing)."""
    pats = _CONTEXT_PATTERNS[:2]
    low = text.lower()
    if any(w in low for w in _KIND_FIRST) or any(c in text for c in _CASE_ODD):
        pats.append(_CONTEXT_PATTERNS[2])
    if any(q in text for q in _QUOTES):
        pats.append(_CONTEXT_PATTERNS[3])
    return pats


def _members(f: _Finder, pm: re.Match) -> list[tuple[int, int]]:
    base = pm.start("list")
    return [(base + nm.start(), base + nm.end()) for nm in re.finditer(NAME, pm.group("list"))]


def _lists(f: _Finder) -> None:
    """Every member of a list that a locative, a plural kind word or a gazetteer name
    marks as a list of places."""
    text = f.doc.text
    for pm in at_words(f.doc, _KIND_LIST, PLURAL_KINDS):
        for a, b in _members(f, pm):
            f.consider(a, b, "list")
    for pm in _COORDINATED.finditer(text, f.doc.body_start):
        members = _members(f, pm)
        a0, _, cut = f.trim(*members[0])
        known = any(f.covered.overlaps(a, b) for a, b in members)
        if not (known or cut.lower() in LOCATIVE or locative_before(text, a0)
                or _PLURAL_BEFORE.search(text, max(0, a0 - 40), a0)
                or _PLURAL_AFTER.match(text, members[-1][1])):
            continue
        for a, b in members:
            f.consider(a, b, "list")


_CAPITALISED: dict[str, bool] = {}  # spelling -> whether a near-miss may begin at it


def _capitalised(tokens) -> list[bool]:
    """For each token, whether it is a word of three letters or more with a capital first
    and some small letter (each spelling looked up in C, tested once)."""
    return looked_up(list(map(_TOKEN_TEXT, tokens)), _CAPITALISED,
                     lambda t: len(t) >= 3 and t[0].isupper() and not t.isupper())


def _near_misses(f: _Finder) -> None:
    """Capitalised words after a locative word, and hyphenated compounds."""
    text = f.doc.text
    tokens = f.doc.tokens
    for tok in itertools.compress(tokens, _capitalised(tokens)):
        t = tok.text
        a, b = tok.start, tok.end
        if text[a - 2:a] == ". " or f.overlaps(a, b):
            continue
        hyph = _HYPHEN_PARTS.match(text, b, b + 30)
        if hyph:
            b = hyph.end()
        elif len(t) < 4 or not locative_before(text, a):
            continue
        f.consider(a, b, "near-miss")
