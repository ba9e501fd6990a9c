"""Map test data: the hand-written fixtures in tests/fixtures/maps/ and a synthetic generator.

``synthetic_incidents(n)`` makes n reproducible incidents of the input contract
(``geoconflict.maps``) inside the Fergana valley, for the browser tests and
``benchmarks/bench_maps.py``. They are not real events.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "maps"

EVENT_TYPES = ["Battles", "Violence against civilians", "Explosions/Remote violence", "Riots",
               "Protests", "Strategic developments"]
OUTLETS = ["24.kg", "Asia-Plus", "RFE/RL", "Kun.uz", "Trend", "AKIpress", "Eurasianet"]
ACTORS = ["Military Forces of Kyrgyzstan", "Military Forces of Tajikistan",
          "Border Service of Uzbekistan", "Civilians (Kyrgyzstan)", "Civilians (Tajikistan)",
          "Rioters (Kyrgyzstan)", "Rioters (Tajikistan)"]
SEGMENTS = ["kg-tj-golovnoy", "kg-tj-vorukh", "kg-tj-leilek", "kg-uz-kempirabad", "kg-uz-osh"]


def load_fixture(name: str) -> dict:
    """One of incidents, segments, outlines, enclaves (a FeatureCollection dict)."""
    return json.loads((FIXTURES / f"{name}.geojson").read_text(encoding="utf-8"))


def synthetic_incidents(n: int, seed: int = 7, stops_every: int = 0) -> dict:
    """n reproducible synthetic incidents (FeatureCollection); every ``stops_every``-th
    one is a three-stop raid when ``stops_every`` > 0."""
    rnd = random.Random(seed)
    feats = []
    day0 = date(2010, 1, 1)
    for k in range(n):
        lon, lat = round(rnd.uniform(69.3, 73.3), 5), round(rnd.uniform(39.8, 41.2), 5)
        start = day0 + timedelta(days=rnd.randrange(0, 15 * 365))
        end = start + timedelta(days=rnd.choice([0, 0, 0, 1, 2, 3]))
        best = rnd.choice([0, 0, 0, 0, 1, 1, 2, 3, 5, 8, 13, 30])
        low, high = max(0, best - rnd.randrange(0, 3)), best + rnd.randrange(0, 4)
        reports = []
        for r in range(rnd.choice([1, 1, 2, 3])):
            claim = best if r == 0 or rnd.random() < 0.7 else high
            reports.append({"outlet": rnd.choice(OUTLETS),
                            "title": f"Border incident report {k}-{r}",
                            "date": (end + timedelta(days=r)).isoformat(),
                            "url": f"https://example.org/news/{k}/{r}",
                            "claims": {"fatalities": claim}})
        props = {"id": f"syn-{k:06d}", "title": f"Synthetic incident {k} near the border",
                 "date_start": start.isoformat(), "date_end": end.isoformat(),
                 "date_precision": "day", "event_type": rnd.choice(EVENT_TYPES),
                 "sub_event_type": "Armed clash",
                 "actors": rnd.sample(ACTORS, 2),
                 "fatalities": {"low": low, "best": best, "high": high},
                 "injured": {"low": 0, "best": rnd.randrange(0, 20), "high": None},
                 "reports": reports, "border_segment": rnd.choice(SEGMENTS),
                 "segment_status": "disputed", "country": rnd.choice(["KG", "TJ", "UZ"])}
        if stops_every and k % stops_every == 0:
            props["stops"] = [{"name": f"Post {k}-{s}", "lon": round(lon + 0.02 * s, 5),
                               "lat": round(lat + 0.01 * s, 5), "time": None,
                               "role": ["start", "via", "end"][s]} for s in range(3)]
        feats.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
                      "properties": props})
    return {"type": "FeatureCollection", "features": feats}


def page_blocks(page: str) -> dict[str, object]:
    """The data blocks of a rendered map page, decoded: ``{"IncidentLayer": {...}, ...}``."""
    import re

    from geoconflict.maps.compact import decode_block

    out: dict[str, object] = {}
    names = {"incident_layer": "IncidentLayer", "segment_layer": "SegmentLayer",
             "outline_layer": "OutlineLayer", "enclave_layer": "EnclaveLayer",
             "town_layer": "TownLayer"}
    for m in re.finditer(r'<script type="application/octet-stream" id="(\w+?)_[0-9a-f]{32}_'
                         r'(data|detail)">([A-Za-z0-9+/=]*)</script>', page):
        name, block = names.get(m.group(1), m.group(1)), decode_block(m.group(3))
        if m.group(2) == "detail":
            out[name].update(block)
        else:
            out[name] = block
    return out


def _chromium_mark():
    import pytest

    from geoconflict._headless import find_chromium

    return pytest.mark.skipif(
        find_chromium() is None,
        reason="chromium not installed (make test installs Debian chromium as root via apt)")


#: Marks a browser test module: skipped, with the reason, where chromium is missing.
NEEDS_CHROMIUM = _chromium_mark()


def _browser():
    import pytest

    from geoconflict._headless import BrowserUnavailable, Chromium

    @pytest.fixture(scope="module")
    def browser():
        """One headless Chromium (1280x900, network blocked) for a test module."""
        try:
            br = Chromium(width=1280, height=900)
        except BrowserUnavailable as exc:  # pragma: no cover - depends on the machine
            pytest.skip(f"chromium unusable: {exc}")
        yield br
        br.close()

    return browser


browser = _browser()
