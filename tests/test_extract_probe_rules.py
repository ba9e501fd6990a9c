"""Rules found by probing the extractor with reports written for the purpose (new phrasings
of the same events, not corpus sentences): what a sentence adds to the incident told before it."""

import pytest

from geoconflict.extract import extract_text


def _drafts(text: str, published: str = "2021-08-20") -> list[dict]:
    return extract_text(f"date {published}\n{text}\n")


def test_nobody_hurt_after_a_road_block_is_how_it_ended_not_an_event():
    (d,) = _drafts("Villagers of Chorkuh blocked the road to Vorukh on Thursday. Nobody was "
                   "hurt, the district administration said.")
    assert d["event_type"] == "Protests" and d["injured"]["best"] == 0


def test_nobody_hurt_alone_is_no_incident_and_shots_with_nobody_hurt_are_one():
    assert _drafts("Nobody was hurt, the district administration said.") == []
    (d,) = _drafts("Shots were fired at the post near Kok-Tash on Thursday. No one was hurt.")
    assert d["sub_event_type"] == "Armed clash" and d["injured"]["best"] == 0


def test_russian_nobody_hurt_after_a_road_block_joins_it():
    (d,) = _drafts("В четверг жители Чоркуха перекрыли дорогу на Ворух. Никто не пострадал.")
    assert d["event_type"] == "Protests"


def _figures(d: dict) -> list[tuple]:
    return [(f["role"], f["value"], f.get("side")) for r in d["reports"]
            for f in r["claims"].get("figures", [])]


def test_people_seized_are_held_and_trucks_seized_are_not():
    (d,) = _drafts("Villagers of Sokh seized 12 Kyrgyz citizens near Charbak on Sunday after a "
                   "clash over a power line.", "2013-01-08")
    assert ("detained", 12, "KG") in _figures(d)
    (d,) = _drafts("Guards fired shots near Charbak on Sunday and seized 3 trucks.", "2013-01-08")
    assert not [f for f in _figures(d) if f[0] == "detained"]


def test_a_side_reporting_or_putting_its_own_losses_at_a_figure_gives_the_side():
    (d,) = _drafts("Fighting went on near Ak-Sai on Friday, with the Kyrgyz health ministry "
                   "reporting 21 dead. Tajik officials put their own losses at 9 killed.",
                   "2022-09-17")
    assert {("killed", 21, "KG"), ("killed", 9, "TJ")} <= set(_figures(d))
    assert d["fatalities"]["best"] == 30


def test_people_who_had_to_leave_their_homes_are_displaced():
    (d,) = _drafts("Two men were killed in a clash near Ak-Sai on Friday. About 3,000 people "
                   "had to leave their homes in the Batken region.", "2022-09-17")
    assert ("displaced", 3000, None) in _figures(d)


def _stops(d: dict) -> list[str]:
    return [s["place"] for s in d["locations"]]


def test_russian_road_ends_are_no_stops_when_the_incident_names_its_village():
    (d,) = _drafts("Вечером 27 января у села Торт-Кочо произошла перестрелка, погибли два "
                   "человека. Столкновение началось после того, как жители перекрыли трассу "
                   "Баткен — Исфана.", "2022-01-28")
    assert _stops(d) == ["kg-tort-kocho"]


def test_russian_road_ends_are_the_scene_when_nothing_finer_is_named():
    (d,) = _drafts("Вечером 27 января на трассе Максат — Кулунду Лейлекского района произошла "
                   "перестрелка.", "2022-01-28")
    assert set(_stops(d)) == {"kg-maksat", "kg-kulundu"}


def test_russian_detainees_handed_to_investigators_are_the_detention_not_a_hand_over():
    (d,) = _drafts("В понедельник пограничники задержали у села Ак-Сай трех граждан "
                   "Таджикистана. Задержанные переданы следственным органам.", "2024-03-05")
    assert d["sub_event_type"] == "Arrests"
    drafts = _drafts("В понедельник пограничники задержали у села Ак-Сай трех граждан "
                     "Таджикистана. Задержанные переданы правоохранительным органам "
                     "Таджикистана.", "2024-03-05")
    assert len(drafts) == 2  # handed to the other side: a hand-over of its own


