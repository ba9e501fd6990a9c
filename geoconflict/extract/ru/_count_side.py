"""The side a Russian count belongs to: a country in the counted noun phrase (граждан
Таджикистана, военнослужащих Пограничной службы Кыргызстана, чабан из Кыргызстана), else
the source it is attributed to, before it («по данным ГКНБ Кыргызстана», «Погранслужба КР
сообщила, что») or after it («…, сообщила пресс-служба ГКНБ Кыргызстана»); an outlet
named after a country (Sputnik Кыргызстан) gives none."""

from __future__ import annotations

import re
from dataclasses import replace

from .._cue_gate import may_hold
from .._literal_cues import Cued
from .._toponym_base import country_codes_in

__all__ = ["count_clause", "side_of", "noun_phrase", "force_side", "FORCE_GROUP",
           "fired_on_sides"]

_SIDE_BY = Cued(re.compile(r"(?:со\s+стороны|(?:кыргызск|киргизск|таджикск|узбекск)\w*\s+"
                           r"(?:сторон|власт|ведомств|официальн)\w*|"
                           r"с\s+(?:кыргызской|киргизской|таджикской|узбекской)(?:\s+стороны)?|"
                           r"среди|по\s+данным|по\s+информации|по\s+словам|как\s+сообщ\w*|"
                           r"сообщил\w*|сообщает|заявил\w*|передает|передаёт)\s+(?P<who>[^,.;]{0,60})",
                           re.I))
# «Погранслужба Киргизии позднее уточнила, что …»: the source before its verb.
# («В Погранслужбе Кыргызстана сообщили: …», «Погранслужба Кыргызстана: …»: with a colon)
_SOURCE_SAID = re.compile(r"(?P<who>[^,.;«»]{0,60}?(?:\s+\w+)?)\s+(?:сообщил|сообща|заявил|уточнил|"
                          r"отметил|информировал|подтвердил)\w*(?:,?\s+(?:что|о\s+том|о|об)\s|"
                          r"\s*:\s)|(?P<body>[^,.;:«»]{0,40}?(?:служб|ГКНБ|СГБ|ГНБ|МВД|МИД|"
                          r"Минздрав|Минобороны|ведомств|войск)\w*[^,.;:«»]{0,30}?)\s*:\s", re.I)

# the verbs of ``_SOURCE_SAID`` (lower case): a sentence with none of them and no colon
# has no source telling it
_SAYING_WORDS = ("сообщил", "сообща", "заявил", "уточнил", "отметил", "информировал",
                 "подтвердил")


CLAUSE_CUT = re.compile(r"[.;:()!?]|\s[-–—]\s|,\s*(?:а|но|однако|что|который|которая|которые|"
                        r"когда|после|где|пока|хотя)\b|\b(?:а\s+также)\b", re.I)


def count_clause(sentence: str, a: int, b: int) -> tuple[str, str]:
    """The clause of ``sentence`` around the span ``a:b``: its words before the span, and
    after it."""
    start = 0
    for m in CLAUSE_CUT.finditer(sentence, 0, a):
        start = m.end()
    m = CLAUSE_CUT.search(sentence, b)
    end = m.start() if m else len(sentence)
    return sentence[start:a], sentence[b:end]


def side_of(np: str, clause_before: str, sentence: str = "", after: str = "") -> str:
    """The side of a count: a country in its noun phrase, else the source it is
    attributed to («по данным ГКНБ Кыргызстана», «Погранслужба КР сообщила, что»), before
    the count or after it («…, сообщила пресс-служба ГКНБ Кыргызстана»)."""
    cc = country_codes_in(np)
    if cc:
        return cc[0]
    by = next(reversed(list(_SIDE_BY.finditer(clause_before))), None)  # the last one
    if by is not None and not _OUTLET.search(by.group(0)):
        cc = country_codes_in(by.group(0))
        if cc:
            return cc[0]
    said = _SOURCE_SAID.match(sentence) if ":" in sentence or may_hold(
        sentence, _SAYING_WORDS) else None
    if said:
        cc = country_codes_in(said.group("who") or said.group("body"))
        if len(cc) == 1:
            return cc[0]
    told = _SAID_AFTER.search(after)
    if told and not _OUTLET.search(told.group("who")):
        cc = country_codes_in(told.group("who"))
        if len(cc) == 1:
            return cc[0]
    return ""


