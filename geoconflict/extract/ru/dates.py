"""Dates in Russian text: «12 мая», «в ночь на 29 апреля», «с 28 апреля по 1 мая», «в марте
2018 года», «вчера», «накануне», «в четверг», «на прошлой неделе», «в прошлом году», «три
года назад».

Each is resolved (``_date_resolve``) against the publication date as the English finder
does (a day and month without a year take the last such date not after publication),
with the same roles (event, since, until, born, anniversary) and parts of day, and two
more, which are no event dates: ``report`` for the date of a dateline or of a saying («Об этом 16
декабря сообщило издание»), ``quoted`` for a relative date inside a quotation (its
«сегодня» is the speaker's day). A bare four-digit number is a year only with a year
word or a preposition («в 2019 году», «с 2012»), and a day that falls after publication
stays in the publication year when its sentence tells of what will be.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from .._date_spans import joined_spans
from .._date_values import DateMention, DateValue, Reference
from .._literal_cues import DIGIT, OTHER, opens_with
from ._date_follow import follow, own_reference, stamp_line, stamp_opening
from ._date_resolve import (
    MONTHS,
    absolute,
    ago,
    day_of_month,
    near_season,
    next_year,
    relative,
    weekday,
)
from ._date_roles import DATELINE, future, future_clause, lasted, quoted
from ._date_roles import role as date_role
from ._date_scan import candidates

__all__ = ["find_dates", "MONTHS", "DATELINE"]

_M = (r"(?:январ[яеь]|феврал[яеь]|март[аеу]?|апрел[яеь]|ма[яйе]|июн[яеь]|июл[яеь]|"
      r"август[аеу]?|сентябр[яеь]|октябр[яеь]|ноябр[яеь]|декабр[яеь]|"
      r"(?:янв|фев|мар|апр|авг|сент|сен|окт|нояб|ноя|дек)\.?(?!\w))")
_MONTH_WORD = r"(?:январ|феврал|март|апрел|ма[яйе]|июн|июл|август|сентябр|октябр|ноябр|декабр)"
_WD = r"(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
_WD_GEN = r"(?:понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья)"
_D = (r"(?:(?:[0-3]?\d)(?:-?(?:го|е|ое))?|(?:(?:двадцать|тридцать)\s+)?(?:первого|второго|"
      r"третьего|четв[её]ртого|пятого|шестого|седьмого|восьмого|девятого|десятого|"
      r"(?:одиннадц|двенадц|тринадц|четырнадц|пятнадц|шестнадц|семнадц|восемнадц|"
      r"девятнадц|двадц|тридц)атого))")
_Y = r"(?:1[89]\d\d|20\d\d)"
_YR = rf"(?:\s+(?P<{{p}}y>{_Y})(?:\s*(?:года|году|год|г\.))?)?"
# (any dash: the hyphen, the non-breaking hyphen and the figure dash too, «4‑5 мая»)
_TO = r"\s*(?:-|\u2011|\u2012|–|—|по|до|\sи\s)\s*"


def _y(p: str) -> str:
    return _YR.format(p=p)


_PATTERNS = [
    ("iso", rf"(?P<iso_y>{_Y})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)(?!\d)"),
    # («13.03.2025», and on page stamps «13-03-2025»; not inside «2016-4-14»)
    ("num", rf"(?<![\d-])(?P<n_d>[0-3]?\d)(?P<n_sep>[.-])(?P<n_m>[01]?\d)(?P=n_sep)"
            rf"(?P<n_y>{_Y}|\d\d)(?!\d)"),
    ("night", rf"в\s+ночь\s+(?:со?\s+(?P<a_d1>{_D})(?:\s+(?P<a_m1>{_M}))?\s+)?на\s+"
              rf"(?P<a_d2>{_D})\s+(?P<a_m2>{_M}){_y('a_')}"),
    ("dm_dm", rf"(?:с\s+)?(?P<b_d1>{_D})\s+(?P<b_m1>{_M}){_TO}(?P<b_d2>{_D})\s+(?P<b_m2>{_M})"
              rf"{_y('b_')}"),
    ("d_dm", rf"(?:с\s+)?(?P<c_d1>{_D}){_TO}(?P<c_d2>{_D})\s+(?P<c_m>{_M}){_y('c_')}"),
    ("dm", rf"(?P<d_d>{_D})\s+(?P<d_m>{_M}){_y('d_')}"),
    ("month_rel", rf"(?:в\s+)?(?P<r_m>{_M})\s+(?P<r_rel>прошлого|минувшего|этого|текущего|"
                  rf"позапрошлого|следующего)\s+года"),
    ("my", rf"(?:в\s+|с\s+|до\s+)?(?P<e_m>{_M})\s+(?P<e_y>{_Y})(?:\s*(?:года|г\.))?"),
    # a month, or months of one year («в апреле-мае 2021 года», «с января по март»)
    ("month", rf"(?P<f_pre>в\s+|с\s+|до\s+|начале\s+|конце\s+|середине\s+|"
              rf"(?:первой|второй)\s+половине\s+|"
              rf"(?:первых|последних)\s+числах\s+)(?P<f_m>{_M})(?!\w)"
              rf"(?:(?:\s*[-–—]\s*|\s+по\s+)(?P<f_m2>{_MONTH_WORD}[а-я]*)"
              rf"(?:\s+(?P<f_y>{_Y})(?:\s*(?:года|г\.))?)?|(?!\s+\d))"),
    ("years", rf"(?:с\s+)?(?P<g_y1>{_Y})\s*(?:года\s+)?(?:-|–|—|по|до)\s*(?P<g_y2>{_Y}|\d\d)(?!\d)"
              rf"(?:\s*(?:годах|годов|годы|гг\.))?"),
    ("year", rf"(?<![\d,.])(?P<h_y>{_Y})(?!\d|,\d)(?!\s*(?:человек|жител|граждан|беженц|"
             rf"военн|солдат|пограничник|семей|дом|га\b|км|м\b|тонн|голов|метр))"
             rf"(?:\s*(?:года|году|год|г\.))?"),
    ("night_wd", rf"в\s+ночь\s+(?:со?\s+\w+\s+)?на\s+(?P<n_wd>{_WD})"),
    ("weekday", rf"(?:в|во)\s+(?P<i_last>прошл\w+\s+|минувш\w+\s+|эт\w+\s+)?(?P<i_wd>{_WD})"
                rf"(?!,?\s*\d)"),
    # «со среды», «с понедельника», «до пятницы»: a weekday that starts or ends a state
    ("weekday_from", rf"(?P<w_pre>со?|до|начиная\s+с)\s+(?:(?P<w_last>прошл\w+|минувш\w+)\s+)?"
                     rf"(?P<w_wd>{_WD_GEN})(?!,?\s*\d)"),
    # («ровно год назад», «год назад в этот день»: the same day of that year or month)
    ("ago", r"(?P<k_exact>ровно\s+)?"
            r"(?P<k_n>\d+|од(?:ин|ну|на)|два|две|три|четыре|пять|шесть|семь|восемь|девять|"
            r"десять|несколько|пару|двое|трое|четверо|пятеро)?\s*(?P<k_u>дн(?:я|ей)|день|полгода|"
            r"сутки|суток|недел[юиь]|месяц(?:а|ев)?|год(?:а)?|лет)\s+(?:тому\s+)?назад"
            r"(?P<k_day>,?\s+(?:в|во)\s+(?:этот|тот)\s+(?:же\s+)?день)?"),
    ("after", r"(?:на\s+(?:следующий|другой|второй)\s+день|на\s+следующее\s+утро|"
              r"(?:спустя|через)\s+(?P<l_n>\d+|два|две|три|четыре|пять)?\s*(?:сутки|суток|"
              r"дн(?:я|ей)|день)|(?:днем|днём)\s+позже|в\s+(?:тот|этот)\s+же\s+(?:день|вечер)|"
              r"(?:(?:\d+|двумя|тремя|четырьмя|пятью)\s+(?:днями|сутками)|днем|днём|сутками)\s+ранее|за\s+(?:день|сутки)\s+до\s+этого)"),
    # «Тогда погибли двое» after «инцидент 23 июля»: the day told before it (``follow``)
    ("then", r"(?-i:Тогда)(?=[\s,])"),
    # «в этом же году», «в том же году»: the year of the date told before it (``follow``)
    ("same_year", r"в\s+(?:этом|том)\s+же\s+году|в\s+тот\s+же\s+год(?!\w)"),
    ("night_d", rf"в\s+ночь\s+(?:со?\s+[0-3]?\d-?(?:го|е|ое)?\s+)?на\s+"
                rf"(?P<q_d>[0-3]?\d)-?(?:е|ое)(?!\w)(?!\s+{_MONTH_WORD})"),
    ("dayno", rf"(?P<o_d>[0-3]?\d)(?:-?(?:го|е|ое))?\s+числа|"
              rf"(?P<o_d2>[0-3]?\d)-го(?!\w)(?!\s+{_MONTH_WORD})"),
    ("rel", r"(?P<j_w>(?:поза)?вчерашн\w+|сегодняшн\w+|"
            r"сегодня\s+ночью|сегодня\s+утром|сегодня\s+вечером|вчера\s+вечером|"
            r"вчера\s+утром|вчера\s+ночью|позавчера|вчера|сегодня|накануне|минувшей\s+ночью|"
            r"прошлой\s+ночью|этой\s+ночью|позапрошлой\s+ночью|этим\s+утром|"
            r"(?:в\s+)?(?:минувшие|прошлые|прошедшие|эти)\s+выходные|в\s+выходные|"
            r"на\s+(?:(?:минувших|прошлых|прошедших|этих)\s+)?выходных|"
            r"(?:в\s+)?(?:начале|конце|середине)\s+(?:прошлого|минувшего|этого|текущего|"
            r"позапрошлого)\s+года|"
            r"(?:в\s+)?(?:начале|конце|середине)\s+(?:(?:прошлой|минувшей|этой|текущей)\s+)?"
            r"недели|"
            r"(?:в\s+)?(?:начале|конце|середине)\s+(?:(?:прошлого|минувшего|этого|текущего)\s+)?"
            r"месяца|"
            r"со\s+вчерашнего\s+дня|на\s+днях|с\s+начала\s+(?:этой\s+|текущей\s+)?недели|на\s+(?:прошлой|минувшей|этой|текущей|следующей)\s+неделе|"
            r"в\s+(?:прошлом|минувшем|этом|текущем|следующем|позапрошлом)\s+(?:году|месяце)|"
            r"(?:годом|год)\s+ранее)"),
    # «весной 2020 года», «осенью прошлого года»: a season of a stated year
    ("season", rf"(?P<s_s>весной|летом|осенью|зимой)\s+(?:(?P<s_y>{_Y})\s*(?:года|г\.)|"
               rf"(?P<s_rel>прошлого|минувшего|этого|текущего|позапрошлого)\s+года)"),
    # «в первом квартале 2008 года», «за третий квартал текущего года»: its three months
    ("quarter", rf"(?:во|в|за)\s+(?P<qq_n>перв|втор|трет|четв[её]рт|I{{1,3}}|IV)\w*\s+квартал\w*\s+"
                rf"(?:(?P<qq_y>{_Y})\s*(?:года|г\.)|(?P<qq_rel>прошлого|минувшего|этого|текущего|"
                rf"нынешнего|позапрошлого)\s+года)"),
    # «второй день продолжается акция», «третьи сутки идут бои»: since so many days up to
    # the day told
    ("nth_day", r"(?P<nd_n>втор|трет|четв[её]рт|пят|шест|седьм)(?:ой|ий|ый|ые|ьи|и)\s+"
                r"(?:день|дня|сутки|суток)(?:\s+подряд)?(?=\s+(?:продолжа|ид[её]т|идут|длится|"
                r"длятся|проход|не\s+прекраща))"),
    # «прошлым летом», «этой весной», bare «весной»: the last such season not after
    # publication (that of the year before when «прошл…»)
    ("season_near", r"(?:(?P<t_rel>прошл(?:ым|ой)|минувш(?:им|ей)|эт(?:им|ой)|"
                    r"нынешн(?:им|ей))\s+)?(?P<t_s>весной|летом|осенью|зимой)"
                    r"(?!\s+(?:\d|прошлого|минувшего|этого|текущего|позапрошлого))"),
    # «около 23:00», «в 5 часов утра»: a time of the day of the event told before it
    ("clock", r"(?:около|в)\s+(?:(?P<u_h>[012]?\d):[0-5]\d(?!\d)|"
              r"(?P<u_h2>\d{1,2})\s+час(?:а|ов)?\s+(?P<u_p>утра|вечера|дня|ночи))"),
]
_DATE_RE = re.compile("|".join(f"(?P<{n}>{p})" for n, p in _PATTERNS), re.I)
# the alternatives that can open at a digit, and those that can open elsewhere (the same
# first match: one left out cannot match there; ``opens_with`` reads the patterns)
_AT_DIGIT, _AT_OTHER = (re.compile("|".join(f"(?P<{n}>{p})" for n, p in _PATTERNS
                                            if opening in opens_with(p, re.I)), re.I)
                        for opening in (DIGIT, OTHER))
_BOUNDARY = re.compile(r"\w")
_WEEKDAY_BEFORE = re.compile(rf"(?<!\w){_WD},?\s+$", re.I)
_PART = {"ночью": "night", "ночь": "night", "утром": "morning", "вечером": "evening",
         "днем": "afternoon", "днём": "afternoon"}
_PART_AFTER = re.compile(r"\s+(ночью|утром|вечером|днем|днём)(?!\w)", re.I)
_PART_BEFORE = re.compile(r"(?:^|\s)(ночью|утром|вечером|днем|днём)\s+$", re.I)


_YEAR_CONTEXT = re.compile(r"(?:^|\s)(?:в|во|с|со|до|к|по|от|на|между|и|начиная\s+с)\s+$|[-–—]\s*$",
                           re.I)
def _matches(text: str, start: int, end: int, tokens=None):
    """Date matches that stand as words, a bare year only with a year word."""
    for m in candidates(text, start, end, _AT_DIGIT, _AT_OTHER, tokens):
        a, b = m.span()
        if (a > 0 and _BOUNDARY.match(text[a - 1])) or (b < len(text)
                                                        and _BOUNDARY.match(text[b])):
            continue
        if m.lastgroup == "year" and not _YEAR_CONTEXT.search(text, max(0, a - 12), a) and \
                not re.match(r"\s*(?:года|году|год|г\.|гг\.)", text[b - 6:b + 6]) and \
                not re.search(r"(?:года|году|год|г\.)$", m.group(0)):
            continue  # a bare number («Sputnik, 1920» is an image size): no year word
        if m.lastgroup == "dayno" and m.group("o_d2") and \
                not _PART_BEFORE.search(text, max(0, a - 12), a) and \
                not _WEEKDAY_BEFORE.search(text, max(0, a - 16), a):
            continue  # «28-го» is a day only after a part of day or a weekday («утром
            # 28-го», «в среду, 28-го»)
        yield m


def _value(kind: str, g: dict, ref: Reference) -> tuple[DateValue | None, bool, str]:
    """The value of a match, whether it is relative, and the part of day it names."""
    if kind == "weekday":
        return weekday(g, ref), True, ""
    if kind == "weekday_from":
        return weekday({"i_wd": g["w_wd"], "i_last": g["w_last"]}, ref), True, ""
    if kind == "ago":
        return ago(g, ref), True, ""
    if kind == "night_wd":
        day = weekday({"i_wd": g["n_wd"], "i_last": None}, ref)
        return day and DateValue(day.start - timedelta(days=1), day.end, "day"), True, "night"
    if kind == "rel":
        value, part = relative(g["j_w"], ref)
        return value, True, part
    if kind in ("after", "same_year", "then"):
        return None, True, ""  # resolved from the date before it (``follow``)
    if kind == "clock":
        return None, True, _clock_part(g)
    if kind == "nth_day":
        return _nth_day(g["nd_n"], ref), False, ""  # (the publication day's, never re-read)
    if kind == "season_near":
        return near_season(g["t_s"], g["t_rel"], ref), True, ""
    if kind == "dayno":
        return day_of_month(g.get("o_d") or g.get("o_d2"), ref), True, ""
    if kind == "night_d":
        day = day_of_month(g["q_d"], ref)
        return day and DateValue(day.start - timedelta(days=1), day.end, "day"), True, "night"
    return absolute(kind, g, ref), False, "night" if kind == "night" else ""


_NTH = {"втор": 2, "трет": 3, "четв": 4, "пят": 5, "шест": 6, "седьм": 7}


def _nth_day(word: str, ref: Reference) -> DateValue | None:
    """«второй день продолжается»: the day told and the days before it that make so many."""
    if ref.day is None or ref.precision != "day":
        return None
    n = next(v for k, v in _NTH.items() if word.lower().startswith(k))
    return DateValue(ref.day - timedelta(days=n - 1), ref.day, "day")


def _clock_part(g: dict) -> str:
    """The part of day of a time («23:00» is night, «в 5 часов утра» morning)."""
    if g.get("u_p"):
        return {"утра": "morning", "дня": "afternoon", "вечера": "evening",
                "ночи": "night"}[g["u_p"].lower()]
    h = int(g["u_h"])
    return ("night" if h < 5 or h >= 23 else "morning" if h < 12 else
            "afternoon" if h < 18 else "evening")


def _mention(text: str, m: re.Match, ref: Reference) -> DateMention | None:
    a, b = m.span()
    kind = m.lastgroup or ""
    value, rel, part = _value(kind, m.groupdict(), ref)
    if kind == "season_near" and future(text, a, b):
        value = None  # «откроют весной»: a season planned, no date of what happened
    if value is None and not rel and kind not in ("dm", "month", "d_dm", "dm_dm", "night"):
        return None
    pm = _PART_BEFORE.search(text, max(0, a - 12), a) or _PART_AFTER.match(text, b)
    part = part or (_PART[pm.group(1).lower()] if pm else "")
    role = date_role(text, a, b, kind)
    if rel and quoted(text, a):
        role = "quoted"  # «сегодня» in a quotation is the speaker's day, not ours
    elif stamp_line(text, a, b) or stamp_opening(text, a, b):
        role = "report"  # «03 сентября 2022 в 22:20» alone on its line: the page's date
    if value is not None and value.year_inferred and ref.day is not None and (
            value.end.year < ref.day.year and future(text, a, b)
            or role == "until" and 0 < (next_year(value).start - ref.day).days <= 120):
        value = next_year(value)  # «с 5 по 16 сентября закроется», «закрыт до 20 мая»
    if kind in ("weekday", "weekday_from") and value is not None and ref.day is not None \
            and value.start < ref.day and future_clause(text, a, b) \
            and not re.search(r"прошл|минувш", m.group(0), re.I):
        # «в понедельник откроется», «до пятницы будет закрыт»: the coming one
        day = value.start + timedelta(days=7)
        value = DateValue(day, day, "day")
    if value is not None and role == "event":
        value = lasted(text, b, value)
    return DateMention(a, b, text[a:b], kind, value, rel, role, part)


def find_dates(text: str, ref: Reference, start: int = 0, end: int | None = None,
               tokens=None) -> list[DateMention]:
    """Every Russian date expression in ``text[start:end]``, resolved against ``ref``, or,
    when ``ref`` is coarser than a day, the relative ones against the day the text itself
    gives its report (``own_reference``); «на следующий день» from the date before it.
    ``tokens``, the words from ``start`` to the text's end, lets the scan read them."""
    end = len(text) if end is None else end
    pairs = [(m, d) for m in _matches(text, start, end, tokens)
             if (d := _mention(text, m, ref)) is not None]
    own = own_reference([d for _, d in pairs], ref)
    if own is not None:  # a relative date of a relative kind is never dropped
        pairs = [(m, _mention(text, m, own) if d.relative else d) for m, d in pairs]
    found = _quoted_days(text, follow(text, [d for _, d in pairs], own or ref), own or ref)
    return joined_spans(text, _to_now(_apposed(text, found), own or ref), "ru")


