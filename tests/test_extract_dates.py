"""Dates: absolute, ranges, weekdays, relative words, precision and the publication date."""

from datetime import date

import pytest

from geoconflict.extract.dates import Reference, find_dates, parse_date_line, parse_published

PUB = parse_published("2023-03-15")  # a Wednesday


def one(text, ref=PUB):
    found = find_dates(text, ref)
    assert len(found) == 1, [d.text for d in found]
    return found[0]


@pytest.mark.parametrize("text, start, end, precision", [
    ("It began on 2019-07-04 at dawn.", date(2019, 7, 4), date(2019, 7, 4), "day"),
    ("Fighting on June 3, 2018 was heavy.", date(2018, 6, 3), date(2018, 6, 3), "day"),
    ("Fighting on 3 June 2018 was heavy.", date(2018, 6, 3), date(2018, 6, 3), "day"),
    ("on the night of February 10-11 guards fired", date(2023, 2, 10), date(2023, 2, 11), "day"),
    ("clashes on October 2–5 ended", date(2022, 10, 2), date(2022, 10, 5), "day"),
    ("between 7 and 9 March shots were heard", date(2023, 3, 7), date(2023, 3, 9), "day"),
    ("from December 30 to January 2, 2020", date(2019, 12, 30), date(2020, 1, 2), "day"),
    ("the events of August 2016 were", date(2016, 8, 1), date(2016, 8, 31), "month"),
    ("in 2014 the road was closed", date(2014, 1, 1), date(2014, 12, 31), "year"),
    ("talks stalled from 2011 to 2012", date(2011, 1, 1), date(2012, 12, 31), "year"),
    ("the 2011-2012 talks", date(2011, 1, 1), date(2012, 12, 31), "year"),
    ("the 2011–12 talks", date(2011, 1, 1), date(2012, 12, 31), "year"),
    ("talks held between 2011 and 2012", date(2011, 1, 1), date(2012, 12, 31), "year"),
    ("mines laid in the 1990s", date(1990, 1, 1), date(1999, 12, 31), "year"),
    ("mines laid in the late 1990s", date(1997, 1, 1), date(1999, 12, 31), "year"),
    ("in the early 2000s", date(2000, 1, 1), date(2003, 12, 31), "year"),
    ("since the mid-1990s", date(1994, 1, 1), date(1996, 12, 31), "year"),
])
def test_absolute_dates_and_ranges(text, start, end, precision):
    d = one(text)
    assert (d.value.start, d.value.end, d.value.precision) == (start, end, precision)


def test_two_years_joined_by_and_are_two_dates_not_a_range():
    found = find_dates("In 2011 and 2012 talks stalled.", PUB)
    assert [(d.text, d.value.start, d.value.end) for d in found] == [
        ("2011", date(2011, 1, 1), date(2011, 12, 31)),
        ("2012", date(2012, 1, 1), date(2012, 12, 31))]


def test_a_date_without_year_takes_the_year_of_publication_or_the_one_before():
    assert one("on March 10 two men").value.start == date(2023, 3, 10)
    # November 2 after a publication in March: last year's November
    d = one("on November 2 two men")
    assert d.value.start == date(2022, 11, 2) and d.value.year_inferred


@pytest.mark.parametrize("text, start, end, precision", [
    ("It happened yesterday.", date(2023, 3, 14), date(2023, 3, 14), "day"),
    ("Shots were fired on Saturday.", date(2023, 3, 11), date(2023, 3, 11), "day"),
    ("Shots were fired last Wednesday.", date(2023, 3, 8), date(2023, 3, 8), "day"),
    ("Clashes broke out last week.", date(2023, 3, 6), date(2023, 3, 12), "week"),
    ("The road was blocked last month.", date(2023, 2, 1), date(2023, 2, 28), "month"),
    ("Last year a dispute over water flared.", date(2022, 1, 1), date(2022, 12, 31), "year"),
    ("They were seen there two years ago.", date(2021, 1, 1), date(2021, 12, 31), "year"),
    ("It was agreed in January this year.", date(2023, 1, 1), date(2023, 1, 31), "month"),
    ("Guards clashed earlier this week.", date(2023, 3, 13), date(2023, 3, 15), "week"),
    ("Guards clashed earlier in the week.", date(2023, 3, 13), date(2023, 3, 15), "week"),
    ("Guards clashed earlier this month.", date(2023, 3, 1), date(2023, 3, 15), "month"),
])
def test_relative_words_resolve_against_publication(text, start, end, precision):
    d = one(text)
    assert d.relative or d.kind == "month_rel"
    assert (d.value.start, d.value.end, d.value.precision) == (start, end, precision)


