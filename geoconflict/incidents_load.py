"""Read, check and write incident YAML files, keeping the line of every field.

Every problem of every file is collected and reported as
``file:line: field: what is wrong — how to fix``; nothing is loaded while any remains.
"""

from __future__ import annotations

import calendar
import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from ._errors import DataError, IncidentsError
from .incidents import (
    ACTOR_ROLES,
    COUNT_FIELDS,
    DATE_PRECISIONS,
    EVENT_TYPES,
    RELATIONS,
    VERIFICATION,
    Actor,
    Estimate,
    Incident,
    Report,
    Stop,
    merge_claims,
)
from .io import write_text_atomic
from .places import REGION_BBOX, _LineLoader

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

__all__ = ["Problem", "load_incidents", "parse_incidents", "validate_files",
           "dump_incidents", "save_incidents", "parse_date", "in_region"]

_INCIDENT_FIELDS = (
    "id", "title", "date_start", "date_end", "date_precision", "event_type", "sub_event_type",
    "actors", "locations", "geo_precision", *COUNT_FIELDS, "reports", "verification",
    "civilian_targeting", "tags", "notes", "extra",
)
_STOP_FIELDS = ("place", "lat", "lon", "name", "relation", "role", "date", "time", "time_note",
                "precision_m", "source", "country", "admin1", "admin2", "primary", "note")
