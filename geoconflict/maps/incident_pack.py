"""The incidents of a map as packed columns (what ``assets/gc-marks.js`` draws and pops up).

One column per field, one entry per incident (big circles first); strings that repeat
go through one :class:`~geoconflict.maps.compact.StringTable`. Figures travel with the
label a reader sees ("13", "at least 200", "13–31"), made here by :func:`figure_label`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from .compact import StringTable, delta_run
from .records import MapIncident, date_label

__all__ = ["pack_incidents", "figure_label", "claim_text", "open_ended", "EPOCH"]

EPOCH = date(1970, 1, 1)


def figure_label(v: Sequence[Any] | None, open_high: bool = False) -> str:
    """How a count is shown: exact, a range, or a lower/upper bound, as the data says it.

    >>> figure_label([13, 13, 13]), figure_label([200, 200, 200], open_high=True)
    ('13', 'at least 200')
    >>> figure_label([13, 31, 31]), figure_label([36, 40, 55]), figure_label([None, 5, 9])
    ('13–31', '36–55 (best estimate 40)', 'up to 9 (best estimate 5)')
    >>> figure_label(None), figure_label([None, None, None])
    ('unknown', 'unknown')
    """
    if not v:
        return "unknown"
    low, best, high = v[0], v[1], v[2]
    if open_high or (high is None and (low is not None or best is not None)):
        floor = low if low is not None else best
        more = f" (best estimate {best})" if best is not None and best != floor else ""
        return f"at least {floor}{more}"
    if low is None and best is None:
        return "unknown" if high is None else f"up to {high}"
    if low is None:
        return f"up to {high}" + ("" if best in (None, high) else f" (best estimate {best})")
    if low == high:
        return str(low)
    best_note = "" if best in (low, high) else f" (best estimate {best})"
    return f"{low}–{high}{best_note}"


def open_ended(reports: Sequence[Mapping[str, Any]], key: str) -> bool:
    """True when every report that gives ``key`` gives it as a lower bound only ("at least n").

    >>> open_ended([{"claims": {"fatalities": {"low": 200}}}], "fatalities")
    True
    >>> open_ended([{"claims": {"fatalities": {"low": 200}}}, {"claims": {"fatalities": 250}}],
    ...            "fatalities")
    False
    """
    seen = False
    for rep in reports:
        claim = (rep.get("claims") or {}).get(key)
        if claim is None:
            continue
        if not isinstance(claim, Mapping) or claim.get("high") is not None:
            return False
        if claim.get("low") is None and claim.get("best") is None:
            continue
        seen = True
    return seen


def _stops(inc: MapIncident, tab: StringTable) -> Any:
    stops = inc.props.get("stops") or []
    if len(stops) < 2:
        return 0
    x0, y0 = round(inc.lon * 100_000), round(inc.lat * 100_000)
    route = inc.props.get("route")
    route = True if route is None else bool(route)     # the contract before "route" existed
    return [1 if route else 0, delta_run([[s["lon"], s["lat"]] for s in stops], (x0, y0)),
            [tab.index(s.get("name") or s.get("place") or "") for s in stops],
            [tab.index(s.get("time")) for s in stops],
            [tab.index(s.get("role")) for s in stops]]


def claim_text(value: Any) -> str:
    """A report's claim as the popup shows it; counts through :func:`figure_label`.

    >>> claim_text(13), claim_text({"low": 200, "note": "hundreds"})
    ('13', 'at least 200')
    >>> claim_text({"low": 2, "high": 4})
    '2–4'

    >>> claim_text({"KG": 59, "TJ": 41}), claim_text(["a", "b"]), claim_text(None)
    ('KG: 59, TJ: 41', 'a, b', '?')
    """
    if type(value) is int:                   # the common case, first
        return str(value)
    if value is None:
        return "?"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Mapping):
        if any(k in value for k in ("low", "best", "high")):
            low, best, high = value.get("low"), value.get("best"), value.get("high")
            best = best if best is not None else (low if low is not None else high)
            return figure_label([low if low is not None else best, best, high],
                                open_high=high is None and low is not None)
        return ", ".join(f"{k}: {claim_text(v)}" for k, v in value.items())
    if isinstance(value, list | tuple):
        return ", ".join(claim_text(v) for v in value)
    if hasattr(value, "item") and not isinstance(value, str):
        return str(value.item())
    return str(value)


def _report(rep: Mapping[str, Any], tab: StringTable, seen: dict) -> list:
    """``[outlet, title, date, url, [[claim key, claim text], …]]``; ``seen`` caches the
    packed claims of reports that claim the same (most reports of a big export)."""
    d = rep.get("date")
    claims = rep.get("claims") or {}
    try:
        key = tuple(claims.items())
        packed = seen.get(key)
    except TypeError:                       # a claim holds a list or mapping
        key, packed = None, None
    if packed is None:
        packed = [[tab.index(k), tab.index(claim_text(v))] for k, v in claims.items()]
        if key is not None:
            seen[key] = packed
    return [tab.index(rep.get("outlet")), str(rep.get("title") or ""),
            d.isoformat() if isinstance(d, date) else str(d or ""), str(rep.get("url") or ""),
            packed]


_COLUMNS = ("id", "t", "dl", "d0", "dd", "et", "st", "a", "fb", "fl", "il", "sg", "ss", "dk",
            "r", "s", "v", "nt")


class _Packer:
    """Packs one incident after another into columns; what repeats (date labels, reports,
    figures) is packed once. A cached value's strings were indexed when it was first
    packed, so the string table comes out as if every value were packed afresh."""

    def __init__(self, notes: bool) -> None:
        self.tab = StringTable()
        self.cols: dict[str, list] = {k: [] for k in _COLUMNS}
        self.appends = tuple(self.cols[k].append for k in _COLUMNS)
        self.notes = notes
        self.prev_day = 0
        self.claims: dict = {}      # claims -> packed claims (see _report)
        self.reports: dict = {}     # id of a report dict -> packed report
        self.labels: dict = {}      # (start, end, precision) -> dl
        self.figures: dict = {}     # (low, best, high, open), integers -> label index
        # id of a list that incidents may share (a table's records do) -> what it gives
        self.claimed: dict = {}     # id of a reports list -> the reports with claims
        self.packed: dict = {}      # id of a reports list -> their packed reports
        self.actors: dict = {}      # id of an actors list -> their indexes

    def date_label(self, start: date, end: date, precision: Any) -> int:
        key = (start, end, precision)
        dl = self.labels.get(key)
        if dl is None:
            label = date_label(start, end, precision)
            plain = start.isoformat() if start == end else \
                f"{start.isoformat()} – {end.isoformat()}"
            dl = self.labels[key] = -1 if label == plain else self.tab.index(label)
        return dl                                      # -1: the runtime writes it

    def figure(self, v: list | None, claimed: list, key: str) -> int:
        """Label index of a figure; ``claimed``: the reports with claims."""
        is_open = open_ended(claimed, key) if claimed else False
        if not (v and type(v[0]) is int and type(v[1]) is int and type(v[2]) is int):
            return self.tab.index(figure_label(v, is_open))   # also: 1.0 is not shown as 1
        k = (v[0], v[1], v[2], is_open)
        n = self.figures.get(k)
        if n is None:
            n = self.figures[k] = self.tab.index(figure_label(v, is_open))
        return n

    def report(self, rep: Mapping[str, Any]) -> list:
        packed = self.reports.get(id(rep))
        if packed is None:
            packed = self.reports[id(rep)] = _report(rep, self.tab, self.claims)
        return packed

    def add(self, inc: MapIncident) -> None:
        (id_, t, dl, d0_, dd, et, st, a, fb, fl, il, sg, ss, dk, r, s, v, nt) = self.appends
        index, get = self.tab.index, inc.props.get
        reports = get("reports") or []
        claimed = self.claimed.get(id(reports))
        if claimed is None:
            claimed = self.claimed[id(reports)] = [x for x in reports if x.get("claims")]
        start, end = inc.start, inc.end
        d0 = (start - EPOCH).days
        id_(inc.id)
        t(str(get("title")))
        prec = get("date_precision")
        label = self.labels.get((start, end, prec))
        dl(self.date_label(start, end, prec) if label is None else label)
        d0_(d0 - self.prev_day)
        self.prev_day = d0
        dd((end - start).days)
        et(index(str(get("event_type") or "Unknown")))
        st(index(get("sub_event_type")))
        actors = get("actors") or ()
        packed = self.actors.get(id(actors))
        if packed is None:
            packed = self.actors[id(actors)] = [index(x) for x in actors]
        a(packed)
        f = inc.fatalities
        fb(f[1] if f and f[1] is not None else None)
        fl(self.figure(f, claimed, "fatalities"))
        il(self.figure(inc.injured, claimed, "injured") if inc.injured else -1)
        sg(index(get("border_segment")))
        ss(index(get("segment_status")))
        dk([index(k) for k in inc.differ] if inc.differ else 0)
        packed = self.packed.get(id(reports))
        if packed is None:
            packed = self.packed[id(reports)] = [self.report(x) for x in reports]
        r(packed)
        s(_stops(inc, self.tab) if get("stops") else 0)
        v(index(get("verification")))
        nt(str(get("notes") or "") if self.notes else "")


def pack_incidents(incidents: Sequence[MapIncident], *, notes: bool = True) -> dict:
    """Columns of the incidents, in the order given (the caller puts big circles first)."""
    packer = _Packer(notes)
    for inc in incidents:
        packer.add(inc)
    cols = packer.cols
    cols["x"] = _steps([inc.lon for inc in incidents])
    cols["y"] = _steps([inc.lat for inc in incidents])
    if not any(cols["nt"]):
        del cols["nt"]
    return {"n": len(incidents), "S": packer.tab.strings, **cols}


def _steps(degrees: list[float]) -> list[int]:
    """Coordinates in 1e-5 degree, each as the difference to the one before: numpy's rint
    rounds as Python's round() does (half to even)."""
    import numpy as np

    units = np.rint(np.asarray(degrees, dtype="float64") * 100_000).astype("int64")
    return np.diff(units, prepend=0).tolist()
