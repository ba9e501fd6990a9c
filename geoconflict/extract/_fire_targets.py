"""The side of victims told as the result of fire at a target of one side: "Tajik guards
opened fire in the direction of Kyrgyz border guards. As a result, three soldiers were
injured" (the soldiers are Kyrgyz), "Uzbek guards fired at Kyrgyz shepherds, wounding two
men". Only the killed and the injured with no side of their own, and only when the target
names one country."""

from __future__ import annotations

import re
from dataclasses import replace

from ._memo import lowered
from .toponyms import country_codes_in

__all__ = ["sides_from_fire_targets"]

# "opened (mortar) fire at/on/towards/in the direction of X", "fired at X", "shot at X"
_FIRE_AT = re.compile(
    r"\b(?:(?:opened|opening|open|returned|returning|directed)\s+(?:[\w-]+\s+){0,2}?fire"
    r"\s+(?:[\w-]+\s+){0,2}?|(?:fired|firing|shot|shooting)\s+)"
    r"(?:at|on|upon|towards?|in\s+the\s+direction\s+of)\s+(?P<target>[^.;,]{3,90})", re.I)
# the target ends at a clause: "… at Kyrgyz guards who were …", "… at the post when …"
_TARGET_END = re.compile(r"\b(?:who|which|that|when|while|after|before|because|from|"
                         r"wounding|injuring|killing|hitting|leaving)\b", re.I)
# the result told in the next sentence: "As a result, …", "Consequently, …"
_RESULT_OPENS = re.compile(r"^\W*(?:As\s+a\s+(?:result|consequence)(?:\s+of\s+(?:the\s+)?"
                           r"(?:fire|shooting|shelling|attack))?|Consequently)\b")
# the result told in a participle after the target: "…, wounding two men"
_PARTICIPLE = re.compile(r",\s*(?:\w+ly\s+)?(?:wounding|injuring|killing|hitting)\b", re.I)
_ROLES = ("killed", "injured")


def _target_side(text: str, start: int = 0) -> tuple[str, int] | None:
    """The one country of the last target of fire told in ``text`` from ``start``, and
    where the target's words end."""
    found = None
    # (every verb of fire holds "fir" or "sho": ASCII text without them is not scanned)
    if text.isascii() and "fir" not in (low := lowered(text)) and "sho" not in low:
        return None
    for m in _FIRE_AT.finditer(text, start):
        target = m.group("target")
        cut = _TARGET_END.search(target)
        target = target[:cut.start()] if cut else target
        cc = set(country_codes_in(target))
        found = (cc.pop(), m.start("target") + len(target)) if len(cc) == 1 else None
    return found


def sides_from_fire_targets(facts: list) -> None:
    """Give victims with no side the side of the fire's target (module doc), in a
    sentence whose participle tells what the fire did or in a sentence after it that
    opens with "As a result"."""
    prev = None
    for f in facts:
        base = f.sentence.start
        here = _target_side(f.text)
        if here and any(c.role in _ROLES and not c.side for c in f.counts):
            side, end = here
            p = _PARTICIPLE.search(f.text, end)
            if p:
                f.counts = [replace(c, side=side) if c.role in _ROLES and not c.side
                            and c.start - base >= p.start() else c for c in f.counts]
        if prev and _RESULT_OPENS.match(f.text):
            f.counts = [replace(c, side=prev[0]) if c.role in _ROLES and not c.side else c
                        for c in f.counts]
        prev = here
