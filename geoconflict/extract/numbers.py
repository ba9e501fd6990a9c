"""Counts in article text — digits and words — with the role the sentence gives them.

Roles: ``killed``, ``injured``, ``hospitalized`` (taken to hospital, a figure of its own
that no total counts), ``detained``, ``evacuated``, ``displaced``, ``weapons``,
``ammunition``. A count also carries its qualifier ("at least", "up to", "about"), the
group it counts ("border guards") and the side when the sentence names one
("Kyrgyzstan reported at least 59 fatalities and Tajikistan said 41"), a count "on each
side" once per side the sentence names; a breakdown ("…, including 7 Kyrgyz and 5 Tajiks")
keeps the role of the figure it breaks down, and groups listed under one verb ("two guards
and three herders were killed") are marked ``joined`` so that a total adds them up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ._count_sides import BOUNDARY as _BOUNDARY
from ._count_sides import group_side as _group_side
from ._count_sides import same_subject as _same_subject
from .toponyms import country_codes_in

__all__ = ["Count", "find_counts", "parse_number", "ROLES"]

ROLES = ("killed", "injured", "hospitalized", "detained", "evacuated", "displaced", "weapons",
         "ammunition")

_UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
          "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
          "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_VAGUE = {"a dozen": 12, "dozens": 12, "dozens of": 12, "hundreds": 100, "hundreds of": 100,
          "thousands": 1000, "thousands of": 1000, "a hundred": 100, "a thousand": 1000}
_WORD = "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
_NUMBER = re.compile(
    r"(?<![\w.,/:-])(?P<num>"
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    rf"|(?:(?:{_WORD})(?:[-\s](?:{_WORD}))?)(?:\s+(?:hundred|thousand))?"
    r"|a\s+dozen|dozens|hundreds|thousands|a\s+hundred|a\s+thousand"
    r")(?:\s+(?P<mult>thousand|million))?(?![\w])", re.I)
_QUAL = re.compile(r"(?P<q>at\s+least|more\s+than|over|upwards\s+of|no\s+fewer\s+than|"
                   r"up\s+to|as\s+many\s+as|at\s+most|no\s+more\s+than|"
                   r"about|around|nearly|almost|some|approximately|roughly|an\s+estimated|"
                   r"estimated|close\s+to|a\s+further|another|an\s+additional|additional|a\s+total\s+of|"
                   r"total\s+of)\s+$",
                   re.I)
_UNIT_AFTER = re.compile(
    r"^(?:-|\s)*(?:km|kilomet\w*|miles?|metres?|meters?|m\b|hours?|days?|weeks?|months?|"
    r"years?|minutes?|seconds?|ha\b|hectares?|per\s*cent|percent|%|times|year-old|"
    r"-year-old|o'clock|am\b|pm\b|a\.m|p\.m|degrees?|tons?|tonnes?|kg|square|sq|°|"
    r"rounds\s+of\s+talks|votes?|members?\s+of\s+parliament|documents?|protocols?|"
    r"meetings?|sections?|points?|articles?|families|houses|homes|schools|buildings)\b", re.I)
_WEAPON = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}?(?P<what>(?:Kalashnikov\s+)?(?:assault\s+|automatic\s+|hunting\s+|"
    r"sniper\s+)?rifles?|Kalashnikovs?|firearms|guns|handguns|pistols|machine[- ]guns?|"
    r"grenades?|grenade\s+launchers?|weapons|mortars|mines|AK-47s?|(?:rounds|cartridges)"
    r"(?:\s+of\s+ammunition)?|ammunition|bullets)\b", re.I)
_LEFT_ROLE = re.compile(
    r"\b(?P<verb>killed|killing|kills|kill|shot\s+dead|shooting\s+dead|murdered|murdering|"
    r"wounded|wounding|injured|injuring|detained|detaining|arrested|arresting|captured|"
    r"capturing|evacuated|evacuating|displaced|displacing|lost|losing|leaving|left|"
    r"death\s+toll\s+(?:rose\s+|climbed\s+|reached\s+|stood\s+|has\s+risen\s+)?"
    r"(?:to|of|at)|killed\s+at\s+least|held|abducted|abducting|took\s+hostage|"
    r"(?:claimed|claiming|took|taking|cost|costing)\s+the\s+lives\s+of|"
    r"(?:put|puts|putting|gave|gives|giving)\s+(?:the|its|their)\s+(?:\w+\s+)?"
    r"(?:death\s+toll|toll)\s+(?:at|as))"
    r"(?:\s+(?:a\s+further|another|at\s+least|up\s+to|more\s+than|about|some|"
    r"an\s+estimated|nearly|almost|a\s+total\s+of|the|all))?\s*$", re.I)
_RIGHT_ROLES = [
    ("killed", re.compile(r"\b(?:fatal(?:ly)?\s+wound\w*|mortally\s+wounded|"
                          r"killed|dead|died|die|deaths?|fatalities|fatality|perished|"
                          r"lives|lost\s+their\s+lives|shot\s+dead|slain|death\s+toll|"
                          r"bodies|corpses)\b", re.I)),
    ("injured", re.compile(r"\b(?:injured|wounded|wounds?|hurt|injuries|injury|sought\s+medical|"
                           r"casualties\s+were\s+wounded)\b", re.I)),
    # a figure of its own: those taken to hospital, of whom the text says no more
    ("hospitalized", re.compile(r"\b(?:hospitali[sz]ed|admitted\s+to\s+(?:a\s+|the\s+)?hospital|"
                                r"taken\s+to\s+(?:a\s+|the\s+)?hospital)\b", re.I)),
    ("detained", re.compile(r"\b(?:detained|arrested|captured|taken\s+prisoner|"
                            r"taken\s+hostage|held\s+hostage|in\s+custody|apprehended|"
                            r"abducted)\b", re.I)),
    ("evacuated", re.compile(r"\bevacuat\w*", re.I)),
    ("displaced", re.compile(r"\b(?:displaced|fled\s+their\s+homes|left\s+their\s+homes|"
                             r"refugees|homeless)\b", re.I)),
]
_LEFT_VERB_ROLE = {
    "kill": "killed", "shot": "killed", "shoo": "killed", "murd": "killed", "lost": "killed",
    "losi": "killed", "deat": "killed", "woun": "injured", "inju": "injured",
    "deta": "detained", "arre": "detained", "capt": "detained", "held": "detained",
    "abdu": "detained", "took": "detained", "evac": "evacuated", "disp": "displaced",
}
_TOLL_ROSE = re.compile(
    r"\b(?:(?P<what>death|injur\w*|wounded)\s+toll|number\s+of\s+(?:the\s+)?(?P<what2>dead|"
    r"killed|deaths|victims|injured|wounded))\b[^.;\d]{0,90}?\b(?:rose|risen|climbed|reached|"
    r"stood|stands|increased|grew|grown|went\s+up)\s+(?:to|at)\s+(?:at\s+least\s+|more\s+than\s+|"
    r"nearly\s+|about\s+)?$", re.I)
_OF_THOSE = re.compile(r"\b(?:of|among)\s+(?:those|the)\s+(killed|dead|injured|wounded)\b"
                       r"[^.;\d]{0,40}$", re.I)
_NEGATED = re.compile(
    r"\b(?:(?:no(?:body|\s+one|-one)|none(?:\s+of\s+(?P<who>(?:the\s+)?[\w’' -]{0,40}?))?)\s+"
    r"(?:was|were|has\s+been|have\s+been|had\s+been|got)\s+(?:\w+\s+)?"
    r"(?P<r1>killed|injured|wounded|hurt|harmed)|(?:no|without)\s+(?:human\s+)?"
    r"(?P<r2>casualties|victims|deaths|fatalities|injuries|losses))\b", re.I)
_VICTIM_NOUNS = (r"man|woman|boy|girl|resident|villager|citizen|national|soldier|serviceman|"
                 r"border\s+guard|guard|officer|policeman|shepherd|herder|farmer|private|"
                 r"conscript|smuggler|teenager|child|student|driver|civilian")
# "a Kyrgyz man was shot dead", "a resident of Aravan was wounded", and a named person
# after a demonym: "Tajik private Rustam Aliev was wounded"
_ONE_VICTIM = re.compile(
    r"(?:\b(?:a|an)\s+(?P<who>(?:[\w’'-]+\s+){0,3}?)|\b(?P<nat>Kyrgyz|Tajik|Uzbek)\s+)"
    r"(?P<noun>" + _VICTIM_NOUNS + r"|sergeant|lieutenant|captain)"
    r"(?:\s+of\s+[A-Z][\w’'-]+|(?(nat)(?:\s+[A-Z][\w’'-]+){1,3}))?,?\s+"
    r"(?:(?:was|has\s+been|had\s+been|got|were)\s+)?(?:\w+ly\s+)?(?P<verb>killed|shot\s+dead|"
    r"murdered|died|wounded|injured|hurt|detained|arrested)\b", re.I)
# the victim after the verb: "guards shot dead a Kyrgyz citizen", "a mine killed a couple"
_ONE_VICTIM_AFTER = re.compile(
    r"\b(?P<verb>killed|killing|shot\s+dead|shooting\s+dead|murdered|wounded|wounding|"
    r"injured|injuring|detained|detaining|arrested|arresting)\s+(?:a|an)\s+"
    r"(?P<who>(?:[\w’'-]+\s+){0,3}?)(?P<noun>(?:husband|man)\s+and\s+(?:his\s+)?wife|couple|"
    + _VICTIM_NOUNS + r")\b(?!\s+of\b)", re.I)
_OF_THOSE_LEAD = re.compile(r"\s*(?:of|among)\s+(?:those|the)\s+(killed|dead|injured|wounded)"
                            r"\s*,", re.I)  # "Of those killed, 34 were ... and 12 ..."
_PAREN = re.compile(r"\([^()]{0,80}\)")
# a breakdown set off by commas: "three people, including two soldiers, were killed"
_BREAKDOWN = r",\s*(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them|mostly|mainly)\b"
_INCLUDING = re.compile(_BREAKDOWN + r"[^,.;()]{0,80},", re.I)
_BREAKDOWN_BEFORE = re.compile(r"^[^.;]{0,120}?(?:" + _BREAKDOWN + r"\s+(?:[\w-]+\s+)?|"
                               r"\s*[:—–]\s*)$", re.I)  # "…, including 7 …", "…: 7 Kyrgyz"
_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|whom)\b", re.I)  # "100 dead, 34 of them Kyrgyz"


@dataclass(frozen=True, slots=True)
class Count:
    """A number in the text and what it counts."""

    start: int
    end: int
    text: str
    value: int
    role: str = ""
    qualifier: str = ""     # at_least, up_to, about, ""
    group: str = ""
    side: str = ""          # ISO alpha-2 of the side the count belongs to, if said
    what: str = ""          # for weapons: what was counted
    inherited: bool = False
    #: coordinated by "and" with the count before it, under one verb ("two soldiers and
    #: three civilians were killed"): the two add up
    joined: bool = False

    @property
    def estimate(self) -> dict[str, int]:
        """low/best/high of this count alone."""
        if self.qualifier == "at_least":
            return {"low": self.value, "best": self.value}
        if self.qualifier == "up_to":
            return {"high": self.value}
        return {"low": self.value, "best": self.value, "high": self.value}


def parse_number(text: str) -> int | None:
    """The integer a number written in digits or words stands for.

    >>> parse_number("2,400"), parse_number("thirty-three"), parse_number("five thousand")
    (2400, 33, 5000)
    """
    t = " ".join(text.lower().replace("-", " ").split())
    if not t:
        return None
    if t in _VAGUE:
        return _VAGUE[t]
    if t[0].isdigit():
        try:
            v = float(t.replace(",", ""))
        except ValueError:
            return None
        return int(v) if v == int(v) else None
    total, cur = 0, 0
    for w in t.split():
        if w in _UNITS:
            cur += _UNITS[w]
        elif w in _TENS:
            cur += _TENS[w]
        elif w == "hundred":
            cur = max(cur, 1) * 100
        elif w == "thousand":
            total += max(cur, 1) * 1000
            cur = 0
        else:
            return None
    return total + cur


_NUMBER_WORDS = frozenset([*_UNITS, *_TENS, "dozens", "hundreds", "thousands"])
_AFTER_A = frozenset(["dozen", "hundred", "thousand"])


def matches_at_words(pattern: re.Pattern, sentence: str, start: int, tokens,
                     can_begin) -> list[re.Match]:
    """Non-overlapping matches of ``pattern`` in ``sentence`` (which starts at ``start`` in
    the text), tried only at the tokens where ``can_begin(tokens, k)`` says one may begin:
    the fast path of every language's number finder."""
    out, pos = [], 0
    for k, tok in enumerate(tokens):
        if not can_begin(tokens, k):
            continue
        at = tok.start - start
        if at < pos:
            continue
        m = pattern.match(sentence, at)
        if m:
            out.append(m)
            pos = m.end()
    return out


