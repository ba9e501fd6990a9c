"""One reader of every input: incident YAML, ACLED and UCDP GED CSV, in a derived table.

Files, folders (their ``*.yaml``) or ``-`` (stdin) are told apart by their suffix and first
bytes; every problem of every input is collected before anything is returned.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from .._errors import FormatError, IncidentsError
from ._geocode import link_places
from ._regional import SKIPPED_ATTR, skipped_message
from ._sheet import SHEET_SUFFIXES, is_sheet

if TYPE_CHECKING:
    import pandas as pd

    from ..gazetteer.index import Gazetteer

__all__ = ["read_incidents", "read_frame", "input_kind", "as_paths", "is_csv", "csv_header"]


def is_csv(path: str, head: str) -> bool:
    """True when a file named ``path`` starting with ``head`` is a CSV table."""
    return path.lower().endswith(".csv") or (head.count(",") > 3 and "\n" in head
                                             and not head.lstrip().startswith(("-", "{", "#")))


def csv_header(head: str) -> list[str]:
    """The column names of a CSV file's first line, with its delimiter sniffed."""
    import csv
    import io

    from ._encoding import sniff_delimiter

    return [c.strip() for c in next(csv.reader(io.StringIO(head),
                                               delimiter=sniff_delimiter(head)), [])]


def read_frame(files: Iterable[str | Path], gazetteer: Gazetteer,
               progress: Callable[[str], None] | None = None,
               report: Callable[[str], None] | None = None, **csv_options) -> pd.DataFrame:
    """The derived incident table of any input kind (incident YAML, ACLED or UCDP GED CSV,
    our exports).

    ``csv_options`` (encoding, delimiter, strict) go to the CSV readers; the rows they leave
    out as outside the region are told to ``report`` in one line per file.
    """
    import pandas as pd

    from ..incidents.derive import derive
    from ..incidents.load import _expand
    from . import _table
    from ._derive import derive_frame

    progress = progress or (lambda m: None)
    read = _Inputs(gazetteer, progress, report, csv_options)
    for f in _expand(files):
        read.add(f)
    if read.problems:
        raise IncidentsError(read.problems)
    # Imported tables are derived here, as tables; incidents (YAML, exports) were already.
    frames = [derive_frame(f, gazetteer, progress=progress) if imported else f
              for f, imported in read.frames if len(f)]
    if read.yaml_incidents:
        frames.insert(0, _table.incidents_to_frame(derive(read.yaml_incidents, gazetteer)))
    if not frames:
        return _table.incidents_to_frame([])
    frame = frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)
    return frame[_table.ordered_columns(list(frame.columns))]


class _Inputs:
    """What :func:`read_frame` has read so far: tables (imported ones still to derive),
    incidents of YAML files, and every problem found."""

    def __init__(self, gazetteer: Gazetteer, progress: Callable[[str], None],
                 report: Callable[[str], None] | None, csv_options: dict) -> None:
        self.gazetteer, self.progress, self.report = gazetteer, progress, report
        self.csv_options = csv_options
        self.frames: list[tuple[pd.DataFrame, bool]] = []
        self.problems: list = []
        self.yaml_incidents: list = []
        self.seen: dict = {}

    def add(self, f: str | Path) -> None:
        from ..incidents.load import parse_incidents
        from . import _table, csv_acled

        data, where = csv_acled.read_table_bytes(f)
        head = data[:4000].decode("utf-8-sig", errors="replace")
        kind = input_kind(f, data[:4000])
        if kind in ("geojson", "gpkg", "parquet"):
            incidents = _exported(f, where, data, kind, self.gazetteer)
            self.frames.append((_table.incidents_to_frame(incidents), False))
            self.progress(f"{where}: read {len(self.frames[-1][0])} incidents")
        elif is_csv(str(f), head):
            self._add_csv(data, where, head)
        else:
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                raise FormatError(f"{where}: not UTF-8 text — save it as UTF-8") from None
            self.yaml_incidents += parse_incidents(text, where, self.gazetteer, self.problems,
                                                   self.seen)

    def _add_csv(self, data: bytes, where: str, head: str) -> None:
        from . import csv_acled, ucdp

        header = csv_header(head)
        reader = ucdp if ucdp.looks_like_ucdp(header) and \
            not csv_acled.looks_like_acled(header) else csv_acled
        frame, found = reader.read_frame(data, where, **self.csv_options)
        self.problems += found or link_places(frame, data, where, self.gazetteer)
        skipped = skipped_message(frame.attrs.get(SKIPPED_ATTR) or {})
        if skipped and self.report is not None:
            self.report(f"{where}: {skipped}")
        self.progress(f"{where}: read {len(frame)} rows")
        self.frames.append((frame, True))


#: Input kinds by file suffix; other files are told by their first bytes.
_KIND_BY_SUFFIX = {".yaml": "yaml", ".yml": "yaml", ".csv": "csv", ".geojson": "geojson",
                   ".json": "geojson", ".geojsons": "geojson", ".geojsonl": "geojson",
                   ".gpkg": "gpkg", ".parquet": "parquet",
                   **dict.fromkeys(SHEET_SUFFIXES, "csv")}   # a sheet is read as its CSV


