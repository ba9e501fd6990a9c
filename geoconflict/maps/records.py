"""Plain-data side of the maps: validate the input FeatureCollections, filter, derive.

Everything here is dicts, lists and dates in, dicts and lists out (no folium), so the
rules — which incidents a filter keeps, a segment's status on a date, whether reports
disagree — are tested without a browser. The input contract is in :mod:`geoconflict.maps`.
"""

from __future__ import annotations

import calendar
import json
import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from .._errors import DataError
from ..borders.status import status_on
from ..region import REGION_BBOX

__all__ = ["MapIncident", "date_label", "parse_day", "status_at", "differing_claims", "as_features",
           "map_incidents", "filter_incidents", "segment_countries",
           "prepare_segments", "PRECISIONS"]

PRECISIONS = ("day", "week", "month", "year")


def parse_day(value: Any, *, end: bool = False, where: str = "") -> date:
    """A calendar day from a date, datetime or ISO text (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD…``).

    A partial date stands for its first day, or its last when ``end`` is true.

    >>> parse_day("2021-04"), parse_day("2021-04", end=True), parse_day("2022")
    (datetime.date(2021, 4, 1), datetime.date(2021, 4, 30), datetime.date(2022, 1, 1))
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip() if value is not None else ""
    try:
        if len(text) == 4:
            return date(int(text), 12, 31) if end else date(int(text), 1, 1)
        if len(text) == 7:
            y, m = int(text[:4]), int(text[5:7])
            return date(y, m, calendar.monthrange(y, m)[1] if end else 1)
        return date.fromisoformat(text[:10])
    except ValueError:
        raise DataError(f"{where}not a date: {value!r} (use YYYY-MM-DD)") from None


def date_label(start: date, end: date, precision: str | None = None) -> str:
    """How a popup shows an incident's dates, at the precision they are known.

    >>> date_label(date(2021, 4, 28), date(2021, 5, 1), "day")
    '2021-04-28 – 2021-05-01'
    >>> date_label(date(2022, 10, 1), date(2022, 10, 31), "month")
    '2022-10 (month known)'
    >>> date_label(date(2014, 1, 1), date(2014, 12, 31), "year")
    '2014 (year known)'
    >>> date_label(date(2022, 9, 12), date(2022, 9, 18), "week")
    'week of 2022-09-12 – 2022-09-18'
    """
    if precision == "year" and start.year == end.year:
        return f"{start.year} (year known)"
    if precision == "month" and (start.year, start.month) == (end.year, end.month):
        return f"{start:%Y-%m} (month known)"
    text = start.isoformat() if start == end else f"{start.isoformat()} – {end.isoformat()}"
    return f"week of {text}" if precision == "week" else text


def status_at(history: Sequence[Mapping[str, Any]] | None, at: date) -> str:
    """The status of a border segment on day ``at``, from its status history.

    The rule is the borders' one (:func:`geoconflict.borders.status_on`: from ``from``
    up to, not including, ``to``; the latest start wins), with ``'unknown'`` for none.

    >>> h = [{"status": "disputed", "from": "1991-08-31", "to": "2025-03-31"},
    ...      {"status": "delimited", "from": "2025-03-31", "to": None}]
    >>> status_at(h, date(2021, 4, 29)), status_at(h, date(2026, 1, 1))
    ('disputed', 'delimited')
    >>> status_at([], date(2021, 1, 1))
    'unknown'
    """
    return status_on(history, at) or "unknown"


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _claim_key(value: Any) -> Any:
    """A comparable form of a numeric claim; None for text, names and lists (not counts)."""
    if _is_number(value):
        return value
    if isinstance(value, Mapping) and "best" in value:
        return json.dumps([value.get("low"), value.get("best"), value.get("high")])
    if isinstance(value, Mapping) and value and all(
            _is_number(v) or v is None for v in value.values()):
        return json.dumps(_jsonable(value), sort_keys=True)     # e.g. weapons by kind
    return None


def differing_claims(reports: Iterable[Mapping[str, Any]]) -> list[str]:
    """Numeric claims (``fatalities``, ``injured``, weapons…) on which two reports differ.

    Text claims (names, spellings, times) are left out: they differ in wording, not in
    the account.

    >>> differing_claims([{"claims": {"fatalities": 13, "injured": 134, "site": "post"}},
    ...                   {"claims": {"fatalities": 36, "injured": 134, "site": "outpost"}},
    ...                   {"claims": {}}])
    ['fatalities']
    """
    seen: dict[str, set] = {}
    for rep in reports:
        for key, value in (rep.get("claims") or {}).items():
            k = _claim_key(value)
            if k is not None:
                seen.setdefault(str(key), set()).add(k)
    return sorted(k for k, vals in seen.items() if len(vals) > 1)


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if hasattr(value, "item") and not isinstance(value, str):  # numpy scalars
        return value.item()
    return value


def as_features(data: Any, *, what: str = "input") -> list[dict]:
    """The features of a FeatureCollection dict, a list of features, or a ``__geo_interface__``."""
    if data is None:
        return []
    if hasattr(data, "__geo_interface__") and not isinstance(data, Mapping):
        data = data.__geo_interface__
    if isinstance(data, Mapping):
        if data.get("type") == "FeatureCollection":
            return list(data.get("features") or [])
        if data.get("type") == "Feature":
            return [dict(data)]
        raise DataError(f"{what}: expected a GeoJSON FeatureCollection, got type "
                        f"{data.get('type')!r}")
    if isinstance(data, list | tuple):
        return list(data)
    raise DataError(f"{what}: expected a GeoJSON FeatureCollection, got {type(data).__name__}")


def _lbh(value: Any, where: str) -> list[int | float | None] | None:
    if value is None:
        return None
    if type(value) is int and 0 <= value <= MAX_COUNT:       # the common case, first
        return [value, value, value]
    if isinstance(value, (int, float)) and not isinstance(value, bool):  # noqa: UP038 (speed)
        return [_count(value, where, "")] * 3
    if isinstance(value, Mapping):
        return [_count(_jsonable(value.get(k)), where, k) for k in ("low", "best", "high")]
    raise DataError(f"{where}expected {{low, best, high}} or a number, got {value!r}")


#: The largest count a figure may give: more people than live on Earth is a typo (and a
#: number the map could not order or draw).
MAX_COUNT = 10**10


def _count(v: Any, where: str, key: str) -> int | float | None:
    """A figure's low, best or high: None, or a finite number from 0 to ``MAX_COUNT``."""
    if v is None:
        return None
    if not isinstance(v, (int, float)) or isinstance(v, bool) or not 0 <= v <= MAX_COUNT:  # noqa: UP038
        what = f"{key} must be" if key else "must be"
        raise DataError(f"{where}{what} a number from 0 to {MAX_COUNT:,}, got {v!r}")
    return v


