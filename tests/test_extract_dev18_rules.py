"""Rules found on the dev18/dev19 corpora and by probing (texts written for the purpose):
the lead of an article with no cue word (``extract._lead``), places left out, parties to a
deal, captions, years results cover, nil tolls of people told of, names counted, hurt and
held, spans of two dates, Russian present and passive closures, «Об этом» as the telling."""

from geoconflict.extract import extract_articles, extract_text, read_article


def _run(text: str, published: str = "2013-07-17"):
    return extract_articles([read_article(f"date {published}\n{text}\n", "lead.txt")],
                            merge=False)


def test_gas_shut_on_a_day_is_a_development_of_that_day_with_the_regions_named_next():
    ex = _run("On 16 July the Uzbek company's valves were shut on the line to the south of "
              "Kyrgyzstan. The Osh and Batken regions are now without any supply, the "
              "Kyrgyz company said.")
    (d,) = ex.drafts
    assert (d["event_type"], d["sub_event_type"]) == ("Strategic developments", "Other")
    assert d["date_start"] == d["date_end"] == "2013-07-16"
    assert {s["place"] for s in d["locations"]} == {"kg-osh-region", "kg-batken-region"}
    (w,) = [w for w in ex.warnings if "article's lead" in w]
    assert w.startswith("lead.txt:2: ") and "check its type" in w


def test_the_lead_is_read_after_the_menu_lines_of_a_page():
    (d,) = extract_text("date 2013-07-17\nAll news\nSearch\nOn Tuesday the valve on the "
                        "pipeline to Isfara was shut by the Uzbek company, Tajik officials said.\n")
    assert d["date_start"] == "2013-07-16" and d["locations"][0]["place"] == "tj-isfara"


def test_an_article_with_a_cue_word_gives_no_lead_draft_and_one_without_date_or_place_none():
    (d,) = extract_text("date 2013-07-17\nOn 16 July the gas company stopped deliveries "
                        "to Osh. Guards opened fire near Kok-Tash on Monday.\n")
    assert d["sub_event_type"] == "Armed clash"
    ex = _run("The company said the contract had expired. Both sides want a new one.")
    assert ex.drafts == [] and any("no incident found" in w for w in ex.warnings)


def test_a_lead_naming_one_state_and_no_border_is_no_news_between_them():
    ex = _run("Heavy snow stopped the trains near Kyzyl-Kiya in Kyrgyzstan on 16 July. The "
              "passengers waited for hours at Osh.")
    assert ex.drafts == []
    (d,) = _run("Kyrgyzstan has begun fencing its border near Kyzyl-Kiya, the service said "
                "on 16 July.").drafts
    assert d["sub_event_type"] == "Other" and d["locations"][0]["place"] == "kg-kyzyl-kiya"


def test_a_russian_lead_is_read_and_the_same_text_read_as_english_gives_none():
    text = ("16 июля узбекская компания прекратила подачу газа в Исфару, сообщили в "
            "таджикском министерстве.")
    (d,) = extract_text(f"date 2013-07-17\n{text}\n")
    assert d["date_start"] == "2013-07-16" and d["locations"][0]["place"] == "tj-isfara"
    as_english = read_article(f"date 2013-07-17\n{text}\n", "ru.txt", lang="en")
    assert extract_articles([as_english], merge=False).drafts == []


def test_a_place_left_out_is_no_stop_in_english_or_russian():
    (d,) = extract_text("date 2013-07-17\nGuards closed every crossing on the Uzbek border "
                        "on Monday except Dostuk and Kara-Suu, and the post at Osh.\n")
    assert {s["place"] for s in d["locations"]} == {"kg-osh"}
    (d,) = extract_text("date 2013-07-17\nВ понедельник узбекские пограничники закрыли все "
                        "пункты пропуска на границе, кроме Достука, в Оше и Араване.\n")
    assert not [s for s in d["locations"] if "dostuk" in s["place"]]
    assert {"kg-osh"} <= {s["place"] for s in d["locations"]}
    assert [m["why"] for m in d["mentioned_places"] if "dostuk" in m["place"]] == [
        "a place left out"]


