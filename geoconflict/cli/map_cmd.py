"""``geoconflict map``: render incidents (and borders) to one HTML map file."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click

from .._errors import DataError

EPILOG = """\b
Examples:
  geoconflict map incidents/ -o maps/fergana-valley.html
  geoconflict map incidents.geojson -o maps/incidents.html
  geoconflict map a.geojson b.geojson --segments segments.geojson \\
      --outlines outlines.geojson --enclaves enclaves.geojson --at 2021-05-01 -o map.html
  geoconflict map incidents.geojson --from 2022-01-01 --to 2022-12-31 \\
      --event-type Battles --country KG,TJ --title "2022 clashes" -o clashes.html
  cat incidents.geojson | geoconflict map - -o map.html --cdn
"""


def _read_geojson(name: str) -> list[dict]:
    """Features of a FeatureCollection, a Feature, or an LF/RS-delimited feature sequence."""
    if name == "-":
        text, where = sys.stdin.read(), "<stdin>"
    else:
        try:
            text, where = Path(name).read_text(encoding="utf-8"), name
        except OSError as exc:
            raise DataError(f"{name}: cannot read ({exc.strerror})") from None
    try:
        obj = json.loads(text)
    except json.JSONDecodeError:
        obj = None
    if obj is None:  # a GeoJSON text sequence (RFC 8142) or one feature per line
        feats = []
        for n, chunk in enumerate(text.replace("\x1e", "\n").splitlines(), 1):
            if chunk.strip():
                try:
                    feats.append(json.loads(chunk))
                except json.JSONDecodeError as exc:
                    raise DataError(f"{where}:{n}: not GeoJSON ({exc.msg})") from None
        return feats
    if isinstance(obj, dict) and obj.get("type") == "FeatureCollection":
        return list(obj.get("features") or [])
    if isinstance(obj, dict) and obj.get("type") == "Feature":
        return [obj]
    if isinstance(obj, list):
        return obj
    raise DataError(f"{where}: expected a GeoJSON FeatureCollection or features")


def _read_input(name: str) -> list[dict]:
    """Incident features from incident YAML (a file or folder) or GeoJSON."""
    path = Path(name)
    if name != "-" and (path.is_dir() or path.suffix.lower() in (".yaml", ".yml")):
        from ..incidents_load import load_incidents
        from ..maps_input import incident_features

        return incident_features(load_incidents([path]))["features"]
    return _read_geojson(name)


def _fc(name: str | None) -> dict | None:
    return None if name is None else {"type": "FeatureCollection",
                                      "features": _read_geojson(name)}


def _day(ctx, param, value):
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


@click.command("map", epilog=EPILOG)
@click.argument("files", nargs=-1, required=True, metavar="FILE…")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="HTML file to write (atomically).")
@click.option("--title", default=None, help="Map title (default: a generic one).")
@click.option("--at", "at", callback=_day, metavar="DATE",
              help="Date of the border segments' status (default: today; give it for "
              "byte-identical output on another day).")
@click.option("--from", "date_from", callback=_day, metavar="DATE",
              help="Keep incidents that end on or after DATE.")
@click.option("--to", "date_to", callback=_day, metavar="DATE",
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
              help="Town labels (GeoJSON points with name); default: the gazetteer's main towns.")
@click.option("--cdn", is_flag=True,
              help="Link Leaflet from a CDN: a small file that needs the network to open.")
@click.option("--no-osm", is_flag=True, help="Leave out the optional OpenStreetMap tile layer.")
@click.option("--no-borders", is_flag=True,
              help="Do not draw the shipped outlines, enclaves and border segments.")
def map_cmd(files, output, title, at, date_from, date_to, event_types, countries, segments,
            outlines, enclaves, towns, cdn, no_osm, no_borders):
    """Draw incidents from FILE… on one HTML map.

    FILE is incident YAML (a file or a folder of them) or GeoJSON ('-' reads stdin).

    Outlines, enclaves and border segments come from the shipped borders data unless
    given as files (or --no-borders). By default the file is self-contained (every
    script, style and icon inlined) so it opens offline and can be emailed; the same
    input gives the same bytes.
    """
    from ..maps import DEFAULT_TITLE, build_map, save_map  # folium loads only when mapping

    out = Path(output).resolve()
    for name in (*files, segments, outlines, enclaves, towns):
        if name and name != "-" and Path(name).resolve() == out:
            raise DataError(f"{output}: refusing to overwrite an input file")
    features = [f for name in files for f in _read_input(name)]
    layers = {"segments": _fc(segments), "outlines": _fc(outlines), "enclaves": _fc(enclaves)}
    if not no_borders and None in layers.values():
        from ..maps_input import border_layers

        shipped = border_layers(at)
        layers = {k: v if v is not None else shipped[k] for k, v in layers.items()}
    m = build_map({"type": "FeatureCollection", "features": features},
                  segments=layers["segments"], outlines=layers["outlines"],
                  enclaves=layers["enclaves"],
                  towns=_fc(towns), title=title or DEFAULT_TITLE, at=at, date_from=date_from,
                  date_to=date_to, event_types=event_types or None,
                  countries=countries or None, cdn=cdn, osm_tiles=not no_osm)
    path = save_map(m, out)
    stats = m.geoconflict_stats
    click.echo(f"wrote {output}: {stats['shown']} of {stats['incidents']} incidents, "
               f"{stats['segments']} segments, {path.stat().st_size / 1e6:.2f} MB"
               f"{' (CDN links)' if cdn else ' (self-contained)'}", err=True)
