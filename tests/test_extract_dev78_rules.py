"""Rules found on the en-dev8 / ru-dev7 sets, each on short texts written here."""

from geoconflict.extract.pipeline import extract_text


def _drafts(text: str) -> list[tuple]:
    return [(d["date_start"], d["date_end"], [s["place"] for s in d["locations"]],
             (d.get("injured") or {}).get("best")) for d in extract_text(text)]


def test_undated_news_is_not_the_dated_shootout_of_two_weeks_before():
    # a report of 24 May: its undated lead is its news, not the shooting of 8 May told in
    # a later paragraph (a day-dated report's news of violence is within ten days of it)
    text = ("date 2020-05-24\nKyrgyz and Tajik border guards exchanged fire near Ak-Sai, the "
            "Kyrgyz border service said.\nNobody was hurt.\n\nIt is the second shootout on the "
            "border this month. On May 8 Tajik guards opened mortar fire at a Kyrgyz post. "
            "Three Kyrgyz servicemen were injured.\n")
    got = _drafts(text)
    assert ("2020-05-24", "2020-05-24", ["kg-ak-sai"], 0) in got
    assert any(d[:2] == ("2020-05-08", "2020-05-08") and d[3] == 3 for d in got)
    assert len(got) == 2


def test_a_build_up_told_in_the_lead_may_have_begun_weeks_before():
    # a state (hardware massed at the border) is still the news weeks after it began: the
    # lead, told on Friday, joins the build-up that began about a month before
    text = ("date 2011-12-17\nResidents of Sughd are worried by a large build-up of Uzbek "
            "military hardware at the border.\nA resident called the agency on Friday evening "
            "and said tanks had been brought to the border near Isfara.\nAn official confirmed "
            "the build-up of Uzbek tanks and artillery at the border.\nThe build-up of the "
            "hardware at the border began about a month ago, he said.\n")
    got = _drafts(text)
    assert [d[:2] for d in got] == [("2011-11-01", "2011-11-30")]


def test_a_place_said_to_lie_in_a_region_is_not_a_namesake_far_outside_it():
    # GeoNames' Tossor lies on Lake Issyk-Kul, some 300 km from Batken region
    for text in ("date 2020-05-24\nToday guards of Kyrgyzstan and Tajikistan exchanged fire "
                 "in Tossor area of Batken region.\n",
                 "date 2020-05-24\nСегодня пограничники Кыргызстана и Таджикистана открыли "
                 "огонь в районе Тоссор Баткенской области.\n"):
        assert [d[2] for d in _drafts(text)] == [["kg-batken-region"]]
    # a place that lies in the region it is said to be in keeps its reading
    assert [d[2] for d in _drafts("date 2020-05-24\nToday guards exchanged fire near Ak-Sai "
                                  "village of Batken region.\n")] == [["kg-ak-sai"]]


def test_a_name_outside_its_region_stays_unresolved_with_its_reading_suggested():
    from geoconflict.extract._text import Document
    from geoconflict.extract.toponyms import find_toponyms
    from geoconflict.gazetteer.index import default_gazetteer

    doc = Document("date 2020-05-24\nGuards fired in Tossor area of Batken region.\n")
    found = [m for m in find_toponyms(doc, default_gazetteer()) if m.text == "Tossor"]
    assert len(found) == 1 and found[0].place is None
    assert "Batken Region" in found[0].reason
    assert found[0].suggestions and "km from Batken Region" in found[0].suggestions[0]


def _deaths(text: str) -> list:
    return [(d.get("fatalities") or {}).get("best") for d in extract_text(text)]


def test_an_outlets_name_is_no_count():
    # «передаёт 24.kg»: the 24 of the agency's name is no toll
    for tail in ("передаёт 24.kg.", "сообщает 24.kg"):
        assert _deaths("date 2025-08-30\nПограничная служба сообщила о гибели двух граждан "
                       f"на границе с Узбекистаном, {tail}\n") == [2]


def test_a_sum_in_a_named_currency_is_no_count():
    # «тело … за 350 американских долларов»: the body makes the clause a death's, the
    # number is the dollars
    assert _deaths("date 2010-11-16\nУзбекские пограничники убили одного жителя села. Они "
                   "согласились выдать тело родственникам за 350 американских долларов.\n") \
        == [1]


