"""Still maps (PNG, SVG, PDF) read back from the files: size, pixels, text, bytes, errors."""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from click.testing import CliRunner
from maps_fixtures import FIXTURES, load_fixture, synthetic_incidents
from PIL import Image
from pypdf import PdfReader

from geoconflict._errors import OptionError
from geoconflict.cli.main import cli
from geoconflict.maps import build_map
from geoconflict.maps.still import build_still, page, parse_size, save_still
from geoconflict.maps.still.project import Projection

SVG = "{http://www.w3.org/2000/svg}"
# The HTML map's palette, written out here so a change to it is a visible decision.
EVENT_RGB = {"Battles": (0xd6, 0x27, 0x28), "Violence against civilians": (0x94, 0x67, 0xbd),
             "Explosions/Remote violence": (0xff, 0x7f, 0x0e), "Riots": (0x8c, 0x56, 0x4b),
             "Strategic developments": (0x7f, 0x7f, 0x7f)}


def fixture_still(**kw):
    layers = {k: load_fixture(k) for k in ("segments", "outlines", "enclaves")}
    return build_still(load_fixture("incidents"), **{**layers, "at": "2021-06-01", **kw})


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    out = tmp_path_factory.mktemp("still")
    fig = fixture_still()
    return fig, {ext: save_still(fig, out / f"map.{ext}") for ext in ("png", "svg", "pdf")}


def svg_texts(path) -> list[str]:
    root = ET.parse(path).getroot()
    return ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]


# ---------------------------------------------------------------- PNG
def test_png_is_a4_landscape_at_200_dpi(files):
    _, paths = files
    with Image.open(paths["png"]) as im:
        # ISO 216 A4 is 297 x 210 mm; matplotlib makes whole pixels by truncating
        assert im.size == (math.floor(297 / 25.4 * 200), math.floor(210 / 25.4 * 200))
        assert im.size == (2338, 1653)
        assert "Software" not in im.info


def test_png_size_follows_size_and_dpi(tmp_path):
    fig = fixture_still(size="a3", dpi=72, towns=[])
    with Image.open(save_still(fig, tmp_path / "a3.png")) as im:
        assert im.size == (math.floor(420 / 25.4 * 72), math.floor(297 / 25.4 * 72))
    fig = fixture_still(size="150x200", dpi=100, towns=[])
    with Image.open(save_still(fig, tmp_path / "p.png")) as im:
        assert im.size == (math.floor(150 / 25.4 * 100), math.floor(200 / 25.4 * 100))


def test_incidents_are_drawn_in_their_event_colour_where_they_are(tmp_path):
    """On a white page (no basemap) each marker's centre has its colour at 72 % opacity."""
    fc = load_fixture("incidents")
    fig = build_still(fc, towns=[], at="2021-06-01")
    with Image.open(save_still(fig, tmp_path / "m.png")) as im:
        pixels = np.asarray(im.convert("RGB")).astype(int)
    feats = fc["features"]
    best = [(f["properties"]["fatalities"] or {}).get("best") or 0 for f in feats]
    radius_px = [max(4, 3 * math.sqrt(b)) * 0.75 * 200 / 72 for b in best]   # CSS px -> pt -> px
    pos = [fig.pixel(*f["geometry"]["coordinates"]) for f in feats]
    checked = 0
    for k, f in enumerate(feats):
        # where markers overlap the colours mix: check the centres no other marker covers
        covered = any(j != k and math.dist(pos[j], pos[k]) < radius_px[j] + 2
                      for j in range(len(feats)))
        if covered:
            continue
        col, row = (int(v) for v in pos[k])
        rgb = np.array(EVENT_RGB[f["properties"]["event_type"]])
        # a raid's path (its colour at 90 %) runs under its marker
        under = 0.9 * rgb + 0.1 * 255 if f["properties"].get("stops") else 255
        want = rgb * 0.72 + under * 0.28
        assert np.abs(pixels[row, col] - want).max() <= 3, (f["properties"]["id"],
                                                            pixels[row, col])
        checked += 1
    assert checked >= 5
    assert (pixels[5, 5] == 255).all()                      # the page margin is blank


