"""``geoconflict geocode`` and ``geoconflict reverse``: names to points and back."""

from __future__ import annotations

import sys

import click

from .options import (
    country_opt,
    echo_json,
    echo_table,
    geojson_opt,
    output_format_opt,
    point_feature,
    precision_opt,
)

_COLUMNS = ("query", "id", "name", "country", "admin1", "admin2", "kind", "lat", "lon",
            "±m", "score", "reason", "match")


def _read_names(names: tuple[str, ...]) -> list[tuple[str, str]]:
    """(where, name) pairs; ``-`` reads one name per line from stdin."""
    out = []
    for n, name in enumerate(names, 1):
        if name == "-":
            for i, line in enumerate(sys.stdin, 1):
                line = line.strip().lstrip("\ufeff").strip()
                if line:
                    out.append((f"<stdin>:{i}", line))
        else:
            out.append((f"argument {n}", name))
    return out


def _props(query: str, c, rank: int | None = None) -> dict:
    props = {"query": query, **c.place.to_dict(), "score": round(c.score, 1), "reason": c.reason,
             "match": c.match}
    props.pop("aliases", None)
    if rank is not None:
        props["rank"] = rank
    if c.distance_km is not None:
        props["distance_km"] = round(c.distance_km, 1)
    return props


@click.command()
@click.argument("names", nargs=-1, required=True)
@country_opt
@click.option("--near", metavar="NAME", help="Prefer the candidate nearest to this place.")
@click.option("--all", "show_all", is_flag=True, help="List every candidate, not only the best.")
@output_format_opt
@geojson_opt
@precision_opt
@click.option("--exact", is_flag=True,
              help="Accept only a name or alias as written (no spelling variant, no fuzzy).")
@click.option("--online", is_flag=True,
              help="Ask Nominatim (OpenStreetMap) for names the gazetteer lacks; cached, 1 req/s.")
def geocode(names, country, near, show_all, exact, fmt, precision, online):
    """Find gazetteer places for NAMES (any spelling or script; '-' reads stdin).

    Every answer says how it matched (column `match`): exact (a name or alias as
    written), variant (a spelling variant) or fuzzy (a near-miss). A fuzzy match that is
    not close enough to be sure exits 1 with "did you mean" (--all lists it anyway).

    \b
    Examples:
      geoconflict geocode Vorukh
      geoconflict geocode Lyakkon Ghayroghum "Кок-Таш" --all
      geoconflict geocode Dostuk --near Isfana --geojson > dostuk.geojson
      cat names.txt | geoconflict geocode - --country KG --json
    """
    from .._errors import UnknownPlaceError
    from ..gazetteer.index import default_gazetteer

    gaz = default_gazetteer()
    results, errors = [], []
    queries = _read_names(names)
    if not queries:
        raise click.UsageError("no names to look up (standard input was empty)")
    for where, name in queries:
        hits = gaz.lookup(name, country=country, near=near, limit=None if show_all else 1,
                          fuzzy=not exact)
        if exact:
            hits = [c for c in hits if c.match == "exact"]
        if not hits and online:
            hits = _online_hits(name)
        if hits and (show_all or hits[0].sure):
            results.append((name, hits))
        elif hits:
            errors.append(_unsure(where, name, hits[0]))
        else:
            errors.append(str(UnknownPlaceError(name, gaz.suggest(name, country=country),
                                                where=where)))
    if errors:
        for line in errors:
            click.echo(f"geoconflict: {line}", err=True)
        raise SystemExit(1)
    _emit(results, fmt, precision, show_all)


def _unsure(where: str, name: str, best) -> str:
    return (f"{where}: no sure match for {name!r} — did you mean {best.place.name} "
            f"({best.place.country}, {best.reason})? Give that spelling, or --all to list "
            "the guesses")


def _online_hits(name: str) -> list:
    from geopy.exc import GeopyError

    from .._errors import GeoconflictError
    from ..gazetteer.index import Candidate
    from ..gazetteer.online import cached_nominatim
    from ..gazetteer.places import Place

    try:
        loc = cached_nominatim().geocode(name)
    except GeopyError as exc:
        raise GeoconflictError(f"online geocoder (Nominatim) failed for {name!r}: "
                               f"{exc.__class__.__name__} — check the network or drop "
                               "--online") from None
    if loc is None:
        return []
    place = Place(id=f"osm-{loc.raw.get('osm_id', name)}", name=loc.address.split(",")[0],
                  lat=loc.latitude, lon=loc.longitude, country="", admin1="", kind="area",
                  source="Nominatim (OpenStreetMap, ODbL)", origin="online")
    return [Candidate(place, 50.0, "online geocoder", name)]


def _emit(results, fmt, precision, show_all) -> None:
    if fmt == "geojson":
        feats = [point_feature(c.place.lon, c.place.lat, _props(q, c, r if show_all else None),
                               precision)
                 for q, hits in results for r, c in enumerate(hits, 1)]
        echo_json({"type": "FeatureCollection", "features": feats})
    elif fmt == "json":
        data = [{"query": q, "candidates": [_props(q, c) for c in hits]} for q, hits in results]
        echo_json(data)
    else:
        rows = [(q, c.place.id, c.place.name, c.place.country, c.place.admin1, c.place.admin2,
                 c.place.kind, f"{c.place.lat:.5f}", f"{c.place.lon:.5f}", c.place.precision_m,
                 f"{c.score:.0f}", c.reason, c.match)
                for q, hits in results for c in hits]
        echo_table(_COLUMNS, rows)


@click.command()
@click.argument("lat", type=click.FloatRange(-90, 90))
@click.argument("lon", type=click.FloatRange(-180, 180))
@click.option("--limit", type=click.IntRange(1, 100), default=5, show_default=True,
              help="How many nearby places to list.")
@output_format_opt
@geojson_opt
@precision_opt
def reverse(lat, lon, limit, fmt, precision):
    """List the gazetteer places nearest to the point LAT LON (decimal degrees).

    \b
    Examples:
      geoconflict reverse 39.853 70.580
      geoconflict reverse 40.06 70.82 --limit 3 --json
    """
    from .._errors import DataError
    from ..gazetteer.index import default_gazetteer
    from ..region import in_region

    if not in_region(lon, lat):
        hint = " — lat and lon look swapped" if in_region(lat, lon) else ""
        raise DataError(f"point ({lat}, {lon}) is outside the gazetteer's region{hint}")
    hits = default_gazetteer().nearest(lat, lon, limit=limit)
    query = f"{lat},{lon}"
    if fmt == "geojson":
        feats = [point_feature(c.place.lon, c.place.lat, _props(query, c), precision)
                 for c in hits]
        echo_json({"type": "FeatureCollection", "features": feats})
    elif fmt == "json":
        echo_json([_props(query, c) for c in hits])
    else:
        echo_table(("km", "id", "name", "country", "admin1", "admin2", "kind"),
                   [(f"{c.distance_km:.2f}", c.place.id, c.place.name, c.place.country,
                     c.place.admin1, c.place.admin2, c.place.kind) for c in hits])
