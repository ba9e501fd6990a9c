"""Gazetteer index: exact, variant-spelling and fuzzy lookup of place names.

``Gazetteer.lookup`` returns ranked candidates with a score and the reason they
matched; ``resolve`` picks one or raises ``UnknownPlaceError`` with suggestions.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .._errors import UnknownPlaceError
from ..region import COUNTRIES
from .names import exact_key, fold_key
from .places import Place, load_places

__all__ = ["Candidate", "Gazetteer", "default_gazetteer", "haversine_km"]

#: Fuzzy scores (0-100, rapidfuzz ratio of the folded keys) from which a name is
#: accepted as a misspelling, and from which it is offered as "did you mean".
ACCEPT_FUZZY = 80.0
#: A fuzzy match (rapidfuzz ratio) at least this close is taken as the answer without
#: asking; below it the answer is only a "did you mean" ("Kara-Bulak", a village of its
#: own, is 88 from the village Kara-Bak; a doubled or dropped letter is 90 or more).
AUTO_ACCEPT_FUZZY = 90.0
#: How a candidate matched, by its reason: ``exact`` (as written: the name, an alias, or
#: the same letters), ``variant`` (a spelling variant), ``fuzzy`` (a near-miss).
_MATCH = {"name": "exact", "alias": "exact", "same letters": "exact",
          "variant spelling": "variant", "feature word": "variant"}
SUGGEST_FUZZY = 55.0
# Order among equally good candidates when no context decides: bigger places first.
_KIND_RANK = {"capital": 0, "city": 1, "region": 2, "district": 3, "town": 4, "enclave": 5,
              "village": 6, "checkpoint": 7, "border_post": 8}


#: Words that say what a place is, as exports and reports add them to its name ("Kok-Tash
#: village", "village of Kok-Tash", "Leilek district", "Sughd province"): a name found neither
#: as written nor as a variant is looked up without its word, among the places of those kinds.
_FEATURE_WORDS = {
    "village": ("village", "town", "enclave"), "town": ("town", "city", "village"),
    "city": ("city", "capital", "town"), "settlement": ("village", "town"),
    "district": ("district",), "rayon": ("district",), "raion": ("district",),
    "province": ("region",), "region": ("region",), "oblast": ("region",),
    "viloyat": ("region",), "river": ("river",), "reservoir": ("reservoir",),
    "enclave": ("enclave",), "checkpoint": ("checkpoint",),
    "border post": ("border_post",), "outpost": ("border_post",),
}


def _without_feature_word(name: str) -> tuple[str, tuple[str, ...]] | None:
    """(the name without its feature word, the kinds that word allows), or None."""
    low = name.casefold()
    for word, kinds in _FEATURE_WORDS.items():
        for before, after in ((f"{word} of ", ""), ("", f" {word}")):
            if low.startswith(before) and low.endswith(after) and \
                    len(low) > len(before) + len(after):
                rest = name[len(before):len(name) - len(after)].strip(" ,")
                if rest:
                    return rest, kinds
    return None


# Kinds whose point stands for a large area: left out of reverse geocoding by default.
_AREA_KINDS = frozenset({"region", "district", "river"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place that a query matched, how well (0-100) and why."""

    place: Place
    score: float
    reason: str
    matched: str
    distance_km: float | None = None
    ratio: float | None = None

    @property
    def match(self) -> str:
        """``exact``, ``variant`` or ``fuzzy`` (else the reason: ``nearest``, ``online …``)."""
        return _MATCH.get(self.reason) or ("fuzzy" if self.ratio is not None else self.reason)

    @property
    def sure(self) -> bool:
        """True unless a fuzzy match below :data:`AUTO_ACCEPT_FUZZY`: a guess to confirm."""
        return self.ratio is None or self.ratio >= AUTO_ACCEPT_FUZZY

    def to_dict(self) -> dict:
        out = {"id": self.place.id, "name": self.place.name, "score": round(self.score, 1),
               "reason": self.reason, "match": self.match, "matched": self.matched}
        if self.distance_km is not None:
            out["distance_km"] = round(self.distance_km, 1)
        return out


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km on a sphere of radius 6371.0088 km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


