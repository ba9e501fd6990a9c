"""``geoconflict where`` and ``geoconflict borders``: country, enclave and border segments."""

from __future__ import annotations

import datetime as dt

import click

from .options import (
    echo_json,
    echo_table,
    output_format_opt,
    parse_day,
    precision_opt,
    refuse_to_overwrite,
)


@click.command()
@click.argument("lat", type=click.FloatRange(-90, 90))
@click.argument("lon", type=click.FloatRange(-180, 180))
@click.option("--at", "at", callback=parse_day, metavar="DATE",
              help="Also answer for this date (YYYY-MM-DD).")
@click.option("--max-km", type=click.FloatRange(0), default=25.0, show_default=True,
              help="Report a segment only within this distance.")
@output_format_opt
def where(lat, lon, at, max_km, fmt):
    """Country, enclave and nearest border segment of the point LAT LON, today and --at DATE.

    \b
    Examples:
      geoconflict where 39.8533 70.5769
      geoconflict where 39.935 70.522 --at 2021-04-29
    """
    from .. import borders
    from .._errors import DataError
    from ..region import in_region

    if not in_region(lon, lat):
        hint = " — lat and lon look swapped" if in_region(lat, lon) else ""
        raise DataError(f"point ({lat}, {lon}) is outside the region{hint}")
    dates = [dt.date.today()] + ([at] if at else [])
    rows = []
    for day in dates:
        side = borders.side_of(lon, lat, at=day)
        near = borders.attach([lon], [lat], at=day, max_km=max_km).iloc[0]
        rows.append({"date": day.isoformat(), "country": side["country"],
                     "enclave": side["enclave"], "segment": near["border_segment"],
                     "km": round(float(near["border_km"]), 3),
                     "status": near["segment_status"]})
    if fmt == "json":
        echo_json({"lat": lat, "lon": lon, "answers": rows})
        return
    echo_table(("date", "country", "enclave", "segment", "km", "status"),
               [tuple(r.values()) for r in rows])


@click.command("borders")
@click.argument("incident_files", nargs=-1, type=click.Path(exists=True))
@click.option("--at", "at", callback=parse_day, metavar="DATE",
              help="Status on this date (YYYY-MM-DD; default today).")
@click.option("--format", "fmt", type=click.Choice(["table", "geojson", "csv"]),
              default="table", show_default=True)
@click.option("-o", "--output", default="-", show_default=True,
              help="File to write atomically, or '-' for stdout.")
@precision_opt
def borders_cmd(incident_files, at, fmt, output, precision):
    """List border segments with length and status on a date; count incidents per segment.

    INCIDENT_FILES are any incident input (YAML files or folders, ACLED or UCDP GED CSV or
    spreadsheets, or
    what `export` writes: GeoJSON, GeoPackage, GeoParquet; incidents are attached by their
    geo_precision rule) or GeoJSON points with `date_start` and `fatalities` properties;
    each incident is attached at its own date. The measured
    length of each border is printed beside the published figures (to stderr unless
    --format table).

    \b
    Examples:
      geoconflict borders --at 2021-04-29
      geoconflict borders incidents/ --at 2021-04-29
      geoconflict borders --format csv incidents.geojson -o segments.csv
      geoconflict borders --format geojson | fio info
    """
    from .. import borders
    from .._io import write_text_atomic

    refuse_to_overwrite(output, incident_files)
    segs = borders.load_segments()
    day = at or dt.date.today()
    segs["status"] = segs.status_at(day).values
    counts, deaths = _incident_counts(incident_files, segs)
    segs["incidents"] = [counts.get(i, 0) for i in segs["id"]]
    segs["fatalities"] = [deaths.get(i, 0) for i in segs["id"]]
    if fmt == "geojson":
        text = _geojson(segs, day, precision, bool(incident_files))
    elif fmt == "csv":
        text = _csv(segs, day, bool(incident_files))
    else:
        text = _table(segs, day, bool(incident_files))
    lengths = _lengths_text()
    if output == "-":
        click.echo(text, nl=False)
        click.echo(lengths, err=fmt != "table", nl=False)
    else:
        write_text_atomic(output, text)
        click.echo(f"{len(segs)} segments -> {output}", err=True)
        click.echo(lengths, err=True, nl=False)