_APPOSITION_GAP = re.compile(r"\s*[,–—-]\s*")


def _apposed(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """A relative day with the day itself in apposition («Накануне, 27 сентября, …»,
    «вчера — 5 мая»): the stated day is the one meant."""
    out = list(mentions)
    for k in range(len(out) - 1):
        d, nxt = out[k], out[k + 1]
        if d.relative and not nxt.relative and nxt.value is not None and \
                nxt.value.precision == "day" and _APPOSITION_GAP.fullmatch(text, d.end, nxt.start):
            out[k] = replace(d, value=nxt.value)
    return out


def _quoted_days(text: str, mentions: list[DateMention], ref: Reference
                 ) -> list[DateMention]:
    """A relative day inside a quotation («„Вчера около 17:00 … открыли огонь“, — говорится
    в сообщении») dates the event when the text gives no day of an event of its own near
    the day it was told (then the speaker's day is taken to be that day); with such a day
    («В понедельник, 25 августа, …» before a witness's «сегодня» in an article of the 27th)
    it stays the speaker's."""
    quoted_ones = [d for d in mentions if d.role == "quoted" and d.value is not None
                   and d.value.precision == "day"]
    if not quoted_ones or ref.day is None:
        return mentions
    events = {(d.value.start, d.value.end) for d in mentions
              if d.role == "event" and d.value is not None and d.value.precision == "day"}
    # a quotation that gives the very day the text tells an event on («"… задержан двумя
    # днями ранее", — уточнил представитель» after the lede told that day) tells that event
    mentions = [replace(d, role=date_role(text, d.start, d.end, d.kind))
                if d in quoted_ones and (d.value.start, d.value.end) in events else d
                for d in mentions]
    quoted_ones = [d for d in mentions if d.role == "quoted" and d.value.precision == "day"]
    if not quoted_ones:
        return mentions
    if any(d.role == "event" and d.value is not None and d.value.precision == "day"
           and 0 <= (ref.day - d.value.end).days <= 10 for d in mentions):
        return mentions
    ids = {id(d) for d in quoted_ones}
    return [replace(d, role=date_role(text, d.start, d.end, d.kind)) if id(d) in ids else d
            for d in mentions]


def _to_now(mentions: list[DateMention], ref: Reference) -> list[DateMention]:
    """A day that starts something («со вчерашнего дня», «с 12 сентября») keeps, as
    ``to_now``, the days from it up to the day the text is told (the shared facts take
    that span for violence or a protest going on since then)."""
    if ref.day is None or ref.precision != "day":
        return mentions
    return [replace(d, to_now=DateValue(d.value.start, ref.day, "day", d.value.year_inferred))
            if d.role == "since" and d.value is not None and d.value.precision == "day"
            and d.value.end < ref.day else d for d in mentions]
