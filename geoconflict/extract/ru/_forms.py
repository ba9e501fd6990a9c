"""Russian word forms → the gazetteer word they inflect, checked against the gazetteer.

Russian declines place names (в Ворухе, из Воруха; Исфара, в Исфаре; Баткенская
область, в Баткенской области) and derives adjectives from them (Исфара → исфаринский,
Согд → согдийский). An adjective is keyed by its masculine nominative; a noun by the
``fold_key`` of the first of its possible nominative forms that is a word of some
gazetteer name (the *lexicon*), so the gazetteer's own names decide which reading holds.
``place_adjectives`` gives the adjectives a place name yields, to be added as names.
"""

from __future__ import annotations

import re

from ...gazetteer.names import fold_key, to_latin

__all__ = ["FormKeys", "adjective_key", "place_adjectives"]

# Adjective endings (all genders, numbers and cases), longest first.
_ADJ_END = ("ыми", "ими", "ого", "его", "ому", "ему", "ая", "яя", "ое", "ее", "ой", "ей", "ий",
            "ый", "ую", "юю", "ым", "им", "ом", "ем", "ые", "ие", "ых", "их")
# Noun case endings, longest first; what may replace them in the nominative.
_NOUN_END = ("ами", "ями", "ою", "ею", "ом", "ем", "ём", "ой", "ей", "ах", "ях", "ам", "ям",
             "ью", "а", "я", "у", "ю", "е", "ы", "и")
_NOUN_NOM = ("й", "а", "я", "о", "е", "")  # the longer nominative first: Сая → Сай
# What an adjective's stem ends with (баткенск-, центральн-); others are nouns.
_ADJ_STEM_ENDS = ("ск", "цк", "н", "ж", "ш", "щ", "ч")
# Names of peoples and countries: never the adjective of a place of that name.
_DEMONYMS_LATIN = ("kyrgyz", "kirgiz", "tadzhik", "tajik", "uzbek", "kazakh", "russ",
                   "rossi", "afgan", "afghan", "sovet", "turk", "kita", "iran")
# Prepositions and conjunctions: never part of a name (their key matches no name, so «В
# Ворухе» is not read as one word «вворухе», nor «Ак-Сая и» as «Ак-Сай»).
_FUNCTION_WORDS = frozenset("в во на по из от до для и или а но с со у о об обо к ко же ли "
                            "не ни за при под над без про через".split())
# an adjective in -ск-, -цк- (баткенской), which no name in -н is (Баткеном, Исфаной)
_SK_ADJ = re.compile(r"(?:ск|цк)(?:" + "|".join(_ADJ_END) + r")$")
_VOWELS = frozenset("аеёиоуыэюя")
_CYRILLIC_LOWER = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюяңөүғӣқӯҳҷў")


def adjective_key(word: str) -> str | None:
    """The key of an adjective (every gender, number and case) — that of its masculine
    nominative: Баткенская, Баткенской → баткенский; None for a word that is no adjective
    in -ск-, -цк- or -н- (Исфарой is a noun)."""
    low = word.lower()
    for end in _ADJ_END:
        if low.endswith(end) and len(low) - len(end) >= 3:
            stem = low[:-len(end)]
            if stem.endswith(_ADJ_STEM_ENDS):
                return fold_key(stem + "ий")
            return None
    return None


def place_adjectives(word: str) -> set[str]:
    """The keys of the adjectives Russian derives from a place name (its last word):
    Баткен → баткенский, Исфара → исфаринский, Кадамжай → кадамжайский, Согд →
    согдийский, Айни → айнинский. Works on Cyrillic and Latin spellings alike."""
    base = to_latin(word).lower()
    if len(base) < 3 or base.startswith(_DEMONYMS_LATIN):
        return set()
    last = base[-1]
    if last in "aя" or base.endswith("ya"):
        stems = [base[:-2 if base.endswith("ya") else -1] + "in"]
    elif base.endswith(("ay", "ai", "ey", "oy", "uy")):
        stems = [base[:-1] + "y"]
    elif last in "iy":
        stems = [base + "n", base + "y"]
    elif last in "oeu":
        stems = [base[:-1] + "in", base + "n"]
    else:
        stems = [base, base + "iy"]
    return {fold_key(st + "skiy") for st in stems}


class FormKeys:
    """The word key of Russian text: an adjective's is that of its masculine nominative
    (``adjective_key``); a noun's is the ``fold_key`` of the first of its nominative forms
    that is in the lexicon (the words of the gazetteer's names), else its own."""

    def __init__(self, lexicon: frozenset[str] = frozenset()):
        self.lexicon = lexicon

    def __call__(self, word: str) -> str:
        low = word.lower()
        if not low or low[-1] not in _CYRILLIC_LOWER:
            return fold_key(word)
        if low in _FUNCTION_WORDS:
            return "\x00" + low
        key = fold_key(word)
        adj = adjective_key(low)
        if adj is not None:
            if _SK_ADJ.search(low):
                return adj  # баткенской, исфаринского: an adjective in -ск-, -цк-
            # «Баткеном», «Исфаной»: a name in -н in the instrumental, not an adjective
            # in -н- (Интернациональном)
            noun = self._noun(low, key)
            return noun if noun is not None else adj
        if key in self.lexicon and len(key) >= 4:
            return key  # a name as it is (Исфара), not a form of another (Исфар)
        noun = self._noun(low, key)
        return noun if noun is not None else key

    def _noun(self, low: str, key: str) -> str | None:
        """The key of the lexicon word a noun form inflects, or None."""
        for end in _NOUN_END:  # every ending it may have («Косонсою»: -ю of Косонсой)
            if low.endswith(end) and len(low) - len(end) >= 2:
                stem = low[:-len(end)]
                for nom in _NOUN_NOM:
                    if nom == "й" and stem[-1] not in _VOWELS:
                        continue  # «Пянджа» is of Пяндж: no «-джй»
                    ck = fold_key(stem + nom)
                    if ck in self.lexicon and ck != key:
                        return ck
        return None
