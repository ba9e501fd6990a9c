"""Shared fixtures: the shipped gazetteer and a small hand-made one."""

from __future__ import annotations

from pathlib import Path

import pytest

from geoconflict.gazetteer.index import Gazetteer, default_gazetteer
from geoconflict.gazetteer.places import Place

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def by_type(drafts: list[dict]) -> dict[str, list[dict]]:
    """Drafts grouped by their ACLED sub-event type."""
    out: dict[str, list[dict]] = {}
    for d in drafts:
        out.setdefault(d["sub_event_type"], []).append(d)
    return out


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    return default_gazetteer()


def make_place(pid: str, name: str, lat: float, lon: float, country: str = "KG",
               kind: str = "village", aliases: tuple[str, ...] = (), **kw) -> Place:
    return Place(id=pid, name=name, lat=lat, lon=lon, country=country, admin1="Batken",
                 kind=kind, source="test fixture", aliases=aliases, **kw)


@pytest.fixture()
def small_gaz() -> Gazetteer:
    """Two same-named villages far apart, a Cyrillic alias and a GeoNames-only town."""
    return Gazetteer([
        make_place("kg-dostuk-batken", "Dostuk", 39.95, 70.55, admin2="Batken"),
        make_place("kg-dostuk-leilek", "Dostuk", 40.05, 69.60, admin2="Leilek"),
        make_place("kg-isfana", "Isfana", 39.84, 69.53, kind="town", aliases=("Исфана",)),
        make_place("kg-batken", "Batken", 40.06, 70.82, kind="town"),
        make_place("tj-vorukh", "Vorukh", 39.853, 70.577, country="TJ", kind="enclave",
                   aliases=("Ворух", "Woruch")),
        make_place("gn-1", "Vorukh", 39.85, 70.58, country="TJ", origin="geonames"),
    ])


def pytest_sessionstart(session):
    """``make test`` requires the browser: without it, fail with the reason, never skip."""
    import os

    if os.environ.get("GEOCONFLICT_BROWSER") != "required":
        return
    from geoconflict._headless import find_chromium

    if find_chromium() is None:
        pytest.exit("chromium is not installed, so the browser tests cannot run; "
                    "run tests/ensure_debian.sh as make test does, or apt-get install chromium",
                    returncode=1)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Under ``make test`` a browser test that cannot start chromium, the QGIS test without
    QGIS, or the ogrinfo test without GDAL's tools, fails: never skips."""
    import os

    outcome = yield
    report = outcome.get_result()
    if not report.skipped:
        return
    why = str(report.longrepr).lower()
    for env, word in (("GEOCONFLICT_BROWSER", "chromium"), ("GEOCONFLICT_QGIS", "qgis"),
                      ("GEOCONFLICT_GDAL", "ogrinfo")):
        if os.environ.get(env) == "required" and word in why:
            report.outcome = "failed"
            report.longrepr = f"{word} test could not run: {report.longrepr}"


#: Run by QGIS's own Python (python3-qgis) from test_gis_exports, not collected by pytest.
collect_ignore = ["qgis/read_styles.py"]
