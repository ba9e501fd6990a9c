"""Russian place names in every case form, adjectives of places, kind words, non-places."""

import pytest

from geoconflict.extract.pipeline import read_article
from geoconflict.extract.ru.toponyms import find_toponyms
from geoconflict.gazetteer import default_gazetteer


def places(text):
    doc = read_article(text)
    return [(m.text, m.place.id if m.place else None)
            for m in find_toponyms(doc, default_gazetteer())]


@pytest.mark.parametrize("text, expected", [
    ("Старейшины села Ворух приехали из Воруха, в Ворухе тихо.",
     [("Ворух", "tj-vorukh"), ("Воруха", "tj-vorukh"), ("Ворухе", "tj-vorukh")]),
    ("В Исфаре и под Исфарой спокойно.", [("Исфаре", "tj-isfara"), ("Исфарой", "tj-isfara")]),
    ("Жители Ак-Сая перекрыли дорогу.", [("Ак-Сая", "kg-ak-sai")]),
    ("В Кок-Таше собрались люди.", [("Кок-Таше", "kg-kok-tash-batken")]),
    ("Это случилось в Баткенской области.", [("Баткенской области", "kg-batken-region")]),
    ("Бойцы погранзаставы «Лякон» открыли огонь.", [("Лякон", "tj-lakkon-border-post")]),
    ("Бойцы заставы «Лякон» открыли огонь.", [("заставы «Лякон", "tj-lakkon-border-post")]),
    ("Чабана вернули на заставе «Майская».", [("заставе «Майская", "kg-maiskaya-border-post")]),
    ("Это случилось в районе пограничного перехода Ойбек.",
     [("пограничного перехода Ойбек", "uz-oybek-checkpoint")]),
    ("Из Оша выехали в Ош.", [("Оша", "kg-osh"), ("Ош", "kg-osh")]),
    ("Пункт пропуска «Кулунду-автодорожный» закрыт.", [("Кулунду", "kg-kulundu-checkpoint")]),
    ("Жители села Кулунду вышли на дорогу.", [("Кулунду", "kg-kulundu")]),
    ("В Гулякандозе и под Гулакандозом тихо.",
     [("Гулякандозе", "tj-gulakandoz"), ("Гулакандозом", "tj-gulakandoz")]),
])
def test_case_forms(text, expected):
    assert places(text) == expected


def test_adjective_points_to_its_place_in_any_case():
    assert places("Исфаринский суд и исфаринские власти молчат.") == [
        ("Исфаринский", "tj-isfara"), ("исфаринские", "tj-isfara")]


def test_prepositions_do_not_join_names():
    # «В» + «Ворухе» must not read as one word, nor «Ак-Сая и» as «Ак-Сай»
    assert places("В Ворухе и Ак-Сая и в Оше.") == [
        ("Ворухе", "tj-vorukh"), ("Ак-Сая", "kg-ak-sai"), ("Оше", "kg-osh")]


@pytest.mark.parametrize("text", [
    "Бойцы Лейлекского пограничного отряда вернулись.",  # a unit, not the district
    "Сотрудник милиции Исфара уулу дал показания.",  # a person's name
    "В Центральной Азии стало тише.",
    "Глава района Айбек Сыдыков выехал на место.",  # a first name before a surname
])
def test_not_places(text):
    assert places(text) == []


def test_district_of_a_genitive_chain():
    # «джамоата Чоркух района Исфара»: «района» belongs to Isfara, not to Chorkuh
    found = dict(places("В джамоате Чоркух района Исфара прошла встреча."))
    assert found["района Исфара"] == "tj-isfara-district"
    assert found["Чоркух"] != "tj-isfara-district"


def test_unknown_place_named_by_its_kind_word_is_warned_with_suggestions():
    from geoconflict.extract.pipeline import extract_articles
    doc = read_article("date 2021-05-02\nВчера в селе Жаргылчак произошла перестрелка.", "a.txt")
    warnings = [w for w in extract_articles([doc]).warnings if "unresolved" in w]
    assert len(warnings) == 1 and "'Жаргылчак'" in warnings[0] and "a.txt:2" in warnings[0]


def test_kind_word_of_an_adjective_is_not_the_next_names():
    # «Матчинского района Согда»: Sughd is a region, not a district
    found = places("Он житель Матчинского района Согда.")
    assert ("Согда", "tj-sughd") in found


def test_quoted_name_without_a_kind_word_is_no_place():
    # «Ферганы» is the news agency; «Лякон» after «заставы» is the post
    assert places("Об этом пишет агентство «Ферганы».") == []
    assert places("Бойцы погранзаставы «Лякон» вернулись.") == [
        ("Лякон", "tj-lakkon-border-post")]


def test_name_in_the_genitive_after_another_is_its_parent_not_a_scene():
    doc = read_article("date 2021-05-02\nВ селе Ворух Исфары вчера была перестрелка.")
    found = {m.text: m.context for m in find_toponyms(doc, default_gazetteer())}
    assert found["Ворух"] == "" and found["Исфары"].startswith("the place")


def test_adjective_with_a_parenthesis_before_its_kind_word():
    assert places("Вода Андижанского (Кемпир-Абадского) водохранилища.")[0] == (
        "Андижанского", "uz-andijan-reservoir")


