"""The curated incidents after the source check of issue #16, with the shipped gazetteer."""

from __future__ import annotations

from pathlib import Path

import pytest

from geoconflict.gazetteer.index import haversine_km
from geoconflict.gazetteer.places import load_curated, load_geonames
from geoconflict.incidents.load import load_incidents
from geoconflict.incidents.model import Estimate, claim_estimate

CURATED = Path(__file__).resolve().parent.parent / "incidents" / "fergana-valley.yaml"
RAID = "tj-kg-2006-05-12-lakkon-ak-turpak-raid"
PULGON_GEONAMES_ID = 7648391


@pytest.fixture(scope="module")
def curated():
    return {i.id: i for i in load_incidents([CURATED], attach=False)}


@pytest.fixture(scope="module")
def places():
    return {p.id: p for p in load_curated()}


def _km(a, b) -> float:
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def test_raid_05_00_stop_lies_at_pulgon_as_geonames_has_it(curated):
    (pulgon,) = [g for g in load_geonames() if g.geonames_id == PULGON_GEONAMES_ID]
    lakkon, post, mountains = curated[RAID].locations
    assert post.time == "05:00" and post.country == "KG" and post.admin2 == "Kadamjay"
    assert _km(post, pulgon) < 1.0
    assert 60 < _km(post, lakkon) < 90        # the reports' "about 75 km east" of Lakkon
    assert mountains.relation == "near" and mountains.precision_m == 15000
    assert _km(mountains, pulgon) < 1.0


def test_raid_stop_note_gives_the_sources_and_the_doubt(curated):
    post = curated[RAID].locations[1]
    assert "Reuters" in post.note and "IRIN" in post.note
    assert "inference" in post.note and "kg-ak-turpak" in post.note
    urls = {r.id: r.url for r in curated[RAID].reports}
    assert "redorbit.com" in urls["reuters-2006-05-12"]
    assert "thenewhumanitarian.org" in urls["irin-2006-05-12"]


def test_both_ak_turpaks_are_recorded_with_the_doubt(places):
    """The customs post on the Batken stretch (IWPR's entry point) and the Kadamjay aiyl
    aimak beside Pulgon are two records; neither rules the other out silently."""
    post, area, pulgon = places["kg-ak-turpak"], places["kg-ak-turpak-kadamjay"], \
        places["kg-pulgon"]
    lakkon = places["tj-lakkon-border-post"]
    assert post.admin2 == "Batken" and _km(post, lakkon) < 10 and post.precision_m == 10000
    assert area.admin2 == pulgon.admin2 == "Kadamjay" and _km(area, pulgon) < 1.0
    assert "estimate" in post.source and "estimate" in area.source
    assert "Doubt" in post.note and "kg-pulgon" in post.note and "kg-ak-turpak" in area.note


def test_raid_actors_and_injured_rule(curated):
    raid = curated[RAID]
    assert ("Military Forces of Kyrgyzstan", "assoc_actor_2") in {
        (a.name, a.role) for a in raid.actors}
    parts = [claim_estimate(r.claims["injured"]) for r in raid.reports if "injured" in r.claims]
    scopes = [r.claims["injured"]["scope"] for r in raid.reports if "injured" in r.claims]
    assert len(set(scopes)) == 2                # different woundings ...
    highs = [p.high if p.high is not None else p.best for p in parts]   # open: "at least"
    assert raid.injured == Estimate(sum(p.low for p in parts), sum(p.best for p in parts),
                                    sum(highs))                         # ... added
    for r in raid.reports[2:]:                  # the wire reports: places, no counts
        assert not {"fatalities", "injured", "detained"} & set(r.claims)


def test_ishkobod_arrests_are_undated_and_the_claim_is_recorded(curated):
    inc = curated["tj-2019-11-06-ishkobod-post-attack"]
    assert inc.locations[1].date is None
    claim = {r.id: r.claims for r in inc.reports}["crisis24-2019-11-08"]
    assert claim == {"claimed_by": "Islamic State", "claim_date": "2019-11-08"}


def test_april_2021_sectors_are_the_notes_and_kok_tash_is_cited(curated):
    inc = curated["kg-tj-2021-04-28-border-conflict"]
    claims = {r.id: r.claims for r in inc.reports}
    assert "sectors" not in claims["24kg-2021-05-02"]
    assert "unverified note" in claims["24kg-2021-05-02"]["intelligence_note_sectors"]["note"]
    assert "Kok-Tash" in claims["24kg-2021-04-29"]["site"]
    assert inc.locations[1].place == "kg-kok-tash-batken"


def test_protocol_reports_name_who_says_what(curated):
    inc = curated["kg-tj-2022-09-19-ceasefire-protocol"]
    by_id = {r.id: r for r in inc.reports}
    assert "signatories" not in by_id["eurasiatimes-2022-09"].claims
    assert by_id["newsaz-2022-09-20"].claims["signatories"] == ["Kamchybek Tashiev",
                                                                "Saimumin Yatimov"]
    assert not any("dpa" in r.outlet for r in inc.reports)
    assert by_id["gettotext-2022-09-19"].title == ""
