"""Russian date expressions against the publication date, with their roles."""

from datetime import date

import pytest

from geoconflict.extract.dates import parse_published
from geoconflict.extract.ru.dates import find_dates

PUB = parse_published("2021-05-02")  # a Sunday


def first(text, pub=PUB):
    found = [d for d in find_dates(text, pub) if d.value is not None]
    d = found[0]
    return d.value.start, d.value.end, d.value.precision


@pytest.mark.parametrize("text, start, end, precision", [
    ("Стрельба началась 12 апреля.", date(2021, 4, 12), date(2021, 4, 12), "day"),
    ("Это было 12 мая 2019 года.", date(2019, 5, 12), date(2019, 5, 12), "day"),
    ("Обстрел шел в ночь на 29 апреля.", date(2021, 4, 28), date(2021, 4, 29), "day"),
    ("Взрыв прогремел в ночь с 16 на 17 апреля.", date(2021, 4, 16), date(2021, 4, 17), "day"),
    ("Бои шли с 28 апреля по 1 мая.", date(2021, 4, 28), date(2021, 5, 1), "day"),
    ("Стычки шли 28-29 апреля.", date(2021, 4, 28), date(2021, 4, 29), "day"),
    ("Инцидент случился в марте 2018 года.", date(2018, 3, 1), date(2018, 3, 31), "month"),
    ("Перестрелка была вчера.", date(2021, 5, 1), date(2021, 5, 1), "day"),
    ("Накануне погибли двое.", date(2021, 5, 1), date(2021, 5, 1), "day"),
    ("Минувшей ночью был обстрел.", date(2021, 5, 1), date(2021, 5, 2), "day"),
    ("В четверг пограничники открыли огонь.", date(2021, 4, 29), date(2021, 4, 29), "day"),
    ("На прошлой неделе закрыли границу.", date(2021, 4, 19), date(2021, 4, 25), "week"),
    ("В прошлом году было пять таких случаев.", date(2020, 1, 1), date(2020, 12, 31), "year"),
    ("Граница закрыта с 26.05.2009.", date(2009, 5, 26), date(2009, 5, 26), "day"),
    # variants of the forms the issue names
    ("Обстрел шел в ночь на 1 мая.", date(2021, 4, 30), date(2021, 5, 1), "day"),
    ("Обстрел шел в ночь со среды на четверг.", date(2021, 4, 28), date(2021, 4, 29), "day"),
    ("Обстрел шел в ночь со 2 на 3 апреля.", date(2021, 4, 2), date(2021, 4, 3), "day"),
    ("В минувший четверг была драка.", date(2021, 4, 29), date(2021, 4, 29), "day"),
    ("В прошлую среду была драка.", date(2021, 4, 28), date(2021, 4, 28), "day"),
    ("В понедельник утром была драка.", date(2021, 4, 26), date(2021, 4, 26), "day"),
    ("На этой неделе была драка.", date(2021, 4, 26), date(2021, 5, 2), "week"),
    ("В позапрошлом году была драка.", date(2019, 1, 1), date(2019, 12, 31), "year"),
    ("В прошлом месяце была драка.", date(2021, 4, 1), date(2021, 4, 30), "month"),
    ("Бои шли с 28 по 30 апреля.", date(2021, 4, 28), date(2021, 4, 30), "day"),
    ("Бои шли 28 апреля – 1 мая.", date(2021, 4, 28), date(2021, 5, 1), "day"),
    ("Бои шли с 28 апреля до 1 мая.", date(2021, 4, 28), date(2021, 5, 1), "day"),
    ("Драка была 29 апреля текущего года.", date(2021, 4, 29), date(2021, 4, 29), "day"),
    ("Драка была 29 апреля 2021г. у села.", date(2021, 4, 29), date(2021, 4, 29), "day"),
    ("Драка была 29.04.2021 у села.", date(2021, 4, 29), date(2021, 4, 29), "day"),
    ("Вчера, 1 мая, была драка.", date(2021, 5, 1), date(2021, 5, 1), "day"),
    ("Драка была в пятницу, 30 апреля.", date(2021, 4, 30), date(2021, 4, 30), "day"),
    ("Драка была в апреле этого года.", date(2021, 4, 1), date(2021, 4, 30), "month"),
    ("В конце прошлой недели была драка.", date(2021, 4, 19), date(2021, 4, 25), "week"),
    ("В середине прошлого месяца была драка.", date(2021, 4, 1), date(2021, 4, 30), "month"),
    ("В выходные была драка.", date(2021, 5, 1), date(2021, 5, 2), "day"),
    ("В прошедшие выходные была драка.", date(2021, 4, 24), date(2021, 4, 25), "day"),
    ("В ночь на 28-е была драка.", date(2021, 4, 27), date(2021, 4, 28), "day"),
    ("Утром 28-го была драка.", date(2021, 4, 28), date(2021, 4, 28), "day"),
    # a day in words
    ("Первого мая у села была драка.", date(2021, 5, 1), date(2021, 5, 1), "day"),
    ("Драка была двадцать пятого апреля.", date(2021, 4, 25), date(2021, 4, 25), "day"),
    ("Драка была тридцать первого марта.", date(2021, 3, 31), date(2021, 3, 31), "day"),
    ("Драка была четвёртого апреля.", date(2021, 4, 4), date(2021, 4, 4), "day"),
])
def test_dates_resolved_against_publication(text, start, end, precision):
    assert first(text) == (start, end, precision)


