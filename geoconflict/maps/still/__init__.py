"""Still maps for print (PNG, SVG, PDF) of the same content as the HTML map, with matplotlib.

``build_still(...)`` returns a matplotlib Figure; ``save_still(fig, path)`` writes it atomically.
"""

from .draw import DEFAULT_DPI, StillMap, build_still, map_format, page, parse_size, save_still

__all__ = ["DEFAULT_DPI", "StillMap", "build_still", "map_format", "page", "parse_size",
           "save_still"]
