"""Stops are where something happened, at the finest precision named; other places are
kept as mentioned, with the reason."""

from geoconflict.extract import extract_text


def _draft(body: str) -> dict:
    (d,) = extract_text("date 2022-05-11\n" + body)
    return d


def _why(d: dict) -> dict[str, str]:
    return {m["place"]: m["why"] for m in d.get("mentioned_places", [])}


def test_a_region_is_no_stop_when_a_village_is_named():
    d = _draft("On May 10 border guards exchanged fire near Ak-Sai in the Batken region.\n")
    assert [s["place"] for s in d["locations"]] == ["kg-ak-sai"]
    assert _why(d) == {"kg-batken-region": "a finer place is named"}


def test_a_hospital_town_is_a_destination_not_a_stop():
    d = _draft("On May 10 border guards exchanged fire near Ak-Sai; two wounded guards were "
               "taken to hospital in Batken.\n")
    assert [s["place"] for s in d["locations"]] == ["kg-ak-sai"]
    assert _why(d)["kg-batken"] == "destination"


def test_a_dateline_and_an_officials_title_are_no_stops():
    d = _draft("BISHKEK (Reuters) - On May 10 the head of the Leilek district said border "
               "guards had exchanged fire near Ak-Sai.\n")
    assert [s["place"] for s in d["locations"]] == ["kg-ak-sai"]
    assert _why(d) == {"kg-bishkek": "dateline", "kg-leilek-district": "title or body"}


def test_a_region_is_the_stop_when_nothing_finer_is_named():
    d = _draft("On May 10 border guards exchanged fire in the Batken region.\n")
    assert [s["place"] for s in d["locations"]] == ["kg-batken-region"]


def test_a_reference_point_is_mentioned_when_the_scene_is_named():
    d = _draft("On May 10 border guards exchanged fire at Ak-Sai, close to the Kyrgyz town "
               "of Batken.\n")
    assert [s["place"] for s in d["locations"]] == ["kg-ak-sai"]
    assert _why(d) == {"kg-batken": "reference point"}


def test_a_borrowed_reference_point_is_no_stop():
    text = ("date 2022-06-16\nGuards traded fire at Ak-Sai, close to the Kyrgyz town of "
            "Batken, on Tuesday.\nA ceasefire was agreed on Wednesday.\n")
    ceasefire = next(d for d in extract_text(text) if d["sub_event_type"] == "Agreement")
    assert [s["place"] for s in ceasefire["locations"]] == ["kg-ak-sai"]


def test_a_destination_is_no_stop_even_when_no_scene_is_named_plainly():
    d = _draft("On May 10 residents of Vorukh were evacuated to Isfara after the shelling.\n")
    assert [s["place"] for s in d["locations"]] == ["tj-vorukh"]
    assert _why(d) == {"tj-isfara": "destination"}


def test_a_reference_point_some_km_away_is_mentioned():
    d = _draft("On May 10 guards clashed near Ak-Sai, some 20 km from Batken.\n")
    assert [s["place"] for s in d["locations"]] == ["kg-ak-sai"]
    assert _why(d) == {"kg-batken": "reference point"}


def test_a_cue_less_sentence_of_the_same_day_and_area_adds_its_place_as_a_stop():
    d = _draft("On May 10 guards exchanged fire near Ak-Sai.\n"
               "On May 10 the patrol had crossed into the Tamdyk area of the Batken region.\n")
    assert sorted(s["place"] for s in d["locations"]) == ["kg-ak-sai", "kg-tamdyk"]


def test_the_ends_of_a_named_road_are_no_stops():
    d = _draft("On May 10 villagers threw stones at a car near Ak-Sai on the Batken-Isfara "
               "road.\n")
    assert [s["place"] for s in d["locations"]] == ["kg-ak-sai"]
    assert _why(d) == {"kg-batken": "road named after it", "tj-isfara": "road named after it"}


def test_a_dateline_with_a_double_dash_is_no_stop():
    d = _draft("BISHKEK -- On May 10 border guards exchanged fire near Ak-Sai.\n")
    assert [s["place"] for s in d["locations"]] == ["kg-ak-sai"]


