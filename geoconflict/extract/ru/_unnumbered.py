"""Russian counts told without a numeral: one person hurt, killed or held («гражданин РТ
скончался», «пастух был ранен», «пограничники задержали нарушителя») and none («никто не
пострадал», «жертв нет», «без жертв»), read beside the numbered counts of a sentence."""

from __future__ import annotations

import re

from .._cue_gate import may_hold
from .._toponym_base import country_codes_in
from ..numbers import Count
from ._count_side import count_clause, noun_phrase, side_of

__all__ = ["unnumbered"]

_ZERO_NOUN = r"(?:пострадавших|раненых|погибших|(?:человеческих\s+)?(?:жертв|потерь))"
_ZERO = re.compile(
    r"(?P<z>никто\s+(?:не\s+)?(?:из\s+(?:[\w-]+\s+){1,3}?)?не\s+(?:пострадал\w*|погиб\w*|"
    r"был\w*\s+ранен\w*|ранен\w*)|не\s+(?:пострадал|погиб|ранен)\w*\s+никто|"
    rf"{_ZERO_NOUN}(?:\s+и\s+{_ZERO_NOUN})?\s+(?:[\w-]+\s+){{0,3}}?(?:нет|не\s+было)(?!\w)|"
    r"(?:пострадавш|ранен|погибш)\w*\s+отсутству\w*|без\s+(?:человеческих\s+)?жертв|"
    r"обошлось\s+без\s+(?:жертв|пострадавших)|жертв\w*\s+(?:удалось\s+)?избежа\w*)|"
    # «чабаны не пострадали», «они не были ранены»: the people told of, none hurt (a plural
    # verb: a group, not one of several)
    r"(?<!\w)(?P<group>[\w-]+)\s+не\s+(?:пострадали|погибли|были\s+ранены|ранены)(?!\w)"
    r"(?!\s+(?:серь[её]зно|тяжело|сильно))", re.I)
# «остальные не пострадали»: the rest of those told of, some of whom were hurt (and «никто»,
# read by the first alternative)
_THE_REST = ("остальн", "друг", "прочи", "никто")
# (lower case) a piece of every match of ``_ZERO``: «никто», or the victims it says none of
_ZERO_WORDS = ("никто", "пострадавш", "ранен", "погибш", "жертв", "потер", "не пострадали",
               "не погибли")
_ZERO_ROLE = (("погиб", "killed"), ("жертв", "killed"), ("потер", "killed"), ("ранен", "injured"),
              ("пострад", "injured"))
_SINGLE_HINTS = ("погиб", "скончал", "убит", "убил", "убийств", "застрел", "ранен", "ранил",
                 "получил", "пострада", "госпитал", "задерж", "доставлен", "достави", "избит",
                 "избил", "травм")


# One person counted without a numeral: «гражданин РТ скончался», «пастух был ранен».
_PERSON = (r"(?:гражданин\w*|гражданк\w*|житель|жителя|жительниц\w*|пограничник(?:а|ом)?|"
           r"военнослужащ(?:ий|его|ему|им)|чабан(?:а|ом)?|пастух(?:а|ом)?|мужчин(?:а|у|ой)|"
           r"женщин(?:а|у|ой)|ребен(?:ок|ка)|школьник(?:а|ом)?|солдат(?:а|ом)?|"
           r"сотрудник(?:а|ом)?|нарушител(?:ь|я|ем)|водител(?:ь|я|ем)|кыргызстан(?:ец|ца)|"
           r"таджикистан(?:ец|ца)|узбекистан(?:ец|ца)|(?:кыргызстан|таджикистан|"
           r"узбекистан)к(?:а|у|ой)|подрост(?:ок|ка)|юнош(?:а|у)|"
           r"пар(?:ень|ня)|девушк(?:а|у)|челов(?:ек|ека))")
_SINGLE_ROLE = [
    ("killed", r"получил[аи]?\s+смертельн\w+\s+ранени[ея]|погиб(?:ла)?|скончал(?:ся|ась)|"
               r"(?:был[аи]?\s+)?убит[аы]?|застрелен[аы]?|"
               # the victim as the object: «пограничники застрелили гражданина»
               r"застрелил[аи]?|убил[аи]?|убийств[оаеу]|"
               r"смертельно\s+ранен[аы]?"),
    ("injured", r"(?:был[аи]?\s+)?ранен[аы]?|раненого|раненую|(?:был[аи]?\s+)?избит[аы]?|"
                r"доставлен[аы]?\s+в\s+(?:\w+\s+){0,2}?больниц\w*|"
                r"доставили\s+в\s+(?:\w+\s+){0,2}?больниц\w*|"
                r"получил[аи]?\s+(?:\w+\s+)?(?:ранени[ея]|травм\w*|телесн\w*|ушиб\w*|ссадин\w*|"
                r"побо\w*|повреждени\w*|царапин\w*)|(?:\w+\s+)?(?:ранени[ея]|травм[уы])\s+получил[аи]?|"
                r"пострадавш(?:ий|ая|его|ую)|"
                r"пострадал[аи]?|ранил[аи]?|госпитализирован[аы]?|госпитализировали|избили"),
    ("detained", r"(?:был[аи]?\s+)?задержан[аы]?|задержали"),
]
_SINGLE_RE = re.compile(r"(?<!\w)(?:" + "|".join(f"(?P<{k}>{p})" for k, p in _SINGLE_ROLE)
                        + r")(?!\w)", re.I)
