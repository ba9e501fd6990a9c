"""One Russian date match → its value, against the publication date: days and ranges,
months and years, weekdays, «N лет назад» and relative words («вчера», «на прошлой
неделе», «в прошлом году»). The patterns and roles are in ``dates``."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from .._date_resolve import day_span, month_span, year_for, year_span
from .._date_values import DateValue, Reference

__all__ = ["MONTHS", "absolute", "weekday", "ago", "day_of_month", "relative", "next_year"]

#: Month stems (genitive «мая», nominative «май», prepositional «мае» …) → month number.
MONTHS = {"январ": 1, "янв": 1, "феврал": 2, "фев": 2, "март": 3, "мар": 3, "апрел": 4,
          "апр": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8, "авг": 8, "сентябр": 9, "сен": 9,
          "октябр": 10, "окт": 10, "ноябр": 11, "ноя": 11, "декабр": 12, "дек": 12}

_WEEKDAYS = {"понедельник": 0, "вторник": 1, "сред": 2, "четверг": 3, "пятниц": 4,
             "суббот": 5, "воскресень": 6}

def _month(word: str) -> int:
    w = word.lower()
    for stem, n in MONTHS.items():
        if w.startswith(stem) and (stem != "ма" or len(w) == 3):
            return n
    raise KeyError(word)


#: the days of a month in words, genitive («первого мая», «двадцать пятого апреля»)
ORDINAL_DAYS = {w: n for n, w in enumerate(
    "первого второго третьего четвертого пятого шестого седьмого восьмого девятого десятого "
    "одиннадцатого двенадцатого тринадцатого четырнадцатого пятнадцатого шестнадцатого "
    "семнадцатого восемнадцатого девятнадцатого двадцатого".split(), 1)}
ORDINAL_DAYS["четвёртого"] = 4
ORDINAL_DAYS["тридцатого"] = 30


def _day(word: str) -> int:
    m = re.match(r"\d+", word)
    if m:
        return int(m.group(0))  # «27-го» is 27
    words = word.lower().split()  # «двадцать пятого»
    tens = {"двадцать": 20, "тридцать": 30}.get(words[0], 0) if len(words) > 1 else 0
    return tens + ORDINAL_DAYS.get(words[-1], 0)


def _year(g: dict, p: str, month: int, day: int | None, ref: Reference
          ) -> tuple[int | None, bool]:
    if g.get(f"{p}y"):
        return int(g[f"{p}y"]), False
    return year_for(month, day, ref)


def absolute(kind: str, g: dict, ref: Reference) -> DateValue | None:
    """The value of a date with a day, a month or a year in it; None when it is no real
    date or needs a year the publication date does not give."""
    if kind in ("iso", "num"):
        return _numeric(kind, g)
    if kind == "night":
        return _night(g, ref)
    if kind in ("dm_dm", "d_dm", "dm"):
        return _days(kind, g, ref)
    return _months_years(kind, g, ref)


def _numeric(kind: str, g: dict) -> DateValue | None:
    try:
        if kind == "iso":
            d = date(int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"]))
        else:
            y = int(g["n_y"]) if len(g["n_y"]) == 4 else 2000 + int(g["n_y"])
            d = date(y, int(g["n_m"]), int(g["n_d"]))
    except ValueError:
        return None
    return DateValue(d, d, "day")


def _night(g: dict, ref: Reference) -> DateValue | None:
    """«в ночь на 29 апреля» (28–29), «в ночь с 16 на 17 ноября»."""
    m2, d2 = _month(g["a_m2"]), _day(g["a_d2"])
    y, inf = _year(g, "a_", m2, d2, ref)
    if y is None:
        return None
    if g["a_d1"]:
        m1 = _month(g["a_m1"]) if g["a_m1"] else m2
        return day_span(y, m1, _day(g["a_d1"]), m2, d2, inf)
    try:
        end = date(y, m2, d2)
    except ValueError:
        return None
    return DateValue(end - timedelta(days=1), end, "day", inf)


def _days(kind: str, g: dict, ref: Reference) -> DateValue | None:
    """«12 мая», «28-29 апреля», «с 28 апреля по 1 мая»."""
    if kind == "dm":
        mo, d = _month(g["d_m"]), _day(g["d_d"])
        y, inf = _year(g, "d_", mo, d, ref)
        return day_span(y, mo, d, mo, d, inf) if y and 1 <= d <= 31 else None
    p = "b_" if kind == "dm_dm" else "c_"
    m2 = _month(g[f"{p}m2"] if kind == "dm_dm" else g["c_m"])
    m1 = _month(g["b_m1"]) if kind == "dm_dm" else m2
    if g.get(f"{p}y"):  # the year told with the end: «с 28 декабря по 5 января 2022 года»
        y, inf = int(g[f"{p}y"]) - (m2 < m1), False
    else:  # the year of the start: «с 15 по 25 июня» told on 15 June runs on from that day
        y, inf = year_for(m1, _day(g[f"{p}d1"]), ref)
    if y is None:
        return None
    return day_span(y, m1, _day(g[f"{p}d1"]), m2, _day(g[f"{p}d2"]), inf)


def _months_years(kind: str, g: dict, ref: Reference) -> DateValue | None:
    """«в марте 2018 года», «в сентябре прошлого года», «в мае», «в 2019 году», «с 2012 по
    2014 год»."""
    if kind == "my":
        return month_span(int(g["e_y"]), _month(g["e_m"]), False)
    if kind == "month_rel":
        if ref.day is None:
            return None
        rel = g["r_rel"].lower()
        shift = -2 if rel.startswith("позапр") else (-1 if rel.startswith(("прошл", "минувш"))
                                                      else (1 if rel.startswith("след") else 0))
        return month_span(ref.day.year + shift, _month(g["r_m"]), False)
    if kind == "season":
        return _season(g, ref)
    if kind == "quarter":
        return _quarter(g, ref)
    if kind == "month" and g["f_m2"]:
        return _months(g, ref)
    if kind == "month":
        mo = _month(g["f_m"])
        y, inf = year_for(mo, None, ref)
        return month_span(y, mo, inf) if y else None
    if kind == "years":
        y1, y2 = int(g["g_y1"]), g["g_y2"]
        y2i = int(y2) if len(y2) == 4 else (y1 // 100) * 100 + int(y2)
        return year_span(y1, y2i) if 0 <= y2i - y1 <= 30 else None
    if kind == "year":
        return year_span(int(g["h_y"]))
    return None


def _months(g: dict, ref: Reference) -> DateValue | None:
    """«в апреле-мае 2021 года», «с апреля по июнь»: the first day of one month to the last
    of the other."""
    m1, m2 = _month(g["f_m"]), _month(g["f_m2"])
    if g["f_y"]:
        y2, inf = int(g["f_y"]), False
    else:
        y2, inf = year_for(m2, None, ref)
    if y2 is None:
        return None
    end = month_span(y2, m2, inf).end
    return DateValue(date(y2 - (m1 > m2), m1, 1), end, "month", inf)


# the months of a season (winter: its January and February, which carry the year's number)
_SEASONS = {"весн": (3, 5), "лет": (6, 8), "осен": (9, 11), "зим": (1, 2)}


def _season(g: dict, ref: Reference) -> DateValue | None:
    """«весной 2020 года», «осенью прошлого года»: the season's months of that year."""
    if g["s_y"]:
        y = int(g["s_y"])
    elif ref.day is None:
        return None
    else:
        rel = g["s_rel"].lower()
        y = ref.day.year - (2 if rel.startswith("позапр") else
                            1 if rel.startswith(("прошл", "минувш")) else 0)
    m1, m2 = next(v for k, v in _SEASONS.items() if g["s_s"].lower().startswith(k))
    return DateValue(date(y, m1, 1), month_span(y, m2, False).end, "month")


