"""Answers say how sure they are: a near-miss spelling is marked, and a doubtful one is
not taken as the answer (``geocode``, the geopy geocoder, ``import`` and ``export``)."""

from __future__ import annotations

import json

import geopandas
from click.testing import CliRunner

from geoconflict.cli.main import cli
from geoconflict.gazetteer.geocoder import GazetteerGeocoder

HEADER = "event_date,event_type,sub_event_type,country,location,fatalities,notes\n"


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input)


def test_a_doubtful_fuzzy_match_exits_1_with_did_you_mean():
    res = run("geocode", "Kara-Bag")         # a near-miss of the village Kara-Bak, ratio 86
    assert res.exit_code == 1
    assert "did you mean Kara-Bak (KG, fuzzy 86)?" in res.stderr and res.stdout == ""


def test_all_lists_the_guesses_marked_fuzzy():
    res = run("geocode", "Kara-Bag", "--all", "--json")
    assert res.exit_code == 0
    cands = json.loads(res.stdout)[0]["candidates"]
    assert cands[0]["id"] == "kg-kara-bak" and {c["match"] for c in cands} == {"fuzzy"}


def test_every_answer_names_its_match_in_table_and_json():
    res = run("geocode", "Lyakkon", "Vorukhh", "Batkn")
    lines = res.stdout.splitlines()
    assert res.exit_code == 0 and lines[0].split()[-1] == "match"
    assert [ln.split()[-1] for ln in lines[1:]] == ["exact", "variant", "fuzzy"]
    data = json.loads(run("geocode", "Batkn", "--json").stdout)
    assert data[0]["candidates"][0]["match"] == "fuzzy"


def test_exact_refuses_variants_and_fuzzy():
    assert run("geocode", "Lyakkon", "Ghayroghum", "--exact").exit_code == 0
    res = run("geocode", "Vorukhh", "--exact")
    assert res.exit_code == 1 and "unknown place 'Vorukhh'" in res.stderr


def test_geopy_geocoder_marks_fuzzy_and_refuses_doubtful():
    g = GazetteerGeocoder()
    loc = g.geocode("Batkn")
    assert loc.raw["fuzzy"] is True and loc.raw["match"]["match"] == "fuzzy"
    assert g.geocode("Vorukh").raw["fuzzy"] is False
    assert g.geocode("Kara-Bag") is None
    assert GazetteerGeocoder(guesses=True).geocode("Kara-Bag").raw["id"] == "kg-kara-bak"


def test_geopandas_geocode_gives_no_point_for_a_doubtful_name():
    got = geopandas.tools.geocode(["Vorukh", "Kara-Bag"], provider=GazetteerGeocoder)
    assert not got.geometry.iloc[0].is_empty
    assert got.geometry.iloc[1] is None or got.geometry.iloc[1].is_empty


def test_import_links_names_and_validate_accepts_it(tmp_path):
    src = tmp_path / "names.csv"
    src.write_text(HEADER + "2021-04-29,Battles,Armed clash,Tajikistan,Vorukh,2,x\n")
    out = tmp_path / "names.yaml"
    assert run("import", "acled", str(src), "-o", str(out)).exit_code == 0
    assert "place: tj-vorukh" in out.read_text() and "lat:" not in out.read_text()
    assert run("validate", str(out)).exit_code == 0


def test_import_and_export_refuse_a_name_they_do_not_know(tmp_path):
    src = tmp_path / "bad.csv"
    src.write_text(HEADER + "2021-04-29,Battles,Armed clash,Kyrgyzstan,Kara-Bag,2,x\n")
    for args in (("import", "acled", str(src)), ("export", str(src), "-f", "csv")):
        res = run(*args)
        assert res.exit_code == 1, args
        assert f"{src}:2: location: 'Kara-Bag' is not a gazetteer name — did you mean " \
               "Kara-Bak (KG)" in res.stderr
