"""Incident records: dates with precision, ACLED types, actors, located stops, counts, reports.

The model is the contract between stages; its vocabulary (the ACLED types and codes) is
in ``incidents.codebook``, each name of it importable from here too. Loading and checking
YAML files lives in ``incidents_load``, filling the derived fields (country,
geo_precision, border) in ``incidents.derive``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .codebook import (
    ACTOR_ROLES,
    COUNT_FIELDS,
    DATE_PRECISIONS,
    DISORDER_TYPES,
    EVENT_TYPES,
    INTER_CODES,
    RELATIONS,
    VERIFICATION,
    date_precision_for_time,
    disorder_type_for,
    time_precision_for,
)

__all__ = [
    "EVENT_TYPES", "DISORDER_TYPES", "DATE_PRECISIONS", "VERIFICATION", "ACTOR_ROLES",
    "COUNT_FIELDS", "INTER_CODES", "Estimate", "Actor", "Stop", "Report", "Incident",
    "merge_claims", "claim_estimate", "disorder_type_for", "time_precision_for",
    "date_precision_for_time", "BORDER_FIELDS", "forms_route", "is_route", "RELATIONS",
]


@dataclass(frozen=True, slots=True)
class Estimate:
    """A count as UCDP keeps it: lowest, best and highest reliable figure (``None``: unknown)."""

    low: int | None = None
    best: int | None = None
    high: int | None = None

    def __bool__(self) -> bool:
        return not (self.low is None and self.best is None and self.high is None)

    @classmethod
    def exact(cls, n: int | None) -> Estimate:
        return cls(n, n, n) if n is not None else cls()

    def to_dict(self) -> dict[str, int]:
        out = {}
        if self.low is not None:
            out["low"] = self.low
        if self.best is not None:
            out["best"] = self.best
        if self.high is not None:
            out["high"] = self.high
        return out


@dataclass(frozen=True, slots=True)
class Actor:
    """A party to the incident; ``inter`` (ACLED code 1-8) applies to actor1/actor2."""

    name: str
    role: str = "actor1"
    inter: int | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "role": self.role}
        if self.inter is not None:
            out["inter"] = self.inter
        return out


#: What ``derive`` attaches to a located stop (and to the incident, from its primary stop).
BORDER_FIELDS = ("border_segment", "border_km", "side", "segment_status")


@dataclass(frozen=True, slots=True)
class Stop:
    """One location of an incident: a gazetteer place id, or explicit coordinates.

    ``lat``/``lon`` of a place stop are filled from the gazetteer by ``derive``;
    ``explicit`` tells whether the coordinates were written in the data. ``derive`` also
    fills the stop's border fields (nearest segment, distance, side and that segment's
    status on the stop's date) where the stop is precise enough to attach.
    """

    place: str = ""
    lat: float | None = None
    lon: float | None = None
    name: str = ""
    relation: str = "at"
    role: str = ""
    date: date | None = None
    time: str = ""
    time_note: str = ""
    precision_m: int | None = None
    source: str = ""
    country: str = ""
    admin1: str = ""
    admin2: str = ""
    primary: bool = False
    note: str = ""
    explicit: bool = field(default=False, compare=True)
    border_segment: str | None = None
    border_km: float | None = None
    side: str | None = None
    segment_status: str | None = None
    line: int = field(default=0, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The stop as written in YAML: derived coordinates and admin fields left out."""
        out: dict[str, Any] = {}   # one test a field (import writes 100,000s of these)
        if self.place:
            out["place"] = self.place
        explicit = self.explicit
        if explicit:
            out["lat"], out["lon"] = self.lat, self.lon
        if self.name:
            out["name"] = self.name
        if self.role:
            out["role"] = self.role
        if self.time:
            out["time"] = self.time
        if self.time_note:
            out["time_note"] = self.time_note
        if self.precision_m is not None:
            out["precision_m"] = self.precision_m
        if self.source:
            out["source"] = self.source
        if self.note:
            out["note"] = self.note
        if self.relation != "at":
            out["relation"] = self.relation
        if self.date is not None:
            out["date"] = self.date.isoformat()
        if explicit:
            if self.country:
                out["country"] = self.country
            if self.admin1:
                out["admin1"] = self.admin1
            if self.admin2:
                out["admin2"] = self.admin2
        if self.primary:
            out["primary"] = True
        return out

    def to_record(self) -> dict[str, Any]:
        """The stop with what ``derive`` found: coordinates, admin fields, border fields.

        Coordinates taken from the gazetteer are marked ``"coordinates": "gazetteer"`` so a
        reader can tell them from coordinates written in the data.
        """
        out = self.to_dict()
        if not self.explicit and self.lat is not None:
            out.update(lat=self.lat, lon=self.lon, coordinates="gazetteer")
        for key in ("country", "admin1", "admin2"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        for key in BORDER_FIELDS:
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        return out


def forms_route(located: Sequence[bool], timed: Sequence[bool]) -> bool:
    """The route rule, for stops in their order: two or more located, and a located stop
    after the first located one has its own time or date (a raid moving from post to post).

    Several sites hit at once (villages shelled on one day) are stops, not a path.

    >>> forms_route([True, True], [False, True]), forms_route([True, True], [True, False])
    (True, False)
    """
    idx = [i for i, ok in enumerate(located) if ok]
    return len(idx) >= 2 and any(timed[i] for i in idx[1:])


def is_route(stops: Sequence[Stop]) -> bool:
    """:func:`forms_route` of an incident's stops."""
    return forms_route([s.lat is not None and s.lon is not None for s in stops],
                       [bool(s.time or s.date) for s in stops])


@dataclass(frozen=True, slots=True)
class Report:
    """A source of the incident with its own claims (numbers, names, times as it told them).

    ``date`` is ISO text: ``YYYY-MM-DD``, or ``YYYY-MM`` when the outlet gives only the month.
    ``claims`` maps a count (``fatalities``, ``injured``, ``detained``, ``displaced``) to an
    integer or a ``{low, best, high, scope, note}`` mapping, and any other key to free data.
    """

    outlet: str
    title: str = ""
    date: str = ""
    url: str = ""
    id: str = ""
    claims: dict[str, Any] = field(default_factory=dict, hash=False)
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in (("id", self.id), ("outlet", self.outlet), ("title", self.title),
                           ("date", self.date), ("url", self.url)):
            if value:
                out[key] = value
        if self.claims:
            out["claims"] = self.claims
        if self.note:
            out["note"] = self.note
        return out


def claim_estimate(value: Any) -> Estimate | None:
    """A report's claim for a count as an Estimate.

    An integer ``n`` is ``(n, n, n)``. A mapping keeps what it gives: a missing ``best`` is
    its ``low`` (or ``high``); a missing ``low`` is its ``best``; a missing ``high`` stays
    unknown ("at least n").
    """
    if value is None:
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return Estimate(value, value, value)
    if isinstance(value, dict):
        low, best, high = value.get("low"), value.get("best"), value.get("high")
        if best is None:
            best = low if low is not None else high
        if low is None:
            low = best
        return Estimate(low, best, high)
    return None


def merge_claims(reports: list[Report] | tuple[Report, ...], key: str) -> Estimate:
    """The incident's low/best/high for one count, from its reports' claims.

    The rule (documented in ``incidents/README.md``):

    * ``low``  = the smallest ``low`` any report gives;
    * ``best`` = the largest ``best`` any report gives: the reports that disagree here are
      mostly earlier or one-sided accounts, so the largest figure a report states as a count
      is the most complete; figures given only as "up to" raise ``high``, not ``best``;
    * ``high`` = the largest ``high`` any report gives, where an open "at least n" claim
      counts as ``n``.

    Reports without a claim for the count do not take part; none at all gives an empty
    Estimate (unknown).
    """
    found = [e for r in reports if (e := claim_estimate(r.claims.get(key))) is not None]
    found = [e for e in found if e.best is not None]
    if not found:
        return Estimate()
    low = min(e.low if e.low is not None else e.best for e in found)
    best = max(e.best for e in found)
    high = max(e.high if e.high is not None else e.best for e in found)
    return Estimate(low, best, max(high, best))


@dataclass(frozen=True, slots=True)
class Incident:
    """One event, modelled on ACLED and UCDP GED so that exports open in their users' tools.

    The counts hold what the data says, or what :func:`merge_claims` derives from the
    reports when the data gives none. Fields after ``extra`` are derived on load.
    """

    id: str
    title: str
    date_start: date
    date_end: date
    event_type: str
    sub_event_type: str
    locations: tuple[Stop, ...]
    date_precision: str = "day"
    actors: tuple[Actor, ...] = ()
    fatalities: Estimate = Estimate()
    injured: Estimate = Estimate()
    detained: Estimate = Estimate()
    displaced: Estimate = Estimate()
    reports: tuple[Report, ...] = ()
    verification: str = "reported"
    civilian_targeting: bool = False
    tags: tuple[str, ...] = ()
    notes: str = ""
    geo_precision: int | None = None
    extra: dict[str, Any] = field(default_factory=dict, hash=False)
    # derived on load
    country: str = ""
    #: every claimant's ISO code when the primary stop is a disputed place (``claimed_by``)
    country_claims: tuple[str, ...] = ()
    admin1: str = ""
    admin2: str = ""
    border_segment: str | None = None
    border_km: float | None = None
    side: str | None = None
    segment_status: str | None = None
    line: int = field(default=0, compare=False)
    file: str = field(default="", compare=False)

    @property
    def disorder_type(self) -> str:
        return disorder_type_for(self.event_type, self.sub_event_type)

    @property
    def time_precision(self) -> int:
        return time_precision_for(self.date_precision)

    @property
    def primary(self) -> Stop:
        """The stop that stands for the incident: the one marked primary, else the first."""
        for stop in self.locations:
            if stop.primary:
                return stop
        return self.locations[0]

    def actor(self, role: str) -> list[Actor]:
        return [a for a in self.actors if a.role == role]

    def replace(self, **changes: Any) -> Incident:
        return dataclasses.replace(self, **changes)

    def counts_from_reports(self) -> dict[str, Estimate]:
        if not any(r.claims for r in self.reports):  # nothing claimed: every count unknown
            return dict.fromkeys(COUNT_FIELDS, Estimate())
        return {key: merge_claims(self.reports, key) for key in COUNT_FIELDS}

    def to_dict(self) -> dict[str, Any]:
        """The incident as written in YAML (derived fields and rule-derived counts left out)."""
        out: dict[str, Any] = {
            "id": self.id, "title": self.title,
            "date_start": self.date_start.isoformat(), "date_end": self.date_end.isoformat(),
            "date_precision": self.date_precision,
            "event_type": self.event_type, "sub_event_type": self.sub_event_type,
        }
        if self.actors:
            out["actors"] = [a.to_dict() for a in self.actors]
        out["locations"] = [s.to_dict() for s in self.locations]
        if self.geo_precision is not None:
            out["geo_precision"] = self.geo_precision
        # a count is written unless the reports' claims give it (none claimed: any known one)
        derived = self.counts_from_reports() if any(r.claims for r in self.reports) else None
        for key in COUNT_FIELDS:
            value: Estimate = getattr(self, key)
            if value and (derived is None or value != derived[key]):
                out[key] = value.to_dict()
        if self.verification != "reported":
            out["verification"] = self.verification
        if self.civilian_targeting:
            out["civilian_targeting"] = True
        if self.tags:
            out["tags"] = list(self.tags)
        if self.notes:
            out["notes"] = self.notes
        if self.reports:
            out["reports"] = [r.to_dict() for r in self.reports]
        if self.extra:
            out["extra"] = dict(self.extra)
        return out

