"""Sentences joined to the incident told near them: the helpers of grouping that compare
places and dates, and the rules for sentences with no cue of their own (a dated sentence
naming places, a sentence telling the event in general words or its cause, a date told
beside an undated incident). See ``grouping`` for the rules themselves.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ._incidents import ArticleIncident, is_background
from .dates import DateMention, DateValue
from .facts import PRECISION_ORDER, SentenceFacts
from .toponyms import Mention, km

__all__ = ["AREA_KINDS", "COARSE_KINDS", "near", "date_fits", "after", "EARLIER", "told_earlier",
           "nearest_in_text", "place_quiet", "cause_of", "place_general",
           "date_from_neighbours", "RECAP", "date_from_recap", "opens_recap", "ANOTHER_LIKE"]

AREA_KINDS = ("region", "capital")
#: Kinds of place too coarse to be an incident's scene beside a finer one, or to say that
#: two sentences tell one act there.
COARSE_KINDS = ("district", "region", "capital")
#: A sentence that opens a recap of an earlier event («Напомним, 28 апреля …», «Как
#: сообщалось, …»): what the text told before it is not that event's story, and a day
#: told after it («На следующий день …») is counted from the recap.
RECAP = re.compile(r"^\W*(?:Напомн(?:им|ю|ило|ил)|Напоминаем|Как\s+(?:уже\s+|ранее\s+)?"
                   r"сообщал(?:ось|и|а|ос)|Ранее\s+сообщалось)(?!\w)")
# the first letters of every recap (as written: the pattern reads no other case)
_RECAP_WORDS = ("Напом", "Как", "Ранее")


def opens_recap(text: str) -> bool:
    """``RECAP.match(text)``, not tried where none of its first words is in the text."""
    return any(map(text.__contains__, _RECAP_WORDS)) and RECAP.match(text) is not None


def near(a: list[Mention], b: list[Mention], limit: float, strict: bool = False) -> bool:
    """Whether two sets of places come within ``limit`` km (True when either has no point
    place, unless ``strict``)."""
    return near_points(points(a), points(b), limit, strict)


def points(mentions: list[Mention]) -> list:
    """The places of these mentions that are points (not a region or a capital), each once
    (an incident names the same places again and again)."""
    return list({id(m.place): m.place for m in mentions
                 if m.place is not None and m.place.kind not in AREA_KINDS}.values())


def near_points(pa: list, pb: list, limit: float, strict: bool = False) -> bool:
    """``near`` of the two sets' ``points``."""
    if not pa or not pb:
        return not strict
    return any(km(x, y) <= limit for x in pa for y in pb)


def incident_points(inc: ArticleIncident) -> list:
    """``points`` of the incident's places, kept until a sentence is added to it (asked
    for once per incident for each sentence placed)."""
    kept = inc.__dict__.get("_points_of")
    if kept is None or kept[0] != len(inc.facts):
        kept = inc.__dict__["_points_of"] = (len(inc.facts), points(inc.places))
    return kept[1]


def date_fits(window: DateValue | None, value: DateValue, kind: str = "violence") -> bool:
    if window is None:
        return False
    if value.precision == "year" and window.precision != "year":
        return False
    days = value.precision == "day" and window.precision == "day"
    slack = 2 if days and kind == "violence" else 0
    return window.overlaps(value, slack)


#: "earlier this month", "earlier this year", "last week": an earlier event than the one told
EARLIER = re.compile(r"(?:earlier|previously)\s+(?:this|that|in\s+the)\b|last\s+(?:week|month)\b",
                      re.I)


SEPARATE = re.compile(r"\bseparate(?:ly)?\b", re.I)


def nearest_in_text(incidents: list[ArticleIncident], f: SentenceFacts,
                     any_kind: bool = False, within: int | None = None
                     ) -> ArticleIncident | None:
    here = f.sentence.index
    best, best_key = None, None
    for inc in incidents:
        if inc.kind != f.kind and not any_kind:
            continue
        first = inc.facts[0]
        if first.another and first.sentence.index > here and (
                SEPARATE.search(first.text) or first.forced_kind):
            # "In a separate incident, …", an earlier act recalled beside the news ("The
            # release came as on June 3 X released …"): what is told before it is not its story
            continue
        for g in inc.facts:
            if within is not None and abs(g.sentence.index - here) > within:
                continue
            key = (g.sentence.paragraph != f.sentence.paragraph,
                   abs(g.sentence.index - here), g.sentence.index > here)
            if best_key is None or key < best_key:
                best, best_key = inc, key
    return best


def told_earlier(inc: ArticleIncident) -> bool:
    """Whether the incident is dated only as earlier than the news, vaguely ("last week",
    "earlier this month"): another story than a day's news."""
    if inc.window is None or inc.window.precision == "day":
        return False
    return any((d := f.event_date()) is not None and EARLIER.match(d.text) for f in inc.facts)


