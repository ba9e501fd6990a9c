"""Parse one incident mapping of a YAML file, section by section, collecting problems.

``_parse_incident`` checks the id, title, dates, event type, actors, locations,
reports, counts and labels in that order (the order problems are reported in) and
returns the :class:`Incident`, or ``None`` when any section has a problem.
"""

from __future__ import annotations

import difflib
import re
from datetime import date
from typing import Any

from ._checker import Problem, _Checker, _strip, _text, parse_date
from ._fields import _parse_actor, _parse_report, _parse_stop
from .model import (
    COUNT_FIELDS,
    DATE_PRECISIONS,
    EVENT_TYPES,
    VERIFICATION,
    Actor,
    Estimate,
    Incident,
    Report,
    Stop,
    merge_claims,
)

_INCIDENT_FIELDS = (
    "id", "title", "date_start", "date_end", "date_precision", "event_type", "sub_event_type",
    "actors", "locations", "geo_precision", *COUNT_FIELDS, "reports", "verification",
    "civilian_targeting", "tags", "notes", "extra",
)
_ACTOR_ORDER = {"actor1": 0, "assoc_actor_1": 1, "actor2": 2, "assoc_actor_2": 3}
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]*$")


def _parse_incident(ck: _Checker, rec: Any, seen: dict[str, str], n: int) -> Incident | None:
    if not isinstance(rec, dict):
        ck.problems.append(Problem(ck.where, 0, f"[{n}]", "an incident is a mapping"))
        return None
    n_before = len(ck.problems)
    ck.unknown_fields(rec, _INCIDENT_FIELDS, "")
    iid = _id(ck, rec, seen, n)
    if not _text(rec.get("title")).strip():
        ck.add(rec, "title", "title", "missing — write a one-line title in your own words")
    start, end, dprec = _dates(ck, rec, is_draft(rec))
    etype, sub = _event_type(ck, rec)
    actors = _actors(ck, rec)
    stops = _locations(ck, rec, start, end, is_draft(rec))
    gp = rec.get("geo_precision")
    if gp is not None and (isinstance(gp, bool) or gp not in (1, 2, 3)):
        ck.add(rec, "geo_precision", "geo_precision", f"{gp!r} — ACLED geo_precision is 1, 2 "
               "or 3 (or leave it out to derive it)")
    reports = _reports(ck, rec, start, draft=is_draft(rec))
    counts = _counts(ck, rec, reports)
    labels = _labels(ck, rec)
    if len(ck.problems) > n_before:
        return None
    return Incident(
        id=iid, title=_text(rec.get("title")).strip(), date_start=start, date_end=end,
        date_precision=dprec, event_type=etype, sub_event_type=sub, actors=tuple(actors),
        locations=tuple(stops), geo_precision=gp, reports=tuple(reports),
        notes=_text(rec.get("notes")).strip(), line=rec.get("__line__", 0), file=ck.where,
        **labels, **counts,
    )


def _id(ck: _Checker, rec: dict, seen: dict[str, str], n: int) -> str:
    """The incident's id: a slug not used before (``seen`` maps ids to where they are)."""
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
    return iid


def _dates(ck: _Checker, rec: dict, draft: bool = False) -> tuple[date | None, date | None, Any]:
    """(date_start, date_end, date_precision); date_end defaults to date_start.

    Only a draft may have no date (its article gave none), and only when the checker
    allows undated drafts (``geoconflict validate``); loading one for use is a problem.
    """
    start = end = None
    if rec.get("date_start") is None:
        if draft and ck.undated_drafts and rec.get("date_end") is None:
            pass  # an undated draft: date_start and date_end stay None
        elif draft and rec.get("date_end") is None:
            ck.add(rec, None, "date_start", "missing — this draft has no date yet (its article "
                   "gave none): write YYYY-MM-DD before mapping or exporting it")
        else:
            ck.add(rec, None, "date_start", "missing — write YYYY-MM-DD (only a draft, marked "
                   "'draft: true' under extra, may leave the date out)")
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
    return start, end, dprec


def _event_type(ck: _Checker, rec: dict) -> tuple[str, str]:
    """(event_type, sub_event_type): an ACLED type and one of its sub-event types."""
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
    return etype, sub


def _actors(ck: _Checker, rec: dict) -> list[Actor]:
    """The actors in ACLED's column order; at most one actor1 and one actor2."""
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
    return actors


def _locations(ck: _Checker, rec: dict, start: date | None, end: date | None,
               draft: bool = False) -> list[Stop]:
    """The stops, in the order they happened; at least one, at most one primary (a draft
    whose article names no known place may have none when checked, not when used)."""
    stops = []
    raw_stops = rec.get("locations")
    if not isinstance(raw_stops, list) or not raw_stops:
        if not (draft and ck.undated_drafts):
            ck.add(rec, "locations", "locations", "missing or empty — give at least one stop"
                   + (" (this draft's article names no gazetteer place: see its "
                      "unresolved_places)" if draft else ""))
        raw_stops = []
    span = (start, end) if start and end else None
    for i, s in enumerate(raw_stops):
        stop = _parse_stop(ck, s, f"locations[{i}]", span)
        if stop:
            stops.append(stop)
    if sum(s.primary for s in stops) > 1:
        ck.add(rec, "locations", "locations", "more than one stop marked primary — keep one")
    _check_stop_order(ck, raw_stops, stops, start)
    return stops


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


def is_draft(rec: dict) -> bool:
    """Whether an incident mapping is a draft (``draft: true`` under ``extra``), as
    ``geoconflict extract`` writes them: drafts may leave out what their article does not
    say (the outlet; the date when checked with ``undated_drafts``)."""
    extra = rec.get("extra")
    return isinstance(extra, dict) and extra.get("draft") is True


def _reports(ck: _Checker, rec: dict, start: date | None, draft: bool = False) -> list[Report]:
    reports = []
    raw_reports = rec.get("reports") or []
    if not isinstance(raw_reports, list):
        ck.add(rec, "reports", "reports", "reports is a list")
        raw_reports = []
    for i, r in enumerate(raw_reports):
        report = _parse_report(ck, r, f"reports[{i}]", start, draft)
        if report:
            reports.append(report)
    return reports


def _counts(ck: _Checker, rec: dict, reports: list[Report]) -> dict[str, Estimate | None]:
    """Each count field as written, or else merged from the reports' claims."""
    counts = {}
    for key in COUNT_FIELDS:
        if rec.get(key) is not None:
            counts[key] = ck.count(rec, key, key, rec[key])
        else:
            counts[key] = merge_claims(reports, key)
    return counts


def _labels(ck: _Checker, rec: dict) -> dict[str, Any]:
    """verification, civilian_targeting, tags and extra, as Incident keyword arguments."""
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
    return {"verification": verification, "civilian_targeting": civ, "tags": tuple(tags),
            "extra": _strip(extra)}
