"""Russian counts: digits, number words, collective numerals, qualifiers, roles, sides."""

import pytest

from geoconflict.extract.ru.numbers import find_counts, parse_number


def counts(text):
    return [(c.value, c.role, c.qualifier, c.side) for c in find_counts(text, 0, len(text))]


@pytest.mark.parametrize("text, expected", [
    ("Погибли двое пограничников.", [(2, "killed", "", "")]),
    ("Трое военнослужащих получили ранения.", [(3, "injured", "", "")]),
    ("Задержаны пятеро граждан Таджикистана.", [(5, "detained", "", "TJ")]),
    ("Не менее 10 человек были эвакуированы из села.", [(10, "evacuated", "at_least", "")]),
    ("По меньшей мере 4 жителя пострадали.", [(4, "injured", "at_least", "")]),
    ("Около 200 жителей эвакуированы.", [(200, "evacuated", "about", "")]),
    ("Более 30 человек ранены.", [(30, "injured", "at_least", "")]),
    ("Ранены семь кыргызстанских военнослужащих.", [(7, "injured", "", "KG")]),
    ("Два узбекских пограничника погибли.", [(2, "killed", "", "UZ")]),
])
def test_roles_qualifiers_sides(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("В результате никто не пострадал.", [(0, "injured", "", "")]),
    ("Со стороны Таджикистана жертв нет.", [(0, "killed", "", "TJ")]),
    ("Среди пограничников КР пострадавшие отсутствуют.", [(0, "injured", "", "KG")]),
    ("Не пострадал никто.", [(0, "injured", "", "")]),
    ("Пострадавших не было.", [(0, "injured", "", "")]),
    ("Жертв и пострадавших нет.", [(0, "killed", "", ""), (0, "injured", "", "")]),
    ("Жертв удалось избежать.", [(0, "killed", "", "")]),
    ("Никто из граждан Кыргызстана не пострадал.", [(0, "injured", "", "KG")]),
    ("Пострадавших среди мирного населения нет.", [(0, "injured", "", "")]),
    ("Потерь нет.", [(0, "killed", "", "")]),  # no losses: no dead
    ("Потерь с таджикской стороны нет.", [(0, "killed", "", "TJ")]),
])
def test_nobody_hurt_is_zero(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("В результате ранение получил местный житель.", [(1, "injured", "", "")]),
    ("Ранения получил гражданин Кыргызстана.", [(1, "injured", "", "KG")]),
    ("Раненого пограничника доставили в больницу.", [(1, "injured", "", "")]),
    ("Подросток получил травму головы.", [(1, "injured", "", "")]),
    ("Кыргызстанец был избит.", [(1, "injured", "", "KG")]),
    ("В результате инцидента погиб человек.", [(1, "killed", "", "")]),
], ids=["wound-before-its-verb", "wounds-before-a-citizen", "wounded-taken-to-hospital",
        "teenager-hurt", "beaten", "a-person-died"])
def test_one_person_in_other_word_orders(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Пограничники застрелили гражданина Таджикистана.", [(1, "killed", "", "TJ")]),
    ("Неизвестный убил пограничника на заставе.", [(1, "killed", "", "")]),
    ("Их обвинили в убийстве пастуха.", [(1, "killed", "", "")]),
    ("Пострадавший при стрельбе водитель уехал домой.", [(1, "injured", "", "")]),
    ("Водитель получил царапины.", [(1, "injured", "", "")]),
], ids=["shot-dead-object", "killed-object", "murder-of", "hurt-participle", "scratches"])
def test_one_victim_as_the_object_or_of_a_noun(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text", ["Пограничники застрелили волка.",
                                  "Следствие по делу об убийстве продолжается."])
def test_a_killing_without_a_person_counts_nobody(text):
    assert counts(text) == []


def test_one_person_without_a_numeral():
    assert counts("Гражданин РТ был ранен в ногу.") == [(1, "injured", "", "TJ")]
    # the object of an active verb is the victim, not its subject
    assert counts("Узбекский пограничник ранил кыргызстанца.") == [(1, "injured", "", "KG")]


