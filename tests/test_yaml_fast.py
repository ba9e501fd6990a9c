"""The fast YAML writer of incidents gives PyYAML's text, byte for byte, for any data of
that shape: strings of every kind (quotes, line breaks, ': ', dates, numbers, Cyrillic,
long ones that fold), nested mappings and lists, empty ones, numbers and null."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from geoconflict._io import _pyyaml_text
from geoconflict._yaml_fast import _unsafe, dump_list
from geoconflict.incidents.load import curated_dir, dump_incidents, load_incidents


def pyyaml(data) -> str:
    """What PyYAML itself writes with the project's one dumper (geoconflict._io)."""
    return _pyyaml_text(data)


_WORDS = st.sampled_from(["Vorukh", "Ворух", "2021-04-29", "13", "yes", "null", "a: b", "#x",
                          "- x", "'q'", '"dq"', "it's", "x\ny", "\n", "\n\n", "  ", "", "~", "3.5",
                          "near the post,", "(2020-)", "24.kg;", "x #y", "- ", "…", "\t",
                          "0123", "089", "0", "1700000000", "KGZ12", "Osh", "Yes", "no",
                          "Off", "a_b", "Ак-Сай", "x:", "_x", "e.g.", "x/y", "(a) b;"])
_TEXT = (st.lists(_WORDS, max_size=40).map(" ".join) | st.lists(_WORDS, max_size=40).map("".join)
         | st.text(max_size=250))
_SCALAR = _TEXT | st.integers() | st.floats(allow_nan=False) | st.none() | st.booleans()
_KEYS = st.sampled_from(["id", "notes", "role", "tj-vorukh", "low", "time_note"])
_VALUE = st.recursive(_SCALAR, lambda inner: st.lists(
    _SCALAR | st.dictionaries(_KEYS, inner, max_size=3), max_size=3) |
    st.dictionaries(_KEYS, inner, max_size=4), max_leaves=12)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.dictionaries(_KEYS, _VALUE, min_size=1, max_size=6), min_size=1,
                max_size=3))
def test_same_text_as_pyyaml(items):
    assert dump_list(items) == pyyaml(items)


def test_curated_incidents_dump_as_pyyaml_dumps_them():
    incs = load_incidents([curated_dir()], attach=False)
    assert dump_incidents(incs) == pyyaml([i.to_dict() for i in incs])


def test_minus_zero_after_zero_keeps_its_sign():
    # a cache of written entries once answered -0.0 with 0.0's text (they compare equal)
    items = [{"lat": 0.0}, {"lat": -0.0}, {"lat": -0.0}]
    assert dump_list(items) == pyyaml(items) == "- lat: 0.0\n- lat: -0.0\n- lat: -0.0\n"


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["a", "bb", "ccc", "d'e", " ", "  ", "\n", "\n\n", "x" * 30]),
                min_size=1, max_size=80).map("".join),
       st.sampled_from(["id", "notes", "a" * 40, "time_note"]))
def test_long_text_folds_where_pyyaml_folds(text, key):
    # texts past the width, with single and double spaces, quotes and line feeds near the fold
    items = [{key: text}, {key: [text, {key: text}]}]
    assert dump_list(items) == pyyaml(items)


#: The rule as one regular expression, as the writer once held it (the reference).
_ONE_PATTERN = re.compile("[^\x20-\x7e\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
                          "|[\u2028\u2029]"
                          r"|: |:\Z| #|\A[-?:](?: |\Z)|\A[#,\[\]{}&*!|>'\"%@`]|\A---|\A\.\.\.|\A |"
                          r" \Z")


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(["-", "?", ":", " ", "#", ",", "---", "...", "a", "'", "\u2028",
                                 "\t", "é", "\ufeff", "x: y", "]"]), min_size=1, max_size=6)
       .map("".join) | st.text(min_size=1, max_size=12))
def test_plain_scalar_rule_is_the_one_pattern(text):
    assert _unsafe(text) == (_ONE_PATTERN.search(text) is not None)
