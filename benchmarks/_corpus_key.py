"""The answer key of an annotated article corpus (``../shared/corpus/<lang>``), read into
plain records the corpus evaluation scores against.

Both the English and the Russian ``annotations.yaml`` (schema_version 1) are read: per
article ``file``, ``split`` and ``incidents``; per incident ``event_date``, the place id
lists, ``killed`` / ``injured`` figure lists and ``background``. ``new:<slug>`` places are
mapped to a gazetteer place when the gazetteer has gained one of their names (exact
spelling, same country, a kind of the same family); otherwise they stay unmapped and count
as not findable. Corrections of the key kept in the repo (``tests/eval/
corpus_corrections.yaml``) are applied on load, each with its reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
CORRECTIONS = ROOT / "tests" / "eval" / "corpus_corrections.yaml"
#: new:<slug> -> gazetteer id, kept by the gazetteer's curators as they add the places
NEW_PLACE_IDS = ROOT / "tests" / "eval" / "new_place_ids.yaml"
ROLES = ("killed", "injured")
# Kinds of place that can stand for one another when a new: place is looked up by name.
_FAMILY = {"region": "region", "district": "district", "river": "river",
           "reservoir": "water", "water_facility": "water"}


@dataclass
class Figure:
    role: str
    value: int
    side: str  # KG / TJ / UZ / ... or "" when the text leaves it unstated


@dataclass
class KeyIncident:
    id: str
    type: str
    background: bool
    start: str | None  # "2021-04-28", "2021-04" or "2021"
    end: str | None
    places: list[str]      # where it happened (gazetteer ids; unmapped new: ids kept)
    also: list[str]        # other places that are right for a stop (versions, damage)
    mentioned: list[str]
    figures: list[Figure] = field(default_factory=list)


@dataclass
class KeyArticle:
    file: str
    split: str
    path: Path
    incidents: list[KeyIncident]
    noise: list[str]  # gazetteer ids named only in page furniture


def _date(value) -> str | None:
    return None if value is None else str(value)


def _ids(value) -> list[str]:
    if not value:
        return []
    if isinstance(value, dict):
        return [i for v in value.values() for i in _ids(v)]
    return [str(v) for v in value]


def _looks_like_id(s: str) -> bool:
    return s[:3] in ("kg-", "tj-", "uz-", "gn-") or s.startswith("new:")


def map_new_places(entries: list[dict], gaz) -> dict[str, str | None]:
    """``new:`` id → its gazetteer id: from ``new_place_ids.yaml`` when listed there,
    else the place carrying one of its names (same country and kind family), else None."""
    listed = (yaml.safe_load(NEW_PLACE_IDS.read_text(encoding="utf-8")) or {}
              if NEW_PLACE_IDS.exists() else {})
    out: dict[str, str | None] = {}
    for e in entries:
        if listed.get(str(e["id"])) in gaz:
            out[str(e["id"])] = listed[str(e["id"])]
            continue
        family = _FAMILY.get(e.get("kind", ""), "point")
        found = None
        for name in [e.get("name", ""), *e.get("alt_names", [])]:
            for c in gaz.lookup(name, country=e.get("country"), fuzzy=False, limit=None):
                if _FAMILY.get(c.place.kind, "point") == family:
                    found = c.place.id
                    break
            if found:
                break
        out[str(e["id"])] = found
    return out


def _apply(corrections: list[dict], lang: str, articles: list[dict]) -> None:
    by_id = {str(i["id"]): i for a in articles for i in a.get("incidents", [])}
    for c in corrections:
        if c.get("corpus", "en") != lang:
            continue
        inc = by_id.get(str(c["incident"]))
        if inc is None:
            raise ValueError(f"{CORRECTIONS.name}: no incident {c['incident']!r} in the "
                             f"{lang} corpus — fix the correction's 'incident'")
        target = inc
        *path, last = str(c["field"]).split(".")
        for key in path:
            target = target.setdefault(key, {})
        target[last] = c["value"]


def load_key(corpus: Path, gaz, corrections: Path = CORRECTIONS) -> list[KeyArticle]:
    """The articles of a corpus directory with their incidents, corrections applied."""
    raw = yaml.safe_load((corpus / "annotations.yaml").read_text(encoding="utf-8"))
    lang = corpus.name
    arts = raw.get("articles", [])
    if corrections.exists():
        _apply(yaml.safe_load(corrections.read_text(encoding="utf-8")) or [], lang, arts)
    new = map_new_places(raw.get("new_places", []), gaz)

    def ids(value) -> list[str]:
        return [new.get(i) or i for i in _ids(value)]

    out = []
    for a in arts:
        incs, noise = [], [n for n in a.get("noise_mentions", []) if _looks_like_id(str(n))]
        for i in a.get("incidents", []):
            noise += [n for n in i.get("noise_mentions", []) if _looks_like_id(str(n))]
            ev = i.get("event_date") or {}
            figs = [Figure(role, int(f["value"]),
                           "" if f.get("side", "unstated") == "unstated" else str(f["side"]))
                    for role in ROLES for f in (i.get(role) or [])
                    if isinstance(f, dict) and f.get("value") is not None]
            incs.append(KeyIncident(
                id=str(i["id"]), type=str(i.get("type", "")),
                background=bool(i.get("background")),
                start=_date(ev.get("start")), end=_date(ev.get("end")),
                places=ids(i.get("location_place_ids")),
                also=ids(i.get("location_by_side")) + ids(i.get("damage_place_ids")),
                mentioned=ids(i.get("mentioned_place_ids")) + ids(i.get("destination_place_ids")),
                figures=figs))
        used = {p for inc in incs for p in inc.places + inc.also + inc.mentioned}
        file = str(a["file"])
        out.append(KeyArticle(file=file, split=str(a.get("split", "dev")), path=corpus / file,
                              incidents=incs, noise=[ids([n])[0] for n in noise
                                                     if ids([n])[0] not in used]))
    return out