def test_a_dateline_with_its_country_is_no_stop_and_is_never_lent():
    text = ("date 2023-08-03\nBATKEN, Kyrgyzstan -- Officials said on August 3 that the border "
            "would be reopened.\nIt was closed after the clashes of September 2022.\n")
    drafts = extract_text(text)
    assert all(d["locations"] == [] for d in drafts)
    assert any(m["why"] == "dateline" for d in drafts for m in d.get("mentioned_places", []))


def test_a_post_named_with_its_kind_can_be_the_scene_beside_a_reference_point():
    d = _draft("The shootout took place at the Kayragach border post, 5 km from Ak-Sai, on "
               "May 10.\n")
    assert [s["place"] for s in d["locations"]] == ["kg-kairagach-checkpoint"]
    assert _why(d) == {"kg-ak-sai": "reference point"}


def test_where_the_tellers_are_and_where_a_victim_comes_from_are_no_stops():
    d = _draft("Officials in Batken said two guards were wounded near Ak-Sai on May 10.\n")
    assert [s["place"] for s in d["locations"]] == ["kg-ak-sai"]
    assert _why(d) == {"kg-batken": "where those who tell it are"}
    d = _draft("A teacher from Isfara was killed in Ak-Sai on May 10.\n")
    assert [s["place"] for s in d["locations"]] == ["kg-ak-sai"]
    assert _why(d) == {"tj-isfara": "where a person comes from"}


def test_fire_from_a_place_and_fighting_in_a_town_are_scenes():
    d = _draft("Tajik guards fired on Kyrgyz positions from the territory of Vorukh on May 10.\n")
    assert [s["place"] for s in d["locations"]] == ["tj-vorukh"]
    d = _draft("On May 10 two residents from Vorukh were detained.\n")  # nothing finer named
    assert [s["place"] for s in d["locations"]] == ["tj-vorukh"]


def test_a_place_after_near_set_off_by_a_comma_is_a_reference_point():
    d = _draft("On May 10 guards clashed in the village of Ak-Sai, near Vorukh.\n")
    assert [s["place"] for s in d["locations"]] == ["kg-ak-sai"]
    assert _why(d) == {"tj-vorukh": "reference point"}
    d = _draft("On May 10 guards clashed near Vorukh.\n")
    assert [s["place"] for s in d["locations"]] == ["tj-vorukh"]


def test_a_finer_place_told_beside_a_district_is_the_stop():
    d = _draft("On May 10 a herder was shot dead in the Leilek district. He and a friend "
               "were grazing sheep near Kulundu when the guards came.\n")
    assert [s["place"] for s in d["locations"]] == ["kg-kulundu"]
    assert _why(d) == {"kg-leilek-district": "a finer place is named"}


def test_a_place_told_later_with_its_own_date_does_not_refine_the_district():
    (d, _) = extract_text("date 2022-05-14\nOn May 10 a herder was shot dead in the Leilek "
                          "district.\nOn May 13 elders met in Kulundu to talk it over.\n")
    assert [s["place"] for s in d["locations"]] == ["kg-leilek-district"]


def test_a_unit_named_after_a_place_and_a_stretch_of_border_are_no_scenes():
    d = _draft("On May 10 the border unit “Leilek” said guards exchanged fire near "
               "Kok-Tash, on the Kulundu stretch of Kyrgyzstan's border with Tajikistan.\n")
    assert [s["place"] for s in d["locations"]] == ["kg-kok-tash-leilek"]
    assert _why(d) == {"kg-leilek-district": "title or body",
                       "kg-kulundu": "stretch of border"}


def test_a_place_in_a_title_plural_a_reference_point_and_an_earlier_event():
    d = _draft("On May 10 Tajik guards fired on herders near Ak-Sai, close to the enclave of "
               "Vorukh, in the Batken region. The border has been tense since the fighting "
               "in Kok-Tash in 2021. Guards fired again on May 10 near Ak-Sai, the governors "
               "of Batken and Sughd said.\n")
    assert [s["place"] for s in d["locations"]] == ["kg-ak-sai"]
    why = _why(d)
    assert why["tj-vorukh"] == "reference point"
    assert why["kg-kok-tash-batken"] == "place of an earlier event"
    assert why["kg-batken"] == "title or body"


