"""Sentence kinds and the cue words of border incidents (English).

Each sentence has a *kind*, that of its first cue word (see :func:`sentence_kind`):
violence, agreement, other (a strategic development) or protest; sentences are grouped
into incidents of one kind. :mod:`.event_types` gives an incident its ACLED type from its
kind and the cue words of its sentences.
"""

from __future__ import annotations

import re
from itertools import compress
from operator import itemgetter

from ._cue_gate import CueGate, alternatives
from ._cue_stems import stems
from ._cue_words import _CUES
from ._literal_cues import Cued
from ._memo import looked_up, lowered

__all__ = ["EVENT_CUE", "LEAD_CLAUSE", "VIOLENCE_CUE", "ARREST_CUE", "RELEASE_CUE", "DIPLOMACY_CUE",
           "INVESTIGATION_CUE",
           "TRESPASS_CUE",
           "EVENT_STEMS",
           "may_be_event", "cue_at_words", "first_cue", "sentence_kind", "KINDS",
           "cue_words"]

_CUE_RE = {k: re.compile(rf"\b(?:{v})", re.I) for k, v in _CUES.items()}
# An attack whose object is an armed target: "attacked the border post", "raid on a
# checkpoint" (not "soldiers attacked ...", where the soldiers are the attackers).
_CUE_RE["armed_target"] = re.compile(
    rf"\b(?:{_CUES['attack']})\W+(?:[\w’'-]+\W+){{0,5}}?(?:{_CUES['armed_target']})", re.I)
_VIOLENCE_KEYS = ("clash", "shelling", "air", "explosive", "grenade", "attack", "kill", "riot",
                  "loot", "theft")
_EXTRA_VIOLENCE = _CUES["abduct"] + r"|shot\s+(?:at|and|in|by|him|her|them)|gunmen|" \
                  r"evacuat\w*|displaced"
#: The kinds of incident a sentence can tell, in the order they are tried at one position:
#: violence (and its toll), agreements (ceasefires, protocols, talks), other strategic
#: developments (weapons handed out or stolen, diplomatic notes, water cut off) and protests.
KIND_PATTERNS: dict[str, list[str]] = {
    "violence": [_CUES[k] for k in _VIOLENCE_KEYS] + [_EXTRA_VIOLENCE],
    "agreement": [_CUES["agreement"]],
    "other": [_CUES["weapons"], _CUES["diplomacy"], _CUES["border_status"], _CUES["demining"],
              _CUES["deployment"], _CUES["release"], _CUES["trespass"],
              _CUES["blockade"], _CUES["works"], _CUES["water"], _CUES["investigation"],
              _CUES["resettlement"]],
    "protest": [_CUES["protest"]],
}
KINDS = tuple(KIND_PATTERNS)
_KIND_CUE = re.compile("|".join(rf"(?P<{k}>\b(?:{'|'.join(v)}))"
                                for k, v in KIND_PATTERNS.items()), re.I)
_EVENT_PATTERNS = [p for pats in KIND_PATTERNS.values() for p in pats]
#: Words that make a sentence part of an incident (violence or a development of one).
EVENT_CUE = re.compile(r"\b(?:" + "|".join(_EVENT_PATTERNS) + ")", re.I)
VIOLENCE_CUE = re.compile(r"\b(?:" + "|".join(_CUES[k] for k in _VIOLENCE_KEYS) + ")", re.I)
#: ``.match(text, at)`` of the kind and violence cues with only the alternatives that can
#: begin at ``at`` (the same matches; see ``_cue_gate``)
KIND_AT = CueGate(_KIND_CUE, {k: alternatives("|".join(v)) for k, v in KIND_PATTERNS.items()},
                  lambda d: "|".join(rf"(?P<{k}>\b(?:{v}))" for k, v in d.items()))
VIOLENCE_AT = CueGate(VIOLENCE_CUE, {"": alternatives(VIOLENCE_CUE.pattern[5:-1])},
                      lambda d: r"\b(?:" + d[""] + ")")