_QUANTITY_BEFORE = re.compile(r"(?<!\w)(?:несколько|много|многие|немало|ряд|группа|"
                              r"десятки|десятков|сотни|сотен|тысячи|тысяч|большинство)\s+"
                              r"(?:[\w-]+\s+)?$", re.I)
_PERSON_RE = re.compile(rf"(?<!\w){_PERSON}(?!\w)", re.I)


# a verb whose victim is its object, or a phrase whose person follows it («ранение получил
# местный житель», «раненого пограничника доставили»)
_ACTIVE = re.compile(r"(?:ранил|убил|убийств|пострадавш|застрелил|задержали|госпитализировали|"
                     r"избили|доставили|"
                     r"раненого|раненую|(?:\w+\s+)?(?:ранени[ея]|травм[уы])\s+получил).*",
                     re.I | re.S)


def _singulars(text: str, start: int, sentence: str, counted: list[Count]) -> list[Count]:
    """One person hurt, killed or held, told without a numeral: the subject of «погиб»,
    «был ранен», «получил ранение», the object of «ранил», «задержали» (the person nearest
    the verb in its clause, unless a number is counted in that clause)."""
    out = []
    for v in _SINGLE_RE.finditer(sentence):
        before, after = count_clause(sentence, v.start(), v.end())
        left = [(len(before) - p.end(), v.start() - len(before) + p.start(), p)
                for p in _PERSON_RE.finditer(before)]
        right = [(p.start(), v.end() + p.start(), p) for p in _PERSON_RE.finditer(after[:60])]
        cands = right or left if _ACTIVE.fullmatch(v.group(0)) else left or right
        if not cands:
            continue
        _, at, p = min(cands, key=lambda c: c[0])
        if _QUANTITY_BEFORE.search(sentence, max(0, at - 25), at):
            continue  # «несколько человек», «ряд жителей»: a number not given
        a, b = start + at, start + at + len(p.group(0))
        if any(c.start <= a < c.end + 30 and not re.search(r"\s(?:и|а)\s|,", text[c.end:a])
               for c in counted + out):
            continue  # the noun of a number («двое граждан»), already counted
        words = sentence[max(0, at - 25):at].split()
        np = (words[-1] + " " if words else "") + noun_phrase(sentence[at:], p and
                                                               re.match(r"\S+", sentence[at:]))
        out.append(Count(a, b, text[a:b], 1, v.lastgroup or "", "", "people",
                         side_of(np, before, sentence, sentence[v.end():])))
    return out


def _zeros(text: str, start: int, sentence: str) -> list[Count]:
    """«Никто не пострадал», «пострадавших нет», «без жертв»: a count of 0."""
    out = []
    for m in _ZERO.finditer(sentence):
        low = m.group(0).lower()
        if m.group("group") and m.group("group").lower().startswith(_THE_REST):
            continue
        # «жертв и пострадавших нет»: no dead and no hurt
        roles = list(dict.fromkeys(r for stem, r in _ZERO_ROLE if stem in low)) or ["injured"]
        before, _ = count_clause(sentence, m.start(), m.end())
        named = country_codes_in(m.group(0))  # «никто из граждан Кыргызстана»
        side = named[0] if named else side_of(before[-40:], before, "", sentence[m.end():])
        a, b = start + m.start(), start + m.end()
        out.extend(Count(a, b, text[a:b], 0, role, "", "", side) for role in roles)
    return out


def unnumbered(text: str, start: int, sentence: str, counted: list[Count]) -> list[Count]:
    """The nil tolls and the single persons of the sentence ``text[start:…]`` (the
    persons not already the noun of a count in ``counted``)."""
    out: list[Count] = []
    low = sentence.lower()
    if any(map(low.__contains__, ("никто", "нет", "не было", "отсутств", "без", "избеж",
                                  "не пострадали", "не погибли", "не были ранены",
                                  "не ранены"))) \
            and may_hold(sentence, _ZERO_WORDS):
        out.extend(_zeros(text, start, sentence))
    if any(map(low.__contains__, _SINGLE_HINTS)):
        out.extend(_singulars(text, start, sentence, counted + out))
    return out
