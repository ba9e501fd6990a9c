"""``geoconflict gazetteer``: inspect and check the gazetteer data."""

from __future__ import annotations

import click

from .options import precision_opt


@click.group()
def gazetteer():
    """Inspect and check the gazetteer.

    \b
    Examples:
      geoconflict gazetteer check
      geoconflict gazetteer check my-places.yaml --strict
    """


@gazetteer.command()
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False))
@click.option("--strict", is_flag=True, help="Fail on warnings too (homonyms across countries…).")
@click.option("--quiet", "-q", is_flag=True, help="Print only errors and the summary.")
def check(files, strict, quiet):
    """Check the shipped gazetteer, plus extra place FILES in the same YAML format.

    Reports duplicate ids, coordinates outside the region (or lat/lon swapped),
    unknown kinds or countries, missing sources, and names shared across countries.
    Exits 1 when there are errors (or warnings, with --strict).

    \b
    Examples:
      geoconflict gazetteer check
      geoconflict gazetteer check extra-villages.yaml
    """
    from pathlib import Path

    from ..gazetteer.place_checks import check_places
    from ..gazetteer.places import load_curated, load_geonames

    curated = load_curated()
    if files:
        curated += load_curated([Path(f) for f in files])
    problems = check_places(curated + load_geonames())
    errors = [p for p in problems if p.severity == "error"]
    warnings = [p for p in problems if p.severity == "warning"]
    for p in problems:
        if p.severity == "error" or not quiet:
            click.echo(str(p), err=True)
    click.echo(f"{len(curated)} curated places: {len(errors)} errors, {len(warnings)} warnings")
    if errors or (strict and warnings):
        raise SystemExit(1)


@gazetteer.command("export")
@click.option("--all", "everything", is_flag=True,
              help="Include the GeoNames long tail, not only curated places.")
@click.option("-o", "--output", default="-", show_default=True,
              help="GeoJSON file to write atomically, or '-' for stdout.")
@precision_opt
def export(everything, output, precision):
    """Write the gazetteer's places as a GeoJSON FeatureCollection (RFC 7946).

    \b
    Examples:
      geoconflict gazetteer export -o maps/places.geojson
      geoconflict gazetteer export --all | jq '.features | length'
    """
    from .._io import write_text_atomic
    from ..gazetteer.places import load_curated, load_places
    from .options import feature_collection_text, point_feature

    places = load_places() if everything else load_curated()
    feats = [point_feature(p.lon, p.lat, p.to_dict(), precision) for p in places]
    text = feature_collection_text(feats)
    if output == "-":
        click.echo(text, nl=False)
    else:
        write_text_atomic(output, text)
        click.echo(f"{len(feats)} places -> {output}", err=True)
