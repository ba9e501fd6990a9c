"""Imported CSV text -> the typed flat table, every problem at its physical line.

``normalise_frame`` turns the all-text columns of an ACLED-style table into typed ones
step by step (ids, dates, event types, text, actor codes, country, coordinates, counts),
collecting problems as it goes; ``line_finder`` maps a record to its line in the file.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..incidents._checker import Problem
from ..incidents.model import COUNT_FIELDS, DATE_PRECISIONS, EVENT_TYPES, disorder_type_for
from ..region import REGION_BBOX
from ._acled_codes import ACLED_REGION, COUNTRY_CODES, ISO_NUMERIC, _inter
from ._columns import _COUNT_COLUMNS, ACLED_COLUMNS, OUR_COLUMNS
from ._date_text import date_problem, parse_dates
from ._number_text import numbers

if TYPE_CHECKING:
    import pandas as pd

#: Columns copied as text (``None`` for an empty cell).
_TEXT_COLUMNS = ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "civilian_targeting",
                 "admin1", "admin2", "admin3", "location", "source", "source_scale", "notes",
                 "tags", "timestamp", "title", "verification", "place", "border_segment",
                 "side", "segment_status", "stops", "reports")


#: ``DataFrame.attrs`` key of the records an imported table kept of its file (a tuple of
#: their indexes, given only when some were left out as outside the region), so the
#: problems found once its rows are linked to places name their lines; taken off then.
RECORDS_ATTR = "kept_records"


def line_finder(text: str | bytes) -> Callable[[int], int]:
    """Maps a 0-based data record index of CSV ``text`` to its first physical line.

    The file is scanned only when a problem asks for a line. CSV made from a spreadsheet
    names the record's row in the sheet instead.
    """
    rows = getattr(text, "rows", None)   # a _sheet.SheetCsv
    if rows is not None:
        return lambda i: rows[i] if 0 <= i < len(rows) else 0
    starts: list[int] = []

    def find(i: int) -> int:
        nonlocal text
        if not starts:
            if isinstance(text, bytes):
                text = text.decode("utf-8-sig", errors="replace")
            reader = csv.reader(io.StringIO(text))
            line = 1
            for _ in reader:
                starts.append(line)
                line = reader.line_num + 1
        return starts[i + 1] if i + 1 < len(starts) else 0

    return find


class _Collector:
    """Problems of an imported table, each at the record's physical line."""

    def __init__(self, where: str, line_of: Callable[[int], int], limit: int = 200):
        self.where, self.line_of, self.limit = where, line_of, limit
        self.problems: list[Problem] = []
        self.total = 0

    def mask(self, bad, field: str, message: Callable[[int], str]) -> None:
        import numpy as np

        for i in np.flatnonzero(np.asarray(bad)):
            self.total += 1
            if len(self.problems) < self.limit:
                self.problems.append(Problem(self.where, self.line_of(int(i)), field,
                                             message(int(i))))

    def summary(self) -> list[Problem]:
        """The problems kept, and a last one counting those left out."""
        if self.total > len(self.problems):
            self.problems.append(Problem(self.where, 0, "file", f"… and "
                                         f"{self.total - len(self.problems)} more problems"))
        return self.problems


def normalise_frame(raw: pd.DataFrame, where: str, line_of: Callable[[int], int],
                    id_prefix: str = "row") -> tuple[pd.DataFrame, list[Problem]]:
    """Typed incident table from an all-text ACLED-style table; every problem listed.

    Parameters
    ----------
    raw
        Columns named as ACLED's (and ours); cells are text, missing cells ``""``.
    where
        File name for problem messages; ``line_of`` maps a row index to its line.
    """
    import pandas as pd

    col = _Collector(where, line_of)
    out = pd.DataFrame(index=raw.index)
    _ids(raw, out, col, id_prefix)
    _dates(raw, out, col)
    _event_types(raw, out, col)
    for name in _TEXT_COLUMNS:
        out[name] = _text(raw, name).replace("", None) if name in raw else None
    _inter_codes(raw, out)
    _country(raw, out)
    _coordinates(raw, out, col)
    _counts(raw, out, col)
    extras = [c for c in raw.columns if c not in ACLED_COLUMNS and c not in OUR_COLUMNS]
    for c in extras:
        out[c] = _text(raw, c).replace("", None)
    out = out[list(ACLED_COLUMNS + OUR_COLUMNS) + extras]
    for c in out.columns:
        if out[c].dtype == object:
            out[c] = out[c].where(out[c].notna(), None)
    return out.reset_index(drop=True), col.summary()


