"""Map furniture of a still map: the scale bar and the north arrow, both from the projection.

The scale bar is matplotlib-scalebar's, told the true length of one projected metre at
the map's centre (``1 / k``, the projection's scale factor there); the map is in metres
of a conformal projection, so one bar holds across the page to within 0.2 %. The north
arrow is turned by the meridians' convergence at the centre.
"""

from __future__ import annotations

import math

from matplotlib.axes import Axes
from matplotlib_scalebar.scalebar import ScaleBar

from .layers import Z
from .project import Projection

__all__ = ["add_scale_bar", "add_north_arrow"]


def _centre(ax: Axes, proj: Projection) -> tuple[float, float]:
    (x0, x1), (y0, y1) = ax.get_xlim(), ax.get_ylim()
    lon, lat = proj.lonlat((x0 + x1) / 2, (y0 + y1) / 2)
    return float(lon), float(lat)


def add_scale_bar(ax: Axes, proj: Projection, fontscale: float = 1.0) -> ScaleBar:
    """A scale bar in km at the lower left of the map, true at the map's centre."""
    lon, lat = _centre(ax, proj)
    bar = ScaleBar(1.0 / proj.scale_factor(lon, lat), units="m", dimension="si-length",
                   location="lower left", length_fraction=0.2, width_fraction=0.006,
                   box_color="white", box_alpha=0.75, color="#222222", scale_loc="top",
                   border_pad=0.6, pad=0.4, sep=2,
                   font_properties={"family": "DejaVu Sans", "size": 7 * fontscale},
                   rotation="horizontal-only")
    bar.set_zorder(Z["furniture"])
    bar.set_gid("scale-bar")
    ax.add_artist(bar)
    return bar


def add_north_arrow(ax: Axes, proj: Projection, fontscale: float = 1.0) -> float:
    """A north arrow at the upper left of the map; returns its angle from the page's up."""
    lon, lat = _centre(ax, proj)
    angle = proj.north_angle(lon, lat)
    length = 11.0 * fontscale                               # points
    dx, dy = length * math.sin(math.radians(angle)), length * math.cos(math.radians(angle))
    base = (0.035, 0.87)
    ax.annotate("N", xy=base, xycoords="axes fraction", xytext=(dx, dy),
                textcoords="offset points", ha="center", va="bottom",
                fontsize=8 * fontscale, fontweight="bold", color="#222222",
                zorder=Z["furniture"], annotation_clip=False,
                arrowprops={"arrowstyle": "<|-,head_width=0.35,head_length=0.7",
                            "color": "#222222", "lw": 1.2, "shrinkA": 1, "shrinkB": 0})
    return angle
