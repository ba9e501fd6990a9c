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
from ._literal_cues import Cued
from .events import ARREST_CUE, RELEASE_CUE
from .facts import DATELINE_AFTER as _DATELINE_AFTER

__all__ = ["incident_stops", "SPECIFIC", "coarse_kind"]

# How specific a place kind is, for choosing the incident's primary stop.
SPECIFIC = {"border_post": 0, "checkpoint": 0, "water_facility": 1, "market": 1,
            "village": 2, "area": 3, "enclave": 3, "town": 3, "reservoir": 3, "pass": 3,
            "city": 4, "district": 5, "river": 6, "region": 7, "capital": 8}
_COARSE = ("district", "region", "capital", "river")
_TITLE_BEFORE = re.compile(
    r"\b(?:heads?|governors?|mayors?|chiefs?|akims?|hokims?|chairm[ae]n|administration|authorities|"
    r"police|officials?|prosecutors?|office|department|directorate|envoy|representatives?|"
    r"residents?|natives?|citizens?|deputy|commander|MP)\s+of\s+(?:the\s+)?"
    # the place's kind before its name: "the head of the village of X"
    r"(?:(?:village|town|city|district|region|province|jamoat|settlement)\s+of\s+)?$", re.I)
_TITLE_AFTER = re.compile(
    r"^['’]?s?\s*(?:region(?:al)?\s+|province\s+|district\s+|city\s+|oblast\s+)?(?:governor|"
    r"administration|authorities|police|officials?|hospital|clinic|prosecutor|mayor|akim|"
    r"hokimiyat|directorate|department|border\s+(?:detachment|unit|service|guards?\s+unit)|"
    r"detachment|garrison|regiment|brigade|military\s+unit|police\s+directorate|"
    r"residents?\s+(?:were\s+)?(?:taken|evacuated))\b", re.I)
_DESTINATION_BEFORE = Cued(re.compile(
    r"\b(?:(?:taken|evacuated|moved|brought|transferred|sent|fled|flown|relocated|rushed|"
    r"returned|handed\s+over|flew|went|travell?ed|headed|drove)\s+"
    r"(?:(?!(?:as|and|while|when|after|before|but|until|since|because|once|so|though|although|"
    r"where|if)\s)[\w-]+\s+){0,6}?to|"
    r"(?:arrived|landed)\s+in|left\s+for|hospital\s+in|hospitals?\s+of|"
    r"hospitali[sz]ed\s+in|treated\s+in)\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:(?:city|town|village|district|regional\s+cent(?:re|er))\s+of\s+|"
    r"(?:regional|district|provincial)\s+(?:capital|cent(?:re|er)),?\s+)?$", re.I))
# a place the event spared: "the whole south except Jalal-Abad", "all crossings apart from
# the X post", "every village but X"
_LEFT_OUT_BEFORE = re.compile(r"\b(?:except(?:\s+for)?|apart\s+from|(?:all|every|whole)\s+"
                              r"(?:[\w-]+\s+){0,3}?but)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$",
                              re.I)
# a place named as a reference point for another ("Kekh, close to Isfara", "the post
# 10 km from Kerben", "the village of Kok-Tash, near Vorukh")
# (the named place is a name: not a demonym or an article, "a Tajik border post near X")
_REFERENCE_BEFORE = re.compile(r"\b(?!(?:Kyrgyz|Tajik|Uzbek|Afghan|Chinese|Russian|Kyrgyzstani|"
                               r"Tajikistani|Uzbekistani|The|A|An|This|That|Its|Their|One)\b)"
                               r"[A-ZА-Я][\w’'-]+(?:\s+(?:border\s+)?(?:post|outpost|checkpoint|"
                               r"crossing)\s+near|(?:\s+(?:border\s+)?(?:area|village|post|"
                               r"outpost|checkpoint|crossing))?"
                               r"(?:,\s+near|,?\s+"
                               r"(?:(?:some|about|around|roughly|nearly|approximately)\s+)?"
                               r"(?:close\s+to|not\s+far\s+from|\d+\s*(?:km|"
                               r"kilomet\w+|miles?)\s+(?:from|of|south|north|east|west)\w*"
                               r"(?:\s+of)?)))\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$")
# where those who tell it are: "officials in X said", "sources in X reported"
_TELLER_BEFORE = re.compile(r"\b(?:officials?|authorities|sources?|spokesm[ae]n|spokeswoman|"
                            r"ministry|service|police|journalists?|correspondents?)\s+in\s+"
                            r"(?:the\s+)?$", re.I)
# the seat of those who did it: "mines laid by the authorities in Tashkent"
_SEAT_BEFORE = Cued(re.compile(r"\b(?:laid|planted|mined|ordered|decided|approved|imposed|"
                               r"introduced|funded|built|installed|sealed)\s+(?:[\w’'-]+\s+){0,8}?by\s+(?:the\s+)?"
                               r"(?:[\w-]+\s+)?(?:authorities|government|officials|leadership|regime)\s+"
                               r"in\s+(?:the\s+)?$", re.I))
