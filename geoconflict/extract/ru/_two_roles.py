"""People a Russian sentence gives two roles, held and hurt («двое были задержаны и
избиты»; «трое задержаны, и им устроили допрос с побоями»), or none, being those who did
it («трое граждан избили пастуха», «200 жителей взяли в заложники 16 граждан»)."""

from __future__ import annotations

import re
from dataclasses import replace

from .._literal_cues import Cued
from ..numbers import Count

__all__ = ["second_role", "beaten_too", "agent"]

# «задержаны и избиты», «ранен и задержан»: two participles of one subject
_AND_THEN = re.compile(r"\s+и\s+(?:затем\s+|потом\s+|жестоко\s+|сильно\s+|тяжело\s+)?")
_SHORT = re.compile(r"(?:ан|ян|ен|ён|ит|ут)[аоы]?$", re.I)


def second_role(role_re: re.Pattern, before: str, after: str, role: str) -> str:
    """The other role of a count whose verb is two short participles joined by «и»
    («двое были задержаны и избиты», «задержан и избит один»), or ""."""
    for text, pos in ((after[:70], "right"), (before[-70:], "left")):
        ms = list(role_re.finditer(text))
        for m1, m2 in zip(ms, ms[1:], strict=False):
            if m1.lastgroup == m2.lastgroup or not _AND_THEN.fullmatch(text, m1.end(),
                                                                        m2.start()):
                continue
            if not (_SHORT.search(m1.group(0)) and _SHORT.search(m2.group(0))):
                continue
            if role in (m1.lastgroup, m2.lastgroup) and (pos == "right" and m1 is ms[0]
                                                         or pos == "left" and m2 is ms[-1]):
                return m2.lastgroup if role == m1.lastgroup else m1.lastgroup
    return ""


# «…, и им устроили допрос с побоями», «…, после чего их избили»: the held, hurt too
_THEM_BEATEN = re.compile(r"(?<!\w)(?:(?:их|им|его|ему|её|ее|ей)\s+(?:[\w-]+\s+){0,4}?(?:избил\w*|"
                          r"побо(?:и|ев|ями)|избиени\w*|ранил\w*)|(?:избил\w*|ранил\w*)\s+"
                          r"(?:[\w-]+\s+){0,2}?(?:их|его|её|ее))(?!\w)", re.I)


def beaten_too(sentence: str, start: int, counts: list[Count]) -> list[Count]:
    """A count held, whose sentence goes on to say «им … с побоями», «их избили», with no
    count hurt of its own: the same people, hurt too."""
    held = [c for c in counts if c.role == "detained" and c.value > 0]
    if len(held) != 1 or any(c.role == "injured" for c in counts):
        return counts
    c = held[0]
    if not _THEM_BEATEN.search(sentence, c.end - start):
        return counts
    return sorted([*counts, replace(c, role="injured")], key=lambda x: x.start)


_COLLECTIVE = frozenset("двое трое четверо пятеро шестеро семеро восьмеро девятеро "
                        "десятеро".split())
# the count's own clause up to an active verb that takes an object: it did the deed
_ACTIVE = Cued(re.compile(r"\s*(?:[^.;]{0,60}?\s)?(?:(?:убил|ранил|избил|застрелил|задержал|"
                          r"похитил|захватил|арестовал)(?:и|а|о)?|взял(?:и|а|о)?\s+в\s+заложник\w*)"
                          r"(?=\s)", re.I))
_NUMBER_NEXT = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:\d+|[а-яё]+(?:ое|еро|их|ух|ёх|ех))(?!\w)",
                          re.I)


def agent(num: str, after: str, role_re: re.Pattern) -> bool:
    """Whether a count is the subject of an active verb of the role after it (those who
    beat, shot or held, not the hurt or held): a nominative collective numeral («трое
    избили»), or a count with another count after the verb («200 жителей взяли в
    заложники 16 граждан»)."""
    m = _ACTIVE.match(after)
    if m is None:
        return False
    r = role_re.search(after)
    if r is None or r.end() != m.end():  # (the first role word is the verb itself)
        return False
    return num.lower() in _COLLECTIVE or _NUMBER_NEXT.match(after, m.end()) is not None
