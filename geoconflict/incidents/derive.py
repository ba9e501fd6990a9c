"""Derived fields of incidents: coordinates, country, admin1, geo_precision, border fields.

One function, :func:`derive`, fills them from the gazetteer and, when
``geoconflict.borders`` can be imported (or an ``attach`` function is passed), from the
border segments valid at the incident date.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from .._errors import DataError
from .model import BORDER_FIELDS, Incident, Stop

if TYPE_CHECKING:
    from ..gazetteer.index import Gazetteer
    from ..gazetteer.places import Place

__all__ = ["derive", "stop_geo_precision", "border_attach", "plain_value", "POINT_KINDS",
           "AREA_KINDS", "ATTACH_MAX_PRECISION", "where_prec"]

#: Place kinds that are a point an event can happen at (ACLED geo_precision 1).
POINT_KINDS = frozenset({"capital", "city", "town", "village", "border_post", "checkpoint",
                         "market", "water_facility", "reservoir", "pass"})
#: Place kinds that are a small part of a region (geo_precision 2).
AREA_KINDS = frozenset({"enclave", "area", "river", "district"})
#: Precision radius (m) up to which a coordinate counts as exact (1), or as "near" (2).
EXACT_M, NEAR_M = 2_000, 25_000
#: Only incidents this precise are attached to a border segment: vaguer points are
#: centroids or capitals that would attach to the wrong stretch.
ATTACH_MAX_PRECISION = 2


def _precision_from_radius(radius_m: int | None) -> int:
    if radius_m is None or radius_m <= EXACT_M:
        return 1
    return 2 if radius_m <= NEAR_M else 3


def stop_geo_precision(stop: Stop, place: Place | None) -> int:
    """ACLED geo_precision (1-3) of one stop.

    The rule: a stop given as coordinates takes its ``precision_m`` (≤ 2 km → 1, ≤ 25 km
    → 2, else 3; none given → 1). A stop given as a place takes the place's kind — a
    settlement, post, checkpoint or facility → 1; an enclave, area, river or district → 2;
    a region → 3 — made vaguer by the place's (or the stop's) ``precision_m`` by the same
    radii. ``relation: near`` makes any stop at least 2 ("near a town").
    """
    if place is None or stop.explicit:
        p = _precision_from_radius(stop.precision_m)
    else:
        if place.kind in POINT_KINDS:
            p = 1
        elif place.kind in AREA_KINDS:
            p = 2
        else:
            p = 3
        radius = stop.precision_m if stop.precision_m is not None else place.precision_m
        p = max(p, _precision_from_radius(radius))
    if stop.relation == "near":
        p = max(p, 2)
    return p


def where_prec(geo_precision: int, place_kind: str = "") -> int:
    """UCDP where_prec (1-7) for an ACLED geo_precision and the kind of place named."""
    if place_kind == "district":
        return 3
    if place_kind == "region":
        return 4
    return {1: 1, 2: 2}.get(geo_precision, 4)


def border_attach() -> Callable | None:
    """``geoconflict.borders.attach`` when that module is available, else ``None``."""
    try:
        from .. import borders
    except ImportError:
        return None
    return getattr(borders, "attach", None)


def _side_of() -> Callable | None:
    try:
        from .. import borders
    except ImportError:
        return None
    return getattr(borders, "side_of", None)


def _place(stop: Stop, gaz: Gazetteer, cache: dict) -> Place | None:
    """The gazetteer place of a stop (None without a place id), each id looked up once."""
    if not stop.place:
        return None
    place = cache.get(stop.place)
    if place is None:
        try:
            place = cache[stop.place] = gaz.get(stop.place)
        except KeyError as exc:
            raise DataError(f"{stop.place}: {exc.args[0]}") from None
    return place


def _locate(stop: Stop, gaz: Gazetteer, side_of: Callable | None, when,
            cache: dict) -> tuple[Stop, Any]:
    place = _place(stop, gaz, cache)
    changes: dict[str, Any] = {}
    if place is not None:
        if not stop.explicit:
            changes.update(lat=place.lat, lon=place.lon)
        for key in ("country", "admin1", "admin2"):
            if not getattr(stop, key):
                changes[key] = getattr(place, key)
        if not stop.name:
            changes["name"] = place.name
    elif not stop.country and stop.lat is not None:
        changes = _country_of_point(stop, gaz, side_of, when)
    changes = {k: v for k, v in changes.items() if not _same(getattr(stop, k), v)}
    return (dataclasses.replace(stop, **changes) if changes else stop), place


def _same(a: Any, b: Any) -> bool:
    """Equal and of one type (40 and 40.0 are equal, but not written alike)."""
    return a is b or (type(a) is type(b) and a == b)


def _country_of_point(stop: Stop, gaz: Gazetteer, side_of: Callable | None, when) -> dict:
    """Country (and admin1 of a nearby place) of a stop given by coordinates alone."""
    changes: dict[str, Any] = {}
    country = ""
    if side_of is not None:
        try:
            side = side_of(stop.lon, stop.lat, at=when)
        except Exception:  # noqa: BLE001 - a borders failure must not stop loading
            side = None
        if isinstance(side, dict):
            side = side.get("country")
        if isinstance(side, str) and len(side) == 2:
            country = side.upper()
    near = gaz.nearest(stop.lat, stop.lon, limit=1)
    if near and near[0].distance_km is not None and near[0].distance_km <= 15:
        country = country or near[0].place.country
        if country == near[0].place.country and not stop.admin1:
            changes["admin1"] = near[0].place.admin1
    if country:
        changes["country"] = country
    return changes


def derive(incidents: Sequence[Incident], gazetteer: Gazetteer,
           attach: Callable | None | bool = None) -> list[Incident]:
    """Incidents with coordinates, country, admin1/2, geo_precision and border fields filled.

    Parameters
    ----------
    incidents
        Checked incidents (as :func:`~geoconflict.incidents.load.parse_incidents` gives).
    gazetteer
        Resolves the place ids of stops.
    attach
        ``attach(lons, lats, at=None, max_km=25) -> DataFrame`` with columns
        ``border_segment, border_km, side, segment_status``; ``None`` uses
        ``geoconflict.borders.attach`` when that module exists; ``False`` skips the step.
        Every located stop with geo_precision ≤ ``ATTACH_MAX_PRECISION`` (the primary stop:
        the incident's) is attached at its own date, in one call; the incident takes the
        border fields of its primary stop.
    """
    side_of = _side_of() if attach is not False else None
    if attach is None:
        attach = border_attach()
    out: list[Incident] = []
    precisions: list[list[int]] = []
    cache: dict[str, Any] = {}
    for inc in incidents:
        stops, places = [], []
        for stop in inc.locations:
            located, place = _locate(stop, gazetteer, side_of, stop.date or inc.date_start,
                                     cache)
            stops.append(located)
            places.append(place)
        pi = next((i for i, s in enumerate(stops) if s.primary), 0)
        primary = stops[pi]
        gp = inc.geo_precision or stop_geo_precision(primary, places[pi])
        if attach:      # only attaching needs every stop's precision
            precisions.append([gp if i == pi else stop_geo_precision(s, p)
                               for i, (s, p) in enumerate(zip(stops, places, strict=True))])
        out.append(_with_derived(inc, stops, primary, places[pi], gp))
    if attach:
        out = _attach_borders(out, precisions, attach)
    return out


def _with_derived(inc: Incident, stops: list[Stop], primary: Stop, place: Place | None,
                  gp: int) -> Incident:
    """``inc`` with its located stops and the fields its primary stop gives; ``inc``
    itself when it holds these values already (an incident read from a derived table)."""
    claims = place.claimed_by if place is not None else ()
    same = inc.locations
    if (type(same) is tuple and len(same) == len(stops)
            and all(a is b for a, b in zip(stops, same, strict=True))
            and _same(inc.geo_precision, gp) and _same(inc.country, primary.country)
            and _same(inc.country_claims, claims) and _same(inc.admin1, primary.admin1)
            and _same(inc.admin2, primary.admin2)):
        return inc
    return dataclasses.replace(inc, locations=tuple(stops), geo_precision=gp,
                               country=primary.country, country_claims=claims,
                               admin1=primary.admin1, admin2=primary.admin2)


def _attach_borders(incidents: list[Incident], precisions: list[list[int]],
                    attach: Callable) -> list[Incident]:
    import numpy as np

    todo = [(i, j) for i, inc in enumerate(incidents) for j, s in enumerate(inc.locations)
            if precisions[i][j] <= ATTACH_MAX_PRECISION and s.lat is not None]
    if not todo:
        return incidents
    stops = [incidents[i].locations[j] for i, j in todo]
    lons = np.array([s.lon for s in stops], dtype="float64")
    lats = np.array([s.lat for s in stops], dtype="float64")
    at = np.array([s.date or incidents[i].date_start for (i, _), s in zip(todo, stops,
                                                                          strict=True)],
                  dtype="datetime64[D]")
    frame = attach(lons, lats, at=at, max_km=25)
    values = {c: list(frame[c]) if c in frame else [None] * len(todo) for c in BORDER_FIELDS}
    located = [list(inc.locations) for inc in incidents]
    for n, (i, j) in enumerate(todo):
        changes = {c: plain_value(values[c][n]) for c in BORDER_FIELDS}
        if changes["border_km"] is not None:
            changes["border_km"] = round(float(changes["border_km"]), 3)   # to the metre
        located[i][j] = dataclasses.replace(located[i][j], **changes)
    out, attached = list(incidents), set(todo)
    for i in sorted({i for i, _ in todo}):
        inc = dataclasses.replace(incidents[i], locations=tuple(located[i]))
        pi = next((j for j, s in enumerate(inc.locations) if s.primary), 0)
        if (i, pi) in attached:
            inc = dataclasses.replace(inc, **{c: getattr(inc.locations[pi], c)
                                              for c in BORDER_FIELDS})
        out[i] = inc
    return out


def plain_value(value: Any) -> Any:
    """``value`` as a plain Python value; None for None, NaN, NA and NaT."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    try:
        import pandas as pd

        if value is pd.NA or value is pd.NaT:
            return None
    except ImportError:  # pragma: no cover
        pass
    return value.item() if hasattr(value, "item") else value
