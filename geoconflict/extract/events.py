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

from ._cue_stems import stems
from ._memo import looked_up

__all__ = ["EVENT_CUE", "LEAD_CLAUSE", "VIOLENCE_CUE", "ARREST_CUE", "RELEASE_CUE", "EVENT_STEMS",
           "may_be_event", "cue_at_words", "first_cue", "sentence_kind", "KINDS",
           "cue_words"]

# those a release or hand-over is of
_PERSONS = (r"(?:detainees|prisoners|hostages|captives|(?:border\s+)?guards?|officers?|officials|"
            r"citizens|nationals|servicem[ae]n|soldiers|men|women|residents|villagers|people|"
            r"persons|individuals|shepherds|herders|farmers|counterparts|them|him|her)")
# "hundreds of security forces were sent to the enclave": the verb read with its subject
# behind it (a cue begins at its verb)
_FORCES_SENT = "|".join(
    v + "(?:" + "|".join(rf"(?<={n}\s{a}\s{v})" for n in ("troops", "forces", "soldiers",
                                                           "guards", "servicemen", "units")
                         for a in ("were", "was", "been")) + r")\s+(?:to|into)\b"
    for v in ("sent", "dispatched", "deployed", "moved"))
# those a swap or a return is of
_CAPTIVES = (r"(?:detainees|prisoners|hostages|captives|detained|(?:border\s+)?guards|officers|"
             r"servicem[ae]n|soldiers|citizens|nationals)")