def test_outlines_and_enclaves_are_filled_as_in_the_html_map(files):
    fig, paths = files
    with Image.open(paths["png"]) as im:
        pixels = np.asarray(im.convert("RGB")).astype(int)
    # the HTML map's country fills, and Vorukh's TJ tint at half opacity over TJ's fill
    tj, tint = np.array((0xe0, 0xec, 0xd5)), np.array((0x3f, 0x9a, 0x3a))
    for lonlat, want in (((71.5, 39.65), (0xf4, 0xe3, 0xd3)), ((70.9, 40.75), (0xdb, 0xe6, 0xf1)),
                         ((69.9, 40.6), tj), ((70.62, 39.86), 0.5 * tint + 0.5 * tj)):
        col, row = (int(v) for v in fig.pixel(*lonlat))
        assert np.abs(pixels[row, col] - np.array(want)).max() <= 1, lonlat


# ---------------------------------------------------------------- PDF and SVG
def test_pdf_is_a_vector_page_with_its_text_as_text(files):
    _, paths = files
    reader = PdfReader(paths["pdf"])
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width), 1), round(float(box.height), 1)) == (841.9, 595.3)  # A4, pt
    text = reader.pages[0].extract_text()
    for words in ("Border incidents in the Fergana valley", "8 incidents",
                  "borders as of 2021-06-01", "Incidents by event type", "Battles",
                  "Border segments on 2021-06-01", "disputed", "OpenStreetMap", "km"):
        assert words in text, words
    xobjects = reader.pages[0]["/Resources"].get("/XObject") or {}
    images = [n for n, o in xobjects.items() if o.get_object().get("/Subtype") == "/Image"]
    assert images == []
    assert "/CreationDate" not in reader.metadata


def test_svg_keeps_text_and_one_marker_per_incident(files):
    _, paths = files
    root = ET.parse(paths["svg"]).getroot()
    assert root.get("width") == "841.889764pt"
    texts = svg_texts(paths["svg"])
    assert "Border incidents in the Fergana valley" in texts
    assert any(t.startswith("8 incidents · 2013-12-17 – 2022-10-31") for t in texts)
    groups = {g.get("id"): g for g in root.iter(f"{SVG}g") if g.get("id")}
    assert len(list(groups["incidents"])) == 8
    assert "raid-2022-09-14-bulak-bashy-raid" in groups
    assert ET.parse(paths["svg"]).getroot().find(f"{SVG}metadata") is not None
    assert "<dc:date>" not in paths["svg"].read_text()


def test_text_from_data_stays_text(tmp_path):
    title = "Clashes <b>$x^2$</b> & {{ 7*7 }}"
    fig = fixture_still(title=title, towns=[])
    assert title in svg_texts(save_still(fig, tmp_path / "t.svg"))
    assert title in PdfReader(save_still(fig, tmp_path / "t.pdf")).pages[0].extract_text()


# ---------------------------------------------------------------- content rules
def test_same_filtered_data_as_the_html_map():
    layers = {k: load_fixture(k) for k in ("segments", "outlines", "enclaves")}
    for kw in ({}, {"event_types": "Battles"}, {"date_from": "2022-01-01"}, {"countries": "UZ"}):
        html = build_map(load_fixture("incidents"), **layers, at="2021-06-01", towns=[], **kw)
        still = build_still(load_fixture("incidents"), **layers, at="2021-06-01", towns=[],
                            dpi=50, **kw)
        assert still.stats["shown"] == html.geoconflict_stats["shown"], kw
        assert still.stats["segments"] == html.geoconflict_stats["segments"]


def test_town_labels_do_not_overlap_and_stay_inside(files):
    fig, _ = files
    renderer = fig.canvas.get_renderer()
    labels = [t for t in fig.map_ax.texts if t.get_gid() == "town-label"]
    assert len(labels) == fig.stats["towns_placed"] > 10
    boxes = [t.get_window_extent(renderer) for t in labels]
    frame = fig.map_ax.get_window_extent(renderer)
    for k, a in enumerate(boxes):
        assert frame.x0 <= a.x0 and a.x1 <= frame.x1 and frame.y0 <= a.y0 and a.y1 <= frame.y1
        for b in boxes[k + 1:]:
            assert not a.overlaps(b), (labels[k].get_text())


def test_labels_go_by_priority_not_input_order():
    names = [("Smallville", "town", 5_000), ("Midtown", "city", 90_000),
             ("Capitol", "capital", 10_000), ("Bigtown", "town", 200_000)]
    towns = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [70.9, 40.6]},
         "properties": {"name": n, "kind": k, "population": p}} for n, k, p in names]}
    fig = fixture_still(towns=towns, dpi=50)
    placed = [t.get_text() for t in fig.map_ax.texts if t.get_gid() == "town-label"]
    assert placed == ["Capitol"]                # one dot per spot; the capital wins
    del towns["features"][2]
    fig = fixture_still(towns=towns, dpi=50)
    assert [t.get_text() for t in fig.map_ax.texts if t.get_gid() == "town-label"] == ["Midtown"]


