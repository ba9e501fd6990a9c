"""What the map's place search knows: the places in the file, with every alias and script.

Town labels, the gazetteer's curated places inside the map's view (border villages, posts,
checkpoints, enclaves), the incidents' stops, enclaves and border segments, each with the
aliases the gazetteer gives it (Ворух, Woruch, Lyakkon, Aksay), so the search finds what
``geoconflict geocode`` resolves. A name that is both a place and part of a segment's name
finds the place first (``KIND_ORDER``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .records import MapIncident

__all__ = ["search_places", "KIND_ORDER"]

#: Exact hits rank by kind: a stop of an incident first, a border segment last.
KIND_ORDER = ("incident stop", "capital", "city", "town", "village", "border_post",
              "checkpoint", "enclave", "district", "region")


def _anchor(geom: dict) -> tuple[float, float]:
    """A point on a polygon or line (shapely's representative point / the line's middle)."""
    from shapely.geometry import shape

    g = shape(geom)
    p = g.interpolate(0.5, normalized=True) if g.geom_type.endswith("LineString") \
        else g.representative_point()
    return round(p.x, 5), round(p.y, 5)


def _gazetteer() -> dict[str, Any]:
    from ..gazetteer.index import default_gazetteer

    return {p.id: p for p in default_gazetteer().places}


def search_places(towns_rows: Sequence[list], enclave_feats: Sequence[dict], seg_fc: dict,
                  shown: Sequence[MapIncident], bounds: list[list[float]], *,
                  gazetteer: bool = True) -> dict:
    """``{"S": names, "p": [[name index, lon, lat, kind, [alias indexes]], …]}``, best first.

    With ``gazetteer`` the curated gazetteer places inside ``bounds`` (and the aliases
    of the towns and stops that are gazetteer places) join.
    """
    places = _gazetteer() if gazetteer else {}
    entries = _entries(towns_rows, enclave_feats, seg_fc, shown, bounds, places)
    rank = {k: n for n, k in enumerate(KIND_ORDER)}
    entries.sort(key=lambda t: rank.get(t[3], len(KIND_ORDER)))   # stable: input order kept
    return _indexed(entries)


def _entries(towns_rows: Sequence[list], enclave_feats: Sequence[dict], seg_fc: dict,
             shown: Sequence[MapIncident], bounds: list[list[float]],
             places: dict[str, Any]) -> list[tuple[str, float, float, str, tuple[str, ...]]]:
    """``(name, lon, lat, kind, aliases)`` of every place the search knows, in input order:
    the incidents' stops, the towns, the curated ``places`` inside ``bounds``, enclaves and
    border segments."""
    by_name: dict[str, list] = {}
    for p in places.values():
        by_name.setdefault(p.name, []).append(p)
    entries: list[tuple[str, float, float, str, tuple[str, ...]]] = []

    def aliases_of(name: str, lon: float, lat: float, pid: str | None = None) -> tuple:
        if pid and pid in places:
            return tuple(places[pid].aliases)
        near = [p for p in by_name.get(name, ()) if abs(p.lon - lon) + abs(p.lat - lat) < 0.02]
        return tuple(a for p in near for a in p.aliases)

    for inc in shown:
        for s in inc.props.get("stops") or []:
            name = str(s.get("name") or s.get("place") or "")
            x, y = round(float(s["lon"]), 5), round(float(s["lat"]), 5)
            entries.append((name, x, y, "incident stop", aliases_of(name, x, y, s.get("place"))))
    for r in towns_rows:
        entries.append((r[0], r[1], r[2], r[3], aliases_of(r[0], r[1], r[2])))
    (s, w), (n, e) = bounds
    for p in sorted(places.values(), key=lambda p: p.id):
        if p.origin == "curated" and s <= p.lat <= n and w <= p.lon <= e:
            entries.append((p.name, round(p.lon, 5), round(p.lat, 5), p.kind, tuple(p.aliases)))
    for f in enclave_feats:
        x, y = _anchor(f["geometry"])
        name = str((f.get("properties") or {}).get("name", ""))
        entries.append((name, x, y, "enclave", aliases_of(name, x, y)))
    for f in seg_fc["features"]:
        x, y = _anchor(f["geometry"])
        entries.append((f["properties"]["name"], x, y, "border segment", ()))
    return entries


def _indexed(entries: list[tuple[str, float, float, str, tuple[str, ...]]]) -> dict:
    """The search's table of ranked entries: each name and alias once in ``S``, each place
    (a name at a point, once) in ``p`` with indexes into ``S``."""
    table: dict[str, int] = {}
    names: list[str] = []

    def ix(text: str) -> int:
        if text not in table:
            table[text] = len(names)
            names.append(text)
        return table[text]

    seen = set()
    out = []
    for name, x, y, kind, aliases in entries:
        if not name or (name, x, y) in seen:
            continue
        seen.add((name, x, y))
        out.append([ix(name), x, y, kind, [ix(a) for a in dict.fromkeys(aliases) if a != name]])
    return {"S": names, "p": out}