def test_russian_side_of_a_figure_after_a_dash_is_that_of_its_clause():
    (d,) = _drafts("Кыргызстан сообщил о гибели 30 своих граждан в столкновениях у села Ак-Сай "
                   "в среду, таджикские власти назвали число погибших со своей стороны — 12 "
                   "человек.", "2021-05-04")
    assert {("killed", 30, "KG"), ("killed", 12, "TJ")} <= set(_figures(d))


def test_russian_people_who_had_to_leave_their_homes_are_counted():
    (d,) = _drafts("В среду у села Ак-Сай произошла перестрелка. Более 2 тысяч жителей были "
                   "вынуждены покинуть свои дома.", "2021-05-04")
    assert ("evacuated", 2000) in {f[:2] for f in _figures(d)}


@pytest.mark.parametrize("held, handed", [
    ("Uzbek guards detained six Kyrgyz citizens near Chekelik {day}.",
     "After talks between the border services, the six were handed over to the Kyrgyz side."),
    ("{day} узбекские пограничники задержали шестерых граждан Кыргызстана у села Чекелик.",
     "Задержанные переданы кыргызской стороне."),
])
def test_people_handed_back_after_a_detention_of_the_day_are_its_story(held, handed):
    # held today, handed back with no date of their own: that day, one incident; held days
    # before, the hand-over is an act of its own (as the corpora count it)
    today, earlier = (("today", "on February 14") if held.startswith("Uzbek")
                      else ("Сегодня", "14 февраля"))
    assert len(_drafts(held.format(day=today) + " " + handed, "2020-02-19")) == 1
    assert len(_drafts(held.format(day=earlier) + " " + handed, "2020-02-19")) == 2


def test_hundreds_written_with_a_hyphen_and_no_and_are_one_number():
    for words, value in (("One-hundred fifty", 150), ("Two hundred five", 205),
                         ("One hundred and fifty", 150)):
        (d,) = _drafts(f"{words} women were evacuated from Ak-Sai on May 3.", "2019-05-04")
        assert [f[1] for f in _figures(d)] == [value], words


def test_a_diplomatic_protest_is_diplomacy_not_a_rally():
    for text in ("On May 3 Kyrgyzstan lodged a diplomatic protest with Tashkent over the "
                 "raid in Chek.",
                 "3 мая Кыргызстан заявил дипломатический протест Ташкенту из-за рейда в "
                 "селе Чек."):
        (d,) = _drafts(text, "2019-05-04")
        assert d["event_type"] == "Strategic developments", text


def test_an_earlier_event_told_in_general_words_keeps_its_own_date_and_toll():
    drafts = _drafts("A Kyrgyz guard was wounded by a shot from Tajikistan near Eki-Tash. "
                     "There have been several shooting incidents on this border over the past "
                     "year. In March 2020 a major incident took place near Maksat. Then from "
                     "the side of Kyrgyzstan one border guard was killed.", "2020-08-06")
    got = sorted((d["date_start"], d["date_precision"], d.get("fatalities", {}).get("best"),
                  d.get("injured", {}).get("best")) for d in drafts)
    assert got == [("2020-03-01", "month", 1, None), ("2020-08-06", "day", None, 1)]
    old = next(d for d in drafts if d["date_start"] == "2020-03-01")
    assert ("killed", 1, "KG") in _figures(old)


def test_the_past_year_that_events_are_counted_over_dates_no_event():
    from geoconflict.extract._date_roles import role
    text = "There were three shootings over the past year."
    at = text.index("the past")
    assert role(text, at, at + len("the past year")) == "period"
    text = "The clash of the past week killed two."
    at = text.index("the past")
    assert role(text, at, at + len("the past week")) == "event"


