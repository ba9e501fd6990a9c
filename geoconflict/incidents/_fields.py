"""Parsers of the nested fields of an incident mapping: actors, stops and reports.

Each takes the file's ``_Checker``, records every problem it finds, and returns the
value (an :class:`Actor`, :class:`Stop` or :class:`Report`) or ``None`` when it has any.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any

from ..region import REGION_BBOX, in_region
from ._checker import _Checker, _last_day, _strip, _text, parse_date
from .model import ACTOR_ROLES, COUNT_FIELDS, RELATIONS, Actor, Report, Stop

if TYPE_CHECKING:
    from ..gazetteer.index import Gazetteer

_STOP_FIELDS = ("place", "lat", "lon", "name", "relation", "role", "date", "time", "time_note",
                "precision_m", "source", "country", "admin1", "admin2", "primary", "note")
_REPORT_FIELDS = ("id", "outlet", "title", "date", "url", "claims", "note")
_ACTOR_FIELDS = ("name", "role", "inter")
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _parse_actor(ck: _Checker, rec: Any, field: str) -> Actor | None:
    if isinstance(rec, str):
        return Actor(rec)
    if not isinstance(rec, dict):
        ck.add({}, None, field, "an actor is a name or {name, role, inter}")
        return None
    ck.unknown_fields(rec, _ACTOR_FIELDS, f"{field}.")
    name, role, inter = _text(rec.get("name")).strip(), rec.get("role", "actor1"), rec.get("inter")
    ok = True
    if not name:
        ck.add(rec, "name", f"{field}.name", "missing — name the actor (e.g. 'Military Forces "
               "of Kyrgyzstan')")
        ok = False
    if role not in ACTOR_ROLES:
        ck.add(rec, "role", f"{field}.role", f"{role!r} is not a role — use one of "
               f"{', '.join(ACTOR_ROLES)}")
        ok = False
    if inter is not None:
        if isinstance(inter, bool) or not isinstance(inter, int) or not 1 <= inter <= 8:
            ck.add(rec, "inter", f"{field}.inter", f"{inter!r} is not an ACLED inter code — "
                   "use 1 (state forces) … 8 (external/other forces)")
            ok = False
        elif role not in ("actor1", "actor2"):
            ck.add(rec, "inter", f"{field}.inter", "ACLED keeps inter codes for actor1 and "
                   "actor2 only — drop it or change the role")
            ok = False
    return Actor(name, role, inter) if ok else None


def _parse_stop(ck: _Checker, rec: Any, field: str, span: tuple[date, date] | None) -> Stop | None:
    if not isinstance(rec, dict):
        ck.add({}, None, field, "a stop is a mapping with 'place' or 'lat'/'lon'")
        return None
    n_before = len(ck.problems)
    ck.unknown_fields(rec, _STOP_FIELDS, f"{field}.")
    place, lat, lon, explicit = _stop_location(ck, rec, field)
    relation = rec.get("relation", "at")
    if relation not in RELATIONS:
        ck.add(rec, "relation", f"{field}.relation", f"{relation!r} — use 'at' or 'near'")
    stop_date, time = _stop_when(ck, rec, field, span)
    prec = rec.get("precision_m")
    if prec is not None and (isinstance(prec, bool) or not isinstance(prec, int) or prec <= 0):
        ck.add(rec, "precision_m", f"{field}.precision_m", f"{prec!r} — give a radius in metres"
               " (a positive whole number)")
    primary = rec.get("primary", False)
    if not isinstance(primary, bool):
        ck.add(rec, "primary", f"{field}.primary", "write true or false")
    if len(ck.problems) > n_before:
        return None
    return Stop(
        place=place, lat=lat if explicit else None, lon=lon if explicit else None,
        name=_text(rec.get("name")), relation=relation, role=_text(rec.get("role")),
        date=stop_date, time=time, time_note=_text(rec.get("time_note")),
        precision_m=prec, source=_text(rec.get("source")),
        country=_text(rec.get("country")).upper(), admin1=_text(rec.get("admin1")),
        admin2=_text(rec.get("admin2")), primary=primary, note=_text(rec.get("note")),
        explicit=explicit, line=rec.get("__line__", 0),
    )


def _stop_location(ck: _Checker, rec: dict, field: str) -> tuple[str, Any, Any, bool]:
    """(place, lat, lon, explicit) of a stop: a gazetteer id and/or sourced coordinates."""
    place = _text(rec.get("place")).strip()
    lat, lon = rec.get("lat"), rec.get("lon")
    explicit = lat is not None or lon is not None
    if place and ck.gaz is not None and place not in ck.gaz:
        ck.add(rec, "place", f"{field}.place", _unknown_place(ck.gaz, place))
    if not place and not explicit:
        ck.add(rec, None, field, "no location — give a gazetteer 'place' id or 'lat' and 'lon'")
    if explicit:
        if lat is None or lon is None:
            gone = "lat" if lat is None else "lon"
            ck.add(rec, gone, f"{field}.{gone}",
                   "missing — give both lat and lon (decimal degrees, WGS 84)")
        else:
            try:
                lat, lon = float(lat), float(lon)
            except (TypeError, ValueError):
                ck.add(rec, "lat", f"{field}.lat", f"({lat!r}, {lon!r}) are not decimal degrees")
            else:
                if not in_region(lon, lat):
                    hint = ("lat and lon look swapped — exchange them" if in_region(lat, lon)
                            else f"the region is lon {REGION_BBOX[0]}..{REGION_BBOX[2]}, "
                                 f"lat {REGION_BBOX[1]}..{REGION_BBOX[3]}")
                    ck.add(rec, "lat", f"{field}.lat", f"({lat}, {lon}) is outside the region"
                           f" — {hint}")
        if not place and not _text(rec.get("source")).strip():
            ck.add(rec, "lat", f"{field}.source", "explicit coordinates need a source — cite "
                   "where they come from (URL, map, 'ACLED')")
    return place, lat, lon, explicit


def _stop_when(ck: _Checker, rec: dict, field: str, span: tuple[date, date] | None
               ) -> tuple[date | None, str]:
    """(date, time) of a stop: a date within the incident's span, a local HH:MM time."""
    stop_date = None
    if rec.get("date") is not None:
        stop_date, err = parse_date(rec["date"])
        if err:
            ck.add(rec, "date", f"{field}.date", err)
        elif span and not span[0] <= stop_date <= span[1]:
            ck.add(rec, "date", f"{field}.date", f"{stop_date} is outside the incident's dates "
                   f"{span[0]}..{span[1]} — fix the stop date or the incident dates")
    time = _text(rec.get("time")).strip()
    if time and not _TIME.match(time):
        ck.add(rec, "time", f"{field}.time", f"{time!r} is not a local time — write HH:MM (24 h)"
               "; put vaguer times in time_note")
    return stop_date, time


