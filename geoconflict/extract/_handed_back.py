"""Whether people handed back after a detention were handed back the day they were held:
then the hand-over ends the detention's story (one event, as ACLED codes a day's acts at
one place), else it is an act of its own (English ``_en_prepare``, Russian ``ru._others``)."""

from __future__ import annotations

from datetime import date

from .facts import SentenceFacts

__all__ = ["handed_back_that_day"]


def handed_back_that_day(f: SentenceFacts, held_day: date | None,
                         published: date | None) -> bool:
    """Whether the hand-over told in ``f`` was done on ``held_day``, the day of the
    detention told before it: its own date holds that day ("later that day", «в тот же
    день»), or it has none and the detention was of the publication day ("13 were held
    today … they were handed back")."""
    if held_day is None:
        return False
    d = f.event_date()
    if d is None:
        return held_day == published
    return d.value.start <= held_day <= d.value.end
