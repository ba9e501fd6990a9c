"""Whether a sentence opens or closes a border, so that a border opened never joins an
incident that tells only its closing, nor the other way round (English and Russian words);
and whether a closure names the same crossing as an incident (a closure at another
crossing point is another closure).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._incidents import ArticleIncident
from ._neighbours import near
from .facts import SentenceFacts

__all__ = ["border_move", "same_move", "restricts", "same_crossing"]

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


#: An undated closure naming places joins no closure whose places all lie farther.
_OTHER_CROSSING_KM = 50
#: Two crossing points named by a closure and by an incident are the same crossing only
#: this near.
_SAME_POST_KM = 5
_POSTS = ("border_post", "checkpoint")


def same_crossing(theirs: list, ours: list) -> bool:
    """Whether a closure naming places ``ours`` may tell that of an incident naming
    ``theirs``: the same crossing point when both name one, else places within 50 km."""
    posts = [p for p in ours if p.place.kind in _POSTS]
    their_posts = [p for p in theirs if p.place is not None and p.place.kind in _POSTS]
    if posts and their_posts:
        return near(their_posts, posts, _SAME_POST_KM, strict=True)
    return near(theirs, ours, _OTHER_CROSSING_KM)


_STATUS = re.compile(r"(?<!\w)(?:закры|ограничени|прекрати\w*\s+(?:[\w-]+\s+)?пропуск|"
                     r"clos(?:ed|ure|es)\b|restrict)", re.I)


def restricts(text: str) -> bool:
    """Whether a sentence tells a crossing closed or restricted («закрыт», «ввели
    ограничения», «прекратил пропуск»)."""
    return _STATUS.search(text) is not None
