"""Shared border lines kept once (geoconflict.maps.topology): small shapes drawn by hand,
then the shipped borders, then the map that carries them, read in headless Chromium."""

from __future__ import annotations

import re

import maps_fixtures
import pytest
from maps_fixtures import NEEDS_CHROMIUM, page_blocks

from geoconflict.maps.compact import decode_block
from geoconflict.maps.from_incidents import border_layers, incident_features
from geoconflict.maps.topology import (
    ENCLAVES,
    OUTLINES,
    SEGMENTS,
    _grid,
    _lines,
    border_blocks,
    shared_arcs,
)

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


def test_a_segment_that_closes_on_itself_keeps_its_last_edge():
    # a border segment running all round an enclave ends where it began
    loop = {"type": "LineString", "coordinates": [[0, 0], [1, 0], [1, 1], [0, 0]]}
    enclave = {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}
    topo, refs = shared_arcs([enclave, loop])
    line = joined(topo, refs[1][1])
    assert line == [(0, 0), (100000, 0), (100000, 100000), (0, 0)]
    assert same_ring(joined(topo, refs[0][1][0]), line)


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
    given = sum(len(_grid(c, closed)) for g in geoms for c, closed in _lines(g))
    kept = sum(len(a) for a in topo.arcs)
    assert kept < 0.5 * given
    for g, (depth, r) in zip(geoms, refs, strict=True):
        parts = [(_grid(c, closed), closed) for c, closed in _lines(g)]
        flat = [r] if depth == 1 else r if depth == 2 else [x for p in r for x in p]
        assert len(flat) == len(parts)
        for (pts, closed), rr in zip(parts, flat, strict=True):
            got = joined(topo, rr)
            # a line comes back as given (a loop around an enclave ends where it began)
            want = [(round(x * 100_000), round(y * 100_000)) for x, y, *_ in g["coordinates"]] \
                if g["type"] == "LineString" else pts
            assert same_ring(got, pts) if closed else got == want


def test_each_arc_knows_the_layers_that_share_it(shipped):
    block, (outlines, enclaves, segments) = border_blocks(*shipped)

    def used(layer):   # every arc number a layer names, walked either way
        return {n if n >= 0 else ~n for _, refs in layer
                for n in map(int, re.findall(r"-?\d+", str(refs)))}

    owners = block["o"]
    assert len(owners) == len(block["a"])
    for bit, layer in ((SEGMENTS, segments), (ENCLAVES, enclaves), (OUTLINES, outlines)):
        assert {i for i, o in enumerate(owners) if o & bit} == used(layer)
    assert all(owners)
    # a segment leaves the countries' edges only at its ends, cut where sections.yaml
    # puts them: one edge each
    assert all(len(block["a"][i]) == 4 for i, o in enumerate(owners) if o == SEGMENTS)


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
    owners = browser.evaluate("GC.topo.o")
    n_seg = sum(1 for o in owners if o & SEGMENTS)
    n_enc_only = sum(1 for o in owners if o & ENCLAVES and not o & SEGMENTS)
    n_outline_only = sum(1 for o in owners if o == OUTLINES)

    def drawn(*hidden):
        for name in ("segments", "enclaves", "outlines"):
            verb = "removeLayer" if name in hidden else "addLayer"
            browser.evaluate(f"void GC.map.{verb}(GC.layers.{name})")
        counts = browser.evaluate("GC.edgeCounts")
        lines = browser.evaluate("[document.querySelectorAll('path.gc-outline-edge').length, "
                                 "document.querySelectorAll('path.gc-enclave-edge').length]")
        return counts["outlines"], counts["enclaves"], lines

    # everything shown: segments draw theirs, the outlines only what nothing else draws
    outline_arcs, enclave_arcs, (outline_lines, enclave_lines) = drawn()
    assert (outline_arcs, enclave_arcs, outline_lines) == (n_outline_only, n_enc_only, 1)
    assert 0 < enclave_lines < 6
    # segments hidden: each enclave draws its own edge in its tint, the outlines the rest
    n_enc = sum(1 for o in owners if o & ENCLAVES)
    n_outline = sum(1 for o in owners if o & OUTLINES)
    got = drawn("segments")
    assert got[:2] == (n_outline - n_enc, n_enc) and got[2] == [1, 6]
    # outlines hidden too: the enclaves still have their edges
    assert drawn("segments", "outlines")[1:] == (n_enc, [0, 6])
    # only the outlines: every line is theirs
    assert drawn("segments", "enclaves")[:2] == (n_outline, 0)
    assert drawn()[0] == n_outline_only and n_seg >= 183   # each of the 183 segments
    stroked = browser.evaluate("Array.from(document.querySelectorAll("
                               "'path.gc-outline, path.gc-enclave')).filter("
                               "p => p.getAttribute('stroke') !== 'none').length")
    assert stroked == 0                                 # fills carry no edge of their own
