"""A derived table's incident fields as columns, for a reader that needs no Incident per row.

:func:`field_columns` gives, a column at a time, what ``frame_to_incidents`` and
``derive(attach=False)`` put in the fields of each row's Incident that the map shows,
converted by the functions of :mod:`._from_columns`; its ``derived`` column says for
which rows ``derive`` would change none of them (no stops list, a point, a country, no
place or one the gazetteer knows). :func:`derived_rows` makes the other rows' Incidents
the usual way (with their values and their errors).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._from_columns import (
    _actors,
    _all_none,
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
from ._values import _json, frame_columns

if TYPE_CHECKING:
    import pandas as pd

    from ..gazetteer.index import Gazetteer
    from ..incidents.model import Incident

__all__ = ["field_columns", "derived_rows"]

#: The table's columns the fields are made of.
_COLUMNS = ("event_id_cnty", "title", "event_date", "date_end", "date_precision",
            "time_precision", "event_type", "sub_event_type", "actor1", "inter1",
            "assoc_actor_1", "actor2", "inter2", "assoc_actor_2", "source", "reports", "stops",
            "place", "location", "latitude", "longitude", "country", "admin1", "verification",
            "notes", "border_segment", "segment_status", "fatalities", "fatalities_low",
            "fatalities_best", "fatalities_high", "injured_low", "injured_best", "injured_high")


def field_columns(frame: pd.DataFrame, gazetteer: Gazetteer) -> dict[str, list]:
    """``{field: a value per row}``: ``id``, ``title``, ``date_start``, ``date_end``,
    ``date_precision``, ``event_type``, ``sub_event_type``, ``actors`` (Actor tuples),
    ``country``, ``counts`` (``{"fatalities", "injured"}`` Estimates), ``reports`` (Report
    tuples), ``border_segment``, ``segment_status``, ``verification``, ``notes``, ``lon``
    and ``lat`` (the row's point as the table holds it), and ``derived`` (see the module).

    Rows of equal values share them (tuples, dicts): nobody may change them.
    """
    n = len(frame)
    t = _Columns(frame_columns(frame[[c for c in _COLUMNS if c in frame.columns]]), n)
    country = t.conv("country", _country)
    starts, ends, precision = _dates(t)
    lons, lats = t.raw("longitude"), t.raw("latitude")
    stops = t.raw("stops")
    simple = [True] * n if _all_none(stops) else [not js for js in map(_json, stops)]
    known = _by_key(t.s("place"), lambda place: not place or place in gazetteer)
    return {
        "id": t.s("event_id_cnty"), "title": _titles(t), "date_start": starts,
        "date_end": ends, "date_precision": precision, "event_type": t.s("event_type"),
        "sub_event_type": t.s("sub_event_type"), "actors": _actors(t), "country": country,
        "counts": _counts(t, ("fatalities", "injured")), "reports": _reports(t),
        "border_segment": t.conv("border_segment", _s_none),
        "segment_status": t.conv("segment_status", _s_none),
        "verification": t.conv("verification", _verification), "notes": t.s("notes"),
        "lon": lons, "lat": lats,
        "derived": [s and c and k and x is not None and y is not None
                    for s, c, k, x, y in zip(simple, country, known, lons, lats, strict=True)]}


def derived_rows(frame: pd.DataFrame, rows: list[int], gazetteer: Gazetteer) -> list[Incident]:
    """The derived Incidents of the table's ``rows`` (``derive(attach=False)``), in order."""
    from ..incidents.derive import derive
    from ._from_table import frame_to_incidents

    return derive(frame_to_incidents(frame.iloc[rows]), gazetteer, attach=False)
