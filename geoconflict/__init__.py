"""geoconflict: geocode, attach to borders and map incidents of the Fergana valley.

``import geoconflict as gc`` gives the functions of :mod:`geoconflict._api` (``gc.read``,
``gc.to_geodataframe``, ``gc.geocode``, ``gc.side_of``, ``gc.attach``, ``gc.write``,
``gc.map``, ``gc.save_map``, ``gc.extract``); each is imported on first use, so importing
the package loads nothing heavy.
"""

__version__ = "0.1.0"

_API = ("read", "to_geodataframe", "geocode", "side_of", "attach", "write", "map", "save_map",
        "extract")
__all__ = ["__version__", *_API]


def __getattr__(name: str):
    if name in _API:
        from . import _api

        return getattr(_api, name)
    raise AttributeError(f"module 'geoconflict' has no attribute {name!r}")


def __dir__():
    return sorted(list(globals()) + list(_API))
