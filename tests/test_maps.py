"""Map builder tests without a browser: data rules, escaping, offline, reproducibility (the
`geoconflict map` command is tested in test_maps_cli.py)."""

from __future__ import annotations

from datetime import date

import folium
import pytest
from maps_fixtures import load_fixture, page_blocks, synthetic_incidents

from geoconflict._errors import DataError
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
