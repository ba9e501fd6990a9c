"""Map builder tests without a browser: data rules, escaping, offline, reproducibility, CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import folium
import pytest
from click.testing import CliRunner
from maps_fixtures import FIXTURES, load_fixture, page_blocks, synthetic_incidents

from geoconflict._errors import DataError
from geoconflict.cli.main import cli
from geoconflict.maps.build import build_map, default_towns, render_html, save_map
from geoconflict.maps.inline import OfflineAssetError, external_references
from geoconflict.maps.records import (
    differing_claims,
    filter_incidents,
    map_incidents,
    parse_day,
    segment_countries,
    status_at,
)


def fixture_map(**kw):
    kw.setdefault("at", "2021-06-01")
    return build_map(load_fixture("incidents"), segments=load_fixture("segments"),
                     outlines=load_fixture("outlines"), enclaves=load_fixture("enclaves"), **kw)


@pytest.fixture(scope="module")
def page() -> str:
    return render_html(fixture_map())


# ---------------------------------------------------------------- data rules
HISTORY = [{"status": "disputed", "from": "1991-12-25", "to": "2025-03-31", "source": "x"},
           {"status": "delimited", "from": "2025-03-31", "to": None, "source": "treaty"}]


@pytest.mark.parametrize(("day", "status"), [
    ("1990-01-01", "unknown"), ("2021-04-29", "disputed"), ("2025-03-30", "disputed"),
    ("2025-03-31", "delimited"), ("2030-01-01", "delimited")])
def test_status_at_a_date(day, status):
    assert status_at(HISTORY, date.fromisoformat(day)) == status


def test_differing_claims_compares_each_key_across_reports():
    reports = load_fixture("incidents")["features"][0]["properties"]["reports"]
    assert differing_claims(reports) == ["fatalities", "injured"]
    assert differing_claims([{"claims": {"fatalities": {"low": 1, "best": 2, "high": 3}}},
                             {"claims": {"fatalities": {"best": 2, "low": 1, "high": 3}}}]) == []
    assert differing_claims([{"claims": {"fatalities": None}}, {"claims": {"fatalities": 3}}]) == []


def test_partial_dates_cover_their_whole_period():
    assert parse_day("2022-02", end=True) == date(2022, 2, 28)
    with pytest.raises(DataError, match="not a date"):
        parse_day("29 April")


def test_filters_by_period_type_and_country():
    incs = map_incidents(load_fixture("incidents"))
    segcc = segment_countries(load_fixture("segments")["features"])
    ids = lambda xs: sorted(i.id for i in xs)  # noqa: E731
    in_2022 = filter_incidents(incs, date_from="2022-01-01", date_to="2022-12-31")
    assert len(in_2022) == 4
    # an incident spanning the start of the period overlaps it
    assert ids(filter_incidents(incs, date_from="2021-05-01", date_to="2021-05-01")) == [
        "2021-04-29-golovnoy"]
    assert len(filter_incidents(incs, event_types="battles")) == 4
    assert len(filter_incidents(incs, event_types=["Riots,Protests"])) == 1
    # UZ: only the incident on the KG-UZ segment, through the segment's countries
    assert ids(filter_incidents(incs, countries="uz", seg_countries=segcc)) == [
        "2022-10-23-kempir-abad"]
    assert filter_incidents(incs, countries="UZ") == []


@pytest.mark.parametrize(("change", "message"), [
    ({"geometry": {"type": "Point", "coordinates": [40.0, 70.5]}}, "lat/lon swapped"),
    ({"geometry": {"type": "LineString", "coordinates": [[70, 40], [71, 40]]}}, "Point"),
    ({"properties": {"id": "x", "date_start": "2020-01-01"}}, "missing title"),
    ({"properties": {"id": "x", "title": "t", "date_start": "2020-02-01",
                     "date_end": "2020-01-01"}}, "before date_start"),
    ({"properties": {"id": "x", "title": "t", "date_start": "2020",
                     "fatalities": {"best": -1}}}, "best must be a number"),
])
def test_bad_incidents_are_named_errors(change, message):
    feat = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [70.5, 40.0]},
            "properties": {"id": "x", "title": "t", "date_start": "2020-01-01"}}
    feat.update(change)
    with pytest.raises(DataError, match=message) as err:
        map_incidents({"type": "FeatureCollection", "features": [feat]})
    assert "incident 0 (x)" in str(err.value)


def test_default_towns_come_from_the_gazetteer():
    names = {f["properties"]["name"] for f in default_towns()["features"]}
    assert {"Isfara", "Khujand", "Osh", "Fergana"} <= names
    assert "Tashkent" not in names


# ---------------------------------------------------------------- the page
def test_build_map_returns_a_folium_map_that_users_can_extend():
    m = fixture_map()
    assert isinstance(m, folium.Map)
    folium.Marker([40.0, 70.5], tooltip="mine").add_to(m)  # notebook users keep working
    assert "mine" in render_html(m)


def test_same_input_gives_byte_identical_html(tmp_path):
    a = save_map(fixture_map(), tmp_path / "a.html").read_bytes()
    b = save_map(fixture_map(), tmp_path / "b.html").read_bytes()
    assert a == b
    assert render_html(fixture_map(at="2026-01-01")).encode() != a


def test_references_beside_and_inside_data_blocks_are_found(page):
    block = '<script type="application/octet-stream" id="d">QUJD</script>'
    after = block + '<script src="https://cdn.example/a.js"></script>'
    assert external_references(after) == ["https://cdn.example/a.js"]
    inside = block.replace("QUJD", '<link rel="stylesheet" href="//cdn.example/b.css">')
    assert external_references(inside + block) == ["//cdn.example/b.css"]
    # the map's own blocks hide nothing: a reference put after the last one is found
    assert external_references(page + '<link href="https://x.example/c.css">') == \
        ["https://x.example/c.css"]


def test_css_lookalikes_in_titles_and_notes_are_text_not_references():
    import json

    from geoconflict.maps.script_json import json_for_script

    title = "Shelling (2022): url(//e.example/c.png), @import 'x.css'"
    fc = {"type": "FeatureCollection", "features": [{
        "type": "Feature", "geometry": {"type": "Point", "coordinates": [70.6, 39.9]},
        "properties": {"id": "a", "title": title, "date_start": "2022-09-14", "notes": title}}]}
    page = render_html(build_map(fc, title=title, at="2022-09-15", towns=[]))
    assert external_references(page) == []             # built: nothing taken for a reference
    assert "<title>Shelling (2022): url&#40;//e.example/c.png), &#64;import" in page
    assert json.loads(json_for_script(title)) == title  # the script still reads the text


def test_default_page_is_self_contained(page):
    assert external_references(page) == []
    assert "<script src" not in page and "<link rel=\"stylesheet\"" not in page
    assert "Leaflet 1.9.3" in page  # inlined from XStatic-Leaflet
    assert "url(data:image/png;base64," in page  # layer-control icon
    assert "jquery" not in page.lower() and "bootstrap" not in page.lower()
    assert len(page.encode()) < 2_000_000


def test_cdn_page_is_folium_normal_small_file():
    page = render_html(fixture_map(cdn=True))
    assert '<script src="https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js">' in page
    assert "Leaflet 1.9.3, a JS library" not in page
    assert len(page.encode()) < len(render_html(fixture_map()).encode()) / 2


def test_data_text_never_appears_as_markup(page):
    assert "<script>window.__xss" not in page
    assert "<img src=x" not in page
    assert "<b>Rioters" not in page
    inc = page_blocks(page)["IncidentLayer"]   # present as data, in a base64 block
    assert any(t.startswith("<script>window.__xss=1</script>Teahouse burnt") for t in inc["t"])
    page2 = render_html(fixture_map(title="</title><script>alert(1)</script>"))
    assert "<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>" in page2
    assert "<script>alert(1)" not in page2


def _statuses(page: str) -> dict[str, str]:
    seg = page_blocks(page)["SegmentLayer"]
    return {p[0]: seg["S"][p[4]] for p in seg["p"]}


def test_segments_carry_status_at_map_date_and_their_history(page):
    before = _statuses(render_html(fixture_map(at="2021-06-01")))
    after = _statuses(render_html(fixture_map(at="2026-01-01")))
    assert list(before.values()).count("disputed") == 3
    assert "disputed" not in after.values()
    seg = page_blocks(page)["SegmentLayer"]
    vorukh = next(p for p in seg["p"] if p[0] == "kg-tj-vorukh")
    assert [[seg["S"][h[0]], h[1], h[2]] for h in vorukh[3]][-1] == ["delimited", "2025-03-31", ""]


def test_offline_map_with_an_uninlinable_plugin_fails_and_keeps_the_old_file(tmp_path):
    from folium.plugins import MarkerCluster

    target = tmp_path / "map.html"
    target.write_text("old")
    m = fixture_map()
    MarkerCluster().add_to(m)
    with pytest.raises(OfflineAssetError, match="markercluster"):
        save_map(m, target)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["map.html"]  # no temporary left behind


def test_many_incidents_use_one_layer_not_one_object_each():
    m = build_map(synthetic_incidents(500), towns=[], at="2021-01-01")
    page = render_html(m)
    from geoconflict.maps.inline import runtime_js

    # markers are made by the runtime, not one folium object (and script) each
    assert page.count("L.circleMarker") == runtime_js().count("L.circleMarker")
    assert len(page_blocks(page)["IncidentLayer"]["id"]) == 500


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


def test_template_syntax_in_data_is_not_evaluated():
    fc = load_fixture("incidents")
    fc["features"][0]["properties"]["title"] = "{{ 7*7 }} {% if true %}x{% endif %} {# c #}"
    page = render_html(build_map(fc, towns=[], at="2021-06-01", title="{{ 6*7 }}"))
    assert "{{ 7*7 }} {% if true %}x{% endif %} {# c #}" in page_blocks(page)["IncidentLayer"]["t"]
    assert "<title>{{ 6*7 }}</title>" in page
    assert '"\\u007b{ 6*7 }}"' in page  # the title control's argument


def test_popup_dates_are_shown_at_their_precision(page):
    inc = page_blocks(page)["IncidentLayer"]
    labels = [inc["S"][k] if k >= 0 else None for k in inc["dl"]]
    assert "2022-10 (month known)" in labels
    # day-precise dates are written by the runtime (the browser test reads them)
    assert labels[inc["id"].index("2021-04-29-golovnoy")] is None


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
