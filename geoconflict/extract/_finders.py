"""What reads one language: the record of its finders (see ``extract.lang``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

__all__ = ["Finders"]


@dataclass(frozen=True)
class Finders:
    """What reads one language: places, dates, counts, actors, sentence facts, event type,
    and a last look at an article's sentence facts before they are grouped."""

    find_toponyms: Callable[..., list]
    find_dates: Callable[..., list]
    find_counts: Callable[..., list]
    find_actors: Callable[..., list]
    sentence_facts: type
    classify: Callable[..., Any]
    prepare: Callable[[list], None] = lambda facts: None