_REPORT_FIELDS = ("id", "outlet", "title", "date", "url", "claims", "note")
_ACTOR_FIELDS = ("name", "role", "inter")
_ACTOR_ORDER = {"actor1": 0, "assoc_actor_1": 1, "actor2": 2, "assoc_actor_2": 3}
_CLAIM_COUNT_FIELDS = ("low", "best", "high", "scope", "note")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]*$")
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_EARLIEST = date(1900, 1, 1)


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem: where (file, line), which field, and the message (what — how to fix)."""

    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field}: {self.message}"


class _IncidentLoader(_LineLoader):
    """The gazetteer's line-keeping loader, also recording the line of every key.

    Dates stay text (no implicit timestamps) so that an impossible date such as
    2021-02-30 is reported with its line instead of failing the whole file.
    """

    yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in _LineLoader.yaml_implicit_resolvers.items()
    }
    # YAML 1.1 reads 12:30 as the sexagesimal number 750: keep times as text.
    for _first, _resolvers in yaml_implicit_resolvers.items():
        _resolvers[:] = [(tag, re.compile(rx.pattern.replace("|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+",
                                                             "").replace(
            "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*", ""), rx.flags))
                         for tag, rx in _resolvers]

    def construct_mapping(self, node, deep=False):  # noqa: D102
        mapping = super().construct_mapping(node, deep=deep)
        mapping["__lines__"] = {
            k.value: k.start_mark.line + 1 for k, _ in node.value if hasattr(k, "value")
        }
        return mapping


def in_region(lat: float, lon: float) -> bool:
    x0, y0, x1, y1 = REGION_BBOX
    return x0 <= lon <= x1 and y0 <= lat <= y1


def parse_date(value: Any) -> tuple[date | None, str]:
    """A calendar date from ``YYYY-MM-DD`` text: (date, "") or (None, what is wrong)."""
    if isinstance(value, date):
        return value, ""
    text = str(value).strip()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if not m:
        return None, f"{text!r} is not a date — write YYYY-MM-DD"
    y, mo, d = (int(g) for g in m.groups())
    try:
        day = date(y, mo, d)
    except ValueError as exc:
        return None, f"{text} is not a real date ({exc}) — check day and month"
    if day < _EARLIEST:
        return None, f"{text} is before 1900 — check the year"
    if day > date.today():
        return None, f"{text} is in the future — check the year"
    return day, ""


def _last_day(partial: str) -> date:
    parts = [int(p) for p in partial.split("-")]
    if len(parts) == 1:
        return date(parts[0], 12, 31)
    if len(parts) == 2:
        return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return date(*parts)


class _Checker:
    """Collects problems of one file; ``at`` gives the line of a field of a mapping."""

    def __init__(self, where: str, problems: list[Problem], gazetteer: Gazetteer | None):
        self.where = where
        self.problems = problems
        self.gaz = gazetteer

    def add(self, rec: dict, key: str | None, field: str, message: str) -> None:
        lines = rec.get("__lines__", {}) if isinstance(rec, dict) else {}
        line = lines.get(key, rec.get("__line__", 0) if isinstance(rec, dict) else 0)
        self.problems.append(Problem(self.where, line, field, message))

    def unknown_fields(self, rec: dict, allowed: tuple[str, ...], prefix: str) -> None:
        for key in rec:
            if key in ("__line__", "__lines__") or key in allowed:
                continue
            close = difflib.get_close_matches(str(key), allowed, n=1, cutoff=0.6)
            hint = f"did you mean {close[0]!r}?" if close else f"allowed: {', '.join(allowed)}"
            self.add(rec, key, f"{prefix}{key}", f"unknown field — {hint}")

    def count(self, rec: dict, key: str, field: str, value: Any,
              extra_keys: tuple[str, ...] = ()) -> Estimate | None:
        """An integer or {low, best, high} mapping, checked; None when it has problems."""
        if isinstance(value, bool) or not isinstance(value, int | dict):
            self.add(rec, key, field, f"{value!r} is not a count — write a whole number or "
                     "{low: n, best: n, high: n}")
            return None
        if isinstance(value, int):
            if value < 0:
                self.add(rec, key, field, f"{value} is negative — counts are 0 or more")
                return None
            return Estimate(value, value, value)
        allowed = ("low", "best", "high", *extra_keys)
        self.unknown_fields(value, allowed, f"{field}.")
        nums: dict[str, int] = {}
        ok = True
        for part in ("low", "best", "high"):
            v = value.get(part)
            if v is None:
                continue
            if isinstance(v, bool) or not isinstance(v, int):
                self.add(value, part, f"{field}.{part}", f"{v!r} is not a whole number")
                ok = False
            elif v < 0:
                self.add(value, part, f"{field}.{part}", f"{v} is negative — counts are 0 or more")
                ok = False
            else:
                nums[part] = v
        if not nums and ok:
            self.add(value, None, field, "no figure — give low, best and/or high")
            return None
        order = [(p, nums[p]) for p in ("low", "best", "high") if p in nums]
        for (pa, a), (pb, b) in zip(order, order[1:], strict=False):
            if a > b:
                self.add(value, pb, field, f"{pa} {a} > {pb} {b} — low ≤ best ≤ high")
                ok = False
        return Estimate(nums.get("low"), nums.get("best"), nums.get("high")) if ok else None


def _text(value: Any) -> str:
    return "" if value is None else str(value)


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
                if not in_region(lat, lon):
                    hint = ("lat and lon look swapped — exchange them" if in_region(lon, lat)
                            else f"the region is lon {REGION_BBOX[0]}..{REGION_BBOX[2]}, "
                                 f"lat {REGION_BBOX[1]}..{REGION_BBOX[3]}")
                    ck.add(rec, "lat", f"{field}.lat", f"({lat}, {lon}) is outside the region"
                           f" — {hint}")
        if not place and not _text(rec.get("source")).strip():
            ck.add(rec, "lat", f"{field}.source", "explicit coordinates need a source — cite "
                   "where they come from (URL, map, 'ACLED')")
    relation = rec.get("relation", "at")
    if relation not in RELATIONS:
        ck.add(rec, "relation", f"{field}.relation", f"{relation!r} — use 'at' or 'near'")
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


def _strip(value: Any) -> Any:
    """A YAML value without the loader's line bookkeeping."""
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if k not in ("__line__", "__lines__")}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value