#: Words that tell a detention, and words that tell detainees set free or handed back.
ARREST_CUE = Cued(re.compile(r"\b(?:" + _CUES["arrest"] + ")", re.I))
RELEASE_CUE = Cued(re.compile(r"\b(?:" + _CUES["release"] + ")", re.I))
DIPLOMACY_CUE = Cued(re.compile(r"\b(?:" + _CUES["diplomacy"] + ")", re.I))
TRESPASS_CUE = Cued(re.compile(r"\b(?:" + _CUES["trespass"] + ")", re.I))
INVESTIGATION_CUE = Cued(re.compile(r"\b(?:" + _CUES["investigation"] + ")", re.I))
#: The first four letters of every word that can begin a cue: a sentence none of whose
#: words begins so cannot match a cue (a set lookup per word instead of a regex scan).
EVENT_STEMS = stems(_EVENT_PATTERNS)
_SHORT_STEMS = frozenset(s for s in stems(list(_CUES.values())) if len(s) < 4)


def _stem_hit(word: str, stems: frozenset[str]) -> bool:
    """Whether a cue can begin at this word: its first four letters, or its first three
    or two for the shorter cue words ("air strike" / "airstrike", "IEDs")."""
    w = word[:4].lower()
    return w in stems or w[:3] in _SHORT_STEMS


def may_be_event(words: list[str]) -> bool:
    """Whether a sentence with these words can hold an event cue (cheap pre-check)."""
    return any(_stem_hit(w, EVENT_STEMS) for w in words)


_CUE_WORD: dict[str, bool] = {}  # spelling -> whether a cue can begin at it
_FIRST = itemgetter(0)
_WORD = re.compile(r"\w+")


class _Cues(list):
    """Words ``cue_words`` picked: picked again (a sentence's cue words are asked for its
    kind, its violence and its first word of violence), they are themselves."""

    __slots__ = ()