def _check_lonlat(lon: Any, lat: Any, where: str) -> tuple[float, float]:
    try:
        x, y = float(lon), float(lat)
    except (TypeError, ValueError):
        raise DataError(f"{where}coordinates must be numbers, got {lon!r}, {lat!r}") from None
    if not (math.isfinite(x) and math.isfinite(y)):
        raise DataError(f"{where}coordinates are not finite")
    x0, y0, x1, y1 = REGION_BBOX
    if not (x0 <= x <= x1 and y0 <= y <= y1):
        hint = " (lat/lon swapped?)" if x0 <= y <= x1 and y0 <= x <= y1 else ""
        raise DataError(f"{where}lon {x}, lat {y} is outside the region {REGION_BBOX}{hint}")
    return x, y


def region_points(lons: list, lats: list) -> list[tuple[float, float] | None]:
    """Each (lon, lat) that :func:`_check_lonlat` takes (numbers, finite, in the region),
    as it returns it; None for the others (which it refuses, with the reason)."""
    import numpy as np

    try:
        x, y = np.asarray(lons, dtype="float64"), np.asarray(lats, dtype="float64")
    except (TypeError, ValueError):             # text that is no number: one at a time
        return [_lonlat_or_none(a, b) for a, b in zip(lons, lats, strict=True)]
    x0, y0, x1, y1 = REGION_BBOX
    ok = np.isfinite(x) & np.isfinite(y) & (x0 <= x) & (x <= x1) & (y0 <= y) & (y <= y1)
    return [(a, b) if k else None
            for a, b, k in zip(x.tolist(), y.tolist(), ok.tolist(), strict=True)]


