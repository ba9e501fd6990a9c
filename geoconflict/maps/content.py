"""What a map shows: the checked and filtered input, the view, town labels, search, legend.

Plain data for the layers and controls that :func:`geoconflict.maps.build_map` adds:
:func:`map_content` turns the input FeatureCollections (contract in :mod:`geoconflict.maps`)
into a :class:`MapContent`.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from .._errors import DataError
from .from_incidents import IncidentRecords
from .incident_pack import pack_incidents
from .records import (
    MapIncident,
    as_features,
    filter_incidents,
    map_incidents,
    parse_day,
    prepare_segments,
    segment_countries,
)
from .search import search_places
from .style import EVENT_COLORS, OTHER_COLOR, OTHER_FILL, OWNER_TINT, STATUS_COLORS

#: [[south, west], [north, east]] shown when there is nothing to fit.
FERGANA_BOUNDS = [[39.6, 69.2], [41.5, 73.6]]
#: Where :func:`default_towns` looks for town labels (the valley, without Tashkent).
TOWN_BOUNDS = [[39.7, 69.4], [41.4, 73.6]]
MIN_RADIUS = 4.0   # px, the marker of an incident with 0 (or unknown) fatalities
RADIUS_SCALE = 3.0  # px per sqrt(fatality): area ∝ best estimate


@dataclass(frozen=True)
class MapContent:
    """What the map shows once the input is checked and filtered."""

    at_day: date
    all_incidents: list[MapIncident]
    shown: list[MapIncident]
    packed: dict  # the incidents' packed columns, big circles first
    seg_fc: dict
    outline_feats: list[dict]
    enclave_feats: list[dict]
    towns_rows: list[list]  # [name, lon, lat, kind, rank]
    bounds: list[list[float]]
    search_places: dict  # names, aliases and points for the search box (search.py)
    legend: dict

    @functools.cached_property
    def period(self) -> tuple[date, date] | None:
        """First start and last end of the incidents shown (None: none shown)."""
        shown = self.shown
        if not shown:
            return None
        return min(i.start for i in shown), max(i.end for i in shown)

    @property
    def subtitle(self) -> str:
        """Counts, period and border date, as both the HTML and the still map print them."""
        shown = self.shown
        period = f" · {self.period[0]} – {self.period[1]}" if shown else ""
        n = len(shown)
        return f"{n:,} incident{'s' if n != 1 else ''}{period} · borders as of {self.at_day}"


def map_content(incidents: Any, *, segments: Any, outlines: Any, enclaves: Any, towns: Any,
                at: date | str | None, date_from: date | str | None, date_to: date | str | None,
                event_types: Iterable[str] | str | None, countries: Iterable[str] | str | None,
                notes: bool = True) -> MapContent:
    """Check the inputs, filter the incidents and prepare what every layer draws.

    Parameters
    ----------
    incidents : FeatureCollection, GeoDataFrame or list of Incident
        Incident points (contract in the docstring of :mod:`geoconflict.maps.build`), a
        GeoDataFrame of them in any CRS, or derived :class:`~geoconflict.incidents.Incident`
        records (as :func:`~geoconflict.maps.from_incidents.as_map_input` makes them).
    segments, outlines, enclaves, towns : FeatureCollection, optional
        Border segments, country outlines, enclaves and town labels; ``towns=None``
        takes the gazetteer's main towns, ``towns=[]`` draws none.
    at : date or str, optional
        Map date for the segments' status (default: today).
    date_from, date_to : date or str, optional
        Keep incidents that overlap this period.
    event_types, countries : str or iterable of str, optional
        Keep these ACLED event types / ISO alpha-2 countries (comma lists allowed).
    notes : bool
        Carry the incidents' ``notes`` into the popups (the largest text of an ACLED export).
    """
    at_day = parse_day(at) if at is not None else date.today()
    seg_feats = as_features(segments, what="segments")
    seg_cc = segment_countries(seg_feats)
    all_incidents = map_incidents(incidents, IncidentRecords())
    shown = filter_incidents(all_incidents, date_from=date_from, date_to=date_to,
                             event_types=event_types, countries=countries,
                             seg_countries=seg_cc)
    seg_fc = prepare_segments(seg_feats, at_day, shown)
    outline_feats = as_features(outlines, what="outlines")
    enclave_feats = as_features(enclaves, what="enclaves")
    town_feats = as_features(default_towns() if towns is None else towns, what="towns")
    bounds = _fit_bounds(shown, seg_fc)
    towns_rows = _town_rows(town_feats)
    # big circles first, so a small incident beside a big one stays visible and clickable
    packed = pack_incidents(draw_order(shown), notes=notes)
    return MapContent(at_day, all_incidents, shown, packed, seg_fc, outline_feats,
                      enclave_feats, towns_rows, bounds,
                      search_places(towns_rows, enclave_feats, seg_fc, shown, bounds,
                                    gazetteer=towns is None),
                      _legend(shown, seg_fc, enclave_feats, at_day))


def draw_order(shown: Sequence[MapIncident]) -> list[MapIncident]:
    """Big circles first (``MapIncident.best_fatalities``), then by start and id (ids are
    unique): numpy's lexsort of the three as numbers, 2x faster than sorting tuples.

    >>> from datetime import date
    >>> a, b, c = (MapIncident(k, 0, 0, date(2021, 1, d), date(2021, 1, d), {}, [], f)
    ...            for k, d, f in (("b", 2, [1, 1, 1]), ("a", 2, [1, 1, 1]), ("c", 1, None)))
    >>> [i.id for i in draw_order([c, a, b])]
    ['a', 'b', 'c']
    """
    import numpy as np

    n = len(shown)
    ids = [i.id for i in shown]
    rank = np.empty(n, dtype=np.int64)
    rank[sorted(range(n), key=ids.__getitem__)] = np.arange(n)
    best = np.array([-(f[1] or 0) if (f := i.fatalities) else 0 for i in shown], dtype=float)
    day = np.array([i.start.toordinal() for i in shown], dtype=np.int64)
    return [shown[k] for k in np.lexsort((rank, day, best)).tolist()]


def default_towns(kinds: Sequence[str] = ("capital", "city", "town"), min_population: int = 40_000,
                  bounds: list[list[float]] | None = None) -> dict:
    """Main towns of the shipped gazetteer inside ``bounds`` (default: the Fergana valley).

    Curated places of the given kinds, plus GeoNames places (that no curated place
    covers) with at least ``min_population`` inhabitants. Properties: ``name``, ``kind``,
    ``country``, ``admin1`` and ``population`` (GeoNames, also for curated places that
    name their GeoNames id; ``None`` when unknown or 0).
    """
    from ..gazetteer.index import default_gazetteer
    from ..gazetteer.places import load_geonames

    population = {g.geonames_id: g.population for g in load_geonames()}

    (s, w), (n, e) = bounds or TOWN_BOUNDS
    feats = []
    for p in sorted(default_gazetteer().places, key=lambda p: (p.name, p.id)):
        if not (s <= p.lat <= n and w <= p.lon <= e):
            continue
        main = p.kind in kinds if p.origin == "curated" else (p.population or 0) >= min_population
        if main:
            feats.append({"type": "Feature",
                          "geometry": {"type": "Point", "coordinates": [p.lon, p.lat]},
                          "properties": {"name": p.name, "kind": p.kind, "country": p.country,
                                         "admin1": p.admin1,
                                         "population": p.population
                                         or population.get(p.geonames_id) or 0,
                                         "curated": p.origin == "curated"}})
    return {"type": "FeatureCollection", "features": feats}


def _fit_bounds(shown: Sequence[MapIncident], seg_fc: dict) -> list[list[float]]:
    """Incidents, their stops and the segments, padded; the valley when there is nothing."""
    xs, ys = [i.lon for i in shown], [i.lat for i in shown]
    for s in (s for i in shown if "stops" in i.props for s in i.props["stops"] or ()):
        xs.append(float(s["lon"]))
        ys.append(float(s["lat"]))
    for f in seg_fc["features"]:
        for x, y in _coords(f["geometry"]):
            xs.append(x)
            ys.append(y)
    return _bounds(xs, ys) or FERGANA_BOUNDS


def _bounds(xs: list[float], ys: list[float]) -> list[list[float]] | None:
    if not xs:
        return None
    pad_x = max(0.05, (max(xs) - min(xs)) * 0.08)
    pad_y = max(0.05, (max(ys) - min(ys)) * 0.08)
    return [[min(ys) - pad_y, min(xs) - pad_x], [max(ys) + pad_y, max(xs) + pad_x]]


def _coords(geom: dict) -> Iterable[tuple[float, float]]:
    def walk(c):
        if c and isinstance(c[0], int | float):
            yield float(c[0]), float(c[1])
        else:
            for sub in c:
                yield from walk(sub)
    yield from walk(geom.get("coordinates") or [])


#: Which town label stays when two would overlap: capitals, then the regional centres
#: (``REGIONAL_CENTRES``), then cities, towns; within a kind the curated ones first (they
#: carry no population), then the larger population.
LABEL_KINDS = ("capital", "regional centre", "city", "town", "village")
#: Centres of the valley's oblasts / viloyats (Batken, Osh, Jalal-Abad; Sughd; Fergana,
#: Andijan, Namangan).
REGIONAL_CENTRES = frozenset({"Batken", "Osh", "Jalal-Abad", "Khujand", "Fergana", "Andijan",
                              "Namangan"})


def _town_rows(town_feats: list[dict]) -> list[list]:
    """``[name, lon, lat, kind, rank]``, rank 0 first kept when labels collide."""
    rows = []
    for f in town_feats:
        x, y = next(iter(_coords(f.get("geometry") or {})), (None, None))
        p = f.get("properties") or {}
        if x is None or not p.get("name"):
            raise DataError(f"town {p.get('name') or f}: needs a Point and a name")
        kind = str(p.get("kind") or "town")
        rank_kind = "regional centre" if kind == "city" and p["name"] in REGIONAL_CENTRES else kind
        rows.append([str(p["name"]), round(x, 5), round(y, 5), kind,
                     LABEL_KINDS.index(rank_kind) if rank_kind in LABEL_KINDS else len(LABEL_KINDS),
                     (0 if p.get("curated", True) else 1, -int(p.get("population") or 0))])
    by_rank = sorted(range(len(rows)), key=lambda k: (rows[k][4], rows[k][5], rows[k][0]))
    for rank, k in enumerate(by_rank):
        rows[k][4] = rank
    return [r[:5] for r in rows]


def _legend(shown: Sequence[MapIncident], seg_fc: dict, enclave_feats: list[dict],
            at_day: date) -> dict:
    """What the legend lists: event types present, size steps, statuses, enclave owners."""
    present = {str(i.props.get("event_type") or "Unknown") for i in shown}
    order = list(STATUS_COLORS)
    statuses = sorted({f["properties"]["status_at"] for f in seg_fc["features"]},
                      key=lambda s: (order.index(s) if s in order else len(order), s))
    owners = sorted({str((f.get("properties") or {}).get("owner")) for f in enclave_feats})
    return {
        "eventTypes": [[t, c] for t, c in EVENT_COLORS.items() if t in present or not shown]
        + sorted([t, OTHER_COLOR] for t in present - set(EVENT_COLORS)),
        "sizes": [[str(n), round(marker_radius(n), 1)] for n in (0, 10, 50)],
        "statuses": [[s, STATUS_COLORS.get(s, OTHER_COLOR)] for s in statuses],
        "statusColors": STATUS_COLORS,
        "owners": [[o, OWNER_TINT.get(o, OTHER_FILL)] for o in owners],
        "at": at_day.isoformat()}


def marker_radius(best: float) -> float:
    """Marker radius in CSS px of an incident with ``best`` deaths: area ∝ deaths, a floor."""
    return max(MIN_RADIUS, RADIUS_SCALE * math.sqrt(max(best, 0)))
