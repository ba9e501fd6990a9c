"""What a number in a sentence counts, from the words around it: a role ("killed",
"injured", "hospitalized", "detained", "evacuated", "displaced") or weapons and ammunition
(with what was counted). Read from a verb before it ("killed 3 soldiers", "the death toll
rose to 46", "put its toll at 9"), from the clause after it ("12 gunmen were killed"), or
from a group told before ("of those killed, 34 were …")."""

from __future__ import annotations

import re

from ._count_sides import BOUNDARY as _BOUNDARY
from ._cue_gate import may_hold
from ._literal_cues import Cued
from ._number_words import WORD as _WORD

__all__ = ["count_role", "BREAKDOWN"]

_WEAPON = Cued(re.compile(
    # up to three words before the noun, none a number or "and": "3 cars and 12 rifles"
    r"^\s*(?:(?!(?:and|or|\d[\d,.]*)\s)[\w-]+\s+){0,3}?(?P<what>(?:Kalashnikov\s+)?"
    r"(?:assault\s+|automatic\s+|hunting\s+|sniper\s+)?rifles?|Kalashnikovs?|firearms|guns|"
    r"handguns|pistols|machine[- ]guns?|"
    r"grenades?|grenade\s+launchers?|weapons|mortars|mines|AK-47s?|(?:rounds|cartridges)"
    r"(?:\s+of\s+ammunition)?(?!\s+of\b)|ammunition|bullets)\b", re.I))
_LEFT_ROLE = re.compile(
    r"\b(?P<verb>killed|killing|kills|kill|shot\s+dead|shooting\s+dead|murdered|murdering|"
    r"wounded|wounding|injured|injuring|beat|beating|beaten|detained|detaining|arrested|"
    r"arresting|captured|capturing|evacuated|evacuating|displaced|displacing|lost|losing|leaving|left|"
    r"death\s+toll\s+(?:rose\s+|climbed\s+|reached\s+|stood\s+|has\s+risen\s+)?"
    r"(?:to|of|at)|(?:bringing|raising|taking|pushing|brought|raised|took|pushed)\s+(?:the|its|"
    r"their)\s+(?:overall\s+|total\s+|official\s+)?(?:death\s+)?toll\s+to|killed\s+at\s+least|(?:held|holding|took|taking)\s+hostage|held|abducted|"
    r"abducting|kidnapped|kidnapping|seized|seizing|"
    r"(?:claimed|claiming|took|taking|cost|costing)\s+the\s+lives\s+of|bodies\s+of|"
    r"(?:put|puts|putting|gave|gives|giving)\s+(?:the|its|their)\s+(?:\w+\s+)?"
    r"(?:death\s+toll|toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|killed|victims|injured|"
    r"wounded|injuries))\s+(?:at|as))"
    # (the victims' own: "beat our three citizens", "killed its two servicemen")
    r"(?:\s+(?:our|their|its|his|her))?"
    r"(?:\s+(?:a\s+further|another|at\s+least|up\s+to|more\s+than|about|some|"
    r"an\s+estimated|nearly|almost|a\s+total\s+of|the|all|over|around|roughly|"
    r"approximately|as\s+many\s+as|close\s+to|no\s+fewer\s+than|upwards\s+of))?\s*$", re.I)
# (lower case) a piece of every match of ``_LEFT_ROLE``: words before a count with none of
# them give it no role
_LEFT_WORDS = ("kill", "shot", "shoot", "murder", "wound", "injur", "beat", "detain", "arrest",
               "captur", "evacuat", "displac", "lost", "losing", "leaving", "left", "toll",
               "hostage", "held", "abduct", "kidnap", "seiz", "lives", "bodies", "number")
