"""Russian date expressions against the publication date: their values (days, spans,
seasons, relative and ordinal forms); their roles are in test_extract_ru_dates_roles.py."""

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


def test_part_of_day():
    found = find_dates("Вечером 8 апреля нарушители перешли границу.", PUB)
    assert found[0].part_of_day == "evening"


def test_an_ordinal_without_a_part_of_day_is_no_date():
    assert find_dates("Это было 28-го заседание комиссии.", PUB) == []


def test_bare_number_is_no_year():
    assert find_dates("Фото агентства, 1920, из архива.", PUB) == []
    assert first("Это было в 2019 году.")[2] == "year"


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


def test_eve_in_another_paragraph_is_the_day_before_publication():
    v = find_dates("Дорогу перекрыли 10 апреля.\nНакануне была драка.", PUB)[-1].value
    assert v.start == date(2021, 5, 1)


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


@pytest.mark.parametrize("text, start, end", [
    ("Конфликт начался 27 апреля и продолжался два дня.", date(2021, 4, 27), date(2021, 4, 28)),
    ("Столкновения, начавшиеся 28 апреля, длились три дня.", date(2021, 4, 28),
     date(2021, 4, 30)),
    ("Бои 28 апреля длились 5 часов.", date(2021, 4, 28), date(2021, 4, 28)),
], ids=["lasted-two-days", "lasted-three-days", "hours-change-nothing"])
def test_a_day_widened_by_how_long_it_lasted(text, start, end):
    assert first(text)[:2] == (start, end)


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
