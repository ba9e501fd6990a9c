"""Numbers of text columns: the fast readers give what pandas' to_numeric gives."""

import pandas as pd
import pytest

from geoconflict.formats._number_text import numbers
from geoconflict.formats._values import frame_columns


def _pandas(texts: list[str]) -> pd.Series:
    s = pd.Series(texts, dtype="str")
    return pd.to_numeric(s.where(s != "", None), errors="coerce")


@pytest.mark.parametrize("texts", [
    [f"{40 + i / 7:.6f}" for i in range(400)] + ["", "nan", "1e3", "-0"],   # coordinates
    [f"{40 + i / 7:.6f}" for i in range(400)] + ["40,5"],                   # a decimal comma
    [str(i) for i in range(400)],                                          # whole numbers
    ["3", "", "x", "3", "3", "3", "3", "3.5", "3", "3"] * 40,               # few distinct
])
def test_numbers_are_those_of_to_numeric(texts):
    got, want = numbers(pd.Series(texts, dtype="str")), _pandas(texts)
    assert got.dtype == want.dtype
    pd.testing.assert_series_equal(got, want, check_names=False)


def test_a_comma_is_not_a_decimal_point():
    got = numbers(pd.Series([f"{i}.25" for i in range(100)] + ["40,5"], dtype="str"))
    assert got.iloc[0] == 0.25 and got.isna().tolist() == [False] * 100 + [True]


def test_columns_of_text_give_none_for_missing_cells():
    frame = pd.DataFrame({
        "arrow": pd.Series(["a", None, "", "b"], dtype="str"),
        "nullable": pd.Series(["a", None, "", "b"], dtype="string"),
        "objects": pd.Series(["a", None, "", float("nan"), pd.NA, 3, [1]], dtype=object)
        .reindex(range(4)),
    })
    cols = frame_columns(frame)
    assert cols["arrow"] == ["a", None, None, "b"]
    assert cols["nullable"] == ["a", None, None, "b"]
    assert cols["objects"] == ["a", None, None, None]
    mixed = frame_columns(pd.DataFrame({"o": pd.Series([3, [1], "", pd.NA, "x"], dtype=object)}))
    assert mixed["o"] == [3, [1], None, None, "x"]
