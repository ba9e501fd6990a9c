"""State borders of the Fergana valley as dated objects: segments, enclaves, territory changes.

``side_of`` says which country (and enclave) a point belonged to on a date; ``attach``
finds each point's nearest border segment, its distance and the segment's status then.
"""

from __future__ import annotations

import datetime as _dt
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

from .._errors import DataError
from ..gazetteer.places import data_dir

__all__ = ["REGION_CRS", "STATUSES", "side_of", "attach", "load_segments", "load_countries",
           "load_enclaves", "load_territory_changes", "load_sections", "status_at",
           "published_lengths", "SegmentFrame"]

#: Metric CRS of the region (Lambert conformal conic, standard parallels 37.5° and 41.5°):
#: scale error below 0.07 % between 37° N and 42° N, below 0.19 % over 36-43.5° N.
REGION_CRS = ("+proj=lcc +lat_1=37.5 +lat_2=41.5 +lat_0=39.5 +lon_0=70 +x_0=0 +y_0=0 "
              "+datum=WGS84 +units=m +no_defs")
STATUSES = ("disputed", "undelimited", "delimited", "demarcated", "former")
_FILES = {"countries": "countries.geojson", "enclaves": "enclaves.geojson",
          "areas": "areas.geojson", "segments": "segments.geojson"}


def _path(name: str):
    return data_dir() / "borders" / name


def _read(name: str):
    import pyogrio

    path = _path(_FILES[name])
    if not path.exists():
        raise DataError(f"{path}: missing — run `make data` to rebuild the border files")
    return pyogrio.read_dataframe(path)


def _yaml(name: str):
    import yaml

    with open(_path(name), encoding="utf-8") as fh:
        return yaml.safe_load(fh)


# -- dates --------------------------------------------------------------------------------

def _day(value) -> np.datetime64:
    if value is None:
        return np.datetime64(_dt.date.today(), "D")
    if isinstance(value, str):
        try:
            return np.datetime64(_dt.date.fromisoformat(value.strip()[:10]), "D")
        except ValueError:
            raise DataError(f"date {value!r} is not YYYY-MM-DD") from None
    if isinstance(value, _dt.datetime | pd.Timestamp):
        return np.datetime64(value.date(), "D")
    return np.datetime64(value, "D")


def _days(at, n: int) -> np.ndarray:
    """``at`` (None, one date, or one per point) as a datetime64[D] array of length n."""
    if at is None or isinstance(at, str | _dt.date | pd.Timestamp | np.datetime64):
        return np.full(n, _day(at), dtype="datetime64[D]")
    values = list(at)
    if len(values) != n:
        raise ValueError(f"at has {len(values)} dates for {n} points")
    return np.array([_day(v) if v is not None and v == v else _day(None) for v in values],
                    dtype="datetime64[D]")


# -- data ---------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def load_countries():
    """Country outlines (GeoDataFrame: iso2, name, core, clipped, area_km2, geometry)."""
    return _read("countries")


@lru_cache(maxsize=1)
def load_enclaves():
    """Enclaves (GeoDataFrame: id, name, owner, surrounded_by, area_km2, until, ...)."""
    df = _read("enclaves")
    df["until"] = pd.to_datetime(df["until"].replace("", None)).dt.date
    return df


@lru_cache(maxsize=1)
def load_sections() -> dict:
    """The curated sections and status histories (``gazetteer/borders/sections.yaml``)."""
    return _yaml("sections.yaml")


