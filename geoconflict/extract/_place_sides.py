"""The side of victims told by where they live: "five Sokh residents were wounded", "two
residents of the village of Vorukh were hurt", "a resident of Aravan was killed": the
country of that place (an exclave's own country: Sokh's residents are Uzbekistan's)."""

from __future__ import annotations

import re
from dataclasses import replace

from .numbers import Count

__all__ = ["sides_from_homes"]

_PEOPLE = (r"(?:residents?|villagers?|inhabitants?|locals|people|citizens|farmers?|herders?|"
           r"shepherds?|men|women|youths?|children|schoolchildren|pupils|dwellers)")
# "five Sokh residents": the place between the number and the noun
_BEFORE_NOUN = re.compile(r"\s+" + _PEOPLE + r"\b", re.I)
# "two residents of (the village of) Vorukh", "a resident of Aravan"
_OF_PLACE = re.compile(r"(?:\s+(?:[\w-]+\s+)?|^(?:an?\s+)?)" + _PEOPLE +
                       r"\s+(?:of|from)\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:village|town|city|"
                       r"exclave|enclave|district|jamoat|settlement)\s+of\s+)?$", re.I)
_ROLES = ("killed", "injured", "hospitalized", "detained", "evacuated", "displaced")


def sides_from_homes(text: str, counts: list[Count], places: list) -> list[Count]:
    """Counts of victims with no side, given the side of the place they live in, when the
    text ties them to one resolved place as above."""
    if not places or all(c.side or c.role not in _ROLES for c in counts):
        return counts
    return [_with_home(text, c, places) if not c.side and c.role in _ROLES else c
            for c in counts]


def _with_home(text: str, c: Count, places: list) -> Count:
    for m in places:
        if m.place is None or not m.place.country:
            continue
        if m.start >= c.end and m.start - c.end <= 3 and not text[c.end:m.start].strip() \
                and _BEFORE_NOUN.match(text, m.end):
            return replace(c, side=m.place.country)
        if c.end <= m.start <= c.end + 60 and _OF_PLACE.search(text[c.end:m.start]):
            return replace(c, side=m.place.country)
        if c.start <= m.start < c.end and _OF_PLACE.search(text[c.start:m.start]):
            return replace(c, side=m.place.country)  # "a resident of Aravan was killed"
    return c
