"""Dates resolved by the dates before them: anaphoric years, year words after a day, and
weekdays when the publication day is unknown."""

from datetime import date

import pytest

from geoconflict.extract.dates import DateValue, Reference, find_dates, parse_published

PUB = parse_published("2021-05-02")


def values(text, ref=PUB):
    return [(d.text, d.value and (d.value.start, d.value.end, d.value.precision,
                                  d.value.year_inferred))
            for d in find_dates(text, ref)]


def year(y, inferred=True):
    return (date(y, 1, 1), date(y, 12, 31), "year", inferred)


def day(y, m, d, inferred=True):
    return (date(y, m, d), date(y, m, d), "day", inferred)


def test_anaphoric_years_count_from_the_last_date_before_them():
    text = ("In 1987 the post was built. A year later it burned. In the same year a "
            "road was cut.")
    assert values(text) == [("1987", year(1987, False)), ("A year later", year(1988)),
                            ("the same year", year(1988))]


@pytest.mark.parametrize("phrase, expected", [
    ("The following year", 2013),
    ("Two years later", 2014),
    ("Three years earlier", 2009),
    ("The previous year", 2011),
    ("That year", 2012),
    ("That same year", 2012),
])
def test_each_anaphoric_form(phrase, expected):
    found = find_dates(f"Talks failed in 2012. {phrase} a guard was shot.", PUB)
    assert [d.text for d in found] == ["2012", phrase]
    assert found[1].value == DateValue(date(expected, 1, 1), date(expected, 12, 31), "year",
                                       True)
    assert found[1].relative


def test_the_earlier_date_may_be_a_day_or_a_range():
    assert values("On 3 June 2016 a bridge fell. The following year it was rebuilt.")[1] == (
        "The following year", year(2017))
    # "the same year" after a span of years names no single year
    assert values("From 2014 to 2016 nothing moved. That year it snowed.")[1] == (
        "That year", None)
    assert values("From 2014 to 2016 nothing moved. A year later it snowed.")[1] == (
        "A year later", year(2017))


def test_anaphoric_years_without_an_earlier_date_stay_unresolved():
    assert values("A year later he left. The following year he came back. That year "
                  "the road opened.") == [("A year later", None),
                                          ("The following year", None),
                                          ("That year", None)]
    # "the previous year" alone is the year before publication, as "last year" is
    assert values("The previous year was calm.") == [("The previous year", year(2020, False))]


def test_months_of_an_anaphoric_year():
    text = "The post was built in 2010. In May of the same year it was shelled."
    assert values(text)[1] == ("May of the same year",
                               (date(2010, 5, 1), date(2010, 5, 31), "month", True))
    assert values("In June that year it was shelled.") == [("June that year", None)]


def test_a_day_followed_by_a_year_word_takes_its_year():
    pub = parse_published("2006-05-20")
    assert values("Guards were shot on May 13 last year near the post.", pub)[0] == (
        "May 13", day(2005, 5, 13, inferred=False))
    found = find_dates("It came on the May 13 anniversary of the riots in the town last "
                       "year.", pub)
    # the day of the riots, not of their anniversary
    assert (found[0].value.start, found[0].value.precision, found[0].role) == (
        date(2005, 5, 13), "day", "event")
    # with no year word the day is the anniversary, this year
    found = find_dates("It came on the May 13 anniversary of the riots.", pub)
    assert (found[0].value.start, found[0].role) == (date(2006, 5, 13), "anniversary")


def test_a_day_takes_an_anaphoric_year_word_counted_from_before_it():
    text = "The raid came in 2004. On 5 March the previous year, two men were shot."
    assert values(text)[1:] == [("5 March", day(2003, 3, 5)),
                                ("the previous year", year(2003))]


def test_a_year_word_too_far_or_past_the_sentence_is_not_the_day_s_year():
    pub = parse_published("2006-05-20")
    far = ("Guards were shot on May 13 at the old post on the road between the two "
           "villages in the hills last year.")
    assert values(far, pub)[0] == ("May 13", day(2006, 5, 13))
    other = "Guards were shot on May 13. Last year the post was built."
    assert values(other, pub)[0] == ("May 13", day(2006, 5, 13))
    # a stated year is kept
    assert values("Guards were shot on May 13, 2004 last year.", pub)[0] == (
        "May 13, 2004", day(2004, 5, 13, inferred=False))


@pytest.mark.parametrize("published", ["2022-09", None])
def test_weekdays_count_from_the_last_stated_day_when_publication_day_is_unknown(published):
    ref = parse_published(published) if published else Reference()
    text = ("Shooting began on September 14, 2022 near the post. On Friday a truce was "
            "signed. Shelling resumed on Saturday night.")
    found = find_dates(text, ref)
    assert [(d.text, d.value) for d in found[1:]] == [
        ("On Friday", DateValue(date(2022, 9, 16), date(2022, 9, 16), "day", True)),
        ("on Saturday night", DateValue(date(2022, 9, 17), date(2022, 9, 17), "day", True))]
    assert found[2].part_of_day == "night"


