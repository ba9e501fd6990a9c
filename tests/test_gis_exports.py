"""Exports as a GIS user meets them: every layer in GeoJSON and sequences, read back by GDAL
(pyogrio and the ogrinfo of Debian's gdal-bin); the GeoPackage's QGIS styles read back with
sqlite3 and as XML, and by QGIS itself where its Python bindings are installed; KML's stops,
paths and time spans; what map, export and borders accept back."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd
import pyogrio
import pytest
from click.testing import CliRunner

from geoconflict.borders import status_at
from geoconflict.cli.main import cli
from geoconflict.incidents.load import load_incidents
from geoconflict.maps.content import MIN_RADIUS, RADIUS_SCALE
from geoconflict.maps.style import EVENT_COLORS, OTHER_COLOR, OWNER_TINT, STATUS_COLORS

ROOT = Path(__file__).resolve().parent.parent
CURATED = ROOT / "incidents"
RAID = "tj-kg-2006-05-12-lakkon-ak-turpak-raid"
AT = "2021-04-29"
def run(*args: str) -> str:
    r = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return r.output


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("gis")


@pytest.fixture(scope="module")
def gpkg_path(out) -> Path:
    path = out / "all.gpkg"
    run("export", str(CURATED), "-o", str(path), "--at", AT)
    return path


@pytest.fixture(scope="module")
def curated():
    return {i.id: i for i in load_incidents([CURATED], attach=False)}


# -- layers in GeoJSON and GeoJSON sequences ---------------------------------------------

@pytest.mark.parametrize("fmt", ["geojson", "geojsonseq"])
def test_stops_layer_keeps_every_stop_with_order_role_and_time(fmt, out, curated):
    path = out / f"stops.{fmt}"
    run("export", str(CURATED), "--layer", "stops", "-f", fmt, "-o", str(path))
    text = path.read_text()
    if fmt == "geojsonseq":
        assert text.startswith("\x1e") and text.count("\x1e") == text.count("\n")
    gdf = pyogrio.read_dataframe(path)
    raid = gdf[gdf["incident_id"] == RAID].sort_values("seq")
    stops = curated[RAID].locations
    assert len(raid) == len(stops) >= 3
    assert raid["seq"].tolist() == list(range(len(stops)))
    assert raid["role"].tolist() == [s.role for s in stops]
    assert [str(t)[:5] for t in raid["time"].tolist()[:2]] == ["02:30", "05:00"]  # GDAL: Time
    assert raid.geometry.notna().all()
    assert len(gdf) == sum(len(i.locations) for i in curated.values())


def test_incidents_layer_carries_its_stop_count(out, curated):
    path = out / "incidents.geojson"
    run("export", str(CURATED), "-o", str(path))
    gdf = pyogrio.read_dataframe(path)
    got = dict(zip(gdf["event_id_cnty"], gdf["n_stops"], strict=True))
    assert got == {k: len(v.locations) for k, v in curated.items()}
    assert got[RAID] == 3


def test_paths_layer_is_the_raid_route(out):
    path = out / "paths.geojson"
    run("export", str(CURATED), "--layer", "paths", "-o", str(path))
    gdf = pyogrio.read_dataframe(path)
    assert RAID in set(gdf["incident_id"])
    line = gdf.loc[gdf["incident_id"] == RAID, "geometry"].iloc[0]
    assert line.geom_type == "LineString" and len(line.coords) >= 2


@pytest.mark.parametrize("day", [AT, "2026-06-01"])
def test_segments_layer_has_the_status_on_the_export_date(day, out):
    path = out / f"segments-{day}.geojson"
    run("export", str(CURATED), "--layer", "segments", "--at", day, "-o", str(path))
    gdf = pyogrio.read_dataframe(path)
    want = status_at(day).fillna("unknown")
    assert len(gdf) == len(want)
    assert sorted(gdf["status"]) == sorted(want)
    doc = json.loads(path.read_text())
    assert isinstance(doc["features"][0]["properties"]["status_history"], list)
    if day == AT:
        assert "disputed" in set(gdf["status"])
    else:
        assert "disputed" not in set(gdf["status"])


def test_enclaves_layer_and_gpkg_layer_names_agree(out, gpkg_path):
    path = out / "enclaves.geojson"
    run("export", str(CURATED), "--layer", "enclaves", "-o", str(path))
    gdf = pyogrio.read_dataframe(path)
    assert {"vorukh", "sokh", "shakhimardan"} <= set(gdf["id"])
    names = [n for n, _ in pyogrio.list_layers(gpkg_path)]
    assert names[:5] == ["incidents", "stops", "paths", "border_segments", "enclaves"]


def test_layer_with_another_format_is_a_usage_error(out):
    r = CliRunner().invoke(cli, ["export", str(CURATED), "--layer", "stops", "-f", "gpkg",
                                 "-o", str(out / "no.gpkg")])
    assert r.exit_code == 2 and "every layer" in r.output
    assert not (out / "no.gpkg").exists()


# -- QGIS styles in the GeoPackage --------------------------------------------------------

def _styles(path: Path) -> dict[str, dict]:
    con = sqlite3.connect(path)
    con.row_factory = sqlite3.Row
    try:
        return {r["f_table_name"]: dict(r) for r in con.execute("SELECT * FROM layer_styles")}
    finally:
        con.close()


def _categories(qml: str) -> tuple[str, dict[str, str]]:
    """(field, {value: 'r,g,b'}) of a categorized renderer's QML."""
    root = ET.fromstring(qml.split("\n", 1)[1])
    renderer = root.find("renderer-v2")
    symbols = {s.get("name"): s for s in renderer.find("symbols")}
    out = {}
    for cat in renderer.find("categories"):
        layer = symbols[cat.get("symbol")].find("layer")
        opts = {o.get("name"): o.get("value") for o in layer.find("Option")}
        colour = opts.get("color") if "color" in opts else opts["line_color"]
        out[cat.get("value")] = ",".join(colour.split(",")[:3])
    return renderer.get("attr"), out


