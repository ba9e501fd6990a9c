"""The flat table -> incidents: a row (any format's, text or typed) back to an Incident.

Rows written by :mod:`._to_table` carry their stops and reports as JSON and read back
losslessly; rows of an ACLED export get one stop from their point and one report per
source.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..incidents.model import Incident
from ._from_columns import incidents_of_columns, report_from_dict, stop_from_dict
from ._values import frame_columns

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["frame_to_incidents", "incident_from_record",
           "incidents_from_records", "report_from_dict", "stop_from_dict"]


def frame_to_incidents(frame: pd.DataFrame, coord_source: str = "ACLED") -> list[Incident]:
    """Incidents of a flat table (the inverse of :func:`incidents_to_frame`).

    ``coord_source`` is the source given to the one stop of a row without a stops list.
    """
    return incidents_of_columns(frame_columns(frame), len(frame), coord_source)


def incidents_from_records(recs: list[dict[str, Any]],
                           coord_source: str = "ACLED") -> list[Incident]:
    """Incidents of flat records (a GeoJSON file's properties: values as text or typed).

    Records with the same keys are read together, as the columns of one table, so that a
    key missing from a record means what a column missing from a table means.
    """
    groups: dict[tuple, list[int]] = {}
    for n, rec in enumerate(recs):
        groups.setdefault(tuple(rec), []).append(n)
    out: list[Any] = [None] * len(recs)
    for keys, rows in groups.items():
        cols = {k: [recs[n][k] for n in rows] for k in keys}
        for n, inc in zip(rows, incidents_of_columns(cols, len(rows), coord_source),
                          strict=True):
            out[n] = inc
    return out


def incident_from_record(rec: dict[str, Any], coord_source: str = "ACLED") -> Incident:
    """An incident from one flat record (any format's row, values as text or typed)."""
    return incidents_from_records([rec], coord_source)[0]
