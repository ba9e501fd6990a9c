"""Place records and the loaders of the shipped gazetteer files.

Curated places come from ``gazetteer/places/*.yaml``; the GeoNames long tail from
``gazetteer/geonames_kg_tj_uz.json`` (compiled by ``make data``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ._errors import DataError

__all__ = ["Place", "KINDS", "REGION_BBOX", "load_curated", "load_geonames", "load_places",
           "data_dir"]

KINDS = frozenset({
    "capital", "city", "town", "village", "border_post", "checkpoint", "enclave",
    "water_facility", "reservoir", "district", "region", "area", "market", "river", "pass",
})
#: (min_lon, min_lat, max_lon, max_lat) of the region the gazetteer covers: the Fergana
#: valley plus the capitals and the Tajik-Afghan border named in the sources.
REGION_BBOX = (65.5, 36.0, 76.0, 43.5)
_REQUIRED = ("id", "name", "lat", "lon", "country", "admin1", "kind", "source")
GEONAMES_FILE = "geonames_kg_tj_uz.json"


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry: a named point with its provenance."""

    id: str
    name: str
    lat: float
    lon: float
    country: str
    admin1: str
    kind: str
    source: str
    admin2: str = ""
    aliases: tuple[str, ...] = ()
    #: Adjectives formed from the name (lower case, masculine nominative: "баткенский");
    #: not names of the place, so lookup by name ignores them.
    adjectives: tuple[str, ...] = ()
    precision_m: int | None = None
    geonames_id: int | None = None
    population: int | None = None
    note: str = ""
    origin: str = "curated"
    line: int = field(default=0, compare=False)
    file: str = field(default="", compare=False)

    @property
    def names(self) -> tuple[str, ...]:
        """The name followed by every alias."""
        return (self.name, *self.aliases)

    def to_dict(self) -> dict[str, Any]:
        """Plain dict of the record without its file position; empty fields left out."""
        data = asdict(self)
        data["aliases"] = list(self.aliases)
        data["adjectives"] = list(self.adjectives)
        for key in ("line", "file"):
            data.pop(key)
        return {k: v for k, v in data.items() if v not in (None, "", [])}


def data_dir() -> Path:
    """Folder of the shipped gazetteer files (inside the installed package)."""
    return Path(str(resources.files("geoconflict.gazetteer_data")))


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Safe YAML loader that records the line of every mapping as ``__line__``."""

    def construct_mapping(self, node, deep=False):  # noqa: D102
        seen = set()
        for key_node, _ in node.value:
            key = getattr(key_node, "value", None)
            if key in seen:       # PyYAML keeps the last value silently; a typo hides data
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r} (each field once per record)",
                    key_node.start_mark)
            seen.add(key)
        mapping = super().construct_mapping(node, deep=deep)
        mapping["__line__"] = node.start_mark.line + 1
        return mapping


def _place_from_record(rec: dict[str, Any], where: str) -> Place:
    line = rec.pop("__line__", 0)
    at = f"{where}:{line}"
    missing = [k for k in _REQUIRED if rec.get(k) in (None, "")]
    if missing:
        ident = rec.get("id", "?")
        raise DataError(f"{at}: place {ident!r}: missing {', '.join(missing)} — add the field(s)")
    try:
        lat, lon = float(rec["lat"]), float(rec["lon"])
    except (TypeError, ValueError):
        raise DataError(f"{at}: place {rec['id']!r}: lat/lon must be decimal degrees") from None
    aliases = rec.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [aliases]
    adjectives = rec.get("adjectives") or []
    if isinstance(adjectives, str):
        adjectives = [adjectives]
    known = set(Place.__slots__)
    extra = set(rec) - known
    if extra:
        raise DataError(f"{at}: place {rec['id']!r}: unknown field(s) {', '.join(sorted(extra))}"
                        " — see gazetteer/places/FORMAT.md")
    return Place(
        id=str(rec["id"]), name=str(rec["name"]), lat=lat, lon=lon,
        country=str(rec["country"]).upper(), admin1=str(rec["admin1"]),
        admin2=str(rec.get("admin2") or ""), kind=str(rec["kind"]), source=str(rec["source"]),
        aliases=tuple(str(a) for a in aliases if str(a) != str(rec["name"])),
        adjectives=tuple(str(a) for a in adjectives),
        precision_m=int(rec["precision_m"]) if rec.get("precision_m") is not None else None,
        geonames_id=int(rec["geonames_id"]) if rec.get("geonames_id") is not None else None,
        population=rec.get("population"), note=str(rec.get("note") or ""),
        line=line, file=where,
    )


def load_curated(paths: Iterable[Path] | None = None) -> list[Place]:
    """Load curated place files (default: the shipped ``gazetteer/places/*.yaml``).

    Raises
    ------
    DataError
        With ``file:line`` when a record lacks a required field or has a bad value.
    """
    if paths is None:
        paths = sorted((data_dir() / "places").glob("*.yaml"))
    places: list[Place] = []
    for path in paths:
        path = Path(path)
        with open(path, encoding="utf-8") as fh:
            try:
                records = yaml.load(fh, Loader=_LineLoader) or []
            except yaml.YAMLError as exc:
                mark = getattr(exc, "problem_mark", None)
                line = f":{mark.line + 1}" if mark else ""
                raise DataError(f"{path}{line}: not valid YAML ({exc.__class__.__name__})"
                                " — fix the indentation or quoting") from None
        if not isinstance(records, list):
            raise DataError(f"{path}:1: expected a list of place records")
        places.extend(_place_from_record(dict(rec), str(path)) for rec in records)
    return places


def _kind_for_population(pop: int) -> str:
    return "city" if pop >= 50_000 else "town" if pop >= 5_000 else "village"


def load_geonames(path: Path | None = None) -> list[Place]:
    """Load the compiled GeoNames long tail (see ``geoconflict.build.geonames``)."""
    path = path or data_dir() / GEONAMES_FILE
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as fh:
        blob = json.load(fh)
    admin1 = blob["admin1"]
    out = []
    for gid, name, lat, lon, cc, a1, pop, alts in blob["places"]:
        out.append(Place(
            id=f"gn-{gid}", name=name, lat=lat, lon=lon, country=cc,
            admin1=admin1.get(f"{cc}.{a1}", a1), kind=_kind_for_population(pop),
            source=f"GeoNames {gid}", aliases=tuple(alts), geonames_id=gid, population=pop,
            origin="geonames",
        ))
    return out


def load_places() -> list[Place]:
    """Curated places followed by the GeoNames places that no curated place covers."""
    curated = load_curated()
    return curated + list(_uncovered(load_geonames(), curated))


def _uncovered(tail: list[Place], curated: list[Place]) -> Iterator[Place]:
    """GeoNames places that are not already curated (by GeoNames id or same name nearby)."""
    from .names import fold_key

    taken_ids = {p.geonames_id for p in curated if p.geonames_id}
    near: dict[str, list[Place]] = {}
    for p in curated:
        for n in p.names:
            near.setdefault(fold_key(n), []).append(p)
    for g in tail:
        if g.geonames_id in taken_ids:
            continue
        same = near.get(fold_key(g.name), ())
        if any(abs(c.lat - g.lat) < 0.03 and abs(c.lon - g.lon) < 0.04 for c in same):
            continue
        yield g
