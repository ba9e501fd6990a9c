"""Another name in brackets: "the Kempir-Abad (or Andijan, as the Uzbek side calls it)
reservoir", "X (Y) reservoir". A name in brackets between a place's name and the word of
its kind, when it can name that same place (as its name, an alias or the base of one:
"Andijan" of "Andijan Reservoir"), is read as that place, not as the other place of that
name (the city)."""

from __future__ import annotations

import re

from ._text import Document
from ._toponym_base import Mention, kind_of
from ._toponym_matcher import ToponymMatcher

__all__ = ["names_in_brackets"]

_OPEN = re.compile(r"\s*\(\s*(?:(?:or|also|aka|a\.k\.a\.|known\s+as|also\s+known\s+as|"
                   r"called)\s+)?")
_CLOSE = re.compile(r"[^()]{0,60}\)\s*(?P<kind>\w+)")


def names_in_brackets(doc: Document, m: ToponymMatcher, mentions: list[Mention]) -> None:
    """Set each bracketed other name of a place to that place."""
    text = doc.text
    for a, b in zip(mentions, mentions[1:], strict=False):
        if a.place is None or b.place is None or a.sentence != b.sentence or \
                b.place is a.place:
            continue
        close = _CLOSE.match(text, b.end)
        if close is None or a.place.kind not in kind_of(close.group("kind")) or \
                not _OPEN.fullmatch(text, a.end, b.start):
            continue
        if any(m.gaz.places[i] is a.place for i in m.ids_of_key(b.key)):
            b.place = a.place
            b.reason = f"another name of {a.text} in brackets after it"