def test_a_serviceman_of_a_named_force_of_a_country_has_its_side():
    (d,) = _drafts("A serviceman of the State Border Service of Kyrgyzstan received a gunshot "
                   "wound near Eki-Tash on Thursday.", "2020-08-07")
    assert ("injured", 1, "KG") in _figures(d)


def test_that_day_counts_from_the_event_told_before_not_a_holiday():
    drafts = _drafts("Uzbek guards detained two Kyrgyz officers near Pulgon on August 31. They "
                     "were detained at a post after Uzbekistan closed its crossings in connection "
                     "with the Independence Day celebrations on September 1. The Uzbek side "
                     "detained two more Kyrgyz guards that day near the Ala-Buka crossing.",
                     "2010-09-06")
    days = sorted((d["date_start"], [s["place"] for s in d["locations"]]) for d in drafts)
    assert days == [("2010-08-31", ["kg-ala-buka-checkpoint"]), ("2010-08-31", ["kg-pulgon"])]


def test_a_road_blocked_by_residents_told_in_the_passive_is_a_protest():
    drafts = _drafts("Clashes near Vorukh on July 22 killed one man. The road has now been "
                     "blocked by Kyrgyz residents.", "2019-07-23")
    assert sorted(d["sub_event_type"] for d in drafts) == ["Armed clash", "Peaceful protest"]
    (d,) = _drafts("Clashes near Vorukh on July 22 killed one man. The road was blocked by "
                   "snow.", "2019-07-23")


def test_where_captives_were_set_free_is_no_scene_of_their_detention():
    (d,) = _drafts("Tajik border guards detained three Kyrgyz herders in the Leilek district on "
                   "the night of July 2. The men were released the following morning after "
                   "talks between local officials in the village of Kulundu.", "2023-07-04")
    assert _stops(d) == ["kg-leilek-district"]
    (d,) = _drafts("В ночь на 2 июля таджикские пограничники задержали трех кыргызстанских "
                   "чабанов в Лейлекском районе. Утром их освободили после переговоров в селе "
                   "Кулунду.", "2023-07-04")
    assert _stops(d) == ["kg-leilek-district"]


def test_people_who_drowned_crossing_are_counted_dead():
    for text in ("Two Uzbek citizens drowned while trying to cross the river near Kara-Suu on "
                 "June 18.",
                 "18 июня двое граждан Узбекистана утонули при попытке пересечь реку у города "
                 "Кара-Суу."):
        (d,) = _drafts(text, "2024-06-20")
        assert ("killed", 2, "UZ") in _figures(d), text


def test_people_barred_from_crossing_are_a_border_development():
    for text in ("On June 13 Uzbek border guards barred more than 400 mourners from crossing "
                 "into the Sarvak enclave.",
                 "13 июня узбекские пограничники запретили им переходить границу у села "
                 "Пунук."):
        drafts = _drafts(text, "2010-07-01")
        assert drafts and {d["sub_event_type"] for d in drafts} == {"Other"}, text
        assert {d["date_start"] for d in drafts} == {"2010-06-13"}, text


def test_russian_livestock_held_at_the_line_is_a_development_and_held_cattle_named_none():
    (d,) = _drafts("В июле 2014 года пограничники Узбекистана задержали 25 лошадей, перешедших "
                   "границу у села Пунук.", "2014-08-20")
    assert d["event_type"] == "Strategic developments" and d["date_start"] == "2014-07-01"
    assert _drafts("Стоимость задержанного скота составила 190 тысяч сомов.", "2014-08-20") == []


def test_russian_herd_held_after_smuggling_stopped_is_one_interdiction():
    (d,) = _drafts("14 ноября у села Ак-Добо пограничники пресекли незаконный перегон скота. "
                   "Задержано 67 голов скота.", "2021-11-15")
    assert d["event_type"] == "Strategic developments"


def test_the_regional_capital_people_were_evacuated_to_is_a_destination():
    (d,) = _drafts("Fighting broke out on January 27. Around 600 people had been evacuated from "
                   "the village of Kok-Tash to the regional capital, Batken.", "2023-01-29")
    assert _stops(d) == ["kg-kok-tash-batken"]


