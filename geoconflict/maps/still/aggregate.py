"""Crowded incidents on a still map become hexagons with a count; the rest stay markers.

Above ``aggregate_above`` incidents (the scale where the HTML map switches to canvas
drawing), points are binned on a hexagonal grid laid on the page (cells
:data:`CELL_MM` wide); a cell holding at least :data:`CROWDED_MIN` incidents is drawn
as one hexagon with the number, an emptier cell keeps its incidents as markers.
The binning is the one ``matplotlib.axes.Axes.hexbin`` uses, in page coordinates,
so cells are regular hexagons whatever the map's extent.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import PolyCollection
from matplotlib.colors import LinearSegmentedColormap, LogNorm

from .layers import Z

__all__ = ["CELL_MM", "CROWDED_MIN", "HEX_RAMP", "Hexes", "crowded_hexes", "draw_hexes",
           "count_label"]

CELL_MM = 6.0
CROWDED_MIN = 10
#: Light to dark grey-violet: readable in greyscale, apart from the event colours.
HEX_RAMP = LinearSegmentedColormap.from_list("gc-hex", ["#e6e1ee", "#4b3f63"])
_SQRT3 = np.sqrt(3.0)


@dataclass(frozen=True)
class Hexes:
    """Crowded cells: centres (display units), counts; ``crowded`` marks the points inside."""

    centres: np.ndarray
    counts: np.ndarray
    crowded: np.ndarray
    width: float  # cell width in display units


def crowded_hexes(disp: np.ndarray, width: float, min_count: int = CROWDED_MIN) -> Hexes:
    """Bin display points ``(N, 2)`` into hexagons ``width`` wide; keep cells of ``min_count``+."""
    sx, sy = width, width * _SQRT3
    x, y = disp[:, 0] / sx, disp[:, 1] / sy
    ix1, iy1 = np.round(x), np.round(y)
    ix2, iy2 = np.floor(x), np.floor(y)
    d1 = (x - ix1) ** 2 + 3.0 * (y - iy1) ** 2
    d2 = (x - ix2 - 0.5) ** 2 + 3.0 * (y - iy2 - 0.5) ** 2
    first = d1 < d2
    cx = np.where(first, ix1, ix2 + 0.5)
    cy = np.where(first, iy1, iy2 + 0.5)
    keys = np.column_stack([cx, cy])
    cells, inverse, counts = np.unique(keys, axis=0, return_inverse=True, return_counts=True)
    inverse = inverse.reshape(-1)
    dense = counts >= min_count
    return Hexes(cells[dense] * [sx, sy], counts[dense], dense[inverse], width)


def count_label(n: int) -> str:
    """How a hexagon writes its count: ``"87"``, ``"1.2k"``, ``"15k"``."""
    if n < 1000:
        return str(n)
    return f"{n / 1000:.1f}k" if n < 9950 else f"{round(n / 1000)}k"


def draw_hexes(ax: Axes, hexes: Hexes, fontsize: float) -> None:
    """The crowded cells as shaded hexagons with their counts (shade by count, log scale)."""
    if not len(hexes.counts):
        return
    sx, sy = hexes.width, hexes.width * _SQRT3
    corners = np.array([[.5, -.5], [.5, .5], [0., 1.], [-.5, .5], [-.5, -.5], [0., -1.]])
    corners = corners * [sx, sy / 3]
    inv = ax.transData.inverted()
    polys = [inv.transform(c + corners) for c in hexes.centres]
    norm = LogNorm(vmin=max(1, int(hexes.counts.min())),
                   vmax=max(2, int(hexes.counts.max())), clip=True)
    shades = norm(hexes.counts)
    coll = PolyCollection(polys, facecolors=HEX_RAMP(shades), edgecolors="white",
                          linewidths=0.3, zorder=Z["hexes"])
    coll.set_gid("hexes")
    ax.add_collection(coll, autolim=False)
    centres = inv.transform(hexes.centres)
    for k, ((x, y), n, shade) in enumerate(zip(centres, hexes.counts, shades, strict=True)):
        ax.text(x, y, count_label(int(n)), ha="center", va="center", fontsize=fontsize,
                color="white" if shade > 0.45 else "#222222", zorder=Z["hexes"],
                parse_math=False, gid=f"hex-count-{k}")
