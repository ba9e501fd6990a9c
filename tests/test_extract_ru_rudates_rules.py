"""Rules for Russian dates, sides and extra drafts found on ru-dev2, each tested on
sentences of our own."""

from geoconflict.extract.pipeline import extract_text


def drafts(text: str) -> list[dict]:
    return extract_text(text)


def test_a_state_lasting_since_a_year_is_no_event_of_its_own():
    text = ("date 2018-03-12\n"
            "В Душанбе сегодня состоялись переговоры делегаций по делимитации границы. "
            "Переговоры по спорным участкам были приостановлены с 2011 года.\n")
    ds = drafts(text)
    assert not any(d["date_start"].startswith("2011") for d in ds)
    assert len(ds) == 1 and ds[0]["date_start"] == "2018-03-12"
