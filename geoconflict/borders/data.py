"""The shipped border data: outlines, enclaves, sections, territory changes, segments.

Each loader reads its file under ``gazetteer/borders/`` once (cached); ``make data``
rebuilds the files (:mod:`geoconflict.borders.build_outlines`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

from .._errors import DataError
from .._io import read_yaml
from ..gazetteer.places import data_dir
from ..region import REGION_CRS
from ._dates import day as _day
from .status import STATUSES, status_on

__all__ = ["SegmentFrame", "load_countries", "load_enclaves", "load_sections",
           "load_segments", "load_territory_changes", "published_lengths", "status_at"]

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
    with open(_path(name), encoding="utf-8") as fh:
        return read_yaml(fh)


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
    """Status of each segment on ``date`` (None: today); None where no period covers it.

    The rule (latest start wins where periods overlap) is :func:`~.status.status_on`.
    """
    segs = _segments() if segments is None else segments
    day = _day(date)
    return pd.Series([status_on(hist, day) for hist in segs["status_history"]],
                     index=segs.index, name="status", dtype=object)


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
