"""Local times of day: clock times ("at 2.30 in the morning", "at 03:23", "at about 5.00 AM")
and parts of the day ("at dawn", "at night"), and which stop of an incident each belongs to.

A clock time becomes a stop's ``time`` (HH:MM, 24 h) with a ``time_note`` ("local time",
"local time, approximate"); a part of the day is no clock time and only fills
``time_note``. A time belongs to the place its sentence names nearest to it, or, in a
sentence that gives the incident's date but names none of its places, to the incident's
primary stop.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ._literal_cues import Cued

__all__ = ["TimeMention", "StopTime", "find_times", "stop_times", "keep_in_order",
           "apply_times"]

_APPROX = r"(?:about|around|approximately|approx\.|roughly|circa|some|nearly|almost|" \
          r"shortly\s+(?:before|after))"
_AMPM = r"(?P<ampm>[ap])\.?\s?m\b\.?"
_PARTS = r"in\s+the\s+(?:morning|afternoon|evening)|at\s+night"
_PART = rf"(?P<part>{_PARTS})"
_ZONE = r"(?P<zone>local\s+time|(?:Moscow|Bishkek|Dushanbe|Tashkent)\s+time|GMT|UTC)"
_CLOCK = re.compile(
    rf"\b(?P<lead>(?:at|from|after|before)\s+)?(?:(?P<approx>{_APPROX})\s+)?"
    r"(?<![\d.:])(?P<h>[01]?\d|2[0-3])(?:(?P<sep>[.:])(?P<m>[0-5]\d))?(?![\d]|[.:]\d)"
    rf"(?:\s*{_AMPM}|\s*o['’]clock|(?=\s+(?:{_PARTS})))?"
    rf"(?:\s+{_PART})?(?:\s*\(?\s*{_ZONE}\)?)?", re.I)
_VAGUE = re.compile(  # the look-ahead: the first letters of the phrases (a fast skip)
    r"\b(?=[ilaoet])(?:in\s+the\s+(?:dead|middle)\s+of\s+(?:the\s+)?night|late\s+at\s+night|at\s+night|"
    r"overnight|at\s+(?:dawn|daybreak|first\s+light|sunrise|dusk|sunset|midnight|noon)|"
    r"in\s+the\s+early\s+hours|early\s+in\s+the\s+morning|in\s+the\s+early\s+morning|"
    r"(?:on\s+)?the\s+night\s+of)\b", re.I)
#: a word every phrase of ``_VAGUE`` holds (lower case: no letter but ``_FOLDS_ASCII``'s
#: lowers or folds to an ASCII one another way)
_VAGUE_WORDS = ("night", "dawn", "daybreak", "light", "sunrise", "dusk", "sunset", "noon",
                "hours", "morning")
_FOLDS_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")  # İ ı ſ K (Kelvin)
_UNITS = re.compile(r"\s*(?:km|kilomet|met|mile|million|billion|thousand|per\s*cent|percent|%|"
                    r"years?\b|hours?\b|days?\b|people|soldiers|guards)", re.I)
_DIGIT = re.compile(r"\d")
_NOT_BEFORE = re.compile(r"\b(?:until|till|since|by)\s+$", re.I)


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A time of day in the text: ``time`` is HH:MM (local) or "" for a part of the day."""

    start: int
    end: int
    text: str
    time: str
    note: str


@dataclass(frozen=True, slots=True)
class StopTime:
    """A time attached to a stop (place id), from one article."""

    place: str
    mention: TimeMention
    doc: object  # the article's Document
    part: int    # index of the article's part in the incident


