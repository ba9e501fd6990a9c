"""The flat incident table every format reads and writes: ACLED columns first, then ours.

``incidents_to_frame`` and ``frame_to_incidents`` convert losslessly; ``normalise_frame``
turns the text columns of an imported CSV into typed columns, collecting every problem.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from ..incidents import (
    COUNT_FIELDS,
    DATE_PRECISIONS,
    EVENT_TYPES,
    INTER_CODES,
    Actor,
    Estimate,
    Incident,
    Report,
    Stop,
    date_precision_for_time,
    disorder_type_for,
)
from ..incidents_load import Problem
from ..places import REGION_BBOX

if TYPE_CHECKING:
    import pandas as pd

    from ..gazetteer import Gazetteer

__all__ = ["ACLED_COLUMNS", "OUR_COLUMNS", "incidents_to_frame", "frame_to_incidents",
           "normalise_frame", "stops_frame", "paths_frame", "records", "geocode_frame",
           "COUNTRY_NAMES", "line_finder"]

#: ACLED export columns in ACLED's order (the 2023 set of 31 columns).
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)
_COUNT_COLUMNS = tuple(f"{k}_{p}" for k in COUNT_FIELDS for p in ("low", "best", "high")
                       if (k, p) != ("fatalities", "best"))
#: Our columns, after ACLED's. ``stops``/``reports`` hold JSON lists (YAML form).
OUR_COLUMNS = (
    "title", "date_end", "date_precision", "verification", *_COUNT_COLUMNS, "place",
    "border_segment", "border_km", "side", "segment_status", "stops", "reports",
)
INT_COLUMNS = ("year", "time_precision", "inter1", "inter2", "interaction", "iso",
               "geo_precision", "fatalities", *_COUNT_COLUMNS)
FLOAT_COLUMNS = ("latitude", "longitude", "border_km")
JSON_COLUMNS = ("stops", "reports")
#: Columns of ours that ACLED has no field for and that we keep in ``extra``.
_EXTRA_ACLED = ("admin3", "source_scale", "timestamp")

COUNTRY_NAMES = {"KG": "Kyrgyzstan", "TJ": "Tajikistan", "UZ": "Uzbekistan",
                 "AF": "Afghanistan", "KZ": "Kazakhstan", "CN": "China"}
COUNTRY_CODES = {v.casefold(): k for k, v in COUNTRY_NAMES.items()}
ISO_NUMERIC = {"KG": 417, "TJ": 762, "UZ": 860, "AF": 4, "KZ": 398, "CN": 156}
ACLED_REGION = {"KG": "Caucasus and Central Asia", "TJ": "Caucasus and Central Asia",
                "UZ": "Caucasus and Central Asia", "KZ": "Caucasus and Central Asia",
                "AF": "South Asia", "CN": "East Asia"}
_INTER_BY_LABEL = {v.casefold(): k for k, v in INTER_CODES.items()}
_INTER_BY_LABEL.update({"state forces": 1, "rebel group": 2, "political militia": 3,
                        "identity militia": 4, "rioters": 5, "protesters": 6, "civilians": 7,
                        "external/other forces": 8})


# -- helpers over plain values -----------------------------------------------------------

def _missing(v: Any) -> bool:
    if v is None:
        return True
    if isinstance(v, float) and math.isnan(v):
        return True
    if isinstance(v, str) and v == "":
        return True
    try:
        import pandas as pd

        return v is pd.NA or v is pd.NaT
    except ImportError:  # pragma: no cover
        return False


def _s(v: Any) -> str:
    return "" if _missing(v) else str(v)


def _i(v: Any) -> int | None:
    if _missing(v):
        return None
    if isinstance(v, str):
        v = v.strip()
        return int(float(v)) if v else None
    return int(v)


def _f(v: Any) -> float | None:
    return None if _missing(v) else float(v)


def _json(v: Any) -> list:
    if _missing(v):
        return []
    if isinstance(v, list | tuple):
        return list(v)
    if hasattr(v, "tolist"):
        return v.tolist()
    return json.loads(v)


def _interaction(a: int | None, b: int | None) -> int | None:
    if a is None and b is None:
        return None
    if a is None or b is None:
        return (a or b) * 10
    lo, hi = sorted((a, b))
    return lo * 10 + hi


def _dumps(v: Any) -> str:
    return json.dumps(v, ensure_ascii=False, separators=(",", ":"))


# -- incidents <-> records ---------------------------------------------------------------

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
               stops=_dumps([s.to_dict() for s in inc.locations]),
               reports=_dumps([r.to_dict() for r in inc.reports]) if inc.reports else None)
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


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows of the table as dicts of plain Python values (``None`` for missing)."""
    out = []
    cols = list(frame.columns)
    arrays = []
    for c in cols:
        s = frame[c]
        if str(s.dtype) == "Int64":
            arrays.append([None if v is pd_na() else int(v) for v in s.array])
        elif s.dtype.kind == "f":
            arrays.append([None if math.isnan(v) else float(v) for v in s.to_numpy()])
        else:
            arrays.append([None if _missing(v) else v for v in s.to_numpy()])
    for row in zip(*arrays, strict=True):
        out.append(dict(zip(cols, row, strict=True)))
    return out


