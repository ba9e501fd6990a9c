"""The flat table's rows, cells and stops, checked value by value on hand-made incidents.

The expected values are written here from ACLED's codebook (column meanings, ISO numeric
codes, inter and interaction codes) and from the incidents below, not from the code's output.
These tests are fast on purpose: `make mutate` runs them for every mutant of
formats/_to_table.py, formats/_values.py and formats/_stops.py.
"""

from __future__ import annotations

import json
import math
from datetime import date

import numpy as np
import pandas as pd
import pytest

from geoconflict.formats import _values
from geoconflict.formats._stops import stops_frame
from geoconflict.formats._to_table import incident_record, incidents_to_frame
from geoconflict.incidents.model import Actor, Estimate, Incident, Report, Stop

VILLAGE = Stop(place="kg-kok-tash", lat=39.95, lon=70.55, name="Kok-Tash", country="KG",
               admin1="Batken", admin2="Batken")
CANAL = Stop(lat=40.123456, lon=70.654321, explicit=True, name="Canal head", time="10:30",
             primary=True, country="TJ", admin1="Sughd", admin2="Isfara",
             border_segment="kg-tj-07", border_km=1.25, side="TJ", segment_status="disputed")
CLASH = Incident(
    id="kg-tj-2021-04-29-canal", title="Clash at the canal head", date_start=date(2021, 4, 29),
    date_end=date(2021, 5, 1), event_type="Battles", sub_event_type="Armed clash",
    locations=(VILLAGE, CANAL),
    actors=(Actor("Military Forces of Kyrgyzstan", "actor1", 8),
            Actor("Police Forces of Kyrgyzstan", "assoc_actor_1"),
            Actor("Civilians (Kyrgyzstan)", "assoc_actor_1"),
            Actor("Military Forces of Tajikistan", "actor2", 1),
            Actor("Police Forces of Tajikistan", "assoc_actor_2"),
            Actor("Civilians (Tajikistan)", "assoc_actor_2")),
    fatalities=Estimate(30, 36, 55), injured=Estimate(None, 150, None),
    detained=Estimate(2, 2, 2),
    reports=(Report(outlet="24.kg", title="Ворух", claims={"fatalities": 36}),
             Report(outlet="Asia-Plus")),
    civilian_targeting=True, tags=("water", "border"), notes="Fighting over the intake.",
    geo_precision=1, extra={"x_note": "kept"}, country_claims=("KG", "TJ"),
    border_segment="kg-tj-07", border_km=1.25, side="TJ", segment_status="disputed",
    date_precision="week", verification="confirmed")
QUIET = Incident(id="quiet", title="A shot in the night", date_start=date(2019, 1, 2),
                 date_end=date(2019, 1, 2), event_type="Protests",
                 sub_event_type="Peaceful protest",
                 locations=(Stop(lat=40.5, lon=71.25, explicit=True),))


def test_record_of_a_rich_incident_column_by_column():
    rec = incident_record(CLASH)
    expected = {
        "event_id_cnty": "kg-tj-2021-04-29-canal", "event_date": "2021-04-29", "year": 2021,
        "time_precision": 2, "disorder_type": "Political violence", "event_type": "Battles",
        "sub_event_type": "Armed clash", "actor1": "Military Forces of Kyrgyzstan",
        "assoc_actor_1": "Police Forces of Kyrgyzstan; Civilians (Kyrgyzstan)", "inter1": 8,
        "actor2": "Military Forces of Tajikistan",
        "assoc_actor_2": "Police Forces of Tajikistan; Civilians (Tajikistan)",
        "inter2": 1, "interaction": 18, "civilian_targeting": "Civilian targeting",
        "iso": 762, "region": "Caucasus and Central Asia", "country": "Tajikistan",
        "admin1": "Sughd", "admin2": "Isfara", "admin3": None, "location": "Canal head",
        "latitude": 40.123456, "longitude": 70.654321, "geo_precision": 1,
        "source": "24.kg; Asia-Plus", "source_scale": None,
        "notes": "Fighting over the intake.", "fatalities": 36, "tags": "water; border",
        "timestamp": None, "title": "Clash at the canal head", "date_end": "2021-05-01",
        "date_precision": "week", "verification": "confirmed",
        "fatalities_low": 30, "fatalities_high": 55,
        "injured_low": None, "injured_best": 150, "injured_high": None,
        "detained_low": 2, "detained_best": 2, "detained_high": 2,
        "displaced_low": None, "displaced_best": None, "displaced_high": None,
        "place": None, "border_segment": "kg-tj-07", "border_km": 1.25, "side": "TJ",
        "segment_status": "disputed", "country_claims": "Kyrgyzstan; Tajikistan",
        "x_note": "kept",
    }
    stops, reports = json.loads(rec.pop("stops")), json.loads(rec.pop("reports"))
    assert rec == expected
    assert stops == [
        {"place": "kg-kok-tash", "name": "Kok-Tash", "lat": 39.95, "lon": 70.55,
         "coordinates": "gazetteer", "country": "KG", "admin1": "Batken", "admin2": "Batken"},
        {"lat": 40.123456, "lon": 70.654321, "name": "Canal head", "time": "10:30",
         "country": "TJ", "admin1": "Sughd", "admin2": "Isfara", "primary": True,
         "border_segment": "kg-tj-07", "border_km": 1.25, "side": "TJ",
         "segment_status": "disputed"}]
    assert reports == [{"outlet": "24.kg", "title": "Ворух", "claims": {"fatalities": 36}},
                       {"outlet": "Asia-Plus"}]


