"""The side a count belongs to, from the words around it: a country or demonym before or
after the noun ("two Kyrgyz guards", "citizens of Tajikistan", "Kyrgyzstanis"), the
country reporting it ("Kyrgyzstan said 34 …", "officials in Tajikistan said 15"),
attribution ("according to the Tajik side", "…, the Tajik border service said"), a
possessive ("its 5 injured citizens") and a subject shared with the count before it
("Medics reported 7 wounded and 2 dead")."""

from __future__ import annotations

import re

from ._cue_gate import may_hold
from ._literal_cues import Cued
from .toponyms import country_codes_in

__all__ = ["group_side", "same_subject", "BOUNDARY", "GAPPED"]

BOUNDARY = re.compile(r"[;:()\[\]]|\.(?:\s|$)|\b(?:which|who|whom|whose|that|when|where|while|"
                      r"whereas|after|before|because|but|although|though|since|if|until|"
                      r"as\s+well\s+as)\b", re.I)
_WHO_WORDS = (r"Kyrgyzstan|Tajikistan|Uzbekistan|Afghanistan|Kyrgyz(?:\s+side)?|"
              r"Tajik(?:\s+side)?|Uzbek(?:\s+side)?|Bishkek|Dushanbe|Tashkent")
_WHO = Cued(re.compile(rf"\b(?:{_WHO_WORDS})\b"))
_REPORTED_BY = re.compile(
    rf"\b(?P<who>{_WHO_WORDS})(?:’s|'s)?"
    r"(?:\s+\w+){0,3}?\s+(?:has\s+|had\s+|have\s+)?(?:reported|reporting|said|says|reports|"
    r"claimed|claims|stated|states|"
    r"put\s+(?:(?:the|its|their)\s+(?:(?:side|own)(?:[’']s)?\s+)?(?:death\s+)?(?:figure|toll|number)|"
    r"(?:its|their)\s+(?:own\s+)?(?:losses|casualties))"
    r"(?:\s+of\s+\w+)?\s+at|"
    r"counted|counts|gave|gives|confirmed|lost|loses|raised|revised|updated|increased|lowered|"
    r"announced)\b[^.;]*$")
_CAPITALS = {"bishkek": "KG", "dushanbe": "TJ", "tashkent": "UZ"}
_BOTH_SIDES = re.compile(r"\s+and\s+(?:the\s+)?(?:Kyrgyz|Tajik|Uzbek)", re.I)
# ("citizens of Tajikistan", "guards from the Kyrgyz side", "servicemen of the State Border
# Service of the Kyrgyz Republic": a body's name between)
_OF_COUNTRY = re.compile(r"\s+(?:of|from|on|in)\s+(?:the\s+)?(?:(?:(?-i:[A-Z])[\w’'-]+\s+|"
                         r"(?:for|of|the)\s+){1,10}?of\s+(?:the\s+)?)?(?:Republic\s+of\s+)?"
                         r"(?:Kyrgyz\w*|Tajik\w*|Uzbek\w*)(?:\s+side)?\b", re.I)
_ACCORDING = Cued(re.compile(r"\b(?:according\s+to|citing)\s+((?:\w+[’']?s?\s+){0,5}?(?:Kyrgyz\w*|"
                             r"Tajik\w*|Uzbek\w*|Bishkek|Dushanbe|Tashkent)(?:\s+\w+)?)", re.I))
# attribution closing the sentence: "…, the Kyrgyz border service said."
_SAID_AT_END = Cued(re.compile(
    r",\s*[”\"»]?\s*(?:((?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,4}?(?:Kyrgyz|Tajik|Uzbek)"
    r"[\w’']*(?:\s+[\w’'-]+){0,4}?)\s+(?:said|says|reported|reports|stated|announced|added|"
    r"claimed|told\s+[\w-]+)\b|(?:said|says|reported|stated|announced)\s+((?:the\s+|a\s+)?"
    r"(?:[\w’'-]+\s+){0,4}?(?:Kyrgyz|Tajik|Uzbek)[\w’']*(?:\s+[\w’'-]+){0,4}?))"
    r"[^,;]{0,40}(?:,\s*\w+ing\b[^;]{0,60})?[.!]?[”\"»]?\s*$", re.I))  # (", blaming …")