class Gazetteer:
    """An index over places; build it once, query it many times.

    Parameters
    ----------
    places
        Place records, curated first (earlier records win ties).
    """

    def __init__(self, places: Iterable[Place]):
        self.places: list[Place] = list(places)
        self._by_id: dict[str, Place] = {}
        self._raw: dict[str, list[tuple[int, str]]] = {}
        self._exact: dict[str, list[tuple[int, str]]] = {}
        self._fold: dict[str, list[tuple[int, str]]] = {}
        for i, place in enumerate(self.places):
            self._by_id.setdefault(place.id, place)
            for name in place.names:
                entry = (i, name)
                for index, key in ((self._raw, name.casefold()), (self._exact, exact_key(name)),
                                   (self._fold, fold_key(name))):
                    hits = index.setdefault(key, [])
                    if all(j != i for j, _ in hits):
                        hits.append(entry)
        self._fold_keys = list(self._fold)
        self._by_len: dict[int, list[str]] = {}
        for key in self._fold_keys:
            self._by_len.setdefault(len(key), []).append(key)

    def __len__(self) -> int:
        return len(self.places)

    def __contains__(self, place_id: str) -> bool:
        return place_id in self._by_id

    def get(self, place_id: str) -> Place:
        """The place with this id; ``KeyError`` with close ids if there is none."""
        try:
            return self._by_id[place_id]
        except KeyError:
            from rapidfuzz import process

            close = [m[0] for m in process.extract(place_id, list(self._by_id), limit=3)]
            raise KeyError(f"no place id {place_id!r}; did you mean {', '.join(close)}?") from None

    # -- lookup -----------------------------------------------------------------------

    def lookup(self, name: str, *, country: str | None = None, near: Place | str | None = None,
               limit: int | None = 10, fuzzy: bool = True) -> list[Candidate]:
        """Ranked candidates for a name, best first.

        Parameters
        ----------
        name
            A place name in any spelling or script.
        country
            ISO 3166-1 alpha-2 code(s), comma-separated: keep only places in them.
        near
            A place (or a name resolved first) whose proximity ranks same-score candidates.
        limit
            At most this many candidates (``None``: all).
        fuzzy
            Also try misspellings (rapidfuzz) when no exact or variant match exists.
        """
        hits = self._match(name.strip().lstrip("\ufeff"), fuzzy=fuzzy)
        if country:
            wanted = {c.strip().upper() for c in country.split(",")}
            unknown = wanted - COUNTRIES
            if unknown:
                raise ValueError(f"unknown country code(s) {', '.join(sorted(unknown))} — use "
                                 f"ISO alpha-2 codes such as {', '.join(sorted(COUNTRIES))}")
            hits = [c for c in hits if c.place.country in wanted]
        anchor = self.resolve(near).place if isinstance(near, str) else near
        if anchor is not None:
            hits = [dataclasses.replace(c, distance_km=haversine_km(anchor.lat, anchor.lon,
                                                                    c.place.lat, c.place.lon))
                    for c in hits]
        hits.sort(key=_rank if anchor is None else _rank_near)
        return hits[:limit] if limit else hits

    def resolve(self, name: str, *, country: str | None = None,
                near: Place | str | None = None, where: str = "") -> Candidate:
        """The best candidate for a name, or ``UnknownPlaceError`` naming the closest ones."""
        hits = self.lookup(name, country=country, near=near, limit=1)
        if hits:
            return hits[0]
        raise UnknownPlaceError(name, self.suggest(name, country=country), where=where)

    def suggest(self, name: str, *, country: str | None = None, limit: int = 3) -> list[str]:
        """Closest gazetteer names for "did you mean", even below the accept threshold."""
        from rapidfuzz import fuzz, process

        key = fold_key(name)
        out: list[str] = []
        for found, _score, _ in process.extract(key, self._fold_keys, scorer=fuzz.ratio,
                                                limit=limit * 4, score_cutoff=SUGGEST_FUZZY):
            for i, _matched in self._fold[found]:
                place = self.places[i]
                label = f"{place.name} ({place.country})"
                if (not country or place.country in country.upper()) and label not in out:
                    out.append(label)
        return out[:limit]

    def _match(self, name: str, *, fuzzy: bool) -> list[Candidate]:
        raw = self._raw.get(name.casefold())
        if raw is not None:
            return [self._candidate(i, m, "name" if m == self.places[i].name else "alias", 100.0)
                    for i, m in raw]
        key = exact_key(name)
        if not key:
            return []
        found = self._exact.get(key)
        if found:
            return [self._candidate(i, m, "same letters", 98.0) for i, m in found]
        fkey = fold_key(name)
        found = self._fold.get(fkey)
        if found:
            return [self._candidate(i, m, "variant spelling", 95.0) for i, m in found]
        bare = _without_feature_word(name)
        if bare is not None:
            found = [c for c in self._match(bare[0], fuzzy=False) if c.place.kind in bare[1]]
            if found:
                return [dataclasses.replace(c, score=min(c.score, 95.0), reason="feature word")
                        for c in found]
        return self._fuzzy(fkey) if fuzzy else []

    def _fuzzy(self, fkey: str) -> list[Candidate]:
        from rapidfuzz import fuzz, process

        # A ratio of 80 allows an edit distance of at most 40 % of the summed lengths,
        # so keys whose length differs by more cannot reach the threshold.
        n = len(fkey)
        slack = max(1, int(n * 0.5))
        choices = [k for size in range(n - slack, n + slack + 1)
                   for k in self._by_len.get(size, ())]
        out = []
        for found, score, _ in process.extract(fkey, choices, scorer=fuzz.ratio, limit=5,
                                               score_cutoff=ACCEPT_FUZZY):
            out.extend(dataclasses.replace(self._candidate(i, m, f"fuzzy {score:.0f}",
                                                           score * 0.94), ratio=score)
                       for i, m in self._fold[found])
        return out

    def _candidate(self, i: int, matched: str, reason: str, score: float) -> Candidate:
        place = self.places[i]
        if place.origin != "curated":
            score -= 1.0
        return Candidate(place, score, reason, matched)

    # -- reverse ----------------------------------------------------------------------

    def nearest(self, lat: float, lon: float, *, limit: int = 1,
                kinds: Iterable[str] | None = None) -> list[Candidate]:
        """The places nearest to a point, nearest first, with their distance in km.

        Regions, districts and rivers are left out unless ``kinds`` asks for them.
        """
        wanted = set(kinds) if kinds else None
        scored = []
        for i, p in enumerate(self.places):
            if (p.kind in wanted) if wanted else (p.kind not in _AREA_KINDS):
                d = haversine_km(lat, lon, p.lat, p.lon)
                # ties (places sharing a point) go to the most precisely placed one
                scored.append((round(d, 2), p.precision_m or 0, _KIND_RANK.get(p.kind, 9), i, d))
        scored.sort()
        return [Candidate(self.places[s[3]], 100.0, "nearest", self.places[s[3]].name, s[4])
                for s in scored[:limit]]


def _tier(c: Candidate) -> int:
    """How a name matched: 0 as written (name, alias, same letters), 1 variant (or without
    a feature word), 2 fuzzy."""
    return 0 if c.score >= 97 else 1 if c.reason in ("variant spelling", "feature word") else 2


def _rank_near(c: Candidate) -> tuple:
    # With a place to be near, distance outranks the curated-over-GeoNames preference.
    return (_tier(c), c.distance_km, -c.score, c.place.id)


def _rank(c: Candidate) -> tuple:
    dist = c.distance_km if c.distance_km is not None else 0.0
    return (-round(c.score), dist, c.place.origin != "curated",
            _KIND_RANK.get(c.place.kind, 9), c.place.id)


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The shipped gazetteer (curated + GeoNames), loaded once per process."""
    return Gazetteer(load_places())
