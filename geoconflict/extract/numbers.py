"""Counts in article text — digits and words — with the role the sentence gives them.

Roles: ``killed``, ``injured``, ``hospitalized`` (taken to hospital, a figure of its own
that no total counts), ``detained``, ``evacuated``, ``displaced``, ``weapons``,
``ammunition``. A count also carries its qualifier ("at least", "up to", "about"), the
group it counts ("border guards") and the side when the sentence names one
("Kyrgyzstan reported at least 59 fatalities and Tajikistan said 41"), a count "on each
side" once per side the sentence names; a breakdown ("…, including 7 Kyrgyz and 5 Tajiks")
keeps the role of the figure it breaks down, and groups listed under one verb ("two guards
and three herders were killed") are marked ``joined`` so that a total adds them up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import compress
from operator import itemgetter

from ._count_roles import BREAKDOWN as _BREAKDOWN
from ._count_roles import also_role, count_role
from ._count_sides import BOUNDARY as _BOUNDARY
from ._count_sides import GAPPED as _GAPPED
from ._count_sides import group_side as _group_side
from ._count_sides import same_subject as _same_subject
from ._literal_cues import Cued
from ._memo import looked_up
from ._number_context import not_a_count, qualifier
from ._number_words import TENS as _TENS
from ._number_words import UNITS as _UNITS
from ._number_words import WORD as _WORD
from ._number_words import parse_number
from ._victims import nobody, one_victim
from .toponyms import country_codes_in

__all__ = ["Count", "find_counts", "parse_number", "ROLES"]

ROLES = ("killed", "injured", "hospitalized", "detained", "evacuated", "displaced", "weapons",
         "ammunition")

_NUMBER = re.compile(
    r"(?<![\w.,/:-])(?P<num>"
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    # "two hundred and fifty", "One-hundred fifty"
    rf"|(?:(?:{_WORD})(?:[-\s](?:{_WORD}))?)(?:[-\s](?:hundred|thousand)"
    rf"(?:(?:\s+and)?\s+(?:{_WORD})(?:[-\s](?:{_WORD}))?(?:\s+hundred(?:(?:\s+and)?\s+(?:{_WORD})"
    rf"(?:[-\s](?:{_WORD}))?)?)?)?|\s+dozen)?"  # ("two thousand five hundred")
    rf"|a\s+(?:hundred|thousand)(?:\s+and\s+(?:{_WORD})(?:[-\s](?:{_WORD}))?)?"
    r"|a\s+dozen|dozens|hundreds|thousands"
    r")(?:\s+(?P<mult>thousand|million))?(?![\w])", re.I)
_BREAKDOWN_BEFORE = re.compile(r"^[^.;]{0,120}?(?:" + _BREAKDOWN + r"\s+(?:[\w-]+\s+)?|"
                               r"\s*[:—–]\s*|\s-\s)$", re.I)  # "…, including 7 …", "…: 7 Kyrgyz"
_SIDES_AFTER_COMMA = re.compile(r"[^.;,]{0,60},\s*")  # "55 were killed, 36 Kyrgyz …"
# the count is who tells: "…, two Kyrgyz officials said"
_TELLS_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:said|say|says|reported|told|claimed)\b")
_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|whom)\b", re.I)  # "100 dead, 34 of them Kyrgyz"


@dataclass(frozen=True, slots=True)
class Count:
    """A number in the text and what it counts."""

    start: int
    end: int
    text: str
    value: int
    role: str = ""
    qualifier: str = ""     # at_least, up_to, about, ""
    group: str = ""
    side: str = ""          # ISO alpha-2 of the side the count belongs to, if said
    what: str = ""          # for weapons: what was counted
    inherited: bool = False
    #: coordinated by "and" with the count before it, under one verb ("two soldiers and
    #: three civilians were killed"): the two add up
    joined: bool = False

    @property
    def estimate(self) -> dict[str, int]:
        """low/best/high of this count alone."""
        if self.qualifier == "at_least":
            return {"low": self.value, "best": self.value}
        if self.qualifier == "up_to":
            return {"high": self.value}
        return {"low": self.value, "best": self.value, "high": self.value}


_NUMBER_WORDS = frozenset([*_UNITS, *_TENS, "dozens", "hundreds", "thousands"])
_A = ("a", "A")  # "a dozen", "a hundred", "a thousand" (the pattern tells whether one follows)


_OPENS: dict[str, bool] = {}  # spelling -> whether a number can begin at it
_TOKEN_TEXT = itemgetter(0)  # (a Token is a tuple)


def _may_open(word: str) -> bool:
    """Whether a number can begin at a word: one a digit begins, a number word, or "a"."""
    return word[0].isdigit() or word.lower() in _NUMBER_WORDS or word in _A


def _number_matches(sentence: str, start: int, tokens) -> list[re.Match]:
    """Number matches, tried only at the words that can begin one (each spelling looked up
    in C, tested once)."""
    flags = looked_up(list(map(_TOKEN_TEXT, tokens)), _OPENS, _may_open)
    return matches_at_flags(_NUMBER, sentence, start, tokens, flags)


def matches_at_flags(pattern: re.Pattern, sentence: str, start: int, tokens,
                     flags: list[bool]) -> list[re.Match]:
    """Non-overlapping matches of ``pattern`` in ``sentence`` (which starts at ``start`` in
    the text), tried only at the tokens whose flag says one may begin: the fast path of
    every language's number finder."""
    out, pos = [], 0
    for k in compress(range(len(flags)), flags):
        at = tokens[k].start - start
        if at < pos:
            continue
        m = pattern.match(sentence, at)
        if m:
            out.append(m)
            pos = m.end()
    return out


