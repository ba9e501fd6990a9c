"""``geoconflict validate``, ``export`` and ``import acled|ucdp``: incident files in and out.

Inputs are files or ``-`` (stdin); outputs go to ``-o FILE`` (written atomically) or
stdout. Every problem of every input is listed and nothing is written while any remains.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from .._errors import IncidentsError
from .options import csv_input_opts, day, precision_opt

_FORMATS = ("geojson", "geojsonseq", "gpkg", "kml", "csv", "parquet")
_BY_SUFFIX = {".geojson": "geojson", ".json": "geojson", ".geojsons": "geojsonseq",
              ".geojsonl": "geojsonseq", ".gpkg": "gpkg", ".kml": "kml", ".csv": "csv",
              ".parquet": "parquet"}
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


def _check_output(output: str, inputs) -> None:
    if output == "-":
        return
    target = Path(output).resolve()
    for i in inputs:
        if i != "-" and Path(i).resolve() == target:
            raise click.UsageError(f"output {output} is also an input — an input file is never"
                                   " overwritten; choose another -o")


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
    """Check incident YAML FILES (folders: their *.yaml; '-': stdin).

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
    from ..incidents.load import validate_files

    incidents, problems = validate_files(files, _gazetteer(place_files))
    if problems:
        _fail(problems)
    if not quiet:
        click.echo(f"{len(incidents)} incidents: no problems", err=True)


def _is_csv(path: str, head: str) -> bool:
    return path.lower().endswith(".csv") or (head.count(",") > 3 and "\n" in head
                                             and not head.lstrip().startswith(("-", "{", "#")))


def _csv_header(head: str) -> list[str]:
    import csv
    import io

    from ..formats._encoding import sniff_delimiter

    return [c.strip() for c in next(csv.reader(io.StringIO(head),
                                               delimiter=sniff_delimiter(head)), [])]


def _report_skipped(frame, where: str) -> None:
    from ..formats._regional import SKIPPED_ATTR, skipped_message

    message = skipped_message(frame.attrs.get(SKIPPED_ATTR) or {})
    if message:
        click.echo(f"{where}: {message}", err=True)


def load_frame(files, gazetteer, precision: int, progress=None, **csv_options):
    """The derived incident table of YAML, ACLED CSV or UCDP GED CSV inputs.

    ``csv_options`` (encoding, delimiter, strict) go to the CSV readers; rows they
    leave out as outside the region are reported in one line per file on stderr.
    """
    import pandas as pd

    from ..formats import _table, csv_acled, ucdp
    from ..incidents.derive import derive, derive_frame
    from ..incidents.load import _expand, parse_incidents

    progress = progress or (lambda m: None)
    frames, problems, yaml_incidents, seen = [], [], [], {}
    for f in _expand(files):
        data, where = csv_acled.read_bytes(f)
        head = data[:4000].decode("utf-8-sig", errors="replace")
        if _is_csv(str(f), head):
            header = _csv_header(head)
            reader = ucdp if ucdp.looks_like_ucdp(header) and \
                not csv_acled.looks_like_acled(header) else csv_acled
            frame, found = reader.read_frame(data, where, **csv_options)
            problems += found
            _report_skipped(frame, where)
            progress(f"{where}: read {len(frame)} rows")
            frames.append(frame)
        else:
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                raise click.UsageError(f"{where}: not UTF-8 text") from None
            yaml_incidents += parse_incidents(text, where, gazetteer, problems, seen)
    if problems:
        raise IncidentsError(problems)
    if yaml_incidents:
        frames.insert(0, _table.incidents_to_frame(derive(yaml_incidents, gazetteer)))
    frames = [f for f in frames if len(f)]
    if not frames:
        return _table.incidents_to_frame([])
    frame = frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)
    frame = frame[_table.ordered_columns(list(frame.columns))]
    frame = derive_frame(frame, gazetteer, progress=progress)
    return frame


def qgis_styles():
    """The GeoPackage's QGIS styles, in the HTML map's palette (geoconflict.maps)."""
    from ..formats._qgis_styles import Palette, layer_styles
    from ..maps.content import MIN_RADIUS, RADIUS_SCALE
    from ..maps.layers import EVENT_COLORS, OTHER_COLOR, OWNER_TINT, STATUS_COLORS

    return layer_styles(Palette(EVENT_COLORS, STATUS_COLORS, OWNER_TINT, OTHER_COLOR,
                                MIN_RADIUS, RADIUS_SCALE))


_LAYER_CHOICES = ("incidents", "stops", "paths", "segments", "border_segments", "enclaves")


@click.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--format", "-f", "fmt", type=click.Choice(_FORMATS),
              help="Output format (default: from the -o suffix, else geojson).")
@click.option("-o", "--output", default="-", show_default=True,
              help="File to write atomically, or '-' for stdout.")
@click.option("--layer", type=click.Choice(_LAYER_CHOICES), default="incidents",
              show_default=True, help="GeoJSON and sequences: the layer to write, as named "
              "in the GeoPackage (segments = border_segments).")
