"""Round trips over generated incidents (CSV, GeoJSON, GeoPackage through GDAL, YAML) and
of the curated set through export and import."""

from __future__ import annotations

import string
from datetime import date, timedelta

import pyogrio
import pytest
from formats_fixtures import CURATED, GAZ, curated_frame
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geoconflict.formats import _table, csv_acled, geojson, gpkg
from geoconflict.incidents.derive import derive
from geoconflict.incidents.load import dump_incidents, load_incidents, parse_incidents
from geoconflict.incidents.model import (
    COUNT_FIELDS,
    EVENT_TYPES,
    Actor,
    Estimate,
    Incident,
    Report,
    Stop,
    merge_claims,
)


@pytest.fixture(scope="module")
def frame():
    return curated_frame()


# -- round trips over generated incidents ------------------------------------------------

_WORD = st.text(string.ascii_letters + "éöʻ-'", min_size=1, max_size=8)
_TEXT = st.lists(_WORD, min_size=1, max_size=4).map(" ".join)
_NOTE = st.lists(_WORD | st.sampled_from([",", "\n", '"quoted"', "<b>"]), min_size=1,
                 max_size=6).map(" ".join).map(str.strip).filter(bool)
_PAIRS = [(t, s) for t, subs in EVENT_TYPES.items() for s in subs]


@st.composite
def _estimates(draw):
    if draw(st.booleans()):
        return Estimate()
    a, b, c = sorted(draw(st.lists(st.integers(0, 10_000), min_size=3, max_size=3)))
    return Estimate(a, b, c)


@st.composite
def _stops(draw):
    n = draw(st.integers(1, 3))
    times = sorted(draw(st.lists(st.sampled_from(["", "01:15", "05:00", "23:59"]),
                                 min_size=n, max_size=n)))
    out = []
    for i in range(n):
        if draw(st.booleans()):
            out.append(Stop(place=draw(st.sampled_from([p.id for p in GAZ.places])),
                            time=times[i], role=draw(st.sampled_from(["", "attack"]))))
        else:
            out.append(Stop(lat=round(draw(st.floats(37.5, 41.5)), 5),
                            lon=round(draw(st.floats(67.0, 73.0)), 5), source="test map",
                            name=draw(_TEXT), time=times[i], explicit=True,
                            precision_m=draw(st.none() | st.integers(1, 50_000))))
    return tuple(out)


@st.composite
def incidents(draw):
    start = draw(st.dates(date(1995, 1, 1), date(2024, 12, 31)))
    etype, sub = draw(st.sampled_from(_PAIRS))
    actors = [Actor(draw(_TEXT), "actor1", draw(st.none() | st.integers(1, 8)))]
    actors += [Actor(n, "assoc_actor_1") for n in draw(st.lists(_TEXT, max_size=2))]
    if draw(st.booleans()):
        actors.append(Actor(draw(_TEXT), "actor2", draw(st.none() | st.integers(1, 8))))
    reports = tuple(Report(outlet=draw(_TEXT), title=draw(st.just("") | _TEXT),
                           date=draw(st.just("") | st.just("2025-01-02")),
                           claims=draw(st.just({}) | st.builds(lambda n: {"fatalities": n},
                                                               st.integers(0, 99))))
                    for _ in range(draw(st.integers(0, 2))))
    counts = {k: draw(_estimates()) for k in ("fatalities", "injured", "detained",
                                              "displaced")}
    return Incident(
        id=draw(st.from_regex(r"[a-z][a-z0-9-]{0,10}", fullmatch=True)), title=draw(_TEXT),
        date_start=start, date_end=start + timedelta(days=draw(st.integers(0, 9))),
        date_precision=draw(st.sampled_from(["day", "week", "month", "year"])),
        event_type=etype, sub_event_type=sub, actors=tuple(actors), locations=draw(_stops()),
        reports=reports, verification=draw(st.sampled_from(["reported", "unverified"])),
        civilian_targeting=draw(st.booleans()), tags=tuple(draw(st.lists(_WORD, max_size=2))),
        notes=draw(st.just("") | _NOTE), geo_precision=draw(st.none() | st.integers(1, 3)),
        extra=draw(st.just({}) | st.builds(lambda v: {"x_extra": v}, _WORD)),
        country=draw(st.sampled_from(["", "KG", "TJ", "UZ"])), admin1=draw(st.just("") | _TEXT),
        border_segment=draw(st.none() | st.just("kg-tj-07")),
        border_km=draw(st.none() | st.floats(0, 25).map(lambda x: round(x, 3))), **counts)


_SETTINGS = settings(max_examples=30, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow,
                                            HealthCheck.function_scoped_fixture])


@_SETTINGS
@given(st.lists(incidents(), min_size=1, max_size=3, unique_by=lambda i: i.id))
def test_round_trip_csv(incs):
    frame = _table.incidents_to_frame(incs)
    back, problems = csv_acled.read_frame(csv_acled.to_text(frame, precision=6), "rt.csv")
    assert not problems
    assert _table.frame_to_incidents(back) == incs


@_SETTINGS
@given(st.lists(incidents(), min_size=1, max_size=3, unique_by=lambda i: i.id))
def test_round_trip_geojson(incs):
    text = geojson.collection_text(_table.incidents_to_frame(incs))
    assert [_table.incident_from_record(r) for r in geojson.read_records(text)] == incs


@_SETTINGS
@given(incs=st.lists(incidents(), min_size=1, max_size=3, unique_by=lambda i: i.id))
def test_round_trip_gpkg_through_gdal(incs, tmp_path_factory):
    path = tmp_path_factory.mktemp("rt") / "rt.gpkg"
    path.write_bytes(gpkg.to_bytes(_table.incidents_to_frame(incs), extra_layers={}))
    df = pyogrio.read_dataframe(path, layer="incidents")
    df["latitude"] = [None if g is None else g.y for g in df.geometry]
    df["longitude"] = [None if g is None else g.x for g in df.geometry]
    df = df.drop(columns="geometry")
    assert _table.frame_to_incidents(df) == incs


@settings(max_examples=30, deadline=None)
@given(st.lists(incidents(), min_size=1, max_size=3, unique_by=lambda i: i.id))
def test_round_trip_yaml(incs):
    # derived fields are not written to YAML; a count left out is derived from the claims
    incs = [i.replace(country="", admin1="", border_segment=None, border_km=None,
                      **{k: getattr(i, k) or merge_claims(i.reports, k) for k in COUNT_FIELDS})
            for i in incs]
    assert parse_incidents(dump_incidents(incs), "rt.yaml", GAZ) == incs


def test_export_then_import_of_the_curated_set(frame, tmp_path):
    """The curated incidents survive CSV and GeoJSON and derive to the same thing."""
    original = load_incidents([CURATED], gazetteer=GAZ, attach=False)
    back_csv = derive(_table.frame_to_incidents(csv_acled.read_frame(
        csv_acled.to_text(frame, 6), "x")[0]), GAZ, attach=False)
    back_json = derive([_table.incident_from_record(r) for r in geojson.read_records(
        geojson.collection_text(frame))], GAZ, attach=False)
    assert back_csv == original and back_json == original
