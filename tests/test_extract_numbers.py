"""Counts in digits and words, with their role, qualifier and group (their sides are in
test_extract_number_sides.py)."""

import pytest

from geoconflict.extract.numbers import find_counts, parse_number


def counts(text):
    return [(c.value, c.role, c.qualifier, c.side) for c in find_counts(text, 0, len(text))]


@pytest.mark.parametrize("text, expected", [
    ("Three border guards were killed near the post.", [(3, "killed", "", "")]),
    ("After the raid 12 gunmen were killed and four others were detained.",
     [(12, "killed", "", ""), (4, "detained", "", "")]),
    ("The clashes left at least 100 people dead.", [(100, "killed", "at_least", "")]),
    ("More than 20,000 people were evacuated from the villages.",
     [(20000, "evacuated", "at_least", "")]),
    ("They stole 350 Kalashnikov assault rifles from the depot.", [(350, "weapons", "", "")]),
    ("Up to seven attackers may have been killed.", [(7, "killed", "up_to", "")]),
    ("Twenty-two civilians were wounded by mortar fire.", [(22, "injured", "", "")]),
    ("The army lost six of its soldiers, with nine more injured.",
     [(6, "killed", "", ""), (9, "injured", "", "")]),
    ("Gunmen opened fire, killing two customs officers.", [(2, "killed", "", "")]),
    ("An estimated 8,000 residents were displaced.", [(8000, "displaced", "about", "")]),
    ("Officials said the death toll rose to 27.", [(27, "killed", "", "")]),
])
def test_roles_of_counts(text, expected):
    assert counts(text) == expected


def test_shared_verb_in_a_coordination():
    text = "During the fight one soldier and one police officer were killed."
    assert [(v, r) for v, r, *_ in counts(text)] == [(1, "killed"), (1, "killed")]


def test_numbers_that_count_nothing():
    text = ("A force of 300 which combed the hills found nothing; the post is 12 km away, "
            "and Rahmon, 70, spoke for 40 minutes at checkpoint No. 5.")
    assert [c for c in counts(text) if c[1]] == []


def test_ammunition_is_told_apart_from_weapons():
    text = "They took 12 automatic rifles and 2,000 rounds of ammunition."
    got = {(c.value, c.role, c.what) for c in find_counts(text, 0, len(text))}
    assert got == {(12, "weapons", "automatic rifles"),
                   (2000, "ammunition", "rounds of ammunition")}


def test_parse_number_words():
    assert parse_number("forty-one") == 41
    assert parse_number("two hundred") == 200
    assert parse_number("137,000") == 137000
    assert parse_number("dozens") == 12
    assert parse_number("banana") is None


@pytest.mark.parametrize("text, expected", [
    ("Nobody was hurt in the shooting.", [(0, "injured", "", "")]),
    ("There were no casualties on the Uzbek side.",
     [(0, "killed", "", "UZ"), (0, "injured", "", "UZ")]),
    ("None of the Kyrgyz guards was wounded.", [(0, "injured", "", "KG")]),
])
def test_negation_gives_zero(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Rescuers found 4 more bodies on Monday.", [(4, "killed", "increment", "")]),
    ("The ministry reported an additional 6 deaths.", [(6, "killed", "increment", "")]),
    ("The toll of the fighting in the hills has risen to 31.", [(31, "killed", "", "")]),
    ("The death toll from the fighting in the hills has risen to 31.", [(31, "killed", "", "")]),
    ("Of those killed, 8 were soldiers.", [(8, "killed", "", "")]),
    ("As many as 900 people were evacuated.", [(900, "evacuated", "", "")]),
])
def test_increments_tolls_and_shared_roles(text, expected):
    assert [c for c in counts(text) if c[1]] == expected


def test_a_fatal_wound_is_a_death_and_a_subject_gives_the_side_of_none():
    assert counts("One man got a fatal wound and died on the way.") == [(1, "killed", "", "")]
    assert counts("Kyrgyzstan has reported no casualties.") == [
        (0, "killed", "", "KG"), (0, "injured", "", "KG")]


