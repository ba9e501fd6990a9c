"""Raid paths from stop rows: which incidents get a line, through which (lon, lat) points."""

import math

import pandas as pd

from geoconflict.formats._stops import paths_frame

NAN = math.nan


def _stops(rows):
    return pd.DataFrame(rows, columns=["incident_id", "seq", "timed", "latitude", "longitude"])


def test_two_located_stops_the_second_timed_make_a_path():
    ids, lines = paths_frame(_stops([
        ("raid", 0, False, 40.10, 70.60), ("raid", 1, True, 40.20, 70.80),
        ("shelling", 0, False, 40.00, 70.00), ("shelling", 1, False, 40.05, 70.05),
    ]))
    assert ids == ["raid"]
    assert lines == [[(70.60, 40.10), (70.80, 40.20)]]


def test_a_stop_with_half_a_point_is_not_a_vertex():
    ids, lines = paths_frame(_stops([
        ("raid", 0, False, 40.10, 70.60), ("raid", 1, True, 40.20, NAN),
        ("raid", 2, True, 40.30, 70.90),
    ]))
    assert ids == ["raid"] and lines == [[(70.60, 40.10), (70.90, 40.30)]]
    ids, _ = paths_frame(_stops([("raid", 0, False, 40.10, 70.60), ("raid", 1, True, NAN, 70.8)]))
    assert ids == []
