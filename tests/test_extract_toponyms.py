"""Toponyms: one-pass matching of every name, near-misses, unknown names, ambiguity."""

import pytest
from conftest import make_place

from geoconflict.extract._text import Document
from geoconflict.extract.toponyms import find_toponyms, matcher_for
from geoconflict.gazetteer.index import Gazetteer


@pytest.fixture(scope="module")
def gz():
    return Gazetteer([
        make_place("kg-dostuk-batken", "Dostuk", 39.95, 70.55, admin2="Batken"),
        make_place("kg-dostuk-leilek", "Dostuk", 40.05, 69.60, admin2="Leilek"),
        make_place("kg-dostuk-post", "Dostuk border post", 40.60, 72.80, kind="border_post",
                   aliases=("Dostuk checkpoint",)),
        make_place("kg-ak-sai", "Ak-Sai", 39.93, 70.62, aliases=("Aksay",)),
        make_place("kg-isfana", "Isfana", 39.84, 69.53, kind="town", aliases=("Исфана",)),
        make_place("tj-vorukh", "Vorukh", 39.853, 70.577, country="TJ", kind="enclave",
                   aliases=("Ворух", "Woruch")),
        make_place("tj-kayragach", "Kayragach", 40.20, 69.20, country="TJ"),
        make_place("kg-kayragach", "Kayragach", 40.10, 69.90),
        make_place("kg-batken", "Batken", 40.06, 70.82, kind="town"),
        make_place("kg-batken-region", "Batken Region", 39.83, 71.5, kind="region",
                   aliases=("Batken Province", "Batken Oblast")),
        make_place("uz-syrdarya", "Syrdarya", 40.84, 68.66, country="UZ", kind="town"),
        make_place("kg-toktogul", "Toktogul", 41.87, 72.94, kind="town"),
    ])


def places(text, gaz):
    return [(m.text, m.place.id if m.place else None)
            for m in find_toponyms(Document(text), gaz)]


def test_every_name_and_alias_in_any_script_and_spelling(gz):
    text = ("Shots were fired in Ворух and Woruch, then at Ak Sai, Aksay and AK-SAI; "
            "people fled to Исфана.")
    got = places(text, gz)
    assert [p for _, p in got] == ["tj-vorukh", "tj-vorukh", "kg-ak-sai", "kg-ak-sai",
                                   "kg-ak-sai", "kg-isfana"]


def test_the_automaton_is_built_once_per_gazetteer(gz):
    assert matcher_for(gz) is matcher_for(gz)
    assert matcher_for(gz).index.max_words >= 3


@pytest.mark.parametrize("text, name, pid", [
    ("Two men were wounded near Dustuk, close to Ak-Sai.", "Dustuk", "kg-dostuk-batken"),
    ("Residents of Voruj blocked the road.", "Voruj", "tj-vorukh"),
    ("Stones were thrown in Ak-Sai, Dustuk and Vorukh.", "Dustuk", "kg-dostuk-batken"),
])
def test_near_misses_are_caught(gz, text, name, pid):
    found = dict(places(text, gz))
    assert found[name] == pid
    m = next(m for m in find_toponyms(Document(text), gz) if m.text == name)
    assert m.how.startswith("fuzzy")


def test_unknown_toponyms_by_context_are_reported_not_dropped(gz):
    text = ("Fighting reached the villages of Zarbuloq, Kengsuv and Ak-Sai. The Sarykol border "
            "post was shelled, and shots hit the village of Dostuq.")
    ms = find_toponyms(Document(text), gz)
    got = {m.text: m for m in ms}
    assert got["Zarbuloq"].place is None and got["Kengsuv"].place is None
    assert got["Sarykol"].place is None and "context" in got["Sarykol"].reason
    assert got["Ak-Sai"].place.id == "kg-ak-sai"
    assert got["Dostuq"].place is not None  # a near-miss with a context: resolved fuzzily


def test_ambiguous_names_take_the_reading_nearest_the_other_places(gz):
    assert dict(places("Clashes near Dostuk and Ak-Sai.", gz))["Dostuk"] == "kg-dostuk-batken"
    assert dict(places("A shepherd from Dostuk fled to Isfana.", gz))["Dostuk"] == \
        "kg-dostuk-leilek"


def test_the_country_named_picks_the_reading(gz):
    assert dict(places("The Tajik village of Kayragach was hit.", gz))["Kayragach"] == \
        "tj-kayragach"
    assert dict(places("The Kyrgyz village of Kayragach was hit.", gz))["Kayragach"] == \
        "kg-kayragach"


def test_the_kind_the_sentence_implies_picks_the_reading(gz):
    assert dict(places("Guards at the checkpoint of Dostuk were attacked.", gz))["Dostuk"] == \
        "kg-dostuk-post"
    assert dict(places("The Dostuk border post was attacked.", gz))["Dostuk border post"] == \
        "kg-dostuk-post"
    assert dict(places("Dostuk village near Ak-Sai burned.", gz))["Dostuk"] == \
        "kg-dostuk-batken"


@pytest.mark.parametrize("text, name", [
    ("Passage was stopped at the checkpoint Dostuk on Monday.", "Dostuk"),
    ("The Dostuk-Avtodorozhniy crossing was closed.", "Dostuk"),
    ("Passage via the Isfana and Dostuk BCPs was restricted.", "Dostuk"),
    ("Trucks queued at KPP Dostuk.", "Dostuk"),
])
def test_a_crossing_word_before_the_name_or_its_road_suffix_picks_the_post(gz, text, name):
    assert dict(places(text, gz))[name] == "kg-dostuk-post"


