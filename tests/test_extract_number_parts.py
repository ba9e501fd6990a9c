"""Counts that are parts of a figure told before ("two of them", "including four guards"),
and sides told by who tells the sentence, where the victim lives or what a country counts."""

import pytest

from geoconflict.extract.numbers import find_counts


def counts(text):
    return [(c.value, c.role, c.qualifier, c.side) for c in find_counts(text, 0, len(text))]


@pytest.mark.parametrize("text, expected", [
    # a part of a figure told before is no figure of its own
    ("Officials said nine villagers were hurt, three of them badly.", [(9, "injured", "", "")]),
    ("Six guards were detained, two of whom were officers.", [(6, "detained", "", "")]),
    # a part given with its side, or a part that died, is a figure of its own
    ("The fighting killed 40 people, 25 of them Tajik.",
     [(40, "killed", "", ""), (25, "killed", "", "TJ")]),
])
def test_a_part_of_a_figure(text, expected):
    assert counts(text) == expected


def test_a_part_keeps_its_neighbours_linked():
    text = "Seven Kyrgyz guards were wounded, two of them seriously, and four were killed."
    assert [(v, r, s) for v, r, _, s in counts(text)] == [(7, "injured", "KG"), (4, "killed", "KG")]


def test_side_of_officials_who_put_their_own_toll():
    text = "Tajik officials put their side's death toll at 12, with 40 wounded."
    assert counts(text) == [(12, "killed", "", "TJ"), (40, "injured", "", "TJ")]


@pytest.mark.parametrize("text, expected", [
    ("A trespasser was wounded in the leg (a resident of a village in Tajikistan's north).",
     [(1, "injured", "", "TJ")]),
    ("An intruder was shot dead, a native of the Uzbek town of Rishtan.",
     [(1, "killed", "", "UZ")]),
    # the agent's country is no side of the victim
    ("A poacher was shot dead by Kyrgyz guards.", [(1, "killed", "", "")]),
])
def test_one_victim_and_where_the_victim_lives(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Fighting killed 20 people in Tajikistan and 31 others in Kyrgyzstan.",
     [(20, "killed", "", "TJ"), (31, "killed", "", "KG")]),
    # a clause with no teller of its own is told by the sentence's head
    ("Tajik officials said that nine guards died, while 30 people were wounded.",
     [(9, "killed", "", "TJ"), (30, "injured", "", "TJ")]),
    # not when its head only tells who lost men
    ("Tajikistan lost nine guards, while 30 civilians were wounded.",
     [(9, "killed", "", "TJ"), (30, "injured", "", "")]),
])
def test_sides_after_the_noun_and_from_the_sentence_head(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Officials said nine Tajik citizens, including two guards, were wounded.",
     [(9, "injured", "", "TJ")]),
    ("Four people were killed, including a child and three soldiers.", [(4, "killed", "", "")]),
    # a part given with a side the figure has not is that side's figure
    ("The fighting killed 40 people, including 25 Tajiks.",
     [(40, "killed", "", ""), (25, "killed", "", "TJ")]),
])
def test_who_is_included_in_a_figure_is_no_figure_of_its_own(text, expected):
    assert [c for c in counts(text) if c[1]] == expected


@pytest.mark.parametrize("text, expected", [
    ("A Tajik herder who went missing near the border last week was found dead.",
     [(1, "killed", "", "TJ")]),
    ("A Kyrgyz guard was found dead at his post.", [(1, "killed", "", "KG")]),
])
def test_one_victim_found_dead(text, expected):
    assert counts(text) == expected


def test_a_country_that_counts_or_gives_a_toll_is_its_side():
    text = "Tajikistan says 15 of its citizens died, Kyrgyzstan counts 34 dead."
    assert [c for c in counts(text) if c[1]] == [(15, "killed", "", "TJ"), (34, "killed", "", "KG")]
