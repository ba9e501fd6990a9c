"""The click CLI end to end: output formats, errors, exit codes, help texts."""

import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from geoconflict.cli.main import cli

EXE = Path(sys.executable).with_name("geoconflict")


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input)


def test_geocode_json_has_place_and_match(gaz):
    res = run("geocode", "Ворух", "--json")
    assert res.exit_code == 0, res.output
    (item,) = json.loads(res.stdout)
    best = item["candidates"][0]
    assert best["id"] == "tj-vorukh"  # the Tajik exclave, written from the data, not the matcher
    assert best["country"] == "TJ" and best["reason"] in ("alias", "same letters")


def test_geocode_geojson_is_rfc7946_lon_lat(gaz):
    res = run("geocode", "Batken", "Isfara", "--geojson", "--precision", "3")
    fc = json.loads(res.stdout)
    assert fc["type"] == "FeatureCollection" and "crs" not in fc
    batken = gaz.get("kg-batken")  # the town record, by id
    lon, lat = fc["features"][0]["geometry"]["coordinates"]
    assert (lon, lat) == (round(batken.lon, 3), round(batken.lat, 3))
    assert 69 < lon < 72 and 39 < lat < 41


def test_geocode_reads_stdin_and_all_lists_candidates():
    res = run("geocode", "-", "--all", "--json", input="Dostuk\n\nIsfara\n")
    data = json.loads(res.stdout)
    assert [d["query"] for d in data] == ["Dostuk", "Isfara"]
    assert len(data[0]["candidates"]) >= 2          # several places are called Dostuk


def test_unknown_name_exits_1_with_suggestion_and_no_stdout():
    res = run("geocode", "Batken", "Vorukhabadskaya")
    assert res.exit_code == 1
    assert res.stdout == ""
    assert "argument 2" in res.stderr and "did you mean" in res.stderr
    assert "Vorukh" in res.stderr


def test_country_filter_can_empty_the_answer():
    assert run("geocode", "Isfara", "--country", "KG").exit_code == 1
    assert run("geocode", "Isfara", "--country", "TJ").exit_code == 0


def test_reverse_finds_batken_and_catches_swapped_coordinates(gaz):
    res = run("reverse", "40.06", "70.82", "--json", "--limit", "1")
    assert json.loads(res.stdout)[0]["name"] == "Batken"
    res = run("reverse", "70.82", "40.06")
    assert res.exit_code == 1 and "swapped" in res.stderr


def test_gazetteer_check_reports_file_line_and_fix(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "- {id: x-one, name: One, lat: 40.1, lon: 70.5, country: KG, admin1: Batken,"
        " admin2: Batken, kind: village, source: test}\n"
        "- {id: x-one, name: Two, lat: 70.5, lon: 40.1, country: KG, admin1: Batken,"
        " admin2: Batken, kind: hamlet, source: test}\n", encoding="utf-8")
    res = run("gazetteer", "check", str(bad))
    assert res.exit_code == 1
    assert f"{bad}:2: error: duplicate id 'x-one'" in res.stderr
    assert "swapped" in res.stderr and "unknown kind 'hamlet'" in res.stderr


def test_gazetteer_check_missing_field_is_one_line_error(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("- id: x\n  name: X\n  lat: 40\n  lon: 70\n", encoding="utf-8")
    res = subprocess.run([EXE, "gazetteer", "check", str(bad)], capture_output=True, text=True)
    assert res.returncode == 1
    assert res.stderr.strip().count("\n") == 0
    assert f"{bad}:1: place 'x': missing country, admin1, kind, source" in res.stderr


def test_shipped_gazetteer_passes_its_own_check():
    res = run("gazetteer", "check", "-q")
    assert res.exit_code == 0, res.stderr


def test_gazetteer_export_writes_geojson_atomically(tmp_path, gaz):
    out = tmp_path / "sub" / "places.geojson"
    res = run("gazetteer", "export", "-o", str(out))
    assert res.exit_code == 0
    fc = json.loads(out.read_text(encoding="utf-8"))
    ids = {f["properties"]["id"] for f in fc["features"]}
    assert ids == {p.id for p in gaz.places if p.origin == "curated"}
    assert [p.name for p in out.parent.iterdir()] == ["places.geojson"]   # no temp left


def _commands(group, prefix=()):
    for name, cmd in group.commands.items():
        yield (*prefix, name), cmd
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, (*prefix, name))


@pytest.mark.parametrize("path, cmd", list(_commands(cli)), ids=lambda v: str(v))
def test_every_command_help_has_an_example(path, cmd):
    res = run(*path, "--help")
    assert res.exit_code == 0
    assert "Example" in res.stdout


def test_export_file_gets_normal_permissions(tmp_path):
    import os
    import stat

    out = tmp_path / "p.geojson"
    old = os.umask(0o022)
    try:
        assert run("gazetteer", "export", "-o", str(out)).exit_code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


def test_bad_country_code_and_empty_stdin_are_usage_errors():
    res = run("geocode", "Vorukh", "--country", "XX")
    assert res.exit_code == 2 and "ISO alpha-2" in res.stderr
    res = run("geocode", "-", input="")
    assert res.exit_code == 2 and "no names" in res.stderr
    res = run("geocode", "-", input="\ufeffVorukh\n", )
    assert res.exit_code == 0 and "tj-vorukh" in res.stdout


def test_borders_refuses_to_overwrite_its_input(tmp_path):
    src = tmp_path / "inc.geojson"
    text = '{"type":"FeatureCollection","features":[]}'
    src.write_text(text, encoding="utf-8")
    res = run("borders", str(src), "--format", "geojson", "-o", str(src))
    assert res.exit_code == 1 and "refusing to overwrite" in res.stderr
    assert src.read_text(encoding="utf-8") == text
