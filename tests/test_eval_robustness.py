"""The robustness evaluation (benchmarks/eval_robustness.py) on a short text written here."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("eval_robustness",
                                              ROOT / "benchmarks" / "eval_robustness.py")
er = importlib.util.module_from_spec(spec)
spec.loader.exec_module(er)

TEXT = ('date 2021-05-04\nsource https://example.org/a\nOn Monday two border guards were '
        'killed near Ak-Sai, "the service" said.\n')


def test_curly_quotes_open_and_close_in_turn():
    assert er._curly('a "b" c "d" it\'s') == "a \u201cb\u201d c \u201cd\u201d it\u2019s"


def test_the_body_rewrite_leaves_the_header_lines():
    out = er._body(TEXT, str.upper)
    assert out.startswith("date 2021-05-04\nsource https://example.org/a\nON MONDAY")


def test_every_rewrite_of_a_short_report_gives_its_drafts(gaz):
    base = er.summary(TEXT, "a.txt", gaz)
    # Monday before Tuesday 4 May 2021; "killed" by guards with no other word: an armed clash
    assert base == [("2021-05-03", "2021-05-03", "Armed clash", ("kg-ak-sai",))]
    for label, rewrite in er.REWRITES.items():
        assert er.summary(rewrite(TEXT), "a.txt", gaz) == base, label
