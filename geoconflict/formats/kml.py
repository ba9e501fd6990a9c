"""KML for Google Earth: a styled placemark per incident, its stops and its path.

Each event type has its own icon colour; a placemark's description lists the reports
(outlet, title, date, link, claims), HTML-escaped so that text from articles never runs
as script; ExtendedData carries the main columns; TimeSpan the incident's dates.
"""

from __future__ import annotations

import html
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..incidents.model import EVENT_TYPES
from ._table import paths_frame, records, stops_frame

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["to_text", "STYLE_COLOURS", "style_id"]

KML_NS = "http://www.opengis.net/kml/2.2"
#: KML colours (aabbggrr) per ACLED event type.
STYLE_COLOURS = {
    "Battles": "ff1400dc",                     # red
    "Explosions/Remote violence": "ff0078f0",  # orange
    "Violence against civilians": "ff8c00b4",  # purple
    "Protests": "ffdc9600",                    # blue
    "Riots": "ff00c8dc",                       # yellow
    "Strategic developments": "ff50a000",      # green
}
_ICON = "http://maps.google.com/mapfiles/kml/shapes/placemark_circle.png"
_DATA_FIELDS = ("event_id_cnty", "event_date", "date_end", "event_type", "sub_event_type",
                "actor1", "actor2", "country", "country_claims", "admin1", "location",
                "geo_precision",
                "fatalities", "fatalities_low", "fatalities_high", "injured_best",
                "detained_best", "displaced_best", "verification", "place", "border_segment",
                "border_km", "side", "segment_status")


def style_id(event_type: str) -> str:
    """The KML style id of an event type (``other`` when unknown)."""
    return "ev-" + (event_type.lower().replace("/", "-").replace(" ", "-")
                    if event_type in EVENT_TYPES else "other")


def _sub(parent: ET.Element, tag: str, text: Any = None, **attrib: str) -> ET.Element:
    el = ET.SubElement(parent, tag, attrib)
    if text is not None:
        el.text = str(text)
    return el


def _styles(doc: ET.Element) -> None:
    for etype, colour in [*STYLE_COLOURS.items(), ("other", "ff888888")]:
        style = _sub(doc, "Style", id=style_id(etype))
        icon = _sub(style, "IconStyle")
        _sub(icon, "color", colour)
        _sub(icon, "scale", "1.1")
        _sub(_sub(icon, "Icon"), "href", _ICON)
        line = _sub(style, "LineStyle")
        _sub(line, "color", colour)
        _sub(line, "width", "3")


def _claim_text(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k} {v}" for k, v in value.items())
    if isinstance(value, list):
        return "; ".join(_claim_text(v) for v in value)
    return str(value)


def description(rec: dict[str, Any]) -> str:
    """HTML of an incident's description: its figures, notes and reports, all escaped."""
    e = html.escape
    parts = [f"<p><b>{e(rec.get('sub_event_type') or '')}</b>, {e(rec.get('event_date') or '')}"
             + (f" – {e(rec['date_end'])}" if rec.get("date_end") and
                rec.get("date_end") != rec.get("event_date") else "") + "</p>"]
    figures = []
    for key, label in (("fatalities", "killed"), ("injured_best", "injured"),
                       ("detained_best", "detained"), ("displaced_best", "displaced")):
        if rec.get(key) is not None:
            low = rec.get(key.replace("_best", "") + "_low") if key != "fatalities" else \
                rec.get("fatalities_low")
            high = rec.get(key.replace("_best", "") + "_high") if key != "fatalities" else \
                rec.get("fatalities_high")
            span = f" ({low}–{high})" if low is not None and high is not None and low != high \
                else ""
            figures.append(f"{label}: {rec[key]}{span}")
    if figures:
        parts.append("<p>" + e("; ".join(figures)) + "</p>")
    if rec.get("verification") and rec["verification"] != "reported":
        parts.append(f"<p><i>{e(rec['verification'])}</i></p>")
    if rec.get("notes"):
        parts.append(f"<p>{e(rec['notes'])}</p>")
    reports = rec.get("reports")
    reports = json.loads(reports) if isinstance(reports, str) else (reports or [])
    if reports:
        items = []
        for r in reports:
            head = e(r.get("outlet", ""))
            if r.get("title"):
                title = e(r["title"])
                url = r.get("url") or ""
                link = url.split(":", 1)[0].lower() in ("http", "https")  # no javascript: links
                head += ": " + (f'<a href="{e(url)}">{title}</a>' if link else title)
            if r.get("date"):
                head += f" ({e(r['date'])})"
            claims = "; ".join(f"{e(k)}: {e(_claim_text(v))}"
                               for k, v in (r.get("claims") or {}).items())
            items.append(f"<li>{head}" + (f"<br/>{claims}" if claims else "") + "</li>")
        parts.append("<p>Reports:</p><ul>" + "".join(items) + "</ul>")
    return "".join(parts)