def test_day_after_publication_is_last_year():
    # «25 декабря» in an article of 2 May 2021 is the last 25 December before it
    assert first("Столкновение произошло 25 декабря.")[0] == date(2020, 12, 25)


def test_weekday_with_its_date_is_one_date():
    found = find_dates("В понедельник, 25 августа, произошла перестрелка.",
                       parse_published("2014-08-27"))
    assert [(d.text, d.value.start) for d in found] == [("25 августа", date(2014, 8, 25))]


@pytest.mark.parametrize("text, role", [
    ("Об этом 16 декабря сообщило агентство.", "report"),
    ("ДУШАНБЕ, 30 апреля — агентство. Границу закрыли.", "report"),
    ("Он родился в 1979 году.", "born"),
    ("Граница закрыта с 2012 года.", "since"),
    ("Бои шли 28 апреля у села.", "event"),
    ("Вернули пастуха, задержанного 28 апреля.", "prior"),
    ("Задержанный 28 апреля пастух вернулся домой.", "prior"),
    ("Пастух, задержанный узбекскими пограничниками 28 апреля, вернулся.", "prior"),
    ("Пастух был задержан 28 апреля, сообщили в милиции.", "event"),
    ("По состоянию на 28 апреля задержаны трое.", "report"),
    ("Открыли пункты пропуска, закрытые с 2012 года.", "prior"),
    ("Раненый скончался в больнице 28 апреля.", "later"),
    ("Погибших похоронили 28 апреля.", "later"),
])
def test_roles(text, role):
    assert find_dates(text, PUB)[0].role == role


def test_part_of_day():
    found = find_dates("Вечером 8 апреля нарушители перешли границу.", PUB)
    assert found[0].part_of_day == "evening"


def test_an_ordinal_without_a_part_of_day_is_no_date():
    assert find_dates("Это было 28-го заседание комиссии.", PUB) == []


def test_bare_number_is_no_year():
    assert find_dates("Фото агентства, 1920, из архива.", PUB) == []
    assert first("Это было в 2019 году.")[2] == "year"


def test_relative_date_in_a_quotation_is_the_speakers():
    text = ("В пятницу, 30 апреля, у моста была стрельба. «Сегодня у моста началась "
            "стрельба», — сказал очевидец.")
    assert [d.role for d in find_dates(text, PUB)] == ["event", "quoted"]


def test_a_quoted_day_dates_the_event_when_the_text_gives_none_of_its_own():
    # the speaker's day is then taken to be the day the text was told
    (d,) = find_dates("«Вчера у моста началась стрельба», — говорится в сообщении.", PUB)
    assert (d.role, d.value.start) == ("event", date(2021, 5, 1))
    # an event day of long before is no day of this text's news: it does not stop that
    text = "«Вчера у моста началась стрельба», — сказал он. Мост построили 3 марта 2015 года."
    assert find_dates(text, PUB)[0].role == "event"


def test_planned_date_after_publication_stays_in_its_year():
    # published 2 May 2021: «с 5 по 16 мая закроется» is May 2021, not May 2020
    assert first("Переход закроется с 5 по 16 мая.")[:2] == (date(2021, 5, 5), date(2021, 5, 16))
    assert first("Переход закрыли 16 мая.")[0] == date(2020, 5, 16)


