"""Rules found on the fresh English dev corpora en-dev3 and en-dev4, each tested on
sentences of our own, with near sentences where the rule must not fire."""

import pytest

from geoconflict.extract.pipeline import analyse, read_article


def _sides(text: str) -> list[list[tuple[int, str, str]]]:
    art = analyse(read_article("date 2020-05-10\n" + text, "t.txt"))
    return [[(c.value, c.role, c.side) for c in f.counts if c.role] for f in art.facts]


def test_victims_told_as_the_result_of_fire_are_of_its_target():
    assert _sides("Tajik guards opened mortar fire in the direction of the Kyrgyz posts. "
                  "As a result, three soldiers and a local resident were injured.") == [
        [], [(3, "injured", "KG"), (1, "injured", "KG")]]
    assert _sides("Uzbek guards fired at Kyrgyz shepherds, wounding two men.") == [
        [(2, "injured", "KG")]]


@pytest.mark.parametrize("text", [
    # the target names no country, or two
    "Uzbek guards opened fire at the border from Kyrgyz territory. As a result, two men "
    "were injured.",
    "Guards opened fire at Tajik and Kyrgyz herders, wounding two men.",
    # the next sentence tells no result of that fire
    "Uzbek guards opened fire at Kyrgyz shepherds. Later, two men were injured.",
    # shot on a side is no fire at a target
    "A man was shot dead on the Kyrgyz side, wounding two men.",
])
def test_no_side_from_fire_with_no_one_target_or_no_result(text):
    assert all(side == "" for sent in _sides(text) for _, role, side in sent
               if role == "injured")


def test_victims_with_a_side_of_their_own_keep_it():
    assert _sides("Kyrgyz guards opened fire at Tajik herders. As a result, two Kyrgyz "
                  "guards were injured.")[1] == [(2, "injured", "KG")]


def _counts(text: str) -> list[tuple[int, str, str]]:
    from geoconflict.extract.numbers import find_counts
    return [(c.value, c.role, c.side) for c in find_counts(text, 0, len(text)) if c.role]


@pytest.mark.parametrize("text, expected", [
    ("The 35-year-old driver of a lorry was injured in the shooting.", [(1, "injured", "")]),
    ("The 50-year-old Tajik shepherd was killed.", [(1, "killed", "TJ")]),
    ("A driver of the bus was wounded.", [(1, "injured", "")]),
])
def test_one_victim_told_anew_by_an_age_or_by_what_he_was(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The driver was injured.", []),  # one told before: not counted again
    ("The 30-year-old guard detained two smugglers.", [(2, "detained", "")]),  # the doer
])
def test_the_victim_told_before_and_the_doer_are_no_new_victim(text, expected):
    assert _counts(text) == expected


_CLASH = "Tajik guards fired at a Kyrgyz truck on Monday, wounding the driver. "


def _kinds(text: str) -> list[str]:
    art = analyse(read_article("date 2020-05-10\n" + _CLASH + text, "t.txt"))
    return [inc.kind for inc in art.incidents]


@pytest.mark.parametrize("text", [
    "Then a meeting took place between the representatives of the border services.",
    "A meeting of the border services of the two countries took place.",
    "The border representatives held phone conversations, and then a meeting at the scene.",
])
def test_a_meeting_of_officials_told_as_held_is_an_act_but_after_a_clash_part_of_it(text):
    # alone, the meeting is an act of its own ...
    alone = analyse(read_article("date 2020-05-10\n" + text, "t.txt")).incidents
    assert [inc.kind for inc in alone] == ["agreement"]
    # ... told after the clash it settles, the end of the clash's story (the corpus keys
    # fold it into the clash's notes: _fold_talks)
    (clash,) = analyse(read_article("date 2020-05-10\n" + _CLASH + text, "t.txt")).incidents
    assert clash.kind == "violence" and [f.text for f in clash.followups] == [text]


