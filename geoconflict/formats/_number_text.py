"""Numbers of a text column, as ``pd.to_numeric(errors="coerce")`` reads them, made fast.

A big export repeats a few counts and precisions over 100,000 rows: those are read once
per distinct text. Coordinates are nearly all distinct: pyarrow's C parser reads them (it
gives the same doubles as pandas, correctly rounded) unless a text is not a plain decimal
number, or every number is whole (pandas then gives integers, shown as "40", not "40.0").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["numbers"]


def numbers(text: pd.Series) -> pd.Series:
    """The numbers of stripped text (``""``: missing): NaN where a text is not a number."""
    import pandas as pd

    codes, uniques = pd.factorize(text, use_na_sentinel=False)
    if len(uniques) * 4 <= len(text):
        num = _to_numeric(pd.Series(uniques))
        return pd.Series(num.to_numpy().take(codes), index=text.index)
    fast = _arrow_doubles(text)
    return fast if fast is not None else _to_numeric(text)


def _to_numeric(text: pd.Series) -> pd.Series:
    import pandas as pd

    return pd.to_numeric(text.where(text != "", None), errors="coerce")


def _arrow_doubles(text: pd.Series) -> pd.Series | None:
    import numpy as np
    import pandas as pd

    try:
        import pyarrow as pa
        import pyarrow.compute as pc
    except ImportError:  # pragma: no cover - pyarrow ships with pandas' string dtype here
        return None
    try:
        arr = pa.array(text.array, type=pa.string())   # no copy of an arrow-backed column
        values = pc.cast(pc.if_else(pc.equal(arr, ""), None, arr), pa.float64())
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return None
    out = values.to_numpy(zero_copy_only=False)
    finite = out[~np.isnan(out)]
    if len(finite) == len(out) and bool((finite == np.round(finite)).all()):
        return None                      # pandas' integers, not doubles
    return pd.Series(out, index=text.index, dtype="float64")
