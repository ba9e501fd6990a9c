"""``geoconflict map``: render incidents (and borders) to one HTML map or a still PNG/SVG/PDF."""

from __future__ import annotations

import contextlib
import dataclasses
import sys
import tempfile
from pathlib import Path

import click

from .._errors import DataError, FormatError, IncidentsError
from ..region import COUNTRIES
from .options import gc_paused, parse_day, refuse_to_overwrite

EPILOG = """\b
Examples:
  geoconflict map incidents/ -o maps/fergana-valley.html
  geoconflict map incidents.geojson -o maps/incidents.html
  geoconflict map a.geojson b.geojson --segments segments.geojson \\
      --outlines outlines.geojson --enclaves enclaves.geojson --at 2021-05-01 -o map.html
  geoconflict map incidents.geojson --from 2022-01-01 --to 2022-12-31 \\
      --event-type Battles --country KG,TJ --title "2022 clashes" -o clashes.html
  cat incidents.geojson | geoconflict map - -o map.html --cdn
  geoconflict map incidents/ --at 2021-04-29 -o fergana.png            # A4, 200 dpi
  geoconflict map incidents/ -o fergana.pdf --size a3                  # vector, text as text
  geoconflict map incidents/ -o fergana.svg --size 250x180
"""


def _read_input(name: str) -> list:
    """What the map draws of one input: the incidents of any incident file (read and
    derived once by the library's reader) that have coordinates, or GeoJSON points
    already in the map's input contract."""
    from ..formats.geojson import read_features
    from ..formats.read import input_kind, read_incidents
    from ..maps.from_incidents import located

    data = sys.stdin.buffer.read() if name == "-" else b""
    if name != "-" and not Path(name).is_dir():
        data = _read_bytes(name)
    if input_kind(name, data[:4000]) == "geojson":
        feats = read_features(_text(data, name), "<stdin>" if name == "-" else name)
        if not feats or "event_id_cnty" not in (feats[0].get("properties") or {}):
            return feats
    src, kind = name, input_kind(name, data[:4000])
    with tempfile.TemporaryDirectory(prefix="geoconflict-") as tmp:
        if name == "-":   # the reader reads stdin itself: give it the bytes read here
            src = str(Path(tmp) / f"stdin.{kind}")
            Path(src).write_bytes(data)
        with _named_stdin(src if name == "-" else None):
            if kind == "csv":  # a table: the map's records made from its columns
                return _table_items(src)
            return located(read_incidents([src]))


@contextlib.contextmanager
def _named_stdin(spill: str | None):
    """Errors about ``spill`` (where stdin's bytes were written) name ``<stdin>``."""
    try:
        yield
    except IncidentsError as exc:
        if spill is None:
            raise
        raise IncidentsError([dataclasses.replace(p, file="<stdin>") if p.file == spill
                              else p for p in exc.problems]) from None
    except (DataError, FormatError) as exc:
        if spill is None or spill not in str(exc):
            raise
        raise type(exc)(str(exc).replace(spill, "<stdin>")) from None


def _table_items(src: str) -> list:
    from ..formats.read import read_frame
    from ..gazetteer.index import default_gazetteer

    gazetteer = default_gazetteer()
    return table_items(read_frame([src], gazetteer), gazetteer)


def table_items(frame, gazetteer) -> list:
    """What the map draws of a derived table (``read_frame``): the records made from its
    columns (``maps.from_table``), derived Incidents for the rows they do not answer for."""
    from ..formats._field_columns import derived_rows, field_columns
    from ..maps.from_table import table_records

    return table_records(field_columns(frame, gazetteer),
                         lambda rows: derived_rows(frame, rows, gazetteer))


def _read_bytes(name: str) -> bytes:
    try:
        return Path(name).read_bytes()
    except OSError as exc:
        raise DataError(f"{name}: cannot read ({exc.strerror}) — check the path") from None


