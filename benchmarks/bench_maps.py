"""The email budget of a map (issues #5, #12): file size, its size as a base64 attachment,
build time and first render in headless Chromium (network blocked).

- the default map (``make map``): <= 1 MB;
- 10,000 synthetic incidents: <= 1.5 MB; our one-layer map vs the plain-folium way (one
  ``folium.CircleMarker`` with a ``folium.Popup`` per incident), built in the same run
  (CPU time of this process): ours must be >= 5x faster and >= 2x smaller;
- 100,000 incidents of a synthetic ACLED CSV through ``geoconflict map``: <= 10 MB with every
  popup, build <= 5 s (wall, the whole command; its CPU time is printed beside), first render
  <= 1.5 s; then where the command's time goes, step by step in one process;
- 100,000 synthetic incidents with 1-3 reports each: size and first render.

The machine may be shared: wall times swing, CPU times less. Browser figures are skipped,
with a note, where chromium is not installed. Exits 1 when a target is missed.
"""

from __future__ import annotations

import gc
import html
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import folium

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_import_export import make_csv  # noqa: E402
from maps_fixtures import synthetic_incidents  # noqa: E402

from geoconflict._headless import BrowserUnavailable, Chromium  # noqa: E402
from geoconflict.maps.build import build_map, email_size, render_html  # noqa: E402

MISSES: list[str] = []


def check(ok: bool, label: str) -> str:
    if not ok:
        MISSES.append(label)
    return "ok" if ok else "MISSED"


def mb(n: int) -> str:
    return f"{n / 1e6:.2f} MB"


def lbh(v) -> str:
    if not v:
        return "unknown"
    return "–".join("?" if v.get(k) is None else str(v.get(k)) for k in ("low", "best", "high"))


def plain_folium_popup(p: dict) -> str:
    """The same facts our popup shows, as escaped HTML (what a careful folium user writes)."""
    e = html.escape
    reps = "".join(
        f"<li><b>{e(r['outlet'])}</b> {e(r['date'])} — <a href=\"{e(r['url'])}\" "
        f"target=\"_blank\">{e(r['title'])}</a><br>"
        + "; ".join(f"{e(k)}: {e(str(v))}" for k, v in r["claims"].items()) + "</li>"
        for r in p["reports"])
    return (f"<h3>{e(p['title'])}</h3><div>{e(p['date_start'])} – {e(p['date_end'])} "
            f"({e(p['date_precision'])})</div><table><tr><th>Type</th><td>"
            f"{e(p['event_type'])} / {e(p['sub_event_type'])}</td></tr><tr><th>Actors</th><td>"
            f"{e('; '.join(p['actors']))}</td></tr><tr><th>Fatalities</th><td>"
            f"{lbh(p['fatalities'])}</td></tr><tr><th>Injured</th><td>{lbh(p['injured'])}"
            f"</td></tr></table><ul>{reps}</ul>")


def plain_folium(fc: dict) -> str:
    """The baseline: one folium.CircleMarker with a folium.Popup per incident."""
    m = folium.Map(location=[40.4, 71.3], zoom_start=8)
    for f in fc["features"]:
        lon, lat = f["geometry"]["coordinates"]
        p = f["properties"]
        folium.CircleMarker([lat, lon], radius=max(4, 3 * p["fatalities"]["best"] ** 0.5),
                            color="#333", fill=True, fill_opacity=0.7,
                            popup=folium.Popup(plain_folium_popup(p), max_width=380)).add_to(m)
    return m.get_root().render()


def ours(fc: dict, **kw) -> str:
    return render_html(build_map(fc, towns=[], at="2021-06-01", **kw))


def timed(fn, *args, **kw):
    """Result and CPU seconds of this process (the machine is shared with other jobs,
    so wall time swings; CPU time of a single-threaded build does not)."""
    gc.collect()  # start each run without the previous run's garbage
    t0 = time.process_time()
    out = fn(*args, **kw)
    return out, time.process_time() - t0


def browser_render(path: Path, timeout: float = 180, popup: str | None = None,
                   runs: int = 3) -> dict | None:
    """The browser's figures of the page, from the run with the earliest first frame of
    ``runs`` fresh browsers (the machine is shared: a single run measures its neighbours);
    ``frames`` lists every run's first frame."""
    got = [_render_once(path, timeout, popup) for _ in range(runs)]
    if None in got:
        return None
    best = min(got, key=lambda b: b["ready_ms"])
    return {**best, "frames": [b["ready_ms"] for b in got],
            "failed": sum(b["failed"] for b in got), "errors": sum(b["errors"] for b in got)}


