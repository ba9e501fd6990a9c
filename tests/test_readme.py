"""Every line of the README's Python session runs, and says what the README says it does."""

from __future__ import annotations

import re
from pathlib import Path

import folium
import pytest

ROOT = Path(__file__).resolve().parent.parent


def _session() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Python"):text.index("## Data")]
    (code,) = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    return code


def test_readme_python_session_runs(tmp_path, monkeypatch):
    pytest.importorskip("mapclassify")       # GeoDataFrame.explore() needs it (extra: notebook)
    (tmp_path / "incidents").symlink_to(ROOT / "incidents")
    (tmp_path / "article.txt").write_text(
        "date 2022-09-20\nsource https://example.org/a\n\nFighting broke out near Vorukh on "
        "14 September; two border guards were killed.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    ns: dict = {}
    code = _session()
    assert code.count("\n") >= 12
    exec(compile(code, "README.md", "exec"), ns)
    assert len(ns["incidents"]) == len(ns["gdf"]) > 10
    assert len(ns["stops"]) >= len(ns["gdf"])
    assert isinstance(ns["m"], folium.Map)
    assert (tmp_path / "map.html").stat().st_size > 100_000
    assert (tmp_path / "incidents.gpkg").read_bytes()[:15] == b"SQLite format 3"
    assert ns["drafts"] and ns["drafts"][0]["locations"][0]["place"] == "tj-vorukh"


def test_readme_comments_tell_the_truth():
    import geoconflict as gc

    code = _session()
    assert "{'country': 'TJ', 'enclave': 'vorukh'}" in code
    assert gc.side_of(70.58, 39.85, at="2021-04-29") == {"country": "TJ", "enclave": "vorukh"}
    assert list(gc.geocode(["Vorukh", "Lyakkon", "Kara-Bag"])["match"]) == \
        ["exact", "exact", "fuzzy"]
    gdf = gc.to_geodataframe(gc.read("incidents/"))
    assert list(gc.attach(gdf).columns) == ["border_segment", "border_km", "side",
                                            "segment_status"]
