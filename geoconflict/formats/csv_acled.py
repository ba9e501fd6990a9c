"""ACLED-format CSV: import of ACLED exports, export with ACLED's columns first.

Reads UTF-8 with or without a byte-order mark, quoted cells with commas and newlines,
ISO (``2021-04-28``) or ACLED-website (``28 April 2021``) dates; columns it does not
know are kept as extra properties.
"""

from __future__ import annotations

import csv
import io
import sys
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

from .._errors import FormatError, IncidentsError
from ._columns import ACLED_REQUIRED
from ._encoding import sniff_delimiter, to_utf8
from ._geocode import link_rows
from ._normalise import RECORDS_ATTR
from ._regional import SKIPPED_ATTR, keep_inside
from ._sheet import SheetCsv
from ._table import ACLED_COLUMNS, frame_to_incidents, line_finder, normalise_frame

if TYPE_CHECKING:
    import pandas as pd

    from ..gazetteer.index import Gazetteer
    from ..incidents.load import Problem
    from ..incidents.model import Incident

__all__ = ["read_bytes", "read_text", "read_frame", "read", "to_text", "looks_like_acled"]

#: The source of the coordinates of an imported row.
SOURCE = "ACLED"
#: Columns an ACLED file must have to be read.
REQUIRED = ACLED_REQUIRED


def read_bytes(src: str | Path) -> tuple[bytes, str]:
    """(bytes, name) of a file or ``-`` (stdin)."""
    if str(src) == "-":
        return sys.stdin.buffer.read(), "<stdin>"
    try:
        return Path(src).read_bytes(), str(src)
    except OSError as exc:
        raise FormatError(f"{src}: cannot read ({exc.strerror})") from None


def read_table_bytes(src: str | Path) -> tuple[bytes, str]:
    """:func:`read_bytes` of a table: a spreadsheet's sheet as CSV (see :mod:`._sheet`)."""
    from ._sheet import as_table_bytes

    data, where = read_bytes(src)
    return as_table_bytes(data, where), where


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


#: Above this many bytes pyarrow reads a CSV in threads. Below it one thread is as fast
#: (a 40 MB export: 0.15 s either way) for half the CPU time, which a shared machine's
#: other work then has.
_THREADED = 200_000_000


def _arrow_frame(data: bytes, delimiter: str = ",") -> pd.DataFrame | None:
    """All-text table read by pyarrow's CSV reader (None: not available)."""
    try:
        import pyarrow as pa
        import pyarrow.csv as pcsv
    except ImportError:  # pragma: no cover - pyarrow ships with the test extra
        return None
    head = data[:65536].decode("utf-8-sig", errors="replace")
    names = next(csv.reader(io.StringIO(head), delimiter=delimiter), [])
    if not names or len(set(names)) != len(names):
        return None
    try:
        table = pcsv.read_csv(
            io.BytesIO(data), read_options=pcsv.ReadOptions(use_threads=len(data) > _THREADED),
            parse_options=pcsv.ParseOptions(newlines_in_values=True, delimiter=delimiter),
            convert_options=pcsv.ConvertOptions(column_types={n: pa.string() for n in names},
                                                strings_can_be_null=False))
    except (pa.ArrowInvalid, UnicodeDecodeError):
        return None
    return table.to_pandas()


def _raw_frame(text: str | bytes, where: str, delimiter: str = ",") -> pd.DataFrame:
    import pandas as pd

    if isinstance(text, bytes) and len(text) > 1_000_000:
        frame = _arrow_frame(text, delimiter)
        if frame is not None:
            return frame
    src = io.BytesIO(text) if isinstance(text, bytes) else io.StringIO(text)
    try:
        with warnings.catch_warnings():  # a row longer than the header: pandas would shift
            warnings.simplefilter("error", pd.errors.ParserWarning)  # it or drop its tail
            return pd.read_csv(src, dtype=str, keep_default_na=False, na_filter=False,
                               encoding="utf-8-sig", sep=delimiter, index_col=False)
    except pd.errors.ParserWarning:
        raise FormatError(_long_row(text, where, delimiter)) from None
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        first = str(exc).splitlines()[0]
        if "Expected" in first and "fields" in first:
            raise FormatError(_long_row(text, where, delimiter)) from None
        raise FormatError(f"{where}: not a CSV file ({first})") from None


