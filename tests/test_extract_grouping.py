"""Sentences of one kind grouped into incidents: violence, agreements, other developments."""

from conftest import by_type as _by_type

from geoconflict.extract.pipeline import extract_text

CEASEFIRES = """date 2021-05-02
Fighting broke out near Ak-Sai on April 28, and five border guards were killed.
The two governments agreed to a ceasefire on April 29 at night.
Yesterday the sides declared a second ceasefire.
"""


def test_a_dated_ceasefire_is_an_agreement_incident():
    (d,) = extract_text("date 2021-05-20\nA ceasefire was declared in Batken on May 12.\n")
    assert (d["event_type"], d["sub_event_type"]) == ("Strategic developments", "Agreement")
    assert d["date_start"] == "2021-05-12"
    assert d["locations"][0]["place"] == "kg-batken"


def test_clashes_and_two_ceasefires_are_three_incidents():
    kinds = _by_type(extract_text(CEASEFIRES))
    (clash,) = kinds["Armed clash"]
    assert clash["date_start"] == "2021-04-28" and clash["fatalities"]["best"] == 5
    agreements = sorted((d["date_start"], d["date_end"]) for d in kinds["Agreement"])
    # one day apart, yet two acts: agreements take no slack
    assert agreements == [("2021-04-29", "2021-04-29"), ("2021-05-01", "2021-05-01")]
    assert all("fatalities" not in d for d in kinds["Agreement"])


def test_the_toll_in_a_sentence_about_a_protocol_goes_to_the_fighting():
    text = ("date 2022-09-20\nThe two sides signed a protocol to end clashes in which at "
            "least 20 people died.\nFighting broke out near Vorukh on September 14.\n")
    kinds = _by_type(extract_text(text))
    (clash,) = kinds["Armed clash"]
    (deal,) = kinds["Agreement"]
    assert clash["fatalities"]["best"] == 20 and clash["date_start"] == "2022-09-14"
    assert "fatalities" not in deal


def test_weapons_handed_out_are_a_strategic_development_not_a_battle():
    text = ("date 2021-05-02\nOn the night of April 29-30 a commander distributed weapons "
            "to volunteers near Zumrad.\nBorder guards clashed near Ak-Sai on April 28.\n")
    kinds = _by_type(extract_text(text))
    (handout,) = kinds["Other"]
    assert handout["event_type"] == "Strategic developments"
    assert (handout["date_start"], handout["date_end"]) == ("2021-04-29", "2021-04-30")
    assert handout["locations"][0]["place"] == "tj-zumrad"
    assert kinds["Armed clash"][0]["date_start"] == "2021-04-28"


def test_weapons_seized_in_a_raid_stay_with_the_raid():
    text = ("date 2006-05-17\nOn May 12 gunmen stormed a border post near Isfara.\n"
            "They broke into the armoury and took 17 assault rifles.\n")
    (d,) = extract_text(text)
    assert d["event_type"] == "Battles"
    (rep,) = d["reports"]
    assert [w["count"] for w in rep["claims"]["weapons"]] == [17]


def test_a_diplomatic_note_years_ago_is_a_background_development():
    text = ("date 2021-05-02\nIn 2014 the foreign ministry sent a note of protest over "
            "troops arriving in Vorukh.\nOn April 28 soldiers clashed near Ak-Sai.\n")
    kinds = _by_type(extract_text(text))
    (note,) = kinds["Other"]
    assert note["date_start"] == "2014-01-01" and note["background"] is True
    assert note["locations"][0]["place"] == "tj-vorukh"
    assert not kinds["Armed clash"][0].get("background")


def test_a_protest_is_a_protest():
    text = "date 2023-03-05\nOn March 3 residents of Isfara held a rally against the closure.\n"
    (d,) = extract_text(text)
    assert (d["event_type"], d["sub_event_type"]) == ("Protests", "Peaceful protest")
    assert d["locations"][0]["place"] == "tj-isfara"


def test_talk_of_a_summit_without_date_or_deal_makes_no_incident():
    text = "date 2023-03-05\nThe summit was a wasted chance, observers said.\n"
    assert extract_text(text) == []


def test_an_undated_sentence_joins_the_nearest_incident_of_its_kind():
    text = ("date 2022-09-20\nSkirmishes broke out on September 14 near Vorukh.\n"
            "Officials reported 12 people killed.\n\n"
            "In 2021 a dispute over water led to fighting near Ak-Sai.\n"
            "That time at least 55 people died.\n")
    drafts = extract_text(text)
    by_year = {d["date_start"][:4]: d for d in drafts}
    assert by_year["2022"]["fatalities"]["best"] == 12
    assert by_year["2021"]["fatalities"]["best"] == 55


