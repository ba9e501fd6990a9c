"""Rules from the en-dev10 and ru-dev9 sets (annotated to the en/ru keys' granularity):
talks after a road block are part of it, many acts counted over a year are statistics
even with their dead, and a year a plan or results cover dates nothing."""

from geoconflict.extract import extract_text
from geoconflict.extract._date_roles import role
from geoconflict.extract.ru._date_roles import role as ru_role


def _kinds(text: str) -> list[str]:
    return sorted(d["sub_event_type"] for d in extract_text("date 2020-05-10\n" + text + "\n"))


def test_talks_held_to_end_a_road_block_are_part_of_it():
    (d,) = extract_text("date 2020-05-10\nOn May 9 residents of Ak-Sai blocked the road to "
                        "Vorukh. The same day officials of the two districts held talks with "
                        "them.\n")
    assert d["event_type"] == "Protests" and len(d["evidence"]["followups"]) == 1


def test_many_acts_counted_over_a_year_with_their_dead_are_statistics():
    assert _kinds("Last year there were at least fourteen cases of violence on the border, "
                  "in which six people were killed.") == []
    # few acts are events ("two guards killed in 2 attacks near X in 2021")
    assert _kinds("In 2019 two guards were killed in two attacks near Kok-Tash.") == [
        "Armed clash"]


def test_a_year_that_results_a_plan_or_a_schedule_cover_is_no_event_date():
    for text in ("The results of work for 2023 were summed up.",
                 "The schedule of meetings for 2024 was approved.",
                 "The plan for the year 2024 was adopted."):
        at = text.index("20")
        assert role(text, at, at + 4) == "period", text
    text = "Talks were held in 2023."
    assert role(text, text.index("20"), text.index("20") + 4) == "event"


def test_a_russian_year_that_results_or_a_plan_cover_is_no_event_date():
    for text in ("Подведены итоги работы за 2023 год.", "Утвержден график встреч на 2024 год."):
        at = text.index("20")
        assert ru_role(text, at, at + 8, "y") == "period", text
    text = "Переговоры прошли в 2023 году."
    assert ru_role(text, text.index("20"), text.index("20") + 9, "y") == "event"


def test_a_page_stamp_after_a_few_words_with_its_clock_dates_no_event():
    from geoconflict.extract.ru._date_follow import stamp_line
    line = "Узбекистан Материалы 14 ноября 2014 11:40 (UTC +04:00)\nТекст."
    a = line.index("14")
    assert stamp_line(line, a, a + len("14 ноября 2014"))
    # a clock time in a sentence is the event's
    text = "Перестрелка произошла 14 ноября 2014 года в 11:40 у села Ак-Сай."
    a = text.index("14")
    assert not stamp_line(text, a, a + len("14 ноября 2014 года"))


def test_a_russian_recap_with_no_date_at_the_place_told_retells_the_news():
    news = ("date 2019-11-06\n6 ноября боевики напали на погранзаставу «Ишкобод». ")
    (d,) = extract_text(news + "Напомним, ранее стало известно, что группа боевиков атаковала "
                        "погранзаставу «Ишкобод».\n")
    assert d["event_type"] == "Battles"
    # a recap with a date of its own tells an earlier event
    assert len(extract_text(news + "Напомним, 3 мая 2018 года боевики атаковали "
                            "погранзаставу «Ишкобод».\n")) == 2


def test_detainees_handed_to_their_captors_police_are_part_of_the_detention():
    held = ("date 2020-08-10\nOn August 9 Kyrgyz border guards detained two Uzbek citizens "
            "near Ak-Sai. ")
    (d,) = extract_text(held + "The detainees were handed over to the Ministry of Internal "
                        "Affairs for further investigation.\n")
    assert d["sub_event_type"] == "Arrests"
    # handed over to the other side: a development of its own
    assert len(extract_text(held + "On August 10 the detainees were handed over to the Uzbek "
                            "side.\n")) == 2


def test_a_russian_recap_gives_no_kind_to_the_description_before_it():
    from geoconflict.extract.pipeline import analyse, read_article
    text = ("date 2019-09-17\nНа КПП «Кулунду-автодорожный» таджикской стороной временно "
            "приостановлен пропуск граждан. Ограничение не касается граждан третьих стран. "
            "Они могут пересекать границу. КПП «Кулунду-автодорожный» - многосторонний пункт "
            "пропуска. Напомним, 16 сентября на границе произошёл инцидент с применением "
            "оружия.\n")
    facts = analyse(read_article(text, "k.txt")).facts
    assert [f.kind for f in facts] == ["other", None, None, None, "violence"]


def test_a_russian_reopening_told_in_the_future_is_of_the_coming_days():
    from geoconflict.extract.ru._date_roles import future
    text = "С 4 декабря пункты пропуска возобновят работу в штатном режиме."
    assert future(text, 0, 11)


