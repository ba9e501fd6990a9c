"""``import geoconflict as gc``: the notebook API, met the way a notebook user meets it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import folium
import pyogrio
import pytest
from click.testing import CliRunner
from maps_fixtures import page_blocks

import geoconflict as gc
from geoconflict.cli.main import cli

YAML = "incidents/fergana-valley.yaml"


@pytest.fixture(scope="module")
def incidents():
    return gc.read(YAML)


def test_import_geoconflict_loads_nothing_heavy():
    code = ("import sys, geoconflict; print(sorted(m for m in ('pandas', 'geopandas', 'folium',"
            " 'shapely', 'yaml', 'numpy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"
    assert "read" in dir(gc) and callable(gc.map)


def test_read_takes_a_str_a_path_or_a_list(incidents):
    assert len(incidents) > 10
    assert gc.read(Path(YAML)) == incidents == gc.read([YAML]) == gc.read("incidents/")


def test_geodataframe_is_ready_for_gis(incidents, tmp_path):
    gdf = gc.to_geodataframe(incidents)
    assert len(gdf) == len(incidents) and gdf.crs.to_epsg() == 4326
    assert gdf["fatalities"].dtype.kind in "iu" or str(gdf["fatalities"].dtype) == "Int64"
    assert set(gdf["border_segment"].dropna()) <= {i.border_segment for i in incidents}
    path = tmp_path / "i.gpkg"
    gdf.to_file(path)
    back = pyogrio.read_dataframe(path)
    assert len(back) == len(gdf) and back.geometry.x.round(5).tolist() == \
        [round(i.primary.lon, 5) for i in incidents]
    stops = gc.to_geodataframe(incidents, stops=True)
    assert len(stops) == sum(len(i.locations) for i in incidents) > len(gdf)
    assert stops.geometry.notna().all()


def test_geocode_marks_how_sure_each_answer_is():
    got = gc.geocode(["Vorukh", "Batkn", "Kara-Tokoi", "Nowhere"])
    assert list(got["match"].iloc[:3]) == ["exact", "fuzzy", "fuzzy"]
    assert got["match"].isna().iloc[3] and got["id"].isna().iloc[3]
    assert list(got["sure"]) == [True, True, False, False]
    assert got.geometry.iloc[3] is None
    assert gc.geocode("Dostuk", near="Isfana")["id"].iloc[0] != gc.geocode("Dostuk")["id"].iloc[0]
    assert gc.geocode("Vorukhh", exact=True)["id"].isna().all()


def test_side_of_takes_longitude_first():
    assert gc.side_of(70.58, 39.85, at="2021-04-29") == {"country": "TJ", "enclave": "vorukh"}
    assert gc.side_of(39.85, 70.58)["country"] is None


def test_attach_each_incident_at_its_own_date_unless_at(incidents):
    own = gc.attach(incidents)
    attached = [n for n, i in enumerate(incidents) if i.border_segment]   # geo_precision <= 2
    assert len(attached) > 5
    assert [own["segment_status"][n] for n in attached] == \
        [incidents[n].segment_status for n in attached]
    later = gc.attach(incidents, at="2026-06-01")
    assert (own["segment_status"] != later["segment_status"]).any()


def test_attach_a_geodataframe_in_any_crs_at_its_dates(incidents):
    gdf = gc.to_geodataframe(incidents)
    a, b = gc.attach(gdf), gc.attach(gdf.to_crs(3857))
    assert list(a["segment_status"]) == list(b["segment_status"]) == \
        list(gc.attach(incidents)["segment_status"])
    assert (a["border_km"] - b["border_km"]).abs().max() < 1e-6
    gdf.loc[gdf.index[0], "event_date"] = None
    with pytest.raises(ValueError, match="event_date is not a date"):
        gc.attach(gdf)
    assert len(gc.attach(gdf, at="2021-04-29")) == len(gdf)    # one date for all: no need


def test_map_draws_the_borders_of_its_date(incidents, tmp_path):
    m = gc.map(incidents, at="2021-04-29")
    assert isinstance(m, folium.Map)
    path = gc.save_map(m, tmp_path / "m.html")
    cli_map = tmp_path / "cli.html"
    assert CliRunner().invoke(cli, ["map", YAML, "--at", "2021-04-29", "-o",
                                    str(cli_map)]).exit_code == 0
    assert path.read_bytes() == cli_map.read_bytes()
    html_2024 = gc.save_map(gc.map(incidents, at="2024-06-01"), tmp_path / "b.html").read_text()
    def enclaves(page: str) -> str:        # the enclave layer's packed data, decoded
        return json.dumps(page_blocks(page)["EnclaveLayer"], ensure_ascii=False)

    assert "Barak" in enclaves(path.read_text())      # the enclave, until 2023
    assert "Barak" not in enclaves(html_2024) and "Vorukh" in enclaves(html_2024)


def test_map_of_a_geodataframe_in_web_mercator(incidents, tmp_path):
    gdf = gc.to_geodataframe(incidents).to_crs(3857)
    a = gc.save_map(gc.map(gdf, at="2021-04-29"), tmp_path / "a.html")
    b = gc.save_map(gc.map(incidents, at="2021-04-29"), tmp_path / "b.html")
    assert a.read_bytes() == b.read_bytes()


def test_write_is_what_export_writes(incidents, tmp_path):
    out = gc.write(incidents, tmp_path / "a.gpkg")
    cli_out = tmp_path / "b.gpkg"
    assert CliRunner().invoke(cli, ["export", YAML, "-o", str(cli_out)]).exit_code == 0
    assert out.read_bytes() == cli_out.read_bytes()
    assert len(pyogrio.read_dataframe(out, layer="incidents")) == len(incidents)


def test_extract_text_gives_drafts():
    drafts = gc.extract("Clashes broke out near Vorukh on 29 April 2021; two border guards "
                        "were killed.", published="2021-04-30")
    assert [s["place"] for s in drafts[0]["locations"]] == ["tj-vorukh"]


def test_load_incidents_takes_one_path_as_a_str_or_a_path():
    from geoconflict.incidents import load_incidents

    assert load_incidents(YAML) == load_incidents(Path(YAML)) == load_incidents([YAML])


def test_gc_extract_is_callable_after_the_extract_package_is_imported():
    import geoconflict.extract.pipeline  # noqa: F401 - sets geoconflict.extract to the package

    drafts = gc.extract("Clashes broke out near Vorukh on 29 April 2021.", published="2021-05-01")
    assert drafts[0]["locations"][0]["place"] == "tj-vorukh"