def _lonlat_or_none(lon: Any, lat: Any) -> tuple[float, float] | None:
    try:
        return _check_lonlat(lon, lat, "")
    except DataError:
        return None


@dataclass(slots=True)
class MapIncident:
    """One validated incident feature: parsed days for filtering plus the raw properties."""

    id: str
    lon: float
    lat: float
    start: date
    end: date
    props: dict = field(repr=False)
    differ: list[str] = field(default_factory=list)
    fatalities: list | None = None
    injured: list | None = None

    @property
    def best_fatalities(self) -> float:
        return (self.fatalities[1] or 0) if self.fatalities else 0


def map_incidents(data: Any, incident_record: Callable[[Any, str, str], MapIncident] | None = None
                  ) -> list[MapIncident]:
    """Validate an incidents FeatureCollection (see :mod:`geoconflict.maps`) into records.

    Errors name the feature (index and id) and the field. ``incident_record(item, id,
    where)`` makes the record of an item that is not a feature (a derived Incident); an
    item that is a record already (made and checked by :mod:`.from_table`, its id given)
    is kept.
    """
    items = as_features(data, what="incidents")
    if set(map(type, items)) == {MapIncident} and \
            len(set(ids := [r.id for r in items])) == len(ids):
        return items                  # records only (a table's), no id twice: all kept
    out: list[MapIncident] = []
    seen: dict[str, int] = {}
    kinds: dict[type, int] = {}      # isinstance(x, Mapping) is slow: once per type
    for n, item in enumerate(items):
        kind = kinds.get(type(item))
        if kind is None:
            kind = kinds[type(item)] = _RECORD if type(item) is MapIncident else _OWN if \
                incident_record is not None and not isinstance(item, Mapping) else _FEATURE
        props = dict(item.get("properties") or {}) if kind == _FEATURE else None
        iid = item.id if kind == _RECORD else \
            str((item.id if kind == _OWN else props.get("id") or item.get("id")) or f"#{n}")
        if iid in seen:
            raise DataError(f"incident {n} ({iid}): duplicate id (also feature {seen[iid]})")
        seen[iid] = n
        if kind == _RECORD:
            out.append(item)
        elif kind == _OWN:
            out.append(incident_record(item, iid, f"incident {n} ({iid}): "))
        else:
            out.append(_feature_record(item, props, iid, f"incident {n} ({iid}): "))
    return out


_FEATURE, _OWN, _RECORD = 0, 1, 2     # what map_incidents makes of an item


def _feature_record(feat: Mapping, props: dict, iid: str, where: str) -> MapIncident:
    geom = feat.get("geometry") or {}
    if geom.get("type") != "Point":
        raise DataError(f"{where}geometry must be a Point, got {geom.get('type')!r}")
    coords = geom.get("coordinates") or []
    if len(coords) < 2:
        raise DataError(f"{where}Point needs [lon, lat]")
    lon, lat = _check_lonlat(coords[0], coords[1], where)
    if not props.get("title"):
        raise DataError(f"{where}missing title")
    if not props.get("date_start"):
        raise DataError(f"{where}missing date_start")
    start = parse_day(props["date_start"], where=where)
    end = parse_day(props.get("date_end") or props["date_start"], end=True, where=where)
    check_dates(start, end, props.get("date_precision"), where)
    fat = _lbh(props.get("fatalities"), f"{where}fatalities.")
    inj = _lbh(props.get("injured"), f"{where}injured.")
    check_stops(props.get("stops"), where)
    props["id"] = iid
    return MapIncident(iid, lon, lat, start, end, props,
                       differing_claims(props.get("reports") or []), fat, inj)


