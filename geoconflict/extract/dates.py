"""Dates in article text: absolute, ranges, weekdays and relative words, with their precision.

Dates without a year, weekdays and words such as "yesterday" or "last year" are resolved
against the publication date; what cannot be resolved is kept with ``value=None``.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["DateValue", "DateMention", "Reference", "find_dates", "parse_published",
           "parse_date_line"]

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 3}

_M = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
      r"December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")
_D = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?:1[89]\d\d|20\d\d)"
_TO = r"\s*(?:-|–|—|to|until|till|through|and)\s*"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_N = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several)"

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
    ("month_rel", rf"(?P<h_m>{_M})\s+(?:of\s+)?(?P<h_rel>this|last|next|the\s+same|"
                  rf"the\s+previous|the\s+following)\s+year"),
    ("my", rf"(?P<i_m>{_M})\s+(?:of\s+)?(?P<i_y>{_Y})"),
    ("month", rf"(?P<j_pre>(?i:in|since|during|by|early|late|mid|the|of|last|this|until)"
              rf"[\s-]+)(?P<j_m>{_M})(?![\w-])"
              rf"(?!\s+(?:of\s+)?\d)(?!\s+(?:this|last|next)\s+year)"),
    ("years", rf"(?P<k_y1>{_Y}){_TO}(?P<k_y2>{_Y}|\d\d)(?!\d)"),
    ("year", rf"(?<![\d,.])(?P<l_y>{_Y})(?!\d|,\d)(?!\s*(?:km|kilomet|metres|meters|ha|hectares|"
             rf"people|persons|soldiers|troops|men|rounds|rifles|houses|families|residents|%))"),
    ("weekday", rf"(?P<m_last>(?i:last|this|on|early|late)\s+)?(?P<m_wd>{_WD})(?:\s+(?P<m_part>"
                rf"night|morning|evening|afternoon))?"),
    ("ago", rf"(?i:(?P<o_n>{_N})\s+(?P<o_u>day|week|month|year)s?\s+ago)"),
    ("rel", r"(?i:(?P<p_w>the\s+day\s+before\s+yesterday|yesterday|today|tonight|last\s+night|"
            r"this\s+morning|(?:last|this|next|the\s+previous|the\s+past)\s+(?:week|month|year)"
            r"|earlier\s+this\s+(?:week|month|year)|a\s+year\s+ago))"),
]
_DATE_RE = re.compile("|".join(f"(?P<{name}>{pat})" for name, pat in _PATTERNS))
# Where a date can be: a digit, a month or weekday name, or a relative word. The full
# pattern is tried only at such places (and up to four words before them), which keeps the
# scan of a long article fast.
_TRIGGER = re.compile(r"\d+|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|"
                      r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
                      r"\b(?i:yesterday|today|tonight|last|this|next|earlier|past|previous|ago)\b")
_WORD_START = re.compile(r"\b\w")
_BOUNDARY_OK = re.compile(r"[\w]")


@dataclass(frozen=True, slots=True)
class DateValue:
    """A resolved date or span and how precisely it is known."""

    start: date
    end: date
    precision: str  # day, week, month, year
    year_inferred: bool = False

    def overlaps(self, other: DateValue, slack_days: int = 0) -> bool:
        slack = timedelta(days=slack_days)
        return self.start <= other.end + slack and other.start <= self.end + slack


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression in the text; ``value`` is None when it could not be resolved.

    ``relative`` marks weekday and relative-word dates ("on Saturday", "yesterday");
    ``role`` is ``event`` unless the context shows the date is not when something
    happened (``anniversary``, ``since``, ``born``, ``until``).
    """

    start: int
    end: int
    text: str
    kind: str
    value: DateValue | None
    relative: bool = False
    role: str = "event"
    part_of_day: str = ""


@dataclass(frozen=True, slots=True)
class Reference:
    """The publication date used to resolve relative dates: its known part and precision."""

    day: date | None = None
    precision: str = ""  # day, month, year or "" (unknown)
    year_hint: int | None = None  # from the article's own years when nothing else is known

    @property
    def known(self) -> bool:
        return bool(self.precision)