def _incident_counts(files, segs):
    """Incidents and deaths per segment: incident files through the library's reader (each
    derived once, by its geo_precision rule); GeoJSON points with ``date_start`` attached."""
    from pathlib import Path

    from ..formats.geojson import read_features
    from ..formats.read import input_kind, read_incidents

    counts, fat = {}, {}
    points = []
    for path in files:
        data = b"" if Path(path).is_dir() else Path(path).read_bytes()
        if input_kind(path, data[:4000]) == "geojson":
            feats = read_features(data.decode("utf-8-sig", errors="replace"), path)
            if not feats or "event_id_cnty" not in (feats[0].get("properties") or {}):
                points += [(path, n, f) for n, f in enumerate(feats, 1)]
                continue
        for inc in read_incidents([path]):
            if inc.border_segment:
                counts[inc.border_segment] = counts.get(inc.border_segment, 0) + 1
                fat[inc.border_segment] = fat.get(inc.border_segment, 0) + (
                    inc.fatalities.best or 0)
    _count_points(points, counts, fat)
    return counts, fat


def _count_points(points, counts, fat) -> None:
    import numpy as np

    from .. import borders
    from .._errors import DataError

    lons, lats, dates, deaths = [], [], [], []
    for path, n, feat in points:
        geom, props = feat.get("geometry") or {}, feat.get("properties") or {}
        if geom.get("type") != "Point":
            raise DataError(f"{path}: feature {n}: geometry must be a Point")
        if not props.get("date_start"):
            raise DataError(f"{path}: feature {n}: no date_start")
        lon, lat = geom["coordinates"][:2]
        lons.append(float(lon))
        lats.append(float(lat))
        dates.append(str(props["date_start"]))
        f = props.get("fatalities")
        if isinstance(f, dict):
            f = f.get("best")
        deaths.append(int(f or 0))
    if not lons:
        return
    att = borders.attach(np.array(lons), np.array(lats), at=dates)
    for seg, d in zip(att["border_segment"], deaths, strict=True):
        if seg is not None:
            counts[seg] = counts.get(seg, 0) + 1
            fat[seg] = fat.get(seg, 0) + d


def _rows(segs, with_incidents):
    cols = ["id", "countries", "name", "length_km", "status"]
    if with_incidents:
        cols += ["incidents", "fatalities"]
    for r in segs.itertuples():
        row = {c: getattr(r, c) for c in cols}
        row["countries"] = "-".join(row["countries"])
        row["length_km"] = f"{row['length_km']:.1f}"
        yield row


def _table(segs, day, with_incidents):
    import io
    import sys

    rows = list(_rows(segs, with_incidents))
    buf = io.StringIO()
    old, sys.stdout = sys.stdout, buf
    try:
        echo_table(tuple(rows[0]) if rows else ("id",), [tuple(r.values()) for r in rows])
    finally:
        sys.stdout = old
    return f"# status on {day.isoformat()}\n" + buf.getvalue()


def _csv(segs, day, with_incidents):
    import csv
    import io

    rows = list(_rows(segs, with_incidents))
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(rows[0]) + ["status_date"], lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({**r, "status_date": day.isoformat()})
    return buf.getvalue()


def _geojson(segs, day, precision, with_incidents):
    import json

    import shapely

    feats = []
    for r, geom in zip(_rows(segs, with_incidents), segs.geometry, strict=True):
        g = shapely.set_precision(geom, 10 ** -precision) if precision < 15 else geom
        props = {**r, "length_km": float(r["length_km"]), "status_date": day.isoformat()}
        feats.append({"type": "Feature", "properties": props,
                      "geometry": json.loads(shapely.to_geojson(g))})
    body = ",\n".join(json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in feats)
    return '{"type":"FeatureCollection","features":[\n' + body + "\n]}\n"


def _lengths_text() -> str:
    from .. import borders

    lines = []
    for info in borders.published_lengths().values():
        pub = "; ".join(f"{p['km']} km ({p.get('date') or 'n.d.'})" for p in info["published"])
        lines.append(f"# {info['name']}: measured {info['measured_km']} km "
                     f"(generalised 2017 OSM line); published: {pub}")
    return "\n".join(lines) + "\n"
