"""The role of a Russian date in its sentence: an event, a report (a dateline, a saying:
«Об этом 16 декабря сообщило издание»), an earlier event told by a participle (prior), what
followed the incident (later: a funeral, a death in hospital, a toll that rose), the start
or end of a state (since, until), a birth or an anniversary, the span results or a plan
cover (period: «итоги работы за 2023 год»); and what the sentence or the
date's clause tells of what will be. The patterns of dates are in ``dates``."""

from __future__ import annotations

import re
from datetime import timedelta

from .._date_values import DateValue
from .._literal_cues import Cued

__all__ = ["DATELINE", "role", "lasted", "future", "future_clause", "quoted",
           "sentence_around"]

#: A dateline: «БИШКЕК, 24 мар — Sputnik.», «Душанбе. 9 апреля.», «ДУШАНБЕ, 31.12.2019
#: /НИАТ «Ховар»/», «Бишкек, 28 апреля (АКИpress)», «Астана, 16:27 | 14 марта»: the date of
#: the report.
DATELINE = re.compile(r"\s*[А-ЯЁ][А-ЯЁа-яё-]+[.,]\s+(?:\d{1,2}:\d\d\s*[|,]?\s*)?"
                      r"(?:\d{1,2}\s+[а-я]+\.?(?:\s+\d{4})?|"
                      r"\d{1,2}\.\d{1,2}\.\d{2,4})\s*(?:[.—–/(-]|г\.|$)", re.M)
# «Об этом 16 декабря сообщило издание», «заявил 5 мая»: when it was said, not done.
# (a comma after the date ends the clause told: «задержан 3 февраля, сообщили в милиции»)
_REPORT_AFTER = re.compile(r"\s*(?:\d{4}\s*(?:года|г\.)?\s*)?(?:(?:[\w-]+\s+){0,6}?"
                           r"(?:сообщ|заяв|переда[её]т|рассказ|отметил|информир|уточнил|"
                           r"опубликова)|стало\s+известно|"
                           # «14 марта Пограничные войска ГКНБ распространили сообщение»
                           r"(?:[\w-]+\s+){0,5}?(?:распростран|опубликова|выпустил|обнародова)"
                           r"\w*\s+(?:\w+\s+)?(?:заявлени|сообщени|коммюнике|пресс-релиз|"
                           r"информаци))", re.I)
_REPORT_BEFORE = Cued(re.compile(r"(?:по\s+состоянию\s+на|сообщил\w*|заявил\w*|сообщает|передает|"
                                 r"передаёт|стало\s+известно|выступая|"
                                 r"рассказал\w*|уточнил\w*)\s+(?:\w+\s+)?$|"
                            # «в заявлении от 1 июня», «в сообщении ведомства от …»
                                 r"(?:(?:заявлени|сообщени|обращени|пресс-релиз|коммюнике|протест|"
                                 r"брифинг)\w*|нот[аеуы])\s+(?:[\w-]+\s+){0,2}?от\s+$", re.I))
# «кыргызстанца, задержанного 8 мая», «пунктов, закрытых с 2007 года»: the date of an
# earlier event told by a participle, not of what the sentence tells
_PRIOR = Cued(re.compile(r"(?<!\w)(?:(?:задержанн|арестованн|раненн|похищенн|угнанн|пропавш|"
                         r"осужденн|осуждённ)\w*\s+(?:ранее\s+|еще\s+|ещё\s+)?"
                    # by whom («задержанный узбекскими пограничниками 31 января»)
                         r"(?:[\w-]+(?:ими|ыми|ами|ями|ом|ем)\s+|ГКНБ\s+|СНБ\s+|ГПС\s+){0,3}|"
                         r"(?:закрыт|открыт|построенн|установленн)(?:ых|ого|ой|ый|ые|ую|ое|ом|ым)"
                         r"\s+(?:ещё\s+|еще\s+)?(?:с|со|в|во|до)\s+)$", re.I))
# «скончался в больнице 29 января», «погибших похоронили 30 января»: what followed the
# incident, whose day does not widen it
_LATER = Cued(re.compile(r"(?<!\w)(?:(?:скончал|умер)\w*[^.]{0,60}(?:в\s+больниц\w*|"
                         r"от\s+(?:полученн\w+\s+)?ран\w*|в\s+реанимаци\w*)|"
                         r"(?:в\s+больниц\w*|от\s+(?:полученн\w+\s+)?ран\w*)[^.]{0,60}"
                         r"(?:скончал|умер)\w*|(?:из\s+)?ранен\w+\s+(?:\w+\s+)?(?:позже\s+|позднее\s+|"
                         r"затем\s+)?(?:скончал|умер)\w*|похорон\w*|простились|прощани\w*)", re.I))
