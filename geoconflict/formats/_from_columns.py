"""A table's columns -> incidents, converted a column at a time.

The one definition of how a flat row becomes an :class:`Incident`: every cell is
converted once per distinct value of its column (ACLED exports repeat actors, sources,
dates and admin names on thousands of rows), and the parts that repeat whole (actors,
reports of a ``source`` list, counts, tags) are built once and shared, as immutable
values. Whether a column is *present* matters (ACLED's bare ``fatalities``), so the
caller gives only the columns its rows have.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from datetime import date
from itertools import repeat
from typing import Any

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
from ._values import _f, _i, _json, _missing, _s

_KNOWN = frozenset(ACLED_COLUMNS) | frozenset(OUR_COLUMNS) | frozenset(SPARSE_COLUMNS)
_ACTOR_COLUMNS = ("actor1", "inter1", "assoc_actor_1", "actor2", "inter2", "assoc_actor_2")


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


class _Columns:
    """Columns of ``n`` rows (name -> values, ``None`` for missing) and their conversions."""

    def __init__(self, columns: dict[str, list], n: int) -> None:
        self.columns, self.n = columns, n

    def raw(self, name: str) -> list:
        got = self.columns.get(name)
        return got if got is not None else [None] * self.n

    def conv(self, name: str, fn: Callable[[Any], Any]) -> list:
        """``fn`` of each cell of the column, computed once per distinct value."""
        col = self.columns.get(name)
        if col is None:
            return [fn(None)] * self.n
        return _mapped(col, fn)

    def s(self, name: str) -> list[str]:
        col = self.columns.get(name)
        if col is not None and set(map(type, col)) == {str}:
            return col                   # _s of a text is that text
        return self.conv(name, _s)


def _mapped(values: list, fn: Callable[[Any], Any]) -> list:
    try:
        return _by_key(values, fn)
    except TypeError:  # a list or array cell
        pass
    cache: dict = {}
    out = []
    for v in values:
        try:
            got = cache[v]
        except KeyError:
            got = cache[v] = fn(v)
        except TypeError:
            got = fn(v)
        out.append(got)
    return out


def _all_none(values: list) -> bool:
    """Every value is None, tested by identity in C (a cell may be a numpy array, which
    refuses ``==``)."""
    return all(map(operator.is_, values, repeat(None)))


def _by_key(keys: list, fn: Callable[[Any], Any]) -> list:
    """``fn(key)`` for each row's key, once per distinct key (in the order they come)."""
    cache = {k: fn(k) for k in dict.fromkeys(keys)}
    return list(map(cache.__getitem__, keys))


def incidents_of_columns(columns: dict[str, list], n: int,
                         coord_source: str = "ACLED") -> list[Incident]:
    """The incidents of ``n`` rows given as columns (see the module's docstring)."""
    t = _Columns(columns, n)
    country = t.conv("country", _country)
    starts, ends, dprec = _dates(t)
    fields = zip(
        t.s("event_id_cnty"), _titles(t), starts, ends, dprec, t.s("event_type"),
        t.s("sub_event_type"), _actors(t), _stops(t, country, coord_source), _reports(t),
        t.conv("verification", _verification),
        t.conv("civilian_targeting", lambda v: bool(_s(v))), t.conv("tags", _tags),
        t.s("notes"), t.conv("geo_precision", _i), _extras(t), country, t.s("admin1"),
        t.s("admin2"), t.conv("country_claims", _claims), t.conv("border_segment", _s_none),
        t.conv("border_km", _f), t.conv("side", _s_none), t.conv("segment_status", _s_none),
        _counts(t), strict=True)
    return [
        Incident(id=i, title=title, date_start=start, date_end=end,
                 date_precision=dp, event_type=et, sub_event_type=st, actors=actors,
                 locations=stops, reports=reports, verification=ver, civilian_targeting=civ,
                 tags=tags, notes=notes, geo_precision=gp, extra=extra, country=c,
                 admin1=a1, admin2=a2, country_claims=claims, border_segment=seg,
                 border_km=km, side=side, segment_status=status, **counts)
        for (i, title, start, end, dp, et, st, actors, stops, reports, ver, civ, tags, notes,
             gp, extra, c, a1, a2, claims, seg, km, side, status, counts) in fields]


def _dates(t: _Columns) -> tuple[list[date], list[date], list[str]]:
    """Each row's first day, last day (its first without a ``date_end``) and date precision
    (``date_precision``, else from ACLED's ``time_precision``)."""
    starts = t.conv("event_date", lambda v: date.fromisoformat(_s(v)))
    ends = t.conv("date_end", lambda v: date.fromisoformat(_s(v)) if _s(v) else None)
    dprec = _by_key(list(zip(t.s("date_precision"), t.raw("time_precision"), strict=True)),
                    lambda k: k[0] or date_precision_for_time(_i(k[1])))
    return starts, [end or start for start, end in zip(starts, ends, strict=True)], dprec


