"""Geocoding of imported rows: link a row's ``location`` to the gazetteer place it names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._acled_codes import COUNTRY_CODES
from ._normalise import RECORDS_ATTR

if TYPE_CHECKING:
    import pandas as pd

    from ..gazetteer.index import Gazetteer


def geocode_frame(frame: pd.DataFrame, gazetteer: Gazetteer, max_km: float = 10.0
                  ) -> pd.DataFrame:
    """Link rows without a ``place`` to the gazetteer place their ``location`` names.

    Each distinct (location, country) is looked up once (exact and variant spellings,
    no fuzzy matching). A row with coordinates takes the place only when it lies within
    ``max_km`` of them; a row without coordinates takes the place's coordinates.
    """
    import numpy as np
    import pandas as pd

    need = frame["place"].isna() & frame["location"].notna()
    if not need.any():
        return frame
    codes = frame["country"].fillna("").astype(str).str.casefold().map(COUNTRY_CODES)
    # each distinct (location, country code) once: row -> pair number, pair -> place
    pair, pairs = pd.MultiIndex.from_arrays(
        [frame.loc[need, "location"].astype(str), codes[need].fillna("")]).factorize()
    found = [None] + [hits[0].place if (hits := gazetteer.lookup(
        loc, country=cc or None, limit=1, fuzzy=False)) else None for loc, cc in pairs]
    places = np.array(found, dtype=object)[pair + 1]
    plat = np.array([p.lat if p else np.nan for p in found])[pair + 1]
    plon = np.array([p.lon if p else np.nan for p in found])[pair + 1]
    lat = frame.loc[need, "latitude"].to_numpy(dtype="float64")
    lon = frame.loc[need, "longitude"].to_numpy(dtype="float64")
    dist = _haversine(lat, lon, plat, plon)
    take = ~np.isnan(plat) & (np.isnan(lat) | (dist <= max_km))
    idx = frame.index[need][take]
    frame.loc[idx, "place"] = [p.id for p in places[take]]
    fill = take & np.isnan(lat)
    fidx = frame.index[need][fill]
    if len(fidx):
        frame.loc[fidx, "latitude"] = plat[fill]
        frame.loc[fidx, "longitude"] = plon[fill]
    return frame


def _haversine(lat1, lon1, lat2, lon2):
    import numpy as np

    p1, p2 = np.radians(lat1), np.radians(lat2)
    a = np.sin((p2 - p1) / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(
        np.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * np.arcsin(np.minimum(1.0, np.sqrt(a)))


def link_places(frame: pd.DataFrame, text: str | bytes, where: str, gazetteer: Gazetteer
                ) -> list:
    """:func:`geocode_frame`, then a problem (with "did you mean") for each row left with
    neither coordinates nor a place: the one rule of ``import`` and ``export`` by name.

    Names are taken only as written or as a spelling variant, never as a fuzzy guess.
    """
    from ..incidents._checker import Problem
    from ._normalise import line_finder

    # rows left out by the reader (a regional export's other countries) shift the lines
    records, line_in_file = frame.attrs.pop(RECORDS_ATTR, None), line_finder(text)

    def line_of(i: int) -> int:
        return line_in_file(records[i] if records else i)

    geocode_frame(frame, gazetteer)
    lost = frame["latitude"].isna() & frame["place"].isna() & frame["location"].notna()
    problems = []
    for i in lost.to_numpy().nonzero()[0]:
        name = frame["location"].iloc[i]
        close = gazetteer.suggest(str(name))
        hint = f"did you mean {', '.join(close)}? " if close else ""
        problems.append(Problem(where, line_of(int(i)), "location",
                                f"{name!r} is not a gazetteer name — {hint}give latitude/"
                                "longitude or a name the gazetteer knows"))
    return problems


def link_rows(frame: pd.DataFrame, problems: list, data: str | bytes, where: str,
              gazetteer: Gazetteer | None) -> list:
    """Problems of an imported table once its rows are linked to the places they name.

    A row with coordinates keeps them; a row without keeps only the place it names (its
    point is the gazetteer's, derived later). No linking without a gazetteer or when the
    table already has problems.
    """
    if gazetteer is None or problems:
        frame.attrs.pop(RECORDS_ATTR, None)
        return problems
    had = frame["latitude"].notna()
    problems = link_places(frame, data, where, gazetteer)
    frame.loc[~had, ["latitude", "longitude"]] = float("nan")
    return problems
