"""Problems of incident files, the checker that collects them, and plain-value checks.

A :class:`Problem` is ``file:line: field: what is wrong — how to fix``; ``_Checker``
collects those of one file, finding the line of a field from the loader's bookkeeping.
"""

from __future__ import annotations

import calendar
import difflib
import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from .model import Estimate

if TYPE_CHECKING:
    from ..gazetteer.index import Gazetteer

_EARLIEST = date(1900, 1, 1)


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem: where (file, line), which field, and the message (what — how to fix)."""

    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field}: {self.message}"


def parse_date(value: Any) -> tuple[date | None, str]:
    """A calendar date from ``YYYY-MM-DD`` text: (date, "") or (None, what is wrong)."""
    if isinstance(value, date):
        return value, ""
    text = str(value).strip()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if not m:
        return None, f"{text!r} is not a date — write YYYY-MM-DD"
    y, mo, d = (int(g) for g in m.groups())
    try:
        day = date(y, mo, d)
    except ValueError as exc:
        return None, f"{text} is not a real date ({exc}) — check day and month"
    if day < _EARLIEST:
        return None, f"{text} is before 1900 — check the year"
    if day > date.today():
        return None, f"{text} is in the future — check the year"
    return day, ""


def _last_day(partial: str) -> date:
    parts = [int(p) for p in partial.split("-")]
    if len(parts) == 1:
        return date(parts[0], 12, 31)
    if len(parts) == 2:
        return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return date(*parts)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _strip(value: Any) -> Any:
    """A YAML value without the loader's line bookkeeping."""
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if k not in ("__line__", "__lines__")}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value


class _Checker:
    """Collects problems of one file; ``at`` gives the line of a field of a mapping."""

    def __init__(self, where: str, problems: list[Problem], gazetteer: Gazetteer | None,
                 undated_drafts: bool = False):
        self.where = where
        self.problems = problems
        self.gaz = gazetteer
        self.undated_drafts = undated_drafts  # drafts may leave out the date and the stops

    def add(self, rec: dict, key: str | None, field: str, message: str) -> None:
        lines = rec.get("__lines__", {}) if isinstance(rec, dict) else {}
        line = lines.get(key, rec.get("__line__", 0) if isinstance(rec, dict) else 0)
        self.problems.append(Problem(self.where, line, field, message))

    def unknown_fields(self, rec: dict, allowed: tuple[str, ...], prefix: str) -> None:
        for key in rec:
            if key in ("__line__", "__lines__") or key in allowed:
                continue
            close = difflib.get_close_matches(str(key), allowed, n=1, cutoff=0.6)
            hint = f"did you mean {close[0]!r}?" if close else f"allowed: {', '.join(allowed)}"
            self.add(rec, key, f"{prefix}{key}", f"unknown field — {hint}")

    def count(self, rec: dict, key: str, field: str, value: Any,
              extra_keys: tuple[str, ...] = ()) -> Estimate | None:
        """An integer or {low, best, high} mapping, checked; None when it has problems."""
        if isinstance(value, bool) or not isinstance(value, int | dict):
            self.add(rec, key, field, f"{value!r} is not a count — write a whole number or "
                     "{low: n, best: n, high: n}")
            return None
        if isinstance(value, int):
            if value < 0:
                self.add(rec, key, field, f"{value} is negative — counts are 0 or more")
                return None
            return Estimate(value, value, value)
        allowed = ("low", "best", "high", *extra_keys)
        self.unknown_fields(value, allowed, f"{field}.")
        nums: dict[str, int] = {}
        ok = True
        for part in ("low", "best", "high"):
            v = value.get(part)
            if v is None:
                continue
            if isinstance(v, bool) or not isinstance(v, int):
                self.add(value, part, f"{field}.{part}", f"{v!r} is not a whole number")
                ok = False
            elif v < 0:
                self.add(value, part, f"{field}.{part}", f"{v} is negative — counts are 0 or more")
                ok = False
            else:
                nums[part] = v
        if not nums and ok:
            self.add(value, None, field, "no figure — give low, best and/or high")
            return None
        order = [(p, nums[p]) for p in ("low", "best", "high") if p in nums]
        for (pa, a), (pb, b) in zip(order, order[1:], strict=False):
            if a > b:
                self.add(value, pb, field, f"{pa} {a} > {pb} {b} — low ≤ best ≤ high")
                ok = False
        return Estimate(nums.get("low"), nums.get("best"), nums.get("high")) if ok else None
