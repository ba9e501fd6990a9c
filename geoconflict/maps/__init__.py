"""Maps: folium HTML maps that still work when emailed offline, and still maps for print.

``build_map(...)`` returns a :class:`folium.Map`; ``save_map`` writes one self-contained file.
``maps.still`` draws the same content as PNG, SVG or PDF. folium loads only when an HTML
map is built (the names below are imported on first use), so a still map never loads it.
"""

from __future__ import annotations

from importlib import import_module

__all__ = ["DEFAULT_TITLE", "build_map", "render_html", "save_map"]


def __getattr__(name: str):
    if name in __all__:
        return getattr(import_module(".build", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
