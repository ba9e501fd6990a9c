"""An incident's totals: the sides summed, each side's latest figure, increments added."""

import pytest

from geoconflict.extract import extract_text

HEAD = "date 2021-05-02\n"


def _toll(text: str, field: str = "fatalities") -> dict:
    (d,) = extract_text(HEAD + text)
    return d.get(field, {})


def _figures(text: str) -> set[tuple[str, int, str]]:
    (d,) = extract_text(HEAD + text)
    return {(f["role"], f["value"], f.get("side", "")) for f in
            d["reports"][0]["claims"]["figures"]}


def test_the_sides_are_summed():
    text = ("Yesterday clashes near Ak-Sai killed 3 Kyrgyz guards. "
            "Tajikistan said 2 of its guards were killed in the clashes near Ak-Sai.")
    assert _toll(text) == {"low": 5, "best": 5, "high": 5}


def test_a_sides_latest_figure_counts():
    text = ("Yesterday clashes near Ak-Sai killed 3 Kyrgyz guards and 2 Tajik guards. "
            "Later Kyrgyzstan said 4 of its guards were killed near Ak-Sai.")
    assert _toll(text)["best"] == 6


@pytest.mark.parametrize("text, field, best", [
    ("Yesterday clashes near Ak-Sai killed 3 villagers. "
     "Rescuers found 2 more bodies near Ak-Sai.", "fatalities", 5),
    # one victim, and more of its side
    ("Yesterday guards shot dead a Tajik farmer near Ak-Sai. "
     "Another two Tajiks died of their wounds in hospital.", "fatalities", 3),
    ("Yesterday villagers near Ak-Sai took hostage four Tajik drivers. "
     "Two more Tajiks were held hostage overnight near Ak-Sai.", "detained", 6),
    # the other side's first: one Kyrgyz and one Tajik dead
    ("Yesterday a Kyrgyz guard was killed near Ak-Sai. Tajik officials said one more Tajik "
     "guard had died near Ak-Sai.", "fatalities", 2),
    # no toll before it: the increment makes none
    ("Yesterday two guards were wounded near Ak-Sai. "
     "Rescuers found 2 more bodies near Ak-Sai.", "fatalities", None),
])
def test_an_increment_adds_to_the_toll_told_before_it(text, field, best):
    assert _toll(text, field).get("best") == best


def test_nobody_hurt_is_zero():
    text = "Yesterday border guards fired warning shots near Ak-Sai; nobody was injured."
    assert _toll(text, "injured") == {"low": 0, "best": 0, "high": 0}


def test_a_tally_over_years_is_not_the_incidents_toll():
    text = ("Yesterday a mine killed 2 shepherds near Ak-Sai. "
            "More than 70 people have been killed by mines since 2000.")
    assert _toll(text)["best"] == 2


def test_groups_listed_under_one_verb_add_up():
    text = "Yesterday two guards and three herders were killed in a clash near Ak-Sai."
    assert _toll(text)["best"] == 5


def test_two_figures_given_as_alternatives_do_not_add_up():
    text = "Yesterday two or three herders were killed in a clash near Ak-Sai."
    assert _toll(text)["best"] == 3


def test_a_breakdown_after_including_is_no_addition():
    text = ("Yesterday four people, including three guards and one herder, were killed in "
            "a clash near Ak-Sai.")
    assert _toll(text)["best"] == 4


def test_one_on_each_side_gives_a_figure_per_side():
    text = ("Yesterday Kyrgyz and Tajik guards traded fire near Ak-Sai, wounding one man "
            "on each side.")
    assert _toll(text, "injured")["best"] == 2


def test_the_hospitalized_are_no_injured_total():
    text = "Yesterday after a fight near Ak-Sai three herders were hospitalized."
    (d,) = extract_text(HEAD + text)
    assert "injured" not in d
    figures = d["reports"][0]["claims"]["figures"]
    assert [(f["role"], f["value"]) for f in figures] == [("hospitalized", 3)]


def test_hundreds_give_no_total_but_stay_a_figure():
    text = "Yesterday clashes near Ak-Sai left hundreds of people injured."
    (d,) = extract_text(HEAD + text)
    assert "injured" not in d
    (f,) = d["reports"][0]["claims"]["figures"]
    assert (f["role"], f["qualifier"]) == ("injured", "at_least")


def test_hundreds_beside_a_number_leave_the_number():
    text = ("Yesterday clashes near Ak-Sai left 40 dead and hundreds of people injured, "
            "and 55 wounded.")
    assert _toll(text, "injured")["best"] == 55


def test_figures_told_by_a_pronoun_take_the_side_told_before():
    text = ("Yesterday clashes near Ak-Sai went on. Kyrgyzstan reported 5 deaths. "
            "It added that 20 people had been injured.")
    (d,) = extract_text(HEAD + text)
    figures = {(f["role"], f["value"], f.get("side")) for f in
               d["reports"][0]["claims"]["figures"]}
    assert ("injured", 20, "KG") in figures


def test_a_side_that_raises_its_toll_counts_with_its_latest_figure():
    text = ("date 2021-05-02\nClashes broke out near Ak-Sai on April 29.\nKyrgyzstan said 24 "
            "of its citizens were killed.\nLater Kyrgyzstan raised its death toll to 36.\n"
            "Tajikistan said 19 of its citizens died.\n")
    (d,) = extract_text(text)
    assert d["fatalities"]["best"] == 36 + 19


def test_another_of_the_same_role_in_one_sentence_adds_up():
    assert _toll("Two guards were killed near Ak-Sai on Monday and another two were killed "
                 "there on Tuesday.\n")["best"] == 4


def test_a_sum_told_for_the_clashes_is_their_toll_not_a_tally():
    text = ("Yesterday fighting broke out near Ak-Sai. In total, 12 people died in the "
            "clashes.\n")
    assert _toll(text)["best"] == 12


def test_a_sum_told_of_no_event_is_a_tally():
    text = ("Yesterday a mine killed 2 shepherds near Ak-Sai. So far 70 people have been "
            "killed by mines.\n")
    assert _toll(text)["best"] == 2


def test_a_figure_after_figures_per_side_takes_no_side():
    text = ("Yesterday at least 5 Kyrgyz and 4 Tajik guards were killed near Ak-Sai, and "
            "30 were wounded.\n")
    figures = _figures(text)
    assert ("injured", 30, "") in figures


def test_a_pronoun_after_an_adverb_takes_the_side_told_before():
    text = ("Yesterday clashes near Ak-Sai went on. Tajikistan said 9 of its guards were "
            "killed. Later its health ministry said 20 people had been injured.\n")
    figures = _figures(text)
    assert ("injured", 20, "TJ") in figures