def parse_published(text: str | None) -> Reference:
    """A ``Reference`` from ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or a written date.

    >>> parse_published("2021-05-02").precision
    'day'
    >>> parse_published("2019-11").day
    datetime.date(2019, 11, 1)
    """
    if not text:
        return Reference()
    text = str(text).strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", text)
    if m:
        y, mo, d = m.group(1), m.group(2), m.group(3)
        try:
            if d:
                return Reference(date(int(y), int(mo), int(d)), "day")
            if mo:
                return Reference(date(int(y), int(mo), 1), "month")
            return Reference(date(int(y), 1, 1), "year")
        except ValueError:
            raise ValueError(f"{text!r} is not a real date — write YYYY-MM-DD") from None
    found = parse_date_line(text)
    if found:
        return parse_published(found)
    raise ValueError(f"{text!r} is not a date — write YYYY-MM-DD, YYYY-MM or YYYY")


def parse_date_line(line: str) -> str:
    """ISO text of a line that is nothing but a date ("Wednesday, 17 May 2006"), else ""."""
    line = line.strip().strip("()[]")
    if not 6 <= len(line) <= 40 or not any(ch.isdigit() for ch in line):
        return ""
    rest = re.sub(rf"^(?:{_WD}),?\s*", "", line)
    for m in _DATE_RE.finditer(rest):
        if m.start() != 0 or rest[m.end():].strip(" .,|"):
            return ""
        v = _absolute(m, Reference())
        if v is None or v.year_inferred:
            return ""
        if v.precision == "day":
            return v.start.isoformat()
        if v.precision == "month":
            return v.start.isoformat()[:7]
        return ""
    return ""


def find_dates(text: str, ref: Reference, start: int = 0, end: int | None = None
               ) -> list[DateMention]:
    """Every date expression in ``text[start:end]``, resolved against ``ref``."""
    end = len(text) if end is None else end
    out = []
    for m in _candidates(text, start, end):
        a, b = m.span()
        if (a > 0 and _BOUNDARY_OK.match(text[a - 1])) or (b < len(text)
                                                            and _BOUNDARY_OK.match(text[b])):
            continue
        kind = m.lastgroup or ""
        if kind == "month":
            a = m.start("j_m")
        if kind == "weekday" and not (m.group("m_last") or m.group("m_part")):
            continue
        relative = kind in ("weekday", "ago", "rel")
        if relative:
            value, part = _relative(m, kind, ref)
        else:
            value, part = _absolute(m, ref), ""
            if value is None and kind not in ("md", "dm", "month", "md_d", "d_dm", "md_md",
                                              "dm_dm"):
                continue
        out.append(DateMention(a, b, text[a:b], kind, value, relative,
                               _role(text, a, b), part or _part_before(text, a)))
    return out


def _candidates(text: str, start: int, end: int):
    """Matches of the date pattern, leftmost first, tried only around trigger words."""
    pos = start
    for t in _TRIGGER.finditer(text, start, end):
        p = t.start()
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
            m = _DATE_RE.match(text, s0, end)
            if m and m.end() > p:
                yield m
                pos = m.end()
                break


# -- resolution ---------------------------------------------------------------------------

def _month(word: str) -> int:
    return _MONTHS[word.rstrip(".").lower()]


def _day(word: str) -> int:
    return int(re.match(r"\d+", word).group(0))


def _year_for(month: int, day: int | None, ref: Reference) -> tuple[int | None, bool]:
    """The year of a month/day without one: the last such date not after publication."""
    if ref.day is None:
        return (ref.year_hint, True) if ref.year_hint else (None, True)
    y = ref.day.year
    if ref.precision == "year":
        return y, True
    if ref.precision == "month":
        return (y if month <= ref.day.month else y - 1), True
    try:
        cand = date(y, month, day or 1)
    except ValueError:
        return y, True
    return (y - 1 if cand > ref.day + timedelta(days=7) else y), True


