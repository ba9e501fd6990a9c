"""Disputed sites: the gazetteer's ``claimed_by``, the derived ``country_claims``, exports."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pyogrio
import pytest
from click.testing import CliRunner

from geoconflict._errors import DataError
from geoconflict.cli.main import cli
from geoconflict.formats._columns import ACLED_COLUMNS, OUR_COLUMNS
from geoconflict.formats._table import frame_to_incidents
from geoconflict.gazetteer.index import Gazetteer
from geoconflict.gazetteer.places import Place, load_curated
from geoconflict.incidents.derive import derive
from geoconflict.incidents.load import load_incidents, parse_incidents

CURATED = Path(__file__).resolve().parent.parent / "incidents" / "fergana-valley.yaml"
APRIL_2021 = "kg-tj-2021-04-28-border-conflict"

PLACE = """\
- id: tj-somewhere
  name: Somewhere
  lat: 39.93
  lon: 70.52
  country: TJ
  admin1: Sughd
  kind: water_facility
  source: a test
{extra}"""


def _place_file(tmp_path, extra: str) -> Path:
    path = tmp_path / "p.yaml"
    path.write_text(PLACE.format(extra=extra), encoding="utf-8")
    return path


def test_claimed_by_loads_as_codes_and_is_exported_only_when_set(tmp_path):
    (p,) = load_curated([_place_file(tmp_path, "  claimed_by: [tj, KG]\n")])
    assert p.claimed_by == ("TJ", "KG")
    assert p.to_dict()["claimed_by"] == ["TJ", "KG"]
    (plain,) = load_curated([_place_file(tmp_path, "")])
    assert plain.claimed_by == () and "claimed_by" not in plain.to_dict()


@pytest.mark.parametrize("value", ["[KG, UZ]", "[TJ]", "[TJ, TJ]", "[TJ, Kyrgyzstan]",
                                   "TJ KG"])
def test_bad_claimed_by_is_a_located_error(tmp_path, value):
    path = _place_file(tmp_path, f"  claimed_by: {value}\n")
    with pytest.raises(DataError) as err:
        load_curated([path])
    msg = str(err.value)
    assert f"{path}:1: place 'tj-somewhere': claimed_by must list" in msg
    assert "including its country TJ" in msg and "FORMAT.md" in msg


def test_shipped_golovnoy_and_tort_kocho_are_claimed_by_both_and_nothing_else_is():
    disputed = {p.id: p.claimed_by for p in load_curated() if p.claimed_by}
    assert disputed == {"tj-golovnoy": ("TJ", "KG"), "kg-tort-kocho": ("KG", "TJ")}


def _incident(place: str) -> str:
    return f"""\
- id: t1
  title: A clash
  date_start: 2021-04-28
  event_type: Battles
  sub_event_type: Armed clash
  locations:
    - place: {place}
"""


def test_derive_gives_the_primary_stops_claimants():
    gaz = Gazetteer([
        Place("tj-g", "G", 39.93, 70.52, "TJ", "Sughd", "water_facility", "t",
              claimed_by=("TJ", "KG")),
        Place("kg-k", "K", 39.95, 70.54, "KG", "Batken", "village", "t"),
    ])
    (at_g,) = derive(parse_incidents(_incident("tj-g"), "f.yaml", gaz), gaz, attach=False)
    (at_k,) = derive(parse_incidents(_incident("kg-k"), "f.yaml", gaz), gaz, attach=False)
    assert (at_g.country, at_g.country_claims) == ("TJ", ("TJ", "KG"))
    assert (at_k.country, at_k.country_claims) == ("KG", ())


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """The curated incidents exported by the CLI with the shipped gazetteer."""
    out = tmp_path_factory.mktemp("exp")
    for suffix in ("csv", "geojson", "gpkg", "kml"):
        res = CliRunner().invoke(cli, ["export", str(CURATED), "-o", str(out / f"i.{suffix}")])
        assert res.exit_code == 0, res.output
    return out


@pytest.mark.parametrize("suffix", ["csv", "geojson", "gpkg"])
def test_disputed_marker_read_back_by_gdal(exported, suffix):
    kw = {"layer": "incidents"} if suffix == "gpkg" else {}
    df = pyogrio.read_dataframe(exported / f"i.{suffix}", **kw)
    claims = dict(zip(df["event_id_cnty"], df["country_claims"], strict=True))
    assert claims.pop(APRIL_2021) == "Tajikistan; Kyrgyzstan"
    assert all(v is None or pd.isna(v) or v == "" for v in claims.values())
    row = df[df["event_id_cnty"] == APRIL_2021].iloc[0]
    assert row["country"] == "Tajikistan"     # the ACLED column keeps one country


def test_disputed_marker_in_kml_only_on_the_disputed_placemark(exported):
    text = (exported / "i.kml").read_text(encoding="utf-8")
    assert text.count('<Data name="country_claims">') == 1
    start = text.index(f'<Placemark id="{APRIL_2021}">')
    end = text.index("</Placemark>", start)
    assert "<value>Tajikistan; Kyrgyzstan</value>" in text[start:end]


def test_disputed_marker_reads_back_into_the_incident(exported):
    frame = pd.read_csv(exported / "i.csv", dtype=str, keep_default_na=False)
    back = {i.id: i for i in frame_to_incidents(frame)}
    assert back[APRIL_2021].country_claims == ("TJ", "KG")
    assert "country_claims" not in back[APRIL_2021].extra
    assert back["uz-2005-05-13-andijan"].country_claims == ()


def test_undisputed_exports_keep_their_columns(tmp_path):
    src = tmp_path / "i.yaml"
    src.write_text(_incident("kg-kok-tash-batken"), encoding="utf-8")
    for suffix in ("csv", "geojson", "kml"):
        res = CliRunner().invoke(cli, ["export", str(src), "-o", str(tmp_path / f"o.{suffix}")])
        assert res.exit_code == 0, res.output
    header = (tmp_path / "o.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header == list(ACLED_COLUMNS + OUR_COLUMNS)
    props = json.loads((tmp_path / "o.geojson").read_text())["features"][0]["properties"]
    assert "country_claims" not in props and props["country"] == "Kyrgyzstan"
    assert "country_claims" not in (tmp_path / "o.kml").read_text(encoding="utf-8")


def test_curated_april_2021_incident_is_marked_disputed():
    incs = {i.id: i for i in load_incidents([CURATED], attach=False)}
    assert incs[APRIL_2021].country_claims == ("TJ", "KG")
    assert [i for i, inc in incs.items() if inc.country_claims] == [APRIL_2021]
