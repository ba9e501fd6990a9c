"""Adapters from the library's objects to the map's plain-data input contract.

``incident_features`` turns derived :class:`~geoconflict.incidents.Incident` records into
the incident FeatureCollection that :func:`geoconflict.maps.build_map` documents;
:class:`IncidentRecords` makes the map's records of them directly, the same as those of their
features (``build_map`` and ``geoconflict map`` take that way: 100,000 incidents of an export
would otherwise be made into features only to be read back).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from .._errors import DataError
from ..incidents.model import Actor, Estimate, Incident, Report, Stop, is_route
from .records import (
    MAX_COUNT,
    MapIncident,
    _check_lonlat,
    _lbh,
    check_dates,
    check_stops,
    differing_claims,
    parse_day,
)

__all__ = ["incident_features", "incident_props", "located", "as_map_input", "IncidentRecords",
           "border_layers"]


def _stop(s: Stop) -> dict[str, Any]:
    return {"name": s.name or s.place, "lon": s.lon, "lat": s.lat, "time": s.time or None,
            "role": s.role or None, "place": s.place or None}


def incident_props(inc: Incident, shared: dict | None = None) -> dict[str, Any]:
    """The properties of an incident's map feature (contract in :mod:`geoconflict.maps`).

    ``shared`` caches what equal values give: the dict of a report (most reports of a big
    export are equal: an outlet, no claims), shared by them, and the text of a date.
    """
    if shared is None:
        reps = [r.to_dict() for r in inc.reports]
        start, end = inc.date_start.isoformat(), inc.date_end.isoformat()
    else:
        reps = [_shared(shared, r, r.to_dict) for r in inc.reports]
        start = _shared(shared, inc.date_start, inc.date_start.isoformat)
        end = _shared(shared, inc.date_end, inc.date_end.isoformat)
    props = feature_props(inc.id, inc.title, start, end, inc.date_precision, inc.event_type,
                          inc.sub_event_type, actor_names(inc.actors), inc.country,
                          figure_dict(inc.fatalities), figure_dict(inc.injured), reps,
                          inc.border_segment, inc.segment_status, inc.verification, inc.notes)
    if len(inc.locations) >= 2:
        located = [s for s in inc.locations if s.lat is not None and s.lon is not None]
        if len(located) >= 2:  # every stop drawn: a path when a route, else beside the incident
            props["stops"] = [_stop(s) for s in located]
            props["route"] = is_route(inc.locations)
    return props


def feature_props(iid: str, title: str, start: str, end: str, precision: str, event_type: str,
                  sub_event_type: str, actors: list[str], country: str, fatalities: dict | None,
                  injured: dict | None, reports: list[dict], segment: str | None,
                  status: str | None, verification: str, notes: str) -> dict[str, Any]:
    """The properties of an incident's map feature (a single stop's: no ``stops``) from its
    values: days as ISO text, the actors' names, figures as :func:`figure_dict` gives them,
    reports as their dicts."""
    return {"id": iid, "title": title, "date_start": start, "date_end": end,
            "date_precision": precision, "event_type": event_type,
            "sub_event_type": sub_event_type, "actors": actors, "country": country or None,
            "fatalities": fatalities, "injured": injured, "reports": reports,
            "border_segment": segment, "segment_status": status, "verification": verification,
            "notes": notes or None}


def actor_names(actors: Iterable[Actor]) -> list[str]:
    return [a.name for a in actors]


def figure_dict(e: Estimate) -> dict[str, int] | None:
    """A count as the map's input gives it: ``{low, best, high}`` (the known ones), or None."""
    return e.to_dict() or None


def _shared(cache: dict, key: Any, make: Any) -> Any:
    """``make()`` once per value of ``key`` (each time for a value that cannot be hashed)."""
    try:
        value = cache.get(key)
        if value is None:
            value = cache[key] = make()
    except TypeError:
        value = make()
    return value


def _feature(inc: Incident) -> dict[str, Any] | None:
    p = inc.primary
    if p.lat is None or p.lon is None:
        return None
    return {"type": "Feature", "id": inc.id,
            "geometry": {"type": "Point", "coordinates": [p.lon, p.lat]},
            "properties": incident_props(inc)}


def located(incidents: Iterable[Incident]) -> list[Incident]:
    """The incidents whose primary stop has coordinates (the ones a map can draw)."""
    return [i for i in incidents if i.primary.lat is not None and i.primary.lon is not None]


def as_map_input(data: Any) -> Any:
    """The map's incident input from what a caller may hold: derived Incidents are kept
    (those a map can draw: :func:`located`), made into records by :class:`IncidentRecords`;
    a GeoDataFrame in another CRS is reprojected to WGS 84; the rest as given."""
    if isinstance(data, list | tuple) and data and isinstance(data[0], Incident):
        return located(data)
    crs = getattr(data, "crs", None)
    if crs is not None and hasattr(data, "to_crs") and crs.to_epsg() != 4326:
        return data.to_crs("EPSG:4326")
    return data


