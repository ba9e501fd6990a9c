"""The still map's projection: lon/lat into the region's metric CRS, and the view of a page box.

Still maps are drawn in :data:`geoconflict.borders.REGION_CRS` (Lambert conformal conic,
metres), so a kilometre is the same length everywhere on the page (scale error < 0.2 %)
and the scale bar holds across the map; north turns by the meridians' convergence.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import shapely
from pyproj import Geod, Proj, Transformer

from ...region import REGION_CRS

__all__ = ["Projection", "view_extent", "describe"]

_GEOD = Geod(ellps="WGS84")


@dataclass
class Projection:
    """Forward transform of coordinates and shapely geometries into :data:`REGION_CRS`."""

    crs: str = REGION_CRS
    _fwd: Transformer = field(init=False, repr=False)
    _inv: Transformer = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._fwd = Transformer.from_crs("EPSG:4326", self.crs, always_xy=True)
        self._inv = Transformer.from_crs(self.crs, "EPSG:4326", always_xy=True)

    def xy(self, lon, lat) -> tuple[np.ndarray, np.ndarray]:
        """Projected metres of lon/lat arrays (or scalars)."""
        x, y = self._fwd.transform(np.asarray(lon, dtype=float), np.asarray(lat, dtype=float))
        return np.asarray(x), np.asarray(y)

    def lonlat(self, x, y) -> tuple[np.ndarray, np.ndarray]:
        """Inverse of :meth:`xy`."""
        lon, lat = self._inv.transform(np.asarray(x, dtype=float), np.asarray(y, dtype=float))
        return np.asarray(lon), np.asarray(lat)

    def geometries(self, geoms: np.ndarray) -> np.ndarray:
        """Projected copies of an array of lon/lat shapely geometries (one vectorised call)."""
        def fwd(coords: np.ndarray) -> np.ndarray:
            x, y = self._fwd.transform(coords[:, 0], coords[:, 1])
            return np.column_stack([x, y])

        return shapely.transform(geoms, fwd)

    def scale_factor(self, lon: float, lat: float) -> float:
        """Map length / true length at a point (1 on the standard parallels)."""
        return float(Proj(self.crs).get_factors(lon, lat).parallel_scale)

    def north_angle(self, lon: float, lat: float) -> float:
        """Degrees from the page's up direction to true north at a point (positive: east of up)."""
        (x0, x1), (y0, y1) = self.xy([lon, lon], [lat, lat + 0.1])
        return math.degrees(math.atan2(x1 - x0, y1 - y0))

    @staticmethod
    def geodesic_m(lon0: float, lat0: float, lon1: float, lat1: float) -> float:
        """Length of the geodesic between two points on the WGS 84 ellipsoid, in metres."""
        return float(_GEOD.inv(lon0, lat0, lon1, lat1)[2])


def describe(crs: str = REGION_CRS) -> str:
    """A short credit line for a Lambert conformal conic PROJ string.

    >>> describe("+proj=lcc +lat_1=37.5 +lat_2=41.5 +lat_0=39.5 +lon_0=70 +datum=WGS84")
    'projection: Lambert conformal conic, standard parallels 37.5° and 41.5° N, centre 70° E'
    """
    params = dict(p.lstrip("+").split("=", 1) for p in crs.split() if "=" in p)
    if params.get("proj") != "lcc":
        return f"projection: {crs}"
    return (f"projection: Lambert conformal conic, standard parallels {params['lat_1']}° and "
            f"{params['lat_2']}° N, centre {params['lon_0']}° E")


def view_extent(proj: Projection, bounds: list[list[float]], aspect: float
                ) -> tuple[float, float, float, float]:
    """``(xmin, xmax, ymin, ymax)`` in metres that holds ``bounds`` and has width/height ``aspect``.

    ``bounds`` is ``[[south, west], [north, east]]`` (the HTML map's view); its edges are
    sampled so the curved parallels of the projection stay inside.
    """
    (s, w), (n, e) = bounds
    t = np.linspace(0.0, 1.0, 33)
    one = np.ones_like(t)
    lons = np.concatenate([w + (e - w) * t, e * one, e - (e - w) * t, w * one])
    lats = np.concatenate([s * one, s + (n - s) * t, n * one, n - (n - s) * t])
    x, y = proj.xy(lons, lats)
    x0, x1, y0, y1 = float(x.min()), float(x.max()), float(y.min()), float(y.max())
    width, height = x1 - x0, y1 - y0
    if width / height < aspect:            # too tall for the box: widen around the centre
        grow = (height * aspect - width) / 2
        x0, x1 = x0 - grow, x1 + grow
    else:
        grow = (width / aspect - height) / 2
        y0, y1 = y0 - grow, y1 + grow
    return x0, x1, y0, y1