def test_residents_of_a_town_blocking_a_road_protest_there_even_under_its_dateline():
    (d,) = _drafts("BATKEN, Kyrgyzstan -- About 500 residents of the town of Batken today "
                   "blocked the main highway to the Sokh exclave.", "2010-06-01")
    assert d["event_type"] == "Protests" and _stops(d) == ["kg-batken"]
    # (residents of a place hurt elsewhere stay where they come from)
    (d,) = _drafts("Two residents of Batken were wounded near Vorukh today.", "2010-06-01")
    assert _stops(d) == ["tj-vorukh"]


def test_teens_beaten_are_hurt_and_drums_beaten_are_not():
    (d,) = _drafts("Kyrgyz border guards abducted and beaten two Tajik teens near Vorukh on "
                   "April 25.", "2021-04-28")
    assert ("injured", 2, "TJ") in _figures(d)
    (d,) = _drafts("Protesters near Vorukh beat 3 drums on April 25 and blocked the road.",
                   "2021-04-28")
    assert not [f for f in _figures(d) if f[0] == "injured"]


def test_russian_then_takes_the_day_of_the_sentence_before_and_a_holiday_none():
    drafts = _drafts("Узбекистан закрыл КПП «Достук» из-за празднования Дня независимости (он "
                     "отмечается 1 сентября). Поводом стал инцидент, который произошел у села "
                     "Чек 23 июля. Тогда пограничники убили двух своих коллег из Узбекистана.",
                     "2012-08-20")
    clash = next(d for d in drafts if d["event_type"] == "Battles")
    assert clash["date_start"] == "2012-07-23" and ("killed", 2, "UZ") in _figures(clash)
    assert not [d for d in drafts if d["date_start"].startswith("2011")]


def test_russian_then_after_a_sentence_with_no_day_is_so_not_a_time():
    from datetime import date

    from geoconflict.extract._date_values import Reference
    from geoconflict.extract.ru.dates import find_dates
    text = "10 мая пастух пропал. Поиски не дали результатов. Тогда стороны провели переговоры."
    got = {d.text: d.value for d in find_dates(text, Reference(date(2023, 5, 12), "day"))}
    assert got.get("Тогда") is None
    text = "Инцидент произошел 10 мая. Тогда погибли двое."
    got = {d.text: d.value for d in find_dates(text, Reference(date(2023, 5, 12), "day"))}
    assert got["Тогда"].start == date(2023, 5, 10)


def test_an_incident_that_has_taken_place_in_a_jamoat_under_a_town_is_set_in_the_jamoat():
    drafts = _drafts("Another clash has taken place between residents of the border areas. This "
                     "time, the incident has taken place in the territory of Chorkuh jamoat, "
                     "which is subordinate to the Tajik northern city of Isfara.", "2019-05-24")
    assert [_stops(d) for d in drafts] == [["tj-chorkuh"]]


def test_russian_troops_sent_into_an_exclave_are_a_deployment():
    (d,) = _drafts("В мае Узбекистан ввел в анклав Сох на территории Баткенской области 300 "
                   "десантников.", "2010-09-05")
    assert d["event_type"] == "Strategic developments" and d["date_start"] == "2010-05-01"
    assert "uz-sokh" in _stops(d)


def test_russian_vehicles_held_are_not_people_held():
    (d,) = _drafts("13 марта жители Ак-Сая задержали две маршрутки с гражданами Таджикистана. "
                   "В ходе столкновения один человек погиб.", "2019-03-15")
    assert not [f for f in _figures(d) if f[0] == "detained" and f[1] == 2]
    (d,) = _drafts("13 марта жители Ак-Сая задержали двух граждан Таджикистана.", "2019-03-15")
    assert ("detained", 2, "TJ") in _figures(d)


def test_vehicles_and_animals_held_or_killed_are_no_people():
    for text in ("Residents of Ak-Sai detained two minibuses carrying Tajik citizens on March 13.",
                 "Guards near Kara-Suu killed 30 sheep on March 13."):
        drafts = _drafts(text, "2019-03-15")
        assert not [f for d in drafts for f in _figures(d) if f[0] in ("detained", "killed")]


