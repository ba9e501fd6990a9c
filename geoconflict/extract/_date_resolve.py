"""One date match → its value, resolved against the publication date alone.

``absolute`` handles dates with a month or a year in them ("May 13", "1999-2000");
``relative`` handles weekdays and relative words ("on Saturday", "two years ago"). A year
missing from an absolute date is the publication year (or the one before when the date
would fall after publication); a relative date needs as much of the publication date as
it names (a day for "yesterday", a year for "last year"), else its value is None, except
that "today" or "yesterday" with only the month of publication known is that month. Words
that count from an earlier date of the text ("a year later", "May of the same year") get
their value from ``_date_context``; here only "the previous year" gets a fallback.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from ._date_patterns import MONTHS, NUMBER_WORDS, WEEKDAYS
from ._date_values import DateValue, Reference

__all__ = ["absolute", "relative", "year_for", "month_span", "year_span", "day_span"]


def _month(word: str) -> int:
    return MONTHS[word.rstrip(".").lower()]


def _day(word: str) -> int:
    return int(re.match(r"\d+", word).group(0))


def year_for(month: int, day: int | None, ref: Reference) -> tuple[int | None, bool]:
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


def day_span(y: int, m1: int, d1: int, m2: int, d2: int, inferred: bool) -> DateValue | None:
    """Days ``m1/d1`` to ``m2/d2`` of year ``y`` (the end in the next year if its month is
    earlier); None when a day does not exist."""
    try:
        a = date(y, m1, d1)
        b = date(y if m2 >= m1 else y + 1, m2, d2)
    except ValueError:
        return None
    if b < a:
        return None
    return DateValue(a, b, "day", inferred)


def month_span(y: int, m: int, inferred: bool) -> DateValue:
    return DateValue(date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1]), "month", inferred)


def year_span(y1: int, y2: int | None = None, inferred: bool = False) -> DateValue:
    return DateValue(date(y1, 1, 1), date(y2 or y1, 12, 31), "year", inferred)


def _numeric(kind: str, g: dict, ref: Reference) -> DateValue | None:
    try:
        if kind == "iso":
            d = date(int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"]))
        else:
            a, b, y = int(g["n1"]), int(g["n2"]), int(g["ny"])
            day_, mon = (a, b) if g["sep"] == "." or a > 12 else (b, a)
            d = date(y, mon, day_)
    except ValueError:
        return None
    return DateValue(d, d, "day")


def _two_months(kind: str, g: dict, ref: Reference) -> DateValue | None:
    p = "a" if kind == "md_md" else "b"
    m1, m2 = _month(g[f"{p}_m1"]), _month(g[f"{p}_m2"])
    d1, d2 = _day(g[f"{p}_d1"]), _day(g[f"{p}_d2"])
    # (without a year, the year of the start: "December 28 – January 5" told in June
    # began the December before)
    y, inf = (int(g[f"{p}_y"]), False) if g[f"{p}_y"] else year_for(m1, d1, ref)
    if y is None:
        return None
    if g[f"{p}_y"] and m2 < m1:
        y -= 1  # "December 30 – January 2, 2022": the year belongs to the end
    return day_span(y, m1, d1, m2, d2, inf)


def _one_month_days(kind: str, g: dict, ref: Reference) -> DateValue | None:
    p = "c" if kind == "md_d" else "e"
    mo = _month(g[f"{p}_m"])
    d1, d2 = _day(g[f"{p}_d1"]), _day(g[f"{p}_d2"])
    y, inf = (int(g[f"{p}_y"]), False) if g[f"{p}_y"] else year_for(mo, d1, ref)
    if y is None or not (1 <= d1 <= 31 and 1 <= d2 <= 31) or d2 < d1:
        return None
    return day_span(y, mo, d1, mo, d2, inf)


def _day_month(kind: str, g: dict, ref: Reference) -> DateValue | None:
    p = "f" if kind == "md" else "g"
    mo, d = _month(g[f"{p}_m"]), _day(g[f"{p}_d"])
    if not 1 <= d <= 31:
        return None
    y, inf = (int(g[f"{p}_y"]), False) if g[f"{p}_y"] else year_for(mo, d, ref)
    if y is None:
        return None
    return day_span(y, mo, d, mo, d, inf)


# "the previous year" with no earlier date to count from is the year before publication
_YEAR_SHIFT = {"this": 0, "last": -1, "previous": -1, "next": 1}


def _months(kind: str, g: dict, ref: Reference) -> DateValue | None:
    if kind == "month_rel":
        rel = g["h_rel"].split()[-1]
        if ref.day is None or rel not in _YEAR_SHIFT:
            return None  # "May of the same year" counts from an earlier date (_date_context)
        return month_span(ref.day.year + _YEAR_SHIFT[rel], _month(g["h_m"]), False)
    if kind == "my":
        return month_span(int(g["i_y"]), _month(g["i_m"]), False)
    mo = _month(g["j_m"])
    y, inf = year_for(mo, None, ref)
    return month_span(y, mo, inf) if y else None


def _years(kind: str, g: dict, ref: Reference) -> DateValue | None:
    if kind == "decade":  # the 1990s; their early, middle or late years
        y = int(g["z_y"])
        lo, hi = (0, 3) if g.get("z_early") else (4, 6) if g.get("z_mid") else \
            (7, 9) if g.get("z_late") else (0, 9)
        return year_span(y + lo, y + hi)
    if kind == "year":
        return year_span(int(g["l_y"]))
    y1, y2 = int(g["k_y1"]), g["k_y2"]
    y2i = int(y2) if len(y2) == 4 else (y1 // 100) * 100 + int(y2)
    if y2i < y1 or y2i - y1 > 30:
        return None
    return year_span(y1, y2i)


_ABSOLUTE = {"iso": _numeric, "dmy_num": _numeric, "md_md": _two_months, "dm_dm": _two_months,
             "md_d": _one_month_days, "d_dm": _one_month_days, "md": _day_month,
             "dm": _day_month, "month_rel": _months, "my": _months, "month": _months,
             "years": _years, "year": _years, "decade": _years}


def absolute(m: re.Match, ref: Reference) -> DateValue | None:
    """The value of a date with a month or a year in it; None if it is not a real date or
    has no year and ``ref`` gives none."""
    resolve = _ABSOLUTE.get(m.lastgroup or "")
    return resolve(m.lastgroup, m.groupdict(), ref) if resolve else None


def relative(m: re.Match, ref: Reference) -> tuple[DateValue | None, str]:
    """The value of a weekday or relative-word date and the part of day it names."""
    kind, g = m.lastgroup, m.groupdict()
    if kind == "weekday":
        return _weekday(g, ref)
    if kind == "anaday":  # counted from the day told before it, by _date_context
        return None, ""
    if ref.day is None:
        return None, ""
    if kind == "ago":
        return _ago(g, ref), ""
    if kind == "ana":  # counted from an earlier date by _date_context, if there is one
        prev = (g["q_w"] or "").lower().endswith("previous")
        return (year_span(ref.day.year - 1) if prev else None), ""
    return _rel_word(" ".join(g["p_w"].lower().split()), ref)


def _weekday(g: dict, ref: Reference) -> tuple[DateValue | None, str]:
    part = g["m_part"] or ""
    if not (g["m_last"] or part or g["m_pos"]):
        # a bare weekday name is a date only as "on Friday", "Friday night", "Friday's"
        return None, ""
    pub = ref.day
    if pub is None or ref.precision != "day":
        return None, part
    wd = WEEKDAYS[g["m_wd"].lower()]
    back = (pub.weekday() - wd) % 7
    if (g["m_last"] or "").strip().lower() == "last" and back == 0:
        back = 7
    d = pub - timedelta(days=back)
    return DateValue(d, d, "day"), part


def _ago(g: dict, ref: Reference) -> DateValue | None:
    n_word = g["o_n"].lower()
    n = int(n_word) if n_word.isdigit() else NUMBER_WORDS.get(n_word, 1)
    unit, pub = g["o_u"].lower(), ref.day
    if unit == "year":
        return year_span(pub.year - n)
    if unit == "month" and ref.precision in ("day", "month"):
        y, mo = divmod(pub.year * 12 + pub.month - 1 - n, 12)
        return month_span(y, mo + 1, False)
    if ref.precision != "day":
        return None
    d = pub - timedelta(days=n if unit == "day" else 7 * n)
    if unit == "day":
        return DateValue(d, d, "day")
    monday = d - timedelta(days=d.weekday())
    return DateValue(monday, monday + timedelta(days=6), "week")


def _rel_word(word: str, ref: Reference) -> tuple[DateValue | None, str]:
    if word.startswith("earlier in the "):  # "earlier in the week": this week, by now
        word = "earlier this " + word[len("earlier in the "):]
    value, part = _rel_span(word, ref)
    if value is not None and word.startswith("earlier") and ref.precision == "day" \
            and value.start <= ref.day < value.end:
        value = DateValue(value.start, ref.day, value.precision)  # "earlier this week": by now
    return value, part


def _rel_span(word: str, ref: Reference) -> tuple[DateValue | None, str]:
    pub = ref.day
    if word.endswith("year") or word == "a year ago":
        shift = 0 if word.startswith(("this", "earlier")) else (
            1 if word.startswith("next") else -1)
        return year_span(pub.year + shift), ""
    if word.endswith("month"):
        if ref.precision not in ("day", "month"):
            return None, ""
        shift = 0 if word.startswith(("this", "earlier")) else (
            1 if word.startswith("next") else -1)
        y, mo = divmod(pub.year * 12 + pub.month - 1 + shift, 12)
        return month_span(y, mo + 1, False), ""
    if word.endswith("week"):
        return (_week(word, pub) if ref.precision == "day" else None), ""
    if word.endswith("weekend"):  # the Saturday and Sunday last before publication
        if ref.precision != "day":
            return None, ""
        sunday = pub - timedelta(days=(pub.weekday() + 1) % 7)
        if word.startswith("last") and sunday == pub:
            sunday -= timedelta(days=7)
        return DateValue(sunday - timedelta(days=1), sunday, "day"), ""
    part = "night" if word in ("last night", "tonight") else (
        "morning" if word == "this morning" else "")
    if ref.precision == "month":
        # "today" when only the month of publication is known: that month
        return month_span(pub.year, pub.month, False), part
    if ref.precision != "day":
        return None, part
    offset = {"yesterday": 1, "last night": 1, "the day before yesterday": 2}.get(word, 0)
    d = pub - timedelta(days=offset)
    return DateValue(d, d, "day"), part


def _week(word: str, pub: date) -> DateValue:
    if word.startswith("the past"):
        return DateValue(pub - timedelta(days=7), pub, "week")
    monday = pub - timedelta(days=pub.weekday())
    if word.startswith(("last", "the previous")):
        monday -= timedelta(days=7)
    elif word.startswith("next"):
        monday += timedelta(days=7)
    return DateValue(monday, monday + timedelta(days=6), "week")
