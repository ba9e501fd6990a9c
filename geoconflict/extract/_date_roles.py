"""What a date is to its sentence: its role (event, anniversary, born …) and part of day."""

from __future__ import annotations

import re

__all__ = ["role", "part_before"]


def role(text: str, a: int, b: int) -> str:
    """``event`` unless the words around ``text[a:b]`` show the date is not when something
    happened."""
    before = text[max(0, a - 30):a].lower()
    after = text[b:b + 40].lower()
    if re.match(r"\s*(?:'s\s+|’s\s+)?anniversary", after):
        return "anniversary"
    if re.search(r"\b(?:born|founded|established|created)\s+(?:on\s+|in\s+)?(?:the\s+)?$",
                 before):
        return "born"
    if re.search(r"\b(?:since|until|till|before|by)\s+(?:the\s+)?$", before):
        if re.match(r"[^.;]{0,40}?\b(?:when|as)\b", after):
            return "event"
        return "since"
    if re.match(r"\s*(?:-|–)?\s*year-old", after):
        return "born"
    return "event"


def part_before(text: str, a: int) -> str:
    """The part of day named just before a date ("the night of April 29")."""
    m = re.search(r"\b(night|morning|evening|afternoon|dawn)\s+(?:of|on)\s+(?:the\s+)?$",
                  text[max(0, a - 40):a].lower())
    return m.group(1) if m else ""