def test_scale_bar_measures_true_distance(files):
    fig, _ = files
    bar = next(a for a in fig.map_ax.artists if a.get_gid() == "scale-bar")
    info = bar.info
    assert info.units == "km"
    # the bar's length in data units (projected metres), laid east from the map's centre
    x = sum(fig.map_ax.get_xlim()) / 2
    y = sum(fig.map_ax.get_ylim()) / 2
    (lon0, lon1), (lat0, lat1) = fig.projection.lonlat([x, x + info.length_px], [y, y])
    true_km = Projection.geodesic_m(lon0, lat0, lon1, lat1) / 1000
    assert abs(true_km - info.value) / info.value < 0.001


def test_north_arrow_turns_by_the_meridian_convergence():
    proj = Projection()
    assert abs(proj.north_angle(70.0, 40.0)) < 1e-6      # the central meridian
    p1, p2 = math.radians(37.5), math.radians(41.5)
    n = (math.log(math.cos(p1) / math.cos(p2))
         / math.log(math.tan(math.pi / 4 + p2 / 2) / math.tan(math.pi / 4 + p1 / 2)))
    assert proj.north_angle(73.0, 40.0) == pytest.approx(-n * 3.0, abs=0.01)


def test_crowded_points_become_hexagons_and_none_is_lost(tmp_path):
    fc = synthetic_incidents(3000, stops_every=700)
    fig = build_still(fc, towns=[], at="2021-06-01", aggregate_above=1000, dpi=50)
    root = ET.parse(save_still(fig, tmp_path / "h.svg")).getroot()
    groups = {g.get("id"): g for g in root.iter(f"{SVG}g") if g.get("id")}
    hexes = len(list(groups["hexes"]))
    markers = len(list(groups["incidents"]))
    assert hexes > 20 and markers > 0
    counts = [int("".join(g.itertext())) for name, g in groups.items()
              if name.startswith("hex-count-")]
    assert len(counts) == hexes and min(counts) >= 10
    assert sum(counts) + markers == 3000
    assert sum(1 for g in groups if g.startswith("raid-")) == 5     # raids drawn, even in hexagons


# ---------------------------------------------------------------- reproducibility
def test_same_input_gives_the_same_bytes(files, tmp_path):
    _, paths = files
    again = fixture_still()
    for ext, first in paths.items():
        second = save_still(again, tmp_path / f"again.{ext}")
        assert first.read_bytes() == second.read_bytes(), ext


# ---------------------------------------------------------------- errors
@pytest.mark.parametrize("size", ["a5", "300", "10x10", "300 by 200", ""])
def test_bad_size_is_a_clear_error(size):
    with pytest.raises(OptionError, match="size"):
        parse_size(size)


def test_sizes():
    assert parse_size("A3") == (420.0, 297.0)
    assert parse_size("letter") == (279.4, 215.9)
    assert parse_size("250x180mm") == (250.0, 180.0)
    with pytest.raises(OptionError, match="dpi 5000"):
        page("a4", 5000)


def test_cli_writes_png_and_refuses_unknown_suffix_and_size(tmp_path):
    src = tmp_path / "in.geojson"
    src.write_text((FIXTURES / "incidents.geojson").read_text())
    out = tmp_path / "m.png"
    r = CliRunner().invoke(cli, ["map", str(src), "--no-borders", "-o", str(out),
                                 "--at", "2021-06-01", "--dpi", "50"])
    assert r.exit_code == 0, r.output
    with Image.open(out) as im:
        assert im.size == (math.floor(297 / 25.4 * 50), math.floor(210 / 25.4 * 50))
    for args, words in ((["-o", str(tmp_path / "m.jpg")], "unknown map format '.jpg'"),
                        (["-o", str(tmp_path / "m.png"), "--size", "a5"], "size 'a5'"),
                        (["-o", str(tmp_path / "m.pdf"), "--cdn"], "--cdn is for HTML maps"),
                        (["-o", str(tmp_path / "m.html"), "--dpi", "100"],
                         "--dpi is for still maps")):
        before = sorted(p.name for p in tmp_path.iterdir())
        r = CliRunner().invoke(cli, ["map", str(src), "--no-borders", *args])
        assert r.exit_code != 0 and words in r.output, (args, r.output)
        assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_cli_format_overrides_the_suffix(tmp_path):
    out = tmp_path / "map.out"
    src = FIXTURES / "incidents.geojson"
    r = CliRunner().invoke(cli, ["map", str(src), "--no-borders", "--format", "pdf",
                                 "-o", str(out), "--at", "2021-06-01"])
    assert r.exit_code == 0, r.output
    assert out.read_bytes().startswith(b"%PDF-")


