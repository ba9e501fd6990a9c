"""Incidents -> the flat table: one row per incident, ACLED's columns first, then ours.

The primary stop gives the point; every report is kept as JSON (YAML form), every stop with
what ``derive`` found (coordinates, admin and border fields), so that
:func:`geoconflict.formats._from_table.incident_from_record` reads it back losslessly.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..incidents.model import COUNT_FIELDS, Estimate, Incident
from ..region import COUNTRY_NAMES
from ._acled_codes import ACLED_REGION, ISO_NUMERIC, _interaction
from ._columns import ACLED_COLUMNS, FLOAT_COLUMNS, INT_COLUMNS, OUR_COLUMNS
from ._values import _dumps

if TYPE_CHECKING:
    import pandas as pd


def incident_record(inc: Incident, precision: int | None = None) -> dict[str, Any]:
    """One incident as a flat record (column -> plain Python value)."""
    stop = inc.primary
    a1, a2 = inc.actor("actor1"), inc.actor("actor2")
    inter1 = a1[0].inter if a1 else None
    inter2 = a2[0].inter if a2 else None
    lat, lon = stop.lat, stop.lon
    if precision is not None and lat is not None:
        lat, lon = round(lat, precision), round(lon, precision)
    country = inc.country or stop.country
    rec: dict[str, Any] = {
        "event_id_cnty": inc.id, "event_date": inc.date_start.isoformat(),
        "year": inc.date_start.year, "time_precision": inc.time_precision,
        "disorder_type": inc.disorder_type, "event_type": inc.event_type,
        "sub_event_type": inc.sub_event_type,
        "actor1": a1[0].name if a1 else None,
        "assoc_actor_1": "; ".join(a.name for a in inc.actor("assoc_actor_1")) or None,
        "inter1": inter1,
        "actor2": a2[0].name if a2 else None,
        "assoc_actor_2": "; ".join(a.name for a in inc.actor("assoc_actor_2")) or None,
        "inter2": inter2, "interaction": _interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if inc.civilian_targeting else None,
        "iso": ISO_NUMERIC.get(country), "region": ACLED_REGION.get(country),
        "country": COUNTRY_NAMES.get(country, country) or None,
        "admin1": inc.admin1 or stop.admin1 or None, "admin2": inc.admin2 or stop.admin2 or None,
        "admin3": None, "location": stop.name or stop.place or None,
        "latitude": lat, "longitude": lon, "geo_precision": inc.geo_precision,
        "source": "; ".join(r.outlet for r in inc.reports) or None, "source_scale": None,
        "notes": inc.notes or None, "fatalities": inc.fatalities.best,
        "tags": "; ".join(inc.tags) or None, "timestamp": None,
        "title": inc.title, "date_end": inc.date_end.isoformat(),
        "date_precision": inc.date_precision, "verification": inc.verification,
    }
    for key in COUNT_FIELDS:
        est: Estimate = getattr(inc, key)
        for part in ("low", "best", "high"):
            if (key, part) != ("fatalities", "best"):
                rec[f"{key}_{part}"] = getattr(est, part)
    rec.update(place=stop.place or None, border_segment=inc.border_segment,
               border_km=inc.border_km, side=inc.side, segment_status=inc.segment_status,
               stops=_dumps([s.to_record() for s in inc.locations]),
               reports=_dumps([r.to_dict() for r in inc.reports]) if inc.reports else None)
    if inc.country_claims:   # a disputed site: every claimant, named like ``country``
        rec["country_claims"] = "; ".join(COUNTRY_NAMES.get(c, c) for c in inc.country_claims)
    for key, value in inc.extra.items():
        rec[key] = value
    return rec


def incidents_to_frame(incidents: Iterable[Incident], precision: int | None = None
                       ) -> pd.DataFrame:
    """The flat table of incidents: ACLED columns, ours, then extra columns (first seen)."""
    import pandas as pd

    recs = [incident_record(i, precision) for i in incidents]
    columns = list(ACLED_COLUMNS + OUR_COLUMNS)
    seen = set(columns)
    for rec in recs:
        for key in rec:
            if key not in seen:
                seen.add(key)
                columns.append(key)
    frame = pd.DataFrame.from_records(recs, columns=columns)
    return _typed(frame)


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    import pandas as pd

    for col in INT_COLUMNS:
        if col in frame:
            frame[col] = pd.array(frame[col], dtype="Int64") if len(frame) else \
                frame[col].astype("Int64")
    for col in FLOAT_COLUMNS:
        if col in frame:
            frame[col] = pd.to_numeric(frame[col], errors="coerce").astype("float64")
    for col in frame.columns:
        if col not in INT_COLUMNS and col not in FLOAT_COLUMNS:
            frame[col] = frame[col].astype(object).where(frame[col].notna(), None)
    return frame