def pd_na():
    import pandas as pd

    return pd.NA


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


def _inter(v: Any) -> int | None:
    if _missing(v):
        return None
    if isinstance(v, str) and not v.strip().isdigit():
        return _INTER_BY_LABEL.get(v.strip().casefold())
    return _i(v)


def stop_from_dict(d: dict, fallback_country: str = "") -> Stop:
    explicit = d.get("lat") is not None
    return Stop(
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
    stops_data = _json(rec.get("stops"))
    if stops_data:
        stops = tuple(stop_from_dict(d) for d in stops_data)
    else:
        stops = (Stop(place=_s(rec.get("place")), lat=_f(rec.get("latitude")),
                      lon=_f(rec.get("longitude")), name=_s(rec.get("location")),
                      source=coord_source,
                      country=country, admin1=_s(rec.get("admin1")), admin2=_s(rec.get("admin2")),
                      explicit=not _missing(rec.get("latitude"))),)
    reports_data = _json(rec.get("reports"))
    if reports_data:
        reports = tuple(report_from_dict(d) for d in reports_data)
    elif _s(rec.get("source")):
        claims = {}
        if _i(rec.get("fatalities")) is not None:
            claims["fatalities"] = _i(rec.get("fatalities"))
        reports = tuple(Report(outlet=o.strip(), claims=claims)
                        for o in _s(rec.get("source")).split(";") if o.strip())
    else:
        reports = ()
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
    start = date.fromisoformat(_s(rec.get("event_date")))
    end_text = _s(rec.get("date_end"))
    dprec = _s(rec.get("date_precision")) or date_precision_for_time(
        _i(rec.get("time_precision")))
    known = set(ACLED_COLUMNS) | set(OUR_COLUMNS)
    extra = {k: v for k, v in rec.items() if k not in known and not _missing(v)}
    for k in _EXTRA_ACLED:
        if not _missing(rec.get(k)):
            extra[k] = rec[k]
    if country and country not in COUNTRY_NAMES and country_text:
        country = country_text
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
        border_segment=_s(rec.get("border_segment")) or None, border_km=_f(rec.get("border_km")),
        side=_s(rec.get("side")) or None, segment_status=_s(rec.get("segment_status")) or None,
        **counts,
    )


def _default_title(rec: dict) -> str:
    where = _s(rec.get("location")) or _s(rec.get("admin1")) or _s(rec.get("country"))
    return f"{_s(rec.get('sub_event_type')) or _s(rec.get('event_type'))} — {where}".strip(" —")


def frame_to_incidents(frame: pd.DataFrame, coord_source: str = "ACLED") -> list[Incident]:
    """Incidents of a flat table (the inverse of :func:`incidents_to_frame`)."""
    return [incident_from_record(r, coord_source) for r in records(frame)]


# -- imported CSV text -> typed table --------------------------------------------------

