"""ACLED event type and sub-event type of an incident, from the words of its sentences.

Each sentence has a *kind*, that of its first cue word (see :func:`sentence_kind`):
violence, agreement, other (a strategic development) or protest; sentences are grouped
into incidents of one kind. The type of an incident follows from its kind and the cue
words of its sentences; the first rule that holds decides:

1. kind agreement: *Strategic developments / Agreement* — "ceasefire", "truce", "peace
   protocol", "agreement", "agreed to", "talks", "summit", "presidential meeting".
2. kind other: *Strategic developments / Other* — weapons handed out ("distributed
   weapons", "arms handout"), diplomatic notes ("sent a note", "protest note"). Weapons
   stolen or seized ("arms theft", "broke into the guardroom") are violence: a raid.
3. kind protest: *Protests / Peaceful protest* — "protest", "rally", "demonstration",
   "picket", "blocked the road"; *Riots / Violent demonstration* when a sentence of it
   also tells of stones thrown, brawls or deaths.

For violence the counts of cue words over the incident's sentences decide:

4. *Riots / Mob violence* — stones thrown or a brawl where the only shots are warning
   shots ("fired warning shots", "fired into the air").
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
from itertools import compress
from operator import itemgetter

from ._cue_stems import StemCounter, stems

__all__ = ["EventType", "classify", "EVENT_CUE", "LEAD_CLAUSE", "VIOLENCE_CUE", "EVENT_STEMS",
           "may_be_event", "cue_at_words", "first_cue", "sentence_kind", "KINDS",
           "cue_words"]

_CUES = {
    "clash": r"clash\w*|fighting|fought|skirmish\w*|firefights?|exchanges?\s+of\s+fire|"
             r"exchanged\s+fire|shoot-?outs?|gunfights?|opened\s+fire|open\s+fire|battles?|"
             r"hostilities|firing|shooting|armed\s+conflict|border\s+conflict|war\b|shots|"
             r"gunfire|gunshots?|snipers?|(?:came|come|comes|coming)\s+under\s+(?:fire|attack|shelling)|"
             r"return(?:ed|ing|s)?\s+fire|trad(?:ed|ing|e)\s+(?:gun)?fire|"
             r"fire\s+(?:was|were|has\s+been|had\s+been)\s+opened|armed\s+(?:incidents?|"
             r"provocations?|confrontations?)|"
             r"exchang\w*\s+(?:of\s+)?(?:gun)?fire",
    "shelling": r"shell(?:ing|ed|s)\b|artillery|mortars?|rockets?|missiles?|MLRS|howitzers?|"
                r"Grad\b|multiple\s+rocket",
    "air": r"drone\s+strikes?|air\s*strikes?|bombed|bombing|drones?\b|warplanes?|aircraft",
    "explosive": r"landmines?|land\s+mines?|anti-?personnel\s+mines?|IEDs?|explosive\s+devices?|"
                 r"blasts?|explosions?|exploded",
    "grenade": r"grenades?",
    "attack": r"attack\w*|raid\w*|assault\w*|ambush\w*|stormed|storming|incursions?|"
              r"invasion|invaded|offensive|shot\s+at|fired\s+(?:at|on)|opened\s+fire\s+on|"
              # "was shot", read from "shot" (a cue is tried only at words its stems begin)
              r"shot(?:(?<=was\sshot)|(?<=were\sshot)|(?<=been\sshot)|(?<=got\sshot))\b|"
              r"operations?\s+(?:against|to\s+(?:free|liberate|rescue))",
    # not a leader's death ("after the death of President X")
    "kill": r"killed|killing|shot\s+dead|dead\b|died|deaths?(?!\s+of\s+(?:the\s+)?(?:late\s+)?"
            r"(?:former\s+)?(?:[Pp]resident|[Pp]rime\s+[Mm]inister|[Ll]eader))|fatalities|"
            r"murder\w*|wounded|injured",
    "armed_target": r"border\s+posts?|outposts?|checkpoints?|frontier\s+posts?|soldiers|"
                    r"border\s+guards?|servicemen|troops|military\s+units?|security\s+forces|"
                    r"police|guardroom|arsenal|barracks",
    "civilians": r"civilians?|residents|villagers|children|passers-?by|farmers|shepherds?",
    "riot": r"riots?\b|rioting|threw\s+stones|throw(?:s|ing)?\s+stones|stone-?throwing|"
            r"pelted|brawls?|"
            r"mass\s+fights?|hurl\w*\s+stones|threw\s+rocks|beat(?:en|ing)?\s+(?:up\s+)?"
            r"(?:a|an|the|two|three|several|him|her|them|local|\w+\s+(?:residents?|men|man|"
            r"citizens?|guards?))\b|battered|smash\w*|vandali[sz]\w*|"
            r"damag(?:ed|ing)\s+(?:[\w-]+\s+){0,3}?(?:cars?|vehicles?|houses|homes|windows?|"
            r"windshields?|windscreens?)|"
            r"\bmob\b|scuffles?|fistfights?",
    # (not "the protesters": those of a protest told before)
    "protest": r"protest(?!ers)\w*|(?<!the\s)protesters|rall(?:y|ies)|demonstrations?|"
               r"picket\w*|"
               r"block(?:ed|ing|s)?\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:road|highway|motorway|"
               r"route|bridge)s?\b|road\s+block\w*",
    "loot": r"looted|looting|torched|set\s+fire\s+to|set\s+on\s+fire|arson|burn(?:ed|t)\s+"
            r"(?:down\s+)?(?:houses|homes|buildings|shops)",
    "abduct": r"abduct\w*|hostages?|kidnap\w*|"
              # someone taken across the border: "took a student to Tajikistan"
              r"(?:took|taken|dragged)\s+(?:[\w’'-]+\s+){1,4}?(?:to|into|across)\s+(?:the\s+)?"
              r"(?:territory\s+of\s+)?(?:Kyrgyzstan|Tajikistan|Uzbekistan|border)\b",
    # (counted apart: shots fired in the air to part a crowd tell no battle)
    "warning": r"warning\s+shots|fired\s+(?:\w+\s+)?in(?:to)?\s+the\s+air",
    "arrest": r"arrest\w*|detain\w*|captured|capturing|apprehended|taken\s+into\s+custody|"
              r"caught",
    "agreement": r"met\s+on\b|cease-?\s?fire|truce|armistice|peace\s+(?:protocol|agreement|deal|"
                 r"talks)|"
                 r"agreed\s+(?:[\w,]+\s+){0,3}?to|signed\s+(?:a|the)\s+(?:protocol|agreement|treaty)|"
                 r"withdr[ae]w\w*\s+(?:[\w-]+\s+){0,2}?(?:forces|troops|units|servicemen)|agreements?|protocols?\b|summits?|"
                 r"talks\b|negotiat\w*|(?:presidential|bilateral)\s+meetings?|ratif\w*|"
                 r"delimitation|demarcation|(?:intergovernmental|government|joint)\s+commissions?|"
                 r"signed|signing|(?:held|hold|holds)\s+(?:a\s+)?(?:meeting|session|consultations)|"
                 r"met\s+(?:in|with|at)\b|working\s+groups?|"
                 # "at a meeting of border commanders in Andijan"
                 r"meetings?\s+(?:of|between)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:commanders|"
                 r"heads|leaders|chiefs|officials|delegations|presidents|ministers|governors|"
                 r"representatives|commissions?)\b",
    # opening verb first (a noun first would make every sentence naming the border a
    # candidate): "closed the border", "reopened two checkpoints", "the border remains closed"
    "border_status": r"(?:(?:to|will|would)\s+(?:re-?)?(?:open|close)(?!\s+fire)|"
                     r"clos(?:ed|es|ing|ure\s+of)|shut(?:\s+down)?|seal(?:ed|s|ing)|"
                     r"reopen\w*|re-open\w*|open(?:ed|s|ing)(?!\s+fire)|resum\w*|suspend\w*|halt(?:ed|s)?)"
                     r"\s+(?:[\w-]+\s+){0,4}?(?:borders?|checkpoints?|crossings?|border\s+posts?|"
                     # "the border remains closed", not "the year closed", "a closed-door talk"
                     r"rail\w*|freight)\b|(?<!year\s)(?<!month\s)(?<!week\s)(?<!day\s)"
                     r"(?:closed|reopened|re-opened|shut\s+down|sealed\s+off)\b(?!\s+fire|-)",
    "demining": r"demin\w*|de-min\w*|mine\s+clearance|"
                r"clear\w*\s+(?:[\w-]+\s+){0,3}?(?:land\s*)?mines|mined\b|(?:planted|laid)\s+(?:the\s+|these\s+|those\s+)?(?:land\s*)?mines|"
                r"mines\s+(?:were|was|had\s+been|have\s+been)\s+(?:laid|planted)",
    "deployment": r"deploy\w*|armou?red\s+(?:personnel\s+)?(?:vehicles|carriers)|APCs?\b|"
                  r"military\s+(?:hardware|equipment|vehicles)|build-?up\s+of|reinforc\w*",
    "diplomacy": r"(?:diplomatic|protest)\s+notes?|(?:send|sent|sends|handed)\s+a\s+(?:\w+\s+)?"
                 r"note\b|notes?\s+of\s+protest|summoned\s+the\s+\w*\s*ambassador",
    "weapons": r"(?:distribut\w*|handed\s+out|hand(?:ed|s|ing)?\s+over|gave|give[ns]?|giving|"
               r"issued|supplied)\s+(?:[\w,]+\s+){0,3}?(?:weapons|arms|rifles|guns|firearms|"
               r"Kalashnikovs)\b|arms\s+handouts?|weapons\s+distribution|"
               r"(?:distribution|handout)\s+of\s+(?:weapons|arms|rifles)|"
               r"armed\s+(?:the\s+)?(?:militias?|volunteers|residents)",
    "theft": r"stole\w*\s+(?:weapons|arms|rifles)|stealing\s+(?:weapons|arms)|arms\s+theft|"
             r"(?:broke|broken|breaking)\s+into|seized\s+(?:\w+\s+)?(?:weapons|arms|rifles)",
}
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
#: developments (weapons handed out or stolen, diplomatic notes) and protests.
KIND_PATTERNS: dict[str, list[str]] = {
    "violence": [_CUES[k] for k in _VIOLENCE_KEYS] + [_EXTRA_VIOLENCE],
    "agreement": [_CUES["agreement"]],
    "other": [_CUES["weapons"], _CUES["diplomacy"], _CUES["border_status"], _CUES["demining"],
              _CUES["deployment"]],
    "protest": [_CUES["protest"]],
}
KINDS = tuple(KIND_PATTERNS)
_KIND_CUE = re.compile("|".join(rf"(?P<{k}>\b(?:{'|'.join(v)}))"
                                for k, v in KIND_PATTERNS.items()), re.I)
_EVENT_PATTERNS = [p for pats in KIND_PATTERNS.values() for p in pats]
#: Words that make a sentence part of an incident (violence or a development of one).
EVENT_CUE = re.compile(r"\b(?:" + "|".join(_EVENT_PATTERNS) + ")", re.I)
VIOLENCE_CUE = re.compile(r"\b(?:" + "|".join(_CUES[k] for k in _VIOLENCE_KEYS) + ")", re.I)
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


def cue_words(words: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The (word, offset) pairs a cue can begin at: ``_stem_hit`` with the event stems,
    looked up by spelling in C (a spelling not seen before is tested once)."""
    hits = list(map(_CUE_WORD.get, map(_FIRST, words)))
    if None in hits:
        if len(_CUE_WORD) > 200_000:
            _CUE_WORD.clear()
        stems, short = EVENT_STEMS, _SHORT_STEMS
        for k, (w, _at) in enumerate(words):
            if hits[k] is None:
                s = w[:4].lower()
                hits[k] = _CUE_WORD[w] = s in stems or s[:3] in short
    return list(compress(words, hits))


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
    return next((at for _w, at in cue_words(words) if _KIND_CUE.match(text, at)), None)


