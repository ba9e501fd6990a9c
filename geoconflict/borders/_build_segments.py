"""Second half of ``make data``: enclaves, border lines cut into segments, files written."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import shapely

from ._build_common import (
    BORDERS,
    CORE,
    NAMES,
    NPM_PACKAGE,
    TOLERANCE_M,
    WATER_OWNER,
    dump_features,
    load_yaml,
    transformers,
)

MAX_SEGMENT_KM = 30.0
_PROV = {"source": f"OpenStreetMap via npm {NPM_PACKAGE}", "licence": "ODbL 1.0",
         "attribution": "© OpenStreetMap contributors"}


def write_all(coverage: dict, water: dict, out_dir: Path, transforms, log=print) -> None:
    """Write countries, enclaves, areas and segments GeoJSON into ``out_dir``."""
    to_metric, to_wgs84 = transforms
    out_dir.mkdir(parents=True, exist_ok=True)
    metric = {k: shapely.transform(g, to_metric) for k, g in coverage.items()}
    meta = {"crs": "EPSG:4326", "source": _PROV["source"]}
    dump_features(out_dir / "countries.geojson", _country_features(coverage, metric), meta)
    enclaves, feats = _enclave_features(load_yaml(out_dir / "enclaves.yaml"), coverage,
                                        metric, to_metric, log)
    dump_features(out_dir / "enclaves.geojson", feats, meta)
    dump_features(out_dir / "areas.geojson", _area_features(water, to_metric), meta)

    def back(g):
        return shapely.transform(g, lambda xy: np.round(to_wgs84(xy), 5))

    feats = []
    for border in load_yaml(out_dir / "sections.yaml")["borders"]:
        a, b = border["countries"]
        assert (a, b) in BORDERS, (a, b)
        feats += _segments_of(border, coverage, enclaves, to_metric, back, log)
    dump_features(out_dir / "segments.geojson", feats, meta)


def _country_features(coverage: dict, metric: dict) -> list[dict]:
    return [_feature(shapely.orient_polygons(coverage[k]), {
        "iso2": k, "name": NAMES[k], "core": k in CORE, "clipped": k not in CORE,
        "area_km2": round(metric[k].area / 1e6, 1), **_PROV,
        "processing": f"lake holes filled; overlaps to the enclave; river gaps split at "
                      f"mid-line; coverage-simplified {TOLERANCE_M:g} m"})
        for k in sorted(coverage)]


def _enclave_features(spec: list, coverage: dict, metric: dict, to_metric, log
                      ) -> tuple[dict, list[dict]]:
    """The enclaves' geometries by id, and their features (measured and published area)."""
    enclaves, feats = {}, []
    for rec in spec:
        geom, how = _enclave_geometry(rec, coverage, metric, to_metric)
        enclaves[rec["id"]] = geom
        area = shapely.transform(geom, to_metric).area / 1e6
        published = rec.get("published_area_km2") or []
        props = {"id": rec["id"], "name": rec["name"], "owner": rec["owner"],
                 "surrounded_by": rec["surrounded_by"], "area_km2": round(area, 2),
                 "published_area_km2": "; ".join(f"{p['value']} ({p['source']})"
                                                 for p in published),
                 "geometry_source": how, "until": str(rec.get("until") or ""),
                 "changed_by": rec.get("changed_by", ""), "precision": rec.get("precision", ""),
                 "aliases": ", ".join(rec.get("aliases", []))}
        feats.append(_feature(shapely.orient_polygons(geom), props))
        pubs = ", ".join(str(p["value"]) for p in published)
        log(f"enclave {rec['id']}: {area:.2f} km² measured ({how}); published {pubs}")
    return enclaves, feats


def _area_features(water: dict, to_metric) -> list[dict]:
    """Derived areas: water bodies that were gaps in the land outlines."""
    feats = []
    for ident, _lon, _lat, iso, why in WATER_OWNER:
        if iso not in CORE or ident not in water:
            continue
        area = water[ident]
        feats.append(_feature(shapely.orient_polygons(area), {
            "id": ident, "owner_2017": iso, "note": why, "area_km2": round(
                shapely.transform(area, to_metric).area / 1e6, 2), **_PROV}))
    return feats


def _feature(geom, props: dict) -> dict:
    import json

    return {"type": "Feature", "properties": props,
            "geometry": json.loads(shapely.to_geojson(geom))}