@pytest.mark.parametrize("text, start, precision", [
    ("Три года назад граница была закрыта.", date(2018, 1, 1), "year"),
    ("Два дня назад было тихо.", date(2021, 4, 30), "day"),
    ("Месяц назад переход открыли.", date(2021, 4, 1), "month"),
])
def test_ago(text, start, precision):
    got = first(text)
    assert (got[0], got[2]) == (start, precision)


@pytest.mark.parametrize("text, start, end", [
    ("Это было 27-го апреля.", date(2021, 4, 27), date(2021, 4, 27)),
    ("Стычки шли 27 и 28 апреля.", date(2021, 4, 27), date(2021, 4, 28)),
    ("Обстрел шел в ночь на 29-е апреля.", date(2021, 4, 28), date(2021, 4, 29)),
    ("В минувшие выходные было тихо.", date(2021, 4, 24), date(2021, 4, 25)),
    ("На прошлых выходных было тихо.", date(2021, 4, 24), date(2021, 4, 25)),
    ("Переход закрыт до 20 мая.", date(2021, 5, 20), date(2021, 5, 20)),
    ("Переход был закрыт до 20 апреля.", date(2021, 4, 20), date(2021, 4, 20)),
])
def test_more_forms(text, start, end):
    assert first(text)[:2] == (start, end)


def test_part_of_day_after_a_weekday():
    (d,) = find_dates("В субботу утром был обстрел.", PUB)
    assert d.part_of_day == "morning" and d.value.start == date(2021, 5, 1)


@pytest.mark.parametrize("text, start, end, precision", [
    ("Обстрел был в ночь на воскресенье.", date(2021, 5, 1), date(2021, 5, 2), "day"),
    ("Это было в конце прошлого года.", date(2020, 1, 1), date(2020, 12, 31), "year"),
    ("Граница была закрыта с 2012 по 2014 год.", date(2012, 1, 1), date(2014, 12, 31), "year"),
    ("Это случилось в первых числах апреля.", date(2021, 4, 1), date(2021, 4, 30), "month"),
    ("Это случилось в сентябре прошлого года.", date(2020, 9, 1), date(2020, 9, 30), "month"),
])
def test_spans_and_relative_years(text, start, end, precision):
    assert first(text) == (start, end, precision)


@pytest.mark.parametrize("text", [
    "• 1 мая 2021 в 14:20\nВчера у села была драка.",
    "2021-05-01 09:15 |\nВчера у села была драка.",
    "Бишкек. 01.05.21. Вчера у села была драка.",
    "ДУШАНБЕ, 01.05.2021 /НИАТ «Ховар»/. Вчера у села была драка.",
    "Бишкек, 1 мая (АКИpress). Вчера у села была драка.",
], ids=["stamp-with-time", "iso-stamp", "numeric-dateline", "dateline-with-agency-in-slashes",
        "dateline-with-agency-in-brackets"])
def test_page_stamp_and_numeric_dateline_are_report_dates(text):
    assert find_dates(text, PUB)[0].role == "report"


def test_a_stamp_in_a_sentence_is_an_event():
    assert find_dates("Драка у села была 1 мая 2021 в 14:20 при свидетелях.", PUB)[0].role \
        == "event"


def test_relative_date_from_the_report_day_when_publication_gives_only_the_month():
    month = parse_published("2021-05")
    found = find_dates("Вчера у села была драка. Об этом 11 мая сообщило агентство.", month)
    assert (found[0].value.start, found[0].value.precision) == (date(2021, 5, 10), "day")
    # a report day of another month is no report of this publication
    found = find_dates("Вчера у села была драка. Об этом 11 июня сообщило агентство.", month)
    assert found[0].value.precision == "month"


@pytest.mark.parametrize("text, day", [
    ("Драка была 10 апреля. На следующий день перекрыли дорогу.", date(2021, 4, 11)),
    ("Драка была 10 апреля. Через два дня перекрыли дорогу.", date(2021, 4, 12)),
    ("Драка была 10 апреля. Спустя сутки перекрыли дорогу.", date(2021, 4, 11)),
    ("Драка была 10 апреля. В тот же день перекрыли дорогу.", date(2021, 4, 10)),
    ("Дорогу перекрыли 10 апреля. Днем ранее была драка.", date(2021, 4, 9)),
    ("Дорогу перекрыли 10 апреля. Накануне была драка.", date(2021, 4, 9)),
], ids=["next-day", "two-days-later", "a-day-later", "same-day", "a-day-earlier",
        "eve-of-a-stated-day"])
