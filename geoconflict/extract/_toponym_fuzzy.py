"""Near-miss acceptance: when a name found in text may be a misspelt gazetteer name.

``Gazetteer.lookup`` accepts a fuzzy match from a ratio of 80 on folded keys, which suits
a user typing a name they know; article text is full of names the gazetteer lacks, and
80 turns them into wrong places ("Tolqinobod" → Dushanbe via Stalinabad, "Xyzzyabad" →
Shakhimardan via Khamzaabad). A name found in text (by ``_toponym_context``) that is not
a gazetteer name in any spelling is accepted as the misspelling of a gazetteer name only
when all of these hold, on the ``fold_key`` keys of both:

1. **Common endings carry nothing.** When both keys end in a generic ending of the same
   family (-abad/-obod, -kent/-kand, -sai/-soi/-su, -bulak/-bulok, -tash/-tosh,
   -tepa/-tube, -kul/-kol, -jar, -arik), only the stems before it are compared, and
   each stem must keep 3 letters.
2. **Same first letter**, and the shorter compared string is at least 75 % as long as
   the longer.
3. **Score ≥ 85**, where score = 100 × (1 − cost / longer length) and cost is an edit
   distance in which a vowel for a vowel, or j for h / g for k (transliterations of
   х, ж, қ, ғ) costs 0.5 and any other edit 1; strings under 5 letters must be equal.
   So "Voruj" (90 → Vorukh), "Dustuk" (92 → Dostuk), "Dzhani-Dzhir" (93 → Jangy-Jer)
   and "Kok-Tosh" (stems equal → Kok-Tash) pass; "Xyzzyabad" (stems hiz/hamz: 62),
   "Tolqinobod" (tolkin/stalin: first letters differ) do not.
4. **The place fits the article**: it lies within 80 km of a reading of one of the
   article's gazetteer names (150 km from a region or district point; capitals do not
   count), or, when the article has none, it is a curated place (the curated records
   cover the region; a GeoNames record far away does not qualify on spelling alone).
   So "Qizilsoy" does not become Kyzyl-Suu on Issyk-Kul.

Of the candidates that pass, those within 5 points of the best are kept for the
ambiguity resolver. A name that none passes stays an unresolved mention whose
``suggestions`` give the closest names with their scores and whose ``reason`` says why
they were refused; only a bare capitalised word after a locative (``near-miss``) with no
candidate scoring 75 and no generic place ending (-abad, -soy …) is dropped, for nothing
else says it is a place.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..gazetteer.places import Place
from ._text import Document
from ._toponym_base import AREA_KINDS, Mention, km
from ._toponym_matcher import ToponymMatcher

__all__ = ["UNKNOWN_FINDERS", "lookup_unknown", "text_score", "ACCEPT_IN_TEXT"]

#: ``Mention.how`` of the finders of names the automaton did not match.
UNKNOWN_FINDERS = frozenset({"context", "list", "near-miss"})
ACCEPT_IN_TEXT = 85.0
#: Below this score a bare capitalised word after a locative is not reported at all.
KEEP_NEAR_MISS = 75.0
RADIUS_KM = 80.0
AREA_RADIUS_KM = 150.0
_ENDINGS = (("abad",), ("kent", "kand", "kend"), ("sai", "soi", "sui", "su"),
            ("bulak", "bulok"), ("tash", "tosh"), ("tepa", "tepe", "tube", "tobe"),
            ("kul", "kol"), ("jar",), ("arik",))
_ENDING_FAMILY = {e: n for n, family in enumerate(_ENDINGS) for e in family}
_BY_LENGTH = sorted(_ENDING_FAMILY, key=len, reverse=True)
_VOWELS = frozenset("aeiou")
_CLOSE = frozenset({("j", "h"), ("h", "j"), ("g", "k"), ("k", "g")})


def _split_ending(key: str) -> tuple[str, int]:
    for e in _BY_LENGTH:
        if key.endswith(e) and len(key) - len(e) >= 3:
            return key[:-len(e)], _ENDING_FAMILY[e]
    return key, -1


def _cost(a: str, b: str) -> float:
    """Edit distance with cheap (0.5) vowel-for-vowel and j/h, g/k substitutions."""
    prev = [float(j) for j in range(len(b) + 1)]
    for i, ca in enumerate(a, 1):
        cur = [float(i)]
        for j, cb in enumerate(b, 1):
            if ca == cb:
                sub = 0.0
            elif (ca in _VOWELS and cb in _VOWELS) or (ca, cb) in _CLOSE:
                sub = 0.5
            else:
                sub = 1.0
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + sub))
        prev = cur
    return prev[-1]


def text_score(key: str, other: str) -> tuple[float, str]:
    """Score (0-100) of a gazetteer key as the spelling of a name found in text, and why
    it falls short of the rule ("" when it passes rules 1-3 of the module docstring)."""
    a, fa = _split_ending(key)
    b, fb = _split_ending(other)
    if fa < 0 or fa != fb:
        a, b = key, other
    if not a or not b:
        return 0.0, "empty"
    score = 100.0 * (1.0 - _cost(a, b) / max(len(a), len(b)))
    if a[0] != b[0]:
        return score, "first letter differs"
    if min(len(a), len(b)) < 0.75 * max(len(a), len(b)):
        return score, "lengths differ"
    if min(len(a), len(b)) < 5 and a != b:
        return score, "short and not equal"
    if score < ACCEPT_IN_TEXT:
        return score, f"score below {ACCEPT_IN_TEXT:.0f}"
    return score, ""


@dataclass(frozen=True, slots=True)
class _Hit:
    place: Place
    matched: str          # the gazetteer name compared
    score: float
    refusal: str          # "" when rules 1-3 pass
    base: bool            # matched the base of a name ("Lakkon" of "Lakkon border post")


def _hits(m: ToponymMatcher, key: str) -> list[_Hit]:
    """Gazetteer names near a key, scored by the text rule, best first (memoised)."""
    hits = m.fuzzy_cache.get(key)
    if hits is not None:
        return hits
    from rapidfuzz import fuzz, process

    n = len(key)
    by_len = m.keys_by_len()
    choices = [k for size in range(max(1, int(n * 0.6)), int(n / 0.6) + 2)
               for k in by_len.get(size, ())]
    hits = []
    for found, _ratio, _ in process.extract(key, choices, scorer=fuzz.ratio, limit=8,
                                            score_cutoff=60):
        score, refusal = text_score(key, found)
        named = m.index.entries.get(found, ())
        for i in m.ids_of_key(found):
            place = m.gaz.places[i]
            name = next((nm for nm in place.names if m.index.key(nm).startswith(found)),
                        place.name)
            hits.append(_Hit(place, name, score, refusal, i not in named))
    hits.sort(key=lambda h: (h.refusal != "", -h.score, h.place.origin != "curated"))
    seen: set[str] = set()
    hits = [h for h in hits if not (h.place.id in seen or seen.add(h.place.id))]
    if len(m.fuzzy_cache) > 50_000:
        m.fuzzy_cache.clear()
    m.fuzzy_cache[key] = hits
    return hits


def _article_fit(place: Place, anchors: list[Place]) -> str:
    """"" when the place fits the article's other places (rule 4), else why not."""
    if not anchors:
        return "" if place.origin == "curated" else "not a curated place"
    d = min(km(place, a) - (AREA_RADIUS_KM - RADIUS_KM if a.kind in AREA_KINDS else 0.0)
            for a in anchors)
    return "" if d <= RADIUS_KM else "far from the article's other places"