def _can_begin(tokens, k: int) -> bool:
    t = tokens[k].text
    return t[0].isdigit() or t.lower() in _NUMBER_WORDS or (
        t in ("a", "A") and k + 1 < len(tokens) and tokens[k + 1].text.lower() in _AFTER_A)


def _number_matches(sentence: str, start: int, tokens) -> list[re.Match]:
    """Number matches, tried only at words that can begin a number (fast path)."""
    return matches_at_words(_NUMBER, sentence, start, tokens, _can_begin)


def find_counts(text: str, start: int, end: int, skip: list[tuple[int, int]] = (),
                tokens=None) -> list[Count]:
    """Counts in the sentence ``text[start:end]``; spans in ``skip`` (dates) are ignored.

    ``tokens``, the sentence's words, lets the scan look only where numbers can begin.
    """
    sentence = text[start:end]
    raw: list[Count] = []
    found = (_number_matches(sentence, start, tokens) if tokens is not None
             else _NUMBER.finditer(sentence))
    for m in found:
        a, b = start + m.start(), start + m.end()
        if any(x <= a < y for x, y in skip):
            continue
        value = parse_number(m.group("num"))
        if value is None:
            continue
        if m.group("mult"):
            value *= 1000 if m.group("mult").lower() == "thousand" else 1_000_000
        word = m.group("num").lower()
        before = sentence[:m.start()]
        after = sentence[m.end():]
        if _UNIT_AFTER.match(after) or re.search(r"(?:No\.?|number|#|№)\s*$", before, re.I):
            continue
        if word in ("one",) and re.match(r"\s+(?:of\s+(?:the|them|his|its)|another|day|side)",
                                         after, re.I) and not re.search(r"(?:killed|captured|"
                                                                        r"wounded|detained)\s+$",
                                                                        before, re.I):
            continue
        if re.match(r"^\s*,?\s*(?:\d{4}|[A-Z][a-z]+ \d)", after) and value <= 31:
            continue
        if re.search(r",\s*$", before) and re.match(r"\s*,", after) and value < 120:
            continue  # an age: "Emomali Rakhmon, 69, met"
        q = _QUAL.search(before)
        qual = ""
        if q:
            qw = " ".join(q.group("q").lower().split())
            if qw in ("at least", "more than", "over", "upwards of", "no fewer than"):
                qual = "at_least"
            elif qw in ("up to", "at most", "no more than"):
                qual = "up_to"
            elif qw in ("a further", "another", "an additional", "additional"):
                qual = "increment"
            elif qw not in ("as many as", "a total of", "total of"):
                qual = "about"
        if re.match(r"\s+more\s+(?!than\b)(?!\w+ed\b)\w", after, re.I):
            qual = "increment"  # "three more bodies": an increment, not the toll
        if word in ("dozens", "hundreds", "thousands"):
            qual = "at_least"
        role, what = _role(before, after)
        group, side = _group_side(before, after, sentence, m.start())
        sides = _each_side(after, sentence) if role and not side else ()
        for one in sides or (side,):
            raw.append(Count(a, b, text[a:b], value, role, qual, group, one, what))
    raw += _nobody(text, start, sentence)
    raw += _one_victim(text, start, sentence, raw)
    raw.sort(key=lambda c: c.start)
    return _inherit(text, raw)


