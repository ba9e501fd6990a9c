"""The date pattern: one compiled alternation of every date form, and where to try it.

Each alternative is named by its kind (``md`` for "May 13", ``years`` for "1999-2000",
``rel`` for "yesterday", ``ana`` for "a year later" …); its groups carry a one-letter
prefix so that ``_date_resolve`` and ``_date_context`` can read them. ``candidates``
tries the pattern only around trigger words.
"""

from __future__ import annotations

import calendar
import re
from operator import itemgetter

from ._literal_cues import DIGIT, OTHER, opens_with
from ._memo import looked_up

__all__ = ["MONTHS", "WEEKDAYS", "NUMBER_WORDS", "WD", "DATE_RE", "candidates"]

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 3}

_M = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
      r"December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")
_D = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?:1[89]\d\d|20\d\d)"
_TO = r"\s*(?:-|–|—|to|until|till|through|and)\s*"
# Two years joined by "and" are a list ("in 1999 and 2000"), a range only after "between".
_YTO = r"(?:\s*(?:-|–|—|to|until|till|through)\s*|(?<=[Bb]etween\s\d{4})\s+and\s+)"
WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_N = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several)"
# the year words after a month: "May last year", "May of the same year", "May that year"
_REL_YEAR = (r"(?:this|last|next|the\s+same|the\s+previous|the\s+following|"
             r"that(?:\s+same)?)")

_PATTERNS = [
    ("iso", rf"(?P<iso_y>{_Y})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)(?!\d)"),
    ("dmy_num", rf"(?P<n1>[0-3]?\d)(?P<sep>[./])(?P<n2>[01]?\d)(?P=sep)(?P<ny>{_Y})(?!\d)"),
    ("md_md", rf"(?P<a_m1>{_M})\s+(?P<a_d1>{_D}){_TO}(?P<a_m2>{_M})\s+(?P<a_d2>{_D})"
              rf"(?:,?\s+(?P<a_y>{_Y}))?"),
    ("dm_dm", rf"(?P<b_d1>{_D})\s+(?P<b_m1>{_M}){_TO}(?P<b_d2>{_D})\s+(?P<b_m2>{_M})"
              rf"(?:,?\s+(?P<b_y>{_Y}))?"),
    ("md_d", rf"(?P<c_m>{_M})\s+(?P<c_d1>{_D}){_TO}(?P<c_d2>{_D})(?!\s*{_M})(?!\d)"
             rf"(?:,?\s+(?P<c_y>{_Y}))?"),
    ("d_dm", rf"(?P<e_d1>{_D}){_TO}(?P<e_d2>{_D})\s+(?P<e_m>{_M})(?:,?\s+(?P<e_y>{_Y}))?"),
    ("md", rf"(?P<f_m>{_M})\s+(?P<f_d>{_D})(?!\d)(?!\s*(?:%|percent|km|kilomet))"
           rf"(?:,?\s+(?P<f_y>{_Y}))?"),
    ("dm", rf"(?P<g_d>{_D})\s+(?:of\s+)?(?P<g_m>{_M})(?:,?\s+(?P<g_y>{_Y}))?"),
    ("month_rel", rf"(?P<h_m>{_M})\s+(?:of\s+)?(?P<h_rel>{_REL_YEAR})\s+year"),
    ("my", rf"(?P<i_m>{_M})\s+(?:of\s+)?(?P<i_y>{_Y})"),
    ("month", rf"(?P<j_pre>(?i:in|since|during|by|early|late|mid|the|of|last|this|until)"
              rf"[\s-]+)(?P<j_m>{_M})(?![\w-])"
              rf"(?!\s+(?:of\s+)?\d)(?!\s+(?:of\s+)?{_REL_YEAR}\s+year)"),
    # a decade, and its part read behind it: "the 1990s", "in the late 1990s", "mid-2000s"
    ("decade", r"(?:(?<=(?P<z_early>early)[\s-])|(?<=(?P<z_mid>mid)[\s-])|"
               r"(?<=(?P<z_late>late)[\s-]))?"
               r"(?P<z_y>(?:1[89]|20)\d0)['’]?s\b"),
    ("years", rf"(?P<k_y1>{_Y}){_YTO}(?P<k_y2>{_Y}|\d\d)(?!\d)"),
    ("year", rf"(?<![\d,.])(?P<l_y>{_Y})(?!\d|,\d)(?!\s*(?:km|kilomet|metres|meters|ha|hectares|"
             rf"people|persons|soldiers|troops|men|rounds|rifles|houses|families|residents|%))"),
    ("weekday", rf"(?P<m_last>(?i:last|this|on|early|late|since|from|into|of|until|till|by)\s+)?"
                rf"(?P<m_wd>{WD})"
                # ("Wednesday's shootout": the day's own event)
                rf"(?:(?P<m_pos>[’']s)(?=\s+(?:[\w-]+\s+)?(?:shootout|shooting|clash|clashes|attack|"
                rf"incident|fighting|skirmish|violence|exchange|brawl|detention|raid)\b)|"
                rf"\s+(?P<m_part>"
                rf"night|morning|evening|afternoon))?"),
    ("ago", rf"(?i:(?P<o_n>{_N})\s+(?P<o_u>day|week|month|year)s?\s+ago)"),
    # days (or months) counted from the last date told: "the next day", "a month later"
    ("anaday", rf"(?i:(?:(?P<r_n>{_N})\s+days?\s+(?P<r_dir>later|afterwards|earlier)|"
               rf"(?P<r_mn>{_N})\s+months?\s+(?P<r_mdir>later|afterwards|earlier)|"
               r"(?P<r_w>(?:the\s+)?(?:next|following)|the\s+previous)\s+day|"
               r"the\s+day\s+(?P<r_w2>after|before)(?=\s*[,.;])|"
               r"(?P<r_same>(?:later|earlier)\s+(?:in|on)\s+(?:the|that)\s+day|"
               r"(?:later|earlier)\s+that\s+day|the\s+same\s+day|that\s+(?:same\s+)?day))"
               r"(?![\w-]))"),
    ("ana", rf"(?i:(?:(?P<q_n>{_N})\s+years?\s+(?P<q_dir>later|afterwards|earlier)|"
            rf"(?P<q_w>the\s+(?:following|previous|same)|that(?:\s+same)?)\s+year)(?![\w-]))"),
    ("rel", r"(?i:(?P<p_w>the\s+day\s+before\s+yesterday|yesterday|today|tonight|last\s+night|"
            r"(?:over|at|during)\s+the\s+weekend|(?:last|this)\s+weekend|"
            r"this\s+morning|(?:last|this|next|the\s+previous|the\s+past)\s+(?:week|month|year)"
            r"|earlier\s+(?:this|in\s+the)\s+(?:week|month|year)|a\s+year\s+ago))"),
]