def test_places_of_a_planned_attack_are_not_scenes_of_the_fighting():
    text = ("date 2021-05-02\nBorder guards clashed near Kok-Tash on April 28.\n"
            "On April 29 the militants were supposed to attack the village of Ak-Sai.\n")
    (d,) = extract_text(text)
    assert [s["place"] for s in d["locations"]] == ["kg-kok-tash-batken"]


def test_an_agreement_naming_no_place_is_placed_near_the_fighting_and_says_so():
    kinds = _by_type(extract_text(CEASEFIRES))
    for deal in kinds["Agreement"]:
        (stop,) = deal["locations"]
        assert (stop["place"], stop["relation"]) == ("kg-ak-sai", "near")
        assert stop["match"].startswith("borrowed")
        assert deal["title"] == f"Agreement near Ak-Sai, {deal['date_start']}"


def test_an_incident_of_another_time_borrows_no_place():
    text = ("date 2022-01-28\nGuards exchanged fire at Ak-Sai on January 27.\n"
            "In April 2021, 50 people were killed in clashes on the border.\n")
    by_year = {d["date_start"][:4]: d for d in extract_text(text)}
    assert [s["place"] for s in by_year["2022"]["locations"]] == ["kg-ak-sai"]
    assert by_year["2021"]["locations"] == []



def test_fighting_never_borrows_the_place_of_the_talks():
    text = ("date 2022-09-17\nThe two countries agreed a truce on Friday after fighting in "
            "which 12 soldiers were killed.\nTheir presidents met at a summit in Samarkand.\n")
    kinds = _by_type(extract_text(text))
    assert [s["place"] for s in kinds["Agreement"][0]["locations"]] == ["uz-samarkand"]
    assert kinds["Armed clash"][0]["locations"] == []

def test_titles_give_the_date_at_its_precision():
    text = ("date 2021-05-02\nIn 2014 the foreign ministry sent a note of protest over "
            "troops arriving in Vorukh.\n")
    (d,) = extract_text(text)
    assert d["title"] == "Diplomatic note at Vorukh, 2014"


def test_years_listed_are_one_incident_each_and_a_later_span_widens_neither():
    text = ("date 2006-05-20\nIn 1999 and 2000 militants raided villages near Batken.\n"
            "Officials recalled the attacks of 1999-2000.\n")
    spans = sorted((d["date_start"], d["date_end"]) for d in extract_text(text))
    assert spans == [("1999-01-01", "1999-12-31"), ("2000-01-01", "2000-12-31")]


def test_a_deal_known_to_the_month_is_not_the_meeting_of_a_named_day():
    text = ("Clashes broke out near Vorukh on September 14, 2022.\n"
            "The presidents met on Friday and agreed to pull back troops.\n"
            "A minister said the protocol signed today ends the crisis.\n")
    deals = [d for d in extract_text(text, published="2022-09")
             if d["sub_event_type"] == "Agreement"]
    assert sorted((d["date_start"], d["date_precision"]) for d in deals) == \
        [("2022-09-01", "month"), ("2022-09-16", "day")]


def test_fighting_after_talks_in_one_sentence_keeps_its_own_date_and_place():
    text = ("date 2022-05-11\nAfter talks in Batken on May 9, the two sides exchanged fire "
            "near Ak-Sai on May 10, wounding two guards.\n")
    kinds = _by_type(extract_text(text))
    (deal,) = kinds["Agreement"]
    (clash,) = kinds["Armed clash"]
    assert (deal["date_start"], [s["place"] for s in deal["locations"]]) == \
        ("2022-05-09", ["kg-batken"])
    assert (clash["date_start"], [s["place"] for s in clash["locations"]]) == \
        ("2022-05-10", ["kg-ak-sai"])
    assert clash["injured"]["best"] == 2 and "injured" not in deal


def test_a_protest_keeps_its_toll():
    text = ("date 2022-05-11\nHundreds rallied in Batken on May 9; police detained 12 "
            "protesters and two officers were injured by stones.\n")
    (d,) = extract_text(text)
    assert d["event_type"] == "Riots" and d["detained"]["best"] == 12
    assert d["injured"]["best"] == 2


def test_weapons_handed_out_in_other_words_are_found():
    for verb in ("handed out 300 rifles to", "gave weapons to", "issued 50 guns to"):
        text = f"date 2022-05-11\nOn May 9 officials {verb} volunteers in Batken.\n"
        (d,) = extract_text(text)
        assert (d["event_type"], d["sub_event_type"]) == ("Strategic developments", "Other")
        assert d["title"].startswith("Weapons handed out"), verb


