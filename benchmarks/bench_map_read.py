"""The reading step of ``make map`` (incidents/ -> map features): derived once vs the double
derivation it replaced, each in a fresh process, interleaved, best and median of 7.

The baseline is the old path rebuilt from today's functions: YAML -> ``derive`` (gazetteer
and ``attach``) -> table -> ``derive_frame`` (geocode and ``attach`` again) -> incidents ->
``derive(attach=False)`` -> features. Ours: ``formats.read.read_incidents`` -> features.
Both must give the same features (exit 1 otherwise); the figure is our time as a share of
the baseline's. Most of either is the one-off cost of loading the gazetteer and building
the border indexes, which both pay once: the second derivation itself costs little.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 7

_COMMON = """
import json, sys, time
t0 = time.perf_counter()
from geoconflict.gazetteer.index import default_gazetteer
from geoconflict.maps.from_incidents import incident_features
gaz = default_gazetteer()
"""
OURS = _COMMON + """
from geoconflict.formats.read import read_incidents
feats = incident_features(read_incidents("incidents/", gaz))
"""
BASELINE = _COMMON + """
from geoconflict.formats._derive import derive_frame
from geoconflict.formats._table import frame_to_incidents, incidents_to_frame
from geoconflict.incidents.derive import derive
from geoconflict.incidents.load import load_incidents
frame = derive_frame(incidents_to_frame(load_incidents(["incidents/"], gazetteer=gaz)), gaz)
feats = incident_features(derive(frame_to_incidents(frame), gaz, attach=False))
"""
_END = """
print(json.dumps({"s": time.perf_counter() - t0, "features": feats}, sort_keys=True))
"""


def _run(code: str) -> tuple[float, str]:
    out = subprocess.run([sys.executable, "-c", code + _END], capture_output=True, text=True,
                         check=True, cwd=ROOT).stdout
    got = json.loads(out)
    return got["s"], json.dumps(got["features"], sort_keys=True)


def main() -> int:
    times: dict[str, list[float]] = {"baseline": [], "ours": []}
    results = set()
    for _ in range(RUNS):
        for name, code in (("baseline", BASELINE), ("ours", OURS)):
            s, feats = _run(code)
            times[name].append(s)
            results.add(feats)
    for v in times.values():
        v.sort()
    best = {k: v[0] for k, v in times.items()}
    med = {k: v[len(v) // 2] for k, v in times.items()}
    print(f"map reading step, incidents/ ({RUNS} fresh processes each, interleaved; "
          "wall clock on a shared machine)")
    for k in times:
        print(f"  {k:8s} best {best[k]:.2f} s, median {med[k]:.2f} s")
    print(f"  ours / baseline: best {best['ours'] / best['baseline']:.2f}, "
          f"median {med['ours'] / med['baseline']:.2f}")
    same = len(results) == 1
    print(f"  same features: {'yes' if same else 'NO'}")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