# «в пятницу число пострадавших возросло до семи»: a toll updated on a later day
_TOLL_ROSE = re.compile(r"(?<!\w)(?:число|количество)\s+(?:погибш|пострадавш|раненн|ранен|жертв|"
                        r"убит|госпитализированн)\w*\s+(?:[\w-]+\s+){0,3}?(?:возросл|выросл|"
                        r"увеличил|достигл|дошл)\w*", re.I)


def _later(text: str, a: int, b: int) -> bool:
    """Whether the date's sentence tells what followed the incident (a death in hospital,
    a funeral) and the date is not that of a clause telling the incident («в субботу
    похоронили двух жителей, погибших в четверг»: Saturday is later, Thursday the day they
    died), or its clause tells a toll that rose."""
    if _LATER.search(sentence_around(text, a, b)):
        lo, _hi = _clause(text, a, b)
        return not _DIED_CLAUSE.fullmatch(text, lo, a)
    return _toll_rose(text, a, b)


# a clause telling those killed or hurt, by a participle right before the date («,
# погибших в четверг»)
_DIED_CLAUSE = re.compile(r"\s*(?:погибш|убит|раненн|пострадавш|застреленн)\w*\s+", re.I)


def _toll_rose(text: str, a: int, b: int) -> bool:
    """Whether the date's clause tells a toll that rose (its day is no day of the event)."""
    low = text[max(0, a - 80):b + 80]
    if "числ" not in low and "количеств" not in low:
        return False
    lo, hi = _clause(text, a, b)
    return _TOLL_ROSE.search(text, lo, hi) is not None


_SINCE = re.compile(r"(?:^|\s)(?:с|со|начиная\s+с|с\s+начала)\s+$", re.I)
_UNTIL = re.compile(r"(?:^|\s)(?:до|к|по)\s+$", re.I)
_BORN = Cued(re.compile(r"(?:родил\w*|основан\w*|создан\w*|образован\w*)\s+(?:в\s+)?$", re.I))
# the span results, a plan or a schedule cover («итоги работы за 2023 год», «график встреч
# на 2024 год»): nothing happened then
_PERIOD = Cued(re.compile(r"(?<!\w)(?:итог\w*|результат\w*|план\w*|график\w*|программ\w*|"
                          r"бюджет\w*)\s+(?:[\w-]+\s+){0,3}?(?:за|на)\s+$", re.I))
# «подвели итоги топографических и демаркационных работ, проведённых в 2021 году» (read in
# the 120 characters before the year)
_RESULTS = Cued(re.compile(r"(?<!\w)(?:итог\w*|результат\w*)\s+[^.;:!?]{0,90}?(?<!\w)"
                           r"(?:проведенн|проведённ|выполненн|осуществленн|осуществлённ)\w*\s+"
                           r"(?:в|за)\s+$", re.I))


# «начался 27 января и продолжался два дня»: a day and how many days it lasted
_LASTED = re.compile(r"[^.;]{0,40}?(?<!\w)(?:продолжал|длил|шл)\w*\s+(?:около\s+|почти\s+|"
                     r"в\s+течение\s+)?(?P<n>\d+|дв[ау]|двое|тр[иое]+|четыре|пять|неделю)\s*"
                     r"(?:дн|сут)", re.I)
_LASTED_N = {"два": 2, "дву": 2, "двое": 2, "три": 3, "трое": 3, "четыре": 4, "пять": 5,
             "неделю": 7}


def lasted(text: str, b: int, value: DateValue) -> DateValue:
    """A day widened by the days the words after it say it lasted."""
    m = _LASTED.match(text, b, b + 90)
    if m is None or value.precision != "day" or value.start != value.end:
        return value
    w = m.group("n").lower()
    n = int(w) if w.isdigit() else _LASTED_N.get(w, 1)
    if not 1 < n <= 31:
        return value
    return DateValue(value.start, value.start + timedelta(days=n - 1), "day",
                     value.year_inferred)


# a holiday's day told as such: «(он отмечается в Узбекистане 1 сентября)», «Навруз,
# который отмечают 21 марта», «в связи с празднованием Дня независимости 1 сентября» (not
# «во время празднования Навруза 21 марта», «накануне праздника 31 августа»: that day's)
_HOLIDAY_BEFORE = re.compile(r"(?:\(\s*(?:он|она|праздник)?\s*|,\s*(?:который|которая|которые)\s+)"
                             r"(?:отмечает\w*|отмечают|празднует\w*|празднуют)\s+(?:[\w-]+\s+){0,3}?$|"
                             r"(?<!\w)в\s+связи\s+с\s+(?:празднованием|праздником|праздниками)\s+"
                             r"(?:[\w-]+\s+){0,3}?$", re.I)


