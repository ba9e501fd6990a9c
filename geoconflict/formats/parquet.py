"""GeoParquet of incidents (geopandas + pyarrow), for large sets.

The incident table with a WKB point geometry column in EPSG:4326 and GeoParquet
metadata, as ``geopandas.read_parquet`` and DuckDB/QGIS read it.
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

__all__ = ["to_bytes", "write", "read_frame"]


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

    gdf = _points(frame)
    buf = io.BytesIO()
    gdf.to_parquet(buf, index=False, compression="zstd", write_covering_bbox=False)
    return buf.getvalue()


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
    return frame
