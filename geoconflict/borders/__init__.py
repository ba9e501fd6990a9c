"""State borders as dated data: outlines, enclaves, segments with status history.

``side_of(lon, lat, at=)`` says which country held a point on a date; ``attach`` finds the
nearest border segment and its status on the incident's date.
"""

from ._core import (
    REGION_CRS,
    STATUSES,
    SegmentFrame,
    attach,
    load_countries,
    load_enclaves,
    load_sections,
    load_segments,
    load_territory_changes,
    published_lengths,
    side_of,
    status_at,
)

__all__ = ["REGION_CRS", "STATUSES", "SegmentFrame", "attach", "load_countries", "load_enclaves",
           "load_sections", "load_segments", "load_territory_changes", "published_lengths",
           "side_of", "status_at"]
