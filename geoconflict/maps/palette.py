"""The colours of every geoconflict map (HTML and still images read them from here).

Event types are ACLED's; statuses those of a border segment's status history.
"""

from __future__ import annotations

__all__ = ["EVENT_COLORS", "STATUS_COLORS", "COUNTRY_FILL", "OWNER_TINT", "OTHER_COLOR",
           "OTHER_FILL"]

#: ACLED event types → marker colour (colour-blind-aware, distinct on a pale basemap).
EVENT_COLORS = {
    "Battles": "#d62728",
    "Violence against civilians": "#9467bd",
    "Explosions/Remote violence": "#ff7f0e",
    "Riots": "#8c564b",
    "Protests": "#1f77b4",
    "Strategic developments": "#7f7f7f",
}
OTHER_COLOR = "#333333"
#: Border segment status → line colour.
STATUS_COLORS = {
    "disputed": "#d7191c",
    "undelimited": "#fdae61",
    "delimited": "#2c7bb6",
    "demarcated": "#1a9641",
    "unknown": "#999999",
}
#: Country fill of the offline basemap (pale) and enclave tint by owner (strong).
COUNTRY_FILL = {"KG": "#f4e3d3", "TJ": "#e0ecd5", "UZ": "#dbe6f1", "KZ": "#eeeeee",
                "AF": "#eeeeee", "CN": "#eeeeee"}
OWNER_TINT = {"KG": "#d9822b", "TJ": "#3f9a3a", "UZ": "#2f6db3"}
OTHER_FILL = "#f2f2f2"