def test_a_dateline_with_its_country_a_based_outlet_a_trip_and_a_post_near_a_town():
    (d,) = extract_text("date 2022-05-11\nKHUJAND, Tajikistan, May 11 -- On May 10 guards "
                        "clashed at the Kayragach checkpoint near Isfara, Osh-based media "
                        "reported. The president flew to Batken on May 10.\n")
    assert d["date_start"] == "2022-05-10"
    assert [s["place"] for s in d["locations"]] == ["kg-kairagach-checkpoint"]
    why = _why(d)
    assert why["tj-khujand"] == "dateline" and why["tj-isfara"] == "reference point"
    assert why["kg-osh"] == "where those who tell it are"
    assert why["kg-batken"] == "destination"


def test_a_village_near_which_a_district_is_named_is_the_scene():
    d = _draft("On May 10 guards clashed. The shooting took place in the Isfara district, "
               "near Chorkuh.\n")
    assert [s["place"] for s in d["locations"]] == ["tj-chorkuh"]


def test_what_talks_or_a_deal_are_about_is_no_scene():
    d = _draft("On May 10 the two ministers met in Tashkent to discuss the clashes near "
               "Vorukh.\n")
    assert [s["place"] for s in d["locations"]] == ["uz-tashkent"]
    assert _why(d)["tj-vorukh"] == "what it is about"
    d = _draft("On May 10 the parliament in Bishkek ratified the agreement on the "
               "Kempir-Abad reservoir.\n")
    assert [s["place"] for s in d["locations"]] == ["kg-bishkek"]


def test_where_an_official_speaks_is_no_stop():
    d = _draft("On May 10 guards exchanged fire near Ak-Sai. Speaking in Khujand, the Sughd "
               "governor said the guards had exchanged fire near Ak-Sai for an hour.\n")
    assert [s["place"] for s in d["locations"]] == ["kg-ak-sai"]
    assert _why(d)["tj-khujand"] == "where those who tell it are"


def test_a_reaction_to_the_violence_tells_no_scene_and_no_date():
    d = _draft("On May 9 guards exchanged fire near Ak-Sai, killing a shepherd. On May 10 "
               "the governor, in Isfara, condemned the killing.\n")
    assert [s["place"] for s in d["locations"]] == ["kg-ak-sai"]
    assert (d["date_start"], d["date_end"]) == ("2022-05-09", "2022-05-09")


def test_a_post_near_a_village_is_at_the_village_when_the_post_has_no_name():
    d = _draft("On May 10 guards fired at a Tajik border post near the village of Chorkuh.\n")
    assert [s["place"] for s in d["locations"]] == ["tj-chorkuh"]


def test_a_valley_shared_by_three_countries_is_as_coarse_as_a_region():
    d = _draft("On May 10 guards exchanged fire near Ak-Sai in the Fergana Valley.\n")
    assert [s["place"] for s in d["locations"]] == ["kg-ak-sai"]
    assert _why(d) == {"uz-fergana-valley": "a finer place is named"}


def test_violence_told_as_a_habit_sets_no_scene():
    d = _draft("On May 10 guards exchanged fire near Ak-Sai. The Fergana Valley has seen "
               "repeated clashes over water.\n")
    assert [s["place"] for s in d["locations"]] == ["kg-ak-sai"]
    assert "uz-fergana-valley" not in _why(d)


def test_the_town_of_a_hospital_told_as_the_city_of_x_is_a_destination():
    d = _draft("On May 10 guards exchanged fire near Ak-Sai; a wounded guard was hospitalized "
               "in the city of Batken.\n")
    assert [s["place"] for s in d["locations"]] == ["kg-ak-sai"]
    assert _why(d)["kg-batken"] == "destination"


