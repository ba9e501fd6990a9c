"""One writer of every output format: an incident table (or incidents) to bytes or a file.

The format comes from the name given, else from the file's suffix (a suffix of no format
is an error, not GeoJSON under another name), else GeoJSON.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import FORMATS

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["format_for", "encode", "write_incidents"]

_BY_SUFFIX = {".geojson": "geojson", ".json": "geojson", ".geojsons": "geojsonseq",
              ".geojsonl": "geojsonseq", ".gpkg": "gpkg", ".kml": "kml", ".csv": "csv",
              ".parquet": "parquet"}


def format_for(path: str | os.PathLike | None, fmt: str | None = None) -> str:
    """``fmt`` when given (checked), else the format of the path's suffix, else (stdout,
    no suffix) geojson. ``ValueError`` for a suffix of no format, e.g. ``.yaml``."""
    if fmt is not None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r} — use one of {', '.join(FORMATS)}")
        return fmt
    if path is None or str(path) == "-" or not Path(path).suffix:
        return "geojson"
    suffix = Path(path).suffix.lower()
    if suffix in _BY_SUFFIX:
        return _BY_SUFFIX[suffix]
    hint = " (incident YAML is what 'geoconflict import' writes)" \
        if suffix in (".yaml", ".yml") else ""
    raise ValueError(f"{path}: no output format has the suffix {suffix!r}{hint} — name the "
                     f"file .geojson, .gpkg, .kml, .csv, .parquet or .geojsons, or pass "
                     f"--format")


def encode(frame: pd.DataFrame, fmt: str, precision: int = 6, stops: bool = True,
           resolve: Callable[[str], tuple[float, float] | None] | None = None,
           layer: str = "incidents", at=None, styles: dict | None = None) -> str | bytes:
    """The text (GeoJSON, sequence, KML, CSV) or bytes (GeoPackage, GeoParquet) of a table.

    ``resolve`` gives (lat, lon) of a place id, for stops written as a place only; ``layer``
    picks the layer of a GeoJSON file (incidents, stops, paths, segments, enclaves); ``at``
    is the date of the border segments' status; ``styles`` the GeoPackage's QGIS styles.
    """
    from . import csv_acled, geojson, gpkg, kml, parquet

    if fmt == "geojson":
        return geojson.collection_text(frame, precision, layer=layer, resolve=resolve, at=at)
    if fmt == "geojsonseq":
        return geojson.sequence_text(frame, precision, layer=layer, resolve=resolve, at=at)
    if fmt == "csv":
        return csv_acled.to_text(frame, precision)
    if fmt == "kml":
        return kml.to_text(frame, precision, resolve)
    if fmt == "gpkg":
        return gpkg.to_bytes(frame, resolve, stops=stops, styles=styles, at=at)
    return parquet.to_bytes(frame)


def write_incidents(incidents: Any, path: str | os.PathLike, fmt: str | None = None,
                    precision: int = 6, gazetteer: Any = None,
                    styles: dict | None = None) -> Path:
    """Write incidents (a list of Incident or the flat table) to ``path`` atomically."""
    from .._io import write_bytes_atomic, write_text_atomic
    from ._table import incidents_to_frame

    frame = incidents if hasattr(incidents, "columns") else incidents_to_frame(list(incidents))
    resolve = None
    if gazetteer is not None:
        def resolve(place_id):
            return ((gazetteer.get(place_id).lat, gazetteer.get(place_id).lon)
                    if place_id in gazetteer else None)
    data = encode(frame, format_for(path, fmt), precision, resolve=resolve, styles=styles)
    if isinstance(data, bytes):
        return write_bytes_atomic(path, data)
    return write_text_atomic(path, data)
