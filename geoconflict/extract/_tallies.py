"""Sentences that count victims or events over a period rather than tell an incident:
"more than 70 have been killed since 2000", "so far", "in recent years", "the third such
shooting this year". Such a sentence makes no incident of its own, and its month or year
dates none. Violence told after the article's news with no date, place or figure of its own
("…, leading to more violent clashes") is talk about violence, no incident either."""

from __future__ import annotations

import re

from ._incidents import ArticleIncident
from ._literal_cues import Cued
from ._number_words import WORD as _WORD
from ._number_words import parse_number
from .dates import DateMention
from .facts import SentenceFacts

__all__ = ["statistic", "period_dates", "commentary", "habitual", "talks_tally", "acts_tally",
           "counted_over_period"]

_TALLY = Cued(re.compile(r"\b(?:since\s+the\s+(?:beginning|start)\s+of|"
                         r"over\s+the\s+(?:past|last)\s+\w+|in\s+recent\s+years|"
                         r"every\s+year|each\s+year|a\s+year|annually|"
                         r"such\s+(?:cases|incidents))\b", re.I))
# words that sum up: a tally over a period, unless the sentence names the event whose
# toll it sums ("in total, 100 died in the clashes", "so far 40 have died on both sides")
_SUMS_UP = Cued(re.compile(r"\b(?:so\s+far|in\s+total|in\s+all|to\s+date)\b", re.I))
_THE_EVENT = re.compile(r"\b(?:(?:the|this|these|last\s+week's|recent)\s+(?:[\w-]+\s+)?"
                        r"(?:clash(?:es)?|fighting|conflict|incident|violence|shooting|"
                        r"attacks?|skirmish(?:es)?|hostilities|exchange\s+of\s+fire)|"
                        r"both\s+sides|each\s+side)\b", re.I)
# events counted over a period: "the third such shooting this year", "20 such incidents"
_COUNTED_EVENTS = re.compile(r"\b(?:(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))"
                             r"\s+(?:such\s+)?[\w-]+(?:\s+[\w-]+)?(?:\s+(?:on|along|at)\s+the\s+"
                             r"(?:[\w-]+\s+){0,2}?(?:border|frontier))?\s+(?:this|last|that)\s+"
                             r"(?:year|month|week)|such\s+(?:cases|incidents|clashes|shootings|"
                             r"attacks|skirmishes))\b", re.I)


# violence told as recurring, no event: "the valley has seen repeated clashes", "frequent
# skirmishes over water have marred ties", "guards regularly exchange fire", "such clashes
# are common"
_RECURRING = (r"(?:repeated|frequent|regular|recurrent|recurring|periodic|sporadic|occasional|"
              r"numerous|constant|persistent)\s+(?:[\w-]+\s+)?(?:clashes|skirmishes|conflicts|"
              r"incidents|shootings|disputes|flare-?ups|violence)")
_HABITUAL = Cued(re.compile(
    r"\b(?:(?:has|have|had)\s+(?:\w+\s+)?(?:seen|witnessed|experienced|suffered|been\s+"
    r"(?:marred|scarred|plagued|hit)\s+by)\s+(?:\w+\s+){0,2}?" + _RECURRING + "|" + _RECURRING +
    r"\s+(?:\w+\s+){0,6}?(?:has|have)\s+(?:\w+\s+)?(?:marred|soured|strained|plagued|hit|"
    r"dogged)|(?:regularly|frequently|often|periodically|occasionally|sometimes)\s+(?:\w+\s+)?"
    r"(?:clash|exchange|fight|erupt|flare|break\s+out|turn\s+violent|escalate)\w*|"
    r"(?:clashes|skirmishes|incidents|shootings)\s+(?:are|have\s+been)\s+(?:common|frequent|"
    r"not\s+uncommon)|(?:clashes|skirmishes|incidents|shootings|conflicts)\s+(?:[\w-]+\s+){0,6}?"
    r"(?:occur|happen|take\s+place|break\s+out|erupt|flare\s+up)\s+(?:regularly|frequently|often|"
    r"periodically|from\s+time\s+to\s+time)|"
    # events counted vaguely over a period: "there have been several shooting incidents
    # over the past year" (not "… several attacks on the posts overnight")
    r"there\s+(?:have|has)\s+been\s+(?:several|many|numerous|a\s+number\s+of|multiple|"
    r"a\s+(?:series|string|spate)\s+of|dozens\s+of)\s+(?:[\w-]+\s+){0,2}?(?:clashes|"
    r"skirmishes|conflicts|incidents|shootings|attacks)\b(?=[^.;]*?\b(?:over\s+the\s+(?:past|"
    r"last)|in\s+recent|since|this\s+year|so\s+far|in\s+the\s+(?:past|last))\b)|"
    # fighting told over an open span of years: "since independence, villagers have fought
    # over water", "for decades the sides have clashed"
    r"(?:since\s+(?:independence|the\s+(?:collapse|breakup|break-up|fall|end)\s+of\s+the\s+"
    r"(?:USSR|Soviet\s+Union)|the\s+Soviet\s+(?:collapse|era)|the\s+\d{4}s)|for\s+(?:decades|"
    r"years|generations))\b[^.;]{0,80}?\b(?:have|has)\s+(?:\w+\s+)?(?:fought|clashed|"
    r"quarrell?ed|skirmished|feuded|battled))\b", re.I))