# "were released", "had been handed over": the verb read with its auxiliary behind it (a
# cue begins at its verb, not at "was")
_AUX = ("was", "were", "been", "being", "be")
_PASSIVE_RELEASE = "|".join(
    v + "(?:" + "|".join(rf"(?<={a}\s{v})" for a in _AUX) + ")" + tail for v, tail in (
        ("released", ""), ("freed", ""), ("returned", ""), ("repatriated", ""),
        ("exchanged", ""), ("swapped", ""), ("handed", r"\s+over"))) + r"\b"
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
              # a person shot: "guards shot a young Kyrgyz woman", "Guards Shoot Kyrgyz Citizen"
              r"(?:shot|shoot|shoots)\s+(?:a|an|two|three|\d+)?\s*"
              r"(?:(?!of\b|with\b|about\b|footage|videos?\b|film|photos?\b|pictures?\b|"
              r"interviews?\b)[\w’'-]+\s+){0,3}?"
              r"(?:man|men|woman|women|boy|girl|resident|residents|villagers?|citizens?|"
              r"nationals?|shepherds?|herders?|farmers?|drivers?|civilians?|teenagers?|"
              r"smugglers?)\b|"
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
            r"\bmob\b|scuffles?|fistfights?|"
            # "a conflict occurred between the residents of A and B": a fight of neighbours (one
            # conflict told as having happened, not "conflicts are common", nor one of troops)
            r"conflict\s+(?:occurred|broke\s+out|erupted|took\s+place|flared\s+up|happened|"
            r"occurs|breaks\s+out|erupts)\b(?![^.;]{0,50}?\b(?:border\s+guards|soldiers|troops|"
            r"servicemen|military)\b(?![^.;]{0,40}?\b(?:residents|villagers|locals)\b))|"
            r"(?:conflict|confrontation|altercation)\s+between\s+(?:the\s+)?(?:local\s+)?"
            r"(?:residents|villagers|locals|inhabitants)\b(?!\s+(?:[\w-]+\s+){0,3}?(?:are|is)\s)",
    # (not "the protesters": those of a protest told before)
    "protest": r"protest(?!ers)\w*|(?<!the\s)protesters|rall(?:y|ies|ied)|demonstrations?|"
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
    # detainees set free or handed back: "released three border guards", "handed them over
    # to the Uzbek side", "were released", "an exchange of detainees" (not "exchanged fire",
    # "returned fire", "released a statement")
    "release": _PASSIVE_RELEASE + "|"
               r"(?:releas(?:ed|es|ing)|freed|repatriat(?:ed|es|ing))"
               r"(?!\s+(?:by|from)\b|\s+(?:a|an|the|its|their)?\s*(?:statement|video|report|"
               r"footage|information|data|photos?|images|list|details|figures|names)\b)"
               rf"\s+(?:[\w’'-]+\s+){{0,4}}?{_PERSONS}\b|"
               # (swapped or given back: captives as the object, not "exchanged accusations
               # with officials", "returned to the talks with the guards")
               r"(?:swapp(?:ed|ing)|exchang(?:ed|es|ing)|returned)\s+(?:(?!with\b|to\b)[\w’'-]+\s+)"
               rf"{{0,3}}?{_CAPTIVES}\b|"
               r"hand(?:ed|s|ing)?\s+(?:[\w’'-]+\s+){0,4}?over\s+to\b|"
               rf"(?:exchange|swap|release)\s+of\s+(?:[\w’'-]+\s+){{0,3}}?{_PERSONS}\b|"
               r"(?:prisoner|hostage)s?\s+(?:exchanges?|swaps?|releases?)",
    # the border crossed where it may not be: "detected persons violating the state border"
    "trespass": r"violat(?:ed|es|ing)\s+(?:the\s+)?(?:state\s+)?borders?\b|"
                r"border\s+violat(?:ions?|ors?)\b",
    "agreement": r"met\s+on\b|cease-?\s?fire|truce|armistice|peace\s+(?:protocol|agreement|deal|"
                 r"talks)|"
                 r"agreed\s+(?:[\w,]+\s+){0,3}?to|signed\s+(?:a|the)\s+(?:protocol|agreement|treaty)|"
                 r"withdr[ae]w\w*\s+(?:[\w-]+\s+){0,2}?(?:forces|troops|units|servicemen)|agreements?|protocols?\b|summits?|"
                 # ("during the negotiations, residents threw stones": a time, not the news)
                 r"(?<!during\s)(?<!during\sthe\s)(?:talks\b|negotiat\w*)|"
                 r"(?:presidential|bilateral)\s+meetings?|ratif\w*|"
                 r"delimitation|demarcation|(?:intergovernmental|government|joint)\s+commissions?|"
                 r"signed|signing|(?:held|hold|holds|holding)\s+(?:a\s+)?(?:meeting|session|consultations)|"
                 # (not "met with the protesters": part of the protest's story)
                 r"met\s+(?:in|at\b|with\b(?!\s+(?:the\s+)?(?:[\w-]+\s+)?(?:protesters|"
                 r"demonstrators|picketers|protest|residents|villagers|families|relatives|elders|"
                 r"activists)))\b|working\s+groups?|"
                 # "at a meeting of border commanders in Andijan"
                 r"meetings?\s+(?:of|between)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:commanders|"
                 r"heads|leaders|chiefs|officials|delegations|presidents|ministers|governors|"
                 r"representatives|commissions?|(?:two|both|border)\s+(?:[\w-]+\s+)?"
                 r"(?:services|agencies|sides|parties))\b|"
                 # "a meeting on the matter took place in X", "a meeting was held between"
                 r"meetings?\s+(?:(?:on|of|between|with|in|at|about|over|regarding)\s+"
                 r"(?!(?:the\s+)?(?:families|relatives|residents|villagers|journalists|activists|"
                 r"students|parents|elders|opposition|emergency)\b)(?:[\w’'-]+\s+){0,4}?)?"
                 r"(?:took\s+place|(?:was|were|has\s+been|"
                 r"have\s+been|had\s+been|is|are)\s+held)\b",
    # opening verb first (a noun first would make every sentence naming the border a
    # candidate): "closed the border", "reopened two checkpoints", "the border remains closed"
    "border_status": r"(?:(?:to|will|would)\s+(?:re-?)?(?:open|close)(?!\s+fire)|"
                     r"clos(?:ed|es|ing|ure\s+of)|shut(?:\s+down)?|seal(?:ed|s|ing)|"
                     r"reopen\w*|re-open\w*|open(?:ed|s|ing)(?!\s+fire)|resum\w*|suspend\w*|halt(?:ed|s)?)"
                     r"\s+(?:[\w-]+\s+){0,4}?(?:borders?|checkpoints?|crossings?|border\s+posts?|"
                     # "the border remains closed", not "the year closed", "a closed-door talk"
                     r"rail\w*|freight)\b(?!\s+(?:talks|negotiations|delimitation|demarcation|"
                     r"commissions?|issues|disputes?))|(?<!year\s)(?<!month\s)(?<!week\s)(?<!day\s)"
                     r"(?:closed|reopened|re-opened|shut\s+down|sealed\s+off)\b(?!\s+fire|-)|"
                     # a crossing told first, its opening after: "two checkpoints on the
                     # border have opened", "the check-point started operating" (a crossing,
                     # not the border: that would make every sentence naming it a candidate)
                     r"(?:check-?points?|crossings?|crossing\s+points?)\s+(?:[\w-]+\s+){0,9}?"
                     r"(?:(?:re-?)?open(?:ed|s)\b(?!\s+(?:fire|a|an|criminal|investigation)\b)|"
                     r"(?:started|starts|began|begins|resumed|resumes)\s+(?:operating|"
                     r"functioning|working|operations|to\s+(?:operate|function|work)))|"
                     # people or goods let across: "are allowing residents to cross", "has not
                     # permitted cargo to pass through"
                     r"(?:allow(?:ed|s|ing)?|permit(?:ted|s|ting)?|let(?:ting|s)?)\s+"
                     r"(?:[\w-]+\s+){0,8}?(?:to\s+)?(?:cross|pass\s+through)\b|"
                     # the terms of crossing changed: "adopted a new procedure for crossing
                     # the border", "stricter rules of entry"
                     r"(?:new|stricter|tighter|simplified|eased|temporary)\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:procedures?|rules|regimes?|requirements|restrictions|regulations)\s+"
                     r"(?:for|on|of)\s+(?:the\s+)?(?:crossing|entry|entering|passage|transit)\b|"
                     # "passage via the two BCPs has been temporarily restricted",
                     # "restricted the movement of people across the border"
                     # (a border, crossing or checkpoint named: not a road closed by a slide)
                     r"(?:passage|movement|crossing|traffic|transit)(?=[^.;]{0,70}?"
                     r"(?:borders?|check-?points?|crossings?|BCPs?|KPP)\b)\s+"
                     r"(?:[\w-]+\s+){0,8}?(?:has|have|had|was|were|is|are)\s+(?:been\s+)?"
                     r"(?:temporarily\s+|partially\s+|severely\s+)?restricted\b|"
                     r"(?:restrict|suspend|halt)(?:ed|s|ing)?\s+(?:the\s+)?(?:passage|movement|"
                     r"crossing|traffic|transit)\b(?=[^.;]{0,70}?(?:borders?|check-?points?|"
                     r"crossings?|BCPs?|KPP)\b)|restrictions?\s+on\s+(?:the\s+)?(?:passage|movement|"
                     r"crossing|traffic|transit)\b(?=[^.;]{0,70}?(?:borders?|check-?points?|"
                     r"crossings?|BCPs?|KPP)\b)",
    "demining": r"demin\w*|de-min\w*|mine\s+clearance|"
                r"clear\w*\s+(?:[\w-]+\s+){0,3}?(?:land\s*)?mines|mined\b|(?:planted|laid)\s+(?:the\s+|these\s+|those\s+)?(?:land\s*)?mines|"
                r"mines\s+(?:were|was|had\s+been|have\s+been)\s+(?:laid|planted)",
    "deployment": r"deploy\w*|armou?red\s+(?:personnel\s+)?(?:vehicles|carriers)|APCs?\b|"
                  r"military\s+(?:hardware|equipment|vehicles)|build-?up\s+of|reinforc\w*|"
                  # "sending dozens of armed border guards to the frontier"
                  r"(?:sen[dt]s?|sending|dispatch(?:ed|es|ing)?|mov(?:ed|es|ing)|"
                  r"mass(?:ed|es|ing)|station(?:ed|s|ing)?)\s+(?:[\w-]+\s+){0,5}?"
                  r"(?:troops|soldiers|border\s+guards|forces|servicemen|units|special\s+forces|"
                  r"military\s+personnel|police)\s+(?:[\w’'-]+\s+){0,6}?(?:to|into|near|along|at)\s+"
                  r"(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:border|frontier|area|region|disputed|"
                  r"scene|villages?|enclaves?|exclaves?)\b|" + _FORCES_SENT,
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
              _CUES["deployment"], _CUES["release"], _CUES["trespass"]],
    "protest": [_CUES["protest"]],
}
KINDS = tuple(KIND_PATTERNS)
_KIND_CUE = re.compile("|".join(rf"(?P<{k}>\b(?:{'|'.join(v)}))"
                                for k, v in KIND_PATTERNS.items()), re.I)
