"""The map's records of a derived table, made a column at a time (``geoconflict map`` of a CSV).

:func:`table_records` gives what :class:`~.from_incidents.IncidentRecords` makes of the
table's incidents (``frame_to_incidents``, ``derive(attach=False)``, :func:`located`)
without an Incident, Stop or Report per row: the columns are converted by the functions
of :mod:`geoconflict.formats._from_columns` (once per distinct value), the checks of
:mod:`.records` run on the whole point columns and once per distinct dates and counts, and
the records are put together a column at a time. A row the columns alone do not answer for — a stops list, no point
or no country (``derive`` would look them up), a place the gazetteer does not know, or a
value the map's checks refuse — is made into a derived Incident the usual way, so it gets
the same values and ``map_incidents`` the same error.

Records of one table share their equal values (report dicts and lists, actor lists,
figures): nothing downstream changes a record's values.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import compress
from typing import TYPE_CHECKING, Any

from .._errors import DataError
from ..formats._from_columns import (
    _actors,
    _by_key,
    _Columns,
    _country,
    _counts,
    _dates,
    _reports,
    _s_none,
    _titles,
    _verification,
)
from ..formats._values import _json, frame_columns
from .from_incidents import (
    IncidentRecords,
    _estimate,
    actor_names,
    feature_props,
    figure_dict,
    located,
)
from .records import MapIncident, check_dates, region_points

if TYPE_CHECKING:
    import pandas as pd

    from ..gazetteer.index import Gazetteer

__all__ = ["table_records"]

#: The columns the records are made of (the rest only reach the rows made as Incidents).
_COLUMNS = ("event_id_cnty", "title", "event_date", "date_end", "date_precision",
            "time_precision", "event_type", "sub_event_type", "actor1", "inter1",
            "assoc_actor_1", "actor2", "inter2", "assoc_actor_2", "source", "reports", "stops",
            "place", "location", "latitude", "longitude", "country", "admin1", "verification",
            "notes", "border_segment", "segment_status", "fatalities", "fatalities_low",
            "fatalities_best", "fatalities_high", "injured_low", "injured_best", "injured_high")


def table_records(frame: pd.DataFrame, gazetteer: Gazetteer) -> list:
    """The map's items of a derived table's rows, in order: a :class:`MapIncident` (checked)
    for each row made from the columns, the derived Incident of any other row that has a
    point (``map_incidents`` makes and checks its record)."""
    n = len(frame)
    t = _Columns(frame_columns(frame[[c for c in _COLUMNS if c in frame.columns]]), n)
    country = t.conv("country", _country)
    starts, ends, dprec = _dates(t)
    ids, titles = t.s("event_id_cnty"), _titles(t)
    points = region_points(t.raw("longitude"), t.raw("latitude"))
    figures = _each(_counts(t, ("fatalities", "injured")), _figures)
    simple = [not js for js in map(_json, t.raw("stops"))] if "stops" in t.columns \
        else [True] * n
    ok = list(map(all, zip(simple, points, country, ids, titles, figures,
                           _by_key(t.s("place"), _known_places(gazetteer)),
                           _by_key(list(zip(starts, ends, dprec, strict=True)), _days_ok),
                           strict=True)))
    rest = [row for row, fine in enumerate(ok) if not fine]

    def made(values: list) -> list:             # the values of the rows made here
        return list(compress(values, ok)) if rest else values

    reports, differ = _columns(made(_each(_reports(t), IncidentRecords().report_dicts)), 2)
    lons, lats = _columns(made(points), 2)
    fat, inj, fat_lbh, inj_lbh = _columns(made(figures), 4)
    days = made(_by_key(starts, date.isoformat)), made(_by_key(ends, date.isoformat))
    ids, starts, ends = made(ids), made(starts), made(ends)
    props = list(map(feature_props, ids, made(titles), *days, made(dprec), made(t.s("event_type")),
                     made(t.s("sub_event_type")), made(_each(_actors(t), actor_names)),
                     made(country), fat, inj, reports, made(t.conv("border_segment", _s_none)),
                     made(t.conv("segment_status", _s_none)),
                     made(t.conv("verification", _verification)), made(t.s("notes"))))
    records = list(map(MapIncident, ids, lons, lats, starts, ends, props, differ, fat_lbh,
                       inj_lbh))
    if not rest:
        return records
    out: list[Any] = [None] * n
    for row, record in zip(compress(range(n), ok), records, strict=True):
        out[row] = record
    for row, inc in _incidents(frame, rest, gazetteer):
        out[row] = inc
    return [x for x in out if x is not None]


def _columns(pairs: list[tuple], k: int) -> list[list]:
    """The ``k`` columns of a column of ``k``-tuples."""
    return [list(c) for c in zip(*pairs, strict=True)] if pairs else [[] for _ in range(k)]


def _each(values: list, fn: Callable[[Any], Any]) -> list:
    """``fn(value)`` of each row's value, once per distinct object (a column's shared,
    immutable values: a row's actors, reports, counts)."""
    made = {k: fn(v) for k, v in {id(v): v for v in values}.items()}
    return list(map(made.__getitem__, map(id, values)))


def _incidents(frame: pd.DataFrame, rows: list[int], gazetteer: Gazetteer) -> list:
    """(row, derived Incident) of the ``rows`` that have a point, made the usual way."""
    from ..formats._table import frame_to_incidents
    from ..incidents.derive import derive

    incidents = derive(frame_to_incidents(frame.iloc[rows]), gazetteer, attach=False)
    kept = {id(i) for i in located(incidents)}
    return [(row, inc) for row, inc in zip(rows, incidents, strict=True) if id(inc) in kept]


def _days_ok(k: tuple) -> bool:
    try:
        check_dates(k[0], k[1], k[2], "")
    except DataError:
        return False
    return True


def _known_places(gazetteer: Gazetteer) -> Callable[[str], bool]:
    """Whether a stop's place is none or one the gazetteer knows (``derive`` looks it up)."""
    return lambda place: not place or place in gazetteer


def _figures(counts: dict) -> tuple:
    fat, inj = figure_dict(counts["fatalities"]), figure_dict(counts["injured"])
    try:
        return (fat, inj, _estimate(counts["fatalities"], fat, "", "fatalities"),
                _estimate(counts["injured"], inj, "", "injured"))
    except DataError:
        return ()
