"""Dates that take their value from other dates of the same text, read in order.

- Anaphoric years ("a year later", "two years earlier", "the following year", "in the same
  year", "that year") and months of them ("in May of the same year") count from the last
  date mentioned before them; with none, they stay unresolved (``value=None``), except
  "the previous year", which then keeps the year before publication.
- Days counted from the day told before ("the next day", "two days later", "the previous
  day", "later that day", "the same day") are that day plus or minus the days
  (unresolved when the date before is no day), and "a month later" the month after the
  date told before (a day or a month).
- A day without a year followed in its sentence, within ten words, by a year word ("on
  May 13 last year", "on 5 March the previous year") is that day of the word's year; in
  "the May 13 anniversary of the riots last year" that day is the riots' date, an event.
- A month without a year listed before a month with one ("in May and June 2021") is in
  that month's year.
- When the publication date is not known to the day, "on Friday, April 30" is the day
  that follows it (when it is a Friday), and "on Friday" is the first Friday on or
  after the latest day date (an event date stated in the text) mentioned before it, within
  a week and not after the publication's month or year; with no such date before it, the
  Friday nearest the first day of an event stated after it (near the publication);
  else it stays unresolved.

- A day that starts something ("since May 18") keeps, as ``to_now``, the days from it up to
  the day the text is told (see ``_up_to_now``): the span of events counted since then.

Values found here have ``year_inferred`` set unless their year comes from a word counted
from publication ("last year").
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta

from ._date_patterns import MONTHS, NUMBER_WORDS, WEEKDAYS
from ._date_resolve import absolute, month_span, year_span
from ._date_values import DateMention, DateValue, Reference

__all__ = ["resolve_in_context"]

_DAY_KINDS = frozenset({"md", "dm", "md_d", "d_dm", "md_md", "dm_dm"})
_STATED_DAY_KINDS = _DAY_KINDS | {"iso", "dmy_num"}
_YEAR_WORD_KINDS = frozenset({"ana", "rel", "ago"})
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)|\n")
_MAX_WORDS_TO_YEAR_WORD = 10


def resolve_in_context(text: str, found: list[tuple[DateMention, re.Match]],
                       ref: Reference) -> list[DateMention]:
    """The mentions of ``found`` (in text order, each with its match), with the values that
    depend on earlier dates filled in."""
    out: list[DateMention] = []
    last: DateValue | None = None  # the last resolved date so far
    told_at: tuple[DateValue, int] | None = None  # a reporting date after it, and its end
    latest_day: date | None = None  # the latest stated day of an event so far
    attached: dict[int, DateValue | None] = {}  # year words already read with their day
    for i, (d, m) in enumerate(found):
        if i in attached:
            d = replace(d, value=attached[i]) if d.kind == "ana" else d
        elif d.kind == "ana" or (d.kind == "month_rel" and _anaphoric_month(m)):
            d = _anaphoric(d, m, last)
        elif d.kind in _DAY_KINDS and (d.value is None or d.value.year_inferred):
            j = _year_word_after(text, found, i)
            if j is not None:
                word = found[j][0]
                word_value = _anaphoric(word, found[j][1], last).value
                attached[j] = word_value
                d = _in_year(d, m, word_value)
        elif d.kind == "month" and d.value is not None and d.value.year_inferred:
            d = _listed_month(text, found, i)
        elif d.kind == "anaday":  # from the telling only in its own sentence ("said on
            # Tuesday that guards came under fire the day before")
            told = told_at is not None and not _SENTENCE_END.search(text, told_at[1], m.start())
            d = _anaphoric_day(d, m, told_at[0] if told else last)
        elif d.kind == "weekday" and ref.precision != "day":
            d = _weekday_dated(text, found, i) or (
                _weekday_after(d, m, latest_day, ref) if latest_day else
                _weekday_near(found, i, ref))
        if d.value is not None:
            if d.role == "holiday":  # "that day" counts from no holiday's day
                pass
            elif d.role != "report":  # "two days later" counts from an event, not the telling
                last, told_at = d.value, None
            else:
                told_at = (d.value, m.end())
            if (d.kind in _STATED_DAY_KINDS and d.value.precision == "day"
                    and d.role == "event"):
                latest_day = max(latest_day or d.value.end, d.value.end)
            if d.role == "since" and d.value.precision == "day":
                d = _up_to_now(d, ref, latest_day)
        out.append(d)
    return out


def _up_to_now(d: DateMention, ref: Reference, latest_day: date | None) -> DateMention:
    """"since May 18" with the days from May 18 to the day the text is told: the publication
    day, or, with the publication known only to the month, the latest day of an event told
    before (the text was written after it), else the end of that month (a window known to
    the month at its end)."""
    now = ref.day if ref.precision == "day" else latest_day
    precision = "day"
    if now is None and ref.precision == "month" and ref.day is not None:
        # told in a month known, no day: up to that month's end at most, known to the month
        now = ref.day.replace(day=calendar.monthrange(ref.day.year, ref.day.month)[1])
        precision = "month"
    if now is None or now <= d.value.end:
        return d
    return replace(d, to_now=DateValue(d.value.start, now, precision, d.value.year_inferred))


def _anaphoric_month(m: re.Match) -> bool:
    return m.group("h_rel").split()[-1].lower() in ("same", "previous", "following", "that")


def _anaphoric(d: DateMention, m: re.Match, last: DateValue | None) -> DateMention:
    """``d`` counted from ``last``; unchanged when it is not anaphoric or ``last`` is None."""
    if d.kind not in ("ana", "month_rel") or last is None:
        return d
    if d.kind == "month_rel" and not _anaphoric_month(m):
        return d
    y = _year_from(m, last)
    if y is None:
        return replace(d, value=None)
    if d.kind == "month_rel":
        return replace(d, value=month_span(y, MONTHS[m.group("h_m").rstrip(".").lower()], True))
    return replace(d, value=year_span(y, inferred=True))


def _anaphoric_day(d: DateMention, m: re.Match, last: DateValue | None) -> DateMention:
    """"the next day", "two days later", "the previous day" counted from the last date
    told, when it is a day; unresolved otherwise."""
    g = m.groupdict()
    if g["r_mn"] and last is not None and last.precision in ("day", "week", "month"):
        n_word = g["r_mn"].lower()
        n = int(n_word) if n_word.isdigit() else NUMBER_WORDS.get(n_word, 1)
        n = -n if g["r_mdir"].lower() == "earlier" else n
        k = last.start.year * 12 + last.start.month - 1 + n
        return replace(d, value=month_span(k // 12, k % 12 + 1, last.year_inferred))
    if last is None or last.precision != "day" or g["r_mn"]:
        return replace(d, value=None)
    if g["r_same"]:  # "later that day", "the same day"
        return replace(d, value=DateValue(last.end, last.end, "day", last.year_inferred))
    if g["r_n"]:
        n_word = g["r_n"].lower()
        n = int(n_word) if n_word.isdigit() else NUMBER_WORDS.get(n_word, 1)
        back = g["r_dir"].lower() == "earlier"
    else:
        n, back = 1, (g["r_w"] or g["r_w2"]).lower().endswith(("previous", "before"))
    day = last.start - timedelta(days=n) if back else last.end + timedelta(days=n)
    return replace(d, value=DateValue(day, day, "day", last.year_inferred))


def _year_from(m: re.Match, last: DateValue) -> int | None:
    """The year an anaphoric expression names, counted from the date ``last``."""
    g = m.groupdict()
    if m.lastgroup == "ana" and g["q_n"]:
        n_word = g["q_n"].lower()
        n = int(n_word) if n_word.isdigit() else NUMBER_WORDS.get(n_word, 1)
        if g["q_dir"].lower() == "earlier":
            return last.start.year - n
        return last.end.year + n
    word = (g["q_w"] if m.lastgroup == "ana" else g["h_rel"]).split()[-1].lower()
    if word == "following":
        return last.end.year + 1
    if word == "previous":
        return last.start.year - 1
    # "the same year", "that year": only when the earlier date lies within one year
    return last.start.year if last.start.year == last.end.year else None


def _year_word_after(text: str, found: list[tuple[DateMention, re.Match]], i: int
                     ) -> int | None:
    """Index of the year word that closely follows mention ``i`` in its sentence, if any."""
    if i + 1 >= len(found):
        return None
    d, (w, wm) = found[i][0], found[i + 1]
    if w.kind not in _YEAR_WORD_KINDS or not re.search(r"(?i)years?\b", w.text):
        return None
    if w.kind == "ago" and wm.group("o_u").lower() != "year":
        return None
    between = text[d.end:w.start]
    if _SENTENCE_END.search(between):
        return None
    if len(re.findall(r"\w+", between)) > _MAX_WORDS_TO_YEAR_WORD:
        return None
    return i + 1


_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_LIST_SEP = r"(?:\s*,\s*|\s+)(?:(?:and|or)\s+)?"
# between a month and a later one of the same list: other months and the separators
_MONTH_LIST = re.compile(rf"(?i:(?:{_LIST_SEP}(?:{_MONTH_NAMES})\b\.?)*{_LIST_SEP})")


def _listed_month(text: str, found: list[tuple[DateMention, re.Match]], i: int
                  ) -> DateMention:
    """A month without a year listed before a month with one ("in May and June 2021",
    "in September, October, and November 2022") is in that month's year."""
    d = found[i][0]
    if i + 1 >= len(found):
        return d
    nxt = found[i + 1][0]
    if nxt.kind != "my" or nxt.value is None or not _MONTH_LIST.fullmatch(
            text, d.end, nxt.start):
        return d
    y = nxt.value.start.year
    return replace(d, value=month_span(y, d.value.start.month, False))


