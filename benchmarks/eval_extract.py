"""Evaluate ``geoconflict extract`` on the seed articles against the hand-written answer key.

Prints place precision/recall (a place counts when its resolved coordinate lies within
5 km of an answer), incident date accuracy and killed/injured number accuracy, plus a
check of the merge of the two 2006 articles and how many extracted incidents match no
incident of the key. Key and extracted incidents are paired one to one, best fit first
(same kind required; then shared places, shared figures, same year): a key incident with
no extracted incident of its kind counts as a wrong date and missing numbers. Skips
(exit 0) when the seeds are absent.

    python benchmarks/eval_extract.py [--seeds DIR] [--key FILE] [-v]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from geoconflict.extract.pipeline import extract_articles, read_article
from geoconflict.gazetteer.index import Gazetteer, haversine_km
from geoconflict.gazetteer.places import load_places

ROOT = Path(__file__).resolve().parents[1]
KEY = ROOT / "tests" / "eval" / "seeds_answer_key.yaml"
SEEDS = ROOT.parent / "shared" / "seeds"
RADIUS_KM = 5.0
TARGETS = {"place recall": 0.95, "place precision": 0.90, "incident dates": 0.90,
           "killed/injured numbers": 0.90}


def _near(gaz: Gazetteer, a: str, b: str) -> bool:
    pa, pb = gaz.get(a), gaz.get(b)
    return haversine_km(pa.lat, pa.lon, pb.lat, pb.lon) <= RADIUS_KM


def _date_ok(key_inc: dict, d: dict) -> bool:
    """The extracted first day (and last, when the key gives one) at the key's precision."""
    def same(key_date, got: str | None, start: bool) -> bool:
        key_date, got = str(key_date), got or ""
        if len(key_date) == 10:
            return got == key_date
        if len(key_date) == 7:
            return got[:7] == key_date and (not start or d.get("date_precision") != "year")
        return got[:4] == key_date

    ok = same(key_inc["date"], d.get("date_start"), True)
    if "date_end" in key_inc:
        ok = ok and same(key_inc["date_end"], d.get("date_end"), False)
    return ok


def _figures(d: dict, role: str) -> set[int]:
    out = set()
    for rep in d.get("reports", []):
        for f in rep.get("claims", {}).get("figures", []):
            if f["role"] == role:
                out.add(f["value"])
    return out


def kind_of(d: dict) -> str:
    """The kind of an extracted incident, from its ACLED type."""
    if d.get("event_type") == "Strategic developments":
        return "agreement" if d.get("sub_event_type") == "Agreement" else "other"
    return "protest" if d.get("event_type") == "Protests" else "violence"


def _score(gaz: Gazetteer, key_inc: dict, d: dict) -> float:
    """How well an extracted incident fits a key incident: 2 per key place found near one
    of its places, 1 per killed/injured figure it has, 1 when its date falls in the key's
    year; 0 when the kinds differ (a ceasefire is no match for the clashes)."""
    if kind_of(d) != key_inc.get("kind", "violence"):
        return 0.0
    ids = [s["place"] for s in d.get("locations", [])]
    score = 2.0 * sum(any(_near(gaz, k, i) for i in ids) for k in key_inc.get("places", []))
    for role in ("killed", "injured"):
        score += len(set(key_inc.get(role, [])) & _figures(d, role))
    score += (d.get("date_start") or "")[:4] == str(key_inc["date"])[:4]
    return score + 0.5  # the kind alone makes a weak match


def _match(gaz: Gazetteer, key_incs: list[dict], drafts: list[dict]) -> list[dict | None]:
    """One extracted incident per key incident at most, best-fitting pairs first."""
    pairs = sorted(((_score(gaz, k, d), -ki, -di) for ki, k in enumerate(key_incs)
                    for di, d in enumerate(drafts)), reverse=True)
    out: list[dict | None] = [None] * len(key_incs)
    used: set[int] = set()
    for score, ki, di in pairs:
        if score > 0 and out[-ki] is None and -di not in used:
            out[-ki] = drafts[-di]
            used.add(-di)
    return out


class _Tally:
    """The running counts of the evaluation over the seed articles. (No dataclass: the
    tests load this script without registering it as a module.)"""

    def __init__(self) -> None:
        self.tp_places = 0       # extracted places near a key place
        self.n_extracted = 0     # extracted places
        self.found_key = 0       # key places found
        self.n_key = 0           # key places
        self.dates_ok = 0
        self.n_dates = 0         # key incidents
        self.nums_ok = 0
        self.n_nums = 0          # key killed/injured figures
        self.drafts_matched = 0
        self.n_drafts = 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=Path, default=SEEDS)
    ap.add_argument("--key", type=Path, default=KEY)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    if not args.seeds.is_dir():
        print(f"eval skipped: no seed articles at {args.seeds}")
        return 0
    key = yaml.safe_load(args.key.read_text(encoding="utf-8"))
    gaz = Gazetteer(load_places())
    docs = {}
    for name, spec in key["articles"].items():
        path = args.seeds / name
        if not path.exists():
            print(f"eval skipped: {path} missing")
            return 0
        docs[name] = read_article(path.read_text(encoding="utf-8"), name, spec.get("published"))

    t = _Tally()
    for name, spec in key["articles"].items():
        ex = extract_articles([docs[name]], gaz, merge=False)
        _eval_places(gaz, name, spec, ex.articles[0], t)
        _eval_incidents(gaz, spec, ex, t, args.verbose)
        if args.verbose:
            for w in ex.warnings:
                print(f"    warning: {w}")

    merges_ok, merge_lines = _check_merges(key.get("merge", []), docs, gaz)
    print()
    for line in merge_lines:
        print(line)
    print()
    failed = _print_figures(t)
    print(f"{'merge of 2006 articles':24s} {'ok' if merges_ok else 'FAILED'}")
    print(f"{'incidents found':24s} {t.drafts_matched}/{t.n_dates} key incidents matched; "
          f"{t.n_drafts - t.drafts_matched} of {t.n_drafts} extracted incidents match none "
          "(no target)")
    return 1 if failed or not merges_ok else 0


