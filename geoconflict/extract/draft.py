"""Incident drafts as YAML-ready dicts in the incident file schema.

Every incident is marked ``draft: true``; every extracted value carries its evidence
(``sentence``, ``start``, ``end``, ``file``, ``line``). Stops get their local times from
``times.apply_times`` (fields ``time``, ``time_note``). ``strict=True`` moves everything
the incident schema does not define (``draft``, evidence, unresolved places) under
``extra`` so that the incident loader accepts the file as it is.
"""

from __future__ import annotations

import re
from typing import Any

from .._io import yaml_text
from ..region import COUNTRY_NAMES
from ._estimates import estimate, merge_counts
from ._undated import nil_toll
from .actors import ActorMention
from .grouping import ArticleIncident, DraftIncident
from .lang import finders_for
from .numbers import Count
from .stops import incident_stops
from .times import apply_times

__all__ = ["incident_dict", "drafts_to_dicts", "dump_yaml", "INCIDENT_FIELDS", "STOP_FIELDS"]

#: Fields of the incident schema (geoconflict.incidents), in the order they are written.
INCIDENT_FIELDS = ("id", "title", "date_start", "date_end", "date_precision", "event_type",
                   "sub_event_type", "actors", "locations", "geo_precision", "fatalities",
                   "injured", "detained", "displaced", "reports", "verification",
                   "civilian_targeting", "tags", "notes", "extra")
STOP_FIELDS = ("place", "lat", "lon", "name", "relation", "role", "date", "time", "time_note",
               "precision_m", "source", "country", "admin1", "admin2", "primary", "note")
REPORT_FIELDS = ("id", "outlet", "title", "date", "url", "claims", "note")
ACTOR_FIELDS = ("name", "role", "inter")
# Our roles → the incident schema's count fields (evacuations are displacement).
_COUNT_FIELD = {"killed": "fatalities", "injured": "injured", "detained": "detained",
                "displaced": "displaced", "evacuated": "displaced"}
def _ev(doc, start: int, end: int) -> dict:
    """The evidence of the span ``start:end`` of ``doc``, as a draft writes it."""
    return doc.evidence_dict(start, end)


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def _slug(text: str) -> str:
    return _NOT_SLUG.sub("-", text.lower()).strip("-")[:40] or "unknown"


def _actors(inc: DraftIncident, country: str) -> list[dict]:
    """Actors of the incident: the two most-named armed actors of opposing sides are
    actor1 and actor2 (ACLED gives the order no meaning); the others are associated."""
    found: dict[str, list] = {}  # name -> [first mention, count, order, side]
    for part in inc.parts:
        for a in part.actors:
            name = a.name
            if a.actor.generic and a.actor.kind in ("unidentified", "civilians"):
                # ACLED names these after the country where the event happened
                cc = country or a.country
                if not cc:
                    continue
                name = a.actor.name.format(country=_country_name(cc))
            elif a.actor.generic and not a.country:
                continue
            if name not in found:
                side = (a.country or a.actor.country) if a.actor.inter == 1 else name
                found[name] = [a, 0, len(found), side]
            found[name][1] += 1
    passive = ("civilians", "government", "international", "political_group")
    ranked = sorted(found.items(), key=lambda kv: (-kv[1][1], kv[1][2]))
    armed = [kv for kv in ranked if kv[1][0].actor.kind not in passive]
    chosen = armed[:1]
    for kv in armed[1:]:
        if kv[1][3] != chosen[0][1][3]:
            chosen.append(kv)
            break
    rest = sorted((kv for kv in found.items() if kv not in chosen), key=lambda kv: kv[1][2])
    out = []
    for k, (name, (a, _count, _order, _side)) in enumerate(chosen + rest):
        role = ("actor1", "actor2")[k] if k < len(chosen) else "assoc_actor_1"
        entry: dict[str, Any] = {"name": name, "role": role}
        if role != "assoc_actor_1" and a.actor.inter is not None:
            entry["inter"] = a.actor.inter
        entry["evidence"] = _actor_evidence(a, inc)
        out.append(entry)
    return out


def _actor_evidence(a: ActorMention, inc: DraftIncident) -> dict:
    for part in inc.parts:
        if a in part.actors:
            return _ev(part.doc, a.start, a.end)
    return {}


def _country_name(cc: str) -> str:
    return COUNTRY_NAMES.get(cc, cc)


