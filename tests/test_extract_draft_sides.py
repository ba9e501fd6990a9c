"""The draft keeps each figure's side: ``figures[].side`` and the report's ``by_side``.

Short sentences written for these tests; the expected sides are read off the sentence.
"""

from __future__ import annotations

import pytest

from geoconflict.extract.pipeline import extract_text

HEAD = "date 2022-01-28\nsource https://example.org/a\n\n"


def _report(text: str) -> dict:
    drafts = extract_text(HEAD + text)
    assert len(drafts) == 1, [d["title"] for d in drafts]
    (rep,) = drafts[0]["reports"]
    return rep


def _sides(rep: dict) -> set[tuple[str, int, str]]:
    return {(f["role"], f["value"], f.get("side", "")) for f in rep["claims"]["figures"]}


@pytest.mark.parametrize("text,by_side", [
    ("On Thursday, two Tajik border guards were killed and three Kyrgyz civilians were "
     "wounded in a shoot-out near Vorukh.", {"TJ": {"fatalities": 2}, "KG": {"injured": 3}}),
    ("On Thursday, four Kyrgyz soldiers were killed in an exchange of fire near Batken.",
     {"KG": {"fatalities": 4}}),
    # each side's latest figure, as the total takes it (5 + 3)
    ("On Thursday five Kyrgyz and two Tajik guards were wounded in a shoot-out near Vorukh. "
     "Tajikistan later said three of its guards were hurt.",
     {"KG": {"injured": 5}, "TJ": {"injured": 3}}),
])
def test_by_side_of_the_report(text, by_side):
    assert _report(text)["claims"]["by_side"] == by_side


def test_each_figure_carries_its_side():
    rep = _report("On Thursday, two Tajik border guards were killed and three Kyrgyz "
                  "civilians were wounded in a shoot-out near Vorukh.")
    assert {("killed", 2, "TJ"), ("injured", 3, "KG")} <= _sides(rep)


def test_no_side_when_the_sentence_names_none():
    rep = _report("On Thursday, two people were killed in a shoot-out near Vorukh.")
    assert ("killed", 2, "") in _sides(rep) or ("killed", 2, None) in {
        (f["role"], f["value"], f.get("side")) for f in rep["claims"]["figures"]}
    assert not rep["claims"].get("by_side")


def test_a_tie_between_countries_gives_the_same_draft_whatever_the_hash_seed(tmp_path):
    # one Kyrgyz and one Tajik village: the draft's country (and its civilians' actor) once
    # followed the order of a set of strings, which changes with PYTHONHASHSEED
    import os
    import subprocess
    import sys

    art = tmp_path / "a.txt"
    art.write_text("date 2021-05-06\nSource: Test Wire\n\nTwo civilians were wounded on 5 May "
                   "when shots were fired across the border between Ak-Sai and Vorukh.\n",
                   encoding="utf-8")
    outs = set()
    for seed in ("0", "1", "2", "3"):
        cmd = [sys.executable, "-c", "from geoconflict.cli.main import cli; cli()",
               "extract", str(art), "-q"]
        res = subprocess.run(cmd, capture_output=True, text=True, check=True,
                             env={**os.environ, "PYTHONHASHSEED": seed})
        outs.add(res.stdout)
    assert len(outs) == 1
    assert "Civilians (Kyrgyzstan)" in outs.pop()  # Ak-Sai, named first


@pytest.mark.parametrize("text,want", [
    # a figure after two sides' figures, its verb shared with the one before it
    ("On Thursday, Kyrgyz officials said 11 Kyrgyz citizens were wounded near Vorukh, while "
     "Tajikistan said 10 of its people were injured and two were killed.",
     {("injured", 11, "KG"), ("injured", 10, "TJ"), ("killed", 2, "TJ")}),
    # residents of a place are of its country
    ("On Thursday, two residents of the village of Vorukh were injured by stones.",
     {("injured", 2, "TJ")}),
    ("On Thursday, three residents of Ak-Sai were wounded in a shoot-out.",
     {("injured", 3, "KG")}),
    # the side in an apposition after the count
    ("On Thursday, the number of injured near Vorukh rose to five, all of them Tajik "
     "citizens.", {("injured", 5, "TJ")}),
    # whose toll, told after the noun
    ("On Thursday, the death toll among Kyrgyz citizens near Vorukh rose to 36.",
     {("killed", 36, "KG")}),
    # the verb shared by a figure per side, a place after the second
    ("On Thursday, two people were killed on the Tajik side and five on the Kyrgyz side "
     "near Vorukh.", {("killed", 2, "TJ"), ("killed", 5, "KG")}),
    # "another" after a counted victim takes its side
    ("On Thursday, one Kyrgyz guard was killed near Vorukh and another was wounded, the "
     "border service said.", {("killed", 1, "KG"), ("injured", 1, "KG")}),
    # a wire lead with no article after the dateline
    ("ISFARA, Jan 27 -- Resident of the Isfara district was killed on Thursday when guards "
     "opened fire.", {("killed", 1, "TJ")}),
])
def test_sides_from_coordination_and_residence(text, want):
    assert want <= _sides(_report(text))


def test_no_side_across_a_named_country():
    # "59 Kyrgyz and 41 Tajiks were killed, and hundreds hurt": the hurt are of no one side
    rep = _report("On Thursday, 5 Kyrgyz and 4 Tajik guards were killed near Vorukh, and "
                  "20 were injured.")
    assert ("injured", 20, "") in _sides(rep)


@pytest.mark.parametrize("text,want", [
    # those who did it, before an active verb and its object, are no victims
    ("On Thursday, five gunmen killed two Kyrgyz guards near Vorukh.", {("killed", 2, "KG")}),
    ("On Thursday, three Tajik soldiers wounded a Kyrgyz shepherd near Vorukh.",
     {("injured", 1, "KG")}),
    # the passive and a bare participle still count the victims
    ("On Thursday, two Kyrgyz guards were killed by five gunmen near Vorukh.",
     {("killed", 2, "KG")}),
    ("On Thursday, two guards killed near Vorukh were buried in Batken.", {("killed", 2, "")}),
])
def test_the_doers_of_an_active_verb_are_no_victims(text, want):
    assert _sides(_report(text)) == want


def test_a_clause_after_while_keeps_its_country_to_itself():
    # "11 were injured" shares its subject with the Kyrgyz dead; only the clause after
    # "while" is told by Tajikistan
    rep = _report("On January 27 a clash broke out near Kok-Tash. Four Kyrgyz citizens were "
                  "killed and 11 were injured, while Tajikistan reported two dead and six "
                  "wounded.\n")
    assert _sides(rep) == {("killed", 4, "KG"), ("injured", 11, "KG"), ("killed", 2, "TJ"),
                           ("injured", 6, "TJ")}
    assert rep["claims"]["injured"]["best"] == 17


def test_an_attribution_closing_the_sentence_still_gives_the_side():
    rep = _report("On January 27 two people were wounded near Kok-Tash, the Kyrgyz border "
                  "service said.\n")
    assert _sides(rep) == {("injured", 2, "KG")}
