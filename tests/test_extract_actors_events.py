"""Actors from the curated list, and ACLED event types from the documented rules."""

import pytest

from geoconflict._errors import DataError
from geoconflict.extract._text import Document
from geoconflict.extract.actors import find_actors, load_actors
from geoconflict.extract.event_types import classify
from geoconflict.extract.events import EVENT_CUE, may_be_event


def names(text, actors=None):
    return [a.name for a in find_actors(Document(text), actors)]


def test_named_forces_and_groups():
    text = ("The Tajik Border Troops said members of the Islamic Movement of Uzbekistan and "
            "Hizb-ut-Tahrir attacked, and the Kyrgyz military responded.")
    assert names(text) == ["Border Troops of Tajikistan", "Islamic Movement of Uzbekistan",
                           "Hizb ut-Tahrir", "Military Forces of Kyrgyzstan"]


def test_generic_words_take_the_country_named_with_them():
    assert names("Uzbek border guards fired warning shots.") == ["Border Troops of Uzbekistan"]
    assert names("The State Committee for National Security of Tajikistan denied it.") == \
        ["State Committee for National Security of Tajikistan"]
    assert names("Gunmen attacked a post in Tajikistan.") == \
        ["Unidentified Armed Group (Tajikistan)"]


def test_acronyms_only_in_capitals_and_not_in_shouted_headlines():
    assert names("Officials blamed the IS group.") == ["Islamic State"]
    assert names("Officials said it is unclear.") == []
    assert names("THE BORDER IS CALM, IMU DENIES ROLE") == []


def test_the_list_is_editable(tmp_path):
    f = tmp_path / "actors.yaml"
    f.write_text("- name: Test Militia\n  kind: armed_group\n  inter: 3\n"
                 "  aliases: [Valley Wolves]\n", encoding="utf-8")
    actors = load_actors(f)
    assert names("The Valley Wolves raided a farm.", actors) == ["Test Militia"]
    f.write_text("- name: X\n  kind: gang\n", encoding="utf-8")
    with pytest.raises(DataError, match="kind 'gang'"):
        load_actors(f)


@pytest.mark.parametrize("sentences, etype, sub", [
    (["Guards of both sides exchanged fire for two hours."], "Battles", "Armed clash"),
    (["Gunmen attacked the border post and seized rifles."], "Battles", "Armed clash"),
    (["Villages were shelled with mortars and artillery."], "Explosions/Remote violence",
     "Shelling/artillery/missile attack"),
    (["A drone strike hit the fuel depot."], "Explosions/Remote violence", "Air/drone strike"),
    (["A landmine exploded under a truck."], "Explosions/Remote violence",
     "Remote explosive/landmine/IED"),
    (["Unknown men shot dead two farmers in their field."], "Violence against civilians",
     "Attack"),
    (["Residents of both villages threw stones at each other."], "Riots", "Mob violence"),
    (["Villagers beat up two herders and smashed the windows of a bus."], "Riots",
     "Mob violence"),
    (["Youths damaged a car belonging to an official."], "Riots", "Mob violence"),
    (["A shepherd was shot near the river."], "Violence against civilians", "Attack"),
    (["The mines were laid in 1999 after incursions by militants."], "Strategic developments",
     "Other"),
    (["Villagers held a protest and blocked the road."], "Protests", "Peaceful protest"),
    (["Police arrested three smugglers."], "Strategic developments", "Arrests"),
    (["The sides agreed to a ceasefire and signed a protocol."], "Strategic developments",
     "Agreement"),
    (["He distributed weapons among his men."], "Strategic developments", "Other"),
    (["Gunmen kidnapped a farmer on his way to the market."], "Violence against civilians",
     "Abduction/forced disappearance"),
    (["Villagers took two drivers hostage."], "Violence against civilians",
     "Abduction/forced disappearance"),
    (["Villagers took two drivers hostage and killed one of them."],
     "Violence against civilians", "Attack"),
    (["Residents blocked the road and took hostage a traveller."], "Riots",
     "Violent demonstration"),
    (["Villagers throw stones at each other; guards fired warning shots."], "Riots",
     "Mob violence"),
    (["Villagers threw stones, and guards opened fire on them."], "Battles", "Armed clash"),
    # clash words with no weapon, over stones thrown: a riot
    (["Residents of two villages clashed over water.", "They threw stones at each other."],
     "Riots", "Mob violence"),
    (["Residents clashed and threw stones; then mortar rounds hit the village."],
     "Battles", "Armed clash"),
    # a cue in a relative clause tells who, not what happened
    (["Police detained 20 people who had gathered to protest."], "Strategic developments",
     "Arrests"),
    (["Guards arrested three men who had tried to attack the post."],
     "Strategic developments", "Arrests"),
    # a note of protest over a detention is its reaction: the detention is the event
    (["Guards detained two herders on the pasture.", "The ministry sent a protest note."],
     "Strategic developments", "Arrests"),
    (["The ministry sent a protest note over the new fence."], "Strategic developments",
     "Other"),
])
def test_acled_types(sentences, etype, sub):
    got = classify(sentences)
    assert (got.event_type, got.sub_event_type) == (etype, sub)
    assert got.reason


