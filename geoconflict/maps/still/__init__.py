"""Still maps for print (PNG, SVG, PDF) of the same content as the HTML map, with matplotlib.

``build_still(...)`` returns a matplotlib Figure; ``save_still(fig, path)`` writes it atomically.
matplotlib loads only when one of those is first used: the page and format checks
(:mod:`.page`) are plain Python, so ``geoconflict map -o x.html`` never loads it.
"""

from typing import Any

from .page import DEFAULT_DPI, map_format, page, parse_size

__all__ = ["DEFAULT_DPI", "StillMap", "build_still", "map_format", "page", "parse_size",
           "save_still"]


def __getattr__(name: str) -> Any:
    if name in ("StillMap", "build_still", "save_still"):
        from . import draw

        return getattr(draw, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