@lru_cache(maxsize=1)
def load_territory_changes():
    """Dated territory changes (GeoDataFrame; ``geometry`` is None where not located).

    Columns: id, name, from_country, to_country, date, area_ha, precision, source,
    geometry_kind (enclave, area, circle or none).
    """
    import geopandas as gpd
    import shapely
    from pyproj import Transformer

    enclaves = load_enclaves().set_index("id").geometry
    areas = _read("areas").set_index("id").geometry
    fwd = Transformer.from_crs("EPSG:4326", REGION_CRS, always_xy=True)
    inv = Transformer.from_crs(REGION_CRS, "EPSG:4326", always_xy=True)
    rows = []
    for rec in _yaml("territory_changes.yaml"):
        spec = rec.get("geometry") or {}
        if "enclave" in spec:
            geom, kind = enclaves[spec["enclave"]], "enclave"
        elif "area" in spec:
            geom, kind = areas[spec["area"]], "area"
        elif "circle" in spec:
            x, y = fwd.transform(*spec["circle"])
            circle = shapely.buffer(shapely.Point(x, y), float(spec["radius_m"]), quad_segs=16)
            geom = shapely.transform(circle, lambda xy: np.column_stack(
                inv.transform(xy[:, 0], xy[:, 1])))
            kind = "circle"
        else:
            geom, kind = None, "none"
        src = rec.get("source")
        rows.append({"id": rec["id"], "name": rec["name"], "from_country": rec["from"],
                     "to_country": rec["to"], "date": _day(rec["date"]).astype(object),
                     "area_ha": rec.get("area_ha"), "precision": rec.get("precision", ""),
                     "source": " ".join(src) if isinstance(src, list) else src,
                     "note": rec.get("note", ""), "geometry_kind": kind, "geometry": geom})
    df = gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")
    return df.sort_values(["date", "id"], kind="stable").reset_index(drop=True)


def _history(name: str) -> list[dict]:
    hist = load_sections()["histories"].get(name)
    if hist is None:
        raise DataError(f"sections.yaml: unknown history {name!r}")
    out = []
    for p in hist:
        if p["status"] not in STATUSES:
            raise DataError(f"sections.yaml: history {name}: unknown status {p['status']!r}")
        src = p.get("source")
        out.append({"status": p["status"], "from": _day(p["from"]).astype(object),
                    "to": _day(p["to"]).astype(object) if p.get("to") else None,
                    "source": list(src) if isinstance(src, list) else [src],
                    "note": p.get("note", "")})
    return out


try:
    from geopandas import GeoDataFrame as _GeoDataFrame
except ImportError:  # pragma: no cover - geopandas is a dependency
    _GeoDataFrame = object


class SegmentFrame(_GeoDataFrame):
    """GeoDataFrame of border segments with :meth:`status_at`."""

    @property
    def _constructor(self):
        def make(*args, **kwargs):
            df = _GeoDataFrame(*args, **kwargs)
            if isinstance(df, _GeoDataFrame):
                df.__class__ = SegmentFrame
            return df
        return make

    def status_at(self, date=None) -> pd.Series:
        """Status of every segment on ``date`` (default today), indexed like the frame."""
        return status_at(date, self)


@lru_cache(maxsize=1)
def _segments():
    df = _read("segments")
    df["countries"] = [tuple(c.split("-")) for c in df["countries"]]
    df["status_history"] = [_history(h) for h in df["history"]]
    cols = ["id", "name", "countries", "length_km", "status_history", "section", "border",
            "precision", "km_from", "km_to", "geometry"]
    out = SegmentFrame(df[cols], geometry="geometry", crs="EPSG:4326")
    return out


def load_segments() -> SegmentFrame:
    """Border segments (KG-TJ, KG-UZ, TJ-UZ, AF-TJ) with their dated status.

    Returns
    -------
    SegmentFrame
        A GeoDataFrame with ``id, name, countries (tuple of ISO2), length_km (measured in
        REGION_CRS), status_history (list of {status, from, to, source, note}), section,
        border, precision, km_from, km_to, geometry`` and a ``status_at(date)`` method.
    """
    return _segments().copy()


def status_at(date=None, segments=None) -> pd.Series:
    """Status of each segment on ``date`` (None: today); None where no period covers it."""
    segs = _segments() if segments is None else segments
    day = _day(date).astype(object)
    out = []
    for hist in segs["status_history"]:
        out.append(next((p["status"] for p in hist
                         if p["from"] <= day and (p["to"] is None or day < p["to"])), None))
    return pd.Series(out, index=segs.index, name="status", dtype=object)


