"""Read, check and write incident YAML files, keeping the line of every field.

Every problem of every file is collected and reported as
``file:line: field: what is wrong — how to fix``; nothing is loaded while any remains.
The checks live in ``_incident_record`` (one incident, section by section),
``_incident_fields`` (actors, stops, reports) and ``_incident_checker`` (the collector).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from .._errors import DataError, IncidentsError
from .._io import write_text_atomic, yaml_text
from ..gazetteer.places import _LineLoader
from ._checker import Problem, _Checker, parse_date
from ._record import _parse_incident
from .model import Incident

if TYPE_CHECKING:
    from ..gazetteer.index import Gazetteer

__all__ = ["Problem", "load_incidents", "parse_incidents", "validate_files",
           "dump_incidents", "save_incidents", "parse_date"]


class _IncidentLoader(_LineLoader):
    """The gazetteer's line-keeping loader, also recording the line of every key.

    Dates stay text (no implicit timestamps) so that an impossible date such as
    2021-02-30 is reported with its line instead of failing the whole file.
    """

    yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in _LineLoader.yaml_implicit_resolvers.items()
    }
    # YAML 1.1 reads 12:30 as the sexagesimal number 750: keep times as text.
    for _first, _resolvers in yaml_implicit_resolvers.items():
        _resolvers[:] = [(tag, re.compile(rx.pattern.replace("|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+",
                                                             "").replace(
            "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*", ""), rx.flags))
                         for tag, rx in _resolvers]

    def construct_mapping(self, node, deep=False):  # noqa: D102
        mapping = super().construct_mapping(node, deep=deep)
        mapping["__lines__"] = {
            k.value: k.start_mark.line + 1 for k, _ in node.value if hasattr(k, "value")
        }
        return mapping


def parse_incidents(text: str, where: str = "<string>", gazetteer: Gazetteer | None = None,
                    problems: list[Problem] | None = None,
                    seen: dict[str, str] | None = None, *,
                    undated_drafts: bool = False) -> list[Incident]:
    """Incidents of one YAML text; problems are appended to ``problems`` (or raised).

    Parameters
    ----------
    text
        The YAML: a list of incident mappings.
    where
        The file name used in problem messages.
    gazetteer
        Place ids are checked against it; ``None`` skips that check.
    problems, seen
        Shared between files of one run (problems found so far; ids already used).
    undated_drafts
        Accept drafts (``draft: true`` under ``extra``) without a date, as
        ``geoconflict extract`` writes them for articles that give none; they come back
        with ``date_start`` and ``date_end`` None. Off by default: incidents read for
        use (maps, exports) must be dated.
    """
    own = problems is None
    problems = [] if problems is None else problems
    seen = {} if seen is None else seen
    try:
        records = yaml.load(text, Loader=_IncidentLoader) or []
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problems.append(Problem(where, mark.line + 1 if mark else 1, "yaml",
                                f"not valid YAML ({getattr(exc, 'problem', exc)}) — fix the "
                                "indentation or quoting"))
        records = []
    if not isinstance(records, list):
        problems.append(Problem(where, 1, "file", "expected a list of incidents — start each "
                                "incident with '- id: ...'"))
        records = []
    ck = _Checker(where, problems, gazetteer, undated_drafts)
    out = [inc for n, rec in enumerate(records) if (inc := _parse_incident(ck, rec, seen, n))]
    if own and problems:
        raise IncidentsError(problems)
    return out


def _read(path: str | Path) -> tuple[str, str]:
    if str(path) == "-":
        import sys

        return sys.stdin.read(), "<stdin>"
    try:
        return Path(path).read_text(encoding="utf-8-sig"), str(path)
    except OSError as exc:
        raise DataError(f"{path}: cannot read ({exc.strerror}) — check the path") from None
    except UnicodeDecodeError:
        raise DataError(f"{path}: not UTF-8 text — save it as UTF-8") from None


def _expand(paths: str | Path | Iterable[str | Path]) -> list[str | Path]:
    """Files of the inputs (one path, or several): folders give their ``*.yaml``."""
    out: list[str | Path] = []
    for p in [paths] if isinstance(paths, str | Path) else paths:
        if str(p) != "-" and Path(p).is_dir():
            out.extend(sorted(Path(p).glob("*.yaml")) + sorted(Path(p).glob("*.yml")))
        else:
            out.append(p)
    return out


def validate_files(paths: str | Path | Iterable[str | Path], gazetteer: Gazetteer | None = None,
                   undated_drafts: bool = True) -> tuple[list[Incident], list[Problem]]:
    """Incidents and every problem of the files (folders: their ``*.yaml``), in one pass.

    This is the check of ``geoconflict validate``: drafts without a date pass it
    (``undated_drafts``, see :func:`parse_incidents`); :func:`load_incidents` refuses them.
    """
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    incidents: list[Incident] = []
    for path in _expand(paths):
        text, where = _read(path)
        incidents.extend(parse_incidents(text, where, gazetteer, problems, seen,
                                         undated_drafts=undated_drafts))
    return incidents, problems


def load_incidents(paths: str | Path | Iterable[str | Path] | None = None, *,
                   gazetteer: Gazetteer | None = None, derive: bool = True,
                   attach=None) -> list[Incident]:
    """Load, check and (by default) derive incidents from YAML files.

    Parameters
    ----------
    paths
        A file or folder, or several; ``None`` loads the curated dataset shipped with the
        package.
    gazetteer
        Where place ids are looked up; the shipped gazetteer when ``None``.
    derive
        Fill country, admin1, geo_precision and (when borders are available) the
        border fields; see :func:`geoconflict.incidents.derive.derive`.
    attach
        Border attach function to use instead of ``geoconflict.borders.attach``.

    Raises
    ------
    IncidentsError
        Listing every problem of every file.
    """
    if gazetteer is None:
        from ..gazetteer.index import default_gazetteer

        gazetteer = default_gazetteer()
    if paths is None:
        paths = [curated_dir()]
    incidents, problems = validate_files(paths, gazetteer, undated_drafts=False)
    if problems:
        raise IncidentsError(problems)
    if derive:
        from .derive import derive as _derive

        incidents = _derive(incidents, gazetteer, attach=attach)
    return incidents


def curated_dir() -> Path:
    """Folder of the curated incident files shipped with the package."""
    from importlib import resources

    return Path(str(resources.files("geoconflict.incidents_data")))


def dump_incidents(incidents: Iterable[Incident]) -> str:
    """YAML text of incidents (what :func:`parse_incidents` reads back)."""
    body = yaml_text([i.to_dict() for i in incidents])
    return body if body.strip() != "[]" else "[]\n"


def save_incidents(path: str | Path, incidents: Iterable[Incident]) -> Path:
    """Write incidents as YAML atomically."""
    return write_text_atomic(path, dump_incidents(incidents))
