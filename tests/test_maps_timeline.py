"""The map's timeline, town labels and the text-only rule for the new controls, in headless
Chromium (network off): dragging over the chart, playing, labels at every zoom, markup in data.
"""

from __future__ import annotations

import json
from datetime import date

import maps_fixtures
import pytest
from maps_fixtures import NEEDS_CHROMIUM, load_fixture

from geoconflict.maps.build import build_map, save_map
from geoconflict.maps.records import status_at
from geoconflict.maps.style import STATUS_COLORS

pytestmark = NEEDS_CHROMIUM
browser = maps_fixtures.browser  # the module's headless Chromium (a fixture)


@pytest.fixture(scope="module")
def opened(browser, tmp_path_factory):
    m = build_map(load_fixture("incidents"), segments=load_fixture("segments"),
                  outlines=load_fixture("outlines"), enclaves=load_fixture("enclaves"),
                  at="2021-06-01")
    path = save_map(m, tmp_path_factory.mktemp("timeline") / "map.html")
    browser.open(path)
    return path


def chart_x(browser, day: str) -> tuple[float, float]:
    """Screen position of a day on the chart (middle height)."""
    return browser.evaluate(f"""(() => {{
        const tl = GC.timeline, r = tl.chart.getBoundingClientRect();
        return [r.left + tl.x(GC.dayNumber({day!r})) / 440 * r.width, r.top + r.height / 3];
    }})()""")


def drag(browser, a: tuple[float, float], b: tuple[float, float]) -> None:
    browser.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": a[0], "y": a[1]})
    browser.send("Input.dispatchMouseEvent", {"type": "mousePressed", "x": a[0], "y": a[1],
                                              "button": "left", "clickCount": 1})
    for k in range(1, 6):
        x = a[0] + (b[0] - a[0]) * k / 5
        browser.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": a[1],
                                                  "button": "left", "buttons": 1})
    browser.send("Input.dispatchMouseEvent", {"type": "mouseReleased", "x": b[0], "y": b[1],
                                              "button": "left", "clickCount": 1})


def test_chart_counts_incidents_and_deaths_per_month_by_type(browser, opened):
    bins = browser.evaluate("GC.timeline.bins.length")
    assert bins == (2022 - 2013) * 12 + 10 - 12 + 1          # 2013-12 .. 2022-10, by month
    tip = browser.evaluate("""[...document.querySelectorAll('.gc-tl-hit title')]
        .map(t => t.textContent).filter(t => t.startsWith('2022-09'))[0]""")
    assert tip == ("2022-09: 2 incidents, 15 deaths\nBattles: 1\n"
                   "Explosions/Remote violence: 1")
    # stacked: one bar per type present in the month, in the type's colour
    fills = browser.evaluate("""(() => {
        const k = GC.timeline.bins.findIndex(b => GC.isoDay(b[0]).startsWith('2022-09'));
        const bin = document.querySelectorAll('.gc-tl-bin')[k];
        return [...bin.querySelectorAll('rect:not(.gc-tl-hit)')].map(r => r.getAttribute('fill'));
    })()""")
    assert fills == ["#d62728", "#ff7f0e"]


def test_dragging_over_the_chart_filters_map_legend_and_segments(browser, opened):
    drag(browser, chart_x(browser, "2022-01-02"), chart_x(browser, "2022-10-30"))
    browser.drain(0.2)
    assert browser.evaluate("GC.visibleCount()") == 4
    assert browser.evaluate("document.querySelectorAll('path.gc-incident').length") == 4
    legend = browser.evaluate("""Object.fromEntries([...document.querySelectorAll(
        '.gc-legend .gc-legend-row')].filter(r => r.querySelector('.gc-legend-n'))
        .map(r => [r.children[1].textContent, +r.querySelector('.gc-legend-n').textContent]))""")
    assert legend["Battles"] == 2 and legend["Riots"] == 0
    day = browser.evaluate("GC.isoDay(GC.filter.to)")
    assert day.startswith("2022-10-")
    # segment colours and tooltips follow the last day of the selection, by the rule of
    # records.status_at
    segs = {f["properties"]["id"]: f["properties"]["status_history"]
            for f in load_fixture("segments")["features"]}
    shown = json.loads(browser.evaluate(
        "JSON.stringify(GC.segments.map(s => [s.id, s.line.options.color]))"))
    for sid, colour in shown:
        assert colour == STATUS_COLORS[status_at(segs[sid], date.fromisoformat(day))], sid
    tip = browser.evaluate("""(() => {
        const s = GC.segments.find(s => s.id === 'kg-tj-vorukh');
        return GC.segmentTip(s).textContent; })()""")
    assert f"Status on {day}" in tip and "Incidents on this segment (2022-01-0" in tip
    # a tap on the chart without dragging selects everything again
    x, y = chart_x(browser, "2015-06-15")
    browser.click(x, y)
    browser.click(x, y)
    browser.drain(0.2)
    assert browser.evaluate("GC.visibleCount()") == 8


