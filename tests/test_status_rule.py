"""The status-on-a-date rule and the date forms it takes, on hand-made histories.

The rule (borders/status.py): a period holds from its ``from`` day (open when missing) up to,
not including, its ``to`` day (open when missing); of overlapping periods the one that
started latest wins, of two starting the same day the later in the history; no period, no
status. Dates: a date, an ISO string (``YYYY`` and ``YYYY-MM`` stand for their first day),
a timestamp (its day), or None for today.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from geoconflict._errors import DataError
from geoconflict.borders._dates import day, days
from geoconflict.borders.status import StatusTable, status_on

D = np.datetime64
TODAY = D(dt.date.today(), "D")

OVERLAP = [{"status": "undelimited", "from": "1991-12-26"},
           {"status": "disputed", "from": "2000-05-01", "to": "2001-01-01"},
           {"status": "delimited", "from": "2000-05-01", "to": "2000-06-01"}]


@pytest.mark.parametrize("at, expected", [
    ("1991-12-25", None), ("1991-12-26", "undelimited"), ("2000-04-30", "undelimited"),
    ("2000-05-01", "delimited"), ("2000-05-31", "delimited"), ("2000-06-01", "disputed"),
    ("2000-12-31", "disputed"), ("2001-01-01", "undelimited"), ("2030-01-01", "undelimited"),
])
def test_latest_start_wins_and_a_tie_goes_to_the_later_period(at, expected):
    assert status_on(OVERLAP, at) == expected
    table = StatusTable([OVERLAP])
    assert list(table.lookup(np.array([0]), np.array([at], dtype="datetime64[D]"))) == [
        expected]


def test_no_history_no_status_and_a_period_without_status_is_unknown():
    assert status_on(None, "2020-01-01") is None and status_on([], "2020-01-01") is None
    assert status_on([{"from": "2000-01-01"}], "2020-01-01") == "unknown"
    assert status_on([{"status": "former", "from": "", "to": ""}], "1800-01-01") == "former"


def test_table_rows_of_several_segments_and_an_empty_table():
    table = StatusTable([
        [{"status": "disputed", "to": "2025-03-31"}, {"status": "delimited", "from": "2025-03-31"}],
        [],
        [{"status": "demarcated", "from": "2010-01-01", "to": "2012-01-01"}],
    ])
    seg = np.array([0, 0, 1, 2, 2, 2, 0])
    at = np.array(["2025-03-30", "2025-03-31", "2020-01-01", "2009-12-31", "2011-06-01",
                   "2012-01-01", "1900-01-01"], dtype="datetime64[D]")
    assert list(table.lookup(seg, at)) == ["disputed", "delimited", None, None, "demarcated",
                                           None, "disputed"]
    ns = at.astype("datetime64[ns]") + np.timedelta64(23, "h")  # any unit: its day counts
    assert list(table.lookup(seg, ns)) == ["disputed", "delimited", None, None, "demarcated",
                                           None, "disputed"]
    empty = StatusTable([[], []]).lookup(np.array([0, 1]), at[:2])
    assert list(empty) == [None, None] and empty.dtype == object


@pytest.mark.parametrize("value, expected", [
    ("2021", D("2021-01-01")), ("2021-04", D("2021-04-01")),
    ("20210429", D("2021-04-29")),
    ("2021-W17", D("2021-04-26")),  # ISO week 17 of 2021 begins on Monday 26 April
    (" 2021-04-29 ", D("2021-04-29")),
    ("2021-04-29T23:59:00", D("2021-04-29")), (dt.date(2017, 10, 5), D("2017-10-05")),
    (dt.datetime(2017, 10, 5, 23, 30), D("2017-10-05")),
    (pd.Timestamp("2023-01-27 22:00"), D("2023-01-27")), (D("2009-03-13T18:00"), D("2009-03-13")),
    (None, TODAY),
])
def test_one_date_in_each_form(value, expected):
    got = day(value)
    assert got == expected and got.dtype == np.dtype("datetime64[D]")


def test_a_date_that_is_no_date_is_named_in_the_error():
    with pytest.raises(DataError, match=r"date '29/04/2021' is not YYYY-MM-DD"):
        day("29/04/2021")


@pytest.mark.parametrize("at", ["2021", dt.date(2021, 1, 1), pd.Timestamp("2021-01-01 10:00"),
                                D("2021-01-01")])
def test_one_date_for_every_point(at):
    got = days(at, 3)
    assert list(got) == [D("2021-01-01")] * 3 and got.dtype == np.dtype("datetime64[D]")


def test_none_for_every_point_is_today_and_a_list_must_match_the_points():
    assert list(days(None, 2)) == [TODAY, TODAY]
    got = days([dt.date(2020, 2, 29), pd.NaT, "2019"], 3)
    assert list(got) == [D("2020-02-29"), TODAY, D("2019-01-01")]
    assert got.dtype == np.dtype("datetime64[D]")
    assert days([], 0).dtype == np.dtype("datetime64[D]")  # no points: still days
    with pytest.raises(ValueError, match="at has 1 dates for 2 points"):
        days(["2020-01-01"], 2)
