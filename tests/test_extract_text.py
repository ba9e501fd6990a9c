"""Article header, sentences and evidence offsets."""

import pytest

from geoconflict.extract._text import Document


def test_date_token_on_its_own_line_and_url_line():
    text = "date 2022-09-18\nsource URL https://example.org/news/1\nShelling went on.\n"
    doc = Document(text, "a.txt")
    assert doc.published == "2022-09-18" and doc.published_from == "date token"
    assert doc.url == "https://example.org/news/1"
    assert doc.outlet == "example.org"
    assert doc.sentences[0].text == "Shelling went on."


def test_date_token_running_into_the_text():
    doc = Document(" date 2021-05-02 Former commanders met. They talked.", "b.txt")
    assert doc.published == "2021-05-02"
    assert [s.text for s in doc.sentences] == ["Former commanders met.", "They talked."]


def test_date_line_and_title_from_the_first_lines():
    text = "Friday, 3 March 2017\n\nGUARDS CLASH AT THE FRONTIER\n\nBy A. Writer\n\nBody text."
    doc = Document(text, "c.txt")
    assert doc.published == "2017-03-03" and doc.published_from == "date line"
    assert doc.title == "GUARDS CLASH AT THE FRONTIER"



def test_no_title_after_the_first_paragraph_or_from_a_headline_list():
    body = ("Border guards detained three herders near the village on Monday, "
            "the district police said in a statement.\n")
    doc = Document("date 2020-01-02\n" + body + "Cattle prices rise in Osh markets\n", "t.txt")
    assert doc.title == ""
    doc = Document("date 2020-01-02\nHerders detained near the border\n" + body, "t.txt")
    assert doc.title == "Herders detained near the border"
    listed = ("date 2020-01-02\nGuards fired shots near the post on Monday, police said.\n"
              "Two herders were hurt.\nRelated news\nNew bridge opens in Batken region\n")
    assert Document(listed, "t.txt").title == ""


def test_no_date_is_stated_as_unknown():
    doc = Document("Nothing here says when.\n", "d.txt")
    assert doc.published == "" and doc.published_from == ""


def test_sentences_keep_abbreviations_and_initials_together():
    doc = Document("Gen. Karimov spoke to Mr. S. Ivanov at post No. 4 today. Then he left.")
    assert len(doc.sentences) == 2
    assert doc.sentences[0].text.endswith("today.")


def test_evidence_offsets_point_into_the_source_text():
    text = "date 2020-01-01\nFirst line.\nThe post at Kara-Bak was hit.\n"
    doc = Document(text, "e.txt")
    start = text.index("Kara-Bak")
    ev = doc.evidence(start, start + len("Kara-Bak"))
    assert text[ev.start:ev.end] == "Kara-Bak"
    assert ev.sentence == "The post at Kara-Bak was hit."
    assert ev.line == 3 and ev.file == "e.txt"


def test_source_line_names_the_outlet():
    doc = Document("Some text here.\n\nSource: Example Times\n")
    assert doc.outlet == "Example Times"


def test_bare_lower_case_source_line_is_the_url():
    doc = Document("date 2021-05-02\nsource https://example.org/a\nGuards met at the post.\n")
    assert doc.url == "https://example.org/a"
    assert doc.outlet == "example.org"
    assert [s.text for s in doc.sentences] == ["Guards met at the post."]


def test_source_colon_url_forms_before_or_after_the_date_token():
    for text in ("Source: https://example.org/b\ndate 2021-05-02\nGuards met.\n",
                 "source: https://example.org/b.\nGuards met.\n",
                 "date 2021-05-02 source https://example.org/b\nGuards met.\n"):
        doc = Document(text)
        assert doc.url == "https://example.org/b", text
        assert [s.text for s in doc.sentences] == ["Guards met."], text


def test_source_line_later_in_the_article_is_not_article_text():
    text = ("Shells hit a village\nSource: https://news.example/2021/04/29/Vorukh-clash\n\n"
            "Guards met at the post.\n")
    doc = Document(text)
    assert doc.url == "https://news.example/2021/04/29/Vorukh-clash"
    assert [s.text for s in doc.sentences] == ["Shells hit a village", "Guards met at the post."]
    assert not any(t.text in ("Vorukh", "2021") for t in doc.tokens)


def test_source_word_in_prose_is_not_a_source_line():
    doc = Document("A source https://example.org/c said guards met.\n")
    assert doc.url == ""
    assert len(doc.sentences) == 1


def test_the_outlet_is_taken_from_a_byline_when_nothing_else_names_it():
    from geoconflict.extract.pipeline import read_article

    issue = read_article("Title\n\nBy A. Writer (3/4/2010 issue of the Valley Review)\n\n"
                         "Text.\n", "a.txt")
    assert issue.outlet == "Valley Review"
    staff = read_article("Title\n\nText.\n\nB. Writer is an RFE contributor in Osh.\n", "b.txt")
    assert staff.outlet == "RFE"
    assert read_article("Title\n\nText with no byline.\n", "c.txt").outlet == ""


