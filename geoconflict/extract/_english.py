"""The English finders, as :class:`~.lang.Finders` for the pipeline."""

from __future__ import annotations

from ._en_prepare import prepare
from ._finders import Finders
from .actors import find_actors
from .dates import find_dates
from .event_types import classify
from .facts import SentenceFacts
from .numbers import find_counts
from .toponyms import find_toponyms

__all__ = ["finders"]


def finders() -> Finders:
    return Finders(find_toponyms, find_dates, find_counts, find_actors, SentenceFacts, classify,
                   prepare)
