"""Rows of a regional export that lie outside the Fergana region: found, counted, skipped.

ACLED's and UCDP's downloads are cut by world region ("Caucasus and Central Asia"), so a
real file carries rows of Kazakhstan, Georgia or Armenia. They are left out and counted
by country; a row whose lat/lon look swapped, or that cannot be read, is not "outside"
and stays a problem at its line.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..region import REGION_BBOX
from ._acled_codes import COUNTRY_CODES
from ._number_text import numbers

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["outside_rows", "keep_inside", "count_by_country", "skipped_message", "SKIPPED_ATTR"]

#: ``DataFrame.attrs`` key of the {country: rows} left out of an imported table.
SKIPPED_ATTR = "skipped_outside"


def outside_rows(raw: pd.DataFrame) -> pd.Series:
    """Mask of the rows of an all-text table that lie outside the region.

    A row is outside when its coordinates are decimal degrees outside the region's
    bounding box (and not inside it once swapped), or when it has none and its
    country is not one we know.
    """
    import pandas as pd

    def text(name: str) -> pd.Series:
        return raw[name].astype(str).str.strip() if name in raw else \
            pd.Series([""] * len(raw), index=raw.index)

    lat, lon = numbers(text("latitude")), numbers(text("longitude"))
    x0, y0, x1, y1 = REGION_BBOX
    inside = lon.between(x0, x1) & lat.between(y0, y1)
    swapped = lat.between(x0, x1) & lon.between(y0, y1)
    has = lat.notna() & lon.notna()
    country = text("country")
    unknown = (country != "") & ~country.str.casefold().isin(list(COUNTRY_CODES))
    blank = (text("latitude") == "") & (text("longitude") == "")
    return (has & ~inside & ~swapped) | (blank & unknown)


def count_by_country(raw: pd.DataFrame, mask: pd.Series) -> dict[str, int]:
    """{country as written: rows} of the masked rows, most first, then by name."""
    names = raw.loc[mask, "country"].astype(str).str.strip() if "country" in raw else []
    counts = Counter(n or "no country" for n in names)
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def keep_inside(raw: pd.DataFrame, line_of: Callable[[int], int], strict: bool = False
                ) -> tuple[pd.DataFrame, Callable[[int], int], dict[str, int]]:
    """The rows inside the region, a line finder for them, and {country: rows} left out.

    With ``strict`` nothing is left out: rows outside stay, to be reported as problems.
    """
    import numpy as np

    if strict or not len(raw):
        return raw, line_of, {}
    mask = outside_rows(raw)
    if not mask.any():
        return raw, line_of, {}
    counts = count_by_country(raw, mask)
    positions = np.flatnonzero(~mask.to_numpy())
    return raw.loc[~mask], lambda i: line_of(int(positions[i])), counts


def skipped_message(counts: dict[str, int]) -> str:
    """``skipped 3 rows outside the Fergana region: Kazakhstan 2, Armenia 1`` ('' if none)."""
    n = sum(counts.values())
    if not n:
        return ""
    parts = ", ".join(f"{k} {c}" for k, c in counts.items())
    return f"skipped {n} row{'s' if n != 1 else ''} outside the Fergana region: {parts}"