def _in_year(d: DateMention, m: re.Match, year: DateValue | None) -> DateMention:
    """Day mention ``d`` placed in the single year ``year`` (unchanged if there is none)."""
    if year is None or year.start.year != year.end.year:
        return d
    y = year.start.year
    v = absolute(m, Reference(date(y, 12, 31), "year"))
    if v is None:
        return d
    # "the May 13 anniversary of the riots last year": the year word dates the riots, so
    # May 13 of that year is their date, an event, not the day of the anniversary
    role = "event" if d.role == "anniversary" else d.role
    return replace(d, value=DateValue(v.start, v.end, v.precision, year.year_inferred),
                   role=role)


_APPOSITION = re.compile(r"\s*,?\s*(?:the\s+)?")


def _weekday_dated(text: str, found: list[tuple[DateMention, re.Match]], i: int
                   ) -> DateMention | None:
    """"on Friday, April 30": the weekday followed by the day it is (the same weekday; a day
    of another weekday leaves it unresolved); None when no day follows it."""
    if i + 1 >= len(found):
        return None
    (d, m), (nxt, _) = found[i], found[i + 1]
    v = nxt.value
    if nxt.kind not in _STATED_DAY_KINDS or v is None or v.precision != "day" or \
            v.start != v.end or not _APPOSITION.fullmatch(text, d.end, nxt.start):
        return None
    if v.start.weekday() != WEEKDAYS[m.group("m_wd").lower()]:
        return d  # the two disagree: no guess
    return replace(d, value=v)