def _verification(v: Any) -> str:
    return _s(v) or "reported"


def _country(v: Any) -> str:
    text = _s(v)
    return COUNTRY_CODES.get(text.casefold(), text)


def _s_none(v: Any) -> str | None:
    return _s(v) or None


def _tags(v: Any) -> tuple[str, ...]:
    return tuple(t.strip() for t in _s(v).split(";") if t.strip())


def _claims(v: Any) -> tuple[str, ...]:
    return tuple(COUNTRY_CODES.get(c.strip().casefold(), c.strip())
                 for c in _s(v).split(";") if c.strip())


def _titles(t: _Columns) -> list[str]:
    """The row's title, or else "<sub-event type> — <location>" from its columns."""
    titles = t.s("title")
    if all(titles):
        return titles
    keys = zip(titles, t.s("sub_event_type"), t.s("event_type"), t.s("location"),
               t.s("admin1"), t.s("country"), strict=True)
    return _by_key(list(keys), _title)


def _title(k: tuple[str, ...]) -> str:
    title, sub, kind, location, admin1, country = k
    return title or f"{sub or kind} — {location or admin1 or country}".strip(" —")


def _actors(t: _Columns) -> list[tuple[Actor, ...]]:
    return _by_key(list(zip(*(t.raw(c) for c in _ACTOR_COLUMNS), strict=True)), _actor_tuple)


def _actor_tuple(k: tuple) -> tuple[Actor, ...]:
    out = []
    for n, (name, inter, assoc) in (("1", k[:3]), ("2", k[3:])):
        if _s(name):
            out.append(Actor(_s(name), f"actor{n}", _inter(inter)))
        for a in _s(assoc).split(";"):
            if a.strip():
                out.append(Actor(a.strip(), f"assoc_actor_{n}"))
    return tuple(out)


def _stops(t: _Columns, country: list[str], coord_source: str) -> list[tuple[Stop, ...]]:
    """Each row's stops list, or else one stop at its point (sourced ``coord_source``)."""
    lists = t.raw("stops")
    # coordinates converted only for the rows that use them (a stops list gives its own)
    point = zip(t.s("place"), t.raw("latitude"), t.raw("longitude"),
                t.s("location"), country, t.s("admin1"), t.s("admin2"), strict=True)
    out = []
    for data, (place, lat, lon, name, c, a1, a2) in zip(lists, point, strict=True):
        js = _json(data)
        if js:
            out.append(tuple(stop_from_dict(d) for d in js))
        else:
            lat, lon = _f(lat), _f(lon)
            out.append((Stop(place=place, lat=lat, lon=lon, name=name, source=coord_source,
                             country=c, admin1=a1, admin2=a2, explicit=lat is not None),))
    return out


def _reports(t: _Columns) -> list[tuple[Report, ...]]:
    """Each row's reports list, or else one report per ';'-separated source.

    An ACLED row's ``fatalities`` is ACLED's figure for the event, not what each listed
    source claimed: it stays the incident's count and no report is given a claim.
    """
    by_source = t.conv("source", lambda v: tuple(
        Report(outlet=o.strip()) for o in _s(v).split(";") if o.strip()))
    lists = t.columns.get("reports")
    if lists is None or _all_none(lists):
        return by_source
    return [tuple(report_from_dict(d) for d in js) if (js := _json(v)) else fallback
            for v, fallback in zip(lists, by_source, strict=True)]


def _counts(t: _Columns, fields: tuple[str, ...] = COUNT_FIELDS) -> list[dict[str, Estimate]]:
    """Each count's low/best/high (of ``fields``); ACLED's bare ``fatalities`` is all three."""
    names = [(f"{k}_low", "fatalities" if k == "fatalities" else f"{k}_best", f"{k}_high")
             for k in fields]
    bare = "fatalities_low" not in t.columns
    keys = zip(*(t.conv(c, _i) for triple in names for c in triple), strict=True)
    return _by_key(list(keys), lambda k: _estimates(k, bare, fields))


def _estimates(k: tuple, bare: bool, fields: tuple[str, ...]) -> dict[str, Estimate]:
    counts = {}
    for n, key in enumerate(fields):
        low, best, high = k[3 * n:3 * n + 3]
        if key == "fatalities" and bare and low is None and high is None and best is not None:
            low = high = best
        counts[key] = Estimate(low, best, high)
    return counts


def _extras(t: _Columns) -> list[dict[str, Any]]:
    """Columns the table does not know, and ACLED's that Incident has no field for."""
    names = [c for c in t.columns if c not in _KNOWN]
    names += [c for c in _EXTRA_ACLED if c in t.columns]
    if not names:
        return [{} for _ in range(t.n)]
    cols = [t.columns[c] for c in names]
    return [{k: v for k, v in zip(names, row, strict=True) if not _missing(v)}
            for row in zip(*cols, strict=True)]
