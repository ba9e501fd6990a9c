"""Rules found on the dev sets en-dev5 and en-dev6: counts told as a tally at a date,
violence said not to have happened, words of violence and of economic pressure, diplomatic
acts, dates of a clause that tells what happened then (short sentences written here)."""

from __future__ import annotations

import pytest

from geoconflict.extract._date_roles import role
from geoconflict.extract.event_types import classify
from geoconflict.extract.events import sentence_kind
from geoconflict.extract.pipeline import extract_text


def test_the_day_of_a_count_is_no_day_of_the_clash_it_counts():
    text = ("date 2022-09-20\nThe clashes near Ak-Sai began on 14 September.\n"
            "The latest official number from Kyrgyz authorities from Sunday, 18 September "
            "indicates that 46 have died.\n")
    (d,) = extract_text(text)
    assert (d["date_start"], d["fatalities"]["best"]) == ("2022-09-14", 46)


def test_a_count_that_a_countrys_figures_show_has_that_side():
    text = ("date 2022-09-20\nOn 14 September guards clashed near Ak-Sai.\n"
            "The latest figures from Kyrgyz authorities indicate that 46 have died.\n")
    (d,) = extract_text(text)
    figs = [(f["role"], f["value"], f.get("side")) for r in d["reports"]
            for f in r["claims"]["figures"]]
    assert ("killed", 46, "KG") in figs


def test_a_night_that_passed_without_fighting_is_no_clash():
    text = ("date 2022-09-20\nOn 14 September guards clashed near Ak-Sai.\n"
            "The night of September 17 passed without significant fighting.\n")
    drafts = extract_text(text)
    assert [d["date_start"] for d in drafts] == ["2022-09-14"]


@pytest.mark.parametrize("text, sub_event", [
    ("Villagers responded by throwing rocks at the guards.", "Mob violence"),
    ("The burning of homes and shops went on all night.", "Looting/property destruction"),
    ("Guards of both countries exchanged small-arms fire near the post.", "Armed clash"),
])
def test_violence_words_name_their_kind(text, sub_event):
    assert sentence_kind(text) == "violence"
    assert classify([text], "violence").sub_event_type == sub_event


def test_an_envoy_summoned_is_a_diplomatic_act_held_in_no_borrowed_scene():
    text = ("date 2008-04-02\nOn March 26 guards clashed with villagers near Ak-Sai.\n"
            "On March 28 the foreign ministry summoned the Tajik charge d'affaires.\n")
    drafts = extract_text(text)
    note = next(d for d in drafts if d["date_start"] == "2008-03-28")
    assert note["event_type"] == "Strategic developments"
    assert note["locations"] == []


def test_a_date_followed_by_what_happened_then_is_the_events_own():
    text = "The service reported another incident the following day, when 15 more crossed."
    a = text.index("the following day")
    assert role(text, a, a + len("the following day")) == "event"
    text = "The service reported the incident the following day."
    assert role(text, a - 4, a - 4 + len("the following day")) == "report"


@pytest.mark.parametrize("text", [
    "Tajik nationals have allegedly beaten residents of the Kyrgyz village.",
    "After that, their relatives beat our three citizens.",
    "Guards managed to separate the scuffling villagers.",
])
def test_beatings_and_scuffles_are_mob_violence(text):
    assert sentence_kind(text) == "violence"
    assert classify([text], "violence").sub_event_type == "Mob violence"


@pytest.mark.parametrize("text, kind", [
    ("Tajikistan accused Uzbekistan of imposing an economic blockade.", "other"),
    ("Since 2010 Tashkent has blocked the transit of rail freight into Tajikistan.", "other"),
    ("The Uzbek government has cut natural gas supplies to Tajikistan.", "other"),
    ("There is no guarantee the district will not end up in a blockade.", None),
])
def test_a_blockade_imposed_or_supplies_cut_is_a_development(text, kind):
    assert sentence_kind(text) == kind


def test_since_a_day_told_in_a_month_runs_to_that_months_end():
    (d,) = extract_text("date 2010-06\nThey said that since May 26, about 10 Kyrgyz cars have "
                        "been attacked by inhabitants of Sokh.\n")
    assert (d["date_start"], d["date_end"], d["date_precision"]) == (
        "2010-05-26", "2010-06-30", "month")
    (d,) = extract_text("date 2010-06-01\nSince May 26, ten cars have been attacked near "
                        "Sokh.\n")
    assert (d["date_start"], d["date_end"], d["date_precision"]) == (
        "2010-05-26", "2010-06-01", "day")


