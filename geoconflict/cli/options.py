"""Options and output helpers shared by several commands (cligj-style)."""

from __future__ import annotations

import ctypes
import functools
import gc
import json
import sys
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

import click

from .._errors import DataError
from ..region import COUNTRIES

precision_opt = click.option(
    "--precision", type=click.IntRange(0, 15), default=6, show_default=True,
    help="Decimal places of coordinates in GeoJSON output.")


def parse_day(ctx, param, value) -> date | None:
    """Click callback: a YYYY-MM-DD option value as a ``datetime.date`` (None stays None)."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


def refuse_to_overwrite(output: str | None, inputs: Iterable[str | None],
                        flag: str = "-o") -> None:
    """Stop (exit 1) when the output file is one of the inputs: an input is never overwritten."""
    if not output or output == "-":
        return
    target = Path(output).resolve()
    if any(i and i != "-" and Path(i).resolve() == target for i in inputs):
        raise DataError(f"{output}: refusing to overwrite an input file — an input is never "
                        f"overwritten; choose another {flag}")


def _countries(ctx, param, value):
    if value is None:
        return None
    known = COUNTRIES
    codes = [c.strip().upper() for c in value.split(",") if c.strip()]
    bad = [c for c in codes if c not in known]
    if bad or not codes:
        raise click.BadParameter(f"{value!r}: use ISO alpha-2 codes of the region, "
                                 f"e.g. KG or KG,TJ (known: {', '.join(sorted(known))})")
    return ",".join(codes)


country_opt = click.option(
    "--country", metavar="CC[,CC]", callback=_countries,
    help="Keep only places in these countries (ISO alpha-2, e.g. KG or KG,TJ).")
output_format_opt = click.option(
    "--json", "fmt", flag_value="json", help="Print JSON instead of a table.")
geojson_opt = click.option(
    "--geojson", "fmt", flag_value="geojson", help="Print a GeoJSON FeatureCollection.")


def echo_json(data) -> None:
    """Write JSON to stdout, UTF-8, one document."""
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def echo_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """Write an aligned plain-text table to stdout."""
    cells = [[str(h) for h in headers]] + [["" if v is None else str(v) for v in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        click.echo("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())
        if n == 0 and sys.stdout.isatty():
            click.echo("  ".join("-" * w for w in widths))


def point_feature(lon: float, lat: float, properties: dict, precision: int) -> dict:
    """A GeoJSON Point feature (RFC 7946 lon/lat order), coordinates rounded."""
    return {"type": "Feature",
            "geometry": {"type": "Point",
                         "coordinates": [round(lon, precision), round(lat, precision)]},
            "properties": properties}


def feature_collection_text(features: list[dict]) -> str:
    """A FeatureCollection as compact-but-readable JSON text, one feature per line."""
    body = ",\n".join(json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features)
    return '{"type":"FeatureCollection","features":[\n' + body + "\n]}\n"


def csv_input_opts(f):
    """``--encoding``, ``--delimiter`` and ``--strict`` of the commands that read CSV."""
    f = click.option("--strict", is_flag=True,
                     help="Treat rows outside the Fergana region as errors instead of "
                     "skipping them (the skipped rows are counted on stderr).")(f)
    f = click.option("--delimiter", metavar="CHAR", default=None,
                     help="CSV delimiter (default: sniffed from the header: , ; tab |).")(f)
    return click.option("--encoding", metavar="NAME", default=None,
                        help="Encoding of CSV input (default: UTF-8 with or without BOM; "
                        "e.g. cp1251 for Excel on a Russian-language Windows).")(f)


def gc_paused(command):
    """Run ``command`` with Python's cyclic garbage collector off (reference counting frees
    memory as usual), and with freed memory kept for reuse (:func:`keep_freed_memory`).

    A command that reads or maps 100,000 incidents makes millions of objects that live until
    it ends and form no reference cycles; the collector scanning them again and again took
    about a third of ``geoconflict map``'s time. The few cycles made meanwhile are freed
    when the command ends, or by the collector once it is back on.
    """
    @functools.wraps(command)
    def run(*args, **kwargs):
        keep_freed_memory()
        was_on = gc.isenabled()
        gc.disable()
        try:
            return command(*args, **kwargs)
        finally:
            if was_on:
                gc.enable()
    return run


#: glibc's mallopt parameters (malloc.h) and the values a batch command sets: blocks up to
#: 32 MiB (the largest threshold glibc takes on 64-bit systems) come from the heap, not from
#: a fresh mapping each, and up to 256 MiB freed at the top of the heap stay for reuse (a
#: 16 MiB pad on each growth).
_MALLOPT = ((-3, 32 << 20), (-1, 256 << 20), (-2, 16 << 20))  # MMAP_THRESHOLD, TRIM, TOP_PAD


def keep_freed_memory() -> bool:
    """Let the C allocator (glibc) keep freed memory for reuse; True when it took every
    setting, False where it cannot (another C library, another system).

    A command on 100,000 rows makes and frees arrays of megabytes again and again (pandas,
    numpy, shapely); by default glibc maps each one afresh and hands it back when freed,
    so the system zeroes and faults in the same pages each time: about a third of the
    page faults of ``geoconflict map`` on a 100,000-row CSV, 0.3 s of system time. Freed
    memory then stays with the process until it ends (in a test runner that runs commands
    in-process: until the runner ends). musl and macOS have no ``mallopt``; Windows has no
    C library to load by name: nothing changes there.
    """
    global _MALLOPT_SET
    if _MALLOPT_SET is None:
        _MALLOPT_SET = False
        if sys.platform.startswith("linux"):
            try:
                mallopt = ctypes.CDLL(None).mallopt
            except (OSError, AttributeError, TypeError):
                mallopt = None
            if mallopt is not None:
                mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
                took = [mallopt(param, value) == 1 for param, value in _MALLOPT]  # each one
                _MALLOPT_SET = all(took)
    return _MALLOPT_SET


_MALLOPT_SET: bool | None = None