def test_days_counted_from_the_event_day_before_them(text, day):
    v = find_dates(text, PUB)[-1].value
    assert (v.start, v.end, v.precision) == (day, day, "day")


def test_next_day_without_a_day_before_it_is_unresolved():
    (d,) = find_dates("На следующий день перекрыли дорогу.", PUB)
    assert d.value is None


def test_date_and_time_closing_a_line_after_the_outlet_is_its_stamp():
    assert find_dates("Служба новостей агентства — 01.05.2021 14:02\nДрака.", PUB)[0].role \
        == "report"


def test_eve_in_another_paragraph_is_the_day_before_publication():
    v = find_dates("Дорогу перекрыли 10 апреля.\nНакануне была драка.", PUB)[-1].value
    assert v.start == date(2021, 5, 1)


def test_a_dispatch_reposted_days_later_keeps_its_own_yesterday():
    found = find_dates("БИШКЕК, 28 апреля — агентство. Вчера у села была драка.", PUB)
    assert found[1].value.start == date(2021, 4, 27)
    # a dateline on the day of publication changes nothing
    found = find_dates("БИШКЕК, 2 мая — агентство. Вчера у села была драка.", PUB)
    assert found[1].value.start == date(2021, 5, 1)


@pytest.mark.parametrize("text, day", [
    ("Драка у села была 17-го числа.", date(2021, 4, 17)),
    ("Драка у села была 1 числа.", date(2021, 5, 1)),
    ("Во время вчерашней драки ранены двое.", date(2021, 5, 1)),
    ("После вчерашнего обстрела жители ушли.", date(2021, 5, 1)),
    ("Сегодняшняя драка закончилась быстро.", date(2021, 5, 2)),
    ("Позавчерашний обстрел повредил дома.", date(2021, 4, 30)),
], ids=["day-of-month-before", "day-of-month-this", "yesterdays", "yesterdays-after",
        "todays", "day-before-yesterdays"])
def test_day_of_the_month_and_day_adjectives(text, day):
    assert first(text) == (day, day, "day")


def test_a_relative_report_day_is_no_reference_of_its_own():
    # «сообщили вчера»: the report was yesterday, and the yesterday of the event is not
    # a day before it
    found = find_dates("Вчера у села была драка, сообщили вчера в погранслужбе.", PUB)
    assert [d.value.start for d in found] == [date(2021, 5, 1), date(2021, 5, 1)]
    assert found[1].role == "report"


@pytest.mark.parametrize("text, roles", [
    ("Драка была 29 апреля. Об этом 30 апреля сообщили в погранслужбе.", ["event", "report"]),
    ("Как сообщили 30 апреля в погранслужбе, 29 апреля была драка.", ["report", "event"]),
    ("Пресс-служба 30 апреля сообщила, что накануне была драка.", ["report", "event"]),
], ids=["report-after", "report-before", "report-then-eve"])
def test_report_and_event_days_apart(text, roles):
    assert [d.role for d in find_dates(text, PUB)] == roles


@pytest.mark.parametrize("text, start, end", [
    ("Конфликт начался 27 апреля и продолжался два дня.", date(2021, 4, 27), date(2021, 4, 28)),
    ("Столкновения, начавшиеся 28 апреля, длились три дня.", date(2021, 4, 28),
     date(2021, 4, 30)),
    ("Бои 28 апреля длились 5 часов.", date(2021, 4, 28), date(2021, 4, 28)),
], ids=["lasted-two-days", "lasted-three-days", "hours-change-nothing"])
def test_a_day_widened_by_how_long_it_lasted(text, start, end):
    assert first(text)[:2] == (start, end)


def test_one_of_the_wounded_dying_later_is_no_event_day():
    found = find_dates("Драка была 27 апреля. Один из раненых скончался 30 апреля.", PUB)
    assert [d.role for d in found] == ["event", "later"]


