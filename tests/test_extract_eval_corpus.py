"""The corpus evaluation (benchmarks/eval_corpus.py) on a small corpus written here."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def _load(name: str):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


key_mod = _load("_corpus_key")
ev = _load("eval_corpus")

ARTICLE = ("date 2021-05-02\nsource https://example.org/a\n"
           "Yesterday two border guards were killed near the village of Ak-Sai.\n")


def _corpus(tmp_path: Path, lang: str, incidents: list[dict], **article) -> Path:
    d = tmp_path / lang
    (d / "articles").mkdir(parents=True)
    (d / "articles" / "01_made-up.txt").write_text(ARTICLE, encoding="utf-8")
    entry = {"file": "articles/01_made-up.txt", "split": "dev", "incidents": incidents,
             **article}
    (d / "annotations.yaml").write_text(yaml.safe_dump(
        {"schema_version": 1, "new_places": [], "articles": [entry]}), encoding="utf-8")
    return d


SHOOTING = {"id": "01-1", "type": "border_guard_shooting",
            "event_date": {"start": "2021-05-01", "end": "2021-05-01"},
            "location_place_ids": ["kg-ak-sai"],
            "killed": [{"value": 2, "side": "unstated"}], "injured": []}
CLOSURE = {"id": "01-2", "type": "border_closure", "background": True,
           "event_date": {"start": "2020", "end": None},
           "location_place_ids": ["kg-batken"], "killed": [], "injured": []}


def test_a_found_incident_counts_in_every_class(tmp_path, gaz):
    key = key_mod.load_key(_corpus(tmp_path, "en", [SHOOTING, CLOSURE]), gaz,
                           tmp_path / "none.yaml")
    t = ev.evaluate(key, gaz)["dev"]
    assert t.n["incidents found"] == [1, 2]
    assert t.n["places found"] == [1, 2]
    assert t.n["dates right"] == [1, 2]
    assert t.n["figures, role"] == [1, 1] and t.n["figures, side"] == [1, 1]
    assert t.n["death totals"] == [1, 1]
    assert t.n["extra drafts"] == [0, 1]
    assert any("01-2 (bg) incident: expected border_closure, got no draft" in m
               for m in t.misses)


def test_a_correction_in_the_repo_overrides_the_key(tmp_path, gaz):
    fix = tmp_path / "fix.yaml"
    fix.write_text(yaml.safe_dump([{"corpus": "en", "incident": "01-1",
                                    "field": "event_date.start", "value": "2021-04-30",
                                    "reason": "test"}]), encoding="utf-8")
    key = key_mod.load_key(_corpus(tmp_path, "en", [SHOOTING]), gaz, fix)
    assert key[0].incidents[0].start == "2021-04-30"
    assert ev.evaluate(key, gaz)["dev"].n["dates right"] == [0, 1]
    fix.write_text(yaml.safe_dump([{"corpus": "en", "incident": "09-9", "field": "x",
                                    "value": 1, "reason": "test"}]), encoding="utf-8")
    with pytest.raises(ValueError, match="no incident '09-9'"):
        key_mod.load_key(_corpus(tmp_path / "b", "en", [SHOOTING]), gaz, fix)


def test_the_russian_schema_reads_too(tmp_path, gaz):
    inc = dict(SHOOTING, noise_mentions=["kg-batken", "Душанбе (headline)"],
               killed_unquantified="words only")
    key = key_mod.load_key(_corpus(tmp_path, "ru", [inc], border="KG-TJ"), gaz,
                           tmp_path / "none.yaml")
    assert key[0].noise == ["kg-batken"]
    assert [(f.role, f.value, f.side) for f in key[0].incidents[0].figures] == [
        ("killed", 2, "")]


def test_totals_allowed_by_the_key():
    fig = key_mod.Figure
    k = key_mod.KeyIncident("1", "clash", False, None, None, [], [], [], [
        fig("killed", 49, ""), fig("killed", 34, "KG"), fig("killed", 15, "TJ"),
        fig("injured", 5, "KG"), fig("injured", 7, "KG"), fig("injured", 2, "TJ")])
    assert ev.allowed_totals(k, "killed") == {49}
    assert ev.allowed_totals(k, "injured") == {7, 9}


def test_dates_at_the_keys_precision():
    assert ev.date_ok("2014-01", "2014-01-20", "day", True)
    assert not ev.date_ok("2014-01", "2014-01-01", "year", True)
    assert ev.date_ok("2010", "2010-06-01", "month", True)
    assert not ev.date_ok("2021-04-28", "2021-04-26", "week", True)


def test_two_overlapping_drafts_pair_by_their_dates(gaz):
    # one arrest on 10 February, six others since 1 February: both drafts overlap both
    # key incidents; each key takes the draft whose dates are its own
    k = key_mod.KeyIncident
    keys = [k("1", "detention", False, "2015-02-10", "2015-02-10", ["kg-batken"], [], []),
            k("2", "detention", False, "2015-02-01", "2015-02-10", [], [], [])]
    drafts = [{"id": "a", "date_start": "2015-02-01", "date_end": "2015-02-10",
               "date_precision": "day", "locations": [{"place": "kg-batken"}]},
              {"id": "b", "date_start": "2015-02-10", "date_end": "2015-02-10",
               "date_precision": "day", "locations": [{"place": "kg-batken"}]}]
    assert [d["id"] for d in ev.match(ev.Places(gaz), keys, drafts)] == ["b", "a"]


def test_the_eval_skips_cleanly_without_a_corpus(tmp_path, capsys):
    assert ev.main(["--corpus", str(tmp_path / "absent")]) == 0
    assert "skipped" in capsys.readouterr().out


@pytest.mark.skipif(not (CORPUS / "en" / "annotations.yaml").exists(),
                    reason="../shared/corpus/en not present")
def test_the_english_corpus_key_reads(gaz):
    key = key_mod.load_key(CORPUS / "en", gaz)
    assert sum(len(a.incidents) for a in key) == 115
    assert {a.split for a in key} == {"dev", "test"}


def test_a_key_release_of_detainees_is_of_the_detention_kind():
    from types import SimpleNamespace
    assert ev.key_kind(SimpleNamespace(type="detainee_release")) == "detention"
    assert ev.key_kind(SimpleNamespace(type="talks_detainee_exchange")) == "agreement"
    assert ev.key_kind(SimpleNamespace(type="border_guard_shootout")) == "violence"
    assert ev.key_kind(SimpleNamespace(type="cattle_smuggling_interdicted")) == "detention"


def test_a_region_named_beside_a_finer_place_found_is_found_with_it(tmp_path, gaz):
    both = {**SHOOTING, "location_place_ids": ["kg-ak-sai", "kg-batken-region"]}
    key = key_mod.load_key(_corpus(tmp_path, "en", [both]), gaz, tmp_path / "none.yaml")
    assert ev.evaluate(key, gaz)["dev"].n["places found"] == [2, 2]
    # a region of another country, or one the village is not in, is not found with it
    other = {**SHOOTING, "location_place_ids": ["kg-ak-sai", "tj-sughd"]}
    key = key_mod.load_key(_corpus(tmp_path / "b", "en", [other]), gaz, tmp_path / "none.yaml")
    assert ev.evaluate(key, gaz)["dev"].n["places found"] == [1, 2]
    places = ev.Places(gaz)
    assert places.contains("kg-batken-region", "kg-ak-sai")
    assert not places.contains("kg-ak-sai", "kg-batken-region")
    assert not places.contains("kg-osh-region", "kg-ak-sai")