def test_play_steps_through_time(browser, opened):
    browser.evaluate("GC.setDateRange('2013-12-01', '2022-10-31')")
    browser.evaluate("document.querySelector('.gc-play').click()")
    first = browser.evaluate("+GC.timeline.a.value")
    browser.drain(0.8)                                   # one step every 700 ms
    later = browser.evaluate("+GC.timeline.a.value")
    assert later > first
    assert browser.evaluate("GC.visibleCount()") < 8
    browser.evaluate("document.querySelector('.gc-play').click()")    # pause
    paused = browser.evaluate("+GC.timeline.a.value")
    browser.drain(0.8)
    assert browser.evaluate("+GC.timeline.a.value") == paused
    assert browser.evaluate("GC.timeline.timer") is None


def test_town_labels_never_overlap_at_any_zoom(browser, tmp_path):
    m = build_map(load_fixture("incidents"), at="2021-06-01")     # the gazetteer's towns
    browser.open(save_map(m, tmp_path / "towns.html"))
    hidden_at = {}
    for zoom in range(6, 14):
        browser.evaluate(f"void GC.map.setView([40.38, 71.78], {zoom}, {{animate: false}})")
        browser.drain(0.15)
        rects = browser.evaluate("""[...document.querySelectorAll('.gc-town-icon')]
            .filter(e => getComputedStyle(e).visibility !== 'hidden')
            .map(e => { const r = e.firstChild.getBoundingClientRect();
                        return [r.left, r.top, r.right, r.bottom, e.textContent]; })
            .filter(r => r[2] > 0 && r[3] > 0 && r[0] < innerWidth && r[1] < innerHeight)""")
        assert rects, zoom
        for i, a in enumerate(rects):
            for b in rects[i + 1:]:
                assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), \
                    (zoom, a[4], b[4])
        hidden_at[zoom] = browser.evaluate("GC.declutterTowns()")
        names = {r[4] for r in rects}
        if zoom == 8:        # regional centres are kept before smaller towns
            assert {"Osh", "Khujand", "Fergana"} <= names, (zoom, names)
    assert hidden_at[6] > hidden_at[13]


def test_markup_in_data_stays_text_in_legend_timeline_search_and_tooltips(browser, tmp_path):
    fc = load_fixture("incidents")
    bad = "<img src=x onerror=window.__xss=3>"
    fc["features"][0]["properties"]["event_type"] = bad
    fc["features"][3]["properties"]["stops"][0]["name"] = "<b>Post</b>" + bad
    segs = load_fixture("segments")
    segs["features"][0]["properties"]["name"] = "<i>seg</i>" + bad
    m = build_map(fc, segments=segs, at="2021-06-01", title="<script>window.__xss=4</script>")
    browser.open(save_map(m, tmp_path / "xss.html"))
    browser.drain(0.3)
    assert bad in browser.evaluate("document.querySelector('.gc-legend').textContent")
    assert bad in browser.evaluate("[...document.querySelectorAll('.gc-tl-hit title')]"
                                   ".map(t => t.textContent).join(' ')")
    assert browser.evaluate("GC.findPlace('Post')")["name"] == "<b>Post</b>" + bad
    assert bad in browser.evaluate("GC.segmentTip(GC.segments[0]).textContent")
    assert browser.evaluate("document.querySelectorAll('.leaflet-container img, "
                            ".leaflet-container b, .leaflet-container i').length") == 0
    assert browser.evaluate("typeof window.__xss") == "undefined"
    assert browser.exceptions == []
