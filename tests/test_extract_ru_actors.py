"""Russian actor names in every case form, and generic words tied to their country."""

from geoconflict.extract.pipeline import read_article
from geoconflict.extract.ru.actors import find_actors, stem


def actors(text):
    return [(a.text, a.name) for a in find_actors(read_article(text))]


def test_named_actors_in_case_forms():
    assert actors("По данным Погранслужбы КР, огонь открыли Пограничные войска ГКНБ "
                  "Таджикистана.") == [
        ("Погранслужбы КР", "Border Service of Kyrgyzstan"),
        ("Пограничные войска ГКНБ Таджикистана", "Border Troops of Tajikistan")]


def test_generic_word_takes_the_country_named_with_it():
    assert actors("Милиция Таджикистана задержала троих.") == [
        ("Милиция", "Police Forces of Tajikistan")]
    assert actors("Кыргызские пограничники открыли огонь.") == [
        ("Кыргызские пограничники", "Border Service of Kyrgyzstan")]


def test_stem_drops_case_endings_only_of_long_words():
    assert stem("пограничников") == stem("пограничники") == "пограничник"
    assert stem("КР") == "кр"


def test_abbreviated_forces_and_the_genitive_of_armed_forces():
    assert actors("Огонь открыли бойцы ГПС.") == [("ГПС", "Border Service of Kyrgyzstan")]
    assert actors("Огонь открыли военнослужащие ПВ ГКНБ РТ.")[-1] == (
        "ПВ ГКНБ РТ", "Border Troops of Tajikistan")
    assert actors("Обстреляли позиции Вооруженных сил Кыргызстана.") == [
        ("Вооруженных сил Кыргызстана", "Military Forces of Kyrgyzstan")]
