"""``geoconflict where`` and ``geoconflict borders``; exports read back with pyogrio."""

from __future__ import annotations

import json

import pyogrio
from click.testing import CliRunner

from geoconflict.cli.main import cli


def test_where_today_and_at():
    r = CliRunner().invoke(cli, ["where", "39.8533", "70.5769", "--at", "2021-04-29", "--json"])
    assert r.exit_code == 0, r.output
    answers = json.loads(r.output)["answers"]
    assert answers[1]["date"] == "2021-04-29"
    assert answers[1]["country"] == "TJ" and answers[1]["enclave"] == "vorukh"


def test_where_swapped_coordinates_is_an_error():
    r = CliRunner().invoke(cli, ["where", "70.5769", "39.8533"])
    assert r.exit_code == 1 and "swapped" in r.output


def _incidents(tmp_path):
    feats = [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [70.527, 39.935]},
              "properties": {"date_start": "2021-04-29", "fatalities": 3}},
             {"type": "Feature", "geometry": {"type": "Point", "coordinates": [66.0, 42.5]},
              "properties": {"date_start": "2021-04-29", "fatalities": 1}}]
    path = tmp_path / "inc.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": feats}))
    return path


def test_borders_geojson_export_reads_back(tmp_path):
    out = tmp_path / "segs.geojson"
    r = CliRunner().invoke(cli, ["borders", "--at", "2021-04-29", "--format", "geojson",
                                 "-o", str(out), str(_incidents(tmp_path))])
    assert r.exit_code == 0, r.output
    df = pyogrio.read_dataframe(out)
    row = df.set_index("id").loc["kg-tj-golovnoy"]
    assert row["status"] == "disputed" and row["incidents"] == 1 and row["fatalities"] == 3
    assert df["incidents"].sum() == 1
    assert "measured" in r.output and "1006.84" in r.output


def test_borders_csv_export_reads_back(tmp_path):
    out = tmp_path / "segs.csv"
    r = CliRunner().invoke(cli, ["borders", "--format", "csv", "-o", str(out)])
    assert r.exit_code == 0, r.output
    df = pyogrio.read_dataframe(out)
    assert {"id", "length_km", "status", "status_date"} <= set(df.columns)


def test_borders_table_prints_lengths():
    r = CliRunner().invoke(cli, ["borders", "--at", "2026-01-01"])
    assert r.exit_code == 0
    assert "kg-tj-golovnoy" in r.output and "Kyrgyz–Tajik: measured" in r.output


def test_cli_import_stays_light():
    import subprocess
    import sys

    code = ("import sys, geoconflict.cli.main; "
            "print('geopandas' in sys.modules, 'scipy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