_EACH_SIDE = re.compile(r"^[^.;]{0,50}?\b(?:on|from|of)\s+each\s+side\b", re.I)


def _each_side(after: str, sentence: str) -> tuple[str, ...]:
    """The two sides a count "on each side" is given for, when the sentence names two."""
    if not _EACH_SIDE.match(after):
        return ()
    codes = tuple(dict.fromkeys(country_codes_in(sentence)))
    return codes if len(codes) == 2 else ()


# "one of its men was killed", "one of the Tajik guards was wounded"
_ONE_OF = re.compile(
    r"\b(?:one|One)\s+of\s+(?P<who>(?:its|their|his|our|the)\s+(?:[\w’'-]+\s+){0,2}?)"
    r"(?P<noun>men|soldiers|servicemen|guards|officers|citizens|nationals|residents|"
    r"villagers|shepherds|herders|troops|personnel|fighters|employees|workers)\s+"
    r"(?:(?:was|has\s+been|had\s+been|got)\s+)?(?:\w+ly\s+)?(?P<verb>killed|shot\s+dead|"
    r"murdered|died|wounded|injured|hurt|detained|arrested)\b")
_COUNTED_BEFORE = re.compile(r"(?:\d|\b(?:" + _WORD + r"|several|many|some|few|dozens|"
                             r"hundreds|thousands|other|more))\s+$", re.I)