def line_finder(text: str | bytes) -> Callable[[int], int]:
    """Maps a 0-based data record index of CSV ``text`` to its first physical line.

    The file is scanned only when a problem asks for a line.
    """
    starts: list[int] = []

    def find(i: int) -> int:
        nonlocal text
        if not starts:
            if isinstance(text, bytes):
                text = text.decode("utf-8-sig", errors="replace")
            reader = csv.reader(io.StringIO(text))
            line = 1
            for _ in reader:
                starts.append(line)
                line = reader.line_num + 1
        return starts[i + 1] if i + 1 < len(starts) else 0

    return find


class _Collector:
    """Problems of an imported table, each at the record's physical line."""

    def __init__(self, where: str, line_of: Callable[[int], int], limit: int = 200):
        self.where, self.line_of, self.limit = where, line_of, limit
        self.problems: list[Problem] = []
        self.total = 0

    def mask(self, bad, field: str, message: Callable[[int], str]) -> None:
        import numpy as np

        for i in np.flatnonzero(np.asarray(bad)):
            self.total += 1
            if len(self.problems) < self.limit:
                self.problems.append(Problem(self.where, self.line_of(int(i)), field,
                                             message(int(i))))


def normalise_frame(raw: pd.DataFrame, where: str, line_of: Callable[[int], int],
                    id_prefix: str = "row") -> tuple[pd.DataFrame, list[Problem]]:
    """Typed incident table from an all-text ACLED-style table; every problem listed.

    Parameters
    ----------
    raw
        Columns named as ACLED's (and ours); cells are text, missing cells ``""``.
    where
        File name for problem messages; ``line_of`` maps a row index to its line.
    """
    import numpy as np
    import pandas as pd

    col = _Collector(where, line_of)
    n = len(raw)
    out = pd.DataFrame(index=raw.index)

    def text(name: str) -> pd.Series:
        return raw[name].astype(str).str.strip() if name in raw else \
            pd.Series([""] * n, index=raw.index, dtype=object)

    ids = text("event_id_cnty")
    empty = ids == ""
    if empty.any():
        ids = ids.where(~empty, pd.Series([f"{id_prefix}-{i + 1}" for i in range(n)],
                                          index=raw.index))
    dup = ids.duplicated(keep="first")
    col.mask(dup, "event_id_cnty", lambda i: f"duplicate id {ids.iloc[i]!r} — ids must be "
             "unique")
    out["event_id_cnty"] = ids
    start = _parse_dates(text("event_date"))
    col.mask(start.isna(), "event_date", lambda i: f"{raw['event_date'].iloc[i]!r} is not a "
             "date — use YYYY-MM-DD or '12 May 2006'" if "event_date" in raw else
             "missing — the file needs an event_date column")
    end_text = text("date_end")
    end = _parse_dates(end_text).fillna(start)
    col.mask((end < start).fillna(False), "date_end", lambda i: "before event_date — fix one")
    out["event_date"] = start.dt.strftime("%Y-%m-%d")
    out["year"] = start.dt.year.astype("Int64")
    tp = _ints(text("time_precision"), col, "time_precision", 1, 3)
    out["time_precision"] = tp.fillna(1).astype("Int64")
    dprec = text("date_precision")
    bad = (dprec != "") & ~dprec.isin(DATE_PRECISIONS)
    col.mask(bad, "date_precision", lambda i: f"{dprec.iloc[i]!r} — use day, week, month or "
             "year")
    mapped = out["time_precision"].map({1: "day", 2: "week", 3: "month"}).astype(object)
    out["date_precision"] = dprec.where(dprec != "", mapped)
    et, st = text("event_type"), text("sub_event_type")
    pairs = {(t, s) for t, subs in EVENT_TYPES.items() for s in subs}
    bad_type = ~et.isin(list(EVENT_TYPES))
    col.mask(bad_type, "event_type", lambda i: f"unknown ACLED event type {et.iloc[i]!r}")
    joined = et + "\x1f" + st
    ok_pair = joined.isin([f"{t}\x1f{x}" for t, x in pairs]).astype(bool)
    col.mask(~bad_type & ~ok_pair, "sub_event_type",
             lambda i: f"{st.iloc[i]!r} is not a sub-event type of {et.iloc[i]!r}")
    out["event_type"], out["sub_event_type"] = et, st
    dmap = {j: disorder_type_for(*j.split("\x1f", 1)) for j in joined.unique()}
    out["disorder_type"] = joined.map(dmap)
    for name in ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "civilian_targeting",
                 "admin1", "admin2", "admin3", "location", "source", "source_scale", "notes",
                 "tags", "timestamp", "title", "verification", "place", "border_segment",
                 "side", "segment_status", "stops", "reports"):
        out[name] = text(name).replace("", None) if name in raw else None
    for n_ in ("1", "2"):
        raw_inter = text(f"inter{n_}")
        codes_map = {v: _inter(v) for v in raw_inter.unique()}
        out[f"inter{n_}"] = pd.array(raw_inter.map(codes_map).astype(object), dtype="Int64")
    i1, i2 = out["inter1"], out["inter2"]
    lo, hi = i1.where(i1 <= i2, i2), i2.where(i1 <= i2, i1)
    both = lo * 10 + hi
    out["interaction"] = both.fillna(i1.fillna(i2) * 10).astype("Int64")
    country = text("country")
    codes = country.str.casefold().map(COUNTRY_CODES)
    out["country"] = country.replace("", None)
    out["iso"] = pd.array(codes.map(ISO_NUMERIC), dtype="Int64")
    out["region"] = text("region").replace("", None) if "region" in raw else codes.map(
        ACLED_REGION)
    lat = pd.to_numeric(text("latitude").replace("", None), errors="coerce")
    lon = pd.to_numeric(text("longitude").replace("", None), errors="coerce")
    bad_num = (text("latitude") != "") & lat.isna() | (text("longitude") != "") & lon.isna()
    col.mask(bad_num, "latitude", lambda i: "latitude/longitude are not decimal degrees")
    x0, y0, x1, y1 = REGION_BBOX
    inside = lon.between(x0, x1) & lat.between(y0, y1)
    swapped = lat.between(x0, x1) & lon.between(y0, y1)
    has = lat.notna() & lon.notna()
    col.mask(has & ~inside, "latitude", lambda i: f"({lat.iloc[i]}, {lon.iloc[i]}) is outside"
             " the region" + (" — lat and lon look swapped" if swapped.iloc[i] else
                              " — check the coordinate"))
    no_where = ~has & (out["location"].isna() & out["place"].isna())
    col.mask(no_where, "latitude", lambda i: "no coordinates and no location — give "
             "latitude/longitude or a location name")
    out["latitude"], out["longitude"] = lat.astype("float64"), lon.astype("float64")
    out["geo_precision"] = _ints(text("geo_precision"), col, "geo_precision", 1, 3)
    out["fatalities"] = _ints(text("fatalities"), col, "fatalities", 0, None)
    for c in _COUNT_COLUMNS:
        out[c] = _ints(text(c), col, c, 0, None) if c in raw else \
            pd.array([pd.NA] * n, dtype="Int64")
    for key in COUNT_FIELDS:
        best = "fatalities" if key == "fatalities" else f"{key}_best"
        lo, be, hi = out[f"{key}_low"], out[best], out[f"{key}_high"]
        if key == "fatalities" and "fatalities_low" not in raw:
            out["fatalities_low"], out["fatalities_high"] = be.copy(), be.copy()
            continue
        bad = ((lo > be) | (be > hi) | (lo > hi)).fillna(False)
        col.mask(bad, key, lambda i, k=key: f"{k} low/best/high out of order — low ≤ best ≤ "
                 "high")
    out["title"] = out["title"]
    out["date_end"] = end.dt.strftime("%Y-%m-%d")
    out["border_km"] = pd.to_numeric(text("border_km").replace("", None), errors="coerce"
                                     ).astype("float64")
    extras = [c for c in raw.columns if c not in ACLED_COLUMNS and c not in OUR_COLUMNS]
    for c in extras:
        out[c] = text(c).replace("", None)
    out = out[list(ACLED_COLUMNS + OUR_COLUMNS) + extras]
    for c in out.columns:
        if out[c].dtype == object:
            out[c] = out[c].where(out[c].notna(), None)
    if col.total > len(col.problems):
        col.problems.append(Problem(where, 0, "file", f"… and {col.total - len(col.problems)}"
                                    " more problems"))
    del np
    return out.reset_index(drop=True), col.problems


