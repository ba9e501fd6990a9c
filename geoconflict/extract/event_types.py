"""ACLED event type and sub-event type of an incident, from the words of its sentences.

The type of an incident follows from its kind and the cue
words of its sentences; the first rule that holds decides:

1. kind agreement: *Strategic developments / Agreement* — "ceasefire", "truce", "peace
   protocol", "agreement", "agreed to", "talks", "summit", "presidential meeting".
2. kind other: *Strategic developments / Other* — weapons handed out ("distributed
   weapons", "arms handout"), diplomatic notes ("sent a note", "protest note"); with
   detention words and no weapons or border closed or opened, *Arrests* (a note of
   protest over detentions is their reaction). Weapons stolen or seized ("arms theft",
   "broke into the guardroom") are violence: a raid.
3. kind protest: *Protests / Peaceful protest* — "protest", "rally", "demonstration",
   "picket", "blocked the road"; *Riots / Violent demonstration* when a sentence of it
   also tells of stones thrown, brawls or deaths.

For violence the counts of cue words over the incident's sentences decide:

4. *Riots / Mob violence* — stones thrown or a brawl where the only shots are warning
   shots ("fired warning shots", "fired into the air"), and no attack, shelling or blast;
   clash words that tell no weapon ("clashed", "fight", "scuffle") do not make it a battle.
5. *Battles / Armed clash* — clash words ("clash", "fighting", "skirmish", "exchange of
   fire", "shoot-out", "opened fire") at least as often as shelling words; or an attack on
   an armed target ("attacked the border post", "raid on a checkpoint", "ambushed soldiers")
   with no shelling. ACLED codes an armed group raiding a post as a battle with the state
   force holding it.
6. *Explosions/Remote violence / Shelling/artillery/missile attack* — "shelling",
   "artillery", "mortar", "rocket", "missile", "MLRS".
7. *Explosions/Remote violence / Air/drone strike* — "drone strike", "airstrike",
   "bombed", "drones" used against a place.
8. *Explosions/Remote violence / Remote explosive/landmine/IED* — "landmine", "IED",
   "explosive device", "blast".
9. *Explosions/Remote violence / Grenade* — "grenade".
10. *Violence against civilians / Abduction/forced disappearance* — "took hostage",
   "abducted", "kidnapped", with no attack or killing; ``civilian_targeting`` is set.
11. *Violence against civilians / Attack* — an attack or killing whose victims are civilians
   ("civilians", "residents", "villagers", "children") and no armed opponent is named;
   ``civilian_targeting`` is set.
12. *Riots / Mob violence* — "threw stones", "stone-throwing", "brawl", "mass fight", "mob".
13. *Strategic developments / Looting/property destruction* — "looted", "torched",
    "set fire to", "arson".
14. *Battles / Armed clash* — any other attack or killing ("operation against militants").
15. *Strategic developments / Arrests* — "arrested", "detained", "captured", no violence.
16. *Strategic developments / Other* — anything else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ._cue_stems import StemCounter, stems
from .events import _CUE_RE, _CUES, _WORD, kin_subject_end, sentence_kind

__all__ = ["EventType", "classify"]


@dataclass(frozen=True, slots=True)
class EventType:
    """The ACLED type chosen, why, and whether civilians were the target."""

    event_type: str
    sub_event_type: str
    reason: str
    civilian_targeting: bool = False


_CUE_STEMS = {k: stems([v]) for k, v in _CUES.items()}
_CUE_STEMS["armed_target"] = _CUE_STEMS["attack"]


# each group's stems by length, for a set intersection with the sentence's word prefixes
_STEMS_BY_LEN = {k: [(n, frozenset(st for st in stems if len(st) == n))
                     for n in sorted({len(st) for st in stems})]
                 for k, stems in _CUE_STEMS.items()}


_COUNTER = StemCounter(_CUE_RE, _CUE_STEMS)


@lru_cache(maxsize=8192)
def _sentence_counts(text: str) -> tuple[tuple[str, int], ...]:
    """How many cue words of each group the sentence has (as ``findall`` counts them); a
    cue begins at a word boundary, at a word one of the group's stems begins, so each
    group's pattern is tried only at those words."""
    if text.isascii():  # (case folding of some non-ASCII letters would escape the stems)
        return _COUNTER.counts(text)
    words = {w.lower() for w in _WORD.findall(text)}
    prefixes = {n: {w[:n] for w in words} for n in range(1, 5)}
    return tuple((k, len(pat.findall(text))
                  if any(not stems.isdisjoint(prefixes[n]) for n, stems in _STEMS_BY_LEN[k])
                  else 0)
                 for k, pat in _CUE_RE.items())


