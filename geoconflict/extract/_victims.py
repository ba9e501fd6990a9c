"""Victims told without a numeral: one person ("a Kyrgyz man was shot dead", "one of its
men was wounded", the demonym or the sentence's attribution giving the side), people listed
by name ("A. Aliev, B. Osmonov and C. Nabiev were injured": three) and nobody
("nobody was hurt", "there were no casualties": a count of 0). Each is found in one
sentence and returned as (start, end, value, role, group, side), offsets in the sentence.
"""

from __future__ import annotations

import re

from ._count_sides import group_side as _group_side
from ._literal_cues import Cued
from ._memo import lowered
from ._number_words import WORD as _WORD
from .toponyms import country_codes_in

__all__ = ["one_victim", "nobody"]

Victim = tuple[int, int, int, str, str, str]

# kin of a victim told before: "killing a shepherd and wounding his son"
_KIN = r"(?:son|daughter|brother|sister|father|mother|nephew|cousin|relative|companion)"
_VICTIM_NOUNS = (r"man|woman|boy|girl|resident|villager|citizen|national|soldier|serviceman|"
                 r"border\s+guard|guard|officer|policeman|shepherd|herder|farmer|private|"
                 r"conscript|smuggler|teenager|child|student|driver|civilian|attacker|trespasser|"
                 r"violator|intruder|poacher|hunter|trader|worker|migrant|" + _KIN)
# "nobody was hurt", "none of the guards was injured", "no Tajik guards were wounded",
# "nobody died", "there were no casualties"
_NEGATED = Cued(re.compile(
    r"\b(?:(?:no(?:body|\s+one|-one)|none(?:\s+of\s+(?P<who>(?:the\s+)?[\w’' -]{0,40}?))?|"
    r"no\s+(?P<who2>(?:[\w’'-]+\s+){0,2}?(?:" + _VICTIM_NOUNS + r"|guards|soldiers|servicemen|"
    r"people|civilians|residents|troops|citizens)))\s+"
    r"(?:(?:was|were|has\s+been|have\s+been|had\s+been|got)\s+(?:\w+\s+)?"
    r"(?P<r1>killed|injured|wounded|hurt|harmed)|(?P<r3>died))|(?:no|without)\s+(?:human\s+)?"
    r"(?P<r2>casualties|victims|deaths|fatalities|injuries|losses|"
    # the adjective as a noun: "no wounded or injured were reported", "there are no dead";
    # not "no wounded soldiers were evacuated" (the word before a noun it qualifies)
    r"(?:wounded|injured|dead)(?=\s*(?:[,.;]|$)|\s+(?:or|and|nor|from|on|among|in|at|"
    r"were|was|are|is|have|has|had|reported)\b)))\b"
    # "nobody was killed or injured", "no deaths or injuries": both roles are nil
    r"(?:\s+(?:or|nor|and)\s+(?:\w+\s+)?(?P<r4>killed|injured|wounded|hurt|died|deaths|"
    r"injuries|injured)\b)?", re.I))

# the people told of, none hurt: "the herders were not injured", "they were not hurt", "the
# shots injured no one" (a plural subject: a group, not "the driver", one of several; not
# "the others", the rest of a group some of whom were hurt)
_NOT_HURT = Cued(re.compile(
    r"\b(?:(?:the|these|those|both|all)\s+(?!others?\b|rest\b|remaining\b)(?:[\w’'-]+\s+){0,3}?"
    r"(?P<who>[\w’'-]+s|people|men|women|children)|they)\s+(?:were|have|had)\s+not\s+"
    r"(?:been\s+)?(?P<r1>killed|injured|wounded|hurt|harmed)\b"
    r"(?!\s+(?:seriously|badly|severely|critically|fatally|gravely|much)\b)"
    r"(?:\s+or\s+(?P<r4>killed|injured|wounded|hurt))?|"
    r"\b(?P<r2>injur(?:ed|ing)|wound(?:ed|ing)|hurt(?:ing)?|kill(?:ed|ing)|harm(?:ed|ing))\s+"
    r"(?:no\s+one|nobody|no-one)\b", re.I))

# what befalls one victim, and when: "was later killed", "the next day succumbed to his wounds"
_VERBS = (r"shot\s+and\s+(?:killed|wounded|injured)|found\s+dead|"
          r"killed|shot\s+dead|murdered|died|succumbed|wounded|injured|hurt|detained|arrested|"
          r"taken\s+hostage|held\s+hostage|abducted|kidnapped|"
          r"taken\s+(?:away\s+)?(?:to|into|across)\s+(?:the\s+)?(?:Kyrgyzstan|Tajikistan|Uzbekistan|"
          r"border)|"
          # "received a gunshot wound", "sustained injuries", "suffered a fatal wound"
          r"(?:received|sustained|suffered)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
          r"(?:wounds?|injur(?:y|ies))")