def _parse_report(ck: _Checker, rec: Any, field: str, start: date | None) -> Report | None:
    if not isinstance(rec, dict):
        ck.add({}, None, field, "a report is a mapping with outlet, title, date, url, claims")
        return None
    n_before = len(ck.problems)
    ck.unknown_fields(rec, _REPORT_FIELDS, f"{field}.")
    if not _text(rec.get("outlet")).strip():
        ck.add(rec, "outlet", f"{field}.outlet", "missing — name the outlet or source")
    rdate = _text(rec.get("date")).strip()
    if rdate:
        if not _PARTIAL_DATE.match(rdate):
            ck.add(rec, "date", f"{field}.date", f"{rdate!r} — write YYYY-MM-DD (or YYYY-MM)")
        else:
            try:
                last = _last_day(rdate)
            except ValueError as exc:
                ck.add(rec, "date", f"{field}.date", f"{rdate} is not a real date ({exc})")
            else:
                if start and last < start:
                    ck.add(rec, "date", f"{field}.date", f"report dated {rdate}, before the "
                           f"incident began on {start} — check both dates")
                if len(rdate) == 10 and parse_date(rdate)[1]:
                    ck.add(rec, "date", f"{field}.date", parse_date(rdate)[1])
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


def _parse_incident(ck: _Checker, rec: Any, seen: dict[str, str], n: int) -> Incident | None:
    if not isinstance(rec, dict):
        ck.problems.append(Problem(ck.where, 0, f"[{n}]", "an incident is a mapping"))
        return None
    n_before = len(ck.problems)
    ck.unknown_fields(rec, _INCIDENT_FIELDS, "")
    iid = _text(rec.get("id")).strip()
    if not iid:
        ck.add(rec, None, "id", f"incident #{n + 1} has no id — add a stable slug")
    elif not _ID.match(iid):
        ck.add(rec, "id", "id", f"{iid!r} — use letters, digits, '.', '_', ':' and '-' only")
    elif iid in seen:
        ck.add(rec, "id", "id", f"duplicate id {iid!r} (first at {seen[iid]}) — make it unique")
    else:
        line = rec.get("__lines__", {}).get("id", rec.get("__line__", 0))
        seen[iid] = f"{ck.where}:{line}"
    if not _text(rec.get("title")).strip():
        ck.add(rec, "title", "title", "missing — write a one-line title in your own words")
    start = end = None
    if rec.get("date_start") is None:
        ck.add(rec, None, "date_start", "missing — write YYYY-MM-DD")
    else:
        start, err = parse_date(rec["date_start"])
        if err:
            ck.add(rec, "date_start", "date_start", err)
    if rec.get("date_end") is not None:
        end, err = parse_date(rec["date_end"])
        if err:
            ck.add(rec, "date_end", "date_end", err)
        elif start and end < start:
            ck.add(rec, "date_end", "date_end", f"{end} is before date_start {start} — swap "
                   "them or fix one")
    elif start:
        end = start
    dprec = rec.get("date_precision", "day")
    if dprec not in DATE_PRECISIONS:
        ck.add(rec, "date_precision", "date_precision", f"{dprec!r} — use one of "
               f"{', '.join(DATE_PRECISIONS)}")
    etype, sub = _text(rec.get("event_type")), _text(rec.get("sub_event_type"))
    if etype not in EVENT_TYPES:
        close = difflib.get_close_matches(etype, list(EVENT_TYPES), n=1, cutoff=0.5)
        hint = f"did you mean {close[0]!r}?" if close else "use an ACLED event type: " + \
            ", ".join(EVENT_TYPES)
        ck.add(rec, "event_type", "event_type", f"unknown event type {etype!r} — {hint}")
    elif sub not in EVENT_TYPES[etype]:
        owner = next((t for t, subs in EVENT_TYPES.items() if sub in subs), None)
        hint = (f"it belongs to {owner!r}" if owner else
                f"use one of {', '.join(EVENT_TYPES[etype])}")
        ck.add(rec, "sub_event_type", "sub_event_type",
               f"{sub!r} is not a sub-event type of {etype!r} — {hint}")
    actors = []
    raw_actors = rec.get("actors") or []
    if not isinstance(raw_actors, list):
        ck.add(rec, "actors", "actors", "actors is a list")
        raw_actors = []
    for i, a in enumerate(raw_actors):
        actor = _parse_actor(ck, a, f"actors[{i}]")
        if actor:
            actors.append(actor)
    actors.sort(key=lambda a: _ACTOR_ORDER[a.role])  # ACLED's column order
    for role in ("actor1", "actor2"):
        if sum(a.role == role for a in actors) > 1:
            ck.add(rec, "actors", "actors", f"more than one {role} — make the others "
                   f"assoc_actor_{role[-1]}")
    stops = []
    raw_stops = rec.get("locations")
    if not isinstance(raw_stops, list) or not raw_stops:
        ck.add(rec, "locations", "locations", "missing or empty — give at least one stop")
        raw_stops = []
    span = (start, end) if start and end else None
    for i, s in enumerate(raw_stops):
        stop = _parse_stop(ck, s, f"locations[{i}]", span)
        if stop:
            stops.append(stop)
    if sum(s.primary for s in stops) > 1:
        ck.add(rec, "locations", "locations", "more than one stop marked primary — keep one")
    _check_stop_order(ck, raw_stops, stops, start)
    gp = rec.get("geo_precision")
    if gp is not None and (isinstance(gp, bool) or gp not in (1, 2, 3)):
        ck.add(rec, "geo_precision", "geo_precision", f"{gp!r} — ACLED geo_precision is 1, 2 "
               "or 3 (or leave it out to derive it)")
    reports = []
    raw_reports = rec.get("reports") or []
    if not isinstance(raw_reports, list):
        ck.add(rec, "reports", "reports", "reports is a list")
        raw_reports = []
    for i, r in enumerate(raw_reports):
        report = _parse_report(ck, r, f"reports[{i}]", start)
        if report:
            reports.append(report)
    counts = {}
    for key in COUNT_FIELDS:
        if rec.get(key) is not None:
            counts[key] = ck.count(rec, key, key, rec[key])
        else:
            counts[key] = merge_claims(reports, key)
    verification = rec.get("verification", "reported")
    if verification not in VERIFICATION:
        ck.add(rec, "verification", "verification", f"{verification!r} — use one of "
               f"{', '.join(VERIFICATION)}")
    civ = rec.get("civilian_targeting", False)
    if not isinstance(civ, bool):
        ck.add(rec, "civilian_targeting", "civilian_targeting", "write true or false")
    tags = rec.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        ck.add(rec, "tags", "tags", "tags is a list of words")
        tags = []
    extra = rec.get("extra") or {}
    if not isinstance(extra, dict):
        ck.add(rec, "extra", "extra", "extra is a mapping of column names to values")
        extra = {}
    if len(ck.problems) > n_before:
        return None
    return Incident(
        id=iid, title=_text(rec.get("title")).strip(), date_start=start, date_end=end,
        date_precision=dprec, event_type=etype, sub_event_type=sub, actors=tuple(actors),
        locations=tuple(stops), geo_precision=gp, reports=tuple(reports),
        verification=verification, civilian_targeting=civ, tags=tuple(tags),
        notes=_text(rec.get("notes")).strip(), extra=_strip(extra),
        line=rec.get("__line__", 0), file=ck.where, **counts,
    )


