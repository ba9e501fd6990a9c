"""Rules found on the fresh Russian dev corpora (ru-dev4, ru-dev3), each tested on
sentences of our own, with a near sentence where the rule must not fire."""

from geoconflict.extract.pipeline import extract_text
from geoconflict.extract.ru._escalation import escalates, mirrors


def _violent_drafts(text: str) -> list[dict]:
    return [d for d in extract_text("date 2020-05-10\n" + text)
            if d["event_type"] in ("Riots", "Battles", "Violence against civilians")]


_LEDE = ("Вечером 5 мая жители села Ак-Сай забросали камнями автомашину жителя Ворух. ")


def test_a_clash_during_the_inquiry_into_an_incident_is_one_of_its_own():
    ds = _violent_drafts(_LEDE + "В ходе разбирательства инцидента на месте собралось до 300 "
                         "человек, между которыми произошла драка.")
    assert len(ds) == 2


def test_a_clash_while_a_dispute_is_settled_is_no_second_incident():
    ds = _violent_drafts(_LEDE + "В ходе разбирательства земельного спора на месте произошла "
                         "драка.")
    assert len(ds) == 1


def test_an_inquiry_that_tells_no_violence_starts_nothing():
    s = "В ходе разбирательства инцидента выяснилось, что водитель не пострадал."
    assert not escalates(s, "other", "violence")
    assert not escalates(s, "violence", None)  # nothing told before it
    assert escalates("Во время выяснения обстоятельств происшествия завязалась драка.",
                     "violence", "violence")


def _types(text: str) -> list[tuple[str, str]]:
    return [(d["event_type"], d["sub_event_type"])
            for d in extract_text("date 2020-05-10\n" + text)]


_HELD = "5 мая у села Ак-Сай пограничники задержали трех граждан Узбекистана. "


def test_detainees_deported_are_a_hand_over_of_their_own():
    got = _types(_HELD + "Позже задержанные были депортированы на сопредельную территорию.")
    assert got.count(("Strategic developments", "Arrests")) == 2
    assert _types(_HELD + "Позже нарушителей выдворили за пределы страны.").count(
        ("Strategic developments", "Arrests")) == 2


def test_talk_of_deportation_is_no_hand_over():
    got = _types(_HELD + "Позже задержанным грозит депортация на сопредельную территорию.")
    assert got == [("Strategic developments", "Arrests")]
    got = _types(_HELD + "Позже задержанные будут депортированы на сопредельную территорию.")
    assert got == [("Strategic developments", "Arrests")]


def _closures(text: str) -> list[dict]:
    return [d for d in extract_text("date 2020-03-20\n" + text)
            if d["evidence"].get("event_type") == "border closed or opened"]


def test_crossings_closed_told_in_the_present_with_the_day_between():
    assert len(_closures("Все пункты пропуска Узбекистана с 00:01 23 марта закрываются для "
                         "всех лиц.")) == 1
    assert len(_closures("Движение через границу с 23 марта временно приостанавливается.")) == 1
    assert len(_closures("Работа КПП «Кайрагач» с 23 марта приостанавливается.")) == 1


def test_shops_closing_in_the_present_are_no_closure():
    assert _closures("Магазины у границы в связи с праздником 23 марта закрываются рано.") == []
    assert _closures("Кафе возле КПП «Кайрагач» 23 марта закрываются рано.") == []


def test_an_earlier_report_told_again_is_another_closure():
    text = ("МВД Таджикистана сообщило о закрытии КПП на границе с 23 марта. "
            "Ранее власти Узбекистана сообщили, что все пункты пропуска Узбекистана с 23 "
            "марта закрываются.")
    assert len(_closures(text)) == 2


def test_an_earlier_hour_of_the_same_day_is_no_report():
    text = ("МВД Таджикистана сообщило о закрытии КПП на границе с 23 марта. "
            "Ранее в тот же день пункты пропуска Узбекистана с 23 марта закрываются.")
    assert len(_closures(text)) == 1


def _arrests(text: str) -> list[dict]:
    return [d for d in extract_text("date 2021-05-17\n" + text)
            if d["sub_event_type"] == "Arrests"]


_HELD_HERE = "17 мая в селе Ак-Сай местные жители задержали трех граждан Таджикистана. "


def test_the_other_side_s_detention_told_beside_is_one_of_its_own():
    assert len(_arrests(_HELD_HERE + "В то же время таджикская сторона задержала трех "
                        "граждан Кыргызстана в селе Ворух.")) == 2
    assert len(_arrests(_HELD_HERE + "В свою очередь кыргызская сторона задержала двоих "
                        "жителей Воруха.")) == 2


def test_more_of_the_same_detention_at_the_same_time_is_no_other():
    assert len(_arrests(_HELD_HERE + "В то же время задержанных доставили в РОВД села "
                        "Ак-Сай.")) == 1
    assert not mirrors("В то же время стороны задержали начало переговоров.", "agreement",
                       "other")