_RIGHT_ROLES = [
    ("killed", re.compile(r"\b(?:fatal(?:ly)?\s+wound\w*|mortally\s+wounded|"
                          r"killed|dead|died|die|deaths?|fatalities|fatality|perished|succumbed|"
                          r"lives|lost\s+their\s+lives|shot\s+dead|slain|death\s+toll|"
                          r"(?<!nearly\s)(?<!almost\s)drowned|"
                          r"bodies|corpses)\b", re.I)),
    ("injured", re.compile(r"\b(?:injured|wounded|wounds?|hurt|injuries|injury|sought\s+medical|"
                           r"casualties\s+were\s+wounded)\b", re.I)),
    # a figure of its own: those taken to hospital, of whom the text says no more
    # ("taken to Sokh Central District Hospital")
    ("hospitalized", re.compile(r"\b(?:hospitali[sz]ed|(?:admitted|taken)\s+to\s+(?:a\s+|the\s+)?"
                                r"(?:(?:(?-i:[A-Z])[\w-]*|regional|district|central|city|military|"
                                r"local|main)\s+){0,4}?hospital)\b", re.I)),
    ("detained", re.compile(r"\b(?:detained|arrested|captured|taken\s+prisoner|"
                            r"taken\s+hostage|held\s+hostage|in\s+custody|apprehended|"
                            r"abducted|hostages?)\b", re.I)),
    ("evacuated", re.compile(r"\bevacuat\w*", re.I)),
    # (homes left, or that had to be left: not "refused to leave their homes")
    ("displaced", re.compile(r"\b(?:displaced|(?<!refused\sto\s)(?<!not\sto\s)(?<!declined\sto\s)"
                             r"(?<!unwilling\sto\s)(?:fled|flee|fleeing|left|leave|leaving|"
                             r"abandoned)\s+their\s+homes|"
                             r"refugees|homeless)\b", re.I)),
]
# the role words of ``_RIGHT_ROLES`` in one pattern, each role a named group in their
# order: its first match is at the first place any of them matches, and there it is the
# first role (in order) that matches, as the search of each in turn would tell
_RIGHT_ROLE = re.compile("|".join(f"(?P<{role}>{pat.pattern})" for role, pat in _RIGHT_ROLES),
                         re.I)
_LEFT_VERB_ROLE = {
    "kill": "killed", "shot": "killed", "shoo": "killed", "murd": "killed", "lost": "killed",
    "losi": "killed", "deat": "killed", "woun": "injured", "inju": "injured",
    "beat": "injured",
    "deta": "detained", "arre": "detained", "capt": "detained", "held": "detained",
    "abdu": "detained", "took": "detained", "kidn": "detained", "hold": "detained",
    "taki": "detained", "seiz": "detained", "evac": "evacuated", "disp": "displaced",
}
# people beaten, not what was beaten: "beat 2 Kyrgyz herders", "beat our three citizens"
_PEOPLE_AFTER = re.compile(r"\s*(?:[\w’'-]+\s+)?(?:residents|villagers|citizens|locals|nationals|"
                           r"people|persons|men|women|guards|herders|shepherds|soldiers|"
                           r"servicemen|drivers|farmers|officers|boys|girls|youths|teenagers|teens|"
                           r"children|schoolchildren|schoolboys|pupils|students|juveniles|minors)\b"
                           r"(?![’'])", re.I)  # (not "the drivers' trucks")
# vehicles and animals counted, not people: "detained two minibuses", "killed 30 sheep"
_THINGS_AFTER = re.compile(r"\s*(?:[\w’'-]+\s+)?(?:minibus(?:es)?|buses|cars|vehicles|trucks|"
                           r"lorries|taxis|tractors|motorcycles|sheep|cattle|cows|horses|goats|"
                           r"head\s+of\s+(?:cattle|sheep|livestock))\b(?!\s+(?:herders?|breeders?|"
                           r"owners?|drivers?|farmers?|traders?|thieves))", re.I)
_TOLL_ROSE = re.compile(
    r"\b(?:(?P<what>death|injur\w*|wounded)\s+toll|(?<=the\s)toll|number\s+of\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?:people|persons|those|civilians|soldiers|servicemen|guards|citizens|nationals|"
    r"troops)\s+)?(?P<what2>dead|"
    r"killed|deaths|victims|injured|wounded))\b[^.;\d]{0,90}?\b(?:(?:rose|risen|climbed|reached|"
    r"stood|stands|increased|grew|grown|went\s+up|jumped)\s+(?:to|at)|reached|hit|topped)\s+"
    r"(?:at\s+least\s+|more\s+than\s+|nearly\s+|about\s+)?$", re.I)
_OF_THOSE = re.compile(r"\b(?:(?:of|among)\s+(?:those|the)\s+(killed|dead|injured|wounded)\b|"
                       r"\bthe\s+(dead|killed|injured|wounded)\s+(?:included|include|includes|"
                       r"were|are)\b)[^.;\d]{0,40}$", re.I)
_OF_THOSE_LEAD = re.compile(r"\s*(?:of|among)\s+(?:those|the)\s+(killed|dead|injured|wounded)"
                            r"\s*,", re.I)  # "Of those killed, 34 were ... and 12 ..."
_PAREN = re.compile(r"\([^()]{0,80}\)")
# a breakdown set off by commas: "three people, including two soldiers, were killed"
BREAKDOWN = (r",\s*(?:including|among\s+them|among\s+whom|(?:(?:most|many|all|some|half|"
             r"several|none)\s+)?of\s+(?:whom|them)|mostly|mainly)\b")
