"""Dates of a table's cells: ISO, ACLED's "12 May 2006", and what Excel makes of them.

A CSV opened and saved again by Excel holds its dates in the locale's short form: day first
with dots on a Russian-language (or German) Windows, ``29.04.2021``; with slashes, day
first in most locales and month first in the US. Slashed dates are read day first or
month first for the whole column, as its dates show (a first number above 12 is a day, a
second above 12 is a day); a column that never shows it stays unread, since 05/04/2021
could be either (the error says so).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["parse_dates", "date_problem"]

_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})\Z")


def parse_dates(s: pd.Series) -> pd.Series:
    """The dates of ``s`` (NaT for a text that is none), each distinct text parsed once (an
    export's 100,000 rows have a few thousand dates)."""
    import pandas as pd

    codes, texts = pd.factorize(s, use_na_sentinel=False)
    texts = pd.Series(texts)
    days = pd.to_datetime(texts.where(texts != "", None), format="%Y-%m-%d", errors="coerce")
    for fmt in ("%d %B %Y", "%d.%m.%Y", _slash_format(texts)):
        rest = days.isna() & (texts != "")
        if not rest.any() or fmt is None:
            break
        days[rest] = pd.to_datetime(texts[rest], format=fmt, errors="coerce")
    return pd.Series(days.to_numpy()[codes], index=s.index)


def _slash_format(texts: pd.Series) -> str | None:
    """Day first or month first for a column's slashed dates, None when they never tell."""
    pairs = [(int(m[1]), int(m[2])) for t in texts if (m := _SLASHED.match(t))]
    day_first = any(a > 12 for a, _ in pairs)
    month_first = any(b > 12 for _, b in pairs)
    if day_first == month_first:   # neither shows it (or the column mixes both)
        return None
    return "%d/%m/%Y" if day_first else "%m/%d/%Y"


def date_problem(text: str) -> str:
    """What to say of a cell that is not a date."""
    if _SLASHED.match(text):
        return (f"{text!r} could be day/month or month/day (no date of the column tells) — "
                "save dates as YYYY-MM-DD")
    return f"{text!r} is not a date — use YYYY-MM-DD, '12 May 2006' or 29.04.2021"