def cue_words(words: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The (word, offset) pairs a cue can begin at: ``_stem_hit`` with the event stems,
    looked up by spelling in C (a spelling not seen before is tested once). Read only:
    words it picked before are given back as they are."""
    if type(words) is _Cues:
        return words
    hits = looked_up(list(map(_FIRST, words)), _CUE_WORD, _may_cue)
    return _Cues(compress(words, hits))


def _may_cue(word: str) -> bool:
    s = word[:4].lower()
    return s in EVENT_STEMS or s[:3] in _SHORT_STEMS


def first_cue(pattern: re.Pattern, text: str, words: list[tuple[str, int]] | None
              ) -> re.Match | None:
    """The first match of a cue pattern, tried only at the words a cue can begin."""
    if words is None:
        return pattern.search(text)
    for _w, at in cue_words(words):
        m = pattern.match(text, at)
        if m:
            return m
    return None


def cue_at_words(pattern: re.Pattern, text: str, words: list[tuple[str, int]]) -> bool:
    """``pattern.search(text)``, tried only at the words (word, offset) a cue can begin."""
    return any(pattern.match(text, at) for _w, at in cue_words(words))


#: A leading adverbial clause ("After three days of fighting, …", "Despite the ceasefire,
#: …"): what it tells came before or around the main clause's event.
LEAD_CLAUSE = re.compile(r"^\s*(?:After|Following|Amid|Amidst|Despite|In\s+spite\s+of|"
                         r"In\s+the\s+wake\s+of)\b[^,;.]{3,160},")

# a subject that names victims by their kin, the violence told in a participle: "Relatives
# of a man shot dead by guards blocked the road" tells the blockade
KIN_SUBJECT = re.compile(r"^\W*(?:[\w’'-]+\s+){0,2}?(?:relatives|famil(?:y|ies)|friends|"
                         r"parents|widows?|mothers|fathers|brothers|sons|daughters|"
                         r"colleagues|supporters|fellow\s+villagers|neighbou?rs)\s+of\s+"
                         r"(?:[\w’'-]+\s+){1,5}?(?:killed|shot(?:\s+dead)?|wounded|injured|"
                         r"detained|arrested|murdered|slain|beaten|held)\b", re.I)

# a word every match of ``KIN_SUBJECT`` holds (lower case): ASCII text without any of
# them is not matched (no other text folds onto them another way than ``lower``)
_KIN_WORDS = ("relatives", "famil", "friends", "parents", "widow", "mothers", "fathers",
              "brothers", "sons", "daughters", "colleagues", "supporters", "fellow", "neighbo")


def _kin_subject(text: str) -> re.Match | None:
    """``KIN_SUBJECT.match(text)``, skipped for ASCII text without a word of kin."""
    if text.isascii() and not any(map(lowered(text).__contains__, _KIN_WORDS)):
        return None
    return KIN_SUBJECT.match(text)


# the state of the border, not an act: "parts of the border are mined", "remains mined"
_STATE_BEFORE = re.compile(r"\b(?:is|are|remains?|still)\s+(?:still\s+|heavily\s+|partly\s+)?$",
                           re.I)


def kin_subject_end(text: str) -> int | None:
    """Where the main clause's first cue follows a subject naming victims by their kin
    (``KIN_SUBJECT``): the violence told before it is the subject's; None when there is
    no such subject or no cue after it."""
    kin = KIN_SUBJECT.match(text)
    if kin is None:
        return None
    words = [(m.group(), m.start()) for m in _WORD.finditer(text, kin.end())]
    return next((at for _w, at in cue_words(words) if KIND_AT.match(text, at)), None)


def _first_kinds(text: str, cues: list[tuple[str, int]]) -> tuple[str | None, str | None]:
    """The kind of the first cue at these cue words (``cue_words``; a banned protest is
    none, nor violence that is the object of a reaction to it), and that of the first such
    cue counting those in a relative clause too (one pass for both)."""
    relative = None
    for _w, at in cues:
        m = KIND_AT.match(text, at)
        if m is None or (m.lastgroup == "protest" and (
                _BANNED.search(text, max(0, at - 40), at) or _BANNED_AFTER.match(text, m.end())
                or _PLANNED_BEFORE.search(text, max(0, at - 60), at))
                         or m.group().lower() == "mined" and _STATE_BEFORE.search(text, 0, at)
                         or m.lastgroup == "violence" and (REACTION_BEFORE.search(
                             text, max(0, at - 60), at) or _WITHOUT_BEFORE.search(
                             text, max(0, at - 40), at))):
            continue
        if not _IN_RELATIVE.search(text, max(0, at - 80), at):
            return m.lastgroup, relative or m.lastgroup
        relative = relative or m.lastgroup
    return None, relative


#: A cue inside a relative clause describes those the sentence is about, not its event:
#: "police detained 20 people who had gathered to protest", "activists who criticised the
#: agreement" (the clause runs from its pronoun to the next comma or stop; the cue counts
#: only when no other is told).
_IN_RELATIVE = re.compile(r"\b(?:who|whom|whose)\b[^,;.()]*$", re.I)


#: Violence told as the object of a reaction to it, named as a known event ("condemned the
#: killing", "expressed regret over the deaths", "blamed Kyrgyzstan for Saturday's shooting",
#: "an investigation into the attack", "a criminal case over the killings", "visited the
#: wounded"): the sentence tells the reaction, not the event.
REACTION_BEFORE = Cued(re.compile(
    r"\b(?:condemn\w*|denounc\w*|deplor\w*|mourn\w*|blam\w*\s+(?:[\w’'-]+\s+){0,4}?for|"
    r"accus\w*\s+(?:[\w’'-]+\s+){0,4}?of\s+(?:starting|provoking|instigating)|"
    r"investigat\w*(?:\s+into)?|probe\s+into|inquiry\s+into|discuss\w*|comment\w*\s+on|"
    r"(?:case|cases|charges)\s+(?:over|into|on)|in\s+connection\s+with|visit\w*|"
    r"funerals?\s+(?:of|for)|buried|commemorat\w*|"
    r"respond\w*\s+to|react\w*\s+to|(?:regret|condolences|sympathy|outrage|concern|anger|"
    r"grief|sorrow)\s+(?:over|for|about|at))\s+"
    r"(?:the|this|that|these|those|its|their|[\w-]+['’]s)\s+(?:[\w-]+\s+){0,2}?$", re.I))

# violence said not to have happened: "the night passed without significant fighting"
_WITHOUT_BEFORE = re.compile(r"\bwithout\s+(?:(?:any|significant|major|serious|further|new|"
                             r"much|large-scale)\s+)*$", re.I)
# protests forbidden are no protest: "the court banned rallies and protests", "a rally
# ban", "Rallies In Bishkek Square Banned"; nor are those only planned ("announced plans
# to hold rallies")
_BANNED_AFTER = re.compile(r"\w*(?:\s+(?-i:[A-Z])[\w-]*){0,3}?\s+(?:ban|bans|banned)\b", re.I)
_PLANNED_BEFORE = re.compile(r"\bplan(?:s|ned|ning)?\s+to\s+(?:conduct|hold|stage|organi[sz]e|"
                             r"start|begin|launch)\s+(?:a\s+|an\s+|new\s+)?$", re.I)
# the words ``_CUE_RE["arrest"]`` can begin with (lower case)
_ARREST_WORDS = ("arrest", "detain", "captur", "apprehended", "taken", "caught")

# protests forbidden are no protest: "the court banned rallies and protests"
_BANNED = re.compile(r"\b(?:ban(?:s|ned|ning)?|prohibit\w*|outlaw\w*|forb[ai]d\w*)\b"
                     r"(?:\s+(?:on|of|all|any|the))*(?:\s+\w+\s+(?:and|or))?\s+$", re.I)


def sentence_kind(text: str, words: list[tuple[str, int]] | None = None) -> str | None:
    """The kind of incident a sentence tells: that of its first cue, or None.

    ``words`` are the sentence's (word, offset) pairs; without them every word is tried.
    The first cue decides, as the main clause usually comes first: "agreed to a ceasefire
    after clashes" tells an agreement, "clashes went on despite the ceasefire" violence;
    after a leading clause ("Following the clashes, the sides agreed on a ceasefire") the
    main clause's first cue does.

    >>> sentence_kind("The two sides agreed to a ceasefire after days of fighting.")
    'agreement'
    >>> sentence_kind("Fighting went on despite the ceasefire.")
    'violence'
    >>> sentence_kind("The ministry sent a protest note to its neighbour.")
    'other'
    >>> sentence_kind("The weather was fine.") is None
    True
    >>> sentence_kind("The court banned rallies and protests in the centre.") is None
    True
    """
    if words is None:
        words = [(m.group(), m.start()) for m in re.finditer(r"\w+", text)]
    cues = cue_words(words)
    lead = LEAD_CLAUSE.match(text) or _kin_subject(text)
    if lead:  # "Following the clashes, the sides agreed on a ceasefire": the main clause
        end = lead.end()
        kind = _first_kinds(text, [(w, at) for w, at in cues if at >= end])[0]
        if kind:
            return kind
    kind, in_relative = _first_kinds(text, cues)
    if kind:
        return kind
    # a detention is a development of its own only when nothing else is told (the search
    # only where the text holds a word it can begin with)
    if (not text.isascii() or any(map(lowered(text).__contains__, _ARREST_WORDS))) \
            and _CUE_RE["arrest"].search(text):
        return "other"
    # a relative clause with no comma may run into the main verb ("police who arrived
    # opened fire"): its cue, when nothing else is told
    return in_relative
