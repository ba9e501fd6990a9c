"""Two names read together: another name of a place in brackets, a crossing told by its
two ends, and the area a place is said to lie in."""

import pytest
from conftest import make_place

from geoconflict.extract._text import Document
from geoconflict.extract.toponyms import find_toponyms
from geoconflict.gazetteer.index import Gazetteer


@pytest.fixture(scope="module")
def gz():
    return Gazetteer([
        make_place("kg-sary", "Sary", 40.10, 70.10, kind="town"),
        make_place("kg-sary-lake", "Sary Reservoir", 40.20, 70.30, kind="reservoir",
                   aliases=("Kök-Suu Reservoir", "Kok-Suu")),
        make_place("kg-tash", "Tash", 40.00, 70.00),
        make_place("tj-kum", "Kum", 39.90, 69.90, country="TJ"),
        make_place("kg-bel", "Bel", 40.50, 71.00, kind="town"),
        make_place("kg-bel-region", "Bel Region", 40.40, 70.80, kind="region",
                   precision_m=100000),
        make_place("kg-bel-suu", "Bel-Suu", 40.51, 71.01),
        make_place("tj-kum-tash-post", "Kum-Tash checkpoint", 39.95, 69.95, country="TJ",
                   kind="checkpoint"),
    ])


def places(text, gaz):
    return [(m.text, m.place.id if m.place else None)
            for m in find_toponyms(Document(text), gaz)]


def test_a_name_in_brackets_before_the_kind_word_is_the_same_place(gz):
    assert places("Water rose at the Kok-Suu (or Sary, as farmers call it) reservoir.", gz) \
        == [("Kok-Suu", "kg-sary-lake"), ("Sary", "kg-sary-lake")]


def test_a_name_in_brackets_with_no_kind_word_after_keeps_its_own_reading(gz):
    assert places("Water rose at Kok-Suu (Sary) and in the fields.", gz) == \
        [("Kok-Suu", "kg-sary-lake"), ("Sary", "kg-sary")]


def test_a_crossing_between_two_ends_is_the_crossing_named_after_them(gz):
    found = places("A checkpoint opened between Tash (Kyrgyzstan) and Kum (Tajikistan).", gz)
    assert ("checkpoint", "tj-kum-tash-post") in found
    ends = [m for m in find_toponyms(Document("A post opened between Tash and Kum."), gz)
            if m.place and m.place.kind != "checkpoint"]
    assert {m.context for m in ends} == {"end of a crossing named after it"}


def test_two_ends_with_no_crossing_of_their_names_stay_as_they_are(gz):
    assert places("A checkpoint opened between Tash and Sary.", gz) == \
        [("Tash", "kg-tash"), ("Sary", "kg-sary")]


def test_a_place_far_from_the_town_it_is_said_to_be_in_is_in_the_area_of_that_name(gz):
    assert places("Shots were fired at the Tash village in Bel.", gz) == \
        [("Tash", "kg-tash"), ("Bel", "kg-bel-region")]


def test_a_place_beside_the_town_it_is_said_to_be_in_keeps_the_town(gz):
    assert places("Shots were fired at Bel-Suu, in Bel.", gz) == \
        [("Bel-Suu", "kg-bel-suu"), ("Bel", "kg-bel")]
