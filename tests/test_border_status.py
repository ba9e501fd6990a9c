"""One rule for a segment's status on a date, where periods touch, gap and overlap."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
import shapely

from geoconflict import borders
from geoconflict.borders.status import StatusTable, status_on

#: A history whose periods overlap: 'delimited' starts before 'disputed' ends, and a
#: short 'demarcated' period lies inside both; then a gap, then an open end.
OVERLAPPING = [
    {"status": "disputed", "from": "1991-08-31", "to": "2023-01-01"},
    {"status": "delimited", "from": "2022-06-01", "to": "2024-01-01"},
    {"status": "demarcated", "from": "2022-09-01", "to": "2022-10-01"},
    {"status": "delimited", "from": "2025-03-31", "to": None},
]


@pytest.mark.parametrize("day, expected", [
    ("1991-08-30", None),             # before the first period
    ("1991-08-31", "disputed"),       # a period holds from its first day
    ("2022-05-31", "disputed"),
    ("2022-06-01", "delimited"),      # overlap: the later start wins
    ("2022-09-15", "demarcated"),     # nested: the latest start wins
    ("2022-10-01", "delimited"),      # the nested period ended; the covering one again
    ("2023-06-01", "delimited"),      # 'disputed' ended on 2023-01-01
    ("2024-01-01", None),             # the gap: 'to' is exclusive
    ("2025-03-31", "delimited"),
    ("2100-01-01", "delimited"),      # open end
])
def test_status_on_overlapping_periods(day, expected):
    assert status_on(OVERLAPPING, day) == expected


def test_same_start_the_later_entry_wins():
    h = [{"status": "disputed", "from": "2000-01-01", "to": None},
         {"status": "undelimited", "from": "2000-01-01", "to": None}]
    assert status_on(h, "2010-01-01") == "undelimited"


def test_vectorised_table_gives_the_rule_on_every_day():
    """StatusTable (what attach uses) agrees with status_on, day by day, over 1990-2101."""
    other = [{"status": "undelimited", "from": dt.date(2000, 1, 1), "to": dt.date(2001, 1, 1)}]
    table = StatusTable([OVERLAPPING, [], other])
    days = np.arange(np.datetime64("1990-01-01"), np.datetime64("2101-01-01"), 7)
    for seg, hist in enumerate([OVERLAPPING, [], other]):
        got = table.lookup(np.full(len(days), seg), days)
        want = [status_on(hist, d) for d in days]
        assert list(got) == want


def test_attach_and_status_at_agree_on_the_shipped_segments():
    """The segment attach finds has, on each date, the status status_at gives it."""
    segs = borders.load_segments()
    mid = shapely.line_interpolate_point(segs.geometry.values, 0.5, normalized=True)
    x, y = shapely.get_x(mid), shapely.get_y(mid)
    for day in ("2010-05-01", "2021-04-29", "2026-01-01"):
        got = borders.attach(x, y, at=day)
        assert list(got["border_segment"]) == list(segs["id"])
        assert list(got["segment_status"]) == list(borders.status_at(day))
