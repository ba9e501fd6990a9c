"""Local times of day: finding them, and writing them to the stops of drafts."""

import pytest

from geoconflict.extract.pipeline import extract_text
from geoconflict.extract.times import find_times


@pytest.mark.parametrize("text, time, note", [
    ("Shots were heard at 4.15 in the morning of June 2.", "04:15", "local time"),
    ("The post was hit at 22:40 on June 2.", "22:40", "local time"),
    ("Firing began at 3.00 AM.", "03:00", "local time"),
    ("Firing began at about 6.00 PM.", "18:00", "local time, approximate"),
    ("They left at 11 p.m. local time.", "23:00", "local time"),
    ("They came back at 10 in the evening.", "22:00", "local time"),
    ("Shooting stopped shortly after 4 a.m.", "04:00", "local time, shortly after"),
    ("The convoy arrived at midnight.", "00:00", "local time"),
    ("Guards withdrew at dawn.", "", "at dawn"),
    ("The shelling went on at night.", "", "at night"),
    ("The talks began at 9 am GMT.", "", "09:00 GMT as reported (not converted to local time)"),
])
def test_times_of_day(text, time, note):
    (t,) = find_times(text)
    assert (t.time, t.note) == (time, note)
    assert text[t.start:t.end] in text and t.end > t.start


@pytest.mark.parametrize("text", [
    "The post lies 2.30 km from the river.",
    "Some 1.5 million people live there; the score was 2:1.",
    "Fighting lasted until 6 pm.",
    "Screenshot taken at 10.32.15 AM.",
    "Grain prices rose 12.50 percent.",
])
def test_numbers_that_are_no_times(text):
    assert find_times(text) == []


def _stops(text):
    (d,) = extract_text(text, "t.txt")
    return {s["place"]: s for s in d["locations"]}, d


def test_time_goes_to_the_stop_its_sentence_names_with_evidence():
    text = ("date 2021-06-03\nTwo border guards were killed near Ak-Sai on June 2. "
            "At about 4.15 in the morning gunmen fired on Kok-Tash.\n")
    stops, d = _stops(text)
    kok = stops["kg-kok-tash-batken"]
    assert kok["time"] == "04:15" and kok["time_note"] == "local time, approximate"
    ev = kok["time_evidence"]
    assert text[ev["start"]:ev["end"]] == "about 4.15 in the morning"
    assert ev["sentence"].startswith("At about 4.15")
    assert "time" not in stops["kg-ak-sai"]
    (claim,) = d["reports"][0]["claims"]["times"]
    assert claim["place"] == "kg-kok-tash-batken" and claim["time"] == "04:15"


def test_time_in_the_date_sentence_goes_to_the_primary_stop():
    text = ("date 2021-06-03\nThe attack began at 23:10 on June 2. "
            "Two border guards were killed at the Ak-Sai border post.\n")
    (d,) = extract_text(text, "t.txt")
    primary = next(s for s in d["locations"] if s.get("primary"))
    assert primary["time"] == "23:10"


def test_part_of_day_is_a_note_not_a_time():
    stops, _ = _stops("date 2021-06-03\nAt dawn on June 2 gunmen killed two guards near "
                      "Ak-Sai.\n")
    s = stops["kg-ak-sai"]
    assert "time" not in s and s["time_note"] == "at dawn"


def test_time_of_an_unnamed_post_is_not_given_to_a_named_town():
    text = ("date 2021-06-03\nOn June 2, passing Kok-Tash, gunmen attacked a border post "
            "at 5.00 AM and killed two guards.\n")
    stops, d = _stops(text)
    assert all("time" not in s for s in stops.values())
    (claim,) = d["reports"][0]["claims"]["times"]
    assert "place" not in claim and claim["time"] == "05:00"


def test_timed_stops_are_listed_in_time_order_and_validate(tmp_path):
    from click.testing import CliRunner

    from geoconflict.cli.main import cli

    text = ("date 2021-06-03\nSource: Valley Courier\nOn June 2 gunmen killed a guard at "
            "Kok-Tash at 5.00 AM. Earlier, at 2.30 AM, they had shot at Ak-Sai.\n")
    (d,) = extract_text(text, "t.txt", strict=True)
    assert [(s["place"], s["time"]) for s in d["locations"]] == \
        [("kg-ak-sai", "02:30"), ("kg-kok-tash-batken", "05:00")]
    assert "time_evidence" in d["extra"]["locations[0]"]
    art = tmp_path / "a.txt"
    art.write_text(text, encoding="utf-8")
    res = CliRunner().invoke(cli, ["extract", str(art), "-o", str(tmp_path / "d.yaml"), "-q"])
    assert res.exit_code == 0, res.output
    res = CliRunner().invoke(cli, ["validate", str(tmp_path / "d.yaml")])
    assert res.exit_code == 0, res.output


def test_stop_order_one_day_sorts_several_days_drops_backward_times():
    from geoconflict.extract.times import keep_in_order

    timed = [(0, "23:00"), (2, "02:00")]
    assert keep_in_order(timed, one_day=True) == ([2, 0], set())
    assert keep_in_order(timed, one_day=False) == ([0, 2], {2})