@pytest.mark.parametrize("text", [
    "Колонна прошла 12 км за 3 часа.",
    "Пограничники вернули 67 голов скота.",
    "Стоимость груза составила 5000 сомов.",
    "Встреча прошла в 15:30 в здании администрации.",
    "Одна из версий не подтвердилась.",
    "Пострадали несколько человек.",  # a number not given is no count of one
])
def test_not_counts_of_people(text):
    assert counts(text) == []


@pytest.mark.parametrize("word, value", [("двое", 2), ("пятерых", 5), ("трёх", 3),
                                         ("двадцать три", 23), ("1 500", 1500), ("сотни", 100)])
def test_parse_number(word, value):
    assert parse_number(word) == value


@pytest.mark.parametrize("text, expected", [
    ("Число погибших возросло до 41.", [(41, "killed", "", "")]),
    ("Таджикская сторона сообщила о 8 погибших.", [(8, "killed", "", "TJ")]),
    ("С таджикской стороны погибли 5 человек, с кыргызской — 3.",
     [(5, "killed", "", "TJ"), (3, "killed", "", "KG")]),
    ("Погибли 19 граждан Кыргызстана и 12 граждан Таджикистана.",
     [(19, "killed", "", "KG"), (12, "killed", "", "TJ")]),
    ("По данным Минздрава Кыргызстана, ранены 87 человек.", [(87, "injured", "", "KG")]),
])
def test_tolls_and_their_sides(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Кыргызстан сообщил о 59 погибших, Таджикистан — о 41.",
     [(59, "killed", "", "KG"), (41, "killed", "", "TJ")]),
    ("Тела двух погибших переданы таджикской стороне.", [(2, "killed", "", "")]),
    ("Задержаны пятеро таджиков.", [(5, "detained", "", "TJ")]),
])
def test_sides_of_sources_and_peoples(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Двое участников драки доставлены в районную больницу.", [(2, "injured", "", "")]),
    ("Троим жителям оказана медицинская помощь.", [(3, "injured", "", "")]),
    ("Пастух доставлен в больницу.", [(1, "injured", "", "")]),
    ("Вооруженные люди взяли в заложники четырех водителей.", [(4, "detained", "", "")]),
    ("В больницу обратились три человека.", [(3, "injured", "", "")]),
    ("Число пострадавших — четверо.", [(4, "injured", "", "")]),
    ("Один из раненых позже скончался.", [(1, "killed", "", "")]),
    ("Камнями разбили 2 автомобиля.", []),
], ids=["taken-to-hospital", "given-first-aid", "one-taken-to-hospital", "hostages",
        "went-to-hospital", "role-before-a-dash", "one-of-the-wounded-died", "cars"])
def test_more_role_words(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("С кыргызской стороны ранены два человека, с таджикской — три.",
     [(2, "injured", "", "KG"), (3, "injured", "", "TJ")]),
    ("У таджикской стороны погибли двое, у узбекской — пятеро.",
     [(2, "killed", "", "TJ"), (5, "killed", "", "UZ")]),
    ("Узбекская сторона сообщила о двух раненых, таджикская — о трех.",
     [(2, "injured", "", "UZ"), (3, "injured", "", "TJ")]),
], ids=["with-side", "at-side", "side-that-told"])
def test_a_side_and_a_dash_stand_for_the_count_before(text, expected):
    assert counts(text) == expected


def test_a_number_word_after_a_dash_without_a_side_is_no_count():
    assert counts("Ранены два человека — три дня назад.") == [(2, "injured", "", "")]


