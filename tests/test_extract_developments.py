"""Closures, openings, demining, deployments and detentions are incidents; an article with a
date always gives dated drafts."""

from geoconflict.extract import extract_articles, extract_text, read_article


def test_a_border_closure_is_a_development_of_its_own():
    (d,) = extract_text("date 2022-05-11\nOn May 10 Uzbekistan closed the checkpoint near "
                        "Dostuk to all traffic.\n")
    assert (d["event_type"], d["sub_event_type"]) == ("Strategic developments", "Other")
    assert d["title"].startswith("Border closed or opened") and d["date_start"] == "2022-05-10"


def test_opened_fire_at_the_border_is_no_opening():
    (d,) = extract_text("date 2022-05-11\nOn May 10 border guards opened fire at the border "
                        "near Ak-Sai.\n")
    assert d["event_type"] == "Battles"


def test_a_detention_alone_is_an_arrest():
    (d,) = extract_text("date 2022-05-11\nOn May 9 Kyrgyz border guards detained two Uzbek "
                        "nationals near Ak-Sai.\n")
    assert d["sub_event_type"] == "Arrests" and d["detained"]["best"] == 2


def test_an_undated_event_takes_the_publication_date_with_a_warning():
    ex = extract_articles([read_article("date 2022-05-11\nBorder guards exchanged fire near "
                                        "Ak-Sai.\n", "a.txt")])
    (d,) = ex.drafts
    assert (d["date_start"], d["date_precision"]) == ("2022-05-11", "day")
    assert d["evidence"]["date"].startswith("publication date")
    assert any("dated to the publication date 2022-05-11" in w for w in ex.warnings)


def test_a_month_header_is_a_publication_date_at_month_precision():
    doc = read_article("date 2012-01\nsource https://example.org/x\nBorder guards exchanged "
                       "fire near Ak-Sai.\n", "m.txt")
    assert doc.published == "2012-01"
    (d,) = extract_articles([doc]).drafts
    assert (d["date_start"], d["date_end"], d["date_precision"]) == (
        "2012-01-01", "2012-01-31", "month")


def test_a_draft_naming_no_place_is_warned_about():
    ex = extract_articles([read_article("date 2022-05-11\nOn May 10 border guards exchanged "
                                        "fire on the border.\n", "b.txt")])
    assert any("names no known place" in w for w in ex.warnings)


def test_a_reopening_ceremony_of_a_checkpoint_is_found():
    (d,) = extract_text("date 2022-05-11\nOn May 10 officials attended the reopening ceremony "
                        "of a major checkpoint near Dostuk.\n")
    assert d["title"].startswith("Border closed or opened") and d["date_start"] == "2022-05-10"


def test_a_deal_that_is_the_articles_news_is_an_incident_even_with_a_date_of_telling_only():
    (d,) = extract_text("date 2022-05-11\nThe two countries agreed to reopen a crossing near "
                        "Dostuk, officials said on Tuesday.\n")
    assert d["sub_event_type"] == "Agreement"


def test_officials_who_met_somewhere_on_a_day_is_a_meeting():
    (d,) = extract_text("date 2022-05-11\nOn May 3 officials of the two countries met in "
                        "Batken to discuss the border.\n")
    assert d["sub_event_type"] == "Agreement" and d["date_start"] == "2022-05-03"


def test_a_closure_is_dated_by_the_start_of_the_state():
    (d,) = extract_text("date 2022-05-11\nThe checkpoint near Dostuk has been closed since "
                        "March 2020.\n")
    assert (d["date_start"], d["date_precision"]) == ("2020-03-01", "month")


def test_an_undated_event_that_says_how_long_it_has_lasted_starts_that_long_before():
    ex = extract_articles([read_article("date 2010-05-24\nThe border with Tajikistan has been "
                                        "closed for 10 days.\n", "c.txt")])
    (d,) = ex.drafts
    assert (d["date_start"], d["date_end"]) == ("2010-05-14", "2010-05-24")
    assert any("dated to the publication date 2010-05-24, from 2010-05-14" in w
               for w in ex.warnings)
    (d,) = extract_text("date 2010-06-15\nSix days of fighting in Osh have left 170 people "
                        "dead.\n")  # the day told is the sixth
    assert (d["date_start"], d["date_end"]) == ("2010-06-10", "2010-06-15")
    (d,) = extract_text("date 2010-06-15\nTwo guards have been detained in Osh for the past two "
                        "weeks.\n")
    assert d["date_start"] == "2010-06-01"


def test_a_stretch_of_another_kind_or_without_a_perfect_tense_dates_nothing_back():
    talks = extract_text("date 2010-06-15\nAfter two days of talks nothing was agreed about "
                         "Osh, where 3 people were killed.\n")
    fight = next(d for d in talks if d["event_type"] == "Battles")
    assert fight["date_start"] == "2010-06-15"  # the talks lasted two days, not the fighting
    (d,) = extract_text("date 2010-06-15\nIn Osh the border was closed for 10 days.\n")
    assert d["date_start"] == "2010-06-15"  # a past closure of unknown date


def test_events_counted_since_a_day_span_up_to_the_telling_a_state_starts_on_it():
    (d,) = extract_text("date 2010-05-24\nSince May 18, guards have detained five Uzbek "
                        "citizens near Kadamjai.\n")
    assert (d["date_start"], d["date_end"]) == ("2010-05-18", "2010-05-24")
    (d,) = extract_text("date 2010-05-24\nSince May 18, Uzbekistan has closed the border "
                        "with Tajikistan.\n")
    assert (d["date_start"], d["date_end"]) == ("2010-05-18", "2010-05-18")


def test_with_the_publication_known_to_the_month_the_telling_is_after_the_last_day_told():
    drafts = extract_text("date 2015-02\nGuards detained an Uzbek man near Kadamjai on "
                          "February 10.\nSix other Uzbek citizens were detained in two "
                          "separate cases since February 1.\n")
    assert sorted((d["date_start"], d["date_end"], d["detained"]["best"]) for d in drafts) == [
        ("2015-02-01", "2015-02-10", 6), ("2015-02-10", "2015-02-10", 1)]
