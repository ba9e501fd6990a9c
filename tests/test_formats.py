"""Every export read back (GDAL through pyogrio, or geopandas for GeoParquet) with its values
checked, and the CLI's export and import; the imports and round trips are in
test_formats_import.py and test_formats_round_trip.py."""

from __future__ import annotations

import json

import geopandas as gpd
import pyogrio
import pytest
import shapely
from click.testing import CliRunner
from formats_fixtures import ACLED_SAMPLE, CURATED, RAID, UCDP_SAMPLE, by_id, curated_frame, resolve

from geoconflict.cli.main import cli
from geoconflict.formats import _table, csv_acled, geojson, gpkg, kml, parquet


@pytest.fixture(scope="module")
def frame():
    return curated_frame()


# -- GeoJSON ----------------------------------------------------------------------------

def test_geojson_read_back_by_gdal(frame, tmp_path):
    path = tmp_path / "i.geojson"
    path.write_text(geojson.collection_text(frame))
    doc = json.loads(path.read_text())
    assert doc["type"] == "FeatureCollection" and "crs" not in doc
    df = pyogrio.read_dataframe(path)
    assert len(df) == 17
    rows = by_id(df)
    raid = rows[RAID]
    assert (raid["geometry"].x, raid["geometry"].y) == (70.8578, 40.1736)  # lon, lat
    assert (raid["fatalities"], raid["fatalities_low"], raid["fatalities_high"]) == (13, 6, 13)
    assert raid["event_type"] == "Battles" and raid["country"] == "Tajikistan"
    assert raid["geo_precision"] == 2 and raid["time_precision"] == 1
    stops = raid["stops"] if isinstance(raid["stops"], list) else json.loads(raid["stops"])
    assert [s.get("time") for s in stops] == ["02:30", "05:00", None]
    assert rows["tj-2021-04-29-zumrad-arms-handout"]["verification"] == "unverified"


def test_geojson_precision_and_lon_lat_order(frame):
    doc = json.loads(geojson.collection_text(frame, precision=2))
    raid = next(f for f in doc["features"] if f["id"] == RAID)
    assert raid["geometry"]["coordinates"] == [70.86, 40.17]


def test_geojson_text_sequence_rfc8142(frame, tmp_path):
    text = geojson.sequence_text(frame)
    chunks = text.split("\x1e")
    assert chunks[0] == "" and len(chunks) == 18
    assert all(c.endswith("\n") and json.loads(c)["type"] == "Feature" for c in chunks[1:])
    path = tmp_path / "i.geojsons"
    path.write_text(text)
    df = pyogrio.read_dataframe(path)
    assert sorted(df["event_id_cnty"]) == sorted(frame["event_id_cnty"])
    assert by_id(df)[RAID]["detained_best"] == 2


def test_geojson_is_byte_identical_for_the_same_input(frame):
    assert geojson.collection_text(frame) == geojson.collection_text(frame.copy())


# -- GeoPackage -------------------------------------------------------------------------

def test_gpkg_layers_and_values(frame, tmp_path):
    path = gpkg.write(frame, tmp_path / "i.gpkg", resolve=resolve, extra_layers={})
    layers = {name: kind for name, kind in pyogrio.list_layers(path)}
    assert layers == {"incidents": "Point", "stops": "Point", "paths": "LineString"}
    inc = by_id(pyogrio.read_dataframe(path, layer="incidents"))
    raid = inc[RAID]
    assert (raid["geometry"].x, raid["geometry"].y) == (70.8578, 40.1736)
    assert raid["injured_low"] == 10 and raid["injured_best"] == 10
    assert raid["source"].startswith("IWPR; CACI Analyst; Reuters")
    assert pyogrio.read_info(path, layer="incidents")["crs"] == "EPSG:4326"
    stops = pyogrio.read_dataframe(path, layer="stops")
    rs = stops[stops["incident_id"] == RAID].sort_values("seq")
    assert list(rs["place"]) == ["tj-lakkon-border-post", "kg-pulgon", "kg-pulgon"]
    assert list(rs["time"].fillna("")) == ["02:30", "05:00", ""]
    assert [(g.x, g.y) for g in rs.geometry] == [(70.8578, 40.1736), (71.72962, 40.14724),
                                                (71.72962, 40.14724)]
    paths = by_id(pyogrio.read_dataframe(path, layer="paths"), "incident_id")
    assert list(paths[RAID]["geometry"].coords) == [(70.8578, 40.1736), (71.72962, 40.14724)]
    # the Esanboy arrests carry no date or time of their own (CABAR gives none): no route
    assert "tj-2019-11-06-ishkobod-post-attack" not in paths
    # three villages shelled on one day are stops, not a route
    assert "kg-2022-09-17-leilek-villages-shelling" not in paths
    assert (stops["incident_id"] == "kg-2022-09-17-leilek-villages-shelling").sum() == 3