_INCLUDING = re.compile(BREAKDOWN + r"[^,.;()]{0,80},", re.I)
# (the group, where and when it was: "two Kyrgyz citizens near the village of X on May 3,
# killing both")
_ALL_OF_THEM = re.compile(r"^[^,.;:]{0,100}?,\s*(killing|wounding|injuring)\s+(?:both|all|"
                          r"them|the\s+(?:two|three|four|five))(?:\s+of\s+them)?\b", re.I)


# an active verb's object: "killed two guards", "wounded a shepherd"
_OBJECT = re.compile(r"\s+(?:a|an|the|his|her|their|its|him|them|one|two|three|four|five|six|"
                     r"seven|eight|nine|ten|several|many|dozens|\d+|(?:Kyrgyz|Tajik|Uzbek)\w*)\b")
_AUX_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be|got|get|gets)\s+(?:\w+\s+)?$",
                         re.I)
_ACTIVE = re.compile(r"(?:killed|wounded|injured|detained|arrested|captured|abducted|"
                     r"shot\s+dead)", re.I)


# the next count in a clause ("…, 3 soldiers were …"), a count after its comma; what
# "leaving" leaves
_NEXT_COUNT = re.compile(r"(?:,\s*)?(?<![\w.,])\d|\b(?:" + _WORD + r")\s+(?:[A-Za-z]+\s+){0,3}"
                         r"(?:were|was|had|have|died|killed|wounded|injured)\b", re.I)
_COMMA_COUNT = re.compile(r",\s*(?:and\s+)?(?:\d|" + _WORD + ")", re.I)
_DEAD_AFTER = re.compile(r"^(?:\s+[\w-]+){0,3}\s+(?:dead|killed)\b")
_HURT_AFTER = re.compile(r"^(?:\s+[\w-]+){0,3}\s+(?:wounded|injured)\b")


def _agent(before_hit: str, hit: str, after_hit: str) -> bool:
    """Whether the role word after a count is an active verb whose object follows: the
    count is of those who did it."""
    return (bool(_ACTIVE.fullmatch(hit)) and not _AUX_BEFORE.search(before_hit)
            and bool(_OBJECT.match(after_hit)))


def count_role(before: str, after: str) -> tuple[str, str]:
    """The role of a count told between ``before`` and ``after``, and for weapons what
    was counted: a weapon or round named after it, a toll or verb before it ("the death
    toll rose to", "leaving"), "killing both", else a role word in its clause after it."""
    w = _WEAPON.match(after)
    if w:
        what = " ".join(w.group("what").split())
        low = what.lower()
        return ("ammunition" if any(k in low for k in ("round", "cartridge", "ammunition",
                                                       "bullet")) else "weapons"), what
    if _THINGS_AFTER.match(after):
        return "", ""  # "detained two minibuses", "40 sheep drowned": nobody counted
    role = _role_before(before, after)
    if role:
        return role, ""
    both = _ALL_OF_THEM.match(after)
    if both:  # "opened fire on two smugglers, killing both"
        return ("killed" if both.group(1).lower().startswith("kill") else "injured"), ""
    return _role_after(before, after), ""


# one count, two things done to them: "three Tajiks were beaten and taken hostage", "two
# guards were wounded and captured" (hurt and held: two figures of one count; not "wounded
# and died", where the toll tells it)
_TWO_VERBS = re.compile(
    r"^[^.;:]{0,60}?\b(?:were|was|have\s+been|had\s+been|got)\s+(?:\w+ly\s+)?"
    r"(?P<v1>beaten(?:\s+up)?|wounded|injured|hurt|detained|arrested|taken\s+hostage|"
    r"held\s+hostage|abducted|captured|seized)\s+(?:and|,)\s+(?:then\s+|later\s+)?"
    r"(?P<v2>beaten(?:\s+up)?|wounded|injured|hurt|detained|arrested|taken\s+hostage|"
    r"held\s+hostage|abducted|captured|seized)\b", re.I)


def _verb_role(verb: str) -> str:
    return "injured" if verb.lower().startswith(("beat", "woun", "inju", "hurt")) else "detained"


def also_role(after: str, role: str) -> str:
    """The second role of a count whose clause after it tells two things done to those
    counted, one hurting and one holding them ("were beaten and taken hostage"): the one
    that is not ``role``; or ""."""
    if role not in ("injured", "detained"):
        return ""
    m = _TWO_VERBS.match(after)
    if m is None:
        return ""
    roles = {_verb_role(m.group("v1")), _verb_role(m.group("v2"))}
    return next(iter(roles - {role}), "") if roles == {"injured", "detained"} else ""