@pytest.mark.parametrize("text, start, end, precision", [
    ("Весной 2020 года у моста была драка.", date(2020, 3, 1), date(2020, 5, 31), "month"),
    ("Осенью прошлого года у моста была драка.", date(2020, 9, 1), date(2020, 11, 30),
     "month"),
    ("Летом этого года у моста была драка.", date(2021, 6, 1), date(2021, 8, 31), "month"),
    ("В апреле-мае 2019 года у моста была драка.", date(2019, 4, 1), date(2019, 5, 31),
     "month"),
    ("Переход был закрыт с января по март.", date(2021, 1, 1), date(2021, 3, 31), "month"),
], ids=["season-of-a-year", "season-of-last-year", "season-of-this-year", "two-months",
        "months-from-to"])
def test_seasons_and_month_ranges(text, start, end, precision):
    assert first(text) == (start, end, precision)


def test_a_season_without_its_year_is_the_last_one_and_a_planned_one_no_date():
    (d,) = find_dates("Летом у моста была драка.", PUB)  # published in May 2021
    assert (d.value.start, d.value.end, d.value.year_inferred) == (date(2020, 6, 1),
                                                                   date(2020, 8, 31), True)
    (d,) = find_dates("Летом у моста откроется новый переход.", PUB)
    assert d.value is None


def test_a_day_earlier_with_no_day_before_it_is_the_eve_of_publication():
    (d,) = find_dates("Днем ранее у моста была драка.", PUB)
    assert (d.value.start, d.value.end) == (date(2021, 5, 1), date(2021, 5, 1))


@pytest.mark.parametrize("text, day, part", [
    ("Драка была 10 апреля. Около 23:00 стороны договорились о мире.", date(2021, 4, 10),
     "night"),
    ("Драка была 10 апреля. В 5 часов утра стрельба возобновилась.", date(2021, 4, 10),
     "morning"),
], ids=["clock-time", "hours-of-the-morning"])
def test_a_time_of_day_is_on_the_event_day_before_it(text, day, part):
    d = find_dates(text, PUB)[-1]
    assert (d.value.start, d.value.end, d.part_of_day) == (day, day, part)


def test_a_time_of_day_with_no_day_before_it_is_unresolved():
    (d,) = find_dates("Около 23:00 стороны договорились о мире.", PUB)
    assert d.value is None


@pytest.mark.parametrize("pub, text, start, end", [
    # a season without a year: the last one begun by publication
    ("2019-09-20", "Летом у села произошла драка.", date(2019, 6, 1), date(2019, 8, 31)),
    ("2020-03-10", "Летом у села произошла драка.", date(2019, 6, 1), date(2019, 8, 31)),
    ("2020-04-10", "Весной у села произошла драка.", date(2020, 3, 1), date(2020, 5, 31)),
    ("2019-09-20", "Этим летом у села произошла драка.", date(2019, 6, 1), date(2019, 8, 31)),
    ("2019-09-20", "Прошлым летом у села была драка.", date(2018, 6, 1), date(2018, 8, 31)),
    ("2019-03-20", "Минувшей зимой у села была драка.", date(2019, 1, 1), date(2019, 2, 28)),
    ("2019-12-20", "Осенью у села была драка.", date(2019, 9, 1), date(2019, 11, 30)),
])
def test_season_without_a_year_takes_the_publication_year(pub, text, start, end):
    (d,) = find_dates(text, parse_published(pub))
    assert (d.value.start, d.value.end, d.value.precision, d.role) == (start, end, "month",
                                                                       "event")


def test_a_season_with_its_year_is_that_year():
    (d,) = find_dates("Летом 2016 года у села была драка.", parse_published("2019-09-20"))
    assert (d.value.start, d.value.end) == (date(2016, 6, 1), date(2016, 8, 31))


@pytest.mark.parametrize("text", [
    "В заявлении от 1 мая министерство обвинило соседей в провокации.",
    "В сообщении погранслужбы от 1 мая говорится о перестрелке.",
    "В ноте от 1 мая МИД выразил протест.",
    "1 мая ГКНБ распространил заявление о перестрелке.",
])
def test_the_date_of_a_statement_is_a_report_date(text):
    assert find_dates(text, PUB)[0].role == "report"


def test_a_word_like_a_statement_before_a_date_is_not_one():
    assert find_dates("Нотариус от 1 мая в отпуске.", PUB)[0].role == "event"


def test_a_body_that_issued_a_statement_on_a_day_reports_on_it():
    text = "14 марта Пограничные войска ГКНБ Таджикистана распространили сообщение о драке."
    assert find_dates(text, PUB)[0].role == "report"


