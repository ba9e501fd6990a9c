"""Toponyms in article text: gazetteer names found in one pass, near-misses, unknown names.

Three finders feed one resolver:

1. every gazetteer name and alias, through one token automaton built once per gazetteer
   (:class:`ToponymMatcher`), compared by ``fold_key`` so spelling variants meet;
2. names that a context marks as places ("the village of X", "X border post", "in X
   district", lists after "villages"), looked up fuzzily and otherwise reported as
   unresolved with suggestions;
3. near-misses of gazetteer names after a locative word ("in Voruj") or next to other
   places, accepted by ``rapidfuzz`` when the spelling is close and the place fits the
   article.

Ambiguous names are resolved by the kind the sentence implies (a "border post" vs the
village), the country it names, the districts and regions it names, and the distance to
the article's unambiguous places (the nearest consistent reading).
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..gazetteer import ACCEPT_FUZZY, Gazetteer
from ..names import fold_key
from ..places import Place
from ._phrases import PhraseIndex
from ._text import Document, Evidence, Token

__all__ = ["Mention", "ToponymMatcher", "find_toponyms", "matcher_for", "KIND_WORDS",
           "country_codes_in", "km"]


def km(a: Place, b: Place) -> float:
    """Distance in km between two places (equirectangular: within 0.5 % of the great
    circle at the distances that matter here, and several times cheaper)."""
    dx = (b.lon - a.lon) * math.cos(math.radians((a.lat + b.lat) / 2))
    return 111.195 * math.hypot(b.lat - a.lat, dx)

_V = frozenset({"village", "town"})
_REG = frozenset({"region", "district"})
_POST = frozenset({"border_post", "checkpoint"})
#: Words that say what kind of place a name is, and the gazetteer kinds they allow.
KIND_WORDS: dict[str, frozenset[str]] = {
    "village": _V, "villages": _V, "settlement": _V, "settlements": _V, "kishlak": _V,
    "hamlet": _V, "aiyl": _V, "mahalla": _V, "makhalla": _V, "ayil": _V,
    "jamoat": frozenset({"village", "town", "area", "district"}),
    "jamoats": frozenset({"village", "town", "area", "district"}),
    "town": frozenset({"town", "city", "village"}),
    "towns": frozenset({"town", "city", "village"}),
    "city": frozenset({"city", "town", "capital"}),
    "cities": frozenset({"city", "town", "capital"}),
    "capital": frozenset({"capital", "city", "town"}),
    "district": frozenset({"district"}), "districts": frozenset({"district"}),
    "raion": frozenset({"district"}), "rayon": frozenset({"district"}),
    "ulusvoli": frozenset({"district"}), "nohiya": frozenset({"district"}),
    "region": _REG, "regions": _REG, "province": frozenset({"region"}),
    "provinces": frozenset({"region"}), "oblast": frozenset({"region"}),
    "viloyat": frozenset({"region"}), "oblasts": frozenset({"region"}),
    "enclave": frozenset({"enclave"}), "exclave": frozenset({"enclave"}),
    "enclaves": frozenset({"enclave"}), "exclaves": frozenset({"enclave"}),
    "checkpoint": _POST, "checkpoints": _POST, "post": _POST, "posts": _POST,
    "outpost": _POST, "outposts": _POST, "crossing": _POST, "zastava": _POST,
    "reservoir": frozenset({"reservoir"}), "canal": frozenset({"water_facility"}),
    "dam": frozenset({"water_facility"}), "intake": frozenset({"water_facility"}),
    "river": frozenset({"river"}), "pass": frozenset({"pass"}),
    "market": frozenset({"market"}), "bazaar": frozenset({"market"}),
    "valley": frozenset({"area"}), "gorge": frozenset({"area"}),
    "mountains": frozenset({"area"}), "range": frozenset({"area"}),
}
_PLURAL_KINDS = frozenset(w for w in KIND_WORDS if w.endswith("s") and w[:-1] in KIND_WORDS)
_AREA_KINDS = frozenset({"region", "district", "area"})
_COUNTRY_WORDS = {
    "kyrgyz": "KG", "kyrgyzstan": "KG", "kirghiz": "KG", "kyrgyzstani": "KG",
    "tajik": "TJ", "tajikistan": "TJ", "tadjik": "TJ", "tajikistani": "TJ",
    "uzbek": "UZ", "uzbekistan": "UZ", "afghan": "AF", "afghanistan": "AF",
}
_COUNTRY_RE = re.compile(r"\b(" + "|".join(sorted(_COUNTRY_WORDS, key=len, reverse=True))
                         + r")(?:'s|’s)?\b", re.I)
_LOCATIVE = frozenset("in near at from to into outside around toward towards across via "
                      "through of between inside within reach reached entered".split())
# Capitalised words that are never place names on their own, even when a gazetteer alias
# says otherwise (sentence starts, titles, months, everyday words).
_STOP = frozenset("""
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
_UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁӘҒҚҢӨҰҮҺІЎҲҶӢӮ"
_NAME = rf"[{_UPPER}][\w’'ʻ]*(?:(?:-|\s)[{_UPPER}][\w’'ʻ]*){{0,2}}"
_KIND_AFTER = (r"village|villages|district|districts|region|province|oblast|jamoat|enclave|"
               r"exclave|checkpoint|border\s+post|frontier\s+post|outpost|border\s+outpost|"
               r"border\s+crossing|reservoir|canal|river|gorge|pass|water\s+intake|settlement|"
               r"mahalla|kishlak|ulusvoli")