# a capital named for its government: "told Dushanbe that", "a battle of wills with
# Dushanbe", "Tashkent has refused", "Bishkek said" (not "talks in Dushanbe")
_GOVERNMENT_BEFORE = re.compile(r"\b(?:told|informed|notified|warned|urged|asked|accused|blamed|"
                                r"pressed|with|against|between|and)\s+$", re.I)
_GOVERNMENT_AFTER = re.compile(r"^(?:[’']s\s+(?:government|position|decision|claims?|"
                               r"refusal|demands?|side|response)|\s+(?:has|have|had|is|was)?\s*"
                               r"(?:said|says|refused|denied|denies|insisted|insists|claimed|"
                               r"claims|accused|accuses|blamed|blames|warned|demanded|demands|"
                               r"responded|rejected|rejects|protested|agreed|agrees)\b)", re.I)
# where one speaks: "speaking in X", "told reporters in X", "at a news conference in X"
_SPEAKING_BEFORE = Cued(re.compile(r"\b(?:speaking|spoke|said|says|told\s+(?:[\w-]+\s+){0,2}?|"
                                   r"address(?:ing|ed)\s+(?:[\w-]+\s+){0,2}?|(?:news|press)\s+"
                                   r"(?:conference|briefing)|briefing|announced|stated)\s+in\s+"
                                   r"(?:the\s+)?$", re.I))
_BASED_AFTER = re.compile(r"^-based\b", re.I)  # "the Khujand-based agency reported"
_TELLS_AFTER = re.compile(r"^[^.;]{0,40}?\b(?:said|says|told|reported|reports|announced|"
                          r"stated|claimed)\b", re.I)
# where a person comes from: "a teacher from X was killed in Y"
_ORIGIN_BEFORE = re.compile(r"\b(?:man|woman|men|women|boys?|girls?|teachers?|students?|"
                            r"residents?|villagers?|natives?|citizens?|nationals?|shepherds?|"
                            r"herders?|farmers?|drivers?|famil(?:y|ies)|people|youths?|"
                            r"teenagers?|child(?:ren)?|refugees|migrants?|workers?|"
                            # officials from X: the body they serve, "his counterpart from X"
                            r"counterparts?|colleagues?|delegations?|officials?|governors?|"
                            r"representatives?|envoys?|commanders?|ministers?)\s+from\s+"
                            r"(?:the\s+)?(?:\w+\s+)?$", re.I)
# what talks or a deal are about: "met to discuss the clashes near X", "the agreement on
# the X reservoir", "talks over the X enclave"
_TOPIC_BEFORE = re.compile(r"\b(?:discuss\w*|(?:agreements?|treaty|treaties|deal|protocol|"
                           r"talks|negotiations|accord)\s+(?:on|over|about|concerning|"
                           r"regarding)|concerning|regarding)\s+(?:the\s+)?"
                           r"(?:[\w’'-]+\s+){0,4}?(?:(?:near|in|at|around|of)\s+(?:the\s+)?)?$",
                           re.I)
# the place of an earlier event the sentence dates the present from: "tense since the
# fighting in X in 2021"
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:in|at|near|around)\s+"
                           r"(?:the\s+)?$", re.I)
_SECTION_AFTER = re.compile(r"^\s*(?:section|sector|stretch|segment|part|direction)\s+of\s+"
                            r"(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:border|frontier)", re.I)
# a unit named after a place, the name after the unit: "the border unit “X”"
_UNIT_BEFORE = re.compile(r"\b(?:unit|detachment|regiment|brigade|garrison|battalion)\s+"
                          r"(?:of\s+)?[“\"«]?$", re.I)
# a word every match of _UNIT_BEFORE, of _TOPIC_BEFORE holds (lower case)
_UNIT_WORDS = ("unit", "detachment", "regiment", "brigade", "garrison", "battalion")
_TOPIC_WORDS = ("discuss", "agreement", "treat", "deal", "protocol", "talks", "negotiations",
                "accord", "concerning", "regarding")
# a road, railway or canal named after its ends: "the Osh-Batken highway", "Ak-Sai — Tamdyk
# road" (neither end is where something on it happened)
_LINK = r"(?:road|highway|motorway|route|railway|railroad|rail\s+line|pipeline|canal|corridor)"
# (also two roads told at once: "the X — Y and Z — W roads")
_END = r"[A-ZА-Я][\w’'-]*(?:\s+[A-ZА-Я][\w’'-]*)?"
_ROAD_AFTER = re.compile(rf"^\s*[-–—]\s*{_END}(?:\s+and\s+{_END}\s*[-–—]\s*{_END})?\s+{_LINK}s?\b|"
                         rf"^\s+and\s+{_END}\s*[-–—]\s*{_END}\s+{_LINK}s\b|"
                         rf"^\s+{_LINK}s?\b", re.I)
