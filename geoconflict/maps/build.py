"""Folium HTML maps of border incidents and border segments that work when emailed offline.

``build_map(incidents, …)`` returns a :class:`folium.Map`; ``save_map`` writes it as one
self-contained, byte-reproducible HTML file (or a small CDN-linked one with ``cdn=True``).
What the layers and controls show is prepared in :mod:`geoconflict.maps.content`.

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
- ``stops``: list of ``{"name", "lon", "lat", "time", "role", "place"}`` in order (``place``: a
  gazetteer id, whose aliases the search then knows); ``route`` (bool, default true): two or
  more stops that are a route draw a path with direction arrows and numbered stops, other
  stops (villages shelled at once) are drawn beside the incident and linked to it;
- ``notes`` (str): shown in the popup unless ``notes=False``;
- ``border_segment`` (segment id), ``segment_status`` (status at the incident date),
  optional ``country`` (ISO alpha-2) used by the ``countries`` filter.

**segments** — LineString/MultiLineString features; properties ``id``, ``name``,
``countries`` (ISO alpha-2 list), ``status_history``: list of ``{"status":
disputed|undelimited|delimited|demarcated, "from": date|null, "to": date|null,
"source": str}`` (``to`` exclusive). Coloured by the status on the map date ``at``.

**outlines** — Polygon/MultiPolygon features; properties ``iso`` (alpha-2), ``name``.

**enclaves** — Polygon/MultiPolygon features; properties ``name``, ``owner`` (alpha-2),
``surrounded_by`` (alpha-2).

**towns** — Point features; properties ``name`` (and optionally ``kind``; a still map
also ranks its labels by ``population`` and ``admin1``). ``None`` takes the main towns
(kind capital/city/town) of the shipped gazetteer.

Every string from these inputs reaches the page as text (never as HTML), and report
links are kept only for ``http(s)`` URLs.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

import folium
from branca.element import Figure

from .._io import write_text_atomic
from .compact import pack_features
from .content import (
    FERGANA_BOUNDS,
    MIN_RADIUS,
    RADIUS_SCALE,
    MapContent,
    default_towns,
    map_content,
)
from .ids import deterministic_ids
from .inline import OfflineAssetError, external_references, inline_figure_assets
from .layers import (
    BorderArcs,
    EnclaveLayer,
    IncidentLayer,
    MarkReady,
    OutlineLayer,
    Runtime,
    RuntimeControl,
    SegmentLayer,
    TownLayer,
)
from .script_json import html_text
from .style import (
    ATTRIBUTION,
    COUNTRY_FILL,
    DEFAULT_TITLE,
    EVENT_COLORS,
    OTHER_COLOR,
    OTHER_FILL,
    OWNER_TINT,
    STATUS_COLORS,
)
from .topology import border_blocks

__all__ = ["build_map", "render_html", "save_map", "default_towns", "GeoconflictMap",
           "FERGANA_BOUNDS", "DEFAULT_TITLE", "ATTRIBUTION"]

#: Above this many bytes a map does not reach every inbox: Exchange servers often take
#: 10 MB per message, and MIME base64 makes a file 1.37 times larger.
EMAIL_LIMIT = 7_000_000


class GeoconflictMap(folium.Map):
    """A :class:`folium.Map` that renders reproducibly and, unless ``cdn``, self-contained.

    It is an ordinary folium map: add layers, call ``save``. Elements added after
    :func:`build_map` get random ids unless created inside ``maps.ids.deterministic_ids``.
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


def build_map(incidents: Any, *, segments: Any = None, outlines: Any = None,
              enclaves: Any = None, towns: Any = None, title: str = DEFAULT_TITLE,
              at: date | str | None = None, date_from: date | str | None = None,
              date_to: date | str | None = None,
              event_types: Iterable[str] | str | None = None,
              countries: Iterable[str] | str | None = None, cdn: bool = False,
              osm_tiles: bool = True, canvas_threshold: int = 2000,
              cluster_threshold: int = 1000, notes: bool = True,
              attribution: str = ATTRIBUTION, height: str = "100%") -> GeoconflictMap:
    """Build the incidents map.

    Parameters
    ----------
    incidents, segments, outlines, enclaves, towns, at, date_from, date_to, event_types, \
countries, notes
        What the map holds and which incidents it shows, as
        :func:`geoconflict.maps.content.map_content` takes them.
    title : str
        Shown on the map and as the page title.
    cdn : bool
        Link Leaflet from folium's CDN instead of inlining it (small file, needs network).
    osm_tiles : bool
        Offer OpenStreetMap tiles as an overlay that is off by default (blank offline).
    canvas_threshold : int
        Above this many incidents, marks are drawn on a canvas instead of SVG.
    cluster_threshold : int
        Above this many incidents, marks that crowd are drawn as one count (with the
        deaths) until the reader zooms in; below it every incident is drawn.

    Returns
    -------
    GeoconflictMap
        A :class:`folium.Map`; ``save_map`` or ``render_html`` turns it into HTML.
    """
    from .from_incidents import as_map_input

    c = map_content(as_map_input(incidents), segments=segments, outlines=outlines,
                    enclaves=enclaves, towns=towns, at=at, date_from=date_from, date_to=date_to,
                    event_types=event_types, countries=countries, notes=notes)
    with deterministic_ids("geoconflict-build"):
        m = _base_map(c, title, cdn=cdn, height=height)
        _add_layers(m, c, osm_tiles=osm_tiles, canvas_threshold=canvas_threshold,
                    cluster_threshold=cluster_threshold)
        _add_controls(m, c, title, attribution, cluster_threshold)
        MarkReady().add_to(m)
    m.geoconflict_stats = {"incidents": len(c.all_incidents), "shown": len(c.shown),
                           "segments": len(c.seg_fc["features"]), "at": c.at_day.isoformat()}
    return m


