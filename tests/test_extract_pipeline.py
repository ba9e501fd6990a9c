"""Grouping sentences into incidents, merging articles, and the draft dicts."""

import json
from importlib import resources

import pytest
import yaml

from geoconflict.extract.draft import INCIDENT_FIELDS, REPORT_FIELDS, STOP_FIELDS, dump_yaml
from geoconflict.extract.pipeline import extract_articles, extract_text, read_article

ARTICLE_A = """date 2023-06-12
source URL https://news.example/a
Two Villages Counted Their Losses

On the night of June 9-10, Tajik border guards opened fire on the Kyrgyz village of Ak-Sai,
killing three residents. Four Kyrgyz soldiers were wounded near Kok-Tash.
More than 1,200 people were evacuated from the area.
In 2019, a similar dispute over the canal was settled by talks.
"""

ARTICLE_B = """date 2023-06-13
Border Shooting Kills Villagers

Gunmen fired at Aksay on June 10, and two people died, local officials said.
The attackers seized 12 hunting rifles.
Separately, on May 2 police detained five smugglers in Osh.
"""


def _news(drafts: list[dict]) -> dict:
    """The one draft that is not background."""
    (d,) = [x for x in drafts if not x.get("background") and
            not x.get("extra", {}).get("background")]
    return d


def test_one_article_one_incident_with_evidence():
    d = _news(extract_text(ARTICLE_A, "a.txt"))
    assert d["draft"] is True
    assert (d["date_start"], d["date_end"], d["date_precision"]) == \
        ("2023-06-09", "2023-06-10", "day")
    assert d["event_type"] == "Battles"
    ids = [s["place"] for s in d["locations"]]
    assert ids[:2] == ["kg-ak-sai", "kg-kok-tash-batken"]
    assert d["fatalities"]["best"] == 3 and d["injured"]["best"] == 4
    assert d["displaced"]["best"] == 1200
    (rep,) = d["reports"]
    assert rep["url"] == "https://news.example/a" and rep["date"] == "2023-06-12"
    assert rep["title"] == "Two Villages Counted Their Losses"
    assert rep["claims"]["displaced"]["scope"] == "evacuated"
    ev = d["locations"][0]["evidence"]
    assert ARTICLE_A[ev["start"]:ev["end"]] == "Ak-Sai" and ev["file"] == "a.txt"
    assert d["evidence"]["date"][0]["text"] == "June 9-10"
    assert {a["name"] for a in d["actors"]} >= {"Border Troops of Tajikistan"}


def test_background_events_are_kept_and_marked():
    drafts = extract_text(ARTICLE_A)
    (old,) = [d for d in drafts if d["date_start"].startswith("2019")]
    assert old["background"] is True and old["date_precision"] == "year"
    assert old["sub_event_type"] == "Agreement" and "fatalities" not in old
    assert not _news(drafts).get("background")


def test_two_articles_about_one_event_merge_with_one_report_each():
    docs = [read_article(ARTICLE_A, "a.txt"), read_article(ARTICLE_B, "b.txt")]
    ex = extract_articles(docs)
    merged = [d for d in ex.drafts if len(d["reports"]) == 2]
    assert len(merged) == 1
    d = merged[0]
    files = [r["file"] for r in d["reports"]]
    assert files == ["a.txt", "b.txt"]
    a, b = d["reports"]
    assert a["claims"]["fatalities"]["best"] == 3 and b["claims"]["fatalities"]["best"] == 2
    assert "weapons" in b["claims"] and "weapons" not in a["claims"]
    assert d["fatalities"] == {"low": 2, "best": 3, "high": 3}
    # the May arrest in Osh is an incident of its own
    arrests = [x for x in ex.drafts if x["date_start"] == "2023-05-02"]
    assert arrests and arrests[0]["sub_event_type"] == "Arrests"
    assert arrests[0]["locations"][0]["place"] == "kg-osh"


def test_no_merge_keeps_articles_apart():
    docs = [read_article(ARTICLE_A, "a.txt"), read_article(ARTICLE_B, "b.txt")]
    assert all(len(d["reports"]) == 1 for d in extract_articles(docs, merge=False).drafts)


def test_published_option_is_used_when_the_text_has_no_date():
    text = "On Saturday gunmen killed two guards near Ak-Sai."
    (d,) = extract_text(text, published="2023-06-13")
    assert d["date_start"] == "2023-06-10"
    (d,) = extract_text(text)
    assert d["date_start"] is None and d["date_precision"] == "unknown"
    assert "unknown" in d["evidence"]["date"]


def test_unresolved_places_are_listed_with_the_incident_and_as_warnings():
    text = "date 2023-06-12\nOn June 10 the village of Zarbuloq was shelled, killing two."
    ex = extract_articles([read_article(text, "z.txt")])
    (d,) = ex.drafts
    assert d["unresolved_places"][0]["name"] == "Zarbuloq"
    assert any("z.txt:2: unresolved place 'Zarbuloq'" in w for w in ex.warnings)


