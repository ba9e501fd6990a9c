"""Shared border lines, stored and drawn once: the arcs of the map's outlines, enclaves
and border segments.

The shipped borders are one coverage: two countries share the vertices of their common
border, an enclave's ring is the hole of the country around it, and every border segment
is a stretch of those rings. Stored as they are, the map carries each shared line two or
three times and draws it as often. Here every line is cut at its junctions (where a line
ends, or where the lines through a vertex part) into arcs, each arc is kept once, and a
ring or line becomes the list of its arcs (``~i``: arc ``i`` walked backwards), as in
TopoJSON. Coordinates are integers of 1e-5 degree, the map's packing grid, so equal
positions are equal exactly.

The ``topojson`` package builds the same arcs (719 of 33,826 positions for the shipped
borders, against 726 of 33,837 here, on the packing grid) in 0.83 s of CPU; this takes
0.12-0.15 s, on the positions the map packs anyway.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .compact import SCALE

__all__ = ["shared_arcs", "Topology"]

Point = tuple[int, int]

_DEPTH = {"LineString": 1, "MultiLineString": 2, "Polygon": 2, "MultiPolygon": 3}


class Topology:
    """The arcs of some geometries and, for each geometry, ``[depth, refs]``."""

    def __init__(self) -> None:
        self.arcs: list[list[Point]] = []
        self._index: dict[tuple[Point, ...], int] = {}

    def ref(self, arc: list[Point], closed: bool) -> int:
        """The reference of ``arc`` (``closed``: a whole ring, kept open): its index, or
        ``~index`` when kept the other way."""
        fwd, back = (_rotated(arc), _rotated(arc[::-1])) if closed else (arc, arc[::-1])
        got = self._index.get(tuple(fwd))
        if got is not None:
            return got
        got = self._index.get(tuple(back))
        if got is not None:
            return ~got
        self._index[tuple(fwd)] = len(self.arcs)
        self.arcs.append(fwd + [fwd[0]] if closed else fwd)
        return len(self.arcs) - 1

    def packed_arcs(self) -> list[list[int]]:
        """Each arc as ``[x0, y0, dx1, dy1, …]`` (the runs of :func:`.compact.delta_run`)."""
        out = []
        for arc in self.arcs:
            run, px, py = [], 0, 0
            for x, y in arc:
                run += (x - px, y - py)
                px, py = x, y
            out.append(run)
        return out


def shared_arcs(geometries: Sequence[dict]) -> tuple[Topology, list[list]]:
    """The topology of GeoJSON line and polygon geometries, and each one's ``[depth, refs]``
    (depth: the list levels above the refs: 1 a line, 2 lines or a polygon's rings, 3 a
    multipolygon's)."""
    lines = [[(_grid(ring), closed) for ring, closed in _lines(g)] for g in geometries]
    junctions = _junctions([line for parts in lines for line in parts])
    topo = Topology()
    out = []
    for g, parts in zip(geometries, lines, strict=True):
        refs = [[topo.ref(arc, whole) for arc, whole in _cut(pts, closed, junctions)]
                for pts, closed in parts]
        depth = _DEPTH[g["type"]]
        if depth == 1:
            out.append([1, refs[0]])
        elif g["type"] == "MultiPolygon":
            sizes = [len(p) for p in g["coordinates"]]
            nested, at = [], 0
            for n in sizes:
                nested.append(refs[at:at + n])
                at += n
            out.append([3, nested])
        else:
            out.append([2, refs])
    return topo, out


def _lines(geom: dict) -> list[tuple[Any, bool]]:
    kind, coords = geom.get("type"), geom.get("coordinates") or []
    if kind not in _DEPTH:
        raise ValueError(f"cannot share lines of a {kind!r} geometry")
    if kind == "LineString":
        return [(coords, False)]
    if kind == "MultiLineString":
        return [(c, False) for c in coords]
    if kind == "Polygon":
        return [(r, True) for r in coords]
    return [(r, True) for poly in coords for r in poly]


def _grid(coords: Any) -> list[Point]:
    """Positions on the 1e-5 degree grid, repeats in a row dropped (and a ring's closing
    position: rings are kept open here)."""
    out: list[Point] = []
    for c in coords:
        p = (round(float(c[0]) * SCALE), round(float(c[1]) * SCALE))
        if not out or out[-1] != p:
            out.append(p)
    if len(out) > 1 and out[0] == out[-1]:
        out.pop()
    return out


def _junctions(lines: list[tuple[list[Point], bool]]) -> set[Point]:
    """Where arcs must end: the ends of open lines, and every position whose two
    neighbours differ from one line (or pass) to another."""
    seen: dict[Point, tuple[Point, Point]] = {}
    out: set[Point] = set()
    for pts, closed in lines:
        n = len(pts)
        if not closed and n:
            out.add(pts[0])
            out.add(pts[-1])
        for i, p in enumerate(pts):
            if not closed and (i == 0 or i == n - 1):
                continue
            a, b = pts[i - 1], pts[(i + 1) % n]
            pair = (a, b) if a <= b else (b, a)
            was = seen.setdefault(p, pair)
            if was != pair:
                out.add(p)
    return out


def _cut(pts: list[Point], closed: bool, junctions: set[Point]
         ) -> list[tuple[list[Point], bool]]:
    """The arcs of one line, each with whether it is a whole ring: a line is split at its
    junctions; a ring without any stays whole (kept open, its closing position implied)."""
    if closed:
        at = [i for i, p in enumerate(pts) if p in junctions]
        if not at:
            return [(pts, True)]
        pts = pts[at[0]:] + pts[:at[0]] + [pts[at[0]]]
    arcs, start = [], 0
    for i in range(1, len(pts)):
        if pts[i] in junctions or i == len(pts) - 1:
            arcs.append((pts[start:i + 1], False))
            start = i
    return arcs


def _rotated(ring: list[Point]) -> list[Point]:
    """A closed arc (kept open) from its least position: one form for every rotation."""
    k = ring.index(min(ring))
    return ring[k:] + ring[:k]


def border_blocks(*layers: Sequence[dict]) -> tuple[dict, list[list]]:
    """The arcs block of a map's border layers (features of the outlines, enclaves and
    segments, in that order) and each layer's ``[depth, refs]`` per feature.

    The block: ``a`` the packed arcs; ``m`` the arcs of the fills' edges that no segment
    draws (drawn once, with the outlines); ``u`` those a segment draws (drawn with the
    outlines only while the segments are hidden).
    """
    geoms = [f.get("geometry") or {} for layer in layers for f in layer]
    topo, refs = shared_arcs(geoms)
    out, at = [], 0
    for layer in layers:
        out.append(refs[at:at + len(layer)])
        at += len(layer)
    *fills, segments = out
    seg = _arc_set(segments)
    filled = set().union(*(_arc_set(f) for f in fills))
    return {"a": topo.packed_arcs(), "m": sorted(filled - seg), "u": sorted(filled & seg)}, out


def _arc_set(geoms: list[list]) -> set[int]:
    out: set[int] = set()

    def walk(x: Any) -> None:
        if isinstance(x, int):
            out.add(x if x >= 0 else ~x)
        else:
            for y in x:
                walk(y)

    for _, refs in geoms:
        walk(refs)
    return out