def test_the_parties_to_a_deal_are_no_stops_and_the_city_it_was_signed_in_is():
    (d,) = extract_text("date 2018-08-17\nIn Tashkent on Friday the presidents signed "
                        "agreements on cooperation between the Sughd and Fergana regions.\n")
    assert [s["place"] for s in d["locations"]] == ["uz-tashkent"]
    (d,) = extract_text("date 2018-08-17\nВ пятницу в Ташкенте подписаны соглашения о "
                        "сотрудничестве между Согдийской и Ферганской областями.\n")
    assert [s["place"] for s in d["locations"]] == ["uz-tashkent"]
    assert {m["why"] for m in d["mentioned_places"] if m["place"] != "uz-tashkent"} == {
        "a party to it"}


def test_a_year_the_results_of_work_or_a_long_schedule_cover_starts_no_talks_of_its_own():
    (d,) = extract_text("date 2021-12-26\nFrom 20 to 25 December the demarcation working "
                        "groups of Tajikistan and Uzbekistan met in Dushanbe. The sides summed up "
                        "the results of the survey, mapping and marking work carried out in 2021 "
                        "and approved the schedule of meetings of the working groups for 2022.\n")
    assert (d["date_start"], d["date_end"]) == ("2021-12-20", "2021-12-25")
    (d,) = extract_text("date 2021-12-26\nС 20 по 25 декабря в Душанбе прошла встреча рабочих "
                        "групп Таджикистана и Узбекистана по демаркации. Стороны подвели итоги "
                        "топографических и демаркационных работ, проведённых в 2021 году.\n")
    assert (d["date_start"], d["date_end"]) == ("2021-12-20", "2021-12-25")


def test_people_listed_by_name_are_counted_and_places_listed_are_not():
    (d,) = extract_text("date 2019-12-19\nDoctors in Isfara said a 14-year-old Umid Safarov, "
                        "a 23-year-old Asror Asadov and Sodiq Nabiev were injured in the clash "
                        "near Somoniyon on Wednesday.\n")
    assert d["injured"]["best"] == 3
    (d,) = extract_text("date 2019-12-19\nGuards fired near Kok-Tash on Wednesday. Kadyr "
                        "Aliev and Bakyt Osmonov were wounded.\n")
    assert d["injured"]["best"] == 2
    (d,) = extract_text("date 2019-12-19\nGuards fired near Kok-Tash on Wednesday. Villagers "
                        "of Ak-Sai and Maksat were wounded, and two of them died.\n")
    assert "injured" not in d  # (two places, no names: no count of two)


def test_people_told_of_not_hurt_give_a_nil_toll_and_one_or_the_rest_not_hurt_do_not():
    def injured(text):
        (d,) = extract_text(f"date 2021-09-24\nGuards fired at herders near Kok-Tash on "
                            f"Monday. {text}\n")
        return d.get("injured", {}).get("best")
    assert injured("The herders were not injured.") == 0
    assert injured("The shots injured no one.") == 0
    assert injured("The driver of a truck was not injured.") is None
    assert injured("Two herders were wounded; the others were not injured.") == 2
    assert injured("Two herders were wounded. They were not injured seriously.") == 2
    (d,) = extract_text("date 2021-09-24\nВ понедельник пограничники открыли огонь по "
                        "чабанам у Кок-Таша. Чабаны не пострадали.\n")
    assert d["injured"]["best"] == 0
    (d,) = extract_text("date 2021-09-24\nВ понедельник пограничники открыли огонь по "
                        "чабанам у Кок-Таша. Двое ранены, остальные не пострадали.\n")
    assert d["injured"]["best"] == 2


def test_a_meeting_told_as_going_on_now_is_held_talks_not_talk_of_talks():
    for text in ("A meeting of the Batken and Sughd governors is taking place at the Kulundu "
                 "checkpoint.",
                 "В настоящее время на КПП «Кулунду» проходит встреча губернаторов Баткенской "
                 "и Согдийской областей."):
        (d,) = extract_text(f"date 2021-09-24\n{text}\n")
        assert d["sub_event_type"] == "Agreement", text
        assert "kg-kulundu-checkpoint" in [s["place"] for s in d["locations"]]
    assert extract_text("date 2021-09-24\nThe governors of Batken and Sughd will discuss the "
                        "border at a meeting at the Kulundu checkpoint.\n") == []


