"""Private fast paths of geoconflict.borders: nearest border edge and point-in-country.

Nearest edge: a KD-tree (scipy cKDTree) over the segments' vertices, densified to at most
``EDGE_M`` metres, in the region's metric CRS; the edges next to the k nearest vertices are
measured exactly with numpy. The answer is certified exact when no edge left out can be
nearer: an edge whose two ends lie at least r_k from the point (r_k: the k-th nearest
vertex) and whose length is at most L is at least sqrt(r_k² - L²/4) away. Rows that fail
the test are redone with more neighbours, and finally against every edge.

Country: a 0.02° grid whose cells lie wholly inside one country (and one enclave or none)
answer directly; points in cells crossed by a boundary are tested exactly (STRtree).
"""

from __future__ import annotations

import numpy as np
import shapely

EDGE_M = 200.0
_K = (4, 32)
_CHUNK = 262144
_CELL = 0.02


class EdgeIndex:
    """Nearest-edge index over metric LineStrings (one per segment)."""

    def __init__(self, lines_m):
        from scipy.spatial import cKDTree

        dense = shapely.segmentize(np.asarray(lines_m, dtype=object), EDGE_M)
        coords, seg = shapely.get_coordinates(dense, return_index=True)
        self.xy = np.ascontiguousarray(coords)
        self.seg = seg.astype(np.int32)
        n = len(self.xy)
        # edge i joins vertex i and i + 1 when both belong to the same segment
        self.valid = np.zeros(n, dtype=bool)
        self.valid[:-1] = self.seg[:-1] == self.seg[1:]
        ends = self.xy[np.minimum(np.arange(n) + 1, n - 1)]
        lengths = np.where(self.valid, np.hypot(*(ends - self.xy).T), 0.0)
        self.max_edge = float(lengths.max())
        self.tree = cKDTree(self.xy)

    def nearest(self, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(segment index, distance in metres) of the nearest edge of every point."""
        n = len(x)
        seg = np.empty(n, dtype=np.int32)
        dist = np.empty(n, dtype=np.float64)
        for lo in range(0, n, _CHUNK):
            hi = min(n, lo + _CHUNK)
            s, d = self._nearest_chunk(np.column_stack([x[lo:hi], y[lo:hi]]))
            seg[lo:hi], dist[lo:hi] = s, d
        return seg, dist

    def _nearest_chunk(self, pts):
        seg = np.full(len(pts), -1, dtype=np.int32)
        dist = np.full(len(pts), np.inf)
        todo = np.arange(len(pts))
        for k in _K:
            if not len(todo):
                break
            k = min(k, len(self.xy))
            rk, idx = self.tree.query(pts[todo], k=k, workers=-1)
            edges = np.concatenate([idx - 1, idx], axis=1)
            s, d = self._measure(pts[todo], edges)
            seg[todo], dist[todo] = s, d
            bound = np.sqrt(np.maximum(rk[:, -1] ** 2 - self.max_edge ** 2 / 4, 0.0))
            ok = (d <= bound) | (k >= len(self.xy))
            todo = todo[~ok]
        if len(todo):  # rare: brute force over all edges
            all_edges = np.flatnonzero(self.valid)
            for i in todo:
                s, d = self._measure(pts[i:i + 1], all_edges[None, :])
                seg[i], dist[i] = s[0], d[0]
        return seg, dist

    def _measure(self, pts, edges):
        """Exact distance from each point to its candidate edges; the nearest one."""
        edges = np.clip(edges, 0, len(self.xy) - 1)
        ok = self.valid[edges]
        a = self.xy[edges]
        b = self.xy[np.minimum(edges + 1, len(self.xy) - 1)]
        ab = b - a
        ap = pts[:, None, :] - a
        den = np.einsum("ijk,ijk->ij", ab, ab)
        t = np.clip(np.einsum("ijk,ijk->ij", ap, ab) / np.where(den > 0, den, 1.0), 0.0, 1.0)
        diff = ap - t[..., None] * ab
        d2 = np.einsum("ijk,ijk->ij", diff, diff)
        d2 = np.where(ok, d2, np.inf)
        # ties (a shared vertex of two segments): the lower edge index wins, deterministic
        j = np.argmin(d2, axis=1)
        rows = np.arange(len(pts))
        return self.seg[edges[rows, j]], np.sqrt(d2[rows, j])


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
        country = np.full(len(lon), -2, dtype=np.int32)
        enclave = np.full(len(lon), -1, dtype=np.int32)
        cell = iy[inside] * nx + ix[inside]
        country[inside] = c_grid[cell]
        enclave[inside] = e_grid[cell]
        mixed = np.flatnonzero(country == -2)
        if len(mixed):
            c, e = self.exact(lon[mixed], lat[mixed])
            country[mixed], enclave[mixed] = c, e
        return country, enclave

    def _build_grid(self):
        """Cells crossed by no boundary; each connected block of them lies in one polygon,
        so one exact test per block labels all its cells."""
        from scipy import ndimage

        geoms = self.countries + self.enclaves
        bounds = shapely.total_bounds(np.asarray(self.countries, dtype=object))
        x0 = np.floor(bounds[0] / _CELL) * _CELL
        y0 = np.floor(bounds[1] / _CELL) * _CELL
        nx = int(np.ceil((bounds[2] - x0) / _CELL)) + 1
        ny = int(np.ceil((bounds[3] - y0) / _CELL)) + 1
        mixed = np.zeros((ny, nx), dtype=bool)
        rings = shapely.boundary(np.asarray(geoms, dtype=object))
        xy = shapely.get_coordinates(shapely.segmentize(rings, _CELL / 4))
        ix = np.clip(np.floor((xy[:, 0] - x0) / _CELL).astype(np.int64), 0, nx - 1)
        iy = np.clip(np.floor((xy[:, 1] - y0) / _CELL).astype(np.int64), 0, ny - 1)
        mixed[iy, ix] = True
        mixed = ndimage.binary_dilation(mixed, structure=np.ones((3, 3), bool))
        blocks, count = ndimage.label(~mixed)
        first = ndimage.find_objects(blocks)
        rep_x, rep_y = np.empty(count), np.empty(count)
        for b, sl in enumerate(first):  # one representative cell per block
            sub = blocks[sl] == b + 1
            j, i = np.argwhere(sub)[0]
            rep_x[b] = x0 + (sl[1].start + i + 0.5) * _CELL
            rep_y[b] = y0 + (sl[0].start + j + 0.5) * _CELL
        c, e = self.exact(rep_x, rep_y)
        c_grid = np.where(blocks > 0, np.append(-2, c)[blocks], -2).astype(np.int32)
        e_grid = np.where(blocks > 0, np.append(-1, e)[blocks], -1).astype(np.int32)
        return x0, y0, nx, ny, c_grid.ravel(), e_grid.ravel()
