"""Rules found on the fresh Russian dev corpora ru-dev3 and ru-dev4, each tested on
sentences of our own: quarters of a year, residents named by their home, the side of
border guards of a post attacked in a country, counts beaten as well as held."""

from datetime import date

from geoconflict.extract.dates import parse_published
from geoconflict.extract.pipeline import extract_text
from geoconflict.extract.ru.dates import find_dates

PUB = parse_published("2019-07-10")


def _event_spans(text: str) -> list[tuple[date, date]]:
    return [(d.value.start, d.value.end) for d in find_dates(text, PUB)
            if d.value is not None and d.role == "event"]


def test_a_quarter_of_a_year_is_its_three_months():
    spans = _event_spans("Во втором квартале текущего года задержаны 15 нарушителей границы.")
    assert spans == [(date(2019, 4, 1), date(2019, 6, 30))]
    assert _event_spans("За первый квартал 2017 года задержаны трое.") == [
        (date(2017, 1, 1), date(2017, 3, 31))]
    assert _event_spans("В четвертом квартале прошлого года задержан один.") == [
        (date(2018, 10, 1), date(2018, 12, 31))]


def test_a_block_of_a_town_is_no_quarter_of_a_year():
    assert _event_spans("В квартале у рынка задержан один нарушитель.") == []


def _contexts(text: str) -> dict[str, str]:
    from geoconflict.extract.pipeline import read_article
    from geoconflict.extract.ru.toponyms import find_toponyms
    from geoconflict.gazetteer import default_gazetteer
    doc = read_article("date 2020-05-10\n" + text, "t.txt")
    return {m.place.id: m.context for m in find_toponyms(doc, default_gazetteer())
            if m.place is not None}


def test_residents_counted_with_an_adjective_of_their_village_are_of_their_home():
    ctx = _contexts("В Баткенской области около 50 жителей соседнего села Ак-Сай "
                    "перекрыли дорогу.")
    assert ctx["kg-ak-sai"] == "home"
    assert ctx["kg-batken-region"] == ""


def test_residents_who_block_a_road_in_their_village_are_its_scene():
    assert _contexts("Жители села Ак-Сай перекрыли дорогу.")["kg-ak-sai"] == ""


def test_residents_who_joined_an_action_come_from_their_villages():
    ctx = _contexts("В акции приняли участие и жители приграничных сел Ак-Сай и Ворух.")
    assert ctx["kg-ak-sai"] == ctx["tj-vorukh"] == "home"


def test_where_people_trade_is_no_scene():
    ctx = _contexts("В Баткенской области задержаны пятеро граждан, торговавших на рынке "
                    "города Исфары.")
    assert ctx["tj-isfara"] == "home"
    assert ctx["kg-batken-region"] == ""


def _figures(text: str, pub: str = "2020-05-10") -> set[tuple[str, int, str]]:
    out = set()
    for d in extract_text(f"date {pub}\n" + text):
        for r in d.get("reports", []):
            out |= {(x["role"], x["value"], x.get("side", ""))
                    for x in r.get("claims", {}).get("figures", [])}
    return out


def test_guards_hurt_in_an_attack_on_a_post_in_a_country_are_its_own():
    figs = _figures("В Таджикистане 5 мая совершено нападение на погранзаставу. "
                    "Один пограничник погиб, еще трое ранены.")
    assert ("killed", 1, "TJ") in figs
    assert ("injured", 3, "TJ") in figs


def test_an_attack_on_a_post_without_a_country_gives_no_side():
    figs = _figures("5 мая совершено нападение на погранзаставу. Один пограничник погиб.")
    assert ("killed", 1, "") in figs


def test_one_killed_by_a_blamed_force_is_of_the_blaming_country():
    figs = _figures("Власти Кыргызстана обвинили таджикских военных в убийстве чабана "
                    "5 мая у села Ак-Сай.")
    assert ("killed", 1, "KG") in figs


def test_one_hurt_named_again_as_a_citizen_takes_that_country():
    figs = _figures("5 мая у села Ак-Сай в перестрелке ранен один охотник. "
                    "Раненому гражданину Таджикистана оказали помощь.")
    assert ("injured", 1, "TJ") in figs


def test_a_citizen_named_as_held_gives_the_hurt_one_no_side():
    figs = _figures("5 мая у села Ак-Сай в перестрелке ранен один охотник. "
                    "Задержан гражданин Таджикистана.")
    assert ("injured", 1, "") in figs


def _roles(sentence: str) -> list[tuple[str, int]]:
    from geoconflict.extract.ru.numbers import find_counts
    return [(c.role, c.value) for c in find_counts(sentence, 0, len(sentence)) if c.role]


def test_a_teller_before_that_is_not_one_of_those_held():
    roles = _roles("Житель села сообщил, что двое пастухов были задержаны.")
    assert roles == [("detained", 2)]


