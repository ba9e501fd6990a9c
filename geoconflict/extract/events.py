"""ACLED event type and sub-event type of an incident, from the words of its sentences.

The rules, applied in this order; the first that holds decides (counts are numbers of cue
words in the incident's sentences):

1. *Battles / Armed clash* — clash words ("clash", "fighting", "skirmish", "exchange of
   fire", "shoot-out", "opened fire") at least as often as shelling words; or an attack on
   an armed target ("attacked the border post", "raid on a checkpoint", "ambushed soldiers")
   with no shelling. ACLED codes an armed group raiding a post as a battle with the state
   force holding it.
2. *Explosions/Remote violence / Shelling/artillery/missile attack* — "shelling",
   "artillery", "mortar", "rocket", "missile", "MLRS".
3. *Explosions/Remote violence / Air/drone strike* — "drone strike", "airstrike",
   "bombed", "drones" used against a place.
4. *Explosions/Remote violence / Remote explosive/landmine/IED* — "landmine", "IED",
   "explosive device", "blast".
5. *Explosions/Remote violence / Grenade* — "grenade".
6. *Violence against civilians / Attack* — an attack or killing whose victims are civilians
   ("civilians", "residents", "villagers", "children") and no armed opponent is named;
   ``civilian_targeting`` is set.
7. *Riots / Mob violence* — "threw stones", "stone-throwing", "brawl", "mass fight", "mob".
8. *Protests / Peaceful protest* — "protest", "rally", "demonstration", "picket",
   "blocked the road".
9. *Strategic developments / Looting/property destruction* — "looted", "torched",
   "set fire to", "arson".
10. *Strategic developments / Arrests* — "arrested", "detained", "captured" and nothing
    violent.
11. *Strategic developments / Agreement* — "ceasefire", "truce", "peace protocol",
    "agreement" and nothing violent.
12. *Strategic developments / Other* — anything else (e.g. weapons handed out).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["EventType", "classify", "EVENT_CUE", "VIOLENCE_CUE", "EVENT_STEMS", "may_be_event",
           "cue_at_words"]

_CUES = {
    "clash": r"clash\w*|fighting|fought|skirmish\w*|firefights?|exchanges?\s+of\s+fire|"
             r"exchanged\s+fire|shoot-?outs?|gunfights?|opened\s+fire|open\s+fire|battles?|"
             r"hostilities|firing|shooting|armed\s+conflict|border\s+conflict|war\b|shots|"
             r"gunfire|gunshots?|snipers?",
    "shelling": r"shell(?:ing|ed|s)\b|artillery|mortars?|rockets?|missiles?|MLRS|howitzers?|"
                r"Grad\b|multiple\s+rocket",
    "air": r"drone\s+strikes?|air\s*strikes?|bombed|bombing|drones?\b|warplanes?|aircraft",
    "explosive": r"landmines?|IEDs?|explosive\s+devices?|blasts?|explosions?|exploded",
    "grenade": r"grenades?",
    "attack": r"attack\w*|raid\w*|assault\w*|ambush\w*|stormed|storming|incursions?|"
              r"invasion|invaded|offensive|shot\s+at|fired\s+(?:at|on)|opened\s+fire\s+on",
    "kill": r"killed|killing|shot\s+dead|dead\b|died|deaths?|fatalities|murder\w*|wounded|"
            r"injured",
    "armed_target": r"border\s+posts?|outposts?|checkpoints?|frontier\s+posts?|soldiers|"
                    r"border\s+guards?|servicemen|troops|military\s+units?|security\s+forces|"
                    r"police|guardroom|arsenal|barracks",
    "civilians": r"civilians?|residents|villagers|children|passers-?by|farmers|shepherds?",
    "riot": r"threw\s+stones|throwing\s+stones|stone-?throwing|pelted|brawls?|mass\s+fights?|"
            r"\bmob\b|scuffles?|fistfights?",
    "protest": r"protest\w*|rall(?:y|ies)|demonstrations?|picket\w*|blocked\s+the\s+road|"
               r"road\s+block\w*",
    "loot": r"looted|looting|torched|set\s+fire\s+to|set\s+on\s+fire|arson|burn(?:ed|t)\s+"
            r"(?:down\s+)?(?:houses|homes|buildings|shops)",
    "arrest": r"arrest\w*|detain\w*|captured|capturing|apprehended|taken\s+into\s+custody",
    "agreement": r"cease-?\s?fire|truce|peace\s+(?:protocol|agreement|deal|talks)|"
                 r"agreed\s+to|signed\s+(?:a|the)\s+(?:protocol|agreement|treaty)|"
                 r"withdraw\w*\s+(?:military\s+)?forces",
    "weapons": r"distributed\s+weapons|handed\s+out\s+weapons|arms\s+handout|"
               r"weapons\s+distribution|stole\w*\s+weapons|stealing\s+weapons|arms\s+theft",
}
_CUE_RE = {k: re.compile(rf"\b(?:{v})", re.I) for k, v in _CUES.items()}
# An attack whose object is an armed target: "attacked the border post", "raid on a
# checkpoint" (not "soldiers attacked ...", where the soldiers are the attackers).
_CUE_RE["armed_target"] = re.compile(
    rf"\b(?:{_CUES['attack']})\W+(?:[\w’'-]+\W+){{0,5}}?(?:{_CUES['armed_target']})", re.I)
#: Words that make a sentence part of an incident (violence or a development of one).
EVENT_CUE = re.compile(
    r"\b(?:" + "|".join(_CUES[k] for k in ("clash", "shelling", "air", "explosive", "grenade",
                                              "attack", "kill", "riot", "loot", "weapons"))
    + r"|abduct\w*|hostages?|kidnap\w*|shot\s+(?:at|and|in|by|him|her|them)|gunmen|"
    r"evacuat\w*|displaced)", re.I)
VIOLENCE_CUE = re.compile(
    r"\b(?:" + "|".join(_CUES[k] for k in ("clash", "shelling", "air", "explosive", "grenade",
                                              "attack", "kill", "riot", "loot")) + r")", re.I)


def _stems(patterns: list[str]) -> frozenset[str]:
    """First four letters of every word an alternative of these patterns can begin with."""
    out = set()
    for pat in patterns:
        for m in re.finditer(r"(?:^|\||\(\?:)(?:\\b)?([A-Za-z]+)(\??)", pat):
            word = m.group(1)[:-1] if m.group(2) else m.group(1)
            out.add(word.lower()[:4])
    return frozenset(out)


_EVENT_PATTERNS = [_CUES[k] for k in ("clash", "shelling", "air", "explosive", "grenade",
                                      "attack", "kill", "riot", "loot", "weapons")]
_EVENT_PATTERNS.append(r"abduct|hostages?|kidnap|shot\s+at|gunmen|evacuat|displaced")
#: The first four letters of every word that can begin a cue: a sentence none of whose
#: words begins so cannot match EVENT_CUE (a set lookup per word instead of a regex scan).
EVENT_STEMS = _stems(_EVENT_PATTERNS)


def may_be_event(words: list[str]) -> bool:
    """Whether a sentence with these words can hold an event cue (cheap pre-check)."""
    return any(w[:4].lower() in EVENT_STEMS for w in words)


def cue_at_words(pattern: re.Pattern, text: str, words: list[tuple[str, int]]) -> bool:
    """``pattern.search(text)``, tried only at the words (word, offset) a cue can begin."""
    return any(w[:4].lower() in EVENT_STEMS and pattern.match(text, at) for w, at in words)


@dataclass(frozen=True, slots=True)
class EventType:
    """The ACLED type chosen, why, and whether civilians were the target."""

    event_type: str
    sub_event_type: str
    reason: str
    civilian_targeting: bool = False


@lru_cache(maxsize=8192)
def _sentence_counts(text: str) -> tuple[tuple[str, int], ...]:
    return tuple((k, len(pat.findall(text))) for k, pat in _CUE_RE.items())


def classify(sentences: list[str]) -> EventType:
    """The ACLED type of an incident told by these sentences (rules in the module doc).

    >>> classify(["Gunmen attacked the border post, killing three border guards."]).event_type
    'Battles'
    >>> classify(["Villages were shelled with mortars overnight."]).sub_event_type
    'Shelling/artillery/missile attack'
    """
    c = dict.fromkeys(_CUES, 0)
    for text in sentences:
        for k, n in _sentence_counts(text):
            c[k] += n
    violent = any(c[k] for k in ("clash", "shelling", "air", "explosive", "grenade", "attack",
                                 "kill", "riot", "loot"))
    if c["clash"] and c["clash"] >= c["shelling"]:
        return EventType("Battles", "Armed clash", f"{c['clash']} clash word(s)")
    if c["attack"] and c["armed_target"] and not c["shelling"]:
        return EventType("Battles", "Armed clash", "attack on an armed target")
    if c["shelling"]:
        return EventType("Explosions/Remote violence", "Shelling/artillery/missile attack",
                         f"{c['shelling']} shelling word(s)")
    if c["air"]:
        return EventType("Explosions/Remote violence", "Air/drone strike", "air/drone words")
    if c["explosive"]:
        return EventType("Explosions/Remote violence", "Remote explosive/landmine/IED",
                         "explosive words")
    if c["grenade"]:
        return EventType("Explosions/Remote violence", "Grenade", "grenade")
    if (c["attack"] or c["kill"]) and c["civilians"]:
        return EventType("Violence against civilians", "Attack",
                         "attack or killing of civilians, no armed opponent", True)
    if c["riot"]:
        return EventType("Riots", "Mob violence", "stone-throwing/brawl words")
    if c["protest"] and not violent:
        return EventType("Protests", "Peaceful protest", "protest words")
    if c["loot"]:
        return EventType("Strategic developments", "Looting/property destruction",
                         "looting/arson words")
    if c["attack"] or c["kill"]:
        return EventType("Battles", "Armed clash", "attack or killing with no other cue")
    if c["arrest"]:
        return EventType("Strategic developments", "Arrests", "arrest words, no violence")
    if c["agreement"]:
        return EventType("Strategic developments", "Agreement", "ceasefire/agreement words")
    return EventType("Strategic developments", "Other", "no violence words")
