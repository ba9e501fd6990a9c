"""The stops of an incident draft: the places where something happened, at the finest
precision the text names; the other places it names are kept as mentioned.

A place named in an incident's sentences is a *scene* when the sentence tells the event
(a word of violence, any sentence of a development, or a sentence with no cue that joined
the incident by its date and place or tells it in general words), unless its context says it is
not where it happened: an official's or a body's title ("the head of the X region",
"X regional administration", "the X border detachment"), a hospital or a destination
("taken to hospital in X", "evacuated to X"), a stretch of border named after a place
("the X section of the border"), a road named after its ends ("the X-Y highway"), a
reference point for another place ("Y, close to X", "the Y border post, 10 km from X"),
where those who tell it are ("officials in X said", "speaking in X"), where a person comes from ("a
teacher from X was killed in Y"), what talks or a deal are about ("met to discuss the
clashes near X", "the agreement on the X reservoir"), the place of an earlier event ("tense
since the fighting in X in 2021") or a dateline ("X (Reuters) –", "X, April 9"). Among the
scenes, regions and districts are stops only when no finer place is named (ACLED's
geo_precision: a village or post is precision 1, a district 2, a region 3), and a capital
only when it is the only scene, and a scene the incident's text also names as a reference
point for another place ("Y, near X") only when no other scene is left. Everything else goes
to ``mentioned_places``.
"""

from __future__ import annotations

import re

from ._incidents import DraftIncident
from ._place_context import context_role
from .events import ARREST_CUE, RELEASE_CUE

__all__ = ["incident_stops", "SPECIFIC", "coarse_kind"]

# How specific a place kind is, for choosing the incident's primary stop.
SPECIFIC = {"border_post": 0, "checkpoint": 0, "water_facility": 1, "market": 1,
            "village": 2, "area": 3, "enclave": 3, "town": 3, "reservoir": 3, "pass": 3,
            "city": 4, "district": 5, "river": 6, "region": 7, "capital": 8}
_COARSE = ("district", "region", "capital", "river")
#: An area named as a stretch of land this wide or wider (a valley shared by three
#: countries) is as coarse as a region.
_WIDE_AREA_M = 100_000


def coarse_kind(place) -> str:
    """The place's kind for precision: a wide area counts as a region."""
    if place.kind == "area" and (place.precision_m or 0) >= _WIDE_AREA_M:
        return "region"
    return place.kind


#: The roles a place listed right after another ("to Isfara and Khujand", "officials of
#: Batken and Leilek districts") shares with it.
_LISTED = ("destination", "title or body", "where those who tell it are",
           "where a person comes from", "where a road leads", "a place left out",
           "a party to it")
_LIST_BETWEEN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:the\s+)?", re.I)


def _entry(m, relation: str, match: str) -> dict:
    return {"place": m.place.id, "name": m.text, "relation": relation, "match": match,
            "evidence": m.evidence.to_dict(), "_spellings": {m.text},
            "_kind": coarse_kind(m.place), "_area": (m.place.country, m.place.admin1),
            "_wide": m.place.kind == "area"}


def _collect(inc: DraftIncident) -> tuple[list[dict], list[dict], list[dict]]:
    """Scenes, other mentions (each once, text order) and unresolved names."""
    scenes: dict[str, dict] = {}
    others: dict[str, dict] = {}
    unresolved: list[dict] = []
    references: dict[str, dict] = {}  # places named as a reference point for another
    for part in inc.parts:
        text = part.doc.text
        freed = _set_free(part.facts, part.doc.lang) if inc.kind == "other" else []
        for f in part.facts:
            event = f.tells_event(inc.kind) and f not in freed
            prev, prev_why = None, ""
            for m in f.places:
                if m.place is None:
                    unresolved.append({"name": m.text, "suggestions": m.suggestions,
                                       "reason": m.reason, "evidence": m.evidence.to_dict()})
                    continue
                why = context_role(text, m, f.sentence.start)
                if why == "title or body" and inc.kind == "protest" and _BLOCKED.search(f.text) \
                        and _PROTESTERS_OF.search(text, max(f.sentence.start, m.start - 40),
                                                  m.start):
                    why = ""  # "residents of X blocked the road": a road near their home
                if not why and prev_why in _LISTED and prev is not None and \
                        _LIST_BETWEEN.fullmatch(text, prev.end, m.start):
                    why = prev_why  # "evacuated to Isfara and Khujand": both destinations
                prev, prev_why = m, why
                pid = m.place.id
                if why == "reference point" and pid not in references:
                    references[pid] = {**_entry(m, m.relation, m.reason), "why": why}
                home = scenes if event and not why else others
                if pid in scenes or pid in home:
                    (scenes.get(pid) or home[pid])["_spellings"].add(m.text)
                    continue
                home[pid] = _entry(m, m.relation, m.reason)
                if home is others:
                    home[pid]["why"] = why or "named in a sentence that tells no event"
    _drop_reference_points(scenes, others, references)
    for pid in scenes:
        others.pop(pid, None)
    return list(scenes.values()), list(others.values()), unresolved


_BLOCKED = re.compile(r"\bblock(?:ed|ing|s)?\b", re.I)
# "residents of the town of X", "villagers of X": those who block a road, near home
_PROTESTERS_OF = re.compile(r"\b(?:residents|villagers|inhabitants|people|farmers|women)\s+of\s+"
                            r"(?:the\s+)?(?:(?:village|town|city|settlement)\s+of\s+)?$", re.I)