_QUARTERS = {"перв": 1, "втор": 2, "трет": 3, "четв": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4}


def _quarter(g: dict, ref: Reference) -> DateValue | None:
    """«в первом квартале 2008 года», «за второй квартал текущего года»: the quarter's
    three months of that year."""
    if g["qq_y"]:
        y = int(g["qq_y"])
    elif ref.day is None:
        return None
    else:
        rel = g["qq_rel"].lower()
        y = ref.day.year - (2 if rel.startswith("позапр") else
                            1 if rel.startswith(("прошл", "минувш")) else 0)
    word = g["qq_n"].lower()
    n = _QUARTERS.get(word) or next(v for k, v in _QUARTERS.items() if word.startswith(k))
    return DateValue(date(y, 3 * n - 2, 1), month_span(y, 3 * n, False).end, "month")


def near_season(word: str, rel: str | None, ref: Reference) -> DateValue | None:
    """«весной», «этим летом»: the last such season begun by publication; «прошлым летом»:
    that of the year before; «минувшей зимой»: the last one ended by publication."""
    if ref.day is None or ref.precision == "year":
        return None
    m1, m2 = next(v for k, v in _SEASONS.items() if word.lower().startswith(k))
    pub = ref.day
    y = pub.year if pub.month >= m1 else pub.year - 1
    rel = (rel or "").lower()
    if rel.startswith("прошл") or rel.startswith("минувш") and y == pub.year \
            and pub.month <= m2:
        y -= 1  # «прошлым летом»: the year before's; «минувшей зимой»: the last one ended
    return DateValue(date(y, m1, 1), month_span(y, m2, False).end, "month", True)


def weekday(g: dict, ref: Reference) -> DateValue | None:
    if ref.day is None or ref.precision != "day":
        return None
    w = g["i_wd"].lower()
    wd = next(n for stem, n in _WEEKDAYS.items() if w.startswith(stem))
    back = (ref.day.weekday() - wd) % 7
    if (g["i_last"] or "").lower().startswith(("прошл", "минувш")) and back == 0:
        back = 7
    d = ref.day - timedelta(days=back)
    return DateValue(d, d, "day")


