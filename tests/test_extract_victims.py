"""One victim told after an active verb, with the place or country they are of."""

import pytest

from geoconflict.extract.numbers import find_counts


def counts(text):
    return [(c.value, c.role, c.side) for c in find_counts(text, 0, len(text)) if c.role]


@pytest.mark.parametrize("text, expected", [
    ("Guards killed a citizen of Tajikistan near the post.", [(1, "killed", "TJ")]),
    ("Soldiers wounded a resident of Uzbekistan at the canal.", [(1, "injured", "UZ")]),
    ("Soldiers wounded a resident of the Kyrgyz village.", [(1, "injured", "KG")]),
])
def test_a_victim_of_a_named_country_after_the_verb(text, expected):
    assert counts(text) == expected


def test_a_noun_with_of_and_no_name_is_no_victim():
    assert counts("Guards detained a man of about forty.") == []


@pytest.mark.parametrize("text, expected", [
    ("Guards shot a young Kyrgyz woman at the canal.", [(1, "injured", "KG")]),
    ("Guards shot a man dead at the river.", [(1, "killed", "")]),
    ("Abdukaharova was wounded and taken to hospital.", [(1, "injured", "")]),
    ("Three Tajiks were wounded and taken to hospital, where they died.",
     [(3, "killed", "TJ")]),
    ("Two guards were wounded and later they left the hospital.", [(2, "injured", "")]),
])
def test_shot_a_person_a_named_victim_and_the_wounded_who_died(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text", ["He shot a video of the post.",
                                  "Bishkek was hurt by the decision."])
def test_a_video_shot_or_a_city_hurt_counts_nobody(text):
    assert counts(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Guards shot a man dead, officials said.", [(1, "killed", "")]),
    ("Guards killed a citizen of the Republic of Uzbekistan.", [(1, "killed", "UZ")]),
    ("Ulan Mamatov, 25, was killed at the post.", [(1, "killed", "")]),
])
def test_shot_dead_at_a_clause_end_the_republic_of_and_an_age(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text", ["A man of about forty was detained at the post.",
                                  "A woman aged 35 was detained."])
def test_an_age_is_no_count_of_the_held(text):
    assert [c for c in counts(text) if c[0] > 1] == []


def test_one_of_the_wounded_who_died_is_a_death():
    assert counts("Ten were wounded, one of whom died in hospital.") == [
        (10, "injured", ""), (1, "killed", "")]
    assert counts("Ten were wounded, two of them seriously.") == [(10, "injured", "")]