def _one_victim(text: str, start: int, sentence: str, found: list[Count]) -> list[Count]:
    """One person told without a numeral: "a Kyrgyz man was shot dead", "an Uzbek border
    guard was wounded" (the demonym gives the side)."""
    low = sentence.lower()
    if not any(w in low for w in ("kill", "dead", "died", "wound", "injur", "hurt",
                                  "detain", "arrest", "murder")):
        return []
    out = []
    for m in [*_ONE_VICTIM.finditer(sentence), *_ONE_VICTIM_AFTER.finditer(sentence),
              *_ONE_OF.finditer(sentence)]:
        a, b = start + m.start(), start + m.end()
        if any(a <= c.start < b or c.start <= a < c.end for c in found + out):
            continue
        if m.groupdict().get("nat") and _COUNTED_BEFORE.search(sentence, 0, m.start()):
            continue  # "two Kyrgyz guards were hurt": the number tells it
        verb = m.group("verb").lower()
        role = ("killed" if verb.startswith(("kill", "shot", "shoo", "murd", "die")) else
                "detained" if verb.startswith(("deta", "arre")) else "injured")
        cc = country_codes_in(m.group("who") or m.groupdict().get("nat") or "")
        noun = " ".join(m.group("noun").lower().split())
        value, group = (2, "people") if noun == "couple" or " wife" in noun else (1, noun)
        side = cc[0] if len(cc) == 1 else ""
        if not side and m.re is _ONE_OF:  # "its men": the side the sentence attributes
            side = _group_side(sentence[:m.start()], sentence[m.start() + 3:], sentence,
                               m.start())[1] or _group_side(
                sentence[:m.start()] + " its ", "", sentence, m.start())[1]
        out.append(Count(a, b, text[a:b], value, role, "", group, side))
    return out


