"""Town labels of a still map, placed by priority so that no two overlap.

Capitals come first, then regional centres (a town named like its region, e.g. Osh,
Batken, Fergana), then cities and towns, each by population. A label tries eight
positions around its dot; it takes the first whose box (measured in display space
with the font the file embeds) stays inside the map and clear of the labels and
dots already placed and of the incident markers; a town with no free position is
left out, dot and all.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
from matplotlib.axes import Axes
from matplotlib.backend_bases import RendererBase
from matplotlib.font_manager import FontProperties

from .layers import Z
from .project import Projection

__all__ = ["town_priority", "place_towns", "LABEL_STYLE"]

_KIND_RANK = {"capital": 0, "regional centre": 1, "city": 2, "town": 3}
#: Font size (pt) and weight of a label by rank.
LABEL_STYLE = {0: (8.0, "bold"), 1: (7.5, "bold"), 2: (7.0, "normal"), 3: (6.2, "normal")}
DOT_PT = 3.0        # town dot diameter
GAP_PT = 2.0        # between dot and label
PAD_PT = 0.8        # label box padding
# (dx, dy) direction of the label from the dot; ha/va follow from the signs.
_POSITIONS = [(1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (1, -1), (-1, 1), (-1, -1)]


def _rank(props: Mapping) -> int:
    kind = str(props.get("kind") or "town")
    name, admin1 = str(props.get("name") or ""), str(props.get("admin1") or "")
    if kind != "capital" and admin1 and admin1 in (name, f"{name} City"):
        return _KIND_RANK["regional centre"]
    return _KIND_RANK.get(kind, len(_KIND_RANK))


def town_priority(props: Mapping) -> tuple:
    """Sort key: rank (capital, regional centre, city, town), then population, then name."""
    return (_rank(props), -(props.get("population") or 0), str(props.get("name") or ""))


def _overlaps(box: np.ndarray, boxes: np.ndarray) -> bool:
    if not len(boxes):
        return False
    return bool(np.any((box[0] < boxes[:, 2]) & (boxes[:, 0] < box[2])
                       & (box[1] < boxes[:, 3]) & (boxes[:, 1] < box[3])))


def _free_box(cx: float, cy: float, w: float, h: float, off: float, frame,
              taken: np.ndarray) -> np.ndarray | None:
    """The first of the eight positions around ``(cx, cy)`` where a ``w`` × ``h`` box fits."""
    for dx, dy in _POSITIONS:
        x0 = cx + dx * off - (w if dx < 0 else w / 2 if dx == 0 else 0)
        y0 = cy + dy * off - (h if dy < 0 else h / 2 if dy == 0 else 0)
        box = np.array([x0, y0, x0 + w, y0 + h])
        if (frame.x0 <= box[0] and box[2] <= frame.x1 and frame.y0 <= box[1]
                and box[3] <= frame.y1 and not _overlaps(box, taken)):
            return box
    return None


def place_towns(ax: Axes, renderer: RendererBase, rows: Sequence[Sequence],
                props: Sequence[Mapping], proj: Projection, obstacles: np.ndarray,
                fontscale: float = 1.0) -> tuple[int, int]:
    """Draw the towns whose labels fit; returns ``(placed, skipped)``.

    ``rows`` are ``[name, lon, lat, kind]`` (``MapContent.towns_rows``), ``props`` the
    matching feature properties, ``obstacles`` an ``(N, 4)`` array of display boxes
    ``[x0, y0, x1, y1]`` that labels must not cover.
    """
    if not rows:
        return 0, 0
    dots, texts = _fit_labels(ax, renderer, rows, props, proj, obstacles, fontscale)
    _draw_labels(ax, dots, texts)
    return len(dots), len(rows) - len(dots)


def _fit_labels(ax: Axes, renderer: RendererBase, rows: Sequence[Sequence],
                props: Sequence[Mapping], proj: Projection, obstacles: np.ndarray,
                fontscale: float) -> tuple[list, list]:
    """The towns whose dot and label fit, in order of priority: their dots ``(x, y)`` in
    map coordinates and their labels ``(x, y, name, font)`` in display coordinates."""
    px = ax.figure.dpi / 72.0                       # display units per point
    frame = ax.get_window_extent(renderer)
    x, y = proj.xy([r[1] for r in rows], [r[2] for r in rows])
    disp = ax.transData.transform(np.column_stack([x, y]))
    taken = [np.asarray(obstacles, dtype=float).reshape(-1, 4)]
    dots, texts = [], []
    order = sorted(range(len(rows)), key=lambda k: town_priority({**props[k], "name": rows[k][0],
                                                                  "kind": rows[k][3]}))
    for k in order:
        cx, cy = disp[k]
        rank = _rank({**props[k], "name": rows[k][0], "kind": rows[k][3]})
        size, weight = LABEL_STYLE.get(rank, LABEL_STYLE[3])
        font = FontProperties(family="DejaVu Sans", size=size * fontscale, weight=weight)
        w, h, _ = renderer.get_text_width_height_descent(str(rows[k][0]), font, ismath=False)
        w, h = w + 2 * PAD_PT * px, h + 2 * PAD_PT * px
        r = DOT_PT / 2 * px
        dot = np.array([cx - r, cy - r, cx + r, cy + r])
        if dot[0] < frame.x0 or dot[2] > frame.x1 or dot[1] < frame.y0 or dot[3] > frame.y1:
            continue
        all_taken = np.concatenate(taken)
        if _overlaps(dot, all_taken):
            continue
        box = _free_box(cx, cy, w, h, r + GAP_PT * px, frame, all_taken)
        if box is None:
            continue
        taken.append(np.vstack([box, dot]))
        dots.append((x[k], y[k]))
        texts.append(((box[0] + box[2]) / 2, (box[1] + box[3]) / 2, str(rows[k][0]), font))
    return dots, texts


def _draw_labels(ax: Axes, dots: list, texts: list) -> None:
    """Draw the fitted towns' labels (on a white box) and dots."""
    inv = ax.transData.inverted()
    for tx, ty, name, font in texts:
        lx, ly = inv.transform((tx, ty))
        ax.text(lx, ly, name, ha="center", va="center", fontproperties=font,
                color="#222222", zorder=Z["towns"], parse_math=False, gid="town-label",
                bbox={"boxstyle": f"square,pad={PAD_PT / (font.get_size_in_points()):.3f}",
                      "fc": "white", "ec": "none", "alpha": 0.65})
    if dots:
        dx_, dy_ = zip(*dots, strict=True)
        ax.scatter(dx_, dy_, s=DOT_PT ** 2, c="#222222", edgecolors="white", linewidths=0.5,
                   zorder=Z["towns"], gid="town-dots")