def test_places_of_a_route_are_not_scenes():
    doc = read_article("date 2021-05-02\nМы проехали по маршруту Исфара – Ворух – Баткен, "
                       "а вчера в селе Ак-Сай произошла драка.")
    found = {m.text: m.context for m in find_toponyms(doc, default_gazetteer())}
    assert found["Исфара"] == found["Ворух"] == found["Баткен"] == "route"
    assert found["Ак-Сай"] == ""


def test_a_district_right_after_a_name_settles_its_homonyms():
    # Isfana (Leilek) is nearer the other Kok-Tash; «Баткенского района» says which one
    found = dict(places("Драка была в селе Кок-Таш Баткенского района. Позже жители "
                        "Кок-Таша приехали в Исфану."))
    assert found["Кок-Таш"] == found["Кок-Таша"] == "kg-kok-tash-batken"
    assert dict(places("Драка была в селе Кок-Таш Лейлекского района."))["Кок-Таш"] == \
        "kg-kok-tash-leilek"


def test_an_adjectives_kind_word_stays_with_the_adjective():
    # the regional hospital is the region's; a bare «Баткен» is still the town
    found = dict(places("Раненых доставили в Баткенскую областную больницу, а дорогу на "
                        "Баткен перекрыли."))
    assert found["Баткенскую"] == "kg-batken-region" and found["Баткен"] == "kg-batken"


@pytest.mark.parametrize("text, expected", [
    ("Стрельба была в Ошской и Джалал-Абадской областях.",
     [("Ошской", "kg-osh-region"), ("Джалал-Абадской областях", "kg-jalal-abad-region")]),
    ("Стрельба была в Баткенской, Ошской и Джалал-Абадской областях.",
     [("Баткенской", "kg-batken-region"), ("Ошской", "kg-osh-region"),
      ("Джалал-Абадской областях", "kg-jalal-abad-region")]),
    ("Стрельба была в Исфаринском и Канибадамском районах.",
     [("Исфаринском", "tj-isfara-district"), ("Канибадамском районах",
                                              "tj-konibodom-district")]),
], ids=["two-regions", "three-regions", "two-districts"])
def test_coordinated_adjectives_share_the_kind_word_after_the_last(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text, place", [
    ("Драка произошла под Ак-Саем.", "kg-ak-sai"),
    ("Жители Аксая вышли на дорогу.", "kg-ak-sai"),
    ("Стрельба была у Кызыл-Кии.", "kg-kyzyl-kiya"),
    ("Стрельба была в Чон-Гаре.", "uz-chon-kara"),
    ("Стрельба была в селе Ходжаи Аъло.", "tj-khoja-alo"),
    ("Стрельба была в Ворухском анклаве.", "tj-vorukh"),
    ("Стрельба была у Канибадама.", "tj-konibodom"),
    ("Стрельба была под Баткеном.", "kg-batken"),
    ("Стрельба была под Андижаном.", "uz-andijan"),
    ("Стрельба была под Исфаной.", "kg-isfana"),
    ("Стрельба была в Интернациональном.", "kg-internatsionalnoe"),
    ("Стрельба была у Пянджа.", "tj-panj"),
    ("Помощь пришла к Косонсою.", "uz-kosonsoy"),
], ids=["instrumental", "alias-genitive", "genitive-in-ii", "prepositional-of-alias",
        "two-word-name", "adjective-of-enclave", "genitive-of-town",
        "instrumental-in-om-of-a-name-in-n", "instrumental-of-andijan",
        "instrumental-in-oi-of-a-name-in-na", "adjectival-name-in-n", "genitive-after-dzh",
        "dative-of-a-name-in-oi"])
def test_more_case_forms(text, place):
    assert [p for _, p in places(text)] == [place]


def test_a_list_of_quoted_names_shares_the_kind_word_before_the_first():
    assert places("Узбекистан закрыл КПП «Дустлик», «Маданият» и «Ханабад».") == [
        ("КПП «Дустлик", "uz-dustlik-checkpoint"), ("Маданият", "uz-madaniyat-checkpoint"),
        ("Ханабад", "uz-khanabad-customs-post")]
    assert places("Об этом пишут «Ферганы» и «Озоди».") == []  # outlets, no kind word


def test_homonyms_settled_by_the_articles_other_places():
    # two names of several readings each: the readings near each other
    found = dict(places("Вчера у села Сомониён жители кыргызского села Кок-Таш забросали "
                        "камнями школьников."))
    assert found["Сомониён"] == "tj-somoniyon-isfara"
    # a district the article names (one reading) holds the reading
    found = dict(places("В Лейлекском районе неспокойно. Вчера у села Кок-Таш была драка."))
    assert found["Кок-Таш"] == "kg-kok-tash-leilek"


@pytest.mark.parametrize("text, place", [
    ("Жители села Чечме собрались у школы.", "kg-chechme"),
    ("В кыргызском селе Чечме тихо.", "kg-chechme"),
    ("Воду берут из родника Чечме.", "uz-chashma-spring-sokh"),
    ("Воду берут из родника Чашма.", "uz-chashma-spring-sokh"),
    # «в», «из», «жители» before a bare name: where people live
    ("Вчера в Чечме было тихо.", "kg-chechme"),
    ("Жители Чечме собрались у школы.", "kg-chechme"),
], ids=["village-word", "kyrgyz-village", "spring-word", "spring-uzbek-name", "in-it",
        "its-residents"])
def test_a_village_and_the_spring_of_one_name_are_told_apart_by_their_kind_words(text, place):
    (found,) = places(text)
    assert found[1] == place
