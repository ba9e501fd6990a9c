"""Sentences of one kind grouped into incidents: violence, agreements, other developments."""

from geoconflict.extract.pipeline import extract_text

CEASEFIRES = """date 2021-05-02
Fighting broke out near Ak-Sai on April 28, and five border guards were killed.
The two governments agreed to a ceasefire on April 29 at night.
Yesterday the sides declared a second ceasefire.
"""


def _by_type(drafts: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for d in drafts:
        out.setdefault(d["sub_event_type"], []).append(d)
    return out


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


def test_riots_are_violence():
    (d,) = extract_text("date 2010-07-01\nIn June 2010, ethnic riots erupted in Osh.\n")
    assert (d["event_type"], d["date_start"][:7]) == ("Riots", "2010-06")


def test_a_reopening_in_the_month_of_the_closure_is_an_incident_of_its_own():
    text = ("date 2013-02-02\nIn late January Uzbekistan reopened rail links with Kyrgyzstan.\n"
            "Uzbekistan closed the border crossings near Sokh in early January.\n")
    drafts = extract_text(text)
    assert len(drafts) == 2
    assert all(d["date_start"][:7] == "2013-01" for d in drafts)
    assert sorted(len(d["locations"]) for d in drafts) == [1, 1]  # the opening borrows Sokh


def test_a_closure_after_clashes_of_a_year_is_a_closure_of_that_year():
    text = ("date 2017-09-07\nOn September 6 the Dostuk checkpoint was reopened.\n"
            "Uzbekistan closed most crossings after deadly clashes in 2010 in Osh.\n")
    drafts = sorted(extract_text(text), key=lambda d: (d["date_start"], d["event_type"]))
    assert [(d["date_start"][:4], d["event_type"]) for d in drafts] == [
        ("2010", "Battles"), ("2010", "Strategic developments"),
        ("2017", "Strategic developments")]
    assert [s["place"] for s in drafts[0]["locations"]] == ["kg-osh"]


def test_an_attack_told_as_the_cause_of_a_closure_takes_its_month_and_its_places():
    text = ("date 2013-02-02\nUzbekistan closed the border in early January, after "
            "residents of Sokh attacked Kyrgyz border guards in Batken region.\n")
    drafts = sorted(extract_text(text), key=lambda d: d["event_type"])
    assert [(d["event_type"], d["date_start"][:7]) for d in drafts] == [
        ("Battles", "2013-01"), ("Strategic developments", "2013-01")]
    battle, closure = drafts  # the attackers' home is mentioned, not a scene
    assert [s["place"] for s in battle["locations"]] == ["kg-batken-region"]
    assert "uz-sokh" in str(battle["mentioned_places"])
    assert closure["locations"][0]["match"].startswith("borrowed")


def test_an_undated_story_is_set_where_the_sentence_before_it_places_its_actors():
    text = ("date 2024-05-07\nKyrgyz guards noticed herders grazing cattle near Ak-Sai.\n"
            "The herders refused to leave.\nOne of them fired two shots at the guards.\n")
    (d,) = extract_text(text)
    assert [s["place"] for s in d["locations"]] == ["kg-ak-sai"]
    assert not d["locations"][0]["match"].startswith("borrowed")


def test_a_dated_recall_is_not_set_by_the_sentence_before_it():
    text = ("date 2021-05-03\nThe dispute was over cameras in the village of Ak-Sai.\n"
            "In 2015, there were clashes in the same area.\n")
    (d,) = extract_text(text)
    assert d["date_start"] == "2015-01-01"
    assert d["locations"] == []  # "the same area" is the story before it, unnamed here


def test_violence_since_a_day_runs_to_the_telling_a_tally_since_a_year_is_no_incident():
    (d,) = extract_text("date 2022-09-19\nSince Wednesday, fighting near Ak-Sai has killed "
                        "20 people.\n")
    assert (d["date_start"], d["date_end"]) == ("2022-09-14", "2022-09-19")
    (d,) = extract_text("date 2022-09-19\nFighting near Ak-Sai has gone on since 14 "
                        "September.\n")
    assert (d["date_start"], d["date_end"]) == ("2022-09-14", "2022-09-19")
    (d,) = extract_text("date 2022-09-19\nTwo guards were killed near Ak-Sai on Monday.\n"
                        "Since 2000, 70 people have been killed at the border.\n")
    assert d["fatalities"]["best"] == 2


def test_overnight_into_a_weekday_is_that_day():
    (d,) = extract_text("date 2022-09-19\nThe shootout near Ak-Sai took place overnight into "
                        "Tuesday.\n")
    assert d["date_start"] == "2022-09-13"


def test_a_neighbour_lends_only_the_places_where_its_event_happened():
    text = ("date 2021-05-02\nGuards exchanged fire near Ak-Sai on April 30.\n"
            "Three people were hurt in Isfana.\nThe sides agreed to a ceasefire on May 1.\n")
    kinds = _by_type(extract_text(text))
    (clash,) = kinds["Armed clash"]
    (deal,) = kinds["Agreement"]
    assert [s["place"] for s in clash["locations"]] == ["kg-ak-sai"]
    assert [s["place"] for s in deal["locations"]] == ["kg-ak-sai"]  # not Isfana


def test_the_news_told_before_a_recalled_event_is_not_part_of_it():
    text = ("date 2022-09-20\nTwo guards were wounded in a shootout near Ak-Sai.\n"
            "In 2021, similar clashes killed 55 people.\n")
    drafts = sorted(extract_text(text), key=lambda d: d["date_start"])
    assert [(d["date_start"][:4], d.get("injured", {}).get("best"),
             d.get("fatalities", {}).get("best")) for d in drafts] == [
        ("2021", None, 55), ("2022", 2, None)]
    recall = ("date 2022-09-20\nIn 2010 riots erupted in Osh.\nTwo people were killed "
              "near Osh.\n")  # told after its date, the story is the recalled event's
    (d,) = extract_text(recall)
    assert d["date_start"] == "2010-01-01" and d["fatalities"]["best"] == 2


def test_a_count_of_events_over_a_year_does_not_date_the_news():
    text = ("date 2022-09-20\nTwo guards were wounded in a shootout near Ak-Sai.\n"
            "It was the third such shooting this year.\n")
    (d,) = extract_text(text)
    assert d["date_start"] == "2022-09-20" and d["injured"]["best"] == 2


def test_a_year_that_closed_is_no_border_closure():
    from geoconflict.extract.events import sentence_kind
    assert sentence_kind("The year closed without the visit.") is None
    assert sentence_kind("The border remains closed.") == "other"
    assert sentence_kind("The checkpoint was shut down in 2010.") == "other"


def test_protests_that_are_banned_are_no_protest():
    text = ("date 2022-04-15\nOn April 14 a court in Bishkek banned rallies and protests in "
            "the city centre.\n")
    assert extract_text(text) == []  # a court's ruling tells no incident
    held = "date 2022-04-15\nOn April 14 residents of Batken held a protest against the ban.\n"
    assert extract_text(held)[0]["event_type"] == "Protests"


def test_after_a_leading_clause_the_main_clause_gives_the_kind():
    from geoconflict.extract.events import sentence_kind
    assert sentence_kind("Following the clashes, the sides agreed on a ceasefire.") == \
        "agreement"
    assert sentence_kind("Despite the ceasefire, fighting continued.") == "violence"
    text = ("date 2021-05-03\nAfter clashes near Ak-Sai on April 29, the two sides signed a "
            "ceasefire on May 1.\n")
    kinds = _by_type(extract_text(text))
    assert [d["date_start"] for d in kinds["Armed clash"]] == ["2021-04-29"]
    assert [d["date_start"] for d in kinds["Agreement"]] == ["2021-05-01"]


def test_violence_told_only_as_a_cause_makes_no_incident():
    text = "date 2021-05-03\nUzbekistan closed the border on May 1 after clashes.\n"
    assert [d["sub_event_type"] for d in extract_text(text)] == ["Other"]


def test_an_event_told_as_earlier_this_month_is_not_the_days_news():
    text = ("date 2021-07-26\nA Tajik guard was wounded near Chorkuh on July 24, the border "
            "service said. Earlier this month a Kyrgyz guard was killed in a shootout.\n")
    drafts = sorted(extract_text(text), key=lambda d: d["date_start"])
    assert [(d["date_start"], d["date_precision"]) for d in drafts] == [
        ("2021-07-01", "month"), ("2021-07-24", "day")]
    assert "fatalities" not in drafts[1] and drafts[0]["fatalities"]["best"] == 1


def test_the_undated_news_does_not_join_an_event_of_months_before_told_after_it():
    text = ("date 2021-07-26\nA Tajik guard was wounded in a shootout near Chorkuh. In "
            "April, clashes near Chorkuh killed 55 people.\n")
    drafts = sorted(extract_text(text), key=lambda d: d["date_start"])
    assert [d["date_start"] for d in drafts] == ["2021-04-01", "2021-07-26"]
    assert drafts[0]["fatalities"]["best"] == 55 and "fatalities" not in drafts[1]


def test_the_undated_news_joins_the_sentence_that_dates_it():
    text = ("date 2021-07-26\nA Tajik guard was wounded in a shootout near Chorkuh. The "
            "shooting took place near Chorkuh on May 28.\n")
    (d,) = extract_text(text)
    assert d["date_start"] == "2021-05-28"


def test_a_toll_someone_tells_is_the_news_not_the_recalled_event_before_it():
    text = ("date 2022-09-17\nClashes broke out near Kulundu on September 14. The fighting is "
            "the worst since April 2021, when 55 people died. Kyrgyzstan said 24 of its "
            "citizens were killed.\n")
    drafts = sorted(extract_text(text), key=lambda d: d["date_start"])
    assert [d["fatalities"]["best"] for d in drafts] == [55, 24]


def test_the_incident_told_in_general_words_is_no_protest_of_its_own():
    # the sentence has a protest cue ("blocked a road"), but tells the injuring before it
    text = ("date 2019-09-18\nTwo Tajik villagers were injured by stones near Vorukh late "
            "on Tuesday.\nThe incident occurred when Kyrgyz villagers blocked a road near "
            "Ak-Sai.\n")
    (d,) = extract_text(text)
    assert d["date_start"] == "2019-09-17" and d["injured"]["best"] == 2


def test_the_kins_protest_is_its_own_incident_and_the_toll_stays_with_the_shooting():
    text = ("date 2013-06-22\nA Kyrgyz man was shot dead near Aidarken on Thursday.\n"
            "Relatives of the man shot dead by border guards near Aidarken blocked the "
            "Osh-Batken highway on Friday.\n")
    kinds = _by_type(extract_text(text))
    (shot,) = kinds["Armed clash"] if "Armed clash" in kinds else kinds["Attack"]
    (protest,) = kinds["Peaceful protest"]
    assert shot["date_start"] == "2013-06-20" and shot["fatalities"]["best"] == 1
    assert protest["date_start"] == "2013-06-21" and "fatalities" not in protest
    assert [s["place"] for s in protest["locations"]] == ["kg-aidarken"]


def test_kin_subject_gives_the_main_clause_its_kind():
    from geoconflict.extract.events import sentence_kind
    assert sentence_kind("Relatives of a guard killed by smugglers blocked the road.") == \
        "protest"
    # no other cue: the violence is all the sentence tells
    assert sentence_kind("Relatives of a guard killed by smugglers said he was 20.") == \
        "violence"


def test_what_is_told_before_a_separate_incident_is_not_its_story():
    text = ("date 2018-11-05\nUzbek guards detained two Tajik shepherds near Istaravshan, "
            "the Tajik border troops said on Monday.\nIn a separate incident, a Tajik "
            "citizen was wounded by Uzbek guards near Kanibadam on October 30.\n")
    drafts = extract_text(text)
    assert len(drafts) == 2
    (wounded,) = [d for d in drafts if d["date_start"] == "2018-10-30"]
    assert "detained" not in wounded


def test_talk_of_violence_after_the_news_is_no_incident():
    text = ("date 2025-02-26\nKyrgyzstan and Tajikistan signed a border treaty in Batken on "
            "February 21.\nSince then, analysts say, both armies have grown, which once led "
            "to more violent clashes.\n")
    (d,) = extract_text(text)
    assert d["sub_event_type"] == "Agreement"


def test_an_undated_clash_in_the_lede_stays_an_incident():
    (d,) = extract_text("date 2025-02-26\nClashes broke out on the Kyrgyz-Tajik border, "
                        "officials said.\n")
    assert d["event_type"] == "Battles"


def test_a_mined_border_as_a_state_is_no_development():
    from geoconflict.extract.events import sentence_kind
    assert sentence_kind("Parts of the Tajik-Uzbek border are still mined.") is None
    assert sentence_kind("Uzbek troops mined the border near Isfara in 2000.") == "other"
    assert extract_text("date 2012-09-20\nParts of the Tajik-Uzbek border are mined and "
                        "some of it remains disputed.\n") == []


def test_an_armistice_is_an_agreement_and_guards_come_under_fire():
    from geoconflict.extract.events import sentence_kind
    assert sentence_kind("The sides agreed on an armistice on April 30.") == "agreement"
    assert sentence_kind("Its guards had come under fire near Vorukh.") == "violence"


def test_more_victims_days_later_are_of_the_same_fighting():
    text = ("date 2022-09-18\nFighting broke out near Ovchi-Kalacha on Wednesday, killing "
            "ten people.\nRescuers found four more bodies near Ovchi-Kalacha on Saturday.\n")
    (d,) = extract_text(text)
    assert (d["date_start"], d["date_end"]) == ("2022-09-14", "2022-09-17")


def test_more_victims_long_after_are_another_incident():
    text = ("date 2022-09-30\nFighting broke out near Ovchi-Kalacha on September 1, killing "
            "ten people.\nFour more people were killed near Ovchi-Kalacha on September 25.\n")
    assert len(extract_text(text)) == 2


def test_the_cause_of_a_clash_is_part_of_its_story_not_an_incident():
    text = ("date 2022-01-30\nOn January 27 a guard was killed in a shootout near Ak-Sai. "
            "The shooting was sparked by a protest of villagers in Vorukh against a new "
            "road.\n")
    (d,) = extract_text(text)
    assert (d["sub_event_type"], d["date_start"]) == ("Armed clash", "2022-01-27")
    # the cause is where it began
    assert [s["place"] for s in d["locations"]] == ["kg-ak-sai", "tj-vorukh"]


def test_a_trigger_told_in_general_words_explains_the_news_not_a_recalled_event():
    text = ("date 2021-05-03\nOn April 28 guards clashed on the border. Clashes there in "
            "2015 were over a road. The trigger appears to have been a dispute over cameras "
            "in the village of Kok-Tash.\n")
    news = next(d for d in extract_text(text) if d["date_start"] == "2021-04-28")
    assert [s["place"] for s in news["locations"]] == ["kg-kok-tash-batken"]


def test_a_protest_told_on_its_own_is_still_an_incident():
    text = ("date 2022-01-30\nOn January 27 a guard was killed in a shootout near Ak-Sai. "
            "Villagers in Vorukh held a protest against a new road.\n")
    assert len(extract_text(text)) == 2


def test_an_undated_sentence_does_not_share_a_place_with_a_region_only_incident():
    # the region of the earlier clashes is no shared place: the undated shooting near
    # Ak-Sai is told in the news's paragraph
    text = ("date 2023-03-10\nOn March 9 a Tajik guard was killed near Chorkuh.\n"
            "Kyrgyz guards said they had returned fire near Ak-Sai.\n\n"
            "In September 2022, about 100 people were killed in the Batken region.\n")
    news = next(d for d in extract_text(text) if d["date_start"] == "2023-03-09")
    assert {s["place"] for s in news["locations"]} == {"tj-chorkuh", "kg-ak-sai"}


def test_talks_counted_since_a_year_are_no_incident():
    text = ("date 2022-06-15\nOn June 14 a guard was killed near Ak-Sai. The two countries "
            "have held dozens of rounds of talks on the border since 2002.\n")
    assert [d["sub_event_type"] for d in extract_text(text)] == ["Armed clash"]


def test_an_event_told_as_last_week_is_another_story_than_the_days_news():
    text = ("date 2019-05-02\nVillagers threw stones at a car near Ak-Sai. It happened on "
            "April 30 as he drove to the pasture. Last week, villagers took a Kyrgyz boy to "
            "Tajikistan and let him go later.\n")
    got = sorted((d["date_start"], d["sub_event_type"]) for d in extract_text(text))
    assert got == [("2019-04-22", "Abduction/forced disappearance"),
                   ("2019-04-30", "Mob violence")]


def test_a_promise_not_to_attack_tells_no_violence():
    text = ("date 2019-05-02\nOn April 30 villagers threw stones at a car near Ak-Sai. The "
            "elders agreed not to attack travellers near Vorukh.\n")
    (d,) = extract_text(text)
    assert [s["place"] for s in d["locations"]] == ["kg-ak-sai"]


def test_a_criminal_case_or_a_visit_to_the_wounded_does_not_widen_the_fighting():
    text = ("date 2022-09-20\nOn September 16 fighting near Kok-Tash killed 24 people. "
            "Prosecutors opened a criminal case over the killings on Sunday. The president "
            "visited the wounded in Batken on Sunday.\n")
    (d,) = extract_text(text)
    assert (d["date_start"], d["date_end"]) == ("2022-09-16", "2022-09-16")


def test_a_dated_sentence_with_no_cue_adds_no_place_to_an_agreement():
    text = ("date 2022-09-20\nOn Monday the security chiefs signed a protocol in Batken. "
            "Residents of Ak-Sai returned home on Monday.\n")
    (d,) = extract_text(text)
    assert [s["place"] for s in d["locations"]] == ["kg-batken"]


def test_a_sentence_that_refers_back_joins_the_incident_told_before_it():
    text = ("date 2021-07-26\nOn July 24 a guard was wounded near Chorkuh.\n\n"
            "It was the second such shooting this month. In April, at least 55 people died "
            "in clashes.\n")
    from geoconflict.extract.pipeline import analyse, read_article
    art = analyse(read_article(text))
    told = {inc.window.start.isoformat(): [f.sentence.index for f in inc.facts]
            for inc in art.incidents}
    assert told == {"2021-07-24": [0, 1], "2021-04-01": [2]}


def test_mines_cleared_as_told_on_a_day_are_one_development_not_a_blast():
    text = ("date 2020-01-03\nUzbekistan has completed the clearance of landmines on its "
            "border with Tajikistan, the ministry said on Thursday. Troops laid the mines in "
            "1999.\n")
    got = sorted((d["date_start"], d["sub_event_type"]) for d in extract_text(text))
    assert got == [("1999-01-01", "Other"), ("2020-01-02", "Other")]


def test_a_meeting_of_officials_on_its_day_is_an_agreement_of_its_own():
    text = ("date 2011-10-26\nThe Dostuk border crossing reopened on October 26. The decision "
            "was reached at a meeting of border commanders in Andijan on October 24.\n")
    got = sorted((d["date_start"], d["sub_event_type"], d["locations"][0]["place"])
                 for d in extract_text(text))
    assert got == [("2011-10-24", "Agreement", "uz-andijan"),
                   ("2011-10-26", "Other", "kg-dostuk-checkpoint-osh")]


def test_a_detention_in_the_course_of_a_clash_is_part_of_it():
    text = ("date 2020-06-20\nOn June 19 Uzbek guards detained two smugglers near Sokh.\n"
            "Their companions attacked the guards, and one attacker was wounded.\n")
    (d,) = extract_text(text)
    assert d["sub_event_type"] == "Armed clash"
    assert (d["detained"]["best"], d["injured"]["best"]) == (2, 1)


def test_hostages_taken_in_return_by_civilians_are_an_event_of_their_own():
    text = ("date 2021-05-18\nOn May 17 two Tajik men were beaten by residents of Ak-Sai.\n"
            "On May 17 three Kyrgyz drivers were detained by Tajik villagers near Ak-Sai.\n")
    assert len(extract_text(text)) == 2


def test_fighting_told_over_an_open_span_of_years_is_no_incident():
    text = ("date 2023-02-10\nSince independence, herders on both sides have clashed over "
            "pasture.\nFor decades the two villages have fought over water.\n"
            "On February 3 guards exchanged fire near Ak-Sai.\n")
    (d,) = extract_text(text)
    assert d["date_start"] == "2023-02-03"


def test_an_event_counted_over_the_year_is_no_incident_however_long_its_noun():
    text = ("date 2024-08-21\nOn August 20 Uzbek guards shot dead a man near Aravan.\n"
            "It is the second fatal shooting on the Kyrgyz-Uzbek border this year.\n")
    (d,) = extract_text(text)
    assert d["date_start"] == "2024-08-20"


def test_police_sent_to_the_scene_end_the_clash_they_are_no_event():
    text = ("date 2015-08-05\nOn Monday villagers of Ak-Sai and Vorukh threw stones at each "
            "other; five were hurt.\nPolice were deployed to the scene and calm returned on "
            "Tuesday.\n")
    (d,) = extract_text(text)
    assert (d["date_start"], d["date_end"]) == ("2015-08-03", "2015-08-04")
