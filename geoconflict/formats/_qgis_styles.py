"""QGIS styles of a GeoPackage, in the ``layer_styles`` table QGIS itself reads and writes.

QGIS opens a layer with the row of ``layer_styles`` that names its table and geometry
column with ``useAsDefault`` = 1, so our GeoPackage draws as the HTML map does:
incidents coloured by ACLED event type and sized by best-estimate deaths (area ∝
deaths), border segments by their status on the export's date, enclaves by owner. The
colours are not kept here: the caller passes the map's palette (:class:`Palette`).
"""

from __future__ import annotations

import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["Palette", "layer_styles", "write_layer_styles", "QML_VERSION", "SIZE_EXPRESSION"]

#: The QGIS version our QML is written for (read by 3.22 and later).
QML_VERSION = "3.22.16-Białowieża"
#: Marker diameter in pixels: twice the HTML map's radius max(min, scale * sqrt(deaths)).
SIZE_EXPRESSION = 'max({d_min}, {d_scale} * sqrt(max(coalesce("fatalities", 0), 0)))'
#: The columns of QGIS's ``layer_styles`` table, as QGIS creates it in a GeoPackage.
_CREATE = """CREATE TABLE "layer_styles" (
 "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "f_table_catalog" TEXT(256),
 "f_table_schema" TEXT(256), "f_table_name" TEXT(256), "f_geometry_column" TEXT(256),
 "styleName" TEXT(30), "styleQML" TEXT, "styleSLD" TEXT, "useAsDefault" BOOLEAN,
 "description" TEXT, "owner" TEXT(30), "ui" TEXT(30),
 "update_time" DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))"""


@dataclass(frozen=True)
class Palette:
    """The HTML map's colours (``#rrggbb``) and marker sizes, handed to the styles."""

    event_colors: Mapping[str, str]
    status_colors: Mapping[str, str]
    owner_colors: Mapping[str, str]
    other_color: str
    min_radius: float
    radius_scale: float


def _rgba(hex_colour: str, alpha: int = 255) -> str:
    h = hex_colour.lstrip("#")
    return ",".join(str(int(h[i:i + 2], 16)) for i in (0, 2, 4)) + f",{alpha}"


def _options(parent: ET.Element, values: Mapping[str, str]) -> None:
    opt = ET.SubElement(parent, "Option", type="Map")
    for k, v in values.items():
        ET.SubElement(opt, "Option", name=k, type="QString", value=v)


def _data_defined(parent: ET.Element, prop: str | None = None, expression: str = "") -> None:
    dd = ET.SubElement(ET.SubElement(parent, "data_defined_properties"), "Option", type="Map")
    ET.SubElement(dd, "Option", name="name", type="QString", value="")
    props = ET.SubElement(dd, "Option", name="properties")
    if prop:
        props.set("type", "Map")
        p = ET.SubElement(props, "Option", name=prop, type="Map")
        ET.SubElement(p, "Option", name="active", type="bool", value="true")
        ET.SubElement(p, "Option", name="expression", type="QString", value=expression)
        ET.SubElement(p, "Option", name="type", type="int", value="3")
    ET.SubElement(dd, "Option", name="type", type="QString", value="collection")


