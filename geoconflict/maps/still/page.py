"""The page of a still map and the map's output format: plain checks, no matplotlib, so
that ``geoconflict map`` can check its options (and an HTML map never loads matplotlib)."""

from __future__ import annotations

import os
import re
from pathlib import Path

from ..._errors import OptionError

__all__ = ["PAPER_MM", "STILL_FORMATS", "DEFAULT_DPI", "MAX_PIXELS", "parse_size", "page",
           "map_format"]

#: Paper sizes, landscape, in mm (ISO 216 A4/A3, US Letter).
PAPER_MM = {"a4": (297.0, 210.0), "a3": (420.0, 297.0), "letter": (279.4, 215.9)}
STILL_FORMATS = ("png", "svg", "pdf")
DEFAULT_DPI = 200
MAX_PIXELS = 20_000          # per side of a PNG
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*[x×]\s*(\d+(?:\.\d+)?)\s*(?:mm)?\s*$", re.I)


def parse_size(size: str | tuple[float, float]) -> tuple[float, float]:
    """Page size in mm from ``a4``, ``a3``, ``letter`` (landscape) or ``WIDTHxHEIGHT`` in mm.

    >>> parse_size("a4"), parse_size("210x297")
    ((297.0, 210.0), (210.0, 297.0))
    """
    if isinstance(size, tuple):
        w, h = (float(v) for v in size)
    elif str(size).strip().lower() in PAPER_MM:
        w, h = PAPER_MM[str(size).strip().lower()]
    else:
        m = _SIZE.match(str(size))
        if not m:
            raise OptionError(f"size {size!r}: use a4, a3, letter or WIDTHxHEIGHT in "
                              "millimetres (e.g. 300x200)")
        w, h = float(m.group(1)), float(m.group(2))
    if not (80 <= w <= 2000 and 80 <= h <= 2000):
        raise OptionError(f"size {size!r}: each side must be 80-2000 mm")
    return w, h


def page(size: str | tuple[float, float], dpi: int) -> tuple[float, float]:
    """The page in mm (:func:`parse_size`), once ``dpi`` is checked against it."""
    w_mm, h_mm = parse_size(size)
    if not (36 <= dpi <= 1200) or max(w_mm, h_mm) / 25.4 * dpi > MAX_PIXELS:
        raise OptionError(f"dpi {dpi}: use 36-1200, and at most {MAX_PIXELS:,} pixels a side "
                          f"({int(MAX_PIXELS * 25.4 / max(w_mm, h_mm))} dpi at this size)")
    return w_mm, h_mm


def map_format(path: str | os.PathLike, fmt: str | None = None) -> str:
    """``html``, ``png``, ``svg`` or ``pdf``: ``fmt`` if given, else from the file's suffix."""
    if fmt:
        low = fmt.strip().lower()
        if low not in ("html", *STILL_FORMATS):
            raise OptionError(f"format {fmt!r}: use html, png, svg or pdf")
        return low
    suffix = Path(path).suffix.lower()
    known = {".html": "html", ".htm": "html", ".png": "png", ".svg": "svg", ".pdf": "pdf"}
    if suffix not in known:
        raise OptionError(f"{path}: unknown map format {suffix or '(no suffix)'!r} — name the "
                          "file .html, .png, .svg or .pdf, or give --format")
    return known[suffix]