# «Об этом в четверг, 15 июня, сообщила погранслужба»: a sentence that opens «Об этом» and
# tells who said it is the telling of the sentence before; its dates are when it was told
_ABOUT_THIS = re.compile(r"(?:^|[.!?»]\s+|\n)Об\s+этом\s+[^.!?\n]{0,60}$")
_TOLD_AFTER = re.compile(r"[^.!?\n]{0,50}?(?<!\w)(?:сообщ|заяв|рассказ|переда|информир|"
                         r"уточнил|говорится|пишет|пишут)", re.I)


def _about_this(text: str, a: int, b: int) -> bool:
    return "Об этом" in text[max(0, a - 70):a] and bool(
        _ABOUT_THIS.search(text, max(0, a - 70), a) and _TOLD_AFTER.match(text, b))


def role(text: str, a: int, b: int, kind: str) -> str:
    before = text[max(0, a - 30):a]
    after = text[b:b + 30].lower()
    if re.match(r"\s*(?:\S+\s+)?годовщин", after) or re.search(r"годовщин\w*\s+$", before):
        return "anniversary"
    if _BORN.search(before) or re.match(r"\s*(?:года\s+)?рождени", after):
        return "born"
    if _PERIOD.search(before) or text[a:a + 4].isdigit() and \
            _RESULTS.search(text, max(0, a - 120), a):
        return "period"
    if kind == "dm" and _HOLIDAY_BEFORE.search(text, max(0, a - 60), a):
        return "holiday"  # «День независимости (он отмечается 1 сентября)»
    if kind in ("dm_dm", "d_dm", "night") or "по" in text[a:b].split():
        return "event"
    if kind in ("dm", "rel", "weekday") and (_REPORT_AFTER.match(text, b)
                                             or _REPORT_BEFORE.search(before)
                                             or _about_this(text, a, b)):
        return "report"
    if _PRIOR.search(text, max(0, a - 80), a):
        return "prior"
    if _later(text, a, b):
        return "later"
    line_start = text.rfind("\n", 0, a) + 1
    dl = DATELINE.match(text, line_start)
    if dl and a < dl.end():
        return "report"
    if _SINCE.search(before) or text[a:b].lower().startswith(("с ", "со ")):
        return "since"
    if _UNTIL.search(before) or text[a:b].lower().startswith("до "):
        return "until"
    return "event"


_FUTURE = re.compile(r"(?<!\w)(?:будет|будут|буд[еу]т|закроется|откроется|закроют|откроют|"
                     r"возобновя?т(?:ся)?|возобновит(?:ся)?|заработа(?:ет|ют)|начн[её]тся|"
                     r"состоится|пройдет|пройдёт|планиру\w*|намерен\w*|предстоит|продлится)",
                     re.I)


def sentence_around(text: str, a: int, b: int) -> str:
    lo = max(text.rfind(". ", 0, a), text.rfind("\n", 0, a)) + 1
    hi = min([x for x in (text.find(". ", b), text.find("\n", b)) if x >= 0] or [len(text)])
    return text[lo:hi]


def future(text: str, a: int, b: int) -> bool:
    """Whether the date's sentence tells of what will be (a planned closure)."""
    return _FUTURE.search(sentence_around(text, a, b)) is not None


_CLAUSE_END = re.compile(r"[,;:!?\n]|\.\s|\s[—–]\s")


def _clause(text: str, a: int, b: int) -> tuple[int, int]:
    """The span of the clause of the date at ``a:b``: up to a comma, a colon, a dash or
    the sentence's end either side."""
    lo = max((m.end() for m in _CLAUSE_END.finditer(text, max(0, a - 200), a)),
             default=max(0, a - 200))
    m = _CLAUSE_END.search(text, b)
    return lo, m.start() if m else len(text)


def future_clause(text: str, a: int, b: int) -> bool:
    """Whether the clause of the date tells of what will be («…задержали, а в понедельник
    откроется пункт»)."""
    lo, hi = _clause(text, a, b)
    return _FUTURE.search(text, lo, hi) is not None


def quoted(text: str, a: int) -> bool:
    """Whether offset ``a`` lies inside a quotation («…» or "…") of its paragraph."""
    lo = text.rfind("\n", 0, a) + 1
    before = text[lo:a]
    if before.count("«") > before.count("»"):
        return True
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")