def test_villages_that_came_under_fire_are_an_incident():
    (d,) = extract_text("date 2022-09-18\nOn September 16 the village of Arka came under fire.\n")
    assert d["event_type"] != "Strategic developments" and d["date_start"] == "2022-09-16"


def test_a_sentence_telling_the_event_in_general_words_dates_and_places_it():
    text = ("date 2020-03-12\nThe incident took place near Ak-Sai on March 9.\n"
            "Someone said a word.\nAnother word followed.\nThen came a third.\n"
            "A fourth sentence here.\nGuards fired warning shots into the air.\n")
    (d,) = extract_text(text)
    assert d["date_start"] == "2020-03-09"
    assert [s["place"] for s in d["locations"]] == ["kg-ak-sai"]


def test_a_general_sentence_with_another_events_date_stays_out():
    text = ("date 2020-03-12\nGuards fired warning shots near Ak-Sai on March 9.\n"
            "A similar incident occurred near Vorukh in 2017.\n")
    (d,) = extract_text(text)
    assert d["date_start"] == "2020-03-09"
    assert [s["place"] for s in d["locations"]] == ["kg-ak-sai"]


def test_a_death_on_the_next_day_widens_the_incident():
    text = ("date 2022-04-20\nGuards exchanged fire near Ak-Sai on 12 April, wounding a "
            "soldier, who died of his wounds the next day.\n")
    (d,) = extract_text(text)
    assert (d["date_start"], d["date_end"]) == ("2022-04-12", "2022-04-13")


def test_a_sentence_telling_another_incident_starts_its_own():
    text = ("date 2021-04-25\nGuards exchanged fire near Ak-Sai on April 20, 2021, and one "
            "man was killed.\nLater that day gunmen attacked another border post.\n")
    drafts = extract_text(text)
    assert len(drafts) == 2
    assert all(d["date_start"] == "2021-04-20" for d in drafts)
    assert sorted(d.get("fatalities", {}).get("best", 0) for d in drafts) == [0, 1]


def test_the_same_fight_told_again_is_not_another_incident():
    text = ("date 2021-04-25\nGuards exchanged fire near Ak-Sai on April 20, 2021.\n"
            "The shooting went on for an hour.\n")
    assert len(extract_text(text)) == 1


def test_an_earlier_event_recalled_in_a_clause_keeps_its_date_apart():
    text = ("date 2022-06-14\nOne guard was wounded in a shootout on Tuesday.\n"
            "The shootout broke out near Ak-Sai, where a similar incident took place on "
            "June 3.\nNobody else was hurt.\n")
    drafts = sorted(extract_text(text), key=lambda d: d["date_start"])
    assert [d["date_start"] for d in drafts] == ["2022-06-03", "2022-06-14"]
    recalled, news = drafts
    assert [s["place"] for s in news["locations"]] == ["kg-ak-sai"]
    assert news["injured"]["best"] == 1 and "injured" not in recalled


def test_an_incident_told_on_a_day_and_dated_by_nothing_else_takes_that_day():
    text = "date 2022-09-20\nThe border service said on Sunday that a herder was wounded.\n"
    (d,) = extract_text(text)
    assert d["date_start"] == "2022-09-18"
    assert d["evidence"]["date"][0]["text"] == "on Sunday"


def test_a_toll_since_the_start_of_the_year_tells_no_incident():
    text = ("date 2022-09-20\nTwo guards were killed near Ak-Sai on Monday.\n"
            "Since the beginning of the year, nine people have been killed at the border.\n")
    (d,) = extract_text(text)
    assert d["fatalities"]["best"] == 2


def test_a_day_told_in_general_words_beats_a_vaguer_date_told_nearer():
    text = ("date 2019-05-02\nHe was driving to the pasture on April 28.\nIt was quiet.\n"
            "Then men threw stones and broke his windshield.\n"
            "Last week the herders had gone up the valley.\n")
    (d,) = extract_text(text)
    assert (d["date_start"], d["date_precision"]) == ("2019-04-28", "day")


def test_a_pact_signed_during_a_dated_visit_is_an_agreement_of_that_date():
    text = ("date 2017-09-20\nThe post at Ak-Sai was reopened on September 6.\n"
            "The president's visit on September 5-6 was the first in years.\n"
            "During the visit a pact on the border was signed.\n")
    (agreement,) = [d for d in extract_text(text) if d["sub_event_type"] == "Agreement"]
    assert (agreement["date_start"], agreement["date_end"]) == ("2017-09-05", "2017-09-06")


