"""Place-name normalisation: one spelling-independent key per name.

Two keys are made for every name: ``exact_key`` (case, diacritics, apostrophes,
separators and script removed) and ``fold_key`` (also folds the usual
transliteration variants: kh/h, dzh/j/zh, y/i, q/k, gh/g, -obod/-abad, doubled letters).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["exact_key", "fold_key", "to_latin"]

# Cyrillic of Russian, Kyrgyz, Tajik and Uzbek, to the Latin forms English-language
# sources use most (Russian-style for Russian letters, local forms for the others).
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
    # Kyrgyz
    "ң": "ng", "ө": "o", "ү": "u",
    # Tajik
    "ғ": "gh", "ӣ": "i", "қ": "q", "ӯ": "u", "ҳ": "h", "ҷ": "j",
    # Uzbek Cyrillic
    "ў": "o",
}

# Latin letters that NFKD does not decompose, and apostrophe-like marks
# (Uzbek oʻ/gʻ, Tajik ʼ, typographic quotes) that carry no sound of their own.
_LATIN_EXTRA = {
    "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe",
    "ʻ": "", "ʼ": "", "’": "", "‘": "", "'": "", "`": "", "´": "", "ʹ": "", "ʿ": "", "ʾ": "",
}

_TABLE = str.maketrans({**_CYRILLIC, **{k.upper(): v.capitalize() for k, v in _CYRILLIC.items()},
                        **_LATIN_EXTRA})
_SEPARATORS = re.compile(r"[^a-z0-9]+")

# Applied in order to an exact key.  Each pair folds spellings that English,
# Russian-style and local transliterations write differently for one sound.
_FOLDS = (
    ("shch", "sh"),
    ("dzh", "j"), ("dj", "j"), ("zh", "j"),
    ("kh", "h"), ("x", "h"),
    ("gh", "g"),
    ("q", "k"),
    ("w", "v"),
    ("ts", "c"),
    ("yo", "o"), ("ya", "a"), ("yu", "u"), ("ye", "e"),
    ("y", "i"),
    ("ee", "i"),
)
_SUFFIXES = (("obod", "abad"), ("abat", "abad"))
_DOUBLES = re.compile(r"([a-z])\1+")


def to_latin(name: str) -> str:
    """Transliterate Cyrillic and strip diacritics, keeping case and separators.

    >>> to_latin("Қайроққум")
    'Qayroqqum'
    """
    text = unicodedata.normalize("NFC", name).translate(_TABLE)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def exact_key(name: str) -> str:
    """Key that ignores case, script, diacritics, apostrophes and separators.

    >>> exact_key("Kök-Tash") == exact_key("kok tash") == exact_key("Кок-Таш")
    True
    """
    if name.isascii():
        text = name.lower()
    else:
        text = to_latin(name).lower()
    return _SEPARATORS.sub("", text)


@lru_cache(maxsize=1 << 16)  # the same words come back (each name, its forms, each text)
def fold_key(name: str) -> str:
    """Key that also folds the usual variant spellings of the region.

    >>> fold_key("Lyakkon") == fold_key("Lakkon")
    True
    >>> fold_key("Ishkobod") == fold_key("Ishkabad")
    True
    """
    key = exact_key(name)
    for old, new in _FOLDS:
        if old in key:
            key = key.replace(old, new)
    for old, new in _SUFFIXES:
        if key.endswith(old):
            key = key[: -len(old)] + new
    # (the substitution only where a letter is doubled: it costs a template expansion)
    return _DOUBLES.sub(r"\1", key) if _DOUBLES.search(key) else key
