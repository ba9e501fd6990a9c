"""The review page (`geoconflict extract ARTICLE --review FILE`), opened in headless
Chromium with the network blocked."""

from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

from geoconflict._headless import BrowserUnavailable, Chromium, find_chromium
from geoconflict.cli.main import cli

ARTICLE = ("date 2022-05-11\nsource https://example.org/report\n"
           "On May 10 border guards exchanged fire near Ak-Sai in the Batken region, "
           "killing 2 Tajik soldiers. <script>alert('x')</script> Residents of Zorkent "
           "said the road was closed.\n")
READY = "document.readyState === 'complete'"


def _run(tmp_path, *args):
    art = tmp_path / "article.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    here = os.getcwd()
    os.chdir(tmp_path)
    try:
        return CliRunner().invoke(cli, ["extract", "article.txt", *args])
    finally:
        os.chdir(here)


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("review")
    out = _run(tmp, "-o", "d.yaml", "--review", "review.html", "-q")
    assert out.exit_code == 0, out.output
    return tmp / "review.html"


def test_the_page_is_the_same_bytes_for_the_same_input(tmp_path, page):
    assert _run(tmp_path, "--review", "again.html", "-q").exit_code == 0
    assert (tmp_path / "again.html").read_bytes() == page.read_bytes()


def test_the_review_page_is_never_an_input(tmp_path):
    out = _run(tmp_path, "--review", "article.txt")
    assert out.exit_code != 0 and "never overwritten" in out.output


@pytest.fixture(scope="module")
def browser(page):
    if find_chromium() is None:
        pytest.skip("chromium not installed (make test installs Debian chromium as root)")
    try:
        br = Chromium(width=1280, height=900)
    except BrowserUnavailable as exc:  # pragma: no cover - depends on the machine
        pytest.skip(f"chromium unusable: {exc}")
    br.open(page, ready=READY)
    br.drain(0.2)
    yield br
    br.close()


def _js(br, code):
    return br.evaluate(code)


def test_the_page_is_offline_and_runs_no_script_from_the_article(browser):
    assert browser.external_requests() == [] and browser.failed == []
    assert browser.exceptions == []
    assert _js(browser, "document.querySelectorAll('script').length") == 0
    assert "<script>alert('x')</script>" in _js(browser, "document.querySelector('pre')"
                                                          ".textContent")


def test_every_value_is_marked_and_linked_to_its_draft_field(browser):
    marks = _js(browser, "[...document.querySelectorAll('mark')].map(m => [m.className, "
                         "m.textContent, m.querySelector('a').getAttribute('href')])")
    kinds = {(cls, text) for cls, text, _ in marks}
    assert ("place-scene", "Ak-Sai") in kinds
    assert ("place-mentioned", "Batken region") in kinds
    assert ("date", "On May 10") in kinds or ("date", "May 10") in kinds
    assert ("figure", "2") in kinds
    for _cls, _text, href in marks:  # each link lands on a field that links back
        back = _js(browser, f"document.getElementById({json.dumps(href[1:])})"
                            ".querySelector('a').getAttribute('href')")
        assert back == "#v-" + href[1:]


def test_the_draft_beside_the_text_shows_the_figure_with_role_and_side(browser):
    panel = _js(browser, "document.querySelector('.drafts').textContent")
    assert "killed 2 side TJ" in panel and "kg-ak-sai" in panel


def test_clicking_a_marked_place_shows_its_field(browser):
    rect = _js(browser, "(() => { const r = document.querySelector('mark.place-scene a')"
                        ".getBoundingClientRect(); return [r.x + r.width / 2, "
                        "r.y + r.height / 2]; })()")
    browser.click(*rect)
    browser.drain(0.2)
    target = _js(browser, "location.hash")
    assert target.startswith("#d0-stop")
    assert _js(browser, f"document.querySelector({json.dumps(target)}).matches(':target')")
