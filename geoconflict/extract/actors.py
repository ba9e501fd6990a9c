"""Actors named in article text, from the curated and editable list ``actors.yaml``.

All aliases go into one token automaton. Country-neutral words ("border guards", "State
Committee for National Security") become the actor of the country named with them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .._errors import DataError
from .._io import read_yaml
from ..region import COUNTRY_NAMES
from ._phrases import PhraseIndex
from ._text import Document
from .toponyms import country_codes_in

__all__ = ["ActorDef", "ActorMention", "ActorList", "load_actors", "find_actors",
           "parse_actors"]

KINDS = ("military", "border", "security", "police", "government", "armed_group",
         "political_group", "civilians", "unidentified", "international")


@dataclass(frozen=True, slots=True)
class ActorDef:
    """One entry of the actor list; ``generic`` entries have a ``{country}`` name pattern."""

    name: str
    kind: str
    country: str = ""
    inter: int | None = None
    generic: bool = False


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor named in the text (generic words already tied to a country when one fits)."""

    start: int
    end: int
    text: str
    actor: ActorDef
    country: str = ""

    @property
    def name(self) -> str:
        if self.actor.generic:
            return self.actor.name.format(country=COUNTRY_NAMES.get(self.country, "unknown"))
        return self.actor.name




class ActorList:
    """The actor list compiled for matching; ``word_key`` compares words (lower case by
    default; the Russian list compares stems, as its words decline)."""

    def __init__(self, defs: list[tuple[ActorDef, list[str]]], word_key=str.lower):
        self.index = PhraseIndex(word_key, collapse_doubles=False)
        self.defs = [d for d, _ in defs]
        self.by_kind: dict[tuple[str, str], ActorDef] = {}
        for d, aliases in defs:
            if not d.generic:
                self.by_kind.setdefault((d.kind, d.country), d)
            for alias in ([] if d.generic else [d.name]) + aliases:
                self.index.add(alias, (d, alias.isupper() and len(alias) <= 5, alias))

    def actor_for(self, kind: str, country: str) -> ActorDef | None:
        return self.by_kind.get((kind, country))


def parse_actors(records, where: str) -> list[tuple[ActorDef, list[str]]]:
    if not isinstance(records, list):
        raise DataError(f"{where}:1: expected a list of actors")
    out = []
    for n, rec in enumerate(records, 1):
        if not isinstance(rec, dict):
            raise DataError(f"{where}: entry {n}: expected a mapping with name, kind, aliases")
        kind = rec.get("kind", "")
        if kind not in KINDS:
            raise DataError(f"{where}: entry {n}: kind {kind!r} — use one of {', '.join(KINDS)}")
        inter = rec.get("inter")
        if inter is not None and inter not in range(1, 9):
            raise DataError(f"{where}: entry {n}: inter {inter!r} — ACLED codes are 1..8")
        if "generic" in rec:
            words = [str(w) for w in rec["generic"] or []]
            d = ActorDef(str(rec.get("name") or ""), kind, "", inter, True)
            out.append((d, words))
        else:
            if not rec.get("name"):
                raise DataError(f"{where}: entry {n}: missing name")
            d = ActorDef(str(rec["name"]), kind, str(rec.get("country") or "").upper(), inter)
            out.append((d, [str(a) for a in rec.get("aliases") or []]))
    return out


def load_actors(path: str | Path | None = None) -> ActorList:
    """The actor list from ``path`` (default: the one shipped in the package)."""
    if path is None:
        return _default_actors()
    text = Path(path).read_text(encoding="utf-8")
    return ActorList(parse_actors(read_yaml(text), str(path)))


@lru_cache(maxsize=1)
def _default_actors() -> ActorList:
    text = resources.files("geoconflict.extract").joinpath("actors.yaml").read_text("utf-8")
    return ActorList(parse_actors(read_yaml(text), "geoconflict/extract/actors.yaml"))


def find_actors(doc: Document, actors: ActorList | None = None) -> list[ActorMention]:
    """Actor mentions of a document, in text order."""
    actors = actors or _default_actors()
    text, tokens = doc.text, doc.tokens
    out = []
    for i, j, _key, payloads in actors.index.find(text, tokens):
        a, b = tokens[i].start, tokens[j - 1].end
        surface = text[a:b]
        sent = doc.sentence_at(a)
        fits = []
        for d, acronym, _alias in payloads:
            if acronym and (surface != surface.upper() or _shouting(sent.text)):
                continue
            fits.append(d)
        if not fits:
            continue
        d = fits[0]
        country = d.country
        if d.generic:
            country = _country_for(text, a, b, sent.text)
            if d.kind not in ("unidentified", "civilians"):
                specific = actors.actor_for(d.kind, country) if country else None
                if specific is not None:
                    d = specific
        out.append(ActorMention(a, b, surface, d, country))
    return out


def _shouting(sentence: str) -> bool:
    letters = [c for c in sentence if c.isalpha()]
    return len(letters) > 8 and sum(c.isupper() for c in letters) > 0.8 * len(letters)


def _country_for(text: str, a: int, b: int, sentence: str) -> str:
    """The country a generic actor word belongs to: the one named right before it
    ("Tajik border guards"), right after it ("of Tajikistan"), or the only one the
    sentence names."""
    before = country_codes_in(" ".join(text[max(0, a - 25):a].split()[-2:]))
    if before:
        return before[-1]
    m = re.match(r"\s+(?:of|of\s+the)\s+(\w+(?:\s+\w+)?)", text[b:b + 40])
    if m:
        cc = country_codes_in(m.group(1))
        if cc:
            return cc[0]
    cc = country_codes_in(sentence)
    return cc[0] if len(cc) == 1 else ""
