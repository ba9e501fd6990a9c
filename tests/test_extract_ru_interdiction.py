"""A detention at the line and the smuggling it stops are one interdiction, however many
sentences tell it; a detention told as later than a shooting at smugglers stays its own."""

from geoconflict.extract import extract_text
from geoconflict.extract.ru.events import development_sort


def _kinds(text: str) -> list[str]:
    return sorted(d["sub_event_type"] for d in extract_text("date 2023-06-02\n" + text + "\n"))


def test_cattle_driven_across_and_the_drivers_detained_are_one_interdiction():
    text = ("Пограничники пресекли незаконный перегон скота через границу у села Ак-Сай. "
            "Задержаны трое граждан. Один из них разрезал проволоку для перегона скота.")
    (d,) = extract_text("date 2023-06-02\n" + text + "\n")
    assert d["detained"]["best"] == 3


def test_a_detention_is_still_apart_from_another_development():
    # a hand-over of bodies is no part of a detention told beside it
    assert len(_kinds("Пограничники задержали двоих граждан у села Ак-Сай. Тела погибших "
                      "были переданы таджикской стороне.")) == 2


def test_smugglers_named_are_no_smuggling_stopped():
    # «контрабандистов» names people, not the act
    assert development_sort("На другой стороне их ожидали контрабандисты.") != "interdiction"
    assert development_sort("Пресечена контрабанда муки.") == "interdiction"
    assert development_sort("Задержаны двое граждан.") == "interdiction"