_KIND_BEFORE = (r"village|town|settlement|city|district|region|province|jamoat|enclave|"
                r"exclave|checkpoint|outpost|border\s+post|frontier\s+post|post|mahalla|"
                r"kishlak|gorge|river")
_CONTEXT_PATTERNS = [
    re.compile(rf"\b(?:{_KIND_BEFORE})\s+of\s+(?P<name>{_NAME})"),
    re.compile(rf"(?P<name>{_NAME})\s+(?i:{_KIND_AFTER})\b"),
    re.compile(rf"\b(?:checkpoint|post|unit|outpost|crossing)\s+(?:No\.?\s*\d+\s+)?"
               rf"[“\"«](?P<name>{_NAME})[”\"»]"),
    re.compile(rf"\b(?:villages|settlements|towns|districts|posts|checkpoints)\s+(?:of\s+|"
               rf"such\s+as\s+|including\s+|like\s+)?(?P<list>{_NAME}(?:\s*,\s*{_NAME})*"
               rf"(?:,?\s+(?:and|or)\s+{_NAME})?)"),
]
_NEAR_BEFORE = re.compile(r"(?:\bnear|\bnot\s+far\s+from|\boutside|\baround|\bclose\s+to|"
                          r"\bnearby|\bvicinity\s+of|\bkm\s+(?:from|of))\s+(?:the\s+)?"
                          r"(?:\w+\s+){0,2}$", re.I)


@dataclass
class Mention:
    """A place name in the text and what it was resolved to.

    ``place`` is None for an unresolved name, whose ``suggestions`` list the closest
    gazetteer names.
    """

    start: int
    end: int
    text: str
    sentence: int
    key: str
    candidates: list[Place] = field(default_factory=list)
    how: str = "name"             # name, alias, variant, fuzzy NN, context
    kinds: frozenset[str] = frozenset()
    cue: str = ""
    place: Place | None = None
    reason: str = ""
    relation: str = "at"
    suggestions: list[str] = field(default_factory=list)
    evidence: Evidence | None = None
    person_like: bool = False

    @property
    def resolved(self) -> bool:
        return self.place is not None