def test_a_weekdays_own_event_is_dated_that_weekday():
    (d,) = _drafts("Three Kyrgyz soldiers were wounded in Wednesday's shootout near Tort-Kocho.",
                   "2022-01-29")
    assert d["date_start"] == "2022-01-26"
    assert _drafts("Wednesday was calm near Tort-Kocho.", "2022-01-29") == []


def test_a_woman_and_her_son_are_two_victims():
    (d,) = _drafts("A woman and her son were injured when Uzbek guards fired shots near Kara-Suu "
                   "on Sunday.", "2020-03-10")
    assert [f[:2] for f in _figures(d)] == [("injured", 2)]


def test_one_told_wounded_who_then_died_is_one_killed():
    (d,) = _drafts("On Thursday a citizen of Tajikistan was wounded in the leg near Eki-Tash. The "
                   "man died from his wounds.", "2020-08-07")
    assert [f for f in _figures(d)] == [("killed", 1, "TJ")]
    (d,) = _drafts("On Thursday two Tajik citizens were wounded near Eki-Tash. The man died.",
                   "2020-08-07")
    assert ("injured", 2, "TJ") in _figures(d)  # (which one died is not told)


def test_a_relative_clause_after_the_counted_people_is_read_past_and_for_their_role():
    (d,) = _drafts("Five citizens of Kyrgyzstan, who were detained by Uzbek border guards on "
                   "September 15 near Chek, were handed over to the Kyrgyz side today.",
                   "2021-09-20")
    assert ("detained", 5, "KG") in _figures(d)
    (d,) = _drafts("Five soldiers, who were guarding the post near Chek, were killed on "
                   "September 15.", "2021-09-20")
    assert [f[:2] for f in _figures(d)] == [("killed", 5)]


def test_the_event_told_in_general_words_dates_it_before_a_visit_the_next_day():
    (d,) = _drafts("The source of the conflict that unfolded on May 31 is in the name of the "
                   "spring. The village of Chechme lies on its bank. The water is shared by two "
                   "villages. First the two sides pelted one another with stones. Kyrgyz "
                   "officials say 25 people were injured. The prime minister flew to the scene "
                   "on June 1.", "2020-06-03")
    assert (d["date_start"], d["date_end"]) == ("2020-05-31", "2020-05-31")


def test_people_taken_to_a_named_hospital_are_hospitalized():
    (d,) = _drafts("Stones were thrown near Sokh on May 31. Officials say 187 people were taken "
                   "to Sokh Central District Hospital to be treated for injuries.", "2020-06-03")
    assert ("hospitalized", 187) in [f[:2] for f in _figures(d)]


def test_russian_sacks_thrown_over_are_no_troops_moved():
    (d,) = _drafts("15 февраля пограничники пресекли попытку контрабанды у села Добо. Неизвестные "
                   "осуществляли переброску мешков на сопредельную территорию.", "2026-02-16")
    assert d["date_start"] == "2026-02-15"
    (d,) = _drafts("2 мая Узбекистан перебросил к границе бронетехнику.", "2022-05-03")
    assert d["event_type"] == "Strategic developments"


def test_russian_a_development_beside_sentences_of_no_sort_is_of_their_story():
    drafts = _drafts("16 декабря на границе у села Кок-Таш произошел очередной конфликт между "
                     "жителями двух стран. По данным ГПС, граждане Таджикистана начали "
                     "устанавливать забор на неописанном участке границы.", "2019-12-17")
    assert [d["date_start"] for d in drafts] == ["2019-12-16"]


def test_passage_through_a_crossing_resumed_in_the_passive_is_a_border_act():
    (d,) = _drafts("Passage of citizens of Kyrgyzstan and Tajikistan through the Kulundu "
                   "checkpoint was resumed yesterday.", "2019-09-20")
    assert d["sub_event_type"] == "Other" and d["date_start"] == "2019-09-19"
