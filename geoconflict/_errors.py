"""All exceptions of geoconflict, each a subclass of the builtin it refines.

Messages are one line: where (file:line or feature), what is wrong, how to fix it.
"""

from __future__ import annotations

__all__ = ["GeoconflictError", "DataError", "UnknownPlaceError", "IncidentsError",
           "FormatError", "OptionError"]


class GeoconflictError(Exception):
    """Base class: every error the CLI turns into a one-line message and exit code 1."""


class DataError(GeoconflictError, ValueError):
    """A data file (gazetteer, incidents, CSV) holds a value that cannot be used."""


class UnknownPlaceError(GeoconflictError, LookupError):
    """A place name matched nothing in the gazetteer closely enough.

    ``suggestions`` holds the closest names, best first, for "did you mean".
    """

    def __init__(self, name: str, suggestions: list[str] | None = None, where: str = ""):
        self.name = name
        self.suggestions = list(suggestions or [])
        prefix = f"{where}: " if where else ""
        hint = (
            f" — did you mean {', '.join(self.suggestions)}?"
            if self.suggestions
            else " — check the spelling or add the place to gazetteer/places/"
        )
        super().__init__(f"{prefix}unknown place {name!r}{hint}")


class IncidentsError(DataError):
    """One or more problems in incident files; ``problems`` lists every one of them.

    The message is one problem per line, each ``file:line: field: what — how to fix``.
    """

    def __init__(self, problems: list):
        self.problems = list(problems)
        lines = [str(p) for p in self.problems]
        n = len(lines)
        lines.append(f"{n} problem{'s' if n != 1 else ''} found; nothing was written")
        super().__init__("\n".join(lines))


class FormatError(GeoconflictError, ValueError):
    """An input file is not in the format asked for (wrong columns, not CSV, not GeoJSON)."""


class OptionError(GeoconflictError, ValueError):
    """An option has a value that cannot be used (unknown output format, paper size, dpi)."""
