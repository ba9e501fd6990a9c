"""What a reader of the map sees, judged from screenshots in headless Chromium (network off).

Marks are counted by their colour in the screenshot, with the country outlines and
enclaves drawn, at 17 and at 2,500 incidents; stops, the place search and the figures'
qualifiers as a reader meets them.
"""

from __future__ import annotations

import maps_fixtures
import pytest
from maps_fixtures import NEEDS_CHROMIUM, synthetic_incidents

from geoconflict.maps.build import build_map, save_map
from geoconflict.maps.style import EVENT_COLORS

pytestmark = NEEDS_CHROMIUM
browser = maps_fixtures.browser  # the module's headless Chromium (a fixture)
Image = pytest.importorskip("PIL.Image", reason="Pillow reads the screenshots")


@pytest.fixture(scope="module")
def borders():
    from geoconflict.maps.from_incidents import border_layers

    return border_layers()


@pytest.fixture(scope="module")
def default_map(tmp_path_factory, borders):
    from geoconflict.incidents.load import load_incidents
    from geoconflict.maps.from_incidents import incident_features

    m = build_map(incident_features(load_incidents()), at="2021-04-29", **borders)
    return save_map(m, tmp_path_factory.mktemp("screen") / "default.html")


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[k:k + 2], 16) for k in (1, 3, 5))


def _dist(a, b) -> float:
    return sum((x - y) ** 2 for x, y in zip(a, b, strict=False)) ** 0.5


def shows_colour(pixel, colour: str) -> bool:
    """The pixel is this event colour: close to it, and closer to it than to any other."""
    want = _rgb(colour)
    d = _dist(pixel, want)
    return d < 70 and all(d <= _dist(pixel, _rgb(c)) for c in EVENT_COLORS.values())


def _samples(m: dict) -> list[tuple[int, int]]:
    """The centre of a mark and, for a circle, 8 points at 0.6 of its radius."""
    pts = [(m["x"], m["y"])]
    r = 0.6 * m.get("r", 0)
    if r >= 2:
        ring = ((1, 0), (-1, 0), (0, 1), (0, -1), (.7, .7), (-.7, .7), (.7, -.7), (-.7, -.7))
        pts += [(m["x"] + r * dx, m["y"] + r * dy) for dx, dy in ring]
    return [(int(x), int(y)) for x, y in pts]


def seen_marks(browser, tmp_path, name: str) -> tuple[list[dict], list[dict]]:
    """(marks the map says it draws in view, those whose colour the screenshot shows
    at their centre or, when a smaller mark sits on it, around it)."""
    browser.evaluate("void GC.map.closePopup()")
    browser.drain(0.3)
    marks = browser.evaluate("GC.drawnMarks()")
    img = Image.open(browser.screenshot(tmp_path / f"{name}.png")).convert("RGB")
    w, h = img.size
    seen = [m for m in marks if any(shows_colour(img.getpixel(p), m["color"])
                                    for p in _samples(m) if 0 <= p[0] < w and 0 <= p[1] < h)]
    return marks, seen


def test_all_17_incidents_are_seen_above_outlines_and_enclaves(browser, default_map, tmp_path):
    browser.open(default_map)
    assert browser.evaluate("GC.map.hasLayer(GC.layers.outlines) && "
                            "GC.map.hasLayer(GC.layers.enclaves)")
    assert browser.evaluate("GC.items.length") == 17
    browser.evaluate("GC.fitIncidents()")        # in the space the controls leave
    marks, seen = seen_marks(browser, tmp_path, "small")
    assert len(marks) == 17
    hidden = {m["id"] for m in marks} - {m["id"] for m in seen}
    # three sit on one point (the Batken region's centre): two stand on a ring around it
    assert hidden == set()
    by_colour = {c: sum(1 for m in seen if m["color"] == c) for c in EVENT_COLORS.values()}
    assert by_colour[EVENT_COLORS["Battles"]] >= 6


@pytest.fixture(scope="module")
def big_map(tmp_path_factory, borders):
    m = build_map(synthetic_incidents(2500), at="2021-06-01", towns=[], **borders)
    return save_map(m, tmp_path_factory.mktemp("screen") / "big.html")


def test_2500_incidents_are_seen_as_counts_then_one_by_one(browser, big_map, tmp_path):
    browser.open(big_map)
    assert browser.evaluate("GC.map.hasLayer(GC.layers.outlines)")
    marks, seen = seen_marks(browser, tmp_path, "big")
    # at the start every incident is in a mark on screen: counts where they crowd
    assert sum(m["n"] for m in marks) >= 2490        # a few may sit under the legend
    assert any(m["kind"] == "count" for m in marks)
    assert len(seen) >= 0.95 * len(marks), len(marks) - len(seen)
    # zoomed in, single incidents, each in its colour
    browser.evaluate("(() => { const it = GC.items.find(i => i.id === 'syn-000100');"
                     " GC.map.setView([it.lat, it.lon], 14, {animate: false}); })()")
    marks, seen = seen_marks(browser, tmp_path, "big-zoomed")
    singles = [m for m in marks if m["kind"] == "incident"]
    assert singles and len(singles) == len(marks)
    assert len(seen) >= 0.9 * len(marks)
    assert {m["color"] for m in seen} <= set(EVENT_COLORS.values())
    assert browser.exceptions == []


