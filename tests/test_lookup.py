"""Lookup ranking on a small hand-made gazetteer, where every answer is known."""

import pytest

from geoconflict._errors import UnknownPlaceError


def test_exact_name_beats_geonames_copy(small_gaz):
    hits = small_gaz.lookup("Vorukh", limit=None)
    assert [c.place.id for c in hits] == ["tj-vorukh", "gn-1"]
    assert hits[0].reason == "name"


def test_cyrillic_alias_and_variant_spelling(small_gaz):
    assert small_gaz.resolve("Ворух").place.id == "tj-vorukh"
    assert small_gaz.resolve("ИСФАНА").place.id == "kg-isfana"
    hit = small_gaz.resolve("Woruh")
    assert hit.place.id == "tj-vorukh" and hit.reason == "variant spelling"


def test_misspelling_is_found_fuzzily_with_lower_score(small_gaz):
    hit = small_gaz.resolve("Isfanna")   # doubled letter folds away: variant spelling
    assert hit.place.id == "kg-isfana"
    hit = small_gaz.resolve("Batkin")
    assert hit.place.id == "kg-batken"
    assert hit.reason.startswith("fuzzy") and hit.score < 95


def test_homonyms_are_all_returned_and_near_decides(small_gaz):
    both = small_gaz.lookup("Dostuk", limit=None)
    assert {c.place.id for c in both} == {"kg-dostuk-batken", "kg-dostuk-leilek"}
    assert small_gaz.resolve("Dostuk", near="Isfana").place.id == "kg-dostuk-leilek"
    assert small_gaz.resolve("Dostuk", near="Batken").place.id == "kg-dostuk-batken"
    near = small_gaz.lookup("Dostuk", near="Isfana", limit=None)
    assert near[0].distance_km < near[1].distance_km


def test_country_filter(small_gaz):
    assert small_gaz.lookup("Vorukh", country="KG") == []
    assert small_gaz.resolve("Vorukh", country="tj").place.country == "TJ"


def test_unknown_name_raises_with_suggestions(small_gaz):
    with pytest.raises(UnknownPlaceError) as err:
        small_gaz.resolve("Vorkhuu-Sai")
    assert "Vorukh (TJ)" in err.value.suggestions
    assert "did you mean" in str(err.value)
    with pytest.raises(UnknownPlaceError) as err:
        small_gaz.resolve("Samarkand")
    assert err.value.suggestions == [] and "gazetteer/places" in str(err.value)


def test_nearest_orders_by_distance(small_gaz):
    hits = small_gaz.nearest(40.0, 70.8, limit=2)
    assert hits[0].place.id == "kg-batken"
    assert hits[0].distance_km == pytest.approx(6.8, abs=0.3)   # 0.06° of latitude, 0.02° lon
    assert hits[0].distance_km <= hits[1].distance_km


def test_get_unknown_id_suggests(small_gaz):
    with pytest.raises(KeyError, match="kg-isfana"):
        small_gaz.get("kg-isfanaa")


def test_near_outranks_the_curated_preference():
    from conftest import make_place

    from geoconflict.gazetteer.index import Gazetteer

    gaz = Gazetteer([
        make_place("kg-ak-suu-leilek", "Ak-Suu", 40.0, 69.7),
        make_place("gn-9", "Ak-Suu", 42.5, 78.5, origin="geonames"),
        make_place("kg-karakol", "Karakol", 42.49, 78.39, kind="town"),
    ])
    assert gaz.resolve("Ak-Suu").place.id == "kg-ak-suu-leilek"          # curated first
    assert gaz.resolve("Ak-Suu", near="Karakol").place.id == "gn-9"      # unless near says
    assert gaz.resolve("\ufeffAk-Suu ").place.id == "kg-ak-suu-leilek"    # BOM, spaces


def test_unknown_country_code_is_an_error(small_gaz):
    with pytest.raises(ValueError, match="XX"):
        small_gaz.lookup("Vorukh", country="XX")


def test_a_feature_word_beside_the_name_is_read_as_the_kind_of_place(small_gaz):
    hit = small_gaz.resolve("Isfana town")
    assert hit.place.id == "kg-isfana" and hit.reason == "feature word"
    assert hit.match == "variant" and hit.score < 97
    assert small_gaz.resolve("village of Vorukh").place.id == "tj-vorukh"  # an enclave
    assert small_gaz.resolve("Batken city").place.id == "kg-batken"  # a town called a city
    # the word must fit the place: Batken is no district, Dostuk no river
    assert small_gaz.lookup("Batken district", fuzzy=False) == []
    assert small_gaz.lookup("Dostuk river", fuzzy=False) == []
    assert small_gaz.lookup("village", fuzzy=False) == []  # the word alone names nothing
    # homonyms stay homonyms, for near= to decide
    assert {c.place.id for c in small_gaz.lookup("Dostuk village", limit=None)} == {
        "kg-dostuk-batken", "kg-dostuk-leilek"}
