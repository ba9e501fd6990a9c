"""Talks held to settle violence are the end of its story (the corpus keys fold them into
the incident they follow); talks that agree on something, talks that are the news and
talks days later are incidents of their own."""

from click.testing import CliRunner

from geoconflict.cli.main import cli
from geoconflict.extract import extract_text

CLASH = ("date 2022-05-11\nOn May 9 Tajik border guards opened fire near Ak-Sai, wounding "
         "two Kyrgyz residents. ")
RU_CLASH = ("date 2022-05-11\n9 мая таджикские пограничники открыли огонь у села Ак-Сай, "
            "ранены двое жителей. ")


def _kinds(text: str) -> list[str]:
    return [d["sub_event_type"] for d in extract_text(text)]


def test_a_meeting_of_border_representatives_after_a_shooting_is_part_of_it():
    (d,) = extract_text(CLASH + "Border representatives of the two countries held a meeting "
                        "the same day.\n")
    assert d["sub_event_type"] == "Armed clash" and d["injured"]["best"] == 2
    # the meeting's sentence is kept with the incident, not lost
    (talks,) = d["evidence"]["followups"]
    assert talks["sentence"].startswith("Border representatives") and talks["line"] == 2
    assert "followups" in d["notes"]


def test_the_review_page_shows_the_talks_with_their_incident(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(CLASH + "Border representatives held a meeting the same day.\n",
                       encoding="utf-8")
    page = tmp_path / "r.html"
    result = CliRunner().invoke(cli, ["extract", str(article), "-o", str(tmp_path / "d.yaml"),
                                       "--review", str(page)])
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert "<th>followed by</th><td>line 2: Border representatives held a meeting" in html


def test_russian_talks_after_a_shooting_are_part_of_it():
    (d,) = extract_text(RU_CLASH + "В тот же день состоялась встреча пограничных "
                        "представителей.\n")
    assert d["sub_event_type"] == "Armed clash"


def test_talks_that_agree_on_a_ceasefire_stay_an_incident():
    assert sorted(_kinds(CLASH + "On May 10 the two sides held talks and agreed on a "
                         "ceasefire.\n")) == ["Agreement", "Armed clash"]


def test_talks_that_are_the_news_stay_an_incident():
    assert _kinds("date 2022-05-11\nOn May 10 border representatives of Kyrgyzstan and "
                  "Tajikistan held a meeting in Batken.\n") == ["Agreement"]


def test_talks_a_week_later_stay_an_incident():
    assert sorted(_kinds(CLASH.replace("May 9", "May 1") + "On May 9 border "
                         "representatives held a meeting in Batken.\n")) == [
        "Agreement", "Armed clash"]


def test_talks_before_the_violence_are_not_folded_into_it():
    assert sorted(_kinds("date 2022-05-11\nOn May 9 border representatives held a meeting "
                         "in Batken. On May 9 Tajik border guards opened fire near Ak-Sai, "
                         "wounding two Kyrgyz residents.\n")) == ["Agreement", "Armed clash"]


def test_a_joint_investigation_after_a_shooting_is_part_of_it():
    (d,) = extract_text(CLASH + "A joint investigative group of the two sides is working at "
                        "the scene.\n")
    assert d["sub_event_type"] == "Armed clash"
    assert [e["sentence"][:7] for e in d["evidence"]["followups"]] == ["A joint"]


def test_a_joint_investigation_alone_stays_an_incident():
    (d,) = extract_text("date 2022-05-11\nA joint investigative group of Kyrgyzstan and "
                        "Tajikistan is working near Ak-Sai.\n")
    assert d["event_type"] == "Strategic developments"
