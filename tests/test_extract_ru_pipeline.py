"""Russian articles through `geoconflict extract`: detection, drafts, evidence, lazy load."""

import subprocess
import sys

import pytest
import yaml
from click.testing import CliRunner

from geoconflict.cli.main import cli
from geoconflict.extract.lang import detect_language

TEXT = ("date 2022-01-28\n"
        "Вчера вечером в селе Ворух произошла перестрелка между пограничниками. "
        "Погибли двое граждан Кыргызстана, ранены десять человек. "
        "Таджикская сторона сообщила, что никто из ее граждан не пострадал.\n")


def extract(*args, input=None):
    res = CliRunner().invoke(cli, ["extract", *args], input=input)
    assert res.exit_code == 0, res.output
    return yaml.safe_load(res.stdout)


def test_language_detected_from_the_text():
    assert detect_language(TEXT) == "ru"
    assert detect_language("date 2022-01-28\nTwo guards were killed in Vorukh.") == "en"


def test_russian_article_gives_a_draft_with_evidence_in_the_original_text():
    (d,) = extract("-", "--inline-evidence", input=TEXT)
    assert d["date_start"] == "2022-01-27" and d["date_precision"] == "day"
    assert d["event_type"] == "Battles" and d["sub_event_type"] == "Armed clash"
    assert d["title"] == "Armed clash at Vorukh, 2022-01-27"  # ours, in English
    stop = d["locations"][0]
    assert stop["place"] == "tj-vorukh" and stop["name"] == "Ворух"
    assert d["fatalities"]["best"] == 2 and d["injured"]["best"] == 10
    figures = d["reports"][0]["claims"]["figures"]
    killed = next(f for f in figures if f["role"] == "killed")
    assert killed["side"] == "KG"
    ev = killed["evidence"]
    assert TEXT[ev["start"]:ev["end"]] == "двое"  # offsets into the text as read


