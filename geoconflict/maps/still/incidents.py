"""Incidents on a still map: markers sized by deaths, shaped by event type; raids as paths.

The rows are made by :func:`still_rows` from the incidents the HTML map shows (big circles first),
so both maps show the same incidents from the same rules: area ∝ best-estimate deaths
(``maps_content.marker_radius``), colour by ACLED event type, a dashed ring where
reports disagree. On paper the marker's shape also says the event type, so the map
still reads in greyscale. A raid of several stops is a path with arrows and numbered
stops; stops too close to tell apart at the page's scale share one badge ("1,2").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import PathCollection
from matplotlib.markers import MarkerStyle
from matplotlib.path import Path
from matplotlib.transforms import Affine2D, IdentityTransform, offset_copy

from ..content import marker_radius
from ..style import EVENT_COLORS, OTHER_COLOR
from .layers import PT_PER_PX, Z
from .project import Projection

__all__ = ["EVENT_MARKERS", "OTHER_MARKER", "FILL_ALPHA", "marker_path", "marker_size_pt",
           "draw_incidents", "draw_raids"]

#: ACLED event type → matplotlib marker (distinct outlines for greyscale print).
EVENT_MARKERS = {
    "Battles": "o",
    "Violence against civilians": "^",
    "Explosions/Remote violence": "D",
    "Riots": "s",
    "Protests": "p",
    "Strategic developments": "P",
}
OTHER_MARKER = "X"
FILL_ALPHA = 0.72        # the HTML map's fillOpacity
EDGE = "#333333"
DIFFER_EDGE = "#111111"
BADGE_GAP_MM = 2.8       # stops closer than this on the page share a badge
ARROW_MIN_MM = 4.0       # legs shorter than this get no arrow


@cache
def marker_path(event_type: str) -> Path:
    """The marker of an event type, scaled to the area of a circle of diameter 1.

    Equal areas keep "area ∝ deaths" true across shapes.
    """
    style = MarkerStyle(EVENT_MARKERS.get(event_type, OTHER_MARKER))
    path = style.get_path().transformed(style.get_transform())
    poly = path.to_polygons()[0]
    x, y = poly[:, 0], poly[:, 1]
    area = 0.5 * abs(float(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1))))
    return path.transformed(Affine2D().scale(float(np.sqrt((np.pi / 4) / area))))


def marker_size_pt(best: float) -> float:
    """Diameter in points of the marker of an incident with ``best`` deaths."""
    return 2 * marker_radius(best) * PT_PER_PX


def still_rows(shown: Sequence) -> list[dict]:
    """Rows of the incidents a map shows (``MapContent.shown``), biggest deaths first.

    ``x, y`` the point, ``et`` the event type, ``f`` the fatalities [low, best, high], ``dk``
    the fields whose accounts differ, ``s`` the stops ``[lon, lat, name, time, role]`` of a
    route (a raid drawn as a numbered path); stops that are no route stay with the marker.
    """
    order = sorted(shown, key=lambda i: (-i.best_fatalities, i.start, i.id))
    rows = []
    for inc in order:
        p = inc.props
        stops = p.get("stops") or ()
        route = p.get("route", True) and len(stops) > 1
        rows.append({"id": inc.id, "x": inc.lon, "y": inc.lat,
                     "et": str(p.get("event_type") or "Unknown"),
                     "f": inc.fatalities, "dk": inc.differ,
                     "s": [[float(st["lon"]), float(st["lat"]), st.get("name") or "",
                            st.get("time") or "", st.get("role") or ""] for st in stops]
                     if route else []})
    return rows


def _best(row: dict) -> float:
    f = row.get("f")
    return float(f[1] or 0) if f else 0.0


def draw_incidents(ax: Axes, rows: Sequence[dict], proj: Projection) -> PathCollection | None:
    """One collection of all incident markers, in the rows' order (big ones first)."""
    if not rows:
        return None
    x, y = proj.xy([r["x"] for r in rows], [r["y"] for r in rows])
    differ = [bool(r.get("dk")) for r in rows]
    colors = [EVENT_COLORS.get(r["et"], OTHER_COLOR) for r in rows]
    coll = PathCollection(
        [marker_path(r["et"]) for r in rows],
        sizes=[marker_size_pt(_best(r)) ** 2 for r in rows],
        offsets=np.column_stack([x, y]), offset_transform=ax.transData,
        transform=IdentityTransform(),
        facecolors=[_rgba(c, FILL_ALPHA) for c in colors],
        edgecolors=[DIFFER_EDGE if d else EDGE for d in differ],
        linewidths=[2 * PT_PER_PX if d else PT_PER_PX for d in differ],
        linestyles=[(0, (3 * PT_PER_PX, 2 * PT_PER_PX)) if d else "solid" for d in differ],
        zorder=Z["incidents"])
    coll.set_gid("incidents")
    ax.add_collection(coll, autolim=False)
    return coll