def test_held_and_beaten_is_both_roles():
    assert sorted(_roles("Двое подростков были задержаны и избиты.")) == [
        ("detained", 2), ("injured", 2)]
    assert _roles("Двое подростков были задержаны и отпущены.") == [("detained", 2)]


def test_the_held_beaten_after_a_pronoun_are_hurt_too():
    roles = _roles("Трое чабанов задержаны, и затем им устроили допрос с побоями.")
    assert sorted(roles) == [("detained", 3), ("injured", 3)]
    assert _roles("Трое чабанов задержаны, допрос продолжался час.") == [("detained", 3)]


def test_those_held_by_one_countrys_guards_are_of_the_other_country_named():
    figs = _figures("5 мая двое пастухов были задержаны кыргызскими пограничниками у "
                    "села Ворух.")
    assert ("detained", 2, "TJ") in figs
    figs = _figures("5 мая двое пастухов были задержаны кыргызскими пограничниками у "
                    "села Ак-Сай.")
    assert ("detained", 2, "") in figs


def test_a_detention_told_after_a_beating_of_those_held_is_one_incident():
    ds = extract_text("date 2020-05-10\n5 мая двое чабанов были задержаны и избиты в селе "
                      "Ак-Сай. Чабанов задержали на пастбище у села Ворух.\n")
    assert len(ds) == 1
    assert {s["place"] for s in ds[0]["locations"]} == {"kg-ak-sai", "tj-vorukh"}


def test_where_people_came_from_is_no_scene():
    ctx = _contexts("В Баткене у здания администрации собрались люди, они приехали утром "
                    "из села Ак-Сай.")
    assert ctx["kg-ak-sai"] == "home"
    assert ctx["kg-batken"] == ""


def test_a_place_named_in_a_demand_is_what_is_demanded():
    ctx = _contexts("В Баткене жители вышли на митинг и требуют открыть пункт пропуска "
                    "у села Ворух.")
    assert ctx["tj-vorukh"] == "what is demanded"
    assert ctx["kg-batken"] == ""


def _found(text: str) -> list[str]:
    from geoconflict.extract.pipeline import read_article
    from geoconflict.extract.ru.toponyms import find_toponyms
    from geoconflict.gazetteer import default_gazetteer
    doc = read_article("date 2020-05-10\n" + text, "t.txt")
    return [m.place.id for m in find_toponyms(doc, default_gazetteer()) if m.place is not None]


def test_a_surname_after_a_first_name_is_a_person_all_through_the_text():
    assert _found("Митингующие ждут губернатора Жениша Разакова. Разаков приехал к ним "
                  "вечером.") == []
    assert _found("Митингующие ждут губернатора. Он приехал к ним из Разакова вечером.")


def test_so_many_days_earlier_counts_back_from_the_day_told_before():
    found = [(d.text, d.value.start) for d in find_dates(
        "Пастух задержан 5 мая. Тремя днями ранее он перешел границу.", PUB)
        if d.value is not None]
    assert found == [("5 мая", date(2019, 5, 5)), ("Тремя днями ранее", date(2019, 5, 2))]


def test_so_many_days_earlier_with_no_day_before_counts_from_publication():
    assert _event_spans("Нарушитель был задержан двумя днями ранее у границы.") == [
        (date(2019, 7, 8), date(2019, 7, 8))]
    assert _event_spans("Нарушитель был задержан днем ранее у границы.") == [
        (date(2019, 7, 9), date(2019, 7, 9))]


def test_a_day_counted_back_in_a_quote_counts_from_the_report_day():
    text = ("Пастух был задержан двумя днями ранее у границы.\n"
            "ОШ, 9 апр — \"Пастух был задержан двумя днями ранее у границы\", — сказал он.")
    days = [(d.value.start, d.role) for d in find_dates(text, parse_published("2019-04-09"))
            if d.value is not None and d.kind == "after"]
    assert days == [(date(2019, 4, 7), "event"), (date(2019, 4, 7), "event")]


RETURNED = ("Пограничники вернули домой гражданина Таджикистана.\n"
            "Гражданин Таджикистана был задержан двумя днями ранее у села Ворух за нарушение "
            "границы.\nОШ, 9 апр — Пограничники вернули домой гражданина Таджикистана, сообщил "
            "представитель.\n\"Гражданин Таджикистана был задержан двумя днями ранее у села "
            "Ворух за нарушение границы\", — уточнил он.\n")