def find_counts(text: str, start: int, end: int, skip: list[tuple[int, int]] = (),
                tokens=None) -> list[Count]:
    """Counts in the sentence ``text[start:end]``; spans in ``skip`` (dates) are ignored.

    ``tokens``, the sentence's words, lets the scan look only where numbers can begin.
    """
    sentence = text[start:end]
    raw: list[Count] = []
    parts: set[int] = set()  # starts of counts that only tell a part of a figure before
    found = (_number_matches(sentence, start, tokens) if tokens is not None
             else _NUMBER.finditer(sentence))
    for m in found:
        a, b = start + m.start(), start + m.end()
        if any(x <= a < y for x, y in skip):
            continue
        value = parse_number(m.group("num"), m.group("mult"))
        if value is None:
            continue
        word = m.group("num").lower()
        before = sentence[:m.start()]
        after = sentence[m.end():]
        if not_a_count(word, value, before, after):
            continue
        qual = qualifier(word, before, after)
        role, what = count_role(before, after)
        if not role and _died_of_them(after):
            role = "killed"  # "ten were hurt, two of whom died"
        if _part_of_told(after, role, raw):
            parts.add(a)  # "eight were hurt, two of them seriously": a part of a figure told
        group, side = _group_side(before, after, sentence, m.start())
        sides = _each_side(after, sentence) if role and not side else ()
        both = also_role(after, role)  # "were beaten and taken hostage": hurt and held
        for one in sides or (side,):
            raw.append(Count(a, b, text[a:b], value, role, qual, group, one, what))
            if both:
                raw.append(Count(a, b, text[a:b], value, both, qual, group, one, ""))
    raw += _victim_counts(text, start, nobody(sentence))
    taken = [(c.start - start, c.end - start) for c in raw]
    raw += _victim_counts(text, start, one_victim(sentence, taken))
    if not raw:
        return raw  # (most sentences: nothing to link or filter)
    raw.sort(key=lambda c: c.start)
    raw = _died_later(sentence, start, raw)
    # a part still links its neighbours' roles and sides; it is no figure of its own
    return _figures(text, _inherit(text, _other_groups(raw)), parts)


# "three men were wounded and taken to hospital, where they died": the wounded died
_DIED_LATER = re.compile(r"\b(?:where|and|but|later|subsequently|after\s+which)\s+(?:later\s+)?"
                         r"(?:they|all\s+(?:of\s+them|\w+))\s+(?:later\s+|subsequently\s+)?"
                         r"(?:died|succumbed)\b|"
                         # "two guards were wounded and later died"
                         r"\b(?:were|had\s+been)\s+(?:\w+ly\s+)?(?:wounded|injured)\s+and\s+"
                         r"(?:later\s+|subsequently\s+|then\s+)?(?:died|succumbed)\b", re.I)


def _died_later(sentence: str, start: int, counts: list[Count]) -> list[Count]:
    """The one count of the injured in a sentence that says they died later is a toll."""
    hurt = [c for c in counts if c.role == "injured" and c.value and c.value > 1]
    if len(hurt) != 1 or any(c.role == "killed" for c in counts):
        return counts
    m = _DIED_LATER.search(sentence, hurt[0].end - start)
    if m is None:
        return counts
    return [replace(c, role="killed") if c is hurt[0] else c for c in counts]


