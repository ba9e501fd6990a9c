"""Dates as the border functions take them: one date, one per point, or None for today."""

from __future__ import annotations

import datetime as _dt

import numpy as np
import pandas as pd

from .._errors import DataError


def day(value) -> np.datetime64:
    """``value`` (a date, ISO string, numpy/pandas date, or None for today) as datetime64[D].

    A partial ISO date (``YYYY``, ``YYYY-MM``) stands for its first day.
    """
    if value is None:
        return np.datetime64(_dt.date.today(), "D")
    if isinstance(value, str):
        text = value.strip()
        text = text + "-01-01" if len(text) == 4 else text + "-01" if len(text) == 7 else text
        try:
            return np.datetime64(_dt.date.fromisoformat(text[:10]), "D")
        except ValueError:
            raise DataError(f"date {value!r} is not YYYY-MM-DD") from None
    if isinstance(value, _dt.datetime | pd.Timestamp):
        return np.datetime64(value.date(), "D")
    return np.datetime64(value, "D")


def days(at, n: int) -> np.ndarray:
    """``at`` (None, one date, or one per point) as a datetime64[D] array of length n.

    A missing date (None, NaN, NaT) in a sequence means today.
    """
    if at is None or isinstance(at, str | _dt.date | pd.Timestamp | np.datetime64):
        return np.full(n, day(at), dtype="datetime64[D]")
    if isinstance(at, np.ndarray) and at.dtype.kind == "M":   # dates already: at once
        if len(at) != n:
            raise ValueError(f"at has {len(at)} dates for {n} points")
        out = at.astype("datetime64[D]")
        return np.where(np.isnat(out), day(None), out)
    values = list(at)
    if len(values) != n:
        raise ValueError(f"at has {len(values)} dates for {n} points")
    return np.array([day(v) if v is not None and v == v else day(None) for v in values],
                    dtype="datetime64[D]")
