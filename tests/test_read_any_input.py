"""One reader of every input: each command takes what ``export`` writes as well as YAML/CSV.

The shipped incidents go out in every format and come back through the library's reader
(and through ``map``, ``export`` and ``borders``) as the same incidents.
"""

from __future__ import annotations

import csv
import io

import pytest
from click.testing import CliRunner

from geoconflict.cli.main import cli
from geoconflict.formats.read import input_kind, read_incidents

KINDS = ("geojson", "geojsonseq", "gpkg", "parquet", "csv")
SUFFIX = {"geojson": "geojson", "geojsonseq": "geojsons", "gpkg": "gpkg", "parquet": "parquet",
          "csv": "csv"}


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input)


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    d = tmp_path_factory.mktemp("exported")
    out = {}
    for kind in KINDS:
        out[kind] = d / f"all.{SUFFIX[kind]}"
        res = run("export", "incidents/", "--format", kind, "-o", str(out[kind]))
        assert res.exit_code == 0, res.output
    return out


@pytest.fixture(scope="module")
def curated():
    return read_incidents("incidents/")


@pytest.mark.parametrize("kind", KINDS)
def test_every_export_reads_back_as_the_same_incidents(exported, curated, kind):
    got = read_incidents(exported[kind])
    assert len(got) == len(curated) > 10
    assert got == curated


@pytest.mark.parametrize("kind", ["gpkg", "parquet", "geojsonseq"])
def test_kind_told_by_first_bytes_on_stdin(exported, kind):
    data = exported[kind].read_bytes()
    assert input_kind("-", data[:4000]) == ("geojson" if kind == "geojsonseq" else kind)


@pytest.mark.parametrize("kind", ["gpkg", "parquet", "geojson"])
def test_export_of_an_export_gives_the_same_csv(exported, tmp_path, kind):
    out = tmp_path / "again.csv"
    assert run("export", str(exported[kind]), "-o", str(out)).exit_code == 0
    assert out.read_bytes() == exported["csv"].read_bytes()


def test_map_of_an_export_is_the_map_of_the_yaml(exported, tmp_path):
    a, b = tmp_path / "a.html", tmp_path / "b.html"
    assert run("map", "incidents/", "-o", str(a), "--at", "2021-04-29").exit_code == 0
    res = run("map", str(exported["gpkg"]), "-o", str(b), "--at", "2021-04-29")
    assert res.exit_code == 0, res.output
    assert a.read_bytes() == b.read_bytes()


def test_map_of_a_geoparquet_whose_lists_are_native_lists(exported, tmp_path):
    # a GIS tool may write our JSON-text list columns back as parquet lists of structs:
    # their cells come back as numpy arrays, which the reader takes as the lists they are
    import json

    import geopandas as gpd
    import pyarrow.parquet as pq

    frame = gpd.read_parquet(exported["parquet"])
    keep = ("outlet", "title", "date", "url")
    frame["reports"] = [[{k: str(r.get(k) or "") for k in keep} for r in json.loads(v)]
                        for v in frame["reports"]]
    lists = tmp_path / "lists.parquet"
    frame.to_parquet(lists)
    assert str(pq.read_schema(lists).field("reports").type).startswith("list<")
    out = tmp_path / "lists.html"
    res = run("map", str(lists), "-o", str(out), "--at", "2021-04-29")
    assert res.exit_code == 0, res.output
    assert f"{len(frame)} of {len(frame)} incidents" in res.output
    outlets = {r["outlet"] for rs in frame["reports"] for r in rs}
    page = out.read_text(encoding="utf-8")
    import re

    from geoconflict.maps.compact import decode_block
    blocks = [decode_block(b) for b in re.findall(r'_detail">([^<]+)<', page)]
    strings = decode_block(re.search(r'incident_layer_[0-9a-f]+_data">([^<]+)<', page)[1])["S"]
    shown = {strings[r[0]] for b in blocks for rs in b["r"] for r in rs}
    assert shown == outlets                       # every report's outlet reaches its popup


def test_borders_counts_an_export_as_the_yaml(exported):
    a = run("borders", "incidents/", "--at", "2021-04-29", "--format", "csv")
    b = run("borders", str(exported["parquet"]), "--at", "2021-04-29", "--format", "csv")
    assert a.exit_code == b.exit_code == 0
    assert a.stdout == b.stdout
    rows = list(csv.DictReader(io.StringIO(a.stdout)))
    assert sum(int(r["incidents"]) for r in rows) > 5


def test_a_gpkg_on_stdin_exports(exported):
    res = run("export", "-", "--format", "csv", input=exported["gpkg"].read_bytes())
    assert res.exit_code == 0, res.output
    assert res.stdout.encode() == exported["csv"].read_bytes()


def test_table_path_derives_as_the_object_path(exported, curated, tmp_path):
    """ACLED's columns alone (no stops list, some rows without coordinates) are derived by
    the table path to the object path's values."""
    import pandas as pd

    from geoconflict.formats._table import ACLED_COLUMNS

    df = pd.read_csv(exported["csv"], dtype=str, keep_default_na=False)
    df = df[[c for c in ACLED_COLUMNS if c in df.columns]]
    df.loc[df.index[:6], ["latitude", "longitude"]] = ""     # geocoded by location name
    path = tmp_path / "acled.csv"
    df.to_csv(path, index=False)
    got = {i.id: i for i in read_incidents(path)}
    fields = ("geo_precision", "border_segment", "border_km", "side", "segment_status")
    for inc in curated:
        assert {f: getattr(got[inc.id], f) for f in fields} == \
            {f: getattr(inc, f) for f in fields}, inc.id


def test_table_path_fills_geo_precision_by_the_object_rule(exported, curated, tmp_path, gaz):
    """A row without geo_precision gets what the object rule gives its place: a region's
    centroid is 3, not 1 (the table path once said 1 for any linked place)."""
    import pandas as pd

    from geoconflict.incidents.derive import stop_geo_precision
    from geoconflict.incidents.model import Stop

    df = pd.read_csv(exported["csv"], dtype=str, keep_default_na=False)
    df = df.drop(columns=["stops", "place"])
    df["geo_precision"] = ""
    path = tmp_path / "no-precision.csv"
    df.to_csv(path, index=False)
    got = {i.id: i for i in read_incidents(path)}
    seen = set()
    for inc in curated:
        place = inc.primary.place
        rule = stop_geo_precision(Stop(place=place), gaz.get(place))
        assert got[inc.id].geo_precision == rule, inc.id
        seen.add(rule)
    assert seen == {1, 2, 3}


def test_one_route_rule_for_maps_and_gis_files(curated):
    """The map draws a path exactly for the incidents whose GeoPackage/KML export has one."""
    from geoconflict.formats._table import incidents_to_frame, paths_frame, stops_frame
    from geoconflict.incidents.model import is_route

    ids, _ = paths_frame(stops_frame(incidents_to_frame(curated)))
    routes = [i.id for i in curated if is_route(i.locations)]
    assert routes and set(ids) == set(routes)
    assert any(len(i.locations) > 1 and not is_route(i.locations) for i in curated)


def test_validate_accepts_what_export_writes(exported, curated):
    res = run("validate", *(str(exported[k]) for k in KINDS))
    assert res.exit_code == 0, res.output
    assert f"{len(KINDS) * len(curated)} incidents: no problems" in res.stderr
