"""A border named in the sentence chooses between a name's readings (_toponym_borders)."""

import pytest

from geoconflict.extract._toponym_borders import border_named
from geoconflict.extract.pipeline import extract_text


@pytest.mark.parametrize("sentence, pair", [
    ("on the Uzbek-Kyrgyz border", {"UZ", "KG"}),
    ("along the Kyrgyzstan–Tajikistan frontier", {"KG", "TJ"}),
    ("on the border between Tajikistan and Uzbekistan", {"TJ", "UZ"}),
    ("на кыргызско-таджикской государственной границе", {"KG", "TJ"}),
    ("на киргизско-узбекской границе", {"KG", "UZ"}),
    ("on the Kyrgyz-Tajik and Kyrgyz-Uzbek borders", set()),  # two borders: none chosen
    ("Kyrgyz and Tajik guards met at the border", set()),
])
def test_the_border_a_sentence_names(sentence, pair):
    assert border_named(sentence) == pair


def _stops(text: str) -> list[list[str]]:
    return [[s["place"] for s in d["locations"]] for d in extract_text(text)]


@pytest.mark.parametrize("border, place", [
    ("Kyrgyz-Uzbek border", "kg-dostuk-checkpoint-osh"),  # the Osh-Andijan road crossing
    ("Kyrgyz-Tajik border", "kg-dostuk-border-post"),     # the post in Batken district
])
def test_a_crossing_of_two_namesakes_is_the_one_on_the_border_named(border, place):
    text = f"date 2019-07-03\nThe Dostyk checkpoint on the {border} was closed on Monday.\n"
    assert _stops(text) == [[place]]


def test_a_russian_border_adjective_chooses_the_same_way():
    text = "date 2019-07-03\nВ понедельник закрыт пост «Достук» на {} границе.\n"
    assert _stops(text.format("кыргызско-таджикской")) == [["kg-dostuk-border-post"]]
    assert _stops(text.format("кыргызско-узбекской")) == [["kg-dostuk-checkpoint-osh"]]


def test_a_customs_post_is_a_crossing_of_its_base_name():
    # "Dostyk customs post" (an alias of the Osh crossing) has the base name Dostyk, so the
    # crossing is a reading of "the Dostyk checkpoint" beside the Batken post
    assert _stops("date 2019-07-03\nThe Dostyk checkpoint on the Uzbek-Kyrgyz border "
                  "reopened on Monday.\n") == [["kg-dostuk-checkpoint-osh"]]
