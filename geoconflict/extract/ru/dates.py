"""Dates in Russian text: «12 мая», «в ночь на 29 апреля», «с 28 апреля по 1 мая», «в марте
2018 года», «вчера», «накануне», «в четверг», «на прошлой неделе», «в прошлом году», «три
года назад».

Each is resolved against the publication date as the English finder does (a day and
month without a year take the last such date not after publication), with the same
roles (event, since, until, born, anniversary) and parts of day, and two more, which
are no event dates: ``report`` for the date of a dateline or of a saying («Об этом 16
декабря сообщило издание»), ``quoted`` for a relative date inside a quotation (its
«сегодня» is the speaker's day). A bare four-digit number is a year only with a year
word or a preposition («в 2019 году», «с 2012»), and a day that falls after publication
stays in the publication year when its sentence tells of what will be.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .._date_resolve import day_span, month_span, year_for, year_span
from .._date_values import DateMention, DateValue, Reference

__all__ = ["find_dates", "MONTHS", "DATELINE"]

#: Month stems (genitive «мая», nominative «май», prepositional «мае» …) → month number.
MONTHS = {"январ": 1, "янв": 1, "феврал": 2, "фев": 2, "март": 3, "мар": 3, "апрел": 4,
          "апр": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8, "авг": 8, "сентябр": 9, "сен": 9,
          "октябр": 10, "окт": 10, "ноябр": 11, "ноя": 11, "декабр": 12, "дек": 12}
_M = (r"(?:январ[яеь]|феврал[яеь]|март[аеу]?|апрел[яеь]|ма[яйе]|июн[яеь]|июл[яеь]|"
      r"август[аеу]?|сентябр[яеь]|октябр[яеь]|ноябр[яеь]|декабр[яеь]|"
      r"(?:янв|фев|мар|апр|авг|сент|сен|окт|нояб|ноя|дек)\.?(?!\w))")
_WEEKDAYS = {"понедельник": 0, "вторник": 1, "сред": 2, "четверг": 3, "пятниц": 4,
             "суббот": 5, "воскресень": 6}
_WD = r"(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
_D = r"(?:[0-3]?\d)(?:-?(?:го|е|ое))?"
_Y = r"(?:1[89]\d\d|20\d\d)"
_YR = rf"(?:\s+(?P<{{p}}y>{_Y})(?:\s*(?:года|году|год|г\.))?)?"
_TO = r"\s*(?:-|–|—|по|до|\sи\s)\s*"


def _y(p: str) -> str:
    return _YR.format(p=p)


_PATTERNS = [
    ("iso", rf"(?P<iso_y>{_Y})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)(?!\d)"),
    ("num", rf"(?P<n_d>[0-3]?\d)\.(?P<n_m>[01]?\d)\.(?P<n_y>{_Y}|\d\d)(?!\d)"),
    ("night", rf"в\s+ночь\s+(?:с\s+(?P<a_d1>{_D})(?:\s+(?P<a_m1>{_M}))?\s+)?на\s+"
              rf"(?P<a_d2>{_D})\s+(?P<a_m2>{_M}){_y('a_')}"),
    ("dm_dm", rf"(?:с\s+)?(?P<b_d1>{_D})\s+(?P<b_m1>{_M}){_TO}(?P<b_d2>{_D})\s+(?P<b_m2>{_M})"
              rf"{_y('b_')}"),
    ("d_dm", rf"(?:с\s+)?(?P<c_d1>{_D}){_TO}(?P<c_d2>{_D})\s+(?P<c_m>{_M}){_y('c_')}"),
    ("dm", rf"(?P<d_d>{_D})\s+(?P<d_m>{_M}){_y('d_')}"),
    ("month_rel", rf"(?:в\s+)?(?P<r_m>{_M})\s+(?P<r_rel>прошлого|минувшего|этого|текущего|"
                  rf"позапрошлого|следующего)\s+года"),
    ("my", rf"(?:в\s+|с\s+|до\s+)?(?P<e_m>{_M})\s+(?P<e_y>{_Y})(?:\s*(?:года|г\.))?"),
    ("month", rf"(?P<f_pre>в\s+|с\s+|до\s+|начале\s+|конце\s+|середине\s+|"
              rf"(?:первых|последних)\s+числах\s+)(?P<f_m>{_M})(?!\w)"
              rf"(?!\s+\d)"),
    ("years", rf"(?:с\s+)?(?P<g_y1>{_Y})\s*(?:года\s+)?(?:-|–|—|по|до)\s*(?P<g_y2>{_Y}|\d\d)(?!\d)"
              rf"(?:\s*(?:годах|годов|годы|гг\.))?"),
    ("year", rf"(?<![\d,.])(?P<h_y>{_Y})(?!\d|,\d)(?!\s*(?:человек|жител|граждан|беженц|"
             rf"военн|солдат|пограничник|семей|дом|га\b|км|м\b|тонн|голов|метр))"
             rf"(?:\s*(?:года|году|год|г\.))?"),
    ("night_wd", rf"в\s+ночь\s+(?:с\s+\w+\s+)?на\s+(?P<n_wd>{_WD})"),
    ("weekday", rf"(?:в|во)\s+(?P<i_last>прошл\w+\s+|минувш\w+\s+|эт\w+\s+)?(?P<i_wd>{_WD})"
                rf"(?!,?\s*\d)"),
    ("ago", r"(?P<k_n>\d+|од(?:ин|ну|на)|два|две|три|четыре|пять|шесть|семь|восемь|девять|"
            r"десять|несколько|пару)?\s*(?P<k_u>дн(?:я|ей)|день|недел[юиь]|месяц(?:а|ев)?|"
            r"год(?:а)?|лет)\s+(?:тому\s+)?назад"),
    ("rel", r"(?P<j_w>сегодня\s+ночью|сегодня\s+утром|сегодня\s+вечером|вчера\s+вечером|"
            r"вчера\s+утром|вчера\s+ночью|позавчера|вчера|сегодня|накануне|минувшей\s+ночью|"
            r"прошлой\s+ночью|этой\s+ночью|(?:в\s+)?(?:минувшие|прошлые|эти)\s+выходные|"
            r"(?:в\s+)?(?:начале|конце|середине)\s+(?:прошлого|минувшего|этого|текущего|"
            r"позапрошлого)\s+года|"
            r"со\s+вчерашнего\s+дня|на\s+(?:прошлой|минувшей|этой|текущей|следующей)\s+неделе|"
            r"в\s+(?:прошлом|минувшем|этом|текущем|следующем|позапрошлом)\s+(?:году|месяце)|"
            r"(?:годом|год)\s+ранее)"),
]
_DATE_RE = re.compile("|".join(f"(?P<{n}>{p})" for n, p in _PATTERNS), re.I)
_BOUNDARY = re.compile(r"\w")
_PART = {"ночью": "night", "ночь": "night", "утром": "morning", "вечером": "evening",
         "днем": "afternoon", "днём": "afternoon"}
_PART_AFTER = re.compile(r"\s+(ночью|утром|вечером|днем|днём)(?!\w)", re.I)
_PART_BEFORE = re.compile(r"(?:^|\s)(ночью|утром|вечером|днем|днём)\s+$", re.I)


def _month(word: str) -> int:
    w = word.lower()
    for stem, n in MONTHS.items():
        if w.startswith(stem) and (stem != "ма" or len(w) == 3):
            return n
    raise KeyError(word)


def _day(word: str) -> int:
    return int(re.match(r"\d+", word).group(0))  # «27-го» is 27


def _year(g: dict, p: str, month: int, day: int | None, ref: Reference
          ) -> tuple[int | None, bool]:
    if g.get(f"{p}y"):
        return int(g[f"{p}y"]), False
    return year_for(month, day, ref)


def _absolute(kind: str, g: dict, ref: Reference) -> DateValue | None:
    try:
        if kind == "iso":
            d = date(int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"]))
            return DateValue(d, d, "day")
        if kind == "num":
            y = int(g["n_y"]) if len(g["n_y"]) == 4 else 2000 + int(g["n_y"])
            d = date(y, int(g["n_m"]), int(g["n_d"]))
            return DateValue(d, d, "day")
    except ValueError:
        return None
    if kind == "night":
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
    if kind in ("dm_dm", "d_dm"):
        p = "b_" if kind == "dm_dm" else "c_"
        m2 = _month(g[f"{p}m2"] if kind == "dm_dm" else g["c_m"])
        m1 = _month(g["b_m1"]) if kind == "dm_dm" else m2
        y, inf = _year(g, p, m2, _day(g[f"{p}d2"]), ref)
        if y is None:
            return None
        if m2 < m1 and g.get(f"{p}y"):
            y -= 1
        return day_span(y, m1, _day(g[f"{p}d1"]), m2, _day(g[f"{p}d2"]), inf)
    if kind == "dm":
        mo, d = _month(g["d_m"]), _day(g["d_d"])
        y, inf = _year(g, "d_", mo, d, ref)
        return day_span(y, mo, d, mo, d, inf) if y and 1 <= d <= 31 else None
    if kind == "my":
        return month_span(int(g["e_y"]), _month(g["e_m"]), False)
    if kind == "month_rel":
        if ref.day is None:
            return None
        rel = g["r_rel"].lower()
        shift = -2 if rel.startswith("позапр") else (-1 if rel.startswith(("прошл", "минувш"))
                                                      else (1 if rel.startswith("след") else 0))
        return month_span(ref.day.year + shift, _month(g["r_m"]), False)
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


def _weekday(g: dict, ref: Reference) -> DateValue | None:
    if ref.day is None or ref.precision != "day":
        return None
    w = g["i_wd"].lower()
    wd = next(n for stem, n in _WEEKDAYS.items() if w.startswith(stem))
    back = (ref.day.weekday() - wd) % 7
    if (g["i_last"] or "").lower().startswith(("прошл", "минувш")) and back == 0:
        back = 7
    d = ref.day - timedelta(days=back)
    return DateValue(d, d, "day")


_AGO_N = {"один": 1, "одну": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4,
          "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10,
          "несколько": 3, "пару": 2}


def _ago(g: dict, ref: Reference) -> DateValue | None:
    """«три года назад», «неделю назад», «два дня назад» against the publication date."""
    if ref.day is None:
        return None
    word = (g["k_n"] or "").lower()
    n = int(word) if word.isdigit() else _AGO_N.get(word, 1)
    unit, pub = g["k_u"].lower(), ref.day
    if unit.startswith(("год", "лет")):
        return year_span(pub.year - n)
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


def _relative(word: str, ref: Reference) -> tuple[DateValue | None, str]:
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
    if w.endswith("месяце"):
        if ref.precision not in ("day", "month"):
            return None, ""
        shift = -1 if ("прошл" in w or "минувш" in w) else (1 if "следующ" in w else 0)
        y, mo = divmod(pub.year * 12 + pub.month - 1 + shift, 12)
        return month_span(y, mo + 1, False), ""
    if w.endswith("неделе"):
        if ref.precision != "day":
            return None, ""
        monday = pub - timedelta(days=pub.weekday())
        if "прошл" in w or "минувш" in w:
            monday -= timedelta(days=7)
        elif "следующ" in w:
            monday += timedelta(days=7)
        return DateValue(monday, monday + timedelta(days=6), "week"), ""
    if w.endswith("выходные"):
        if ref.precision != "day":
            return None, ""
        sunday = pub - timedelta(days=(pub.weekday() + 1) % 7 or (7 if "эти" not in w else 0))
        return DateValue(sunday - timedelta(days=1), sunday, "day"), ""
    part = "night" if "ночью" in w else ("morning" if "утром" in w else (
        "evening" if "вечером" in w else ""))
    if ref.precision == "month":
        return month_span(pub.year, pub.month, False), part
    if ref.precision != "day":
        return None, part
    if w in ("минувшей ночью", "прошлой ночью", "этой ночью", "сегодня ночью"):
        return DateValue(pub - timedelta(days=1), pub, "day"), "night"
    back = 2 if w == "позавчера" else (1 if w.startswith(("вчера", "накануне", "со вчера"))
                                        else 0)
    d = pub - timedelta(days=back)
    return DateValue(d, d, "day"), part


#: A dateline: «БИШКЕК, 24 мар — Sputnik.», «Душанбе. 9 апреля.»: the date of the report.
DATELINE = re.compile(r"\s*[А-ЯЁ][А-ЯЁа-яё-]+[.,]\s+\d{1,2}\s+[а-я]+\.?(?:\s+\d{4})?\s*"
                      r"(?:[.—–-]|г\.)")
# «Об этом 16 декабря сообщило издание», «заявил 5 мая»: when it was said, not done.
_REPORT_AFTER = re.compile(r"\s*(?:\d{4}\s*(?:года|г\.)?\s*)?,?\s*(?:\w+\s+){0,2}?"
                           r"(?:сообщ|заяв|переда[её]т|рассказ|отметил|информир|уточнил|"
                           r"опубликова)", re.I)
_REPORT_BEFORE = re.compile(r"(?:сообщил\w*|заявил\w*|сообщает|передает|передаёт|"
                            r"рассказал\w*|уточнил\w*)\s+(?:\w+\s+)?$", re.I)
_SINCE = re.compile(r"(?:^|\s)(?:с|со|начиная\s+с|с\s+начала)\s+$", re.I)
_UNTIL = re.compile(r"(?:^|\s)(?:до|к|по)\s+$", re.I)
_BORN = re.compile(r"(?:родил\w*|основан\w*|создан\w*|образован\w*)\s+(?:в\s+)?$", re.I)


def _role(text: str, a: int, b: int, kind: str) -> str:
    before = text[max(0, a - 30):a]
    after = text[b:b + 30].lower()
    if re.match(r"\s*(?:\S+\s+)?годовщин", after) or re.search(r"годовщин\w*\s+$", before):
        return "anniversary"
    if _BORN.search(before) or re.match(r"\s*(?:года\s+)?рождени", after):
        return "born"
    if kind in ("dm_dm", "d_dm", "night") or "по" in text[a:b].split():
        return "event"
    if kind in ("dm", "rel", "weekday") and (_REPORT_AFTER.match(text, b)
                                             or _REPORT_BEFORE.search(before)):
        return "report"
    line_start = text.rfind("\n", 0, a) + 1
    dl = DATELINE.match(text, line_start)
    if dl and a < dl.end():
        return "report"
    if _SINCE.search(before) or text[a:b].lower().startswith(("с ", "со ")):
        return "since"
    if _UNTIL.search(before) or text[a:b].lower().startswith("до "):
        return "until"
    return "event"


# Where a date can be: a digit, a month, a weekday or a relative word. The pattern is
# tried there and up to three words before («в ночь на 29», «на прошлой неделе»).
_TRIGGER = re.compile(r"\d+|(?<!\w)(?:январ|феврал|март|апрел|ма[йяе]\b|июн|июл|август|"
                      r"сентябр|октябр|ноябр|декабр|янв|фев|мар|апр|авг|сен|окт|ноя|дек|"
                      r"вчера|сегодня|накануне|позавчера|ночью|недел|году|года|месяце|годом|назад|"
                      r"понедельник|вторник|сред|четверг|пятниц|суббот|воскресен|вчерашн|выходные)",
                      re.I)
_WORD_START = re.compile(r"(?<!\w)\w")


def _candidates(text: str, start: int, end: int):
    """Matches of the date pattern, leftmost first, tried only around trigger words."""
    pos = start
    for t in _TRIGGER.finditer(text, start, end):
        p = t.start()
        if p < pos:
            continue
        window_start = max(pos, p - 30)
        starts = [window_start + w.start()
                  for w in _WORD_START.finditer(text[window_start:p])][-3:] + [p]
        for s0 in starts:
            m = _DATE_RE.match(text, s0, end)
            if m and m.end() > p:
                yield m
                pos = m.end()
                break


_YEAR_CONTEXT = re.compile(r"(?:^|\s)(?:в|во|с|со|до|к|по|от|на|между|и|начиная\s+с)\s+$|[-–—]\s*$",
                           re.I)
_FUTURE = re.compile(r"(?<!\w)(?:будет|будут|буд[еу]т|закроется|откроется|закроют|откроют|"
                     r"состоится|пройдет|пройдёт|планиру\w*|намерен\w*|предстоит|продлится)",
                     re.I)


def _sentence_around(text: str, a: int, b: int) -> str:
    lo = max(text.rfind(". ", 0, a), text.rfind("\n", 0, a)) + 1
    hi = min([x for x in (text.find(". ", b), text.find("\n", b)) if x >= 0] or [len(text)])
    return text[lo:hi]


def _future(text: str, a: int, b: int) -> bool:
    """Whether the date's sentence tells of what will be (a planned closure)."""
    return _FUTURE.search(_sentence_around(text, a, b)) is not None