def test_the_kind_word_after_a_gloss_in_brackets_picks_the_reading(gz):
    assert dict(places("The Dostuk (Friendship) checkpoint reopened.", gz))["Dostuk"] == \
        "kg-dostuk-post"
    assert places("Residents of Batken (Kyrgyzstan) region may cross.", gz) == [
        ("Batken", "kg-batken-region")]
    assert places("Batken (the town) was calm.", gz) == [("Batken", "kg-batken")]


def test_region_and_its_capital(gz):
    assert places("Batken, a region of Kyrgyzstan, was raided. Batken was calm later.", gz) == \
        [("Batken", "kg-batken-region"), ("Batken", "kg-batken-region")]
    assert places("Batken, the regional capital, was hit.", gz) == [("Batken", "kg-batken")]
    assert places("Shelling of the Batken province went on.", gz) == \
        [("Batken province", "kg-batken-region")]


def test_a_region_the_gazetteer_lacks_is_unresolved_with_the_town_suggested(gz):
    (m,) = find_toponyms(Document("He was born in the Syrdarya region."), gz)
    assert m.place is None and m.suggestions and "Syrdarya" in m.suggestions[0]


def test_person_names_are_not_places(gz):
    assert places("Political scientist Toktogul Kakcheev said so.", gz) == []
    assert places("The convoy reached Toktogul at noon.", gz) == [("Toktogul", "kg-toktogul")]


def test_a_headline_with_its_short_words_in_lower_case_names_no_person(gz):
    text = "What Next for the Toktogul Dissenters\nToktogul stayed quiet overnight."
    assert places(text, gz).count(("Toktogul", "kg-toktogul")) == 2


def test_a_name_followed_by_a_surname_in_a_plain_sentence_is_still_a_person(gz):
    text = "Analyst Toktogul Dissenov spoke for the farmers.\nToktogul stayed quiet."
    assert places(text, gz) == []


def test_relation_near(gz):
    (m,) = find_toponyms(Document("Shots were heard not far from Isfana."), gz)
    assert m.relation == "near"
    (m,) = find_toponyms(Document("Shots were heard in Isfana."), gz)
    assert m.relation == "at"


def test_lists_with_a_plural_kind_word(gaz):
    ms = find_toponyms(Document("Fighting spread along the Batken and Leilek districts."), gaz)
    assert [m.place.kind for m in ms] == ["district", "district"]


def test_evidence_of_a_mention(gz):
    text = "date 2021-01-01\nShots near Ak-Sai."
    (m,) = find_toponyms(Document(text, "x.txt"), gz)
    assert text[m.evidence.start:m.evidence.end] == "Ak-Sai"
    assert m.evidence.sentence == "Shots near Ak-Sai." and m.evidence.line == 2


@pytest.mark.parametrize("text, name, pid", [
    ("The villages of Kulundu, Maksat, Dzhani-Dzhir and others were shelled.",
     "Dzhani-Dzhir", "kg-jangy-jer-leilek"),
    ("Residents of Voruj and Dustuk fled.", "Dustuk", "kg-dostuk-batken"),
    ("Mortars hit Tash-Tumshyk and Kok-Tosh.", "Kok-Tosh", "kg-kok-tash-batken"),
])
def test_misspellings_in_lists_resolve_near_the_other_places(gaz, text, name, pid):
    found = {m.text: m for m in find_toponyms(Document(text), gaz)}
    assert found[name].place.id == pid and found[name].how.startswith("fuzzy")


def test_named_district_tells_homonyms_of_one_region_apart(gaz):
    for text, expected in (
        ("Three people were killed in Dostuk village in Leilek district.", "kg-dostuk-leilek"),
        ("Three people were killed in Dostuk village in Batken district.", "kg-dostuk-batken"),
        ("Shots were fired at Kok-Tash in Leilek district.", "kg-kok-tash-leilek"),
    ):
        ms = [m for m in find_toponyms(Document(text), gaz) if m.place.kind != "district"]
        assert ms[0].place.id == expected, (text, ms[0].place.id)


def test_a_countrys_possessive_is_no_unknown_place(gz):
    assert places("Guards entered Uzbekistan's enclave of Vorukh.", gz) == [
        ("Vorukh", "tj-vorukh")]


@pytest.mark.parametrize("text", [
    "Soviet maps of Kirghizia's border were used.",   # an old exonym of a country
    "The leaders met in Astana and later in Moscow.",  # capitals beyond the region
])
def test_old_exonyms_and_capitals_beyond_the_region_are_no_unknown_places(gz, text):
    assert places(text, gz) == []


@pytest.mark.parametrize("text, name", [
    ("Stones were thrown near the Zarbulak crossroads.", "Zarbulak"),
    ("Guards fired in jamoat Dehqonkent.", "Dehqonkent"),
])
def test_unknown_places_before_a_kind_word_or_after_jamoat_are_reported(gz, text, name):
    assert (name, None) in places(text, gz)


@pytest.mark.parametrize("text, expected", [
    ("It happened in Aksyyskiy District of the region.", ("Aksyyskiy", "kg-aksy-district")),
    ("Police of Batkenskiy District arrived.", ("Batkenskiy", "kg-batken-district")),
    ("Residents of Batkenskaya Oblast protested.", ("Batkenskaya Oblast", "kg-batken-region")),
])
def test_a_russian_adjective_spelt_in_latin_names_its_place(text, expected):
    from geoconflict.gazetteer import default_gazetteer
    assert expected in places(text, default_gazetteer())
