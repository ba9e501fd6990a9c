"""A Russian sentence with no cue word dated by a day counted from the event day before it
(«На следующий день в спор вмешались пограничники», «Через два дня всё повторилось»)
goes on with the incident of that day: it takes that incident's kind, and so widens its
dates, instead of telling nothing."""

from __future__ import annotations

__all__ = ["follow_on"]


def follow_on(facts: list) -> None:
    """Force the kind of each cue-less sentence whose event date counts from the event day
    of an incident sentence before it in its paragraph to that sentence's kind."""
    last = None  # the last sentence of the paragraph with an event date
    for f in facts:
        if last is not None and last.sentence.paragraph != f.sentence.paragraph:
            last = None
        d = f.event_date()
        if f.kind is None and d is not None and d.kind == "after" and last is not None \
                and last.kind is not None and not f.hypothetical:
            f.forced_kind = last.kind
            for name in ("kind", "violent"):  # computed before the kind was forced
                f.__dict__.pop(name, None)
        if d is not None:
            last = f
