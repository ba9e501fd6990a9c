"""The legend panel of a still map, drawn from the same legend spec as the HTML map.

``MapContent.legend`` lists the event types present, the size steps, the border
statuses on the map date and the enclave owners; the headings are the HTML legend's.
The panel's axes run in millimetres (times the page's font scale) from its top-left
corner, so rows keep their spacing on any paper size.
"""

from __future__ import annotations

from matplotlib.axes import Axes
from matplotlib.collections import PathCollection
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle, RegularPolygon
from matplotlib.transforms import IdentityTransform

from .aggregate import HEX_RAMP
from .incidents import DIFFER_EDGE, EDGE, FILL_ALPHA, marker_path
from .layers import PT_PER_PX

__all__ = ["draw_legend"]

ROW_MM = 4.3
MM_PER_PT = 25.4 / 72
SWATCH_X, TEXT_X = 3.0, 7.5


class _Panel:
    """A cursor that writes legend rows down an axes measured in mm."""

    def __init__(self, ax: Axes, width: float, height: float, fontscale: float):
        self.ax, self.s = ax, fontscale
        ax.set_xlim(0, width / fontscale)
        ax.set_ylim(height / fontscale, 0)
        ax.set_axis_off()
        self.y = 0.0

    def heading(self, text: str) -> None:
        self.y += 2.0 if self.y else 0.0
        self.ax.text(0, self.y, text, fontsize=7.5 * self.s, fontweight="bold", va="top",
                     color="#222222", parse_math=False)
        self.y += 4.6

    def label(self, text: str, y: float | None = None, x: float = TEXT_X) -> None:
        self.ax.text(x, self.y if y is None else y, text, fontsize=7 * self.s,
                     va="center", color="#222222", parse_math=False)

    def marker(self, path_key: str, face, edge: str = EDGE, diameter_pt: float = 7.0,
               dashed: bool = False, x: float = SWATCH_X, y: float | None = None,
               width: float = PT_PER_PX) -> None:
        coll = PathCollection([marker_path(path_key)], sizes=[(diameter_pt * self.s) ** 2],
                              offsets=[(x, self.y if y is None else y)],
                              offset_transform=self.ax.transData,
                              transform=IdentityTransform(), facecolors=[face],
                              edgecolors=[edge], linewidths=[width * self.s],
                              linestyles=[(0, (3 * PT_PER_PX, 2 * PT_PER_PX))] if dashed
                              else ["solid"])
        self.ax.add_collection(coll, autolim=False)

    def next(self, mm: float = ROW_MM) -> None:
        self.y += mm


def _rgba(color: str) -> tuple:
    from matplotlib.colors import to_rgb

    return (*to_rgb(color), FILL_ALPHA)


def draw_legend(ax: Axes, spec: dict, *, width: float, height: float, raids: bool,
                hex_count: int, fontscale: float = 1.0) -> float:
    """Fill the legend axes (``width`` × ``height`` mm); returns the height used in mm.

    ``fontscale`` scales text, markers and spacing together (the panel's mm are scaled).
    """
    p = _Panel(ax, width, height, fontscale)
    p.heading("Incidents by event type")
    for name, color in spec["eventTypes"]:
        p.marker(name, _rgba(color))
        p.label(name)
        p.next()
    _sizes(p, spec["sizes"], fontscale)
    if raids:
        ax.add_line(Line2D([SWATCH_X - 2.5, SWATCH_X + 2.5], [p.y, p.y], color="#555555",
                           lw=3 * PT_PER_PX * fontscale))
        ax.text(SWATCH_X, p.y, "1", fontsize=5.5 * fontscale, ha="center", va="center",
                parse_math=False,
                bbox={"boxstyle": "round,pad=0.25", "fc": "white", "ec": "#555555", "lw": 0.8})
        p.label("path with numbered stops: a raid")
        p.next()
    if hex_count:
        ax.add_patch(RegularPolygon((SWATCH_X, p.y), 6, radius=1.9, facecolor=HEX_RAMP(0.6),
                                    edgecolor="white", lw=0.3))
        p.label(f"hexagon: incidents in a crowded area ({hex_count:,} cells)")
        p.next()
    _borders(p, spec, fontscale)
    return p.y * fontscale


def _sizes(p: _Panel, sizes: list, fontscale: float) -> None:
    """The size steps (at the map's own marker sizes) and the dashed ring."""
    p.heading("Fatalities (best estimate; area)")
    # the steps do not follow the font scale: they are the markers' sizes on the map
    steps = [(label, 2 * radius * PT_PER_PX / fontscale) for label, radius in sizes]
    biggest = max(d for _, d in steps) * MM_PER_PT
    x, cy = 0.0, p.y + biggest / 2
    for label, diameter in steps:
        x += diameter * MM_PER_PT / 2
        p.marker("Battles", (0.85, 0.85, 0.85, 1.0), diameter_pt=diameter, x=x, y=cy)
        p.label(label, y=cy, x=x + diameter * MM_PER_PT / 2 + 1.0)
        x += diameter * MM_PER_PT / 2 + 7.0
    p.y = cy + biggest / 2 + 2.6
    p.marker("Battles", "white", edge=DIFFER_EDGE, dashed=True, width=2 * PT_PER_PX)
    p.label("dashed ring: accounts differ")
    p.next()


def _borders(p: _Panel, spec: dict, fontscale: float) -> None:
    """Segment statuses on the map date and enclave owners."""
    if spec["statuses"]:
        p.heading(f"Border segments on {spec['at']}")
        for status, color in spec["statuses"]:
            disputed = status == "disputed"
            p.ax.add_line(Line2D([0.4, 5.6], [p.y, p.y], color=color,
                                 lw=(2.2 if disputed else 1.8) * fontscale,
                                 linestyle=(0, (4, 2.5)) if disputed else "solid"))
            p.label(status)
            p.next()
    if spec["owners"]:
        p.heading("Enclaves by owner")
        for owner, color in spec["owners"]:
            p.ax.add_patch(Rectangle((0.8, p.y - 1.4), 4.4, 2.8, facecolor=color, alpha=0.5,
                                     edgecolor=color, lw=0.9))
            p.label(owner)
            p.next()