def _parse_dates(s: pd.Series) -> pd.Series:
    import pandas as pd

    iso = pd.to_datetime(s.where(s != "", None), format="%Y-%m-%d", errors="coerce")
    rest = iso.isna() & (s != "")
    if rest.any():
        iso[rest] = pd.to_datetime(s[rest], format="%d %B %Y", errors="coerce")
    return iso


def _ints(s: pd.Series, col: _Collector, field: str, lo: int | None, hi: int | None
          ) -> pd.Series:
    import pandas as pd

    num = pd.to_numeric(s.where(s != "", None), errors="coerce")
    bad = (s != "") & (num.isna() | (num != num.round()))
    if lo is not None:
        bad |= (num < lo).fillna(False)
    if hi is not None:
        bad |= (num > hi).fillna(False)
    rng = f"{lo}..{hi}" if hi is not None else f"{lo} or more"
    col.mask(bad, field, lambda i: f"{s.iloc[i]!r} — expected a whole number {rng}")
    return pd.array(num.where(~bad).round(), dtype="Int64")


# -- geocoding of imported rows --------------------------------------------------------

def geocode_frame(frame: pd.DataFrame, gazetteer: Gazetteer, max_km: float = 10.0
                  ) -> pd.DataFrame:
    """Link rows without a ``place`` to the gazetteer place their ``location`` names.

    Each distinct (location, country) is looked up once (exact and variant spellings,
    no fuzzy matching). A row with coordinates takes the place only when it lies within
    ``max_km`` of them; a row without coordinates takes the place's coordinates.
    """
    import numpy as np

    need = frame["place"].isna() & frame["location"].notna()
    if not need.any():
        return frame
    codes = frame["country"].fillna("").astype(str).str.casefold().map(COUNTRY_CODES)
    keys = list(zip(frame.loc[need, "location"], codes[need].fillna(""), strict=True))
    found: dict[tuple[str, str], Any] = {}
    for key in dict.fromkeys(keys):
        hits = gazetteer.lookup(key[0], country=key[1] or None, limit=1, fuzzy=False)
        found[key] = hits[0].place if hits else None
    places = [found[k] for k in keys]
    plat = np.array([p.lat if p else np.nan for p in places])
    plon = np.array([p.lon if p else np.nan for p in places])
    lat = frame.loc[need, "latitude"].to_numpy(dtype="float64")
    lon = frame.loc[need, "longitude"].to_numpy(dtype="float64")
    dist = _haversine(lat, lon, plat, plon)
    take = ~np.isnan(plat) & (np.isnan(lat) | (dist <= max_km))
    idx = frame.index[need][take]
    frame.loc[idx, "place"] = [p.id for p, t in zip(places, take, strict=True) if t]
    fill = take & np.isnan(lat)
    fidx = frame.index[need][fill]
    if len(fidx):
        frame.loc[fidx, "latitude"] = plat[fill]
        frame.loc[fidx, "longitude"] = plon[fill]
    return frame