def test_people_resettled_off_given_land_are_a_development_and_the_injured_moved_are_not():
    (d,) = extract_text("date 2025-10-22\nOn Monday 35 families were relocated from Barak, "
                        "the exclave handed to Uzbekistan.\n")
    assert (d["sub_event_type"], d["evidence"]["event_type"]) == ("Other", "people resettled")
    assert d["date_start"] == "2025-10-20" and d["locations"][0]["place"] == "kg-barak"
    (d,) = extract_text("date 2025-10-22\nThe resettlement of the residents of Buzhum was "
                        "completed on Monday.\n")
    assert d["evidence"]["event_type"] == "people resettled"
    assert extract_text("date 2025-10-22\nThe patient was moved to a hospital in Batken on "
                        "Monday.\n") == []


def test_a_caption_run_into_the_text_names_no_scene():
    (d,) = extract_text("date 2021-12-26\nStones were thrown at cars near Kok-Tash on "
                        "Saturday. Map: Kok-Tash, Batken. Nobody was hurt.\n")
    assert [s["place"] for s in d["locations"]] == ["kg-kok-tash-batken"]
    (d,) = extract_text("date 2021-12-26\nВ субботу у Кок-Таша забросали камнями машины. "
                        "Карта Кок-Таш, Баткен. Никто не пострадал.\n")
    assert [s["place"] for s in d["locations"]] == ["kg-kok-tash-batken"]


def test_stones_thrown_told_in_the_passive_or_as_one_verb_are_mob_violence():
    for text in ("Stones were thrown at cars near Kok-Tash on Saturday.",
                 "Youths stoned two cars near Kok-Tash on Saturday."):
        (d,) = extract_text(f"date 2021-12-26\n{text}\n")
        assert d["sub_event_type"] == "Mob violence", text


def test_two_dates_that_open_and_close_a_span_date_the_event_from_the_first_to_the_last():
    for text in ("Uzbekistan closed the border from 28 December 2015 to 5 January 2016.",
                 "Узбекистан закрыл границу с 28 декабря 2015 года по 5 января 2016 года.",
                 "The border was closed between December 28 and January 5."):
        (d,) = extract_text(f"date 2016-06-15\n{text}\n")
        assert (d["date_start"], d["date_end"]) == ("2015-12-28", "2016-01-05"), text
    # a day and month span told on its first day runs on from that day, this year
    (d,) = extract_text("date 2016-06-15\nУзбекистан закрывает границу на период с 15 по 25 "
                        "июня.\n")
    assert (d["date_start"], d["date_end"]) == ("2016-06-15", "2016-06-25")
    (d,) = extract_text("date 2016-06-15\nУзбекистан закрыл границу с 28 декабря по 5 "
                        "января.\n")
    assert (d["date_start"], d["date_end"]) == ("2015-12-28", "2016-01-05")


def test_a_russian_border_closed_in_the_present_of_a_lead_is_a_development():
    for text in ("Узбекистан приостанавливает пропуск граждан через свою границу.",
                 "Таджикистан открывает КПП Кайрагач для грузовиков."):
        (d,) = extract_text(f"date 2016-06-15\n{text}\n")
        assert d["evidence"]["event_type"] == "border closed or opened", text


def test_a_russian_sentence_opening_about_this_dates_the_telling_not_an_event():
    (d,) = extract_text("date 2016-06-17\nУзбекистан закрыл КПП Достук. Об этом в четверг, "
                        "16 июня, сообщила пограничная служба Киргизии.\n")
    assert d["date_start"] == "2016-06-16"  # (told that day: it happened by then)
    assert extract_text("date 2016-06-17\nОб этом в четверг, 16 июня, сообщила "
                        "пограничная служба Киргизии.\n") == []


def test_gas_or_power_stopped_or_resumed_to_a_neighbour_is_a_development_in_its_own_words():
    for text in ("On September 24 Uzbekistan shut off supplies to southern Kyrgyzstan.",
                 "Uzbekistan resumed gas supplies to Kyrgyzstan on September 24.",
                 "24 сентября Узбекистан прекратил подачу газа на юг Киргизии."):
        (d,) = extract_text(f"date 2009-10-15\n{text}\n")
        assert (d["sub_event_type"], d["date_start"]) == ("Other", "2009-09-24"), text
    assert extract_text("date 2009-10-15\nStrong winds cut power supplies to villages near "
                        "Batken on September 24.\n") == []


