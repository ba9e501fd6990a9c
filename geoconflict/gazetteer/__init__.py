"""The curated gazetteer: place records, name keys, the lookup index and geopy geocoders.

``default_gazetteer().lookup(name)`` ranks candidates; ``GazetteerGeocoder`` is the geopy face.
"""

from .index import Candidate, Gazetteer, default_gazetteer, haversine_km
from .places import Place, load_curated, load_geonames, load_places

__all__ = ["Candidate", "Gazetteer", "Place", "default_gazetteer", "haversine_km",
           "load_curated", "load_geonames", "load_places"]