def _clock(m: re.Match) -> tuple[str, str] | None:
    """(HH:MM, note) of a clock-time match, or None when it is no time of day."""
    h, mins, sep = int(m["h"]), m["m"], m["sep"]
    ampm, part, zone = (m["ampm"] or "").lower(), (m["part"] or "").lower(), m["zone"] or ""
    oclock = "clock" in m.group(0).lower()
    if not (ampm or part or oclock or (sep == ":" and mins) or (m["lead"] and mins)):
        return None  # a bare number ("2.30", "at 5") is no time
    if sep == "." and not (ampm or part or oclock or m["lead"]):
        return None
    if (ampm or part) and h > 12:
        return None
    if ampm == "p" or (part in ("in the afternoon", "in the evening") or
                       (part == "at night" and h >= 6)):
        h = h % 12 + 12
    elif ampm == "a" or part == "in the morning" or part == "at night":
        h = h % 12
    note = "local time"
    if zone and not zone.lower().startswith("local"):
        return "", f"{h:02d}:{mins or '00'} {zone} as reported (not converted to local time)"
    if m["approx"]:
        word = m["approx"].lower().split()
        note += ", approximate" if word[0] != "shortly" else f", shortly {word[-1]}"
    elif (m["lead"] or "").strip().lower() in ("after", "before"):
        note += f", {m['lead'].strip().lower()}"
    return f"{h:02d}:{mins or '00'}", note


def find_times(text: str, start: int = 0, end: int | None = None) -> list[TimeMention]:
    """Clock times and parts of the day in ``text[start:end]``, in text order."""
    end = len(text) if end is None else end
    out: list[TimeMention] = []
    taken: list[tuple[int, int]] = []
    # a clock time has a digit: a span without one is not scanned for them
    clocks = _CLOCK.finditer(text, start, end) if _DIGIT.search(text, start, end) else ()
    for m in clocks:
        if _UNITS.match(text, m.end()) or _NOT_BEFORE.search(text, max(0, m.start() - 8),
                                                              m.start()):
            continue
        found = _clock(m)
        if found is None:
            continue
        a = m.start("approx") if m["approx"] else m.start("h")
        out.append(TimeMention(a, m.end(), text[a:m.end()], *found))
        taken.append((a, m.end()))
    # a part of the day names one of a few words: a span without one is not scanned
    seg = text[start:end]
    vague = (_VAGUE.finditer(text, start, end) if not seg.isascii() and _FOLDS_ASCII.search(seg)
             or any(map(seg.lower().__contains__, _VAGUE_WORDS)) else ())
    for m in vague:
        if any(a <= m.start() < b for a, b in taken):
            continue
        phrase = " ".join(m.group(0).lower().split())
        if phrase.endswith(("midnight", "noon")):
            out.append(TimeMention(m.start(), m.end(), m.group(0),
                                   "00:00" if phrase.endswith("midnight") else "12:00",
                                   "local time"))
        else:
            note = "at night" if "night of" in phrase else phrase
            out.append(TimeMention(m.start(), m.end(), m.group(0), "", note))
    return sorted(out, key=lambda t: t.start)


# A place noun with no name between a named place and a time: the time is that other
# place's ("… passing Osh, they attacked a border post at 5 AM").
_UNNAMED_PLACE = Cued(re.compile(r"\b(?:border\s+)?(?:post|outpost|checkpoint|village|town|camp|"
                                 r"base|barracks|prison)s?\b", re.I))


def _candidates(inc, stop_ids: set[str], primary: str | None) -> list[StopTime]:
    """Every time an incident's sentences give, with its stop ("" when the sentence names
    the incident's places or date but the time belongs to none of its stops), in article
    and sentence order."""
    out: list[StopTime] = []
    for n, part in enumerate(inc.parts):
        doc = part.doc
        for f in part.facts:
            s = f.sentence
            places = [p for p in f.resolved_places() if p.place.kind != "capital"]
            dated = any(s.start <= a.start < s.end for a in part.anchors)
            if not (places or dated):
                continue
            for t in find_times(doc.text, s.start, s.end):
                pid = _place_of(doc.text, t, places) if places else (primary or "")
                out.append(StopTime(pid if pid in stop_ids else "", t, doc, n))
    return out


def _place_of(text: str, t: TimeMention, places: list) -> str:
    """The place id a time belongs to: the nearest place of the sentence with no unnamed
    place noun between them; "" when there is none."""
    for p in sorted(places, key=lambda p: abs(p.start - t.start)):
        if p.start < t.start and not _unnamed_between(text, p.end, t.start, after_name=True):
            return p.place.id
        if p.start > t.start and not _unnamed_between(text, t.end, p.start, after_name=False):
            return p.place.id
    return ""


