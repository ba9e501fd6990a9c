"""Shared vocabulary of the toponym finder: the :class:`Mention` record, kind words,
country words, locatives, the shape of a name, and the distance between two places."""

from __future__ import annotations

import bisect
import itertools
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..gazetteer.places import Place
from ._cue_gate import may_hold
from ._text import Evidence

__all__ = ["Mention", "Spans", "km", "nearest_km", "KIND_WORDS", "country_codes_in", "kind_of",
           "locative_before"]


class Spans:
    """Spans of text (start, end), asked whether one of them overlaps ``[a, b)`` by
    bisection instead of a scan of them all."""

    def __init__(self, spans):
        spans = sorted(spans)
        self._starts = [x for x, _ in spans]
        # the furthest end of the spans up to each: one starting before b overlaps [a, b)
        # when the furthest of their ends passes a
        self._reach = list(itertools.accumulate((y for _, y in spans), max))

    def overlaps(self, a: int, b: int) -> bool:
        k = bisect.bisect_left(self._starts, b) - 1
        return k >= 0 and self._reach[k] > a


def km(a: Place, b: Place) -> float:
    """Distance in km between two places (equirectangular: within 0.5 % of the great
    circle at the distances that matter here, and several times cheaper)."""
    dx = (b.lon - a.lon) * math.cos(math.radians((a.lat + b.lat) / 2))
    return 111.195 * math.hypot(b.lat - a.lat, dx)


def nearest_km(p: Place, places: list[Place]) -> float:
    """``km`` from ``p`` to the nearest of ``places`` other than ``p`` itself (the same
    sums, in one loop), or -1.0 when there is none."""
    lat, lon = p.lat, p.lon
    best = None
    for a in places:
        if a is not p:
            d = 111.195 * math.hypot(a.lat - lat,
                                     (a.lon - lon) * math.cos(math.radians((lat + a.lat) / 2)))
            if best is None or d < best:
                best = d
    return -1.0 if best is None else best


@dataclass
class Mention:
    """A place name in the text and what it was resolved to.

    ``place`` is None for an unresolved name, whose ``suggestions`` list the closest
    gazetteer names with their scores.
    """

    start: int
    end: int
    text: str
    sentence: int
    key: str
    candidates: list[Place] = field(default_factory=list)
    how: str = "name"             # name, alias, variant, fuzzy NN, context, list, near-miss
    kinds: frozenset[str] = frozenset()
    cue: str = ""
    place: Place | None = None
    reason: str = ""
    relation: str = "at"
    suggestions: list[str] = field(default_factory=list)
    evidence: Evidence | None = None
    person_like: bool = False
    #: why the words around it say it is not where something happened (a title, a
    #: destination, a dateline), when the finder of the text's language has read them
    context: str = ""

    @property
    def resolved(self) -> bool:
        return self.place is not None


_V = frozenset({"village", "town"})
_REG = frozenset({"region", "district"})
POST = frozenset({"border_post", "checkpoint"})
_JAMOAT = frozenset({"village", "town", "area", "district"})
_TOWN = frozenset({"town", "city", "village"})
_CITY = frozenset({"city", "town", "capital"})
_DISTRICT = frozenset({"district"})
_REGION = frozenset({"region"})
_ENCLAVE = frozenset({"enclave"})
_AREA = frozenset({"area"})
#: Words that say what kind of place a name is, and the gazetteer kinds they allow.
KIND_WORDS: dict[str, frozenset[str]] = {
    "village": _V, "villages": _V, "settlement": _V, "settlements": _V, "kishlak": _V,
    "hamlet": _V, "aiyl": _V, "mahalla": _V, "makhalla": _V, "ayil": _V,
    "jamoat": _JAMOAT, "jamoats": _JAMOAT, "town": _TOWN, "towns": _TOWN,
    "city": _CITY, "cities": _CITY, "capital": frozenset({"capital", "city", "town"}),
    "district": _DISTRICT, "districts": _DISTRICT, "raion": _DISTRICT, "rayon": _DISTRICT,
    "ulusvoli": _DISTRICT, "nohiya": _DISTRICT,
    "region": _REG, "regions": _REG, "province": _REGION, "provinces": _REGION,
    "oblast": _REGION, "viloyat": _REGION, "oblasts": _REGION,
    "enclave": _ENCLAVE, "exclave": _ENCLAVE, "enclaves": _ENCLAVE, "exclaves": _ENCLAVE,
    "checkpoint": POST, "checkpoints": POST, "post": POST, "posts": POST,
    "outpost": POST, "outposts": POST, "crossing": POST, "zastava": POST,
    # "the Kulundu and Kairagach BCPs", "KPP Kulundu", "Kulundu-Avtodorozhniy" (the road
    # crossing's official name, Russian автодорожный, Uzbek avtoyo'l)
    "bcp": POST, "bcps": POST, "kpp": POST, "avtodorozhny": POST, "avtodorozhniy": POST,
    "avtodorozhnyi": POST, "avtodorozhnyy": POST, "avtoyol": POST,
    "reservoir": frozenset({"reservoir"}), "canal": frozenset({"water_facility"}),
    "dam": frozenset({"water_facility"}), "intake": frozenset({"water_facility"}),
    "river": frozenset({"river"}), "pass": frozenset({"pass"}),
    "market": frozenset({"market"}), "bazaar": frozenset({"market"}),
    "valley": _AREA, "gorge": _AREA, "mountains": _AREA, "range": _AREA,
}
PLURAL_KINDS = frozenset(w for w in KIND_WORDS if w.endswith("s") and w[:-1] in KIND_WORDS)
AREA_KINDS = frozenset({"region", "district", "area"})
#: The kind a cue word names first, when it allows several ("region" → a region before a
#: district of that name).
PREFERRED = {"region": "region", "regions": "region", "province": "region",
             "oblast": "region", "district": "district", "districts": "district",
             "village": "village", "villages": "village"}

