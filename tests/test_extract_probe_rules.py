"""Rules found by probing the extractor with reports written for the purpose (new phrasings
of the same events, not corpus sentences): what a sentence adds to the incident told before it."""

from geoconflict.extract import extract_text


def _drafts(text: str, published: str = "2021-08-20") -> list[dict]:
    return extract_text(f"date {published}\n{text}\n")


def test_nobody_hurt_after_a_road_block_is_how_it_ended_not_an_event():
    (d,) = _drafts("Villagers of Chorkuh blocked the road to Vorukh on Thursday. Nobody was "
                   "hurt, the district administration said.")
    assert d["event_type"] == "Protests" and d["injured"]["best"] == 0


def test_nobody_hurt_alone_is_no_incident_and_shots_with_nobody_hurt_are_one():
    assert _drafts("Nobody was hurt, the district administration said.") == []
    (d,) = _drafts("Shots were fired at the post near Kok-Tash on Thursday. No one was hurt.")
    assert d["sub_event_type"] == "Armed clash" and d["injured"]["best"] == 0


def test_russian_nobody_hurt_after_a_road_block_joins_it():
    (d,) = _drafts("В четверг жители Чоркуха перекрыли дорогу на Ворух. Никто не пострадал.")
    assert d["event_type"] == "Protests"


def _figures(d: dict) -> list[tuple]:
    return [(f["role"], f["value"], f.get("side")) for r in d["reports"]
            for f in r["claims"].get("figures", [])]


def test_people_seized_are_held_and_trucks_seized_are_not():
    (d,) = _drafts("Villagers of Sokh seized 12 Kyrgyz citizens near Charbak on Sunday after a "
                   "clash over a power line.", "2013-01-08")
    assert ("detained", 12, "KG") in _figures(d)
    (d,) = _drafts("Guards fired shots near Charbak on Sunday and seized 3 trucks.", "2013-01-08")
    assert not [f for f in _figures(d) if f[0] == "detained"]


def test_a_side_reporting_or_putting_its_own_losses_at_a_figure_gives_the_side():
    (d,) = _drafts("Fighting went on near Ak-Sai on Friday, with the Kyrgyz health ministry "
                   "reporting 21 dead. Tajik officials put their own losses at 9 killed.",
                   "2022-09-17")
    assert {("killed", 21, "KG"), ("killed", 9, "TJ")} <= set(_figures(d))
    assert d["fatalities"]["best"] == 30


def test_people_who_had_to_leave_their_homes_are_displaced():
    (d,) = _drafts("Two men were killed in a clash near Ak-Sai on Friday. About 3,000 people "
                   "had to leave their homes in the Batken region.", "2022-09-17")
    assert ("displaced", 3000, None) in _figures(d)
