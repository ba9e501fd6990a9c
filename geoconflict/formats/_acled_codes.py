"""ACLED's codes for countries, regions and actor types, and the interaction code.

Country names, ISO 3166 numeric codes and ACLED regions by ISO alpha-2 code; inter
codes by their label (as ACLED's website writes them); ``interaction`` from two codes.
"""

from __future__ import annotations

from typing import Any

from ..incidents.model import INTER_CODES
from ..region import COUNTRY_NAMES
from ._values import _i, _missing

COUNTRY_CODES = {v.casefold(): k for k, v in COUNTRY_NAMES.items()}
ISO_NUMERIC = {"KG": 417, "TJ": 762, "UZ": 860, "AF": 4, "KZ": 398, "CN": 156}
ACLED_REGION = {"KG": "Caucasus and Central Asia", "TJ": "Caucasus and Central Asia",
                "UZ": "Caucasus and Central Asia", "KZ": "Caucasus and Central Asia",
                "AF": "South Asia", "CN": "East Asia"}
_INTER_BY_LABEL = {v.casefold(): k for k, v in INTER_CODES.items()}
_INTER_BY_LABEL.update({"state forces": 1, "rebel group": 2, "political militia": 3,
                        "identity militia": 4, "rioters": 5, "protesters": 6, "civilians": 7,
                        "external/other forces": 8})


def _inter(v: Any) -> int | None:
    """An inter code from a number or a label ('State forces'); None when missing."""
    if _missing(v):
        return None
    if isinstance(v, str) and not v.strip().isdigit():
        return _INTER_BY_LABEL.get(v.strip().casefold())
    return _i(v)


def _interaction(a: int | None, b: int | None) -> int | None:
    if a is None and b is None:
        return None
    if a is None or b is None:
        return (a or b) * 10
    lo, hi = sorted((a, b))
    return lo * 10 + hi