def _rgb(hex_colour: str) -> str:
    return ",".join(str(int(hex_colour[i:i + 2], 16)) for i in (1, 3, 5))


def test_layer_styles_table_is_the_one_qgis_writes(gpkg_path):
    con = sqlite3.connect(gpkg_path)
    cols = [r[1] for r in con.execute("PRAGMA table_info(layer_styles)")]
    geom = dict(con.execute("SELECT table_name, column_name FROM gpkg_geometry_columns"))
    registered = con.execute("SELECT data_type FROM gpkg_contents WHERE table_name = "
                             "'layer_styles'").fetchone()
    con.close()
    assert cols == ["id", "f_table_catalog", "f_table_schema", "f_table_name",
                    "f_geometry_column", "styleName", "styleQML", "styleSLD", "useAsDefault",
                    "description", "owner", "ui", "update_time"]
    assert registered == ("attributes",)
    styles = _styles(gpkg_path)
    assert set(styles) == {"incidents", "border_segments", "enclaves"}
    for layer, row in styles.items():
        assert row["f_table_schema"] == "" and row["useAsDefault"] == 1
        assert row["f_geometry_column"] == geom[layer]


def test_styles_use_the_html_map_palette(gpkg_path):
    styles = _styles(gpkg_path)
    field, cats = _categories(styles["incidents"]["styleQML"])
    assert field == "event_type"
    assert cats == {**{k: _rgb(v) for k, v in EVENT_COLORS.items()}, "": _rgb(OTHER_COLOR)}
    assert "sqrt" in styles["incidents"]["styleQML"]
    field, cats = _categories(styles["border_segments"]["styleQML"])
    assert field == "status" and cats["disputed"] == _rgb(STATUS_COLORS["disputed"])
    field, cats = _categories(styles["enclaves"]["styleQML"])
    assert field == "owner" and cats["TJ"] == _rgb(OWNER_TINT["TJ"])
    segs = pyogrio.read_dataframe(gpkg_path, layer="border_segments")
    assert sorted(segs["status"]) == sorted(status_at(AT).fillna("unknown"))


def test_gpkg_with_styles_is_byte_identical_and_opens_in_gdal(gpkg_path, out):
    again = out / "again.gpkg"
    run("export", str(CURATED), "-o", str(again), "--at", AT)
    assert again.read_bytes() == gpkg_path.read_bytes()
    info = pyogrio.read_info(gpkg_path, layer="incidents")
    assert info["features"] == 17


