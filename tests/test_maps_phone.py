"""The map on a phone (390x844, touch) and on a desktop (1280x900), in headless Chromium.

Measured from the element rectangles the browser lays out, not read from the CSS.
"""

from __future__ import annotations

import pytest
from maps_fixtures import NEEDS_CHROMIUM, load_fixture, synthetic_incidents

from geoconflict._headless import BrowserUnavailable, Chromium
from geoconflict.maps.build import build_map, save_map

pytestmark = NEEDS_CHROMIUM

TARGETS = """[...document.querySelectorAll(
    '.leaflet-container a[href], .leaflet-container button, .leaflet-container input,'
    + ' .leaflet-control-layers-toggle')]
    .filter(e => { const r = e.getBoundingClientRect();
                   return r.width > 0 && r.height > 0
                          && getComputedStyle(e).visibility !== 'hidden'; })
    .map(e => { const r = e.getBoundingClientRect();
                return [e.className || e.tagName, Math.round(r.width), Math.round(r.height)]; })"""


@pytest.fixture(scope="module")
def map_file(tmp_path_factory):
    m = build_map(load_fixture("incidents"), segments=load_fixture("segments"),
                  outlines=load_fixture("outlines"), enclaves=load_fixture("enclaves"),
                  at="2021-06-01")
    return save_map(m, tmp_path_factory.mktemp("phone") / "map.html")


@pytest.fixture(scope="module")
def phone(map_file):
    try:
        br = Chromium(width=390, height=844, touch=True)
    except BrowserUnavailable as exc:  # pragma: no cover - depends on the machine
        pytest.skip(f"chromium unusable: {exc}")
    br.open(map_file)
    br.drain(0.3)
    yield br
    br.close()


def test_phone_controls_cover_at_most_a_fifth_and_incidents_fill_the_rest(phone):
    assert phone.evaluate("'ontouchstart' in window && GC.phone") is True
    cover = phone.evaluate("GC.controlCover()")
    assert cover <= 0.20, cover
    # every incident is on screen, none under a control
    marks = phone.evaluate("GC.drawnMarks()")
    assert len(marks) == 8
    # and they are spread over the map, not a clump: their box spans most of the width
    xs = [m["x"] for m in marks]
    assert max(xs) - min(xs) > 0.5 * 390
    # in the middle of the room the controls leave (a control folded away takes none)
    top, bottom = phone.evaluate("""(() => { const c = GC.map.getContainer(), r =
        c.getBoundingClientRect(), box = q => [...c.querySelectorAll(q)].map(e =>
        e.getBoundingClientRect()).filter(b => b.height > 0);
        return [Math.max(...box('.leaflet-top .leaflet-control').map(b => b.bottom)),
                Math.min(...box('.leaflet-bottom .leaflet-control').map(b => b.top))]; })()""")
    ys = [m["y"] for m in marks]
    above, below = min(ys) - top, bottom - max(ys)
    assert above > 0 and below > 0 and abs(above - below) < 0.25 * (bottom - top), (above, below)
    assert phone.failed == [] and phone.external_requests() == [] and phone.exceptions == []


def test_phone_shows_every_count_of_a_big_map_whole(tmp_path):
    # past the cluster threshold, counts sit at the centres of their grid cells, beside
    # the incidents they stand for: the fit leaves room for them, so none is cut off
    m = build_map(synthetic_incidents(2500), segments=load_fixture("segments"),
                  outlines=load_fixture("outlines"), enclaves=load_fixture("enclaves"),
                  at="2021-06-01", towns=[])
    with Chromium(width=390, height=844, touch=True) as br:
        br.open(save_map(m, tmp_path / "big.html"))
        boxes = br.evaluate("""GC.drawn
            .filter(l => l.gcCluster || (l.gcItem && l === l.gcItem.marker))
            .map(l => { const r = l.getElement ? l.getElement().getBoundingClientRect() : null;
                        if (r) return [r.left, r.right, r.top, r.bottom];
                        const p = GC.map.latLngToContainerPoint(l.getLatLng()), k = l.getRadius();
                        return [p.x - k, p.x + k, p.y - k, p.y + k]; })""")
        assert br.evaluate("GC.clustered") is True
        total = br.evaluate("GC.drawn.reduce((s, l) => s + (l.gcCluster ? "
                            "l.gcCluster.items.length : l.gcItem ? 1 : 0), 0)")
    assert total == 2500                     # every incident is in a mark drawn
    assert boxes and all(b[0] >= 0 and b[1] <= 390 and b[2] >= 0 and b[3] <= 844
                         for b in boxes), [b for b in boxes if b[0] < 0 or b[1] > 390]


def test_phone_panel_opens_on_tap_within_half_the_screen(phone):
    x, y = phone.evaluate("(() => { const r = document.querySelector('.gc-panel-toggle')"
                          ".getBoundingClientRect();"
                          " return [r.left + r.width / 2, r.top + r.height / 2]; })()")
    phone.tap(x, y)
    phone.drain(0.3)
    panel = phone.evaluate("(() => { const r = document.querySelector('.gc-panel')"
                           ".getBoundingClientRect(); return [r.top, r.height]; })()")
    assert 0 < panel[1] <= 844 / 2 + 1, panel
    inside = phone.evaluate("['.gc-legend', '.gc-search', '.gc-timeline'].map(s => "
                            "!!document.querySelector('.gc-panel ' + s))")
    assert inside == [True, True, True]
    small = [t for t in phone.evaluate(TARGETS) if t[1] < 24 or t[2] < 24]
    assert small == [], small
    # the search works from the panel and closes it
    phone.evaluate("GC.search('Isfara')")
    phone.drain(0.3)
    assert phone.evaluate("document.querySelector('.gc-panel').getBoundingClientRect().height") == 0


def test_phone_popup_fits_the_screen(phone):
    phone.evaluate("void GC.map.closePopup()")
    phone.evaluate("void GC.openIncident('2021-04-29-golovnoy')")
    phone.drain(0.6)                                    # Leaflet pans the popup into view
    r = phone.evaluate("(() => { const p = GC.popupLayer.getElement().getBoundingClientRect();"
                       " return [p.left, p.right, p.height]; })()")
    assert r[0] >= 0 and r[1] <= 390 and r[2] <= 844 * 0.6, r


def test_desktop_layout_is_unchanged(map_file):
    with Chromium(width=1280, height=900) as br:
        br.open(map_file)
        assert br.evaluate("GC.phone") is False
        assert br.evaluate("document.querySelector('.gc-panel-toggle')") is None
        corners = br.evaluate("""['.gc-legend', '.gc-search', '.gc-timeline', '.gc-title-box']
            .map(s => document.querySelector(s).closest('.leaflet-control-container > div')
            .className.replace('leaflet-', '').replace(' leaflet-', '-'))""")
        assert corners == ["bottom-right", "top-left", "bottom-left", "top-right"]
        assert br.evaluate("GC.controlCover()") < 0.35
