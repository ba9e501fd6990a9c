"""Russian cue words: the kind of incident a sentence tells and the ACLED type."""

import pytest

from geoconflict.extract.pipeline import extract_text
from geoconflict.extract.ru.events import classify, sentence_kind


@pytest.mark.parametrize("text, kind", [
    ("У заставы произошла перестрелка.", "violence"),
    ("Стороны подписали протокол о прекращении огня.", "agreement"),
    ("Узбекистан закрыл пункт пропуска на границе.", "other"),
    ("Жители перекрыли дорогу и вышли на митинг.", "protest"),
    ("Пограничники задержали двух нарушителей.", "other"),
    ("Жители пытались задержать пограничников.", "violence"),
    ("Погода была хорошей.", None),
    ("Жители перекрыли автодорогу между селами.", "protest"),
    ("Сельчане заблокировали трассу.", "protest"),
    ("Жители перегородили мост камнями.", "protest"),
    ("Соседи перекрыли подачу воды в село.", "other"),
    ("Неизвестные взяли в заложники двух водителей.", "other"),
    ("Пункт пропуска после драки закрыли.", "other"),
    ("У КПП военные открыли огонь.", "violence"),
    ("Задержано 67 голов скота.", "other"),  # (one interdiction with the smuggling stopped)
    ("Пограничники пресекли незаконный перегон скота.", "other"),
    # a joint decision to stop is an agreement; a decision to close, a closure
    ("Было принято решение прекратить работы на спорном участке.", "agreement"),
    ("Стороны приняли совместное решение об отводе войск.", "agreement"),
    ("Было принято решение закрыть пункт пропуска.", "other"),
    ("Воду перекрыли жители соседнего села.", "other"),
    # the reason of the incident told is no incident of its own
    ("Поводом стало перекрытие дороги жителями села.", None),
    ("Причиной стал спор из-за пастбищ, после чего началась перестрелка.", "violence"),
    # a cue in a phrase of cause tells why, not what
    ("Из-за саммита глав государств будет закрыт аэропорт.", "other"),
    ("Из-за перестрелки на границе погибли двое.", "violence"),
    # a detainee handed to the police is part of the detention's story
    ("Задержанный передан в Баткенский РОВД.", None),
    ("Задержанные переданы таджикской стороне.", "other"),
    # residents who fought or clashed (the verbs, not only the nouns)
    ("Жители двух сел подрались у моста.", "violence"),
    ("У моста столкнулись жители двух сел.", "violence"),
])
def test_sentence_kind(text, kind):
    assert sentence_kind(text) == kind


@pytest.mark.parametrize("sentences, sub", [
    (["Пограничники открыли огонь, двое погибли."], "Armed clash"),
    (["Боевики совершили нападение на погранзаставу."], "Armed clash"),
    (["Село обстреляли из минометов."], "Shelling/artillery/missile attack"),
    (["Жители забросали машины камнями."], "Mob violence"),
    (["Пограничники задержали двух нарушителей."], "Arrests"),
    (["Стороны договорились о перемирии."], "Agreement"),
])
def test_acled_subtype(sentences, sub):
    assert classify(sentences).sub_event_type == sub


def test_habitual_statement_is_no_incident():
    text = "date 2021-05-02\nЭтот участок границы регулярно становится местом конфликтов."
    assert extract_text(text) == []


def test_undated_incident_happened_sentence_dates_the_lead_incident():
    text = ("date 2021-05-10\nНа границе произошла перестрелка между пограничниками. "
            "Инцидент произошел 8 мая у села Ворух.")
    (d,) = extract_text(text)
    assert d["date_start"] == "2021-05-08"
    assert [s["place"] for s in d["locations"]] == ["tj-vorukh"]


def test_fire_opened_is_no_opening():
    assert sentence_kind("Со стороны села был открыт огонь по пограничникам.") == "violence"
    assert classify(["Со стороны села был открыт огонь по пограничникам."]).event_type == \
        "Battles"


def test_another_incident_starts_its_own_draft():
    text = ("date 2021-05-30\nВчера у села Ворух пограничники задержали двух жителей. "
            "Еще одно задержание произошло ночью в Ошской области.")
    drafts = extract_text(text)
    assert len(drafts) == 2
    assert [s["place"] for d in drafts for s in d["locations"]] == ["tj-vorukh", "kg-osh-region"]