@pytest.mark.parametrize("text, expected", [
    ("A Kyrgyz man was shot dead near the post.", [(1, "killed", "", "KG")]),
    ("An Uzbek border guard was wounded.", [(1, "injured", "", "UZ")]),
    ("A local shepherd was detained by guards.", [(1, "detained", "", "")]),
    ("Among the dead were 4 border guards.", [(4, "killed", "", "")]),
    ("Guards shot dead two Kyrgyz smugglers.", [(2, "killed", "", "KG")]),
])
def test_one_victim_without_a_numeral_and_more_roles(text, expected):
    assert counts(text) == expected


def test_a_breakdown_after_including_keeps_the_role_and_gives_the_sides():
    text = "Twelve people were killed in the fighting, including seven Kyrgyz and five Tajiks."
    assert counts(text) == [(12, "killed", "", ""), (7, "killed", "", "KG"),
                            (5, "killed", "", "TJ")]


def test_a_breakdown_between_commas_does_not_hide_the_verb():
    text = "Six guards, among them four Tajiks, were wounded."
    assert counts(text) == [(6, "injured", "", ""), (4, "injured", "", "TJ")]


@pytest.mark.parametrize("text, expected", [
    ("Guards shot dead an Uzbek herder at the river.", [(1, "killed", "", "UZ")]),
    ("A mine killed a couple picking apricots.", [(2, "killed", "", "")]),
    ("The shelling claimed the lives of 12 people.", [(12, "killed", "", "")]),
    ("Tajikistan put its death toll at 9.", [(9, "killed", "", "TJ")]),
    ("The Uzbek side lost three soldiers.", [(3, "killed", "", "UZ")]),
    ("The raid left 20 dead, 8 of them Tajiks.", [(20, "killed", "", ""),
                                                 (8, "killed", "", "TJ")]),
    ("In all 9 guards were killed: 5 Kyrgyz and 4 Tajiks.",
     [(9, "killed", "", ""), (5, "killed", "", "KG"), (4, "killed", "", "TJ")]),
])
def test_victims_told_in_other_ways(text, expected):
    assert counts(text) == expected


def test_a_couple_of_is_no_couple():
    assert counts("Guards detained a couple of herders.") == []


def test_taken_to_hospital_is_a_figure_of_its_own():
    assert counts("Four villagers were hospitalized after the fight.") == [
        (4, "hospitalized", "", "")]
    assert counts("Two wounded guards were taken to hospital.") == [(2, "injured", "", "")]


@pytest.mark.parametrize("text, expected", [
    ("Kyrgyz sergeant Bolot Asanov was wounded.", [(1, "injured", "", "KG")]),
    ("A young resident of Kerben was shot dead at the post.", [(1, "killed", "", "")]),
    ("The blast went off, killing a man and his wife.", [(2, "killed", "", "")]),
    ("Guards fired at the car, wounding a Tajik driver.", [(1, "injured", "", "TJ")]),
    ("Three Uzbek soldiers were wounded.", [(3, "injured", "", "UZ")]),
])
def test_one_victim_told_without_a_numeral(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("About 2.5 million people were displaced.", [(2_500_000, "displaced", "about", "")]),
    ("Some 1.2 thousand residents fled their homes.", [(1200, "displaced", "about", "")]),
    ("Guards seized 3 cars and 12 rifles.", [(3, "", "", ""), (12, "weapons", "", "")]),
    ("Police found 3 hunting rifles and 200 rounds.",
     [(3, "weapons", "", ""), (200, "ammunition", "", "")]),
    ("Forty, most of them soldiers, were wounded.", [(40, "injured", "", "")]),
    ("Nine, all of whom were herders, were detained.", [(9, "detained", "", "")]),
])
def test_scaled_decimals_weapons_after_a_count_and_a_breakdown_between_commas(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A Tajik border guard later succumbed to his wounds.", [(1, "killed", "", "TJ")]),
    ("Two guards succumbed to their wounds.", [(2, "killed", "", "")]),
    ("One guard on each side was hurt; the Uzbek guard next day succumbed to his wounds.",
     [(1, "injured", "", ""), (1, "killed", "", "UZ")]),
])
def test_succumbing_to_wounds_is_a_death(text, expected):
    assert counts(text) == expected


