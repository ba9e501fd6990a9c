"""UCDP GED CSV import: events become incidents; precision codes and estimates kept.

``best/low/high`` become the fatality estimate; ``where_prec`` and ``date_prec`` are kept
as they are (extra columns) and also mapped to ACLED geo_precision / our date precision;
the source columns become one report; every other column is kept as an extra property.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from .._errors import IncidentsError
from ._columns import UCDP_REQUIRED
from ._geocode import link_rows
from ._normalise import LINE_OF_ATTR
from ._regional import SKIPPED_ATTR, keep_inside
from ._table import frame_to_incidents, line_finder, normalise_frame
from .csv_acled import raw_csv, read_table_bytes

if TYPE_CHECKING:
    import pandas as pd

    from ..gazetteer.index import Gazetteer
    from ..incidents.load import Problem
    from ..incidents.model import Incident

__all__ = ["read_frame", "read", "GEO_PRECISION", "DATE_PRECISION", "looks_like_ucdp"]

#: The source of the coordinates of an imported row.
SOURCE = "UCDP GED"
REQUIRED = UCDP_REQUIRED
#: UCDP where_prec (1 exact … 7 water/airspace) -> ACLED geo_precision.
GEO_PRECISION = {"1": 1, "2": 2, "3": 3, "4": 3, "5": 3, "6": 3, "7": 3}
#: UCDP date_prec (1 exact day, 2 a 2-6 day span, 3 week, 4 month, 5 year) -> ours.
DATE_PRECISION = {"1": "day", "2": "day", "3": "week", "4": "month", "5": "year"}
#: UCDP type_of_violence -> ACLED (event_type, sub_event_type).
VIOLENCE = {"1": ("Battles", "Armed clash"), "2": ("Battles", "Armed clash"),
            "3": ("Violence against civilians", "Attack")}
# Columns turned into our fields without loss (everything else is kept as extra).
_MAPPED = ("id", "date_start", "date_end", "side_a", "side_b", "country", "adm_1", "adm_2",
           "where_coordinates", "latitude", "longitude", "best", "low", "high",
           "source_office", "source_headline", "source_date", "source_article")


def looks_like_ucdp(columns) -> bool:
    return all(c in columns for c in REQUIRED)


def read_frame(text: str | bytes, where: str = "<string>", *, encoding: str | None = None,
               delimiter: str | None = None, strict: bool = False
               ) -> tuple[pd.DataFrame, list[Problem]]:
    """The typed incident table of UCDP GED CSV text (or bytes), and every problem found.

    Options and rows outside the region as in :func:`.csv_acled.read_frame`.
    """
    import pandas as pd

    raw = raw_csv(text, where, REQUIRED, "UCDP GED",
                  "is this a GED CSV? (ACLED files: use 'import acled')", encoding, delimiter)
    raw, line_of, skipped = keep_inside(raw, line_finder(text), strict)
    n = len(raw)

    def col(name: str) -> pd.Series:
        return raw[name].astype(str).str.strip() if name in raw else \
            pd.Series([""] * n, index=raw.index)

    violence = col("type_of_violence").map(VIOLENCE)
    mapped = pd.DataFrame({
        "event_id_cnty": "ucdp-" + col("id"),
        "event_date": col("date_start").str.slice(0, 10),
        "date_end": col("date_end").str.slice(0, 10),
        "date_precision": col("date_prec").map(DATE_PRECISION).fillna(""),
        "event_type": [v[0] if isinstance(v, tuple) else "Battles" for v in violence],
        "sub_event_type": [v[1] if isinstance(v, tuple) else "Armed clash" for v in violence],
        "actor1": col("side_a"), "actor2": col("side_b"),
        "inter1": ["1" if a.startswith("Government of") else "" for a in col("side_a")],
        "inter2": ["1" if b.startswith("Government of") else "" for b in col("side_b")],
        "country": col("country"), "admin1": col("adm_1"), "admin2": col("adm_2"),
        "location": col("where_coordinates"), "latitude": col("latitude"),
        "longitude": col("longitude"),
        "geo_precision": col("where_prec").map(GEO_PRECISION).fillna("").astype(str),
        "fatalities": col("best"), "fatalities_low": col("low"),
        "fatalities_high": col("high"), "source": col("source_office"),
    }, index=raw.index)
    mapped["geo_precision"] = mapped["geo_precision"].str.replace(".0", "", regex=False)
    mapped["reports"] = [_report(r) for r in raw.to_dict("records")]
    extra = [c for c in raw.columns if c not in _MAPPED]
    for c in extra:
        mapped[c] = col(c)
    frame, problems = normalise_frame(mapped, where, line_of, id_prefix="ucdp")
    frame.attrs[SKIPPED_ATTR] = skipped
    frame.attrs[LINE_OF_ATTR] = line_of  # the kept rows' lines (see _geocode.link_places)
    return frame, problems


def _report(row: dict) -> str:
    claims = {}
    est = {k: int(float(row[k])) for k in ("low", "best", "high")
           if str(row.get(k, "")).strip() not in ("", "nan")}
    if est:
        claims["fatalities"] = est
    rep = {"outlet": row.get("source_office") or "UCDP GED"}
    if row.get("source_headline"):
        rep["title"] = row["source_headline"]
    date = str(row.get("source_date") or "")[:10]
    if date:
        rep["date"] = date
    if claims:
        rep["claims"] = claims
    if row.get("source_article"):
        rep["note"] = row["source_article"]
    return json.dumps([rep], ensure_ascii=False, separators=(",", ":"))


def read(src: str | Path, gazetteer: Gazetteer | None = None,
         **options) -> list[Incident]:
    """Incidents of a UCDP GED CSV file or spreadsheet (``-``: stdin); ``IncidentsError``
    lists problems.

    With a ``gazetteer``, rows are linked to the places their location names (the rule of
    :func:`~._geocode.link_places`); a row without coordinates then keeps only the place.
    ``options`` are those of :func:`read_frame` (encoding, delimiter, strict).
    """
    data, where = read_table_bytes(src)
    frame, problems = read_frame(data, where, **options)
    problems = link_rows(frame, problems, data, where, gazetteer)
    if problems:
        raise IncidentsError(problems)
    return frame_to_incidents(frame, SOURCE)
