"""What a Russian sentence's grammar says of the places it names and of what it tells: the
seat of whoever tells it, the way people came from, a promise, talks under way (sentences
our own, each with a near one where the rule must not fire)."""

import pytest

from geoconflict.extract.pipeline import extract_articles, read_article


def _drafts(text: str) -> list[dict]:
    return extract_articles([read_article("date 2021-05-02\n" + text, "a.txt")],
                            merge=False).drafts


def _stops(text: str) -> list[str]:
    (d,) = _drafts(text)
    return [s["place"] for s in d["locations"]]


@pytest.mark.parametrize("text", [
    # the subject of the telling verb, before it or after it
    "Охотники Исфары сообщили, что вчера у села Ворух задержан чабан.",
    "Пастухи Исфары заявили, что вчера у села Ворух задержан чабан.",
    "«Вчера у села Ворух задержали чабана», — рассказали пастухи Исфары.",
])
def test_the_seat_of_who_tells_it_is_no_scene(text):
    assert _stops(text) == ["tj-vorukh"]


def test_a_place_the_told_news_is_about_stays_a_scene():
    # «Об обстреле Воруха сообщили …»: the place of the event told, in a phrase with «об»
    assert _stops("Об обстреле Воруха вчера сообщили пограничники.") == ["tj-vorukh"]
    assert "tj-isfara" in _stops("Вчера сообщили о задержании чабана в Исфаре.")


def test_the_place_people_came_from_is_no_scene():
    assert _stops("Вчера пограничники задержали двух чабанов, ехавших из Тамдыка через "
                  "Ворух.") == ["tj-vorukh"]
    assert _stops("Вчера пограничники задержали двух чабанов, следовавших домой из "
                  "Тамдыка через Ворух.") == ["tj-vorukh"]
    # (the place they were held in stays a scene)
    assert "kg-tamdyk" in _stops("Вчера пограничники задержали двух чабанов в Тамдыке.")


def _kinds(text: str) -> list[str]:
    return [d["sub_event_type"] for d in _drafts(text)]


@pytest.mark.parametrize("talks", ["В эти часы проводятся переговоры пограничников.",
                                   "Переговоры пограничников проводятся у моста."])
def test_talks_told_as_under_way_in_the_plural_are_an_act_but_after_a_detention_its_end(talks):
    assert _kinds("Вчера у села Ак-Сай " + talks[0].lower() + talks[1:]) == ["Agreement"]
    # told after the detention they settle, the end of its story (_fold_talks)
    (d,) = _drafts("Вчера у села Ак-Сай задержаны двое граждан. " + talks)
    assert d["sub_event_type"] == "Arrests" and len(d["evidence"]["followups"]) == 1


def test_talks_to_be_held_are_none():
    got = _kinds("Вчера у села Ак-Сай задержаны двое граждан. Переговоры сторон будут "
                 "проведены позже.")
    assert got == ["Arrests"]


_HELD = "Вчера у села Ак-Сай пограничники задержали двух граждан Таджикистана. "


def test_what_a_side_only_promised_is_no_event():
    got = _kinds(_HELD + "Пограничники соседней страны пообещали передать двух задержанных "
                 "чабанов родным.")
    assert got == ["Arrests"]
    # told as done, it is one
    assert len(_kinds(_HELD + "Пограничники соседней страны передали двух "
                           "чабанов родным.")) == 2


def test_people_held_that_a_deal_is_about_are_no_toll_of_it():
    got = _kinds(_HELD + "Стороны договорились, что отпустят двух чабанов, задержанных "
                 "на границе.")
    assert got == ["Arrests", "Agreement"]
    # (a detention the sentence tells, with a finite verb, keeps its count: a toll part)
    ds = _drafts(_HELD + "Стороны договорились об обмене, после того как в Таджикистане были "
                 "задержаны трое граждан.")
    assert [d.get("detained", {}).get("best") for d in ds] == [2, None, 3]


def test_a_crowd_gathering_at_a_seat_of_power_is_a_protest():
    for s in ("Вчера у административного здания в Баткене собрались сельчане.",
              "Вчера люди собирались у здания администрации в Баткене."):
        assert _kinds(s) == ["Peaceful protest"], s
    assert _kinds("Вчера возле здания школы в Баткене собираются дети.") == []


_BLOCKED = "Вчера у села Ак-Сай жители перекрыли дорогу. "


def test_what_is_demanded_has_not_happened():
    assert _kinds(_BLOCKED + "Сельчане требуют, чтобы власти открыли КПП.") == ["Peaceful protest"]
    assert _kinds(_BLOCKED + "Сельчане требуют открыть КПП.") == ["Peaceful protest"]
    # told before the demand, a cue keeps its kind
    assert _kinds("Вчера у села Ак-Сай жители перекрыли дорогу, требуя открыть КПП.") == [
        "Peaceful protest"]
    assert len(_kinds(_BLOCKED + "Власти открыли КПП.")) == 2


@pytest.mark.parametrize("text", [
    "Вчера у села Ворух пограничники демонтировали стену на границе.",
    "Вчера у села Ворух снесли забор на границе.",
    "Забор на границе у села Ворух, который давно ждали сельчане, был построен вчера.",
])
def test_a_barrier_built_or_torn_down_either_word_order_is_a_development(text):
    assert _kinds(text) == ["Other"]


