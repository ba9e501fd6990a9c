"""Print the mutation score of `make mutate` per module, after `mutmut run`.

Reads `mutmut results --all true` (one ``name: status`` line per mutant) and the list of
survivors judged equivalent (tests/mutation_equivalent.yaml: mutant name -> why no test
can tell it from the original). Score = killed / (mutants - equivalent). Lists every other
survivor, so each is one `mutmut show NAME` away. Exits 1 when the score is under the
target (85 %).

    python benchmarks/mutation_score.py [--target 0.85]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
EQUIVALENT = ROOT / "tests" / "mutation_equivalent.yaml"


def _module(name: str) -> str:
    """``geoconflict.borders.status.x_status_on__mutmut_3`` -> ``geoconflict.borders.status``."""
    head = name.split("__mutmut_")[0]
    parts = head.split(".")
    while parts and (parts[-1].startswith("x_") or parts[-1].startswith("xǁ")):
        parts.pop()
    return ".".join(parts)


def _results() -> dict[str, str]:
    mutmut = Path(sys.executable).with_name("mutmut")
    out = subprocess.run([str(mutmut), "results", "--all", "true"], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout
    rows = {}
    for line in out.splitlines():
        name, _, status = line.strip().rpartition(": ")
        if name:
            rows[name] = status
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--target", type=float, default=0.85)
    args = ap.parse_args(argv)
    rows = _results()
    if not rows:
        print("no mutants: run `mutmut run` first (make mutate)")
        return 1
    equivalent = yaml.safe_load(EQUIVALENT.read_text(encoding="utf-8")) or {}
    per: dict[str, Counter] = defaultdict(Counter)
    survivors = []
    for name, status in sorted(rows.items()):
        mod = _module(name)
        if status == "survived" and name in equivalent:
            per[mod]["equivalent"] += 1
        else:
            per[mod][status] += 1
            if status != "killed":
                survivors.append((name, status))
    stale = sorted(n for n in equivalent if rows.get(n) != "survived")
    total = Counter()
    print(f"{'module':40} {'mutants':>7} {'killed':>7} {'equiv.':>7} {'score':>7}")
    for mod, c in sorted(per.items()):
        total.update(c)
        n = sum(c.values()) - c["equivalent"]
        print(f"{mod:40} {sum(c.values()):7} {c['killed']:7} {c['equivalent']:7} "
              f"{c['killed'] / n if n else 1:7.1%}")
    n = sum(total.values()) - total["equivalent"]
    score = total["killed"] / n if n else 1.0
    print(f"{'all':40} {sum(total.values()):7} {total['killed']:7} {total['equivalent']:7} "
          f"{score:7.1%}  (target {args.target:.0%})")
    for name, status in survivors:
        print(f"  {status}: {name}")
    for name in stale:
        print(f"  listed as equivalent but not a survivor now: {name}")
    return 0 if score >= args.target else 1


if __name__ == "__main__":
    sys.exit(main())
