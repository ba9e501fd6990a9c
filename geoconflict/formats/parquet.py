"""GeoParquet of incidents (geopandas + pyarrow), for large sets.

The incident table with a WKB point geometry column in EPSG:4326 and GeoParquet
metadata, as ``geopandas.read_parquet`` and DuckDB/QGIS read it. Columns have real
types: dates as dates, counts and codes as integers, text as strings (an all-empty text
column too, never Arrow's ``null`` type).
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import TYPE_CHECKING

from .._errors import FormatError
from .._io import write_bytes_atomic

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["to_bytes", "write", "read_frame", "DATE_COLUMNS"]

#: Columns written as Arrow dates (ISO text in the table).
DATE_COLUMNS = ("event_date", "date_end")


def _require_pyarrow() -> None:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise FormatError("GeoParquet needs pyarrow — pip install 'geoconflict[parquet]'"
                          ) from None


def to_bytes(frame: pd.DataFrame) -> bytes:
    """The GeoParquet file of an incident table, as bytes."""
    _require_pyarrow()
    from .gpkg import _points

    gdf = _typed(_points(frame))
    gdf.attrs = {}   # pandas would write them as metadata: where the rows came from
    buf = io.BytesIO()
    gdf.to_parquet(buf, index=False, compression="zstd", write_covering_bbox=False)
    return buf.getvalue()


def _typed(gdf):
    """Dates as dates; object columns with no value as strings."""
    import pandas as pd

    for c in DATE_COLUMNS:
        if c in gdf:
            gdf[c] = pd.to_datetime(gdf[c], format="%Y-%m-%d").dt.date
    for c in gdf.columns:
        if c != gdf.geometry.name and gdf[c].dtype == object and gdf[c].isna().all():
            gdf[c] = gdf[c].astype("string")
    return gdf


def write(frame: pd.DataFrame, path: str | os.PathLike) -> Path:
    """Write the GeoParquet file atomically."""
    return write_bytes_atomic(path, to_bytes(frame))


def read_frame(path: str | os.PathLike) -> pd.DataFrame:
    """The incident table of a GeoParquet file written by :func:`write`."""
    _require_pyarrow()
    import geopandas as gpd

    gdf = gpd.read_parquet(path)
    frame = gdf.drop(columns=gdf.geometry.name)
    frame["latitude"] = gdf.geometry.y
    frame["longitude"] = gdf.geometry.x
    for c in DATE_COLUMNS:
        if c in frame:
            frame[c] = [None if v is None or v != v else str(v)[:10] for v in frame[c]]
    for c in frame.columns:
        if str(frame[c].dtype) == "string":
            frame[c] = frame[c].astype(object).where(frame[c].notna(), None)
    return frame
