"""A report's low/best/high for each count, from the figures it states, and an incident's
from its reports' (the incident model's rule)."""

from __future__ import annotations

from dataclasses import replace

from .numbers import Count

__all__ = ["estimate", "merge_counts"]


_VAGUE_WORDS = frozenset({"dozens", "hundreds", "thousands"})


def estimate(counts: list[Count]) -> dict[str, int]:
    """A report's low/best/high for one count: the largest stated figure is the best
    ("up to n" only raises high); "at least" leaves high open. An increment ("three more")
    adds to the figure before it (see ``_add_increments``), and words such as "dozens" or
    "hundreds" give no figure. When figures
    are given for two or more sides, the total is the sum of each side's latest figure,
    unless a figure for no side is larger (see ``_by_sides``); groups listed under one
    verb add up (see ``_coordinated``)."""
    # "dozens", "hundreds" give no figure for a total; an increment adds to a toll before it
    counts = _add_increments([c for c in counts if c.text.lower() not in _VAGUE_WORDS])
    summed = _by_sides(counts)
    if summed is not None:
        return summed
    stated = _coordinated([c for c in counts if c.qualifier != "up_to"])
    up_to = [c.value for c in counts if c.qualifier == "up_to"]
    out: dict[str, int] = {}
    if stated:
        top = max(stated, key=lambda c: c.value)
        out["low"] = top.value
        out["best"] = top.value
        if top.qualifier != "at_least":
            out["high"] = max([top.value, *up_to])
        elif up_to and max(up_to) > top.value:
            out["high"] = max(up_to)
    elif up_to:
        out["high"] = max(up_to)
    return out


def _add_increments(counts: list[Count]) -> list[Count]:
    """The counts, each increment ("another three died", "two more bodies") added to the
    latest figure told before it for the same side (or for none): the toll it makes is a
    figure of its own, at the increment. An increment of a side with none of its own
    before, after another side's figure, is that side's first; one with no figure before
    it at all is no toll."""
    out: list[Count] = []
    for c in sorted(counts, key=lambda c: c.start):
        if c.qualifier != "increment":
            out.append(c)
            continue
        base = next((b for b in reversed(out) if b.side == c.side or not (b.side and c.side)),
                    None)
        if base is not None and base.qualifier != "up_to":
            out.append(replace(c, value=base.value + c.value, qualifier=base.qualifier,
                               side=c.side or base.side, joined=False))
        elif base is None and c.side and any(b.side for b in out):
            # "one more Tajik guard died" after the other side's toll: that side's first
            out.append(replace(c, qualifier="", joined=False))
    return out


def _coordinated(counts: list[Count]) -> list[Count]:
    """The counts, each run joined by "and" under one verb ("two soldiers and three
    civilians were killed") added up into one count at the run's first."""
    out: list[Count] = []
    for c in sorted(counts, key=lambda c: c.start):
        if c.joined and out and out[-1].end <= c.start:
            last = out[-1]
            qual = "at_least" if "at_least" in (last.qualifier, c.qualifier) else last.qualifier
            out[-1] = replace(last, value=last.value + c.value, qualifier=qual, end=c.end)
        else:
            out.append(c)
    return out


def _by_sides(counts: list[Count]) -> dict[str, int] | None:
    """The sum of each side's latest figure and, when a stated figure for no side is
    larger, that figure; None when fewer than two sides are given."""
    latest: dict[str, Count] = {}
    for c in sorted(counts, key=lambda c: c.start):
        if c.side and c.qualifier != "up_to":
            latest[c.side] = c
    if len(latest) < 2:
        return None
    total = sum(c.value for c in latest.values())
    open_low = any(c.qualifier == "at_least" for c in latest.values())
    unsided = [c for c in counts if not c.side and c.qualifier in ("", "at_least")]
    top = max(unsided, key=lambda c: c.value, default=None)
    if top is not None and top.value > total:
        total, open_low = top.value, top.qualifier == "at_least"
    return {"low": total, "best": total} if open_low else {"low": total, "best": total,
                                                             "high": total}


def merge_counts(reports: list[dict]) -> dict[str, dict[str, int]]:
    """The incident's low/best/high per count from its reports' claims (the incident
    model's rule: smallest low, largest best, largest high)."""
    out = {}
    for fld in ("fatalities", "injured", "detained", "displaced"):
        ests = [r["claims"][fld] for r in reports if fld in r.get("claims", {})]
        ests = [e for e in ests if "best" in e or "high" in e]
        if not ests:
            continue
        bests = [e.get("best", e.get("high")) for e in ests]
        lows = [e.get("low", e.get("best", e.get("high"))) for e in ests]
        highs = [e.get("high", e.get("best")) for e in ests]
        out[fld] = {"low": min(lows), "best": max(bests), "high": max(max(highs), max(bests))}
    return out
