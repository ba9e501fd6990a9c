"""Where a point lies on a date: its country and enclave (``side_of``), and its nearest
border segment with that segment's status then (``attach``), vectorised over arrays.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd

from ..region import REGION_BBOX, REGION_CRS
from ._dates import days as _days
from .data import _segments, load_countries, load_enclaves, load_territory_changes
from .status import StatusTable

__all__ = ["side_of", "attach"]


# -- indexes ------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _transformer():
    from pyproj import Transformer

    return Transformer.from_crs("EPSG:4326", REGION_CRS, always_xy=True)


@lru_cache(maxsize=1)
def _edge_index():
    import shapely

    from ._index import EdgeIndex

    def metric(geoms):
        return shapely.transform(np.asarray(geoms, dtype=object), lambda xy: np.column_stack(
            _transformer().transform(xy[:, 0], xy[:, 1])))

    region = metric([shapely.segmentize(shapely.box(*REGION_BBOX), 0.05)])
    return EdgeIndex(metric(_segments().geometry.values), extent=shapely.total_bounds(region))


@lru_cache(maxsize=1)
def _country_index():
    from ._index import CountryIndex

    c = load_countries()
    return CountryIndex(c.geometry.values, c["iso2"].tolist(), load_enclaves().geometry.values)


def _side_arrays(lon, lat, days):
    """Country codes (object array, None outside) and enclave ids per point on ``days``."""
    import shapely

    idx = _country_index()
    ci, ei = idx.lookup(lon, lat)
    codes = np.array(idx.codes + [None], dtype=object)
    country = codes[np.where(ci >= 0, ci, len(idx.codes))]
    enc = load_enclaves()
    enc_ids = np.array(list(enc["id"]) + [None], dtype=object)
    until = np.array([np.datetime64(u, "D") if u is not None and u == u else
                      np.datetime64("9999-12-31") for u in enc["until"]] +
                     [np.datetime64("9999-12-31")], dtype="datetime64[D]")
    owners = np.array(list(enc["owner"]) + [None], dtype=object)
    e = np.where(ei >= 0, ei, len(enc))
    live = (ei >= 0) & (days < until[e])
    country = np.where(live, owners[e], country)
    enclave = np.where(live, enc_ids[e], None)
    # A change decides its area on both sides of its date: the from-country before, the
    # to-country from then on, whatever side the 2017 outline drew the area on.
    for ch in load_territory_changes().itertuples():
        if ch.geometry is None:
            continue
        x0, y0, x1, y1 = ch.geometry.bounds
        sel = np.flatnonzero((lon >= x0) & (lon <= x1) & (lat >= y0) & (lat <= y1))
        if len(sel):
            hit = sel[shapely.contains_xy(ch.geometry, lon[sel], lat[sel])]
            after = days[hit] >= np.datetime64(ch.date, "D")
            country[hit] = np.where(after, ch.to_country, ch.from_country)
    return country, enclave


def _as_arrays(lon, lat):
    scalar = np.ndim(lon) == 0 and np.ndim(lat) == 0
    lon = np.atleast_1d(np.asarray(lon, dtype=float))
    lat = np.atleast_1d(np.asarray(lat, dtype=float))
    if lon.shape != lat.shape:
        raise ValueError(f"lon and lat differ in length ({len(lon)} vs {len(lat)})")
    return scalar, lon, lat


@lru_cache(maxsize=1)
def _status_table() -> StatusTable:
    return StatusTable(list(_segments()["status_history"]))


# -- public API ---------------------------------------------------------------------------

def side_of(lon, lat, at=None):
    """Country (and enclave) of a point on a date, honouring dated territory changes.

    Parameters
    ----------
    lon, lat
        WGS 84 degrees: scalars, or equal-length arrays.
    at
        A date (``datetime.date``, ISO string, numpy/pandas date), one per point, or None
        for today.

    Returns
    -------
    dict or pandas.DataFrame
        For scalars ``{"country": ISO2 or None, "enclave": enclave id or None}``; for arrays
        a DataFrame with columns ``country`` and ``enclave``, one row per point in order.
        ``country`` is None outside every outline (the region's context countries are
        clipped to ``geoconflict.places.REGION_BBOX``).
    """
    scalar, lon, lat = _as_arrays(lon, lat)
    country, enclave = _side_arrays(lon, lat, _days(at, len(lon)))
    if scalar:
        return {"country": country[0], "enclave": enclave[0]}
    return pd.DataFrame({"country": pd.Series(country, dtype=object),
                         "enclave": pd.Series(enclave, dtype=object)})


def attach(lons, lats=None, at=None, max_km: float = 25.0) -> pd.DataFrame:
    """Nearest border segment of each point, its distance, the point's side and the status.

    Parameters
    ----------
    lons, lats
        WGS 84 degrees (scalars or equal-length arrays); or, with ``lats`` left out,
        points or incidents in one argument: a GeoSeries/GeoDataFrame of points in any
        CRS (at the dates of its ``event_date``, ``date_start`` or ``date`` column unless
        ``at`` is given), a list of shapely Points, or a list of
        :class:`~geoconflict.incidents.Incident` (their primary stop, and their own start
        dates unless ``at`` is given).
    at
        Date of each point (one date for all, an array of dates, or None for today).
    max_km
        Beyond this distance ``border_segment`` and ``segment_status`` are None.

    Returns
    -------
    pandas.DataFrame
        ``border_segment`` (segment id or None), ``border_km`` (distance to the nearest
        segment in km, measured in :data:`REGION_CRS`, given at any distance; NaN for a
        point without finite coordinates), ``side`` (ISO2 country of the point on its
        date), ``segment_status`` (status of the segment on the point's date).
    """
    if lats is None:
        lons, lats, own_dates = _points_of(lons, dated=at is None)
        at = own_dates if at is None else at
    _, lon, lat = _as_arrays(lons, lats)
    days = _days(at, len(lon))
    ok = np.isfinite(lon) & np.isfinite(lat)
    km = np.full(len(lon), np.nan)
    seg_id = np.full(len(lon), None, dtype=object)
    status = np.full(len(lon), None, dtype=object)
    side = np.full(len(lon), None, dtype=object)
    if ok.any():
        x, y = _transformer().transform(lon[ok], lat[ok])
        seg_idx, dist_m = _edge_index().nearest(np.asarray(x), np.asarray(y))
        km[ok] = dist_m / 1000.0
        near = km[ok] <= max_km
        ids = _segments()["id"].to_numpy(dtype=object)
        seg_id[ok] = np.where(near, ids[seg_idx], None)
        sub = np.full(int(ok.sum()), None, dtype=object)
        sub[near] = _status_table().lookup(seg_idx[near], days[ok][near])
        status[ok] = sub
        side[ok], _ = _side_arrays(lon[ok], lat[ok], days[ok])
    return pd.DataFrame({"border_segment": pd.Series(seg_id, dtype=object),
                         "border_km": km, "side": pd.Series(side, dtype=object),
                         "segment_status": pd.Series(status, dtype=object)})


#: A GeoDataFrame's date column, by the names our tables and the map's input use.
DATE_COLUMNS = ("event_date", "date_start", "date")


def _frame_dates(frame) -> list | None:
    """The dates of a GeoDataFrame's first date column (None without one); a row without
    a date is an error, since it would silently take today's status."""
    col = next((c for c in DATE_COLUMNS if c in getattr(frame, "columns", ())), None)
    if col is None:
        return None
    days = pd.to_datetime(frame[col], errors="coerce")
    if days.isna().any():
        row = frame.index[days.isna().to_numpy()][0]
        raise ValueError(f"row {row!r}: {col} is not a date — fix it, or give at= for all")
    return list(days.dt.date)


def _points_of(items, dated: bool = True):
    """(lons, lats, dates or None) of a GeoSeries/GeoDataFrame, Points or Incidents."""
    geoms = getattr(items, "geometry", items)
    if hasattr(geoms, "to_crs"):
        if geoms.crs is not None:
            geoms = geoms.to_crs("EPSG:4326")
        return geoms.x.to_numpy(), geoms.y.to_numpy(), _frame_dates(items) if dated else None
    items = list(items)
    if items and hasattr(items[0], "primary"):        # incidents
        lons = [np.nan if i.primary.lon is None else i.primary.lon for i in items]
        lats = [np.nan if i.primary.lat is None else i.primary.lat for i in items]
        dates = [i.primary.date or i.date_start for i in items]
        return np.asarray(lons, float), np.asarray(lats, float), dates
    return (np.asarray([p.x for p in items], float), np.asarray([p.y for p in items], float),
            None)