class ToponymMatcher:
    """All gazetteer names and aliases compiled into one token automaton.

    Build it once per gazetteer (see :func:`matcher_for`); :meth:`find` is then one pass
    over an article's words.
    """

    def __init__(self, gazetteer: Gazetteer):
        self.gaz = gazetteer
        self.index = PhraseIndex(fold_key)
        self.by_base: dict[str, list[int]] = {}
        self.official: set[tuple[str, int]] = set()
        kind_word_keys = {self.index.key(w) for w in KIND_WORDS} | {
            self.index.key(w) for w in ("border", "frontier", "border post", "No", "Nohiyai",
                                        "Raion", "Rayon", "Oblast", "Oblusu", "Rajon")}
        for i, place in enumerate(gazetteer.places):
            for n, name in enumerate(place.names):
                key = self.index.add(name, i)
                if n == 0:
                    self.official.add((key, i))
                words = re.findall(r"[^\W_]+", name)
                base = [w for w in words if self.index.key(w) not in kind_word_keys
                        and not w.isdigit()]
                if base and len(base) < len(words):
                    bkey = self.index.key_of_words(base)
                    bucket = self.by_base.setdefault(bkey, [])
                    if i not in bucket:
                        bucket.append(i)
        self._stop_keys = {self.index.key(w) for w in _STOP}
        self.fuzzy_cache: dict[str, list] = {}

    def places(self, ids: Iterable[int]) -> list[Place]:
        return [self.gaz.places[i] for i in ids]

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
    c = tok.text[0]
    return c.isupper()


def country_codes_in(text: str) -> list[str]:
    """Country codes named in a text (Kyrgyz/Kyrgyzstan → KG …), in order, once each."""
    out: list[str] = []
    for m in _COUNTRY_RE.finditer(text):
        cc = _COUNTRY_WORDS[m.group(1).lower()]
        if cc not in out:
            out.append(cc)
    return out


# -- finding ------------------------------------------------------------------------------

def find_toponyms(doc: Document, gazetteer: Gazetteer) -> list[Mention]:
    """Every place mention of a document, resolved where the gazetteer allows."""
    m = matcher_for(gazetteer)
    text, tokens = doc.text, doc.tokens
    mentions: list[Mention] = []
    covered: list[tuple[int, int]] = []
    for i, j, key, ids in m.raw_matches(doc):
        a, b = tokens[i].start, tokens[j - 1].end
        if j - i == 1 and (key in m._stop_keys or len(key) < 3):
            continue
        if j - i == 1 and tokens[i].text.isupper() and len(tokens[i].text) <= 4:
            continue  # acronyms (IMU, IS, CSTO) are not places
        sent = doc.sentence_at(a)
        how = "name" if any((key, x) in m.official for x in ids) else "alias"
        mention = Mention(a, b, text[a:b], sent.index, key, m.places(ids), how)
        mention.person_like = _person_like(doc, i, j, m)
        mentions.append(mention)
        covered.append((a, b))
    persons = {mm.key for mm in mentions if mm.person_like}
    persons |= _person_tokens(doc, m)
    mentions = [mm for mm in mentions if not mm.person_like and not
                (mm.key in persons and not _locative_before(text, mm.start))]
    covered = [(mm.start, mm.end) for mm in mentions]
    mentions.extend(_context_mentions(doc, m, covered, persons))
    mentions.sort(key=lambda x: x.start)
    _cue_kinds(doc, mentions)
    _resolve(doc, m, mentions)
    mentions = [mm for mm in mentions if mm.how != "drop"]
    for mm in mentions:
        mm.evidence = doc.evidence(mm.start, mm.end, doc.sentences[mm.sentence])
        if _NEAR_BEFORE.search(text[max(0, mm.start - 40):mm.start]):
            mm.relation = "near"
    return mentions


_WORD_BEFORE = re.compile(r"(\w+)\s+(?:the\s+)?$")
_HYPHEN_PARTS = re.compile(rf"(?:-[{_UPPER}][\w’']*)+")
_LIST_GAP = re.compile(r",\s*$|\band\s+$")


