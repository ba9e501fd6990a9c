"""Cue words for kinds of development that have no violence: releases and hand-overs of
detainees, checkpoints opened, border meetings, new rules for crossing."""

import pytest

from geoconflict.extract import extract_text
from geoconflict.extract.event_types import classify
from geoconflict.extract.events import sentence_kind


@pytest.mark.parametrize("text", [
    "On Monday the authorities released two shepherds held since May.",
    "The two detained guards were released and handed over near the post.",
    "Officials handed the men over to the other side on Friday.",
    "The sides carried out an exchange of detainees at the crossing.",
    "A prisoner swap took place on the border.",
])
def test_a_release_or_handover_of_detainees_is_a_detention_development(text):
    assert sentence_kind(text) == "other"
    assert classify([text], "other").sub_event_type == "Arrests"


@pytest.mark.parametrize("text", [
    "The guards exchanged fire with soldiers across the river.",
    "The border service released a statement about the guards.",
    "Residents returned to their villages.",
])
def test_fire_exchanged_a_statement_released_or_people_going_home_are_no_release(text):
    assert sentence_kind(text) != "other"


def test_a_release_alone_gives_an_arrests_draft():
    (d,) = extract_text("date 2022-05-11\nOn May 10 Uzbekistan released four Kyrgyz "
                        "citizens near Ak-Sai.\n")
    assert (d["sub_event_type"], d["date_start"]) == ("Arrests", "2022-05-10")


@pytest.mark.parametrize("text", [
    "After long talks, two checkpoints on the northern border have opened again.",
    "The new check-point started operating on Monday.",
    "The crossings near Dostuk began functioning fully.",
    "Checkpoints at Dostuk are allowing local residents to cross on foot.",
    "Since Monday the authorities have not permitted cargo trucks to pass through.",
])
def test_a_crossing_opened_or_people_let_across_is_a_border_status(text):
    assert sentence_kind(text) == "other"
    assert classify([text], "other").reason == "border closed or opened"


@pytest.mark.parametrize("text", [
    "Guards at the checkpoint opened fire on a car.",
    "After the illegal crossing police opened a criminal case.",
    "The crossing of the river took two hours.",
])
def test_fire_or_a_case_opened_near_a_crossing_is_no_opening(text):
    assert sentence_kind(text) != "other"


def test_a_checkpoint_that_started_operating_gives_a_draft_of_its_day():
    (d,) = extract_text("date 2022-05-11\nOn May 10 a new check-point near Dostuk started "
                        "operating.\n")
    assert d["title"].startswith("Border closed or opened") and d["date_start"] == "2022-05-10"


@pytest.mark.parametrize("text", [
    "A meeting on the grazing dispute took place at the post on Monday.",
    "On Friday a meeting was held between the two border services.",
    "Meetings of the commanders have been held twice.",
])
def test_a_meeting_that_took_place_or_was_held_is_an_agreement_kind(text):
    assert sentence_kind(text) == "agreement"


def test_a_meeting_room_held_by_guards_is_no_meeting():
    assert sentence_kind("The meeting room was held by guards for an hour.") is None


def test_a_dated_meeting_gives_an_agreement_draft():
    (d,) = extract_text("date 2022-05-11\nA meeting of local officials took place near "
                        "Dostuk on May 10.\n")
    assert (d["sub_event_type"], d["date_start"]) == ("Agreement", "2022-05-10")


def test_new_terms_of_crossing_are_a_border_status_of_their_own():
    from geoconflict.extract._border_moves import border_move
    text = "On May 1 the commission adopted a new procedure for crossing the border."
    assert sentence_kind(text) == "other" and border_move(text) == "rules"
    assert border_move("The checkpoint reopened on May 1.") == "open"
    assert sentence_kind("The procedure took an hour.") is None


def test_new_terms_of_crossing_join_no_opening_and_borrow_no_place():
    drafts = extract_text("date 2022-05-11\nUzbekistan has reopened the checkpoint near "
                          "Dostuk. On May 1 the commission adopted stricter rules for crossing "
                          "the border.\n")
    assert len(drafts) == 2
    rules = next(d for d in drafts if d["date_start"] == "2022-05-01")
    assert not [s for s in rules.get("locations", []) if s.get("place")]