def _check_stop_order(ck: _Checker, raw: list, stops: list[Stop], start: date | None) -> None:
    """Stops are listed in the order they happened: times must not run backwards."""
    if len(stops) != len(raw):
        return
    prev: tuple[date | None, str] | None = None
    for i, (rec, stop) in enumerate(zip(raw, stops, strict=True)):
        if not stop.time:
            continue
        when = (stop.date or start, stop.time)
        if prev and when[0] == prev[0] and when[1] < prev[1]:
            ck.add(rec, "time", f"locations[{i}].time", f"{stop.time} is earlier than the "
                   f"previous stop's {prev[1]} — list the stops in the order they happened, "
                   "or give this stop its own date")
        prev = when


def parse_incidents(text: str, where: str = "<string>", gazetteer: Gazetteer | None = None,
                    problems: list[Problem] | None = None,
                    seen: dict[str, str] | None = None) -> list[Incident]:
    """Incidents of one YAML text; problems are appended to ``problems`` (or raised).

    Parameters
    ----------
    text
        The YAML: a list of incident mappings.
    where
        The file name used in problem messages.
    gazetteer
        Place ids are checked against it; ``None`` skips that check.
    problems, seen
        Shared between files of one run (problems found so far; ids already used).
    """
    own = problems is None
    problems = [] if problems is None else problems
    seen = {} if seen is None else seen
    try:
        records = yaml.load(text, Loader=_IncidentLoader) or []
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problems.append(Problem(where, mark.line + 1 if mark else 1, "yaml",
                                f"not valid YAML ({getattr(exc, 'problem', exc)}) — fix the "
                                "indentation or quoting"))
        records = []
    if not isinstance(records, list):
        problems.append(Problem(where, 1, "file", "expected a list of incidents — start each "
                                "incident with '- id: ...'"))
        records = []
    ck = _Checker(where, problems, gazetteer)
    out = [inc for n, rec in enumerate(records) if (inc := _parse_incident(ck, rec, seen, n))]
    if own and problems:
        raise IncidentsError(problems)
    return out


