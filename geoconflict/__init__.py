"""geoconflict: geocode, attach to borders and map incidents of the Fergana valley.

The package imports nothing heavy at start-up; see ``geoconflict.gazetteer`` for lookup.
"""

__version__ = "0.1.0"
