"""The functions of ``import geoconflict as gc``: read, tables, geocode, borders, write, map.

Each is a thin call into the stage that does the work; longitude comes before latitude
everywhere (the GeoJSON order), and every function takes a str, a Path or a list of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import folium
    import geopandas as gpd
    import pandas as pd

    from .incidents.model import Incident

__all__ = ["read", "to_geodataframe", "geocode", "side_of", "attach", "write", "map",
           "save_map", "extract"]

def read(paths: str | Path | Iterable[str | Path]) -> list[Incident]:
    """Incidents of any inputs (YAML, ACLED/UCDP CSV or workbook, our GeoJSON, GeoPackage,
    GeoParquet), checked and derived: coordinates, country, geo_precision, border segment
    and status."""
    from .formats.read import read_incidents

    return read_incidents(paths)


def to_geodataframe(incidents: Sequence[Incident], stops: bool = False) -> gpd.GeoDataFrame:
    """One row per incident (ACLED's columns, then ours), points in EPSG:4326; with
    ``stops=True`` one row per stop. Ready for ``.explore()`` and ``.to_file()``."""
    import geopandas as gpd

    from .formats._table import incidents_to_frame, stops_frame

    frame = incidents_to_frame(list(incidents))
    if stops:
        frame = stops_frame(frame)
    points = gpd.points_from_xy(frame["longitude"], frame["latitude"], crs="EPSG:4326")
    return gpd.GeoDataFrame(frame, geometry=points)


def geocode(names: str | Iterable[str], near: str | None = None, country: str | None = None,
            exact: bool = False) -> gpd.GeoDataFrame:
    """The best gazetteer place of each name, one row per name, with how it matched.

    Columns: ``query, id, name, country, admin1, kind, score, reason, match`` (``exact``,
    ``variant`` or ``fuzzy``), ``sure`` (False for a doubtful fuzzy match), ``geometry``
    (None where nothing matched). ``exact=True`` accepts only names and aliases as written.
    """
    import geopandas as gpd

    from .gazetteer.index import default_gazetteer

    gaz = default_gazetteer()
    rows, points = [], []
    for q in [names] if isinstance(names, str) else list(names):
        hits = gaz.lookup(q, near=near, country=country, limit=1, fuzzy=not exact)
        c = hits[0] if hits and (not exact or hits[0].match == "exact") else None
        rows.append({"query": q, "id": c and c.place.id, "name": c and c.place.name,
                     "country": c and c.place.country, "admin1": c and c.place.admin1,
                     "kind": c and c.place.kind, "score": c and round(c.score, 1),
                     "reason": c and c.reason, "match": c and c.match,
                     "sure": bool(c and c.sure)})
        points.append(gpd.points_from_xy([c.place.lon], [c.place.lat])[0] if c else None)
    return gpd.GeoDataFrame(rows, geometry=points, crs="EPSG:4326")


def side_of(lon, lat, at=None):
    """Country (and enclave) of a point on a date (default today); arrays give a DataFrame."""
    from .borders import side_of as _side_of

    return _side_of(lon, lat, at=at)


def attach(items, lats=None, at=None, max_km: float = 25.0) -> pd.DataFrame:
    """Nearest border segment, distance, side and the segment's status, one row per point.

    ``items`` is a list of incidents (their primary stops, each at its own date), a
    GeoDataFrame or GeoSeries of points in any CRS (at the dates of its ``event_date`` or
    ``date_start`` column when it has one), or longitudes with ``lats``. ``at`` gives one
    date for all. Columns: ``border_segment, border_km, side, segment_status``.
    """
    from .borders import attach as _attach

    out = _attach(items, lats, at=at, max_km=max_km)
    if lats is None and hasattr(items, "crs"):     # a GeoDataFrame or GeoSeries
        out.index = items.index
    return out


def write(incidents, path: str | Path, format: str | None = None, precision: int = 6) -> Path:
    """Write incidents atomically; the format from ``format`` or the suffix (geojson,
    geojsonseq, gpkg, kml, csv, parquet). A GeoPackage carries QGIS styles in the HTML
    map's palette, as ``geoconflict export`` writes it."""
    from .formats.write import format_for, write_incidents

    if _is_incident_table(incidents):
        incidents = _table_of(incidents)
    styles = qgis_styles() if format_for(path, format) == "gpkg" else None
    return write_incidents(incidents, path, format, precision, styles=styles)


def qgis_styles() -> dict:
    """The GeoPackage's QGIS styles (``layer_styles``) in the HTML map's palette: the one
    place where the formats meet the maps' look (formats and maps never import each other)."""
    from .formats._qgis_styles import Palette, layer_styles
    from .maps.content import MIN_RADIUS, RADIUS_SCALE
    from .maps.style import EVENT_COLORS, OTHER_COLOR, OWNER_TINT, STATUS_COLORS

    return layer_styles(Palette(EVENT_COLORS, STATUS_COLORS, OWNER_TINT, OTHER_COLOR,
                                MIN_RADIUS, RADIUS_SCALE))


def _is_incident_table(data) -> bool:
    return hasattr(data, "columns") and "event_id_cnty" in data.columns


def _table_of(frame) -> pd.DataFrame:
    """The flat table of a (Geo)DataFrame of incidents: points back to latitude/longitude
    in WGS 84 (from any CRS), no geometry column."""
    import pandas as pd

    name = getattr(frame, "_geometry_column_name", None)
    if name is None or name not in frame.columns:
        return frame
    geoms = frame.geometry.to_crs("EPSG:4326") if frame.crs is not None else frame.geometry
    out = pd.DataFrame(frame.drop(columns=name))
    out["latitude"], out["longitude"] = geoms.y.to_numpy(), geoms.x.to_numpy()
    return out


def map(incidents, at=None, *, borders: bool = True, title: str | None = None,
        **filters: Any) -> folium.Map:
    """A :class:`folium.Map` of incidents (a list, a GeoDataFrame, or paths to read) with
    the shipped borders as they were on ``at`` (default today) unless ``borders=False``.

    ``filters`` are :func:`geoconflict.maps.build_map`'s: ``date_from``, ``date_to``,
    ``event_types``, ``countries``, ``towns``, ``cdn``, ``osm_tiles``.
    """
    from .maps.build import DEFAULT_TITLE, build_map
    from .maps.from_incidents import border_layers

    if isinstance(incidents, str | Path) or (
            isinstance(incidents, list | tuple) and incidents
            and isinstance(incidents[0], str | Path)):
        incidents = read(incidents)
    elif _is_incident_table(incidents):
        from .formats._table import frame_to_incidents

        incidents = frame_to_incidents(_table_of(incidents))
    layers = border_layers(at) if borders else {}
    return build_map(incidents, **layers, at=at, title=title or DEFAULT_TITLE, **filters)


def save_map(m: folium.Map, path: str | Path) -> Path:
    """Write the map as one self-contained HTML file, atomically; same map, same bytes."""
    from .maps.build import save_map as _save

    return _save(m, path)


def extract(text_or_path: str | Path, published: str | None = None) -> list[dict]:
    """Incident drafts (the YAML records ``geoconflict extract`` writes) of an article's
    text, or of the article file at a path; ``published`` is used when it names no date."""
    from .extract.pipeline import extract_drafts

    return extract_drafts(text_or_path, published=published)
