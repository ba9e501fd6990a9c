"""Coordinates read back from every export equal the gazetteer's (lon, lat) of each place.

Exports of the shipped incidents are written by the CLI and read back by GDAL (pyogrio),
geopandas (Parquet) or the csv module; every point, every stop and every path vertex is
compared with the gazetteer record its ``place`` names, so a lat/lon swap or a stop drawn
at the wrong place fails here.
"""

from __future__ import annotations

import csv
import math

import geopandas as gpd
import pytest
from click.testing import CliRunner

from geoconflict.cli.main import cli
from geoconflict.gazetteer.index import default_gazetteer

CURATED = "incidents"
EPS = 1e-6


@pytest.fixture(scope="module")
def exports(tmp_path_factory):
    out = tmp_path_factory.mktemp("exports")
    runner = CliRunner()
    paths = {}
    for fmt in ("geojson", "gpkg", "kml", "csv", "parquet"):
        path = out / f"out.{fmt}"
        res = runner.invoke(cli, ["export", CURATED, "--format", fmt, "-o", str(path)])
        assert res.exit_code == 0, res.output
        paths[fmt] = path
    return paths


def _lonlat(place_id: str) -> tuple[float, float]:
    p = default_gazetteer().get(place_id)
    return p.lon, p.lat


def _same(xy, place_id: str) -> bool:
    lon, lat = _lonlat(place_id)
    return math.isclose(xy[0], lon, abs_tol=EPS) and math.isclose(xy[1], lat, abs_tol=EPS)


@pytest.mark.parametrize("fmt,layer", [("gpkg", "incidents"), ("geojson", None),
                                       ("kml", "Incidents"), ("parquet", None)])
def test_incident_points_sit_on_their_place(exports, fmt, layer):
    path = exports[fmt]
    df = gpd.read_parquet(path) if fmt == "parquet" else gpd.read_file(path, layer=layer)
    assert len(df) == 17
    for place, geom in zip(df["place"], df.geometry, strict=True):
        assert _same((geom.x, geom.y), place), (fmt, place, geom.wkt, _lonlat(place))


def test_csv_latitude_and_longitude_columns_are_not_swapped(exports):
    with open(exports["csv"], encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 17
    gaz = default_gazetteer()
    for row in rows:
        # The CSV names its place by name (ACLED's `location`): find it among the places
        # that carry that name and check the coordinates are that place's, in order.
        lat, lon = float(row["latitude"]), float(row["longitude"])
        assert 36 < lat < 43.5 and 65.5 < lon < 76, row["event_id_cnty"]
        cands = [c.place for c in gaz.lookup(row["location"])]
        assert any(math.isclose(c.lat, lat, abs_tol=EPS) and math.isclose(c.lon, lon, abs_tol=EPS)
                   for c in cands), (row["event_id_cnty"], row["location"], lat, lon)


@pytest.mark.parametrize("fmt,layer", [("gpkg", "stops"), ("kml", "Stops")])
def test_every_stop_sits_on_its_place(exports, fmt, layer):
    df = gpd.read_file(exports[fmt], layer=layer)
    assert len(df) == 23
    for place, geom in zip(df["place"], df.geometry, strict=True):
        assert _same((geom.x, geom.y), place), (fmt, place, geom.wkt)


@pytest.mark.parametrize("fmt,stops_layer,paths_layer", [("gpkg", "stops", "paths"),
                                                         ("kml", "Stops", "Paths")])
def test_path_vertices_are_the_stops_in_order(exports, fmt, stops_layer, paths_layer):
    stops = gpd.read_file(exports[fmt], layer=stops_layer)
    paths = gpd.read_file(exports[fmt], layer=paths_layer)
    assert len(paths) >= 1
    for inc, line in zip(paths["incident_id"], paths.geometry, strict=True):
        mine = stops[stops["incident_id"] == inc].sort_values("seq")
        expected = []
        for p in mine["place"]:  # a stop at the same point as the one before adds no vertex
            if not expected or expected[-1] != _lonlat(p):
                expected.append(_lonlat(p))
        got = list(line.coords)
        assert len(got) == len(expected)
        for (x, y), (lon, lat) in zip(got, expected, strict=True):
            assert math.isclose(x, lon, abs_tol=EPS) and math.isclose(y, lat, abs_tol=EPS)


def test_gazetteer_export_writes_lon_then_lat(tmp_path):
    out = tmp_path / "places.geojson"
    res = CliRunner().invoke(cli, ["gazetteer", "export", "-o", str(out)])
    assert res.exit_code == 0, res.output
    df = gpd.read_file(out)
    assert len(df) > 100
    for pid, geom in zip(df["id"], df.geometry, strict=True):
        assert _same((geom.x, geom.y), pid), (pid, geom.wkt)


def test_reverse_geojson_puts_the_place_at_lon_lat(tmp_path):
    lon, lat = _lonlat("tj-vorukh")
    res = CliRunner().invoke(cli, ["reverse", str(lat), str(lon), "--geojson"])
    assert res.exit_code == 0, res.output
    out = tmp_path / "r.geojson"
    out.write_text(res.output, encoding="utf-8")
    df = gpd.read_file(out)
    first = df.iloc[0]
    assert first["id"] == "tj-vorukh"
    assert _same((first.geometry.x, first.geometry.y), "tj-vorukh")