def _unknown_place(gaz: Gazetteer, place: str) -> str:
    from rapidfuzz import process

    close = [m[0] for m in process.extract(place, [p.id for p in gaz.places], limit=3,
                                           score_cutoff=60)]
    for cand in gaz.lookup(place.replace("-", " "), limit=2):
        if cand.place.id not in close:
            close.insert(0, cand.place.id)
    hint = (f"did you mean {', '.join(close[:3])}?" if close
            else "check the id in gazetteer/places/ or give lat/lon with a source")
    return f"unknown place id {place!r} — {hint}"


def _parse_report(ck: _Checker, rec: Any, field: str, start: date | None,
                  draft: bool = False) -> Report | None:
    """A report; a draft's report may lack the outlet its article did not name."""
    if not isinstance(rec, dict):
        ck.add({}, None, field, "a report is a mapping with outlet, title, date, url, claims")
        return None
    n_before = len(ck.problems)
    ck.unknown_fields(rec, _REPORT_FIELDS, f"{field}.")
    if not draft and not _text(rec.get("outlet")).strip():
        ck.add(rec, "outlet", f"{field}.outlet", "missing — name the outlet or source")
    rdate = _text(rec.get("date")).strip()
    if rdate:
        _check_report_date(ck, rec, field, rdate, start)
    url = _text(rec.get("url")).strip()
    if url and not re.match(r"^https?://\S+$", url):
        ck.add(rec, "url", f"{field}.url", f"{url!r} is not an http(s) URL")
    claims = rec.get("claims") or {}
    if not isinstance(claims, dict):
        ck.add(rec, "claims", f"{field}.claims", "claims is a mapping (fatalities: 13, ...)")
        claims = {}
    for key in COUNT_FIELDS:
        if key in claims:
            ck.count(claims, key, f"{field}.claims.{key}", claims[key], ("scope", "note"))
    if len(ck.problems) > n_before:
        return None
    return Report(outlet=_text(rec.get("outlet")).strip(), title=_text(rec.get("title")),
                  date=rdate, url=url, id=_text(rec.get("id")), claims=_strip(claims),
                  note=_text(rec.get("note")))


def _check_report_date(ck: _Checker, rec: dict, field: str, rdate: str,
                       start: date | None) -> None:
    """A report's date: YYYY-MM-DD, YYYY-MM or YYYY, real, and not before the incident."""
    if not _PARTIAL_DATE.match(rdate):
        ck.add(rec, "date", f"{field}.date", f"{rdate!r} — write YYYY-MM-DD (or YYYY-MM)")
        return
    try:
        last = _last_day(rdate)
    except ValueError as exc:
        ck.add(rec, "date", f"{field}.date", f"{rdate} is not a real date ({exc})")
        return
    if start and last < start:
        ck.add(rec, "date", f"{field}.date", f"report dated {rdate}, before the "
               f"incident began on {start} — check both dates")
    if len(rdate) == 10 and parse_date(rdate)[1]:
        ck.add(rec, "date", f"{field}.date", parse_date(rdate)[1])
