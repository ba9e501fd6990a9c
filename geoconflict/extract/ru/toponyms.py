"""Place names in Russian text: gazetteer names in every case form, found in one pass.

The English matcher's token automaton (every gazetteer name and alias, by ``fold_key``)
is read with a Russian word key (``_forms.FormKeys``): an inflected word takes the key of
the gazetteer word it declines, so «в Ворухе», «из Воруха» and «Ворух» meet the entry of
Vorukh, «Баткенской области» the alias «Баткенская область», and «Исфаринского» the
place Isfara. The kind words around a name (``_kinds``) and the resolver shared with
English (``_toponym_resolve``) then pick one reading.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ...gazetteer.index import Gazetteer
from ...gazetteer.names import fold_key
from .._phrases import PhraseIndex
from .._text import TOKEN_RE, Document, Token
from .._toponym_base import Mention, kind_of
from .._toponym_matcher import ToponymMatcher, matcher_for
from .._toponym_resolve import resolve
from .._toponym_within import outside_their_area
from ._context import context_of
from ._forms import FormKeys, place_adjectives
from ._kinds import cue_kinds, not_a_place, unknown_names
from ._narrow import narrow_before_resolve

__all__ = ["find_toponyms", "RussianIndex", "russian_index"]

_NEAR_BEFORE = re.compile(r"(?:\bблиз|\bвблизи|\bнедалеко\s+от|\bнеподалеку\s+от|\bокол[оа]|"
                          r"\bв\s+районе|\bрядом\s+с|\bу\b|\bв\s+окрестностях)\s+"
                          r"(?:[\w-]+\s+){0,2}$", re.I)
# Capitalised words that open sentences or name no place even when some gazetteer word
# has their form (their fold keys).
_STOP = frozenset("""
в во на по из от до для как так это этот эта эти все его ее её их они он она мы вы я не но а
и или что чтобы когда где при после перед около более менее также однако кроме между через
под над со об ко к с у о же ли бы уже еще ещё там тут здесь сегодня вчера завтра накануне
сейчас тогда потом затем всего лишь только сам сама сами само сначала кроме данные данным
ранее позже источник источники фото видео читайте также глава министр президент премьер
сообщает сообщил сообщила сообщили заявил заявила заявили напомним отметим между тем кстати
мая май марта март июня июнь июля июль мир мира свет центральный
""".split())


class RussianIndex(PhraseIndex):
    """Every gazetteer name and alias keyed by Russian word forms, and the adjectives of
    the places (баткенский → Batken: those Russian derives from the name, and those the
    gazetteer lists under ``adjectives``), in one token automaton.

    ``forms`` is the word key (default: ``FormKeys`` over the gazetteer's words; the
    benchmark ``eval_ru_forms`` swaps in others). ``en_key`` gives, for each key, the
    English matcher's key of that name, with which the shared resolver looks up base
    names and official names.
    """

    def __init__(self, base: ToponymMatcher, forms: Callable[[str], str] | None = None):
        names = [(i, n) for i, p in enumerate(base.gaz.places) for n in p.names]
        self.forms = forms or FormKeys(frozenset(fold_key(w) for _, n in names
                                                 for w in TOKEN_RE.findall(n)))
        super().__init__(self.forms, collapse_doubles=True)
        self.en_key: dict[str, str] = {}
        self.adjective_keys: set[str] = set()
        for i, name in names:
            en = base.index.key(name)
            self.en_key.setdefault(self.add(name, i), en)
        for i, name in names:
            words = TOKEN_RE.findall(name)
            if not words or base.gaz.places[i].origin != "curated":
                continue
            head = self.key_of_words(words[:-1])
            for adj in place_adjectives(words[-1]):
                self._add_adjective(self._join(head, adj), i, base.index.key(name))
        for i, place in enumerate(base.gaz.places):  # the gazetteer's own adjectives
            for adj in place.adjectives:
                self._add_adjective(self.key(adj), i, base.index.key(place.name))
        self.stop_keys = frozenset(self.forms(w) for w in _STOP) | base.stop_keys
        self._starts: dict[str, bool] = {}
        # aliases that open with a kind word in lower case («застава Майская»)
        self.lower_starts = frozenset(self.word_key(TOKEN_RE.findall(n)[0]) for _, n in names
                                      if n[:1].islower() and len(TOKEN_RE.findall(n)) > 1)

    def _add_adjective(self, key: str, i: int, en_key: str) -> None:
        if not key:
            return
        self.adjective_keys.add(key)
        bucket = self.entries.setdefault(key, [])
        if i not in bucket:
            bucket.append(i)
            self.en_key.setdefault(key, en_key)
        self._prefixes.update([key[:n] for n in range(1, len(key))])
        self._opens.clear()

    def starts(self, tok: Token) -> bool:
        """A name begins at a capitalised word, at the adjective of a place (баткенский),
        or at the kind word an alias opens with («заставе «Майская»»), and only at a word
        some name begins with (the answer kept for each spelling)."""
        t = tok.text
        hit = self._starts.get(t)
        if hit is None:
            key = self.word_key(t)
            hit = (t[0].isupper() or key in self.lower_starts or (
                ("ск" in t or "цк" in t) and key in self.adjective_keys)) and (
                key in self._prefixes or key in self.entries)
            if len(self._starts) > 200_000:
                self._starts.clear()
            self._starts[t] = hit
        return hit


_INDEXES: dict[int, tuple[ToponymMatcher, RussianIndex]] = {}


def russian_index(m: ToponymMatcher) -> RussianIndex:
    """The Russian index of a matcher, built on first use and kept for the process."""
    hit = _INDEXES.get(id(m))
    if hit is None or hit[0] is not m:
        hit = _INDEXES[id(m)] = (m, RussianIndex(m))
    return hit[1]


def find_toponyms(doc: Document, gazetteer: Gazetteer) -> list[Mention]:
    """Every place mention of a Russian document, resolved where the gazetteer allows."""
    m = matcher_for(gazetteer)
    idx = russian_index(m)
    text, tokens = doc.text, doc.tokens
    mentions = []
    for i, j, key, ids in idx.find(text, tokens, start_ok=idx.starts):
        first = tokens[i].text
        if j - i == 1 and (idx.word_key(first) in idx.stop_keys or len(key) < 3
                           or fold_stop(first)):
            continue
        if j - i == 1 and first.isupper() and len(first) <= 4:
            continue  # acronyms (ГКНБ, ОДКБ) are not places
        if not_a_place(doc, i, j):
            continue
        a, b = tokens[i].start, tokens[j - 1].end
        if a >= 2 and text[a - 1] == "-" and text[a - 2].isalpha() and not (
                mentions and mentions[-1].end == a - 1):
            # «Кен-Сай»: the end of a longer name the gazetteer lacks, not «Сай» (but
            # «Ворух-Исфана», a road between two places, names both)
            continue
        en = idx.en_key.get(key, key)
        how = "name" if any((en, x) in m.official for x in ids) else "alias"
        if key in idx.adjective_keys:
            how = "adjective"
        mentions.append(Mention(a, b, text[a:b], doc.sentence_at(a).index, en, m.places(ids),
                                how))
    cue_kinds(doc, mentions)
    for a, b, word in unknown_names(doc, [(mm.start, mm.end) for mm in mentions]):
        unknown = Mention(a, b, text[a:b], doc.sentence_at(a).index, idx.key(text[a:b]),
                          how="context", kinds=kind_of(word), cue=word)
        mentions.append(unknown)
    mentions.sort(key=lambda x: x.start)
    narrow_before_resolve(doc, mentions)
    resolve(doc, m, mentions)
    outside_their_area(doc, mentions)
    prev = None
    for mm in mentions:
        if mm.how == "adjective" and mm.place is not None:
            mm.reason = f"adjective of {mm.place.name}; {mm.reason}"
        mm.evidence = doc.evidence(mm.start, mm.end, doc.sentences[mm.sentence])
        mm.context = context_of(doc, mm, prev)
        prev = mm
        if _NEAR_BEFORE.search(text[max(0, mm.start - 40):mm.start]):
            mm.relation = "near"
    _persons(doc.text, mentions)
    mentions = [mm for mm in mentions if mm.how != "drop"]
    return _this_district(doc, mentions)


# «губернатора Жениша Разакова»: a surname after a first name (a capitalised word inside
# the sentence) names a person; so does the same word later («Разаков проводит …») unless
# a locative or a kind word is before it
_FIRST_NAME_BEFORE = re.compile(r"[\w,»\"–—:-]\s+[А-ЯЁ][а-яё]{2,}\s+$")
_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ом|е)?$")
_PLACE_BEFORE = re.compile(r"(?<!\w)(?:в|во|из|у|под|около|близ|вблизи|возле|до|от|через|"
                           r"сел\w*|город\w*|район\w*|кишлак\w*|айыл\w*|посел\w*|посёл\w*)\s+$",
                           re.I)


def _persons(text: str, mentions: list[Mention]) -> None:
    """Drop the mentions of a word the text names as a person's surname (see above)."""
    persons = {mm.key for mm in mentions if mm.place is not None and mm.how != "adjective"
               and _SURNAME.search(mm.text) and " " not in mm.text
               and _FIRST_NAME_BEFORE.search(text, max(0, mm.start - 30), mm.start)}
    for mm in mentions:
        if mm.key in persons and not _PLACE_BEFORE.search(text, max(0, mm.start - 20), mm.start):
            mm.how = "drop"