def _figures(text: str, out: list[Count], parts: set[int]) -> list[Count]:
    """The counts that are figures of their own: not a part of a figure told before
    (starts in ``parts``), nor one only telling who is among the figure before it."""
    included: set[int] = set()
    for k, c in enumerate(out):
        if _included(text, out, k) or k - 1 in included and _LISTED_ON.fullmatch(
                text, out[k - 1].end, c.start) and c.role == out[k - 1].role:
            included.add(k)  # (and those listed with it: "including three guards and a herder")
    return [c for k, c in enumerate(out) if c.start not in parts and k not in included]


_LISTED_ON = re.compile(r"\s*[\w-]*(?:\s+[\w-]+){0,2}?\s*(?:,\s*(?:and\s+)?|\s+and\s+)", re.I)


_INCLUDED_BEFORE = re.compile(r"[^.;]{0,40}?,\s*(?:including|among\s+them|among\s+whom)\s+"
                              r"(?:[\w-]+\s+)?$", re.I)


def _included(text: str, counts: list[Count], k: int) -> bool:
    """Whether a count only tells who is among the figure before it ("11 Kyrgyz were
    wounded, including four border guards"): a part of that figure, not one of its own;
    a part given with a side the figure has not ("55 died, including 36 Kyrgyz") is the
    figure of that side."""
    c = counts[k]
    prev = next((p for p in reversed(counts[:k]) if p.role == c.role), None)
    return bool(c.role and prev is not None and c.value < prev.value
                and _INCLUDED_BEFORE.match(text, prev.end, c.start)
                and (not c.side or c.side == prev.side))


def _other_groups(counts: list[Count]) -> list[Count]:
    """"Another" after a count in the same sentence tells another group, not more of a
    toll told before: after a count of another role it is a figure of its own ("two were
    killed and another five injured"), after one of the same role it adds to it ("two
    were killed on Monday and another two on Tuesday")."""
    out = []
    for k, c in enumerate(counts):
        before = [b for b in counts[:k] if b.role]
        if c.qualifier == "increment" and c.role and before:
            same = before[-1].role == c.role
            c = replace(c, qualifier="", joined=same)
        out.append(c)
    return out


def _victim_counts(text: str, start: int, victims) -> list[Count]:
    """Counts of victims told without a numeral (see ``_victims``) in a sentence at ``start``."""
    return [Count(start + a, start + b, text[start + a:start + b], value, role, "", group, side)
            for a, b, value, role, group, side in victims]


_DIED = re.compile(r"\b(?:died|dead|killed|succumbed)\b", re.I)
_OF_THEM = re.compile(r"\s+of\s+(?:them|whom|those)\b", re.I)


def _of_them_clause(after: str) -> str | None:
    """The rest of the clause after "N of them / of whom", or None when it does not follow."""
    m = _OF_THEM.match(after)
    return re.split(r"[.;,]", after[m.end():], maxsplit=1)[0] if m else None


def _part_of_told(after: str, role: str, before: list[Count]) -> bool:
    """Whether a count "N of them" is a part of a figure told just before with no new
    role or side of its own ("eight were hurt, two of them seriously"); "100 dead, 34 of
    them Kyrgyz" and "ten were hurt, two of whom died" are figures of their own."""
    clause = _of_them_clause(after)
    if clause is None or not before or (role and all(c.role != role for c in before)):
        return False
    return not (country_codes_in(clause) or _DIED.search(clause))


def _died_of_them(after: str) -> bool:
    """Whether a count "N of them / of whom" is followed, in its clause, by their death."""
    clause = _of_them_clause(after)
    return clause is not None and bool(_DIED.search(clause))


_EACH_SIDE = Cued(re.compile(r"^[^.;]{0,50}?\b(?:on|from|of)\s+each\s+side\b", re.I))


def _each_side(after: str, sentence: str) -> tuple[str, ...]:
    """The two sides a count "on each side" is given for, when the sentence names two."""
    if not _EACH_SIDE.match(after):
        return ()
    codes = tuple(dict.fromkeys(country_codes_in(sentence)))
    return codes if len(codes) == 2 else ()


_ON_SIDE_ONLY = re.compile(r"\s+(?:[\w-]+\s+)?(?:on|from)\s+the\s+(?:Kyrgyz|Tajik|Uzbek)\s+side"
                           r"\s*(?:[.,;]|$|(?:near|in|at|on|during)\s)", re.I)
_ADDS_UP = re.compile(r"\band\b(?!\s+(?:another|more|further|other))", re.I)


def _inherit(text: str, counts: list[Count]) -> list[Count]:
    """Counts without a role take one from a neighbour in the same coordination:
    "one border guard and one officer were killed", "… 59 fatalities and Tajikistan said 41"."""
    out = list(counts)
    for k, c in enumerate(out):
        out[k] = c = _side_of_before(text, out, k, c)
        if not c.role:
            _role_of_neighbour(text, out, k, c)
    return out