_WHEN = r"(?:\w+ly\s+|later\s+|(?:the\s+)?next\s+day\s+)?"
# "a Kyrgyz man was shot dead", "a resident of Aravan was wounded", and a named person
# after a demonym: "Tajik private Rustam Aliev was wounded"
_ONE_VICTIM = re.compile(
    # ("the" only before "couple" or an age, which tell the victim anew: "the 47-year-old
    # driver was injured"; "the driver was injured" tells one told before)
    r"(?:\b(?:a|an|the(?=\s+couple\b|\s+\d{1,3}-year-old\b)|(?:his|her|their)(?=\s+" + _KIN +
    r"\b))\s+"
    r"(?P<who>(?:[\w’'-]+\s+){0,3}?)|"
    # a wire lead with no article, after the dateline: "OSH -- Resident of X was killed"
    r"(?:^|\s[-–—]{1,2}\s+)(?=(?-i:[A-Z]))|"
    r"\b(?P<nat>Kyrgyz|Tajik|Uzbek)\s+)"
    # (two told together: "a woman and her son were injured")
    r"(?P<noun>couple|(?:" + _VICTIM_NOUNS + r")\s+and\s+(?:his|her|their|a|an)\s+(?:"
    + _VICTIM_NOUNS + r")(?=\s+(?:were|have|had|got)\b)|" + _VICTIM_NOUNS +
    r"|sergeant|lieutenant|captain)"
    # (names keep their capital though the pattern ignores case: not "guard shot and …")
    # ("a serviceman of the State Border Service of Kyrgyzstan received a gunshot wound")
    r"(?P<of>\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]+(?:\s+[\w’'-]+){0,3}?"
    r"(?:\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(?-i:[A-Z])[\w’'-]+(?:\s+Republic)?)?|"
    r"(?(nat)(?:\s+(?-i:[A-Z])[\w’'-]+){1,3}))?"
    # (what the victim was: "a driver of a water truck was injured")
    r"(?:\s+of\s+(?:an?\s+|the\s+)?(?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*))??"
    r"(?=\s+(?:was|has|had|got)\b))?"
    r"(?:,\s+[^,;]{3,60}?,|,)?"  # (an apposition: "a Kyrgyz guard, Sgt. B. Asanov, was …")
    r"(?:\s+who\s+(?:went|had\s+gone)\s+missing\b[^,;.]{0,60}?)?\s+"  # "… who went missing …"
    r"(?:(?:was|has\s+been|had\s+been|have\s+been|got|were)\s+)?" + _WHEN + r"(?P<verb>" + _VERBS +
    r")\b",
    re.I)
# the victim after the verb: "guards shot dead a Kyrgyz citizen", "a mine killed a couple"
_ONE_VICTIM_AFTER = re.compile(
    r"\b(?P<verb>killed|killing|shot\s+dead|shooting\s+dead|shot|murdered|wounded|wounding|"
    r"injured|injuring|detained|detaining|arrested|arresting|(?:took|taking|held|holding)\s+"
    r"hostage|abducted|abducting|kidnapped|kidnapping)\s+(?:a|an|his|her|their)\s+"
    r"(?P<who>(?:[\w’'-]+\s+){0,3}?)(?P<noun>(?:husband|man)\s+and\s+(?:his\s+)?wife|couple|"
    + _VICTIM_NOUNS + r")\b"
    # ("a resident of Ak-Sai", "a citizen of Tajikistan": one victim, the place or country
    # its side, also after a body's name: "a serviceman of the State Border Service of
    # Kyrgyzstan"; not "a man of about forty")
    r"(?P<of>\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(?-i:[A-Z])[\w’'-]+"
    r"(?:\s+(?-i:[A-Z])[\w’'-]+){0,3}(?:\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?"
    r"(?-i:[A-Z])[\w’'-]+(?:\s+Republic)?)?)?(?!\s+of\b)", re.I)

# a person taken across the border: "residents of X took a student to Tajikistan", "the
# boy was taken across the border" (an abduction, counted as detained)
_TAKEN_ACROSS = re.compile(
    r"\b(?P<verb>took|taken|dragged|carried|led|abducted|forced)\s+(?:away\s+)?(?:a|an|the|two|"
    r"three|several)?\s*(?P<who>(?:[\w’'-]+\s+){0,3}?)(?P<noun>" + _VICTIM_NOUNS + r"|students?|"
    r"men|women|boys|girls|herders|shepherds|residents|villagers)s?\s+(?:away\s+)?"
    r"(?:to|into|across|over)\s+(?:the\s+)?(?:territory\s+of\s+)?(?:Kyrgyzstan|Tajikistan|"
    r"Uzbekistan|Afghanistan|(?:Kyrgyz|Tajik|Uzbek)\s+(?:territory|side)|border)\b", re.I)