def _locative_before(text: str, a: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, a - 25), a)
    return bool(m) and m.group(1).lower() in _LOCATIVE


def _person_like(doc: Document, i: int, j: int, m: ToponymMatcher) -> bool:
    """A place-name match followed by another capitalised word that is no place word
    ("Toktogul Kakcheev") is a person's name unless a locative word precedes it."""
    tokens, text = doc.tokens, doc.text
    if j >= len(tokens):
        return False
    nxt = tokens[j]
    gap = text[tokens[j - 1].end:nxt.start]
    if gap not in (" ", "\u00a0") or not nxt.text[0].isupper() or nxt.text.isupper():
        return False
    low = nxt.text.lower()
    if low in KIND_WORDS or low in _STOP or low in _COUNTRY_WORDS or low in (
            "border", "frontier", "valley", "jamoat", "raion", "oblast"):
        return False
    if m.index.word_key(nxt.text) in m.index.entries:
        return False
    # title case lines (headlines) are not names
    sent = doc.sentence_at(tokens[i].start)
    words = sent.text.split()
    if len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words):
        return False
    return not _locative_before(text, tokens[i].start)


_PERSON_RE = re.compile(rf"\b(?P<first>[{_UPPER}][a-zа-яё’']+)\s+(?P<last>[{_UPPER}][a-zа-яё]+"
                        rf"(?:ov|ev|ova|eva|iev|ieva|zoda|zade|bekov|uulu|kyzy|in|ina|"
                        rf"shvili|yan|enko))\b")
_TITLE_RE = re.compile(r"\b(?:President|General|Colonel|Lieutenant-Colonel|Major|Captain|"
                       r"Sergeant|Private|Mr|Mrs|Ms|Dr|minister|commander|spokesperson|"
                       r"expert|official|officer|deputy|journalist|scientist|adviser|"
                       rf"guard|chief|head)\.?\s+(?P<name>[{_UPPER}][a-z’']+)\b")


def _person_tokens(doc: Document, m: ToponymMatcher) -> set[str]:
    """Keys of words the article uses as personal names ("Shokh Iskandarov" → shokh)."""
    out = set()
    body = doc.text[doc.body_start:]
    for pm in _PERSON_RE.finditer(body):
        out.add(m.index.key(pm.group("first")))
        out.add(m.index.key(pm.group("last")))
    for pm in _TITLE_RE.finditer(body):
        out.add(m.index.key(pm.group("name")))
    return out