_ROAD_BEFORE = re.compile(r"[A-ZА-Я][\w’'-]*\s*[-–—]\s*$")
# a road told by where it leads: "blocked the road to X", "the highway linking X and Y"
_ROAD_TO_BEFORE = re.compile(rf"\b{_LINK}s?\s+(?:(?:leading|running|going)\s+)?(?:to|towards|"
                             rf"into|linking|connecting|between)\s+(?:the\s+)?(?:(?:[A-ZА-Я]"
                             rf"[\w’'-]*|and)\s+)?$", re.I)

# a picture's caption run into the text as a sentence of its own, a few words long
_CAPTION = re.compile(r"(?:Map|Photo|Image|Picture|Illustration)\b[:.]?", re.I)
_CAPTION_WORDS = 6


def _caption(text: str, sentence_start: int) -> bool:
    end = min((i for i in (text.find(". ", sentence_start), text.find("\n", sentence_start))
               if i != -1), default=len(text))
    return len(text[sentence_start:end].split()) <= _CAPTION_WORDS


# the parties to a deal or ties: "agreements on cooperation between the X and Y provinces"
_PARTIES_BEFORE = re.compile(
    r"\b(?:cooperation|agreements?|partnership|relations|treat(?:y|ies)|protocols?|"
    r"memorand(?:um|a)|ties|accords?|deals?)\s+(?:[\w-]+\s+){0,4}?between\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?$", re.I)


def context_role(text: str, m, sentence_start: int) -> str:
    """Why a place named at ``m`` is not where something happened, or "" when it may be
    (read once per mention: grouping and each draft ask again; kept with what it reads)."""
    key = (text, sentence_start, m.start, m.end, m.place, m.context)
    kept = m.__dict__.get("_context_role")
    if kept is None or kept[0] != key:
        kept = m.__dict__["_context_role"] = (key, _context_role(text, m, sentence_start))
    return kept[1]


def _context_role(text: str, m, sentence_start: int) -> str:
    if m.context:  # read by the finder of another language (extract.ru)
        return m.context
    before = text[max(sentence_start, m.start - 90):m.start]
    after = text[m.end:m.end + 60]
    if m.start - sentence_start <= 1 and _DATELINE_AFTER.match(after):
        return "dateline"
    if _CAPTION.match(text, sentence_start) and _caption(text, sentence_start):
        return "caption"  # "Map: Kok-Tash, Batken.": a picture's caption run into the text
    if m.place is not None and m.place.kind == "capital" and (
            _GOVERNMENT_BEFORE.search(before[-12:]) or _GOVERNMENT_AFTER.match(after)):
        return "the government, named by its capital"
    tail = before[-12:]
    # (a search that needs a word only where ASCII text holds it in lower case)
    low = before.lower() if before.isascii() else None
    if ("of " in tail and _TITLE_BEFORE.search(before)) or _TITLE_AFTER.match(after) or (
            low is None or any(map(low.__contains__, _UNIT_WORDS))) and \
            _UNIT_BEFORE.search(before):
        return "title or body"
    if (" to " in before or " in " in tail or " of " in tail) and \
            _DESTINATION_BEFORE.search(before):
        return "destination"
    if (" in " in tail and (_TELLER_BEFORE.search(before) and _TELLS_AFTER.match(after)
                            or _SPEAKING_BEFORE.search(before))) or _BASED_AFTER.match(after):
        return "where those who tell it are"
    if " in " in tail and _SEAT_BEFORE.search(before):
        return "where those who did it sit"
    if ("except" in before[-30:] or "apart from" in before[-30:] or " but " in before[-12:]) \
            and _LEFT_OUT_BEFORE.search(before):
        return "a place left out"
    if " from " in before[-25:] and _ORIGIN_BEFORE.search(before):
        return "where a person comes from"
    if (low is None or any(map(low.__contains__, _TOPIC_WORDS))) and \
            _TOPIC_BEFORE.search(before):
        return "what it is about"
    if "since " in before and _SINCE_BEFORE.search(before):
        return "place of an earlier event"
    if _SECTION_AFTER.match(after):
        return "stretch of border"
    if _ROAD_AFTER.match(after) and (not after.lstrip()[:1].isalpha()
                                     or _ROAD_BEFORE.search(before)):
        return "road named after it"
    if " to " in tail or " into " in tail or " between " in before or "ing " in tail:
        if _ROAD_TO_BEFORE.search(before):
            return "where a road leads"
        if " between " in before and _PARTIES_BEFORE.search(before):
            return "a party to it"
    if (" to " in tail or " from " in before or " of " in tail or " near " in before) and \
            (_REFERENCE_BEFORE.search(before) or _PARENT_BEFORE.search(before)):
        return "reference point"
    return ""


# the town or district a place is under: "Chorkuh jamoat, which is subordinate to the Tajik
# northern city of Isfara"
_PARENT_BEFORE = re.compile(r"\b(?:subordinate|belongs|belonging|attached)\s+to\s+(?:the\s+)?"
                            r"(?:[\w-]+\s+){0,3}?(?:city|town|district|region|province)\s+of\s+$",
                            re.I)


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