def _rgba(color: str, alpha: float) -> tuple[float, float, float, float]:
    from matplotlib.colors import to_rgb

    return (*to_rgb(color), alpha)


def draw_raids(ax: Axes, rows: Sequence[dict], proj: Projection, renderer,
               obstacles: np.ndarray) -> tuple[int, np.ndarray]:
    """Paths of multi-stop incidents with arrows and numbered stops.

    A badge goes beside its stop, on the first side where it covers no marker
    (``obstacles``: display boxes) and no other badge. Returns the number of paths and
    the display boxes ``[x0, y0, x1, y1]`` of the badges.
    """
    raids = [r for r in rows if len(r.get("s") or ()) > 1]
    mm = ax.figure.dpi / 25.4           # display units per mm
    taken = [np.asarray(obstacles, dtype=float).reshape(-1, 4)]
    boxes: list[list[float]] = []
    for r in raids:
        color = EVENT_COLORS.get(r["et"], OTHER_COLOR)
        x, y = proj.xy([s[0] for s in r["s"]], [s[1] for s in r["s"]])
        ax.plot(x, y, color=color, lw=3 * PT_PER_PX, alpha=0.9, solid_capstyle="round",
                zorder=Z["paths"], gid=f"raid-{r['id']}")
        disp = ax.transData.transform(np.column_stack([x, y]))
        _arrows(ax, x, y, disp, color, ARROW_MIN_MM * mm)
        home = ax.transData.transform(proj.xy(r["x"], r["y"]))
        for first, numbers in _badge_groups(disp, BADGE_GAP_MM * mm):
            at_marker = np.hypot(*(disp[first] - home)) < 1.0
            gap = (marker_size_pt(_best(r)) / 2 if at_marker else 1.5) + 1.5
            t = ax.text(x[first], y[first], ",".join(str(n + 1) for n in numbers),
                        fontsize=5.5, color="#111111", zorder=Z["stops"], parse_math=False,
                        bbox={"boxstyle": "round,pad=0.25", "fc": "white", "ec": color,
                              "lw": 0.8})
            boxes.append(_place_badge(ax, t, gap, renderer, np.concatenate(
                [*taken, np.array(boxes, dtype=float).reshape(-1, 4)])))
    return len(raids), np.array(boxes, dtype=float).reshape(-1, 4)


def _arrows(ax: Axes, x, y, disp: np.ndarray, color: str, min_len: float) -> None:
    """A direction arrow at the middle of every leg long enough to hold one."""
    for k in range(len(x) - 1):
        if np.hypot(*(disp[k + 1] - disp[k])) >= min_len:
            mid = ((x[k] + x[k + 1]) / 2, (y[k] + y[k + 1]) / 2)
            ax.annotate("", xy=(mid[0] + (x[k + 1] - x[k]) * 0.01,
                                mid[1] + (y[k + 1] - y[k]) * 0.01),
                        xytext=mid, zorder=Z["paths"],
                        arrowprops={"arrowstyle": "-|>", "color": color, "lw": 0,
                                    "mutation_scale": 9, "shrinkA": 0, "shrinkB": 0})


def _place_badge(ax: Axes, t, gap: float, renderer, taken: np.ndarray) -> list[float]:
    """Put badge ``t`` beside its point on the first free diagonal; its padded display box."""
    pad = 1.5 * ax.figure.dpi / 72
    box = None
    for dx, dy in ((1, 1), (-1, 1), (1, -1), (-1, -1)):
        t.set_transform(offset_copy(ax.transData, fig=ax.figure, x=dx * gap, y=dy * gap,
                                    units="points"))
        t.set_horizontalalignment("left" if dx > 0 else "right")
        t.set_verticalalignment("bottom" if dy > 0 else "top")
        b = t.get_window_extent(renderer)
        box = [b.x0 - pad, b.y0 - pad, b.x1 + pad, b.y1 + pad]
        if not len(taken) or not np.any((box[0] < taken[:, 2]) & (taken[:, 0] < box[2])
                                        & (box[1] < taken[:, 3]) & (taken[:, 1] < box[3])):
            break
    else:                                   # no free side: back to the first one
        t.set_transform(offset_copy(ax.transData, fig=ax.figure, x=gap, y=gap, units="points"))
        t.set_horizontalalignment("left")
        t.set_verticalalignment("bottom")
        b = t.get_window_extent(renderer)
        box = [b.x0 - pad, b.y0 - pad, b.x1 + pad, b.y1 + pad]
    return box


def _badge_groups(disp: np.ndarray, gap: float) -> list[tuple[int, list[int]]]:
    """Stops (display coordinates, in order) grouped with the first stop within ``gap``."""
    groups: list[tuple[int, list[int]]] = []
    for k, p in enumerate(disp):
        for first, members in groups:
            if np.hypot(*(p - disp[first])) < gap:
                members.append(k)
                break
        else:
            groups.append((k, [k]))
    return groups
