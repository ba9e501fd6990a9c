"""Incident model, YAML loading with located problems, derivation, the CLI (the curated
dataset is tested in test_incidents_curated.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from incidents_fixtures import gazetteer

from geoconflict._errors import IncidentsError
from geoconflict.cli.main import cli
from geoconflict.incidents.derive import derive, stop_geo_precision
from geoconflict.incidents.load import (
    load_incidents,
    parse_incidents,
    save_incidents,
    validate_files,
)
from geoconflict.incidents.model import Estimate, Report, Stop, merge_claims

GAZ = gazetteer()
CURATED = Path(__file__).resolve().parent.parent / "incidents" / "fergana-valley.yaml"

GOOD = """\
- id: t1
  title: A clash
  date_start: 2021-04-28
  date_end: 2021-05-01
  event_type: Battles
  sub_event_type: Armed clash
  locations:
    - place: tj-golovnoy
  reports:
    - outlet: Paper A
      date: 2021-05-02
      claims: {fatalities: 34}
"""


def problems_of(text: str) -> list[str]:
    _, problems = validate_text(text)
    return [str(p) for p in problems]


def validate_text(text: str):
    problems: list = []
    incidents = parse_incidents(text, "f.yaml", GAZ, problems, {})
    return incidents, problems


def one(text: str) -> str:
    found = problems_of(text)
    assert len(found) == 1, found
    return found[0]


# -- loading and problems ---------------------------------------------------------------

def test_good_file_loads_with_counts_from_claims():
    (inc,) = parse_incidents(GOOD, "f.yaml", GAZ)
    assert inc.date_start == date(2021, 4, 28) and inc.date_end == date(2021, 5, 1)
    assert inc.fatalities == Estimate(34, 34, 34)
    assert inc.injured == Estimate()
    assert inc.locations[0].place == "tj-golovnoy"


@pytest.mark.parametrize("old,new,expected", [
    ("place: tj-golovnoy", "place: tj-golovnoi",
     "f.yaml:8: locations[0].place: unknown place id 'tj-golovnoi' — did you mean tj-golovnoy"),
    ("2021-04-28", "2021-02-30",
     "f.yaml:3: date_start: 2021-02-30 is not a real date (day is out of range for month)"),
    ("date_end: 2021-05-01", "date_end: 2021-04-01",
     "f.yaml:4: date_end: 2021-04-01 is before date_start 2021-04-28"),
    ("event_type: Battles", "event_type: Battle",
     "f.yaml:5: event_type: unknown event type 'Battle' — did you mean 'Battles'?"),
    ("sub_event_type: Armed clash", "sub_event_type: Attack",
     "f.yaml:6: sub_event_type: 'Attack' is not a sub-event type of 'Battles' — it belongs to "
     "'Violence against civilians'"),
    ("{fatalities: 34}", "{fatalities: -3}",
     "f.yaml:12: reports[0].claims.fatalities: -3 is negative"),
    ("{fatalities: 34}", "{fatalities: {low: 40, best: 34}}",
     "f.yaml:12: reports[0].claims.fatalities: low 40 > best 34 — low ≤ best ≤ high"),
    ("date: 2021-05-02", "date: 2021-04-02",
     "f.yaml:11: reports[0].date: report dated 2021-04-02, before the incident began"),
    ("date_start: 2021-04-28", "date_start: 2999-04-28",
     "f.yaml:3: date_start: 2999-04-28 is in the future"),
    ("title: A clash", "titel: A clash",
     "f.yaml:2: titel: unknown field — did you mean 'title'?"),
])
def test_each_problem_names_line_field_and_fix(old, new, expected):
    text = GOOD.replace(old, new, 1)
    if "2999" in new:
        text = text.replace("date_end: 2021-05-01", "date_end: 2999-05-01")
        got = problems_of(text)
        assert any(p.startswith(expected) for p in got), got
        return
    if "titel" in new:
        got = problems_of(text)
        assert any(p.startswith(expected) for p in got), got
        return
    assert one(text).startswith(expected)


def test_counts_on_the_incident_checked():
    text = GOOD + "  fatalities: {low: 5, best: 9, high: 7}\n  injured: -2\n"
    got = problems_of(text)
    assert "f.yaml:13: fatalities: best 9 > high 7 — low ≤ best ≤ high" in got
    assert "f.yaml:14: injured: -2 is negative — counts are 0 or more" in got


@pytest.mark.parametrize("coords,message", [
    ("lat: 70.52, lon: 39.93", "lat and lon look swapped — exchange them"),
    ("lat: 51.5, lon: -0.12", "is outside the region — the region is lon 65.5..76.0"),
])
def test_coordinates_outside_or_swapped(coords, message):
    text = GOOD.replace("- place: tj-golovnoy", "- {" + coords + ", source: a map}")
    msg = one(text)
    assert msg.startswith("f.yaml:8: locations[0].lat: (") and message in msg


def test_explicit_coordinates_need_a_source():
    text = GOOD.replace("- place: tj-golovnoy", "- {lat: 39.9, lon: 70.5}")
    assert one(text) == ("f.yaml:8: locations[0].source: explicit coordinates need a source — "
                         "cite where they come from (URL, map, 'ACLED')")


def test_duplicate_ids_across_files(tmp_path):
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    a.write_text(GOOD)
    b.write_text(GOOD)
    _, problems = validate_files([a, b], GAZ)
    assert [str(p) for p in problems] == [
        f"{b}:1: id: duplicate id 't1' (first at {a}:1) — make it unique"]


def test_all_problems_of_a_file_in_one_run():
    bad = (GOOD.replace("2021-04-28", "2021-13-01").replace("tj-golovnoy", "nowhere")
           .replace("Armed clash", "Armed clsh"))
    second = GOOD.replace("id: t1", "id: t2").replace("event_type: Battles", "event_type: X")
    got = problems_of(bad + second)
    assert len(got) == 4, got
    with pytest.raises(IncidentsError) as err:
        parse_incidents(bad + second, "f.yaml", GAZ)
    assert len(err.value.problems) == 4
    assert str(err.value).endswith("4 problems found; nothing was written")


def test_stops_must_be_in_time_order():
    text = GOOD.replace("    - place: tj-golovnoy\n",
                        "    - {place: tj-lakkon-border-post, time: '05:00'}\n"
                        "    - {place: kg-ak-turpak, time: '02:30'}\n")
    assert one(text).startswith("f.yaml:9: locations[1].time: 02:30 is earlier than the "
                                "previous stop's 05:00")


def test_unquoted_times_stay_times():
    text = GOOD.replace("    - place: tj-golovnoy\n",
                        "    - place: tj-golovnoy\n      time: 12:30\n")
    (inc,), problems = validate_text(text)
    assert not problems and inc.locations[0].time == "12:30"


def test_not_yaml_is_a_located_problem():
    got = problems_of("- id: x\n  title: [unclosed\n")
    assert len(got) == 1 and got[0].startswith("f.yaml:3: yaml: not valid YAML")


# -- claims and counts ------------------------------------------------------------------

def test_merge_rule_low_min_best_max_high_max():
    reports = [Report("A", claims={"fatalities": 13}),
               Report("B", claims={"fatalities": {"low": 6, "high": 10}}),
               Report("C", claims={"fatalities": {"low": 55}}),
               Report("D", claims={"injured": 2})]
    assert merge_claims(reports, "fatalities") == Estimate(6, 55, 55)
    assert merge_claims(reports, "injured") == Estimate(2, 2, 2)
    assert merge_claims(reports, "displaced") == Estimate()
    assert merge_claims(reports[:2], "fatalities") == Estimate(6, 13, 13)


def test_explicit_counts_win_and_survive_a_save(tmp_path):
    text = GOOD + "  fatalities: {low: 30, best: 36, high: 40}\n"
    (inc,) = parse_incidents(text, "f.yaml", GAZ)
    assert inc.fatalities == Estimate(30, 36, 40)
    path = save_incidents(tmp_path / "out.yaml", [inc])
    (back,) = load_incidents([path], gazetteer=GAZ, derive=False)
    assert back == inc


# -- derivation -------------------------------------------------------------------------

def test_geo_precision_rule():
    p = GAZ.get
    assert stop_geo_precision(Stop(place="kg-batken"), p("kg-batken")) == 1
    assert stop_geo_precision(Stop(place="kg-batken", relation="near"), p("kg-batken")) == 2
    assert stop_geo_precision(Stop(place="tj-vorukh"), p("tj-vorukh")) == 2  # enclave
    assert stop_geo_precision(Stop(place="tj-golovnoy"), p("tj-golovnoy")) == 2  # ±3 km
    assert stop_geo_precision(Stop(place="tj-sughd"), p("tj-sughd")) == 3
    assert stop_geo_precision(Stop(lat=40, lon=70, explicit=True), None) == 1
    assert stop_geo_precision(Stop(lat=40, lon=70, precision_m=5000, explicit=True), None) == 2
    assert stop_geo_precision(Stop(lat=40, lon=70, precision_m=50000, explicit=True), None) == 3


def test_derive_fills_from_gazetteer_and_calls_attach_once():
    calls = []

    def attach(lons, lats, at=None, max_km=25):
        calls.append((list(lons), list(lats), list(at), max_km))
        return pd.DataFrame({"border_segment": ["kg-tj-isfara"] * len(lons),
                             "border_km": [1.5] * len(lons), "side": ["TJ"] * len(lons),
                             "segment_status": ["disputed"] * len(lons)})

    text = GOOD + GOOD.replace("id: t1", "id: t2").replace("tj-golovnoy", "tj-sughd")
    incs = derive(parse_incidents(text, "f.yaml", GAZ), GAZ, attach=attach)
    first, second = incs
    assert (first.country, first.admin1, first.geo_precision) == ("TJ", "Sughd", 2)
    assert (first.locations[0].lat, first.locations[0].lon) == (39.935, 70.522)
    assert (first.border_segment, first.border_km, first.side, first.segment_status) == (
        "kg-tj-isfara", 1.5, "TJ", "disputed")
    assert second.geo_precision == 3 and second.border_segment is None  # too vague to attach
    assert len(calls) == 1 and calls[0][0] == [70.522] and calls[0][3] == 25
    assert str(calls[0][2][0]) == "2021-04-28"


def test_derive_without_borders_leaves_border_fields_empty():
    (inc,) = derive(parse_incidents(GOOD, "f.yaml", GAZ), GAZ, attach=False)
    assert inc.border_segment is None and inc.country == "TJ"


# -- CLI --------------------------------------------------------------------------------

def test_cli_validate_ok_and_problems(tmp_path):
    runner = CliRunner()
    res = runner.invoke(cli, ["validate", str(CURATED)])
    assert res.exit_code == 0, res.output
    bad = tmp_path / "bad.yaml"
    bad.write_text(GOOD.replace("tj-golovnoy", "tj-golovnoi").replace("34", "-1"))
    res = runner.invoke(cli, ["validate", str(bad)])
    assert res.exit_code == 1
    lines = res.output.strip().splitlines()
    assert lines[0].startswith(f"{bad}:8: locations[0].place: unknown place id 'tj-golovnoi'")
    assert lines[1].startswith(f"{bad}:12: reports[0].claims.fatalities: -1 is negative")
    assert lines[-1] == "geoconflict: 2 problems; nothing was written"


def test_cli_export_writes_nothing_on_problems(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(GOOD.replace("Battles", "Battle"))
    out = tmp_path / "out.geojson"
    res = CliRunner().invoke(cli, ["export", str(bad), "-o", str(out)])
    assert res.exit_code == 1 and not out.exists()
    assert "event_type: unknown event type 'Battle'" in res.output


def test_cli_never_overwrites_an_input(tmp_path):
    src = tmp_path / "a.yaml"
    src.write_text(GOOD)
    res = CliRunner().invoke(cli, ["export", str(src), "-o", str(src), "-f", "geojson"])
    assert res.exit_code == 1 and "refusing to overwrite" in res.output and src.read_text() == GOOD


def test_cli_reads_stdin():
    res = CliRunner().invoke(cli, ["validate", "-"], input=GOOD)
    assert res.exit_code == 0 and "1 incidents: no problems" in res.output


def test_duplicate_keys_are_a_problem_with_their_line(tmp_path):
    """PyYAML would keep the last of two `fatalities:` silently; we report the second."""
    from geoconflict.incidents.load import validate_files

    f = tmp_path / "dup.yaml"
    f.write_text("- id: x-dup\n  title: T\n  date_start: 2021-04-29\n  event_type: Battles\n"
                 "  sub_event_type: Armed clash\n  locations: [{place: kg-ak-sai}]\n"
                 "  fatalities: 3\n  fatalities: 5\n", encoding="utf-8")
    _, problems = validate_files([f])
    assert len(problems) == 1
    assert problems[0].line == 8 and "duplicate key 'fatalities'" in str(problems[0])


def test_dumped_yaml_has_no_anchors_when_reports_share_claims():
    from geoconflict.incidents.load import dump_incidents, parse_incidents
    from geoconflict.incidents.model import Report

    (inc,) = [i for i in parse_incidents(
        "- id: x\n  title: T\n  date_start: 2021-04-29\n  event_type: Battles\n"
        "  sub_event_type: Armed clash\n  locations: [{lat: 39.9, lon: 70.6, source: test}]\n")]
    shared = {"fatalities": 3}
    inc = inc.replace(reports=(Report("A", claims=shared), Report("B", claims=shared)))
    text = dump_incidents([inc])
    assert "&id" not in text and "*id" not in text
    assert text.count("fatalities: 3") == 2
