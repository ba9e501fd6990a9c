"""The nearest-edge index of geoconflict.borders against brute-force shapely distances."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from geoconflict.borders import load_segments
from geoconflict.borders import sides as borders
from geoconflict.borders._index import _GRID_MIN_POINTS, EdgeIndex


def _brute(lines, x, y):
    """Distance (m) from every point to every line, by GEOS."""
    return shapely.distance(shapely.points(x, y)[:, None], lines[None, :])


def _check(index, lines, x, y):
    seg, dist = index.nearest(x, y)
    d = _brute(lines, x, y)
    best = d.min(axis=1)
    np.testing.assert_allclose(dist, best, rtol=0, atol=1e-3)  # 1e-6 km
    # our segment is the nearest one; another may be as near only in a true tie (1 µm)
    assert (d[np.arange(len(x)), seg] <= best + 1e-6).all()
    unique = np.sort(d, axis=1)[:, 1] > best + 1e-6
    assert (seg[unique] == d[unique].argmin(axis=1)).all()
    return seg, dist, int((~unique).sum())


@pytest.fixture(scope="module")
def shipped():
    index = borders._edge_index()
    lines = shapely.transform(np.asarray(load_segments().geometry.values, dtype=object),
                              lambda xy: np.column_stack(
                                  borders._transformer().transform(xy[:, 0], xy[:, 1])))
    return lines, index.extent


def _points(lines, extent, rng):
    """Random points in and around ``extent``, on and near vertices, edges and segment
    ends (ties), and far away."""
    x0, y0, x1, y1 = extent
    verts = shapely.get_coordinates(lines)
    ends = np.concatenate([shapely.get_coordinates(shapely.get_point(lines, i)) for i in (0, -1)])
    on_v = verts[rng.choice(len(verts), 600)]
    mids = (verts[:-1] + verts[1:]) / 2
    near = np.concatenate([on_v + rng.normal(0, s, on_v.shape) for s in (0.01, 1.0, 60.0)] +
                          [mids[rng.choice(len(mids), 600)] + rng.normal(0, 5, (600, 2))])
    wide = np.column_stack([rng.uniform(x0 - 3e5, x1 + 3e5, 1500),
                            rng.uniform(y0 - 3e5, y1 + 3e5, 1500)])
    angle = rng.uniform(0, 2 * np.pi, 100)
    far = np.column_stack([np.cos(angle), np.sin(angle)]) * rng.uniform(1e6, 3e6, (100, 1))
    pts = np.concatenate([on_v, ends[rng.choice(len(ends), 100)], near, wide, far])
    return pts[:, 0], pts[:, 1]


def test_shipped_segments_against_shapely(shipped):
    lines, extent = shipped
    x, y = _points(lines, extent, np.random.default_rng(3))
    assert len(x) >= _GRID_MIN_POINTS
    index = EdgeIndex(lines, extent=extent)
    seg, dist, ties = _check(index, lines, x, y)  # builds the grid
    assert index._grid is not None and ties > 0
    # the same answers without the grid (small inputs), in any order and block
    bare = EdgeIndex(lines, extent=extent)
    part = np.random.default_rng(4).choice(len(x), 300, replace=False)
    s2, d2 = bare.nearest(x[part], y[part])
    assert bare._grid is None
    assert np.array_equal(s2, seg[part]) and np.array_equal(d2, dist[part])


def test_grid_cells_are_built_where_points_fall_and_grow_with_new_queries(shipped):
    lines, extent = shipped
    x, y = _points(lines, extent, np.random.default_rng(7))
    index = EdgeIndex(lines, extent=extent)
    west = x < np.median(x)
    seg_w, dist_w, _ = _check(index, lines, x[west], y[west])
    built_west = int(index._grid[7].sum())
    assert 0 < built_west < len(index._grid[7]) // 4  # only the cells the points are in
    seg_e, dist_e, _ = _check(index, lines, x[~west], y[~west])  # new cells: built, exact
    assert int(index._grid[7].sum()) > built_west
    seg, dist = EdgeIndex(lines, extent=extent).nearest(x, y)  # all cells at once: the same
    assert np.array_equal(seg[west], seg_w) and np.array_equal(seg[~west], seg_e)
    assert np.array_equal(dist[west], dist_w) and np.array_equal(dist[~west], dist_e)


def test_fine_grid_small_extent_against_shapely(shipped):
    lines, _ = shipped
    x0, y0, x1, y1 = shapely.total_bounds(lines[:20])
    extent = (x0, y0, (x0 + x1) / 2, (y0 + y1) / 2)  # most points fall outside the grid
    x, y = _points(lines[:20], extent, np.random.default_rng(5))
    _check(EdgeIndex(lines[:20], extent=extent, cell_m=300.0), lines[:20], x, y)


def test_odd_geometry_against_shapely():
    lines = np.array([
        shapely.LineString([(0, 0), (0, 0), (10, 0), (10, 0), (20, 5)]),  # repeated vertices
        shapely.LineString([(0, 10), (3, 12), (0, 10)]),  # folds back on itself
        shapely.LineString([(30, 30), (40, 30), (35, 38), (30, 30)]),  # ring of 3 edges
        shapely.LineString([(50, 0), (50, 1)]),  # one edge
        shapely.LineString([(x, np.sin(x)) for x in np.linspace(-40, -10, 300)]),  # wiggle
    ], dtype=object)
    rng = np.random.default_rng(6)
    x, y = rng.uniform(-60, 70, 4000), rng.uniform(-30, 60, 4000)
    x[:5], y[:5] = [0, 10, 35, 50, 3], [0, 0, 32, 0.5, 12]
    _check(EdgeIndex(lines, extent=(-50, -10, 60, 45), cell_m=2.0), lines, x, y)


def test_empty_and_non_finite_queries():
    seg, dist = borders._edge_index().nearest(np.array([]), np.array([]))
    assert seg.shape == dist.shape == (0,)
    with pytest.raises(ValueError, match="finite"):
        borders._edge_index().nearest(np.array([np.nan, 0.0]), np.array([0.0, 0.0]))


def test_country_grid_answers_as_the_exact_test():
    """The grid path (20,000 points or more) gives the exact answer everywhere: random
    points over the region, points near every boundary vertex, and a second query in
    other cells."""
    index = borders._country_index()
    rng = np.random.default_rng(11)
    x0, y0, x1, y1 = shapely.total_bounds(np.asarray(index.countries, dtype=object))
    verts = np.concatenate([shapely.get_coordinates(shapely.boundary(g))
                            for g in index.countries + index.enclaves])
    near = verts[rng.choice(len(verts), 10_000)] + rng.normal(0, 0.01, (10_000, 2))
    lon = np.r_[rng.uniform(x0 - 0.5, x1 + 0.5, 15_000), near[:, 0]]
    lat = np.r_[rng.uniform(y0 - 0.5, y1 + 0.5, 15_000), near[:, 1]]
    got, want = index.lookup(lon, lat), index.exact(lon, lat)
    assert np.array_equal(got[0], want[0]) and np.array_equal(got[1], want[1])
    assert (want[0] >= 0).sum() > 10_000 and (want[1] >= 0).sum() > 0  # countries, enclaves
    more_lon, more_lat = rng.uniform(x0, x1, 20_000), rng.uniform(y0, y1, 20_000)
    got, want = index.lookup(more_lon, more_lat), index.exact(more_lon, more_lat)
    assert np.array_equal(got[0], want[0]) and np.array_equal(got[1], want[1])