COUNTRY_WORDS = {
    "kyrgyz": "KG", "kyrgyzstan": "KG", "kirghiz": "KG", "kyrgyzstani": "KG",
    "kirghizia": "KG", "kirgizia": "KG", "kirgiz": "KG",  # (old exonyms)
    "tajik": "TJ", "tajikistan": "TJ", "tadjik": "TJ", "tajikistani": "TJ",
    "tadzhik": "TJ", "tadzhikistan": "TJ",
    "uzbek": "UZ", "uzbekistan": "UZ", "uzbekistani": "UZ", "afghan": "AF",
    "afghanistan": "AF",
}
# A country word, its possessive or a plural demonym ("Tajiks", "Kyrgyzstanis").
_COUNTRY_RE = re.compile(r"\b(" + "|".join(sorted(COUNTRY_WORDS, key=len, reverse=True))
                         + r")(?:'s|’s|s)?\b", re.I)
LOCATIVE = frozenset("in near at from to into outside around toward towards across via "
                     "through of between inside within reach reached entered".split())
#: Capitalised words that are never place names on their own, even when a gazetteer alias
#: says otherwise (sentence starts, titles, months, everyday words).
STOP = frozenset("""
the a an and or but of in on at to from by for with as this that these those it its he she
they we i you his her their our my your there here what which who whom whose when where why
how all any some no not one two three four five six seven eight nine ten first last next
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr president minister
general colonel major captain sergeant private lieutenant senior deputy head chief border
state national security central north south east west northern southern eastern western
republic ministry committee service police army military government official officials
read more photo source news agency press says said according however meanwhile also even
after before during while since until then than both each other such only just about over
under new old great big small high low good best world international union council
""".split())
#: Capitalised words of articles about the region that name no place of the gazetteer:
#: countries beyond it, peoples, movements. Not reported as unknown places.
NOT_PLACES = frozenset("""
russia russian russians kazakhstan kazakh kazakhs china chinese turkmenistan turkmen iran
iranian pakistan pakistani turkey turkish america american americans europe european
uzbeks tajiks afghans soviet taleban taliban islamic islam muslim muslims
moscow astana almaty kabul beijing ashgabat tehran ankara istanbul washington brussels geneva
""".split())
UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁӘҒҚҢӨҰҮҺІЎҲҶӢӮ"
#: A name as written: up to three capitalised words joined by spaces or hyphens.
NAME = rf"[{UPPER}][\w’'ʻ]*(?:(?:-|\s)[{UPPER}][\w’'ʻ]*){{0,2}}"
_WORD_BEFORE = re.compile(r"(\w+)\s+(?:the\s+)?$")


#: Russian stems of the same country words (кыргызский, Киргизии, таджикской, РУз …).
_COUNTRY_RU = re.compile(r"(?<![а-яё])(?:(?P<KG>[кК][ыи]ргиз\w*|[кК]ыргыз\w*|КР\b)|"
                         r"(?P<TJ>[тТ]аджик\w*|РТ\b)|(?P<UZ>[уУ]збек\w*|РУз\b)|"
                         r"(?P<AF>[аА]фган\w*))")


# a piece of every match of ``_COUNTRY_RE`` (lower case) and of ``_COUNTRY_RU`` (as
# written: it reads no other case): a text without one is not scanned
_COUNTRY_PIECES = ("kyrgyz", "kirghiz", "kirgiz", "tajik", "tadjik", "tadzhik", "uzbek",
                   "afghan")
_COUNTRY_PIECES_RU = ("ргиз", "ыргыз", "КР", "аджик", "РТ", "збек", "РУз", "фган")


def country_codes_in(text: str) -> list[str]:
    """Country codes named in a text (Kyrgyz/Kyrgyzstan/кыргызский → KG …), in order,
    once each."""
    return list(_country_codes(text))


@lru_cache(maxsize=4096)  # the same words around a name or count are asked about again
def _country_codes(text: str) -> tuple[str, ...]:
    found = ([(m.start(), COUNTRY_WORDS[m.group(1).lower()]) for m in _COUNTRY_RE.finditer(text)]
             if may_hold(text, _COUNTRY_PIECES) else [])
    if not text.isascii() and any(map(text.__contains__, _COUNTRY_PIECES_RU)):
        found += [(m.start(), m.lastgroup) for m in _COUNTRY_RU.finditer(text)]
        found.sort()
    out: list[str] = []
    for _, cc in found:
        if cc not in out:
            out.append(cc)
    return tuple(out)


def locative_before(text: str, a: int) -> bool:
    """Whether a locative word ("in", "near", "residents of" …) stands right before ``a``."""
    m = _WORD_BEFORE.search(text, max(0, a - 25), a)
    return bool(m) and m.group(1).lower() in LOCATIVE


def kind_of(word: str) -> frozenset[str]:
    """The gazetteer kinds a cue word ("village", "border post" …) allows."""
    w = " ".join(word.lower().split())
    if w in ("border post", "frontier post", "border outpost", "border crossing",
             "border control point"):
        return POST
    if w == "water intake":
        return frozenset({"water_facility"})
    if w == "regional capital":
        return frozenset({"city", "town"})
    return KIND_WORDS.get(w, frozenset())