def test_lang_option_overrides_detection(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text(TEXT, encoding="utf-8")
    assert extract(str(art), "--lang", "en") == []  # read as English, nothing is found
    assert len(extract(str(art), "--lang", "ru")) == 1


def test_russian_resources_load_only_for_russian_text():
    code = ("import sys\n"
            "from click.testing import CliRunner\n"
            "from geoconflict.cli.main import cli\n"
            "r = CliRunner().invoke(cli, ['geocode', 'Vorukh'])\n"
            "assert r.exit_code == 0, r.output\n"
            "r = CliRunner().invoke(cli, ['extract', '-'], input='Two guards were killed '\n"
            "                       'near Vorukh on 3 May 2021.')\n"
            "assert r.exit_code == 0, r.output\n"
            "print('ru loaded' if 'geoconflict.extract.ru' in sys.modules else 'ru not loaded')\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "ru not loaded"


def test_page_furniture_is_not_read():
    text = ("date 2021-05-02\nМеню\n  • $ 85.50 +1.82\n"
            "Вчера у села Ворух произошла перестрелка. Стороны обвинили друг друга в "
            "провокации, обстановка остается напряженной, переговоры продолжаются.\n"
            "Архивное фото - Sputnik Таджикистан, 1920, 30.05.2021\n"
            "Читайте также\nВ Оше погибли двое.\n")
    (d,) = extract("-", input=text)
    assert [s["place"] for s in d["locations"]] == ["tj-vorukh"]  # not Osh of the headline
    assert d["date_start"] == "2021-05-01" and "fatalities" not in d


def test_a_sentence_without_a_cue_places_an_incident_only_when_it_has_no_place():
    placed = ("date 2021-05-02\nВчера на границе произошла перестрелка. "
              "В ходе патрулирования у села Ак-Сай наряд обнаружил нарушителей.\n")
    (d,) = extract("-", input=placed)
    assert [s["place"] for s in d["locations"]] == ["kg-ak-sai"]
    described = ("date 2021-05-02\nВчера у села Ворух произошла перестрелка. "
                 "Село Ак-Сай находится неподалеку.\n")
    (d,) = extract("-", input=described)
    assert [s["place"] for s in d["locations"]] == ["tj-vorukh"]


def _drafts(text):
    from geoconflict.extract.pipeline import extract_articles, read_article
    return extract_articles([read_article("date 2021-05-02\n" + text, "a.txt")],
                            merge=False).drafts


def test_a_headline_of_a_closure_joins_the_closure_it_announces():
    (d,) = _drafts("Граница закрыта\nУзбекистан 28 апреля закрыл пункт пропуска «Дустлик».")
    assert d["date_start"] == "2021-04-28"
    assert [s["place"] for s in d["locations"]] == ["uz-dustlik-checkpoint"]


def test_a_closure_dated_after_an_opening_is_an_incident_of_its_own():
    drafts = _drafts("Стороны откроют переход\nВ ближайшее время на границе откроют пункт "
                     "пропуска «Дустлик». Три года назад граница была закрыта. Переход "
                     "«Дустлик» планируют открыть весной.")
    assert sorted((d["date_start"], d["date_precision"]) for d in drafts) == [
        ("2018-01-01", "year"), ("2021-05-02", "day")]


def test_a_tally_of_incidents_is_not_another_incident():
    (d,) = _drafts("Вчера у села Ак-Сай произошла перестрелка. Это уже второй конфликт с "
                   "начала года.")
    assert d["date_start"] == "2021-05-01"
    drafts = _drafts("Вчера у села Ак-Сай произошла перестрелка. Второй конфликт случился "
                     "12 марта у села Ворух.")
    assert len(drafts) == 2


def _figures(text):
    (d,) = _drafts(text)
    return [(f["role"], f["value"], f.get("side", "")) for r in d["reports"]
            for f in r.get("claims", {}).get("figures", [])]


def test_people_named_by_their_home_take_its_country_as_their_side():
    assert _figures("Вчера ранены двое жителей Ак-Сая и трое жителей села Ворух.") == [
        ("injured", 2, "KG"), ("injured", 3, "TJ")]
    assert _figures("Вчера задержан чабан из села Кара-Белес.") == [("detained", 1, "KG")]
    # a place where they were hurt is no home
    assert _figures("Вчера ранены двое в селе Ворух.") == [("injured", 2, "")]
    # evacuated from a village named before them: its residents
    assert _figures("Вчера у села Ак-Сай шли бои. Из села Кок-Таш эвакуированы около 500 "
                    "человек.") == [("evacuated", 500, "KG")]
    assert _figures("Вчера у села Ак-Сай шли бои, 500 человек эвакуированы в Исфару.") == [
        ("evacuated", 500, "")]


def test_a_headline_of_a_hand_over_told_later_adds_no_incident():
    drafts = _drafts("Пограничники вернули чабана\nБИШКЕК, 1 мая. 28 апреля узбекские "
                     "пограничники задержали чабана у села Кара-Белес. 30 апреля его передали "
                     "кыргызской стороне на заставе «Баймак».")
    assert sorted((d["date_start"], d["locations"][0]["place"]) for d in drafts) == [
        ("2021-04-28", "kg-kara-beles"), ("2021-04-30", "kg-baymak-border-post")]


@pytest.mark.parametrize("tally", [
    "В прошлом году здесь было пять таких инцидентов.",
    "За последние три года здесь произошло 15 инцидентов.",
    "Подобные конфликты здесь происходят часто.",
    "С начала года на границе погибли пять человек.",
], ids=["such-incidents-last-year", "incidents-over-years", "such-conflicts-happen",
        "dead-since-new-year"])
def test_events_or_victims_counted_over_a_period_are_no_incident(tally):
    (d,) = _drafts("Вчера у села Ак-Сай произошла перестрелка, ранен пограничник. " + tally)
    assert d["date_start"] == "2021-05-01" and "fatalities" not in d


def test_a_number_of_events_is_no_toll():
    assert _figures("Вчера у села Ак-Сай произошли две перестрелки, ранены пятеро.") == [
        ("injured", 5, "")]


def test_an_incident_recalled_from_months_before_borrows_no_place():
    drafts = _drafts("Вчера у села Ак-Сай произошла перестрелка. Напомним, в августе прошлого "
                     "года в ходе столкновений на границе погибли 10 человек.")
    by_year = {d["date_start"][:4]: d for d in drafts}
    assert [s["place"] for s in by_year["2021"]["locations"]] == ["kg-ak-sai"]
    assert by_year["2020"]["locations"] == []


@pytest.mark.parametrize("text", [
    "Бои у села Ак-Сай начались 28 апреля и продолжались до 1 мая.",
    "Перестрелка у села Ак-Сай началась 28 апреля и шла вплоть до 1 мая.",
], ids=["went-on-until", "went-on-right-up-to"])
def test_fighting_that_went_on_until_a_day_spans_to_it(text):
    (d,) = _drafts(text)
    assert (d["date_start"], d["date_end"]) == ("2021-04-28", "2021-05-01")


def test_a_state_until_a_day_does_not_widen_the_fighting():
    (d,) = _drafts("Перестрелка у села Ак-Сай была 28 апреля, переход закрыт до 1 мая.")
    assert (d["date_start"], d["date_end"]) == ("2021-04-28", "2021-04-28")


@pytest.mark.parametrize("text, side", [
    ("Вчера пограничники Кыргызстана попали под обстрел у села Ак-Сай. Ранены двое "
     "пограничников.", "KG"),
    ("Вчера в ходе обстрела таджикской заставы у села Ворух погиб один военнослужащий.", "TJ"),
    # the forces of both countries named: no side
    ("Вчера у села Ак-Сай пограничники Кыргызстана и Таджикистана открыли огонь. Ранены "
     "двое пограничников.", ""),
    # residents of a country are no force: no side for the guards
    ("Вчера жители Таджикистана бросали камни у села Ак-Сай. Ранены двое пограничников.",
     ""),
    # the forces of both named, those of one fired on: the hurt are theirs
    ("Вчера у села Ак-Сай таджикские военные обстреляли кыргызскую заставу, ранены двое "
     "пограничников.", "KG"),
    ("Вчера у села Ак-Сай пограничники Кыргызстана открыли огонь по таджикским "
     "пограничникам. Ранены двое пограничников.", "TJ"),
    # the only force named is the one that fired: the dead are not theirs
    ("Вчера у села Ак-Сай таджикские военнослужащие обстреляли пограничный наряд. Погиб "
     "один пограничник.", ""),
    ("Вчера у села Ак-Сай таджикские военнослужащие обстреляли кыргызский пограничный "
     "наряд. Погиб один пограничник.", "KG"),
], ids=["guards-of-one-country-before", "its-post", "both-forces", "residents-only",
        "post-fired-on", "guards-fired-on", "only-the-shooters-named", "patrol-fired-on"])
def test_men_of_a_force_take_the_side_of_the_one_force_their_paragraph_named(text, side):
    (fig,) = _figures(text)
    assert fig[2] == side


def test_more_of_men_of_a_force_take_the_side_their_paragraph_gave_them():
    assert _figures("Вчера у села Ак-Сай пограничники Кыргызстана попали в засаду. Погибли "
                    "двое пограничников, ещё трое ранены.") == [("killed", 2, "KG"),
                                                               ("injured", 3, "KG")]


def test_a_protest_going_on_since_a_day_spans_to_publication():
    (d,) = _drafts("Жители села Ак-Сай перекрыли дорогу. Акция протеста продолжается со "
                   "вчерашнего дня.")
    assert (d["date_start"], d["date_end"]) == ("2021-05-01", "2021-05-02")


@pytest.mark.parametrize("text", [
    "29 апреля пресс-служба погранслужбы сообщила о задержании пастуха у села Ак-Сай.",
    "О задержании пастуха у села Ак-Сай стало известно 29 апреля.",
], ids=["day-opens-the-sentence", "day-closes-it"])
def test_an_undated_incident_is_dated_by_the_day_it_was_told(text):
    (d,) = _drafts(text)
    assert (d["date_start"], d["date_end"]) == ("2021-04-29", "2021-04-29")


def test_an_undated_incident_takes_the_day_of_the_sentence_after_it_that_told_it():
    (d,) = _drafts("Пограничники задержали пастуха у села Ак-Сай. Об этом 29 апреля сообщили в "
                   "погранслужбе.")
    assert (d["date_start"], d["date_end"]) == ("2021-04-29", "2021-04-29")
    # a report of something else gives no day
    (d,) = _drafts("Пограничники задержали пастуха у села Ак-Сай. 29 апреля в погранслужбе "
                   "сообщили о новом графике работы.")
    assert d["date_start"] == "2021-05-02"
