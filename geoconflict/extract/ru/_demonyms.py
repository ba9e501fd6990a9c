"""People counted by a demonym of a place the text names («двое аксайцев ранены»,
«трое воруховцев задержаны», «исфаринцы»): their side is that place's country."""

from __future__ import annotations

import re
from dataclasses import replace

from .._literal_cues import Cued

__all__ = ["demonym_sides"]

# the counted noun right after a count, a demonym: stem + («ов», «ин»)? + «цы»/«чане» …
_DEMONYM = Cued(re.compile(r"\s+(?:[\w-]+\s+)?(?P<stem>[а-яё]{3,}?)(?:ов|ев|ин)?"
                           r"(?:цы|цев|цам|цами|цах|ца|цу|ец|чане|чан|чанам|чанами|чанин\w*)(?!\w)",
                           re.I))


def _norm(name: str) -> str:
    return name.lower().replace("ё", "е").replace("-", "").replace(" ", "")


def _homes(facts: list) -> dict[str, str]:
    """The names (folded) of the undisputed places the text names → their country."""
    out: dict[str, str] = {}
    for f in facts:
        for m in f.places:
            p = m.place
            if p is None or not p.country or p.claimed_by:
                continue
            for name in (p.name, *p.aliases):
                if re.search(r"[а-яё]", name, re.I):
                    out.setdefault(_norm(name), p.country)
    return out


def _country(stem: str, homes: dict[str, str]) -> str:
    stem = _norm(stem)
    found = {cc for name, cc in homes.items()
             if name == stem or (name.startswith(stem) and len(name) - len(stem) <= 1)}
    return found.pop() if len(found) == 1 else ""


def demonym_sides(facts: list) -> None:
    """Give each count of people with a role and no side, whose noun is a demonym of a
    place the text names, that place's country."""
    homes: dict[str, str] | None = None
    for f in facts:
        if not any(c.role and not c.side for c in f.counts):
            continue
        base = f.sentence.start
        for k, c in enumerate(f.counts):
            if not c.role or c.side:
                continue
            m = _DEMONYM.match(f.text, c.end - base)
            if m is None:
                continue
            if homes is None:
                homes = _homes(facts)
            cc = _country(m.group("stem"), homes)
            if cc:
                f.counts[k] = replace(c, side=cc)