def _enclave_geometry(rec, coverage, metric, to_metric):
    owner, around = rec["owner"], rec["surrounded_by"]
    pt = shapely.Point(*rec["point"])
    if rec.get("geometry") == "approximate":
        c = shapely.Point(*to_metric(np.array([rec["point"]]))[0])
        circle = shapely.buffer(c, float(rec["radius_m"]), quad_segs=8)
        _, to_wgs84 = transformers()
        return shapely.transform(circle, lambda xy: np.round(to_wgs84(xy), 5)), "approximate"
    pm = shapely.Point(*to_metric(np.array([rec["point"]]))[0])
    best = None
    for part, mpart in zip(shapely.get_parts(coverage[owner]), shapely.get_parts(metric[owner]),
                           strict=True):
        # an enclave part touches only the surrounding country
        ring = shapely.boundary(part)
        if not shapely.covers(shapely.boundary(coverage[around]), ring):
            continue
        d = mpart.distance(pm)
        if d <= float(rec.get("match_km", 3)) * 1000 and (best is None or d < best[0]):
            best = (d, part)
    if best is None:
        raise SystemExit(f"enclave {rec['id']}: no {owner} part surrounded by {around} near {pt}")
    return shapely.MultiPolygon([best[1]]), "OSM 2017 extract"


def _segments_of(border, coverage, enclaves, to_metric, back, log) -> list[dict]:
    a, b = border["countries"]
    shared = shapely.intersection(shapely.boundary(coverage[a]), shapely.boundary(coverage[b]))
    comps = list(shapely.get_parts(shapely.line_merge(shapely.union_all(
        [g for g in shapely.get_parts(shared) if g.geom_type != "Point"]))))
    opens = [c for c in comps if not c.is_closed]
    rings = [c for c in comps if c.is_closed]
    if len(opens) != 1:
        raise SystemExit(f"{a}-{b}: expected one open border line, got {len(opens)}")
    main = opens[0]
    start = shapely.Point(*border["start"])
    coords = shapely.get_coordinates(main)
    if shapely.Point(coords[-1]).distance(start) < shapely.Point(coords[0]).distance(start):
        main = shapely.reverse(main)
    mm = shapely.transform(main, to_metric)
    total = mm.length
    cuts = [0.0]
    for sec in border["sections"][:-1]:
        p = shapely.Point(*to_metric(np.array([sec["to"]]))[0])
        cuts.append(mm.project(p))
    cuts.append(total)
    if any(y <= x for x, y in zip(cuts, cuts[1:], strict=False)):
        raise SystemExit(f"{a}-{b}: section cut points are out of order: {cuts}")
    out = []
    common = {"countries": f"{a}-{b}", "border": border["name"]}
    km0 = 0.0
    for sec, lo, hi in zip(border["sections"], cuts[:-1], cuts[1:], strict=True):
        out += _pieces(sec, mm, lo, hi, common, back, km0)
    log(f"{a}-{b}: main line {total / 1000:.1f} km in {len(border['sections'])} sections")
    used = set()
    for spec in border.get("rings", []):
        enc = enclaves[spec["enclave"]]
        ring = next((r for i, r in enumerate(rings)
                     if i not in used and shapely.hausdorff_distance(
                         shapely.boundary(enc), r) < 1e-4), None)
        if ring is None:
            raise SystemExit(f"{a}-{b}: no ring for enclave {spec['enclave']}")
        used.add(next(i for i, r in enumerate(rings) if r is ring))
        rm = shapely.transform(ring, to_metric)
        out += _pieces(spec, rm, 0.0, rm.length, common, back, None)
        log(f"{a}-{b}: ring {spec['id']} {rm.length / 1000:.1f} km")
    if len(used) != len(rings):
        raise SystemExit(f"{a}-{b}: {len(rings) - len(used)} closed border part(s) without a"
                         " ring entry in sections.yaml")
    return out


def _pieces(sec, line_m, lo, hi, common, back, km0) -> list[dict]:
    n = max(1, math.ceil((hi - lo) / 1000 / MAX_SEGMENT_KM))
    edges = np.linspace(lo, hi, n + 1)
    out = []
    for i in range(n):
        piece = shapely.ops.substring(line_m, edges[i], edges[i + 1])
        ident = sec["id"] if n == 1 else f"{sec['id']}-{i + 1}"
        name = sec["name"] if n == 1 else f"{sec['name']} ({i + 1}/{n})"
        props = {"id": ident, "name": name, **common, "section": sec["id"],
                 "history": sec["history"], "length_km": round(piece.length / 1000, 3),
                 "precision": sec.get("precision", "")}
        if km0 is not None:
            props["km_from"] = round(edges[i] / 1000, 3)
            props["km_to"] = round(edges[i + 1] / 1000, 3)
        out.append(_feature(back(piece), props))
    return out


import shapely.ops  # noqa: E402  (substring lives in shapely.ops)