def _side_of_before(text: str, out: list[Count], k: int, c: Count) -> Count:
    """The count ``c`` at ``k`` with the side of the count before it, when it shares that
    count's subject ("A wounded and B dead", "… while three others were hurt")."""
    prev = out[k - 1] if k > 0 else None
    # one side told so far, or none named between the two: "Tajikistan said 10 of its
    # people were injured and two were killed" after Kyrgyzstan's own figure
    one_side = len({o.side for o in out[:k] if o.side}) == 1 or (
        prev is not None and not country_codes_in(text[prev.end:c.start]))
    if prev and prev.side and not c.side and one_side and (
            c.group == "others" or _same_subject(text[prev.end:c.start], prev.side)):
        # "A wounded and B dead", "… while three others were hurt"; not after a figure
        # per side ("59 Kyrgyz and 41 Tajiks were killed, and hundreds were hurt")
        return _replace(c, c.role, prev.side)
    return c


def _role_of_neighbour(text: str, out: list[Count], k: int, c: Count) -> None:
    """Give the count ``c`` at ``k``, which has no role, the role of the count after or
    before it in the same coordination (in ``out``), marking counts that add up ``joined``."""
    nxt = out[k + 1] if k + 1 < len(out) else None
    prev = out[k - 1] if k > 0 else None
    between = text[c.end:nxt.start] + " " if nxt else ""
    if nxt and nxt.role and nxt.role not in ("weapons", "ammunition") and re.fullmatch(
            r"[\w\s,-]{0,60}?\s(?:and|or)\s+(?:[\w-]+\s+){0,2}?", between, re.I) and not (
            _BOUNDARY.search(between) or re.search(r"\w{3,}ed\b", between)):
        out[k] = _replace(c, nxt.role)
        if _ADDS_UP.search(between) and not nxt.side and nxt.group != c.group:
            out[k + 1] = replace(nxt, joined=True)
    elif prev and prev.role and prev.role not in ("weapons", "ammunition") and re.fullmatch(
            r"[\w\s’'-]{0,40}?(?:,|\s)\s*(?:and|or)\s+(?:[\w-]+\s+){0,2}?",
            text[prev.end:c.start], re.I) and not re.search(
            r"\w{3,}ed\b|\b(?:were|was|are|is)\b", text[prev.end:c.start]):
        out[k] = _replace(c, prev.role)  # "killed 3 soldiers and 2 police officers"
        if (_ADDS_UP.search(text[prev.end:c.start]) and not (prev.side or c.side)
                and prev.group != c.group):
            out[k] = replace(out[k], joined=True)
    elif prev and prev.role and prev.role not in ("weapons", "ammunition") and \
            (_BREAKDOWN_BEFORE.match(text[prev.end:c.start])
             or _OF_THEM_AFTER.match(text, c.end)
             or c.side and _SIDES_AFTER_COMMA.fullmatch(text[prev.end:c.start])
             and not _TELLS_AFTER.match(text, c.end)):
        # "three killed, including two soldiers", "55 were killed, 36 Kyrgyz and 19 Tajiks"
        out[k] = _replace(c, prev.role)
    elif prev and prev.role and prev.role not in ("weapons", "ammunition") and \
            c.side and _ON_SIDE_ONLY.match(text, c.end) and \
            re.search(r"\b(?:and|while|whereas|but)\s+$", text[prev.end:c.start]):
        out[k] = _replace(c, prev.role)  # "two were killed on the Kyrgyz side and three
        # on the Tajik side": the verb is shared
    elif prev and prev.role and prev.role not in ("weapons", "ammunition") and (re.search(
            r"\b(?:and|while|whereas|but)\b[^.;]{0,60}\b(?:said|reported|says|reports|"
            r"claimed|claims|put\s+it\s+at|counted|gave)\s*$", text[prev.end:c.start])
            or _gapped(text[prev.end:c.start])):
        out[k] = _replace(c, prev.role)  # "…, Tajikistan said 19", "…, Tajikistan 19"


def _gapped(between: str) -> bool:
    """Whether a count follows the one before as a country and its figure with the verb
    left out ("…, Tajikistan 10")."""
    return len(between) < 80 and not re.search(r"[.;]", between) and bool(
        _GAPPED.search(between))


def _replace(c: Count, role: str, side: str | None = None) -> Count:
    return Count(c.start, c.end, c.text, c.value, role, c.qualifier, c.group,
                 c.side if side is None else side, c.what, True)




