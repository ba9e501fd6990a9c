"""ACLED and UCDP GED imports: values, estimates and precision codes kept, columns in any
order, problems named by their physical line."""

from __future__ import annotations

from datetime import date

import pytest
from formats_fixtures import ACLED_SAMPLE, UCDP_SAMPLE

from geoconflict._errors import IncidentsError
from geoconflict.formats import _table, csv_acled, ucdp
from geoconflict.incidents.model import (
    Estimate,
)


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_acled_import(bom, tmp_path):
    path = tmp_path / "acled.csv"
    path.write_bytes(bom + ACLED_SAMPLE.encode())
    first, second = csv_acled.read(path)
    assert first.id == "KGZ1" and first.date_start == date(2021, 4, 28)
    assert first.notes == "Clashes near the water intake, with mortars;\nseveral houses burnt."
    assert first.geo_precision == 1 and first.date_precision == "day"
    assert second.geo_precision == 2 and second.date_precision == "week"  # time_precision 2
    assert first.fatalities == Estimate(13, 13, 13) and first.country == "KG"
    assert first.extra == {"my_column": "x1", "source_scale": "National",
                           "timestamp": "1620000000"}
    assert [(a.name, a.role, a.inter) for a in second.actors] == [
        ("Military Forces of Tajikistan (1994-)", "actor1", 1),
        ("Civilians (Kyrgyzstan)", "actor2", 7)]
    assert second.civilian_targeting and second.locations[0].lat == 40.128
    assert [r.outlet for r in first.reports] == ["24.kg"]


def test_acled_import_columns_in_another_order_keep_values():
    lines = ACLED_SAMPLE.replace("\"Clashes near the water intake, with mortars;\nseveral "
                                 "houses burnt.\"", "calm").splitlines()
    rows = [ln.split(",") for ln in lines]
    order = list(reversed(range(len(rows[0]))))
    text = "\n".join(",".join(r[i] for i in order) for r in rows) + "\n"
    frame, problems = csv_acled.read_frame(text, "rev.csv")
    assert not problems
    assert list(frame.columns[:31]) == list(_table.ACLED_COLUMNS)
    assert frame["my_column"].tolist() == ["x1", "x2"]


def test_acled_problems_name_the_physical_line(tmp_path):
    bad = ACLED_SAMPLE.replace("Batken,Leilek,,Maksat,40.128,69.7001",
                               "Batken,Leilek,,Maksat,69.7001,40.128").replace(
        "Explosions/Remote violence", "Explosion")
    _, problems = csv_acled.read_frame(bad, "a.csv")
    got = sorted(str(p) for p in problems)
    # record 2 starts on line 4: the quoted note of record 1 spans lines 2-3
    assert got == [
        "a.csv:4: event_type: unknown ACLED event type 'Explosion'",
        "a.csv:4: latitude: (69.7001, 40.128) is outside the region — lat and lon look swapped"]
    path = tmp_path / "a.csv"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(IncidentsError):
        csv_acled.read(path)


def test_ucdp_import_keeps_precision_codes_and_estimates(tmp_path):
    path = tmp_path / "ged.csv"
    path.write_text(UCDP_SAMPLE)
    (inc,) = ucdp.read(path)
    assert inc.id == "ucdp-401234"
    assert inc.fatalities == Estimate(31, 35, 55)
    assert inc.extra["where_prec"] == "2" and inc.extra["date_prec"] == "2"
    assert inc.geo_precision == 2 and inc.date_precision == "day"
    assert (inc.date_start, inc.date_end) == (date(2021, 4, 29), date(2021, 5, 1))
    assert inc.extra["dyad_name"].startswith("Government of Kyrgyzstan")
    assert [(a.name, a.inter) for a in inc.actors] == [("Government of Kyrgyzstan", 1),
                                                        ("Government of Tajikistan", 1)]
    (rep,) = inc.reports
    assert rep.outlet == "24.kg;AFP" and rep.claims["fatalities"] == {"low": 31, "best": 35,
                                                                       "high": 55}
    assert inc.locations[0].name == "Kok-Tash village" and inc.locations[0].source == "UCDP GED"