def _base_map(c: MapContent, title: str, *, cdn: bool, height: str) -> GeoconflictMap:
    """The empty map: page title, the runtime script, the view fitted to the content."""
    bounds = c.bounds
    center = [(bounds[0][0] + bounds[1][0]) / 2, (bounds[0][1] + bounds[1][1]) / 2]
    m = GeoconflictMap(location=center, zoom_start=9, tiles=None, control_scale=True,
                       cdn=cdn, height=height)
    root = m.get_root()
    assert isinstance(root, Figure)
    root.title = html_text(title)
    m.add_child(Runtime())
    RuntimeControl("fitBounds", bounds).add_to(m)  # at once, without folium's animation
    return m


def _add_layers(m: GeoconflictMap, c: MapContent, *, osm_tiles: bool, canvas_threshold: int,
                cluster_threshold: int) -> None:
    """The layers, bottom to top: outlines, enclaves, towns, OSM tiles, segments, incidents.

    The runtime puts fills, lines and marks in panes stacked in that order, so marks
    stay above every fill whichever renderer draws them.
    """
    segs = c.seg_fc["features"]
    if c.outline_feats or c.enclave_feats or segs:
        arcs, (outline_g, enclave_g, seg_g) = border_blocks(c.outline_feats, c.enclave_feats,
                                                            segs)
        BorderArcs(arcs).add_to(m)
    if c.outline_feats:
        OutlineLayer(pack_features(c.outline_feats, _outline_props, outline_g),
                     {"fill": COUNTRY_FILL, "otherFill": OTHER_FILL},
                     name="Country outlines").add_to(m)
    if c.enclave_feats:
        EnclaveLayer(pack_features(c.enclave_feats, _enclave_props, enclave_g),
                     {"tint": OWNER_TINT, "otherFill": OTHER_FILL},
                     name="Enclaves (tinted by owner)").add_to(m)
    if c.towns_rows:
        TownLayer(c.towns_rows, name="Towns").add_to(m)
    if osm_tiles:
        folium.TileLayer("OpenStreetMap", name="OpenStreetMap tiles (online only)",
                         overlay=True, show=False).add_to(m)
    if segs:
        SegmentLayer(pack_features(segs, _segment_props, seg_g),
                     {"colors": STATUS_COLORS, "otherColor": OTHER_COLOR,
                      "at": c.at_day.isoformat()},
                     name="Border segments (status on the map date)").add_to(m)
    IncidentLayer(c.packed, {
        "colors": EVENT_COLORS, "otherColor": OTHER_COLOR, "minRadius": MIN_RADIUS,
        "scale": RADIUS_SCALE, "canvasThreshold": canvas_threshold,
        "clusterThreshold": cluster_threshold},
        name=f"Incidents ({c.packed['n']})").add_to(m)


def _outline_props(p: dict, tab) -> list:
    return [tab.index(p.get("iso")), tab.index(p.get("name"))]


def _enclave_props(p: dict, tab) -> list:
    return [tab.index(p.get("name")), tab.index(p.get("owner")), tab.index(p.get("surrounded_by"))]


def _segment_props(p: dict, tab) -> list:
    """``[id, name, [countries], [[status, from, to, source], …], status on the map date]``."""
    return [p["id"], tab.index(p["name"]), [tab.index(c) for c in p["countries"]],
            [[tab.index(h.get("status")), h.get("from") or "", h.get("to") or "",
              tab.index(h.get("source"))] for h in p["status_history"]],
            tab.index(p["status_at"])]


def _add_controls(m: GeoconflictMap, c: MapContent, title: str, attribution: str,
                  cluster_threshold: int) -> None:
    """Layer switcher, title, full screen, search, timeline (if any incident), legend, phone
    panel (last: on a narrow screen it gathers the others)."""
    shown = c.shown
    folium.LayerControl(collapsed=True).add_to(m)
    RuntimeControl("titleControl", title, c.subtitle, html_text(attribution)).add_to(m)
    RuntimeControl("fullscreenControl").add_to(m)
    RuntimeControl("searchControl", c.search_places).add_to(m)
    if shown:
        RuntimeControl("timelineControl", {
            "min": c.period[0].isoformat(), "max": c.period[1].isoformat(),
            "at": c.at_day.isoformat(),
            "colors": EVENT_COLORS, "otherColor": OTHER_COLOR}).add_to(m)
    RuntimeControl("legendControl", {**c.legend,
                                     "counts": c.packed["n"] > cluster_threshold}).add_to(m)
    RuntimeControl("phoneLayout").add_to(m)


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


def email_size(n_bytes: int) -> int:
    """Size of a file of ``n_bytes`` as a MIME base64 attachment (76-character lines, CRLF)."""
    b64 = 4 * ((n_bytes + 2) // 3)
    return b64 + 2 * ((b64 + 75) // 76)


def save_map(m: folium.Map, path: str | os.PathLike) -> Path:
    """Write the map's HTML to ``path`` atomically (temporary file, then rename)."""
    return write_text_atomic(path, render_html(m))