@pytest.mark.parametrize("text, expected", [
    ("Ранены двое военнослужащих Пограничной службы Кыргызстана.", [(2, "injured", "", "KG")]),
    ("Ранен военнослужащий Пограничных войск ГКНБ Таджикистана.", [(1, "injured", "", "TJ")]),
], ids=["force-of-a-country", "one-of-a-force"])
def test_the_side_of_the_force_a_group_belongs_to(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Пятеро военнослужащих получили ранения, сообщила пресс-служба ГКНБ Кыргызстана.",
     [(5, "injured", "", "KG")]),
    ("Ранены трое, по данным Минздрава КР.", [(3, "injured", "", "KG")]),
    ("Никто не пострадал, сообщили в ГКНБ Таджикистана.", [(0, "injured", "", "TJ")]),
    ("В Минздраве Кыргызстана сообщили, что ранены 31 человек.", [(31, "injured", "", "KG")]),
    # the counted people's own country comes before the source's
    ("Ранены трое кыргызстанцев, сообщила таджикская сторона.", [(3, "injured", "", "KG")]),
    ("Таджикские СМИ сообщают о пяти раненых.", [(5, "injured", "", "TJ")]),
    ("Среди кыргызских военных двое погибших.", [(2, "killed", "", "KG")]),
    ("По информации узбекской стороны, задержаны трое.", [(3, "detained", "", "UZ")]),
    ("На кыргызской стороне ранены четверо.", [(4, "injured", "", "KG")]),
    # an outlet named after a country reports no side of its own
    ("Погибли 10 человек, сообщает Sputnik Кыргызстан.", [(10, "killed", "", "")]),
    ("Как передает Sputnik Таджикистан, погибли 10 человек.", [(10, "killed", "", "")]),
    # a source before a colon, «как сообщает»
    ("В погранслужбе Узбекистана сообщили: ранены двое.", [(2, "injured", "", "UZ")]),
    ("Погранслужба Узбекистана: ранены двое.", [(2, "injured", "", "UZ")]),
    ("Как сообщает пресс-служба ГКНБ Узбекистана, ранены двое.", [(2, "injured", "", "UZ")]),
    ("Жители: ранены двое.", [(2, "injured", "", "")]),
], ids=["press-service-after", "according-to-after", "zero-with-source-after",
        "source-with-its-country-before-the-verb", "people-before-source",
        "media-report", "among-the-forces-of", "information-of-a-side", "on-a-side",
        "outlet-after", "outlet-before", "said-colon", "body-colon", "as-reports",
        "no-body-colon"])
def test_the_source_after_a_count_gives_its_side(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Пограничник получил смертельное ранение.", [(1, "killed", "", "")]),
    ("Двое получили смертельные ранения.", [(2, "killed", "", "")]),
    ("Перестрелка унесла жизни двоих.", [(2, "killed", "", "")]),
    ("Стрельба унесла жизни трех человек.", [(3, "killed", "", "")]),
], ids=["mortal-wound", "mortal-wounds", "took-lives", "took-lives-of-people"])
def test_mortal_wounds_and_lives_taken_are_deaths(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Пограничники задержали чабана из Кыргызстана.", [(1, "detained", "", "KG")]),
    ("Задержаны двое жителей из Таджикистана.", [(2, "detained", "", "TJ")]),
    ("Ранена кыргызстанка.", [(1, "injured", "", "KG")]),
    ("Задержаны 5 граждан Республики Таджикистан.", [(5, "detained", "", "TJ")]),
], ids=["one-from", "two-from", "a-woman-of", "citizens-of-the-republic-of"])
def test_people_from_a_country_are_its_side(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Кыргызская сторона сообщила о гибели двух пограничников.", [(2, "killed", "", "KG")]),
    ("Гибель трех человек подтвердили врачи.", [(3, "killed", "", "")]),
    ("Ранения получили двое военнослужащих ГПВ ГКНБ РТ.", [(2, "injured", "", "TJ")]),
], ids=["death-of", "death-of-people", "force-abbreviations"])
def test_death_nouns_and_force_abbreviations(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Скончались двое раненых.", [(2, "killed", "", "")]),
    ("Ранены двое задержанных.", [(2, "injured", "", "")]),
    ("Погибших — трое, раненых — пятеро.", [(3, "killed", "", ""), (5, "injured", "", "")]),
    ("Один человек погиб, четверо получили ранения.",
     [(1, "killed", "", ""), (4, "injured", "", "")]),
    ("В больницу доставлены 11 человек.", [(11, "injured", "", "")]),
    ("Погибли двадцать пять человек.", [(25, "killed", "", "")]),
    ("Эвакуированы сто двадцать жителей.", [(120, "evacuated", "", "")]),
    ("Ранены по меньшей мере пятеро.", [(5, "injured", "at_least", "")]),
    ("Погибли около тридцати человек.", [(30, "killed", "about", "")]),
    ("Пострадали не менее двух человек.", [(2, "injured", "at_least", "")]),
    ("Пограничники задержали двоих чабанов.", [(2, "detained", "", "")]),
    ("Убитых — двое.", [(2, "killed", "", "")]),
    ("Около 30 тысяч человек покинули свои дома.", [(30000, "evacuated", "about", "")]),
], ids=["verb-before-a-participle-noun", "wounded-detainees", "role-dash-pairs",
        "role-of-its-own-clause", "hospital-before-its-verb", "compound-number",
        "hundreds", "at-least-collective", "about-genitive", "not-fewer-genitive",
        "collective-genitive", "killed-dash", "left-their-homes"])
