"""The package installs as a real wheel that carries its data and works from anywhere.

The wheel is built once and installed once into a throw-away venv for the whole module.
"""

import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    # No isolation: the build backend comes from our venv, so no download is needed.
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation",
                    "--outdir", str(out), str(REPO)], check=True, capture_output=True)
    (whl,) = out.glob("geoconflict-*.whl")
    return whl


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A venv holding only the wheel; dependencies come from the test venv's site-packages."""
    env_dir = tmp_path_factory.mktemp("venv")
    venv.create(env_dir, with_pip=False)
    py = env_dir / "bin" / "python"
    site = subprocess.run([py, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          check=True, capture_output=True, text=True).stdout.strip()
    subprocess.run([sys.executable, "-m", "pip", "--python", str(py), "install", "--no-deps",
                    "--no-index", "--quiet", str(wheel)], check=True)
    # The test venv's editable finder for the repo is not loaded, so only the wheel answers.
    Path(site, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return env_dir


def test_wheel_carries_the_gazetteer_and_the_map_runtime(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "geoconflict/gazetteer_data/geonames_kg_tj_uz.json" in names
    assert any(n.startswith("geoconflict/gazetteer_data/places/") and n.endswith(".yaml")
               for n in names)
    assert "geoconflict/maps/assets/geoconflict-map.js" in names
    assert "geoconflict/maps/assets/geoconflict-map.css" in names
    assert "geoconflict/incidents/schema.json" in names
    assert not any(n.startswith("tests/") for n in names)


def test_installed_wheel_geocodes_from_another_directory(installed, tmp_path):
    run = subprocess.run([installed / "bin" / "geoconflict", "geocode", "Vorukh", "--json"],
                         cwd=tmp_path, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert '"country": "TJ"' in run.stdout
    where = subprocess.run([installed / "bin" / "python", "-c",
                            "import geoconflict; print(geoconflict.__file__)"],
                           cwd=tmp_path, capture_output=True, text=True, check=True).stdout
    assert where.startswith(str(installed))


def test_installed_wheel_draws_a_self_contained_map(installed, tmp_path):
    src = REPO / "tests" / "fixtures" / "maps" / "incidents.geojson"
    run = subprocess.run([installed / "bin" / "geoconflict", "map", str(src), "--at",
                          "2021-06-01", "-o", "map.html"], cwd=tmp_path, capture_output=True,
                         text=True)
    assert run.returncode == 0, run.stderr
    page = (tmp_path / "map.html").read_text(encoding="utf-8")
    assert "Leaflet 1.9.3" in page and "GC.incidentLayer" in page and "<script src" not in page


def test_wheel_carries_every_package_of_the_tree(wheel):
    """A new subpackage missing from pyproject's package list would be left out silently."""
    names = set(zipfile.ZipFile(wheel).namelist())
    on_disk = {str(p.relative_to(REPO)) for p in (REPO / "geoconflict").rglob("__init__.py")}
    assert on_disk and on_disk <= names, sorted(on_disk - names)
