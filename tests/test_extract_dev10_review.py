"""The reviewer's sentences against this round's folding rules (each once broke one)."""

import pytest

from geoconflict.extract import extract_text

RU_CLASH = ("10 мая пограничники Кыргызстана и Таджикистана открыли огонь друг по другу у "
            "села Ворух. Погибли двое. ")
EN_CLASH = "Kyrgyz and Tajik border guards clashed near Vorukh on May 10. Two were killed. "


def _drafts(text: str, day: str = "2022-05-12") -> list[tuple]:
    return sorted((d["sub_event_type"], d["date_start"], d.get("fatalities", {}).get("best"))
                  for d in extract_text(f"date {day}\n{text}\n"))


def test_a_recap_of_an_earlier_clash_at_the_same_place_is_another_event():
    got = _drafts("10 мая пограничники Таджикистана обстреляли заставу у села Ворух. Погиб "
                  "один военнослужащий. Напомним, ранее у села Ворух уже происходила "
                  "перестрелка, в которой погибли 55 человек.")
    assert len(got) == 2 and ("Shelling/artillery/missile attack", "2022-05-10", 1) in got


def test_a_detention_in_the_capital_on_a_clashs_day_is_its_own():
    got = _drafts(RU_CLASH + "10 мая в Бишкеке задержан блогер, призывавший к войне с "
                  "Таджикистаном.")
    assert [g[0] for g in got] == ["Armed clash", "Arrests"]


@pytest.mark.parametrize("talks", [
    EN_CLASH + "On May 11 the sides reached an accord at talks in Batken to pull back their "
               "troops.",
    RU_CLASH + "11 мая на переговорах стороны условились о режиме тишины.",
    RU_CLASH + "11 мая на встрече в Баткене стороны решили вывести войска с линии границы.",
])
def test_talks_that_reach_something_stay_an_incident(talks):
    assert [g[0] for g in _drafts(talks, "2022-05-11")] == ["Agreement", "Armed clash"]


def test_undated_talks_follow_no_clash_of_a_year_before():
    got = _drafts("Border guards of Kyrgyzstan and Tajikistan clashed near Vorukh on April 29, "
                  "2021. 55 were killed. Government delegations of Kyrgyzstan and Tajikistan "
                  "held talks in Batken on the border.", "2022-05-11")
    assert [g[0] for g in got] == ["Agreement", "Armed clash"]


def test_a_ceasefire_signed_apart_is_no_part_of_the_clash_it_is_told_amid():
    got = _drafts(EN_CLASH + "In a separate development, the sides signed a ceasefire in "
                  "Batken. Tajikistan said four of its guards were wounded on May 10.",
                  "2022-05-14")
    assert [g[0] for g in got] == ["Agreement", "Armed clash"]


def test_the_toll_of_one_clash_told_with_the_incidents_it_grew_from_is_kept():
    got = _drafts("In 2021 the clash between Kyrgyz and Tajik border guards, which grew out "
                  "of 10 incidents of stone-throwing, killed 55 people.", "2022-05-11")
    assert [g[2] for g in got] == [55]


def test_the_results_of_an_investigation_of_a_days_shootout_keep_its_day():
    got = _drafts("Officials presented the results of the investigation of the May 10 "
                  "shootout near Vorukh, in which two guards were killed.", "2022-05-11")
    assert [g[1] for g in got] == ["2022-05-10"]


def test_detainees_handed_to_the_other_sides_police_are_a_hand_over():
    got = _drafts("Kyrgyz border guards detained two Tajik citizens near Vorukh on May 10. The "
                  "detainees were later handed over to the Tajik police.", "2022-05-13")
    assert len(got) == 2


def test_the_same_detention_told_again_with_also_is_one():
    got = _drafts("Kyrgyz border guards detained two Tajik citizens near Vorukh on May 10. They "
                  "were also detained for violating the border in Vorukh.", "2022-05-11")
    assert len(got) == 1


def test_a_russian_headline_with_the_events_day_and_hour_is_no_page_stamp():
    got = _drafts("Обстрел заставы Ворух 10 мая, 14:30\nПограничники Таджикистана открыли огонь "
                  "по заставе у села Ворух. Погибли двое.")
    assert [g[1] for g in got] == ["2022-05-10"]


def test_protests_in_a_country_are_a_protest():
    got = _drafts("In Kyrgyzstan protests erupted in Batken on May 10 over the border deal.",
                  "2022-05-11")
    assert [g[0] for g in got] == ["Peaceful protest"]


def test_a_picket_with_its_day_is_a_protest_and_a_pickets_number_is_none():
    assert [g[0] for g in _drafts("Жители Баткена провели пикет 10 мая у здания администрации, "
                                  "требуя закрыть границу.", "2022-05-11")] == ["Peaceful protest"]
    assert [g[0] for g in _drafts("10 мая у пикета №43 пограничники Кыргызстана задержали "
                                  "гражданина Таджикистана у села Ворух.", "2022-05-11")] == [
        "Arrests"]


def test_an_investigation_of_another_incident_follows_that_one():
    ds = extract_text("date 2022-05-12\nKyrgyz border guards detained two Tajik citizens near "
                      "Vorukh on May 10. A joint investigative group is working on the deaths of "
                      "two shepherds near Ak-Sai last month.\n")
    arrest = next(d for d in ds if d["sub_event_type"] == "Arrests")
    assert "followups" not in arrest["evidence"]
