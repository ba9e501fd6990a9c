"""Print the mutation score of `make mutate` per module, after `mutmut run`.

Reads `mutmut results --all true` (one ``name: status`` line per mutant) and the survivors
judged equivalent (tests/mutation_equivalent.yaml: mutant name -> ``why`` no test can tell
it from the original, and ``line``, the mutated line as `mutmut show` prints it). A mutant's
number moves when its function changes, so an entry counts only while the mutant of that
name still changes that line; otherwise it is reported as stale. Score = killed / (mutants -
equivalent). Lists every other survivor, so each is one `mutmut show NAME` away. Exits 1
when the score is under the target (85 %).

    python benchmarks/mutation_score.py [--target 0.85] [--retry TEST_FILE ...]

``--retry`` runs each survivor against the test files given (tests left out of the mutmut
selection, say) and prints which of them kill it.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import os
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
MUTANTS = ROOT / "mutants"
EQUIVALENT = ROOT / "tests" / "mutation_equivalent.yaml"


def _split(name: str) -> tuple[str, str, str]:
    """``geoconflict.borders.status.x_status_on__mutmut_3`` ->
    (``geoconflict.borders.status``, ``x_status_on``, ``3``)."""
    head, _, num = name.partition("__mutmut_")
    parts = head.split(".")
    while parts and (parts[-1].startswith("x_") or parts[-1].startswith("xǁ")):
        func = parts.pop()
    return ".".join(parts), func, num


def _module(name: str) -> str:
    return _split(name)[0]


def _functions(module: str, cache: dict) -> dict[str, list[str]]:
    if module not in cache:
        path = MUTANTS / (module.replace(".", "/") + ".py")
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        lines = text.splitlines()
        tree = ast.parse(text).body
        nodes = [n for c in tree if isinstance(c, ast.ClassDef) for n in c.body] + tree
        cache[module] = {n.name: lines[n.lineno - 1:n.end_lineno]
                         for n in nodes if isinstance(n, ast.FunctionDef)}
    return cache[module]


def mutated_lines(name: str, cache: dict) -> list[str]:
    """The lines the mutant ``name`` puts in place of the original's (stripped)."""
    module, func, num = _split(name)
    funcs = _functions(module, cache)
    orig, mut = funcs.get(f"{func}__mutmut_orig"), funcs.get(f"{func}__mutmut_{num}")
    if orig is None or mut is None:
        return []
    return [line[1:].strip() for line in difflib.unified_diff(orig[1:], mut[1:], lineterm="",
                                                               n=0)
            if line.startswith("+") and not line.startswith("+++")]


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


def _retry(survivors: list[str], tests: list[str]) -> None:
    """Run each survivor against ``tests`` in mutants/ (MUTANT_UNDER_TEST picks it)."""
    for name in survivors:
        env = dict(os.environ, MUTANT_UNDER_TEST=name, PY_IGNORE_IMPORTMISMATCH="1")
        r = subprocess.run([sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider",
                            "-o", "addopts=", *tests], cwd=MUTANTS, env=env,
                           capture_output=True, text=True)
        print(f"  {'killed by the retried tests' if r.returncode else 'still survives'}: {name}",
              flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--target", type=float, default=0.85)
    ap.add_argument("--retry", nargs="+", metavar="TEST_FILE", default=None)
    args = ap.parse_args(argv)
    rows = _results()
    if not rows:
        print("no mutants: run `mutmut run` first (make mutate)")
        return 1
    listed = yaml.safe_load(EQUIVALENT.read_text(encoding="utf-8")) or {}
    cache: dict = {}
    equivalent = {n for n, e in listed.items() if rows.get(n) == "survived"
                  and e["line"].strip() in mutated_lines(n, cache)}
    per: dict[str, Counter] = defaultdict(Counter)
    survivors = []
    for name, status in sorted(rows.items()):
        mod = _module(name)
        if name in equivalent:
            per[mod]["equivalent"] += 1
        else:
            per[mod][status] += 1
            if status != "killed":
                survivors.append((name, status))
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
    for name in sorted(set(listed) - equivalent):
        print(f"  listed as equivalent but stale (not a survivor, or another line): {name}")
    if args.retry:
        _retry([n for n, s in survivors if s == "survived"], args.retry)
    return 0 if score >= args.target else 1


if __name__ == "__main__":
    sys.exit(main())
