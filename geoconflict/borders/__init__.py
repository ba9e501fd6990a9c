"""State borders as dated data: outlines, enclaves, segments with status history.

``side_of(lon, lat, at=)`` says which country held a point on a date; ``attach`` finds the
nearest border segment and its status on the incident's date.
"""

from .data import (
    SegmentFrame,
    load_countries,
    load_enclaves,
    load_sections,
    load_segments,
    load_territory_changes,
    published_lengths,
    status_at,
)
from .sides import attach, side_of
from .status import STATUSES, status_on

__all__ = ["STATUSES", "SegmentFrame", "attach", "load_countries", "load_enclaves",
           "load_sections", "load_segments", "load_territory_changes", "published_lengths",
           "side_of", "status_at", "status_on"]