def _read(path: str | Path) -> tuple[str, str]:
    if str(path) == "-":
        import sys

        return sys.stdin.read(), "<stdin>"
    try:
        return Path(path).read_text(encoding="utf-8-sig"), str(path)
    except OSError as exc:
        raise DataError(f"{path}: cannot read ({exc.strerror}) — check the path") from None
    except UnicodeDecodeError:
        raise DataError(f"{path}: not UTF-8 text — save it as UTF-8") from None


def _expand(paths: Iterable[str | Path]) -> list[str | Path]:
    out: list[str | Path] = []
    for p in paths:
        if str(p) != "-" and Path(p).is_dir():
            out.extend(sorted(Path(p).glob("*.yaml")) + sorted(Path(p).glob("*.yml")))
        else:
            out.append(p)
    return out


def validate_files(paths: Iterable[str | Path], gazetteer: Gazetteer | None = None
                   ) -> tuple[list[Incident], list[Problem]]:
    """Incidents and every problem of the files (folders: their ``*.yaml``), in one pass."""
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    incidents: list[Incident] = []
    for path in _expand(paths):
        text, where = _read(path)
        incidents.extend(parse_incidents(text, where, gazetteer, problems, seen))
    return incidents, problems


def load_incidents(paths: Iterable[str | Path] | None = None, *,
                   gazetteer: Gazetteer | None = None, derive: bool = True,
                   attach=None) -> list[Incident]:
    """Load, check and (by default) derive incidents from YAML files.

    Parameters
    ----------
    paths
        Files or folders; ``None`` loads the curated dataset shipped with the package.
    gazetteer
        Where place ids are looked up; the shipped gazetteer when ``None``.
    derive
        Fill country, admin1, geo_precision and (when borders are available) the
        border fields; see :func:`geoconflict.incidents_derive.derive`.
    attach
        Border attach function to use instead of ``geoconflict.borders.attach``.

    Raises
    ------
    IncidentsError
        Listing every problem of every file.
    """
    if gazetteer is None:
        from .gazetteer import default_gazetteer

        gazetteer = default_gazetteer()
    if paths is None:
        paths = [curated_dir()]
    incidents, problems = validate_files(paths, gazetteer)
    if problems:
        raise IncidentsError(problems)
    if derive:
        from .incidents_derive import derive as _derive

        incidents = _derive(incidents, gazetteer, attach=attach)
    return incidents


def curated_dir() -> Path:
    """Folder of the curated incident files shipped with the package."""
    from importlib import resources

    return Path(str(resources.files("geoconflict.incidents_data")))


class _Dumper(yaml.SafeDumper):
    """Block-style YAML; long text as folded-free plain scalars; lists indented."""

    def increase_indent(self, flow=False, indentless=False):  # noqa: D102
        return super().increase_indent(flow, False)


def dump_incidents(incidents: Iterable[Incident]) -> str:
    """YAML text of incidents (what :func:`parse_incidents` reads back)."""
    body = yaml.dump([i.to_dict() for i in incidents], Dumper=_Dumper, sort_keys=False,
                     allow_unicode=True, default_flow_style=False, width=100)
    return body if body.strip() != "[]" else "[]\n"


def save_incidents(path: str | Path, incidents: Iterable[Incident]) -> Path:
    """Write incidents as YAML atomically."""
    return write_text_atomic(path, dump_incidents(incidents))