def test_json_cells_are_compact_and_keep_their_letters():
    rec = incident_record(CLASH)
    assert '"title":"Ворух"' in rec["reports"] and ", " not in rec["reports"]
    assert _values._dumps(["Ворух", {"a": 1, "b": [2, 3]}]) == '["Ворух",{"a":1,"b":[2,3]}]'


def test_record_rounds_the_point_to_the_precision_asked():
    rec = incident_record(CLASH, precision=3)
    assert (rec["latitude"], rec["longitude"]) == (40.123, 70.654)
    assert incident_record(CLASH, precision=None)["latitude"] == 40.123456


def test_record_of_a_bare_incident_leaves_cells_empty():
    rec = incident_record(QUIET, precision=2)
    assert rec["disorder_type"] == "Demonstrations" and rec["time_precision"] == 1
    for col in ("actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
                "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
                "admin2", "location", "source", "notes", "tags", "reports", "fatalities",
                "geo_precision", "place", "border_segment", "side"):
        assert rec[col] is None, col
    assert (rec["latitude"], rec["longitude"]) == (40.5, 71.25)
    assert json.loads(rec["stops"]) == [{"lat": 40.5, "lon": 71.25}]
    assert "country_claims" not in rec


def test_record_names_the_place_and_one_sided_interaction():
    inc = QUIET.replace(locations=(VILLAGE,), actors=(Actor("Rioters (Kyrgyzstan)", "actor1", 5),),
                        country="UZ", admin1="Fergana")
    rec = incident_record(inc)
    assert (rec["place"], rec["location"], rec["country"], rec["iso"]) == (
        "kg-kok-tash", "Kok-Tash", "Uzbekistan", 860)
    assert (rec["admin1"], rec["admin2"], rec["inter1"], rec["interaction"]) == (
        "Fergana", "Batken", 5, 50)
    elsewhere = QUIET.replace(country="RU", country_claims=("KG", "RU"))
    rec = incident_record(elsewhere)
    assert (rec["country"], rec["country_claims"], rec["iso"], rec["region"]) == (
        "RU", "Kyrgyzstan; RU", None, None)
    unnamed = QUIET.replace(locations=(Stop(place="kg-kok-tash", lat=39.9, lon=70.5),))
    assert incident_record(unnamed)["location"] == "kg-kok-tash"


def test_frame_has_acled_columns_then_ours_then_extras_typed():
    other = QUIET.replace(id="other", extra={"x_more": "1", "x_note": "two"})
    frame = incidents_to_frame([CLASH, QUIET, other])
    cols = list(frame.columns)
    assert cols[:3] == ["event_id_cnty", "event_date", "year"] and cols[30] == "timestamp"
    assert cols[31:35] == ["title", "date_end", "date_precision", "verification"]
    assert cols[-3:] == ["country_claims", "x_note", "x_more"]
    assert str(frame["year"].dtype) == "Int64" and str(frame["fatalities"].dtype) == "Int64"
    assert frame["fatalities"].tolist()[0] == 36 and frame["fatalities"].isna().tolist() == [
        False, True, True]
    assert frame["latitude"].dtype == np.float64 and frame["border_km"].dtype == np.float64
    assert math.isnan(frame["border_km"][1]) and frame["border_km"][0] == 1.25
    assert frame["latitude"].tolist() == [40.123456, 40.5, 40.5]
    assert incidents_to_frame([CLASH], precision=2)["longitude"].tolist() == [70.65]
    assert frame["x_note"].tolist() == ["kept", None, "two"]
    assert frame["country_claims"].tolist() == ["Kyrgyzstan; Tajikistan", None, None]
    assert frame["actor2"].tolist() == ["Military Forces of Tajikistan", None, None]