def _mk(y: int, m1: int, d1: int, m2: int, d2: int, inferred: bool) -> DateValue | None:
    try:
        a = date(y, m1, d1)
        b = date(y if m2 >= m1 else y + 1, m2, d2)
    except ValueError:
        return None
    if b < a:
        return None
    return DateValue(a, b, "day", inferred)


def _month_span(y: int, m: int, inferred: bool) -> DateValue:
    return DateValue(date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1]), "month", inferred)


def _absolute(m: re.Match, ref: Reference) -> DateValue | None:
    g = m.groupdict()
    kind = m.lastgroup
    try:
        if kind == "iso":
            d = date(int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"]))
            return DateValue(d, d, "day")
        if kind == "dmy_num":
            a, b, y = int(g["n1"]), int(g["n2"]), int(g["ny"])
            day_, mon = (a, b) if g["sep"] == "." or a > 12 else (b, a)
            d = date(y, mon, day_)
            return DateValue(d, d, "day")
    except ValueError:
        return None
    if kind in ("md_md", "dm_dm"):
        p = "a" if kind == "md_md" else "b"
        m1, m2 = _month(g[f"{p}_m1"]), _month(g[f"{p}_m2"])
        d1, d2 = _day(g[f"{p}_d1"]), _day(g[f"{p}_d2"])
        y, inf = (int(g[f"{p}_y"]), False) if g[f"{p}_y"] else _year_for(m2, d2, ref)
        if y is None:
            return None
        if g[f"{p}_y"] and m2 < m1:
            y -= 1  # "December 30 – January 2, 2022": the year belongs to the end
        return _mk(y, m1, d1, m2, d2, inf)
    if kind in ("md_d", "d_dm"):
        p = "c" if kind == "md_d" else "e"
        mo = _month(g[f"{p}_m"])
        d1, d2 = _day(g[f"{p}_d1"]), _day(g[f"{p}_d2"])
        y, inf = (int(g[f"{p}_y"]), False) if g[f"{p}_y"] else _year_for(mo, d1, ref)
        if y is None or not (1 <= d1 <= 31 and 1 <= d2 <= 31) or d2 < d1:
            return None
        return _mk(y, mo, d1, mo, d2, inf)
    if kind in ("md", "dm"):
        p = "f" if kind == "md" else "g"
        mo, d = _month(g[f"{p}_m"]), _day(g[f"{p}_d"])
        if not 1 <= d <= 31:
            return None
        y, inf = (int(g[f"{p}_y"]), False) if g[f"{p}_y"] else _year_for(mo, d, ref)
        if y is None:
            return None
        return _mk(y, mo, d, mo, d, inf)
    if kind == "month_rel":
        mo = _month(g["h_m"])
        rel = g["h_rel"].split()[-1]
        if ref.day is None:
            return None
        y = ref.day.year + {"this": 0, "same": 0, "last": -1, "previous": -1, "next": 1,
                            "following": 1}[rel]
        return _month_span(y, mo, False)
    if kind == "my":
        return _month_span(int(g["i_y"]), _month(g["i_m"]), False)
    if kind == "month":
        mo = _month(g["j_m"])
        y, inf = _year_for(mo, None, ref)
        return _month_span(y, mo, inf) if y else None
    if kind == "years":
        y1, y2 = int(g["k_y1"]), g["k_y2"]
        y2i = int(y2) if len(y2) == 4 else (y1 // 100) * 100 + int(y2)
        if y2i < y1 or y2i - y1 > 30:
            return None
        return DateValue(date(y1, 1, 1), date(y2i, 12, 31), "year")
    if kind == "year":
        y = int(g["l_y"])
        return DateValue(date(y, 1, 1), date(y, 12, 31), "year")
    return None


def _relative(m: re.Match, kind: str, ref: Reference) -> tuple[DateValue | None, str]:
    g = m.groupdict()
    pub = ref.day
    if kind == "weekday":
        if not (g["m_last"] or g["m_part"]):
            # a bare weekday name is a date only as "on Friday" or "Friday night"
            return None, ""
        part = g["m_part"] or ""
        if pub is None or ref.precision != "day":
            return None, part
        wd = _WEEKDAYS[g["m_wd"].lower()]
        back = (pub.weekday() - wd) % 7
        if (g["m_last"] or "").strip().lower() == "last" and back == 0:
            back = 7
        d = pub - timedelta(days=back)
        return DateValue(d, d, "day"), part
    if kind == "ago":
        n_word = g["o_n"].lower()
        n = int(n_word) if n_word.isdigit() else _NUMBER_WORDS.get(n_word, 1)
        unit = g["o_u"].lower()
        if pub is None:
            return None, ""
        if unit == "year":
            y = pub.year - n
            return DateValue(date(y, 1, 1), date(y, 12, 31), "year"), ""
        if unit == "month" and ref.precision in ("day", "month"):
            y, mo = divmod(pub.year * 12 + pub.month - 1 - n, 12)
            return _month_span(y, mo + 1, False), ""
        if ref.precision != "day":
            return None, ""
        d = pub - timedelta(days=n if unit == "day" else 7 * n)
        return (DateValue(d, d, "day") if unit == "day"
                else DateValue(d - timedelta(days=d.weekday()),
                               d - timedelta(days=d.weekday()) + timedelta(days=6), "week")), ""
    word = " ".join(g["p_w"].lower().split())
    if pub is None:
        return None, ""
    if word.endswith("year") or word == "a year ago":
        if word.startswith(("this", "earlier")):
            y = pub.year
        elif word.startswith("next"):
            y = pub.year + 1
        else:
            y = pub.year - 1
        return DateValue(date(y, 1, 1), date(y, 12, 31), "year"), ""
    if word.endswith("month"):
        if ref.precision not in ("day", "month"):
            return None, ""
        shift = 0 if word.startswith(("this", "earlier")) else (1 if word.startswith("next")
                                                                else -1)
        y, mo = divmod(pub.year * 12 + pub.month - 1 + shift, 12)
        return _month_span(y, mo + 1, False), ""
    if ref.precision != "day":
        return None, ""
    if word.endswith("week"):
        monday = pub - timedelta(days=pub.weekday())
        if word.startswith(("last", "the previous")):
            monday -= timedelta(days=7)
        elif word.startswith("next"):
            monday += timedelta(days=7)
        elif word.startswith("the past"):
            return DateValue(pub - timedelta(days=7), pub, "week"), ""
        return DateValue(monday, monday + timedelta(days=6), "week"), ""
    offset = {"yesterday": 1, "last night": 1, "the day before yesterday": 2}.get(word, 0)
    d = pub - timedelta(days=offset)
    part = "night" if word in ("last night", "tonight") else (
        "morning" if word == "this morning" else "")
    return DateValue(d, d, "day"), part


def _role(text: str, a: int, b: int) -> str:
    before = text[max(0, a - 30):a].lower()
    after = text[b:b + 40].lower()
    if re.match(r"\s*(?:'s\s+|’s\s+)?anniversary", after):
        return "anniversary"
    if re.search(r"\b(?:born|founded|established|created)\s+(?:on\s+|in\s+)?(?:the\s+)?$",
                 before):
        return "born"
    if re.search(r"\b(?:since|until|till|before|by)\s+(?:the\s+)?$", before):
        if re.match(r"[^.;]{0,40}?\b(?:when|as)\b", after):
            return "event"
        return "since"
    if re.match(r"\s*(?:-|–)?\s*year-old", after):
        return "born"
    return "event"


def _part_before(text: str, a: int) -> str:
    m = re.search(r"\b(night|morning|evening|afternoon|dawn)\s+(?:of|on)\s+(?:the\s+)?$",
                  text[max(0, a - 40):a].lower())
    return m.group(1) if m else ""