def _render_once(path: Path, timeout: float, popup: str | None) -> dict | None:
    try:
        with Chromium(width=1280, height=900, timeout=timeout) as br:
            wall = br.open(path, timeout=timeout)
            br.drain(0.2)
            out = {"ready_ms": br.evaluate("GC.readyAt"), "wall_s": wall,
                   "items": br.evaluate("GC.items.length"),
                   "marks": br.evaluate("GC.drawnMarks().reduce((s, m) => s + m.n, 0)"),
                   "failed": len(br.failed) + len(br.external_requests()),
                   "errors": len(br.exceptions)}
            if popup:
                out["popup"] = br.evaluate(f"(GC.openIncident({popup}) || {{}}).textContent || ''")
            return out
    except BrowserUnavailable as exc:
        print(f"  (browser figures skipped: {exc})")
        return None


def sizes(label: str, n_bytes: int, limit: int | None = None) -> None:
    mail = email_size(n_bytes)
    verdict = f" [<= {mb(limit)}: {check(n_bytes <= limit, label)}]" if limit else ""
    print(f"  file {mb(n_bytes)}, as a base64 attachment {mb(mail)}{verdict}")


def render_line(b: dict | None, limit_ms: float | None, label: str) -> None:
    if not b:
        return
    verdict = f" [<= {limit_ms:.0f} ms: {check(b['ready_ms'] <= limit_ms, label)}]" \
        if limit_ms else ""
    runs = ", ".join(f"{ms:.0f}" for ms in b["frames"])
    print(f"  headless Chromium: first frame {b['ready_ms']:.0f} ms{verdict} (best of {runs} ms; "
          f"all popups read: "
          f"wall {b['wall_s']:.2f} s), {b['items']:,} incidents, {b['marks']:,} in marks on "
          f"screen, {b['failed']} failed requests, {b['errors']} JS errors")
    check(b["failed"] == 0 and b["errors"] == 0, f"{label}: requests/errors")


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="bench-maps-"))
    _default_map(tmp)
    _vs_plain_folium(tmp, 10_000)
    _acled_command(tmp, 100_000)
    _synthetic(tmp, 100_000)
    for p in tmp.iterdir():
        p.unlink()
    tmp.rmdir()
    if MISSES:
        print(f"\nMISSED: {', '.join(MISSES)}")
        return 1
    return 0


def _default_map(tmp: Path) -> None:
    """The map of ``make map``: build time, size, first render."""
    from geoconflict.incidents.load import load_incidents
    from geoconflict.maps.from_incidents import border_layers, incident_features

    incidents = incident_features(load_incidents())
    layers = border_layers(date(2026, 1, 1))
    print(f"default map (make map: {len(incidents['features'])} curated incidents, "
          f"{len(layers['segments']['features'])} border segments, outlines, enclaves)")
    page, secs = timed(lambda: render_html(build_map(incidents, at="2026-01-01", **layers)))
    (tmp / "default.html").write_text(page, encoding="utf-8")
    print(f"  build+render {secs:.2f} s CPU")
    sizes("default map size", len(page.encode()), 1_000_000)
    render_line(browser_render(tmp / "default.html"), 2000, "default first render")


def _vs_plain_folium(tmp: Path, n: int) -> None:
    """``n`` synthetic incidents, our map against the plain-folium way in the same run."""
    fc = synthetic_incidents(n)
    print(f"\n{n:,} synthetic incidents, same run")
    base, t_base = timed(plain_folium, fc)
    mine, t_mine = timed(ours, fc)
    s_base, s_mine = len(base.encode()), len(mine.encode())
    print(f"  plain folium (CircleMarker + Popup each, CDN links): {t_base:6.2f} s CPU  "
          f"{mb(s_base)}")
    print(f"  geoconflict (one layer, self-contained):             {t_mine:6.2f} s CPU  "
          f"{mb(s_mine)}")
    speed, small = t_base / t_mine, s_base / s_mine
    print(f"  -> {speed:.1f}x faster [>= 5x: {check(speed >= 5, '10k speed')}], "
          f"{small:.1f}x smaller [>= 2x: {check(small >= 2, '10k size')}]")
    sizes("10k size", s_mine, 1_500_000)
    (tmp / "10k.html").write_text(mine, encoding="utf-8")
    render_line(browser_render(tmp / "10k.html"), None, "10k render")


