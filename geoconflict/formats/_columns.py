"""Columns of the flat incident table: ACLED's 31 in ACLED's order, then ours.

Also which of them are integer, float and JSON columns, and the order of a table's
columns (:func:`ordered_columns`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..incidents.model import COUNT_FIELDS

#: ACLED export columns in ACLED's order (the 2023 set of 31 columns).
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)
_COUNT_COLUMNS = tuple(f"{k}_{p}" for k in COUNT_FIELDS for p in ("low", "best", "high")
                       if (k, p) != ("fatalities", "best"))
#: Our columns, after ACLED's. ``stops``/``reports`` hold JSON lists: reports in YAML form,
#: stops as :meth:`~geoconflict.incidents.model.Stop.to_record` (with what derive found).
OUR_COLUMNS = (
    "title", "date_end", "date_precision", "verification", *_COUNT_COLUMNS, "place",
    "border_segment", "border_km", "side", "segment_status", "stops", "reports",
)
INT_COLUMNS = ("year", "time_precision", "inter1", "inter2", "interaction", "iso",
               "geo_precision", "fatalities", *_COUNT_COLUMNS)
FLOAT_COLUMNS = ("latitude", "longitude", "border_km")
JSON_COLUMNS = ("stops", "reports")
#: Derived columns written only when some incident has a value (so exports of data
#: without one keep their columns): the claimants of a disputed site.
SPARSE_COLUMNS = ("country_claims",)
#: Columns of ours that ACLED has no field for and that we keep in ``extra``.
_EXTRA_ACLED = ("admin3", "source_scale", "timestamp")


def ordered_columns(columns: Sequence[str]) -> list[str]:
    """ACLED's columns, ours, then the rest in their order."""
    known = [c for c in ACLED_COLUMNS + OUR_COLUMNS if c in columns]
    return known + [c for c in columns if c not in set(ACLED_COLUMNS + OUR_COLUMNS)]


#: The columns that tell an ACLED table, and a UCDP GED one (a CSV header or a sheet's).
ACLED_REQUIRED = ("event_date", "event_type", "sub_event_type")
UCDP_REQUIRED = ("id", "date_start", "latitude", "longitude", "best")
