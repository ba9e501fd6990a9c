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
