"""Rules found on the second Russian dev corpus (ru-dev2), each tested on sentences of our
own: repeated paragraphs, recaps, meetings told as news, relative days after a recap."""

from geoconflict.extract.pipeline import extract_text


def drafts(text: str) -> list[dict]:
    return extract_text(text)


def test_a_paragraph_the_page_repeats_gives_no_second_incident():
    para = ("Пограничники задержали двух пастухов у села Ворух. "
            "Задержанных передали таджикской стороне через три часа.\n")
    once = drafts("date 2020-05-10\n" + para)
    twice = drafts("date 2020-05-10\n" + para + "Реклама\n" + para)
    assert len(twice) == len(once) == 2
    assert [d["sub_event_type"] for d in twice] == [d["sub_event_type"] for d in once]


def test_a_repeat_is_only_a_sentence_said_word_for_word():
    para = ("Пограничники задержали двух пастухов у села Ворух. "
            "Задержанных передали таджикской стороне через три часа.\n")
    other = ("Пограничники задержали трех чабанов у села Ворух. "
             "Задержанных передали таджикской стороне через пять часов.\n")
    assert len(drafts("date 2020-05-10\n" + para + "Реклама\n" + other)) > 2