def test_frame_of_no_incidents_keeps_the_columns_and_types():
    frame = incidents_to_frame([])
    assert len(frame) == 0 and "stops" in frame.columns and "interaction" in frame.columns
    assert str(frame["iso"].dtype) == "Int64" and frame["longitude"].dtype == np.float64


# -- cells ----------------------------------------------------------------------------------

@pytest.mark.parametrize("value, missing", [
    (None, True), ("", True), (float("nan"), True), (np.float64("nan"), True), (pd.NA, True),
    (pd.NaT, True), ("x", False), (" ", False), (0, False), (0.0, False), (np.float64(2), False),
    (False, False), ([], False),
])
def test_missing_cells(value, missing):
    assert _values._missing(value) is missing


def test_missing_cells_in_a_fresh_process(monkeypatch):
    """pandas' missing values are looked up on the first check of a process."""
    monkeypatch.setattr(_values, "_NULLS", ())
    assert _values._missing(pd.NA) is True and _values._missing(pd.NaT) is True
    assert _values._missing(3) is False


def test_missing_cells_of_a_string_subclass():
    class Text(str):
        pass

    assert _values._missing(Text("")) is True and _values._missing(Text("a")) is False


@pytest.mark.parametrize("value, s, i, f", [
    (None, "", None, None), ("", "", None, None), (float("nan"), "", None, None),
    ("7", "7", 7, 7.0), (" 12 ", " 12 ", 12, 12.0), ("3.0", "3.0", 3, 3.0),
    ("  ", "  ", None, None),
    (5, "5", 5, 5.0), (np.int64(4), "4", 4, 4.0), (2.5, "2.5", 2, 2.5),
])
def test_text_int_and_float_of_a_cell(value, s, i, f):
    assert _values._s(value) == s
    assert _values._i(value) == i and type(_values._i(value)) in (int, type(None))
    if value == "  ":
        with pytest.raises(ValueError):
            _values._f(value)
    else:
        assert _values._f(value) == f


def test_json_lists_of_a_cell():
    assert _values._json(None) == [] and _values._json("") == [] and _values._json(
        float("nan")) == []
    assert _values._json((1, 2)) == [1, 2] and _values._json([{"a": 1}]) == [{"a": 1}]
    assert _values._json(np.array([3, 4])) == [3, 4]
    assert _values._json('[{"place": "kg-kok-tash"}]') == [{"place": "kg-kok-tash"}]


def test_records_give_plain_python_values():
    frame = pd.DataFrame({
        "n": pd.array([1, None], dtype="Int64"), "x": [1.5, float("nan")],
        "t": ["a", ""], "o": [None, "b"], "w": ["x", "y"], "b": [True, False],
        "i": np.array([3, 0], dtype=np.int64), "na": pd.Series([pd.NA, "b"], dtype=object),
    })
    rows = _values.records(frame)
    assert rows == [
        {"n": 1, "x": 1.5, "t": "a", "o": None, "w": "x", "b": True, "i": 3, "na": None},
        {"n": None, "x": None, "t": None, "o": "b", "w": "y", "b": False, "i": 0, "na": "b"}]
    assert type(rows[0]["n"]) is int and type(rows[0]["x"]) is float
    assert _values.frame_columns(frame)["t"] == ["a", None]
    assert _values.records(frame.iloc[:0]) == []


# -- stops ----------------------------------------------------------------------------------

def _table(rows):
    cols = ["event_id_cnty", "event_date", "place", "location", "latitude", "longitude", "stops"]
    return pd.DataFrame(rows, columns=cols)


