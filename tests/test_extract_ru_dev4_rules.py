"""Rules found on the fresh Russian dev corpora ru-dev3 and ru-dev4, each tested on
sentences of our own: quarters of a year, residents named by their home, the side of
border guards of a post attacked in a country, counts beaten as well as held."""

from datetime import date

from geoconflict.extract.dates import parse_published
from geoconflict.extract.pipeline import extract_text
from geoconflict.extract.ru.dates import find_dates

PUB = parse_published("2019-07-10")


def _event_spans(text: str) -> list[tuple[date, date]]:
    return [(d.value.start, d.value.end) for d in find_dates(text, PUB)
            if d.value is not None and d.role == "event"]


def test_a_quarter_of_a_year_is_its_three_months():
    spans = _event_spans("Во втором квартале текущего года задержаны 15 нарушителей границы.")
    assert spans == [(date(2019, 4, 1), date(2019, 6, 30))]
    assert _event_spans("За первый квартал 2017 года задержаны трое.") == [
        (date(2017, 1, 1), date(2017, 3, 31))]
    assert _event_spans("В четвертом квартале прошлого года задержан один.") == [
        (date(2018, 10, 1), date(2018, 12, 31))]


def test_a_block_of_a_town_is_no_quarter_of_a_year():
    assert _event_spans("В квартале у рынка задержан один нарушитель.") == []