def day_of_month(word: str, ref: Reference) -> DateValue | None:
    """«17-го числа»: the last 17th of a month not after publication."""
    if ref.day is None or ref.precision not in ("day", "month"):
        return None
    n, pub = _day(word), ref.day
    y, mo = pub.year, pub.month
    if ref.precision == "day" and n > pub.day:
        y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
    try:
        d = date(y, mo, n)
    except ValueError:
        return None
    return DateValue(d, d, "day")


_AGO_N = {"один": 1, "одну": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4,
          "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10,
          "несколько": 3, "пару": 2, "двое": 2, "трое": 3, "четверо": 4, "пятеро": 5}


def ago(g: dict, ref: Reference) -> DateValue | None:
    """«три года назад», «неделю назад», «два дня назад» against the publication date."""
    if ref.day is None:
        return None
    word = (g["k_n"] or "").lower()
    n = int(word) if word.isdigit() else _AGO_N.get(word, 1)
    unit, pub = g["k_u"].lower(), ref.day
    if (g.get("k_exact") or g.get("k_day")) and ref.precision == "day" and \
            unit.startswith(("год", "лет", "месяц")) and word != "несколько":
        # «ровно год назад», «год назад в этот день»: the same day, back that far
        y, mo = divmod(pub.year * 12 + pub.month - 1 - n * (1 if unit.startswith("месяц")
                                                             else 12), 12)
        day = date(y, mo + 1, min(pub.day, calendar.monthrange(y, mo + 1)[1]))
        return DateValue(day, day, "day")
    if unit.startswith(("год", "лет")):
        return year_span(pub.year - n)
    if unit == "полгода":
        unit, n = "месяц", 6
    if unit.startswith("месяц"):
        if ref.precision not in ("day", "month"):
            return None
        y, mo = divmod(pub.year * 12 + pub.month - 1 - n, 12)
        return month_span(y, mo + 1, False)
    if ref.precision != "day":
        return None
    d = pub - timedelta(days=n * (7 if unit.startswith("недел") else 1))
    if unit.startswith("недел"):
        monday = d - timedelta(days=d.weekday())
        return DateValue(monday, monday + timedelta(days=6), "week")
    return DateValue(d, d, "day")


def relative(word: str, ref: Reference) -> tuple[DateValue | None, str]:
    """«вчера», «на прошлой неделе», «в прошлом году» … against the publication date."""
    pub = ref.day
    if pub is None:
        return None, ""
    w = " ".join(word.lower().split())
    if w.endswith(("году", " года")) or w.startswith("год"):
        shift = -2 if "позапрошл" in w else (
            -1 if ("прошл" in w or "минувш" in w or w.startswith("год")) else (
                1 if "следующ" in w else 0))
        return year_span(pub.year + shift), ""
    if w.endswith(("месяце", "месяца")):
        if ref.precision not in ("day", "month"):
            return None, ""
        shift = -1 if ("прошл" in w or "минувш" in w) else (1 if "следующ" in w else 0)
        y, mo = divmod(pub.year * 12 + pub.month - 1 + shift, 12)
        return month_span(y, mo + 1, False), ""
    if w == "на днях":  # a few days before publication
        if ref.precision != "day":
            return None, ""
        return DateValue(pub - timedelta(days=7), pub, "week"), ""
    if w.endswith(("неделе", "недели")):
        if ref.precision != "day":
            return None, ""
        monday = pub - timedelta(days=pub.weekday())
        if "прошл" in w or "минувш" in w:
            monday -= timedelta(days=7)
        elif "следующ" in w:
            monday += timedelta(days=7)
        return DateValue(monday, monday + timedelta(days=6), "week"), ""
    if w.endswith(("выходные", "выходных")):
        if ref.precision != "day":
            return None, ""
        this = "эти" in w or not any(x in w for x in ("прошл", "минувш", "прошедш"))
        sunday = pub - timedelta(days=(pub.weekday() + 1) % 7 or (0 if this else 7))
        return DateValue(sunday - timedelta(days=1), sunday, "day"), ""
    part = "night" if "ночью" in w else ("morning" if "утром" in w else (
        "evening" if "вечером" in w else ""))
    if ref.precision == "month":
        return month_span(pub.year, pub.month, False), part
    if ref.precision != "day":
        return None, part
    if w in ("минувшей ночью", "прошлой ночью", "этой ночью", "сегодня ночью"):
        return DateValue(pub - timedelta(days=1), pub, "day"), "night"
    if w == "позапрошлой ночью":  # the night before last
        return DateValue(pub - timedelta(days=2), pub - timedelta(days=1), "day"), "night"
    back = 2 if w.startswith("позавчера") else (1 if w.startswith(("вчера", "накануне", "со вчера"))
                                        else 0)
    d = pub - timedelta(days=back)
    return DateValue(d, d, "day"), part



def next_year(v: DateValue) -> DateValue:
    try:
        return DateValue(v.start.replace(year=v.start.year + 1),
                         v.end.replace(year=v.end.year + 1), v.precision, True)
    except ValueError:  # 29 February
        return v
