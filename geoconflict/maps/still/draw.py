"""Still maps for reports: PNG, SVG and PDF from the same data and rules as the HTML map.

``build_still(incidents, …)`` takes the input of :func:`geoconflict.maps.build_map`
(the contract is in that module's docstring) and returns a :class:`StillMap`, a
matplotlib Figure; ``save_still`` writes it atomically as PNG (``dpi``), or SVG and PDF
with text kept as text. Content comes from :func:`geoconflict.maps_content.map_content`
(filters, map date, segment status, town list, legend), the palette from
``maps_style``; the same input gives the same bytes (fixed metadata, the DejaVu fonts
that ship with matplotlib, no tiles or downloads).
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

import matplotlib
import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from ..._errors import OptionError
from ..._io import write_bytes_atomic
from ..content import MapContent, default_towns, map_content
from ..records import as_features
from ..style import ATTRIBUTION, DEFAULT_TITLE
from .aggregate import CELL_MM, crowded_hexes, draw_hexes
from .furniture import add_north_arrow, add_scale_bar
from .incidents import draw_incidents, draw_raids, marker_size_pt, still_rows
from .labels import place_towns
from .layers import draw_enclaves, draw_outlines, draw_segments
from .legend import draw_legend
from .page import DEFAULT_DPI, PAPER_MM, STILL_FORMATS, map_format, page, parse_size
from .project import Projection, describe, view_extent

__all__ = ["StillMap", "build_still", "save_still", "parse_size", "page", "map_format",
           "PAPER_MM", "STILL_FORMATS", "DEFAULT_DPI", "AGGREGATE_ABOVE"]

#: Above this many incidents, crowded cells become hexagons (the HTML map's canvas threshold).
AGGREGATE_ABOVE = 2000
# Reproducible files with text kept as text: TrueType fonts in PDF, <text> in SVG.
RC = {"font.family": "DejaVu Sans", "pdf.fonttype": 42, "svg.fonttype": "none",
      "svg.hashsalt": "geoconflict", "path.simplify": True, "axes.unicode_minus": False}
MARGIN_MM, HEADER_MM, FOOTER_MM, LEGEND_MM, GUTTER_MM = 8.0, 17.0, 6.0, 66.0, 4.0


class StillMap(Figure):
    """A matplotlib Figure of a geoconflict map; ``save_still`` writes it reproducibly.

    ``map_ax`` is the map's axes (projected metres of ``projection``), ``stats`` what
    it shows; :meth:`pixel` says where a lon/lat lands on the saved PNG.
    """

    projection: Projection
    map_ax: Any
    stats: dict

    def pixel(self, lon: float, lat: float) -> tuple[float, float]:
        """``(column, row)`` of a lon/lat on the PNG written at this figure's dpi."""
        x, y = self.projection.xy(lon, lat)
        dx, dy = self.map_ax.transData.transform((float(x), float(y)))
        height = int(self.get_figheight() * self.dpi)
        return float(dx), float(height - dy)


def _fontscale(w: float, h: float) -> float:
    return float(np.clip(min(w / 297.0, h / 210.0), 0.6, 1.6))


def build_still(
    incidents: Any,
    *,
    segments: Any = None,
    outlines: Any = None,
    enclaves: Any = None,
    towns: Any = None,
    title: str | None = None,
    at: date | str | None = None,
    date_from: date | str | None = None,
    date_to: date | str | None = None,
    event_types: Iterable[str] | str | None = None,
    countries: Iterable[str] | str | None = None,
    size: str | tuple[float, float] = "a4",
    dpi: int = DEFAULT_DPI,
    attribution: str | None = None,
    aggregate_above: int = AGGREGATE_ABOVE,
) -> StillMap:
    """Draw the incidents map as a still image (the counterpart of ``maps.build_map``).

    Parameters are those of :func:`geoconflict.maps.build_map`, plus ``size`` (``a4``,
    ``a3``, ``letter`` or ``WxH`` in mm; landscape A4 by default), ``dpi`` (of the PNG)
    and ``aggregate_above`` (above this many incidents crowded cells become hexagons
    with counts).

    Returns
    -------
    StillMap
        A matplotlib Figure; ``save_still`` writes it as PNG, SVG or PDF.
    """
    w_mm, h_mm = page(size, dpi)
    town_fc = default_towns() if towns is None else towns
    c = map_content(incidents, segments=segments, outlines=outlines, enclaves=enclaves,
                    towns=town_fc, at=at, date_from=date_from, date_to=date_to,
                    event_types=event_types, countries=countries)
    town_props = [dict(f.get("properties") or {}) for f in as_features(town_fc, what="towns")]
    with matplotlib.rc_context(RC):
        fig = StillMap(figsize=(w_mm / 25.4, h_mm / 25.4), dpi=dpi)
        FigureCanvasAgg(fig)
        _draw(fig, c, town_props, w_mm, h_mm, title or DEFAULT_TITLE,
              ATTRIBUTION if attribution is None else attribution, aggregate_above)
    return fig


