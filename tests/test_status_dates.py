"""Every shipped status change, on the day before and the day of the change.

The expected dates and statuses are written here from the cited sources (see
../shared/domain/border-facts-and-references.md A2-A3 and gazetteer/borders/sections.yaml
notes), not read from the data, so a change date moved in the data fails this file:
- KG-TJ treaty: instruments of ratification exchanged in Khujand on 2025-03-31;
- KG-TJ rounds before 2011: 519.9 km "agreed before 2011" (latest date the sources allow);
- KG-UZ 2017 treaty (1,170.53 km): ratified, instruments exchanged 5 Oct 2017;
- KG-UZ 2022 treaty (Kempir-Abad, enclaves, Barak): instruments exchanged 2023-01-27;
- TJ-UZ 2002 treaty ratified 2009-03-13; TJ-UZ remaining sections agreed 2018-07-03.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from geoconflict import borders

KG_TJ_TREATY = dt.date(2025, 3, 31)
KG_TJ_PRE2011 = dt.date(2011, 1, 1)
KG_UZ_2017 = dt.date(2017, 10, 5)
KG_UZ_2023 = dt.date(2023, 1, 27)
TJ_UZ_2009 = dt.date(2009, 3, 13)
TJ_UZ_2018 = dt.date(2018, 7, 3)

_DISPUTED_KG_TJ = ("kg-tj-karamyk", "kg-tj-sulyukta", "kg-tj-kairagach", "kg-tj-kulundu",
                   "kg-tj-jangy-jer", "kg-tj-shurob-surkh", "kg-tj-golovnoy", "kg-tj-min-bulak",
                   "kg-tj-dostuk", "kg-tj-kyzyl-bel", "kg-tj-lakkon", "kg-tj-vorukh")
#: section id -> [(change date, status the day before, status on the day)]
CHANGES: dict[str, list[tuple[dt.date, str, str]]] = {
    **{s: [(KG_TJ_TREATY, "disputed", "delimited")] for s in _DISPUTED_KG_TJ},
    "kg-tj-leilek-west": [(KG_TJ_TREATY, "undelimited", "delimited")],
    "kg-tj-konibodom": [(KG_TJ_TREATY, "undelimited", "delimited")],
    "kg-tj-trans-alai": [(KG_TJ_PRE2011, "undelimited", "delimited")],
    "kg-tj-alai-turkestan": [(KG_TJ_PRE2011, "undelimited", "delimited")],
    **{s: [(KG_UZ_2017, "undelimited", "delimited")]
       for s in ("kg-uz-batken-fergana", "kg-uz-osh-andijan", "kg-uz-jalal-abad",
                 "kg-uz-chatkal-talas")},
    **{s: [(KG_UZ_2023, "disputed", "delimited")]
       for s in ("kg-uz-kempir-abad", "kg-uz-gavasay", "kg-uz-sokh", "kg-uz-chon-kara",
                 "kg-uz-shakhimardan", "kg-uz-jangail")},
    "kg-uz-barak": [(KG_UZ_2023, "disputed", "former")],
    "tj-uz-south": [(TJ_UZ_2009, "undelimited", "delimited")],
    "tj-uz-sughd-north": [(TJ_UZ_2009, "undelimited", "delimited")],
    "tj-uz-fergana": [(TJ_UZ_2018, "undelimited", "delimited")],
    "tj-uz-sarvak": [(TJ_UZ_2018, "undelimited", "delimited")],
    "tj-uz-farkhad": [(TJ_UZ_2018, "disputed", "delimited")],
}
ONE_DAY = dt.timedelta(days=1)


@pytest.fixture(scope="module")
def segments():
    return borders.load_segments()


def test_every_shipped_section_has_its_expected_changes(segments):
    """No section appears or disappears unnoticed (and none of them is left untested)."""
    shipped = set(segments["section"]) - {s for s in segments["section"] if s.startswith("af-")}
    assert shipped == set(CHANGES)


@pytest.mark.parametrize("section", sorted(CHANGES))
def test_status_the_day_before_and_the_day_of_each_change(segments, section):
    part = segments[segments["section"] == section]
    assert len(part) > 0
    for day, before, after in CHANGES[section]:
        got_before = set(borders.status_at(day - ONE_DAY, part))
        got_after = set(borders.status_at(day, part))
        assert got_before == {before}, (section, day - ONE_DAY, got_before)
        assert got_after == {after}, (section, day, got_after)


@pytest.mark.parametrize("section", sorted(CHANGES))
def test_status_at_independence_and_today(segments, section):
    """Before the first change every section has its first status; today its last one."""
    part = segments[segments["section"] == section]
    first, last = CHANGES[section][0][1], CHANGES[section][-1][2]
    assert set(borders.status_at(dt.date(1991, 12, 26), part)) == {first}
    assert set(borders.status_at(dt.date(2026, 12, 1), part)) == {last}


def test_before_independence_no_section_has_a_status(segments):
    part = segments[segments["section"] == "kg-tj-vorukh"]
    got = borders.status_at(dt.date(1991, 12, 25), part)
    assert got.isna().all() or set(got) <= {None, ""}, set(got)


#: (lon, lat) written from public sources, change date, (country, enclave) before and on it.
#: Barak 40°40'N 72°46'E (Wikipedia, Barak exclave); Dostuk and Somoniyon: the village points
#: the 2025 swap lists (24.kg 2025-02-27); Western Qalacha: the exclave's centre; Vorukh stays.
TERRITORY = [
    ("barak", (72.7667, 40.6667), KG_UZ_2023, ("KG", "barak"), ("UZ", None)),
    ("dostuk", (70.6319, 40.0524), KG_TJ_TREATY, ("KG", None), ("TJ", None)),
    ("somoniyon", (70.512, 39.942), KG_TJ_TREATY, ("TJ", None), ("KG", None)),
    ("western-qalacha", (69.5439, 40.0758), KG_TJ_TREATY, ("TJ", "western-qalacha"),
     ("KG", None)),
    ("vorukh", (70.58, 39.851), KG_TJ_TREATY, ("TJ", "vorukh"), ("TJ", "vorukh")),
]


@pytest.mark.parametrize("name,lonlat,day,before,after", TERRITORY, ids=[t[0] for t in TERRITORY])
def test_side_of_the_day_before_and_the_day_of_a_territory_change(name, lonlat, day, before,
                                                                   after):
    lon, lat = lonlat
    got_before = borders.side_of(lon, lat, at=day - ONE_DAY)
    got_after = borders.side_of(lon, lat, at=day)
    assert (got_before["country"], got_before["enclave"]) == before
    assert (got_after["country"], got_after["enclave"]) == after


# -- the rule itself, on hand-made histories (found by mutation testing) --------------------

def test_a_period_without_start_holds_from_the_beginning():
    from geoconflict.borders.status import StatusTable, status_on

    hist = [{"status": "disputed", "to": "2000-01-01"},
            {"status": "delimited", "from": "2000-01-01"}]
    assert status_on(hist, "1900-06-01") == "disputed"
    assert status_on(hist, "1999-12-31") == "disputed"
    assert status_on(hist, "2000-01-01") == "delimited"
    table = StatusTable([hist])
    days = np.array(["1900-06-01", "1999-12-31", "2000-01-01"], dtype="datetime64[D]")
    assert list(table.lookup(np.zeros(3, dtype=np.int64), days)) == [
        "disputed", "disputed", "delimited"]


def test_a_day_before_every_period_has_no_status_in_the_table():
    from geoconflict.borders.status import StatusTable

    table = StatusTable([[{"status": "disputed", "from": "1991-12-26", "to": "2025-03-31"}],
                         [{"status": "delimited", "from": "2011-01-01"}]])
    seg = np.array([0, 0, 0, 1, 1], dtype=np.int64)
    days = np.array(["1991-12-25", "2025-03-30", "2025-03-31", "2010-12-31", "2011-01-01"],
                    dtype="datetime64[D]")
    assert list(table.lookup(seg, days)) == [None, "disputed", None, None, "delimited"]


def test_dates_in_a_sequence_missing_mean_today_and_timestamps_keep_their_day():
    from geoconflict.borders._dates import day, days

    today = np.datetime64(dt.date.today(), "D")
    got = days([None, float("nan"), "2020-02-29", "2021-04-29T23:30:00"], 4)
    assert list(got) == [today, today, np.datetime64("2020-02-29"), np.datetime64("2021-04-29")]
    assert day("2021-04-29T10:00") == np.datetime64("2021-04-29")
    assert day(dt.datetime(2021, 4, 29, 23, 59)) == np.datetime64("2021-04-29")


def test_an_array_of_dates_is_taken_as_it_is_with_nat_as_today():
    from geoconflict.borders._dates import days

    today = np.datetime64(dt.date.today(), "D")
    at = np.array(["2021-04-29T23:30", "NaT", "2022-01-27T00:00"], dtype="datetime64[m]")
    assert list(days(at, 3)) == [np.datetime64("2021-04-29"), today,
                                 np.datetime64("2022-01-27")]
    with pytest.raises(ValueError, match="2 dates for 3 points"):
        days(at[:2], 3)