def test_a_wall_hit_is_no_works_on_the_line():
    assert "Other" not in _kinds("Вчера в селе Ворух пуля попала в стену дома.")


def test_a_crossing_that_will_work_again_is_a_status_move():
    assert _kinds("Со следующей недели у села Ворух снова заработает пост.") == [
        "Other"]
    assert _kinds("Вчера у села Ворух вновь заработал пункт пропуска.") == ["Other"]


def test_a_day_told_with_the_verb_left_out_is_another_detention():
    ds = _drafts("Первого чабана задержали 1 мая у села Ак-Сай, а его братьев — 3 мая.")
    assert sorted(d["date_start"] for d in ds) == ["2021-05-01", "2021-05-03"]
    # (two days of one detention, told with its verb, stay one)
    ds = _drafts("Чабан был задержан 1 мая у села Ак-Сай и отпущен 3 мая.")
    assert len(ds) == 1


def _counts(text: str) -> list[tuple]:
    from geoconflict.extract.ru.numbers import find_counts
    return [(c.value, c.role, c.side) for c in find_counts(text, 0, len(text))]


def test_a_bare_numeral_with_its_noun_left_out_counts_the_group_before():
    assert _counts("Трое таджикских солдат погибли, двое ранены.") == [
        (3, "killed", "TJ"), (2, "injured", "TJ")]
    # (with a noun of its own it is another group)
    assert _counts("Трое таджикских солдат погибли, двое чабанов ранены.") == [
        (3, "killed", "TJ"), (2, "injured", "")]


def test_a_title_over_its_page_address_is_a_link_to_another_article():
    link = "В Исфаре убит пограничник\nhttps://example.org/doc/1.html\n"
    news = "Вчера у села Ворух задержаны двое чабанов.\n"
    (d,) = _drafts(news + link + "Об этом сообщили пограничники.")
    assert [s["place"] for s in d["locations"]] == ["tj-vorukh"] and "fatalities" not in d
    # (the same line without an address after it is the text's own)
    assert any("fatalities" in d for d in _drafts(news + link.split("\n")[0] + ".\n"))


def _dates(text: str, published: str = "2021-09") -> list[str]:
    docs = [read_article(f"date {published}\n" + text, "a.txt")]
    return [d["date_start"] for d in extract_articles(docs, merge=False).drafts]


def test_a_stamp_with_its_clock_before_the_paragraph_is_no_event_day():
    assert _dates("Азамат Исаев 05.09.2021 09:15 В селе Ак-Сай 2 сентября задержаны двое "
                  "граждан.") == ["2021-09-02"]
    # (a day and the hour of what is told stays its day)
    assert _dates("05.09.2021 в 09:15 у села Ворух задержаны двое граждан.") == ["2021-09-05"]


def test_days_joined_by_a_non_breaking_hyphen_are_a_span():
    (d,) = _drafts("Соглашение о границе президенты подписали 4\u20115 мая 2021 года в Душанбе.")
    assert (d["date_start"], d["date_end"]) == ("2021-05-04", "2021-05-05")


_SIGNED = "Соглашение о границе президенты подписали 5 мая 2018 года в Душанбе. "


def test_a_treaty_ratified_after_it_was_signed_is_another_act():
    assert _kinds(_SIGNED + "Позже сенат ратифицировал соглашение.") == [
        "Agreement", "Agreement"]
    # (the signing told again is the same act)
    assert _kinds(_SIGNED + "Документ подписали министры двух стран.") == ["Agreement"]


def test_every_end_of_roads_told_at_once_is_a_road_end():
    # no other place named: the ends of both roads are the closure's scenes
    got = _stops("Вчера приостановлено движение по трассам Баткен-Исфана и Ворух-Исфара.")
    assert got == ["kg-batken", "kg-isfana", "tj-vorukh", "tj-isfara"]
    # a village named beside them is the scene, not the roads' ends
    got = _stops("Вчера приостановлено движение по трассам Баткен-Исфана и Ворух-Исфара "
                 "у села Ак-Сай.")
    assert got == ["kg-ak-sai"]


def test_people_held_named_by_their_state_only_tell_no_incident():
    got = _kinds(_HELD + "Среди пришедших были братья двух чабанов, задержанных "
                 "в Исфаре.")
    assert got == ["Arrests"]
    # (people hurt counted beside them do)
    assert len(_kinds(_HELD + "Братья двух чабанов, задержанных в Исфаре, ранены.")) == 2


@pytest.mark.parametrize("text, start", [
    ("Ровно год назад у села Ворух произошла перестрелка.", "2021-04-28"),
    ("Два года назад в этот день у села Ворух произошла перестрелка.", "2020-04-28"),
    ("Ровно два месяца назад у села Ворух произошла перестрелка.", "2022-02-28"),
    # (a year ago, no more said: the year)
    ("Год назад у села Ворух произошла перестрелка.", "2021-01-01"),
])
def test_exactly_a_year_ago_is_the_same_day(text, start):
    assert _dates(text, published="2022-04-28") == [start]
