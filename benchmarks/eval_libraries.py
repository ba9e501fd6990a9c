"""Measure libraries against our own code on the corpus's dev split (issue #10).

Sentence splitting: our splitter, pysbd and syntok, each put in the place of ours in the
whole pipeline; prints the dev figures of ``eval_corpus`` with each, and the time to split
the dev articles (best of five). Number words: our ``parse_number``, word2number and
number-parser on every figure the dev key writes out in words (``as_written``); prints how
many each reads right and the time per call. Libraries not installed are skipped; the
corpus absent, the script skips (exit 0).

    python benchmarks/eval_libraries.py [--corpus DIR]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus_key import load_key  # noqa: E402
from eval_corpus import CORPUS, evaluate  # noqa: E402

from geoconflict.extract._text import Document  # noqa: E402
from geoconflict.extract.numbers import parse_number  # noqa: E402
from geoconflict.gazetteer import default_gazetteer  # noqa: E402

FIGURES = ("incidents found", "places found", "stops right", "dates right", "figures, role",
           "figures, side", "death totals", "injured totals")


def _pysbd_doc():
    import pysbd

    seg = pysbd.Segmenter(language="en", clean=False, char_span=True)

    class PysbdDocument(Document):
        def split_line(self, line: str) -> list[int]:
            return [span.end for span in seg.segment(line)][:-1]

    return PysbdDocument


def _syntok_doc():
    from syntok import segmenter

    class SyntokDocument(Document):
        def split_line(self, line: str) -> list[int]:
            ends = [sent[-1].offset + len(sent[-1].value)
                    for para in segmenter.analyze(line) for sent in para if sent]
            return ends[:-1]

    return SyntokDocument


def _splitters() -> dict[str, type[Document]]:
    out: dict[str, type[Document]] = {"ours": Document}
    for name, make in (("pysbd", _pysbd_doc), ("syntok", _syntok_doc)):
        try:
            out[name] = make()
        except ImportError:
            print(f"{name}: not installed, skipped")
    return out


def _number_readers() -> dict:
    out = {"ours": parse_number}
    try:
        from word2number import w2n

        out["word2number"] = w2n.word_to_num
    except ImportError:
        print("word2number: not installed, skipped")
    try:
        import number_parser

        out["number-parser"] = number_parser.parse_number
    except ImportError:
        print("number-parser: not installed, skipped")
    return out


def splitting(corpus: Path, key, gaz) -> None:
    texts = [a.path.read_text(encoding="utf-8") for a in key if a.split == "dev"]
    print(f"== sentence splitting, {corpus.name} dev ({len(texts)} articles)")
    print(f"{'splitter':10s} {'ms/article':>10s} {'sentences':>9s}  " + "  ".join(FIGURES))
    for name, cls in _splitters().items():
        best, n = float("inf"), 0
        for _ in range(5):
            start = time.process_time()
            n = sum(len(cls(t).sentences) for t in texts)
            best = min(best, time.process_time() - start)
        t = evaluate(key, gaz, make_doc=lambda text, file, cls=cls: cls(text, file),
                     splits=("dev",))["dev"]
        # (a figure with nothing to count, "injured totals" of a set with no injured: n/a)
        rates = "  ".join(("n/a" if t.rate(f) is None else f"{t.rate(f):.0%}").rjust(len(f))
                          for f in FIGURES)
        print(f"{name:10s} {best / len(texts) * 1000:10.2f} {n:9d}  {rates}")


def numbers(corpus: Path) -> None:
    raw = yaml.safe_load((corpus / "annotations.yaml").read_text(encoding="utf-8"))
    cases = []
    for a in raw["articles"]:
        if a.get("split") != "dev":
            continue
        for inc in a.get("incidents", []):
            for role in ("killed", "injured", "detained", "evacuated"):
                for f in inc.get(role) or []:
                    w = f.get("as_written") if isinstance(f, dict) else None
                    if w and f.get("value") is not None and not str(w).isdigit():
                        cases.append((str(w), int(f["value"])))
    print(f"\n== number words, {corpus.name} dev ({len(cases)} figures written out in words)")
    for name, read in _number_readers().items():
        right = 0
        start = time.process_time()
        for _ in range(20):
            right = 0
            for text, value in cases:
                try:
                    right += read(text) == value
                except (ValueError, TypeError, IndexError):
                    pass
        per = (time.process_time() - start) / (20 * max(1, len(cases)))
        print(f"{name:14s} {right}/{len(cases)} read right, {per * 1e6:.1f} µs per call")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args(argv)
    if not (args.corpus / "annotations.yaml").is_file():
        print(f"library eval skipped: no annotated corpus at {args.corpus}")
        return 0
    gaz = default_gazetteer()
    key = load_key(args.corpus, gaz)
    splitting(args.corpus, key, gaz)
    numbers(args.corpus)
    return 0


if __name__ == "__main__":
    sys.exit(main())
