"""Victims' side from where they live: the country of the place the text ties them to."""

import pytest

from geoconflict.extract import extract_text


def _by_side(body: str) -> dict:
    (d,) = extract_text("date 2019-07-10\n" + body + "\n")
    return d["reports"][0]["claims"].get("by_side")


@pytest.mark.parametrize("body, expected", [
    ("On July 8 four Vorukh residents were hurt in a brawl.", {"TJ": {"injured": 4}}),
    ("On July 8 two residents of the village of Ak-Sai were injured in a brawl.",
     {"KG": {"injured": 2}}),
    ("On July 8 a resident of Sokh was wounded by border guards.", {"UZ": {"injured": 1}}),
    # a place named for another reason gives no side
    ("On July 8 near Vorukh four people were hurt in a brawl.", None),
    ("On July 8 four people were taken to hospital in Isfara after a brawl.", None),
])
def test_sides_from_homes(body, expected):
    assert _by_side(body) == expected