def _draw(fig: StillMap, c: MapContent, town_props: list[dict], w: float, h: float,
          title: str, attribution: str, aggregate_above: int) -> None:
    s = _fontscale(w, h)
    m, legend_w = MARGIN_MM, LEGEND_MM * s
    box = (m, m + FOOTER_MM * s, w - 2 * m - legend_w - GUTTER_MM,
           h - 2 * m - (HEADER_MM + FOOTER_MM) * s)           # x, y, width, height in mm
    ax = fig.add_axes((box[0] / w, box[1] / h, box[2] / w, box[3] / h))
    proj = Projection()
    x0, x1, y0, y1 = view_extent(proj, c.bounds, box[2] / box[3])
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_facecolor("white")
    for spine in ax.spines.values():
        spine.set_edgecolor("#777777")
        spine.set_linewidth(0.6)
    fig.projection, fig.map_ax = proj, ax
    extent = (x0, x1, y0, y1)
    draw_outlines(ax, c.outline_feats, proj, extent)
    draw_enclaves(ax, c.enclave_feats, proj, extent)
    draw_segments(ax, c.seg_fc, proj, extent)
    rows = still_rows(c.shown)
    hexes, obstacles = _incident_layers(fig, ax, rows, proj, aggregate_above, s)
    renderer = fig.canvas.get_renderer()
    raids, badges = draw_raids(ax, rows, proj, renderer, obstacles)   # also in hexagons
    placed, skipped = place_towns(ax, renderer, c.towns_rows, town_props, proj,
                                  np.concatenate([obstacles, badges]), fontscale=s)
    add_scale_bar(ax, proj, s)
    add_north_arrow(ax, proj, s)
    lx = (w - m - legend_w) / w
    legend_ax = fig.add_axes((lx, box[1] / h, legend_w / w, box[3] / h))
    spec = {"spec": c.legend, "width": legend_w, "height": box[3], "raids": bool(raids),
            "hex_count": len(hexes.counts) if hexes else 0}
    scale = s
    used = draw_legend(legend_ax, **spec, fontscale=scale)
    for _ in range(4):                      # a small page: shrink the legend until it fits
        if used <= box[3]:
            break
        scale *= 0.97 * box[3] / used       # (the size steps keep the map's marker sizes)
        legend_ax.clear()
        used = draw_legend(legend_ax, **spec, fontscale=scale)
    _page_text(fig, w, h, s, title, c.subtitle, attribution)
    fig.stats = {"incidents": len(c.all_incidents), "shown": len(c.shown),
                 "segments": len(c.seg_fc["features"]), "at": c.at_day.isoformat(),
                 "towns_placed": placed, "towns_skipped": skipped, "raids": raids,
                 "hexes": len(hexes.counts) if hexes else 0,
                 "in_hexes": int(hexes.counts.sum()) if hexes else 0,
                 "size_mm": (w, h), "dpi": fig.dpi}


def _page_text(fig: StillMap, w: float, h: float, s: float, title: str, subtitle: str,
               attribution: str) -> None:
    """Title and subtitle above the map, the attribution and projection below it."""
    m = MARGIN_MM
    fig.text(m / w, 1 - m / h, title, fontsize=15 * s, fontweight="bold", va="top",
             color="#111111", parse_math=False, gid="title")
    fig.text(m / w, 1 - (m + 8.5 * s) / h, subtitle, fontsize=9 * s, va="top",
             color="#333333", parse_math=False, gid="subtitle")
    credit = "; ".join(p for p in (attribution, describe(fig.projection.crs)) if p)
    fig.text(m / w, m / h, credit, fontsize=6 * s, va="bottom", color="#555555",
             parse_math=False, gid="attribution")


def _incident_layers(fig: StillMap, ax, rows: list[dict], proj: Projection,
                     aggregate_above: int, s: float):
    """Markers (and hexagons where crowded): the hexagons and the display boxes that town
    labels must leave free."""
    mm = fig.dpi / 25.4
    if not rows:
        return None, np.empty((0, 4))
    x, y = proj.xy([r["x"] for r in rows], [r["y"] for r in rows])
    disp = ax.transData.transform(np.column_stack([x, y]))
    hexes = None
    boxes = []
    if len(rows) > aggregate_above:
        hexes = crowded_hexes(disp, CELL_MM * mm)
        keep = ~hexes.crowded
        rows = [r for r, k in zip(rows, keep, strict=True) if k]
        disp = disp[keep]
        draw_hexes(ax, hexes, 5.0 * s)
        # labels may cross a hexagon but not its count
        half = np.array([2.0, 1.0]) * 5.0 * s * fig.dpi / 72
        boxes.append(np.column_stack([hexes.centres - half, hexes.centres + half]))
    draw_incidents(ax, rows, proj)
    radius = np.array([marker_size_pt((r.get("f") or [0, 0])[1] or 0) / 2 for r in rows])
    radius = radius * fig.dpi / 72
    boxes.append(np.column_stack([disp - radius[:, None], disp + radius[:, None]]))
    return hexes, np.concatenate(boxes)


def save_still(fig: StillMap, path: str | os.PathLike, format: str | None = None) -> Path:
    """Write ``fig`` to ``path`` atomically as PNG, SVG or PDF (by ``format`` or suffix).

    Metadata is fixed (no dates, no software version in PNG), so the same map gives the
    same bytes.
    """
    fmt = map_format(path, format)
    if fmt not in STILL_FORMATS:
        raise OptionError(f"{path}: a still map is PNG, SVG or PDF — write HTML with "
                          "geoconflict.maps.save_map")
    title = next((t.get_text() for t in fig.texts if t.get_gid() == "title"), "")
    metadata = {"png": {"Software": None, "Title": title},
                "svg": {"Date": None, "Creator": "geoconflict", "Title": title},
                "pdf": {"CreationDate": None, "ModDate": None, "Creator": "geoconflict",
                        "Title": title}}[fmt]
    buf = io.BytesIO()
    with matplotlib.rc_context(RC):
        fig.savefig(buf, format=fmt, dpi=fig.dpi, metadata=metadata)
    return write_bytes_atomic(path, buf.getvalue())