def _long_row(text: str | bytes, where: str, delimiter: str) -> str:
    """The error for the first record with more fields than the header."""
    if isinstance(text, bytes):
        text = text.decode("utf-8-sig", errors="replace")
    rows = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = next(rows, [])
    line = rows.line_num + 1
    for row in rows:
        if len(row) > len(header):
            return (f"{where}:{line}: {len(row)} fields but the header has {len(header)} — a "
                    f"value holding {delimiter!r} needs quotes (or pass --delimiter)")
        line = rows.line_num + 1
    return f"{where}: a row has more fields than the header has columns"


def looks_like_acled(columns) -> bool:
    return all(c in columns for c in REQUIRED)


def raw_csv(text: str | bytes, where: str, required, what: str, hint: str,
            encoding: str | None = None, delimiter: str | None = None) -> pd.DataFrame:
    """CSV text as an all-text table, or a one-line FormatError naming missing columns.

    Bytes are decoded from ``encoding`` (default UTF-8, with or without BOM); the
    delimiter is sniffed from the header unless given.
    """
    text_in = text
    if isinstance(text, SheetCsv):   # a workbook's sheet: our own UTF-8, comma CSV
        encoding, delimiter = None, ","
    if isinstance(text, bytes):
        text = to_utf8(text, where, encoding)
    delimiter = delimiter or sniff_delimiter(text)
    raw = _raw_frame(text, where, delimiter)
    missing = [c for c in required if c not in raw.columns]
    if missing:
        if len(raw.columns) == 1:
            hint = (f"the header has one column: is the file delimited by another "
                    f"character than {delimiter!r}? pass --delimiter")
        line = getattr(text_in, "header_row", 1)   # a workbook's header may not be row 1
        raise FormatError(f"{where}:{line}: header: missing {what} column(s) "
                          f"{', '.join(missing)} — {hint}")
    return raw


def read_frame(text: str | bytes, where: str = "<string>", *, encoding: str | None = None,
               delimiter: str | None = None, strict: bool = False
               ) -> tuple[pd.DataFrame, list[Problem]]:
    """The typed incident table of ACLED CSV text (or bytes), and every problem.

    Rows outside the region are left out and counted by country in
    ``frame.attrs[SKIPPED_ATTR]`` (see :mod:`._regional`); with ``strict`` they are
    problems. ``encoding`` and ``delimiter`` as :func:`raw_csv` takes them.
    """
    raw = raw_csv(text, where, REQUIRED, "ACLED",
                  "is this an ACLED export? (UCDP GED files: use 'import ucdp')",
                  encoding, delimiter)
    raw, line_of, skipped = keep_inside(raw, line_finder(text), strict)
    kept = tuple(int(i) for i in raw.index) if skipped else ()
    frame, problems = normalise_frame(raw, where, line_of, id_prefix="acled")
    frame.attrs[SKIPPED_ATTR] = skipped
    if skipped:  # the kept rows' records (see _geocode.link_places)
        frame.attrs[RECORDS_ATTR] = kept
    return frame, problems


def read(src: str | Path, gazetteer: Gazetteer | None = None,
         **options) -> list[Incident]:
    """Incidents of an ACLED CSV file or spreadsheet (``-``: stdin); ``IncidentsError``
    lists problems.

    With a ``gazetteer``, rows are linked to the places their location names (the rule of
    :func:`~._geocode.link_places`); a row without coordinates then keeps only the place.
    ``options`` are those of :func:`read_frame` (encoding, delimiter, strict).
    """
    data, where = read_table_bytes(src)
    frame, problems = read_frame(data, where, **options)
    problems = link_rows(frame, problems, data, where, gazetteer)
    if problems:
        raise IncidentsError(problems)
    return frame_to_incidents(frame, SOURCE)


def to_text(frame: pd.DataFrame, precision: int = 6) -> str:
    """CSV text: ACLED's 31 columns in ACLED's order, then ours, then extra columns."""
    frame = frame.copy()
    for c in ("latitude", "longitude"):
        frame[c] = frame[c].round(precision)
    cols = list(ACLED_COLUMNS) + [c for c in frame.columns if c not in ACLED_COLUMNS]
    return frame[cols].to_csv(index=False, lineterminator="\n")