def test_stops_of_a_listed_and_an_implied_incident():
    listed = json.dumps([
        {"place": "kg-kok-tash", "name": "Kok-Tash", "role": "attack", "time": "05:00"},
        {"place": "tj-vorukh", "relation": "near", "date": "2021-04-30", "primary": True,
         "precision_m": 500, "time_note": "dawn"},
        {"lat": 40.2, "lon": 70.9, "name": "Hill"},
        {"place": "unknown-place"}])
    frame = _table([
        ("raid", "2021-04-29", "tj-vorukh", "Vorukh", 39.85, 70.58, listed),
        ("shot", "2020-01-05", "kg-batken", "Batken", 40.06, 70.82, None),
    ])
    places = {"kg-kok-tash": (39.95, 70.55)}
    out = stops_frame(frame, resolve=places.get)
    assert list(out.columns) == ["incident_id", "seq", "place", "name", "role", "relation",
                                 "date", "time", "time_note", "precision_m", "primary",
                                 "timed", "latitude", "longitude"]
    rows = out.to_dict("records")
    assert [(r["incident_id"], r["seq"]) for r in rows] == [
        ("shot", 0), ("raid", 0), ("raid", 1), ("raid", 2), ("raid", 3)]
    shot, kok, vorukh, hill, unknown = rows
    assert shot == {"incident_id": "shot", "seq": 0, "place": "kg-batken", "name": "Batken",
                    "role": None, "relation": "at", "date": "2020-01-05", "time": None,
                    "time_note": None, "precision_m": None, "primary": True, "timed": False,
                    "latitude": 40.06, "longitude": 70.82}
    assert (kok["name"], kok["role"], kok["relation"], kok["time"], kok["date"], kok["primary"],
            kok["timed"], kok["latitude"], kok["longitude"]) == (
        "Kok-Tash", "attack", "at", "05:00", "2021-04-29", False, True, 39.95, 70.55)
    # the primary stop without coordinates stands at the row's point
    assert (vorukh["name"], vorukh["relation"], vorukh["date"], vorukh["precision_m"],
            vorukh["time_note"], vorukh["primary"], vorukh["timed"], vorukh["latitude"],
            vorukh["longitude"]) == (
        "tj-vorukh", "near", "2021-04-30", 500, "dawn", True, True, 39.85, 70.58)
    assert (hill["place"], hill["name"], hill["latitude"], hill["longitude"], hill["timed"],
            hill["primary"]) == (None, "Hill", 40.2, 70.9, False, False)  # no time of its own
    assert unknown["place"] == "unknown-place" and math.isnan(unknown["latitude"])
    assert math.isnan(unknown["longitude"]) and unknown["role"] is None
    assert out["seq"].dtype == np.int64 and str(out["precision_m"].dtype) == "Int64"
    assert out["primary"].dtype == bool and out["latitude"].dtype == np.float64
    assert out["timed"].dtype == bool and list(out.index) == [0, 1, 2, 3, 4]


def test_without_a_primary_the_first_stop_stands_at_the_row_point_and_resolve_is_optional():
    listed = json.dumps([{"place": "kg-kok-tash"}, {"place": "tj-vorukh", "time": "06:00"}])
    out = stops_frame(_table([("raid", "2021-04-29", "kg-kok-tash", "Kok-Tash", 39.9, 70.5,
                                listed)]))
    assert out["primary"].tolist() == [True, False]
    assert out["latitude"].tolist()[0] == 39.9 and math.isnan(out["latitude"].tolist()[1])
    assert out["date"].tolist() == ["2021-04-29", "2021-04-29"]
    assert out["timed"].tolist() == [False, True]


def test_stops_of_an_empty_table_and_of_a_stop_with_blank_coordinates():
    out = stops_frame(_table([]))
    assert len(out) == 0 and list(out.columns)[:2] == ["incident_id", "seq"]
    listed = json.dumps([{"place": "x", "lat": "", "lon": "n/a", "primary": True}])
    out = stops_frame(_table([("a", "2020-01-05", None, "Batken", None, None, listed)]))
    assert math.isnan(out["latitude"][0]) and math.isnan(out["longitude"][0])


def test_stops_of_rows_without_lists_only():
    out = stops_frame(_table([("a", "2020-01-05", None, "Batken", 40.06, 70.82, None)]))
    assert out.to_dict("records")[0]["place"] is None and len(out) == 1
    assert out["seq"].dtype == np.int64 and out["timed"].tolist() == [False]
