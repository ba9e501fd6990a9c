"""The table version of :func:`geoconflict.incidents.derive`, for large imported sets.

Vectorised over a DataFrame of the flat table's columns; gives the same derived values as
the object path for the same rows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..incidents.derive import (
    ATTACH_MAX_PRECISION,
    border_attach,
    plain_value,
    stop_geo_precision,
)
from ..incidents.model import Stop
from ._geocode import geocode_frame

if TYPE_CHECKING:
    from ..gazetteer.index import Gazetteer

__all__ = ["derive_frame"]


def derive_frame(frame, gazetteer: Gazetteer, attach: Callable | None | bool = None,
                 progress: Callable[[str], None] | None = None):
    """The table version of :func:`derive`, for large imported sets (vectorised).

    Links rows to gazetteer places by their location name
    (:func:`geoconflict.formats._table.geocode_frame`), fills geo_precision where it is
    missing (1 with a place, else 3), then attaches rows with geo_precision ≤
    ``ATTACH_MAX_PRECISION`` to border segments when an attach function is available.
    """
    import numpy as np
    import pandas as pd

    progress = progress or (lambda message: None)
    frame = geocode_frame(frame, gazetteer)
    progress("geocoded")
    missing = frame["geo_precision"].isna()
    if missing.any():
        frame.loc[missing, "geo_precision"] = _geo_precision(frame.loc[missing], gazetteer)
    if attach is None:
        attach = border_attach()
    if not attach:
        return frame
    gp = frame["geo_precision"].fillna(1).to_numpy()
    ok = (gp <= ATTACH_MAX_PRECISION) & frame["latitude"].notna().to_numpy() & \
        frame["longitude"].notna().to_numpy()
    if not ok.any():
        return frame
    at = pd.to_datetime(frame.loc[ok, "event_date"]).to_numpy().astype("datetime64[D]")
    got = attach(frame.loc[ok, "longitude"].to_numpy(), frame.loc[ok, "latitude"].to_numpy(),
                 at=at, max_km=25)
    for c in ("border_segment", "border_km", "side", "segment_status"):
        if c in got:
            values = np.asarray(got[c])
            if c == "border_km":
                frame.loc[ok, c] = values.astype("float64").round(3)   # to the metre
            else:  # ids and codes: Python str or None already, as a rule
                plain = values.tolist()
                if not all(v is None or type(v) is str for v in plain):
                    plain = [plain_value(v) for v in plain]
                frame.loc[ok, c] = plain
    progress("attached to borders")
    return frame


def _geo_precision(rows, gazetteer: Gazetteer) -> list[int]:
    """The object path's rule (:func:`~geoconflict.incidents.derive.stop_geo_precision`) for
    rows without one: a linked place by its kind, coordinates alone as exact (1), else 3."""
    by_place: dict[str, int] = {}
    out = []
    for place, lat in zip(rows["place"], rows["latitude"], strict=True):
        if isinstance(place, str) and place:
            if place not in by_place:
                by_place[place] = stop_geo_precision(Stop(place=place), gazetteer.get(place))
            out.append(by_place[place])
        else:
            out.append(1 if lat == lat and lat is not None else 3)
    return out