def test_relative_dates_stay_unresolved_without_a_publication_day():
    month_only = parse_published("2023-03")
    assert one("It happened yesterday.", Reference()).value is None
    assert one("It happened on Friday.", Reference()).value is None
    assert one("Clashes broke out last week.", month_only).value is None
    # "today" or "yesterday" with the month of publication known: that month
    d = one("It was signed today.", month_only)
    assert (d.value.start, d.value.end, d.value.precision) == (
        date(2023, 3, 1), date(2023, 3, 31), "month")
    d = one("Shots were heard last night.", month_only)
    assert (d.value.precision, d.part_of_day) == ("month", "night")
    # but "last year" needs only the year
    assert one("Last year it flared.", month_only).value.start == date(2022, 1, 1)


def test_part_of_day_and_roles():
    d = one("on the night of April 29 the post was attacked")
    assert d.part_of_day == "night"
    assert one("the July 4 anniversary of the clash").role == "anniversary"
    assert one("he had been wanted since 2015.").role == "since"
    assert one("wanted since March this year, when he attacked").role == "event"


def test_numbers_that_are_not_dates():
    found = find_dates("They seized 1999 rounds and walked 2,000 km with 19 rifles.", PUB)
    assert [d.text for d in found] == []


def test_may_the_verb_is_not_a_month():
    assert find_dates("The men may have fled in May.", PUB)[0].text == "May"
    assert len(find_dates("The men may have fled.", PUB)) == 0


def test_publication_date_forms():
    assert parse_published("2006") == Reference(date(2006, 1, 1), "year")
    assert parse_published("17 May 2006").precision == "day"
    with pytest.raises(ValueError):
        parse_published("2006-13-01")
    assert parse_date_line("Wednesday, 17 May 2006") == "2006-05-17"
    assert parse_date_line("May 1-2 were days of mourning") == ""


def test_a_weekday_after_since_or_from_and_the_weekend():
    from geoconflict.extract.dates import find_dates, parse_published
    ref = parse_published("2022-09-20")  # a Tuesday
    got = [(d.text, d.value.start.isoformat(), d.value.end.isoformat())
           for d in find_dates("Fighting went on since Wednesday. Over the weekend it "
                               "spread; the night from Sunday was the worst.", ref)]
    assert got == [("since Wednesday", "2022-09-14", "2022-09-14"),
                   ("Over the weekend", "2022-09-17", "2022-09-18"),
                   ("from Sunday", "2022-09-18", "2022-09-18")]


@pytest.mark.parametrize("text, day", [
    ("Shots rang out in the early hours of Monday.", date(2023, 3, 13)),
    ("The road stayed blocked until Tuesday.", date(2023, 3, 14)),
])
def test_a_weekday_after_of_or_until_is_a_date(text, day):
    assert one(text).value.start == day


def test_a_bare_weekday_name_is_still_no_date_but_its_possessive_dates_its_event():
    assert find_dates("Wednesday was calm.", PUB) == []
    # "Wednesday's shootout": the day of that event (not "Friday's talks", which may be to
    # come: only an event's possessive dates it)
    assert find_dates("Friday's talks were cancelled.", PUB) == []
    (d,) = find_dates("Wednesday's shootout was the worst one.", PUB)
    assert d.value is not None and d.value.start.weekday() == 2 and d.value.start <= PUB.day


def test_a_state_since_a_decade_is_no_event():
    assert one("Clashes have been frequent since the late 1990s.").role == "since"
