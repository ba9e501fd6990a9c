"""Real-browser tests: built maps opened in headless Chromium with the network blocked.

Skipped, with one line saying why, where Debian's chromium is not installed
(``make test`` installs it when run as root with apt; see tests/ensure_debian.sh).
"""

from __future__ import annotations

import json

import maps_fixtures
import pytest
from maps_fixtures import NEEDS_CHROMIUM, load_fixture, synthetic_incidents

from geoconflict.maps.build import build_map, save_map

pytestmark = NEEDS_CHROMIUM
browser = maps_fixtures.browser  # the module's headless Chromium (a fixture)


@pytest.fixture(scope="module")
def fixture_map(tmp_path_factory):
    m = build_map(load_fixture("incidents"), segments=load_fixture("segments"),
                  outlines=load_fixture("outlines"), enclaves=load_fixture("enclaves"),
                  at="2021-06-01", title="Test <b>map</b>")
    return save_map(m, tmp_path_factory.mktemp("maps") / "fixture.html")


@pytest.fixture(scope="module")
def opened(browser, fixture_map):
    seconds = browser.open(fixture_map)
    browser.drain(0.3)
    return seconds


def count(browser, selector: str) -> int:
    return browser.evaluate(f"document.querySelectorAll({json.dumps(selector)}).length")


def test_leaflet_initialises_offline(browser, opened):
    assert browser.evaluate("typeof L === 'object' && L.version") == "1.9.3"
    assert count(browser, ".leaflet-container") == 1
    assert browser.evaluate("GC.ready") is True
    assert browser.evaluate("document.title") == "Test <b>map</b>"
    assert browser.evaluate("GC.readyAt") > 0  # timed in benchmarks/bench_maps.py, not here


def test_expected_markers_segments_and_basemap_are_drawn(browser, opened):
    assert count(browser, "path.gc-incident") == 8
    assert count(browser, "path.gc-segment") == 5
    assert count(browser, "path.gc-enclave") == 7
    assert count(browser, "path.gc-outline") >= 3
    assert count(browser, ".gc-town") > 5
    # the raid is a dashed path with 3 numbered stops and 2 direction arrows
    assert count(browser, "path.gc-path") == 1
    assert count(browser, ".gc-stop") == 3
    assert count(browser, ".gc-arrow") == 2
    # controls: legend, layers, scale, fullscreen, search, date filter
    for sel in (".gc-legend", ".leaflet-control-layers", ".leaflet-control-scale", ".gc-fs",
                ".gc-search input", ".gc-dates-ctl input[type=range]"):
        assert count(browser, sel) >= 1, sel


def test_popup_opens_on_click_and_shows_data_as_text(browser, opened):
    browser.evaluate("void GC.map.closePopup()")
    x, y = browser.evaluate("""(() => {
        const it = GC.items.find(i => i.id === '2013-12-17-vorukh-teahouse');
        GC.map.setView([it.lat, it.lon], 15, {animate: false});
        const p = GC.map.latLngToContainerPoint([it.lat, it.lon]);
        const r = GC.map.getContainer().getBoundingClientRect();
        return [p.x + r.left, p.y + r.top];
    })()""")
    browser.click(x, y)
    browser.drain(0.2)
    text = browser.evaluate(
        "document.querySelector('.leaflet-popup-content') && "
        "document.querySelector('.leaflet-popup-content').textContent")
    assert text, "no popup opened"
    assert "<script>window.__xss=1</script>Teahouse burnt" in text
    assert '<img src=x onerror="window.__xss=2">' in text
    assert "accounts differ" not in text  # both reports agree on 0 deaths
    assert count(browser, ".leaflet-popup-content script") == 0
    assert count(browser, ".leaflet-popup-content img") == 0
    assert count(browser, ".leaflet-popup-content b") == 0
    assert count(browser, ".leaflet-popup-content a[href^='javascript']") == 0
    assert count(browser, ".leaflet-popup-content a[href^='https://asiaplus.news']") == 1
    assert browser.evaluate("typeof window.__xss") == "undefined", "data ran as script"


