"""Readers and writers of incident files, one module per format.

All of them go through one flat table (``_table``): ACLED's columns in ACLED's order,
then ours, then any unknown columns an import kept.
"""

FORMATS = ("geojson", "geojsonseq", "gpkg", "kml", "csv", "parquet")