@pytest.mark.parametrize("text", [
    "A meeting of representatives of two villages took place later.",  # their quarrel's story
    "No meeting took place between border officials.",
    "A meeting will take place next week.",
    "They have not held talks.",
    "He was holding a phone in his hand.",
])
def test_no_meeting_of_officials_held_starts_no_incident(text):
    assert _kinds(text) == ["violence"]


@pytest.mark.parametrize("text, expected", [
    ("No wounded or injured on the Uzbek side were reported.", [(0, "injured", "UZ")]),
    ("There are no wounded among the guards.", [(0, "injured", "")]),
    ("Officials said there were no dead.", [(0, "killed", "")]),
])
def test_no_wounded_and_no_dead_as_nouns_are_a_nil_toll(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text", [
    "No wounded soldiers were evacuated by helicopter.",  # the word qualifies a noun
    "Guards said no dead bodies were found.",
])
def test_no_wounded_before_a_noun_is_no_nil_toll(text):
    assert _counts(text) == []


@pytest.mark.parametrize("text, expected", [
    ("One of them was killed and the other was badly wounded.",
     [(1, "killed", ""), (1, "injured", "")]),
    ("One of them was shot dead and one other was hurt.",
     [(1, "killed", ""), (1, "injured", "")]),
    ("Guards detained three men; one of them was later wounded.", None),
])
def test_one_of_them_and_the_other_are_one_victim_each(text, expected):
    got = _counts(text)
    if expected is None:  # the one of them is told after the three detained
        assert (1, "injured", "") in got and (3, "detained", "") in got
    else:
        assert got == expected


@pytest.mark.parametrize("text, expected", [
    ("One guard was killed and the other side denied it.", [(1, "killed", "")]),
    ("One of them said the guards were detained.", []),
])
def test_the_other_side_and_one_of_them_speaking_are_no_victims(text, expected):
    assert _counts(text) == expected


_HELD = "Seven Kyrgyz citizens were detained in Tajikistan on Monday. "


def _kinds_after_detention(text: str) -> list[str]:
    art = analyse(read_article("date 2020-05-10\n" + _HELD + text, "t.txt"))
    return [inc.kind for inc in art.incidents]


@pytest.mark.parametrize("text", [
    "The parties hold negotiations over an exchange of the detainees.",
    "Negotiations are underway to bring them home.",
])
def test_talks_told_as_going_on_are_an_act_but_after_a_detention_part_of_it(text):
    alone = analyse(read_article("date 2020-05-10\n" + text, "t.txt")).incidents
    assert [inc.kind for inc in alone] == ["agreement"]
    # (the talks that settle a detention are the end of its story: _fold_talks)
    (held,) = analyse(read_article("date 2020-05-10\n" + _HELD + text, "t.txt")).incidents
    assert held.kind == "other" and [f.text for f in held.followups] == [text]


@pytest.mark.parametrize("text", [
    "The parties will hold negotiations over an exchange.",
    "The sides agreed to hold talks.",
    "They did not hold talks.",
])
def test_talks_planned_or_denied_start_no_incident(text):
    assert _kinds_after_detention(text) == ["other"]


def _drafts(text: str) -> list[tuple[str, list[str]]]:
    from geoconflict.extract.pipeline import extract_text
    return [(d["sub_event_type"], [s["place"] for s in d.get("stops", [])])
            for d in extract_text("date 2019-07-25\n" + text)]


_REOPENED = "Traffic on the Batken — Isfana and Isfara — Vorukh roads was resumed."
_OLDER = ("The border service reported.\n\nThe situation is stable.\n\nAnother clash on the "
          "border occurred on July 22. The sides began to throw stones at each other.")