def _alternation(kinds) -> re.Pattern:
    """The alternatives of these kinds, in the order of ``_PATTERNS``."""
    return re.compile("|".join(f"(?P<{name}>{pat})" for name, pat in _PATTERNS if name in kinds))


DATE_RE = _alternation([name for name, _pat in _PATTERNS])
# Where a date is tried, the alternatives that can begin there: those opening with a letter
# (a month, a weekday, a word) cannot match at a decimal digit, those opening with a digit
# (past a look-behind) nowhere else (read from the patterns: ``opens_with``). Each kind
# reads only its own groups, and at one position an alternation gives its first
# alternative that matches: the same matches.
_AT_DIGIT = _alternation([name for name, pat in _PATTERNS if DIGIT in opens_with(pat)])
_AT_OTHER = _alternation([name for name, pat in _PATTERNS if OTHER in opens_with(pat)])
# Where a date can be: a digit, a month or weekday name, or a relative word. The full
# pattern is tried only at such places (and up to four words before them), which keeps the
# scan of a long article fast; the look-ahead (the first letters of the words) lets the
# scan skip every other position without trying the alternatives.
# ("\d\d*" is "\d+", which the engine tries some 10 % sooner at each position.)
_TRIGGER_OPENS = "(?=[JFMASONDTWtlnepadymwLNEPYW])"
_TRIGGER_WORDS = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|"
                  r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
                  r"(?i:yesterday|today|tonight|last|this|next|earlier|past|previous|ago|"
                  r"years?|days?|months?|weekend)")
_TRIGGER = re.compile(rf"\d\d*|{_TRIGGER_OPENS}\b(?:{_TRIGGER_WORDS})\b")
_WORD_START = re.compile(r"\b\w")
_TOKEN_TEXT = itemgetter(0)  # (a Token is a tuple)
_TRIGGER_WORD = re.compile(rf"{_TRIGGER_OPENS}(?:{_TRIGGER_WORDS})")
_DIGITS = re.compile(r"\d+")
# spelling of a token -> the offsets in it where a trigger begins (most have none)
_TOKEN_TRIGGERS: dict[str, tuple[int, ...]] = {}


def _token_triggers(word: str) -> tuple[int, ...]:
    if _TRIGGER_WORD.fullmatch(word):
        return (0,)
    return tuple(m.start() for m in _DIGITS.finditer(word)) if not word.isalpha() else ()


def trigger_starts(text: str, start: int, end: int, tokens=None) -> list[int]:
    """Where ``_TRIGGER`` matches in ``text[start:end]``. Given the text's ``tokens`` (its
    words from ``start`` to its end, none left out), read from them, each spelling tested
    once: a word trigger is a whole token (its ``\\b`` at both ends), a digit run lies
    within one; only a text with an underscore (a word character between tokens) is
    scanned with the pattern instead."""
    if tokens is None or end != len(text) or "_" in text:
        return [t.start() for t in _TRIGGER.finditer(text, start, end)]
    offsets = looked_up(list(map(_TOKEN_TEXT, tokens)), _TOKEN_TRIGGERS, _token_triggers)
    return [tok.start + k for tok, offs in zip(tokens, offsets, strict=True) if offs
            for k in offs]


def candidates(text: str, start: int, end: int, tokens=None):
    """Matches of the date pattern, leftmost first, tried only around trigger words
    (``tokens``: see ``trigger_starts``)."""
    pos = start
    for p in trigger_starts(text, start, end, tokens):
        if p < pos:
            continue
        # A date begins at its trigger, or up to one word before a month or weekday
        # ("in May", "on Friday") and up to three before a relative word ("the day
        # before yesterday", "two years ago"); a number begins its own date.
        c = text[p]
        back = 0 if c.isdigit() else (1 if c.isupper() and text[p:p + 4].lower() not in (
            "yest", "toda", "toni", "last", "this", "next", "earl", "past", "prev") else 3)
        starts = [p]
        if back:
            window = text[max(pos, p - 30):p]
            base = p - len(window)
            starts = [base + w.start() for w in _WORD_START.finditer(window)][-back:] + [p]
        for s0 in starts:
            m = (_AT_DIGIT if text[s0].isdecimal() else _AT_OTHER).match(text, s0, end)
            if m and m.end() > p:
                yield m
                pos = m.end()
                break
