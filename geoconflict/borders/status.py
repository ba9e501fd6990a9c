"""A border segment's status on a date, from its status history: one rule for every caller.

A period holds from its ``from`` day (open start when missing) up to, not including, its
``to`` day (open end when missing). Where periods overlap, the one that started latest wins
(of two that start the same day, the later in the history). No period: no status (None).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np

from ._dates import day as _day

__all__ = ["STATUSES", "status_on", "StatusTable"]

STATUSES = ("disputed", "undelimited", "delimited", "demarcated", "former")
_MIN, _MAX = np.datetime64("0001-01-01", "D"), np.datetime64("9999-12-31", "D")


def _bounds(period: Mapping[str, Any]) -> tuple[np.datetime64, np.datetime64]:
    start = _day(period["from"]) if period.get("from") else _MIN
    end = _day(period["to"]) if period.get("to") else _MAX
    return start, end


def status_on(history: Iterable[Mapping[str, Any]] | None, at) -> str | None:
    """The status of one segment on day ``at`` (a date or ISO string), or None.

    >>> h = [{"status": "disputed", "from": "1991-08-31", "to": None},
    ...      {"status": "delimited", "from": "2025-03-31", "to": None}]
    >>> status_on(h, "2021-04-29"), status_on(h, "2026-01-01"), status_on(h, "1990-01-01")
    ('disputed', 'delimited', None)
    """
    d = _day(at)
    best: tuple[np.datetime64, str] | None = None
    for period in history or ():
        start, end = _bounds(period)
        if start <= d < end and (best is None or start >= best[0]):
            best = (start, str(period.get("status", "unknown")))
    return best[1] if best else None


class StatusTable:
    """Every segment's history cut into disjoint spans, for a vectorised :meth:`lookup`.

    The spans are the intervals between consecutive period boundaries of a segment, each
    with the status :func:`status_on` gives inside it, so one sorted search answers a row.
    """

    def __init__(self, histories: Sequence[Iterable[Mapping[str, Any]]]):
        seg, start, end, status = [], [], [], []
        for i, hist in enumerate(histories):
            hist = list(hist)
            cuts = sorted({b for p in hist for b in _bounds(p)})
            for lo, hi in zip(cuts[:-1], cuts[1:], strict=True):
                s = status_on(hist, lo)
                if s is not None:
                    seg.append(i), start.append(lo), end.append(hi), status.append(s)
        self._seg = np.asarray(seg, dtype=np.int64)
        starts = np.asarray(start, dtype="datetime64[D]").astype(np.int64)
        self._end = np.asarray(end, dtype="datetime64[D]").astype(np.int64)
        self._key = self._seg * (1 << 32) + (starts + (1 << 31))
        self._status = np.asarray(status, dtype=object)

    def lookup(self, seg_idx: np.ndarray, days: np.ndarray) -> np.ndarray:
        """Status of segment ``seg_idx[i]`` on ``days[i]`` for every row (None: no period)."""
        if not len(self._key):
            return np.full(len(seg_idx), None, dtype=object)
        d = days.astype("datetime64[D]").astype(np.int64)
        q = seg_idx.astype(np.int64) * (1 << 32) + (d + (1 << 31))
        j = np.searchsorted(self._key, q, side="right") - 1
        jj = np.clip(j, 0, len(self._key) - 1)
        ok = (j >= 0) & (self._seg[jj] == seg_idx) & (d < self._end[jj])
        return np.where(ok, self._status[jj], None)
