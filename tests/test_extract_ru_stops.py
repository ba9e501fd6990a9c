"""Which places a Russian report names are the incident's stops: not an official's or a
body's place, a hospital, a funeral, a home, or a reference point (sentences our own)."""

import pytest

from geoconflict.extract.pipeline import extract_articles, read_article


def stops_and_why(text):
    (d,) = extract_articles([read_article("date 2021-05-02\n" + text, "a.txt")],
                            merge=False).drafts
    return ([s["place"] for s in d["locations"]],
            {m["place"]: m["why"] for m in d.get("mentioned_places", [])})


@pytest.mark.parametrize("text, other, why", [
    # a title too long for the words before it, told by the person's name after the place
    ("Начальник управления водного и земельного хозяйства Исфары Рустам Назаров сообщил, "
     "что вчера у села Ворух произошла перестрелка.", "tj-isfara", "title or body"),
    ("Вчера у села Ворух произошла перестрелка. Власти Исфары заявили, что ранены двое.",
     "tj-isfara", "title or body"),
    ("Представители Исфары приехали в село Ворух, где вчера произошла драка.",
     "tj-isfara", "title or body"),
    ("Вчера у села Ворух произошла перестрелка, ранены двое. Раненые находятся в "
     "Исфаринской центральной районной больнице.", "tj-isfara", "hospital"),
    ("Вчера у села Ворух погибли двое. Погибших похоронили в родном городе Исфара.",
     "tj-isfara", "funeral"),
    ("Вчера у села Ворух был задержан мужчина, проживающий в Исфаре.",
     "tj-isfara", "home"),
    ("Вчера у села Ворух, напротив города Исфара, произошла перестрелка.",
     "tj-isfara", "reference point"),
    ("Вчера у села Ворух ранен пограничник, в Исфаринской ЦРБ ему оказали помощь.",
     "tj-isfara", "hospital"),
    ("Вчера у села Ворух произошла перестрелка, заявил исфаринский хоким.",
     "tj-isfara", "title or body"),
    ("Вчера у села Ворух произошла перестрелка, сообщил председатель Исфары.",
     "tj-isfara", "title or body"),
    ("Вчера у села Ворух задержан мужчина, его передали в Исфаринский райотдел милиции.",
     "tj-isfara", "title or body"),
    ("Вчера у села Ворух был задержан чабан из Исфары.", "tj-isfara", "home"),
    ("Вчера у села Ворух ранены двое, они проходят лечение в Исфаре.",
     "tj-isfara", "destination"),
    ("Мы выехали из Исфары утром, а вчера у села Ворух была перестрелка.",
     "tj-isfara", "route"),
    ("Вчера у села Ворух жители перекрыли дорогу, ведущую в Исфару.",
     "tj-isfara", "where it leads"),
    ("Вчера у села Ворух закрыли переход, соединяющий Ворух и Исфару.",
     "tj-isfara", "where it leads"),
    ("Вчера у села Ворух открыли переход, жители могут выехать в Исфару.",
     "tj-isfara", "destination"),
    ("Наш корреспондент побывал в Исфаре, а вчера у села Ворух была перестрелка.",
     "tj-isfara", "route"),
    ("Вчера у села Ворух задержаны двое местных жителей Исфары.", "tj-isfara", "home"),
], ids=["title-and-person", "authorities", "representatives", "hospital", "funeral",
        "residence", "reference-point", "district-hospital", "official-after-adjective",
        "chairman", "police-office", "home", "treatment", "reporters-way", "road-leads-to",
        "crossing-connects", "travel-to", "correspondent-visited",
        "people-counted-of-a-town"])
def test_places_that_are_not_the_scene(text, other, why):
    stops, mentioned = stops_and_why(text)
    assert stops == ["tj-vorukh"]
    assert mentioned[other] == why


def test_a_place_before_a_common_noun_stays_a_scene():
    # «Исфаре Таджикистана»: no person's name after the place, so it is the scene
    stops, _ = stops_and_why("Вчера в Исфаре Таджикистана произошла перестрелка.")
    assert stops == ["tj-isfara"]


def test_a_city_opening_a_dated_line_is_a_dateline_in_any_case():
    from geoconflict.extract.ru.toponyms import find_toponyms
    from geoconflict.gazetteer import default_gazetteer
    for line in ("Исфара, 1 мая — агентство.", "Исфара. 01.05.21."):
        doc = read_article("date 2021-05-02\n" + line + " Вчера у села Ворух была драка.")
        found = {m.text: m.context for m in find_toponyms(doc, default_gazetteer())}
        assert found["Исфара"] == "dateline" and found["Ворух"] == ""


def test_where_representatives_met_is_the_scene():
    stops, _ = stops_and_why("Вчера представители сторон встретились в Исфаре и подписали "
                             "протокол.")
    assert stops == ["tj-isfara"]


