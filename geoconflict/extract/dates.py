"""Dates in article text: absolute, ranges, weekdays and relative words, with their precision.

Dates without a year, weekdays and words such as "yesterday" or "last year" are resolved
against the publication date; words such as "a year later" or "that year" against the
dates mentioned before them; what cannot be resolved is kept with ``value=None``.
The pattern lives in ``_date_patterns``, resolution against publication in
``_date_resolve``, resolution against other dates of the text in ``_date_context`` and
roles in ``_date_roles``; this module puts them together.
"""

from __future__ import annotations

import re
from datetime import date

from ._date_context import resolve_in_context
from ._date_patterns import DATE_RE, WD, candidates
from ._date_resolve import absolute, relative
from ._date_roles import part_before, role
from ._date_spans import joined_spans
from ._date_values import DateMention, DateValue, Reference

__all__ = ["DateValue", "DateMention", "Reference", "find_dates", "parse_published",
           "parse_date_line"]

_BOUNDARY_OK = re.compile(r"[\w]")
# dates that need a year from elsewhere: kept unresolved rather than dropped
_KEPT_UNRESOLVED = frozenset({"md", "dm", "month", "md_d", "d_dm", "md_md", "dm_dm",
                              "month_rel", "anaday"})


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
    rest = re.sub(rf"^(?:{WD}),?\s*", "", line)
    for m in DATE_RE.finditer(rest):
        if m.start() != 0 or rest[m.end():].strip(" .,|"):
            return ""
        v = absolute(m, Reference())
        if v is None or v.year_inferred:
            return ""
        if v.precision == "day":
            return v.start.isoformat()
        if v.precision == "month":
            return v.start.isoformat()[:7]
        return ""
    return ""


def find_dates(text: str, ref: Reference, start: int = 0, end: int | None = None,
               tokens=None) -> list[DateMention]:
    """Every date expression in ``text[start:end]``, resolved against ``ref`` and against
    the dates before it in that span (pass the whole text, not a sentence, for those).
    ``tokens``, the words from ``start`` to the text's end, lets the scan read them."""
    end = len(text) if end is None else end
    found = []
    for m in candidates(text, start, end, tokens):
        a, b = m.span()
        if (a > 0 and _BOUNDARY_OK.match(text[a - 1])) or (b < len(text)
                                                            and _BOUNDARY_OK.match(text[b])):
            continue
        kind = m.lastgroup or ""
        if kind == "month":
            a = m.start("j_m")
        if kind == "weekday" and not (m.group("m_last") or m.group("m_part") or m.group("m_pos")):
            continue  # a bare weekday name: "on Friday", "Friday night", "Friday's" are dates
        is_relative = kind in ("weekday", "ago", "rel", "ana", "anaday")
        if is_relative:
            value, part = relative(m, ref)
        else:
            value, part = absolute(m, ref), ""
            if value is None and kind not in _KEPT_UNRESOLVED:
                continue  # not a real date ("1999-2045", "31/02/2020")
        # "since Wednesday": the word is part of the match, so the role is read from it
        since = kind == "weekday" and (m.group("m_last") or "").lower().startswith("since")
        found.append((DateMention(a, b, text[a:b], kind, value, is_relative,
                                  "since" if since else role(text, a, b),
                                  part or part_before(text, a)), m))
    return joined_spans(text, resolve_in_context(text, found, ref), "en")