def _claims(part: ArticleIncident) -> dict[str, Any]:
    claims: dict[str, Any] = {}
    figures: list[dict] = []
    by_field: dict[str, list[Count]] = {}
    seen_values: set[tuple[str, int, str, str]] = set()
    for c in part.counts:
        fig = {"role": c.role, "value": c.value}
        for key in ("qualifier", "group", "side", "what"):
            if getattr(c, key):
                fig[key] = getattr(c, key)
        fig["evidence"] = _ev(part.doc, c.start, c.end)
        sig = (c.role, c.value, c.side, c.group)
        if sig in seen_values:
            continue  # the same figure repeated (duplicated paragraphs)
        seen_values.add(sig)
        figures.append(fig)
        if c.role in _COUNT_FIELD:
            by_field.setdefault(_COUNT_FIELD[c.role], []).append(c)
    for fld, counts in by_field.items():
        est = estimate(counts)
        if est:
            best = max(counts, key=lambda c: c.value)
            est["evidence"] = _ev(part.doc, best.start, best.end)
            if fld == "displaced" and all(c.role == "evacuated" for c in counts):
                est["scope"] = "evacuated"
            claims[fld] = est
    for role in ("weapons", "ammunition"):
        items = [f for f in figures if f["role"] == role]
        if items:
            claims[role] = [{"count": w["value"], "what": w.get("what", ""),
                             "evidence": w["evidence"]} for w in items]
    sides = {}  # each side's latest figure, as the totals take it (see ``estimate``)
    for c in sorted(part.counts, key=lambda c: c.start):
        if c.side and c.role in _COUNT_FIELD and c.qualifier not in ("up_to", "increment"):
            sides.setdefault(c.side, {})[_COUNT_FIELD[c.role]] = c.value
    if sides:
        claims["by_side"] = sides
    if figures:
        claims["figures"] = figures
    spellings = sorted({m.text for m in part.places})
    if spellings:
        claims["place_names"] = spellings
    return claims


def incident_dict(inc: DraftIncident) -> dict[str, Any]:
    """One merged incident as a YAML-ready dict in the incident schema, marked draft."""
    stops, mentioned, unresolved = incident_stops(inc)
    window = inc.window
    stops, time_claims = apply_times(inc, stops, window, _ev)
    classify = finders_for(inc.parts[0].doc.lang).classify
    # (a toll of nobody, "nobody was injured", makes no protest violent)
    etype = classify([f.text for part in inc.parts for f in part.facts if not nil_toll(f)],
                     inc.kind)
    countries = [m.place.country for part in inc.parts for m in part.places if m.place]
    # the most named country; on a tie the first named (never the order of a set)
    country = max(dict.fromkeys(countries), key=countries.count) if countries else ""
    primary = next((s for s in stops if s.get("primary")), None)
    when = _when(window)
    out: dict[str, Any] = {"id": "", "draft": True,
                           "title": _title(etype, _in_english(inc, primary), when)}
    out.update(_dates(window))
    out["event_type"] = etype.event_type
    out["sub_event_type"] = etype.sub_event_type
    actors = _actors(inc, country)
    if actors:
        out["actors"] = actors
    out["locations"] = stops
    reports = _reports(inc, time_claims)
    out.update(merge_counts(reports))
    out["reports"] = reports
    if etype.civilian_targeting:
        out["civilian_targeting"] = True
    if mentioned:
        out["mentioned_places"] = mentioned
    if unresolved:
        out["unresolved_places"] = unresolved
    out["evidence"] = {"date": _date_evidence(inc), "event_type": etype.reason}
    out["notes"] = ("Draft made by geoconflict extract: check every value against its "
                    "evidence before removing 'draft'.")
    followups = [_ev(part.doc, f.sentence.start, f.sentence.end) for part in inc.parts
                 for f in part.followups]
    if followups:
        out["evidence"]["followups"] = followups
        out["notes"] += (" Talks or a joint investigation held to settle it are kept as part "
                         "of its story (evidence: followups), not as an incident of their own.")
    if inc.background:
        out["background"] = True
        out["notes"] += (" Told as background to the article's news (known only to the year, "
                         "or long before publication): keep it only if it is wanted.")
    out["id"] = f"draft-{when}-{_slug(primary['place'] if primary else 'unknown')}"
    return out


def _in_english(inc: DraftIncident, stop: dict | None) -> dict | None:
    """The stop named as the gazetteer names it, for the title of an article that is not
    in English (the title is ours; the stop keeps the article's own spelling)."""
    if stop is None or inc.parts[0].doc.lang == "en":
        return stop
    for part in inc.parts:
        for m in [*part.places, *part.borrowed]:
            if m.place is not None and m.place.id == stop["place"]:
                return {**stop, "name": m.place.name}
    return stop