@click.option("--at", "at", callback=day, metavar="DATE",
              help="Date of the border segments' status (default: today), as map --at.")
@precision_opt
@click.option("--no-stops", is_flag=True, help="GeoPackage: leave out the stops and paths "
              "layers (faster for large imported sets).")
@places_opt
@csv_input_opts
def export(files, fmt, output, layer, at, precision, no_stops, place_files, encoding,
           delimiter, strict):
    """Export incidents from FILES (incident YAML, ACLED or UCDP GED CSV; '-': stdin).

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
    from ..formats import csv_acled, geojson, gpkg, kml, parquet

    if fmt is None:
        fmt = _BY_SUFFIX.get(Path(output).suffix.lower(), "geojson") if output != "-" \
            else "geojson"
    if layer != "incidents" and fmt not in ("geojson", "geojsonseq"):
        raise click.UsageError(f"--layer is for geojson and geojsonseq; {fmt} holds "
                               + ("every layer" if fmt == "gpkg" else "its own layout"))
    _check_output(output, files)
    progress = _Progress()
    gaz = _gazetteer(place_files)
    try:
        frame = load_frame(files, gaz, precision, progress, encoding=encoding,
                           delimiter=delimiter, strict=strict)
    except IncidentsError as exc:
        _fail(exc.problems)
    progress(f"writing {len(frame)} incidents as {fmt}")

    def resolve(place_id):
        return (gaz.get(place_id).lat, gaz.get(place_id).lon) if place_id in gaz else None

    if fmt in ("geojson", "geojsonseq"):
        write = geojson.collection_text if fmt == "geojson" else geojson.sequence_text
        data: str | bytes = write(frame, precision, layer=layer, resolve=resolve, at=at)
    elif fmt == "csv":
        data = csv_acled.to_text(frame, precision)
    elif fmt == "kml":
        data = kml.to_text(frame, precision, resolve)
    elif fmt == "gpkg":
        data = gpkg.to_bytes(frame, resolve, stops=not no_stops, styles=qgis_styles(), at=at)
    else:
        data = parquet.to_bytes(frame)
    _emit(output, data)
    if output != "-":
        click.echo(f"{len(frame)} incidents -> {output}", err=True)


@click.group("import")
def import_cmd():
    """Turn ACLED or UCDP GED CSV exports into incident YAML.

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


def _import(reader, file, output, chunk: int = 2000, **csv_options):
    """Read FILE with ``reader`` (csv_acled or ucdp) and write its incidents as YAML.

    Rows are turned into incidents and YAML ``chunk`` at a time, so that a terminal
    shows a progress bar; the text is the same as one dump of all incidents.
    """
    from ..formats import _table, csv_acled
    from ..incidents.load import dump_incidents

    _check_output(output, [file])
    data, where = csv_acled.read_bytes(file)
    frame, problems = reader.read_frame(data, where, **csv_options)
    if problems:
        _fail(problems)
    _report_skipped(frame, where)
    parts = []
    with _progress_bar(len(frame), f"importing {len(frame)} rows") as bar:
        for lo in range(0, len(frame), chunk):
            part = _table.frame_to_incidents(frame.iloc[lo:lo + chunk], reader.SOURCE)
            parts.append(dump_incidents(part))
            bar.update(len(part))
    _emit(output, "".join(parts) or dump_incidents([]))
    if output != "-":
        click.echo(f"{len(frame)} incidents -> {output}", err=True)


@import_cmd.command("acled")
@click.argument("file")
@click.option("-o", "--output", default="-", show_default=True,
              help="Incident YAML to write atomically, or '-' for stdout.")
@csv_input_opts
def import_acled(file, output, encoding, delimiter, strict):
    """Import an ACLED CSV export (FILE or '-') as incident YAML.

    Standard columns in any order, UTF-8 with or without BOM (else --encoding), the
    delimiter sniffed (or --delimiter); geo_precision and time_precision are kept;
    unknown columns are kept as extra properties. A regional export's rows outside the
    Fergana region are skipped and counted in one line on stderr (--strict: errors).
    The row's fatalities are the event's figure, not a claim of each listed source.

    \b
    Examples:
      geoconflict import acled acled-export.csv -o incidents/acled.yaml
      cat acled-export.csv | geoconflict import acled - > acled.yaml
    """
    from ..formats import csv_acled

    _import(csv_acled, file, output, encoding=encoding, delimiter=delimiter, strict=strict)


@import_cmd.command("ucdp")
@click.argument("file")
@click.option("-o", "--output", default="-", show_default=True,
              help="Incident YAML to write atomically, or '-' for stdout.")
@csv_input_opts
def import_ucdp(file, output, encoding, delimiter, strict):
    """Import a UCDP GED CSV (FILE or '-') as incident YAML.

    best/low/high become the fatality estimate; where_prec, date_prec and every
    other column are kept.

    \b
    Examples:
      geoconflict import ucdp GEDEvent_v25_1.csv -o incidents/ged.yaml
    """
    from ..formats import ucdp

    _import(ucdp, file, output, encoding=encoding, delimiter=delimiter, strict=strict)