def check_dates(start: date, end: date, precision: Any, where: str) -> None:
    """The checks of an incident's dates (parsed) and date precision."""
    if end < start:
        raise DataError(f"{where}date_end {end} is before date_start {start}")
    if precision is not None and precision not in PRECISIONS:
        raise DataError(f"{where}date_precision must be one of {', '.join(PRECISIONS)}")


def check_stops(stops: Sequence[Mapping] | None, where: str) -> None:
    """Every stop's coordinates in the region."""
    for k, stop in enumerate(stops or ()):
        _check_lonlat(stop.get("lon"), stop.get("lat"), f"{where}stop {k + 1}: ")


def segment_countries(segments: Iterable[Mapping[str, Any]]) -> dict[str, set[str]]:
    """``{segment id: {ISO codes}}`` from border segment features."""
    out = {}
    for feat in segments:
        p = feat.get("properties") or {}
        out[str(p.get("id"))] = {str(c).upper() for c in (p.get("countries") or [])}
    return out


def _as_set(values: Iterable[str] | str | None, *, upper: bool = False) -> set[str] | None:
    if values is None:
        return None
    if isinstance(values, str):
        values = [values]
    out = {v.strip() for item in values for v in str(item).split(",") if v.strip()}
    return {v.upper() for v in out} if upper else out


def filter_incidents(incidents: Sequence[MapIncident], *, date_from: Any = None,
                     date_to: Any = None, event_types: Iterable[str] | str | None = None,
                     countries: Iterable[str] | str | None = None,
                     seg_countries: Mapping[str, set[str]] | None = None) -> list[MapIncident]:
    """Incidents overlapping ``[date_from, date_to]`` of the given event types and countries.

    An incident is in a country when its ``country`` property is that country, or
    when it lies on a border segment that country shares (``seg_countries``).
    Event types compare case-insensitively.
    """
    lo = parse_day(date_from) if date_from is not None else date.min
    hi = parse_day(date_to, end=True) if date_to is not None else date.max
    types = _as_set(event_types)
    types_cf = {t.casefold() for t in types} if types else None
    ccs = _as_set(countries, upper=True)
    seg_countries = seg_countries or {}
    out = []
    for inc in incidents:
        if inc.end < lo or inc.start > hi:
            continue
        if types_cf and str(inc.props.get("event_type", "")).casefold() not in types_cf:
            continue
        if ccs:
            mine = {str(inc.props.get("country", "")).upper()}
            mine |= {str(c).upper() for c in inc.props.get("countries") or []}
            mine |= seg_countries.get(str(inc.props.get("border_segment")), set())
            if not mine & ccs:
                continue
        out.append(inc)
    return out


def prepare_segments(segments: Iterable[Mapping[str, Any]], at: date,
                     incidents: Sequence[MapIncident]) -> dict:
    """Segments as a FeatureCollection with ``status_at`` (on ``at``) and ``incident_count``."""
    counts = Counter(map(str, filter(None, [i.props.get("border_segment") for i in incidents])))
    feats = []
    for n, feat in enumerate(segments):
        p = dict(feat.get("properties") or {})
        sid = str(p.get("id") or f"#{n}")
        geom = feat.get("geometry") or {}
        if geom.get("type") not in ("LineString", "MultiLineString"):
            raise DataError(f"segment {n} ({sid}): geometry must be a LineString, got "
                            f"{geom.get('type')!r}")
        history = _jsonable(list(p.get("status_history") or []))
        feats.append({"type": "Feature", "geometry": _jsonable(geom), "properties": {
            "id": sid, "name": str(p.get("name") or sid),
            "countries": [str(c) for c in p.get("countries") or []],
            "status_history": history, "status_at": status_at(history, at),
            "incident_count": counts.get(sid, 0)}})
    return {"type": "FeatureCollection", "features": feats}
