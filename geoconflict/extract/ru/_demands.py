"""What a Russian sentence says is demanded («требуют открыть КПП», «требуют, чтобы …»): a
cue in the demand tells no event of the sentence; one before it, or in a clause after it
that tells what happened («…, кто 3 мая обстрелял …»), does."""

from __future__ import annotations

import re

from .events import first_kind_cue

__all__ = ["before_demand"]

# (a noun is no infinitive: «требуют от власти наказать» — not «власти», «области»)
_DEMAND = re.compile(r"(?<!\w)(?:требу(?:ют|ет|я)|требовал[аи]?|потребовал[аи]?)\s*,?\s+"
                     r"(?:(?:от\s+)?[\w-]+\s+){0,3}?(?:чтобы|(?!(?:власти|части|области|пути|"
                     r"сети|мести|страсти|чести)(?!\w))[а-яё]+(?:ть|ти|чь)(?:ся)?(?!\w))", re.I)
# what is demanded runs to the next clause: «…, кто 3 мая обстрелял …» is what happened
_DEMAND_END = re.compile(r",\s*(?:кто|который|которая|которые|которого|которых|после\s+того)\b",
                         re.I)


def before_demand(text: str, kind: str) -> str | None:
    """The sentence's kind, or None when its first cue is in what it says is demanded
    («Жители перекрыли дорогу, требуя открыть КПП» stays a protest)."""
    m = _DEMAND.search(text)
    cue = first_kind_cue(text) if m is not None else None
    if cue is None or cue.start() < m.start():
        return kind
    end = _DEMAND_END.search(text, m.end())
    return kind if end is not None and cue.start() > end.start() else None
