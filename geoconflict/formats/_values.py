"""Plain Python values of the flat table's cells: missing, text, numbers, JSON lists.

Every reader and writer of the table goes through these, so that a missing cell is
``None``, ``NaN``, ``pd.NA`` or ``""`` alike; :func:`records` gives a table's rows.
"""

from __future__ import annotations

import json
import math
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd


_NULLS: tuple = ()


def _nulls() -> tuple:
    """pandas' missing-value singletons (``pd.NA``, ``pd.NaT``), looked up once."""
    global _NULLS
    if not _NULLS:
        try:
            import pandas as pd

            _NULLS = (pd.NA, pd.NaT)
        except ImportError:  # pragma: no cover
            _NULLS = (object(),)
    return _NULLS


def _missing(v: Any) -> bool:
    kind = type(v)
    if kind is str:  # the common cases first, without isinstance
        return v == ""
    if kind is float:
        return v != v
    if v is None:
        return True
    if isinstance(v, float) and math.isnan(v):
        return True
    if isinstance(v, str) and v == "":
        return True
    nulls = _NULLS or _nulls()
    return v is nulls[0] or v is nulls[-1]


def _s(v: Any) -> str:
    return "" if _missing(v) else str(v)


def _i(v: Any) -> int | None:
    if _missing(v):
        return None
    if isinstance(v, str):
        v = v.strip()
        return int(float(v)) if v else None
    return int(v)


def _f(v: Any) -> float | None:
    return None if _missing(v) else float(v)


def _json(v: Any) -> list:
    if _missing(v):
        return []
    if isinstance(v, list | tuple):
        return list(v)
    if hasattr(v, "tolist"):
        return v.tolist()
    return json.loads(v)


def _dumps(v: Any) -> str:
    return json.dumps(v, ensure_ascii=False, separators=(",", ":"))


def frame_columns(frame: pd.DataFrame) -> dict[str, list]:
    """The table's columns as lists of plain Python values (``None`` for missing)."""
    out = {}
    for c in frame.columns:
        s = frame[c]
        if str(s.dtype) == "Int64":  # the values and the mask as lists: no NA objects made
            missing = s.array.isna()
            values = s.array.to_numpy(dtype="int64", na_value=0).tolist()
            out[c] = [None] * len(s) if missing.all() else \
                [None if m else v for v, m in zip(values, missing.tolist(), strict=True)]
        elif s.dtype.kind == "f":
            out[c] = [None if v != v else v for v in s.tolist()]
        elif s.dtype.kind == "O":
            out[c] = _objects(s)
        elif s.dtype.kind == "M":  # a GIS file's date or time field (an extra column)
            out[c] = _datetimes(s)
        else:  # bool, int64 and the like: Python values, not numpy scalars
            out[c] = [None if _missing(v) else v for v in s.tolist()]
    return out


def _objects(s: pd.Series) -> list:
    """A text or object column's values, ``None`` for missing (what pandas calls NA, and
    ``""``): found by pyarrow or pandas in C, not by a test of each cell in Python."""
    arrow = _arrow_text(s)
    if arrow is not None:
        return arrow
    if s.isna().all():     # a column of our own the file does not fill (title, stops…)
        return [None] * len(s)
    values = s.tolist()
    try:
        missing = (s.isna() | (s == "")).to_numpy(dtype=bool)
    except (TypeError, ValueError):  # pragma: no cover - cells that refuse ==
        return [None if _missing(v) else v for v in values]
    if not missing.any():
        return values
    return [None if m else v for v, m in zip(values, missing.tolist(), strict=True)]


def _arrow_text(s: pd.Series) -> list | None:
    """The values of a pyarrow-backed text column (pandas' ``str`` dtype), ``""`` as None."""
    if not hasattr(s.array, "__arrow_array__"):
        return None
    import pyarrow as pa
    import pyarrow.compute as pc

    arr = pa.array(s.array)
    if not pa.types.is_string(arr.type) and not pa.types.is_large_string(arr.type):
        return None
    return pc.if_else(pc.equal(arr, ""), None, arr).to_pylist()


def _datetimes(s: pd.Series) -> list[str | None]:
    """ISO 8601 text of each time: the date alone when every time is a naive midnight,
    else the time, with its offset when the field has a time zone."""
    if s.dt.tz is not None:
        return [None if _missing(v) else v.isoformat() for v in s.tolist()]
    day = bool((s.dropna() == s.dropna().dt.normalize()).all())
    texts = s.dt.strftime("%Y-%m-%d" if day else "%Y-%m-%dT%H:%M:%S")
    return [None if _missing(v) else v for v in texts.tolist()]


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows of the table as dicts of plain Python values (``None`` for missing)."""
    columns = frame_columns(frame)
    names = list(columns)
    return [dict(zip(names, row, strict=True))
            for row in zip(*columns.values(), strict=True)]


def pd_na():
    import pandas as pd

    return pd.NA
