"""The flat table -> incidents: a row (any format's, text or typed) back to an Incident.

Rows written by :mod:`._to_table` carry their stops and reports as JSON and read back
losslessly; rows of an ACLED export get one stop from their point and one report per
source.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from ..incidents.model import (
    COUNT_FIELDS,
    Actor,
    Estimate,
    Incident,
    Report,
    Stop,
    date_precision_for_time,
)
from ._acled_codes import COUNTRY_CODES, _inter
from ._columns import _EXTRA_ACLED, ACLED_COLUMNS, OUR_COLUMNS, SPARSE_COLUMNS
from ._values import _f, _i, _json, _missing, _s, records

if TYPE_CHECKING:
    import pandas as pd


def stop_from_dict(d: dict, fallback_country: str = "") -> Stop:
    """A stop of a table's ``stops`` list (:meth:`Stop.to_record`, or the YAML form)."""
    explicit = d.get("lat") is not None and d.get("coordinates") != "gazetteer"
    return Stop(
        border_segment=d.get("border_segment"), border_km=_f(d.get("border_km")),
        side=d.get("side"), segment_status=d.get("segment_status"),
        place=d.get("place", ""), lat=_f(d.get("lat")), lon=_f(d.get("lon")),
        name=d.get("name", ""), relation=d.get("relation", "at"), role=d.get("role", ""),
        date=date.fromisoformat(d["date"]) if d.get("date") else None,
        time=d.get("time", ""), time_note=d.get("time_note", ""),
        precision_m=d.get("precision_m"), source=d.get("source", ""),
        country=d.get("country", ""), admin1=d.get("admin1", ""), admin2=d.get("admin2", ""),
        primary=bool(d.get("primary", False)), note=d.get("note", ""), explicit=explicit,
    )


def report_from_dict(d: dict) -> Report:
    return Report(outlet=d.get("outlet", ""), title=d.get("title", ""), date=d.get("date", ""),
                  url=d.get("url", ""), id=d.get("id", ""), claims=d.get("claims") or {},
                  note=d.get("note", ""))


def incident_from_record(rec: dict[str, Any], coord_source: str = "ACLED") -> Incident:
    """An incident from a flat record (any format's row, values as text or typed).

    ``coord_source`` is the source given to the one stop of a row without a stops list.
    """
    country_text = _s(rec.get("country"))
    country = COUNTRY_CODES.get(country_text.casefold(), country_text)
    stops = _stops(rec, country, coord_source)
    reports = _reports(rec)
    counts = _counts(rec)
    start = date.fromisoformat(_s(rec.get("event_date")))
    end_text = _s(rec.get("date_end"))
    dprec = _s(rec.get("date_precision")) or date_precision_for_time(
        _i(rec.get("time_precision")))
    extra = _extra(rec)
    return Incident(
        id=_s(rec.get("event_id_cnty")), title=_s(rec.get("title")) or _default_title(rec),
        date_start=start, date_end=date.fromisoformat(end_text) if end_text else start,
        date_precision=dprec, event_type=_s(rec.get("event_type")),
        sub_event_type=_s(rec.get("sub_event_type")), actors=_actors(rec), locations=stops,
        reports=reports, verification=_s(rec.get("verification")) or "reported",
        civilian_targeting=bool(_s(rec.get("civilian_targeting"))),
        tags=tuple(t.strip() for t in _s(rec.get("tags")).split(";") if t.strip()),
        notes=_s(rec.get("notes")), geo_precision=_i(rec.get("geo_precision")), extra=extra,
        country=country, admin1=_s(rec.get("admin1")), admin2=_s(rec.get("admin2")),
        country_claims=tuple(COUNTRY_CODES.get(c.strip().casefold(), c.strip())
                             for c in _s(rec.get("country_claims")).split(";") if c.strip()),
        border_segment=_s(rec.get("border_segment")) or None, border_km=_f(rec.get("border_km")),
        side=_s(rec.get("side")) or None, segment_status=_s(rec.get("segment_status")) or None,
        **counts,
    )


def frame_to_incidents(frame: pd.DataFrame, coord_source: str = "ACLED") -> list[Incident]:
    """Incidents of a flat table (the inverse of :func:`incidents_to_frame`)."""
    return [incident_from_record(r, coord_source) for r in records(frame)]


def _actors(rec: dict) -> tuple[Actor, ...]:
    out = []
    for n in ("1", "2"):
        name = _s(rec.get(f"actor{n}"))
        if name:
            out.append(Actor(name, f"actor{n}", _inter(rec.get(f"inter{n}"))))
        for assoc in _s(rec.get(f"assoc_actor_{n}")).split(";"):
            if assoc.strip():
                out.append(Actor(assoc.strip(), f"assoc_actor_{n}"))
    return tuple(out)


def _stops(rec: dict, country: str, coord_source: str) -> tuple[Stop, ...]:
    """The row's stops list, or else one stop at its point (sourced ``coord_source``)."""
    stops_data = _json(rec.get("stops"))
    if stops_data:
        return tuple(stop_from_dict(d) for d in stops_data)
    return (Stop(place=_s(rec.get("place")), lat=_f(rec.get("latitude")),
                 lon=_f(rec.get("longitude")), name=_s(rec.get("location")),
                 source=coord_source,
                 country=country, admin1=_s(rec.get("admin1")), admin2=_s(rec.get("admin2")),
                 explicit=not _missing(rec.get("latitude"))),)


def _reports(rec: dict) -> tuple[Report, ...]:
    """The row's reports list, or else one report per ';'-separated source.

    An ACLED row's ``fatalities`` is ACLED's figure for the event, not what each listed
    source claimed: it stays the incident's count and no report is given a claim.
    """
    reports_data = _json(rec.get("reports"))
    if reports_data:
        return tuple(report_from_dict(d) for d in reports_data)
    return tuple(Report(outlet=o.strip()) for o in _s(rec.get("source")).split(";")
                 if o.strip())


def _counts(rec: dict) -> dict[str, Estimate]:
    """Each count's low/best/high; ACLED's bare ``fatalities`` is all three."""
    counts = {}
    for key in COUNT_FIELDS:
        best_col = "fatalities" if key == "fatalities" else f"{key}_best"
        low = _i(rec.get(f"{key}_low"))
        best = _i(rec.get(best_col))
        high = _i(rec.get(f"{key}_high"))
        if key == "fatalities" and low is None and high is None and best is not None \
                and "fatalities_low" not in rec:
            low = high = best
        counts[key] = Estimate(low, best, high)
    return counts


_KNOWN = frozenset(ACLED_COLUMNS) | frozenset(OUR_COLUMNS) | frozenset(SPARSE_COLUMNS)


def _extra(rec: dict) -> dict[str, Any]:
    """Columns the table does not know, and ACLED's that Incident has no field for."""
    extra = {k: v for k, v in rec.items() if k not in _KNOWN and not _missing(v)}
    for k in _EXTRA_ACLED:
        if not _missing(rec.get(k)):
            extra[k] = rec[k]
    return extra


def _default_title(rec: dict) -> str:
    where = _s(rec.get("location")) or _s(rec.get("admin1")) or _s(rec.get("country"))
    return f"{_s(rec.get('sub_event_type')) or _s(rec.get('event_type'))} — {where}".strip(" —")