def test_a_hand_over_after_talks_is_an_act_of_its_own():
    text = ("date 2020-02-19\nUzbek border guards detained five Kyrgyz citizens near Chekelik "
            "on Tuesday.\nLater, after negotiations between border representatives, the five "
            "were handed over to the Kyrgyz side.\n")
    kinds = sorted((d["sub_event_type"], d["date_start"]) for d in extract_text(text))
    assert kinds == [("Arrests", "2020-02-18"), ("Arrests", "2020-02-19")]
    # the detention and the hand-over told in one sentence stay one incident
    one = ("date 2020-02-19\nUzbek border guards detained five Kyrgyz citizens near Chekelik "
           "on Tuesday and later handed them over to the Kyrgyz side.\n")
    assert len(extract_text(one)) == 1
    # and talks that hand nobody over are no hand-over (they stay talks)
    talk = ("date 2020-02-19\nUzbek border guards detained five Kyrgyz citizens near Chekelik "
            "on Tuesday.\nBorder representatives of the two sides held negotiations.\n")
    assert [d["sub_event_type"] for d in extract_text(talk)].count("Arrests") == 1


def test_a_meeting_that_took_place_is_told_past_a_long_relative_clause():
    text = ("date 2020-05-24\nKyrgyz and Tajik border guards exchanged fire near Ak-Sai "
            "today.\nA meeting of border representatives of the Kyrgyz Republic and of the "
            "Republic of Tajikistan, who came to the scene of the shooting from both sides of "
            "the line, took place at 12.20.\n")
    # the meeting is found past its relative clause, and told after the shooting it
    # settles, it is kept with it (_fold_talks)
    (d,) = extract_text(text)
    assert d["sub_event_type"] == "Armed clash"
    assert [e["sentence"][:19] for e in d["evidence"]["followups"]] == ["A meeting of border"]


def test_bodies_handed_back_are_a_hand_over_not_a_second_killing():
    for text in ("date 2025-09-02\nOn August 15 Uzbek border guards shot dead two Kyrgyz "
                 "citizens near Aigyr-Jal.\nOn September 1 the bodies of the two men were "
                 "handed over to the Kyrgyz side at the Baymak checkpoint.\n",
                 "date 2025-09-02\n15 августа узбекские пограничники открыли огонь по двум "
                 "гражданам Кыргызстана у села Айгыр-Джал, оба погибли.\n1 сентября через КПП "
                 "«Баймак» тела погибших были переданы кыргызской стороне.\n"):
        got = sorted((d["date_start"], d["event_type"]) for d in extract_text(text))
        assert got == [("2025-08-15", "Battles"), ("2025-09-01", "Strategic developments")]


def test_both_of_two_told_before_are_counted_as_two():
    base = "date 2025-09-02\nOn August 15 Uzbek border guards opened fire on two Kyrgyz herders"
    assert _deaths(base + " near Aigyr-Jal, killing both.\n") == [2]
    assert _deaths(base + " near Aigyr-Jal. Both of them died.\n") == [2]
    wounded = extract_text(base + " near Aigyr-Jal, wounding both of them.\n")
    assert [(d.get("injured") or {}).get("best") for d in wounded] == [2]
    # "both sides" count nobody
    assert _deaths("date 2025-09-02\nOn August 15 guards opened fire near Aigyr-Jal. Both "
                   "sides were blamed for the killing.\n") == [None]


def test_a_victims_country_after_the_name_of_its_service():
    from geoconflict.extract.numbers import find_counts

    def sides(text):
        return [(c.value, c.role, c.side) for c in find_counts(text, 0, len(text))]

    assert sides("Unknown men fired from the territory of Tajikistan and wounded a serviceman "
                 "of the State Border Service of Kyrgyzstan.") == [(1, "injured", "KG")]
    assert sides("Guards shot dead a citizen of the Republic of Uzbekistan.") == \
        [(1, "killed", "UZ")]