def _nobody(text: str, start: int, sentence: str) -> list[Count]:
    """Zero counts the sentence states in words: "nobody was hurt", "none of the guards
    was injured", "there were no casualties" (casualties: no one killed and no one hurt)."""
    out = []
    low = sentence.lower()
    if "no" not in low and "without" not in low:  # every match has one of them
        return out
    for m in _NEGATED.finditer(sentence):
        word = (m.group("r1") or m.group("r2")).lower()
        roles = (("killed", "injured") if word.startswith(("casualt", "victim", "loss"))
                 else ("killed",) if word.startswith(("kill", "die", "dea", "fatal"))
                 else ("injured",))
        cc = country_codes_in((m.group("who") or "") + sentence[m.end():m.end() + 40])
        if not cc:  # "Kyrgyzstan has reported no casualties": the clause's subject
            head = re.split(r"[;,]|\b(?:and|but|while)\b", sentence[:m.start()])[-1]
            cc = country_codes_in(head)
        side = cc[0] if len(cc) == 1 else ""
        a, b = start + m.start(), start + m.end()
        out += [Count(a, b, text[a:b], 0, role, "", "", side) for role in roles]
    return out


def _role(before: str, after: str) -> tuple[str, str]:
    w = _WEAPON.match(after)
    if w:
        what = " ".join(w.group("what").split())
        low = what.lower()
        return ("ammunition" if any(k in low for k in ("round", "cartridge", "ammunition",
                                                       "bullet")) else "weapons"), what
    window = before[-140:]
    low = window.lower()  # (a toll that rose names a toll or a number: else not searched)
    toll = _TOLL_ROSE.search(window) if "toll" in low or "number" in low else None
    if toll:  # "the death toll from the clashes has risen to 46"
        what = (toll.group("what") or toll.group("what2")).lower()
        return ("injured" if what.startswith(("inj", "wou")) else
                "killed"), ""
    left = _LEFT_ROLE.search(before[-60:])
    if left:
        verb = left.group("verb").lower()
        if verb.startswith(("leaving", "left")):
            if re.match(r"^(?:\s+[\w-]+){0,3}\s+(?:dead|killed)\b", after):
                return "killed", ""
            if re.match(r"^(?:\s+[\w-]+){0,3}\s+(?:wounded|injured)\b", after):
                return "injured", ""
        else:
            # "claimed the lives of", "put its death toll at"
            role = ("killed" if verb.endswith((" of", " at", " as"))
                    else _LEFT_VERB_ROLE.get(verb[:4], ""))
            if role:
                return role, ""
    # to the right, within the clause; a parenthesis ("(apparently a civilian)") is skipped
    clause = _PAREN.sub(lambda m: " " * len(m.group()), after)
    clause = _INCLUDING.sub(lambda m: " " * len(m.group()), clause)
    cut = _BOUNDARY.search(clause)
    if cut:
        clause = clause[:cut.start()]
    nxt = re.search(r"(?:,\s*)?(?<![\w.,])\d|\b(?:" + _WORD + r")\s+(?:[A-Za-z]+\s+){0,3}"
                    r"(?:were|was|had|have|died|killed|wounded|injured)\b", clause, re.I)
    if nxt and nxt.start() > 0:
        clause = clause[:nxt.start()]
    comma = clause.find(",")
    if comma >= 0 and not re.match(r",\s*(?:and\s+)?(?:\d|" + _WORD + ")", clause[comma:], re.I):
        clause = clause[:comma]
    words = clause.split()
    clause = " ".join(words[:16])
    best, pos = "", 10_000
    for role, pat in _RIGHT_ROLES:
        hit = pat.search(clause)
        if hit and hit.start() < pos:
            best, pos = role, hit.start()
    those = None if best else (_OF_THOSE.search(before[-80:]) or _OF_THOSE_LEAD.match(before))
    if those:  # "Of those killed, 34 were ..."
        best = "injured" if those.group(1).lower() in ("injured", "wounded") else "killed"
    return best, ""