def test_the_lede_told_again_in_a_quote_is_no_other_detention():
    from geoconflict.extract.ru._retold import Retold
    r = Retold()
    assert not r.of("Гражданин Таджикистана был задержан у села Ворух за нарушение границы.")
    assert not r.of("Пограничники вернули нарушителя домой через два дня.")
    assert r.of("\"Гражданин Таджикистана был задержан у села Ворух за нарушение границы\", "
                "— уточнил он.")
    ds = extract_text("date 2019-04-09\n" + RETURNED)
    assert sorted(d["date_start"] for d in ds) == ["2019-04-07", "2019-04-09"]


def test_those_who_beat_or_took_hostages_are_no_victims():
    assert _roles("Трое граждан соседней страны избили местного пастуха.") == [("injured", 1)]
    assert _roles("Около 200 жителей взяли в заложники 16 граждан.") == [("detained", 16)]
    assert _roles("Двое пастухов были избиты.") == [("injured", 2)]
    assert _roles("5 человек задержали пограничники.") == [("detained", 5)]
    assert _roles("Около 200 жителей села сегодня, 21 мая, взяли в заложники 16 граждан.") == [
        ("detained", 16)]
    assert _roles("Трое погибли, ранили двоих.") == [("killed", 3), ("injured", 2)]


def test_a_demonym_after_a_number_names_no_single_person():
    figs = _figures("5 мая у села Ак-Сай ранен один пастух. К нему подошли три узбекистанца.")
    assert ("injured", 1, "") in figs
    figs = _figures("5 мая у села Ак-Сай ранен один пастух. Пострадавший узбекистанец "
                    "доставлен домой.")
    assert ("injured", 1, "UZ") in figs


def test_a_crowd_that_voiced_its_anger_is_a_protest():
    ds = extract_text("date 2020-05-10\n5 мая у села Ак-Сай собралось около 40 местных "
                      "жителей, они выразили возмущение закрытием дороги.\n")
    assert [d["event_type"] for d in ds] == ["Protests"]
    ds = extract_text("date 2020-05-10\n5 мая у села Ак-Сай собралось около 40 местных "
                      "жителей на свадьбу.\n")
    assert all(d["event_type"] != "Protests" for d in ds)


def test_the_nth_day_of_an_action_spans_back_from_publication():
    assert _event_spans("У здания администрации второй день продолжается акция жителей.") == [
        (date(2019, 7, 9), date(2019, 7, 10))]
    assert _event_spans("Третьи сутки идут бои у села.") == [
        (date(2019, 7, 8), date(2019, 7, 10))]
    assert _event_spans("Во второй день визита министр встретился с жителями.") == []


def test_a_weekday_the_news_was_told_on_is_the_day_its_today_means():
    text = ("Узбекистан закрыл пункт пропуска, сообщил в понедельник источник. "
            "«Пункт пропуска закрыт с сегодняшнего дня», – сказал он.")
    pub = parse_published("2019-07-10")  # a Wednesday
    today = [d.value.start for d in find_dates(text, pub) if d.kind == "rel"]
    assert today == [date(2019, 7, 8)]


def test_detainees_handed_to_the_police_are_no_hand_over_of_their_own():
    from geoconflict.extract.ru.events import development_of
    assert development_of("Нарушители переданы в органы внутренних дел.") != "development"
    assert development_of("Нарушители переданы таджикской стороне.") == "development"


def test_armed_men_bursting_into_homes_are_a_raid_and_a_threat_of_eviction_is_none():
    from geoconflict.extract.ru.events import development_of, sentence_kind
    assert sentence_kind("Вооруженные люди ворвались в дома сельчан.") == "violence"
    assert sentence_kind("Вооруженные люди ворвались в село.") != "violence"
    assert development_of("Им угрожали выселением из домов.") == ""
    assert development_of("Началось выселение жителей из домов.") == "development"


def test_residents_who_tell_what_befell_are_named_by_their_home():
    assert _contexts("Жители Воруха сообщили, что пастухов задержали у села Ак-Сай.") == {
        "tj-vorukh": "home", "kg-ak-sai": ""}
    assert _contexts("Жители Воруха: пастухов задержали у села Ак-Сай.")["tj-vorukh"] == "home"
    assert _contexts("Жители Воруха перекрыли дорогу.")["tj-vorukh"] == ""


def test_where_pupils_go_to_school_is_their_home():
    ctx = _contexts("Двое учащихся 8 класса школы в Ворухе задержаны у села Ак-Сай.")
    assert ctx == {"tj-vorukh": "home", "kg-ak-sai": ""}


def test_a_first_name_after_a_dash_makes_the_next_word_a_surname():
    assert "tj-ghafurov" not in _found("Они назвали имена задержанных - Осими Гафуров и "
                                       "Бахром Саидов.")
    assert "tj-ghafurov" in _found("Они задержаны в Гафурове.")


def test_captors_are_not_held():
    assert _roles("Около 10 активистов из числа захватчиков проходят по делу.") == []
    assert _roles("Боевики захватили троих.") == [("detained", 3)]
