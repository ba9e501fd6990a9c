"""The news of an article that no cue word tells: its lead.

An article about the border is written for one piece of news, and its first sentences tell
it, whatever words they use ("Uzbekistan cut gas to the south on 16 July", "the border
service told of the progress made as of July 22 on fencing the border"). When no sentence
of an article tells an incident by the cue words of a known kind (:mod:`.events`), its lead
is read as one strategic development, when its opening sentences name two of the three
states (or one and a border): the first of them that gives an event date or a place the
gazetteer knows, and, when that one names no known place, the next sentence within two that
names one and gives no date of its own (the lead's "where": "Osh and Batken regions were
left without gas"). The draft says so in a warning, so that the analyst checks its type.
"""

from __future__ import annotations

import re
from datetime import date

from ._memo import forget
from ._neighbours import after
from .facts import SentenceFacts

__all__ = ["LEAD_SENTENCES", "mark_lead"]

#: How many of an article's first sentences (its headline among them) may hold its lead,
#: counting only those of a few words at least (not the menu lines of a page: "All news")
LEAD_SENTENCES = 5
_LEAD_WORDS = 5
#: How far after a lead without a known place the sentence naming its place may come
_PLACE_WITHIN = 2


#: The three states in each language's stems ("Kyrgyz", "Kirghizia", «Киргизии»,
#: «узбекская»), and its words for a border: opening sentences that name two of the states,
#: or one and a border, tell news between them (not "snow stopped the trains near X")
_STATES = {"en": (("KG", "kyrgyz|kirghiz"), ("TJ", "tajik"), ("UZ", "uzbek")),
           "ru": (("KG", "киргиз|кыргыз"), ("TJ", "таджик"), ("UZ", "узбек"))}
_BORDERS = {"en": "borders?|frontier", "ru": "границ|погранич|рубеж"}
_STATE = {lang: re.compile("|".join(rf"(?P<{k}>\b(?:{v}))" for k, v in states), re.I)
          for lang, states in _STATES.items()}
_BORDER = {lang: re.compile(rf"\b(?:{v})", re.I) for lang, v in _BORDERS.items()}
#: How many opening sentences (of a few words at least) may name the states
_STATES_WITHIN = 8


def _opening(facts: list[SentenceFacts], n: int) -> list[SentenceFacts]:
    """The first ``n`` sentences of a few words at least."""
    return [f for f in facts if len(f.text.split()) >= _LEAD_WORDS][:n]


def _between_states(facts: list[SentenceFacts], lang: str) -> bool:
    text = " ".join(f.text for f in _opening(facts, _STATES_WITHIN))
    named = {m.lastgroup for m in _STATE[lang].finditer(text)}
    return len(named) >= 2 or bool(named) and bool(_BORDER[lang].search(text))


def _dated(f: SentenceFacts, reference: date | None) -> bool:
    d = f.event_date()
    return d is not None and not after(d, reference)


def mark_lead(facts: list[SentenceFacts], reference: date | None,
              lang: str = "en") -> list[SentenceFacts]:
    """Mark the lead of an article none of whose sentences has a cue word as a strategic
    development (kind "other"), and return the sentences marked (none when it has no
    sentence with a date or a known place among its first)."""
    if any(f.kind is not None for f in facts):
        return []  # (told in cue words and dropped: a tally, a habit, a plan — no news)
    if lang not in _STATE or not _between_states(facts, lang):
        return []
    lead = next((f for f in _opening(facts, LEAD_SENTENCES) if not f.hypothetical
                 and (_dated(f, reference) or f.resolved_places())), None)
    if lead is None:
        return []
    marked = [lead]
    if not lead.resolved_places():
        k = facts.index(lead)
        where = next((g for g in facts[k + 1:k + 1 + _PLACE_WITHIN]
                      if g.resolved_places() and not _dated(g, reference)
                      and not g.hypothetical), None)
        if where is not None:
            marked.append(where)
    for f in marked:
        f.forced_kind = "other"
        forget(f, "kind")  # (read again with the kind forced)
    return marked