# "one of its men was killed", "one of the Tajik guards was wounded"
_ONE_OF = re.compile(
    r"\b(?:one|One)\s+of\s+(?P<who>(?:its|their|his|our|the)\s+(?:[\w’'-]+\s+){0,2}?)"
    r"(?P<noun>men|soldiers|servicemen|guards|officers|citizens|nationals|residents|"
    r"villagers|shepherds|herders|troops|personnel|fighters|employees|workers)\s+"
    r"(?:(?:was|has\s+been|had\s+been|got)\s+)?" + _WHEN + r"(?P<verb>" + _VERBS + r")\b")
# one of a group told before: "one of them was killed", "…, one of whom died"
_ONE_OF_THEM = re.compile(r"\b[Oo]ne\s+of\s+(?:them|whom)\s+(?:(?:was|has\s+been|had\s+been|"
                          r"got)\s+)?" + _WHEN + r"(?P<verb>" + _VERBS + r")\b")
# two told before, then "both": "both men died on the spot", "both of them died", "both
# were killed" (a bare "both" only before an auxiliary or "died": "Both wounded and dead
# were taken to hospital" counts nobody; the count itself takes "…, killing both":
# _count_roles)
_BOTH = re.compile(r"\b[Bb]oth\s+(?:(?:(?P<noun>men|women|guards|soldiers|servicemen|brothers|"
                   r"herders|shepherds|smugglers|victims|boys|villagers)\s+|of\s+them\s+)"
                   r"(?:(?:were|have\s+been|had\s+been|got)\s+)?|"
                   r"(?:were|have\s+been|had\s+been|got)\s+|(?=died|succumbed))" + _WHEN +
                   r"(?P<verb>" + _VERBS + r")\b")
# a rank and a name: "Private Rustam Aliev of the Tajik border troops was wounded"
_RANKED = re.compile(r"\b(?:Private|Sergeant|Lieutenant|Captain|Major|Corporal|Colonel)\s+"
                     r"(?:[A-Z][\w’'-]+\s+){1,3}(?P<who>of\s+the\s+(?:[\w’'-]+\s+){0,4}?)?"
                     r"(?:(?:was|has\s+been|had\s+been|got)\s+)?" + _WHEN +
                     r"(?P<verb>" + _VERBS + r")\b")
# a person named by a Central Asian surname: "Abdukaharova was wounded", "Tashiev was
# detained" (the ending keeps out places and bodies)
_NAMED = re.compile(r"\b(?-i:[A-Z][a-z’'-]+(?:ova|ov|eva|ev|yeva|yev|ina|iev|ieva|uulu|kyzy|"
                    r"zoda|zade))(?:,\s+\d{1,2},)?\s+(?:(?:was|has\s+been|had\s+been|got)\s+)?" +
                    _WHEN +
                    r"(?P<verb>" + _VERBS + r")\b", re.I)
# people listed by name, each perhaps with an age: "a 14-year-old Umid Safarov, a 23-year-old
# Asror Asadov and Sodiq Nabiev were injured" (two words or three of a name each, so that
# one-word places and bodies stay out): as many victims as names
_PERSON = (r"(?:(?:an?\s+)?\d{1,2}-year-old\s+(?:[a-z]+\s+)?)?"
           r"(?-i:[A-Z][a-z’'-]+)(?:\s+(?-i:[A-Z][a-z’'-]+)){1,2}")
_PERSON_RE = re.compile(_PERSON)
_NAMED_LIST = re.compile(r"(?<![\w-])(?P<list>" + _PERSON + r"(?:,\s+" + _PERSON + r")*,?\s+"
                         r"and\s+" + _PERSON + r")\s+(?:were|have\s+been|had\s+been)\s+" +
                         _WHEN + r"(?P<verb>" + _VERBS + r")\b")
# the victim told before: "The victim, a resident of the village, died in hospital"
_THE_VICTIM = re.compile(r"\b[Tt]he\s+victim(?:,[^,.;]{3,80},)?\s+(?:(?:was|has\s+been|had\s+been)"
                         r"\s+)?" + _WHEN + r"(?P<verb>" + _VERBS + r")\b")
