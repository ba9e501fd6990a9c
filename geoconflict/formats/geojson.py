"""GeoJSON (RFC 7946) and GeoJSON text sequences (RFC 8142) of incidents.

The ``incidents`` layer: one Point feature per incident at its primary stop, lon/lat
order, coordinates rounded to ``precision`` digits, no ``crs`` member; properties are the
flat table's columns with ``stops`` and ``reports`` as nested arrays, and ``n_stops``.
The other layers of the GeoPackage (stops, paths, border_segments, enclaves) come from
:mod:`._layers` by the same names.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from .._errors import FormatError
from ._layers import frame_features, layer_frame
from ._table import JSON_COLUMNS, records

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["features", "layer_features", "collection_text", "sequence_text", "read_features",
           "read_records", "RS", "N_STOPS"]

RS = "\x1e"
#: Property of an incident feature counting its stops (not a column of the table).
N_STOPS = "n_stops"


def features(frame: pd.DataFrame, precision: int = 6) -> Iterator[dict[str, Any]]:
    """GeoJSON Feature dicts of the table's rows (geometry null when a row has no point)."""
    for rec in records(frame):
        lat, lon = rec.pop("latitude"), rec.pop("longitude")
        for key in JSON_COLUMNS:
            if isinstance(rec.get(key), str):
                rec[key] = json.loads(rec[key])
        geom = None
        if lat is not None and lon is not None:
            geom = {"type": "Point", "coordinates": [round(lon, precision), round(lat, precision)]}
        stops = rec.get("stops")
        rec[N_STOPS] = len(stops) if stops else int(geom is not None or bool(rec.get("place")))
        yield {"type": "Feature", "id": rec["event_id_cnty"], "geometry": geom,
               "properties": rec}


def layer_features(frame: pd.DataFrame, layer: str = "incidents", precision: int = 6,
                   resolve=None, at=None) -> Iterator[dict[str, Any]]:
    """Features of one layer: ``incidents`` (see :func:`features`) or one of
    :data:`._layers.LAYERS`; ``resolve`` places stops given as a place id, ``at`` is the
    date of the border segments' status."""
    if layer == "incidents":
        return features(frame, precision)
    return frame_features(layer_frame(frame, layer, resolve, at), layer, precision)


def _dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def collection_text(frame: pd.DataFrame, precision: int = 6, **layer: Any) -> str:
    """A FeatureCollection, one feature per line (diff-friendly, byte-identical per input).

    ``layer`` are the options of :func:`layer_features` (layer, resolve, at).
    """
    body = ",\n".join(_dump(f) for f in layer_features(frame, precision=precision, **layer))
    return '{"type":"FeatureCollection","features":[\n' + body + ("\n" if body else "") + "]}\n"


def sequence_text(frame: pd.DataFrame, precision: int = 6, **layer: Any) -> str:
    """RFC 8142 text sequence: each feature preceded by RS (0x1E) and followed by LF."""
    return "".join(f"{RS}{_dump(f)}\n"
                   for f in layer_features(frame, precision=precision, **layer))


def _iter_texts(text: str) -> Iterator[Any]:
    stripped = text.lstrip()
    if stripped.startswith(RS) or "\n" + RS in text or RS in text:
        for part in text.split(RS):
            if part.strip():
                yield json.loads(part)
        return
    try:
        yield json.loads(text)
        return
    except json.JSONDecodeError:
        pass
    for line in text.splitlines():  # LF-delimited sequence (cligj --sequence without --rs)
        if line.strip():
            yield json.loads(line)


def read_features(text: str, where: str = "<string>") -> list[dict[str, Any]]:
    """The features of a FeatureCollection, a Feature, a JSON list of features, or a
    feature sequence (RS- or LF-delimited): the one GeoJSON reader of the package."""
    try:
        objs = list(_iter_texts(text.lstrip("\ufeff")))
    except json.JSONDecodeError as exc:
        raise FormatError(f"{where}:{exc.lineno}: not GeoJSON ({exc.msg}) — give a "
                          "FeatureCollection or a feature sequence") from None
    feats: list[dict] = []
    for obj in objs:
        if isinstance(obj, list):
            feats.extend(obj)
        elif isinstance(obj, dict) and obj.get("type") == "FeatureCollection":
            feats.extend(obj.get("features") or [])
        elif isinstance(obj, dict) and obj.get("type") == "Feature":
            feats.append(obj)
        else:
            kind = obj.get("type") if isinstance(obj, dict) else type(obj).__name__
            raise FormatError(f"{where}: expected Features, got {kind!r}")
    return feats


def read_records(text: str, where: str = "<string>") -> list[dict[str, Any]]:
    """Flat records of :func:`read_features`: properties, plus longitude/latitude of a Point."""
    out = []
    for n, f in enumerate(read_features(text, where)):
        rec = dict(f.get("properties") or {})
        rec.pop(N_STOPS, None)
        if "event_id_cnty" not in rec and "incident_id" in rec:
            raise FormatError(f"{where}: feature {n}: a stop or path, not an incident — "
                              "read the incidents layer (export --layer incidents)")
        geom = f.get("geometry")
        if geom and geom.get("type") == "Point":
            rec["longitude"], rec["latitude"] = geom["coordinates"][:2]
        out.append(rec)
    return out
