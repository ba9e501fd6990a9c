"""``geoconflict map``: render incidents (and borders) to one HTML map file."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .._errors import DataError
from .options import day

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


def _read_text(name: str) -> str:
    try:
        return Path(name).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise DataError(f"{name}: cannot read ({exc.strerror}) — check the path") from None
    except UnicodeDecodeError:
        raise DataError(f"{name}: not UTF-8 text — save it as UTF-8") from None


def _read_geojson(name: str) -> list[dict]:
    """Features of a FeatureCollection, a Feature, or an LF/RS-delimited feature sequence."""
    if name == "-":
        return _parse_geojson(sys.stdin.read(), "<stdin>")
    return _parse_geojson(_read_text(name), name)


def _parse_geojson(text: str, where: str) -> list[dict]:
    text = text.lstrip("\ufeff")
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
                    raise DataError(f"{where}:{n}: not GeoJSON ({exc.msg}) — give a "
                                    "FeatureCollection, a feature sequence, YAML or CSV") from None
        return feats
    if isinstance(obj, dict) and obj.get("type") == "FeatureCollection":
        return list(obj.get("features") or [])
    if isinstance(obj, dict) and obj.get("type") == "Feature":
        return [obj]
    if isinstance(obj, list):
        return obj
    raise DataError(f"{where}: expected a GeoJSON FeatureCollection or features")


def _read_input(name: str, text: str | None = None) -> list[dict]:
    """Incident features from incident YAML, ACLED/UCDP CSV, or GeoJSON (ours or export's)."""
    path = Path(name)
    if name != "-" and (path.is_dir() or path.suffix.lower() in (".yaml", ".yml", ".csv")):
        return _via_table([name])
    if text is None:
        text = sys.stdin.read() if name == "-" else _read_text(name)
    head = text.lstrip("\ufeff \n\x1e")[:1]
    if head not in ("{", "["):               # YAML or CSV on stdin
        import tempfile

        suffix = ".csv" if text.split("\n", 1)[0].count(",") > 3 else ".yaml"
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / f"stdin{suffix}"
            copy.write_text(text, encoding="utf-8")
            return _via_table([str(copy)])
    feats = _parse_geojson(text, "<stdin>" if name == "-" else name)
    if feats and "event_id_cnty" in (feats[0].get("properties") or {}):
        from ..formats import _table, geojson
        from ..incidents.derive import derive
        from ..maps.from_incidents import incident_features

        records = geojson.read_records(text, name)
        incidents = [_table.incident_from_record(r) for r in records]
        return incident_features(derive(incidents, _gaz(), attach=False))["features"]
    return feats


def _gaz():
    from ..gazetteer.index import default_gazetteer

    return default_gazetteer()


def _via_table(files: list[str]) -> list[dict]:
    """What ``geoconflict export`` reads (YAML, ACLED or UCDP CSV), as map features."""
    from ..formats import _table
    from ..incidents.derive import derive
    from ..maps.from_incidents import incident_features
    from .incidents_cmd import load_frame

    frame = load_frame(files, _gaz(), 6)
    incidents = derive(_table.frame_to_incidents(frame), _gaz(), attach=False)
    return incident_features(incidents)["features"]


def _fc(name: str | None) -> dict | None:
    return None if name is None else {"type": "FeatureCollection",
                                      "features": _read_geojson(name)}


def _check_filters(date_from, date_to, event_types, countries) -> None:
    """Filters that can match nothing are mistakes: say so instead of drawing an empty map."""
    from ..incidents.model import EVENT_TYPES

    if date_from and date_to and date_from > date_to:
        raise click.BadParameter(f"--from {date_from} is after --to {date_to} — swap them")
    for value in (t.strip() for v in event_types for t in v.split(",")):
        if value and value not in EVENT_TYPES:
            raise click.BadParameter(f"{value!r} is not an ACLED event type — use one of: "
                                     f"{', '.join(EVENT_TYPES)}", param_hint="--event-type")
    known = {"KG", "TJ", "UZ", "AF", "KZ", "CN"}
    for value in (c.strip().upper() for v in countries for c in v.split(",")):
        if value and value not in known:
            raise click.BadParameter(f"{value!r}: use ISO alpha-2 codes of the region "
                                     f"({', '.join(sorted(known))})", param_hint="--country")


@click.command("map", epilog=EPILOG)
@click.argument("files", nargs=-1, required=True, metavar="FILE…")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="HTML file to write (atomically).")
@click.option("--title", default=None, help="Map title (default: a generic one).")
@click.option("--at", "at", callback=day, metavar="DATE",
              help="Date of the border segments' status (default: today; give it for "
              "byte-identical output on another day).")
@click.option("--from", "date_from", callback=day, metavar="DATE",
              help="Keep incidents that end on or after DATE.")
@click.option("--to", "date_to", callback=day, metavar="DATE",
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
    from ..maps.build import DEFAULT_TITLE, build_map, save_map  # folium loads only when mapping

    _check_filters(date_from, date_to, event_types, countries)

    out = Path(output).resolve()
    for name in (*files, segments, outlines, enclaves, towns):
        if name and name != "-" and Path(name).resolve() == out:
            raise DataError(f"{output}: refusing to overwrite an input file")
    features = [f for name in files for f in _read_input(name)]
    layers = {"segments": _fc(segments), "outlines": _fc(outlines), "enclaves": _fc(enclaves)}
    if not no_borders and None in layers.values():
        from ..maps.from_incidents import border_layers

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