def _next_year(v: DateValue) -> DateValue:
    try:
        return DateValue(v.start.replace(year=v.start.year + 1),
                         v.end.replace(year=v.end.year + 1), v.precision, True)
    except ValueError:  # 29 February
        return v


def _quoted(text: str, a: int) -> bool:
    """Whether offset ``a`` lies inside a quotation («…» or "…") of its paragraph."""
    lo = text.rfind("\n", 0, a) + 1
    before = text[lo:a]
    if before.count("«") > before.count("»"):
        return True
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def find_dates(text: str, ref: Reference, start: int = 0, end: int | None = None
               ) -> list[DateMention]:
    """Every Russian date expression in ``text[start:end]``, resolved against ``ref``."""
    end = len(text) if end is None else end
    out = []
    for m in _candidates(text, start, end):
        a, b = m.span()
        if (a > 0 and _BOUNDARY.match(text[a - 1])) or (b < len(text)
                                                        and _BOUNDARY.match(text[b])):
            continue
        kind = m.lastgroup or ""
        g = m.groupdict()
        if kind == "year" and not _YEAR_CONTEXT.search(text, max(0, a - 12), a) and \
                not re.match(r"\s*(?:года|году|год|г\.|гг\.)", text[b - 6:b + 6]) and \
                not re.search(r"(?:года|году|год|г\.)$", m.group(0)):
            continue  # a bare number («Sputnik, 1920» is an image size): no year word
        part = ""
        if kind == "weekday":
            value, rel = _weekday(g, ref), True
        elif kind == "ago":
            value, rel = _ago(g, ref), True
        elif kind == "night_wd":
            day = _weekday({"i_wd": g["n_wd"], "i_last": None}, ref)
            value = day and DateValue(day.start - timedelta(days=1), day.end, "day")
            rel, part = True, "night"
        elif kind == "rel":
            (value, part), rel = _relative(g["j_w"], ref), True
        else:
            value, rel = _absolute(kind, g, ref), False
            if value is None and kind not in ("dm", "month", "d_dm", "dm_dm", "night"):
                continue
        if kind == "night":
            part = "night"
        pm = _PART_BEFORE.search(text, max(0, a - 12), a) or _PART_AFTER.match(text, b)
        part = part or (_PART[pm.group(1).lower()] if pm else "")
        role = _role(text, a, b, kind)
        if rel and _quoted(text, a):
            role = "quoted"  # «сегодня» in a quotation is the speaker's day, not ours
        if value is not None and value.year_inferred and ref.day is not None and \
                value.end.year < ref.day.year and _future(text, a, b):
            value = _next_year(value)  # «с 5 по 16 сентября закроется»: this year's
        out.append(DateMention(a, b, text[a:b], kind, value, rel, role, part))
    return out
