"""The map's records of a table made from its columns (maps.from_table, as the command's
table_items makes them): the same records, packs and errors as the way through Incidents
(frame_to_incidents, derive, IncidentRecords)."""

from __future__ import annotations

import pytest

from geoconflict._errors import DataError
from geoconflict.cli.map_cmd import table_items
from geoconflict.formats._table import frame_to_incidents
from geoconflict.formats.read import read_frame
from geoconflict.formats.write import write_incidents
from geoconflict.gazetteer.index import default_gazetteer
from geoconflict.incidents.derive import derive
from geoconflict.incidents.load import load_incidents
from geoconflict.maps.from_incidents import IncidentRecords, located
from geoconflict.maps.incident_pack import pack_incidents
from geoconflict.maps.records import MapIncident, map_incidents

HEADER = ("event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,"
          "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,country,admin1,location,latitude,"
          "longitude,source,notes,fatalities\n")
ROWS = [
    "T1,2021-04-29,1,Battles,Armed clash,Army A,,1,Army B,,1,Kyrgyzstan,Batken,Batken,"
    "40.06,70.82,Outlet One; Outlet Two,a note,3",
    "T2,2021-04-01,3,Battles,Armed clash,Army A,Group C; Group D,1,,,,Tajikistan,Sughd,Isfara,"
    "40.12,70.63,Outlet One,,0",
    "T3,2022-09-14,1,Explosions/Remote violence,Shelling/artillery/missile attack,Army B,,1,"
    ",,,,,Vorukh,39.85,70.58,Outlet Two,,",
    "T4,2022-09-14,1,Battles,Armed clash,Army A,,1,Army B,,1,Kyrgyzstan,Batken,Batken,"
    "40.06,70.82,Outlet One; Outlet Two,,3",
]


@pytest.fixture(scope="module")
def gaz():
    return default_gazetteer()


@pytest.fixture(scope="module")
def frame(tmp_path_factory, gaz):
    path = tmp_path_factory.mktemp("table") / "acled.csv"
    path.write_text(HEADER + "\n".join(ROWS) + "\n", encoding="utf-8")
    return read_frame([path], gaz)


def _through_incidents(frame, gaz):
    return located(derive(frame_to_incidents(frame), gaz, attach=False))


def test_records_of_the_columns_equal_the_records_of_the_incidents(frame, gaz):
    items = table_items(frame, gaz)
    made = [type(i) is MapIncident for i in items]
    assert made == [True, True, False, True]      # T3 has no country: derive finds it
    fast = map_incidents(items, IncidentRecords())
    slow = map_incidents(_through_incidents(frame, gaz), IncidentRecords())
    assert fast == slow
    assert fast[1].props["actors"] == ["Army A", "Group C", "Group D"]
    assert fast[1].props["date_precision"] == "month"
    assert pack_incidents(fast) == pack_incidents(slow)


def test_a_table_of_stops_and_reports_lists_is_read_as_incidents(tmp_path, gaz):
    out = tmp_path / "curated.csv"
    write_incidents(load_incidents(), out, "csv")
    frame = read_frame([out], gaz)
    fast = map_incidents(table_items(frame, gaz), IncidentRecords())
    assert fast == map_incidents(_through_incidents(frame, gaz), IncidentRecords())
    assert any(r.props.get("stops") for r in fast) and any(r.differ for r in fast)


@pytest.mark.parametrize("change, message", [
    ({"fatalities": -1, "fatalities_low": -1, "fatalities_high": -1},
     "incident 1 (T2): fatalities.low must be a number from 0 to 10,000,000,000, got -1"),
    ({"date_end": "2020-01-01"}, "incident 1 (T2): date_end 2020-01-01 is before"),
    ({"latitude": 70.63, "longitude": 40.12}, "(lat/lon swapped?)"),
    ({"place": "kg-no-such-village"}, "kg-no-such-village: no place id"),
])
def test_a_row_the_map_refuses_gets_the_error_of_its_incident(frame, gaz, change, message):
    bad = frame.copy()
    for column, value in change.items():
        bad[column] = bad[column].astype(object)
        bad.loc[1, column] = value
    with pytest.raises(DataError) as slow:
        map_incidents(_through_incidents(bad, gaz), IncidentRecords())
    with pytest.raises(DataError) as fast:
        map_incidents(table_items(bad, gaz), IncidentRecords())
    assert str(fast.value) == str(slow.value)
    assert message in str(fast.value)


def test_a_ucdp_table_gives_the_records_of_its_incidents(tmp_path, gaz):
    from test_formats import UCDP_SAMPLE

    path = tmp_path / "ged.csv"
    path.write_text(UCDP_SAMPLE)
    frame = read_frame([path], gaz)
    items = table_items(frame, gaz)
    assert map_incidents(items, IncidentRecords()) == \
        map_incidents(_through_incidents(frame, gaz), IncidentRecords())