@pytest.mark.parametrize("text", [
    "Kyrgyzstan sent dozens of armed border guards to the frontier.",
    "The ministry is moving special forces units into the disputed area.",
])
def test_forces_sent_to_the_border_are_a_deployment(text):
    assert sentence_kind(text) == "other"
    assert classify([text], "other").reason == "troops or hardware deployed"


def test_officials_sent_or_residents_moved_are_no_deployment():
    assert sentence_kind("The ministry sent two officials to the border.") is None
    assert sentence_kind("Police moved the residents to the village.") is None


def test_a_development_in_answer_to_another_is_an_incident_of_its_own():
    drafts = extract_text("date 2022-05-11\nOn May 9 Uzbek armoured vehicles appeared at the "
                          "border near Dostuk. Kyrgyzstan responded by sending border guards "
                          "to the frontier.\n")
    assert len(drafts) == 2
    assert all(d["sub_event_type"] == "Other" for d in drafts)


def test_troops_sent_in_answer_to_a_raid_are_part_of_its_story():
    drafts = extract_text("date 2022-05-11\nOn May 9 gunmen attacked the border post near "
                          "Dostuk, killing two guards. In response, the army deployed a force "
                          "of 300 to the area.\n")
    assert len(drafts) == 1 and drafts[0]["event_type"] == "Battles"


def test_goods_held_are_a_border_move_of_their_own():
    from geoconflict.extract._border_moves import border_move
    assert border_move("Since May 18 it has not permitted cargo to pass through.") == "goods"
    assert border_move("Only trucks are allowed to pass through the checkpoint.") == ""
    assert border_move("It closed the border and halted freight trains.") == "close"


def test_a_blockade_of_goods_does_not_join_a_closing_of_the_border():
    drafts = extract_text("date 2022-05-24\nUzbekistan has closed its border with Tajikistan "
                          "near Dostuk. Since May 18 Uzbekistan has not permitted cargo trucks "
                          "to pass through to Khatlon.\n")
    assert len(drafts) == 2


def test_goods_let_through_a_reopened_crossing_are_part_of_its_opening():
    drafts = extract_text("date 2022-05-24\nOn May 20 Uzbekistan reopened the checkpoint near "
                          "Dostuk. Only trucks are allowed to pass through the checkpoint.\n")
    assert len(drafts) == 1


def test_an_earlier_act_set_beside_the_news_is_a_draft_of_its_own_with_no_borrowed_place():
    drafts = extract_text("date 2022-07-11\nTajikistan released eleven Kyrgyz citizens near "
                          "Dostuk. The release came as on June 3 Kyrgyzstan released eleven "
                          "Tajik nationals.\n")
    by_day = {d["date_start"]: d for d in drafts}
    assert set(by_day) == {"2022-07-11", "2022-06-03"}
    assert not [s for s in by_day["2022-06-03"].get("locations", []) if s.get("place")]
    assert [s["place"] for s in by_day["2022-07-11"]["locations"] if s.get("place")]


def test_the_border_violated_is_a_development():
    text = "On May 6 guards detected persons violating the state border near Dostuk."
    assert sentence_kind(text) == "other"
    assert classify([text], "other").reason == "border violated"
    assert sentence_kind("The violation of the rules was noted.") is None


@pytest.mark.parametrize("text", [
    "The two sides exchanged accusations with officials.",
    "A video released by the border guards showed the post.",
    "Officials returned to Osh with the soldiers.",
])
def test_accusations_exchanged_or_a_video_released_by_guards_are_no_release(text):
    assert sentence_kind(text) is None


def test_captives_swapped_or_given_back_are_a_release():
    assert sentence_kind("The sides exchanged detained citizens on Monday.") == "other"
    assert sentence_kind("Tajikistan returned two Kyrgyz soldiers.") == "other"


@pytest.mark.parametrize("text", [
    "Hundreds of security forces were sent to the enclave on Monday.",
    "The ministry sent police and troops to the Uzbek enclave of Sokh.",
])
def test_forces_sent_to_an_enclave_or_told_as_sent_are_a_deployment(text):
    assert sentence_kind(text) == "other"


