"""Two dates that open and close one span: "from 28 December 2015 to 5 January 2016",
"between May 3 and May 5", «с 28 декабря 2015 года по 5 января 2016 года».

Each date of such a pair is found on its own, and the words around them give the first the
role of a start ("from": ``since``) and the second that of an end ("to": ``until``), so that
neither dated the event. Read together they are the event's days: one mention from the first
day to the last, with the first one's role where that is another than a bound (a plan, a
report).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._date_values import DateMention, DateValue

__all__ = ["joined_spans"]

# the words before the first date and between the two, per language
_OPEN = {"en": re.compile(r"(?:\bfrom|\bbetween)\s+(?:the\s+)?$", re.I),
         "ru": re.compile(r"(?<!\w)(?:с|со|в\s+период\s+с)\s+$", re.I)}
_BETWEEN = {"en": re.compile(r"\s*(?:to|until|till|through|and|[-–—])\s+(?:the\s+)?", re.I),
            "ru": re.compile(r"\s*(?:по|до|[-–—])\s+", re.I)}
# the roles a pair's first date takes as the span's event (another role, a plan or a
# report, stays the span's)
_BOUNDS = ("since", "until", "event")
_FINE = ("day", "month")


def joined_spans(text: str, mentions: list[DateMention], lang: str) -> list[DateMention]:
    """``mentions`` (in text order) with each pair that opens and closes one span made one
    mention."""
    opening, between = _OPEN[lang], _BETWEEN[lang]
    out: list[DateMention] = []
    k = 0
    while k < len(mentions):
        d = mentions[k]
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        if nxt is not None and _pair(text, d, nxt, opening, between):
            value = DateValue(d.value.start, nxt.value.end, d.value.precision,
                              d.value.year_inferred or nxt.value.year_inferred)
            role = d.role if d.role not in _BOUNDS else "event"
            out.append(replace(d, end=nxt.end, text=text[d.start:nxt.end], kind="span",
                               value=value, role=role, relative=False))
            k += 2
            continue
        out.append(d)
        k += 1
    return out


def _pair(text: str, d: DateMention, nxt: DateMention, opening, between) -> bool:
    if d.value is None or nxt.value is None or d.relative or nxt.relative:
        return False
    if d.value.precision not in _FINE or nxt.value.precision != d.value.precision:
        return False
    if nxt.value.end < d.value.start or (nxt.value.end - d.value.start).days > 366:
        return False
    return bool(between.fullmatch(text, d.end, nxt.start)
                and opening.search(text, max(0, d.start - 20), d.start))
