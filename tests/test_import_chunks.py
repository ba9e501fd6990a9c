"""``import`` converts a big table a chunk at a time: the YAML is the same text whatever the
chunking, in the file's order; records with different keys keep what each key's absence
means."""

from __future__ import annotations

import csv
import io
import os

import yaml
from click.testing import CliRunner

from geoconflict.cli.main import cli
from geoconflict.formats import csv_acled
from geoconflict.formats._from_table import frame_to_incidents, incidents_from_records
from geoconflict.formats._yaml_chunks import (
    MAX_WORKERS,
    PARALLEL_ROWS,
    frame_yaml_chunks,
    workers_for,
)
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
                    country, a1, a2, loc, lat, lon, "1",
                    "24.kg; Asia-Plus" if i % 2 else "AKIpress",
                    f"Row {i}: shots, 'heard' near the post\nsecond line" if i % 7 else "",
                    "" if i % 6 == 0 else str(i % 4), str(1_620_000_000 + i)])
    return buf.getvalue()


def test_chunks_give_the_text_of_one_dump_in_the_file_order():
    frame, problems = csv_acled.read_frame(acled_csv(40), "t.csv")
    assert not problems
    whole = dump_incidents(frame_to_incidents(frame))
    chunks = list(frame_yaml_chunks(frame, "ACLED", chunk=7))
    assert [rows for _, rows in chunks] == [7, 7, 7, 7, 7, 5]
    assert "".join(t for t, _ in chunks) == whole
    back = yaml.safe_load(whole)
    assert [i["id"] for i in back] == [f"X{i}" for i in range(40)]
    assert back[6].get("fatalities") is None and back[7]["fatalities"] == {
        "low": 3, "best": 3, "high": 3}
    assert back[1]["actors"][-1] == {"name": "Military Forces of Tajikistan (1994-)",
                                     "role": "actor2", "inter": 1}
    assert [r["outlet"] for r in back[1]["reports"]] == ["24.kg", "Asia-Plus"]


def test_worker_processes_give_the_text_of_one_process_in_the_file_order():
    frame, problems = csv_acled.read_frame(acled_csv(40), "t.csv")
    assert not problems
    one = list(frame_yaml_chunks(frame, "ACLED", chunk=7, workers=1))
    two = list(frame_yaml_chunks(frame, "ACLED", chunk=7, workers=2))
    assert two == one
    assert yaml.safe_load("".join(t for t, _ in two))[39]["id"] == "X39"


def test_only_a_big_table_is_worth_forking_for():
    assert workers_for(PARALLEL_ROWS - 1) == 1
    assert workers_for(10 * PARALLEL_ROWS) == min(MAX_WORKERS, len(os.sched_getaffinity(0)))


def test_import_jobs_option_writes_the_same_file(tmp_path):
    src = tmp_path / "export.csv"
    src.write_text(acled_csv(30), encoding="utf-8")
    outs = []
    for jobs in ("1", "3"):
        out = tmp_path / f"j{jobs}.yaml"
        res = CliRunner().invoke(cli, ["import", "acled", str(src), "-o", str(out),
                                       "--jobs", jobs])
        assert res.exit_code == 0, res.output
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] and outs[0].count(b"\n- id: X") == 29
    bad = CliRunner().invoke(cli, ["import", "acled", str(src), "--jobs", "0"])
    assert bad.exit_code == 2 and "--jobs" in bad.output


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