def _haversine(lat1, lon1, lat2, lon2):
    import numpy as np

    p1, p2 = np.radians(lat1), np.radians(lat2)
    a = np.sin((p2 - p1) / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(
        np.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * np.arcsin(np.minimum(1.0, np.sqrt(a)))


# -- stops and paths -------------------------------------------------------------------

STOP_COLUMNS = ("incident_id", "seq", "place", "name", "role", "relation", "date", "time",
                "time_note", "precision_m", "primary", "timed", "latitude", "longitude")


def stops_frame(frame: pd.DataFrame, resolve: Callable[[str], tuple[float, float] | None]
                | None = None) -> pd.DataFrame:
    """One row per stop: rows with a ``stops`` list give theirs, others one implied stop.

    ``resolve`` gives (lat, lon) of a place id for stops written as a place only.
    """
    import pandas as pd

    has = frame["stops"].notna()
    simple = frame.loc[~has]
    parts = [pd.DataFrame({
        "incident_id": simple["event_id_cnty"].to_numpy(), "seq": 0,
        "place": simple["place"].to_numpy(), "name": simple["location"].to_numpy(),
        "role": None, "relation": "at", "date": simple["event_date"].to_numpy(), "time": None,
        "time_note": None, "precision_m": None, "primary": True, "timed": False,
        "latitude": simple["latitude"].to_numpy(), "longitude": simple["longitude"].to_numpy(),
    })]
    rows = []
    for iid, start, text, plat, plon in zip(frame.loc[has, "event_id_cnty"],
                                            frame.loc[has, "event_date"],
                                            frame.loc[has, "stops"],
                                            frame.loc[has, "latitude"],
                                            frame.loc[has, "longitude"], strict=True):
        stops = _json(text)
        prim = next((i for i, s in enumerate(stops) if s.get("primary")), 0)
        for seq, s in enumerate(stops):
            lat, lon = s.get("lat"), s.get("lon")
            if lat is None and s.get("place") and resolve is not None:
                got = resolve(s["place"])
                if got:
                    lat, lon = got
            if lat is None and seq == prim:
                lat, lon = plat, plon
            rows.append((iid, seq, s.get("place"), s.get("name") or s.get("place"),
                         s.get("role"), s.get("relation", "at"), s.get("date") or start,
                         s.get("time"), s.get("time_note"), s.get("precision_m"), seq == prim,
                         bool(s.get("time") or s.get("date")), lat, lon))
    if rows:
        parts.append(pd.DataFrame.from_records(rows, columns=STOP_COLUMNS))
    out = pd.concat([p for p in parts if len(p)], ignore_index=True) if any(
        len(p) for p in parts) else parts[0]
    out["seq"] = out["seq"].astype("int64")
    out["precision_m"] = pd.array(out["precision_m"], dtype="Int64")
    out["primary"] = out["primary"].astype(bool)
    out["timed"] = out["timed"].astype(bool)
    for c in ("latitude", "longitude"):
        out[c] = pd.to_numeric(out[c], errors="coerce").astype("float64")
    for c in ("incident_id", "place", "name", "role", "relation", "date", "time", "time_note"):
        out[c] = out[c].astype(object).where(out[c].notna(), None)
    return out


def paths_frame(stops: pd.DataFrame) -> tuple[list[str], list[list[tuple[float, float]]]]:
    """(incident ids, lon/lat vertex lists) of incidents whose stops form a route.

    Stops form a route when two or more are located and a later stop has its own time
    or date: a raid moving from post to post. Several sites hit at once (shelling of
    villages on one day) are stops, not a path.
    """
    ids, lines = [], []
    located = stops[stops["latitude"].notna() & stops["longitude"].notna()]
    counts = located["incident_id"].value_counts()
    timed = set(stops.loc[stops["timed"] & (stops["seq"] > 0), "incident_id"])
    multi = set(counts[counts >= 2].index) & timed
    if not multi:
        return ids, lines
    sub = located[located["incident_id"].isin(multi)].sort_values(["incident_id", "seq"],
                                                                   kind="stable")
    order = list(dict.fromkeys(stops.loc[stops["incident_id"].isin(multi), "incident_id"]))
    groups = {k: g for k, g in sub.groupby("incident_id", sort=False)}
    for iid in order:
        g = groups[iid]
        verts: list[tuple[float, float]] = []
        for v in zip(g["longitude"], g["latitude"], strict=True):
            if not verts or verts[-1] != v:  # a stop at the same point adds no segment
                verts.append(v)
        if len(verts) >= 2:
            ids.append(iid)
            lines.append(verts)
    return ids, lines


def ordered_columns(columns: Sequence[str]) -> list[str]:
    """ACLED's columns, ours, then the rest in their order."""
    known = [c for c in ACLED_COLUMNS + OUR_COLUMNS if c in columns]
    return known + [c for c in columns if c not in set(ACLED_COLUMNS + OUR_COLUMNS)]
