"""Robustness of extraction to the way text reaches us: the corpus articles rewritten as
pages and editors hand them over (CRLF line ends, a byte-order mark, no-break spaces,
Unicode hyphens, curly quotes, HTML entities, indented lines) must give the drafts of the
originals (their dates, types and stops). Prints, per rewriting, how many articles differ
(target 0). Reads ../shared/corpus/{en,ru}; skips with a message when it is absent.
"""

from __future__ import annotations

import sys
from pathlib import Path

from geoconflict.extract.pipeline import extract_articles, read_article
from geoconflict.gazetteer import default_gazetteer

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def _body(t: str, fn) -> str:
    """``fn`` applied to the text after the two header lines (date, source)."""
    head, _, body = t.partition("\n")
    src, _, body = body.partition("\n")
    return f"{head}\n{src}\n{fn(body)}"


def _curly(t: str) -> str:
    """Straight quotes as a word processor writes them: “…” in turn, ’ for apostrophes."""
    parts = t.replace("'", "\u2019").split('"')
    return "".join(p + ("\u201c" if i % 2 == 0 else "\u201d") for i, p in enumerate(parts[:-1])) \
        + parts[-1]


REWRITES = {
    "CRLF line ends": lambda t: t.replace("\n", "\r\n"),
    "byte-order mark": lambda t: "\ufeff" + t,
    "no-break spaces": lambda t: t.replace(" ", "\u00a0"),
    "no-break spaces in the body": lambda t: _body(t, lambda b: b.replace(" ", "\u00a0")),
    "Unicode hyphens": lambda t: _body(t, lambda b: b.replace("-", "\u2011")),
    "curly quotes": lambda t: _curly(t),
    "HTML entities": lambda t: t.replace('"', "&quot;"),
    "indented lines": lambda t: t.replace("\n", "\n\t"),
}


def summary(text: str, name: str, gaz) -> list:
    ex = extract_articles([read_article(text, name)], gaz, merge=False)
    return sorted((d.get("date_start") or "", d.get("date_end") or "", d.get("sub_event_type"),
                   tuple(s["place"] for s in d.get("locations", []))) for d in ex.drafts)


def main() -> int:
    files = sorted(CORPUS.glob("en/articles/*.txt")) + sorted(CORPUS.glob("ru/articles/*.txt"))
    if not files:
        print(f"skipped: no corpus at {CORPUS}")
        return 0
    gaz = default_gazetteer()
    bad = dict.fromkeys(REWRITES, 0)
    for f in files:
        text = f.read_text(encoding="utf-8")
        base = summary(text, f.name, gaz)
        for label, rewrite in REWRITES.items():
            bad[label] += summary(rewrite(text), f.name, gaz) != base
    status = 0
    for label, n in bad.items():
        print(f"{label:28} {n:3d} of {len(files)} articles give other drafts"
              f"{'  ok' if n == 0 else '  BELOW TARGET'}")
        status |= n != 0
    return status


if __name__ == "__main__":
    sys.exit(main())