def _by_distinct(s: pd.Series, fn: Callable[[pd.Series], Any]) -> pd.Series:
    """``fn`` of the Series of ``s``'s distinct values, spread back over its rows (a big
    export repeats a few countries, codes and dates over 100,000 rows)."""
    import pandas as pd

    codes, uniques = pd.factorize(s, use_na_sentinel=False)
    got = fn(pd.Series(uniques))
    return pd.Series(pd.array(got).take(codes), index=s.index)


def _text(raw: pd.DataFrame, name: str) -> pd.Series:
    """A column as stripped text; all ``""`` when the table has no such column."""
    import pandas as pd

    return raw[name].astype(str).str.strip() if name in raw else \
        pd.Series([""] * len(raw), index=raw.index, dtype=object)


def _ids(raw: pd.DataFrame, out: pd.DataFrame, col: _Collector, id_prefix: str) -> None:
    """event_id_cnty: as given, or ``{id_prefix}-{row}``; duplicates are problems."""
    import pandas as pd

    ids = _text(raw, "event_id_cnty")
    empty = ids == ""
    if empty.any():
        ids = ids.where(~empty, pd.Series([f"{id_prefix}-{i + 1}" for i in range(len(raw))],
                                          index=raw.index))
    dup = ids.duplicated(keep="first")
    col.mask(dup, "event_id_cnty", lambda i: f"duplicate id {ids.iloc[i]!r} — ids must be "
             "unique")
    out["event_id_cnty"] = ids


def _dates(raw: pd.DataFrame, out: pd.DataFrame, col: _Collector) -> None:
    """event_date, year, date_end, time_precision and date_precision."""
    start = parse_dates(_text(raw, "event_date"))
    col.mask(start.isna(), "event_date", lambda i: date_problem(raw["event_date"].iloc[i])
             if "event_date" in raw else "missing — the file needs an event_date column")
    end_text = _text(raw, "date_end")
    end = parse_dates(end_text)
    col.mask(end.isna() & (end_text != ""), "date_end",
             lambda i: date_problem(end_text.iloc[i]))
    end = end.fillna(start)
    col.mask((end < start).fillna(False), "date_end", lambda i: "before event_date — fix one")
    out["event_date"] = _by_distinct(start, lambda u: u.dt.strftime("%Y-%m-%d"))
    out["year"] = start.dt.year.astype("Int64")
    out["date_end"] = _by_distinct(end, lambda u: u.dt.strftime("%Y-%m-%d"))
    tp = _ints(_text(raw, "time_precision"), col, "time_precision", 1, 3)
    out["time_precision"] = tp.fillna(1).astype("Int64")
    dprec = _text(raw, "date_precision")
    bad = (dprec != "") & ~dprec.isin(DATE_PRECISIONS)
    col.mask(bad, "date_precision", lambda i: f"{dprec.iloc[i]!r} — use day, week, month or "
             "year")
    mapped = out["time_precision"].map({1: "day", 2: "week", 3: "month"}).astype(object)
    out["date_precision"] = dprec.where(dprec != "", mapped)


def _event_types(raw: pd.DataFrame, out: pd.DataFrame, col: _Collector) -> None:
    """event_type and sub_event_type (an ACLED pair), and the disorder_type they imply."""
    et, st = _text(raw, "event_type"), _text(raw, "sub_event_type")
    pairs = {(t, s) for t, subs in EVENT_TYPES.items() for s in subs}
    bad_type = ~et.isin(list(EVENT_TYPES))
    col.mask(bad_type, "event_type", lambda i: f"unknown ACLED event type {et.iloc[i]!r}")
    joined = et + "\x1f" + st
    ok_pair = joined.isin([f"{t}\x1f{x}" for t, x in pairs]).astype(bool)
    col.mask(~bad_type & ~ok_pair, "sub_event_type",
             lambda i: f"{st.iloc[i]!r} is not a sub-event type of {et.iloc[i]!r}")
    out["event_type"], out["sub_event_type"] = et, st
    dmap = {j: disorder_type_for(*j.split("\x1f", 1)) for j in joined.unique()}
    out["disorder_type"] = joined.map(dmap)