def test_a_failed_run_leaves_the_old_file_and_no_partial_one(tmp_path):
    bad = tmp_path / "bad.geojson"
    bad.write_text('{"type": "FeatureCollection", "features": [{"type": "Feature", '
                   '"geometry": {"type": "Point", "coordinates": [0, 0]}, '
                   '"properties": {"id": "a", "title": "t", "date_start": "2020-01-01"}}]}')
    out = tmp_path / "m.png"
    out.write_bytes(b"old")
    r = CliRunner().invoke(cli, ["map", str(bad), "--no-borders", "-o", str(out)])
    assert r.exit_code == 1 and "outside the region" in r.output
    assert out.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.geojson", "m.png"]


def test_a_small_page_and_an_empty_selection_still_make_a_whole_map(tmp_path):
    fig = fixture_still(size="100x80", event_types="Protests", dpi=100)
    assert fig.stats["shown"] == 0
    texts = svg_texts(save_still(fig, tmp_path / "s.svg"))
    assert any(t.startswith("0 incidents · borders as of 2021-06-01") for t in texts)
    # the legend is shrunk to its panel: nothing below the map's bottom edge but the credit
    renderer = fig.canvas.get_renderer()
    legend_ax = fig.axes[1]
    bottom = fig.map_ax.get_window_extent(renderer).y0
    for t in legend_ax.texts:
        assert t.get_window_extent(renderer).y0 >= bottom - 1, t.get_text()


def test_every_event_type_has_its_own_shape_of_the_same_area():
    from geoconflict.maps.still.incidents import EVENT_MARKERS, OTHER_MARKER, marker_path
    from geoconflict.maps.style import EVENT_COLORS

    assert set(EVENT_MARKERS) == set(EVENT_COLORS)
    assert len({*EVENT_MARKERS.values(), OTHER_MARKER}) == len(EVENT_MARKERS) + 1
    for name in [*EVENT_MARKERS, "Something else"]:
        poly = marker_path(name).to_polygons()[0]
        x, y = poly[:, 0], poly[:, 1]
        area = 0.5 * abs(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1)))
        assert area == pytest.approx(math.pi / 4, rel=0.01), name   # a circle of diameter 1


def test_bytes_do_not_depend_on_the_hash_seed(tmp_path):
    import os
    import subprocess
    import sys

    code = ("import sys; sys.path.insert(0, sys.argv[1]); from maps_fixtures import load_fixture;"
            "from geoconflict.maps.still import build_still, save_still;"
            "fig = build_still(load_fixture('incidents'), "
            "**{k: load_fixture(k) for k in ('segments', 'outlines', 'enclaves')}, "
            "at='2021-06-01', dpi=60);"
            "[save_still(fig, sys.argv[2] + '.' + e) for e in ('png', 'svg', 'pdf')]")
    tests = str(FIXTURES.parents[1])
    for seed in ("1", "2"):
        subprocess.run([sys.executable, "-c", code, tests, str(tmp_path / seed)], check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed})
    for ext in ("png", "svg", "pdf"):
        assert (tmp_path / f"1.{ext}").read_bytes() == (tmp_path / f"2.{ext}").read_bytes(), ext


def test_still_maps_do_not_load_folium():
    import subprocess
    import sys

    code = ("import sys, geoconflict.maps.still; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'folium', 'branca'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_an_html_map_does_not_load_matplotlib(tmp_path):
    # the still map's page and format checks are plain Python: matplotlib (a second or more
    # of start-up) loads only when a still map is drawn
    import subprocess
    import sys

    from geoconflict.incidents.load import curated_dir

    out = tmp_path / "m.html"
    code = ("import sys; from click.testing import CliRunner; "
            "from geoconflict.cli.main import cli; "
            f"r = CliRunner().invoke(cli, ['map', {str(curated_dir())!r}, '-o', {str(out)!r}]); "
            "print(r.exit_code, 'matplotlib' in sys.modules)")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert res.stdout.split() == ["0", "False"] and out.stat().st_size > 100_000