def _acled_command(tmp: Path, n: int) -> None:
    """``geoconflict map`` of a synthetic ACLED CSV of ``n`` incidents: the whole command
    (best of 3), size, first render and popup, then its steps in one process."""
    csv = tmp / "acled.csv"
    make_csv(csv, n)
    out = tmp / "acled.html"
    print(f"\n{n:,} incidents of a synthetic ACLED CSV ({mb(csv.stat().st_size)}): "
          "geoconflict map export.csv")
    runs = []                       # (wall, CPU) of 3 runs: the machine is shared
    for _ in range(3):
        out.unlink(missing_ok=True)
        t0, c0 = time.perf_counter(), _child_cpu()
        res = subprocess.run([str(Path(sys.executable).parent / "geoconflict"), "map", str(csv),
                              "-o", str(out), "--at", "2026-01-01"], capture_output=True,
                             text=True)
        runs.append((time.perf_counter() - t0, _child_cpu() - c0))
        if res.returncode or not out.exists():
            break
    if res.returncode or not out.exists():
        print(res.stderr)
        check(False, "100k ACLED map")
    else:
        wall, cpu = min(runs)
        print(f"  whole command {wall:.1f} s wall [<= 5 s: {check(wall <= 5, '100k build')}], "
              f"{cpu:.1f} s CPU (user+sys); best of "
              + ", ".join(f"{w:.1f} s ({c:.1f} CPU)" for w, c in runs))
        sizes("100k ACLED size", out.stat().st_size, 10_000_000)
        b = browser_render(out, popup="GC.items.length - 1")
        render_line(b, 1500, "100k first render")
        if b:
            ok = b["items"] == n and "Reports" in b["popup"]
            print(f"  popup of the last incident: {check(ok, '100k popups')}")
    res = subprocess.run([sys.executable, "-c", _MAP_PART, str(csv), str(tmp / "part.html")],
                         capture_output=True, text=True)
    if res.returncode == 0:
        print("  where the time goes (the command's steps in-process, wall / CPU): "
              + res.stdout.strip())


def _synthetic(tmp: Path, n: int) -> None:
    """``n`` synthetic incidents with 1-3 reports each: build time, size, first render."""
    fc = synthetic_incidents(n)
    print(f"\n{n:,} synthetic incidents (1-3 reports each, URLs, claims)")
    mine, t_mine = timed(ours, fc)
    print(f"  build+render {t_mine:.2f} s CPU")
    sizes("100k synthetic size", len(mine.encode()), 10_000_000)
    (tmp / "100k.html").write_text(mine, encoding="utf-8")
    render_line(browser_render(tmp / "100k.html"), None, "100k synthetic render")


_MAP_PART = r"""
import gc, sys, time
from pathlib import Path
from geoconflict.cli.options import keep_freed_memory
gc.disable()                        # as `geoconflict map` runs (cli.options.gc_paused)
keep_freed_memory()
def clock():
    return time.perf_counter(), time.process_time()
def took(a, b):
    return f"{b[0] - a[0]:.1f} / {b[1] - a[1]:.1f} s"
t0 = clock()
from geoconflict.formats.read import read_frame
from geoconflict.gazetteer.index import default_gazetteer
from geoconflict.maps.build import build_map, save_map
from geoconflict.maps.from_incidents import border_layers
from geoconflict.cli.map_cmd import table_items
t1 = clock()
gaz = default_gazetteer()
frame = read_frame([sys.argv[1]], gaz)
t2 = clock()
items = table_items(frame, gaz)
t3 = clock()
m = build_map({"type": "FeatureCollection", "features": items}, at="2026-01-01",
              **border_layers("2026-01-01"))
t4 = clock()
save_map(m, Path(sys.argv[2]))
t5 = clock()
print(f"imports {took(t0, t1)}; the CSV to a derived table (formats) {took(t1, t2)}; "
      f"the table to the map's records (maps.from_table) {took(t2, t3)}; the map built "
      f"(checks, filter, pack) {took(t3, t4)}; the page (JSON, deflate, HTML) written "
      f"{took(t4, t5)}")
"""


def _child_cpu() -> float:
    """User+sys CPU seconds of the finished child processes of this one."""
    use = resource.getrusage(resource.RUSAGE_CHILDREN)
    return use.ru_utime + use.ru_stime


if __name__ == "__main__":
    sys.exit(main())