def counted_over_period(f: SentenceFacts) -> bool:
    """A sentence that counts people over a period it names and dates nothing else ("over
    the past year, guards have detained 40 citizens"): a tally, no incident."""
    # (the period first: not "two were wounded, the third shooting in the past year")
    counted = [c for c in f.counts if c.role]
    periods = [d for d in f.dates if d.role == "period"]
    return (bool(counted) and bool(periods) and not any(d.role == "event" for d in f.dates)
            and periods[0].start < counted[0].start)


def habitual(f: SentenceFacts) -> bool:
    """A sentence telling violence as recurring in general ("the valley has seen repeated
    clashes over water", "guards regularly exchange fire there"), counting nobody: it tells
    no incident, and its places (a valley, a region) are no scene."""
    return f.kind == "violence" and not f.casualties and bool(_HABITUAL.search(f.text))


# talks counted over a period: "dozens of rounds of talks since 2002", "more than 100
# meetings of the commission"
_ROUNDS = re.compile(r"\b(?:rounds?|sessions?|meetings?)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?"
                     r"(?:talks|negotiations|commissions?|working\s+groups?)|\b(?:dozens|scores|"
                     r"hundreds|several|many|numerous)\s+of\s+(?:rounds|meetings|sessions)\b", re.I)


def talks_tally(f: SentenceFacts, dates: list[DateMention]) -> bool:
    """A sentence counting talks held over a period ("dozens of rounds of talks since
    2002, without result"), dated only by the span's bounds: no incident."""
    return (f.kind == "agreement" and bool(f.dates)
            and all(d.role in ("since", "until") for d in f.dates)
            and not any(d.role == "event" for d in dates) and bool(_ROUNDS.search(f.text)))


# a number of acts: "some 96 attacks", "15,000 trespassers", "2,000 illegal attempts"
# («96 нападений», «более 2000 нарушителей»)
_COUNTED_ACTS = re.compile(r"\b(?P<n>\d[\d,]*|" + _WORD + r")(?P<k>\s+тысяч\w*)?\s+"
                           r"(?:[\w-]+\s+)?(?:attacks|attempts|incidents|cases|violations|provocations|trespassers|violators|"
                           r"нападени\w*|попыт\w*|инцидент\w*|случа[ея]в|нарушени\w*|"
                           r"провокаци\w*|нарушител\w*)(?!\w)", re.I)
#: fewer acts than this are told as events ("2 attacks near X in 2021"), not statistics
_MANY_ACTS = 10


def acts_tally(f: SentenceFacts, dates: list[DateMention]) -> bool:
    """A sentence counting many acts over a year ("in 2006-2007 trespassers made some 96
    attacks on the guards", "in 2007 the guards detained 15,000 trespassers", "last year
    there were fourteen cases of violence"), dated only to the year, naming no place:
    statistics, no incident (nor part of one)."""
    if not dates or any(d.value.precision != "year" for d in dates):
        return False
    m = _COUNTED_ACTS.search(f.text)
    n = m and (parse_number(m.group("n")) if m.group("n").isalpha() else
               int(m.group("n").replace(",", "")))
    if not n or n * (1000 if m.group("k") else 1) < _MANY_ACTS:
        return False
    # (the killed and hurt of many acts are their sum: "there were fourteen cases of
    # violence in 2019, in which six were killed"; not the toll of one clash told with
    # them: "the clash, which grew out of 10 incidents, killed 55")
    return not f.resolved_places() and not (_THE_EVENT.search(f.text) and any(
        c.role in ("killed", "injured") and c.value for c in f.counts))


def period_dates(f: SentenceFacts, dates: list[DateMention]) -> bool:
    """Whether the sentence's dates only bound a count of events ("the third such shooting
    this year"): a month or a year over which they are counted, no event's date."""
    return bool(dates) and all(d.value.precision in ("month", "year") for d in dates) \
        and bool(_COUNTED_EVENTS.search(f.text))


def statistic(f: SentenceFacts) -> bool:
    """A sentence counting victims over a period rather than telling an incident: its
    only dates bound a span ("since 2000") or it tallies ("so far", "in recent years")."""
    if f.kind != "violence" or not f.casualties:
        return False
    bounds = [d for d in f.dates if d.role in ("since", "until")]
    return bool(bounds and not any(d.role == "event" for d in f.dates)) or bool(
        _TALLY.search(f.text)) or bool(_SUMS_UP.search(f.text)
                                       and not _THE_EVENT.search(f.text))


def commentary(inc: ArticleIncident, first: int) -> bool:
    """Violence told after the news with no date, place or figure ("…, leading to more
    violent clashes"): talk about violence, no incident."""
    return (inc.window is None and not inc.places and inc.facts[0].sentence.index > first
            and not any(x.counts or x.places for x in inc.facts))
