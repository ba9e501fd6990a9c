"""Entry point: the click group and the registration of every command, nothing else."""

from __future__ import annotations

import click

from .. import __version__
from .._errors import GeoconflictError
from .borders_cmd import borders_cmd, where
from .extract_cmd import extract
from .gazetteer_cmd import gazetteer
from .geocode import geocode, reverse
from .incidents_cmd import export, import_cmd, validate
from .map_cmd import map_cmd


class _Group(click.Group):
    """Turns our errors into one line on stderr and exit code 1 (no traceback)."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except GeoconflictError as exc:
            click.echo(f"geoconflict: {exc}", err=True)
            ctx.exit(1)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="geoconflict")
def cli():
    """Geocode, attach to borders and map incidents of the Fergana valley.

    \b
    Examples:
      geoconflict geocode Vorukh Lyakkon "Ak-Turpak"
      geoconflict where 39.85 70.58 --at 2021-04-29
      geoconflict validate incidents/
      geoconflict map incidents/ -o map.html
      geoconflict extract article.txt -o draft.yaml
    """


cli.add_command(geocode)
cli.add_command(reverse)
cli.add_command(gazetteer)
cli.add_command(where)
cli.add_command(borders_cmd)
cli.add_command(validate)
cli.add_command(export)
cli.add_command(import_cmd)
cli.add_command(map_cmd)
cli.add_command(extract)
