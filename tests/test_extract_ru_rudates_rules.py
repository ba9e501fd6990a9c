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


def _injured_sides(text: str) -> list[tuple[int, str]]:
    return [(f["value"], f.get("side", "")) for d in drafts(text) for r in d.get("reports", [])
            for f in r.get("claims", {}).get("figures", []) if f["role"] == "injured"]


def test_those_hurt_by_one_sides_fire_are_of_the_other_side():
    text = ("date 2021-05-02\n"
            "Узбекские военные перешли границу у села Ворух и открыли стрельбу. "
            "Огнём таджикских пограничников трое нарушителей были ранены.\n")
    assert _injured_sides(text) == [(3, "UZ")]


def test_fire_of_one_side_gives_no_side_when_the_other_is_not_named():
    text = ("date 2021-05-02\n"
            "У села Ворух неизвестные открыли стрельбу. "
            "Огнём таджикских пограничников трое нарушителей были ранены.\n")
    assert _injured_sides(text) == [(3, "")]


def test_the_next_day_told_with_no_cue_widens_the_incident_before_it():
    text = ("date 2021-06-04\n"
            "Напомним, 28 апреля у села Ворух произошла перестрелка. "
            "На следующий день в спор вмешались пограничники обеих стран.\n")
    (d,) = [d for d in drafts(text) if d["date_start"] == "2021-04-28"]
    assert d["date_end"] == "2021-04-29"


def test_the_next_day_of_a_sentence_with_no_kind_forces_nothing():
    text = ("date 2021-06-04\n"
            "28 апреля делегация прибыла в Исфару. "
            "На следующий день в спор вмешались пограничники обеих стран.\n")
    assert not any(d["date_start"].startswith("2021-04") for d in drafts(text))


def test_roads_cleared_along_the_line_are_border_works():
    text = ("date 2019-05-20\n"
            "Военные Узбекистана с 14 мая очищали дороги вдоль границы у села Ворух.\n")
    (d,) = drafts(text)
    assert d["event_type"] == "Strategic developments"
    assert d["date_start"] == "2019-05-14"


def test_engineering_works_and_their_halt_are_cues():
    from geoconflict.extract.ru.events import sentence_kind

    assert sentence_kind("Инженерные работы проводятся с помощью экскаваторов.") == "other"
    assert sentence_kind("Соседняя сторона прекратила расчистку участка.") == "other"
    assert sentence_kind("Стороны очищали снег во дворе.") is None


def test_a_cue_in_a_phrase_of_purpose_tells_what_was_to_be_prevented():
    from geoconflict.extract.ru.events import sentence_kind

    assert sentence_kind("Для недопущения эскалации конфликта стороны закрыли пункт пропуска."
                         ) == "other"
    assert sentence_kind("Во избежание столкновений пограничники усилили охрану.") == "other"
    assert sentence_kind("После эскалации конфликта стороны закрыли пункт пропуска.") == "violence"


def test_an_undated_recap_is_not_more_of_the_incident_before_it():
    text = ("date 2019-05-20\n"
            "18 мая в Ворухе прошла встреча глав районов. "
            "Напомним, стороны подписали протокол о границе в Исфаре.\n")
    ds = drafts(text)
    assert len(ds) == 2
    news = next(d for d in ds if d["date_start"] == "2019-05-18")
    assert [s["place"] for s in news["locations"]] == ["tj-vorukh"]


def test_a_demarcation_begun_is_an_event_not_talk_of_talks():
    text = ("date 2019-05-20\n"
            "18 мая в Ворухе прошла встреча глав районов. "
            "Напомним, пограничники начали демаркацию границы у села Ак-Сай.\n")
    assert any(s["place"] == "kg-ak-sai" for d in drafts(text) for s in d["locations"])
    talk = ("date 2019-05-20\n"
            "18 мая в Ворухе прошла встреча глав районов. "
            "Напомним, стороны обсуждают демаркацию границы у села Ак-Сай.\n")
    assert not any(s["place"] == "kg-ak-sai" for d in drafts(talk) for s in d["locations"])


def test_a_decision_to_close_a_road_is_a_closure_not_an_agreement():
    from geoconflict.extract.ru.events import sentence_kind

    assert sentence_kind("Стороны договорились временно перекрыть трассу у села.") == "other"
    assert sentence_kind("Власти решили закрыть пункт пропуска.") == "other"
    assert sentence_kind("Стороны договорились о прекращении огня.") == "agreement"
    assert sentence_kind("Стороны договорились провести встречу.") == "agreement"


def test_a_hand_over_of_people_held_is_the_end_of_a_detention():
    from geoconflict.extract.ru.events import classify

    assert classify(["Нарушители были переданы узбекской стороне."]).sub_event_type == "Arrests"
    assert classify(["Стороны освободили трех пастухов."], "other").sub_event_type == "Arrests"
    assert classify(["Скот был передан владельцам."]).sub_event_type == "Other"


def test_the_day_people_released_were_held_is_a_detention_of_its_own():
    ds = drafts("date 2023-05-10\nПограничники освободили двух пастухов, задержанных 3 мая.\n")
    assert ("2023-05-03", "Arrests") in [(d["date_start"], d["sub_event_type"]) for d in ds]


def test_a_held_day_the_text_tells_again_gives_no_second_detention():
    text = ("date 2023-05-10\nПограничники вернули чабана, задержанного 3 мая. "
            "По данным ведомства, 3 мая у заставы «Майская» житель села был задержан.\n")
    assert [d["date_start"] for d in drafts(text)].count("2023-05-03") == 1


def test_people_counted_by_a_demonym_of_a_place_named_take_its_country():
    text = ("date 2023-05-10\n"
            "Жители села Ак-Сай перекрыли дорогу у села Ворух. "
            "В драке двое аксайцев были ранены, трое воруховцев получили травмы.\n")
    assert sorted(_injured_sides(text)) == [(2, "KG"), (3, "TJ")]


def test_a_demonym_of_no_place_named_gives_no_side():
    text = ("date 2023-05-10\n"
            "У села Ворух произошла драка. Двое аксайцев были ранены.\n")
    assert _injured_sides(text) == [(2, "")]


def test_counts_listed_after_a_dash_that_add_up_are_parts_of_the_count_before():
    from geoconflict.extract.ru.numbers import find_counts

    text = "Власти сообщили о ранении 5 человек – двоих военнослужащих и троих жителей."
    got = [(c.value, c.role) for c in find_counts(text, 0, len(text))]
    assert got == [(5, "injured"), (2, ""), (3, "")]
    other = "Власти сообщили о ранении 6 человек – двоих военнослужащих и троих жителей."
    assert [c.role for c in find_counts(other, 0, len(other))][1:] == ["injured", "injured"]


def test_a_relative_day_with_its_date_in_apposition_takes_that_date():
    (d,) = drafts("date 2022-09-28\n25 сентября глава ГКНБ сообщил о протоколе. "
                  "Накануне, 27 сентября, жители вышли на митинг в Баткене.\n")[-1:]
    assert (d["date_start"], d["event_type"]) == ("2022-09-27", "Protests")


def test_the_page_clock_line_is_a_report_date():
    from geoconflict.extract.pipeline import analyse, read_article
    art = analyse(read_article("date 2022-09-28\n24 ноября 2024, Бишкекское время 11:18\n"
                               "28 сентября жители вышли на митинг в Баткене.\n"))
    roles = {d.text: d.role for f in art.facts for d in f.dates}
    assert roles == {"24 ноября 2024": "report", "28 сентября": "event"}