def _weekday_after(d: DateMention, m: re.Match, latest_day: date | None, ref: Reference
                   ) -> DateMention:
    """"on Friday" as the first Friday on or after ``latest_day``, within a week."""
    prefix = (m.group("m_last") or "").strip().lower()
    if latest_day is None or prefix in ("last", "this"):
        return d
    wd = WEEKDAYS[m.group("m_wd").lower()]
    day = latest_day + timedelta(days=(wd - latest_day.weekday()) % 7)
    if ref.day is not None and day > _last_day(ref):
        return d
    return replace(d, value=DateValue(day, day, "day", True))


def _weekday_near(found: list[tuple[DateMention, re.Match]], i: int, ref: Reference
                  ) -> DateMention:
    """"on Friday" told before any stated day: the Friday nearest (within three days) the
    first day of an event stated after it, when that day is near the publication (in its
    month or the month before); else unresolved."""
    d, m = found[i]
    if (m.group("m_last") or "").strip().lower() in ("last", "this") or ref.day is None:
        return d
    for nxt, _ in found[i + 1:]:
        v = nxt.value
        if nxt.kind in _STATED_DAY_KINDS and v is not None and v.precision == "day" and \
                nxt.role == "event":
            break
    else:
        return d
    if not ref.day - timedelta(days=31) <= v.start <= _last_day(ref):
        return d
    shift = (WEEKDAYS[m.group("m_wd").lower()] - v.start.weekday()) % 7
    day = v.start + timedelta(days=shift if shift <= 3 else shift - 7)
    return replace(d, value=DateValue(day, day, "day", True))


def _last_day(ref: Reference) -> date:
    """The last day the publication date allows (end of its month or year)."""
    if ref.precision == "month":
        return ref.day.replace(day=calendar.monthrange(ref.day.year, ref.day.month)[1])
    if ref.precision == "year":
        return ref.day.replace(month=12, day=31)
    return ref.day
