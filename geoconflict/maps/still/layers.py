"""Basemap layers of a still map: country outlines, enclaves tinted by owner, border segments.

Each function draws one layer of a :class:`~geoconflict.maps_content.MapContent` onto a
matplotlib axes in projected metres, with the HTML map's palette (``maps.style``).
Geometries are projected in one vectorised call, clipped to the view and simplified
to what the page can show (:data:`DETAIL_MM`), so a PDF or SVG stays small.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import shapely
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection, PathCollection
from matplotlib.path import Path

from ..style import COUNTRY_FILL, OTHER_COLOR, OTHER_FILL, OWNER_TINT, STATUS_COLORS
from .project import Projection

__all__ = ["draw_outlines", "draw_enclaves", "draw_segments", "Z", "PT_PER_PX"]

#: One CSS pixel of the HTML map in points (CSS: 96 px = 72 pt).
PT_PER_PX = 0.75
#: Drawing order, bottom to top.
Z = {"outlines": 1, "enclaves": 2, "segments": 3, "towns": 4, "hexes": 5, "paths": 5.5,
     "incidents": 6, "stops": 7, "furniture": 10}
OUTLINE_EDGE = "#8a8a8a"   # the HTML map's outline stroke
DETAIL_MM = 0.08           # geometry detail kept on paper (a fine pen's width)


def _geoms(features: Sequence[dict]) -> np.ndarray:
    """Shapely geometries of GeoJSON features (one small loop: a handful of polygons)."""
    from shapely.geometry import shape

    return np.array([shape(f["geometry"]) for f in features], dtype=object)


def _project_clip(ax: Axes, features: Sequence[dict], proj: Projection,
                  extent: tuple[float, float, float, float]) -> np.ndarray:
    """Projected geometries clipped to the view and simplified to :data:`DETAIL_MM` on paper."""
    x0, x1, y0, y1 = extent
    pad = 0.02 * max(x1 - x0, y1 - y0)
    width_mm = ax.get_position().width * ax.figure.get_figwidth() * 25.4
    geoms = proj.geometries(_geoms(features))
    geoms = shapely.clip_by_rect(geoms, x0 - pad, y0 - pad, x1 + pad, y1 + pad)
    return shapely.simplify(geoms, DETAIL_MM * (x1 - x0) / width_mm, preserve_topology=True)


def polygon_path(geom) -> Path | None:
    """A matplotlib Path of a (multi)polygon: every ring closed, holes wound the other way."""
    parts = shapely.get_parts(shapely.orient_polygons(geom))
    parts = parts[shapely.get_type_id(parts) == 3]          # polygons only
    rings = shapely.get_rings(parts) if len(parts) else np.array([])
    if not len(rings):
        return None
    coords, index = shapely.get_coordinates(rings, return_index=True)
    counts = np.bincount(index, minlength=len(rings))
    codes = np.full(len(coords), Path.LINETO, dtype=np.uint8)
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    codes[starts] = Path.MOVETO
    codes[starts + counts - 1] = Path.CLOSEPOLY
    return Path(coords, codes)


def _fill_layer(ax: Axes, geoms: np.ndarray, fills: list[str], edges: list[str],
                linewidth: float, alpha: float, zorder: float, gid: str) -> None:
    paths, face, edge = [], [], []
    for g, f, e in zip(geoms, fills, edges, strict=True):
        p = polygon_path(g)
        if p is not None:
            paths.append(p)
            face.append(f)
            edge.append(e)
    if paths:
        coll = PathCollection(paths, facecolors=face, edgecolors=edge, linewidths=linewidth,
                              alpha=alpha, zorder=zorder, transform=ax.transData)
        coll.set_gid(gid)
        ax.add_collection(coll, autolim=False)


def draw_outlines(ax: Axes, features: Sequence[dict], proj: Projection, extent) -> None:
    """Country outlines filled with the pale basemap colour of each country."""
    if not features:
        return
    fills = [COUNTRY_FILL.get(str((f.get("properties") or {}).get("iso")), OTHER_FILL)
             for f in features]
    _fill_layer(ax, _project_clip(ax, features, proj, extent), fills,
                [OUTLINE_EDGE] * len(features), 0.5, 1.0, Z["outlines"], "outlines")


def draw_enclaves(ax: Axes, features: Sequence[dict], proj: Projection, extent) -> None:
    """Enclaves tinted by owner (half-transparent fill, solid edge of the same colour)."""
    if not features:
        return
    tints = [OWNER_TINT.get(str((f.get("properties") or {}).get("owner")), OTHER_FILL)
             for f in features]
    geoms = _project_clip(ax, features, proj, extent)
    _fill_layer(ax, geoms, tints, tints, 0.0, 0.5, Z["enclaves"], "enclaves")
    _fill_layer(ax, geoms, ["none"] * len(tints), tints, 0.9, 1.0, Z["enclaves"], "enclave-edges")


def _line_parts(geom) -> list[np.ndarray]:
    parts = shapely.get_parts(geom)
    return [np.asarray(shapely.get_coordinates(p)) for p in parts
            if shapely.get_type_id(p) == 1 and shapely.get_num_coordinates(p) >= 2]


def draw_segments(ax: Axes, seg_fc: dict, proj: Projection, extent) -> None:
    """Border segments coloured by their status on the map date; disputed ones dashed, on top."""
    feats = seg_fc["features"]
    if not feats:
        return
    geoms = _project_clip(ax, feats, proj, extent)
    by_status: dict[str, list[np.ndarray]] = {}
    for f, g in zip(feats, geoms, strict=True):
        by_status.setdefault(f["properties"]["status_at"], []).extend(_line_parts(g))
    order = [s for s in STATUS_COLORS if s != "disputed"] + ["disputed"]
    statuses = sorted(by_status, key=lambda s: (order.index(s) if s in order else -1, s))
    for status in statuses:
        disputed = status == "disputed"
        coll = LineCollection(by_status[status], colors=STATUS_COLORS.get(status, OTHER_COLOR),
                              linewidths=2.2 if disputed else 1.8,
                              linestyles=(0, (4, 2.5)) if disputed else "solid",
                              capstyle="round", joinstyle="round", alpha=0.9,
                              zorder=Z["segments"])
        coll.set_gid(f"segments-{status}")
        ax.add_collection(coll, autolim=False)