def test_a_border_crossed_beside_violence_is_its_story_with_its_place_and_day():
    text = ("date 2012-09-14\nTajik and Uzbek guards blamed each other for a shooting.\n"
            "Tajik officials say an Uzbek guard entered Tajik territory near Vorukh on "
            "September 11.\nAfter he ignored a command to leave, the Tajik side opened fire.\n")
    (d,) = extract_text(text)
    assert d["event_type"] == "Battles"
    assert d["date_start"] == "2012-09-11"
    assert [s["place"] for s in d["locations"]] == ["tj-vorukh"]


@pytest.mark.parametrize("text", [
    "On May 3 Uzbek soldiers entered a disputed section of the border near Ak-Sai.",
    "On May 3 two herders illegally crossed into Kyrgyz territory near Ak-Sai.",
    "On May 3 Tajik citizens began to lay asphalt on a non-demarcated section near Ak-Sai.",
    "On May 3 the illegal construction of a fence was recorded near Ak-Sai.",
])
def test_a_border_crossed_or_disputed_land_built_on_is_a_development(text):
    (d,) = extract_text("date 2019-05-04\n" + text + "\n")
    assert (d["event_type"], d["date_start"]) == ("Strategic developments", "2019-05-03")
    assert [s["place"] for s in d["locations"]] == ["kg-ak-sai"]


def test_crossing_a_border_at_a_checkpoint_is_no_development():
    assert sentence_kind("Thousands crossed the border at the Dostuk checkpoint.") is None


def test_a_date_token_of_a_year_alone_dates_the_article_to_that_year():
    (d,) = extract_text("date 2024\nThe two countries plan to open a new border post near "
                        "Uchkurgan.\n")
    assert (d["date_start"], d["date_end"], d["date_precision"]) == (
        "2024-01-01", "2024-12-31", "year")


def test_freight_told_as_blocked_is_a_blockade():
    assert sentence_kind("Tajikistan says freight traffic is being blocked at the border.") \
        == "other"
    assert sentence_kind("Traffic was blocked for an hour by the crowd.") != "other"


@pytest.mark.parametrize("text, kind", [
    ("This border crossing point was sealed by Uzbekistan eight years ago.", "other"),
    ("Uzbekistan put land mines along the border in 2000.", "other"),
    ("The letter was sealed and sent to the ministry.", None),
])
def test_a_crossing_sealed_or_mines_put_along_the_border_are_developments(text, kind):
    assert sentence_kind(text) == kind


@pytest.mark.parametrize("text", [
    "date 2010-11-20\nUzbek authorities told Dushanbe that they have shut the border crossing.\n",
    "date 2010-11-20\nUzbekistan closed the border crossing; Tashkent has refused to comment.\n",
])
def test_a_capital_named_for_its_government_is_no_scene(text):
    (d,) = extract_text(text)
    assert d["locations"] == []
    assert [m["place"] for m in d["mentioned_places"]] in (["tj-dushanbe"], ["uz-tashkent"])


def test_a_capital_where_talks_were_held_stays_their_place():
    (d,) = extract_text("date 2018-01-11\nThe two prime ministers held talks in Dushanbe on "
                        "January 10.\n")
    assert [s["place"] for s in d["locations"]] == ["tj-dushanbe"]


def test_victims_told_as_some_of_them_take_the_home_of_the_group_before():
    text = ("date 2018-01-09\nFive residents of the village of Vorukh went fishing on "
            "January 7.\nOne of them was killed and another was wounded when guards fired "
            "at their car.\n")
    (d,) = extract_text(text)
    figs = {(f["role"], f["value"], f.get("side")) for r in d["reports"]
            for f in r["claims"]["figures"]}
    assert {("killed", 1, "TJ"), ("injured", 1, "TJ")} <= figs
    # with two homes named, which the victims are of is not told
    text = text.replace("Five residents of the village of Vorukh",
                        "Residents of Vorukh and residents of Ak-Sai")
    (d,) = extract_text(text)
    assert not any(f.get("side") for r in d["reports"] for f in r["claims"]["figures"])


def test_a_road_named_in_a_region_sets_the_event_at_its_ends():
    (d,) = extract_text("date 2014-11-12\nOn November 10 guards detained 20 men on the "
                        "Ak-Sai-Tamdyk road in the Batken region.\n")
    assert [s["place"] for s in d["locations"]] == ["kg-ak-sai", "kg-tamdyk"]
    assert "kg-batken-region" in [m["place"] for m in d["mentioned_places"]]
    # a village told as the scene keeps the road's ends out
    (d,) = extract_text("date 2014-11-12\nOn November 10 guards detained 20 men in Vorukh "
                        "on the Ak-Sai-Tamdyk road.\n")
    assert [s["place"] for s in d["locations"]] == ["tj-vorukh"]
