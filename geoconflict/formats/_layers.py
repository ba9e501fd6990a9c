"""The layers of an export other than ``incidents``, as GeoJSON features.

``stops`` (a point per stop, with its order, role and local time), ``paths`` (a line per
route), ``border_segments`` (with the status on the export's date) and ``enclaves``:
the layers the GeoPackage holds, by the same names, for GeoJSON and its sequences.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date
from typing import TYPE_CHECKING, Any

from ._values import _missing

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["LAYERS", "LAYER_ALIASES", "layer_frame", "frame_features"]

LAYERS = ("incidents", "stops", "paths", "border_segments", "enclaves")
#: Short names accepted for a layer.
LAYER_ALIASES = {"segments": "border_segments"}
#: Each layer's feature id column; stops are ``incident_id/seq``.
_ID_COLUMN = {"paths": "incident_id", "border_segments": "id", "enclaves": "id"}
#: Columns held as JSON text in the GeoPackage, nested in GeoJSON.
_NESTED = ("status_history",)


def layer_frame(frame: pd.DataFrame, layer: str, resolve: Callable[[str], tuple[float, float]
                | None] | None = None, at: date | None = None):
    """The GeoDataFrame of a layer other than ``incidents`` (as the GeoPackage writes it)."""
    from .gpkg import _stop_layers, border_frames

    layer = LAYER_ALIASES.get(layer, layer)
    if layer in ("stops", "paths"):
        return _stop_layers(frame, resolve)[layer]
    if layer in ("border_segments", "enclaves"):
        return border_frames(at)[layer]
    raise ValueError(f"unknown layer {layer!r} — use one of {', '.join(LAYERS)}")


def _plain(v: Any) -> Any:
    if _missing(v):
        return None
    return v.item() if hasattr(v, "item") else v


def frame_features(gdf, layer: str, precision: int = 6) -> Iterator[dict[str, Any]]:
    """GeoJSON Feature dicts of a layer's GeoDataFrame, coordinates rounded."""
    import numpy as np
    import shapely

    geoms = shapely.transform(gdf.geometry.to_numpy(), lambda c: np.round(c, precision))
    props = gdf.drop(columns=gdf.geometry.name)
    cols = list(props.columns)
    id_col = _ID_COLUMN.get(LAYER_ALIASES.get(layer, layer))
    for geom, row in zip(geoms, props.itertuples(index=False, name=None), strict=True):
        rec = {c: _plain(v) for c, v in zip(cols, row, strict=True)}
        for key in _NESTED:
            if isinstance(rec.get(key), str):
                rec[key] = json.loads(rec[key])
        fid = rec[id_col] if id_col else f"{rec['incident_id']}/{rec['seq']}"
        yield {"type": "Feature", "id": fid,
               "geometry": None if geom is None else shapely.geometry.mapping(geom),
               "properties": rec}