_EVENT_PATTERNS = [p for pats in KIND_PATTERNS.values() for p in pats]
#: Words that make a sentence part of an incident (violence or a development of one).
EVENT_CUE = re.compile(r"\b(?:" + "|".join(_EVENT_PATTERNS) + ")", re.I)
VIOLENCE_CUE = re.compile(r"\b(?:" + "|".join(_CUES[k] for k in _VIOLENCE_KEYS) + ")", re.I)
#: Words that tell a detention, and words that tell detainees set free or handed back.
ARREST_CUE = re.compile(r"\b(?:" + _CUES["arrest"] + ")", re.I)
RELEASE_CUE = re.compile(r"\b(?:" + _CUES["release"] + ")", re.I)
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


def _first_kinds(text: str, cues: list[tuple[str, int]]) -> tuple[str | None, str | None]:
    """The kind of the first cue at these cue words (``cue_words``; a banned protest is
    none, nor violence that is the object of a reaction to it), and that of the first such
    cue counting those in a relative clause too (one pass for both)."""
    relative = None
    for _w, at in cues:
        m = _KIND_CUE.match(text, at)
        if m is None or (m.lastgroup == "protest" and (
                _BANNED.search(text, max(0, at - 40), at) or _BANNED_AFTER.match(text, m.end())
                or _PLANNED_BEFORE.search(text, max(0, at - 60), at))
                         or m.group().lower() == "mined" and _STATE_BEFORE.search(text, 0, at)
                         or m.lastgroup == "violence" and REACTION_BEFORE.search(
                             text, max(0, at - 60), at)):
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
REACTION_BEFORE = re.compile(
    r"\b(?:condemn\w*|denounc\w*|deplor\w*|mourn\w*|blam\w*\s+(?:[\w’'-]+\s+){0,4}?for|"
    r"accus\w*\s+(?:[\w’'-]+\s+){0,4}?of\s+(?:starting|provoking|instigating)|"
    r"investigat\w*(?:\s+into)?|probe\s+into|inquiry\s+into|discuss\w*|comment\w*\s+on|"
    r"(?:case|cases|charges)\s+(?:over|into|on)|in\s+connection\s+with|visit\w*|"
    r"funerals?\s+(?:of|for)|buried|commemorat\w*|"
    r"respond\w*\s+to|react\w*\s+to|(?:regret|condolences|sympathy|outrage|concern|anger|"
    r"grief|sorrow)\s+(?:over|for|about|at))\s+"
    r"(?:the|this|that|these|those|its|their|[\w-]+['’]s)\s+(?:[\w-]+\s+){0,2}?$", re.I)


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
    lead = LEAD_CLAUSE.match(text) or KIN_SUBJECT.match(text)
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
    if (not text.isascii() or any(w in text.lower() for w in _ARREST_WORDS)) \
            and _CUE_RE["arrest"].search(text):
        return "other"
    # a relative clause with no comma may run into the main verb ("police who arrived
    # opened fire"): its cue, when nothing else is told
    return in_relative
