"""Spreadsheets (xlsx, xls, ods) as the CSV text every table reader takes.

ACLED's curated regional files and many hand-kept incident lists come as Excel workbooks.
The sheet that carries ACLED's (or UCDP GED's) columns is read with calamine and written
as UTF-8 CSV: cells as an export writes them (whole numbers without ``.0``, dates as
``YYYY-MM-DD``, also where a date column is formatted as numbers), blank rows left out.
The text keeps the sheet's row of each record, so a problem is named at the row the
reader sees in Excel.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

from .._errors import FormatError
from ._columns import ACLED_REQUIRED, UCDP_REQUIRED

__all__ = ["SheetCsv", "is_sheet", "sheet_csv", "as_table_bytes", "SHEET_SUFFIXES"]

SHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
_ZIP, _OLE = b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: Rows looked at for the header (title rows above it are common).
_HEADER_ROWS = 20


class SheetCsv(bytes):
    """CSV bytes made from a sheet; ``rows[i]`` is the sheet row of record ``i``."""

    rows: tuple[int, ...]

    def __new__(cls, data: bytes, rows: tuple[int, ...]) -> SheetCsv:
        self = super().__new__(cls, data)
        self.rows = rows
        return self


def is_sheet(head: bytes) -> bool:
    """Whether a file starting with ``head`` is a workbook (Excel 2007+, Excel 97, ODF)."""
    if head.startswith(_OLE):
        return True
    return head.startswith(_ZIP) and any(
        mark in head for mark in (b"xl/", b"[Content_Types].xml", b"opendocument.spreadsheet"))


def as_table_bytes(data: bytes, where: str) -> bytes:
    """``data`` itself, or the CSV of its sheet when it is a workbook."""
    return sheet_csv(data, where) if is_sheet(data[:4000]) else data


def sheet_csv(data: bytes, where: str) -> SheetCsv:
    """The CSV of the first sheet whose header holds ACLED's or UCDP GED's columns."""
    from python_calamine import CalamineError, CalamineWorkbook

    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheets = [(name, book.get_sheet_by_name(name).to_python(skip_empty_area=False))
                  for name in book.sheet_names]
    except (CalamineError, ValueError, OSError) as exc:
        raise FormatError(f"{where}: not a readable spreadsheet ({exc}) — save it again "
                          "from Excel, or as CSV (UTF-8)") from None
    for _, rows in sheets:
        for n, row in enumerate(rows[:_HEADER_ROWS]):
            header = [_text(v).strip() for v in row]
            if any(all(c in header for c in need) for need in (ACLED_REQUIRED, UCDP_REQUIRED)):
                return _as_csv(header, rows, n)
    names = ", ".join(name for name, _ in sheets) or "none"
    raise FormatError(f"{where}: no sheet has a header row with ACLED's columns (event_id_cnty, "
                      f"event_date, …) or UCDP GED's (sheets: {names}) — is this an ACLED or "
                      "UCDP export?")


def _as_csv(header: list[str], rows: list[list[Any]], at: int) -> SheetCsv:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    width = len(header)
    while width and not header[width - 1]:   # unnamed columns at the right: formatting
        width -= 1
    writer.writerow(header[:width])
    kept = []
    dates = [name in _DATE_COLUMNS for name in header[:width]]
    for n, row in enumerate(rows[at + 1:], start=at + 2):   # sheet rows count from 1
        cells = [_text(_serial_day(v) if is_date else v)
                 for v, is_date in zip(row[:width], dates, strict=False)]
        if any(c.strip() for c in cells):
            writer.writerow(cells + [""] * (width - len(cells)))
            kept.append(n)
    return SheetCsv(out.getvalue().encode("utf-8"), tuple(kept))


#: Date columns of ACLED and UCDP GED: a number there is a day that Excel shows as a
#: number (a column formatted "General"), counted from 1899-12-30.
_DATE_COLUMNS = frozenset(("event_date", "date_start", "date_end", "source_date"))
_EXCEL_EPOCH = dt.date(1899, 12, 30)


def _serial_day(v: Any) -> Any:
    """An Excel day number (1950-2100) as its date; anything else as it is."""
    if isinstance(v, int | float) and not isinstance(v, bool) and 18264 <= v <= 73051 \
            and float(v).is_integer():
        return _EXCEL_EPOCH + dt.timedelta(days=int(v))
    return v


def _text(v: Any) -> str:
    """A cell as a CSV export writes it."""
    if v is None or v == "":
        return ""
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() else repr(v)
    if isinstance(v, dt.datetime):
        return v.date().isoformat() if v.time() == dt.time() else v.isoformat(sep=" ")
    if isinstance(v, dt.date | dt.time):
        return v.isoformat()
    return str(v)
