"""Rules found on the second Russian dev corpus (ru-dev2), each tested on sentences of our
own: repeated paragraphs, recaps, meetings told as news, relative days after a recap."""

from geoconflict.extract.pipeline import extract_text


def drafts(text: str) -> list[dict]:
    return extract_text(text)


def test_a_paragraph_the_page_repeats_gives_no_second_incident():
    para = ("Пограничники задержали двух пастухов у села Ворух. "
            "Задержанных передали таджикской стороне через три часа.\n")
    once = drafts("date 2020-05-10\n" + para)
    twice = drafts("date 2020-05-10\n" + para + "Реклама\n" + para)
    assert len(twice) == len(once) == 2
    assert [d["sub_event_type"] for d in twice] == [d["sub_event_type"] for d in once]


def test_a_repeat_is_only_a_sentence_said_word_for_word():
    para = ("Пограничники задержали двух пастухов у села Ворух. "
            "Задержанных передали таджикской стороне через три часа.\n")
    other = ("Пограничники задержали трех чабанов у села Ворух. "
             "Задержанных передали таджикской стороне через пять часов.\n")
    assert len(drafts("date 2020-05-10\n" + para + "Реклама\n" + other)) > 2


RECAP = ("Стрельба идет у села Ворух. "
         "Напомним, что 10 мая пограничники обменялись огнем у погранзаставы, "
         "один человек погиб.\n")


def test_shooting_told_before_a_recap_is_not_the_recalled_clash():
    ds = drafts("date 2021-05-14\n" + RECAP)
    assert len(ds) == 2
    news = next(d for d in ds if d["date_start"] == "2021-05-14")
    assert news["locations"][0]["place"] == "tj-vorukh"
    assert any(d["date_start"] == "2021-05-10" for d in ds)


def test_with_only_the_month_of_publication_a_recap_may_retell_the_news():
    ds = drafts("date 2021-05\n" + RECAP)
    assert len(ds) == 1 and ds[0]["date_start"] == "2021-05-10"


def test_a_day_counted_from_a_recap_does_not_date_the_news_before_it():
    text = ("date 2021-06-04\n"
            "У села Ворух зафиксировано скопление военной техники.\n"
            "Напомним, 28 апреля на границе произошла перестрелка. "
            "На следующий день в спор вмешались пограничники обеих стран.\n")
    build_up = next(d for d in drafts(text) if d["sub_event_type"] != "Armed clash")
    assert build_up["date_start"] == "2021-06-04"  # not the 29 April of the recap


def test_a_meeting_held_is_the_news_of_an_article_that_opens_with_it():
    (d,) = drafts("date 2019-03-05\nВ Оше состоялась встреча рабочих групп "
                  "правительственных делегаций по делимитации границы, сообщили сегодня.\n")
    assert d["sub_event_type"] == "Agreement" and d["date_start"] == "2019-03-05"
    assert d["locations"][0]["place"] == "kg-osh"


def test_a_road_opened_after_talks_is_the_news():
    (d,) = drafts("date 2019-03-05\nПосле переговоров дорога в Ворух открыта.\n")
    assert d["event_type"] == "Strategic developments"


def test_talks_only_planned_are_still_no_incident():
    assert drafts("date 2019-03-05\nПереговоры по делимитации границы продолжатся "
                  "в следующем месяце.\n") == []


def test_the_kyrgyz_spelling_of_khoja_alo_is_its_alias():
    (d,) = drafts("date 2019-03-05\nЖители села Кожо-Ало забросали камнями "
                  "пограничников.\n")
    assert [s["place"] for s in d["locations"]] == ["tj-khoja-alo"]


def test_a_skirmish_is_violence():
    (d,) = drafts("date 2019-03-05\nВчера у села Ворух произошла стычка между "
                  "пограничниками.\n")
    assert d["event_type"] == "Battles"


def test_a_skirmish_of_stones_between_residents_is_mob_violence():
    (d,) = drafts("date 2019-03-05\nВчера между жителями сел Ворух и Ак-Сай произошла "
                  "стычка. Стороны забросали друг друга камнями.\n")
    assert d["sub_event_type"] == "Mob violence"