def _role_before(before: str, after: str) -> str:
    """The role a toll or verb before a count gives it ("the death toll has risen to 46",
    "leaving 3 dead", "claimed the lives of"), or none."""
    window = before[-140:]
    low = window.lower()  # (a toll that rose names a toll or a number: else not searched)
    toll = _TOLL_ROSE.search(window) if "toll" in low or "number" in low else None
    if toll:  # "the death toll from the clashes has risen to 46"
        what = (toll.group("what") or toll.group("what2") or "death").lower()
        return ("injured" if what.startswith(("inj", "wou")) else
                "killed")
    last = before[-60:]
    left = _LEFT_ROLE.search(last) if may_hold(last, _LEFT_WORDS) else None
    if left:
        verb = left.group("verb").lower()
        if verb.startswith(("leaving", "left")):
            if _DEAD_AFTER.match(after):
                return "killed"
            if _HURT_AFTER.match(after):
                return "injured"
        else:
            # "claimed the lives of", "put its death toll at", "put the number of injured at"
            hurt = re.search(r"injur|wound", verb)
            toll = verb.endswith((" of", " at", " as")) or "toll" in verb
            role = (("injured" if hurt else "killed") if toll
                    else _LEFT_VERB_ROLE.get(verb[:4], ""))
            if verb.startswith(("beat", "seiz")) and not _PEOPLE_AFTER.match(after):
                role = ""  # "beating their 3 cows", "seized 3 trucks": no one hurt or held
            if role:
                return role
    return ""


def _clause_after(after: str) -> str:
    """The words of a count's clause after it (a parenthesis, "including …" and a relative
    clause set off by commas skipped; up to a boundary, the next count or a comma; 16
    words at most), squeezed to one space."""
    # to the right, within the clause; a parenthesis ("(apparently a civilian)") is skipped
    clause = _PAREN.sub(lambda m: " " * len(m.group()), after)
    clause = _INCLUDING.sub(lambda m: " " * len(m.group()), clause)
    clause = _RELATIVE.sub(lambda m: " " * len(m.group()), clause, count=1)
    cut = _BOUNDARY.search(clause)
    if cut:
        clause = clause[:cut.start()]
    nxt = _NEXT_COUNT.search(clause)
    if nxt and nxt.start() > 0:
        clause = clause[:nxt.start()]
    comma = clause.find(",")
    if comma >= 0 and not _COMMA_COUNT.match(clause[comma:]):
        clause = clause[:comma]
    words = clause.split()
    return " ".join(words[:16])


# a relative clause set off by commas after the counted noun: "five citizens, who were
# detained on May 3, were handed over" (the main verb's role, else the clause's)
_RELATIVE = re.compile(r"^[^,.;()]{0,60}?(,\s*(?:who|which)\s+(?:were|was|had\s+been|have\s+been|"
                       r"has\s+been)\s+[^,.;()]{3,120},)")  # (what befell them, not what they did)


def _role_after(before: str, after: str) -> str:
    """The role a word in a count's clause after it gives it (not an active verb whose
    object follows: those who did it), else one from "of those killed" before it, else one
    of a relative clause told of those counted ("…, who were detained …, were handed over")."""
    best = _role_in(before, after, _clause_after(after))
    rel = None if best else _RELATIVE.match(after)
    if rel:
        best = _role_in(before, after, " ".join(rel.group(1).split()[:16]))
    return best


# another person named between a count and its role word, after a preposition: the role is
# that person's ("400 mourners went to the funeral of a man killed in the clash")
_OTHER_VICTIM = re.compile(r"\b(?:of|for|with|to|from|by)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:man|"
                           r"woman|boy|girl|guard|soldier|herder|shepherd|resident|person|"
                           r"villager|driver|teenager|child)\b", re.I)


def _role_in(before: str, after: str, clause: str) -> str:
    """``_role_after`` of one clause."""
    hit = _RIGHT_ROLE.search(clause)  # (the first role word of the clause)
    best, pos, end = (hit.lastgroup, hit.start(), hit.end()) if hit else ("", 10_000, 0)
    if best and _OTHER_VICTIM.search(clause, 0, pos):
        best = ""  # "400 mourners … the funeral of a man killed": the man's role, not theirs
    at = after.find(clause[pos:end]) if best else -1  # (the clause's spaces were squeezed)
    if at >= 0 and _agent(after[:at], clause[pos:end], after[at + end - pos:]):
        best = ""  # "five gunmen killed two guards": those who did it, no victims
    those = None if best else (_OF_THOSE.search(before[-80:]) or _OF_THOSE_LEAD.match(before))
    if those:  # "Of those killed, 34 were ...", "the dead included two guards"
        word = (those.group(1) or those.group(2)).lower()
        best = "injured" if word in ("injured", "wounded") else "killed"
    return best
