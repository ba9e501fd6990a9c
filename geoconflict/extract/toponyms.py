"""Toponyms in article text: gazetteer names found in one pass, near-misses, unknown names.

Three finders feed one resolver:

1. every gazetteer name and alias, through one token automaton built once per gazetteer
   (:class:`ToponymMatcher`, in ``_toponym_matcher``), compared by ``fold_key`` so
   spelling variants meet; matches that are people's names ("Toktogul Kakcheev") are
   left out (``_toponym_persons``);
2. names that a context marks as places ("the village of X", "X border post", "in X
   district"), every member of a list of places ("in X and Y", "the villages of X, Y and
   Z", "X, Y and Z villages"), and capitalised words after a locative ("residents of
   Voruj") (``_toponym_context``);
3. for the names of 2., the near-miss rule of ``_toponym_fuzzy``: a variant spelling of a
   gazetteer name is taken as it is; a misspelling is accepted only with a close score
   on the stems (common endings such as -abad or -soy carry nothing), the same first
   letter, similar lengths, and a place that fits the article's other places. Any other
   name stays an unresolved mention with suggestions (candidates and scores).

The kinds the words around a mention imply (``_toponym_kinds``) and the ambiguity
resolver (``_toponym_resolve``) then pick one reading: the kind the sentence implies (a
"border post" vs the village), the country it names, the districts and regions it names,
and the distance to the article's unambiguous places (the nearest consistent reading).
A crossing told by its two ends ("a checkpoint between X and Y") is the crossing the
gazetteer names after both, when it has one (``_toponym_crossings``), and a name in
brackets after a place's name that can name it is that place (``_toponym_brackets``), and
"X in Y" with X far from the town Y is the area Y that holds X, and "X area of Y region"
keeps only a reading of X in that region (``_toponym_within``).
"""

from __future__ import annotations

import re

from ..gazetteer.index import Gazetteer
from ._text import Document
from ._toponym_base import KIND_WORDS, Mention, country_codes_in, km, locative_before
from ._toponym_brackets import names_in_brackets
from ._toponym_context import find_unknown
from ._toponym_crossings import crossings_between
from ._toponym_kinds import cue_kinds
from ._toponym_matcher import ToponymMatcher, matcher_for
from ._toponym_persons import person_like, person_tokens
from ._toponym_resolve import resolve
from ._toponym_within import areas_holding, outside_their_area

__all__ = ["Mention", "ToponymMatcher", "find_toponyms", "matcher_for", "KIND_WORDS",
           "country_codes_in", "km"]

_NEAR_BEFORE = re.compile(r"(?:\bnear|\bnot\s+far\s+from|\boutside|\baround|\bclose\s+to|"
                          r"\bnearby|\bvicinity\s+of|\bkm\s+(?:from|of))\s+(?:the\s+)?"
                          r"(?:\w+\s+){0,2}$", re.I)


def find_toponyms(doc: Document, gazetteer: Gazetteer) -> list[Mention]:
    """Every place mention of a document, resolved where the gazetteer allows."""
    m = matcher_for(gazetteer)
    mentions = _gazetteer_mentions(doc, m)
    persons = {mm.key for mm in mentions if mm.person_like} | person_tokens(doc, m)
    mentions = [mm for mm in mentions if not mm.person_like and not
                (mm.key in persons and not locative_before(doc.text, mm.start))]
    covered = [(mm.start, mm.end) for mm in mentions]
    mentions.extend(find_unknown(doc, m, covered, persons))
    mentions.sort(key=lambda x: x.start)
    cue_kinds(doc, mentions)
    resolve(doc, m, mentions)
    mentions = [mm for mm in mentions if mm.how != "drop"]
    crossings_between(doc, m, mentions)
    names_in_brackets(doc, m, mentions)
    areas_holding(doc, m, mentions)
    outside_their_area(doc, mentions)
    for mm in mentions:
        mm.evidence = doc.evidence(mm.start, mm.end, doc.sentences[mm.sentence])
        if _NEAR_BEFORE.search(doc.text[max(0, mm.start - 40):mm.start]):
            mm.relation = "near"
    return mentions


def _gazetteer_mentions(doc: Document, m: ToponymMatcher) -> list[Mention]:
    """The automaton's matches, less everyday words, short keys and acronyms."""
    text, tokens = doc.text, doc.tokens
    out = []
    for i, j, key, ids in m.raw_matches(doc):
        if j - i == 1 and (key in m.stop_keys or len(key) < 3):
            continue
        if j - i == 1 and tokens[i].text.isupper() and len(tokens[i].text) <= 4:
            continue  # acronyms (IMU, IS, CSTO) are not places
        a, b = tokens[i].start, tokens[j - 1].end
        how = "name" if any((key, x) in m.official for x in ids) else "alias"
        mention = Mention(a, b, text[a:b], doc.sentence_at(a).index, key, m.places(ids), how)
        mention.person_like = person_like(doc, i, j, m)
        out.append(mention)
    return out