def test_a_quoted_name_after_kontrolno_propusknoy_punkt_is_a_checkpoint():
    (d,) = drafts("date 2016-03-18\nСегодня Узбекистан закрыл контрольно-пропускной пункт "
                  "«Маданият-автодорожный».\n")
    assert [s["place"] for s in d["locations"]] == ["uz-madaniyat-checkpoint"]


def test_passage_stopped_or_restricted_at_a_crossing_is_a_border_development():
    for text in ("Вчера Кыргызстан прекратил пропуск граждан через КПП Баймак.",
                 "Вчера на КПП Баймак Кыргызстан ввел ограничения на пропуск лиц."):
        (d,) = drafts("date 2016-03-18\n" + text + "\n")
        assert d["sub_event_type"] == "Other" and d["locations"][0]["place"] == \
            "kg-baymak-border-post"


def test_a_crossing_closed_far_from_another_closure_is_another_incident():
    ds = drafts("date 2016-03-18\nСегодня Узбекистан закрыл КПП Маданият. "
                "На КПП Баймак Кыргызстан ввел ограничения на пропуск лиц.\n")
    assert sorted(s["place"] for d in ds for s in d["locations"]) == [
        "kg-baymak-border-post", "uz-madaniyat-checkpoint"]
    assert len(ds) == 2


def test_a_border_detachment_named_by_its_abbreviation_is_no_place():
    (d,) = drafts("date 2019-03-05\nВчера наряд Ошского ПОГР задержал нарушителя "
                  "у села Ворух.\n")
    assert [s["place"] for s in d["locations"]] == ["tj-vorukh"]


BRAWL = "date 2018-04-03\nСегодня у села Ворух между жителями произошла драка. "


def test_a_meeting_told_as_held_is_an_incident_but_after_a_brawl_part_of_it():
    for meeting in ("Сейчас с жителями встречаются акимы двух районов.",
                    "Состоялась встреча пограничников обеих сторон."):
        (alone,) = drafts("date 2018-04-03\nУ села Ворух " + meeting[0].lower() + meeting[1:]
                          + "\n")
        assert alone["sub_event_type"] == "Agreement", meeting
        (d,) = drafts(BRAWL + meeting + "\n")  # the brawl's story (_fold_talks)
        assert d["sub_event_type"] == "Mob violence", meeting
        assert [e["sentence"] for e in d["evidence"]["followups"]] == [meeting]


def test_a_meeting_only_planned_is_no_incident():
    kinds = [d["sub_event_type"] for d in drafts(
        BRAWL + "Встреча глав районов пока только планируется.\n")]
    assert kinds == ["Mob violence"]


def test_v_etom_rayone_is_the_district_named_before():
    # (the first sentence tells a habit: no incident, so its place is not lent by it)
    (d,) = drafts("date 2019-12-20\nУргутский район граничит с Таджикистаном, откуда "
                  "регулярно пытаются провезти наркотики. 12 декабря в этом районе "
                  "пограничники открыли огонь по нарушителям.\n")
    assert [s["place"] for s in d["locations"]] == ["uz-urgut-district"]


def test_v_etom_rayone_is_not_a_district_named_only_as_a_reference_point():
    (d,) = drafts("date 2019-12-20\nУргутский район граничит с Пенджикентским районом, "
                  "откуда регулярно пытаются провезти наркотики. 12 декабря в этом районе "
                  "пограничники открыли огонь по нарушителям.\n")
    assert [s["place"] for s in d["locations"]] == ["uz-urgut-district"]


def test_incidents_grown_more_frequent_are_a_habit_not_an_incident():
    text = ("date 2019-12-20\nВ последнее время участились случаи задержания пастухов "
            "у села Ворух.\n")
    assert drafts(text) == []


def test_an_undated_incident_in_a_recap_paragraph_takes_the_recap_day():
    ds = drafts("date 2014-04\nНапомним, вечером 5 апреля жители села Ак-Сай перекрыли "
                "дорогу. Жители села Ворух собрались у границы, произошла стычка, стороны "
                "забросали друг друга камнями.\n")
    brawl = next(d for d in ds if d["sub_event_type"] == "Mob violence")
    assert brawl["date_start"] == brawl["date_end"] == "2014-04-05"
    assert brawl["evidence"]["date"][0]["text"] == "5 апреля"