# an outlet with a country in its name («Sputnik Кыргызстан») reports no side of its own
_OUTLET = re.compile(r"(?<!\w)(?:Sputnik|Спутник|агентств\w*|издани\w*|ИА|информагентств\w*|"
                     r"телеканал\w*|радио|портал\w*)(?!\w)", re.I)
# «…, сообщила пресс-служба ГКНБ Кыргызстана», «…, по данным Минздрава КР»: the source
# after the count
_SAID_AFTER = re.compile(r"[,—–-]\s*(?:(?:как\s+)?(?:сообщил|заявил|уточнил|передал|"
                         r"информировал|подтвердил)\w*|сообщает|передает|передаёт|"
                         r"по\s+(?:данным|информации|словам|сведениям))\s+"
                         r"(?P<who>[^,.;«»]{0,60})", re.I)


def noun_phrase(after: str, g: re.Match | None) -> str:
    """The counted noun and the word after it (граждан Таджикистана, военнослужащий РУз)."""
    if g is None:  # the next two words at most («двух погибших», «59 погибших»)
        m = re.match(r"(?:\s*[^\s,.;:()—–-]+){0,2}", after)
        return m.group(0) if m else ""
    org = _FORCE_OF.match(after, g.end())  # «военнослужащих Пограничной службы Кыргызстана»
    end = org.end() if org else g.end()
    nxt = re.match(r"\s+(?:из\s+)?\S+", after[end:])  # «чабан из Кыргызстана»
    return after[:end + (nxt.end() if nxt else 0)]


# the force a counted group belongs to, before the country that names its side (and
# «Республики» of «граждан Республики Таджикистан»)
# («военнослужащий по контракту пограничных войск СНБ Узбекистана»: the terms of service
# between the man and his force)
_FORCE_OF = re.compile(r"(?:\s+по\s+контракту|\s+срочной\s+службы)?"
                       r"(?:\s+(?:пограничн\w*|служб\w*|войск\w*|ГКНБ|СГБ|ГНБ|ГПС|ГПВ|ПВ|ПС|"
                       r"МВД|СНБ|Минобороны|вооруженн\w*|сил|арми\w*|погранслужб\w*|погранвойск\w*|"
                       r"национальн\w*|гвардии|безопасности|комитет\w*|государственн\w*|"
                       r"республик\w*)){1,5}",
                       re.I)


# the men of a force, and its posts: those whose side a paragraph may have told before
_FORCE = (r"(?:погранични\w*|пограничн(?:ый|ого|ому|ым)\s+наряд\w*|пограннаряд\w*|наряд\w*|"
          r"военнослужащ\w*|солдат\w*|военн(?:ые|ых|ым|ыми|ый|ого)|"
          r"(?:погран)?застав\w*|погранпост\w*|погранотряд\w*|коллег\w*)")
#: a counted group that is the men of a force («двое пограничников», «трех военнослужащих»)
FORCE_GROUP = re.compile(_FORCE, re.I)
_COUNTRY_ADJ = r"(?:кыргызск|киргизск|кыргызстанск|таджикск|таджикистанск|узбекск|узбекистанск)\w*"
_COUNTRY_GEN = (r"(?:Кыргызстана|Киргизии|Кыргызской\s+Республики|Таджикистана|Узбекистана|"
                r"Республики\s+(?:Таджикистан|Узбекистан)|КР|РТ|РУз)(?!\w)")