_CLAUSE_OF_ITS_OWN = re.compile(r",\s*[”\"»]?\s*(?:while|whereas|and|but)\s", re.I)
_REPORT_VERB = Cued(re.compile(
    r"\b(?:said|says|say|reported|reports|report|claimed|claims|stated|"
    r"states|confirmed|announced|counted|told|added|indicate[sd]?|show(?:s|ed)?)\b", re.I))
_POSSESSIVE = Cued(re.compile(r"\b(?:its|their)\s+(?:\w+\s+)?$", re.I))
_GROUP = re.compile(
    r"^\s*(?:(?:more|others?|further|additional|of\s+the|of\s+their\s+own|of\s+them|"
    r"[A-Z][a-z]+|armed|unarmed|local|civilian|military|security)\s+){0,3}?"
    r"(?P<group>border\s+guards?|border\s+troops|servicemen|soldiers?|troops|officers?|"
    r"police(?:\s+officers|men)?|policemen|civilians?|people|persons|residents|villagers|"
    r"attackers|militants|gunmen|guerrillas|insurgents|fighters|raiders|members|children|"
    r"men|women|guards|customs\s+officers?|citizens|nationals|others|smugglers|herders|"
    r"shepherds|farmers|traders|workers|students|youths|teenagers|boys|girls|privates|"
    r"victims|servicemen|conscripts|prisoners)\b", re.I)
# where the victims were hit: "killed in Tajikistan", "wounded on the Kyrgyz side", "killed
# at the Uzbek post"
_WHERE_HIT = Cued(re.compile(
    r"^[^.;]*?\b(?:killed|dead|died|wounded|injured|evacuated|displaced)\b[^.;\d]*?\b"
    r"(?:in|on|at)\s+(?:the\s+|a\s+|an\s+)?(Kyrgyzstan|Tajikistan|Uzbekistan|"
    r"(?:Kyrgyz|Tajik|Uzbek)\s+(?:side|(?:border\s+)?(?:post|outpost|checkpoint|positions?|"
    r"villages?|towns?|city|district|region)))\b"))
# a country and its figure after a comma, the verb left out: "…, Tajikistan 10"
GAPPED = re.compile(r",\s*(?:and\s+|while\s+|whereas\s+)?((?:the\s+)?(?:Kyrgyzstan|Tajikistan|"
                     r"Uzbekistan|(?:Kyrgyz|Tajik|Uzbek)\s+side))\s+$")
# figures headed by a country: "Kyrgyzstan: 24 dead, 87 injured"
_HEADED = re.compile(r"\b((?:the\s+)?(?:Kyrgyzstan|Tajikistan|Uzbekistan|(?:Kyrgyz|Tajik|Uzbek)"
                     r"\s+side))\s*:\s*[^.;:]*$")
# the side that has or suffered the figure, right before it: "the Tajik side has two wounded"
_HAS = re.compile(r"\b((?:the\s+)?(?:Kyrgyzstan|Tajikistan|Uzbekistan|(?:Kyrgyz|Tajik|Uzbek)"
                  r"\s+side))\s+(?:has|have|had|suffered|sustained)\s+(?:(?:at\s+least|about|"
                  r"some|more\s+than|over|nearly)\s+)?$")
# the side named to lead the clause: "On the Kyrgyz side, two people were killed"
# ("Then from the side of Kyrgyzstan one guard was killed")
_SIDE_LEAD = Cued(re.compile(r"(?:^|[,;]\s*|\b(?:and|while|whereas|then)\s+)(?:on|from)\s+"
                             r"((?:the\s+)?(?:Kyrgyz|Tajik|Uzbek)\s+side|the\s+side\s+of\s+"
                             r"(?:Kyrgyzstan|Tajikistan|Uzbekistan))\s*,?\s+"
                             # (no verb between: "from the side of X, snipers wounded two" is the
                             # shooters' side)
                             r"(?:(?![\w-]*ed\s)[\w-]+\s+){0,3}$", re.I))