def test_an_undated_incident_after_the_recap_paragraph_keeps_its_own_date():
    ds = drafts("date 2014-04\nНапомним, вечером 5 апреля жители села Ак-Сай перекрыли "
                "дорогу.\nЖители села Ворух собрались у границы, произошла стычка, стороны "
                "забросали друг друга камнями.\n")
    brawl = next(d for d in ds if d["sub_event_type"] == "Mob violence")
    assert brawl["date_start"] == "2014-04-01"  # the publication month


def test_a_contract_soldier_takes_the_side_of_the_force_named_after_him():
    (d,) = drafts("date 2011-11-14\nВчера у границы смертельно ранен военнослужащий по "
                  "контракту пограничных войск СНБ Узбекистана.\n")
    (f,) = [f for f in d["reports"][0]["claims"]["figures"] if f["role"] == "killed"]
    assert f["value"] == 1 and f["side"] == "UZ"


def test_v_etom_zhe_godu_is_the_year_told_before_it():
    from geoconflict.extract.dates import parse_published
    from geoconflict.extract.ru.dates import find_dates
    text = "До 2005 года стороны спорили, в этом же году был подписан договор о границе."
    same = next(d for d in find_dates(text, parse_published("2016-11-21"))
                if d.text == "в этом же году")
    assert (same.value.start.isoformat(), same.value.end.isoformat()) == (
        "2005-01-01", "2005-12-31")
    alone = find_dates("В том же году был подписан договор.", parse_published("2016-11-21"))
    assert [d.value for d in alone] == [None]  # no year before it: unresolved


def test_a_treaty_signed_the_same_year_is_dated_to_that_year():
    ds = drafts("date 2016-11-21\nСегодня стороны обсудили делимитацию границы, сообщил МИД. "
                "До 2005 года стороны спорили, в этом же году был подписан договор о "
                "границе.\n")
    assert any(d["date_start"] == "2005-01-01" and d["date_end"] == "2005-12-31" for d in ds)


def test_a_headline_lends_its_places_to_the_sentence_telling_its_development():
    ds = drafts("date 2013-06-01\nАвтодорога в Исфану открыта\n"
                "Вчера пограничники задержали двух нарушителей у села Ворух. "
                "На данный момент трасса открыта, сказал глава службы.\n")
    by_type = {d["sub_event_type"]: [s["place"] for s in d["locations"]] for d in ds}
    assert by_type == {"Arrests": ["tj-vorukh"], "Other": ["kg-isfana"]}


def test_the_end_of_an_unknown_hyphenated_name_is_no_place_of_its_own():
    (d,) = drafts("date 2016-03-18\nСегодня Кыргызстан закрыл КПП Баймак и пункт "
                  "«Кен-Сай-автодорожный».\n")
    assert [s["place"] for s in d["locations"]] == ["kg-baymak-border-post"]


def test_both_ends_of_a_road_between_two_places_are_still_read():
    from geoconflict.extract.pipeline import read_article
    from geoconflict.extract.ru.toponyms import find_toponyms
    from geoconflict.gazetteer import default_gazetteer
    doc = read_article("date 2013-06-01\nДорога Ворух-Исфана открыта.\n")
    found = [m.place.id for m in find_toponyms(doc, default_gazetteer()) if m.place]
    assert found == ["tj-vorukh", "kg-isfana"]


def test_a_closure_at_a_nearby_but_other_crossing_point_is_another_incident():
    # (Ken-Sai lies within 50 km of Madaniyat: two crossing points, two closures)
    ds = drafts("date 2016-03-18\nСегодня Узбекистан закрыл КПП Маданият. "
                "Кыргызстан прекратил пропуск лиц через КПП «Кен-Сай-автодорожный».\n")
    assert sorted(s["place"] for d in ds for s in d["locations"]) == [
        "kg-ken-sai-checkpoint", "uz-madaniyat-checkpoint"]
    assert len(ds) == 2
