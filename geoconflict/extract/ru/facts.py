"""What a Russian sentence says: the shared :class:`SentenceFacts`, read with Russian cue
words (its kind of incident, its words of violence, what it only plans or fears)."""

from __future__ import annotations

import re
from functools import cached_property, lru_cache

from ..facts import SentenceFacts
from .dates import DATELINE
from .events import (
    ANOTHER,
    GENERIC_EVENT,
    HABITUAL,
    HYPOTHETICAL,
    WATER_CUT,
    development_of,
    sentence_kind,
    violence_starts,
)

__all__ = ["RussianSentenceFacts", "prepare"]


# «в соответствии с соглашением», «согласно договору», «по условиям протокола»: what a
# deal in force says; «подписали», «договорились», «ратифицировал» make one
_UNDER_AGREEMENT = re.compile(r"(?<!\w)(?:в\s+соответствии\s+с|согласно|по\s+условиям|"
                              r"на\s+основании|в\s+рамках)\s+(?:[\w-]+\s+){0,3}?"
                              r"(?:соглашени|договор|протокол|договоренност|договорённост)\w*",
                              re.I)
_AGREEING = re.compile(r"(?<!\w)(?:подписа\w*|договорил\w*|ратифицир\w*|заключ\w*|"
                       r"достигл\w*|достигнут\w*|парафир\w*|одобрил\w*|утвердил\w*)", re.I)


class RussianSentenceFacts(SentenceFacts):
    """:class:`SentenceFacts` of a Russian sentence."""

    def _cue_kind(self) -> str | None:
        kind = sentence_kind(self.text)
        if kind == "agreement" and _UNDER_AGREEMENT.search(self.text) and \
                not _AGREEING.search(self.text):
            return None  # «по условиям соглашения …»: a deal in force, not one made
        return kind

    @cached_property
    def violent(self) -> bool:
        """A word of violence, or a sentence that tells where or when the violence of its
        incident happened (``prepare`` forced it to that kind)."""
        return bool(_violence_at(self.text)) or self.forced_kind == "violence"

    @cached_property
    def hypothetical(self) -> bool:
        """What was planned or feared, or what happens again and again (undated)."""
        planned, habitual = _planned_or_habitual(self.text)
        if planned:
            return True
        return not self.dates and habitual

    def _violence_starts(self) -> list[int]:
        return list(_violence_at(self.text))

    def _first_violence(self) -> int | None:
        starts = _violence_at(self.text)
        return starts[0] if starts else None


# A sentence's words of violence and its words of plans or habits are asked for by several
# facts of it (its parts, its kind forced): each sentence is scanned once.
@lru_cache(maxsize=8192)
def _violence_at(text: str) -> tuple[int, ...]:
    """Offsets of a sentence's words of violence."""
    return tuple(violence_starts(text))


@lru_cache(maxsize=8192)
def _planned_or_habitual(text: str) -> tuple[bool, bool]:
    return HYPOTHETICAL.search(text) is not None, HABITUAL.search(text) is not None


def prepare(facts: list[SentenceFacts]) -> None:
    """Sentences that tell where or when without a cue word take the kind of an incident
    sentence:

    - a dated sentence that only says that something happened («инцидент произошел 20
      июля», «имевший место 28 сентября») dates the incident the article opens with;
    - an undated sentence naming a place (not a dateline, not only a capital) within two
      sentences of an incident sentence, none of which names a finer place than a
      district, places the incident told nearest («В ходе несения службы в селе X …
      обнаружили …»);

    and a sentence that says it tells another incident («Еще одно задержание
    произошло …», «Другой инцидент …»), a development of another sort than the one
    told before it (a closure after a deployment, a hand-over after a detention) or than
    those around it, or a closure, build-up or water cut told beside a clash, starts one
    of its own.
    """
    last_development, last_kind = "", None
    for f in facts:
        f.another = f.kind is not None and ANOTHER.search(f.text) is not None
        if f.kind == "other":  # a closure after a deployment is another development
            what = development_of(f.text)
            f.another |= bool(last_development and what and what != last_development)
            # a closure, a build-up or a water cut told beside a clash is a development of
            # its own, not a part of the clash's story
            f.another |= last_kind != "other" and (
                what in _OWN_DEVELOPMENTS or WATER_CUT.search(f.text) is not None)
            last_development = what or last_development
        last_kind = f.kind or last_kind
    _apart(facts)
    told = [(f.sentence.index, f.kind) for f in facts if f.kind is not None]
    if not told:
        return
    placed = _placed(facts)
    for f in facts:
        if f.kind is not None or f.hypothetical:
            continue
        dated = f.event_date() is not None
        here = f.sentence.index
        if dated and GENERIC_EVENT.search(f.text):
            kind = told[0][1]  # «the incident»: the one the article opens with
        elif not dated and _scene(f) and not any(abs(i - here) <= 2 for i in placed):
            kind = _kind_near(told, f.sentence.index, 2)
        else:
            continue
        if kind:
            f.forced_kind = kind
            for cached in ("kind", "violent"):  # computed before the kind was forced
                f.__dict__.pop(cached, None)
            if _names_fine(f):
                placed.append(here)


_OWN_DEVELOPMENTS = ("border_status", "deployment", "demining")


def _apart(facts: list[SentenceFacts]) -> None:
    """An undated development whose neighbours (two sentences either side) tell only
    developments of other sorts joins none of them: the hand-over told before the
    detention it ends is an incident of its own."""
    others = [(f.sentence.index, development_of(f.text)) for f in facts if f.kind == "other"]
    for f in facts:
        if f.kind != "other" or f.another or f.event_date() is not None:
            continue
        here, what = f.sentence.index, development_of(f.text)
        near = [w for i, w in others if i != here and abs(i - here) <= 2]
        f.another = bool(what and near and what not in near)


def _kind_near(told: list[tuple[int, str]], here: int, within: int) -> str | None:
    i, kind = min(told, key=lambda t: (abs(t[0] - here), t[0] > here))
    return kind if abs(i - here) <= within else None


_COARSE = ("region", "district", "capital")


def _placed(facts: list[SentenceFacts]) -> list[int]:
    """The indexes of the incident sentences that name a fine place (a sentence within
    two of one of them is placed already)."""
    return [g.sentence.index for g in facts if g.kind is not None and _names_fine(g)]


def _names_fine(g: SentenceFacts) -> bool:
    return any(p.place.kind not in _COARSE and not p.context for p in g.resolved_places())


def _scene(f: SentenceFacts) -> bool:
    places = f.resolved_places()
    if not places or all(p.place.kind == "capital" for p in places):
        return False
    return not DATELINE.match(f.text)