def test_gpkg_border_layers_and_right_hand_rule(frame, tmp_path):
    clockwise = shapely.Polygon([(70.5, 39.8), (70.5, 39.9), (70.6, 39.9), (70.6, 39.8)])
    assert not clockwise.exterior.is_ccw
    enclaves = gpd.GeoDataFrame({"id": ["tj-vorukh"]}, geometry=[clockwise], crs="EPSG:4326")
    segs = gpd.GeoDataFrame({"id": ["kg-tj-1"], "status": ["disputed"]},
                            geometry=[shapely.LineString([(70.5, 39.8), (70.6, 39.9)])],
                            crs="EPSG:4326")
    path = tmp_path / "b.gpkg"
    path.write_bytes(gpkg.to_bytes(frame, resolve,
                                   extra_layers={"border_segments": segs, "enclaves": enclaves}))
    back = pyogrio.read_dataframe(path, layer="enclaves")
    assert back.geometry[0].exterior.is_ccw and back["id"][0] == "tj-vorukh"
    assert pyogrio.read_dataframe(path, layer="border_segments")["status"][0] == "disputed"


def test_gpkg_is_byte_identical_for_the_same_input(frame):
    assert gpkg.to_bytes(frame, resolve, extra_layers={}) == gpkg.to_bytes(
        frame, resolve, extra_layers={})


# -- KML --------------------------------------------------------------------------------

def test_kml_read_back_with_styles_and_escaped_descriptions(frame, tmp_path):
    f = frame.copy()
    f.loc[f["event_id_cnty"] == RAID, "notes"] = "<script>alert(1)</script> & more"
    text = kml.to_text(f, resolve=resolve)
    assert "<script>" not in text and "&amp;lt;script&amp;gt;" in text
    for sid in ("ev-battles", "ev-strategic-developments", "ev-explosions-remote-violence"):
        assert f'<Style id="{sid}">' in text
    path = tmp_path / "i.kml"
    path.write_text(text)
    layers = [name for name, _ in pyogrio.list_layers(path)]
    assert layers == ["Incidents", "Stops", "Paths"]
    inc = by_id(pyogrio.read_dataframe(path, layer="Incidents"))
    raid = inc[RAID]
    assert raid["Name"].startswith("Raiders hit the Lakkon border post")
    assert (raid["geometry"].x, raid["geometry"].y) == (70.8578, 40.1736)
    assert str(raid["fatalities"]) == "13" and raid["event_type"] == "Battles"
    assert "&lt;script&gt;" in raid["description"]  # shown as text, never run
    assert "IWPR" in raid["description"] and "CACI Analyst" in raid["description"]
    assert "assault_rifles 17" in raid["description"]
    paths = pyogrio.read_dataframe(path, layer="Paths")
    assert RAID in set(paths["incident_id"])
    stops = pyogrio.read_dataframe(path, layer="Stops")
    assert "1. Lakkon border post 02:30" in set(stops["Name"])


# -- ACLED CSV --------------------------------------------------------------------------