def test_strict_drafts_use_only_schema_fields():
    d = _news(extract_text(ARTICLE_A, "a.txt", strict=True))
    assert set(d) <= set(INCIDENT_FIELDS)
    assert d["extra"]["draft"] is True
    for stop in d["locations"]:
        assert set(stop) <= set(STOP_FIELDS)
    for rep in d["reports"]:
        assert set(rep) <= set(REPORT_FIELDS)
        assert "evidence" not in rep["claims"]["fatalities"]


def test_yaml_is_plain_and_reads_back():
    text = dump_yaml(extract_text(ARTICLE_A, "a.txt"))
    assert "&id" not in text and "*id" not in text
    back = _news(yaml.safe_load(text))
    assert back["draft"] is True and back["locations"][0]["place"] == "kg-ak-sai"


def test_same_input_same_output():
    assert dump_yaml(extract_text(ARTICLE_A, "a.txt")) == \
        dump_yaml(extract_text(ARTICLE_A, "a.txt"))


def test_source_line_gives_no_places_or_dates():
    text = ("Border guards clash\nsource https://news.example/2021-04-01/Vorukh-Ak-Sai\n\n"
            "Two border guards were killed near Kok-Tash on May 3, 2021.\n")
    drafts = extract_text(text, "s.txt")
    assert [d["date_start"] for d in drafts] == ["2021-05-03"]
    assert [s["place"] for s in drafts[0]["locations"]] == ["kg-kok-tash-batken"]
    assert drafts[0]["reports"][0]["url"] == "https://news.example/2021-04-01/Vorukh-Ak-Sai"


def test_an_undated_draft_without_outlet_meets_the_json_schema_only_as_a_draft():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(resources.files("geoconflict.incidents").joinpath(
        "schema.json").read_text())
    drafts = extract_text("Gunmen killed two guards near Ak-Sai.", strict=True)
    assert "date_start" not in drafts[0] and "outlet" not in drafts[0]["reports"][0]
    jsonschema.validate(drafts, schema)
    del drafts[0]["extra"]["draft"]
    with pytest.raises(jsonschema.ValidationError, match="date_start"):
        jsonschema.validate(drafts, schema)


def test_no_place_is_read_in_the_page_furniture_after_the_body():
    from geoconflict.extract.pipeline import analyse, read_article
    text = ("date 2020-06-10\nsource https://example.org/a\n"
            "Tajik guards fired at Kyrgyz herders near Kulundu on June 9, the border "
            "service said, and two herders were wounded.\nTalks are underway.\nPopular\n"
            "Kyrgyzstan to receive vaccines from China\n"
            "Three killed in road accident in Osh region\n")
    art = analyse(read_article(text, "a.txt"))
    assert [m.text for m in art.mentions] == ["Kulundu"]


def test_a_batch_collects_cycles_less_often_and_restores_the_callers_thresholds(monkeypatch):
    import gc

    from geoconflict.extract import pipeline

    seen = []
    real = pipeline._extract
    monkeypatch.setattr(pipeline, "_extract",
                        lambda *a: (seen.append(gc.get_threshold()), real(*a))[1])
    before = gc.get_threshold()
    try:
        gc.set_threshold(500, 7, 9)
        drafts = extract_articles([read_article(ARTICLE_A, "a.txt")]).drafts
        assert gc.get_threshold() == (500, 7, 9)
        gc.set_threshold(0, 7, 9)  # a caller who turned collection off keeps it off
        extract_articles([read_article(ARTICLE_A, "a.txt")])
        assert gc.get_threshold() == (0, 7, 9)
    finally:
        gc.set_threshold(*before)
    assert seen == [(pipeline.GC_YOUNG, 7, 9), (0, 7, 9)]
    assert drafts


def test_a_batch_leaves_no_young_collection_due_and_keeps_the_callers_frozen_objects():
    import gc

    runs = []
    gc.callbacks.append(watch := lambda phase, info: runs.append(info["generation"]))
    try:
        extract_articles([read_article(ARTICLE_A, "a.txt")])
        made = [[n] for n in range(300)]  # fewer than a young generation's 700 objects
    finally:
        gc.callbacks.remove(watch)
    assert made and runs == []  # its objects joined the oldest generation: none due
    kept = [object() for _ in range(3)]
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        extract_articles([read_article(ARTICLE_A, "a.txt")])
        assert gc.get_freeze_count() == frozen  # the caller's freeze is not undone
    finally:
        gc.unfreeze()
    assert kept


def test_context_patterns_skipped_only_where_they_cannot_match():
    from geoconflict.extract._toponym_context import _CONTEXT_PATTERNS, _patterns_for

    for text in ("Shots near JAMOAT Obod.", "Guards at outpost \u201cTosh\u201d fired.",
                 "Mahalla Bog was calm.", "The KİSHLAK Ters.", "No such words here."):
        kept = _patterns_for(text)
        for pat in _CONTEXT_PATTERNS:
            if pat not in kept:
                assert pat.search(text) is None, (text, pat.pattern[:30])
    assert _CONTEXT_PATTERNS[2] in _patterns_for("The KİSHLAK Ters.")
    assert len(_patterns_for("No such words here.")) == 2