def _inter_codes(raw: pd.DataFrame, out: pd.DataFrame) -> None:
    """inter1 and inter2 (codes or labels) and the interaction code of the two."""
    import pandas as pd

    for n_ in ("1", "2"):
        out[f"inter{n_}"] = _by_distinct(_text(raw, f"inter{n_}"), lambda u: pd.array(
            u.map(_inter).astype(object), dtype="Int64"))
    i1, i2 = out["inter1"], out["inter2"]
    lo, hi = i1.where(i1 <= i2, i2), i2.where(i1 <= i2, i1)
    both = lo * 10 + hi
    out["interaction"] = both.fillna(i1.fillna(i2) * 10).astype("Int64")


def _country(raw: pd.DataFrame, out: pd.DataFrame) -> None:
    """country as given; iso and (unless given) region from its name."""
    import pandas as pd

    country = _text(raw, "country")
    codes = _by_distinct(country, lambda u: u.str.casefold().map(COUNTRY_CODES))
    out["country"] = country.replace("", None)
    out["iso"] = pd.array(codes.map(ISO_NUMERIC), dtype="Int64")
    out["region"] = _text(raw, "region").replace("", None) if "region" in raw else codes.map(
        ACLED_REGION)


def _coordinates(raw: pd.DataFrame, out: pd.DataFrame, col: _Collector) -> None:
    """latitude/longitude inside the region (or a location), geo_precision, border_km."""

    lat_text, lon_text = _text(raw, "latitude"), _text(raw, "longitude")
    lat, lon = numbers(lat_text), numbers(lon_text)
    bad_num = (lat_text != "") & lat.isna() | (lon_text != "") & lon.isna()
    col.mask(bad_num, "latitude", lambda i: "latitude/longitude are not decimal degrees")
    x0, y0, x1, y1 = REGION_BBOX
    inside = lon.between(x0, x1) & lat.between(y0, y1)
    swapped = lat.between(x0, x1) & lon.between(y0, y1)
    has = lat.notna() & lon.notna()
    col.mask(has & ~inside, "latitude", lambda i: f"({lat.iloc[i]}, {lon.iloc[i]}) is outside"
             " the region" + (" — lat and lon look swapped" if swapped.iloc[i] else
                              " — check the coordinate"))
    no_where = ~has & (out["location"].isna() & out["place"].isna())
    col.mask(no_where, "latitude", lambda i: "no coordinates and no location — give "
             "latitude/longitude or a location name")
    out["latitude"], out["longitude"] = lat.astype("float64"), lon.astype("float64")
    out["geo_precision"] = _ints(_text(raw, "geo_precision"), col, "geo_precision", 1, 3)
    out["border_km"] = numbers(_text(raw, "border_km")).astype("float64")


def _counts(raw: pd.DataFrame, out: pd.DataFrame, col: _Collector) -> None:
    """fatalities and every count's low/best/high, in order; ACLED's fatalities is all three."""
    out["fatalities"] = _ints(_text(raw, "fatalities"), col, "fatalities", 0, None)
    for c in _COUNT_COLUMNS:
        out[c] = _ints(_text(raw, c), col, c, 0, None) if c in raw else _no_ints(len(raw))
    for key in COUNT_FIELDS:
        best = "fatalities" if key == "fatalities" else f"{key}_best"
        lo, be, hi = out[f"{key}_low"], out[best], out[f"{key}_high"]
        if key == "fatalities" and "fatalities_low" not in raw:
            out["fatalities_low"], out["fatalities_high"] = be.copy(), be.copy()
            continue
        bad = ((lo > be) | (be > hi) | (lo > hi)).fillna(False)
        col.mask(bad, key, lambda i, k=key: f"{k} low/best/high out of order — low ≤ best ≤ "
                 "high")


def _no_ints(n: int):
    """A column of ``n`` missing whole numbers (as an array, not from ``n`` NA objects)."""
    import numpy as np
    import pandas as pd

    return pd.arrays.IntegerArray(np.zeros(n, dtype="int64"), np.ones(n, dtype=bool))


def _ints(s: pd.Series, col: _Collector, field: str, lo: int | None, hi: int | None
          ) -> pd.Series:
    import pandas as pd

    num = numbers(s)
    bad = (s != "") & (num.isna() | (num != num.round()))
    if lo is not None:
        bad |= (num < lo).fillna(False)
    if hi is not None:
        bad |= (num > hi).fillna(False)
    rng = f"{lo}..{hi}" if hi is not None else f"{lo} or more"
    col.mask(bad, field, lambda i: f"{s.iloc[i]!r} — expected a whole number {rng}")
    return pd.array(num.where(~bad).round(), dtype="Int64")
