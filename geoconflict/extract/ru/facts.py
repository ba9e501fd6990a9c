"""What a Russian sentence says: the shared :class:`SentenceFacts`, read with Russian cue
words (its kind of incident, its words of violence, what it only plans or fears)."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .._cue_gate import may_hold
from .._memo import cached
from .._neighbours import COARSE_KINDS, opens_recap
from ..facts import SentenceFacts
from ._count_side import fired_on_sides
from ._date_follow import stamp_line
from ._demands import before_demand
from ._demonyms import demonym_sides
from ._follow_on import follow_on
from ._given_sides import force_sides, home_sides
from ._held import (
    held_days,
    held_dealt_over,
    held_elliptic,
    held_in_violence,
    held_named_only,
)
from ._hurt_sides import hurt_sides
from ._others import apart, handed_back_same_day, mark_others
from .dates import DATELINE
from .events import (
    BARE_CONFLICT,
    GENERIC_EVENT,
    HABITUAL,
    HABITUAL_WORDS,
    HYPOTHETICAL,
    HYPOTHETICAL_WORDS,
    PROMISED,
    PROMISED_WORDS,
    TALLY,
    VIOLENCE_CUE,
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


# «Сельчане требуют, чтобы власти сняли запрет», «требуют открыть КПП»: what
# is demanded (a clause of «чтобы», an infinitive) has not happened


# between a day and the last day of what began on it: «… и продолжались (вплоть) до»
_WENT_ON_UNTIL = re.compile(r"[^.;!?]{0,60}?(?<!\w)(?:продолжал|продолжил|длил|шл[иа]|велись|"
                            r"велся|велась)\w*\s+(?:[\w-]+\s+)?(?:вплоть\s+)?до\s+", re.I)


class RussianSentenceFacts(SentenceFacts):
    """:class:`SentenceFacts` of a Russian sentence."""

    def _cue_kind(self) -> str | None:
        kind = sentence_kind(self.text)
        if kind is not None and "треб" in self.text:
            kind = before_demand(self.text, kind)
        if kind == "agreement" and _UNDER_AGREEMENT.search(self.text) and \
                not _AGREEING.search(self.text):
            return None  # «по условиям соглашения …»: a deal in force, not one made
        return kind

    @cached
    def violent(self) -> bool:
        """A word of violence, or a sentence that tells where or when the violence of its
        incident happened (``prepare`` forced it to that kind)."""
        return bool(_violence_at(self.text)) or self.forced_kind == "violence"

    @cached
    def hypothetical(self) -> bool:
        """What was planned or feared, what events or victims are counted over a period
        («в прошлом году было пять таких инцидентов»), or what happens again and again
        (undated)."""
        planned, habitual = _planned_or_habitual(self.text)
        if planned or not self.dates and habitual:
            return True
        # a tally matters only where a cue, a date or a toll would tell an incident
        return bool(self.dates or sentence_kind(self.text) or any(c.role for c in self.counts)) \
            and _tally(self.text)

    def _lasted_until(self, one, d) -> bool:
        """Whether the violence dated ``one`` went on until the later day ``d`` («начались
        28 апреля и продолжались до 1 мая», «бои шли с 28 апреля вплоть до 1 мая»)."""
        if self.kind != "violence" or one.value.precision != "day" \
                or d.value.precision != "day":
            return False
        base = self.sentence.start
        return bool(_WENT_ON_UNTIL.fullmatch(self.text, one.end - base, d.start - base))

    #: the report day of the sentence after it that says it told this one («Об этом 5
    #: февраля сообщили в ГПС»), set by ``prepare``
    told_after = None

    def told_on(self):
        """The day the sentence says its news was told («12 сентября пресс-служба ГКНБ
        сообщила …», «О задержании стало известно 12 сентября»): a report date of a day, at
        the sentence's start too (no English-style stamp there), but not a dateline's or a
        page stamp's; else that of a sentence right after it telling who said it."""
        own = self._told_here()
        return own if own is not None else self.told_after

    def _told_here(self):
        if DATELINE.match(self.text):
            return None
        base = self.sentence.start
        for d in self.dates:
            if d.role == "report" and d.value is not None and d.value.precision == "day" \
                    and d.kind in ("weekday", "dm", "rel") \
                    and not stamp_line(self.text, d.start - base, d.end - base):
                return d
        return None

    def _dated(self):
        """The shared dates of something happening, but not the year a state has lasted
        since («переговоры приостановлены с 2009 года», «граница закрыта с 2012 года»):
        background to the news, no event of its own."""
        found = super()._dated()
        if self.kind in ("other", "agreement"):
            found = [d for d in found if not (d.role == "since" and d.value.precision == "year")]
        return found

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


# the words one of which a tally holds (``TALLY``, searched in lower case, only then: most
# sentences have none)
_TALLY_WORDS = ("инцидентов", "случаев", "конфликтов", "столкновений", "перестрелок",
                "происшествий", "нарушений", "стычек", "таких", "подобн", "аналогичн",
                "начала", "последни", "ежегодно", "каждый")