def test_csv_has_acled_columns_first_and_reads_back(frame, tmp_path):
    text = csv_acled.to_text(frame, precision=4)
    header = text.splitlines()[0].split(",")
    assert tuple(header[:31]) == _table.ACLED_COLUMNS
    assert header[31:34] == ["title", "date_end", "date_precision"]
    path = tmp_path / "i.csv"
    path.write_text(text)
    df = pyogrio.read_dataframe(path, X_POSSIBLE_NAMES="longitude",
                                Y_POSSIBLE_NAMES="latitude", AUTODETECT_TYPE="YES")
    raid = by_id(df)[RAID]
    assert (raid["geometry"].x, raid["geometry"].y) == (70.8578, 40.1736)
    assert raid["fatalities"] == 13 and raid["interaction"] == 13
    assert raid["iso"] == 762 and raid["region"] == "Caucasus and Central Asia"
    back, problems = csv_acled.read_frame(text, "i.csv")
    assert not problems and len(back) == 17


# -- GeoParquet -------------------------------------------------------------------------

def test_parquet_read_back(frame, tmp_path):
    """The GDAL in the pyogrio wheel has no Parquet driver: read back with geopandas."""
    path = parquet.write(frame, tmp_path / "i.parquet")
    gdf = gpd.read_parquet(path)
    assert gdf.crs.to_epsg() == 4326 and len(gdf) == 17
    raid = by_id(gdf)[RAID]
    assert (raid["geometry"].x, raid["geometry"].y) == (70.8578, 40.1736)
    assert raid["fatalities_low"] == 6 and raid["injured_best"] == 10
    assert str(raid["displaced_best"]) in ("<NA>", "None", "nan")
    back = _table.frame_to_incidents(parquet.read_frame(path))
    assert {i.id for i in back} == set(frame["event_id_cnty"])


# -- CLI --------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt,suffix", [("geojson", ".geojson"), ("geojsonseq", ".geojsons"),
                                        ("gpkg", ".gpkg"), ("kml", ".kml"), ("csv", ".csv"),
                                        ("parquet", ".parquet")])
@pytest.mark.parametrize("how", ["suffix", "option"])
def test_cli_export_each_format(fmt, suffix, how, tmp_path):
    """By the file's suffix, and by --format to a file whose suffix says nothing."""
    out = tmp_path / (f"out{suffix}" if how == "suffix" else "out.data")
    args = ["export", str(CURATED), "-o", str(out)] + (["--format", fmt] if how == "option" else [])
    res = CliRunner().invoke(cli, args)
    assert res.exit_code == 0, res.output
    head = out.read_bytes()[:64]
    magic = {"gpkg": head.startswith(b"SQLite format 3"), "parquet": head.startswith(b"PAR1"),
             "kml": b"<kml" in out.read_bytes()[:400], "csv": head.startswith(b"event_id_cnty,"),
             "geojson": head.lstrip().startswith(b"{"), "geojsonseq": head.startswith(b"\x1e{")}
    assert magic[fmt], (fmt, head)
    if how == "option":
        out = out.rename(out.with_suffix(suffix))
    if fmt == "parquet":
        assert len(gpd.read_parquet(out)) == 17
    elif fmt == "csv":
        assert len(csv_acled.read_frame(out.read_text(), "x")[0]) == 17
    else:
        layer = {"kml": "Incidents", "gpkg": "incidents"}.get(fmt)
        assert len(pyogrio.read_dataframe(out, layer=layer)) == 17


def test_cli_export_sequence_to_stdout():
    res = CliRunner().invoke(cli, ["export", str(CURATED), "-f", "geojsonseq",
                                   "--precision", "3"])
    assert res.exit_code == 0
    feats = [json.loads(c) for c in res.output.split("\x1e") if c.strip()]
    assert len(feats) == 17
    raid = next(f for f in feats if f["id"] == RAID)
    assert raid["geometry"]["coordinates"] == [70.858, 40.174]


def test_cli_import_acled_then_validate(tmp_path):
    src, out = tmp_path / "a.csv", tmp_path / "a.yaml"
    src.write_bytes(b"\xef\xbb\xbf" + ACLED_SAMPLE.encode())
    runner = CliRunner()
    res = runner.invoke(cli, ["import", "acled", str(src), "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert runner.invoke(cli, ["validate", str(out)]).exit_code == 0
    res = runner.invoke(cli, ["export", str(src), "-f", "csv"])
    assert res.exit_code == 0 and res.output.count("KGZ") == 2
    res = runner.invoke(cli, ["import", "ucdp", "-"], input=UCDP_SAMPLE)
    assert res.exit_code == 0 and "ucdp-401234" in res.output
