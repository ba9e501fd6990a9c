"""An incident whose own sentences name no place is set where a sentence told among them
(with no cue and no date of its own) names its scene."""

from __future__ import annotations

from geoconflict.extract.pipeline import extract_text


def test_a_clash_is_set_where_the_sentence_after_its_lede_names_the_scene():
    text = ("date 2019-07-25\nAnother clash on the border took place on July 22.\n"
            "Villagers had wanted to put up a flag near the Vorukh sign.\n"
            "The two crowds threw stones at each other and three people were hurt.\n")
    (d,) = extract_text(text)
    assert [s["place"] for s in d["locations"]] == ["tj-vorukh"]
    assert not d["locations"][0]["match"].startswith("borrowed")
    assert d["date_start"] == "2019-07-22"


def test_a_home_named_among_the_sentences_is_no_scene():
    text = ("date 2019-07-25\nAnother clash on the border took place on July 22.\n"
            "Residents of Vorukh had come out with shovels.\n"
            "The two crowds threw stones at each other and three people were hurt.\n")
    (d,) = extract_text(text)
    assert "tj-vorukh" not in [s["place"] for s in d["locations"]]


def test_a_valley_shared_by_three_countries_is_no_scene():
    text = ("date 2019-07-25\nAnother clash on the border took place on July 22.\n"
            "Water is scarce everywhere in the Fergana Valley.\n"
            "The two crowds threw stones at each other and three people were hurt.\n")
    (d,) = extract_text(text)
    assert d["locations"] == []


def test_a_sentence_of_another_incident_is_not_taken():
    text = ("date 2019-07-25\nAnother clash on the border took place on July 22.\n"
            "On July 23 guards detained two men near Ak-Sai.\n"
            "The two crowds threw stones at each other and three people were hurt.\n")
    drafts = extract_text(text)
    clash = next(d for d in drafts if d["date_start"] == "2019-07-22")
    # (it may borrow the detention's place, said so, but does not take its sentence)
    assert all(s["match"].startswith("borrowed") for s in clash["locations"])


def test_reinforcements_told_amid_an_undated_clash_are_part_of_it():
    text = ("date 2022-03\nGuards of the two countries exchanged fire near Ak-Sai.\n"
            "The service told reporters about it.\nThe Tajik guards had moved to a new line.\n"
            "Reinforcement forces came to the Tajik border guards.\n"
            "The Kyrgyz guards did not let them pass.\nThey stood their ground for an hour.\n"
            "The shootout lasted ten minutes and two guards were wounded.\n")
    (d,) = extract_text(text)
    assert d["event_type"] == "Battles"



def test_reinforcements_with_no_clash_around_them_are_their_own_development():
    (d,) = extract_text("date 2022-03\nReinforcements were sent to the border near Vorukh.\n")
    assert d["event_type"] == "Strategic developments"