def _context_mentions(doc: Document, m: ToponymMatcher, covered: list[tuple[int, int]],
                      persons: set[str]) -> list[Mention]:
    """Names that only their context marks as places, and near-misses after locatives."""
    text = doc.text
    seen: set[tuple[int, int]] = set()
    out: list[Mention] = []
    spans = sorted(covered)
    starts = [x for x, _ in spans]

    def overlaps(a: int, b: int) -> bool:
        k = bisect.bisect_left(starts, b) - 1  # the last span starting before b
        if k >= 0 and spans[k][1] > a:
            return True
        return (a, b) in seen

    def consider(a: int, b: int, how: str) -> None:
        name = text[a:b]
        # trim leading everyday words ("The Sarykol") and trailing kind words ("Kulundu
        # Village") that the pattern let in
        words = name.split(" ")
        while len(words) > 1 and (words[0].lower() in _STOP or words[0].lower() in
                                  _COUNTRY_WORDS):
            a += len(words.pop(0)) + 1
        while len(words) > 1 and words[-1].lower() in KIND_WORDS:
            words.pop()
        name = " ".join(words)
        b = a + len(name)
        if overlaps(a, b) or not name:
            return
        first = re.split(r"[\s-]", name)[0].lower()
        key = m.index.key(name)
        if (first in _STOP or first in _COUNTRY_WORDS or key in m._stop_keys
                or key in persons or len(key) < 3 or name.isupper()):
            return
        seen.add((a, b))
        sent = doc.sentence_at(a)
        out.append(Mention(a, b, name, sent.index, key, [], how))

    lo = doc.body_start
    for pat in _CONTEXT_PATTERNS:
        for pm in pat.finditer(text, lo):
            if "list" in pm.groupdict() and pm.group("list"):
                base = pm.start("list")
                for nm in re.finditer(_NAME, pm.group("list")):
                    consider(base + nm.start(), base + nm.end(), "context")
            else:
                consider(pm.start("name"), pm.end("name"), "context")
    # near-misses: capitalised words after a locative word or inside a list of places
    last_end = -100  # end of the last name considered here, for lists of near-misses
    for tok in doc.tokens:
        t = tok.text
        if len(t) < 3 or not t[0].isupper() or t.isupper():
            continue
        a, b = tok.start, tok.end
        if text[a - 2:a] == ". " or overlaps(a, b):
            continue
        hyph = _HYPHEN_PARTS.match(text, b, b + 30)
        if hyph:
            b = hyph.end()
        elif len(t) < 4:
            continue
        k = bisect.bisect_left(starts, a) - 1
        prev_end = max(spans[k][1] if k >= 0 else -100, last_end)
        in_list = 0 <= a - prev_end <= 6 and bool(_LIST_GAP.search(text, max(0, a - 6), a))
        if not (hyph or in_list or _locative_before(text, a)):
            continue
        n = len(out)
        consider(a, b, "near-miss")
        if len(out) > n:
            last_end = out[-1].end
    return out


# -- kinds from context -----------------------------------------------------------------------

_APPOSITION = re.compile(r"^\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?P<kind>regional\s+capital|"
                         r"capital|region|province|district|village|town|city|checkpoint|"
                         r"post|enclave|exclave)\b", re.I)


def _cue_kinds(doc: Document, mentions: list[Mention]) -> None:
    """Kinds implied by the words around each mention, and by lists of mentions."""
    text = doc.text
    for mm in mentions:
        last_word = re.split(r"[\s-]+", mm.text)[-1].lower()
        if last_word in KIND_WORDS or last_word in ("post", "checkpoint"):
            continue  # "Batken region", "Lakkon border post": the name says its kind
        after = text[mm.end:mm.end + 40]
        before = text[max(0, mm.start - 40):mm.start]
        ka = re.match(r"[\s-]+(border\s+post|frontier\s+post|border\s+outpost|border\s+crossing"
                      r"|water\s+intake|[A-Za-z]+)", after)
        kb = re.search(r"\b([A-Za-z]+)\s+(?:of\s+)?(?:No\.?\s*\d+\s+)?[“\"«]?$", before)
        word = ""
        if ka and _kind_of(ka.group(1)):
            word = ka.group(1)
        elif kb and _kind_of(kb.group(1)) and (re.search(r"\bof\s+$", before)
                                               or re.search(r"[“\"«]$", before)):
            word = kb.group(1)
        else:
            ap = _APPOSITION.match(after)
            if ap:
                word = ap.group("kind")
        if word:
            mm.kinds = _kind_of(word)
            mm.cue = word
    # lists: "the villages of A, B and C", "A and B districts"
    groups: list[list[Mention]] = []
    for mm in mentions:
        if groups and groups[-1][-1].sentence == mm.sentence and re.fullmatch(
                r"\s*(?:,|,?\s*and|,?\s*or|&)\s*", text[groups[-1][-1].end:mm.start]):
            groups[-1].append(mm)
        else:
            groups.append([mm])
    for group in groups:
        if len(group) < 2:
            continue
        first, last = group[0], group[-1]
        head = re.search(r"\b([A-Za-z]+)\s+(?:of\s+|such\s+as\s+|including\s+|like\s+|:\s*)?$",
                         text[max(0, first.start - 30):first.start])
        tail = re.match(r"\s+([A-Za-z]+)", text[last.end:last.end + 20])
        word = ""
        if tail and tail.group(1).lower() in _PLURAL_KINDS:
            word = tail.group(1)
        elif head and head.group(1).lower() in _PLURAL_KINDS:
            word = head.group(1)
        if word:
            for mm in group:
                if not mm.kinds or mm is last:
                    mm.kinds, mm.cue = _kind_of(word), word


