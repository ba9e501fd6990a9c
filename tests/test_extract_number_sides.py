"""The side a count belongs to: the reporting country, its group or place, an attribution
before or after it (or after a quote), the country nearest it, a side that has or heads
its figures, one per named side "on each side", a total for "both sides"."""

import pytest

from geoconflict.extract.numbers import find_counts


def counts(text):
    return [(c.value, c.role, c.qualifier, c.side) for c in find_counts(text, 0, len(text))]


def test_sides_from_the_reporting_country():
    text = "Kyrgyzstan reported at least 30 fatalities and Tajikistan said 25."
    assert counts(text) == [(30, "killed", "at_least", "KG"), (25, "killed", "", "TJ")]
    assert counts(text)[1] and find_counts(text, 0, len(text))[1].inherited


def test_sides_from_the_group_and_the_place():
    c = find_counts("Five Tajik soldiers died.", 0, 24)[0]
    assert (c.value, c.role, c.group, c.side) == (5, "killed", "soldiers", "TJ")
    text = "Nine people were killed in Kyrgyzstan."
    assert counts(text) == [(9, "killed", "", "KG")]


@pytest.mark.parametrize("text, expected", [
    ("Four citizens of Tajikistan were wounded.", [(4, "injured", "", "TJ")]),
    ("Two Kyrgyzstanis died in hospital.", [(2, "killed", "", "KG")]),
    ("According to the Tajik side, 3 people were wounded.", [(3, "injured", "", "TJ")]),
    ("Uzbekistan said its 5 injured guards were in hospital.", [(5, "injured", "", "UZ")]),
    ("Medics in Kyrgyzstan reported 7 wounded and 2 dead.",
     [(7, "injured", "", "KG"), (2, "killed", "", "KG")]),
    ("One Kyrgyz guard was killed and two were hurt.",
     [(1, "killed", "", "KG"), (2, "injured", "", "KG")]),
])
def test_sides_in_any_position(text, expected):
    assert counts(text) == expected


def test_one_on_each_side_is_one_per_named_side():
    text = "Uzbek and Kyrgyz guards fired at each other, and one was hurt on each side."
    assert sorted(counts(text)) == [(1, "injured", "", "KG"), (1, "injured", "", "UZ")]


def test_both_sides_is_a_total_not_per_side():
    assert counts("Ten people were killed on both sides.") == [(10, "killed", "", "")]


@pytest.mark.parametrize("text, expected", [
    ("One of its men was killed, the Kyrgyz border service said.", [(1, "killed", "", "KG")]),
    ("One of the Uzbek guards was hurt.", [(1, "injured", "", "UZ")]),
    ("Three guards were wounded, the Tajik side said.", [(3, "injured", "", "TJ")]),
    ("Three Uzbek guards were wounded, the Tajik side said.", [(3, "injured", "", "UZ")]),
])
def test_sides_by_attribution_at_the_end_and_one_of_its_men(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Two soldiers were killed at the Tajik post.", [(2, "killed", "", "TJ")]),
    ("Three guards were wounded at an Uzbek checkpoint.", [(3, "injured", "", "UZ")]),
    ("Four people died on the Kyrgyz side.", [(4, "killed", "", "KG")]),
    ("Two guards were wounded at the post.", [(2, "injured", "", "")]),
])
def test_the_side_of_the_place_where_victims_were_hit(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Kyrgyz Defence Ministry said Tajik forces lost 10 men.", [(10, "killed", "", "TJ")]),
    ("Tajikistan said Kyrgyz shelling killed 10 of its citizens.", [(10, "killed", "", "TJ")]),
])
def test_the_country_nearest_the_count_that_tells_or_bears_it_gives_the_side(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Tajik side has two wounded.", [(2, "injured", "", "TJ")]),
    ("The Kyrgyz side suffered 3 dead.", [(3, "killed", "", "KG")]),
    ("Kyrgyzstan: 24 dead, 87 injured.", [(24, "killed", "", "KG"), (87, "injured", "", "KG")]),
    ("The death toll of clashes at the Kyrgyzstan-Tajikistan border has risen to 46.",
     [(46, "killed", "", "")]),  # "has" here is no side's
])
def test_a_side_that_has_or_heads_its_figures(text, expected):
    assert counts(text) == expected


def test_others_after_a_side_are_of_that_side():
    assert counts("The Tajik side lost one guard, while three others were wounded.") == [
        (1, "killed", "", "TJ"), (3, "injured", "", "TJ")]


@pytest.mark.parametrize("text, side", [
    ("“Two of our men were wounded,” the Kyrgyz border service said.", "KG"),
    ("\"Three of our citizens died,\" a Tajik official told reporters.", "TJ"),
    ("Two guards were wounded, said the Kyrgyz border service.", "KG"),
    ("Two guards were wounded, Kyrgyzstan's border service said in a statement.", "KG"),
    ("Two guards were wounded, according to a statement by the Tajik border service.", "TJ"),
    ("According to Bishkek, two guards were wounded.", "KG"),
    ("Two guards were wounded, an agency reported, citing the Tajik border service.", "TJ"),
])
def test_attribution_after_a_quote_inverted_with_a_capital_or_citing(text, side):
    assert [c[3] for c in counts(text)] == [side]
