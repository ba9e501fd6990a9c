"""The map's records of a table, made a column at a time (``geoconflict map`` of a CSV).

:func:`table_records` gives what :class:`~.from_incidents.IncidentRecords` makes of a
derived table's incidents (``frame_to_incidents``, ``derive(attach=False)``,
:func:`located`) without an Incident, Stop or Report per row. It takes the rows' fields as
columns (``formats._field_columns.field_columns``: the table's columns converted once per
distinct value), runs the checks of :mod:`.records` on whole columns or once per distinct
dates and counts, and puts the records together a column at a time. A row the columns do
not answer for (``derived`` false: a stops list, no point, no country, an unknown place)
or whose values the map refuses is made into a derived Incident the usual way, so it gets
the same values and ``map_incidents`` the same error.

Records of one table share their equal values (report dicts and lists, actor lists,
figures): nothing downstream changes a record's values.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import compress
from typing import Any

from .._errors import DataError
from .compact import per_key
from .from_incidents import (
    IncidentRecords,
    _estimate,
    actor_names,
    feature_props,
    figure_dict,
    located,
)
from .records import MapIncident, check_dates, region_points

__all__ = ["table_records"]


def table_records(fields: dict[str, list], incidents_of: Callable[[list[int]], list]) -> list:
    """The map's items of a table's rows, in order, from the rows' fields as columns
    (``formats._field_columns.field_columns``): a checked :class:`MapIncident` for each row
    made from them, the derived Incident (``incidents_of(rows)``) of any other row that
    has a point (``map_incidents`` makes and checks its record)."""
    f = fields
    n = len(f["id"])
    points = region_points(f["lon"], f["lat"])
    figures = _each(f["counts"], _figures)
    ok = list(map(all, zip(f["derived"], points, f["id"], f["title"], figures,
                           per_key(list(zip(f["date_start"], f["date_end"],
                                            f["date_precision"], strict=True)), _days_ok),
                           strict=True)))
    rest = [row for row, fine in enumerate(ok) if not fine]

    def made(values: list) -> list:             # the values of the rows made here
        return list(compress(values, ok)) if rest else values

    reports, differ = _columns(made(_each(f["reports"], IncidentRecords().report_dicts)), 2)
    lons, lats = _columns(made(points), 2)
    fat, inj, fat_lbh, inj_lbh = _columns(made(figures), 4)
    days = [made(per_key(f[k], date.isoformat)) for k in ("date_start", "date_end")]
    ids, starts, ends = made(f["id"]), made(f["date_start"]), made(f["date_end"])
    props = list(map(feature_props, ids, made(f["title"]), *days, made(f["date_precision"]),
                     made(f["event_type"]), made(f["sub_event_type"]),
                     made(_each(f["actors"], actor_names)), made(f["country"]), fat, inj,
                     reports, made(f["border_segment"]), made(f["segment_status"]),
                     made(f["verification"]), made(f["notes"])))
    records = list(map(MapIncident, ids, lons, lats, starts, ends, props, differ, fat_lbh,
                       inj_lbh))
    if not rest:
        return records
    out: list[Any] = [None] * n
    for row, record in zip(compress(range(n), ok), records, strict=True):
        out[row] = record
    incidents = incidents_of(rest)
    kept = {id(i) for i in located(incidents)}
    for row, inc in zip(rest, incidents, strict=True):
        if id(inc) in kept:
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


def _days_ok(k: tuple) -> bool:
    try:
        check_dates(k[0], k[1], k[2], "")
    except DataError:
        return False
    return True


def _figures(counts: dict) -> tuple:
    fat, inj = figure_dict(counts["fatalities"]), figure_dict(counts["injured"])
    try:
        return (fat, inj, _estimate(counts["fatalities"], fat, "", "fatalities"),
                _estimate(counts["injured"], inj, "", "injured"))
    except DataError:
        return ()
