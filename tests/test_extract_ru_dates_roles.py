"""Roles of Russian date expressions: report days (page stamps, datelines, statements, the
day something was said or became known) against event days, quoted, prior, later and
since days, and the days counted from a report day."""

from datetime import date

import pytest

from geoconflict.extract.dates import parse_published
from geoconflict.extract.ru.dates import find_dates

PUB = parse_published("2021-05-02")  # a Sunday


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


def test_date_and_time_closing_a_line_after_the_outlet_is_its_stamp():
    assert find_dates("Служба новостей агентства — 01.05.2021 14:02\nДрака.", PUB)[0].role \
        == "report"


def test_a_dispatch_reposted_days_later_keeps_its_own_yesterday():
    found = find_dates("БИШКЕК, 28 апреля — агентство. Вчера у села была драка.", PUB)
    assert found[1].value.start == date(2021, 4, 27)
    # a dateline on the day of publication changes nothing
    found = find_dates("БИШКЕК, 2 мая — агентство. Вчера у села была драка.", PUB)
    assert found[1].value.start == date(2021, 5, 1)


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


def test_one_of_the_wounded_dying_later_is_no_event_day():
    found = find_dates("Драка была 27 апреля. Один из раненых скончался 30 апреля.", PUB)
    assert [d.role for d in found] == ["event", "later"]


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
