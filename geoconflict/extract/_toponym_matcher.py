"""The automaton matcher: every gazetteer name and alias in one token automaton
(:class:`~._phrases.PhraseIndex`), compared by ``fold_key`` so that spelling variants
meet, built once per gazetteer."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..gazetteer.index import Gazetteer
from ..gazetteer.names import fold_key, to_latin
from ..gazetteer.places import Place
from ._phrases import PhraseIndex
from ._text import Document, Token
from ._toponym_base import KIND_WORDS, STOP

__all__ = ["ToponymMatcher", "matcher_for"]

# Words that name a kind inside a gazetteer name ("Lakkon border post"): the rest of the
# name is its base ("Lakkon"), which a kind word in the text can point to.
_NAME_KIND_WORDS = ("border", "frontier", "border post", "customs", "No", "Nohiyai", "Raion",
                    "Rayon", "Oblast", "Oblusu", "Rajon")
# the endings of a transliterated Russian adjective: -skiy/-sky/-skii (he), -skaya (she),
# -skoye/-skoe (it), -skogo/-skom (of, in it)
_ADJ_ENDINGS = ("iy", "y", "ii", "aya", "oye", "oe", "ogo", "om", "oy")
_ADJ_KIND_WORDS = frozenset({"district", "region", "province", "city", "town", "oblast"})


class ToponymMatcher:
    """All gazetteer names and aliases compiled into one token automaton.

    Build it once per gazetteer (see :func:`matcher_for`); :meth:`raw_matches` is then one
    pass over an article's words.
    """

    def __init__(self, gazetteer: Gazetteer):
        self.gaz = gazetteer
        self.index = PhraseIndex(fold_key)
        self.by_base: dict[str, list[int]] = {}
        self.official: set[tuple[str, int]] = set()
        kind_word_keys = {self.index.key(w) for w in KIND_WORDS} | {
            self.index.key(w) for w in _NAME_KIND_WORDS}
        for i, place in enumerate(gazetteer.places):
            for n, name in enumerate(place.names):
                key = self.index.add(name, i)
                if n == 0:
                    self.official.add((key, i))
                words = re.findall(r"[^\W_]+", name)
                base = [w for w in words if self.index.key(w) not in kind_word_keys
                        and not w.isdigit()]
                if base and len(base) < len(words):
                    bucket = self.by_base.setdefault(self.index.key_of_words(base), [])
                    if i not in bucket:
                        bucket.append(i)
        self._add_adjective_forms(gazetteer.places)
        self.stop_keys = {self.index.key(w) for w in STOP}
        #: per-name memo of the fuzzy near-miss search (see ``_toponym_fuzzy``)
        self.fuzzy_cache: dict[str, list] = {}
        #: curated places by country, and each reading's country across the nearest border
        #: (see ``_toponym_borders``), filled on first use
        self.across: dict[str, list] = {}
        self.facing: dict[str, str] = {}
        self._keys_by_len: dict[int, list[str]] | None = None

    def _add_adjective_forms(self, places: list[Place]) -> None:
        """A Russian adjective of a place as English reports translated from Russian spell
        it ("Aksyyskiy District", "Dzhalal-Abadskaya Oblast", "Batkenskiy rayon"): its
        transliterated forms name every place that shares the adjective place's base name
        (the kind word after it picks among them)."""
        for i, place in enumerate(places):
            for adj in place.adjectives:
                if not adj.endswith(("ский", "цкий")):
                    continue
                stem = to_latin(adj)[:-2]  # "aksyysk", "batkensk"
                words = re.findall(r"[^\W_]+", place.name)
                root = self.index.key_of_words(
                    [w for w in words if w.lower() not in _ADJ_KIND_WORDS] or words)
                targets = [i, *self.index.entries.get(root, ()), *self.by_base.get(root, ())]
                for form in _ADJ_ENDINGS:
                    for j in dict.fromkeys(targets):
                        self.index.add(stem + form, j)

    def places(self, ids: Iterable[int]) -> list[Place]:
        return [self.gaz.places[i] for i in ids]

    def ids_of_key(self, key: str) -> list[int]:
        """Places whose name, alias or base name ("Lakkon" of "Lakkon border post") has
        this key."""
        ids = list(self.index.entries.get(key, ()))
        ids.extend(i for i in self.by_base.get(key, ()) if i not in ids)
        return ids

    def keys_by_len(self) -> dict[int, list[str]]:
        """Every name key and base key, by length, in sorted order (so that near names of
        equal score are ranked the same whatever the hash seed; built on first use)."""
        if self._keys_by_len is None:
            self._keys_by_len = {}
            for key in sorted({*self.index.entries, *self.by_base}):
                self._keys_by_len.setdefault(len(key), []).append(key)
        return self._keys_by_len

    def raw_matches(self, doc: Document) -> list[tuple[int, int, str, list[int]]]:
        """Token spans of gazetteer names (capitalised first word), leftmost-longest."""
        return self.index.find(doc.text, doc.tokens, start_ok=_capitalised)


_MATCHERS: dict[int, tuple[Gazetteer, ToponymMatcher]] = {}


def matcher_for(gazetteer: Gazetteer) -> ToponymMatcher:
    """The matcher of a gazetteer, built on first use and kept for the process."""
    hit = _MATCHERS.get(id(gazetteer))
    if hit is None or hit[0] is not gazetteer:
        hit = (gazetteer, ToponymMatcher(gazetteer))
        _MATCHERS[id(gazetteer)] = hit
    return hit[1]


def _capitalised(tok: Token) -> bool:
    return tok.text[0].isupper()