def test_a_letter_sent_or_protesters_sent_away_are_no_deployment():
    assert sentence_kind("A letter was sent to the ministry.") is None
    assert sentence_kind("Police sent the protesters to the district office.") is None


def test_forces_deployed_are_a_border_move_that_joins_no_closing():
    from geoconflict.extract._border_moves import border_move
    assert border_move("Troops were deployed along the border near Dostuk.") == "deploy"
    assert border_move("Uzbekistan closed the border and deployed troops.") == "close"
    drafts = extract_text("date 2022-06-01\nTroops were sent to the border near Dostuk. "
                          "Uzbekistan closed the border with Kyrgyzstan in April.\n")
    assert len(drafts) == 2


def test_a_region_holding_a_district_named_beside_it_is_no_second_stop():
    (d,) = extract_text("date 2021-02-24\nOn February 22 guards detained two men in the "
                        "Leilek district of the Batken region.\n")
    stops = [s["place"] for s in d["locations"] if s.get("place")]
    assert stops == ["kg-leilek-district"]
    assert "kg-batken-region" in [m["place"] for m in d.get("mentioned_places", [])]


@pytest.mark.parametrize("text", [
    "Passage via the two crossings has been temporarily restricted for people and cargo.",
    "Movement across the border was restricted on Monday.",
    "The Tajik side suspended the passage of citizens and cargo at the crossing.",
    "The government restricted the movement of vehicles near the border.",
])
def test_passage_restricted_or_suspended_is_a_border_status(text):
    assert sentence_kind(text) == "other"
    assert classify([text], "other").reason == "border closed or opened"


@pytest.mark.parametrize("text", [
    "Access to the report was restricted.",
    "The restricted area lies far from the border.",
])
def test_other_things_restricted_are_no_border_status(text):
    assert sentence_kind(text) is None


@pytest.mark.parametrize("text", [
    "A conflict occurred between residents of two villages on Monday.",
    "A conflict broke out over the road.",
    "A confrontation between local residents lasted an hour.",
])
def test_a_conflict_that_occurred_between_neighbours_is_mob_violence(text):
    assert sentence_kind(text) == "violence"
    assert classify([text], "violence").sub_event_type == "Mob violence"


def test_the_conflict_named_as_a_topic_is_no_event():
    assert sentence_kind("The conflict over water has deep roots.") is None


def test_a_meeting_being_held_is_an_agreement_kind():
    assert sentence_kind("The border representatives are holding a meeting today.") == \
        "agreement"


@pytest.mark.parametrize("text", [
    "Guards began demarcation of the border in Ak-Sai village.",
    "A meeting of the two border services was held in Ak-Sai.",
    "Border representatives held a meeting in Ak-Sai.",
])
def test_demarcation_begun_or_a_meeting_held_is_an_agreement_draft_of_its_own(text):
    (d,) = extract_text("date 2019-09-11\n" + text + "\n")
    assert (d["sub_event_type"], d["date_start"]) == ("Agreement", "2019-09-11")


def test_talk_of_talks_starts_no_draft():
    assert extract_text("date 2019-09-11\nThe two sides have discussed demarcation for "
                        "years.\n") == []


def test_stones_thrown_during_talks_are_violence_not_an_agreement():
    assert sentence_kind("During the negotiations, residents threw stones at the guards.") \
        == "violence"
    assert sentence_kind("The negotiations ended without a result.") == "agreement"


def test_officials_meeting_the_protesters_is_no_agreement():
    assert sentence_kind("Officials met with the protesters on Monday.") is None
    assert sentence_kind("The ministers met with their counterparts in Osh.") == "agreement"


@pytest.mark.parametrize("text", [
    "Traffic on the Osh-Batken road was restricted because of a landslide.",
    "Journalists shot footage of residents of Ak-Sai.",
    "A meeting with the families of the victims was held in Batken.",
    "The governor met with the residents of Kok-Tash.",
    "Conflicts between residents over water are common.",
])
def test_a_road_slide_footage_shot_and_meetings_with_residents_tell_no_incident(text):
    assert sentence_kind(text) is None
