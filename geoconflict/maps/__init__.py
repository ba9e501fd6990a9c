"""folium HTML maps that still work when emailed and opened offline.

``build_map(...)`` returns a :class:`folium.Map`; ``save_map`` writes one self-contained file.
"""

from .build import DEFAULT_TITLE, build_map, render_html, save_map

__all__ = ["DEFAULT_TITLE", "build_map", "render_html", "save_map"]
