"""Counts whose role, qualifier or kind hangs on one word of the sentence (the mutation
survivors of extract/numbers.py): each case is a sentence a reporter could write and the
count a reader would take from it."""

import pytest

from geoconflict.extract.numbers import find_counts, parse_number


def counts(text):
    return [(c.value, c.role, c.qualifier) for c in find_counts(text, 0, len(text))]


@pytest.mark.parametrize("text, value, role, what", [
    ("Police seized 500 rounds at the checkpoint.", 500, "ammunition", "rounds"),
    ("Police seized 200 cartridges at the checkpoint.", 200, "ammunition", "cartridges"),
    ("Police seized 900 bullets at the checkpoint.", 900, "ammunition", "bullets"),
    ("Police seized 30 crates of ammunition at the checkpoint.", 30, "ammunition", "ammunition"),
    ("Police seized 12 rifles at the checkpoint.", 12, "weapons", "rifles"),
])
def test_ammunition_and_weapons_by_what_was_counted(text, value, role, what):
    [c] = find_counts(text, 0, len(text))
    assert (c.value, c.role, c.what) == (value, role, what)


@pytest.mark.parametrize("text, expected", [
    ("The injury toll rose to 15.", [(15, "injured", "")]),
    ("The number of wounded rose to 9.", [(9, "injured", "")]),
    ("The number of injured rose to 8.", [(8, "injured", "")]),
    ("The number of dead rose to 12.", [(12, "killed", "")]),
    ("The death toll rose to 31.", [(31, "killed", "")]),
    ("Among the injured, 3 later died.", [(3, "killed", "")]),
    ("Of those wounded, 6 were soldiers.", [(6, "injured", "")]),
    ("Of the injured, 4 were children.", [(4, "injured", "")]),
    ("Of those killed, 5 were civilians.", [(5, "killed", "")]),
    ("Two guards (both from the same village) were wounded.", [(2, "injured", "")]),
    ("Nine people crossed and 3 soldiers were wounded.", [(9, "", ""), (3, "injured", "")]),
    ("Nine people crossed and three soldiers were wounded.",
     [(9, "", ""), (3, "injured", "")]),
    # the five take no role across "before"; the shepherd killed is one victim of his own
    ("Five residents crossed the line before the soldiers killed a shepherd.",
     [(5, "", ""), (1, "killed", "")]),
    ("Twelve trucks waited at the post, the guards said, and smugglers were detained.",
     [(12, "", "")]),
])
def test_role_from_the_words_around_the_count(text, expected):
    assert counts(text) == expected
    assert all(c.what == "" for c in find_counts(text, 0, len(text)))


def test_a_count_then_a_part_of_it_after_a_comma():
    text = "Eleven people, three of them children, were wounded."
    assert counts(text)[0] == (11, "injured", "")


@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed 4 guards.", [(4, "killed", "")]),
    ("The ambush left two wounded guards dead.", [(2, "killed", "")]),
    ("The shelling left 3 villagers dead.", [(3, "killed", "")]),
    ("The shelling left 5 villagers wounded.", [(5, "injured", "")]),
    ("The shelling left 5 villagers injured.", [(5, "injured", "")]),
    ("The shelling, leaving 6 villagers dead, lasted an hour.", [(6, "killed", "")]),
    ("Gunmen killed one of the guards.", [(1, "killed", "")]),
    ("One day later 2 guards were wounded.", [(2, "injured", "")]),
    ("One side said 2 guards were wounded.", [(2, "injured", "")]),
    ("After 3 hours, 2 guards were wounded.", [(2, "injured", "")]),
    ("Guards at Post Number 7 said 2 smugglers were detained.", [(2, "detained", "")]),
    ("Guards at post number 7 said 2 smugglers were detained.", [(2, "detained", "")]),
    ("Guards at post No. 7 said 2 smugglers were detained.", [(2, "detained", "")]),
    ("Kadyrov, 52, said 3 guards were killed.", [(3, "killed", "")]),
    ("Over 40 people were evacuated.", [(40, "evacuated", "at_least")]),
    ("Upwards of 40 people were evacuated.", [(40, "evacuated", "at_least")]),
    ("No fewer than 40 people were evacuated.", [(40, "evacuated", "at_least")]),
    ("At most 40 people were evacuated.", [(40, "evacuated", "up_to")]),
    ("No more than 40 people were evacuated.", [(40, "evacuated", "up_to")]),
    ("A further 40 people were evacuated.", [(40, "evacuated", "increment")]),
    ("Another 40 people were evacuated.", [(40, "evacuated", "increment")]),
    ("An additional 40 people were evacuated.", [(40, "evacuated", "increment")]),
    ("Officials said additional 40 people were evacuated.", [(40, "evacuated", "increment")]),
    ("A total of 40 people were evacuated.", [(40, "evacuated", "")]),
    ("In total of 40 people were evacuated.", [(40, "evacuated", "")]),
    ("As many as 40 people were evacuated.", [(40, "evacuated", "")]),
    ("Dozens of villagers were evacuated.", [(12, "evacuated", "at_least")]),
    ("Hundreds of villagers were evacuated.", [(100, "evacuated", "at_least")]),
    ("Thousands of villagers were evacuated.", [(1000, "evacuated", "at_least")]),
    ("Rescuers found three more bodies.", [(3, "killed", "increment")]),
])
def test_role_and_qualifier(text, expected):
    assert counts(text) == expected
    assert all(c.what == "" for c in find_counts(text, 0, len(text)))