def test_a_full_stop_run_into_the_next_sentence_ends_it():
    from geoconflict.extract._text import Document

    doc = Document("The guards saw the herders near the village.The herders threw stones. "
                   "Mr. Kadyrov left at 5.30 for Osh.")
    assert [s.text for s in doc.sentences] == [
        "The guards saw the herders near the village.", "The herders threw stones.",
        "Mr. Kadyrov left at 5.30 for Osh."]


def test_headline_lists_and_related_blocks_after_the_body_are_not_text():
    from geoconflict.extract._text import Document

    body = "Border guards exchanged fire near the village on Monday. " * 8
    heads = "\n".join(f"Minister {w} opens a new school in the capital" for w in
                      ("Alpha", "Beta", "Gamma", "Delta", "Epsilon"))
    doc = Document(f"date 2022-05-11\n{body}\n{heads}\n")
    assert all("Minister" not in s.text for s in doc.sentences)
    doc = Document(f"date 2022-05-11\n{body}\nRelated\nEight injured in a clash\n")
    assert all("Eight" not in s.text for s in doc.sentences)
    short = Document("date 2022-05-11\nRelated talks were held.\nGuards fired shots.\n")
    assert len(short.sentences) == 2


def test_a_copyright_line_or_top_stories_ends_the_body():
    body = "Guards fired warning shots near the post on Monday. " * 8
    for marker in ("Copyright (c) 2023. The Outlet. All rights reserved.", "Top stories",
                   "© 2023 The Outlet", "More on This Story", "More Asia stories"):
        doc = Document(f"date 2022-05-11\n{body}\n{marker}\nFive killed in a clash\n")
        assert all("Five" not in s.text for s in doc.sentences), marker


def test_a_short_item_ends_where_a_related_block_begins():
    item = "Guards of the two sides exchanged fire near the village on Monday, officials said."
    for tail in ("Related\nFive killed in a road accident", "Read also: Five killed in Osh",
                 "Most read\n1. Five killed in a fire\n2. Police detain 12 in the town"):
        doc = Document(f"date 2022-05-11\n{item}\n{tail}\n")
        assert [s.text for s in doc.sentences] == [item], tail
    title = Document("date 2022-05-11\nRelated talks\nGuards fired shots near the post on "
                     "Monday.\n")
    assert len(title.sentences) == 2  # a marker word before any sentence is no furniture


def test_a_pictures_caption_is_no_text():
    doc = Document("date 2022-05-11\nPhoto: Soldiers near the post during the 2021 clashes. "
                   "AFP\nImage caption, Houses burnt in the fighting\nGuards fired shots near "
                   "the post on Monday.\n")
    assert [s.text for s in doc.sentences] == ["Guards fired shots near the post on Monday."]


def test_a_day_in_the_address_refines_a_publication_month():
    doc = Document("date 2013-06\nsource https://news.example/2013/06/21/a-story\nText.\n")
    assert (doc.published, doc.published_from) == ("2013-06-21", "url")
    other = Document("date 2013-07\nsource https://news.example/2013/06/21/a-story\nText.\n")
    assert other.published == "2013-07"  # a day of another month is not taken


def test_headlines_after_clock_times_end_the_body():
    from geoconflict.extract._text import Document

    body = "Border guards exchanged fire near the village on Monday. " * 8
    feed = "12:40 Five killed in a clash near the river\n11:20 Guard wounded at the post\n"
    doc = Document(f"date 2022-05-11\n{body}\n{feed}")
    assert all("Five" not in s.text and "Guard wounded" not in s.text for s in doc.sentences)
    one = Document(f"date 2022-05-11\n{body}\n12:40 The guards left at noon.\nThey came back.\n")
    assert any("They came back" in s.text for s in one.sentences)  # one stamp is no feed


@pytest.mark.parametrize("start", [0, 1, 5, 12, 20, 50])
def test_line_matches_find_what_finditer_finds(start):
    """The furniture and source-line patterns are tried at line starts only: the same
    matches as a scan of every offset, a match running over lines included."""
    import re

    from geoconflict.extract._furniture import line_matches, line_search

    pat = re.compile(r"^[ \t]*(?:photo\s*:.*|tags\s*:\s*\w+|\d+)[ \t]*$", re.I | re.M)
    text = "Photo: a post\nTwo men were hurt.\n 12 \ntags:\nborder\nend\nPHOTO: x\n"
    want = [m.span() for m in pat.finditer(text, start)]
    assert [m.span() for m in line_matches(pat, text, start)] == want
    found = line_search(pat, text, start)
    assert found is not None and found.span() == pat.search(text, start).span() == want[0]
    assert want  # (the text holds such a line after each start)


def test_a_clock_time_in_brackets_does_not_end_the_sentence():
    doc = Document("date 2022-06-14\nShots were fired at 7 a.m. (0100 GMT) near the post. "
                   "Nobody was hurt.\n", "t.txt")
    assert [s.text for s in doc.sentences] == [
        "Shots were fired at 7 a.m. (0100 GMT) near the post.", "Nobody was hurt."]