def test_incidents_at_one_spot_stand_apart_on_a_clustered_map_zoomed_in(browser, borders,
                                                                         tmp_path):
    fc = synthetic_incidents(2100)
    for f in fc["features"][:5]:       # five at one point, as ACLED codes a district centre
        f["geometry"]["coordinates"] = [71.5, 40.5]
    page = save_map(build_map(fc, at="2021-06-01", towns=[], **borders), tmp_path / "spot.html")
    browser.open(page)
    assert browser.evaluate("GC.clustered") is True
    browser.evaluate("void GC.map.setView([40.5, 71.5], 15, {animate: false})")
    browser.drain(0.3)
    at = browser.evaluate("""GC.drawn.filter(l => l.gcItem && l === l.gcItem.marker
            && l.gcItem.lat === 40.5 && l.gcItem.lon === 71.5)
        .map(l => { const p = GC.map.latLngToContainerPoint(l.getLatLng());
                    return [Math.round(p.x), Math.round(p.y)]; })""")
    assert len(at) == 5 and len(set(map(tuple, at))) == 5, at   # five marks, five places
    # each one opens its own popup with a click on it
    ids = set()
    for k in range(5):                 # where mark k is now (an open popup pans the map)
        browser.evaluate("void GC.map.closePopup()")
        browser.drain(0.3)             # the closed popup fades out: it takes clicks till then
        x, y = browser.evaluate(f"""(() => {{
            const it = GC.items.filter(i => i.lat === 40.5 && i.lon === 71.5)[{k}],
            p = GC.map.latLngToContainerPoint(it.marker.getLatLng()),
            r = GC.map.getContainer().getBoundingClientRect();
            return [r.left + p.x, r.top + p.y]; }})()""")
        browser.click(x, y)
        browser.drain(0.3)
        ids.add(browser.evaluate("(GC.popupLayer && GC.popupLayer.isOpen()) ? "
                                 "GC.popupLayer.getElement().querySelector('.gc-title')"
                                 ".textContent : null"))
    assert None not in ids and len(ids) == 5, ids


def test_count_marks_give_their_deaths_and_zoom_in_on_click(browser, big_map):
    browser.open(big_map)
    info = browser.evaluate("""(() => {
        const c = GC.clusters.slice().sort((a, b) => b.cell.items.length - a.cell.items.length)[0];
        const el = c.marker.getElement();
        const deaths = c.cell.items.reduce((s, it) => s + it.best, 0);
        const r = el.getBoundingClientRect();
        return {text: el.textContent, deaths, n: c.cell.items.length, zoom: GC.map.getZoom(),
                x: r.left + r.width / 2, y: r.top + r.height / 2};
    })()""")
    assert info["text"] == f"{info['n']}†{info['deaths']:,}"
    assert browser.evaluate("GC.num(8534)") == "8,534"   # as the deaths of a count are written
    browser.click(info["x"], info["y"])
    browser.drain(0.6)
    assert browser.evaluate("GC.map.getZoom()") > info["zoom"]


def test_every_stop_is_drawn_and_listed(browser, tmp_path):
    fc = synthetic_incidents(3)
    shelled = fc["features"][0]["properties"]
    shelled["stops"] = [{"name": n, "lon": x, "lat": 40.05, "place": None}
                        for n, x in (("Site A", 70.50), ("Site B", 70.53), ("Site C", 70.56))]
    shelled["route"] = False
    raid = fc["features"][1]["properties"]
    raid["stops"] = [{"name": f"Post {k}", "lon": 70.6 + 0.03 * k, "lat": 40.2, "time": f"0{k}:00"}
                     for k in range(3)]
    raid["route"] = True
    browser.open(save_map(build_map(fc, towns=[], at="2021-06-01"), tmp_path / "stops.html"))
    assert browser.evaluate("document.querySelectorAll('path.gc-site').length") == 3
    assert browser.evaluate("document.querySelectorAll('path.gc-stop-link').length") == 3
    assert browser.evaluate("document.querySelectorAll('.gc-stop').length") == 3   # numbered
    assert browser.evaluate("document.querySelectorAll('path.gc-path').length") == 1
    text = browser.evaluate(f"GC.openIncident({shelled['id']!r}).textContent")  # noqa: B907
    assert "Sites (3)" in text and "Site ASite BSite C" in text
    text = browser.evaluate(f"GC.openIncident({raid['id']!r}).textContent")
    assert "Route" in text and "Post 0 · 00:00" in text


@pytest.mark.parametrize(("query", "place", "kind"), [
    ("Ворух", "Vorukh", "enclave"), ("Woruch", "Vorukh", "enclave"),
    ("Lyakkon", "Lakkon", "village"), ("Ляккон", "Lakkon", "village"),
    ("Aksay", "Ak-Sai", "village"), ("Ak-Sai", "Ak-Sai", "village"),
    ("ak sai", "Ak-Sai", "village"),
])
def test_place_search_knows_every_alias_and_script(browser, default_map, query, place, kind):
    if not browser.evaluate("location.href.endsWith('/default.html') && GC.ready"):
        browser.open(default_map)
    hit = browser.evaluate(f"GC.findPlace({query!r})")
    assert hit and hit["name"] == place and hit["kind"] == kind, hit


def test_figures_keep_their_qualifiers(browser, default_map):
    browser.open(default_map)
    text = browser.evaluate("GC.openIncident('uz-2005-05-13-andijan').textContent")
    assert "Fatalitiesat least 200" in text
    assert "fatalities: at least 200" in text


def test_no_request_leaves_the_page(browser, default_map):
    browser.failed.clear()
    browser.requests.clear()
    browser.open(default_map)
    browser.drain(0.3)
    assert browser.failed == [] and browser.external_requests() == []
    assert browser.exceptions == []