def _unnamed_between(text: str, a: int, b: int, after_name: bool) -> bool:
    """Whether ``text[a:b]`` holds a place noun other than the named place's own ("Lakkon
    border post", "the village of Ak-Sai")."""
    for m in _UNNAMED_PLACE.finditer(text, a, b):
        if after_name and not text[a:m.start()].strip():
            continue
        if not after_name and re.fullmatch(r"\s*(?:of\s+)?(?:the\s+)?", text[m.end():b]):
            continue
        return True
    return False


def stop_times(inc, stop_ids: list[str], primary: str | None) -> dict[str, list[StopTime]]:
    """The times each stop is given, best first: a clock time before a part of the day,
    the first article's before a later one's."""
    found: dict[str, list[StopTime]] = {}
    for c in _candidates(inc, set(stop_ids), primary):
        found.setdefault(c.place, []).append(c)  # "" gathers the times of no stop
    for items in found.values():
        items.sort(key=lambda c: (not c.mention.time, c.part))
    return found


def keep_in_order(timed: list[tuple[int, str]], one_day: bool) -> tuple[list[int], set[int]]:
    """Stops listed in the order they happened, given (position, HH:MM) of the timed ones.

    On a one-day incident the timed stops are put in time order (returns the new order of
    positions); over several days the day of each time is unknown, so a time earlier
    than the one before it is dropped (returns those positions)."""
    positions = [p for p, _ in timed]
    if one_day:
        ordered = [p for p, _ in sorted(timed, key=lambda pt: pt[1])]
        return ordered, set()
    dropped, last = set(), ""
    for p, t in timed:
        if t < last:
            dropped.add(p)
        else:
            last = t
    return positions, dropped


def apply_times(inc, stops: list[dict], window, ev: Callable[..., dict]
                ) -> tuple[list[dict], dict[int, list[dict]]]:
    """Stops (draft dicts) with the local time their sentences give: ``time``,
    ``time_note`` and ``time_evidence`` (``ev(doc, start, end)``), kept in the order they
    happened; and each article's times as report claims (part index → list)."""
    primary = next((s["place"] for s in stops if s.get("primary")), None)
    found = stop_times(inc, [s["place"] for s in stops], primary)
    claims: dict[int, list[dict]] = {}
    for pid, items in found.items():
        for c in items:
            t = c.mention
            claim = {**({"place": pid} if pid else {}), **({"time": t.time} if t.time else {}),
                     "note": t.note}
            told = claims.setdefault(c.part, [])
            if any((x.get("place"), x.get("time"), x["note"]) ==
                   (pid or None, t.time or None, t.note) for x in told):
                continue  # the same time told twice by one article
            claim["evidence"] = ev(c.doc, t.start, t.end)
            told.append(claim)
    for s in stops:
        if s["place"] in found:  # never "": a stop has a place id
            _set_time(s, found[s["place"]], ev)
    return _time_order(stops, window), claims


def _set_time(stop: dict, items: list[StopTime], ev: Callable[..., dict]) -> None:
    best = items[0]
    t = best.mention
    note = t.note
    others = sorted({c.mention.time for c in items
                     if c.part != best.part and c.mention.time and c.mention.time != t.time})
    if others:
        note += "; another report: " + ", ".join(others)
    if t.time:
        stop["time"] = t.time
    stop["time_note"] = note
    stop["time_evidence"] = ev(best.doc, t.start, t.end)


def _time_order(stops: list[dict], window) -> list[dict]:
    """Timed stops in time order on a one-day incident; over several days a time earlier
    than the stop's before is moved to ``time_note`` (its day is not known)."""
    timed = [(i, s["time"]) for i, s in enumerate(stops) if s.get("time")]
    one_day = window is None or window.start == window.end
    order, dropped = keep_in_order(timed, one_day)
    for i in dropped:
        s = stops[i]
        s["time_note"] = f"{s.pop('time')} {s['time_note']} (day within the incident not known)"
    out = list(stops)
    for slot, src in zip([i for i, _ in timed], order, strict=True):
        out[slot] = stops[src]
    return out
