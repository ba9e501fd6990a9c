"""The `geoconflict map` command without a browser: reproducible files (whatever the hash
seed), filters and title, stdin, refusals and one-line errors, the curated incidents and
shipped borders, what export writes, the email size warning."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner
from maps_fixtures import FIXTURES, load_fixture, page_blocks, synthetic_incidents

from geoconflict.cli.main import cli


# ---------------------------------------------------------------- CLI
def test_cli_map_writes_a_reproducible_file(tmp_path):
    out1, out2 = tmp_path / "one.html", tmp_path / "two.html"
    args = [str(FIXTURES / "incidents.geojson"), "--segments", str(FIXTURES / "segments.geojson"),
            "--at", "2021-06-01"]
    runner = CliRunner()
    r1 = runner.invoke(cli, ["map", *args, "-o", str(out1)])
    r2 = runner.invoke(cli, ["map", *args, "-o", str(out2)])
    assert r2.exit_code == 0, r2.output
    assert r1.exit_code == 0, r1.output
    assert "8 of 8 incidents, 5 segments" in r1.output
    assert out1.read_bytes() == out2.read_bytes()


def test_cli_filters_and_title(tmp_path):
    out = tmp_path / "m.html"
    r = CliRunner().invoke(cli, ["map", str(FIXTURES / "incidents.geojson"), "--from",
                                 "2022-01-01", "--to", "2022-12-31", "--event-type", "Battles",
                                 "--title", "Clashes 2022", "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert "2 of 8 incidents" in r.output
    assert "<title>Clashes 2022</title>" in out.read_text()


def test_cli_reads_a_feature_sequence_from_stdin(tmp_path):
    feats = load_fixture("incidents")["features"][:3]
    text = "".join("\x1e" + json.dumps(f) + "\n" for f in feats)
    out = tmp_path / "m.html"
    r = CliRunner().invoke(cli, ["map", "-", "-o", str(out), "--cdn", "--at", "2020-01-01"],
                           input=text)
    assert r.exit_code == 0, r.output
    assert "3 of 3 incidents" in r.output and "CDN links" in r.output


@pytest.mark.parametrize("text", [
    "event_id_cnty,event_date,event_type,sub_event_type,latitude,longitude\n"
    "A1,2021-13-45,Battles,Armed clash,39.9,70.6\n",
    "- id: a\n  title: x\n  date_start: 2021-04-29\n  event_type: Battles\n"
    "  sub_event_type: Armed clash\n  locations: []\n"])
def test_errors_in_stdin_name_stdin_not_a_temporary_file(tmp_path, text):
    out = tmp_path / "m.html"
    r = CliRunner().invoke(cli, ["map", "-", "-o", str(out)], input=text)
    assert r.exit_code == 1 and not out.exists()
    assert r.stderr.startswith("geoconflict: <stdin>:") and "geoconflict-" not in r.stderr


def test_cli_refuses_to_overwrite_an_input(tmp_path):
    src = tmp_path / "in.geojson"
    src.write_text(json.dumps(load_fixture("incidents")))
    r = CliRunner().invoke(cli, ["map", str(src), "-o", str(src)])
    assert r.exit_code == 1
    assert "refusing to overwrite" in r.output
    assert json.loads(src.read_text())["type"] == "FeatureCollection"


def test_cli_bad_date_and_bad_data_are_one_line_errors(tmp_path):
    bad = tmp_path / "bad.geojson"
    bad.write_text('{"type": "FeatureCollection", "features": [{"type": "Feature", '
                   '"geometry": {"type": "Point", "coordinates": [0, 0]}, '
                   '"properties": {"id": "a", "title": "t", "date_start": "2020-01-01"}}]}')
    r = CliRunner().invoke(cli, ["map", str(bad), "-o", str(tmp_path / "o.html")])
    assert r.exit_code == 1 and "incident 0 (a)" in r.output and "outside the region" in r.output
    r = CliRunner().invoke(cli, ["map", str(bad), "--at", "May", "-o", str(tmp_path / "o.html")])
    assert r.exit_code == 2 and "not a date" in r.output


def test_cli_does_not_import_folium_at_startup():
    code = ("import sys, geoconflict.cli.main; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & "
            "{'folium', 'branca', 'geopandas', 'shapely'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_output_does_not_depend_on_the_hash_seed(tmp_path):
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"m{seed}.html"
        subprocess.run([sys.executable, "-c", "from geoconflict.cli.main import cli; cli()", "map",
                        str(FIXTURES / "incidents.geojson"), "--segments",
                        str(FIXTURES / "segments.geojson"), "--enclaves",
                        str(FIXTURES / "enclaves.geojson"), "--at", "2021-06-01", "-o", str(out)],
                       check=True, capture_output=True, env={"PYTHONHASHSEED": seed,
                                                             "PATH": "/usr/bin:/bin"})
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


def test_map_of_the_curated_incidents_carries_their_numbers(tmp_path):
    """The YAML → map adapter: every curated incident is drawn with its merged counts."""

    from click.testing import CliRunner

    from geoconflict.cli.main import cli
    from geoconflict.incidents.load import curated_dir, load_incidents
    from geoconflict.maps.from_incidents import incident_features

    incidents = load_incidents()
    fc = incident_features(incidents)
    assert len(fc["features"]) == len(incidents)
    raid = next(f for f in fc["features"] if "lakkon" in f["id"])
    assert raid["properties"]["fatalities"] == {"low": 6, "best": 13, "high": 13}
    assert [s["name"] for s in raid["properties"]["stops"]][:2] == [
        "Lakkon border post", "Pulgon post (probably Ak-Turpak)"]
    assert len(raid["properties"]["reports"]) == 5
    out = tmp_path / "m.html"
    res = CliRunner().invoke(cli, ["map", str(curated_dir()), "-o", str(out), "--at", "2021-05-01"])
    assert res.exit_code == 0, res.output
    html = out.read_text(encoding="utf-8")
    assert raid["properties"]["title"] in page_blocks(html)["IncidentLayer"]["t"]
    assert "<script src=\"http" not in html


def test_map_command_draws_the_shipped_borders_by_default(tmp_path):
    from click.testing import CliRunner

    from geoconflict.borders import load_segments
    from geoconflict.cli.main import cli
    from geoconflict.incidents.load import curated_dir

    out, bare = tmp_path / "m.html", tmp_path / "bare.html"
    runner = CliRunner()
    res = runner.invoke(cli, ["map", str(curated_dir()), "-o", str(out), "--at", "2021-04-29"])
    assert res.exit_code == 0, res.output
    assert f"{len(load_segments())} segments" in res.stderr
    res = runner.invoke(cli, ["map", str(curated_dir()), "-o", str(bare), "--at", "2021-04-29",
                              "--no-borders"])
    assert " 0 segments" in res.stderr
    seg = "af-tj-pamir-19"                            # a segment no incident is attached to
    ids = [p[0] for p in page_blocks(out.read_text(encoding="utf-8"))["SegmentLayer"]["p"]]
    assert seg in ids and "SegmentLayer" not in page_blocks(bare.read_text(encoding="utf-8"))
    assert out.stat().st_size <= 1_000_000          # the default map stays email-sized


def test_map_reads_what_export_writes_and_rejects_empty_filters(tmp_path):
    from click.testing import CliRunner

    from geoconflict.cli.main import cli
    from geoconflict.incidents.load import curated_dir

    runner = CliRunner()
    exported = runner.invoke(cli, ["export", str(curated_dir()), "--format", "geojsonseq"])
    assert exported.exit_code == 0
    out = tmp_path / "piped.html"
    res = runner.invoke(cli, ["map", "-", "-o", str(out), "--at", "2021-05-01", "--no-borders"],
                        input=exported.stdout)
    assert res.exit_code == 0, res.stderr
    assert "17 of 17 incidents" in res.stderr
    csv = tmp_path / "inc.csv"
    assert runner.invoke(cli, ["export", str(curated_dir()), "-o", str(csv)]).exit_code == 0
    res = runner.invoke(cli, ["map", str(csv), "-o", str(tmp_path / "c.html"), "--no-borders"])
    assert res.exit_code == 0 and "17 of 17 incidents" in res.stderr
    for bad in (["--from", "2022-01-01", "--to", "2021-01-01"], ["--event-type", "Fighting"],
                ["--country", "XX"]):
        res = runner.invoke(cli, ["map", str(csv), "-o", str(tmp_path / "bad.html"), *bad])
        assert res.exit_code == 2, bad
    assert not (tmp_path / "bad.html").exists()


def test_cli_warns_when_the_map_is_too_big_for_email_and_no_notes_fixes_it(tmp_path):
    import random

    rnd = random.Random(3)
    fc = synthetic_incidents(1_500)
    for f in fc["features"]:   # incompressible notes: half a byte a character once deflated
        f["properties"]["notes"] = rnd.randbytes(4_000).hex()
    src = tmp_path / "big.geojson"
    src.write_text(json.dumps(fc))
    out = tmp_path / "big.html"
    res = CliRunner().invoke(cli, ["map", str(src), "-o", str(out), "--no-borders", "--at",
                                   "2021-01-01"])
    assert res.exit_code == 0, res.output
    assert out.stat().st_size > 7_000_000
    assert "as an email attachment): over 7 MB it does not reach every inbox" in res.stderr
    assert "--no-notes" in res.stderr and "--from/--to" in res.stderr
    small = tmp_path / "small.html"
    res = CliRunner().invoke(cli, ["map", str(src), "-o", str(small), "--no-borders", "--at",
                                   "2021-01-01", "--no-notes"])
    assert small.stat().st_size < 3_000_000 and "warning" not in res.stderr
