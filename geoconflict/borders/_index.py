"""Private fast paths of geoconflict.borders: nearest border edge and point-in-country.

Nearest edge, certified exact
-----------------------------
The segments' edges (consecutive vertices, in the region's metric CRS) are grouped in
*chunks* of ``CHUNK`` consecutive edges of one segment. A chunk's *chord* joins its first
and last vertex, and ``r`` is the largest distance of a chunk vertex from the chord. For a
point p at distance ``dc`` from the chord:

* every edge of the chunk is at least ``dc - r`` from p: both its ends lie within r of the
  chord, a convex set, so the whole edge does;
* some point of the chunk is at most ``dc + r`` from p: the chunk is a path from one end of
  the chord to the other, so it crosses the chord's perpendicular through p's nearest chord
  point, and does so within r of the chord (a closed chunk's chord is one of its points).

So the nearest edge of p lies in a chunk with ``dc - r <= U(p) = min over chunks (dc + r)``,
and exact distances to the edges of those chunks alone give the answer.

A uniform grid of ``cell_m`` cells over ``extent`` stores, per cell, every chunk that passes
that test for some point of the cell: dc moves by at most h (half the cell diagonal) between
the cell centre c and any point of the cell, so such a chunk has ``dc(c) - r <= U(c) + 2h``.
The grid is refined from a coarse one, a child cell keeping those of its parent's chunks
that pass this at its own centre; only the cells that query points fall in are built,
when a query of at least ``_GRID_MIN_POINTS`` points first meets them. There, and in
queries, U is taken over the parent's (the cell's) chunks only: it can only be larger than
the true U, so the test still keeps every chunk it must. A query measures, per point, its
cell's chunks, then the edges of the chunks that pass. Points outside the grid, and all
points of small inputs (or in cells not built yet), are tested against every chunk.
Comparisons carry a slack of ``EPS_M`` (1 mm), far above float64 rounding at 10⁶ m; of
edges at the same computed distance the lowest index (so the lowest segment) wins.

Country: a 0.02° grid whose cells lie wholly inside one country (and one enclave or none)
answer directly, from one exact test at the centre of each such cell a point falls in;
points in cells crossed by a boundary (or beside one) are tested exactly.
"""

from __future__ import annotations

import numpy as np
import shapely

CHUNK = 4
CELL_M = 2500.0
EPS_M = 1e-3
_GRID_MIN_POINTS = 500  # fewer points are measured against every chunk (~0.2 ms each)
_PAIRS = 1 << 16  # (point or cell, chunk) pairs per vectorised block: stays in cache
_CELL = 0.02
_UNSEEN = -3  # a country grid cell whose country is not looked up yet


def _seg_dist(px, py, ax, ay, ux, uy, inv):
    """Distance from (px, py) to the segments a -> a + u (``inv`` = 1/|u|², 0 if |u| = 0)."""
    wx, wy = px - ax, py - ay
    t = np.clip((wx * ux + wy * uy) * inv, 0.0, 1.0)
    wx -= t * ux
    wy -= t * uy
    return np.sqrt(wx * wx + wy * wy)


def _inverse_sq(u):
    den = np.einsum("ij,ij->i", u, u)
    return np.divide(1.0, den, out=np.zeros_like(den), where=den > 0)


def _take(rows, idx):
    return [np.take(row, idx) for row in rows]


def _blocks(count, size=_PAIRS):
    """(lo, hi) ranges of groups, ``count[i]`` pairs each, of about ``size`` pairs."""
    ends = np.cumsum(count)
    cuts = np.searchsorted(ends, np.arange(size, ends[-1] if len(ends) else 0, size))
    bounds = np.unique(np.r_[0, cuts + 1, len(count)])
    return zip(bounds[:-1], bounds[1:], strict=True)