def _eval_places(gaz: Gazetteer, name: str, spec: dict, art, t: _Tally) -> None:
    """Count and print an article's places found and correct, and each missed or wrong."""
    got = sorted({m.place.id for m in art.mentions if m.place is not None})
    want = spec["places"]
    correct = [g for g in got if any(_near(gaz, g, w) for w in want)]
    found = [w for w in want if any(_near(gaz, g, w) for g in got)]
    t.tp_places += len(correct)
    t.n_extracted += len(got)
    t.found_key += len(found)
    t.n_key += len(want)
    print(f"{name}: places {len(found)}/{len(want)} found, {len(correct)}/{len(got)} "
          "correct")
    for w in want:
        if w not in found:
            print(f"    missed   {w}")
    for g in got:
        if g not in correct:
            print(f"    wrong    {g}")


def _eval_incidents(gaz: Gazetteer, spec: dict, ex, t: _Tally, verbose: bool) -> None:
    """Pair an article's key incidents with its drafts; count and print each one's date
    and figures, and the drafts that match none."""
    key_incs = spec.get("incidents", [])
    matched = _match(gaz, key_incs, ex.drafts)
    t.n_drafts += len(ex.drafts)
    t.drafts_matched += sum(d is not None for d in matched)
    for ki, d in zip(key_incs, matched, strict=True):
        t.n_dates += 1
        ok = d is not None and _date_ok(ki, d)
        t.dates_ok += ok
        got_date = (f"{d['date_start']}..{d['date_end']} ({d['date_precision']})" if d
                    else "no incident")
        want = ki["date"] if "date_end" not in ki else f"{ki['date']}..{ki['date_end']}"
        print(f"    incident {ki['name']}: date {want} → {got_date} "
              f"{'ok' if ok else 'WRONG'}")
        for role in ("killed", "injured"):
            have = _figures(d, role) if d else set()
            for v in ki.get(role, []):
                t.n_nums += 1
                t.nums_ok += v in have
                if v not in have or verbose:
                    print(f"      {role} {v}: {'found' if v in have else 'NOT FOUND'}")
    for d in ex.drafts:
        if d not in matched:
            print(f"    extra    {d['id']} {d['event_type']} / {d['sub_event_type']}")


def _print_figures(t: _Tally) -> bool:
    """Print each figure against its target; whether any is below it."""
    figures = {
        "place recall": t.found_key / t.n_key if t.n_key else 1.0,
        "place precision": t.tp_places / t.n_extracted if t.n_extracted else 1.0,
        "incident dates": t.dates_ok / t.n_dates if t.n_dates else 1.0,
        "killed/injured numbers": t.nums_ok / t.n_nums if t.n_nums else 1.0,
    }
    counts = {"place recall": f"{t.found_key}/{t.n_key}",
              "place precision": f"{t.tp_places}/{t.n_extracted}",
              "incident dates": f"{t.dates_ok}/{t.n_dates}",
              "killed/injured numbers": f"{t.nums_ok}/{t.n_nums}"}
    failed = False
    for name, value in figures.items():
        target = TARGETS[name]
        mark = "ok" if value >= target else "BELOW TARGET"
        failed |= value < target
        print(f"{name:24s} {value:6.1%}  ({counts[name]}; target ≥ {target:.0%})  {mark}")
    return failed


def _check_merges(specs: list[dict], docs: dict, gaz: Gazetteer) -> tuple[bool, list[str]]:
    ok, lines = True, []
    for spec in specs:
        ex = extract_articles([docs[a] for a in spec["articles"]], gaz)
        both = [d for d in ex.drafts if {r.get("file") for r in d["reports"]}
                >= set(spec["articles"])]
        dated = [d for d in both if d["date_start"] == str(spec["date"])]
        if not dated:
            lines.append(f"merge: no incident of {spec['date']} holds all of "
                         f"{', '.join(spec['articles'])}")
            ok = False
            continue
        d = dated[0]
        reps = d["reports"]
        weapons = [sorted({w["count"] for w in r.get("claims", {}).get("weapons", [])})
                   for r in reps]
        names = [" / ".join(r.get("claims", {}).get("place_names", [])) for r in reps]
        lines.append(f"merge: {len(reps)} reports in one incident ({d['date_start']}); "
                     f"weapons per report {weapons}; place names per report {names}")
        wanted_w = spec.get("weapons", [])
        per_report_w = [set(w) for w in weapons]
        if not all(any(v in s for s in per_report_w) for v in wanted_w) or \
                len({frozenset(s) for s in per_report_w}) < 2:
            ok = False
            lines.append("merge: the reports' own weapon counts were not kept apart")
        for sp in spec.get("spellings", []):
            if not any(sp in n for n in names):
                ok = False
                lines.append(f"merge: spelling {sp!r} lost")
    return ok, lines


if __name__ == "__main__":
    sys.exit(main())