def test_a_closure_after_a_deployment_is_another_development():
    text = ("date 2016-03-19\nУзбекистан усилил охрану границы, стянув бронетехнику. "
            "Кроме того, узбекская сторона временно закрыла пункт пропуска у Сох.")
    titles = [d["title"] for d in extract_text(text)]
    assert [t.split(" near ")[0] for t in titles] == ["Troops or hardware deployed",
                                                       "Border closed or opened"]


def kinds_and_stops(text):
    return [(d["sub_event_type"], [s["place"] for s in d["locations"]])
            for d in extract_text("date 2021-05-12\n" + text)]


def test_a_closure_after_a_clash_is_a_development_of_its_own():
    got = kinds_and_stops("Вчера у села Ак-Сай произошла перестрелка. После этого пункт "
                          "пропуска «Кайрагач» закрыли.")
    assert ("Armed clash", ["kg-ak-sai"]) in got
    assert ("Other", ["kg-kairagach-checkpoint"]) in got


def test_a_build_up_before_a_clash_stays_apart_from_it_and_together():
    got = kinds_and_stops("Военные установили минометы у села Эки-Таш. Кроме того, замечено "
                          "скопление войск. Вчера у села Ак-Сай жители забросали машины камнями.")
    assert sorted(got) == [("Mob violence", ["kg-ak-sai"]), ("Other", ["kg-eki-tash"])]


def test_a_water_cut_after_a_clash_is_its_own():
    got = kinds_and_stops("Вчера у села Ак-Сай произошла драка между жителями. Соседи "
                          "отключили подачу воды в Ак-Сай.")
    assert [k for k, _ in got] == ["Mob violence", "Other"]


def test_mortars_set_up_are_no_mines():
    assert sentence_kind("Военные установили минометы.") == "other"
    from geoconflict.extract.ru.events import development_of
    assert development_of("Военные установили минометы.") == "deployment"
    assert development_of("Военные установили мины у дороги.") == "demining"


def test_a_hand_over_told_before_the_detention_it_ends_is_its_own():
    text = ("date 2023-05-10\nПограничники вернули чабана, задержанного 8 мая. По данным "
            "ведомства, 8 мая у заставы «Майская» житель села Кара-Ункур был задержан.")
    got = sorted((d["date_start"], d["sub_event_type"]) for d in extract_text(text))
    # (the hand-over ends a detention: Arrests, as in English; its own incident all the same)
    assert got == [("2023-05-08", "Arrests"), ("2023-05-10", "Arrests")]


def test_a_detained_person_named_is_no_detention():
    from geoconflict.extract.ru.events import development_of
    assert development_of("Позже задержанного передали соседям.") == "development"
    assert sentence_kind("Задержанные дают показания.") is None


def test_a_deal_in_force_is_no_agreement_made():
    text = ("date 2024-04-20\nВчера жители села Барак покинули свои дома. По условиям "
            "соглашения между странами село отходит соседям.")
    assert {d["sub_event_type"] for d in extract_text(text)} == {"Other"}  # no clash
    made = "date 2024-04-20\nВчера стороны подписали протокол в соответствии с договором."
    assert [d["sub_event_type"] for d in extract_text(made)] == ["Agreement"]


def test_water_cut_told_object_first_is_its_own_development():
    got = kinds_and_stops("Вчера в Исфаре прошли переговоры о воде. Воду перекрыли жители "
                          "села Ворух 28 апреля.")
    assert ("Other", ["tj-vorukh"]) in got



def test_an_airport_closed_beside_a_crossing_is_a_development_of_its_own():
    got = kinds_and_stops("Вчера закрыли пункт пропуска «Джартепа». Из-за саммита будет "
                          "закрыт на три дня аэропорт Самарканда.")
    assert sorted(got) == [("Other", ["uz-jartepa-checkpoint"]), ("Other", ["uz-samarkand"])]


