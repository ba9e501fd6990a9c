"""Shared border lines kept once (geoconflict.maps.topology): small shapes drawn by hand,
then the shipped borders, then the map that carries them, read in headless Chromium."""

from __future__ import annotations

import re

import maps_fixtures
import pytest
from maps_fixtures import NEEDS_CHROMIUM, page_blocks

from geoconflict.maps.compact import decode_block
from geoconflict.maps.from_incidents import border_layers, incident_features
from geoconflict.maps.topology import _grid, _lines, border_blocks, shared_arcs

browser = maps_fixtures.browser  # the module's headless Chromium (a fixture)

A = {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]}
B = {"type": "Polygon", "coordinates": [[[1, 0], [2, 0], [2, 1], [1, 1], [1, 0]]]}


def arc(topo, r):
    return topo.arcs[r] if r >= 0 else topo.arcs[~r][::-1]


def joined(topo, refs):
    out = []
    for r in refs:
        a = arc(topo, r)
        out += a if not out else a[1:]
    return out


def same_ring(got, want):
    """Equal rings whatever their start and direction."""
    def canonical(pts):
        pts = pts[:-1] if len(pts) > 1 and pts[0] == pts[-1] else pts
        k = pts.index(min(pts))
        return pts[k:] + pts[:k]
    return canonical(got) in (canonical(want), canonical(want[::-1]))


def test_two_squares_keep_their_common_side_once():
    topo, refs = shared_arcs([A, B])
    side = {(100000, 0), (100000, 100000)}
    holding = [a for a in topo.arcs if set(a) >= side and len(a) == 2]
    assert len(holding) == 1
    (ring_a,), (ring_b,) = refs[0][1], refs[1][1]
    assert same_ring(joined(topo, ring_a), _grid(A["coordinates"][0]))
    assert same_ring(joined(topo, ring_b), _grid(B["coordinates"][0]))
    shared = [r for r in ring_a if (r if r >= 0 else ~r) in
              {(x if x >= 0 else ~x) for x in ring_b}]
    assert len(shared) == 1   # one arc in both rings, walked opposite ways
    (s,) = shared
    assert ~s in ring_b or s in ring_b


def test_an_enclave_is_the_hole_of_the_country_around_it():
    hole = [[1, 1], [2, 1], [2, 2], [1, 2], [1, 1]]
    country = {"type": "Polygon", "coordinates": [[[0, 0], [3, 0], [3, 3], [0, 3], [0, 0]],
                                                   hole[::-1]]}
    enclave = {"type": "Polygon", "coordinates": [hole]}
    topo, refs = shared_arcs([country, enclave])
    assert len(topo.arcs) == 2
    (_outer, inner), (ring,) = refs[0][1], refs[1][1]
    assert inner in ([~ring[0]], [ring[0]]) and len(ring) == 1


def test_a_segment_along_a_border_is_an_arc_of_both_rings():
    segment = {"type": "LineString", "coordinates": [[1, 0.2], [1, 0.8]]}
    a = {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 0.2], [1, 0.8], [1, 1], [0, 1],
                                             [0, 0]]]}
    b = {"type": "Polygon", "coordinates": [[[1, 0], [2, 0], [2, 1], [1, 1], [1, 0.8], [1, 0.2],
                                             [1, 0]]]}
    topo, refs = shared_arcs([a, b, segment])
    (seg,) = refs[2][1]
    key = seg if seg >= 0 else ~seg
    used = [{r if r >= 0 else ~r for r in refs[k][1][0]} for k in (0, 1)]
    assert key in used[0] and key in used[1]
    assert joined(topo, refs[2][1]) == _grid(segment["coordinates"])


def test_points_are_refused():
    with pytest.raises(ValueError, match="Point"):
        shared_arcs([{"type": "Point", "coordinates": [70.5, 40.1]}])


@pytest.fixture(scope="module")
def shipped():
    layers = border_layers("2026-01-01")
    return [layers[k]["features"] for k in ("outlines", "enclaves", "segments")]


def test_shipped_borders_rebuild_exactly_from_half_the_positions(shipped):
    geoms = [f["geometry"] for layer in shipped for f in layer]
    topo, refs = shared_arcs(geoms)
    given = sum(len(_grid(c)) for g in geoms for c, _ in _lines(g))
    kept = sum(len(a) for a in topo.arcs)
    assert kept < 0.5 * given
    for g, (depth, r) in zip(geoms, refs, strict=True):
        parts = [(_grid(c), closed) for c, closed in _lines(g)]
        flat = [r] if depth == 1 else r if depth == 2 else [x for p in r for x in p]
        assert len(flat) == len(parts)
        for (pts, closed), rr in zip(parts, flat, strict=True):
            got = joined(topo, rr)
            assert same_ring(got, pts) if closed else got == pts


def test_every_edge_is_drawn_by_one_layer(shipped):
    block, (outlines, enclaves, segments) = border_blocks(*shipped)

    def used(layer):   # every arc number a layer names, walked either way
        return {n if n >= 0 else ~n for _, refs in layer
                for n in map(int, re.findall(r"-?\d+", str(refs)))}

    fills, segs = used(outlines) | used(enclaves), used(segments)
    assert set(block["m"]) == fills - segs and set(block["u"]) == fills & segs
    assert not set(block["m"]) & set(block["u"])
    assert len(block["a"]) == len(fills | segs)


def _map_html() -> str:
    from geoconflict.incidents.load import load_incidents
    from geoconflict.maps.build import build_map, render_html

    return render_html(build_map(incident_features(load_incidents()), at="2026-01-01",
                                 **border_layers("2026-01-01")))


def test_the_map_carries_arcs_once_and_layers_name_them():
    html = _map_html()
    (arcs,) = [decode_block(m.group(1)) for m in re.finditer(
        r'<script type="application/octet-stream" id="gc_border_arcs">([^<]+)</script>', html)]
    blocks = page_blocks(html)
    for layer in ("OutlineLayer", "EnclaveLayer", "SegmentLayer"):
        numbers = [int(x) for _, refs in blocks[layer]["g"]
                   for x in re.findall(r"-?\d+", str(refs))]
        assert numbers and all(-len(arcs["a"]) <= x < len(arcs["a"]) for x in numbers)
    assert len(html.encode()) < 560_000   # 0.64 MB when each layer kept its own lines


@NEEDS_CHROMIUM
def test_in_the_browser_each_edge_is_drawn_once_whichever_layers_are_on(browser, tmp_path):
    page = tmp_path / "map.html"
    page.write_text(_map_html(), encoding="utf-8")
    browser.open(page)
    edges = "document.querySelectorAll('path.gc-outline-edge').length"
    assert browser.evaluate(edges) == 1                 # segments drawn: their edges are theirs
    browser.evaluate("void GC.map.removeLayer(GC.layers.segments)")
    assert browser.evaluate(edges) == 2                 # hidden: the outlines draw them
    browser.evaluate("void GC.map.addLayer(GC.layers.segments)")
    assert browser.evaluate(edges) == 1
    stroked = browser.evaluate("Array.from(document.querySelectorAll("
                               "'path.gc-outline, path.gc-enclave')).filter("
                               "p => p.getAttribute('stroke') !== 'none').length")
    assert stroked == 0                                 # fills carry no edge of their own