def _symbol(symbols: ET.Element, name: str, kind: str, colour: str, palette: Palette) -> None:
    sym = ET.SubElement(symbols, "symbol", type=kind, name=name, alpha="1",
                        clip_to_extent="1", force_rhr="0")
    _data_defined(sym)
    cls = {"marker": "SimpleMarker", "line": "SimpleLine", "fill": "SimpleFill"}[kind]
    layer = ET.SubElement(sym, "layer", attrib={"class": cls, "enabled": "1", "locked": "0",
                                                "pass": "0"})
    if kind == "marker":
        _options(layer, {"color": _rgba(colour, 217), "name": "circle",
                         "outline_color": "255,255,255,255", "outline_style": "solid",
                         "outline_width": "1", "outline_width_unit": "Pixel",
                         "size": f"{2 * palette.min_radius:g}", "size_unit": "Pixel"})
        _data_defined(layer, "size", SIZE_EXPRESSION.format(
            d_min=f"{2 * palette.min_radius:g}", d_scale=f"{2 * palette.radius_scale:g}"))
    elif kind == "line":
        _options(layer, {"line_color": _rgba(colour), "line_style": "solid",
                         "line_width": "3", "line_width_unit": "Pixel",
                         "capstyle": "round", "joinstyle": "round"})
        _data_defined(layer)
    else:
        _options(layer, {"color": _rgba(colour, 115), "style": "solid",
                         "outline_color": _rgba(colour), "outline_style": "solid",
                         "outline_width": "1.5", "outline_width_unit": "Pixel"})
        _data_defined(layer)


def categorized_qml(field: str, kind: str, colours: Mapping[str, str], other: str,
                    palette: Palette) -> str:
    """QML of a categorized renderer on ``field``: one symbol per value, one for the rest.

    The last category has an empty value, which QGIS matches to every other value.
    """
    root = ET.Element("qgis", version=QML_VERSION, styleCategories="Symbology")
    renderer = ET.SubElement(root, "renderer-v2", type="categorizedSymbol", attr=field,
                             symbollevels="0", enableorderby="0", forceraster="0",
                             referencescale="-1")
    cats = ET.SubElement(renderer, "categories")
    symbols = ET.SubElement(renderer, "symbols")
    entries = [*colours.items(), ("", other)]
    for n, (value, colour) in enumerate(entries):
        ET.SubElement(cats, "category", render="true", symbol=str(n), value=value,
                      label=value or "other", type="string")
        _symbol(symbols, str(n), kind, colour, palette)
    ET.indent(root, space=" ")
    return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n" + \
        ET.tostring(root, encoding="unicode") + "\n"


def layer_styles(palette: Palette) -> dict[str, tuple[str, str]]:
    """{layer: (style name, QML)} of the layers we style."""
    return {
        "incidents": ("geoconflict: by event type, sized by deaths", categorized_qml(
            "event_type", "marker", palette.event_colors, palette.other_color, palette)),
        "border_segments": ("geoconflict: by status", categorized_qml(
            "status", "line", palette.status_colors, palette.other_color, palette)),
        "enclaves": ("geoconflict: by owner", categorized_qml(
            "owner", "fill", palette.owner_colors, palette.other_color, palette)),
    }


def write_layer_styles(path: str, styles: Mapping[str, tuple[str, str]], update_time: str
                       ) -> None:
    """Add QGIS's ``layer_styles`` table to the GeoPackage at ``path``, one default style
    per layer present, registered in ``gpkg_contents`` as an attributes table."""
    con = sqlite3.connect(path)
    try:
        geom_cols = dict(con.execute("SELECT table_name, column_name FROM "
                                     "gpkg_geometry_columns"))
        con.execute(_CREATE)
        for layer, (name, qml) in styles.items():
            if layer not in geom_cols:
                continue
            con.execute('INSERT INTO layer_styles (f_table_catalog, f_table_schema, '
                        'f_table_name, f_geometry_column, styleName, styleQML, styleSLD, '
                        'useAsDefault, description, owner, ui, update_time) '
                        "VALUES ('', '', ?, ?, ?, ?, '', 1, ?, '', NULL, ?)",
                        (layer, geom_cols[layer], name, qml, name, update_time))
        con.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, "
                    "description, last_change) VALUES ('layer_styles', 'attributes', "
                    "'layer_styles', '', ?)", (update_time,))
        if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'gpkg_ogr_contents'"
                       ).fetchone():
            con.execute("INSERT INTO gpkg_ogr_contents (table_name, feature_count) "
                        "SELECT 'layer_styles', count(*) FROM layer_styles")
        con.commit()
    finally:
        con.close()
