"""What a Russian text's own dates say about its other dates: a date alone on its line is
the page's stamp, a stated report day resolves «вчера» when the publication date is
known only to the month, and «на следующий день» or «накануне» count from the event date
before them."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from .._date_values import DateMention, DateValue, Reference

__all__ = ["stamp_opening", "stamp_line", "own_reference", "follow"]

# What may stand beside a date on a line that is only the page's date stamp.
_STAMP_REST = re.compile(r"(?:\d{1,2}:\d\d|\d+|[•·|,./:()+\-–—]|\s|в|г|года|дата|опубликовано|"
                         r"UTC|GMT|"
                         r"обновлено|просмотров|понедельник|вторник|среда|четверг|пятница|"
                         r"суббота|воскресенье|"
                         # «24 ноября 2024, Бишкекское время 11:18»: the page's clock
                         r"[а-яё]+(?:ское|скому)\s+(?:время|времени)|по)*", re.I)


def stamp_line(text: str, a: int, b: int) -> bool:
    """Whether the date at ``a:b`` is all its line holds but a time, a weekday, bullets or
    a view count («• 03 сентября 2022 в 22:20», «2016-4-14 14:13 |»), or closes its line
    with a time after the outlet's name («Служба новостей — 26.05.2009 14:02») or a few
    words («Узбекистан Материалы 14 ноября 2014 11:40 (UTC +04:00)»)."""
    lo = text.rfind("\n", 0, a) + 1
    hi = text.find("\n", b)
    hi = len(text) if hi < 0 else hi
    if not _STAMP_REST.fullmatch(text, b, hi):
        return False
    # (after a section's or byline's few words with its clock time: «Узбекистан Материалы
    # 14 ноября 2014 11:40 (UTC +04:00)»)
    # (a stamp there carries its year: «Обстрел заставы 10 мая, 14:30» is a headline)
    return bool(_STAMP_REST.fullmatch(text, lo, a) or _TIME_END.fullmatch(text, b, hi)
                or _BYLINE.fullmatch(text, lo, a) and _CLOCK.match(text, b)
                and _YEAR.search(text, a, b))


def stamp_opening(text: str, a: int, b: int) -> bool:
    """Whether the date at ``a:b`` opens its line (after a byline of a few words at most)
    with a clock time after it and then the text, capitalised («Азамат 05.03.2020 09:15 В
    селе …»): the page's stamp before its paragraph, not a day of what it tells."""
    lo = text.rfind("\n", 0, a) + 1
    return _BYLINE.fullmatch(text, lo, a) is not None and _CLOCK_THEN_TEXT.match(text, b) \
        is not None


_BYLINE = re.compile(r"\s*(?:[\w.-]+\s+){0,3}")
_YEAR = re.compile(r"\d{4}")
_CLOCK = re.compile(r"[ \t,]*\d{1,2}:\d\d(?!\d)")
_CLOCK_THEN_TEXT = re.compile(r"[ \t]+\d{1,2}:\d\d[ \t]+[«\"]?[А-ЯЁA-Z]")


# a time closing the line with no full stop: «Служба новостей — 26.05.2009 14:02»
_TIME_END = re.compile(r"\s*(?:в\s*)?\d{1,2}:\d\d\s*\|?\s*")


def own_reference(mentions: list[DateMention], ref: Reference) -> Reference | None:
    """The day the text gives for its own report (a dateline, a page stamp, «об этом 11
    мая сообщила»), when the publication date is coarser than a day and agrees with it,
    or is a day up to a week after it (a dispatch reposted later: its «вчера» is the
    dispatch's)."""
    for d in mentions:
        v = d.value
        if d.role != "report" or (d.relative and d.kind != "weekday") or v is None or \
                v.precision != "day" or v.start != v.end:  # «сообщили вчера» is no day of
            continue  # its own («сообщил в понедельник» is: the weekday names it)
        if ref.precision == "day":
            if ref.day is not None and 0 < (ref.day - v.start).days <= 7:
                return Reference(v.start, "day")
            continue
        if ref.day is not None and (v.start.year != ref.day.year or (
                ref.precision == "month" and v.start.month != ref.day.month)):
            continue
        return Reference(v.start, "day")
    return None