def _text(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DataError(f"{name}: not UTF-8 text — save it as UTF-8") from None


def _fc(name: str | None) -> dict | None:
    from ..formats.geojson import read_features

    if name is None:
        return None
    data = sys.stdin.buffer.read() if name == "-" else _read_bytes(name)
    return {"type": "FeatureCollection", "features": read_features(_text(data, name), name)}


def _check_filters(date_from, date_to, event_types, countries) -> None:
    """Filters that can match nothing are mistakes: say so instead of drawing an empty map."""
    from ..incidents.model import EVENT_TYPES

    if date_from and date_to and date_from > date_to:
        raise click.BadParameter(f"--from {date_from} is after --to {date_to} — swap them")
    for value in (t.strip() for v in event_types for t in v.split(",")):
        if value and value not in EVENT_TYPES:
            raise click.BadParameter(f"{value!r} is not an ACLED event type — use one of: "
                                     f"{', '.join(EVENT_TYPES)}", param_hint="--event-type")
    known = COUNTRIES
    for value in (c.strip().upper() for v in countries for c in v.split(",")):
        if value and value not in known:
            raise click.BadParameter(f"{value!r}: use ISO alpha-2 codes of the region "
                                     f"({', '.join(sorted(known))})", param_hint="--country")


@click.command("map", epilog=EPILOG)
@click.argument("files", nargs=-1, required=True, metavar="FILE…")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="Map file to write (atomically): .html, or a still .png, .svg or .pdf.")
@click.option("--format", "fmt", type=click.Choice(["html", "png", "svg", "pdf"],
                                                   case_sensitive=False),
              help="Output format (default: from the suffix of -o).")
@click.option("--size", default=None, metavar="a4|a3|letter|WxH",
              help="Page of a still map: a4 (default), a3, letter (landscape) or WxH in mm.")
@click.option("--dpi", type=int, default=None, help="Resolution of a PNG map (default 200).")
@click.option("--title", default=None, help="Map title (default: a generic one).")
@click.option("--at", "at", callback=parse_day, metavar="DATE",
              help="Date of the border segments' status (default: today; give it for "
              "byte-identical output on another day).")
@click.option("--from", "date_from", callback=parse_day, metavar="DATE",
              help="Keep incidents that end on or after DATE.")
@click.option("--to", "date_to", callback=parse_day, metavar="DATE",
              help="Keep incidents that start on or before DATE.")
@click.option("--event-type", "event_types", multiple=True, metavar="TYPE",
              help="Keep this ACLED event type (repeat or comma-separate).")
@click.option("--country", "countries", multiple=True, metavar="CC[,CC]",
              help="Keep incidents in, or on a border of, these countries (ISO alpha-2).")
@click.option("--segments", type=click.Path(exists=True, dir_okay=False),
              help="Border segments (GeoJSON LineStrings with status_history).")
@click.option("--outlines", type=click.Path(exists=True, dir_okay=False),
              help="Country outlines (GeoJSON polygons with iso, name).")
@click.option("--enclaves", type=click.Path(exists=True, dir_okay=False),
              help="Enclaves (GeoJSON polygons with name, owner, surrounded_by).")
@click.option("--towns", type=click.Path(exists=True, dir_okay=False),
              help="Town labels (GeoJSON points with name; kind and population rank them on "
              "a still map); default: the gazetteer's main towns.")
@click.option("--cdn", is_flag=True,
              help="Link Leaflet from a CDN: a small file that needs the network to open.")
@click.option("--no-osm", is_flag=True, help="Leave out the optional OpenStreetMap tile layer.")
@click.option("--no-borders", is_flag=True,
              help="Do not draw the shipped outlines, enclaves and border segments.")
@click.option("--no-notes", is_flag=True,
              help="Leave the incidents' notes out of the popups of an HTML map (a smaller file).")
@gc_paused
def map_cmd(files, output, fmt, size, dpi, title, at, date_from, date_to, event_types,
            countries, segments, outlines, enclaves, towns, cdn, no_osm, no_borders, no_notes):
    """Draw incidents from FILE… on one HTML map, or on a still map for print.

    FILE is any incident input ('-' reads stdin): incident YAML (a file or a folder of
    them), ACLED or UCDP GED CSV or workbook (xlsx, xls, ods), or what `export` writes
    (GeoJSON or a GeoJSON text
    sequence, GeoPackage, GeoParquet); or GeoJSON points in the map's input contract.

    Outlines, enclaves and border segments come from the shipped borders data unless
    given as files (or --no-borders). By default the HTML file is self-contained (every
    script, style and icon inlined) so it opens offline and can be emailed. A .png, .svg
    or .pdf output is a still map of the same content (A4 landscape, scale bar, north
    arrow, legend; SVG and PDF keep text as text). The same input gives the same bytes.
    """
    from ..maps.still import map_format

    refuse_to_overwrite(output, (*files, segments, outlines, enclaves, towns))
    out = Path(output).resolve()
    fmt = map_format(output, fmt)
    _check_kind_options(fmt, size, dpi, cdn, no_osm)
    _check_filters(date_from, date_to, event_types, countries)
    features = [f for name in files for f in _read_input(name)]
    layers = _border_layers(segments, outlines, enclaves, no_borders, at)
    kwargs = {"segments": layers["segments"], "outlines": layers["outlines"],
              "enclaves": layers["enclaves"], "towns": _fc(towns), "title": title, "at": at,
              "date_from": date_from, "date_to": date_to, "event_types": event_types or None,
              "countries": countries or None}
    fc = {"type": "FeatureCollection", "features": features}
    if fmt != "html":
        _write_still(fc, kwargs, out, output, fmt, size, dpi)
        return
    drop = [o for o, used in (("--no-notes", not no_notes),
                              ("a date range (--from/--to)", not (date_from or date_to)),
                              ("--no-borders", not no_borders)) if used]
    _write_html(fc, kwargs, out, output, cdn=cdn, osm_tiles=not no_osm, notes=not no_notes,
                drop=drop)