_AND = r"(?:\s*,\s*|\s+и\s+)"  # «кыргызских и таджикских», «Кыргызстана и Таджикистана»
_FORCE_WITH_SIDE = re.compile(rf"(?<!\w){_COUNTRY_ADJ}(?:{_AND}{_COUNTRY_ADJ})*\s+(?:[\w-]+\s+)?"
                              rf"{_FORCE}|(?<!\w){_FORCE}(?:{_FORCE_OF.pattern})?\s+{_COUNTRY_GEN}"
                              rf"(?:{_AND}{_COUNTRY_GEN})*", re.I)


# the forces fired on or attacked («открыли огонь по кыргызским пограничникам», «обстреляли
# таджикскую заставу», «напали на пограничников Узбекистана»)
_TARGET = re.compile(rf"(?<!\w)(?:огонь\s+по|обстрел\w*|напал\w*\s+на|нападени\w*\s+на|"
                     rf"атаков\w*|атак\w*\s+на)\s+(?:[\w-]+\s+)?(?:{_FORCE_WITH_SIDE.pattern})",
                     re.I)


# the forces that fired, attacked or detained («таджикские военнослужащие обстреляли …»):
# those they hurt are not theirs
_AGENT_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:открыл\w*\s+(?:\w+\s+)?огонь|обстрел(?:ял|яли|яла)|"
                          r"напал\w*|атаковал\w*|применил\w*\s+оружи\w*|стрелял\w*|"
                          r"задержал\w*)", re.I)


def force_side(text: str) -> str:
    """The one country whose forces or posts a text names («киргизских пограничников»,
    «пограничники Кыргызстана», «кыргызской заставы»), not counting forces it tells fired,
    attacked or detained («таджикские военнослужащие обстреляли наряд»); the one whose
    forces it says were fired on or attacked first; "" when that leaves none or two."""
    low = text.lower()
    if "огон" in low or "обстрел" in low or "напа" in low or "атак" in low:
        targets = {cc for m in _TARGET.finditer(text) for cc in country_codes_in(m.group(0))}
        if targets:
            return targets.pop() if len(targets) == 1 else ""
    sides = {cc for m in _FORCE_WITH_SIDE.finditer(text) if not _AGENT_AFTER.match(text, m.end())
             for cc in country_codes_in(m.group(0))}
    return sides.pop() if len(sides) == 1 else ""


# the fire of one side's forces that hurt those counted («ответным огнём таджикских
# пограничников двое нарушителей ранены», «от огня узбекских военных погиб …»)
_FIRE_OF = re.compile(rf"(?<!\w)(?:огн[её]м|огня|выстрел(?:ом|ами|а|ов)|пул(?:ей|ями|и))\s+"
                      rf"(?:(?:со\s+стороны|из\s+оружия)\s+)?(?:{_FORCE_WITH_SIDE.pattern})", re.I)
_HURT_ROLES = ("killed", "injured")


def fired_on_sides(facts: list) -> None:
    """Those hurt, with no side, by the fire of one side's forces («огнём таджикских
    пограничников двое нарушителей ранены») are of the other side: the one other country
    their paragraph names up to them."""
    told, paragraph = "", None
    for f in facts:
        if f.sentence.paragraph != paragraph:
            told, paragraph = "", f.sentence.paragraph
        told += " " + f.text
        if not any(not c.side and c.role in _HURT_ROLES for c in f.counts):
            continue
        low = f.text.lower()
        if "огн" not in low and "выстрел" not in low and "пул" not in low:
            continue
        fire = _FIRE_OF.search(f.text)
        shooter = country_codes_in(fire.group(0)) if fire else []
        if len(shooter) != 1:
            continue
        others = [cc for cc in country_codes_in(told) if cc != shooter[0]]
        if len(others) != 1:
            continue
        f.counts = [replace(c, side=others[0]) if not c.side and c.role in _HURT_ROLES else c
                    for c in f.counts]
