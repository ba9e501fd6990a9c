"""Whether a sentence opens or closes a border, so that a border opened never joins an
incident that tells only its closing, nor the other way round; new terms of crossing, goods
held and forces deployed join neither (English and Russian words); and whether a closure
names the same crossing as an incident (a closure at another crossing point is another
closure).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._incidents import ArticleIncident
from ._literal_cues import Cued
from ._neighbours import near
from .events import _CUES
from .facts import SentenceFacts

__all__ = ["border_move", "same_move", "terms_only", "restricts", "same_crossing"]

# (and the Russian words: «открыли переход», «закроется», not «открыли огонь»)
_OPENS = Cued(re.compile(r"\b(?:re-?)?open(?:s|ed|ing)?\b(?!\s+fire)|"
                         r"(?<!\w)(?:откр[ыо]|возобнов)\w*"
                         r"(?!\s+(?:\w+\s+)?(?:огонь|огня|стрельб))", re.I))
_CLOSES = Cued(re.compile(r"\b(?:clos(?:e|es|ed|ing|ure)|shut|seal(?:s|ed|ing)?)\b|"
                          r"(?<!\w)(?:закр[ыо]|приостанов)\w*", re.I))

# the terms of crossing changed, the border neither opened nor closed: "adopted a new
# procedure for crossing the border" (English)
_RULES = re.compile(r"\b(?:procedures?|rules|regimes?|requirements|restrictions|regulations)\s+"
                    r"(?:for|on|of)\s+(?:the\s+)?(?:crossing|entry|entering|passage|transit)\b",
                    re.I)

# goods held, the border for people neither opened nor closed: "has not permitted cargo to
# pass through", "halted 2,000 freight cars" (a blockade; goods let through are an opening's)
_GOODS = Cued(re.compile(r"\b(?:cargo|freight|goods|rail(?:way)?\s+(?:cars|wagons|traffic)|wagons|"
                         r"trains|trucks|lorries)\b", re.I))
_HELD = re.compile(r"\b(?:(?:not|no\s+longer|never)\s+(?:been\s+)?(?:permit|allow|let)\w*|"
                   r"halt\w*|block\w*|stall\w*|stopp?\w*|suspend\w*|ban(?:s|ned)?)\b", re.I)


# forces brought to the border: "troops were sent to the enclave" (English, the cue words)
_DEPLOYS = Cued(re.compile(r"\b(?:" + _CUES["deployment"] + ")", re.I))


@lru_cache(maxsize=8192)
def border_move(text: str) -> str:
    """"open" or "close" when a sentence tells only one of the two; when it tells neither,
    "rules" for new terms of crossing, "goods" for goods held (a blockade), "deploy" for
    forces brought to the border; else ""."""
    opens, closes = bool(_OPENS.search(text)), bool(_CLOSES.search(text))
    if not (opens or closes):
        return "rules" if _RULES.search(text) else "goods" if (
            _GOODS.search(text) and _HELD.search(text)) else "deploy" if _DEPLOYS.search(
            text) else ""
    return "open" if opens and not closes else "close" if closes and not opens else ""


def _moves(inc: ArticleIncident) -> set[str]:
    return {m for g in inc.facts if (m := border_move(g.text))}


def same_move(inc: ArticleIncident, f: SentenceFacts) -> bool:
    """False when the sentence opens a border and the incident tells only its closing, or
    the other way round (a border opened is not part of its closing)."""
    move = border_move(f.text) if f.kind == "other" else ""
    return not move or inc.kind != "other" or not (moves := _moves(inc)) or move in moves


def terms_only(inc: ArticleIncident) -> bool:
    """Whether a development tells only new terms of crossing: they hold along the border,
    at no one place (so it borrows no neighbour's place)."""
    return inc.kind == "other" and _moves(inc) == {"rules"}


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


_STATUS = Cued(re.compile(r"(?<!\w)(?:закры|ограничени|прекрати\w*\s+(?:[\w-]+\s+)?пропуск|"
                          r"clos(?:ed|ure|es)\b|restrict)", re.I))


def restricts(text: str) -> bool:
    """Whether a sentence tells a crossing closed or restricted («закрыт», «ввели
    ограничения», «прекратил пропуск»)."""
    return _STATUS.search(text) is not None
