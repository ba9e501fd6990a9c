"""Why the words around a place named in English say it is not where something happened
(``context_role``): a dateline, a caption, a capital named for its government, an official's
or a body's title, a destination, where those who tell it or did it are, a place left out,
a person's home, what talks are about, an earlier event, a stretch of border, a road named
after it or leading to it, a party to a deal, a reference point. (Russian mentions carry the
reason their own finder read, ``Mention.context``.)"""

from __future__ import annotations

import re

from ._literal_cues import Cued
from .facts import DATELINE_AFTER as _DATELINE_AFTER

__all__ = ["context_role"]

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
    return _named_for_another(text, m, before, after, tail, low)


def _named_for_another(text: str, m, before: str, after: str, tail: str,
                       low: str | None) -> str:
    """The rest of ``_context_role``: where a person comes from, a topic, an earlier event,
    a stretch of border, a road, the parties to a deal, a reference point; or ""."""
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