@lru_cache(maxsize=8192)
def _planned_or_habitual(text: str) -> tuple[bool, bool]:
    # (each pattern searched only in a text holding one of its words: ``may_hold``)
    planned = may_hold(text, HYPOTHETICAL_WORDS) and HYPOTHETICAL.search(text) is not None or (
        may_hold(text, PROMISED_WORDS) and PROMISED.search(text) is not None
        and _OVER_PROMISE.search(text) is None)
    return planned, may_hold(text, HABITUAL_WORDS) and HABITUAL.search(text) is not None


# a promise the sentence goes on past («обещали разобраться, но 3 мая снова открыли огонь»,
# «Несмотря на то что стороны обещали …, началась перестрелка»): what it tells happened
_OVER_PROMISE = re.compile(r"^\W*несмотря\b|,\s*(?:но|однако|а|тем\s+не\s+менее)\s", re.I)


def _tally(text: str) -> bool:
    low = text.lower()
    return any(map(low.__contains__, _TALLY_WORDS)) and TALLY.search(low) is not None


def prepare(facts: list[SentenceFacts], published: date | None = None) -> None:
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
    held_named_only(facts)
    _bare_conflicts(facts)
    back = handed_back_same_day(facts, published)  # (read once for both passes)
    mark_others(facts, back)
    home_sides(facts)
    force_sides(facts)
    fired_on_sides(facts)
    demonym_sides(facts)
    hurt_sides(facts)
    _told_after(facts)
    apart(facts, back)
    follow_on(facts)
    held_days(facts)
    held_in_violence(facts, sentence_kind)
    held_dealt_over(facts)
    held_elliptic(facts)
    _force_kinds(facts)


def _force_kinds(facts: list[SentenceFacts]) -> None:
    """The kind a sentence with no cue word takes from the incident sentences (see
    ``prepare``: a dated «инцидент произошел …», an undated sentence naming a scene)."""
    # (not a recap's: «Напомним, 16 сентября произошёл инцидент» tells an earlier event, no
    # scene of the sentences before it)
    told = [(f.sentence.index, f.kind) for f in facts if f.kind is not None
            and not opens_recap(f.text)]
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
            for name in ("kind", "violent"):  # computed before the kind was forced
                f.__dict__.pop(name, None)
            if _names_fine(f):
                placed.append(here)


def _bare_conflicts(facts: list[SentenceFacts]) -> None:
    """A sentence whose only word of violence is a bare «конфликт» (not «вооруженный»),
    with no figure, told up to two sentences before one of another kind, names the
    episode that one tells (a lede: «произошел конфликт между жителями» before the fence
    they built): it takes that kind (last first, so that a headline before the lede
    follows it)."""
    for k in range(len(facts) - 1, -1, -1):
        f = facts[k]
        if f.kind != "violence" or any(c.role for c in f.counts) or "онфликт" not in f.text:
            continue
        cues = [m.group(0) for m in VIOLENCE_CUE.finditer(f.text)]
        if not cues or len(BARE_CONFLICT.findall(f.text)) != len(cues):
            continue
        nxt = next((g for g in facts[k + 1:k + 3] if g.kind is not None), None)
        if nxt is not None and nxt.kind != "violence":
            f.forced_kind = nxt.kind
            for name in ("kind", "violent"):
                f.__dict__.pop(name, None)


# «Об этом 5 февраля сообщили в ГПС», «Об инциденте стало известно 5 февраля»: who told
# the sentence before, and when
_ABOUT_IT = re.compile(r"\s*(?:Об\s+(?:этом|инциденте|случившемся|произошедшем)|"
                       r"О\s+(?:нем|нём|случившемся|произошедшем))(?!\w)")


def _told_after(facts: list[SentenceFacts]) -> None:
    """An incident sentence followed in its paragraph by one that says who told it and on
    which day («Об этом 5 февраля сообщили в ГПС») takes that day as the day it was told."""
    for prev, f in zip(facts, facts[1:], strict=False):
        if prev.kind is not None and f.kind is None and \
                f.sentence.paragraph == prev.sentence.paragraph and _ABOUT_IT.match(f.text):
            prev.told_after = f.told_on()


def _kind_near(told: list[tuple[int, str]], here: int, within: int) -> str | None:
    i, kind = min(told, key=lambda t: (abs(t[0] - here), t[0] > here))
    return kind if abs(i - here) <= within else None




def _placed(facts: list[SentenceFacts]) -> list[int]:
    """The indexes of the incident sentences that name a fine place (a sentence within
    two of one of them is placed already)."""
    return [g.sentence.index for g in facts if g.kind is not None and _names_fine(g)]


def _names_fine(g: SentenceFacts) -> bool:
    return any(p.place.kind not in COARSE_KINDS and not p.context for p in g.resolved_places())


def _scene(f: SentenceFacts) -> bool:
    places = f.resolved_places()
    if not places or all(p.place.kind == "capital" for p in places):
        return False
    return not DATELINE.match(f.text)