def test_acts_counted_over_a_year_are_statistics_not_incidents():
    news = ("date 2008-06-20\nUzbek border guards shot dead two smugglers near the Tajik "
            "border on June 19.\n")
    for tally in ("In 2006-2007 trespassers made some 96 attacks on the Uzbek border guards.",
                  "In 2007 the guards detained 15,000 trespassers on the border.",
                  "В 2007 году пограничники задержали более 15 тысяч нарушителей границы."):
        got = extract_text(news + tally + "\n")
        assert [d["date_start"] for d in got] == ["2008-06-19"], tally
        assert all((d.get("fatalities") or {}).get("best") == 2 for d in got)
    # one act told with its year is still an incident
    one = extract_text("date 2008-06-20\nIn 2007 Uzbek guards shot dead a Tajik herder near "
                       "the border.\n")
    assert [d["date_start"] for d in one] == ["2007-01-01"]


def test_a_count_beaten_or_of_the_victims_own_side_takes_the_verbs_role():
    from geoconflict.extract.numbers import find_counts

    def roles(text):
        return [(c.value, c.role) for c in find_counts(text, 0, len(text))]

    assert roles("After that, their relatives beat our three citizens.") == [(3, "injured")]
    assert roles("Villagers beat two guards.") == [(2, "injured")]
    assert roles("Gunmen killed its two servicemen.") == [(2, "killed")]


def test_a_groups_country_after_the_name_of_its_service():
    from geoconflict.extract.numbers import find_counts

    text = "Three servicemen of the State Border Service of the Kyrgyz Republic were injured."
    assert [(c.value, c.role, c.side) for c in find_counts(text, 0, len(text))] == \
        [(3, "injured", "KG")]
    # (a body with no country named gives none)
    text = "Three men of the Osh City Police were injured."
    assert [c.side for c in find_counts(text, 0, len(text))] == [""]


def test_a_bridge_closed_to_traffic_is_a_closure():
    text = ("date 2018-02-08\nПограничники Таджикистана закрыли для проезда мост в местности "
            "Сай Лейлекского района.\n")
    got = extract_text(text)
    assert [(d["sub_event_type"], [s["place"] for s in d["locations"]]) for d in got] == \
        [("Other", ["kg-sai-leilek"])]



def test_water_cut_off_or_let_through_again_is_a_development():
    for text, day in (("On Saturday the Kyrgyz side cut off the water to Khoja Alo.", "2021-04-17"),
                      ("The supply of water to the fields of farmers in Apkan was resumed on "
                       "Monday.", "2021-04-19")):
        got = extract_text("date 2021-04-19\n" + text + "\n")
        assert [(d["date_start"], d["sub_event_type"]) for d in got] == [(day, "Other")], text
        assert got[0]["title"].startswith("Water cut off or restored")
    assert extract_text("date 2021-04-19\nWater is scarce in the valley near Apkan.\n") == []


def test_a_locality_named_after_a_village_is_that_village():
    # «в местности Максат»: the locality of a village, not a valley the gazetteer lacks
    text = ("date 2018-06-05\nСтычка пограничников произошла вечером 4 июня в местности Максат "
            "Лейлекского района Баткенской области.\n")
    assert [d[2] for d in _drafts(text)] == [["kg-maksat"]]


def test_a_joint_investigation_is_an_act_but_after_the_clash_part_of_it():
    text = ("date 2021-05-04\nGuards of the two countries exchanged fire near Ak-Sai on Monday. "
            "A joint investigative group of the Tajik and Kyrgyz police is investigating the "
            "incident.\n")
    (alone,) = extract_text("date 2021-05-04\n" + text.split(". ", 1)[1])
    assert alone["sub_event_type"] == "Other"
    # told after the clash it looks into, the end of the clash's story (_fold_talks)
    (d,) = extract_text(text)
    assert d["sub_event_type"] == "Armed clash" and len(d["evidence"]["followups"]) == 1
    # one side's police investigating is no act of the two sides
    one = "date 2021-05-04\nPolice are investigating the shooting near Ak-Sai on Monday.\n"
    assert [d["sub_event_type"] for d in extract_text(one)] != ["Other"]


def test_a_meeting_held_as_the_news_is_an_event():
    text = ("date 2021-10-27\nThe governor of Batken region met with the head of Sughd region. "
            "They discussed the recent conflicts on the border.\n")
    assert [d["sub_event_type"] for d in extract_text(text)] == ["Agreement"]
    # talk of talks as the news is none
    talk = ("date 2021-10-27\nThe governor of Batken region wants talks with the head of Sughd "
            "region on the border.\n")
    assert extract_text(talk) == []