# The kind a cue word names first, when it allows several ("region" → a region before a
# district of that name).
_PREFERRED = {"region": "region", "regions": "region", "province": "region",
              "oblast": "region", "district": "district", "districts": "district",
              "village": "village", "villages": "village"}


def _kind_of(word: str) -> frozenset[str]:
    w = " ".join(word.lower().split())
    if w in ("border post", "frontier post", "border outpost", "border crossing"):
        return _POST
    if w == "water intake":
        return frozenset({"water_facility"})
    if w == "regional capital":
        return frozenset({"city", "town"})
    return KIND_WORDS.get(w, frozenset())


# -- resolution -----------------------------------------------------------------------------

def _resolve(doc: Document, m: ToponymMatcher, mentions: list[Mention]) -> None:
    gaz = m.gaz
    sent_countries = {}
    for mm in mentions:
        if mm.sentence not in sent_countries:
            sent_countries[mm.sentence] = country_codes_in(doc.sentences[mm.sentence].text)
    # 1. kind cues narrow the candidates; context-only names are looked up fuzzily
    for mm in mentions:
        if not mm.candidates and mm.how in ("context", "near-miss"):
            _lookup_unknown(doc, m, mm, mentions)
            continue
        if mm.kinds:
            first = _PREFERRED.get(mm.cue.lower())
            fitting = [p for p in mm.candidates if p.kind in mm.kinds]
            if not fitting or (first and not any(p.kind == first for p in fitting)):
                based = [p for p in m.places(m.by_base.get(mm.key, ())) if p.kind in mm.kinds]
                if first and any(p.kind == first for p in based):
                    based = [p for p in based if p.kind == first]
                if based and not (fitting and first and not any(p.kind == first
                                                                for p in based)):
                    fitting = based
                    mm.how += f" + {mm.cue}"
            if fitting:
                mm.candidates = fitting
            elif mm.kinds <= _AREA_KINDS | {"area"}:
                # "Syrdarya region" when the gazetteer only has the town: say so
                mm.suggestions = [f"{p.name} ({p.country}, {p.kind})" for p in mm.candidates]
                mm.reason = f"the text calls it a {mm.cue}; the gazetteer has no such {mm.cue}"
                mm.candidates = []
    # 2. one sense per article: a bare name follows the reading its cued mentions got
    cued: dict[str, list[Place]] = {}
    for mm in mentions:
        if mm.kinds and mm.candidates:
            cued.setdefault(mm.key, mm.candidates)
    for mm in mentions:
        if not mm.kinds and mm.key in cued:
            mm.candidates = cued[mm.key]
    # 3. anchors: names with one reading
    anchors = list({id(mm.candidates[0]): mm.candidates[0] for mm in mentions
                    if len(mm.candidates) == 1 and mm.candidates[0].kind not in
                    ("region", "district", "capital", "area")}.values())
    for mm in mentions:
        if not mm.candidates:
            continue
        if len(mm.candidates) == 1:
            mm.place = mm.candidates[0]
            mm.reason = mm.reason or _reason(mm)
            continue
        countries = sent_countries.get(mm.sentence, [])
        near_cc = country_codes_in(doc.text[max(0, mm.start - 30):mm.start])
        districts, regions = _admin_context(doc, mm, mentions)
        best, best_score, why = None, -1e9, ""
        for p in mm.candidates:
            score, parts = 0.0, []
            if near_cc and p.country in near_cc:
                score += 30
                parts.append(f"country {p.country} named before it")
            elif countries and p.country in countries and len(countries) == 1:
                score += 15
                parts.append(f"sentence names {p.country}")
            if p.admin2 in districts:
                score += 25
                parts.append(f"its district {p.admin2} named nearby")
            elif p.admin1 in regions:
                score += 10
                parts.append(f"its region {p.admin1} named nearby")
            others = [a for a in anchors if a is not p]
            if others:
                d = min(km(p, a) for a in others)
                score -= min(d, 300.0) / 5.0
                parts.append(f"{d:.0f} km from the article's other places")
            if p.origin == "curated":
                score += 5
            if score > best_score:
                best, best_score, why = p, score, "; ".join(parts)
        mm.place = best
        mm.reason = f"{_reason(mm)}; of {len(mm.candidates)} readings: {why or 'default'}"
        if mm.place is not None and mm.how == "context":
            mm.how = "name"
    _ = gaz