def _coord(lon: float, lat: float, precision: int) -> str:
    return f"{round(lon, precision)},{round(lat, precision)}"


def to_text(frame: pd.DataFrame, precision: int = 6, resolve=None) -> str:
    """The KML document of an incident table (folders Incidents, Stops, Paths)."""
    ET.register_namespace("", KML_NS)
    root = ET.Element("kml", xmlns=KML_NS)
    doc = _sub(root, "Document")
    _sub(doc, "name", "geoconflict incidents")
    _styles(doc)
    recs = records(frame)
    types = {r["event_id_cnty"]: r.get("event_type") or "" for r in recs}
    _incident_folder(doc, recs, precision)
    stops = stops_frame(frame, resolve)
    _stop_folder(doc, stops, types, precision)
    _path_folder(doc, stops, types, precision)
    ET.indent(root, space=" ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") \
        + "\n"


def _folder(doc: ET.Element, name: str) -> ET.Element:
    folder = _sub(doc, "Folder")
    _sub(folder, "name", name)
    return folder


def _data(pm: ET.Element, rec: dict[str, Any], keys: Iterable[str]) -> None:
    """ExtendedData of a placemark: the keys of ``rec`` that have a value."""
    data = _sub(pm, "ExtendedData")
    for key in keys:
        if rec.get(key) is not None:
            _sub(_sub(data, "Data", name=key), "value", rec[key])


def _incident_folder(doc: ET.Element, recs: list[dict[str, Any]], precision: int) -> None:
    """A placemark per incident: its primary point, time span, description and data."""
    folder = _folder(doc, "Incidents")
    for rec in recs:
        pm = _sub(folder, "Placemark", id=str(rec["event_id_cnty"]))
        _sub(pm, "name", rec.get("title") or rec["event_id_cnty"])
        _sub(pm, "description", description(rec))
        span = _sub(pm, "TimeSpan")
        _sub(span, "begin", rec.get("event_date"))
        _sub(span, "end", rec.get("date_end") or rec.get("event_date"))
        _sub(pm, "styleUrl", "#" + style_id(rec.get("event_type") or ""))
        _data(pm, rec, _DATA_FIELDS)
        if rec.get("latitude") is not None:
            _sub(_sub(pm, "Point"), "coordinates",
                 _coord(rec["longitude"], rec["latitude"], precision))


def _stop_folder(doc: ET.Element, stops: pd.DataFrame, types: dict[str, str],
                 precision: int) -> None:
    """A numbered placemark per located stop, at its date (TimeStamp), styled by its
    incident's event type."""
    folder = _folder(doc, "Stops")
    for s in records(stops):
        if s["latitude"] is None:
            continue
        pm = _sub(folder, "Placemark")
        label = s.get("name") or s.get("place") or ""
        _sub(pm, "name", f"{s['seq'] + 1}. {label}" + (f" {s['time']}" if s.get("time") else ""))
        if s.get("date"):
            _sub(_sub(pm, "TimeStamp"), "when", s["date"])
        _sub(pm, "styleUrl", "#" + style_id(types.get(s["incident_id"], "")))
        _data(pm, s, ("incident_id", "seq", "place", "role", "date", "time", "time_note"))
        _sub(_sub(pm, "Point"), "coordinates", _coord(s["longitude"], s["latitude"], precision))


def _path_folder(doc: ET.Element, stops: pd.DataFrame, types: dict[str, str],
                 precision: int) -> None:
    """A LineString per incident whose stops form a route (see ``paths_frame``)."""
    folder = _folder(doc, "Paths")
    for iid, line in zip(*paths_frame(stops), strict=True):
        pm = _sub(folder, "Placemark")
        _sub(pm, "name", iid)
        _sub(pm, "styleUrl", "#" + style_id(types.get(iid, "")))
        data = _sub(pm, "ExtendedData")
        _sub(_sub(data, "Data", name="incident_id"), "value", iid)
        ls = _sub(pm, "LineString")
        _sub(ls, "tessellate", "1")
        _sub(ls, "coordinates", " ".join(_coord(x, y, precision) for x, y in line))