def place_quiet(incidents: list[ArticleIncident], f: SentenceFacts) -> None:
    """A dated sentence with places and no cue joins an incident of that date and place
    (not an agreement: one act, whose place its own sentences name)."""
    d = f.event_date()
    fitting = [inc for inc in incidents if inc.kind != "agreement"
               and date_fits(inc.window, d.value)
               and near_points(incident_points(inc), points(f.resolved_places()), 50)
               and not (d.value.precision == "day" and told_earlier(inc))]
    if fitting:
        min(fitting, key=lambda inc: inc.kind != "violence").add(f)


def cause_of(incidents: list[ArticleIncident], f: SentenceFacts,
              reference: date | None) -> ArticleIncident | None:
    """The incident an undated sentence telling a cause explains: the news told before it
    (not background), else the incident told nearest to it within three sentences."""
    before = [inc for inc in incidents if inc.facts[0].sentence.index < f.sentence.index
              and not is_background(inc.window, reference)]
    return nearest_in_text(before, f, any_kind=True) or nearest_in_text(
        incidents, f, any_kind=True, within=3)


#: an event told in general words as one more like the news: "An incident also took place
#: there on March 3", "a similar incident occurred at the same post on April 2"
ANOTHER_LIKE = re.compile(r"\b(?:also|similar|another|again|earlier|previous)\b", re.I)


def place_general(incidents: list[ArticleIncident], f: SentenceFacts,
                   reference: date | None) -> None:
    """A sentence telling the event in general words ("the incident occurred in X on May
    3") that joined no incident by its date and places joins the incident told nearest to
    it, of any kind (within three sentences when it has no date of its own): its places
    are that incident's, and its date too when the incident has none or the date fits."""
    d = f.event_date()
    if d is not None and after(d, reference):
        d = None
    if d is not None and ANOTHER_LIKE.search(f.text):
        return  # another event like the news, with its own date: not the news's story
    target = nearest_in_text(incidents, f, any_kind=True, within=None if d else 3)
    if target is None:
        return
    if d is not None and target.window is not None:
        if not date_fits(target.window, d.value, target.kind):
            return  # another event's date
        d = None if d.value.precision == "year" else d
    target.add(f, d)


def date_from_neighbours(incidents: list[ArticleIncident], dating: list[SentenceFacts],
                          reference: date | None, within: int = 4) -> None:
    """An incident whose sentences date nothing takes the date of a sentence that dates
    something in general words ("the incident occurred on January 6", "he was crossing
    the pasture on April 28") within a few sentences of it: the finest such date, then
    the nearest ("on April 28" rather than a "last week" told nearer); a year alone is
    no such date; nor is one told after a recap that begins after the incident («Напомним,
    28 апреля … На следующий день …»), nor an event told as another like it."""
    recaps = [inc.facts[0].sentence.index for inc in incidents
              if opens_recap(inc.facts[0].text)]
    for inc in incidents:
        if inc.window is not None:
            continue
        here = [f.sentence.index for f in inc.facts]
        best = None
        for f in dating:
            d = f.event_date()
            if after(d, reference) or d.value.precision == "year" or (
                    f.general_event and ANOTHER_LIKE.search(f.text)):
                continue  # a year alone beside it is background ("declared free in 2002"),
                # an event told as another like it ("a similar incident occurred on April 2")
            if any(max(here) < r < f.sentence.index for r in recaps):
                continue  # a day counted from a recalled event
            gap = min(abs(f.sentence.index - h) for h in here)
            rank = (PRECISION_ORDER[d.value.precision], gap)
            if gap <= within and (best is None or rank < best[0]):
                best = (rank, f, d)
        if best is not None:
            inc.add(best[1], best[2])


def date_from_recap(incidents: list[ArticleIncident]) -> None:
    """An incident whose sentences date nothing, told in the paragraph a recap opens on a
    day («Напомним, вечером 5 апреля жители перекрыли дорогу. … Между жителями произошла
    стычка.»), happened on that day: the recap tells one story."""
    recaps = [(f, d) for inc in incidents for f in inc.facts if opens_recap(f.text)
              for d in inc.anchors if d.value.precision == "day"
              and f.sentence.start <= d.start < f.sentence.end]
    for inc in incidents:
        if inc.window is not None or not recaps:
            continue
        first = inc.facts[0].sentence
        told = [d for f, d in recaps if f.sentence.paragraph == first.paragraph
                and f.sentence.index < first.index]
        if told:
            inc.anchors.append(told[-1])
            inc.window = told[-1].value


def after(d: DateMention, reference: date | None) -> bool:
    return reference is not None and d.value.start > reference + timedelta(7)
