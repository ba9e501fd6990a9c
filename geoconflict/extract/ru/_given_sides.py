"""The side of a Russian count that tells none of its own, from what is named beside it:
the home of the people counted («трое жителей села Ак-Сай», «из села X эвакуированы 500
жителей»), or the one country whose forces or posts the paragraph named before men of a
force («ранены двое пограничников»)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..facts import SentenceFacts
from ._count_side import FORCE_GROUP, force_side
from .numbers import more_of

__all__ = ["home_sides", "force_sides"]


# «трое жителей села Ак-Сай», «житель Воруха», «чабан из села Кара-Белес»: people named
# by their home, whose country is their side when no other is said
_HOME_GAP = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:жител\w*|уроженц\w*|уроженк\w*|из)\s+"
                       r"(?:(?:сел\w*|город\w*|кишлак\w*|айыл\w*|посел\w*|посёл\w*|"
                       r"анклав\w*|джамоат\w*)\s+)?[«\"]?", re.I)
_HOME_NOUN = re.compile(r"\s*(?:сел\w*|город\w*|кишлак\w*|айыл\w*|посел\w*|посёл\w*|"
                        r"анклав\w*|джамоат\w*)?\s*[«\"]?", re.I)
_HOME_WORDS = ("жител", "уроженц", "уроженк")
# people evacuated from a place named before them («Из села Кок-Таш эвакуированы 500
# жителей»): its residents
_FROM_BEFORE = re.compile(r"(?<!\w)из\s+(?:(?:сел\w*|город\w*|кишлак\w*|айыл\w*|посел\w*|"
                          r"посёл\w*)\s+)?[«\"]?$", re.I)
_EVACUATED_GAP = re.compile(r"[»\"]?\s+(?:был[иао]?\s+)?(?:эвакуирова\w*|вывезен\w*|вывезли)"
                            r"\s+(?:(?:более|около|свыше|не\s+менее|порядка)\s+)?", re.I)


def home_sides(facts: list[SentenceFacts]) -> None:
    """A count of people with no side takes the country of the home named right after it
    (an undisputed place)."""
    for f in facts:
        if not f.places or not any(not c.side and c.role for c in f.counts):
            continue
        base = f.sentence.start
        for k, c in enumerate(f.counts):
            if c.side or not c.role:
                continue
            gap = _HOME_NOUN if c.text.lower().startswith(_HOME_WORDS) else _HOME_GAP
            home = next((p for p in f.places if 0 <= p.start - c.end <= 60
                         and p.place is not None and not p.place.claimed_by
                         and gap.fullmatch(f.text, c.end - base, p.start - base)), None)
            if home is None and c.role == "evacuated":  # «из села X эвакуированы 500 …»
                home = next((p for p in f.places if 0 <= c.start - p.end <= 40
                             and p.place is not None and not p.place.claimed_by
                             and _FROM_BEFORE.search(f.text, 0, p.start - base)
                             and _EVACUATED_GAP.fullmatch(f.text, p.end - base,
                                                          c.start - base)), None)
            if home is not None:
                f.counts[k] = replace(c, side=home.place.country)


_FORCE_ROLES = ("killed", "injured", "detained")


def force_sides(facts: list[SentenceFacts]) -> None:
    """Men of a force counted with no side («ранены двое пограничников») take the side of
    the one country whose forces or posts their paragraph named before them
    («Пограничники Кыргызстана попали под обстрел.», «обстрела кыргызской заставы»)."""
    told, paragraph = "", None
    for f in facts:
        if f.sentence.paragraph != paragraph:
            told, paragraph = "", f.sentence.paragraph
        base = f.sentence.start
        for k, c in enumerate(f.counts):
            if c.side or c.role not in _FORCE_ROLES or not FORCE_GROUP.match(c.group):
                continue
            side = force_side(told + " " + f.text[:c.start - base])
            if side:
                f.counts[k] = replace(c, side=side)
                f.counts = more_of(f.text, f.counts, base)  # «…, ещё трое ранены»
        told += " " + f.text
