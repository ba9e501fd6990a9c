"""Extraction from Russian-language reporting: the Russian finders of places (every case
form), dates, counts, actors and event cues, for the shared pipeline. Imported only when
Russian text is read (see ``extract.lang``)."""

from __future__ import annotations

from .._finders import Finders

__all__ = ["finders"]


def finders() -> Finders:
    from .actors import find_actors
    from .dates import find_dates
    from .events import classify
    from .facts import RussianSentenceFacts, prepare
    from .numbers import find_counts
    from .toponyms import find_toponyms

    return Finders(find_toponyms, find_dates, find_counts, find_actors, RussianSentenceFacts,
                   classify, prepare)