def test_a_clock_time_before_a_number_does_not_end_the_sentence():
    doc = Document("date 2014-01-12\nAt 12.30 p.m. 40 soldiers came to the site. "
                   "At 5 p.m. They left.\n", "t.txt")
    assert [s.text for s in doc.sentences] == [
        "At 12.30 p.m. 40 soldiers came to the site.", "At 5 p.m.", "They left."]


def _sentences(text):
    return [s.text.replace("\n", " ") for s in Document(text).sentences]


def test_a_hard_wrapped_paragraph_is_read_as_its_sentences():
    text = ("date 2024-09-12\nOn Monday the\ncheckpoint on the border between the two\n"
            "countries reopened, officials\nsaid. Trucks crossed at noon.\n")
    assert _sentences(text) == [
        "On Monday the checkpoint on the border between the two countries reopened, "
        "officials said.", "Trucks crossed at noon."]


def test_headlines_menus_and_finished_lines_keep_their_lines():
    text = ("date 2024-09-12\nBorder guards detained at the river\nNews\nPolitics\n"
            "The post was closed.\nthe guards left.\n")
    assert _sentences(text) == ["Border guards detained at the river", "News", "Politics",
                                "The post was closed.", "the guards left."]


def test_a_wrapped_russian_line_runs_on():
    assert _sentences("date 2024-09-12\nПограничники задержали двоих жителей в\n"
                      "селе Ак-Сай.\n") == ["Пограничники задержали двоих жителей в селе Ак-Сай."]


def test_a_demonym_at_a_line_end_runs_on_into_its_noun():
    assert _sentences("date 2024-09-12\nTwo men were detained, the Kyrgyz\nState Border "
                      "Service said.\n") == [
        "Two men were detained, the Kyrgyz State Border Service said."]


def test_no_break_spaces_hyphens_a_bom_and_crlf_give_the_same_drafts():
    from geoconflict.extract.pipeline import extract_text

    text = ("date 2021-05-04\nOn Monday two border guards of Kyrgyzstan were killed near "
            "Ak-Sai, the service said.\n")
    base = extract_text(text)
    assert base and base[0]["date_start"] == "2021-05-03"
    for variant in (text.replace(" ", "\u00a0"),
                    "\ufeff" + text, text.replace("-", "\u2011"), text.replace("\n", "\r\n"),
                    text.replace(" two ", "\u202ftwo\u2009")):
        got = extract_text(variant)
        assert [(d["date_start"], [s["place"] for s in d["locations"]], d["fatalities"])
                for d in got] == [(d["date_start"], [s["place"] for s in d["locations"]],
                                   d["fatalities"]) for d in base], repr(variant[:40])


def test_a_no_break_space_keeps_the_offsets_of_the_file():
    doc = Document("date 2021-05-02\nGuards\u00a0fired near Ak-Sai.\n", "t.txt")
    assert doc.text == "date 2021-05-02\nGuards fired near Ak-Sai.\n"


def test_html_references_read_as_their_characters_with_the_offsets_of_the_file():
    raw = ("date 2021-05-02\nOfficials said: &quot;Guards fired near Ak-Sai&quot;, "
           "and AT&amp;T &#8212; no.\n")
    doc = Document(raw, "t.txt")
    assert len(doc.text) == len(raw)
    assert '     "Guards fired near Ak-Sai"     ,' in doc.text  # quotes stay on their words
    # the padding goes before a character that runs into a word, after one that does not
    assert "AT    &T" in doc.text and "—       no" in doc.text
    assert Document("Fish &chips; and &notareference; stay.").text == \
        "Fish &chips; and &notareference; stay."


def test_a_quote_written_as_references_keeps_its_own_today():
    from geoconflict.extract.pipeline import extract_text

    # «сегодня» inside a quotation is the day the quote is about (Monday), not the
    # publication day
    text = ('date 2021-05-05\nВ понедельник, 3 мая, пограничники Кыргызстана и Таджикистана '
            'открыли огонь у села Ак-Сай, сообщили очевидцы.\n"Перестрелка началась сегодня '
            'около семи вечера", - сказал один из них.\n')
    base = [(d["date_start"], d["date_end"]) for d in extract_text(text)]
    assert base == [("2021-05-03", "2021-05-03")]
    assert [(d["date_start"], d["date_end"])
            for d in extract_text(text.replace('"', "&quot;"))] == base


def test_a_copyright_caption_early_in_the_body_is_no_end_in_any_white_space():
    # a picture credit ("© Agency") a few lines into the body does not end it, whether the
    # lines end in CRLF or are indented: the first few hundred characters are counted
    # without their spaces
    lead = "Guards held five men\nnear the crossing\n" * 7  # 273 characters, 14 lines
    text = f"date 2021-05-02\n{lead}© Agency\nThe men were handed over to the police on Monday.\n"
    for variant in (text, text.replace("\n", "\r\n"), text.replace("\n", "\n\t  ")):
        doc = Document(variant)
        assert any("handed over" in s.text for s in doc.sentences), repr(variant[:30])