@pytest.mark.parametrize("text, start, end, role", [
    ("Сутки назад у моста была драка.", date(2021, 5, 1), date(2021, 5, 1), "event"),
    ("Двое суток назад у моста была драка.", date(2021, 4, 30), date(2021, 4, 30), "event"),
    ("Позапрошлой ночью у моста стреляли.", date(2021, 4, 30), date(2021, 5, 1), "event"),
    ("Этим утром мост открыли.", date(2021, 5, 2), date(2021, 5, 2), "event"),
    ("Со среды мост закрыт.", date(2021, 4, 28), date(2021, 4, 28), "since"),
    ("С понедельника мост закрыт.", date(2021, 4, 26), date(2021, 4, 26), "since"),
    ("До пятницы мост будет закрыт.", date(2021, 5, 7), date(2021, 5, 7), "until"),
], ids=["a-day-ago", "two-days-ago", "night-before-last", "this-morning", "since-wednesday",
        "since-monday", "until-the-coming-friday"])
def test_days_ago_nights_before_last_and_weekdays_from(text, start, end, role):
    (d,) = find_dates(text, PUB)
    assert (d.value.start, d.value.end, d.role) == (start, end, role)


def test_a_weekday_of_what_will_be_is_the_coming_one_in_its_own_clause_only():
    text = "В среду у моста задержали пастуха, а в понедельник мост откроется."
    told, planned = find_dates(text, PUB)
    assert (told.value.start, planned.value.start) == (date(2021, 4, 28), date(2021, 5, 3))


def test_a_weekday_before_a_hyphenated_body_that_said_it_is_a_report_date():
    (said, done) = find_dates("В четверг пресс-служба сообщила, что 27 апреля задержан пастух.",
                              PUB)
    assert (said.role, done.role) == ("report", "event")


def test_a_toll_that_rose_on_a_later_day_dates_no_event():
    (fight, rose) = find_dates("Драка была 29 апреля. Как сообщили, в пятницу число "
                               "пострадавших возросло до семи.", PUB)
    assert (fight.role, rose.role) == ("event", "later")
    # the day of the clash in the clause before the toll stays its day
    (d,) = find_dates("29 апреля у моста была драка, число пострадавших возросло до семи.",
                      PUB)
    assert d.role == "event"


def test_a_day_that_starts_something_keeps_the_days_up_to_publication():
    (d,) = find_dates("Акция протеста идет со вчерашнего дня.", PUB)
    assert (d.role, d.to_now.start, d.to_now.end) == ("since", date(2021, 5, 1), date(2021, 5, 2))


@pytest.mark.parametrize("text", [
    "1 мая пресс-служба погранслужбы соседней страны сообщила о драке.",
    "1 мая в ходе брифинга глава ведомства заявил, что у моста тихо.",
    "Выступая 1 мая перед депутатами, министр рассказал о драке.",
    "О драке у моста стало известно 1 мая.",
    "Как стало известно 1 мая, у моста была драка.",
], ids=["body-of-several-words-said", "at-a-briefing", "speaking-on", "became-known",
        "as-became-known"])
def test_the_day_something_was_said_or_became_known_is_a_report_date(text):
    assert find_dates(text, PUB)[0].role == "report"


def test_the_day_of_those_killed_in_a_sentence_of_their_funeral_is_an_event_day():
    buried, died = find_dates("В субботу похоронили двух пастухов, погибших в четверг у моста.",
                              PUB)
    assert (buried.role, died.role, died.value.start) == ("later", "event", date(2021, 4, 29))


@pytest.mark.parametrize("text, start, end, precision", [
    ("На днях у моста была драка.", date(2021, 4, 25), date(2021, 5, 2), "week"),
    ("Во второй половине апреля у моста была драка.", date(2021, 4, 1), date(2021, 4, 30),
     "month"),
    ("В ночь с 28-го на 29-е у моста была драка.", date(2021, 4, 28), date(2021, 4, 29), "day"),
    ("В среду, 28-го, у моста была драка.", date(2021, 4, 28), date(2021, 4, 28), "day"),
    ("Полгода назад у моста была драка.", date(2020, 11, 1), date(2020, 11, 30), "month"),
], ids=["the-other-day", "half-of-a-month", "night-of-ordinals", "weekday-then-ordinal",
        "half-a-year-ago"])
def test_more_relative_and_ordinal_forms(text, start, end, precision):
    assert first(text) == (start, end, precision)