def incident_features(incidents: Iterable[Incident]) -> dict[str, Any]:
    """FeatureCollection of the incidents' primary stops, in the map's input contract.

    Incidents must be derived (``load_incidents(derive=True)``) so stops carry coordinates;
    an incident whose primary stop has none is left out.
    """
    feats = [f for f in (_feature(i) for i in incidents) if f is not None]
    return {"type": "FeatureCollection", "features": feats}


class IncidentRecords:
    """Map records made straight from derived Incidents: what ``map_incidents`` makes of
    their features (same checks, same properties), without the features."""

    def __init__(self) -> None:
        self._shared: dict = {}      # report -> its dict, date -> its text (incident_props)
        self._differ: dict = {}      # ids of an incident's report dicts -> differing_claims

    def __call__(self, inc: Incident, iid: str, where: str) -> MapIncident:
        if not isinstance(inc, Incident):
            raise DataError(f"{where}expected a GeoJSON Feature or an Incident, got "
                            f"{type(inc).__name__}")
        p = inc.primary
        lon, lat = _check_lonlat(p.lon, p.lat, where)
        if not inc.title:
            raise DataError(f"{where}missing title")
        start, end = inc.date_start, inc.date_end
        if type(start) is not date or type(end) is not date:
            start, end = parse_day(start, where=where), parse_day(end, where=where)
        check_dates(start, end, inc.date_precision, where)
        props = incident_props(inc, self._shared)
        fat = _estimate(inc.fatalities, props["fatalities"], where, "fatalities")
        inj = _estimate(inc.injured, props["injured"], where, "injured")
        check_stops(props.get("stops"), where)
        props["id"] = iid
        return MapIncident(iid, lon, lat, start, end, props, self.differ(props["reports"]),
                           fat, inj)

    def report_dicts(self, reports: tuple[Report, ...]) -> tuple[list[dict], list[str]]:
        """The dicts of reports (shared with equal reports of other incidents) and the
        claims on which they differ."""
        dicts = [_shared(self._shared, r, r.to_dict) for r in reports]
        return dicts, self.differ(dicts)

    def differ(self, reports: list[dict]) -> list[str]:
        """:func:`differing_claims` of report dicts, once per set of shared dicts."""
        if not reports:
            return []
        key = tuple(map(id, reports))
        found = self._differ.get(key)
        if found is None:
            found = self._differ[key] = differing_claims(reports)
        return list(found)


def _estimate(e: Estimate, as_dict: dict | None, where: str, key: str) -> list | None:
    """``[low, best, high]`` of an Estimate, as ``_lbh`` makes it of the estimate's dict."""
    if as_dict is None:
        return None
    out = [e.low, e.best, e.high]
    for v in out:
        if v is not None and (type(v) is not int or not 0 <= v <= MAX_COUNT):
            return _lbh(as_dict, f"{where}{key}.")
    return out


def _history(entries) -> list[dict[str, Any]]:
    out = []
    for h in entries:
        src = h.get("source")
        out.append({"status": h["status"],
                    "from": h["from"].isoformat() if h.get("from") else None,
                    "to": h["to"].isoformat() if h.get("to") else None,
                    "source": "; ".join(src) if isinstance(src, list | tuple) else src})
    return out


def _collection(frame, columns: dict[str, str]) -> dict[str, Any]:
    """FeatureCollection of a GeoDataFrame, with ``columns`` renamed {ours: theirs}."""
    feats = []
    for row, geom in zip(frame.to_dict("records"), frame.geometry, strict=True):
        props = {new: row[old] for old, new in columns.items()}
        feats.append({"type": "Feature", "geometry": geom.__geo_interface__,
                      "properties": props})
    return {"type": "FeatureCollection", "features": feats}


def border_layers(at=None) -> dict[str, dict[str, Any]]:
    """The shipped borders as the map's ``segments``, ``outlines`` and ``enclaves`` inputs.

    Enclaves that had ended by ``at`` (a date or ISO text; Barak, transferred in 2023) are
    left out.
    """

    from ..borders import load_countries, load_enclaves, load_segments

    day = parse_day(at) if at else date.today()
    segments = load_segments()
    segments = segments.assign(countries=[list(c) for c in segments["countries"]],
                               status_history=[_history(h) for h in segments["status_history"]])
    enclaves = load_enclaves()
    enclaves = enclaves[[u is None or u != u or u > day for u in enclaves["until"]]]
    return {
        "segments": _collection(segments, {"id": "id", "name": "name", "countries": "countries",
                                           "status_history": "status_history"}),
        "outlines": _collection(load_countries(), {"iso2": "iso", "name": "name"}),
        "enclaves": _collection(enclaves, {"name": "name", "owner": "owner",
                                           "surrounded_by": "surrounded_by"}),
    }
