"""Still map speed, size and scale-bar accuracy, printed as the figures of issue #13.

- the default map (the shipped incidents and borders, as `make map` draws it) as an A4
  PNG at 200 dpi: <= 3 s (CPU time of this process, data loading counted apart, as in
  bench_maps.py), and the same map as PDF and SVG;
- 100,000 synthetic incidents (crowded cells as hexagons): <= 15 s to a PNG;
- the scale bar: its length against the geodesic distance it claims, at the map's
  centre and corners, and what a bar on unprojected lon/lat axes would be off by;
- the same input written twice gives the same bytes (PNG, SVG, PDF).

Exits 1 when a target is missed. The machine may be shared: CPU time is quoted because
wall time swings with other jobs.
"""

from __future__ import annotations

import gc
import math
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from maps_fixtures import synthetic_incidents  # noqa: E402

from geoconflict.maps.still import build_still, save_still  # noqa: E402
from geoconflict.maps.still.project import Projection  # noqa: E402

MISSES: list[str] = []


def check(ok: bool, label: str) -> str:
    if not ok:
        MISSES.append(label)
    return "ok" if ok else "MISSED"


def timed(fn, *args, **kw):
    gc.collect()
    t0, w0 = time.process_time(), time.perf_counter()
    out = fn(*args, **kw)
    return out, time.process_time() - t0, time.perf_counter() - w0


def draw_and_save(fc, layers, path, **kw):
    fig = build_still(fc, **layers, **kw)
    save_still(fig, path)
    return fig


def cli_run(out: Path) -> tuple[float, float]:
    """CPU (user + system) and wall seconds of one ``geoconflict map`` process."""
    exe = Path(sys.executable).with_name("geoconflict")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    w0 = time.perf_counter()
    subprocess.run([str(exe), "map", str(ROOT / "incidents"), "-o", str(out), "--at",
                    "2026-01-01"], check=True, capture_output=True)
    wall = time.perf_counter() - w0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def scale_bar_figures(fig) -> None:
    """The bar's claimed length vs the geodesic of that many projected metres."""
    bar = next(a for a in fig.map_ax.artists if a.get_gid() == "scale-bar")
    info = bar.info
    proj = fig.projection
    (x0, x1), (y0, y1) = fig.map_ax.get_xlim(), fig.map_ax.get_ylim()
    worst = 0.0
    for label, (x, y) in (("centre", ((x0 + x1) / 2, (y0 + y1) / 2)), ("SW corner", (x0, y0)),
                          ("NE corner", (x1 - info.length_px, y1))):
        (lon0, lon1), (lat0, lat1) = proj.lonlat([x, x + info.length_px], [y, y])
        km = Projection.geodesic_m(lon0, lat0, lon1, lat1) / 1000
        err = (km - info.value) / info.value * 100
        worst = max(worst, abs(err))
        print(f"  scale bar {info.scale_text} at the {label} ({lat0:.1f}° N): the bar spans "
              f"{km:.2f} km ({err:+.2f} %)")
    print(f"  worst {worst:.2f} % [<= 0.5 %: {check(worst <= 0.5, 'scale bar')}]")
    lat = float(proj.lonlat((x0 + x1) / 2, (y0 + y1) / 2)[1])
    off = (1 - math.cos(math.radians(lat))) * 100
    print(f"  (on lon/lat axes one bar cannot hold: at {lat:.1f}° N a degree east is "
          f"{off:.0f} % shorter than a degree north)")


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="bench-still-"))
    from geoconflict.incidents.load import load_incidents
    from geoconflict.maps.from_incidents import border_layers, incident_features

    (incidents, layers), t_load, _ = timed(
        lambda: (incident_features(load_incidents()), border_layers(date(2026, 1, 1))))
    print(f"default map ({len(incidents['features'])} curated incidents, "
          f"{len(layers['segments']['features'])} segments; loading them: {t_load:.2f} s CPU)")
    draw_and_save(incidents, layers, tmp / "warm.png", at="2026-01-01")   # imports, fonts
    fig, cpu, wall = timed(draw_and_save, incidents, layers, tmp / "default.png",
                           at="2026-01-01")
    size = (tmp / "default.png").stat().st_size
    print(f"  A4 PNG at 200 dpi: {cpu:.2f} s CPU (wall {wall:.2f} s), {size / 1e6:.2f} MB "
          f"[<= 3 s: {check(cpu <= 3, 'default map time')}]; {fig.stats['towns_placed']} town "
          f"labels placed, {fig.stats['towns_skipped']} left out for lack of room")
    cpu, wall = cli_run(tmp / "cli.png")
    print(f"  the whole command (geoconflict map incidents/ -o map.png: start-up, imports, "
          f"reading and deriving the incidents): {cpu:.2f} s CPU (wall {wall:.2f} s)")
    for ext in ("pdf", "svg"):
        _, cpu, _ = timed(draw_and_save, incidents, layers, tmp / f"default.{ext}",
                          at="2026-01-01")
        print(f"  A4 {ext.upper()}: {cpu:.2f} s CPU, "
              f"{(tmp / f'default.{ext}').stat().st_size / 1e6:.2f} MB")
    same = []
    for ext in ("png", "svg", "pdf"):
        draw_and_save(incidents, layers, tmp / f"again.{ext}", at="2026-01-01")
        same.append((tmp / f"again.{ext}").read_bytes() == (tmp / f"default.{ext}").read_bytes())
    print(f"  written twice, byte-identical: PNG {same[0]}, SVG {same[1]}, PDF {same[2]} "
          f"[{check(all(same), 'byte identity')}]")
    scale_bar_figures(fig)

    n = 100_000
    fc = synthetic_incidents(n, stops_every=5000)
    print(f"\n{n:,} synthetic incidents (crowded cells as hexagons)")
    fig, cpu, wall = timed(draw_and_save, fc, {}, tmp / "100k.png", at="2021-06-01")
    st = fig.stats
    print(f"  A4 PNG at 200 dpi: {cpu:.2f} s CPU (wall {wall:.2f} s), "
          f"{(tmp / '100k.png').stat().st_size / 1e6:.2f} MB [<= 15 s: "
          f"{check(cpu <= 15, '100k time')}]; {st['in_hexes']:,} incidents in {st['hexes']} "
          f"hexagons, {n - st['in_hexes']:,} as markers, {st['raids']} raid paths")
    _, cpu, _ = timed(draw_and_save, fc, {}, tmp / "100k.pdf", at="2021-06-01")
    print(f"  A4 PDF: {cpu:.2f} s CPU, {(tmp / '100k.pdf').stat().st_size / 1e6:.2f} MB")
    for p in tmp.iterdir():
        p.unlink()
    tmp.rmdir()
    if MISSES:
        print(f"\nMISSED: {', '.join(MISSES)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