@pytest.mark.parametrize("text", [
    "Бои и перестрелка у заставы, с применением оружия: боях погибли двое, трое ранены.",
    "Из минометов обстреляли село, беспилотник сбросил гранату, взрыв СВУ у КПП.",
    "Жители перекрыли дорогу, митинг у погранзаставы, камни и драка, задержаны пятеро.",
    "Стороны договорились о прекращении огня, подписали протокол, КПП закрыт, "
    "границу откроют; мины установлены, бронетехнику перебросили, скот вернули.",
    "Похитили оружие, раздали оружие, вызвали посла, нота протеста, дети и чабаны.",
])
def test_cue_counts_tried_at_words_are_those_of_a_whole_search(text):
    # each group's pattern is tried only at the words its stems begin: the counts must be
    # those of findall over the sentence (a cue that opens otherwise is searched whole)
    from geoconflict.extract.ru.events import _COUNTER, _CUE_RE
    want = tuple((k, len(p.findall(text))) for k, p in _CUE_RE.items())
    assert _COUNTER.counts(text) == want
    assert sum(n for _, n in want) >= 5  # the sentence holds cues of several groups


@pytest.mark.parametrize("text", [
    "Инцидент произошел 12 мая у села Ак-Сай. Пострадали два человека.",
    "В среду у села Ак-Сай ситуация обострилась. Пострадали два человека.",
    "У села Ак-Сай 12 мая случилось ЧП: травмы получили двое пограничников.",
])
def test_people_hurt_with_no_other_cue_make_an_armed_clash(text):
    (d,) = extract_text("date 2021-05-14\n" + text)
    assert (d["event_type"], d["sub_event_type"]) == ("Battles", "Armed clash")
    assert d["date_start"] == "2021-05-12" and d["injured"]["best"] == 2
    assert [s["place"] for s in d["locations"]] == ["kg-ak-sai"]


@pytest.mark.parametrize("hurt", ["никто не пострадал", "пострадавших нет"])
def test_nobody_hurt_is_no_word_of_harm(hurt):
    drafts = extract_text("date 2021-05-14\nВчера Узбекистан закрыл пункт пропуска у села "
                          f"Ак-Сай, {hurt}.")
    assert {d["event_type"] for d in drafts} == {"Strategic developments"}


def test_a_situation_grown_tense_on_a_day_dates_the_incident():
    (d,) = extract_text("date 2021-05-14\nУ села Ак-Сай произошла перестрелка. Ситуация "
                        "обострилась в среду.")
    assert d["date_start"] == "2021-05-12"


@pytest.mark.parametrize("text, etype", [
    ("жители двух сел забросали друг друга камнями, пострадали пять человек.",
     ("Riots", "Mob violence")),
    ("произошел конфликт между жителями: они забросали камнями машины, пострадали двое.",
     ("Riots", "Mob violence")),
    ("вооруженный конфликт: в пограничников бросали камни, пострадали двое.",
     ("Battles", "Armed clash")),
], ids=["stones-and-hurt", "conflict-with-stones", "armed-conflict-with-stones"])
def test_residents_throwing_stones_is_mob_violence_not_an_armed_clash(text, etype):
    (d,) = extract_text("date 2021-05-14\nВчера у села Ак-Сай " + text)
    assert (d["event_type"], d["sub_event_type"]) == etype


@pytest.mark.parametrize("text, kind", [
    ("Задержанный пастух будет передан соседней стороне у моста.", None),
    ("Задержанные должны быть возвращены соседней стороне.", None),
    ("Задержанного пастуха вчера передали соседней стороне.", "other"),
    # a detention told beside the hand-over that will end it is still one
    ("Вчера пограничники задержали пастуха, он будет передан соседям.", "other"),
], ids=["will-be-handed-over", "must-be-returned", "handed-over", "detained-then-will-be"])
def test_a_hand_over_that_will_be_is_none_yet(text, kind):
    assert sentence_kind(text) == kind


@pytest.mark.parametrize("text, kind", [
    ("Правительство соседней страны заявило протест в связи с обстрелом.", "other"),
    ("МИД выразил решительный протест.", "other"),
    ("Жители вышли на акцию протеста у моста.", "protest"),
    ("Жители заявили, что выйдут на акцию протеста.", "protest"),
], ids=["state-lodged-a-protest", "ministry-expressed-protest", "rally", "said-they-will-rally"])
def test_a_protest_a_state_lodges_is_diplomacy_not_a_rally(text, kind):
    assert sentence_kind(text) == kind


def test_a_bare_conflict_before_a_development_takes_its_kind():
    text = ("date 2021-05-02\nУ моста возле села Ак-Сай произошел конфликт. Пограничники "
            "соседней страны закрыли пункт пропуска «Кызыл-Бель».")
    assert {d["sub_event_type"] for d in extract_text(text)} == {"Other"}  # no clash
    # fighting told after it keeps it a clash; an armed conflict is one of its own
    text = ("date 2021-05-02\nУ села Ак-Сай произошел вооруженный конфликт. Пограничники "
            "соседней страны закрыли пункт пропуска «Кызыл-Бель».")
    assert sorted(d["sub_event_type"] for d in extract_text(text)) == ["Armed clash", "Other"]


