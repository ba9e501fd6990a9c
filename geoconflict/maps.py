"""Folium HTML maps of border incidents and border segments that work when emailed offline.

``build_map(incidents, …)`` returns a :class:`folium.Map`; ``save_map`` writes it as one
self-contained, byte-reproducible HTML file (or a small CDN-linked one with ``cdn=True``).

Input contract (plain data; GeoJSON-like dicts, RFC 7946 lon/lat order)
----------------------------------------------------------------------
Every argument below is a FeatureCollection ``dict`` (a list of Features, or any
object with ``__geo_interface__`` such as a GeoDataFrame, is accepted too). Dates
are ISO text (``YYYY-MM-DD``; ``YYYY-MM`` / ``YYYY`` mean the whole month/year) or
``datetime.date``. Unknown properties are ignored.

**incidents** — Point features; properties:

- ``id`` (str, unique), ``title`` (str, required), ``date_start`` (required),
  ``date_end`` (default ``date_start``), ``date_precision`` (day|week|month|year);
- ``event_type``, ``sub_event_type`` (ACLED names: ``Battles``, ``Violence against
  civilians``, ``Explosions/Remote violence``, ``Riots``, ``Protests``,
  ``Strategic developments``), ``actors`` (list of str);
- ``fatalities``, ``injured``: ``{"low": n, "best": n, "high": n}`` (a bare number means
  all three; ``null`` entries mean unknown). Marker area ∝ ``fatalities.best``;
- ``reports``: list of ``{"outlet", "title", "date", "url", "claims": {"fatalities": n |
  {low, best, high}, "injured": …, …}}``; reports whose claims differ on a key get an
  "accounts differ" mark;
- ``stops``: list of ``{"name", "lon", "lat", "time", "role"}`` in order; two or more
  stops draw a path with direction arrows and numbered stops;
- ``border_segment`` (segment id), ``segment_status`` (status at the incident date),
  optional ``country`` (ISO alpha-2) used by the ``countries`` filter.

**segments** — LineString/MultiLineString features; properties ``id``, ``name``,
``countries`` (ISO alpha-2 list), ``status_history``: list of ``{"status":
disputed|undelimited|delimited|demarcated, "from": date|null, "to": date|null,
"source": str}`` (``to`` exclusive). Coloured by the status on the map date ``at``.

**outlines** — Polygon/MultiPolygon features; properties ``iso`` (alpha-2), ``name``.

**enclaves** — Polygon/MultiPolygon features; properties ``name``, ``owner`` (alpha-2),
``surrounded_by`` (alpha-2).

**towns** — Point features; properties ``name`` (and optionally ``kind``). ``None`` takes
the main towns (kind capital/city/town) of the shipped gazetteer.

Every string from these inputs reaches the page as text (never as HTML), and report
links are kept only for ``http(s)`` URLs.
"""

from __future__ import annotations

import html
import math
import os
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import folium
from branca.element import Figure

from ._errors import DataError
from .io import write_text_atomic
from .maps_data import (
    MapIncident,
    as_features,
    compact_row,
    filter_incidents,
    load_incidents,
    parse_day,
    prepare_segments,
    segment_countries,
)
from .maps_ids import deterministic_ids
from .maps_layers import (
    COUNTRY_FILL,
    EVENT_COLORS,
    OTHER_COLOR,
    OTHER_FILL,
    OWNER_TINT,
    STATUS_COLORS,
    EnclaveLayer,
    IncidentLayer,
    MarkReady,
    OutlineLayer,
    Runtime,
    RuntimeControl,
    SegmentLayer,
    TownLayer,
)
from .offline import OfflineAssetError, external_references, inline_figure_assets

__all__ = ["build_map", "render_html", "save_map", "default_towns", "GeoconflictMap",
           "FERGANA_BOUNDS", "DEFAULT_TITLE", "ATTRIBUTION"]

#: [[south, west], [north, east]] shown when there is nothing to fit.
FERGANA_BOUNDS = [[39.6, 69.2], [41.5, 73.6]]
#: Where :func:`default_towns` looks for town labels (the valley, without Tashkent).
TOWN_BOUNDS = [[39.7, 69.4], [41.4, 73.6]]
DEFAULT_TITLE = "Border incidents in the Fergana valley"
ATTRIBUTION = ("Outlines © OpenStreetMap contributors (ODbL) · places: GeoNames (CC BY 4.0), "
               "geoconflict gazetteer")