def test_a_number_inside_a_skipped_date_is_not_a_count():
    text = "Since 1999 the posts were shelled and 3 guards were killed."
    assert [(c.value, c.role) for c in find_counts(text, 0, len(text), skip=[(6, 10)])] == [
        (3, "killed")]


def test_count_text_and_offsets():
    text = "Yesterday three guards were killed."
    [c] = find_counts(text, 0, len(text))
    assert (c.text, c.start, c.end, text[c.start:c.end]) == ("three", 10, 15, "three")


def test_an_inherited_count_keeps_its_words():
    text = "One border guard and two officers were killed."
    first = find_counts(text, 0, len(text))[0]
    assert first.inherited and first.role == "killed"
    assert (first.text, first.start, first.end, first.group, first.what) == (
        "One", 0, 3, "border guard", "")


@pytest.mark.parametrize("text, role, side", [
    ("A Tajik soldier was killed.", "killed", "TJ"),
    ("A Kyrgyz farmer was hurt.", "injured", "KG"),
])
def test_one_victim_told_without_a_numeral(text, role, side):
    assert [(c.value, c.role, c.side) for c in find_counts(text, 0, len(text))] == [
        (1, role, side)]


@pytest.mark.parametrize("text, value", [
    ("2.5", None), ("one hundred twenty", 120), ("hundred", 100), ("five thousand", 5000),
    ("twelve thousand four hundred", 12400), ("thousand", 1000),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text, expected", [
    ("A dozen guards were detained.", [(12, "detained", "")]),
    ("Police detained a dozen men.", [(12, "detained", "")]),
    ("Police detained 5 men and a dozen women.", [(5, "detained", ""), (12, "detained", "")]),
])
def test_counts_found_from_the_sentence_words(text, expected):
    from geoconflict.extract._text import TOKEN_RE, Token
    toks = [Token(m.group(), m.start(), m.end(), i) for i, m in enumerate(TOKEN_RE.finditer(text))]
    got = [(c.value, c.role, c.qualifier) for c in find_counts(text, 0, len(text), tokens=toks)]
    assert got == expected == counts(text)


@pytest.mark.parametrize("text", ["On October 31, 2021 four guards were killed.",
                                  "On 5 May 2021 four guards were killed."])
def test_a_day_of_the_month_is_not_a_count(text):
    year = text.index("2021")
    found = find_counts(text, 0, len(text), skip=[(year, year + 4)])
    assert [(c.value, c.role) for c in found] == [(4, "killed")]


def _vrs(text):
    return [(c.value, c.role, c.side) for c in find_counts(text, 0, len(text))]


@pytest.mark.parametrize("text, expected", [
    ("Nobody was hurt.", [(0, "injured", "")]),
    ("No one was killed.", [(0, "killed", "")]),
    ("There were no casualties.", [(0, "killed", ""), (0, "injured", "")]),
    ("There were no victims.", [(0, "killed", ""), (0, "injured", "")]),
    ("The army suffered no losses.", [(0, "killed", ""), (0, "injured", "")]),
    ("There were no deaths.", [(0, "killed", "")]),
    ("There were no fatalities.", [(0, "killed", "")]),
    ("There were no injuries.", [(0, "injured", "")]),
    ("None of the Kyrgyz guards was injured.", [(0, "injured", "KG")]),
    ("Kyrgyzstan has reported no casualties.", [(0, "killed", "KG"), (0, "injured", "KG")]),
    ("Gunfire was heard but Tajikistan reported no deaths.", [(0, "killed", "TJ")]),
])
def test_zero_counts_said_in_words(text, expected):
    assert _vrs(text) == expected


@pytest.mark.parametrize("text, role, side, group", [
    ("A Kyrgyz man was shot dead.", "killed", "KG", "man"),
    ("An Uzbek border guard was wounded.", "injured", "UZ", "border guard"),
    ("A Tajik villager was detained.", "detained", "TJ", "villager"),
    ("A shepherd was arrested.", "detained", "", "shepherd"),
    ("A farmer died.", "killed", "", "farmer"),
    ("A soldier was murdered.", "killed", "", "soldier"),
    ("A Kyrgyz driver was injured.", "injured", "KG", "driver"),
])
def test_one_victim_by_noun_and_verb(text, role, side, group):
    [c] = find_counts(text, 0, len(text))
    assert (c.value, c.role, c.side, c.group, c.start, c.text[:2]) == (
        1, role, side, group, 0, text[:2])


def test_a_number_after_a_two_word_number_is_still_read():
    text = "Twenty five guards and 3 policemen were detained."
    from geoconflict.extract._text import TOKEN_RE, Token
    toks = [Token(m.group(), m.start(), m.end(), i) for i, m in enumerate(TOKEN_RE.finditer(text))]
    assert [c.value for c in find_counts(text, 0, len(text), tokens=toks)] == [25, 3]