def _qgis_python() -> str | None:
    py = shutil.which("python3", path="/usr/bin")
    if py and subprocess.run([py, "-c", "import qgis.core"], capture_output=True).returncode == 0:
        return py
    return None


@pytest.mark.skipif(_qgis_python() is None, reason="QGIS's Python bindings are not installed "
                    "(Debian: apt-get install python3-qgis)")
def test_qgis_opens_the_gpkg_styled_as_the_map(gpkg_path, curated):
    res = subprocess.run([_qgis_python(), str(ROOT / "tests" / "qgis" / "read_styles.py"),
                          str(gpkg_path), "incidents", "border_segments", "enclaves", "stops"],
                         capture_output=True, text=True, timeout=300,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    got = json.loads(res.stdout)
    inc = got["incidents"]
    assert inc["valid"] and inc["renderer"] == "categorizedSymbol"
    assert inc["attr"] == "event_type"
    assert dict(inc["categories"])["Battles"] == EVENT_COLORS["Battles"]
    for iid, (deaths, size) in inc["sizes"].items():
        want = 2 * max(MIN_RADIUS, RADIUS_SCALE * (deaths or 0) ** 0.5)
        assert size == pytest.approx(want), iid
    assert got["border_segments"]["attr"] == "status"
    assert dict(got["border_segments"]["categories"])["disputed"] == STATUS_COLORS["disputed"]
    assert got["enclaves"]["attr"] == "owner"
    assert got["stops"]["renderer"] == "singleSymbol"  # unstyled layers keep QGIS's default


# -- KML --------------------------------------------------------------------------------

def test_kml_keeps_time_spans_stops_and_paths(out, curated):
    path = out / "all.kml"
    run("export", str(CURATED), "-o", str(path))
    ns = {"k": "http://www.opengis.net/kml/2.2"}
    doc = ET.parse(path).getroot()
    folders = {f.find("k:name", ns).text: f for f in doc.iter(f"{{{ns['k']}}}Folder")}
    raid = folders["Incidents"].find(f"k:Placemark[@id='{RAID}']", ns)
    assert raid.find("k:TimeSpan/k:begin", ns).text == "2006-05-12"
    stops = [p for p in folders["Stops"].findall("k:Placemark", ns)
             if p.find("k:ExtendedData/k:Data[@name='incident_id']/k:value", ns).text == RAID]
    assert [s.find("k:name", ns).text.split(".")[0] for s in stops] == ["1", "2", "3"]
    assert stops[0].find("k:TimeStamp/k:when", ns).text == "2006-05-12"
    paths = [p.find("k:name", ns).text for p in folders["Paths"].findall("k:Placemark", ns)]
    assert RAID in paths
    assert len(pyogrio.list_layers(path)) == 3


# -- every export opens with ogrinfo ------------------------------------------------------

@pytest.mark.skipif(shutil.which("ogrinfo") is None, reason="ogrinfo not installed (Debian: "
                    "apt-get install gdal-bin); the pyogrio read-backs above still ran")
@pytest.mark.parametrize("fmt,suffix", [("geojson", ".geojson"), ("geojsonseq", ".geojsons"),
                                        ("gpkg", ".gpkg"), ("kml", ".kml"), ("csv", ".csv")])
def test_every_export_opens_with_ogrinfo(fmt, suffix, out):
    path = out / f"ogr{suffix}"
    run("export", str(CURATED), "-f", fmt, "-o", str(path), "--at", AT)
    res = subprocess.run(["ogrinfo", "-ro", "-so", "-al", str(path)], capture_output=True,
                         text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    assert "Feature Count: 17" in res.stdout


# -- our exports accepted back ------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["geojson", "geojsonseq"])
def test_map_accepts_our_geojson_back(fmt, out):
    path = out / f"back.{fmt}"
    run("export", str(CURATED), "-f", fmt, "-o", str(path))
    html = out / f"back-{fmt}.html"
    r = CliRunner().invoke(cli, ["map", str(path), "-o", str(html), "--at", AT,
                                 "--no-borders"])
    assert r.exit_code == 0, r.output
    assert "17 of 17 incidents" in r.output


@pytest.mark.parametrize("fmt,suffix", [("geojson", ".geojson"), ("geojsonseq", ".geojsons"),
                                        ("gpkg", ".gpkg"), ("parquet", ".parquet")])
@pytest.mark.parametrize("command", ["export", "borders"])
def test_export_and_borders_accept_our_files_back(command, fmt, suffix, out):
    path = out / f"back-{command}{suffix}"
    run("export", str(CURATED), "-f", fmt, "-o", str(path))
    args = [command, str(path)] + (["-f", "csv"] if command == "export" else ["--at", AT])
    r = CliRunner().invoke(cli, args)
    assert r.exit_code == 0, r.output
    if command == "export":                       # the 17 curated incidents come back
        rows = [ln for ln in r.stdout.splitlines() if ln and not ln.startswith("event_id_cnty")]
        assert len(rows) == 17, rows[:3]


# -- GeoParquet -------------------------------------------------------------------------

def test_geoparquet_has_real_types_and_its_crs(out, curated):
    import geopandas as gpd
    import pyarrow.parquet as pq

    path = out / "types.parquet"
    run("export", str(CURATED), "-o", str(path))
    schema = {f.name: str(f.type) for f in pq.read_schema(path)}
    assert schema["event_date"] == schema["date_end"] == "date32[day]"
    assert schema["fatalities"] == schema["year"] == schema["geo_precision"] == "int64"
    assert "null" not in schema.values()
    assert schema["admin3"] in ("string", "large_string")  # empty in every row
    gdf = gpd.read_parquet(path)
    assert gdf.crs.to_epsg() == 4326
    raid = gdf[gdf["event_id_cnty"] == RAID].iloc[0]
    assert str(raid["event_date"]) == "2006-05-12" and raid["fatalities"] == 13


# -- a GIS user's own fields --------------------------------------------------------------

# The edited file's zoned datetime is not what the GeoPackage standard asks (UTC): GDAL
# reads it back as written, and warns about the input file, not about ours.
@pytest.mark.filterwarnings("ignore:Non-conformant content for record:RuntimeWarning")
def test_users_typed_fields_pass_through_every_format(gpkg_path, out):
    # a GeoPackage edited in QGIS: an integer, a boolean and a date field added
    frame = pyogrio.read_dataframe(gpkg_path, layer="incidents")
    frame["population_best"] = range(len(frame))
    frame["checked"] = [n % 2 == 0 for n in range(len(frame))]
    frame["seen"] = pd.to_datetime(["2024-03-05"] * len(frame))
    frame["checked_at"] = pd.to_datetime(["2024-03-05T10:30:00+05:00"] * len(frame))
    edited = out / "edited.gpkg"
    pyogrio.write_dataframe(frame, edited, layer="incidents")
    path = out / "edited.geojson"
    run("export", str(edited), "-o", str(path))
    props = [f["properties"] for f in json.loads(path.read_text())["features"]]
    assert sorted(p["population_best"] for p in props) == list(range(len(frame)))
    assert {p["checked"] for p in props} == {True, False}
    assert {p["seen"] for p in props} == {"2024-03-05"}
    assert {p["checked_at"] for p in props} == {"2024-03-05T10:30:00+05:00"}   # zone kept
    for suffix in ("csv", "kml", "gpkg"):
        run("export", str(edited), "-o", str(out / f"edited-out.{suffix}"))
    back = pyogrio.read_dataframe(out / "edited-out.gpkg", layer="incidents")
    assert back["population_best"].tolist() == frame["population_best"].tolist()
    assert set(back["seen"]) == {"2024-03-05"}


@pytest.mark.parametrize("name", ["out.yaml", "out.txt"])
def test_output_suffix_of_no_format_is_refused_before_reading(name, out):
    target = out / name
    r = CliRunner().invoke(cli, ["export", str(CURATED), "-o", str(target)])
    assert r.exit_code == 2
    assert f"no output format has the suffix '{target.suffix}'" in r.output
    assert ("geoconflict import" in r.output) == (target.suffix == ".yaml")
    assert not target.exists()
