"""ACLED-format CSV: import of ACLED exports, export with ACLED's columns first.

Reads UTF-8 with or without a byte-order mark, quoted cells with commas and newlines,
ISO (``2021-04-28``) or ACLED-website (``28 April 2021``) dates; columns it does not
know are kept as extra properties.
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .._errors import FormatError, IncidentsError
from ._geocode import link_places
from ._table import ACLED_COLUMNS, frame_to_incidents, line_finder, normalise_frame

if TYPE_CHECKING:
    import pandas as pd

    from ..gazetteer.index import Gazetteer
    from ..incidents.load import Problem
    from ..incidents.model import Incident

__all__ = ["read_bytes", "read_text", "read_frame", "read", "to_text", "looks_like_acled"]

#: Columns an ACLED file must have to be read.
REQUIRED = ("event_date", "event_type", "sub_event_type")


def read_bytes(src: str | Path) -> tuple[bytes, str]:
    """(bytes, name) of a file or ``-`` (stdin)."""
    if str(src) == "-":
        return sys.stdin.buffer.read(), "<stdin>"
    try:
        return Path(src).read_bytes(), str(src)
    except OSError as exc:
        raise FormatError(f"{src}: cannot read ({exc.strerror})") from None


def read_text(src: str | Path) -> tuple[str, str]:
    """(text, name) of a file or ``-`` (stdin), UTF-8 with or without BOM."""
    if str(src) == "-":
        data, name = sys.stdin.buffer.read(), "<stdin>"
    else:
        try:
            data, name = Path(src).read_bytes(), str(src)
        except OSError as exc:
            raise FormatError(f"{src}: cannot read ({exc.strerror})") from None
    try:
        return data.decode("utf-8-sig"), name
    except UnicodeDecodeError as exc:
        raise FormatError(f"{name}: not UTF-8 (byte {exc.start}) — save the CSV as UTF-8"
                          ) from None


def _arrow_frame(data: bytes) -> pd.DataFrame | None:
    """All-text table read by pyarrow's multithreaded CSV reader (None: not available)."""
    try:
        import pyarrow as pa
        import pyarrow.csv as pcsv
    except ImportError:  # pragma: no cover - pyarrow ships with the test extra
        return None
    head = data[:65536].decode("utf-8-sig", errors="replace")
    names = next(csv.reader(io.StringIO(head)), [])
    if not names or len(set(names)) != len(names):
        return None
    try:
        table = pcsv.read_csv(
            io.BytesIO(data), parse_options=pcsv.ParseOptions(newlines_in_values=True),
            convert_options=pcsv.ConvertOptions(column_types={n: pa.string() for n in names},
                                                strings_can_be_null=False))
    except (pa.ArrowInvalid, UnicodeDecodeError):
        return None
    return table.to_pandas()


def _raw_frame(text: str | bytes, where: str) -> pd.DataFrame:
    import pandas as pd

    if isinstance(text, bytes) and len(text) > 1_000_000:
        frame = _arrow_frame(text)
        if frame is not None:
            return frame
    src = io.BytesIO(text) if isinstance(text, bytes) else io.StringIO(text)
    try:
        return pd.read_csv(src, dtype=str, keep_default_na=False, na_filter=False,
                           encoding="utf-8-sig")
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise FormatError(f"{where}: not a CSV file ({str(exc).splitlines()[0]})") from None


def looks_like_acled(columns) -> bool:
    return all(c in columns for c in REQUIRED)


def raw_csv(text: str | bytes, where: str, required, what: str, hint: str) -> pd.DataFrame:
    """CSV text as an all-text table, or a one-line FormatError naming missing columns."""
    try:
        raw = _raw_frame(text, where)
    except UnicodeDecodeError as exc:
        raise FormatError(f"{where}: not UTF-8 (byte {exc.start}) — save the CSV as UTF-8"
                          ) from None
    missing = [c for c in required if c not in raw.columns]
    if missing:
        raise FormatError(f"{where}:1: header: missing {what} column(s) {', '.join(missing)}"
                          f" — {hint}")
    return raw


def read_frame(text: str | bytes, where: str = "<string>"
               ) -> tuple[pd.DataFrame, list[Problem]]:
    """The typed incident table of ACLED CSV text (or UTF-8 bytes), and every problem."""
    raw = raw_csv(text, where, REQUIRED, "ACLED",
                  "is this an ACLED export? (UCDP GED files: use 'import ucdp')")
    return normalise_frame(raw, where, line_finder(text), id_prefix="acled")


def read(src: str | Path, gazetteer: Gazetteer | None = None) -> list[Incident]:
    """Incidents of an ACLED CSV file (``-``: stdin); ``IncidentsError`` lists problems.

    With a ``gazetteer``, rows are linked to the places their location names (the rule of
    :func:`~._geocode.link_places`); a row without coordinates then keeps only the place.
    """
    data, where = read_bytes(src)
    frame, problems = read_frame(data, where)
    if gazetteer is not None and not problems:
        had = frame["latitude"].notna()
        problems = link_places(frame, data, where, gazetteer)
        frame.loc[~had, ["latitude", "longitude"]] = float("nan")
    if problems:
        raise IncidentsError(problems)
    return frame_to_incidents(frame, "ACLED")


def to_text(frame: pd.DataFrame, precision: int = 6) -> str:
    """CSV text: ACLED's 31 columns in ACLED's order, then ours, then extra columns."""
    frame = frame.copy()
    for c in ("latitude", "longitude"):
        frame[c] = frame[c].round(precision)
    cols = list(ACLED_COLUMNS) + [c for c in frame.columns if c not in ACLED_COLUMNS]
    return frame[cols].to_csv(index=False, lineterminator="\n")