def _reason(mm: Mention) -> str:
    base = {"name": "gazetteer name", "alias": "gazetteer alias"}.get(mm.how, mm.how)
    return f"{base}; the text says {mm.cue}" if mm.cue else base


def _admin_context(doc: Document, mm: Mention,
                   mentions: list[Mention]) -> tuple[set[str], set[str]]:
    """(districts, regions) named in the same sentence: admin2 and admin1 names.

    A district also names its region, but only the district tells two homonyms of one
    region apart (Dostuk of Batken district vs Dostuk of Leilek district).
    """
    districts, regions = set(), set()
    for other in mentions:
        if other is mm or other.sentence != mm.sentence:
            continue
        for p in other.candidates:
            if p.kind == "district":
                districts.add(p.admin2)
                regions.add(p.admin1)
            elif p.kind == "region":
                regions.add(p.admin1)
    return {a for a in districts if a}, {a for a in regions if a}


def _lookup_unknown(doc: Document, m: ToponymMatcher, mm: Mention,
                    mentions: list[Mention]) -> None:
    """Fuzzy lookup of a context-marked name or a near-miss; unresolved when nothing fits."""
    gaz = m.gaz
    hits = m.fuzzy_cache.get(mm.text)
    if hits is None:
        if len(m.fuzzy_cache) > 50_000:
            m.fuzzy_cache.clear()
        hits = m.fuzzy_cache[mm.text] = gaz.lookup(mm.text, limit=5, fuzzy=True)
    if mm.kinds:
        kinded = [h for h in hits if h.place.kind in mm.kinds]
        hits = kinded or hits
    known = [x.candidates[0] for x in mentions if x.candidates and len(x.candidates) == 1]
    accepted = []
    for h in hits:
        if h.reason.startswith("fuzzy"):
            score = float(h.reason.split()[1])
            if score < ACCEPT_FUZZY:
                continue
            close = any(km(h.place, k) < 40 for k in known)
            # a near-miss needs the article's other places nearby, a very close spelling,
            # or a curated place after a locative word ("residents of Voruj")
            curated = h.place.origin == "curated" and _locative_before(doc.text, mm.start)
            if mm.how == "near-miss" and not (close or score >= 90 or curated):
                continue
            accepted.append((h, f"fuzzy {score:.0f}"))
        else:
            accepted.append((h, h.reason))
    if accepted:
        best_score = accepted[0][0].score
        mm.candidates = [h.place for h, _ in accepted if h.score >= best_score - 8]
        mm.how = accepted[0][1] if accepted[0][1].startswith("fuzzy") else "variant"
        mm.reason = f"{mm.how} of {accepted[0][0].matched!r}"
        return
    if mm.how == "near-miss":
        mm.how = "drop"
        return
    mm.suggestions = gaz.suggest(mm.text)
    mm.reason = "unknown place: the context names it as a place"