def _first_kind(text: str, words: list[tuple[str, int]],
                relative: bool = False) -> str | None:
    """The kind of the first cue at these words (a banned protest is none, nor violence
    that is the object of a reaction to it); a cue in a relative clause only when
    ``relative``."""
    for _w, at in cue_words(words):
        m = _KIND_CUE.match(text, at)
        if m and not (m.lastgroup == "protest" and _BANNED.search(text, max(0, at - 40), at)
                      or m.group().lower() == "mined" and _STATE_BEFORE.search(text, 0, at)
                      or m.lastgroup == "violence" and REACTION_BEFORE.search(
                          text, max(0, at - 60), at)
                      or not relative and _IN_RELATIVE.search(text, max(0, at - 80), at)):
            return m.lastgroup
    return None


#: A cue inside a relative clause describes those the sentence is about, not its event:
#: "police detained 20 people who had gathered to protest", "activists who criticised the
#: agreement" (the clause runs from its pronoun to the next comma or stop; the cue counts
#: only when no other is told).
_IN_RELATIVE = re.compile(r"\b(?:who|whom|whose)\b[^,;.()]*$", re.I)


#: Violence told as the object of a reaction to it, named as a known event ("condemned the
#: killing", "expressed regret over the deaths", "blamed Kyrgyzstan for Saturday's shooting",
#: "an investigation into the attack", "a criminal case over the killings", "visited the
#: wounded"): the sentence tells the reaction, not the event.
REACTION_BEFORE = re.compile(
    r"\b(?:condemn\w*|denounc\w*|deplor\w*|mourn\w*|blam\w*\s+(?:[\w’'-]+\s+){0,4}?for|"
    r"accus\w*\s+(?:[\w’'-]+\s+){0,4}?of\s+(?:starting|provoking|instigating)|"
    r"investigat\w*(?:\s+into)?|probe\s+into|inquiry\s+into|discuss\w*|comment\w*\s+on|"
    r"(?:case|cases|charges)\s+(?:over|into|on)|in\s+connection\s+with|visit\w*|"
    r"funerals?\s+(?:of|for)|buried|commemorat\w*|"
    r"respond\w*\s+to|react\w*\s+to|(?:regret|condolences|sympathy|outrage|concern|anger|"
    r"grief|sorrow)\s+(?:over|for|about|at))\s+"
    r"(?:the|this|that|these|those|its|their|[\w-]+['’]s)\s+(?:[\w-]+\s+){0,2}?$", re.I)


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
    lead = LEAD_CLAUSE.match(text) or KIN_SUBJECT.match(text)
    if lead:  # "Following the clashes, the sides agreed on a ceasefire": the main clause
        kind = _first_kind(text, [(w, at) for w, at in words if at >= lead.end()])
        if kind:
            return kind
    kind = _first_kind(text, words)
    if kind:
        return kind
    # a detention is a development of its own only when nothing else is told
    if _CUE_RE["arrest"].search(text):
        return "other"
    # a relative clause with no comma may run into the main verb ("police who arrived
    # opened fire"): its cue, when nothing else is told
    return _first_kind(text, words, relative=True)


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
_WORD = re.compile(r"\w+")


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
               ("deployment", "troops or hardware deployed"))


def _development(kind: str, c: dict[str, int]) -> EventType | None:
    """Rules 1-3: the incident's kind, when it is not violence."""
    if kind == "agreement":
        return EventType("Strategic developments", "Agreement", "ceasefire/agreement words")
    if kind == "other":
        if c["arrest"] and not (c["weapons"] or c["diplomacy"] or c["border_status"]):
            return EventType("Strategic developments", "Arrests", "detention words")
        what = next((why for key, why in _OTHER_WHAT if c[key]), "strategic development")
        return EventType("Strategic developments", "Other", what)
    if kind == "protest":
        if c["riot"] or c["kill"] or c.get("abduct"):
            return EventType("Riots", "Violent demonstration", "protest with violence")
        return EventType("Protests", "Peaceful protest", "protest words")
    return None


def _violence(c: dict[str, int]) -> EventType:
    """Rules 4-16: the type of a violent incident."""
    if c["riot"] and c["clash"] <= c.get("warning", 0) and not c["shelling"]:
        return EventType("Riots", "Mob violence", "stone-throwing/brawl words, warning shots")
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
    return _development(kind, c) or _violence(c)
