"""The flat incident table every format reads and writes: ACLED columns first, then ours.

``incidents_to_frame`` and ``frame_to_incidents`` convert losslessly; ``normalise_frame``
turns the text columns of an imported CSV into typed columns, collecting every problem.

This module is the table's one import path; the parts live in
``_columns`` (column names and order), ``_acled_codes`` (country, region and inter codes),
``_values`` (cell values, rows), ``_to_table`` (incidents -> table), ``_from_table``
(table -> incidents), ``_normalise`` (imported text -> typed table), ``_geocode``
(linking rows to gazetteer places) and ``_stops`` (stops and paths frames).
"""

from __future__ import annotations

from ._acled_codes import ACLED_REGION, COUNTRY_CODES, ISO_NUMERIC
from ._columns import (
    ACLED_COLUMNS,
    FLOAT_COLUMNS,
    INT_COLUMNS,
    JSON_COLUMNS,
    OUR_COLUMNS,
    ordered_columns,
)
from ._from_table import (
    frame_to_incidents,
    incident_from_record,
    incidents_from_records,
    report_from_dict,
    stop_from_dict,
)
from ._geocode import geocode_frame
from ._normalise import line_finder, normalise_frame
from ._stops import STOP_COLUMNS, paths_frame, stops_frame
from ._to_table import incident_record, incidents_to_frame
from ._values import pd_na, records

__all__ = ["ACLED_COLUMNS", "OUR_COLUMNS", "incidents_to_frame", "frame_to_incidents",
           "normalise_frame", "stops_frame", "paths_frame", "records", "geocode_frame",
           "line_finder",
           "INT_COLUMNS", "FLOAT_COLUMNS", "JSON_COLUMNS", "COUNTRY_CODES", "ISO_NUMERIC",
           "ACLED_REGION", "incident_record", "incident_from_record", "incidents_from_records",
           "stop_from_dict", "report_from_dict", "STOP_COLUMNS", "ordered_columns", "pd_na"]