def _set_free(facts: list, lang: str) -> list:
    """The sentences of a detention's story that tell only the captives set free or handed
    back ("The men were released the next morning after talks in X"): where the sides met,
    not where they were seized; none when no sentence tells the detention with a place."""
    if lang == "ru":
        from .ru.events import ARREST_RE as arrest
        from .ru.events import RELEASE_RE as release
    else:
        release, arrest = RELEASE_CUE, ARREST_CUE
    held = [f for f in facts if arrest.search(f.text) and f.resolved_places()]
    # (a release told first is the news, told where it was done: "Two were released at X on
    # Monday. They had been detained near Y")
    return [f for f in facts if held and f not in held and release.search(f.text)
            and not arrest.search(f.text) and f.sentence.index > held[0].sentence.index]


def _drop_reference_points(scenes: dict, others: dict, references: dict) -> None:
    """A scene that the incident's text also names as a reference point for another place
    ("the village of Y, near X") is no stop while another scene is left: the text itself
    sets the event at the finer place it locates by X."""
    drop = [pid for pid in scenes if pid in references]
    if not drop or len(drop) == len(scenes):
        return
    for pid in drop:
        scenes.pop(pid)
        others[pid] = references[pid]


def _finest(stops: list[dict]) -> tuple[list[dict], list[dict]]:
    """The stops at the finest precision named, and the coarser ones set aside."""
    fine = [s for s in stops if s["_kind"] not in _COARSE]
    if fine:
        return fine, [s for s in stops if s not in fine]
    nocap = [s for s in stops if s["_kind"] != "capital"]
    # a region is coarser than a district named in it ("X district of the Y region"); a
    # wide area (the Fergana valley) than any district
    districts = {s["_area"] for s in nocap if s["_kind"] == "district"}
    nocap = [s for s in nocap if not (s["_kind"] == "region" and (
        s["_area"] in districts or s.get("_wide") and districts))]
    if nocap:
        return nocap, [s for s in stops if s not in nocap]
    return stops, []


def _borrowed(inc: DraftIncident) -> list[dict]:
    """Stops near the places an incident naming none borrows from its neighbour (a
    ceasefire after fighting at X): the areas first, as the deal covers them."""
    out: dict[str, dict] = {}
    doc = inc.parts[0].doc
    roles = [(m, context_role(doc.text, m, doc.sentences[m.sentence].start))
             for m in inc.borrowed]
    scenes = [m for m, why in roles if not why]
    # not a reference point, title or destination, and never a dateline or a hospital
    for m in scenes or [m for m, why in roles if why not in ("dateline", "hospital")]:
        if m.place.id not in out:
            out[m.place.id] = _entry(m, "near", "borrowed: the incident's sentences name no "
                                     "place; these are the places of the incident told nearest")
    return sorted(out.values(), key=lambda s: s["_kind"] not in ("region", "district"))


def _finish(s: dict) -> dict:
    spellings = sorted(s.pop("_spellings") - {s["name"]})
    s.pop("_kind")
    s.pop("_area", None)
    s.pop("_wide", None)
    if spellings:
        s["note"] = "also written " + ", ".join(spellings)
    return s


def _road_ends_in_area(scenes: list[dict], others: list[dict]) -> tuple[list[dict], list[dict]]:
    """With only districts or regions told as scenes, the ends of a road named in them are
    the finer places ("on the X-Y road in the Z region": near X and Y, as ACLED codes an
    event on a road at the towns it joins)."""
    if not scenes or any(s["_kind"] not in ("district", "region") for s in scenes):
        return scenes, others
    areas = {s["_area"] for s in scenes}
    ends = [s for s in others if s["why"] == "road named after it" and s["_area"] in areas]
    if not ends:
        return scenes, others
    return scenes + ends, [s for s in others if s not in ends]


def incident_stops(inc: DraftIncident) -> tuple[list[dict], list[dict], list[dict]]:
    """The incident's stops, the places it only mentions, and its unresolved names."""
    scenes, others, unresolved = _collect(inc)
    scenes, others = _road_ends_in_area(scenes, others)
    if not scenes:  # no place told as a scene: the finest place named, or a neighbour's
        candidates = [s for s in others if s["why"] == "named in a sentence that tells no event"]
        scenes = candidates or _borrowed(inc)
        if not scenes:  # last resort: any place but a dateline ("head of the X region"),
            # and a destination, reference point or funeral only when nothing else is named
            # (never a hospital: the hurt are taken far from the scene, across the border too;
            # never a capital named for its government: "told Dushanbe that …")
            candidates = [s for s in others if s["why"] not in (
                "dateline", "hospital", "where those who did it sit",
                "the government, named by its capital")]
            near = [s for s in candidates
                    if s["why"] not in ("destination", "reference point", "funeral",
                                        "where a road leads")]
            scenes = candidates = near or candidates
        others = [s for s in others if s not in candidates]
    stops, coarse = _finest(scenes)
    for s in coarse:
        s["why"] = "a finer place is named"
    for s in stops:
        s["role"] = "scene"
        s.pop("why", None)
    if stops:
        best = min(stops, key=lambda s: (SPECIFIC.get(s["_kind"], 5), stops.index(s)))
        best["primary"] = True
    mentioned = [{"place": s["place"], "name": s["name"], "why": s["why"],
                  "evidence": s["evidence"]} for s in coarse + others]
    return [_finish(s) for s in stops], mentioned, unresolved
