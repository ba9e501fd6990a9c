"""geopy adapter: ``GazetteerGeocoder`` answers from the curated gazetteer, offline.

It plugs into anything that takes a geopy geocoder, e.g.
``geopandas.tools.geocode(names, provider=GazetteerGeocoder)``.
"""

from __future__ import annotations

from geopy.geocoders.base import DEFAULT_SENTINEL, Geocoder
from geopy.location import Location
from geopy.point import Point

from ..region import COUNTRY_NAMES
from .index import Candidate, Gazetteer, default_gazetteer

__all__ = ["GazetteerGeocoder"]


def _location(c: Candidate) -> Location:
    p = c.place
    parts = [p.name, p.admin2, p.admin1, COUNTRY_NAMES.get(p.country, p.country)]
    address = ", ".join(dict.fromkeys(x for x in parts if x))
    raw = p.to_dict() | {"match": c.to_dict(), "fuzzy": c.match == "fuzzy"}
    return Location(address, Point(p.lat, p.lon), raw)


class GazetteerGeocoder(Geocoder):
    """Offline geocoder over the geoconflict gazetteer.

    Parameters
    ----------
    gazetteer
        The index to answer from (default: the shipped gazetteer).
    country
        Default country filter (ISO alpha-2, comma-separated) for every query.
    fallback
        Optional geopy geocoder asked when the gazetteer has no answer (e.g.
        :func:`geoconflict.gazetteer.online.cached_nominatim`); off by default, never in tests.
    guesses
        Also answer with a fuzzy match below the auto-accept level
        (:data:`~geoconflict.gazetteer.index.AUTO_ACCEPT_FUZZY`); by default such a query
        has no answer (``None``), since the match is likely another place.
    """

    def __init__(self, *, gazetteer: Gazetteer | None = None, country: str | None = None,
                 fallback: Geocoder | None = None, guesses: bool = False, **kwargs):
        super().__init__(**kwargs)
        self.gazetteer = gazetteer or default_gazetteer()
        self.country = country
        self.fallback = fallback
        self.guesses = guesses

    def geocode(self, query, *, exactly_one=True, timeout=DEFAULT_SENTINEL, country=None,
                near=None):
        """Places matching ``query``: the best one, or a ranked list with ``exactly_one=False``.

        Returns ``None`` when nothing matches (geopy's convention); ``Location.raw`` holds
        the place record, the match (score, reason, ``match``: exact, variant or fuzzy) and
        ``fuzzy`` (True for a near-miss spelling).
        """
        if isinstance(query, dict):
            query = ", ".join(str(v) for v in query.values())
        hits = self.gazetteer.lookup(str(query), country=country or self.country, near=near,
                                     limit=1 if exactly_one else 10)
        if not self.guesses:
            hits = [c for c in hits if c.sure]
        if not hits:
            if self.fallback is not None:
                return self.fallback.geocode(query, exactly_one=exactly_one)
            return None
        locations = [_location(c) for c in hits]
        return locations[0] if exactly_one else locations

    def reverse(self, query, *, exactly_one=True, timeout=DEFAULT_SENTINEL, limit=5):
        """The nearest gazetteer places to ``query`` (a ``(lat, lon)`` pair, Point or string)."""
        point = Point(query)
        hits = self.gazetteer.nearest(point.latitude, point.longitude,
                                      limit=1 if exactly_one else limit)
        locations = [_location(c) for c in hits]
        if not locations:
            return None
        return locations[0] if exactly_one else locations