# «в этом районе», «в данном районе»: the district the text named just before
_THIS_DISTRICT = re.compile(r"(?<!\w)(?:в|на\s+территории)\s+(?:этом|данном|том\s+же)\s+"
                            r"районе(?!\w)", re.I)
#: how many sentences back «в этом районе» looks for its district
_THIS_DISTRICT_BACK = 2


def _this_district(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """The mentions with one more for each «в этом районе» that follows a district named
    as a place (no reference point, title or destination) up to two sentences before."""
    if "район" not in doc.text:
        return mentions
    extra = []
    for m in _THIS_DISTRICT.finditer(doc.text):
        here = doc.sentence_at(m.start()).index
        before = [mm for mm in mentions if mm.end <= m.start() and mm.place is not None
                  and mm.place.kind == "district" and not mm.context
                  and here - mm.sentence <= _THIS_DISTRICT_BACK]
        if not before:
            continue
        prev = before[-1]
        a, b = m.start(), m.end()
        ref = Mention(a, b, doc.text[a:b], here, prev.key, prev.candidates, "alias",
                      prev.kinds, place=prev.place,
                      reason=f"the district named before it ({prev.text})")
        ref.evidence = doc.evidence(a, b, doc.sentences[here])
        extra.append(ref)
    return sorted(mentions + extra, key=lambda x: x.start) if extra else mentions


def fold_stop(word: str) -> bool:
    """Whether a capitalised word is a function word or another non-name."""
    return word.lower() in _STOP