_N = {"два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "двумя": 2, "тремя": 3,
      "четырьмя": 4, "пятью": 5}


def _days_after(phrase: str) -> int:
    """How many days after the date before it a phrase says (negative: before it: «днем
    ранее», «двумя днями ранее»)."""
    low = phrase.lower()
    if " же " in low:
        return 0  # «в тот же день»
    m = re.search(r"\d+", low)
    n = int(m.group(0)) if m else next(
        (n for w, n in _N.items() if re.search(rf"(?<!\w){w}(?!\w)", low)), 1)
    if "ранее" in low or "до этого" in low:
        return -n  # «днем ранее», «двумя днями ранее», «за день до этого»
    return n


_SENTENCE_END = re.compile(r"[.!?…](?=\s)")


def _counted_day(d: DateMention, v: DateValue | None, told: DateValue | None,
                 ref: Reference | None) -> DateMention:
    """A day counted from the event day before it (``v``), or back from a report's day
    told after that one (``told``), or back from publication when none is told."""
    value = None
    n = _days_after(d.text) if d.kind == "after" else 0
    if n < 0 and told is not None:
        v = told
    if v is not None:
        day = v.end + timedelta(days=n)
        value = DateValue(day, day, "day", v.year_inferred)
    elif n < 0 and ref is not None and ref.day is not None and ref.precision == "day":
        day = ref.day + timedelta(days=n)
        value = DateValue(day, day, "day")
    part = "morning" if "утро" in d.text.lower() else d.part_of_day
    return replace(d, value=value, part_of_day=part)


def follow(text: str, mentions: list[DateMention], ref: Reference | None = None
           ) -> list[DateMention]:
    """«На следующий день», «через два дня», «спустя сутки», «в тот же день», «днем
    ранее», «Тогда»: the event day before it in the text moved by so many days (left
    unresolved when no such day comes before it, but «днем ранее» with no day before it is the day
    before publication, like «накануне»); «накануне» after an event day of its paragraph
    is the day before that one, not before publication; «в этом же году» is the year of the
    date told before it. A day counted back counts from a report's day told after that
    event day («…. ДУШАНБЕ, 19 апр — "задержан двумя днями ранее"»): the speaker's."""
    out: list[DateMention] = []
    last: DateMention | None = None
    # the last day told, an event's or the report's («ДУШАНБЕ, 19 апр — …»): what a day
    # counted back («двумя днями ранее») in the report counts from
    told: DateMention | None = None
    year: int | None = None  # the year of the last date told, when it lies in one year
    for d in mentions:
        v = last.value if last is not None else None
        if d.kind == "same_year":  # «в этом же году»: that year (left unresolved with none)
            if year is not None:
                d = replace(d, value=DateValue(date(year, 1, 1), date(year, 12, 31), "year"))
            out.append(d)
            continue
        if d.value is not None:
            year = d.value.start.year if d.value.start.year == d.value.end.year else None
        if d.kind == "then":  # «Тогда …»: the event day of the sentence before it (none
            # told there: «Поиски не дали результатов. Тогда …» is "so", not a time)
            near = last is not None and len(_SENTENCE_END.findall(text, last.end, d.start)) <= 1
            d = replace(d, value=v if near else None)
        elif d.kind in ("after", "clock"):  # a time of day: the day before it
            d = _counted_day(d, v, told.value if told is not None and told is not last
                             else None, ref)
        elif d.kind == "rel" and d.text.lower() == "накануне" and v is not None and \
                "\n" not in text[last.end:d.start]:
            day = v.start - timedelta(days=1)
            d = replace(d, value=DateValue(day, day, "day", v.year_inferred))
        if d.role == "event" and d.value is not None and d.value.precision == "day":
            last = d
        if d.role in ("event", "report") and d.value is not None and \
                d.value.precision == "day" and not d.relative:
            told = d
        out.append(d)
    return out
