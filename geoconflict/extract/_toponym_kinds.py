"""The kind of place the words around a mention imply: "the Dostuk border post", "the
village of X", "Batken, the regional capital", and the plural kind word of a list ("the
villages of A, B and C", "A and B districts")."""

from __future__ import annotations

import re

from ._text import Document
from ._toponym_base import KIND_WORDS, PLURAL_KINDS, POST, Mention, kind_of

__all__ = ["cue_kinds"]

_APPOSITION = re.compile(r"^\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?P<kind>regional\s+capital|"
                         r"capital|region|province|district|village|town|city|checkpoint|"
                         r"post|enclave|exclave)\b", re.I)
# the kind word after the name, past a gloss in brackets: "the Dostuk (Friendship) checkpoint"
_KIND_NEXT = re.compile(r"(?:\s*\([^()\n]{1,30}\))?[\s-]+(border\s+post|frontier\s+post|"
                        r"border\s+control\s+point|"
                        r"border\s+outpost|border\s+crossing|water\s+intake|[A-Za-z]+)")
_KIND_PREV = re.compile(r"\b([A-Za-z]+)\s+(?:of\s+)?(?:No\.?\s*\d+\s+)?[“\"«]?$")
_LIST_GAP = re.compile(r"\s*(?:,|,?\s*and|,?\s*or|&)\s*")
_LIST_HEAD = re.compile(r"\b([A-Za-z]+)\s+(?:of\s+|such\s+as\s+|including\s+|like\s+|:\s*)?$")
_LIST_TAIL = re.compile(r"\s+([A-Za-z]+)")


_WORD_GAP = re.compile(r"[\s-]+")
_OF_BEFORE = re.compile(r"\bof\s+$")
_QUOTE_BEFORE = re.compile(r"[“\"«]$")


def cue_kinds(doc: Document, mentions: list[Mention]) -> None:
    """Set ``kinds`` and ``cue`` of each mention from the words around it and from the
    list it stands in."""
    for mm in mentions:
        last_word = _WORD_GAP.split(mm.text)[-1].lower()
        if last_word in KIND_WORDS or last_word in ("post", "checkpoint"):
            continue  # "Batken region", "Lakkon border post": the name says its kind
        word = _cue_word(doc.text, mm)
        if word:
            mm.kinds, mm.cue = kind_of(word), word
    for group in _lists_of(doc.text, mentions):
        _list_kind(doc.text, group)


def _cue_word(text: str, mm: Mention) -> str:
    """The kind word right after the name, before it ("the village of", "post “X”"), or in
    an apposition (", a village in …"); "" when there is none."""
    after = text[mm.end:mm.end + 40]
    before = text[max(0, mm.start - 40):mm.start]
    ka = _KIND_NEXT.match(after)
    if ka and kind_of(ka.group(1)):
        return ka.group(1)
    kb = _KIND_PREV.search(before)
    # ("the village of X", 'post "X"'; a crossing's word also right before its name, as
    # translated reports write it: "at the checkpoint Kulundu")
    if kb and kind_of(kb.group(1)) and (_OF_BEFORE.search(before)
                                        or _QUOTE_BEFORE.search(before)
                                        or kind_of(kb.group(1)) == POST):
        return kb.group(1)
    ap = _APPOSITION.match(after)
    return ap.group("kind") if ap else ""


def _lists_of(text: str, mentions: list[Mention]) -> list[list[Mention]]:
    """Runs of mentions in one sentence joined by commas, "and", "or"."""
    groups: list[list[Mention]] = []
    for mm in mentions:
        if groups and groups[-1][-1].sentence == mm.sentence and _LIST_GAP.fullmatch(
                text, groups[-1][-1].end, mm.start):
            groups[-1].append(mm)
        else:
            groups.append([mm])
    return [g for g in groups if len(g) > 1]


def _list_kind(text: str, group: list[Mention]) -> None:
    """A plural kind word before or after a list gives its kind to every member without
    one (and to the last, which a singular kind word after it may have misled)."""
    first, last = group[0], group[-1]
    head = _LIST_HEAD.search(text[max(0, first.start - 30):first.start])
    tail = _LIST_TAIL.match(text[last.end:last.end + 20])
    word = ""
    if tail and tail.group(1).lower() in PLURAL_KINDS:
        word = tail.group(1)
    elif head and head.group(1).lower() in PLURAL_KINDS:
        word = head.group(1)
    if word:
        for mm in group:
            if not mm.kinds or mm is last:
                mm.kinds, mm.cue = kind_of(word), word