# whose toll: "Kyrgyzstan's death toll rose to 36", "the Tajik death toll stands at 19"
_TOLL_OF = re.compile(r"\b((?:Kyrgyzstan|Tajikistan|Uzbekistan)(?=[’']s)|(?:Kyrgyz|Tajik|Uzbek)"
                      r"(?=\s+(?:death|casualty|injury)\s+toll))(?:[’']s)?\s+(?:[\w-]+\s+)?"
                      r"(?:death\s+|casualty\s+|injury\s+)?toll\b[^.;\d]{0,50}$|"
                      # "the death toll among Kyrgyz citizens (on the Tajik side) rose to 36"
                      r"\btoll\s+(?:among|of|on|for|in)\s+(?:the\s+)?((?:Kyrgyz|Tajik|Uzbek)\w*)"
                      r"[^.;\d]{0,50}$")
# (lower case) a piece of the side each of the five patterns above names
_SIDE_STEMS = ("kyrgyz", "tajik", "uzbek")


def _side_before(before: str) -> re.Match | None:
    """A side named right before a count (the five patterns above, in turn); words with no
    side's stem are not searched."""
    if not may_hold(before, _SIDE_STEMS):
        return None
    return (GAPPED.search(before) or _HEADED.search(before) or _HAS.search(before)
            or _SIDE_LEAD.search(before) or _TOLL_OF.search(before))


# the side told in an apposition after the count: "…, all of them Tajik citizens"
_ALL_OF_THEM = re.compile(r"\s*,\s*(?:all|each|both|every\s+one)\s+(?:of\s+them\s+|of\s+whom\s+)?"
                          r"(?:were\s+|are\s+)?((?:Kyrgyz|Tajik|Uzbek)\w*|citizens\s+of\s+"
                          r"(?:Kyrgyzstan|Tajikistan|Uzbekistan))\b")
_NATIONALS = re.compile(r"^\s*(?P<who>Kyrgyz|Tajiks?|Uzbeks?)\s+(?:\w+ly\s+)?(?:were|was|have|"
                        r"had|are|died|killed|fled)\b")


_NP_END = re.compile(r"\band\b|[,;:]|\d|\s[-–—]\s")
_AND_OR_COMMA = re.compile(r"\band\b|,")
_TELLS_BETWEEN = re.compile(r"\b(?:said|says|reported|reports|claimed|while)\b")


def group_side(before: str, after: str, sentence: str, at: int) -> tuple[str, str]:
    g = _GROUP.match(after)
    group = " ".join(g.group("group").lower().split()) if g else ""
    nat = _NATIONALS.match(after)
    if nat and not group:
        group = nat.group("who").lower()
    side = ""
    # the noun phrase after the count: up to "and", a comma, a colon or the next number
    np = after[:g.end()] if g else _NP_END.split(after[:30])[0]
    of = _OF_COUNTRY.match(after, len(np))
    if of and not _BOTH_SIDES.match(after, of.end()):
        # "citizens of Tajikistan", "guards from the Kyrgyz side" (not "of the commission
        # of the Kyrgyz and Tajik sides")
        np += of.group()
    cc = country_codes_in(np)
    every = None if cc else _ALL_OF_THEM.match(after, len(np))
    if every:  # "rose to five, all of them Tajik citizens"
        cc = country_codes_in(every.group(1))
    if cc:
        side = cc[0]
    elif group in ("kyrgyz",):
        side = "KG"
    elif group.startswith("tajik"):
        side = "TJ"
    elif group.startswith("uzbek"):
        side = "UZ"
    gap = _side_before(before)
    if not side and gap:  # "13 of its citizens have died, Tajikistan 10": the verb is shared
        # "Kyrgyzstan: 24 dead, 87 injured", "the Tajik side has two wounded"
        side = country_codes_in(next(g for g in gap.groups() if g))[0]
    if not side:
        side = _teller_side(before, after, sentence, group)
    if not side:
        m = _WHERE_HIT.match(after)
        if m:
            side = country_codes_in(m.group(1))[0]
    if group in ("kyrgyz", "tajik", "tajiks", "uzbek", "uzbeks"):
        group = "people"
    return group, side


