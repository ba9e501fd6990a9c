"""The map's fast path from derived Incidents: the same records, packs and JSON as the way
through features, and the command's paused garbage collector."""

from __future__ import annotations

import dataclasses
import gc
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from maps_fixtures import synthetic_incidents

from geoconflict._errors import DataError
from geoconflict.cli.options import gc_paused, keep_freed_memory
from geoconflict.gazetteer.index import default_gazetteer
from geoconflict.incidents.derive import derive
from geoconflict.incidents.load import load_incidents
from geoconflict.incidents.model import Estimate, Stop
from geoconflict.maps.compact import json_bytes
from geoconflict.maps.from_incidents import IncidentRecords, incident_features, located
from geoconflict.maps.incident_pack import pack_incidents
from geoconflict.maps.records import map_incidents


@pytest.fixture(scope="module")
def curated():
    return load_incidents()


def test_records_from_incidents_equal_the_records_of_their_features(curated):
    # the curated incidents have routes, stops that are not a route, differing claims
    assert any(len(i.locations) > 1 for i in curated)
    fast = map_incidents(located(curated), IncidentRecords())
    slow = map_incidents(incident_features(curated))
    assert len(fast) == len(slow) == len(curated)
    for a, b in zip(fast, slow, strict=True):
        assert a == b                      # id, point, days, props, differ, figures
    assert any(r.differ for r in fast) and any(r.props.get("stops") for r in fast)
    assert pack_incidents(fast) == pack_incidents(slow)


def test_an_incident_without_coordinates_is_left_out_as_before(curated):
    lost = dataclasses.replace(curated[0], id="lost", locations=(Stop(name="nowhere"),))
    assert [i.id for i in located([lost, curated[1]])] == [curated[1].id]
    assert len(incident_features([lost, curated[1]])["features"]) == 1


def test_bad_incidents_get_the_errors_their_features_get(curated):
    bad = [dataclasses.replace(curated[0], title=""),
           dataclasses.replace(curated[0], fatalities=Estimate(-1, -1, -1)),
           dataclasses.replace(curated[0], date_end=curated[0].date_start.replace(year=1990))]
    for inc in bad:
        with pytest.raises(DataError) as fast:
            map_incidents([curated[1], inc], IncidentRecords())
        with pytest.raises(DataError) as slow:
            map_incidents(incident_features([curated[1], inc]))
        assert str(fast.value) == str(slow.value)
        assert str(fast.value).startswith(f"incident 1 ({inc.id}): ")
    with pytest.raises(DataError, match=r"incident 1 \(.*\): duplicate id \(also feature 0\)"):
        map_incidents([curated[0], curated[0]], IncidentRecords())


def test_equal_reports_share_one_dict_and_one_packed_report(curated):
    inc = curated[0]
    twins = [dataclasses.replace(inc, id=f"t{n}", reports=tuple(
        dataclasses.replace(r) for r in inc.reports)) for n in range(2)]   # equal, not same
    a, b = map_incidents(twins, IncidentRecords())
    assert a.props["reports"][0] is b.props["reports"][0]
    packed = pack_incidents([a, b])
    assert packed["r"][0] == packed["r"][1] == pack_incidents([a])["r"][0]


def test_an_integer_and_a_float_figure_keep_their_own_labels():
    feats = [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [70.6, 40.1]},
              "properties": {"id": f"i{n}", "title": "x", "date_start": "2021-04-29",
                             "fatalities": v}} for n, v in enumerate((1, 1.0, 1))]
    packed = pack_incidents(map_incidents({"type": "FeatureCollection", "features": feats}))
    assert [packed["S"][i] for i in packed["fl"]] == ["1", "1.0", "1"]


def test_derive_keeps_an_incident_that_holds_its_derived_fields(curated):
    gaz = default_gazetteer()
    raw = [dataclasses.replace(i, country="", admin1="") for i in curated]
    once = derive(raw, gaz, attach=False)
    assert all(a is not b for a, b in zip(once, raw, strict=True))     # country filled
    assert [i.country for i in once] == [i.country for i in curated]
    again = derive(once, gaz, attach=False)
    assert all(a is b for a, b in zip(again, once, strict=True))
    assert derive(once, gaz, attach=False) == once


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.text()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.sampled_from([1e-05, 1e16, 1.5e-300, 123456789012345680.0, 0.1 + 0.2, -0.0]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner,
                                                                max_size=4),
    max_leaves=20)


@settings(max_examples=300, deadline=None)
@given(_JSON)
def test_json_bytes_are_the_standard_librarys(value):
    try:
        expected = json.dumps(value, ensure_ascii=False, separators=(",", ":"),
                              allow_nan=False).encode("utf-8")
    except UnicodeEncodeError:                     # a lone surrogate: neither can write it
        with pytest.raises(UnicodeEncodeError):
            json_bytes(value)
        return
    assert json_bytes(value) == expected


def test_json_bytes_write_floats_and_control_characters_as_python_does():
    value = {"f": [1e-05, 1e16, 2.5e-7, 0.0001, 1e15, 70.12345], "t": "a\x00\x1f\x7f\u2028\"\\"}
    assert json_bytes(value) == json.dumps(value, ensure_ascii=False,
                                           separators=(",", ":")).encode()


def test_gc_paused_turns_the_collector_off_for_the_command_only():
    seen = []
    run = gc_paused(lambda: seen.append(gc.isenabled()))
    assert gc.isenabled()
    run()
    assert seen == [False] and gc.isenabled()

    def fails():
        raise ValueError("x")
    with pytest.raises(ValueError):
        gc_paused(fails)()
    assert gc.isenabled()
    gc.disable()
    try:
        run()
        assert not gc.isenabled()                  # left off when it was off
    finally:
        gc.enable()


def test_a_batch_command_keeps_freed_memory_where_the_c_library_allows_it():
    import platform

    glibc = platform.system() == "Linux" and platform.libc_ver()[0] == "glibc"
    assert keep_freed_memory() is glibc                 # mallopt took every setting
    assert keep_freed_memory() is glibc                 # once per process, then as it was


def _met(packed: dict, i: int) -> list[int]:
    """The string indexes of incident ``i`` in the order a packer meets them."""
    seq = [] if packed["dl"][i] == -1 else [packed["dl"][i]]
    seq += [packed["et"][i], packed["st"][i], *packed["a"][i], packed["fl"][i],
            packed["il"][i], packed["sg"][i], packed["ss"][i], *(packed["dk"][i] or [])]
    for outlet, _title, _date, _url, claims in packed["r"][i]:
        seq += [n for pair in claims for n in pair] + [outlet]
    if packed["s"][i]:
        seq += [n for texts in packed["s"][i][2:] for n in texts]
    return [*seq, packed["v"][i]]


def test_the_string_table_is_in_order_of_first_use(curated):
    feats = synthetic_incidents(400, stops_every=3)["features"]
    for n, f in enumerate(feats):                  # values met first in later slots
        p = f["properties"]
        p["sub_event_type"] = p["actors"][0] if n % 5 == 0 else p["sub_event_type"]
        p["segment_status"] = p["reports"][0]["outlet"] if n % 7 == 0 else "disputed"
        p["date_precision"] = "month" if n % 11 == 0 else "day"
    records = map_incidents(located(curated), IncidentRecords()) + map_incidents(feats)
    packed = pack_incidents(records)
    seen: dict[int, int] = {}
    for i in range(packed["n"]):
        for k in _met(packed, i):
            if k != -1 and k not in seen:
                assert k == len(seen), (i, packed["S"][k])
                seen[k] = i
    assert len(seen) == len(packed["S"]) == len(set(packed["S"]))
