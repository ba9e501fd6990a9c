"""`geoconflict extract` end to end, and the evaluation on the seed articles."""

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from conftest import SEEDS

from geoconflict.cli.main import cli

ROOT = Path(__file__).resolve().parents[1]
TEXT = ("date 2023-06-12\nYesterday Tajik border guards opened fire near the village of "
        "Ak-Sai, killing two residents.\n")


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input)


def test_extract_file_to_output(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "draft.yaml"
    res = run("extract", str(art), "-o", str(out))
    assert res.exit_code == 0, res.output
    (d,) = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert d["extra"]["draft"] is True and d["date_start"] == "2023-06-11"
    assert d["locations"][0]["place"] == "kg-ak-sai"
    assert "1 incident draft written" in res.stderr


def test_extract_stdin_to_stdout_with_published():
    res = run("extract", "-", "--published", "2023-06-12", "--inline-evidence",
              input="On Saturday two guards were killed near Ak-Sai.\n")
    assert res.exit_code == 0, res.output
    (d,) = yaml.safe_load(res.stdout)
    assert d["date_start"] == "2023-06-10"
    assert d["reports"][0]["file"] == "<stdin>"


def test_no_outlet_is_left_out_with_a_one_line_warning(tmp_path):
    art = tmp_path / "plain.txt"
    art.write_text(TEXT, encoding="utf-8")
    res = run("extract", str(art))
    assert res.exit_code == 0, res.output
    (d,) = yaml.safe_load(res.stdout)
    assert "outlet" not in d["reports"][0]
    warning = [ln for ln in res.stderr.splitlines() if "no outlet" in ln]
    assert len(warning) == 1
    assert str(art) in warning[0] and "Source: NAME" in warning[0] and "--outlet" in warning[0]


def test_outlet_option_names_articles_without_one():
    res = run("extract", "-", "--outlet", "Valley Courier", input=TEXT)
    assert res.exit_code == 0, res.output
    (d,) = yaml.safe_load(res.stdout)
    assert d["reports"][0]["outlet"] == "Valley Courier"
    assert "no outlet" not in res.stderr


def test_outlet_option_does_not_override_the_articles_own():
    res = run("extract", "-", "--outlet", "Valley Courier",
              input=TEXT + "\nSource: Border Herald\n")
    (d,) = yaml.safe_load(res.stdout)
    assert d["reports"][0]["outlet"] == "Border Herald"


def test_bad_published_date_is_a_usage_error():
    res = run("extract", "-", "--published", "yesterday", input="text")
    assert res.exit_code == 2 and "--published" in res.output


def test_an_impossible_date_line_is_one_line_error_naming_file_and_line(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("source https://example.org/a\ndate 2022-13-40\nShots were fired.\n",
                   encoding="utf-8")
    out = tmp_path / "draft.yaml"
    res = run("extract", str(art), "-o", str(out))
    assert res.exit_code == 1 and "Traceback" not in res.output
    (line,) = res.stderr.strip().splitlines()
    assert f"{art}: line 2: publication date '2022-13-40'" in line and "--published" in line
    assert not out.exists()


def test_an_input_is_never_overwritten(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text(TEXT, encoding="utf-8")
    res = run("extract", str(art), "-o", str(art))
    assert res.exit_code == 1 and "never overwritten" in res.output
    assert art.read_text(encoding="utf-8") == TEXT


def test_missing_file_is_one_line_error(tmp_path):
    res = run("extract", str(tmp_path / "nope.txt"))
    assert res.exit_code == 1 and "cannot read" in res.output


def test_warnings_go_to_stderr_and_quiet_silences_them():
    text = "date 2023-06-12\nOn June 10 the village of Zarbuloq was shelled.\n"
    res = run("extract", "-", input=text)
    assert "unresolved place 'Zarbuloq'" in res.stderr
    assert "unresolved" not in res.stdout.split("unresolved_places")[0]
    assert run("extract", "-", "-q", input=text).stderr == ""


def test_cli_module_import_stays_light():
    code = ("import sys, geoconflict.cli.extract_cmd; "
            "print(any(m.startswith('geoconflict.extract') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not present")
def test_seed_evaluation_meets_the_figures(capsys):
    spec = importlib.util.spec_from_file_location("eval_extract",
                                                  ROOT / "benchmarks" / "eval_extract.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.main(["--seeds", str(SEEDS)]) == 0, capsys.readouterr().out


def test_seed_evaluation_skips_cleanly_without_seeds(tmp_path, capsys):
    spec = importlib.util.spec_from_file_location("eval_extract",
                                                  ROOT / "benchmarks" / "eval_extract.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.main(["--seeds", str(tmp_path / "absent")]) == 0
    assert "skipped" in capsys.readouterr().out


def test_the_wheel_carries_the_actor_list(tmp_path):
    import zipfile

    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir",
                    str(tmp_path), str(ROOT)], check=True, capture_output=True)
    (whl,) = tmp_path.glob("geoconflict-*.whl")
    names = zipfile.ZipFile(whl).namelist()
    assert "geoconflict/extract/actors.yaml" in names
    assert "geoconflict/cli/extract_cmd.py" in names


def test_default_drafts_load_with_the_incident_loader(tmp_path):
    """Drafts are incident YAML: the real loader accepts them and keeps the evidence."""
    from click.testing import CliRunner

    from geoconflict.cli.main import cli
    from geoconflict.incidents.load import load_incidents

    article = tmp_path / "a.txt"
    article.write_text(
        "date 2023-03-10 Two border guards were killed on Thursday when gunmen fired on the "
        "Kyrgyz post near Ak-Sai village in Batken district.\n", encoding="utf-8")
    out = tmp_path / "draft.yaml"
    res = CliRunner().invoke(cli, ["extract", str(article), "-o", str(out), "-q"])
    assert res.exit_code == 0, res.output
    (inc,) = load_incidents([out])
    assert inc.date_start.isoformat() == "2023-03-09"        # the Thursday before 10 March
    assert inc.locations[0].place == "kg-ak-sai"
    assert inc.fatalities.best == 2
    assert inc.extra["draft"] is True and inc.extra["evidence"]


def test_a_draft_naming_no_known_place_validates_but_cannot_be_mapped(tmp_path):
    text = "date 2022-05-11\nTroops clashed near the village of Qarabulakistan on May 9.\n"
    art = tmp_path / "a.txt"
    art.write_text(text, encoding="utf-8")
    out = tmp_path / "d.yaml"
    runner = CliRunner()
    res = runner.invoke(cli, ["extract", str(art), "-o", str(out)])
    assert res.exit_code == 0
    # the warning names the article it is about
    assert f"{art}: draft-2022-05-09-unknown (Armed clash" in res.output
    d = yaml.safe_load(out.read_text())[0]
    assert d["locations"] == []
    assert d["extra"]["unresolved_places"][0]["name"] == "Qarabulakistan"
    assert runner.invoke(cli, ["validate", str(out)]).exit_code == 0
    res = runner.invoke(cli, ["map", str(out), "-o", str(tmp_path / "m.html")])
    assert res.exit_code != 0 and "unresolved_places" in res.output
    assert not (tmp_path / "m.html").exists()