# a second victim after a first: "a Kyrgyz guard was killed and another was wounded"
# ("and the other was wounded", "and one other was hurt")
_ANOTHER = re.compile(r"(?:(?<=\band\s)|(?<=\bwhile\s)|(?<=\bbut\s))(?:another|the\s+other|"
                      r"one\s+(?:an)?other)\s+"
                      r"(?:one\s+|man\s+|person\s+)?"
                      r"(?:(?:was|has\s+been|had\s+been|got)\s+)?" + _WHEN +
                      r"(?P<verb>" + _VERBS + r")\b", re.I)
# an object after an active verb: its subject did it ("a Kyrgyz guard wounded two Tajiks")
_AGENT = re.compile(r"\s+(?:a|an|the|his|her|their|its|him|them|one|two|three|four|five|"
                    r"several|\d)\b", re.I)
_ONE = re.compile(r"one|1", re.I)
_DEAD_AFTER = re.compile(r"\s+dead\b", re.I)
_AUX = re.compile(r"\b(?:was|were|been|got)\b", re.I)
_INTRANSITIVE = ("died", "succumbed", "received", "sustained", "suffered")
_COUNTED_BEFORE = re.compile(r"(?:\d|\b(?:" + _WORD + r"|several|many|some|few|dozens|"
                             r"hundreds|thousands|other|more))\s+$", re.I)


# the patterns of one victim, in the order their matches are taken (each tried only on a
# sentence with one of its literal words)
_VICTIM_PATTERNS = [Cued(p) for p in (_NAMED_LIST, _ONE_VICTIM, _ONE_VICTIM_AFTER, _TAKEN_ACROSS,
                                      _ONE_OF, _ONE_OF_THEM, _BOTH, _RANKED, _THE_VICTIM,
                                      _NAMED)]


def one_victim(sentence: str, taken: list[tuple[int, int]]) -> list[Victim]:
    """One person told without a numeral: "a Kyrgyz man was shot dead", "an Uzbek border
    guard was wounded" (the demonym gives the side); not where ``taken`` spans (counts
    already found) lie."""
    low = lowered(sentence)
    # (also "received a wound")
    if not any(map(low.__contains__, ("kill", "dead", "died", "wound", "injur", "hurt", "shot",
                                  "detain", "arrest", "murder", "hostage", "abduct",
                                  "kidnap", "took", "taken", "dragged"))):
        return []
    out: list[Victim] = []
    for m in [m for c in _VICTIM_PATTERNS if c.may_match(sentence)
              for m in c.pattern.finditer(sentence)]:
        a, b = m.start(), m.end()
        if any(a <= x < b or x <= a < y for x, y in [*taken, *((v[0], v[1]) for v in out)]):
            continue
        victim = _victim(sentence, m)
        if victim is not None:
            out.append(victim)
    return out + _others_after(sentence, taken, out)


def _victim(sentence: str, m: re.Match) -> Victim | None:
    """The victim one match of the patterns above tells, or None when the match names
    the one who did it or a counted group."""
    if m.groupdict().get("nat") and _COUNTED_BEFORE.search(sentence, 0, m.start()):
        return None  # "two Kyrgyz guards were hurt": the number tells it
    if m.re is _ONE_VICTIM and _AGENT.match(sentence, m.end()) and not _AUX.search(
            m.group()) and not m.group("verb").lower().startswith(_INTRANSITIVE):
        return None  # "a Kyrgyz guard wounded two Tajiks": the one who did it
    a, b = m.start(), m.end()
    verb = m.group("verb").lower()
    role = "detained" if m.re is _TAKEN_ACROSS else _role(verb)
    if verb == "shot" and m.re is _ONE_VICTIM_AFTER:
        # "shot a woman" hit her; "shot a man dead" killed him
        role = "killed" if _DEAD_AFTER.match(sentence, b) else "injured"
    cc = country_codes_in(m.groupdict().get("who") or m.groupdict().get("nat") or "")
    if not cc and m.groupdict().get("of"):  # "a citizen of Uzbekistan"
        cc = country_codes_in(m.group("of"))
    noun = " ".join((m.groupdict().get("noun") or "victim").lower().split())
    value, group = ((2, "people") if noun == "couple" or " and " in noun else
                    (2, noun) if m.re is _BOTH else
                    (len(_PERSON_RE.findall(m.group("list"))), "people")
                    if m.re is _NAMED_LIST else (1, noun))
    side = cc[0] if len(cc) == 1 else _residence_side(sentence, b)
    if not side and m.re is _ONE_OF:  # "its men": the side the sentence attributes
        side = _group_side(sentence[:a], sentence[a + 3:], sentence, a)[1] or _group_side(
            sentence[:a] + " its ", "", sentence, a)[1]
    return (a, b, value, role, group, side)