def test_weekday_anchor_is_the_latest_stated_day_before_it():
    ref = parse_published("2022-09")
    text = ("On September 14 shooting began, as on April 29, 2021. On Wednesday the "
            "post fell.")
    # the latest day is September 14 (a Wednesday): the same day
    assert values(text, ref)[-1] == ("On Wednesday", day(2022, 9, 14))


def test_weekdays_without_an_anchor_or_after_publication_stay_unresolved():
    ref = parse_published("2022-09")
    assert values("On Friday a truce was signed.", ref) == [("On Friday", None)]
    # Monday after September 28 would be in October, after the publication month
    assert values("Shots on September 28. On Monday a truce.", ref)[1] == ("On Monday", None)
    # "last Friday" counts from publication only
    assert values("Shots on September 14. Last Friday a truce.", ref)[1] == (
        "Last Friday", None)


def test_with_a_publication_day_weekdays_count_back_from_it():
    ref = parse_published("2022-09-20")  # a Tuesday
    found = find_dates("Shots on September 14. On Friday a truce.", ref)
    assert (found[1].value.start, found[1].value.year_inferred) == (date(2022, 9, 16), False)
    found = find_dates("Shots on September 5. On Friday a truce.", ref)
    assert found[1].value.start == date(2022, 9, 16)


def test_days_count_from_the_day_told_before_them():
    text = ("Shots were fired on April 20, 2021. The next day a guard died. Two days later "
            "the road opened; the previous day it had rained.")
    assert values(text) == [("April 20, 2021", day(2021, 4, 20, False)),
                            ("The next day", day(2021, 4, 21, False)),
                            ("Two days later", day(2021, 4, 23, False)),
                            ("the previous day", day(2021, 4, 22, False))]


def test_a_next_day_after_a_month_stays_unresolved():
    assert values("In March 2021 the post was shelled. The next day it was quiet.") == [
        ("March 2021", (date(2021, 3, 1), date(2021, 3, 31), "month", False)),
        ("The next day", None)]


def test_the_day_before_yesterday_is_still_counted_from_publication():
    assert values("The day before yesterday two men were detained.") == [
        ("The day before yesterday", day(2021, 4, 30, False))]


def test_later_that_day_is_the_day_told_before():
    text = "Guards clashed on April 20, 2021. Later in the day a post was shelled."
    assert values(text)[1] == ("Later in the day", day(2021, 4, 20, False))


def test_a_month_later_is_the_month_after_the_date_told_before():
    text = "In late March 2021 a swap was proposed. A month later fighting broke out."
    assert values(text)[1] == ("A month later",
                               (date(2021, 4, 1), date(2021, 4, 30), "month", False))


def test_a_month_later_than_a_year_stays_unresolved():
    assert values("In 2019 a road was built. A month later it was closed.")[1] == (
        "A month later", None)


def test_days_later_count_from_an_event_not_from_the_day_it_was_told():
    text = ("Guards detained two herders on April 20, the service said on Friday. They were "
            "released two days later.")
    got = dict(values(text))
    assert got["two days later"][:2] == (date(2021, 4, 22), date(2021, 4, 22))
    # told only by the day of the report: no event to count from
    got = dict(values("Guards detained two herders, the service said on Friday. They were "
                      "released two days later."))
    assert got.get("two days later") is None


def test_the_day_before_counts_from_the_telling_in_its_own_sentence():
    got = dict(values("The service said on Friday that guards were shot at the day before."))
    assert got["the day before"][:2] == (date(2021, 4, 29), date(2021, 4, 29))


def _month(y, m, inferred):
    last = 30 if m in (4, 6, 9, 11) else 31
    return (date(y, m, 1), date(y, m, last), "month", inferred)


def test_a_month_listed_before_a_month_with_a_year_is_in_that_year():
    assert values("Guards met in March and April 2019.") == \
        [("March", _month(2019, 3, False)), ("April 2019", _month(2019, 4, False))]
    assert values("Guards met in January, March, and July 2019.")[0] == \
        ("January", _month(2019, 1, False))


def test_a_month_in_another_sentence_than_the_year_keeps_its_own_year():
    assert values("Guards met in March. In July 2019 they met again.")[0] == \
        ("March", _month(2021, 3, True))


MONTH_PUB = parse_published("2021-05")


def test_a_weekday_followed_by_its_day_is_that_day():
    assert values("Guards clashed on Wednesday, April 28.", MONTH_PUB)[0] == \
        ("on Wednesday", day(2021, 4, 28))


def test_a_weekday_followed_by_a_day_of_another_weekday_is_not_that_day():
    assert values("Guards clashed on Thursday, April 28.", MONTH_PUB)[0] == \
        ("on Thursday", None)


def test_a_weekday_before_any_day_is_the_one_nearest_the_day_stated_after_it():
    found = values("Guards clashed on Wednesday. The sides met on Friday, April 30.",
                   MONTH_PUB)
    assert found[0] == ("on Wednesday", day(2021, 4, 28))
    assert values("Fighting began on Friday. Talks on April 27 had failed.",
                  MONTH_PUB)[0] == ("on Friday", day(2021, 4, 30))


def test_a_weekday_before_a_day_far_from_the_publication_stays_unresolved():
    assert values("Fighting began on Friday. It recalled the clash of May 3, 2015.",
                  MONTH_PUB)[0] == ("on Friday", None)