def test_the_role_of_each_count_in_a_sentence_of_several(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Погибли двое граждан Таджикистана, еще трое получили ранения.",
     [(2, "killed", "", "TJ"), (3, "injured", "", "TJ")]),
    ("Погиб гражданин Кыргызстана, еще двое ранены.",
     [(1, "killed", "", "KG"), (2, "injured", "", "KG")]),
    # a part of the group («из них четверо») is in its count, no figure of its own
    ("Ранены 12 узбекистанцев, из них четверо госпитализированы.",
     [(12, "injured", "", "UZ"), (4, "", "", "")]),
    # a group with a side of its own keeps it
    ("Погиб гражданин Кыргызстана, еще двое граждан Таджикистана ранены.",
     [(1, "killed", "", "KG"), (2, "injured", "", "TJ")]),
], ids=["more-of-them", "more-after-one", "of-them", "own-side"])
def test_more_of_a_group_takes_its_side(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the role of the count's own clause, not of the next one
    ("Число погибших с таджикской стороны достигло 12, ранены 30.",
     [(12, "killed", "", "TJ"), (30, "injured", "", "TJ")]),
    # a breakdown after a colon counts the same
    ("Погибли 9 человек: 5 кыргызстанцев и 4 таджикистанца.",
     [(9, "killed", "", ""), (5, "killed", "", "KG"), (4, "killed", "", "TJ")]),
    ("Кыргызская сторона потеряла трех военнослужащих.", [(3, "killed", "", "KG")]),
    ("Двое потеряли сознание.", []),
    ("Ранены двое военнослужащих ПС ГКНБ КР.", [(2, "injured", "", "KG")]),
    ("Ранены трое граждан Таджикистана, один из них тяжело.",
     [(3, "injured", "", "TJ")]),
], ids=["toll-then-next-clause", "breakdown-after-colon", "lost", "lost-consciousness",
        "border-service-abbreviation", "one-of-them"])
def test_clauses_breakdowns_and_forces(text, expected):
    assert [c for c in counts(text) if c[1]] == expected


@pytest.mark.parametrize("text, expected", [
    ("Пострадали 25 человек, пятеро из них госпитализированы.",
     [(25, "injured", "", ""), (5, "", "", "")]),
    ("Погибли семеро граждан Кыргызстана, в том числе двое детей.",
     [(7, "killed", "", "KG"), (2, "", "", "")]),
    ("Ранены 12 человек, из них трое погибли позже.", [(12, "injured", "", ""),
                                                       (3, "killed", "", "")]),
    ("Погибли двое граждан Кыргызстана, ещё десять ранены.",
     [(2, "killed", "", "KG"), (10, "injured", "", "KG")]),
])
def test_a_part_of_the_count_before_is_no_figure_of_its_own(text, expected):
    assert counts(text) == expected
