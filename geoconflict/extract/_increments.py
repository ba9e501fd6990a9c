"""More victims of violence told before ("four more bodies were found in X on Saturday",
"another three died in hospital on Tuesday"): a sentence whose every casualty figure is an
increment tells the same fighting, days after it began, not an incident of its own."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from ._incidents import ArticleIncident
from .dates import DateMention
from .facts import SentenceFacts

__all__ = ["more_victims", "more_target"]

#: more victims join violence that began up to this many days before their day
_DAYS = 7


def more_victims(f: SentenceFacts) -> bool:
    """Whether a sentence tells only more victims of violence told before."""
    return (f.kind == "violence" and not f.another and bool(f.casualties)
            and all(c.qualifier == "increment" for c in f.casualties))


def more_target(incidents: list[ArticleIncident], f: SentenceFacts, d: DateMention,
                near: Callable) -> ArticleIncident | None:
    """The violence, begun up to a week before the day of ``d`` and near the sentence's
    places (``near(a, b, km)``), that the more victims of ``f`` join; None for another
    precision than a day or when there is none."""
    day = d.value
    if day.precision != "day":
        return None
    fits = [inc for inc in incidents if inc.kind == "violence" and inc.window is not None
            and inc.window.start <= day.start <= inc.window.end + timedelta(days=_DAYS)
            and (not inc.places or near(inc.places, f.resolved_places(), 50))]
    return fits[-1] if fits else None