class EdgeIndex:
    """Nearest-edge index over metric LineStrings (one per segment).

    ``extent`` (x0, y0, x1, y1) is the area the grid covers (default: the lines' bounds);
    points outside it are answered as exactly, only more slowly.
    """

    def __init__(self, lines_m, extent=None, cell_m: float = CELL_M):
        lines_m = np.asarray(lines_m, dtype=object)
        coords, part = shapely.get_coordinates(lines_m, return_index=True)
        e = np.flatnonzero(part[:-1] == part[1:])  # edge e joins vertex e and e + 1
        a, b = coords[e], coords[e + 1]
        self.edges = np.vstack([a.T, (b - a).T, _inverse_sq(b - a)])  # ax ay ux uy 1/|u|²
        self.seg = part[e].astype(np.int32)
        self._chunks(a, b)
        self.extent = tuple(map(float, shapely.total_bounds(lines_m) if extent is None
                                else extent))
        self.cell_m = float(cell_m)
        self._grid = None

    def _chunks(self, a, b):
        n = len(self.seg)
        idx = np.arange(n)
        starts = np.r_[True, self.seg[1:] != self.seg[:-1]]
        first = np.flatnonzero((idx - np.maximum.accumulate(np.where(starts, idx, 0))) % CHUNK
                               == 0)
        last = np.r_[first[1:], n] - 1
        # edges of each chunk, its last one repeated to fill CHUNK columns
        self.members = np.minimum(first[:, None] + np.arange(CHUNK), last[:, None])
        ca, cu = a[first], b[last] - a[first]
        cinv = _inverse_sq(cu)
        verts = np.concatenate([a[self.members], b[self.members]], axis=1)
        r = _seg_dist(verts[..., 0], verts[..., 1], ca[:, :1], ca[:, 1:], cu[:, :1],
                      cu[:, 1:], cinv[:, None]).max(axis=1) + EPS_M
        self.chords = np.vstack([ca.T, cu.T, cinv, r])  # ax ay ux uy 1/|u|² r
        self.all_chunks = np.arange(len(first), dtype=np.intp)

    # -- query ----------------------------------------------------------------------------

    def nearest(self, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(segment index, distance in metres) of the nearest edge of every point."""
        x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        if not (np.isfinite(x).all() and np.isfinite(y).all()):
            raise ValueError("point coordinates must be finite")
        if len(x) >= _GRID_MIN_POINTS:
            self._ensure_cells(x, y)
        cand, start, count = self._lists(x, y)
        seg = np.empty(len(x), dtype=np.int32)
        dist = np.empty(len(x), dtype=np.float64)
        for lo, hi in _blocks(count):
            seg[lo:hi], dist[lo:hi] = self._nearest_block(x[lo:hi], y[lo:hi], cand,
                                                          start[lo:hi], count[lo:hi])
        return seg, dist

    def _lists(self, x, y):
        """Candidate chunks of every point: ``cand[start[i]:start[i] + count[i]]``."""
        if self._grid is None:
            k = len(self.all_chunks)
            return self.all_chunks, np.zeros(len(x), np.intp), np.full(len(x), k, np.intp)
        x0, y0, nx, ny, start, count, cand = self._grid[:7]
        ix = np.floor((x - x0) / self.cell_m)
        iy = np.floor((y - y0) / self.cell_m)
        inside = (ix >= 0) & (ix < nx) & (iy >= 0) & (iy < ny)
        cell = np.where(inside, iy * nx + ix, nx * ny).astype(np.intp)  # last: all chunks
        return cand, start[cell], count[cell]

    def _nearest_block(self, x, y, cand, start, count):
        off = np.cumsum(count) - count
        k = np.take(cand, np.arange(off[-1] + count[-1]) + np.repeat(start - off, count))
        ax, ay, ux, uy, inv, r = _take(self.chords, k)
        dc = _seg_dist(np.repeat(x, count), np.repeat(y, count), ax, ay, ux, uy, inv)
        upper = np.minimum.reduceat(dc + r, off)
        keep = np.flatnonzero(dc - r <= np.repeat(upper, count) + EPS_M)
        pt = np.repeat(np.arange(len(x)), count)[keep]
        e = np.take(self.members, k[keep], axis=0)
        d = _seg_dist(x[pt, None], y[pt, None], *_take(self.edges, e))
        rows = np.arange(len(e))
        j = np.argmin(d, axis=1)  # first of equals: the chunk's lowest edge
        d, e = d[rows, j], e[rows, j]
        best = np.minimum.reduceat(d, np.r_[0, np.flatnonzero(np.diff(pt)) + 1])
        hit = np.flatnonzero(d == best[pt])  # chunks ascend: a point's first hit is lowest
        first = hit[np.r_[True, pt[hit][1:] != pt[hit][:-1]]]
        return self.seg[e[first]], best

    # -- grid -----------------------------------------------------------------------------

    def _ensure_cells(self, x, y):
        """Build the grid's cells that hold these points and are not built yet."""
        if self._grid is None:
            self._grid = self._empty_grid()
        x0, y0, nx, ny, start, count, cand, built, levels = self._grid
        ix = np.floor((x - x0) / self.cell_m)
        iy = np.floor((y - y0) / self.cell_m)
        inside = (ix >= 0) & (ix < nx) & (iy >= 0) & (iy < ny)
        cells = np.unique((iy[inside] * nx + ix[inside]).astype(np.intp))
        cells = cells[~built[cells]]
        if not len(cells):
            return
        order, cnt, lists = self._build_cells(cells % nx, cells // nx, nx, levels)
        start[order], count[order] = len(cand) + np.cumsum(cnt) - cnt, cnt
        built[order] = True
        self._grid = (x0, y0, nx, ny, start, count, np.concatenate([cand, lists]), built,
                      levels)

    def _empty_grid(self):
        """The grid's layout, every cell answered by all chunks until it is built: only
        the cells that points fall in are built (border incidents crowd a few places)."""
        x0, y0, x1, y1 = self.extent
        s = self.cell_m
        levels = max(0, int(np.ceil(np.log2(max(x1 - x0, y1 - y0) / s / 16))))
        side = 1 << levels  # final cells per coarse cell, along each axis
        nx = int(np.ceil((x1 - x0) / s / side)) * side
        ny = int(np.ceil((y1 - y0) / s / side)) * side
        k = len(self.all_chunks)
        start = np.zeros(nx * ny + 1, np.intp)  # last: outside the grid, all chunks
        return (x0, y0, nx, ny, start, np.full(nx * ny + 1, k, np.intp), self.all_chunks,
                np.zeros(nx * ny + 1, bool), levels)

    def _build_cells(self, fx, fy, nx, levels):
        """(cell numbers, counts, chunk lists) of the final cells (fx, fy), refined from
        their coarse cells; a cell keeps the chunks that pass at its centre of its
        parent's, and a child with none of the wanted cells is dropped."""
        x0, y0 = self.extent[:2]
        cells = np.unique(np.column_stack([fx >> levels, fy >> levels]), axis=0)
        count = np.full(len(cells), len(self.all_chunks), np.intp)
        cand = np.tile(self.all_chunks, len(cells))
        for level in range(levels + 1):
            shift = levels - level
            if level:  # each cell into its four children, with its chunks
                quads = ((0, 0), (1, 0), (0, 1), (1, 1))
                cells = np.concatenate([cells * 2 + q for q in quads])
                count, cand = np.tile(count, 4), np.tile(cand, 4)
                width = nx >> shift
                wanted = np.unique((fy >> shift) * width + (fx >> shift))
                keep = np.isin(cells[:, 1] * width + cells[:, 0], wanted)
                cells, cand, count = cells[keep], cand[np.repeat(keep, count)], count[keep]
            size = self.cell_m * (1 << shift)
            count, cand = self._filter(x0 + (cells[:, 0] + 0.5) * size,
                                       y0 + (cells[:, 1] + 0.5) * size, count, cand,
                                       size * np.sqrt(2.0))
        return cells[:, 1] * nx + cells[:, 0], count, cand

    def _filter(self, cx, cy, count, cand, diag):
        """Per cell, the chunks with ``dc - r <= U + diag`` at its centre (diag = 2h)."""
        off = np.cumsum(count) - count
        keep = np.empty(len(cand), bool)
        for lo, hi in _blocks(count):
            p0, p1 = off[lo], off[hi - 1] + count[hi - 1]
            ax, ay, ux, uy, inv, r = _take(self.chords, cand[p0:p1])
            dc = _seg_dist(np.repeat(cx[lo:hi], count[lo:hi]), np.repeat(cy[lo:hi],
                           count[lo:hi]), ax, ay, ux, uy, inv)
            upper = np.minimum.reduceat(dc + r, off[lo:hi] - p0)
            keep[p0:p1] = dc - r <= np.repeat(upper, count[lo:hi]) + diag + EPS_M
        return np.add.reduceat(keep, off, dtype=np.intp), cand[keep]


class CountryIndex:
    """Point-in-country-and-enclave lookup over WGS 84 polygons."""

    def __init__(self, countries, codes, enclaves):
        self.codes = list(codes)
        self.countries = [shapely.normalize(g) for g in countries]
        self.enclaves = list(enclaves)
        for g in self.countries + self.enclaves:
            shapely.prepare(g)
        self._grid = None

    @staticmethod
    def _first_hit(geoms, lon, lat) -> np.ndarray:
        out = np.full(len(lon), -1, dtype=np.int32)
        for i, g in enumerate(geoms):
            x0, y0, x1, y1 = g.bounds
            sel = np.flatnonzero((out < 0) & (lon >= x0) & (lon <= x1) & (lat >= y0)
                                & (lat <= y1))
            if len(sel):
                out[sel[shapely.intersects_xy(g, lon[sel], lat[sel])]] = i
        return out

    def exact(self, lon, lat) -> tuple[np.ndarray, np.ndarray]:
        """(country index or -1, enclave index or -1) per point, exactly."""
        lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
        return self._first_hit(self.countries, lon, lat), self._first_hit(self.enclaves, lon,
                                                                          lat)

    def lookup(self, lon, lat) -> tuple[np.ndarray, np.ndarray]:
        """Same as :meth:`exact`, through the grid for large inputs."""
        lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
        if len(lon) < 20000:
            return self.exact(lon, lat)
        if self._grid is None:
            self._grid = self._build_grid()
        x0, y0, nx, ny, c_grid, e_grid = self._grid
        ix = np.floor((lon - x0) / _CELL).astype(np.int64)
        iy = np.floor((lat - y0) / _CELL).astype(np.int64)
        inside = (ix >= 0) & (ix < nx) & (iy >= 0) & (iy < ny)
        cell = iy[inside] * nx + ix[inside]
        todo = np.unique(cell[c_grid[cell] == _UNSEEN])
        if len(todo):  # a cell no boundary crosses: its centre answers for all of it
            c, e = self.exact(x0 + (todo % nx + 0.5) * _CELL, y0 + (todo // nx + 0.5) * _CELL)
            c_grid[todo], e_grid[todo] = c, e
        country = np.full(len(lon), -2, dtype=np.int32)
        enclave = np.full(len(lon), -1, dtype=np.int32)
        country[inside] = c_grid[cell]
        enclave[inside] = e_grid[cell]
        mixed = np.flatnonzero(country == -2)
        if len(mixed):
            c, e = self.exact(lon[mixed], lat[mixed])
            country[mixed], enclave[mixed] = c, e
        return country, enclave

    def _build_grid(self):
        """The grid's cells, -2 where a boundary crosses the cell or its neighbours (points
        there are tested exactly), else unseen until a point falls in it."""
        geoms = self.countries + self.enclaves
        bounds = shapely.total_bounds(np.asarray(self.countries, dtype=object))
        x0 = np.floor(bounds[0] / _CELL) * _CELL
        y0 = np.floor(bounds[1] / _CELL) * _CELL
        nx = int(np.ceil((bounds[2] - x0) / _CELL)) + 1
        ny = int(np.ceil((bounds[3] - y0) / _CELL)) + 1
        crossed = np.zeros((ny, nx), dtype=bool)
        rings = shapely.boundary(np.asarray(geoms, dtype=object))
        xy = shapely.get_coordinates(shapely.segmentize(rings, _CELL / 4))
        ix = np.clip(np.floor((xy[:, 0] - x0) / _CELL).astype(np.int64), 0, nx - 1)
        iy = np.clip(np.floor((xy[:, 1] - y0) / _CELL).astype(np.int64), 0, ny - 1)
        crossed[iy, ix] = True
        mixed = crossed.copy()  # and their eight neighbours (rounding at cell edges)
        mixed[1:, :] |= crossed[:-1, :]
        mixed[:-1, :] |= crossed[1:, :]
        rows = mixed.copy()
        mixed[:, 1:] |= rows[:, :-1]
        mixed[:, :-1] |= rows[:, 1:]
        c_grid = np.where(mixed, -2, _UNSEEN).astype(np.int32).ravel()
        return x0, y0, nx, ny, c_grid, np.full(nx * ny, -1, dtype=np.int32)