def test_popup_marks_differing_accounts(browser, opened):
    html = browser.evaluate("""(() => {
        GC.openIncident('2021-04-29-golovnoy');
        const all = document.querySelectorAll('.leaflet-popup-content');
        return all[all.length - 1].textContent;
    })()""")
    assert "accounts differ: fatalities, injured" in html
    assert "2021-04-28 – 2021-05-01" in html
    assert "Fatalities36–55" in html  # low–high; the best estimate is the high one
    assert "fatalities: 13 ⚠" in html and "fatalities: 19 ⚠" in html
    assert browser.evaluate("(() => { const all = document.querySelectorAll("
                            "'.leaflet-popup-content'); return all[all.length - 1]"
                            ".querySelectorAll('.gc-claim-differs').length; })()") == 6


def test_segment_tooltip_shows_status_history_and_incident_count(browser, opened):
    text = browser.evaluate("""(() => {
        const seg = GC.layers.segments.getLayers().find(l => l.gcSegment.id === 'kg-tj-vorukh');
        seg.openTooltip(seg.getCenter());
        return seg.getTooltip().getElement().textContent;
    })()""")
    assert "Vorukh exclave – Ak-Sai – Tamdyk" in text
    assert "Status on 2021-06-01: disputed" in text
    assert "2025-03-31 – today: delimited" in text
    assert "Incidents on this segment: 3" in text


def test_date_filter_changes_visible_markers(browser, opened):
    browser.evaluate("GC.map.closePopup(); void GC.map.fitBounds(GC.layers.incidents.getBounds())")
    shown = browser.evaluate("""(() => {
        const [a, b] = document.querySelectorAll('.gc-dates-ctl input[type=range]');
        a.value = GC.dayNumber('2022-01-01'); a.dispatchEvent(new Event('input'));
        b.value = GC.dayNumber('2022-12-31'); b.dispatchEvent(new Event('input'));
        return GC.visibleCount();
    })()""")
    assert shown == 4
    assert count(browser, "path.gc-incident") == 4
    assert "4 of 8 incidents" in browser.evaluate(
        "document.querySelector('.gc-dates-out').textContent")
    assert browser.evaluate("GC.setDateRange('2013-01-01', '2023-01-01')") == 8
    assert count(browser, "path.gc-incident") == 8


def test_place_search_finds_a_town(browser, opened):
    assert browser.evaluate("GC.search('Isfara')") in ("", None)
    browser.drain(0.6)  # the view animates
    assert browser.evaluate("GC.map.getZoom()") >= 12
    assert "No place" in browser.evaluate("GC.search('Atlantis')")


def test_zero_failed_requests_and_no_errors(browser, opened):
    browser.drain(0.2)
    assert browser.failed == []
    assert browser.external_requests() == []
    assert browser.exceptions == []


def test_user_added_folium_marker_works_offline(browser, tmp_path):
    import folium

    m = build_map(load_fixture("incidents"), towns=[], at="2021-06-01")
    folium.Marker([40.0, 70.6], tooltip="added by a notebook user").add_to(m)
    browser.failed.clear()
    browser.requests.clear()
    browser.open(save_map(m, tmp_path / "user.html"))
    browser.drain(0.3)
    assert browser.evaluate(
        "[...document.querySelectorAll('img.leaflet-marker-icon')]"
        ".every(i => i.complete && i.naturalWidth > 0)") is True
    assert count(browser, "img.leaflet-marker-icon") == 1
    assert browser.failed == [] and browser.external_requests() == []


def test_canvas_rendering_of_many_incidents(browser, tmp_path):
    m = build_map(synthetic_incidents(3000), towns=[], at="2021-06-01", canvas_threshold=2000)
    path = save_map(m, tmp_path / "many.html")
    browser.open(path)
    assert browser.evaluate("GC.visibleCount()") == 3000
    assert count(browser, ".leaflet-gcMarks-pane canvas") >= 1
    assert count(browser, "path.gc-incident") == 0  # drawn on the canvas, not as SVG
    x, y = browser.evaluate("""(() => {
        const it = GC.items.find(i => i.id === 'syn-001234');
        GC.map.setView([it.lat, it.lon], 16, {animate: false});
        const p = GC.map.latLngToContainerPoint([it.lat, it.lon]);
        const r = GC.map.getContainer().getBoundingClientRect();
        return [p.x + r.left, p.y + r.top];
    })()""")
    browser.click(x, y)
    browser.drain(0.2)
    assert "Synthetic incident 1234 near" in browser.evaluate(
        "document.querySelector('.leaflet-popup-content').textContent")
    assert browser.evaluate("GC.setDateRange('2020-01-01', '2020-12-31')") < 3000
    assert browser.exceptions == []
