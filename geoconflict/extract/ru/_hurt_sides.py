"""Sides of the killed and hurt that the sentences around them tell:

- border guards hurt in an attack on a post in a country («В Киргизии в ходе нападения
  на погранзаставу погиб пограничник»): that country's, for a post stands on its own
  side;
- people a country's forces are accused of killing or hurting («Власти Таджикистана
  обвинили узбекских пограничников в убийстве пастуха»): of the other country named;
- one person hurt, named again in the next sentences as one of a country («Ранен один
  охотник. … Раненому гражданину Узбекистана оказали помощь», «Пострадал водитель. …
  кыргызстанец ехал …»): of that country;
- people held, beaten or shot by one country's forces named as the agent («задержаны и
  избиты кыргызскими пограничниками»): of the one other country their paragraph names,
  in a country's name or an undisputed place of it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .._cue_gate import may_hold
from .._literal_cues import Cued
from .._toponym_base import country_codes_in
from ._count_side import _COUNTRY_ADJ, _FORCE_WITH_SIDE, FORCE_GROUP
from .numbers import more_of

__all__ = ["hurt_sides"]

_HURT = ("killed", "injured")
_CC = (("киргиз", "KG"), ("кыргыз", "KG"), ("таджик", "TJ"), ("узбек", "UZ"))
# «в Киргизии», «в Кыргызской Республике», «в Республике Таджикистан»: where it happened
_IN_COUNTRY = re.compile(r"(?<!\w)[Вв]\s+(?:Республике\s+)?(?P<c>Киргизии|Кыргызстане|"
                         r"Кыргызской\s+[Рр]еспублике|Таджикистане?|Узбекистане?)(?!\w)")
_POST_ATTACKED = re.compile(r"(?<!\w)(?:нападени\w*|напал\w*|атак\w*|обстрел\w*)\s+(?:на\s+)?"
                            r"(?:[\w-]+\s+)?(?:погран)?(?:застав|пост)\w*", re.I)
# «обвинили узбекских пограничников в убийстве»: the forces blamed for the killing
_BLAMED = re.compile(rf"(?<!\w)обвин\w*\s+(?:{_FORCE_WITH_SIDE.pattern})\s+в\s+"
                     r"(?:убийств|ранени|избиени|гибел|нападени|обстрел)\w*", re.I)
# one person of a country, named again: «раненому гражданину Узбекистана», «кыргызстанец»
# (not after a number: «три узбекистанца» are many)
_ONE_OF = re.compile(r"(?<!\d\s)(?<!два\s)(?<!две\s)(?<!три\s)(?<!оба\s)(?<!четыре\s)"
                     r"(?<!\w)(?:граждан(?:ин|ина|ину|ином|ке|ка|ку|кой)\s+(?:Республики\s+)?"
                     r"(?:Кыргызстана|Киргизии|Кыргызской\s+Республики|Таджикистана?|"
                     r"Узбекистана?)|(?:кыргызстан|киргизстан|таджикистан|узбекистан)"
                     r"(?:ец|ке|ка|ку|кой)(?!\w)|(?:ранен|пострадавш|погибш|убит)\w*\s+"
                     r"(?:кыргызстан|киргизстан|таджикистан|узбекистан)(?:ца|цу|цем)(?!\w))", re.I)
# a piece of every match of ``_ONE_OF`` (lower case): «гражданин(а)», «гражданк(а)»,
# «…станец», «…станк(а)», «…станц(а)»
_ONE_OF_WORDS = ("гражданин", "гражданк", "станец", "станк", "станц")
_HELD = Cued(re.compile(r"(?<!\w)(?:задерж|арест|похищ|захвач)\w*", re.I))
# «задержаны кыргызскими пограничниками», «избит таджикскими военными»: a passive verb and
# its agent, one country's forces
_BY_FORCE = re.compile(rf"(?<!\w)(?:задержан|избит|ранен|убит|застрелен|похищен|обстрелян)\w*"
                       rf"(?:\s+и\s+\w+)?\s+(?:[\w-]+\s+)?(?P<by>{_COUNTRY_ADJ}\s+(?:пограничник|"
                       r"военнослужащ|военн|силовик|солдат)\w*(?:ами|ым|ой))(?!\w)", re.I)
_AGENT_ROLES = ("killed", "injured", "detained")
_NEXT = 3  # how many sentences after a hurt one may name its country


def _code(word: str) -> str:
    low = word.lower()
    return next((cc for stem, cc in _CC if stem in low), "")


def hurt_sides(facts: list) -> None:
    """Give killed and hurt counts with no side the side their sentences tell (see the
    module's text): an attack on a post in the sentence or the two before it, a blame in
    the paragraph up to it, the country the next sentences name."""
    told, paragraph = "", None
    for k, f in enumerate(facts):
        if f.sentence.paragraph != paragraph:
            told, paragraph = "", f.sentence.paragraph
        told += " " + f.text
        _agent_sides(f, told)
        if not any(c.role in _HURT and not c.side for c in f.counts):
            continue
        post = _post_side(f.text) or _post_side(" ".join(g.text for g in facts[max(0, k - 2):k]))
        blamed = _blamed_side(told)
        named = _named_after(facts[k + 1:k + 1 + _NEXT])
        changed = False
        for i, c in enumerate(f.counts):
            if c.side or c.role not in _HURT:
                continue
            force = any(w and FORCE_GROUP.match(w) for w in (c.group, c.text))
            side = (post if force else "") or (blamed if not force else "") or \
                (named if c.value == 1 and not force else "")
            if side:
                f.counts[i] = replace(c, side=side)
                changed = True
        if changed:
            f.counts = more_of(f.text, f.counts, f.sentence.start)  # «…, ещё двое ранены»


def _agent_sides(f, told: str) -> None:
    """Counts held or hurt by one country's forces named as the agent of their verb take
    the one other country the paragraph up to them names (a country or a place of it)."""
    if not any(c.role in _AGENT_ROLES and not c.side for c in f.counts):
        return
    m = _BY_FORCE.search(f.text)
    if m is None:
        return
    agent = country_codes_in(m.group("by"))
    if len(agent) != 1:
        return
    named = set(country_codes_in(told)) | {p.place.country for p in f.places
                                           if p.place is not None and p.place.country
                                           and not p.place.claimed_by
                                           and p.context not in ("dateline", "hospital")}
    others = named - set(agent)
    if len(others) != 1:
        return
    side = others.pop()
    f.counts = [replace(c, side=side) if c.role in _AGENT_ROLES and not c.side else c
                for c in f.counts]


def _post_side(text: str) -> str:
    """The one country an attack on a post is told in, or ""."""
    if "застав" not in text and "пост" not in text or not _POST_ATTACKED.search(text):
        return ""
    found = {_code(m.group("c")) for m in _IN_COUNTRY.finditer(text)}
    return found.pop() if len(found) == 1 else ""


def _blamed_side(text: str) -> str:
    """The other country of a text that blames one country's forces for a killing."""
    if "обвин" not in text.lower():
        return ""
    m = _BLAMED.search(text)
    if m is None:
        return ""
    blamed = country_codes_in(m.group(0))
    others = [cc for cc in country_codes_in(text) if cc not in blamed]
    return others[0] if len(blamed) == 1 and len(others) == 1 else ""


def _named_after(later: list) -> str:
    """The one country of the single people the next sentences name (not those held)."""
    found = set()
    for g in later:
        if _HELD.search(g.text):
            continue
        if may_hold(g.text, _ONE_OF_WORDS):
            found |= {_code(m.group(0)) for m in _ONE_OF.finditer(g.text)}
    return found.pop() if len(found) == 1 else ""