MIN_RADIUS = 4.0   # px, the marker of an incident with 0 (or unknown) fatalities
RADIUS_SCALE = 3.0  # px per sqrt(fatality): area ∝ best estimate


class GeoconflictMap(folium.Map):
    """A :class:`folium.Map` that renders reproducibly and, unless ``cdn``, self-contained.

    It is an ordinary folium map: add layers, call ``save``. Elements added after
    :func:`build_map` get random ids unless created inside ``maps_ids.deterministic_ids``.
    """

    def __init__(self, *args: Any, cdn: bool = False, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.cdn = cdn
        if not cdn:  # only Leaflet itself; folium's jQuery/Bootstrap/icons are not used here
            self.default_js = [js for js in folium.Map.default_js if js[0] == "leaflet"]
            self.default_css = [c for c in folium.Map.default_css if c[0] == "leaflet_css"]

    def render(self, **kwargs: Any) -> None:
        with deterministic_ids("geoconflict-render"):
            super().render(**kwargs)
        if not self.cdn:
            inline_figure_assets(self.get_root())


def _bounds(points: Iterable[tuple[float, float]]) -> list[list[float]] | None:
    xs, ys = [], []
    for x, y in points:
        xs.append(x)
        ys.append(y)
    if not xs:
        return None
    pad_x = max(0.05, (max(xs) - min(xs)) * 0.08)
    pad_y = max(0.05, (max(ys) - min(ys)) * 0.08)
    return [[min(ys) - pad_y, min(xs) - pad_x], [max(ys) + pad_y, max(xs) + pad_x]]


def _coords(geom: dict) -> Iterable[tuple[float, float]]:
    def walk(c):
        if c and isinstance(c[0], int | float):
            yield float(c[0]), float(c[1])
        else:
            for sub in c:
                yield from walk(sub)
    yield from walk(geom.get("coordinates") or [])


def _anchor(geom: dict) -> tuple[float, float]:
    """A point on a polygon or line, for the search box (shapely's representative point)."""
    from shapely.geometry import shape

    g = shape(geom)
    p = g.interpolate(0.5, normalized=True) if g.geom_type.endswith("LineString") \
        else g.representative_point()
    return round(p.x, 5), round(p.y, 5)


def default_towns(kinds: Sequence[str] = ("capital", "city", "town"), min_population: int = 40_000,
                  bounds: list[list[float]] | None = None) -> dict:
    """Main towns of the shipped gazetteer inside ``bounds`` (default: the Fergana valley).

    Curated places of the given kinds, plus GeoNames places (that no curated place
    covers) with at least ``min_population`` inhabitants.
    """
    from .places import load_places

    (s, w), (n, e) = bounds or TOWN_BOUNDS
    feats = []
    for p in sorted(load_places(), key=lambda p: (p.name, p.id)):
        if not (s <= p.lat <= n and w <= p.lon <= e):
            continue
        main = p.kind in kinds if p.origin == "curated" else (p.population or 0) >= min_population
        if main:
            feats.append({"type": "Feature",
                          "geometry": {"type": "Point", "coordinates": [p.lon, p.lat]},
                          "properties": {"name": p.name, "kind": p.kind, "country": p.country}})
    return {"type": "FeatureCollection", "features": feats}


def _radius(best: float) -> float:
    return max(MIN_RADIUS, RADIUS_SCALE * math.sqrt(max(best, 0)))


def build_map(
    incidents: Any,
    *,
    segments: Any = None,
    outlines: Any = None,
    enclaves: Any = None,
    towns: Any = None,
    title: str = DEFAULT_TITLE,
    at: date | str | None = None,
    date_from: date | str | None = None,
    date_to: date | str | None = None,
    event_types: Iterable[str] | str | None = None,
    countries: Iterable[str] | str | None = None,
    cdn: bool = False,
    osm_tiles: bool = True,
    canvas_threshold: int = 2000,
    attribution: str = ATTRIBUTION,
    height: str = "100%",
) -> GeoconflictMap:
    """Build the incidents map.

    Parameters
    ----------
    incidents : FeatureCollection
        Incident points (contract in the module docstring).
    segments, outlines, enclaves, towns : FeatureCollection, optional
        Border segments, country outlines, enclaves and town labels; ``towns=None``
        takes the gazetteer's main towns, ``towns=[]`` draws none.
    title : str
        Shown on the map and as the page title.
    at : date or str, optional
        Map date for the segments' status (default: today).
    date_from, date_to : date or str, optional
        Keep incidents that overlap this period.
    event_types, countries : str or iterable of str, optional
        Keep these ACLED event types / ISO alpha-2 countries (comma lists allowed).
    cdn : bool
        Link Leaflet from folium's CDN instead of inlining it (small file, needs network).
    osm_tiles : bool
        Offer OpenStreetMap tiles as an overlay that is off by default (blank offline).
    canvas_threshold : int
        Above this many incidents, markers are drawn on a canvas instead of SVG.

    Returns
    -------
    GeoconflictMap
        A :class:`folium.Map`; ``save_map`` or ``render_html`` turns it into HTML.
    """
    at_day = parse_day(at) if at is not None else date.today()
    seg_feats = as_features(segments, what="segments")
    seg_cc = segment_countries(seg_feats)
    all_incidents = load_incidents(incidents)
    shown = filter_incidents(all_incidents, date_from=date_from, date_to=date_to,
                             event_types=event_types, countries=countries,
                             seg_countries=seg_cc)
    seg_fc = prepare_segments(seg_feats, at_day, shown)
    outline_feats = as_features(outlines, what="outlines")
    enclave_feats = as_features(enclaves, what="enclaves")
    town_feats = as_features(default_towns() if towns is None else towns, what="towns")

    bounds = _fit_bounds(shown, seg_fc)
    center = [(bounds[0][0] + bounds[1][0]) / 2, (bounds[0][1] + bounds[1][1]) / 2]
    towns_rows = _town_rows(town_feats)
    # big circles first, so a small incident beside a big one stays visible and clickable
    rows = [compact_row(i) for i in sorted(shown, key=lambda i: (-i.best_fatalities, i.start,
                                                                  i.id))]
    period = f" · {min(i.start for i in shown)} – {max(i.end for i in shown)}" if shown else ""

    with deterministic_ids("geoconflict-build"):
        m = GeoconflictMap(location=center, zoom_start=9, tiles=None, control_scale=True,
                           cdn=cdn, height=height)
        root = m.get_root()
        assert isinstance(root, Figure)
        root.title = html.escape(title)
        m.add_child(Runtime())
        RuntimeControl("fitBounds", bounds).add_to(m)  # at once, without folium's animation
        # layers, bottom to top
        if outline_feats:
            OutlineLayer({"type": "FeatureCollection", "features": outline_feats},
                         {"fill": COUNTRY_FILL, "otherFill": OTHER_FILL},
                         name="Country outlines").add_to(m)
        if enclave_feats:
            EnclaveLayer({"type": "FeatureCollection", "features": enclave_feats},
                         {"tint": OWNER_TINT, "otherFill": OTHER_FILL},
                         name="Enclaves (tinted by owner)").add_to(m)
        if towns_rows:
            TownLayer(towns_rows, name="Towns").add_to(m)
        if osm_tiles:
            folium.TileLayer("OpenStreetMap", name="OpenStreetMap tiles (online only)",
                             overlay=True, show=False).add_to(m)
        if seg_fc["features"]:
            SegmentLayer(seg_fc, {"colors": STATUS_COLORS, "otherColor": OTHER_COLOR,
                                  "at": at_day.isoformat()},
                         name=f"Border segments (status on {at_day})").add_to(m)
        IncidentLayer({"rows": rows}, {
            "colors": EVENT_COLORS, "otherColor": OTHER_COLOR, "minRadius": MIN_RADIUS,
            "scale": RADIUS_SCALE, "canvasThreshold": canvas_threshold,
            "segmentNames": {f["properties"]["id"]: f["properties"]["name"]
                             for f in seg_fc["features"]}},
            name=f"Incidents ({len(rows)})").add_to(m)
        # controls
        folium.LayerControl(collapsed=True).add_to(m)
        RuntimeControl("titleControl", title,
                       f"{len(shown)} incidents{period} · borders as of {at_day}",
                       html.escape(attribution)).add_to(m)
        RuntimeControl("fullscreenControl").add_to(m)
        RuntimeControl("searchControl",
                       _search_places(towns_rows, enclave_feats, seg_fc, shown)).add_to(m)
        if shown:
            RuntimeControl("dateFilterControl", {
                "min": min(i.start for i in shown).isoformat(),
                "max": max(i.end for i in shown).isoformat()}).add_to(m)
        RuntimeControl("legendControl", _legend(rows, seg_fc, enclave_feats, at_day)).add_to(m)
        MarkReady().add_to(m)
    m.geoconflict_stats = {"incidents": len(all_incidents), "shown": len(shown),
                           "segments": len(seg_fc["features"]), "at": at_day.isoformat()}
    return m


def _fit_bounds(shown: Sequence[MapIncident], seg_fc: dict) -> list[list[float]]:
    """Incidents, their stops and the segments, padded; the valley when there is nothing."""
    pts = [(i.lon, i.lat) for i in shown]
    pts += [(float(s["lon"]), float(s["lat"])) for i in shown for s in i.props.get("stops") or []]
    for f in seg_fc["features"]:
        pts += list(_coords(f["geometry"]))
    return _bounds(pts) or FERGANA_BOUNDS


def _town_rows(town_feats: list[dict]) -> list[list]:
    rows = []
    for f in town_feats:
        x, y = next(iter(_coords(f.get("geometry") or {})), (None, None))
        p = f.get("properties") or {}
        if x is None or not p.get("name"):
            raise DataError(f"town {p.get('name') or f}: needs a Point and a name")
        rows.append([str(p["name"]), round(x, 5), round(y, 5), str(p.get("kind") or "town")])
    return rows


def _search_places(towns_rows: list[list], enclave_feats: list[dict], seg_fc: dict,
                   shown: Sequence[MapIncident]) -> list[list]:
    """``[name, lon, lat, kind]`` for the search box: towns, enclaves, segments, stops."""
    places = [list(r) for r in towns_rows]
    for f in enclave_feats:
        x, y = _anchor(f["geometry"])
        places.append([str((f.get("properties") or {}).get("name", "")), x, y, "enclave"])
    for f in seg_fc["features"]:
        x, y = _anchor(f["geometry"])
        places.append([f["properties"]["name"], x, y, "border segment"])
    for i in shown:
        for s in i.props.get("stops") or []:
            places.append([str(s.get("name") or ""), round(float(s["lon"]), 5),
                           round(float(s["lat"]), 5), "incident stop"])
    return [p for p in places if p[0]]


def _legend(rows: list[dict], seg_fc: dict, enclave_feats: list[dict], at_day: date) -> dict:
    """What the legend lists: event types present, size steps, statuses, enclave owners."""
    present = {r["et"] for r in rows}
    order = list(STATUS_COLORS)
    statuses = sorted({f["properties"]["status_at"] for f in seg_fc["features"]},
                      key=lambda s: (order.index(s) if s in order else len(order), s))
    owners = sorted({str((f.get("properties") or {}).get("owner")) for f in enclave_feats})
    return {
        "eventTypes": [[t, c] for t, c in EVENT_COLORS.items() if t in present or not rows]
        + sorted([t, OTHER_COLOR] for t in present - set(EVENT_COLORS)),
        "sizes": [[str(n), round(_radius(n), 1)] for n in (0, 10, 50)],
        "statuses": [[s, STATUS_COLORS.get(s, OTHER_COLOR)] for s in statuses],
        "owners": [[o, OWNER_TINT.get(o, OTHER_FILL)] for o in owners],
        "at": at_day.isoformat()}


def render_html(m: folium.Map) -> str:
    """The complete HTML page of a map, rendered with reproducible ids.

    For a :class:`GeoconflictMap` built without ``cdn`` the page is checked to
    reference no external script or stylesheet.
    """
    with deterministic_ids("geoconflict-page"):
        text = m.get_root().render()
    if isinstance(m, GeoconflictMap) and not m.cdn:
        refs = external_references(text)
        if refs:
            raise OfflineAssetError(f"map still references {', '.join(refs[:3])}")
    return text


def save_map(m: folium.Map, path: str | os.PathLike) -> Path:
    """Write the map's HTML to ``path`` atomically (temporary file, then rename)."""
    return write_text_atomic(path, render_html(m))