_ADDS_UP = re.compile(r"\band\b(?!\s+(?:another|more|further|other))", re.I)


def _inherit(text: str, counts: list[Count]) -> list[Count]:
    """Counts without a role take one from a neighbour in the same coordination:
    "one border guard and one officer were killed", "… 59 fatalities and Tajikistan said 41"."""
    out = list(counts)
    for k, c in enumerate(out):
        prev = out[k - 1] if k > 0 else None
        if prev and prev.side and not c.side and _same_subject(text[prev.end:c.start], prev.side):
            out[k] = c = _replace(c, c.role, prev.side)  # "A wounded and B dead"
        if c.role:
            continue
        nxt = out[k + 1] if k + 1 < len(out) else None
        prev = out[k - 1] if k > 0 else None
        between = text[c.end:nxt.start] + " " if nxt else ""
        if nxt and nxt.role and nxt.role not in ("weapons", "ammunition") and re.fullmatch(
                r"[\w\s-]{0,40}?\s(?:and|or)\s+(?:[\w-]+\s+){0,2}?", between, re.I) and not (
                _BOUNDARY.search(between) or re.search(r"\w{3,}ed\b", between)):
            out[k] = _replace(c, nxt.role)
            if _ADDS_UP.search(between) and not nxt.side and nxt.group != c.group:
                out[k + 1] = replace(nxt, joined=True)
        elif prev and prev.role and prev.role not in ("weapons", "ammunition") and re.fullmatch(
                r"[\w\s’'-]{0,40}?(?:,|\s)\s*(?:and|or)\s+(?:[\w-]+\s+){0,2}?",
                text[prev.end:c.start], re.I) and not re.search(
                r"\w{3,}ed\b|\b(?:were|was|are|is)\b", text[prev.end:c.start]):
            out[k] = _replace(c, prev.role)  # "killed 3 soldiers and 2 police officers"
            if (_ADDS_UP.search(text[prev.end:c.start]) and not (prev.side or c.side)
                    and prev.group != c.group):
                out[k] = replace(out[k], joined=True)
        elif prev and prev.role and prev.role not in ("weapons", "ammunition") and \
                (_BREAKDOWN_BEFORE.match(text[prev.end:c.start])
                 or _OF_THEM_AFTER.match(text, c.end)):
            out[k] = _replace(c, prev.role)  # "three killed, including two soldiers"
        elif prev and prev.role and prev.role not in ("weapons", "ammunition") and re.search(
                r"\b(?:and|while|whereas|but)\b[^.;]{0,60}\b(?:said|reported|says|reports|"
                r"claimed|claims|put\s+it\s+at|counted|gave)\s*$", text[prev.end:c.start]):
            out[k] = _replace(c, prev.role)
    return out


def _replace(c: Count, role: str, side: str | None = None) -> Count:
    return Count(c.start, c.end, c.text, c.value, role, c.qualifier, c.group,
                 c.side if side is None else side, c.what, True)




