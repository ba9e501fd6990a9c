"""The language of an article and the finders that read it.

``detect_language`` tells Russian from English by the share of Cyrillic letters.
``finders_for`` gives the functions that read a language: English ones are this
package's own; Russian ones (``extract.ru``) are imported only when Russian text is read,
so a command that never reads Russian never loads them.
"""

from __future__ import annotations

import re

from ._finders import Finders

__all__ = ["LANGUAGES", "Finders", "detect_language", "finders_for"]

#: Languages ``extract`` reads.
LANGUAGES = ("en", "ru")


def detect_language(text: str, sample: int = 4000) -> str:
    """``ru`` when most letters of the text's start are Cyrillic, else ``en``.

    >>> detect_language("Вчера на границе произошла перестрелка."), detect_language("Clashes.")
    ('ru', 'en')
    """
    head = text[:sample]
    # counted by runs of letters and on bytes (one match per word, not per letter)
    cyr = 0 if head.isascii() else sum(map(len, _CYRILLIC.findall(head)))
    lat = len(head.encode("ascii", "ignore").translate(None, _NOT_LATIN))
    return "ru" if cyr > lat else "en"


_CYRILLIC = re.compile("[\u0400-\u04ff]+")
_NOT_LATIN = bytes(b for b in range(256) if not (65 <= b <= 90 or 97 <= b <= 122))


_CACHE: dict[str, Finders] = {}


def finders_for(lang: str) -> Finders:
    """The finders of ``lang`` (``en`` or ``ru``), imported on first use."""
    hit = _CACHE.get(lang)
    if hit is None:
        if lang == "ru":
            from .ru import finders as make
        elif lang == "en":
            from ._english import finders as make
        else:
            raise ValueError(f"unknown language {lang!r} — use one of {', '.join(LANGUAGES)}")
        hit = _CACHE[lang] = make()
    return hit