def test_rounds_of_talks_are_no_ammunition():
    assert counts("It came after two rounds of negotiations.") == [(2, "", "", "")]
    assert counts("They fired 200 rounds at the post.") == [(200, "ammunition", "", "")]
    assert counts("Guards seized 500 rounds of ammunition.") == [(500, "ammunition", "", "")]


@pytest.mark.parametrize("text, expected", [
    ("The death toll rose to 94: 59 in Kyrgyzstan and 35 in Tajikistan.",
     [(94, "killed", "", ""), (59, "killed", "", "KG"), (35, "killed", "", "TJ")]),
    ("Dushanbe put the number of dead at 41.", [(41, "killed", "", "TJ")]),
    ("Officials put the number of injured at 120.", [(120, "injured", "", "")]),
    ("Later Kyrgyzstan raised its death toll to 36.", [(36, "killed", "", "KG")]),
    ("At least 55 people were killed, 36 Kyrgyz and 19 Tajiks.",
     [(55, "killed", "at_least", ""), (36, "killed", "", "KG"), (19, "killed", "", "TJ")]),
    ("Five people were killed, two Kyrgyz officials said.",
     [(5, "killed", "", "KG"), (2, "", "", "KG")]),
])
def test_tolls_put_raised_and_broken_down_by_side(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The number of injured has reached 150.", [(150, "injured", "", "")]),
    ("The death toll hit 20.", [(20, "killed", "", "")]),
])
def test_a_toll_that_reached_a_figure(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The dead included two border guards.", [(2, "killed", "", "")]),
    ("The bodies of two Kyrgyz shepherds were found.", [(2, "killed", "", "KG")]),
    ("Two people were killed and another 5 injured.",
     [(2, "killed", "", ""), (5, "injured", "", "")]),
    ("Kyrgyzstan reported 13 more deaths.", [(13, "killed", "increment", "KG")]),
    ("Kyrgyzstan says 13 of its citizens have died, Tajikistan 10.",
     [(13, "killed", "", "KG"), (10, "killed", "", "TJ")]),
    ("Kyrgyzstan reported 31 deaths, and the Tajik side 15.",
     [(31, "killed", "", "KG"), (15, "killed", "", "TJ")]),
])
def test_the_dead_included_another_group_and_a_gapped_verb(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("No Tajik border guards were injured.", [(0, "injured", "", "TJ")]),
    ("Nobody died.", [(0, "killed", "", "")]),
    ("Two guards were wounded; no civilians were hurt.",
     [(2, "injured", "", ""), (0, "injured", "", "")]),
])
def test_no_victims_of_a_group_and_nobody_died_are_zero(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A citizen of Uzbekistan was detained by the guards.", [(1, "detained", "", "UZ")]),
    ("Nobody was killed or injured.", [(0, "killed", "", ""), (0, "injured", "", "")]),
    ("There were no deaths or injuries among the Tajik guards.",
     [(0, "killed", "", "TJ"), (0, "injured", "", "TJ")]),
    ("The number of people killed in the fighting rose to 94.", [(94, "killed", "", "")]),
    ("The number of civilians wounded has risen to 20.", [(20, "injured", "", "")]),
    ("A Kyrgyz soldier was killed and another was injured.",
     [(1, "killed", "", "KG"), (1, "injured", "", "KG")]),
    ("A Tajik herder received a gunshot wound to the leg.", [(1, "injured", "", "TJ")]),
    ("An Uzbek guard sustained injuries in the brawl.", [(1, "injured", "", "UZ")]),
    ("A Kyrgyz farmer suffered a fatal wound.", [(1, "killed", "", "KG")]),
])
def test_more_ways_to_tell_one_victim_none_and_a_toll(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A Kyrgyz guard shot and wounded two Tajik herders.", [(2, "injured", "", "TJ")]),
    ("An Uzbek soldier injured a Kyrgyz boy.", [(1, "injured", "", "KG")]),
    ("A Tajik man died the next day.", [(1, "killed", "", "TJ")]),
    ("On the Kyrgyz side, two people were killed.", [(2, "killed", "", "KG")]),
    ("Two were killed on the Kyrgyz side and three on the Tajik side.",
     [(2, "killed", "", "KG"), (3, "killed", "", "TJ")]),
    ("Five people were wounded in the Kyrgyz village of Ak-Sai.", [(5, "injured", "", "KG")]),
    ("Two people were killed in Kyrgyz-Tajik clashes.", [(2, "killed", "", "")]),
])
def test_the_one_who_did_it_is_no_victim_and_a_side_leads_or_closes_the_clause(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Two soldiers, a guard and three civilians were killed.",
     [(2, "killed", "", ""), (3, "killed", "", "")]),
    ("Kyrgyzstan said the number of its citizens killed had risen to 59.",
     [(59, "killed", "", "KG")]),
    ("Kyrgyzstan's death toll rose to 36.", [(36, "killed", "", "KG")]),
    ("The Tajik death toll stands at 19.", [(19, "killed", "", "TJ")]),
])
def test_a_list_before_one_verb_and_whose_toll_it_is(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A Kyrgyz citizen was shot and killed by Uzbek guards.", [(1, "killed", "", "KG")]),
    ("A Tajik herder was shot and wounded.", [(1, "injured", "", "TJ")]),
    ("Both men died on the spot.", [(2, "killed", "", "")]),
    ("The couple died when a mine went off.", [(2, "killed", "", "")]),
    ("Private Ali Karimov of the Tajik border troops was wounded.", [(1, "injured", "", "TJ")]),
    ("The victim, a young herder, died in hospital.", [(1, "killed", "", "")]),
    ("One person was killed and another injured.",
     [(1, "killed", "", ""), (1, "injured", "", "")]),
    ("Villagers took 30 Tajiks hostage.", [(30, "detained", "", "TJ")]),
    ("Police detained over 20 people.", [(20, "detained", "at_least", "")]),
    ("Guards fired on two Kyrgyz smugglers, killing both.", [(2, "killed", "", "KG")]),
])
def test_victims_told_as_both_the_couple_a_rank_the_victim_and_hostages(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Guards fired on the herders, killing a shepherd and wounding his son.",
     [(1, "killed", "", ""), (1, "injured", "", "")]),
    ("A farmer was shot dead and his brother was hurt.",
     [(1, "killed", "", ""), (1, "injured", "", "")]),
    ("His son was not hurt.", []),
    ("Gunmen kidnapped a Kyrgyz driver on the road.", [(1, "detained", "", "KG")]),
    ("A Tajik guard was taken hostage by villagers.", [(1, "detained", "", "TJ")]),
    ("Villagers held hostage three Kyrgyz drivers.", [(3, "detained", "", "KG")]),
    ("Residents took hostages.", []),
    ("Villagers took a Kyrgyz student to Tajikistan.", [(1, "detained", "", "KG")]),
    ("A shepherd was taken across the border by guards.", [(1, "detained", "", "")]),
    ("Guards took a wounded soldier to hospital.", []),
    ("The death toll on the Tajik side rose to 35.", [(35, "killed", "", "TJ")]),
    ("Officials said the toll had risen to 34.", [(34, "killed", "", "")]),
    ("Two more bodies were found, bringing the toll to 49.",
     [(2, "killed", "increment", ""), (49, "killed", "", "")]),
    # the side of nobody hurt is its clause's, not that of a country named after "and"
    ("Kyrgyz guards said their side had no casualties and blamed Tajik troops.",
     [(0, "killed", "", "KG"), (0, "injured", "", "KG")]),
])
def test_a_victims_kin_and_hostages_without_a_numeral(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Two were hurt - one Kyrgyz and one Tajik - in the fight.",
     [(2, "injured", "", ""), (1, "injured", "", "KG"), (1, "injured", "", "TJ")]),
    ("A Kyrgyz guard, Sgt. Bolot Asanov, was wounded.", [(1, "injured", "", "KG")]),
])
def test_a_breakdown_between_dashes_and_a_victim_with_an_apposition(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Two dozen people were injured.", [(24, "injured", "", "")]),
    ("A hundred and twenty people were injured.", [(120, "injured", "", "")]),
    ("Two hundred and fifty people were evacuated.", [(250, "evacuated", "", "")]),
    ("Two and three men were hurt.", [(2, "injured", "", ""), (3, "injured", "", "")]),
])
def test_dozens_and_hundreds_with_and(text, expected):
    assert counts(text) == expected
