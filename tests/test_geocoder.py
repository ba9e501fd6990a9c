"""The geopy adapter and the opt-in online cache (with a stand-in remote service)."""

import geopandas
import pytest
from geopy.geocoders.base import Geocoder
from geopy.location import Location
from geopy.point import Point

from geoconflict.gazetteer.geocoder import GazetteerGeocoder
from geoconflict.gazetteer.online import CachedGeocoder


def test_geocode_returns_geopy_location_with_record(small_gaz):
    geo = GazetteerGeocoder(gazetteer=small_gaz)
    loc = geo.geocode("Ворух")
    assert isinstance(loc, Location)
    assert (loc.latitude, loc.longitude) == (39.853, 70.577)
    assert loc.raw["id"] == "tj-vorukh" and loc.raw["match"]["reason"] == "alias"
    address, (lat, lon) = loc                      # geopy's tuple protocol
    assert address.startswith("Vorukh") and "Tajikistan" in address


def test_geocode_many_and_none(small_gaz):
    geo = GazetteerGeocoder(gazetteer=small_gaz)
    hits = geo.geocode("Dostuk", exactly_one=False)
    assert {h.raw["id"] for h in hits} == {"kg-dostuk-batken", "kg-dostuk-leilek"}
    assert geo.geocode("Nowhere-on-earth") is None
    assert geo.geocode("Dostuk", near="Isfana").raw["id"] == "kg-dostuk-leilek"


def test_reverse(small_gaz):
    geo = GazetteerGeocoder(gazetteer=small_gaz)
    assert geo.reverse((40.05, 70.80)).raw["id"] == "kg-batken"
    assert [x.raw["id"] for x in geo.reverse("39.85, 70.57", exactly_one=False, limit=2)] == [
        "tj-vorukh", "gn-1"]


def test_plugs_into_geopandas_geocode(gaz):
    frame = geopandas.tools.geocode(["Vorukh", "Lyakkon"], provider=GazetteerGeocoder)
    assert frame.crs == "EPSG:4326"
    vorukh, lakkon = gaz.get("tj-vorukh"), gaz.get("tj-lakkon")  # records by id
    assert frame.geometry.iloc[0].x == pytest.approx(vorukh.lon)
    assert frame.geometry.iloc[0].y == pytest.approx(vorukh.lat)
    assert frame.geometry.iloc[1].y == pytest.approx(lakkon.lat)
    assert "Tajikistan" in frame.address.iloc[0]


class _StandInService(Geocoder):
    """Plays the remote service: counts calls, answers one fixed place."""

    def __init__(self):
        super().__init__()
        self.calls = 0

    def geocode(self, query, *, exactly_one=True, timeout=None):
        self.calls += 1
        if query == "nothing":
            return None
        loc = Location(f"{query}, Somewhere", Point(40.5, 71.0), {"osm_id": 7})
        return loc if exactly_one else [loc]


def test_online_fallback_is_cached_on_disk_and_rate_limited(tmp_path, small_gaz):
    service = _StandInService()
    cache = tmp_path / "cache.json"
    cached = CachedGeocoder(service, cache_path=cache, min_delay_seconds=0.05)
    geo = GazetteerGeocoder(gazetteer=small_gaz, fallback=cached)
    assert geo.geocode("Kyzyl-Kiya").raw == {"osm_id": 7}
    assert geo.geocode("Kyzyl-Kiya").latitude == 40.5
    assert geo.geocode("nothing") is None
    assert service.calls == 2                       # the repeat came from the cache
    again = CachedGeocoder(service, cache_path=cache)  # a new process reads the file
    assert again.geocode("Kyzyl-Kiya").address == "Kyzyl-Kiya, Somewhere"
    assert service.calls == 2
    assert geo.geocode("Vorukh").raw["id"] == "tj-vorukh"   # gazetteer answers first
    assert service.calls == 2


def test_rate_limit_spaces_calls(tmp_path):
    import time

    service = _StandInService()
    cached = CachedGeocoder(service, cache_path=tmp_path / "c.json", min_delay_seconds=0.2)
    start = time.monotonic()
    for name in ("a", "b", "c"):
        cached.geocode(name)
    assert time.monotonic() - start >= 0.4