# -- more survivors of extract/numbers.py: each a sentence and the counts a reader takes -----

def _full(text, start=0):
    return [(c.start, c.end, c.text, c.value, c.role, c.group, c.side)
            for c in find_counts(text, start, len(text))]


@pytest.mark.parametrize("text, expected", [
    # a decimal that is no count does not hide the count after it
    ("A ratio of 2.5 was given and 3 guards were wounded.", [(3, "injured", "")]),
    # headlines in title case: "One Of The ..." is no count unless a verb takes it
    ("Gunmen Killed One Of The Guards", [(1, "killed", "")]),
    ("Border Clash: One Of The Guards Spoke To Reporters", []),
    ("Police Found Three More Bodies", [(3, "killed", "increment")]),
    ("Nine People Crossed And Three Soldiers Were Wounded", [(9, "", ""), (3, "injured", "")]),
    ("Two Soldiers And Three Officers Were Killed", [(2, "killed", ""), (3, "killed", "")]),
    ("Gunmen Killed 3 Soldiers And 2 Police Officers", [(3, "killed", ""), (2, "killed", "")]),
    # "leaving/left N ... dead|wounded": the last word decides, not the first role word
    ("The ambush, leaving two wounded guards dead, lasted an hour.", [(2, "killed", "")]),
    ("The clash left 4 displaced herders wounded.", [(4, "injured", "")]),
    # a count after "were killed and" is not one more of the killed
    ("3 guards were killed and 2 arrived later.", [(3, "killed", ""), (2, "", "")]),
    # digits times a word: thousand or million
    ("Some 5 thousand residents were evacuated.", [(5000, "evacuated", "about")]),
    ("About 12 Thousand People Were Displaced", [(12000, "displaced", "about")]),
    ("Nearly 1 million people were displaced.", [(1_000_000, "displaced", "about")]),
    # a list of figures: each is one of the wounded
    ("2, 3 and 4 soldiers were wounded.", [(2, "injured", ""), (3, "injured", ""),
                                           (4, "injured", "")]),
    # what is not a weapon does not count as one because weapons are named next to it
    ("Guards found 12 rifles and 3 cars.", [(12, "weapons", ""), (3, "", "")]),
    ("Guards found 500 rounds and 3 cars.", [(500, "ammunition", ""), (3, "", "")]),
    ("Guards found 3 cars near the post and 12 rifles.", [(3, "", ""), (12, "weapons", "")]),
    ("Guards found 3 cars near the post and 500 rounds.",
     [(3, "", ""), (500, "ammunition", "")]),
])
def test_counts_in_headlines_lists_and_clauses(text, expected):
    assert counts(text) == expected


def test_120_between_commas_is_no_age():
    text = "The dead, 120, were buried in Batken."
    assert [c.value for c in find_counts(text, 0, len(text))] == [120]


@pytest.mark.parametrize("verb", ["reported", "claimed"])
def test_the_other_sides_figure_after_while_takes_the_role(verb):
    text = f"Kyrgyzstan reported 59 fatalities, while the Tajik side {verb} 41."
    assert _vrs(text) == [(59, "killed", "KG"), (41, "killed", "TJ")]


def test_a_count_just_after_a_skipped_date_is_kept():
    text = "In 2021 4 guards were killed."
    assert [(c.value, c.role) for c in find_counts(text, 0, len(text), skip=[(0, 8)])] == [
        (4, "killed")]


def test_a_count_above_31_before_a_year_is_a_count():
    text = "The 2021 clashes killed 32, 2022 ones fewer."
    years = [(4, 8), (28, 32)]
    assert [(c.value, c.role) for c in find_counts(text, 0, len(text), skip=years)] == [
        (32, "killed")]


def test_two_zero_counts_in_one_sentence():
    assert _vrs("No one was killed and nobody was hurt.") == [(0, "killed", ""),
                                                             (0, "injured", "")]


def test_zero_count_takes_the_side_of_its_own_clause():
    assert _vrs("Kyrgyz guards fired and Tajikistan reported no casualties.") == [
        (0, "killed", "TJ"), (0, "injured", "TJ")]


def test_counts_of_a_sentence_inside_a_text_keep_their_place():
    text = "Shots were fired. Then an Uzbek border guard was wounded and nobody was killed."
    assert _full(text, 18) == [
        (23, 56, "an Uzbek border guard was wounded", 1, "injured", "border guard", "UZ"),
        (61, 78, "nobody was killed", 0, "killed", "", "UZ")]


def test_a_sentence_ending_in_a_letter_a():
    from geoconflict.extract._text import TOKEN_RE, Token

    for text, expected in [("They were given vitamin A", []),
                           ("Police detained a dozen", [(12, "detained", "")])]:
        toks = [Token(m.group(), m.start(), m.end(), i)
                for i, m in enumerate(TOKEN_RE.finditer(text))]
        got = [(c.value, c.role, c.qualifier)
               for c in find_counts(text, 0, len(text), tokens=toks)]
        assert got == expected