def test_civilian_targeting_is_set_for_attacks_on_civilians():
    assert classify(["Soldiers shot at civilians fleeing the village."]).civilian_targeting


def test_the_word_pre_check_never_hides_a_cue():
    for s in ["Clashes erupted.", "An IED went off.", "It was a shoot-out.", "Mob attacked.",
              "Grad rockets fell.", "They were evacuated.", "Ceasefire holds."]:
        words = s.replace(".", "").split()
        assert not EVENT_CUE.search(s) or may_be_event(words), s


CUE_SENTENCES = [
    "An airstrike hit the post.", "Two IEDs exploded.", "Soldiers exchanged fire at dawn.",
    "Gunmen stormed the checkpoint and shot dead a guard.", "Mortar shells hit Vorukh.",
    "Protesters threw stones at a stone-throwing mob.", "Villagers were displaced.",
    "The shoot-out ended the war.", "They looted shops and set fire to houses.",
    "Police detained five men.", "A cease-fire and a truce were signed.",
    "The commander distributed weapons to volunteers.", "Drones bombed the bridge.",
]


def test_the_word_pre_check_never_changes_the_cue_counts():
    from geoconflict.extract.event_types import _sentence_counts
    from geoconflict.extract.events import _CUE_RE

    for s in CUE_SENTENCES:
        full = {k: len(p.findall(s)) for k, p in _CUE_RE.items()}
        assert dict(_sentence_counts(s)) == full, s
        assert any(full.values()), s
        assert may_be_event(s.replace(".", "").split()) == bool(EVENT_CUE.search(s)), s


def test_a_land_mine_in_two_words_is_an_explosive():
    from geoconflict.extract.event_types import classify
    assert classify(["A land mine killed a shepherd."]).sub_event_type == \
        "Remote explosive/landmine/IED"


def test_a_leaders_death_is_no_violence():
    from geoconflict.extract.events import sentence_kind
    assert sentence_kind("Ties improved after the death of President Karimov.") is None
    assert sentence_kind("The deaths of two guards were confirmed.") == "violence"


def test_blocking_a_named_highway_is_a_protest():
    from geoconflict.extract.events import sentence_kind
    assert sentence_kind("Relatives blocked the Osh-Batken highway for hours.") == "protest"


def test_a_plan_to_open_a_checkpoint_is_a_development_but_to_open_fire_is_not():
    from geoconflict.extract.events import sentence_kind
    assert sentence_kind("The two sides plan to open three checkpoints.") == "other"
    assert sentence_kind("They threatened to open fire on the border guards.") == "violence"


@pytest.mark.parametrize("text", [
    "Clashes and an exchange of fire: troops shelled the village with mortars, killing two.",
    "A drone strike and a landmine blast; gunmen attacked the border post and its soldiers.",
    "Residents blocked the road and threw stones; police detained five and looted shops.",
    "The sides agreed to a ceasefire, reopened the checkpoints and deployed armoured "
    "vehicles; a protest note was sent and weapons were handed out to residents.",
])
def test_cue_counts_tried_at_words_are_those_of_a_whole_search(text):
    # each group's pattern is tried only at the words its stems begin: the counts must be
    # those of findall over the sentence
    from geoconflict.extract.event_types import _COUNTER
    from geoconflict.extract.events import _CUE_RE
    want = tuple((k, len(p.findall(text))) for k, p in _CUE_RE.items())
    assert _COUNTER.counts(text) == want
    assert sum(n for _, n in want) >= 5  # the sentence holds cues of several groups


@pytest.mark.parametrize("text, kind", [
    ("The protesters opposed the deal signed in November.", "agreement"),
    ("Protesters gathered outside the parliament.", "protest"),
    ("The governor condemned the killing.", None),
    ("Activists who had criticised the agreement were arrested.", "other"),
    ("Officials said that guards opened fire.", "violence"),
    ("Fire was opened on a patrol near the post.", "violence"),
    # a relative clause that runs into the main verb: its cue when nothing else is told
    ("Police who arrived at the scene opened fire on the crowd.", "violence"),
    ("An armed incident occurred on the border on Friday.", "violence"),
    ("The two sides withdrew their forces from the border.", "agreement"),
    # protests banned or only planned are no protest; one held against a ban is
    ("Protests In The Capital Banned", None),
    ("The mayor asked for a rally ban on the square.", None),
    ("The party announced plans to hold a rally next week.", None),
    ("Farmers held a protest against the ban on grazing.", "protest"),
    ("Villagers rallied outside the district office.", "protest"),
    # border talks resumed are talks, not a border reopened
    ("The two countries resumed border talks in March.", "agreement"),
    ("The two countries resumed border crossings in March.", "other"),
])
def test_the_kind_of_a_sentence_is_that_of_its_main_clause(text, kind):
    from geoconflict.extract.events import sentence_kind
    assert sentence_kind(text) == kind