def published_lengths() -> dict[str, dict[str, Any]]:
    """Published lengths of each border beside our measured one, keyed 'KG-TJ' etc."""
    segs = _segments()
    out = {}
    for b in load_sections()["borders"]:
        key = "-".join(b["countries"])
        measured = float(segs.loc[[c == tuple(b["countries"]) for c in segs["countries"]],
                                  "length_km"].sum())
        out[key] = {"name": b["name"], "measured_km": round(measured, 1),
                    "published": b.get("published_lengths", []),
                    "published_delimited": b.get("published_delimited", [])}
    return out


# -- indexes ------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _transformer():
    from pyproj import Transformer

    return Transformer.from_crs("EPSG:4326", REGION_CRS, always_xy=True)


@lru_cache(maxsize=1)
def _edge_index():
    import shapely

    from ._index import EdgeIndex
    from ..gazetteer.places import REGION_BBOX

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
        points or incidents in one argument: a GeoSeries/GeoDataFrame of points, a list
        of shapely Points, or a list of :class:`~geoconflict.incidents.Incident` (their
        primary stop, and their own start dates unless ``at`` is given).
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
        lons, lats, own_dates = _points_of(lons)
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
        sub[near] = _status_rows(seg_idx[near], days[ok][near])
        status[ok] = sub
        side[ok], _ = _side_arrays(lon[ok], lat[ok], days[ok])
    return pd.DataFrame({"border_segment": pd.Series(seg_id, dtype=object),
                         "border_km": km, "side": pd.Series(side, dtype=object),
                         "segment_status": pd.Series(status, dtype=object)})


def _points_of(items):
    """(lons, lats, dates or None) of a GeoSeries/GeoDataFrame, Points or Incidents."""
    geoms = getattr(items, "geometry", items)
    if hasattr(geoms, "to_crs"):
        if geoms.crs is not None:
            geoms = geoms.to_crs("EPSG:4326")
        return geoms.x.to_numpy(), geoms.y.to_numpy(), None
    items = list(items)
    if items and hasattr(items[0], "primary"):        # incidents
        lons = [np.nan if i.primary.lon is None else i.primary.lon for i in items]
        lats = [np.nan if i.primary.lat is None else i.primary.lat for i in items]
        dates = [i.primary.date or i.date_start for i in items]
        return np.asarray(lons, float), np.asarray(lats, float), dates
    return (np.asarray([p.x for p in items], float), np.asarray([p.y for p in items], float),
            None)


@lru_cache(maxsize=1)
def _period_table():
    segs = _segments()
    seg, start, end, status = [], [], [], []
    for i, hist in enumerate(segs["status_history"]):
        for p in sorted(hist, key=lambda p: p["from"]):
            seg.append(i)
            start.append(np.datetime64(p["from"], "D"))
            end.append(np.datetime64(p["to"], "D") if p["to"] else np.datetime64("9999-12-31"))
            status.append(p["status"])
    seg = np.asarray(seg, dtype=np.int64)
    start = np.asarray(start, dtype="datetime64[D]").astype(np.int64)
    end = np.asarray(end, dtype="datetime64[D]").astype(np.int64)
    key = seg * (1 << 32) + (start + (1 << 31))
    return seg, key, end, np.asarray(status, dtype=object)


def _status_rows(seg_idx: np.ndarray, days: np.ndarray) -> np.ndarray:
    """Status of segment ``seg_idx[i]`` on ``days[i]`` for every row, vectorised."""
    seg, key, end, status = _period_table()
    d = days.astype(np.int64)
    q = seg_idx.astype(np.int64) * (1 << 32) + (d + (1 << 31))
    j = np.searchsorted(key, q, side="right") - 1
    jj = np.clip(j, 0, len(key) - 1)
    ok = (j >= 0) & (seg[jj] == seg_idx) & (d < end[jj])
    return np.where(ok, status[jj], None)