def test_clashes_that_occur_regularly_are_a_habit_not_an_incident():
    d = _draft("On May 10 guards exchanged fire near Ak-Sai. Skirmishes between guards and "
               "residents of Vorukh occur regularly.\n")
    assert [s["place"] for s in d["locations"]] == ["kg-ak-sai"]
    assert "tj-vorukh" not in _why(d)


def test_a_place_listed_after_a_destination_is_a_destination_too():
    d = _draft("On May 10 guards clashed near Vorukh. The wounded were evacuated to Isfara "
               "and Khujand.\n")
    assert [s["place"] for s in d["locations"]] == ["tj-vorukh"]
    assert _why(d)["tj-khujand"] == "destination"


def test_where_a_road_leads_is_no_stop_when_the_blockers_village_is_named():
    d = _draft("On May 10 residents of Chorkuh blocked the road to Isfara.\n")
    assert [s["place"] for s in d["locations"]] == ["tj-chorkuh"]
    assert _why(d) == {"tj-isfara": "where a road leads"}


def test_both_ends_of_a_road_linking_two_towns_are_mentioned_not_stops():
    d = _draft("On May 10 two guards were wounded near Ak-Sai on the road between Batken "
               "and Isfara.\n")
    assert [s["place"] for s in d["locations"]] == ["kg-ak-sai"]
    assert _why(d) == {"kg-batken": "where a road leads", "tj-isfara": "where a road leads"}


def test_where_a_road_leads_is_the_stop_when_nothing_else_is_named():
    d = _draft("On May 10 shots were fired on the road to Vorukh and a guard was wounded.\n")
    assert [s["place"] for s in d["locations"]] == ["tj-vorukh"]


def test_a_region_is_no_stop_when_a_district_in_it_is_named():
    d = _draft("On May 10 guards detained 13 herders in the Kadamjay district of the Batken "
               "region.\n")
    assert [s["place"] for s in d["locations"]] == ["kg-kadamjay-district"]
    assert _why(d) == {"kg-batken-region": "a finer place is named"}


def test_a_region_stays_beside_a_district_of_another_region():
    d = _draft("On May 10 guards exchanged fire on the border of the Isfara district and the "
               "Batken region.\n")
    assert sorted(s["place"] for s in d["locations"]) == ["kg-batken-region",
                                                          "tj-isfara-district"]


def test_officials_from_a_place_name_their_body_not_a_scene():
    d = _draft("On May 10 guards exchanged fire near Ak-Sai, said the governor's counterpart "
               "from Isfara.\n")
    assert [s["place"] for s in d["locations"]] == ["kg-ak-sai"]
    assert _why(d) == {"tj-isfara": "where a person comes from"}


def test_a_title_naming_the_kind_of_its_place_is_no_stop():
    d = _draft("On May 10 the head of the village of Tamdyk said border guards exchanged fire "
               "near Ak-Sai.\n")
    assert [s["place"] for s in d["locations"]] == ["kg-ak-sai"]
    assert _why(d) == {"kg-tamdyk": "title or body"}


def test_a_village_of_x_with_no_title_before_it_stays_a_stop():
    d = _draft("On May 10 border guards exchanged fire at the village of Tamdyk.\n")
    assert [s["place"] for s in d["locations"]] == ["kg-tamdyk"]


def _dated_drafts(body: str) -> dict[str, dict]:
    return {d["date_start"]: d for d in extract_text("date 2022-05-20\n" + body)}


def test_a_release_borrows_no_place_of_the_detention_it_ends():
    drafts = _dated_drafts("On May 10 Uzbek border guards detained two Kyrgyz shepherds near "
                           "Ak-Sai.\nOn May 18 Uzbekistan released the two shepherds.\n")
    assert [s["place"] for s in drafts["2022-05-10"]["locations"]] == ["kg-ak-sai"]
    assert drafts["2022-05-18"].get("locations", []) == []


def test_a_later_detention_still_borrows_the_place_of_an_earlier_one():
    drafts = _dated_drafts("On May 10 Uzbek border guards detained two Kyrgyz shepherds near "
                           "Ak-Sai.\nOn May 18 Uzbek border guards detained a third shepherd.\n")
    assert [s["place"] for s in drafts["2022-05-18"]["locations"]] == ["kg-ak-sai"]


