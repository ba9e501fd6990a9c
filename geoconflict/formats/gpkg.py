"""GeoPackage of incidents: layers incidents, stops, paths, border_segments, enclaves.

``incidents`` holds the primary point and every column of the flat table; ``stops`` one
point per stop; ``paths`` a LineString per multi-stop incident in stop order. Border
segments and enclaves come from ``geoconflict.borders`` when that module is installed.
The file is byte-identical for the same input (GDAL's timestamps are pinned).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._io import write_bytes_atomic
from ._qgis_styles import write_layer_styles
from ._table import paths_frame, stops_frame

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["write", "to_bytes", "border_frames", "LAYERS"]

LAYERS = ("incidents", "stops", "paths", "border_segments", "enclaves")
#: Timestamp written into gpkg_contents, so that the same input gives the same bytes.
FIXED_DATE = "2000-01-01T00:00:00.000Z"


def border_frames(at=None) -> dict[str, Any]:
    """GeoDataFrames (EPSG:4326) of the shipped border segments and enclaves.

    Segment status histories become JSON text, since GeoPackage has no list type;
    ``status`` is each segment's status on ``at`` (default today; ``unknown`` where no
    period covers it), as ``map --at`` colours it.
    """
    import json

    from ..borders import load_enclaves, load_segments, status_at

    segments = load_segments()
    segments = segments.assign(
        countries=[",".join(c) for c in segments["countries"]],
        status_history=[json.dumps(h, default=str, ensure_ascii=False)
                        for h in segments["status_history"]],
        status=status_at(at, segments).fillna("unknown").to_numpy())
    enclaves = load_enclaves().assign(until=lambda d: d["until"].astype(str).replace("None", ""))
    return {"border_segments": segments, "enclaves": enclaves}


def _points(frame: pd.DataFrame, lat: str = "latitude", lon: str = "longitude"):
    import geopandas as gpd
    import numpy as np
    import shapely

    x = frame[lon].to_numpy(dtype="float64")
    y = frame[lat].to_numpy(dtype="float64")
    geom = shapely.points(x, y)
    geom[np.isnan(x) | np.isnan(y)] = None
    return gpd.GeoDataFrame(frame.drop(columns=[lat, lon]), geometry=geom, crs="EPSG:4326")


def _write_layer(gdf, path: str, layer: str) -> None:
    import pyogrio

    try:
        import pyarrow  # noqa: F401

        arrow = True
    except ImportError:  # pragma: no cover - pyarrow ships with the test extra
        arrow = False
    pyogrio.write_dataframe(gdf, path, layer=layer, driver="GPKG", use_arrow=arrow,
                            append=os.path.exists(path), promote_to_multi=False)


def to_bytes(frame: pd.DataFrame, resolve: Callable[[str], tuple[float, float] | None]
             | None = None, extra_layers: dict[str, Any] | None = None,
             stops: bool = True, styles: dict[str, tuple[str, str]] | None = None,
             at=None) -> bytes:
    """The GeoPackage file of an incident table, as bytes.

    Parameters
    ----------
    frame
        The flat incident table.
    resolve
        (lat, lon) of a place id, for stops given only as a place.
    extra_layers
        More GeoDataFrames by layer name (default: :func:`border_frames`).
    stops
        Write the ``stops`` and ``paths`` layers.
    styles
        QGIS styles {layer: (name, QML)} for the ``layer_styles`` table (see
        :func:`._qgis_styles.layer_styles`); none when not given.
    at
        Date of the border segments' ``status`` (default today).
    """
    layers: dict[str, Any] = {"incidents": _points(frame)}
    if stops:
        layers.update(_stop_layers(frame, resolve))
    for name, gdf in (border_frames(at) if extra_layers is None else extra_layers).items():
        layers[name] = _wgs84_right_hand(gdf)
    return _gpkg_bytes(layers, styles)


def _stop_layers(frame: pd.DataFrame, resolve: Callable[[str], tuple[float, float] | None]
                 | None) -> dict[str, Any]:
    """The ``stops`` layer (a point per stop) and ``paths`` (a line per route)."""
    import geopandas as gpd
    import numpy as np
    import shapely

    st = stops_frame(frame, resolve)
    layers = {"stops": _points(st)}
    ids, lines = paths_frame(st)
    sizes = [len(v) for v in lines]
    geoms = shapely.linestrings([pt for line in lines for pt in line],
                                indices=np.repeat(np.arange(len(lines)), sizes)
                                ) if lines else []
    layers["paths"] = gpd.GeoDataFrame({"incident_id": ids, "n_stops": sizes},
                                       geometry=geoms, crs="EPSG:4326")
    return layers


def _wgs84_right_hand(gdf):
    """A layer in EPSG:4326 with polygon rings wound by the right-hand rule."""
    import shapely
    from shapely.geometry.polygon import orient

    gdf = gdf.to_crs("EPSG:4326") if gdf.crs is not None else gdf.set_crs("EPSG:4326")
    polys = gdf.geometry.geom_type.isin(["Polygon", "MultiPolygon"])
    if polys.any():
        gdf = gdf.copy()
        gdf.loc[polys, "geometry"] = [orient(g, 1.0) if g.geom_type == "Polygon" else
                                      shapely.MultiPolygon([orient(p, 1.0) for p in g.geoms])
                                      for g in gdf.geometry[polys]]
    return gdf


def _gpkg_bytes(layers: dict[str, Any], styles: dict[str, tuple[str, str]] | None = None
                ) -> bytes:
    """The GeoPackage of the layers, in order, written with GDAL's timestamp pinned."""
    import pyogrio

    # Pinned timestamp for identical bytes; no journal or fsync: the file is a temporary
    # one that is renamed into place only when complete.
    options = {"OGR_CURRENT_DATE": FIXED_DATE, "OGR_SQLITE_SYNCHRONOUS": "OFF",
               "OGR_SQLITE_JOURNAL": "OFF"}
    previous = {k: pyogrio.get_gdal_config_option(k) for k in options}
    pyogrio.set_gdal_config_options(options)
    try:
        with tempfile.TemporaryDirectory(prefix="geoconflict-gpkg-") as tmp:
            path = str(Path(tmp) / "out.gpkg")
            for name, gdf in layers.items():
                _write_layer(gdf, path, name)
            if styles:
                write_layer_styles(path, styles, FIXED_DATE)
            return Path(path).read_bytes()
    finally:
        pyogrio.set_gdal_config_options(previous)


def write(frame: pd.DataFrame, path: str | os.PathLike, **kwargs: Any) -> Path:
    """Write the GeoPackage atomically (see :func:`to_bytes` for the options)."""
    return write_bytes_atomic(path, to_bytes(frame, **kwargs))
