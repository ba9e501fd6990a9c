"""``geoconflict validate``, ``export`` and ``import acled|ucdp``: incident files in and out.

Inputs are files or ``-`` (stdin); outputs go to ``-o FILE`` (written atomically) or
stdout. Every problem of every input is listed and nothing is written while any remains.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from .._api import qgis_styles
from .._errors import IncidentsError
from ..formats import FORMATS
from .options import csv_input_opts, gc_paused, parse_day, precision_opt, refuse_to_overwrite

places_opt = click.option(
    "--places", "place_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
    help="Extra gazetteer place file(s) (YAML, gazetteer/places format) to resolve ids.")


class _Progress:
    """Stage messages on stderr when it is a terminal; silent in pipes and files."""

    def __init__(self) -> None:
        self.on = sys.stderr.isatty()
        self.t0 = time.perf_counter()

    def __call__(self, message: str) -> None:
        if self.on:
            click.echo(f"[{time.perf_counter() - self.t0:6.1f} s] {message}", err=True)


def _gazetteer(place_files):
    from ..gazetteer.index import Gazetteer, default_gazetteer
    from ..gazetteer.places import load_curated

    gaz = default_gazetteer()
    if place_files:
        gaz = Gazetteer(load_curated([Path(p) for p in place_files]) + gaz.places)
    return gaz


def _fail(problems) -> None:
    for p in problems:
        click.echo(str(p), err=True)
    n = len(problems)
    click.echo(f"geoconflict: {n} problem{'s' if n != 1 else ''}; nothing was written", err=True)
    raise SystemExit(1)


def _emit(output: str, data: str | bytes) -> None:
    from .._io import write_bytes_atomic, write_text_atomic

    if output == "-":
        if isinstance(data, bytes):
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        else:
            click.echo(data, nl=False)
    elif isinstance(data, bytes):
        write_bytes_atomic(output, data)
    else:
        write_text_atomic(output, data)


@click.command()
@click.argument("files", nargs=-1, required=True)
@places_opt
@click.option("--quiet", "-q", is_flag=True, help="Print only the problems.")
def validate(files, place_files, quiet):
    """Check incident FILES: YAML (folders: their *.yaml; '-': stdin), or any other input
    `export` reads (ACLED/UCDP CSV or workbook, GeoJSON, GeoPackage, GeoParquet).

    Reports every problem as FILE:LINE: FIELD: what is wrong — how to fix: unknown place
    ids (with "did you mean"), impossible dates, end before start, low > best > high,
    negative counts, duplicate ids, coordinates outside the region or lat/lon swapped,
    unknown event types. Exit code 1 when there is any problem.

    \b
    Examples:
      geoconflict validate incidents/
      geoconflict validate my-incidents.yaml --places my-villages.yaml
      cat draft.yaml | geoconflict validate -
    """
    from ..formats.read import input_kind, read_incidents
    from ..incidents.load import validate_files

    gaz = _gazetteer(place_files)
    kinds = {f: "yaml" if f == "-" or not Path(f).is_file() else
             input_kind(f, Path(f).read_bytes()[:4000]) for f in files}
    incidents, problems = validate_files([f for f in files if kinds[f] == "yaml"], gaz)
    for f in (f for f in files if kinds[f] != "yaml"):
        try:
            incidents += read_incidents([f], gaz)
        except IncidentsError as exc:
            problems += exc.problems
    if problems:
        _fail(problems)
    if not quiet:
        click.echo(f"{len(incidents)} incidents: no problems", err=True)


_LAYER_CHOICES = ("incidents", "stops", "paths", "segments", "border_segments", "enclaves")


@click.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS),
              help="Output format (default: from the -o suffix; geojson for stdout or "
              "a name without one).")
@click.option("-o", "--output", default="-", show_default=True,
              help="File to write atomically, or '-' for stdout.")
@click.option("--layer", type=click.Choice(_LAYER_CHOICES), default="incidents",
              show_default=True, help="GeoJSON and sequences: the layer to write, as named "
              "in the GeoPackage (segments = border_segments).")
@click.option("--at", "at", callback=parse_day, metavar="DATE",
              help="Date of the border segments' status (default: today), as map --at.")
@precision_opt
@click.option("--no-stops", is_flag=True, help="GeoPackage: leave out the stops and paths "
              "layers (faster for large imported sets).")
@places_opt
@csv_input_opts
def export(files, fmt, output, layer, at, precision, no_stops, place_files, encoding,
           delimiter, strict):
    """Export incidents from FILES: incident YAML, ACLED or UCDP GED CSV or spreadsheet
    (xlsx, xls, ods), or a file this command wrote (GeoJSON, GeoJSON sequence, GeoPackage,
    GeoParquet); '-': stdin.

    \b
    Formats:
      geojson     RFC 7946 FeatureCollection of one --layer (default: a Point per
                  incident, with its stops nested and n_stops)
      geojsonseq  RFC 8142 text sequence (RS-prefixed features), for pipes
      gpkg        GeoPackage: incidents, stops, paths, border_segments, enclaves,
                  styled for QGIS as the HTML map (layer_styles)
      kml         Google Earth: styled placemarks with the reports, stops and paths
      csv         ACLED's columns in ACLED's order, then ours
      parquet     GeoParquet, for large sets
    \b
    Layers (--layer, GeoJSON): incidents; stops (a point per stop: incident_id, seq,
    role, date, local time); paths (a line per route); segments (border segments with
    their status on --at); enclaves.
    \b
    Examples:
      geoconflict export incidents/ -o incidents.gpkg --at 2021-04-29
      geoconflict export incidents/ --layer stops -o stops.geojson
      geoconflict export incidents/ --format geojsonseq | fio cat
      geoconflict export acled.csv --format csv --precision 4 -o acled-with-borders.csv
    """
    from ..formats.read import read_frame
    from ..formats.write import encode

    fmt = _export_format(output, fmt, layer)
    refuse_to_overwrite(output, files)
    progress = _Progress()
    gaz = _gazetteer(place_files)
    try:
        frame = read_frame(files, gaz, progress, report=lambda m: click.echo(m, err=True),
                           encoding=encoding, delimiter=delimiter, strict=strict)
    except IncidentsError as exc:
        _fail(exc.problems)
    progress(f"writing {len(frame)} incidents as {fmt}")
    data = encode(frame, fmt, precision, stops=not no_stops, layer=layer, at=at,
                  styles=qgis_styles() if fmt == "gpkg" else None)
    _emit(output, data)
    if output != "-":
        click.echo(f"{_incidents(len(frame))} -> {output}", err=True)


def _export_format(output: str, fmt: str | None, layer: str) -> str:
    """The format ``export`` writes (given, or from the output's suffix), refusing a
    ``--layer`` that format does not take."""
    from ..formats.write import format_for

    try:
        fmt = format_for(output, fmt)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="'-o' / '--output'") from None
    if layer != "incidents" and fmt not in ("geojson", "geojsonseq"):
        raise click.UsageError(f"--layer is for geojson and geojsonseq; {fmt} holds "
                               + ("every layer" if fmt == "gpkg" else "its own layout"))
    return fmt


def _incidents(n: int) -> str:
    return f"{n} incident{'s' if n != 1 else ''}"


@click.group("import")
def import_cmd():
    """Turn ACLED or UCDP GED exports (CSV or spreadsheet) into incident YAML.

    \b
    Examples:
      geoconflict import acled 2021-kg-tj.csv -o incidents/acled-2021.yaml
      geoconflict import ucdp ged-central-asia.csv -o ged.yaml
    """


def _progress_bar(length: int, label: str):
    """A click progress bar on stderr when it is a terminal; a silent stand-in otherwise."""
    if sys.stderr.isatty():
        return click.progressbar(length=length, label=label, file=sys.stderr)

    class _Silent:
        def __enter__(self):
            return self

        def __exit__(self, *exc) -> None:
            pass

        def update(self, n: int) -> None:
            pass

    return _Silent()


@gc_paused
def _import(reader, file, output, jobs=None, chunk: int = 5000, **csv_options):
    """Read FILE with ``reader`` (csv_acled or ucdp) and write its incidents as YAML.

    Rows are turned into incidents and YAML ``chunk`` at a time (by ``jobs`` processes), so
    that a terminal shows a progress bar; the text is the same as one dump of all incidents.
    """
    from .._io import write_chunks_atomic
    from ..formats import csv_acled
    from ..formats._geocode import link_rows
    from ..formats._regional import SKIPPED_ATTR, skipped_message
    from ..formats._yaml_chunks import frame_yaml_chunks
    from ..incidents.load import dump_incidents

    refuse_to_overwrite(output, [file])
    data, where = csv_acled.read_table_bytes(file)
    frame, problems = reader.read_frame(data, where, **csv_options)
    problems = link_rows(frame, problems, data, where, _gazetteer(()))
    if problems:
        _fail(problems)
    skipped = skipped_message(frame.attrs.get(SKIPPED_ATTR) or {})
    if skipped:
        click.echo(f"{where}: {skipped}", err=True)
    with _progress_bar(len(frame), f"importing {len(frame)} rows") as bar:
        def chunks():
            for text, rows in frame_yaml_chunks(frame, reader.SOURCE, chunk, jobs):
                yield text.encode("utf-8")
                bar.update(rows)
            if not len(frame):
                yield dump_incidents([]).encode("utf-8")
        if output == "-":   # the whole text first: an error leaves nothing on stdout
            _emit(output, b"".join(chunks()))
        else:               # each chunk written as it is made: never joined in memory
            write_chunks_atomic(output, chunks())
    if output != "-":
        click.echo(f"{_incidents(len(frame))} -> {output}", err=True)


_JOBS = click.option(
    "-j", "--jobs", type=click.IntRange(min=1), default=None, metavar="N",
    help="Processes that turn rows into YAML (default: one per core for 20,000 rows or "
    "more, else 1); the output is the same for any N.")


@import_cmd.command("acled")
@click.argument("file")
@click.option("-o", "--output", default="-", show_default=True,
              help="Incident YAML to write atomically, or '-' for stdout.")
@csv_input_opts
@_JOBS
def import_acled(file, output, encoding, delimiter, strict, jobs):
    """Import an ACLED CSV export or workbook (FILE or '-') as incident YAML.

    Standard columns in any order, UTF-8 with or without BOM (else --encoding), the
    delimiter sniffed (or --delimiter), dates as 2021-04-29, 29 April 2021 or as Excel
    re-saves them (29.04.2021, 29/04/2021, 4/29/2021); or an Excel/ODF workbook (ACLED's
    regional files): the sheet whose header row has ACLED's columns, problems named at
    its rows; geo_precision and time_precision are kept; unknown columns are kept as
    extra properties. A regional export's rows outside the Fergana region are skipped
    and counted in one line on stderr (--strict: errors). The row's fatalities are the
    event's figure, not a claim of each listed source.

    \b
    Examples:
      geoconflict import acled acled-export.csv -o incidents/acled.yaml
      cat acled-export.csv | geoconflict import acled - > acled.yaml
    """
    from ..formats import csv_acled

    _import(csv_acled, file, output, jobs, encoding=encoding, delimiter=delimiter, strict=strict)


@import_cmd.command("ucdp")
@click.argument("file")
@click.option("-o", "--output", default="-", show_default=True,
              help="Incident YAML to write atomically, or '-' for stdout.")
@csv_input_opts
@_JOBS
def import_ucdp(file, output, encoding, delimiter, strict, jobs):
    """Import a UCDP GED CSV or spreadsheet (FILE or '-') as incident YAML.

    best/low/high become the fatality estimate; where_prec, date_prec and every
    other column are kept.

    \b
    Examples:
      geoconflict import ucdp GEDEvent_v25_1.csv -o incidents/ged.yaml
    """
    from ..formats import ucdp

    _import(ucdp, file, output, jobs, encoding=encoding, delimiter=delimiter, strict=strict)