def _anchors(mentions: list[Mention]) -> list[Place]:
    """Every reading of the article's gazetteer names, capitals left out."""
    out = {}
    for mm in mentions:
        if mm.how not in UNKNOWN_FINDERS and not mm.how.startswith("fuzzy"):
            out.update((p.id, p) for p in mm.candidates if p.kind != "capital")
    return list(out.values())


def lookup_unknown(doc: Document, m: ToponymMatcher, mm: Mention,
                   mentions: list[Mention]) -> None:
    """Resolve a name the automaton did not match: a variant spelling, an accepted near
    miss, or an unresolved mention with suggestions (see the module docstring)."""
    exact = [c for c in m.gaz.lookup(mm.text, limit=None, fuzzy=False)
             if not mm.kinds or c.place.kind in mm.kinds]
    if exact:
        mm.candidates = [c.place for c in exact if c.score >= exact[0].score - 5]
        mm.how, mm.reason = "variant", f"variant of {exact[0].matched!r}"
        return
    # a base name counts only for the kind the text gives ("Lyakon post")
    hits = [h for h in _hits(m, mm.key) if not h.base or h.place.kind in mm.kinds]
    anchors = _anchors(mentions)
    accepted = [h for h in hits if not h.refusal and not _article_fit(h.place, anchors)]
    if mm.kinds:
        accepted = [h for h in accepted if h.place.kind in mm.kinds] or accepted
    if accepted:
        best = accepted[0]
        mm.candidates = [h.place for h in accepted if h.score >= best.score - 5]
        mm.how = f"fuzzy {best.score:.0f}"
        mm.reason = f"{mm.how} of {best.matched!r}"
        return
    if (mm.how == "near-miss" and _split_ending(mm.key)[1] < 0
            and not any(h.score >= KEEP_NEAR_MISS for h in hits)):
        mm.how = "drop"
        return
    _unresolved(mm, hits, anchors)


def _unresolved(mm: Mention, hits: list[_Hit], anchors: list[Place]) -> None:
    ranked = sorted(hits, key=lambda h: -h.score)[:3]
    mm.suggestions = [f"{h.place.name} ({h.place.country}, {h.place.id}; {h.score:.0f} for "
                      f"{h.matched!r})" for h in ranked]
    why = [f"{h.matched} {h.score:.0f}: {h.refusal or _article_fit(h.place, anchors)}"
           for h in ranked]
    found_by = {"list": "a list of places holds it", "near-miss": "it follows a locative"
                }.get(mm.how, "the context names it as a place")
    mm.reason = f"unknown place: {found_by}" + (
        f"; near names refused ({'; '.join(why)})" if why else "")
