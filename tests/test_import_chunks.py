"""``import`` converts a big table a chunk at a time, on several processes: the YAML is the
same text whatever the chunking and the number of processes, in the file's order; records
with different keys keep what each key's absence means."""

from __future__ import annotations

import csv
import io

import yaml
from click.testing import CliRunner

from geoconflict.cli.main import cli
from geoconflict.formats import csv_acled
from geoconflict.formats._from_table import frame_to_incidents, incidents_from_records
from geoconflict.formats._yaml_chunks import frame_yaml_chunks
from geoconflict.incidents.load import dump_incidents
from geoconflict.incidents.model import Estimate

HEADER = ["event_id_cnty", "event_date", "year", "time_precision", "event_type",
          "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "inter2", "country",
          "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "source",
          "notes", "fatalities", "timestamp"]
PLACES = [("Kyrgyzstan", "Batken", "Batken", "Ak-Sai", 39.93, 70.6),
          ("Tajikistan", "Sughd", "Isfara", "Vorukh", 39.84, 70.58),
          ("Uzbekistan", "Fergana", "Sokh", "Sokh", 39.96, 71.13)]


def acled_csv(n: int) -> str:
    """``n`` rows with what varies in real exports: blank figures and actors, two outlets,
    notes with quotes, commas and a line break, repeated and unique values."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(HEADER)
    for i in range(n):
        country, a1, a2, loc, lat, lon = PLACES[i % 3]
        w.writerow([f"X{i}", f"2021-04-{1 + i % 28:02d}", "2021", str(1 + i % 3), "Battles",
                    "Armed clash", "Military Forces of Kyrgyzstan (2020-)",
                    "Civilians (Kyrgyzstan)" if i % 4 == 0 else "", "1",
                    "" if i % 5 == 0 else "Military Forces of Tajikistan (1994-)", "1",
                    country, a1, a2, loc, lat, lon, "1", "24.kg; Asia-Plus" if i % 2 else "AKIpress",
                    f"Row {i}: shots, 'heard' near the post\nsecond line" if i % 7 else "",
                    "" if i % 6 == 0 else str(i % 4), str(1_620_000_000 + i)])
    return buf.getvalue()


def test_chunks_on_two_processes_give_the_text_of_one_dump_in_the_file_order():
    frame, problems = csv_acled.read_frame(acled_csv(40), "t.csv")
    assert not problems
    whole = dump_incidents(frame_to_incidents(frame))
    serial = [t for t, _ in frame_yaml_chunks(frame, "ACLED", chunk=7, jobs=1)]
    parallel = list(frame_yaml_chunks(frame, "ACLED", chunk=7, jobs=2, min_rows=0))
    assert [rows for _, rows in parallel] == [7, 7, 7, 7, 7, 5]
    assert "".join(t for t, _ in parallel) == "".join(serial) == whole
    back = yaml.safe_load(whole)
    assert [i["id"] for i in back] == [f"X{i}" for i in range(40)]
    assert back[6].get("fatalities") is None and back[7]["fatalities"] == {
        "low": 3, "best": 3, "high": 3}


def test_jobs_must_be_a_positive_count(tmp_path):
    src = tmp_path / "a.csv"
    src.write_text(acled_csv(3), encoding="utf-8")
    r = CliRunner().invoke(cli, ["import", "acled", str(src), "-j", "0"])
    assert r.exit_code == 2 and "--jobs" in r.output and "0" in r.output


def test_records_with_other_keys_keep_the_meaning_of_a_missing_key():
    base = {"event_id_cnty": "A", "event_date": "2022-01-27", "event_type": "Battles",
            "sub_event_type": "Armed clash", "latitude": 39.9, "longitude": 70.6,
            "fatalities": 2}
    bare = dict(base)  # ACLED's bare figure: the event's low, best and high
    ranged = dict(base, event_id_cnty="B", fatalities_low=None, fatalities_high=5)
    again = dict(base, event_id_cnty="C")
    got = incidents_from_records([bare, ranged, again])
    assert [i.id for i in got] == ["A", "B", "C"]
    assert got[0].fatalities == got[2].fatalities == Estimate(2, 2, 2)
    assert got[1].fatalities == Estimate(None, 2, 5)
