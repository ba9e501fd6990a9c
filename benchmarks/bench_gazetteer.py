"""Gazetteer lookup speed and CLI start-up, printed as the figures of issue #2.

exact lookups/s (target >= 200,000), fuzzy lookups of misspelt names/s (>= 5,000),
`geoconflict geocode Vorukh` wall time as a multiple of `python -c pass` (<= 12x).
"""

from __future__ import annotations

import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from geoconflict.gazetteer.index import default_gazetteer
from geoconflict.gazetteer.names import exact_key


def misspell(name: str, rng: random.Random) -> str:
    """One typo: drop, swap or replace a letter inside the name."""
    i = rng.randrange(1, max(2, len(name) - 1))
    op = rng.choice(("drop", "swap", "replace"))
    if op == "drop":
        return name[:i] + name[i + 1:]
    if op == "swap" and i + 1 < len(name):
        return name[:i] + name[i + 1] + name[i] + name[i + 2:]
    return name[:i] + rng.choice("aeiou") + name[i + 1:]


def rate(fn, items, repeat=3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for item in items:
            fn(item)
        best = min(best, time.perf_counter() - start)
    return len(items) / best


def wall(cmd: list[str], runs: int = 15) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, cwd="/")
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    gaz = default_gazetteer()
    names = [n for p in gaz.places for n in p.names]
    rng = random.Random(42)
    known = {exact_key(n) for n in names}
    typos = [t for t in (misspell(n, rng) for n in names if len(n) >= 5)
             if exact_key(t) not in known]
    exact_rate = rate(lambda n: gaz.lookup(n, limit=1), names * 20)
    # The same names as users type them: other case, spaces for hyphens, no diacritics.
    retyped = [n.upper().replace("-", " ") for n in names]
    retyped_rate = rate(lambda n: gaz.lookup(n, limit=1), retyped * 5)
    fuzzy_rate = rate(lambda n: gaz.lookup(n, limit=1), typos)
    found = sum(bool(gaz.lookup(t, limit=1)) for t in typos) / len(typos)
    print(f"gazetteer: {len(gaz)} places, {len(names)} names and aliases")
    print(f"exact lookups: {exact_rate:,.0f} names/s (target >= 200,000)")
    print(f"exact lookups, names retyped (case, separators): {retyped_rate:,.0f} names/s")
    print(f"fuzzy lookups of {len(typos)} misspelt names: {fuzzy_rate:,.0f} names/s "
          f"(target >= 5,000); {found:.1%} of them found a candidate")

    exe = shutil.which("geoconflict", path=str(Path(sys.executable).parent))
    base = wall([sys.executable, "-c", "pass"])
    ours = wall([exe, "geocode", "Vorukh"])
    print(f"startup: python -c pass {base * 1000:.1f} ms; geoconflict geocode Vorukh "
          f"{ours * 1000:.1f} ms = {ours / base:.1f}x (target <= 12x)")
    ok = min(exact_rate, retyped_rate) >= 200_000 and fuzzy_rate >= 5_000 and ours / base <= 12
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