def test_leaders_who_convened_or_discussed_border_issues_on_a_day_held_talks():
    for text in ("The two presidents convened in Bishkek on October 13.",
                 "The presidents discussed border issues in Bishkek on October 13.",
                 "Президенты обсудили вопросы границы в Бишкеке 13 октября."):
        (d,) = extract_text(f"date 2023-12-24\n{text}\n")
        assert (d["sub_event_type"], d["date_start"]) == ("Agreement", "2023-10-13"), text
    assert extract_text("date 2023-12-24\nThe ministers discussed the clashes in Bishkek on "
                        "October 13.\n") == []


def test_an_outlets_web_name_is_no_count():
    from geoconflict.extract.numbers import find_counts
    text = "The agency 24.kg said the detained men had been beaten."
    assert [c.value for c in find_counts(text, 0, len(text))] == []
    text = "The agency 24.kg said 24 men had been detained."
    assert [c.value for c in find_counts(text, 0, len(text))] == [24]


def test_a_release_of_people_named_by_their_detention_is_one_act_with_its_hand_over():
    (d,) = extract_text("date 2022-07-11\nTajikistan Releases 11 Kyrgyz Nationals Detained On "
                        "Border Charges\nEleven Kyrgyz citizens were released and handed over "
                        "to the Kyrgyz authorities near the Kyzyl-Bel checkpoint.\n")
    assert d["sub_event_type"] == "Arrests"
    # a detention told before a hand-over of another sentence is still an act of its own
    drafts = extract_text("date 2022-07-11\nTajik guards detained 11 Kyrgyz citizens near "
                          "Kyzyl-Bel on Friday. On Monday they were handed over to the Kyrgyz "
                          "side.\n")
    assert len(drafts) == 2


def test_russian_traffic_or_crossing_suspended_in_the_passive_is_a_development():
    (d,) = extract_text("date 2011-12-23\nДвижение составов по ветке Термез – Курган-Тюбе было "
                        "приостановлено 16 ноября.\n")
    assert (d["evidence"]["event_type"], d["date_start"]) == ("border closed or opened",
                                                              "2011-11-16")


def test_one_count_hurt_and_held_gives_both_figures_in_one_incident():
    def figures(text):
        (d,) = extract_text(f"date 2021-05-18\nOn Monday {text}\n")
        return d["sub_event_type"], sorted((f["role"], f["value"], f.get("side"))
                                           for r in d["reports"]
                                           for f in r["claims"].get("figures", []))
    assert figures("three Tajik nationals were beaten and taken hostage in Ak-Sai.") == (
        "Abduction/forced disappearance", [("detained", 3, "TJ"), ("injured", 3, "TJ")])
    assert figures("two Kyrgyz guards were detained and beaten by Tajik guards near "
                   "Kok-Tash.") == ("Arrests", [("detained", 2, "KG"), ("injured", 2, "KG")])
    # wounded and then dead: a toll, not two figures
    assert figures("two guards were wounded and later died near Kok-Tash.")[1] == [
        ("killed", 2, None)]


def test_a_text_named_by_when_it_was_signed_is_a_recalled_signing_not_the_sentences_date():
    drafts = extract_text("date 2020-09-17\nThe working groups met on Tuesday. In the Ala-Buka "
                          "and Aksy districts the sides inspected sites named in the agreement on "
                          "the border, signed on Sept. 5, 2017.\n")
    assert sorted((d["date_start"], tuple(s["place"] for s in d["locations"]))
                  for d in drafts) == [("2017-09-05", ()),
                                       ("2020-09-15", ("kg-ala-buka-district",
                                                       "kg-aksy-district"))]
    (d,) = extract_text("date 2020-09-17\nThe agreement was signed on Sept. 5, 2017 in "
                        "Tashkent.\n")
    assert (d["date_start"], d["locations"][0]["place"]) == ("2017-09-05", "uz-tashkent")
