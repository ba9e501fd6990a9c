"""Roles of dates: when something happened, or a bound, a birth, an anniversary."""

import pytest

from geoconflict.extract.dates import find_dates, parse_published

PUB = parse_published("2023-03-15")


def role_of(text, which=0):
    return find_dates(text, PUB)[which].role


@pytest.mark.parametrize("text, role", [
    ("Two guards were shot in 2009 at the post.", "event"),
    ("The raids on the valley stopped in 2004.", "until"),
    ("Shelling ceased in March 2011 along the canal.", "until"),
    ("He served at the post and was discharged in 2004.", "until"),
    ("He was discharged from the army in 2004.", "until"),
    ("In 2004 he was discharged and went home.", "until"),
    ("She retired in 2010 from the border service.", "until"),
    ("The unit patrolled the river until 2004.", "until"),
    ("The road must reopen by 2025.", "until"),
    ("The checkpoint has been closed since 2004.", "since"),
    ("He was appointed in 2004 to head the unit.", "since"),
    ("A year after that, in 2005, he was appointed commander.", "since"),
    ("The group held the pass until 2004, when it was routed.", "event"),
])
def test_roles(text, role):
    found = find_dates(text, PUB)
    assert found[-1].role == role, [(d.text, d.role) for d in found]


def test_born_and_anniversary_unchanged():
    assert role_of("The unit was founded in 1992 in Osh.") == "born"
    assert role_of("the March 5 anniversary of the flood") == "anniversary"


def test_a_stopped_car_is_still_an_event():
    # "stopped" with an object is an act, not the end of a state
    assert role_of("Guards stopped a car in May and opened fire.") == "event"


def test_role_words_after_an_anaphoric_year():
    found = find_dates("In 1996 he fought near the lake. A year later, he was appointed "
                       "deputy chief.", PUB)
    assert [(d.text, d.role, d.value.start.year) for d in found] == [
        ("1996", "event", 1996), ("A year later", "since", 1997)]


@pytest.mark.parametrize("text, role", [
    ("The ministry said on Sunday that the road was calm.", "report"),
    ("The ministry reported 13 more deaths on Sunday.", "report"),
    ("The governor told reporters on March 12 about the talks.", "report"),
    ("Villagers told RFE/RL on March 12 that guards took him away.", "report"),
    ("A caller phoned the agency on Friday and said tanks had come.", "report"),
    ("Speaking to reporters on Monday, the governor said all was calm.", "report"),
    ("On Monday, it said the post was calm.", "report"),
    ("Guards clashed near the post on Sunday, officials said.", "event"),
    ("Talks on the border are due to resume in March.", "planned"),
    ("The two presidents will meet in the capital on Friday.", "planned"),
    ("They will look into the shooting that happened on Friday.", "event"),
    ("The presidents issued a joint statement on Monday on the ceasefire.", "event"),
    ("The paper quoted a guard on Monday as saying the post was calm.", "report"),
    ("Officials said the clashes broke out on Sunday.", "event"),
    ("A minister said the protocol signed on Monday holds.", "event"),
])
def test_the_day_something_was_told_is_no_event_date(text, role):
    assert role_of(text) == role


def test_a_sentence_dating_the_event_in_general_words_dates_the_incident():
    from geoconflict.extract import extract_text

    (d,) = extract_text("date 2020-01-08\nThe incident happened at the border on January 6.\n"
                        "Border guards fired warning shots near Ak-Sai.\n")
    assert d["date_start"] == "2020-01-06"


@pytest.mark.parametrize("text, role", [
    ("DUSHANBE, March 12, 2023, Agency – Guards clashed.", "report"),
    ("Posted by: A Blogger | March 12, 2023", "report"),
    ("The agency yesterday reported that guards clashed.", "report"),
    ("A ceasefire was declared in Batken on March 12.", "event"),
    ("March 12 (Reuters) - Guards clashed on the border.", "report"),
    ("On March 12 the health ministry put the death toll at 24.", "report"),
    ("Earlier on March 12 it had put the toll at 20.", "report"),
    ("On March 12 the guards clashed near the post.", "event"),
    ("Guards clashed on March 12 (local time) - the first clash this year.", "event"),
])
def test_datelines_page_dates_and_telling_words_after_the_date(text, role):
    assert role_of(text) == role


def test_a_page_stamp_in_a_headline_line_is_no_event_date():
    assert role_of("Talks on the border 14/03/2023 Ministers meet\nThey met.") == "report"
    assert role_of("The talks were held on 14.03.2023.") == "event"


def test_a_date_before_claimed_the_lives_is_an_event():
    from geoconflict.extract.dates import find_dates, parse_published
    (d,) = find_dates("The shelling on Monday claimed the lives of two men.",
                      parse_published("2022-09-21"))
    assert d.role == "event"


def test_a_creation_date_is_no_event():
    from geoconflict.extract.dates import find_dates, parse_published
    (d,) = find_dates("The reservoir has served the valley since its creation in 1983.",
                      parse_published("2022-09-21"))
    assert d.role == "born"


def test_a_byline_date_beginning_its_line_is_a_report_date():
    from geoconflict.extract.dates import find_dates, parse_published
    text = "Border closed\n\nMay 24, 2010, A. Writer\n\nGuards clashed on May 20, 2010.\n"
    got = [(d.text, d.role) for d in find_dates(text, parse_published("2010-05-25"))]
    assert got == [("May 24, 2010", "report"), ("May 20, 2010", "event")]


@pytest.mark.parametrize("text, expected", [
    ("The line was disputed since the collapse of the union in 1991.", "since"),
    ("Since the coming to power of the new leader in 2020, ties improved.", "since"),
    ("Since guards clashed in May 2020, the road is shut.", "event"),
    ("Since then guards clashed in May 2020.", "event"),
])
def test_since_an_event_named_before_its_date(text, expected):
    from geoconflict.extract.dates import find_dates, parse_published
    (d,) = find_dates(text, parse_published("2022-09-21"))
    assert d.role == expected


@pytest.mark.parametrize("text, role", [
    ("By A. Writer | March 14, 2023\nGuards fired shots.", "report"),
    ("by Staff Reporter - 14 March 2023\nGuards fired shots.", "report"),
    ("Guards fired shots; by March 14 calm had returned.", "until"),
    ("Since Monday, guards have fired shots.", "since"),
])
def test_a_byline_dates_the_page_and_since_a_weekday_is_a_start(text, role):
    assert role_of(text) == role


def test_a_date_after_a_weekday_and_a_comma_is_no_dateline():
    assert [d.role for d in find_dates("Clashes broke out on Friday, March 10.", PUB)] == [
        "event", "event"]


def test_fighting_overnight_told_on_the_day_began_the_day_before():
    from geoconflict.extract import extract_text

    (d,) = extract_text("date 2022-09-14\nSept 14 (Reuters) - Two guards were killed in "
                        "clashes on the border overnight, the agency said.\n")
    assert (d["date_start"], d["date_end"]) == ("2022-09-13", "2022-09-14")
