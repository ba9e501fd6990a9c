"""Text from data stays text in every export a person opens: KML descriptions and names.

The incident below carries markup and a ``javascript:`` link in every free-text field; the
KML written by ``export`` is parsed as XML, and each description as HTML, the way Google
Earth and QGIS render it.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest
from click.testing import CliRunner

from geoconflict.cli.main import cli

EVIL = "<script>alert(1)</script><img src=x onerror=alert(2)>"
ODD_URL = "https://example.org/x?q=<b>&r=1"
INCIDENT = f"""\
- id: t-evil
  title: "Clash {EVIL}"
  date_start: 2021-04-28
  event_type: Battles
  sub_event_type: Armed clash
  notes: "note {EVIL}"
  locations:
    - place: tj-vorukh
      role: "scene {EVIL}"
  reports:
    - outlet: "Paper {EVIL}"
      title: "Headline {EVIL}"
      url: "{ODD_URL}"
      date: 2021-04-29
      claims: {{fatalities: 2}}
    - outlet: Paper B
      title: Safe headline
      url: https://example.org/a
      date: 2021-04-29
"""
KML = "{http://www.opengis.net/kml/2.2}"


class _Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.hrefs, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.hrefs += [v for k, v in attrs if k == "href"]
        assert not any(k.startswith("on") for k, _ in attrs), attrs

    def handle_data(self, data):
        self.text.append(data)


@pytest.fixture(scope="module")
def kml_root(tmp_path_factory):
    d = tmp_path_factory.mktemp("evil")
    src = d / "evil.yaml"
    src.write_text(INCIDENT, encoding="utf-8")
    out = d / "evil.kml"
    res = CliRunner().invoke(cli, ["export", str(src), "-o", str(out)])
    assert res.exit_code == 0, res.output
    return ET.parse(out).getroot()


def test_kml_names_are_the_titles_as_text(kml_root):
    names = [n.text for n in kml_root.iter(f"{KML}name")]
    assert f"Clash {EVIL}" in names


def test_kml_descriptions_show_markup_as_text_and_keep_no_javascript_link(kml_root):
    descs = [d.text for d in kml_root.iter(f"{KML}description") if d.text]
    assert descs
    for html_text in descs:
        p = _Elements()
        p.feed(html_text)
        assert "script" not in p.tags and "img" not in p.tags, p.tags
        assert all(h.startswith(("http://", "https://")) for h in p.hrefs), p.hrefs
    incident = next(d for d in descs if "Headline" in d)
    p = _Elements()
    p.feed(incident)
    shown = "".join(p.text)
    assert f"Headline {EVIL}" in shown and f"Paper {EVIL}" in shown and f"note {EVIL}" in shown
    assert "https://example.org/a" in p.hrefs and ODD_URL in p.hrefs


def test_the_loader_refuses_a_javascript_link(tmp_path):
    src = tmp_path / "js.yaml"
    src.write_text(INCIDENT.replace(ODD_URL, "javascript:alert(3)"), encoding="utf-8")
    res = CliRunner().invoke(cli, ["export", str(src), "-o", str(tmp_path / "x.kml")])
    assert res.exit_code != 0 and "not an http(s) URL" in res.output
    assert not (tmp_path / "x.kml").exists()


def test_a_kml_description_never_links_a_javascript_url():
    """Records read from other files (our GeoJSON, a table) reach the writer unchecked."""
    from geoconflict.formats.kml import description

    html_text = description({"sub_event_type": "Armed clash", "event_date": "2021-04-28",
                             "reports": [{"outlet": "P", "title": "T",
                                          "url": "JavaScript:alert(1)"}]})
    p = _Elements()
    p.feed(html_text)
    assert p.hrefs == [] and "T" in "".join(p.text)