def test_traffic_resumed_on_a_road_is_a_development_and_lends_no_road_ends():
    from geoconflict.extract.events import sentence_kind
    assert sentence_kind(_REOPENED) == "other"
    assert sentence_kind("Traffic on the road was restored.") == "other"
    # the roads' ends are no scene, of the reopening nor of the clash told beside it
    assert sorted(_drafts(_REOPENED + " " + _OLDER)) == [("Mob violence", []), ("Other", [])]
    art = analyse(read_article("date 2019-07-25\n" + _REOPENED + " " + _OLDER, "t.txt"))
    clash = next(inc for inc in art.incidents if inc.kind == "violence")
    assert clash.borrowed == []


def test_a_clash_told_beside_a_development_at_a_scene_borrows_its_place():
    art = analyse(read_article("date 2019-07-25\nGuards closed the checkpoint at Ak-Sai. "
                               + _OLDER, "t.txt"))
    clash = next(inc for inc in art.incidents if inc.kind == "violence")
    assert [p.place.id for p in clash.borrowed] == ["kg-ak-sai"]


@pytest.mark.parametrize("text", ["Traffic was heavy on the road.",
                                  "The movement of the protesters was restored.",
                                  "Talks were resumed."])
def test_no_traffic_let_through_no_reopening(text):
    from geoconflict.extract.events import sentence_kind
    assert sentence_kind(text) != "other"


def test_the_ends_of_two_roads_told_at_once_are_no_scenes():
    from geoconflict.extract.stops import context_role
    art = analyse(read_article("date 2019-07-25\n" + _REOPENED, "t.txt"))
    roles = {m.place.id: context_role(art.doc.text, m, art.facts[0].sentence.start)
             for m in art.mentions if m.place}
    assert set(roles) == {"kg-batken", "kg-isfana", "tj-isfara", "tj-vorukh"}
    assert set(roles.values()) == {"road named after it"}
    art = analyse(read_article("date 2019-07-25\nGuards met in Batken and Isfara.", "t.txt"))
    assert all(context_role(art.doc.text, m, 0 if not art.facts else art.facts[0].sentence.start)
               == "" for m in art.mentions)


def _violence_places(text: str) -> list[str]:
    art = analyse(read_article("date 2021-12-17\n" + text, "t.txt"))
    return [p.place.id for inc in art.incidents if inc.kind == "violence"
            for p in inc.places if p.place]


def test_a_scene_told_before_in_a_sentence_dated_only_by_its_telling_sets_the_incident():
    assert "kg-ak-sai" in _violence_places(
        "BISHKEK, 17.12.2021 (Agency) – Guards noticed a group of herders near the village "
        "of Ak-Sai, the border service said. They asked them to leave. The herders threw "
        "stones at the guards.")


def test_a_scene_told_before_with_a_date_of_its_own_is_not_borrowed_by_an_undated_clash():
    assert "kg-ak-sai" not in _violence_places(
        "In 2015 guards noticed a group of herders near the village of Ak-Sai. They asked "
        "them to leave. The herders threw stones at the guards.")


def _resolved(text: str) -> dict[str, str | None]:
    from geoconflict.extract.toponyms import find_toponyms
    from geoconflict.gazetteer import default_gazetteer
    doc = read_article("date 2021-05-10\n" + text, "t.txt")
    return {m.text: (m.place.id if m.place else None)
            for m in find_toponyms(doc, default_gazetteer())}


def test_a_place_told_as_of_a_country_takes_no_namesake_of_another():
    got = _resolved("Stones were thrown at the Uzbek village of Chashma.")
    assert got["Chashma"] is None  # the gazetteer's Chashma village lies in Tajikistan
    assert _resolved("Stones were thrown at the Tajik village of Chashma.")["Chashma"] == \
        "tj-chashma-lakhsh"


@pytest.mark.parametrize("text, name, pid", [
    ("Residents of the Tajik exclave of Vorukh were hurt.", "Vorukh", "tj-vorukh"),
    # the demonym tells the guards, not the village
    ("Uzbek guards entered the village of Chashma.", "Chashma", "tj-chashma-lakhsh"),
])
def test_the_country_of_the_kind_word_only_narrows_its_own_name(text, name, pid):
    assert _resolved(text)[name] == pid
