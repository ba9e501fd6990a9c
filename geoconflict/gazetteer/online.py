"""Opt-in online fallback: any geopy geocoder, rate-limited and cached on disk.

Nothing here runs unless asked for (``--online`` on the CLI); tests never reach the network.
"""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path

from geopy.geocoders.base import DEFAULT_SENTINEL, Geocoder
from geopy.location import Location
from geopy.point import Point

from .._io import write_text_atomic

__all__ = ["CachedGeocoder", "cached_nominatim", "default_cache_path"]


def default_cache_path() -> Path:
    """``$XDG_CACHE_HOME/geoconflict/online-geocoder.json`` (``~/.cache`` by default)."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "geoconflict" / "online-geocoder.json"


class CachedGeocoder(Geocoder):
    """Wrap a geopy geocoder: answers are cached in a JSON file, calls are spaced out.

    Parameters
    ----------
    inner
        The geocoder that does the work (e.g. ``geopy.geocoders.Nominatim``).
    cache_path
        JSON file of past answers, keyed by the service name and query.
    min_delay_seconds
        Least time between two calls to ``inner`` (Nominatim's policy: 1 s).
    """

    def __init__(self, inner: Geocoder, *, cache_path: Path | None = None,
                 min_delay_seconds: float = 1.0):
        super().__init__()
        self.inner = inner
        self.cache_path = Path(cache_path or default_cache_path())
        self.min_delay_seconds = min_delay_seconds
        self._last_call = 0.0
        self._lock = threading.Lock()
        try:
            self._cache = json.loads(self.cache_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self._cache = {}

    def geocode(self, query, *, exactly_one=True, timeout=DEFAULT_SENTINEL):
        key = f"{type(self.inner).__name__}|{query}|{int(bool(exactly_one))}"
        if key not in self._cache:
            self._wait()
            result = self.inner.geocode(query, exactly_one=exactly_one)
            self._cache[key] = _dump(result)
            self._save()
        return _load(self._cache[key], exactly_one)

    def _wait(self) -> None:
        with self._lock:
            pause = self._last_call + self.min_delay_seconds - time.monotonic()
            if pause > 0:
                time.sleep(pause)
            self._last_call = time.monotonic()

    def _save(self) -> None:
        write_text_atomic(self.cache_path,
                          json.dumps(self._cache, ensure_ascii=False, sort_keys=True))


def _dump(result) -> list | None:
    if result is None:
        return None
    items = result if isinstance(result, list) else [result]
    return [[loc.address, loc.latitude, loc.longitude, loc.raw] for loc in items]


def _load(cached, exactly_one):
    if not cached:
        return None
    locations = [Location(a, Point(lat, lon), raw) for a, lat, lon, raw in cached]
    return locations[0] if exactly_one else locations


def cached_nominatim(user_agent: str = "geoconflict", **kwargs) -> CachedGeocoder:
    """Nominatim (OpenStreetMap) behind the disk cache and a 1 s rate limit."""
    from geopy.geocoders import Nominatim

    return CachedGeocoder(Nominatim(user_agent=user_agent), **kwargs)
