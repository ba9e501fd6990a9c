"""Whether a sentence opens or closes a border, so that a border opened never joins an
incident that tells only its closing, nor the other way round (English and Russian words).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._incidents import ArticleIncident
from .facts import SentenceFacts

__all__ = ["border_move", "same_move"]

# (and the Russian words: «открыли переход», «закроется», not «открыли огонь»)
_OPENS = re.compile(r"\b(?:re-?)?open(?:s|ed|ing)?\b(?!\s+fire)|(?<!\w)(?:откр[ыо]|возобнов)\w*"
                    r"(?!\s+(?:\w+\s+)?(?:огонь|огня|стрельб))", re.I)
_CLOSES = re.compile(r"\b(?:clos(?:e|es|ed|ing|ure)|shut|seal(?:s|ed|ing)?)\b|"
                     r"(?<!\w)(?:закр[ыо]|приостанов)\w*", re.I)


@lru_cache(maxsize=8192)
def border_move(text: str) -> str:
    """"open" or "close" when a sentence tells only one of the two, else ""."""
    opens, closes = bool(_OPENS.search(text)), bool(_CLOSES.search(text))
    return "open" if opens and not closes else "close" if closes and not opens else ""


def _moves(inc: ArticleIncident) -> set[str]:
    return {m for g in inc.facts if (m := border_move(g.text))}


def same_move(inc: ArticleIncident, f: SentenceFacts) -> bool:
    """False when the sentence opens a border and the incident tells only its closing, or
    the other way round (a border opened is not part of its closing)."""
    move = border_move(f.text) if f.kind == "other" else ""
    return not move or inc.kind != "other" or not (moves := _moves(inc)) or move in moves