def test_the_scene_of_a_lone_sentence_of_violence_may_be_told_two_sentences_on():
    text = ("date 2021-02-11\nA skirmish occurred between residents and Uzbek border guards "
            "at the border. Video of the incident appeared on the Internet. Its authors claim "
            "that the guards have blocked pastures near Ak-Sai.\n")
    (d,) = extract_text(text)
    assert [s["place"] for s in d["locations"]] == ["kg-ak-sai"]


def test_a_detention_told_as_one_more_at_another_place_is_its_own():
    text = ("date 2021-02-06\nBorder guards detained a van near Ak-Sai. A car was also "
            "detained near Dostuk. Another man was detained for driving cattle near Kok-Tash.\n")
    assert _kinds(text[16:]) == ["Arrests"] * 3
    # one more detainee with no place of its own is the same detention's
    assert _kinds("Border guards detained a van near Ak-Sai. Its driver was also detained.") \
        == ["Arrests"]


def test_russian_page_stamps_with_a_clock_or_dashes_are_report_dates():
    from geoconflict.extract.dates import parse_published
    from geoconflict.extract.ru.dates import find_dates
    text = "Астана, 16:27 | 14 марта\nДата: 12:09, 13-03-2025.\nДоговор подписан 13 марта.\n"
    found = [(d.text, d.role) for d in find_dates(text, parse_published("2025-03-14"))]
    assert found == [("14 марта", "report"), ("13-03-2025", "report"),
                     ("13 марта", "event")]
    # a year inside an ISO-like stamp is no day-month-year
    assert [d.text for d in find_dates("2016-4-14 14:13 |\n", parse_published("2016-04-14"))] \
        != ["16-4-14"]


def test_an_incident_at_a_place_the_gazetteer_lacks_borrows_no_neighbours_place():
    text = ("date 2021-02-06\nBorder guards detained a van near Ak-Sai. Another man was "
            "detained for driving cattle in Zzyzxovo area.\n")
    ds = extract_text(text)
    assert len(ds) == 2
    lone = next(d for d in ds if not any(s["place"] == "kg-ak-sai" for s in d["locations"]))
    assert lone["locations"] == [] and "Zzyzxovo" in str(lone.get("unresolved_places"))


def test_a_surveyors_picket_number_is_no_protest():
    from geoconflict.extract.ru.events import sentence_kind
    assert sentence_kind("На карте она обозначена как Пикет №43.") is None
    assert sentence_kind("Жители вышли на пикет у здания акимиата.") == "protest"


def test_a_ceasefire_told_undated_amid_a_clashs_sentences_ends_its_story():
    text = ("date 2021-05-17\nA clash broke out near Kok-Tash on April 28-29. The countries "
            "agreed a complete ceasefire after the violence killed 55 people. On April 29 "
            "19 people were killed near Kok-Tash.\n")
    (d,) = extract_text(text)
    assert d["event_type"] == "Battles" and d["date_start"] == "2021-04-28"


def test_russian_passage_stopped_restricted_or_set_up_is_a_border_development():
    from geoconflict.extract.ru.events import sentence_kind
    for text in ("С 18 января прекращен пропуск через пункт «Кызыл-Кия».",
                 "Ограничен въезд граждан Кыргызстана.",
                 "Через пост будет организован пропуск граждан третьих стран.",
                 "Узбекская сторона осуществляет пропуск граждан в одностороннем порядке."):
        assert sentence_kind(text) == "other", text
    # a ceasefire is no crossing stopped; a restriction's cause told is not one either
    assert sentence_kind("Стороны договорились о прекращении огня на границе.") == "agreement"


def test_a_detention_told_amid_a_shooting_is_part_of_it():
    text = ("date 2021-12-23\nOn December 22 Tajik soldiers fired at a truck near Maksat. "
            "The driver had stopped to fetch water. Three soldiers got into the truck. They "
            "demanded to drive to Tajikistan. The driver shouted that he had been detained. "
            "Then the soldiers fired at the truck's tyres.\n")
    (d,) = extract_text(text)
    assert d["event_type"] != "Strategic developments"


def test_a_russian_detention_on_the_day_of_a_clash_is_part_of_it():
    # the fold reads the Russian sentences with the Russian event types
    text = ("date 2021-12-23\n22 декабря у села Максат пограничники открыли огонь. Об этом "
            "сообщили в ГКНБ. 22 декабря пограничники задержали двоих граждан у села Максат.\n")
    (d,) = extract_text(text)
    assert d["event_type"] != "Strategic developments"


def test_a_states_diplomatic_protest_is_no_protest_event():
    from geoconflict.extract.events import sentence_kind
    for text in ("Kyrgyzstan Protests Detention Of Two Men At Tajik Border",
                 "The Foreign Ministry protested the detention.",
                 "The ministry handed a note of protest to the ambassador.",
                 "Bishkek sent a protest note to Dushanbe."):
        assert sentence_kind(text) != "protest", text
    assert sentence_kind("Hundreds of people protested in Batken.") == "protest"
