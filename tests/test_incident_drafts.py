"""Drafts as `geoconflict extract` writes them pass `geoconflict validate`; the rules that
let a draft lack what its article does not say (date, outlet) and keep curated incidents
complete."""

from __future__ import annotations

import yaml
from click.testing import CliRunner

from geoconflict.cli.main import cli
from geoconflict.incidents.load import parse_incidents

UNDATED = ("Village Guards Under Fire\nSource: Valley Courier\n\n"
           "Two border guards were killed near the village of Ak-Sai, officials said.\n")

CURATED_NO_DATE = """\
- id: t1
  title: A clash
  event_type: Battles
  sub_event_type: Armed clash
  locations:
    - place: kg-ak-sai
  reports:
    - outlet: Paper A
"""


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input)


def extract_to(tmp_path, text: str) -> str:
    art = tmp_path / "article.txt"
    art.write_text(text, encoding="utf-8")
    out = tmp_path / "draft.yaml"
    res = run("extract", str(art), "-o", str(out), "-q")
    assert res.exit_code == 0, res.output
    return str(out)


def test_undated_draft_validates(tmp_path):
    out = extract_to(tmp_path, UNDATED)
    (d,) = yaml.safe_load(open(out, encoding="utf-8"))
    assert "date_start" not in d and "date_precision" not in d
    assert d["extra"]["draft"] is True
    assert d["extra"]["evidence"]["date"].startswith("unknown")
    res = run("validate", out)
    assert res.exit_code == 0, res.output
    assert "1 incidents: no problems" in res.output


def test_undated_draft_cannot_be_exported_until_dated(tmp_path):
    out = extract_to(tmp_path, UNDATED)
    res = run("export", out, "-f", "geojson", "-o", str(tmp_path / "x.geojson"))
    assert res.exit_code == 1
    assert f"{out}:3: date_start: missing — this draft has no date yet" in res.output
    assert not (tmp_path / "x.geojson").exists()


def test_curated_incident_without_date_fails_with_one_line(tmp_path):
    path = tmp_path / "curated.yaml"
    path.write_text(CURATED_NO_DATE, encoding="utf-8")
    res = run("validate", str(path))
    assert res.exit_code == 1
    problems = [ln for ln in res.output.splitlines() if ln.startswith(str(path))]
    assert problems == [f"{path}:1: date_start: missing — write YYYY-MM-DD (only a draft, "
                        "marked 'draft: true' under extra, may leave the date out)"]


def test_draft_with_end_date_but_no_start_date_fails():
    text = CURATED_NO_DATE.replace("  event_type:", "  date_end: 2021-05-01\n  event_type:") + \
        "  extra: {draft: true}\n"
    problems: list = []
    parse_incidents(text, "f.yaml", None, problems, undated_drafts=True)
    assert [p.field for p in problems] == ["date_start"]


def test_draft_marker_must_be_true_under_extra():
    for extra in ("  extra: {draft: 'yes'}\n", "  extra: {note: draft}\n"):
        problems: list = []
        parse_incidents(CURATED_NO_DATE + extra, "f.yaml", None, problems, undated_drafts=True)
        assert [p.field for p in problems] == ["date_start"], extra


def test_a_draft_may_lack_the_outlet_a_curated_incident_may_not():
    dated = CURATED_NO_DATE.replace("  event_type:", "  date_start: 2021-05-01\n  event_type:")
    no_outlet = dated.replace("    - outlet: Paper A\n", "    - title: Guards shot\n")
    problems: list = []
    (inc,) = parse_incidents(no_outlet + "  extra: {draft: true}\n", "f.yaml", None, problems)
    assert problems == [] and inc.reports[0].outlet == ""
    parse_incidents(no_outlet, "f.yaml", None, problems)
    assert [str(p) for p in problems] == ["f.yaml:9: reports[0].outlet: missing — name the "
                                          "outlet or source"]