def _title(etype, primary: dict | None, when: str) -> str:
    what = etype.sub_event_type
    if what == "Other" and etype.event_type == "Strategic developments":
        what = etype.reason[:1].upper() + etype.reason[1:]
    if primary is None:
        return f"{what}, {when}"
    at = "near" if primary.get("relation") == "near" else "at"
    return f"{what} {at} {primary['name']}, {when}"


def _when(window) -> str:
    """The start of a date window at its precision: 2021-04-28, 2006-01 or 1999."""
    if window is None:
        return "undated"
    iso = window.start.isoformat()
    return {"year": iso[:4], "month": iso[:7]}.get(window.precision, iso)


def _dates(window) -> dict[str, Any]:
    """date_start, date_end and date_precision; None and "unknown" for an undated draft
    (``_strict`` then leaves them out, as the incident checker lets a draft do)."""
    if window is None:
        return {"date_start": None, "date_end": None, "date_precision": "unknown"}
    return {"date_start": window.start.isoformat(), "date_end": window.end.isoformat(),
            "date_precision": window.precision}


def _reports(inc: DraftIncident, time_claims: dict[int, list[dict]]) -> list[dict]:
    """One report per article; no outlet when the article names none (never its file)."""
    reports = []
    for n, part in enumerate(inc.parts):
        doc = part.doc
        rep: dict[str, Any] = {"outlet": doc.outlet, "title": doc.title,
                               "date": doc.published, "url": doc.url, "file": doc.file}
        rep = {k: v for k, v in rep.items() if v}
        claims = _claims(part)
        if time_claims.get(n):
            claims["times"] = time_claims[n]
        if claims:
            rep["claims"] = claims
        reports.append(rep)
    return reports


def _date_evidence(inc: DraftIncident) -> list[dict] | str:
    anchors = [(part.doc, a) for part in inc.parts for a in part.anchors]
    if not anchors:
        if any(part.dated_by == "publication" for part in inc.parts):
            return ("publication date: the text gives no date of the event; it happened on "
                    "or before it")
        return "unknown: no date of the event in the text"
    return [dict(text=a.text, **_ev(doc, a.start, a.end),
                 **({"year_inferred": True} if a.value.year_inferred else {}),
                 **({"part_of_day": a.part_of_day} if a.part_of_day else {}))
            for doc, a in anchors]


def drafts_to_dicts(incidents: list[DraftIncident], strict: bool = False) -> list[dict[str, Any]]:
    """YAML-ready dicts of merged incidents, with unique ids, in date order."""
    dicts = [incident_dict(i) for i in incidents]
    dicts.sort(key=lambda d: (d["date_start"] or "9999", d["id"]))
    used: dict[str, int] = {}
    for d in dicts:
        base = d["id"]
        used[base] = used.get(base, 0) + 1
        if used[base] > 1:
            d["id"] = f"{base}-{used[base]}"
    if strict:
        dicts = [_strict(d) for d in dicts]
    return dicts


def _strict(d: dict[str, Any]) -> dict[str, Any]:
    """Only schema fields at the top, in stops, actors and reports; the rest under extra."""
    extra: dict[str, Any] = {}
    out = {}
    for key, value in d.items():
        if key in INCIDENT_FIELDS:
            out[key] = value
        else:
            extra[key] = value
    for name, allowed in (("locations", STOP_FIELDS), ("actors", ACTOR_FIELDS),
                          ("reports", REPORT_FIELDS)):
        clean = []
        for n, item in enumerate(out.get(name, [])):
            keep = {k: v for k, v in item.items() if k in allowed}
            rest = {k: v for k, v in item.items() if k not in allowed}
            if rest:
                extra[f"{name}[{n}]"] = rest
            clean.append(keep)
        if name in out:
            out[name] = clean
    for n, rep in enumerate(out.get("reports", [])):
        claims = rep.get("claims", {})
        for fld in ("fatalities", "injured", "detained", "displaced"):
            if fld in claims and "evidence" in claims[fld]:
                claims[fld] = dict(claims[fld])
                extra.setdefault(f"reports[{n}].claims", {})[fld] = claims[fld].pop("evidence")
    for fld in ("date_start", "date_end"):
        if out.get(fld) is None:
            out.pop(fld, None)
    if out.get("date_precision") == "unknown":
        out.pop("date_precision")
    if extra:
        out["extra"] = extra
    return out


def dump_yaml(dicts: list[dict[str, Any]]) -> str:
    """YAML text of the drafts (block style, Unicode kept, stable key order)."""
    header = ("# Incident drafts made by `geoconflict extract`. Every value carries its evidence;\n"
              "# review each incident, then delete `draft: true`.\n")
    if not dicts:
        return header + "[]\n"
    return header + yaml_text(dicts)
