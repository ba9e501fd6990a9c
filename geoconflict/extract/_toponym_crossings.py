"""A crossing told by its two ends: "a checkpoint opened between X (Tajikistan) and Y
(Uzbekistan)". When the gazetteer knows a crossing named after both ends ("X-Y
checkpoint"), the crossing is the place the sentence names, at the crossing word; the two
ends are only what it is named after. Crossings are named so on both sides of the border,
so the ends are looked up in either order and under any of their names."""

from __future__ import annotations

import re

from ._text import Document
from ._toponym_base import POST, Mention
from ._toponym_matcher import ToponymMatcher

__all__ = ["crossings_between", "ENDS_OF_CROSSING"]

#: The role of the two ends of a crossing found here (see ``stops.context_role``).
ENDS_OF_CROSSING = "end of a crossing named after it"

# the crossing word, a few words, then "between": "a check-point started operating between"
_CROSSING = re.compile(r"\b(?:check-?\s?points?|crossing(?:\s+points?)?|border\s+posts?|"
                       r"posts?)\b(?P<gap>(?:\s+[\w’'-]+){0,4}?)\s+between\s+(?:the\s+)?"
                       r"(?:(?:town|city|village|district)s?\s+of\s+)?$", re.I)
# between the two ends: a country in brackets, then "and"
_AND = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:,\s*)?and\s+(?:the\s+)?"
                  r"(?:(?:town|city|village|district)\s+of\s+)?")


def crossings_between(doc: Document, m: ToponymMatcher, mentions: list[Mention]) -> None:
    """Add the crossing of each "crossing between X and Y" the gazetteer knows by both
    names, and mark X and Y as the ends it is named after."""
    text = doc.text
    for a, b in zip(mentions, mentions[1:], strict=False):
        if a.place is None or b.place is None or a.sentence != b.sentence:
            continue
        if not _AND.fullmatch(text, a.end, b.start):
            continue
        start = doc.sentences[a.sentence].start
        cue = _CROSSING.search(text, max(start, a.start - 80), a.start)
        if cue is None:
            continue
        crossing = _crossing_named(m, a.place, b.place)
        if crossing is None:
            continue
        end = cue.start("gap")
        word = text[cue.start():end]
        mentions.append(Mention(
            cue.start(), end, word, a.sentence, m.index.key(crossing.name), [crossing],
            "crossing between", POST, word, crossing,
            f"the {word} between {a.text} and {b.text}, named after both"))
        a.context = b.context = ENDS_OF_CROSSING
    mentions.sort(key=lambda x: x.start)


def _crossing_named(m: ToponymMatcher, x, y):
    """The crossing the gazetteer names after both places ("X-Y", "Y-X checkpoint")."""
    for p, q in ((x, y), (y, x)):
        for nx in p.names:
            for ny in q.names:
                key = m.index.key(f"{nx}-{ny}")
                for i in m.ids_of_key(key):
                    place = m.gaz.places[i]
                    if place.kind in POST:
                        return place
    return None