def test_a_crossing_told_by_its_two_ends_is_the_crossing_named_after_both():
    d = _draft("On May 10 the two sides opened a crossing point between Babatag and Hisor "
               "for trucks.\n")
    assert [s["place"] for s in d["locations"]] == ["tj-hisor-babatag-checkpoint"]
    assert set(_why(d).values()) == {"end of a crossing named after it"}


def test_the_two_ends_stay_stops_when_no_crossing_is_named_after_both():
    d = _draft("On May 10 the two sides opened a crossing point between Isfara and Batken "
               "for trucks.\n")
    assert {s["place"] for s in d["locations"]} == {"tj-isfara", "kg-batken"}


def test_two_places_after_between_with_no_crossing_word_are_no_crossing():
    d = _draft("On May 10 the two sides exchanged fire between Babatag and Hisor.\n")
    assert "tj-hisor-babatag-checkpoint" not in {s["place"] for s in d["locations"]}


def test_a_scene_named_elsewhere_as_a_reference_point_yields_to_the_finer_place():
    d = _draft("On May 10 border guards exchanged fire in Vorukh. The shooting started at "
               "the village of Kok-Tash, near Vorukh.\n")
    assert [s["place"] for s in d["locations"]] == ["kg-kok-tash-batken"]
    assert _why(d) == {"tj-vorukh": "reference point"}


def test_a_reference_point_stays_the_stop_when_it_is_the_only_scene():
    d = _draft("On May 10 border guards exchanged fire in Vorukh. Residents of the village "
               "of Kok-Tash, near Vorukh, heard the shots.\n")
    assert "tj-vorukh" in [s["place"] for s in d["locations"]]


def test_a_meeting_told_next_to_talks_days_apart_borrows_no_place_of_them():
    drafts = _dated_drafts("On May 3 the delegations held talks in Osh.\nOn May 10 the "
                           "working groups held a meeting on the border.\n")
    assert [s["place"] for s in drafts["2022-05-03"]["locations"]] == ["kg-osh"]
    assert drafts["2022-05-10"].get("locations", []) == []


def test_a_ceasefire_days_after_the_fighting_still_borrows_its_place():
    drafts = _dated_drafts("On May 10 border guards exchanged fire near Ak-Sai.\nOn May 12 "
                           "the sides agreed to a ceasefire.\n")
    assert [s["place"] for s in drafts["2022-05-12"]["locations"]] == ["kg-ak-sai"]


def test_a_border_control_point_is_a_checkpoint_not_its_village():
    d = _draft("On May 10 Tajik guards detained 11 Kyrgyz citizens near the Kyzyl-Bel border "
               "control point.\n")
    assert [s["place"] for s in d["locations"]] == ["kg-kyzyl-bel-checkpoint"]


def test_the_seat_of_those_who_did_it_is_no_scene():
    from geoconflict.extract import extract_text
    ds = extract_text("date 2009-04-01\nOn March 30 a mine exploded near Lakkon. Mines were "
                      "laid there in 1999 by the authorities in Tashkent.\n")
    mentioned = {m["place"]: m["why"] for d in ds for m in d.get("mentioned_places", [])}
    assert mentioned.get("uz-tashkent") == "where those who did it sit"
    assert "uz-tashkent" not in {s["place"] for d in ds for s in d["locations"]}


def test_the_authorities_who_detain_someone_are_at_the_scene():
    from geoconflict.extract import extract_text
    (d,) = extract_text("date 2020-05-01\nOn April 30 a Kyrgyz citizen was detained by the "
                        "authorities in Isfara.\n")
    assert [s["place"] for s in d["locations"]] == ["tj-isfara"]


def test_a_wide_area_is_coarser_than_a_district_named_with_it():
    from geoconflict.extract import extract_text
    (d,) = extract_text("date 2013-01-14\nOn January 13 guards beat a shepherd in Ala-Buka "
                        "district, in the Fergana valley.\n")
    assert [s["place"] for s in d["locations"]] == ["kg-ala-buka-district"]