# the country that tells the whole sentence, at its head: "Kyrgyz authorities said that …"
_OPENING_TELLER = re.compile(r"^\W*(?:[\w’'-]+\s+){0,4}?((?:Kyrgyz|Tajik|Uzbek)\w*)(?:[’']s)?"
                             r"(?:\s+[\w’'-]+){0,4}?\s+(?:has\s+|have\s+|had\s+)?(?:said|says|"
                             r"reported|reports|stated|announced|confirmed)\b", re.I)


def _teller_side(before: str, after: str, sentence: str, group: str = "") -> str:
    """The side of the country that tells or bears the count in its clause ("Kyrgyzstan
    said 34 …", "…, the Tajik border service said"), or that tells the whole sentence; for
    civilians told as killed or hurt in a country's villages, that country ("Kyrgyz media
    reported 6 civilians killed in Tajik villages")."""
    clause_start = max(before.rfind(" and "), before.rfind(";"), before.rfind(", while"))
    clause = before[clause_start + 1 if clause_start >= 0 else 0:]
    rep = _reported_by(clause)
    hit = _WHERE_HIT.match(after) if rep and (" reporting" in rep.group(0) or group in (
        "civilians", "civilian", "villagers", "residents", "people", "persons")) else None
    if hit:  # "… with Kyrgyz media reporting 6 civilians killed in Tajik villages"
        side = country_codes_in(hit.group(1))[0]
    elif rep and not _BOTH_AFTER.match(after):  # (not "36 killed on both sides")
        who = rep.group("who").split()[0].lower()
        side = _CAPITALS.get(who) or (country_codes_in(who) or [""])[0]
    else:
        side = _attributed(clause, sentence)
    if not side and clause_start >= 0 and not _REPORT_VERB.search(clause):
        side = _opening_teller(before[:clause_start])
    return side


_BOTH_AFTER = re.compile(r"[^.;]{0,40}?\b(?:on|from|of)\s+both\s+sides\b", re.I)


def _opening_teller(head: str) -> str:
    """The side of a clause with no teller of its own (", while 189 were injured") told
    in a sentence whose head names who tells it all ("Kyrgyz officials said that …")."""
    m = _OPENING_TELLER.match(head)
    cc = country_codes_in(m.group(1)) if m else []
    return cc[0] if cc else ""


def _reported_by(clause: str) -> re.Match | None:
    """The country that tells or bears the count, nearest to it: in "the Kyrgyz ministry
    said Tajik forces lost 10 men" Tajik forces lost them."""
    for m in reversed(list(_WHO.finditer(clause))):
        rep = _REPORTED_BY.match(clause, m.start())
        if rep:
            return rep
    return None


def same_subject(between: str, side: str) -> bool:
    """Whether a count after another is told by the same subject: joined by "and" or a
    comma, with no new country, clause or reporting verb between them."""
    return (len(between) < 60 and bool(_AND_OR_COMMA.search(between))
            and set(country_codes_in(between)) <= {side}
            and not BOUNDARY.search(between)
            and not _TELLS_BETWEEN.search(between))


def _attributed(clause: str, sentence: str) -> str:
    """The side a count is attributed to: "according to the Tajik side" anywhere in the
    sentence, a possessive ("its 5 injured") or a reporting verb in the count's clause
    whose subject names one country ("officials in Tajikistan said 15")."""
    acc = _ACCORDING.search(sentence) or _SAID_AT_END.search(sentence)
    if acc and _CLAUSE_OF_ITS_OWN.match(acc.group()):
        acc = None  # "…, while Tajikistan reported two dead": that clause's own figures
    if acc:
        who = next(g for g in acc.groups() if g)
        cc = country_codes_in(who) or [c for k, c in _CAPITALS.items() if k in who.lower()]
        if len(cc) == 1:
            return cc[0]
    verb = next(reversed(list(_REPORT_VERB.finditer(clause))), None)
    head = clause[:verb.start()] if verb else (clause if _POSSESSIVE.search(clause) else "")
    cc = country_codes_in(head)
    return cc[-1] if cc and (len(set(cc)) == 1 or verb is None) else ""

