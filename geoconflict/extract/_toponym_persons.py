"""Personal names that look like places ("Toktogul Kakcheev", "General Batken"): the words
an article uses as names of people are not toponyms unless a locative word precedes them."""

from __future__ import annotations

import re

from ._text import Document
from ._toponym_base import COUNTRY_WORDS, KIND_WORDS, STOP, UPPER, locative_before
from ._toponym_context import at_words
from ._toponym_matcher import ToponymMatcher

__all__ = ["person_like", "person_tokens"]

# ("(?<!\w.)" after the first capital is the "\b" before it: a pattern that opens with a
# class lets the engine skip to the next capital, the whole text 6 times sooner)
_PERSON_RE = re.compile(rf"(?P<first>[{UPPER}](?<!\w.)[a-zа-яё’']+)\s+(?P<last>[{UPPER}][a-zа-яё]+"
                        rf"(?:ov|ev|ova|eva|iev|ieva|zoda|zade|bekov|uulu|kyzy|in|ina|"
                        rf"shvili|yan|enko))\b")
_TITLES = ("President|General|Colonel|Lieutenant-Colonel|Major|Captain|Sergeant|Private|Mr|"
           "Mrs|Ms|Dr|minister|commander|spokesperson|expert|official|officer|deputy|"
           "journalist|scientist|adviser|guard|chief|head")
_TITLE_RE = re.compile(rf"\b(?:{_TITLES})\.?\s+(?P<name>[{UPPER}][a-z’']+)\b")
# the first tokens of the titles: a match opens with one of them (``at_words``)
_TITLE_FIRSTS = frozenset(t.split("-")[0] for t in _TITLES.split("|"))
_WORD_CHAR = re.compile(r"\w")
_PLACE_WORDS = frozenset(("border", "frontier", "valley", "jamoat", "raion", "oblast"))
_MINOR_WORDS = frozenset("a an the of for in on at to and or but by with from as nor".split())


def person_like(doc: Document, i: int, j: int, m: ToponymMatcher) -> bool:
    """A place-name match (tokens ``i:j``) followed by another capitalised word that is no
    place word ("Toktogul Kakcheev") is a person's name unless a locative word precedes it."""
    tokens, text = doc.tokens, doc.text
    if j >= len(tokens):
        return False
    nxt = tokens[j]
    gap = text[tokens[j - 1].end:nxt.start]
    if gap not in (" ", "\u00a0") or not nxt.text[0].isupper() or nxt.text.isupper():
        return False
    low = nxt.text.lower()
    if low in KIND_WORDS or low in STOP or low in COUNTRY_WORDS or low in _PLACE_WORDS:
        return False
    if m.index.word_key(nxt.text) in m.index.entries:
        return False
    # title case lines (headlines) are not names; headline style leaves articles, short
    # prepositions and conjunctions lower case ("What Next for the X Dissenters")
    words = [w for w in doc.sentence_at(tokens[i].start).text.split()
             if w.lower() not in _MINOR_WORDS]
    if len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words):
        return False
    return not locative_before(text, tokens[i].start)


def person_tokens(doc: Document, m: ToponymMatcher) -> set[str]:
    """Keys of words the article uses as personal names ("Shokh Iskandarov" → shokh)."""
    out = set()
    body = doc.text[doc.body_start:]
    for pm in _PERSON_RE.finditer(body):
        out.add(m.index.key(pm.group("first")))
        out.add(m.index.key(pm.group("last")))
    for pm in _titled(doc, body):
        out.add(m.index.key(pm.group("name")))
    return out


def _titled(doc: Document, body: str) -> list[re.Match]:
    """The matches of ``_TITLE_RE`` in the body, tried only at the tokens a title opens
    with (unless the body's first letter follows a letter: there ``\\b`` reads the body
    alone as the text)."""
    if doc.body_start and _WORD_CHAR.match(doc.text, doc.body_start - 1):
        return list(_TITLE_RE.finditer(body))
    return at_words(doc, _TITLE_RE, _TITLE_FIRSTS)