def _cue_counts(sentences: list[str]) -> dict[str, int]:
    c = dict.fromkeys(_CUES, 0)
    for text in sentences:
        for k, n in _sentence_counts(text):
            c[k] += n
    return c


_OTHER_WHAT = (("weapons", "weapons handed out"), ("diplomacy", "diplomatic note"),
               ("border_status", "border closed or opened"), ("demining", "mines laid or cleared"),
               ("deployment", "troops or hardware deployed"), ("trespass", "border violated"),
               ("water", "water cut off or restored"), ("investigation", "joint investigation"),
               ("resettlement", "people resettled"))


def _development(kind: str, c: dict[str, int]) -> EventType | None:
    """Rules 1-3: the incident's kind, when it is not violence."""
    if kind == "agreement":
        return EventType("Strategic developments", "Agreement", "ceasefire/agreement words")
    if kind == "other":
        # a note of protest over detentions is the reaction; the detention is the event
        # (detainees released or handed over are the end of a detention)
        if (c["arrest"] or c.get("release")) and not (c["weapons"] or c["border_status"]):
            return EventType("Strategic developments", "Arrests", "detention words")
        what = next((why for key, why in _OTHER_WHAT if c.get(key)), "strategic development")
        return EventType("Strategic developments", "Other", what)
    if kind == "protest":
        if c["riot"] or c["kill"] or c.get("abduct"):
            return EventType("Riots", "Violent demonstration", "protest with violence")
        return EventType("Protests", "Peaceful protest", "protest words")
    return None


def _violence(c: dict[str, int]) -> EventType:
    """Rules 4-16: the type of a violent incident."""
    if c["riot"] and c["clash"] - c.get("unarmed", 0) <= c.get("warning", 0) and not (
            c["shelling"] or c["attack"] or c["explosive"]):
        return EventType("Riots", "Mob violence", "stone-throwing/brawl words, no shots "
                         "but warning shots")
    if c["clash"] and c["clash"] >= c["shelling"]:
        return EventType("Battles", "Armed clash", f"{c['clash']} clash word(s)")
    if c["attack"] and c["armed_target"] and not c["shelling"]:
        return EventType("Battles", "Armed clash", "attack on an armed target")
    remote = (("shelling", "Shelling/artillery/missile attack", "shelling words"),
              ("air", "Air/drone strike", "air/drone words"),
              ("explosive", "Remote explosive/landmine/IED", "explosive words"),
              ("grenade", "Grenade", "grenade"))
    for key, sub, why in remote:
        if c[key]:
            return EventType("Explosions/Remote violence", sub, f"{c[key]} {why}")
    if c.get("abduct") and not (c["attack"] or c["kill"]):  # (no such words in ru)
        return EventType("Violence against civilians", "Abduction/forced disappearance",
                         "hostage/abduction words, no killing", True)
    if (c["attack"] or c["kill"]) and c["civilians"]:
        return EventType("Violence against civilians", "Attack",
                         "attack or killing of civilians, no armed opponent", True)
    if c["riot"]:
        return EventType("Riots", "Mob violence", "stone-throwing/brawl words")
    if c["loot"]:
        return EventType("Strategic developments", "Looting/property destruction",
                         "looting/arson words")
    if c["attack"] or c["kill"]:
        return EventType("Battles", "Armed clash", "attack or killing with no other cue")
    if c["arrest"]:
        return EventType("Strategic developments", "Arrests", "arrest words, no violence")
    return EventType("Strategic developments", "Other", "no violence words")


def classify(sentences: list[str], kind: str | None = None) -> EventType:
    """The ACLED type of an incident of this kind told by these sentences (rules in the
    module doc); without a kind, that of the first sentence with a cue.

    >>> classify(["Gunmen attacked the border post, killing three border guards."]).event_type
    'Battles'
    >>> classify(["Villages were shelled with mortars overnight."]).sub_event_type
    'Shelling/artillery/missile attack'
    >>> classify(["The sides met at a summit and failed to stop the killing."]).sub_event_type
    'Agreement'
    """
    if kind is None:
        kind = next((k for k in map(sentence_kind, sentences) if k), "violence")
    if kind == "protest":  # the violence told in the kin's subject is not the protest's
        sentences = [t[kin_subject_end(t) or 0:] for t in sentences]
    c = _cue_counts(sentences)
    if c["riot"] and c["clash"]:  # "clashed" over stones thrown tells no guns
        c = dict(c, unarmed=sum(len(_UNARMED_CLASH.findall(t)) for t in sentences))
    return _development(kind, c) or _violence(c)


# clash words that tell no weapon: with stones thrown and no shots, a riot
_UNARMED_CLASH = re.compile(r"\b(?:clash\w*|skirmish\w*|fight(?:s|ing)?|fought|scuffle\w*)\b",
                            re.I)
