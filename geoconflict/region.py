"""The region's facts in one place: its box, its metric CRS, its countries and their names.

Every module that checks a coordinate, projects to metres or names a country reads them here.
"""

from __future__ import annotations

__all__ = ["REGION_BBOX", "REGION_CRS", "COUNTRIES", "CORE_COUNTRIES", "COUNTRY_NAMES",
           "in_region"]

#: (min_lon, min_lat, max_lon, max_lat): the Fergana valley plus the capitals and the
#: Tajik-Afghan border named in the sources.
REGION_BBOX = (65.5, 36.0, 76.0, 43.5)

#: Metric CRS of the region (Lambert conformal conic, standard parallels 37.5° and 41.5°):
#: scale error below 0.07 % between 37° N and 42° N, below 0.19 % over 36-43.5° N.
REGION_CRS = ("+proj=lcc +lat_1=37.5 +lat_2=41.5 +lat_0=39.5 +lon_0=70 +x_0=0 +y_0=0 "
              "+datum=WGS84 +units=m +no_defs")

#: The three countries that share the valley.
CORE_COUNTRIES = ("KG", "TJ", "UZ")

#: ISO 3166-1 alpha-2 code -> English name of every country a place or incident may be in.
COUNTRY_NAMES = {"KG": "Kyrgyzstan", "TJ": "Tajikistan", "UZ": "Uzbekistan",
                 "AF": "Afghanistan", "KZ": "Kazakhstan", "CN": "China"}

#: The codes of :data:`COUNTRY_NAMES`.
COUNTRIES = frozenset(COUNTRY_NAMES)


def in_region(lon: float, lat: float) -> bool:
    """True when the point (WGS 84 degrees, longitude first) lies in :data:`REGION_BBOX`.

    >>> in_region(70.58, 39.85), in_region(39.85, 70.58)
    (True, False)
    """
    x0, y0, x1, y1 = REGION_BBOX
    return x0 <= lon <= x1 and y0 <= lat <= y1

