"""The values of the date finder: a resolved date, a date mention and the publication date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["DateValue", "DateMention", "Reference"]


@dataclass(frozen=True, slots=True)
class DateValue:
    """A resolved date or span and how precisely it is known.

    ``year_inferred`` marks a year the text does not state: taken from the publication
    date or from an earlier date of the same text.
    """

    start: date
    end: date
    precision: str  # day, week, month, year
    year_inferred: bool = False

    def overlaps(self, other: DateValue, slack_days: int = 0) -> bool:
        slack = timedelta(days=slack_days)
        return self.start <= other.end + slack and other.start <= self.end + slack


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression in the text; ``value`` is None when it could not be resolved.

    ``relative`` marks weekday and relative-word dates ("on Saturday", "yesterday");
    ``role`` is ``event`` unless the context shows the date is not when something
    happened (``anniversary``, ``born``, ``since``, ``until``).
    """

    start: int
    end: int
    text: str
    kind: str
    value: DateValue | None
    relative: bool = False
    role: str = "event"
    part_of_day: str = ""
    #: for a day that starts something ("since May 18"): the days from it to the day the
    #: text is told, for the events counted since then ("six were detained since May 18")
    to_now: DateValue | None = None


@dataclass(frozen=True, slots=True)
class Reference:
    """The publication date used to resolve relative dates: its known part and precision."""

    day: date | None = None
    precision: str = ""  # day, month, year or "" (unknown)
    year_hint: int | None = None  # from the article's own years when nothing else is known

    @property
    def known(self) -> bool:
        return bool(self.precision)
