"""Consistency checks of gazetteer data (``geoconflict gazetteer check``).

Each problem names the file and line of the record, what is wrong and how to fix it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from ..region import COUNTRIES, REGION_BBOX, in_region
from .names import exact_key
from .places import KINDS, Place

__all__ = ["PlaceProblem", "check_places"]


@dataclass(frozen=True, slots=True)
class PlaceProblem:
    """One finding: ``error`` (must be fixed) or ``warning`` (review it)."""

    severity: str
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.severity}: {self.message}"


def _where(p: Place) -> str:
    return f"{p.file}:{p.line}" if p.file else p.id


def _error(where: str, message: str) -> PlaceProblem:
    return PlaceProblem("error", where, message)


def check_places(places: Iterable[Place]) -> list[PlaceProblem]:
    """All problems of a list of places: ids, coordinates, fields, sources, name collisions."""
    places = list(places)
    out: list[PlaceProblem] = []
    seen: dict[str, Place] = {}
    for p in places:
        w = _where(p)
        if p.id in seen:
            out.append(_error(w, f"duplicate id {p.id!r} (first at {_where(seen[p.id])})"
                             " — give one of them a qualifier such as the district"))
        seen.setdefault(p.id, p)
        if p.origin == "curated" and not in_region(p.lon, p.lat):
            hint = (" — lat and lon look swapped" if in_region(p.lat, p.lon)
                    else " — check the coordinate")
            out.append(_error(w, f"{p.id}: ({p.lat}, {p.lon}) is outside the region"
                               f" {REGION_BBOX}{hint}"))
        if p.kind not in KINDS:
            out.append(_error(w, f"{p.id}: unknown kind {p.kind!r} — use one of "
                               f"{', '.join(sorted(KINDS))}"))
        if p.country not in COUNTRIES:
            out.append(_error(w, f"{p.id}: country {p.country!r} is not an ISO code of"
                               " the region — use KG, TJ, UZ, AF, KZ or CN"))
        if not p.source.strip():
            out.append(_error(w, f"{p.id}: no source for the coordinate — cite a page"
                               " or 'GeoNames <id>'"))
        if p.origin == "curated" and not p.admin2 and p.kind not in ("region", "capital"):
            out.append(PlaceProblem("warning", w, f"{p.id}: admin2 (district) is empty"))
    out.extend(_collisions(places))
    return out


def _collisions(places: list[Place]) -> list[PlaceProblem]:
    """Names that point to places of different countries (homonyms to review)."""
    owners: dict[str, dict[str, Place]] = defaultdict(dict)
    for p in places:
        if p.origin != "curated":
            continue
        for name in p.names:
            owners[exact_key(name)].setdefault(p.country, p)
    out = []
    for key, by_country in sorted(owners.items()):
        if len(by_country) > 1:
            ids = ", ".join(f"{p.id} ({c})" for c, p in sorted(by_country.items()))
            first = next(iter(by_country.values()))
            out.append(PlaceProblem("warning", _where(first), f"name {key!r} is shared across"
                               f" countries by {ids} — keep only if both places really bear it"))
    return out
