"""The stops and paths of the flat table, for the map-like formats (GeoPackage, KML).

``stops_frame`` gives one row per stop (a row's stops list, or the one stop a row
implies); ``paths_frame`` the routes of incidents whose stops happened one after another.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..incidents.model import forms_route
from ._values import _json

if TYPE_CHECKING:
    import pandas as pd

STOP_COLUMNS = ("incident_id", "seq", "place", "name", "role", "relation", "date", "time",
                "time_note", "precision_m", "primary", "timed", "latitude", "longitude")


def stops_frame(frame: pd.DataFrame, resolve: Callable[[str], tuple[float, float] | None]
                | None = None) -> pd.DataFrame:
    """One row per stop: rows with a ``stops`` list give theirs, others one implied stop.

    ``resolve`` gives (lat, lon) of a place id for stops written as a place only.
    """
    import pandas as pd

    has = frame["stops"].notna()
    parts = [_implied_stops(frame.loc[~has])]
    rows = _listed_stops(frame.loc[has], resolve)
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


def _implied_stops(simple: pd.DataFrame) -> pd.DataFrame:
    """The one stop of each row without a stops list: its point, primary, untimed."""
    import pandas as pd

    return pd.DataFrame({
        "incident_id": simple["event_id_cnty"].to_numpy(), "seq": 0,
        "place": simple["place"].to_numpy(), "name": simple["location"].to_numpy(),
        "role": None, "relation": "at", "date": simple["event_date"].to_numpy(), "time": None,
        "time_note": None, "precision_m": None, "primary": True, "timed": False,
        "latitude": simple["latitude"].to_numpy(), "longitude": simple["longitude"].to_numpy(),
    })


def _listed_stops(listed: pd.DataFrame, resolve: Callable[[str], tuple[float, float] | None]
                  | None) -> list[tuple]:
    """STOP_COLUMNS tuples of the rows' stops lists; the primary stop falls back on the row's
    point, a stop given as a place only on ``resolve``."""
    rows = []
    for iid, start, text, plat, plon in zip(listed["event_id_cnty"], listed["event_date"],
                                            listed["stops"], listed["latitude"],
                                            listed["longitude"], strict=True):
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
    return rows


def paths_frame(stops: pd.DataFrame) -> tuple[list[str], list[list[tuple[float, float]]]]:
    """(incident ids, lon/lat vertex lists) of incidents whose stops form a route.

    The rule is :func:`geoconflict.incidents.model.forms_route`.
    """
    ids, lines = [], []
    has_point = stops["latitude"].notna() & stops["longitude"].notna()
    located = stops[has_point]
    # Cheap superset first (two located stops, a later one timed), then the rule itself.
    counts = located["incident_id"].value_counts()
    timed = set(stops.loc[stops["timed"] & (stops["seq"] > 0), "incident_id"])
    maybe = set(counts[counts >= 2].index) & timed
    ordered = stops[stops["incident_id"].isin(maybe)].assign(_located=has_point)
    ordered = ordered.sort_values(["incident_id", "seq"], kind="stable")
    multi = {iid for iid, g in ordered.groupby("incident_id", sort=False)
             if forms_route(list(g["_located"]), list(g["timed"]))}
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