def _others_after(sentence: str, taken: list[tuple[int, int]],
                  out: list[Victim]) -> list[Victim]:
    """"Another" told after one victim, or after a count of one ("One man was killed and
    another injured"): one more, of the same group and side."""
    first = [(v[1], v[4], v[5]) for v in out[:1]] or [
        (b, "", "") for a, b in taken[:1] if _ONE.fullmatch(sentence[a:b])]
    if len(out) > 1 or not first or len(taken) > 1:
        return []
    end, group, side = first[0]
    more = []
    for m in _ANOTHER.finditer(sentence, end):
        if any(m.start() <= x < m.end() for x, _ in taken):
            continue  # "… and one other was hurt": the numeral counts him
        more.append((m.start(), m.end(), 1, _role(m.group("verb").lower()), group, side))
    return more


# where the victim lives, told after the verb: "… was wounded (a resident of X village in
# Tajikistan's Y province)", "…, a resident of Uzbekistan's X district"
_RESIDENCE = re.compile(r"[^.;()]{0,40}?[(,]\s*(?:an?\s+|the\s+)?(?:resident|native|citizen)s?\s+"
                        r"of\s+([^.;()]{3,80})")


def _residence_side(sentence: str, end: int) -> str:
    m = _RESIDENCE.match(sentence, end)
    cc = country_codes_in(m.group(1)) if m else []
    return cc[0] if len(set(cc)) == 1 else ""


def _role(verb: str) -> str:
    if "wound" in verb and "fatal" not in verb and "mortal" not in verb or "injur" in verb:
        return "injured"  # (also "shot and wounded")
    return ("killed" if verb.startswith(("kill", "shot", "shoo", "murd", "die", "succ", "found"))
            or "fatal" in verb or "mortal" in verb else
            "detained" if verb.startswith(("deta", "arre", "abdu", "kidn", "take"))
            or "hostage" in verb
            else "injured")


def nobody(sentence: str) -> list[Victim]:
    """Zero counts the sentence states in words: "nobody was hurt", "none of the guards
    was injured", "there were no casualties" (casualties: no one killed and no one hurt)."""
    low = lowered(sentence)  # (every match begins with "no" or "without": no case odd letter)
    if "no" not in low and "thout" not in low:
        return []
    out = []
    for m in _NEGATED.finditer(sentence):
        roles = _nil_roles((m.group("r1") or m.group("r2") or m.group("r3")).lower())
        if m.group("r4"):
            roles = tuple(dict.fromkeys(roles + _nil_roles(m.group("r4").lower())))
        who = m.group("who") or m.group("who2") or ""
        # (the words after it up to the clause's end: not "… and accused Tajik guards")
        rest = re.split(r"[;,.]|\b(?:and|but|while|whereas)\b", sentence[m.end():m.end() + 40])[0]
        cc = country_codes_in(who + " " + rest)
        if not cc:  # "Kyrgyzstan has reported no casualties": the clause's subject
            head = re.split(r"[;,]|\b(?:and|but|while)\b", sentence[:m.start()])[-1]
            cc = country_codes_in(head)
        side = cc[0] if len(cc) == 1 else ""
        out += [(m.start(), m.end(), 0, role, "", side) for role in roles]
    if _NOT_HURT.may_match(sentence):
        out += _not_hurt(sentence, out)
    return out


def _not_hurt(sentence: str, found: list[Victim]) -> list[Victim]:
    """The nil tolls of people told of as not hurt (``_NOT_HURT``) that no match in
    ``found`` holds; the side from a demonym or country just before the group's noun."""
    out = []
    for m in _NOT_HURT.pattern.finditer(sentence):
        if any(a <= m.start() < b for a, b, *_ in found):
            continue
        roles = _nil_roles((m.group("r1") or m.group("r2")).lower())
        if m.group("r4"):
            roles = tuple(dict.fromkeys(roles + _nil_roles(m.group("r4").lower())))
        who = m.group("who")
        cc = country_codes_in(sentence[max(0, m.start() - 30):m.start()] + who) if who else []
        side = cc[0] if len(cc) == 1 else ""
        out += [(m.start(), m.end(), 0, role, "", side) for role in roles]
    return out


def _nil_roles(word: str) -> tuple[str, ...]:
    """The roles a word of a nil toll counts: "casualties" both, "deaths" the killed."""
    return (("killed", "injured") if word.startswith(("casualt", "victim", "loss"))
            else ("killed",) if word.startswith(("kill", "die", "dea", "fatal"))
            else ("injured",))