def _border_layers(segments, outlines, enclaves, no_borders: bool, at) -> dict:
    """The segments, outlines and enclaves of the map: the files given, the shipped borders
    data for those not given (unless ``no_borders``)."""
    layers = {"segments": _fc(segments), "outlines": _fc(outlines), "enclaves": _fc(enclaves)}
    if not no_borders and None in layers.values():
        from ..maps.from_incidents import border_layers

        shipped = border_layers(at)
        layers = {k: v if v is not None else shipped[k] for k, v in layers.items()}
    return layers


def _write_html(fc: dict, kwargs: dict, out: Path, output: str, *, cdn: bool, osm_tiles: bool,
                notes: bool, drop: list[str]) -> None:
    """Write the HTML map and say what it holds; warn when it is too large to email,
    naming the options in ``drop`` that would make it smaller."""
    from ..maps.build import (  # folium loads only when mapping
        DEFAULT_TITLE,
        EMAIL_LIMIT,
        build_map,
        email_size,
        save_map,
    )

    m = build_map(fc, **{**kwargs, "title": kwargs["title"] or DEFAULT_TITLE}, cdn=cdn,
                  osm_tiles=osm_tiles, notes=notes)
    path = save_map(m, out)
    stats = m.geoconflict_stats
    nbytes = path.stat().st_size
    click.echo(f"wrote {output}: {stats['shown']} of {stats['incidents']} incidents, "
               f"{stats['segments']} segments, {nbytes / 1e6:.2f} MB"
               f"{' (CDN links)' if cdn else ' (self-contained)'}", err=True)
    if nbytes > EMAIL_LIMIT:
        click.echo(f"warning: {output} is {nbytes / 1e6:.1f} MB ({email_size(nbytes) / 1e6:.1f} MB "
                   f"as an email attachment): over {EMAIL_LIMIT / 1e6:.0f} MB it does not reach "
                   "every inbox" + (f"; to make it smaller use {', '.join(drop)}" if drop else ""),
                   err=True)


def _check_kind_options(fmt: str, size, dpi, cdn: bool, no_osm: bool) -> None:
    """Options of one kind of map given for the other are mistakes: say which."""
    if fmt == "html":
        for name, value in (("--size", size), ("--dpi", dpi)):
            if value is not None:
                raise click.BadParameter(f"{name} is for still maps (.png, .svg, .pdf); an "
                                         "HTML map fills the window", param_hint=name)
    else:
        for name, value in (("--cdn", cdn), ("--no-osm", no_osm)):
            if value:
                raise click.BadParameter(f"{name} is for HTML maps; a still map has no "
                                         "scripts or tiles", param_hint=name)
        from ..maps.still import DEFAULT_DPI, page

        page(size or "a4", dpi or DEFAULT_DPI)           # a bad --size/--dpi fails before reading


def _write_still(fc: dict, kwargs: dict, out: Path, output: str, fmt: str, size, dpi) -> None:
    from ..maps.still import DEFAULT_DPI, build_still, save_still  # matplotlib loads here

    fig = build_still(fc, **kwargs, size=size or "a4", dpi=dpi or DEFAULT_DPI)
    path = save_still(fig, out, fmt)
    st = fig.stats
    w, h = st["size_mm"]
    px = f", {int(w / 25.4 * st['dpi'])}×{int(h / 25.4 * st['dpi'])} px" if fmt == "png" else ""
    hexes = f", {st['in_hexes']} in {st['hexes']} hexagons" if st["hexes"] else ""
    click.echo(f"wrote {output}: {st['shown']} of {st['incidents']} incidents{hexes}, "
               f"{st['segments']} segments, {st['towns_placed']} town labels, "
               f"{w:g}×{h:g} mm{px}, {path.stat().st_size / 1e6:.2f} MB", err=True)