@pytest.mark.parametrize("text, stops, other", [
    ("Вчера на трассе Исфара – Баткен у села Ак-Сай произошла драка.", ["kg-ak-sai"],
     {"tj-isfara": "road named after it", "kg-batken": "road named after it"}),
    # the ends are all the sentence names: the road between them is the scene
    ("Вчера на трассе Исфара – Баткен произошла драка.", ["tj-isfara", "kg-batken"], {}),
    ("Вчера исфаринские пограничники открыли огонь у села Ак-Сай.", ["kg-ak-sai"],
     {"tj-isfara": "title or body"}),
    ("Вчера баткенские власти сообщили, что у села Ак-Сай была драка.", ["kg-ak-sai"],
     {"kg-batken": "title or body"}),
], ids=["road-ends-beside-a-village", "road-ends-alone", "guards-of-a-place",
        "authorities-of-a-place"])
def test_roads_and_forces_named_after_places(text, stops, other):
    got, mentioned = stops_and_why(text)
    assert got == stops and mentioned == other


def test_a_funeral_told_after_its_place_and_where_the_dead_fell():
    stops, mentioned = stops_and_why("В Исфаре вчера прошли похороны погибших у села Ворух.")
    assert stops == ["tj-vorukh"] and mentioned == {"tj-isfara": "funeral"}


def test_a_hospital_is_no_stop_even_when_it_is_the_only_place_named():
    from geoconflict.extract.pipeline import extract_articles, read_article
    (d,) = extract_articles([read_article("date 2021-05-02\nВчера на границе пограничники "
                                          "ранили чабана. Его госпитализировали в Исфаринскую "
                                          "районную больницу.", "a.txt")], merge=False).drafts
    assert d["locations"] == []
    assert [(m["place"], m["why"]) for m in d["mentioned_places"]] == [
        ("tj-isfara-district", "hospital")]


@pytest.mark.parametrize("text, stops, other", [
    ("Вчера на пограничном участке «Кайрагач» произошла перестрелка.", ["kg-kairagach"], {}),
    ("Вчера на участке «Кок-Таш» у села Ак-Сай произошла драка.", ["kg-ak-sai"],
     {"kg-kok-tash-batken": "stretch of border"}),
    ("Вчера на участке границы «Кок-Таш» произошла перестрелка.", ["kg-kok-tash-batken"], {}),
], ids=["section-alone", "section-beside-a-village", "section-of-the-border"])
def test_a_stretch_of_border_named_after_a_place(text, stops, other):
    got, mentioned = stops_and_why(text)
    assert got == stops and mentioned == other


def test_an_earlier_event_told_in_a_participial_phrase_is_neither_date_nor_stop():
    (d,) = extract_articles([read_article(
        "date 2021-05-02\nПастух, задержанный узбекскими пограничниками 31 января у села "
        "Кара-Белес, вчера передан кыргызской стороне на заставе «Баймак».", "a.txt")],
        merge=False).drafts
    assert d["date_start"] == "2021-05-01"
    assert [s["place"] for s in d["locations"]] == ["kg-baymak-border-post"]
    assert d["mentioned_places"][0]["why"] == "an earlier event"


@pytest.mark.parametrize("text", [
    "Вчера пограничники на заставе у села Ак-Сай попали под обстрел. Огонь велся со "
    "стороны Воруха.",
    "Вчера застава у села Ак-Сай была обстреляна с территории села Ворух.",
    "Вчера у села Ак-Сай пограничники попали под огонь со стороны таджикского села Ворух.",
])
def test_where_the_fire_came_from_is_no_stop(text):
    stops, mentioned = stops_and_why(text)
    assert stops == ["kg-ak-sai"] and mentioned == {"tj-vorukh": "origin of fire"}


def test_where_the_fire_came_from_is_the_place_when_no_other_is_named():
    stops, _ = stops_and_why("Вчера был открыт огонь со стороны села Ворух.")
    assert stops == ["tj-vorukh"]


def test_the_side_of_a_village_with_no_fire_word_stays_a_scene():
    stops, _ = stops_and_why("Вчера жители со стороны села Ворух перекрыли дорогу.")
    assert stops == ["tj-vorukh"]


@pytest.mark.parametrize("text", [
    "Вчера раненый пастух скончался в больнице Исфары.",
    "Вчера на границе ранили двух пастухов, их доставили в больницу города Баткен.",
], ids=["died-in-the-hospital-of", "taken-to-the-hospital-of-the-town"])
def test_the_town_of_a_hospital_named_after_it_is_no_stop(text):
    got, mentioned = stops_and_why(text)
    assert got == [] and list(mentioned.values()) == ["hospital"]


def test_the_home_of_the_dead_is_the_stop_before_the_place_of_their_funeral():
    got, mentioned = stops_and_why("В Исфаре похоронили двух жителей села Ворух, погибших "
                                   "вчера в перестрелке на границе.")
    assert got == ["tj-vorukh"] and mentioned == {"tj-isfara": "funeral"}