def input_kind(name: str | Path, head: bytes = b"") -> str:
    """``yaml``, ``csv``, ``geojson``, ``gpkg`` or ``parquet``: the kind of one input."""
    if str(name) != "-" and Path(name).is_dir():
        return "yaml"
    kind = _KIND_BY_SUFFIX.get(Path(str(name)).suffix.lower())
    if kind:
        return kind
    if head.startswith(b"SQLite format 3"):
        return "gpkg"
    if head.startswith(b"PAR1"):
        return "parquet"
    if is_sheet(head):
        return "csv"
    text = head[:4000].decode("utf-8-sig", errors="replace")
    if text.lstrip("\ufeff \r\n\t\x1e")[:1] in ("{", "["):
        return "geojson"
    return "csv" if is_csv(str(name), text) else "yaml"


def as_paths(paths: str | Path | Iterable[str | Path]) -> list[str | Path]:
    """A str or Path as a one-item list; any other iterable of them as a list."""
    if isinstance(paths, str | Path):
        return [paths]
    return list(paths)


def read_incidents(paths: str | Path | Iterable[str | Path], gazetteer: Gazetteer | None = None,
                   progress: Callable[[str], None] | None = None) -> list:
    """Derived incidents of any inputs, each derived once, in the order given.

    Parameters
    ----------
    paths
        A file, a folder (its ``*.yaml``), ``-`` (stdin), or a list of them: incident YAML,
        ACLED or UCDP GED CSV, our GeoJSON or GeoJSON text sequence, GeoPackage (its
        ``incidents`` layer) or GeoParquet as written by ``geoconflict export``.
    gazetteer
        Where place ids and names are looked up; the shipped gazetteer when ``None``.

    Raises
    ------
    IncidentsError
        Listing every problem of every input; FormatError for a file of no known kind.
    """
    import tempfile

    from ..gazetteer.index import default_gazetteer
    from ..incidents.load import load_incidents

    gazetteer = gazetteer or default_gazetteer()
    out: list = []
    with tempfile.TemporaryDirectory(prefix="geoconflict-") as tmp:
        for name in as_paths(paths):
            data = b""
            if str(name) == "-" or not Path(name).is_dir():
                data, _ = _read_bytes(name)
            kind = input_kind(name, data[:4000])
            src = name if str(name) != "-" else _spill(Path(tmp), data, kind)
            if kind == "yaml" and str(name) != "-":
                out += load_incidents([name], gazetteer=gazetteer)
            elif kind == "yaml":
                out += _yaml_text_incidents(data, gazetteer)
            elif kind == "csv":
                out += _table_incidents([src], gazetteer, progress)
            else:
                where = "<stdin>" if str(name) == "-" else str(name)
                out += _file_incidents(src, where, data, kind, gazetteer)
    return out


def _yaml_text_incidents(data: bytes, gazetteer) -> list:
    from ..incidents.derive import derive
    from ..incidents.load import parse_incidents

    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FormatError("<stdin>: not UTF-8 text — save it as UTF-8") from None
    problems: list = []
    incidents = parse_incidents(text, "<stdin>", gazetteer, problems, {}, undated_drafts=False)
    if problems:
        raise IncidentsError(problems)
    return derive(incidents, gazetteer)


def _exported(name, where: str, data: bytes, kind: str, gazetteer) -> list:
    if str(name) != "-":
        return _file_incidents(name, where, data, kind, gazetteer)
    import tempfile

    with tempfile.TemporaryDirectory(prefix="geoconflict-") as tmp:
        return _file_incidents(_spill(Path(tmp), data, kind), where, data, kind, gazetteer)


def _read_bytes(name: str | Path) -> tuple[bytes, str]:
    from .csv_acled import read_bytes

    return read_bytes(name)


def _spill(tmp: Path, data: bytes, kind: str) -> Path:
    """Standard input's bytes in a file (the table and GIS readers take paths)."""
    copy = tmp / f"stdin.{kind}"
    copy.write_bytes(data)
    return copy


def _table_incidents(paths, gazetteer, progress) -> list:
    from ..incidents.derive import derive
    from ._table import frame_to_incidents

    frame = read_frame(paths, gazetteer, progress)
    return derive(frame_to_incidents(frame), gazetteer, attach=False)


def _file_incidents(src: str | Path, where: str, data: bytes, kind: str, gazetteer) -> list:
    """Incidents of one exported file (GeoJSON, GeoPackage, GeoParquet), as derived then."""
    from ..incidents.derive import derive
    from ._table import frame_to_incidents, incidents_from_records

    if kind == "geojson":
        from .geojson import read_records

        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise FormatError(f"{where}: not UTF-8 text — save it as UTF-8") from None
        records = read_records(text, where)
        if records and "event_id_cnty" not in records[0]:
            raise FormatError(f"{where}: not incidents (no event_id_cnty) — give a file "
                              "written by `geoconflict export`")
        incidents = incidents_from_records(records)
    else:
        frame = _binary_frame(where, src, kind)
        incidents = frame_to_incidents(frame)
    return derive(incidents, gazetteer, attach=False)


def _binary_frame(where: str, path: str | Path, kind: str):
    if kind == "parquet":
        from .parquet import read_frame as read_parquet

        return read_parquet(path)
    import pyogrio

    try:
        gdf = pyogrio.read_dataframe(path, layer="incidents")
    except Exception as exc:  # pyogrio's errors name no file
        raise FormatError(f"{where}: cannot read the GeoPackage's incidents layer ({exc})"
                          " — give a file written by `geoconflict export`") from None
    frame = gdf.drop(columns=gdf.geometry.name)
    frame["latitude"], frame["longitude"] = gdf.geometry.y, gdf.geometry.x
    return frame