def test_a_year_told_beside_an_undated_incident_does_not_date_it():
    text = ("date 2010-05-24\nThe neighbour has closed its border.\n"
            "The country was declared free of the disease in 2002.\n")
    (d,) = extract_text(text)
    assert d["date_start"] == "2010-05-24"


def test_a_deal_to_withdraw_troops_after_fighting_gives_the_toll_to_the_fighting():
    text = ("date 2021-05-03\nThe two countries agreed on Saturday to withdraw troops, after "
            "fighting killed 40 people.\nThe clashes erupted near Ak-Sai on Wednesday.\n")
    kinds = _by_type(extract_text(text))
    (deal,) = kinds["Agreement"]
    (clash,) = kinds["Armed clash"]
    assert deal["date_start"] == "2021-05-01" and "fatalities" not in deal
    assert clash["date_start"] == "2021-04-28" and clash["fatalities"]["best"] == 40


def test_news_told_on_a_day_does_not_join_an_incident_of_weeks_before():
    text = ("date 2022-06-15\nOne guard was killed in a shootout, the border service said "
            "on Wednesday.\nOn June 3 a similar shootout near Ak-Sai left one man wounded.\n")
    drafts = sorted(extract_text(text), key=lambda d: d["date_start"])
    assert [d["date_start"] for d in drafts] == ["2022-06-03", "2022-06-15"]
    assert drafts[1]["fatalities"]["best"] == 1 and "fatalities" not in drafts[0]


def test_a_state_told_on_a_day_joins_its_start_of_weeks_before():
    text = ("date 2022-06-15\nA caller said on Monday that Uzbek military hardware was massed "
            "near Sokh.\nThe hardware was moved to the border near Sokh a month ago.\n")
    (d,) = extract_text(text)
    assert d["date_start"] == "2022-05-01"


def test_a_detention_told_last_month_and_on_its_day_is_one_incident():
    text = ("date 2012-01-15\nKHUJAND, Tajikistan -- A herder detained by foreign guards last "
            "month is still missing.\nVillagers in Vorukh said he was detained at home on "
            "December 23.\n")
    (d,) = extract_text(text)
    assert d["date_start"] == "2011-12-23"
    assert [s["place"] for s in d["locations"]] == ["tj-vorukh"]


def test_a_planned_reopening_is_not_part_of_the_old_closure():
    text = ("date 2023-05-29\nThe two countries plan to open three checkpoints.\n"
            "The Ak-Sai checkpoint was shut down in 2010.\n"
            "All these checkpoints will be reopened soon.\n")
    drafts = sorted(extract_text(text), key=lambda d: d["date_start"])
    assert [d["date_start"][:4] for d in drafts] == ["2010", "2023"]


def test_a_meeting_on_a_day_is_an_agreement_incident():
    (d,) = extract_text("date 2016-03-25\nThe council met on March 22 in Moscow.\n")
    assert (d["sub_event_type"], d["date_start"]) == ("Agreement", "2016-03-22")


def test_a_leading_after_clause_with_its_own_date_is_an_earlier_incident():
    text = ("date 2025-02-26\nAfter a first deal reached in Batken in December last year, the "
            "two countries signed a border treaty on February 21.\n")
    drafts = sorted(extract_text(text), key=lambda d: d["date_start"])
    assert [(d["date_start"], d["date_precision"]) for d in drafts] == [
        ("2024-12-01", "month"), ("2025-02-21", "day")]
    assert [s["place"] for s in drafts[0]["locations"]] == ["kg-batken"]


def test_fighting_lasts_until_the_ceasefire_or_the_day_told_with_until():
    truce = ("date 2022-09-19\nFighting broke out near Ak-Sai on Wednesday, before a "
             "ceasefire was agreed on Friday.\n")
    (d,) = extract_text(truce)
    assert (d["date_start"], d["date_end"]) == ("2022-09-14", "2022-09-16")
    long = "date 2022-09-19\nClashes near Ak-Sai went on from 4 September until 16 September.\n"
    (d,) = extract_text(long)  # one incident, however long the span
    assert (d["date_start"], d["date_end"]) == ("2022-09-04", "2022-09-16")


def test_a_later_day_of_something_else_does_not_lengthen_the_fighting():
    talks = ("date 2022-09-19\nClashes near Ak-Sai broke out on Wednesday, two days before "
             "talks on Friday.\n")
    assert [(d["date_start"], d["date_end"]) for d in extract_text(talks)] == [
        ("2022-09-14", "2022-09-14")]
    road = ("date 2022-09-19\nClashes near Ak-Sai broke out on 14 September; the road "
            "stayed closed until 18 September.\n")
    assert [(d["date_start"], d["date_end"]) for d in extract_text(road)] == [
        ("2022-09-14", "2022-09-14")]