@pytest.mark.parametrize("text", [
    "Жители начали строить забор на спорном участке.",
    "Соседи построили стену у дороги.",
])
def test_building_a_fence_is_a_development(text):
    assert sentence_kind(text) == "other"


@pytest.mark.parametrize("text, kind", [
    ("Вчера таможенный пост у моста закрыли для грузовиков.", "other"),
    ("Вчера у моста жители перекрыли движение.", "protest"),
    ("Вчера у моста пограничники перекрыли движение.", None),
], ids=["customs-post-closed", "residents-stopped-traffic", "guards-stopped-traffic"])
def test_a_customs_post_closed_and_traffic_stopped_by_residents(text, kind):
    assert sentence_kind(text) == kind


@pytest.mark.parametrize("text, kind", [
    ("Соседи нарушили режим прекращения огня.", "violence"),
    ("У моста возобновилась стрельба.", "violence"),
    ("Движение через мост возобновилось.", "other"),
    ("Стороны отвели войска от моста.", "agreement"),
    ("Саперы обезвредили мину у дороги.", "other"),
    ("Стороны обменялись задержанными.", "other"),
], ids=["ceasefire-broken", "fire-resumed", "traffic-resumed", "troops-pulled-back",
        "mine-made-safe", "detainees-exchanged"])
def test_more_cue_words(text, kind):
    assert sentence_kind(text) == kind


def test_every_kind_cue_is_tried_only_at_words_its_stems_begin():
    """The stems are read past a cue's look-behinds («(?<!будет\\s)передали»), so no group
    is searched whole, and the word-by-word search finds what a whole search finds."""
    from geoconflict.extract.ru import events

    assert events._AT_WORDS.whole == frozenset()
    assert all(stems is not None for stems in events._STEMS.values())
    for text in ("Таджикская сторона передала задержанных кыргызской стороне.",
                 "Скот будет передан владельцам, а пастухи вернули скот жителям.",
                 "Пограничники вернули двух граждан, задержанных накануне."):
        fast, whole = events.first_kind_cue(text), events._KIND_CUE.search(text)
        assert fast is not None and fast.span() == whole.span()
        assert fast.lastgroup == whole.lastgroup == "other"


@pytest.mark.parametrize("text, kind", [
    ("В городе второй день продолжается акция местных жителей.", "protest"),
    ("Жители провели акцию протеста у администрации.", "protest"),
    ("У здания администрации собрались более 100 человек.", "protest"),
    ("Участок границы охраняется в усиленном режиме.", "other"),
    ("В район выставлено дополнительное количество военнослужащих.", "other"),
    ("Четыре гражданина находятся в районном РОВД.", "other"),
    ("Акция скидок в магазине продлится неделю.", None),
])
def test_rallies_gatherings_reinforcements_and_people_held(text, kind):
    assert sentence_kind(text) == kind


@pytest.mark.parametrize("text", [
    "Пограничники провели благотворительную акцию для жителей села.",
    "Волонтеры провели акцию по посадке деревьев.",
    "У здания суда собрались журналисты.",
    "Материалы дела находятся в районном РОВД.",
    "В район направлена дополнительная гуманитарная помощь.",
    "Направлены дополнительные силы МЧС.",
    "Больницы работают в усиленном режиме.",
])
def test_charity_aid_courts_and_case_files_tell_no_incident(text):
    assert sentence_kind(text) is None


@pytest.mark.parametrize("text, kind", [
    ("Жители провели акцию против закрытия постов.", "protest"),
    ("Задержанные содержатся в СИЗО.", "other"),
])
def test_a_rally_against_something_and_detainees_held_in_custody(text, kind):
    assert sentence_kind(text) == kind


def test_talks_under_way_start_an_agreement_draft():
    ds = extract_text("date 2021-05-17\nСейчас в Ак-Сае проводится встреча пограничных "
                      "представителей двух стран.\n")
    assert [d["sub_event_type"] for d in ds] == ["Agreement"]
    assert extract_text("date 2021-05-17\nСтороны давно обсуждают вопросы границы.\n") == []
