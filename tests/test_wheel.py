"""The package installs as a real wheel that carries its data and works from anywhere."""

import subprocess
import sys
import sysconfig
import venv
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


def test_wheel_carries_the_gazetteer(wheel):
    import zipfile

    names = zipfile.ZipFile(wheel).namelist()
    assert "geoconflict/gazetteer_data/geonames_kg_tj_uz.json" in names
    assert any(n.startswith("geoconflict/gazetteer_data/places/") and n.endswith(".yaml")
               for n in names)
    assert not any(n.startswith("tests/") for n in names)


def test_installed_wheel_geocodes_from_another_directory(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    py = env_dir / "bin" / "python"
    site = subprocess.run([py, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          check=True, capture_output=True, text=True).stdout.strip()
    subprocess.run([sys.executable, "-m", "pip", "--python", str(py), "install", "--no-deps",
                    "--no-index", "--quiet", str(wheel)], check=True)
    # Dependencies (click, geopy, ...) come from the test venv's site-packages; its
    # editable finder for the repo is not loaded, so only the wheel can answer.
    Path(site, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    run = subprocess.run([env_dir / "bin" / "geoconflict", "geocode", "Vorukh", "--json"],
                         cwd=elsewhere, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert '"country": "TJ"' in run.stdout
    where = subprocess.run([py, "-c", "import geoconflict; print(geoconflict.__file__)"],
                           cwd=elsewhere, capture_output=True, text=True, check=True).stdout
    assert where.startswith(str(env_dir))


def test_installed_wheel_draws_a_self_contained_map(wheel, tmp_path):
    import zipfile

    names = zipfile.ZipFile(wheel).namelist()
    assert "geoconflict/maps/assets/geoconflict-map.js" in names
    assert "geoconflict/maps/assets/geoconflict-map.css" in names
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    py = env_dir / "bin" / "python"
    site = subprocess.run([py, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          check=True, capture_output=True, text=True).stdout.strip()
    subprocess.run([sys.executable, "-m", "pip", "--python", str(py), "install", "--no-deps",
                    "--no-index", "--quiet", str(wheel)], check=True)
    Path(site, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    src = REPO / "tests" / "fixtures" / "maps" / "incidents.geojson"
    run = subprocess.run([env_dir / "bin" / "geoconflict", "map", str(src), "--at", "2021-06-01",
                          "-o", "map.html"], cwd=tmp_path, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    page = (tmp_path / "map.html").read_text(encoding="utf-8")
    assert "Leaflet 1.9.3" in page and "GC.incidentLayer" in page and "<script src" not in page
