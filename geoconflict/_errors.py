"""All exceptions of geoconflict, each a subclass of the builtin it refines.

Messages are one line: where (file:line or feature), what is wrong, how to fix it.
"""

from __future__ import annotations

__all__ = ["GeoconflictError", "DataError", "UnknownPlaceError"]


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
