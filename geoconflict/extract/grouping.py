"""Sentences grouped into incidents, and incidents of several articles merged into one.

Within an article a sentence tells of an incident when it has a cue word (violence, an
agreement, another strategic development such as weapons handed out or a diplomatic note,
a protest) or counts victims; the first cue gives the sentence's *kind*, and an incident
holds sentences of one kind. The toll in a sentence of another kind ("signed a protocol
to end clashes in which 100 died") is split off as a violence part of that sentence.

- A dated sentence joins an incident of its kind whose dates overlap its own (violence
  with two days of slack for day dates, as fighting goes on; an agreement is one act; a
  coarser date told as "earlier this month" never) and whose places are within 50 km of
  its places, a border opened never one that tells only its closing, nor the other way
  round (for an agreement dated at another precision than the incident, only when both
  name such places; a dateline's place does not count); otherwise it starts a new
  incident. A sentence listing years only ("in 1999 and 2000") joins or starts one
  incident per year; a span of years told later ("the attacks of 1999-2000") joins the
  earliest of them without widening it. A date after publication is no event date, and a
  year alone never widens a finer window.
- A clause recalling an earlier event like this one with its own date ("broke out near X,
  where a similar incident took place on June 3") is split off: its date starts an incident
  of its own, and the rest of the sentence does not join that one.
- A dated sentence telling only more victims ("four more bodies were found on Saturday")
  joins violence begun up to a week before (``_increments``).
- A dated sentence with places but no cue ("five men drove up to the post at 2.30 on
  May 12") joins an incident of that date and place (not an agreement, one act whose
  place its own sentences name), if there is one; one that tells
  what was planned or feared ("were supposed to attack") does not, nor one that names the
  violence only as the object of a reaction ("on Monday the governor condemned the
  killing": ``events.REACTION_BEFORE``), whose date and places are the reaction's.
- An undated sentence joins the incident of its kind that shares one of its places (within
  10 km), else the one of its kind told nearest to it in the text (in its own paragraph
  first; the earlier one on a tie; one told before it when the sentence refers back: "It
  was the second such shooting", "The shooting …"), and the article's first event sentence
  never one told after it that ended over 45 days before publication, or one dated only as
  earlier ("last week"), unless that one tells it ("The shooting took place on …"), nor
  one told after it whose first sentence opens a recap («Напомним, 28 апреля …») and which
  ended before the publication day; a toll someone tells ("Kyrgyzstan said 24 were
  killed") never a background incident when the article has news of its kind; violence
  told on a day ("the service said on Sunday that …"), never one that ended over a week
  before; a border opened never one that tells only its closing, nor the other way round;
  a crossing closed or restricted never a development naming another crossing point (over
  5 km away) or, when either names none, one whose places all lie over 50 km from its own.
  With no incident of its kind it starts an undated one, unless it is only talk ("talks",
  "summit") with no ceasefire, truce, protocol or anything signed or ratified, and is not
  the article's first event sentence (its news) telling that something was agreed (in
  Russian also that a meeting was held, «состоялась встреча», or what the talks opened).
- An undated sentence that tells what caused an event ("the clash was sparked by a
  protest", "the trigger appears to have been a dispute at X"), whatever its cue, joins
  the news told before it (an incident of any kind, not background), else the incident
  told nearest to it (within three sentences), with its places (where it began).
- A sentence that tells the event in general words, whatever its cue ("the incident took
  place in X on May 3", "it happened near X"), and joins no incident by the rules for
  sentences without a cue, joins the incident told nearest to it, of any kind (within
  three sentences when undated), with its places, and its date when the incident has none
  or the date fits.
- An incident whose sentences date nothing, told in the paragraph that a recap dated to
  the day opens («Напомним, вечером 5 апреля …»), takes that day.
- An incident whose sentences name no place and no date takes the places of a sentence
  with no cue and no date told just before it (within three sentences, no other
  incident's sentence between): "Guards noticed herders near X. They threw stones. Shots
  were fired." is set at X.
- An incident whose scenes are only districts or regions is set at a finer place within
  that area named in a sentence with no cue and no date told among or right after its
  sentences ("a man was killed in the X district. They were crossing at the Y post").
- An incident whose sentences name no place borrows those of the incident told nearest
  to it (a ceasefire after fighting at X is placed near X, and marked so).
- A sentence that tallies victims over a period ("70 have been killed since 2000",
  "so far", "in recent years") or talks ("dozens of rounds of talks since 2002"), or
  tells violence as a habit ("the valley has seen
  repeated clashes", "guards regularly exchange fire"), with no date of its own tells no
  incident.
- A violence incident none of whose sentences has a word of violence or a toll is
  dropped, and so is one told after the news with no date, place or figure. Incidents
  known only to the year, or over 300 days before publication, are kept and marked as
  background.

A sentence told again word for word (a page repeating a paragraph) is read once.

Across articles, two incidents of one kind merge when their dates overlap (one day of
slack) and their places lie within 30 km of each other; the merged incident keeps one
part per article, so each report keeps its own claims.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ._border_moves import border_move, restricts, same_crossing, same_move
from ._fold_detentions import fold_detentions
from ._incidents import ArticleIncident, DraftIncident, is_background
from ._increments import more_target, more_victims
from ._neighbours import (
    EARLIER,
    RECAP,
    after,
    cause_of,
    date_fits,
    date_from_neighbours,
    date_from_recap,
    incident_points,
    near,
    near_points,
    nearest_in_text,
    place_general,
    place_quiet,
    points,
    told_earlier,
)
from ._scene_places import borrow_places, finer_scene, scene_before
from ._sentence_parts import recalled_part, toll_part
from ._tallies import commentary, habitual, period_dates, statistic, talks_tally
from ._text import Document
from .dates import DateMention, DateValue, parse_published
from .facts import PRECISION_ORDER, SentenceFacts

__all__ = ["SentenceFacts", "ArticleIncident", "DraftIncident", "group_sentences",
           "merge_incidents"]

_STRONG_AGREEMENT = re.compile(r"cease-?\s?fire|truce|protocol|peace\s+(?:agreement|deal)|"
                               r"\b(?:signed|ratified)\b|"
                               r"перемири|прекращени\w*\s+огня|протокол|соглашени|"
                               r"договорил|принято\s+решение|приняли\s+решение|"
                               # a meeting told as held, not talk of talks
                               r"состоял\w*\s+встреч|встреч\w*\s+(?:[\w-]+\s+){0,3}?"
                               r"состоял|встретил(?:ись|ся|ась)|встречаются", re.I)


# (in Russian also talks that were held, «состоялась встреча», or whose outcome the
# sentence tells, «после переговоров дорога открыта»)
_AGREED = re.compile(r"\b(?:agreed|signed|ratified|reached|concluded|approved)\b|"
                     r"(?<!\w)(?:договорил|подписа|ратифицир|достигл|достигнут|заключил|"
                     r"одобрил|утвердил|состоял(?:ась|ись|ся)|открыт[аоы]?(?!\w)|"
                     r"возобновлен)", re.I)


#: A sentence at least this long told again word for word is the page repeating a
#: paragraph (a crawl artefact), not a second event.
_REPEAT_CHARS = 40


def _split_tolls(facts: list[SentenceFacts]) -> list[SentenceFacts]:
    out = []
    seen: set[str] = set()
    for f in facts:
        said = " ".join(f.text.split())
        if f.kind is not None and len(said) >= _REPEAT_CHARS:
            if said in seen:
                continue  # a paragraph the page repeats tells nothing new
            seen.add(said)
        out.append(f)
        if f.kind is not None:
            recalled = recalled_part(f)
            if recalled is not None:
                out.append(recalled)
        part = toll_part(f)
        if part is not None:
            out.append(part)
    return out


def _place_dated(incidents: list[ArticleIncident], doc: Document, f: SentenceFacts,
                 d: DateMention) -> None:
    fits = [] if f.another else [inc for inc in incidents
                                 if inc.kind == f.kind and _joins(inc, f, d)]
    if not fits:
        home = ArticleIncident(doc, f.kind)
        incidents.append(home)
        home.add(f, d)
    elif _spans_years(d.value):
        # "the attacks of 1999-2000" told after "in 1999 and in 2000": the earliest, and
        # the span does not widen a single year
        home = min(fits, key=lambda inc: inc.window.start)
        home.add(f, d if _spans_years(home.window) else None)
    else:
        fits[-1].add(f, d)


def _joins(inc: ArticleIncident, f: SentenceFacts, d: DateMention) -> bool:
    value = d.value
    if not date_fits(inc.window, value, f.kind) or (f.kind == "other"
                                                      and not same_move(inc, f)):
        return False
    if EARLIER.match(d.text) and PRECISION_ORDER[value.precision] > PRECISION_ORDER[
            inc.window.precision]:
        return False  # "earlier this month a guard was killed": not the day's news
    # an agreement is one act: a date vaguer or finer than the incident's ("today's
    # protocol" with the publication known to the month, and a meeting "on Friday") is
    # the same act only when the places say so
    strict = f.kind == "agreement" and value.precision != inc.window.precision
    return near_points(incident_points(inc), points(f.resolved_places()), 50, strict=strict)


def _spans_years(value: DateValue) -> bool:
    return value.precision == "year" and value.start.year != value.end.year


_TELLS = re.compile(r"\b(?:said|says|reported|reports|told|according\s+to|announced|"
                    r"confirmed)\b")
#: An undated sentence told on a day ("said on Sunday that …") joins no incident that ended
#: more than this many days before it.
_NEWS_DAYS = 7


def _place_undated(incidents: list[ArticleIncident], doc: Document, f: SentenceFacts,
                   lede: bool = False, reference: date | None = None) -> None:
    places = [p for p in f.resolved_places()
              if p.place.kind not in ("region", "district", "capital")]
    every = incidents
    # an event recalled from long ago is told from its date on ("In 2010 riots erupted.
    # Hundreds died."): what comes before that date is not its story
    here = f.sentence.index
    incidents = [inc for inc in incidents if inc.facts[0].sentence.index < here
                 or not (is_background(inc.window, reference)
                         or _earlier_story(inc, reference, lede)
                         or _recap_before(inc, doc))]
    # not the earlier event its own sentence recalls ("…, where a similar clash took place")
    if f.recalled is not None:
        incidents = [inc for inc in incidents
                     if not any(g is f.recalled for g in inc.facts)]
    if f.kind == "other" and border_move(f.text):
        incidents = [inc for inc in incidents if same_move(inc, f)]
    if places and f.kind == "other" and restricts(f.text):
        # a crossing closed or restricted at a place far from those of a closure told
        # before is another closure («КПП X закрыт … На КПП Y ввели ограничения»)
        incidents = [inc for inc in incidents if inc.kind != "other"
                     or same_crossing(inc.places, places)]
    told = f.told_on() if f.kind == "violence" else None
    if told is not None:  # news of violence told on a day is not an event of weeks before
        # it (a state told, such as a closure or a build-up, may have begun earlier)
        incidents = [inc for inc in incidents if inc.window is None
                     or inc.window.end >= told.value.start - timedelta(days=_NEWS_DAYS)]
    if f.kind == "violence" and _TELLS.search(f.text):
        # a toll someone tells is the news's, not a recalled event's ("The fighting is the
        # worst since April 2021, when 55 died. Kyrgyzstan said 24 were killed.")
        news = {id(inc) for inc in incidents if inc.kind == f.kind
                and not is_background(inc.window, reference)}
        if news:
            incidents = [inc for inc in incidents if inc.kind != f.kind or id(inc) in news]
    target = None
    if places and not f.another:
        pts = points(places)
        target = next((inc for inc in incidents if inc.kind == f.kind and inc.places
                       and near_points(incident_points(inc), pts, 10, strict=True)), None)
    if not f.another:
        told = ([inc for inc in incidents if inc.facts[0].sentence.index < f.sentence.index]
                if _REFERS_BACK.match(f.text) or _THE_EVENT.match(f.text) else [])
        target = target or nearest_in_text(told or incidents, f)
    if target is None and (f.kind == "other" or f.general_event) and not f.another:
        # a closure, detention or meeting told beside an incident of another kind, with
        # no date of its own, is part of that incident's story ("… the other was detained");
        # so is a sentence that tells "the incident" in general words ("the incident
        # occurred when villagers blocked a road")
        target = nearest_in_text(incidents, f, any_kind=True, within=2)
    if target is None:
        if f.kind == "violence" and not (f.violent or f.casualties):
            return
        if f.kind == "agreement" and not (_STRONG_AGREEMENT.search(f.text) or (
                lede and _AGREED.search(f.text))):
            return  # talk of talks, unless the article's news is that something was agreed
        target = ArticleIncident(doc, f.kind)
        every.append(target)
    target.add(f)




def _recap_before(inc: ArticleIncident, doc: Document) -> bool:
    """Whether an incident opens with a recap and ended before the publication day: an
    earlier event than the news. (With only the month of publication known the recap may
    be the news itself, retold.)"""
    if inc.window is None or not RECAP.match(inc.facts[0].text):
        return False
    try:
        ref = parse_published(doc.published)
    except ValueError:
        return False
    return ref.precision == "day" and inc.window.end < ref.day


#: The article's news told with no date happened within this many days of the last day the
#: publication date allows (its month may be all that is known).
_LEDE_DAYS = 45
#: "It was the second such shooting this month": a sentence about the incident told before.
_REFERS_BACK = re.compile(r"^\W*(?:It|This|That)\s+(?:was|is|marked|became|came)\b")
#: "The shooting took place on …": a sentence that tells the incident told before it.
_THE_EVENT = re.compile(r"^\W*(?:The|This|That|It)\s+(?:[\w-]+\s+)?(?:incident|shooting|"
                        r"clash|attack|skirmish|fight|exchange|confrontation|shoot-?out|"
                        r"happened|occurred|took)\b")


def _earlier_story(inc: ArticleIncident, reference: date | None, lede: bool) -> bool:
    """Whether an incident told after the article's first event sentence, which has no
    date, is an earlier event than that news: it ended weeks before publication and its
    first sentence does not tell the incident told before it ("The shooting took place
    on …")."""
    first = inc.facts[0]
    return (lede and inc.window is not None and (
        told_earlier(inc) or reference is not None
        and inc.window.end < reference - timedelta(days=_LEDE_DAYS))
        and not first.general_event and not _THE_EVENT.match(first.text))


def group_sentences(doc: Document, facts: list[SentenceFacts],
                    reference: date | None = None) -> list[ArticleIncident]:
    """Incidents of one article (see the module doc for the rules)."""
    incidents: list[ArticleIncident] = []
    undated: list[SentenceFacts] = []
    quiet: list[SentenceFacts] = []
    dating: list[SentenceFacts] = []
    general: list[SentenceFacts] = []
    more: list[tuple[SentenceFacts, list[DateMention]]] = []
    causes: list[SentenceFacts] = []
    for f in _split_tolls(facts):
        if f.kind is None and f.general_event and not f.hypothetical:
            general.append(f)
        if f.kind is None:
            if f.cause and f.event_date() is None and not f.hypothetical:
                causes.append(f)  # "the trigger appears to have been a dispute at X"
            if f.event_date() is not None and not (f.hypothetical or f.reaction):
                dating.append(f)
                if f.resolved_places():
                    quiet.append(f)
            continue
        dates = [d for d in f.event_dates() if not after(d, reference)]
        if period_dates(f, dates):
            dates = []  # "the third such shooting this year": told with no date of its own
        if talks_tally(f, dates):
            continue  # "dozens of rounds of talks since 2002": a tally, no incident
        if not dates and (statistic(f) or habitual(f)):
            continue  # "more than 70 have been killed since 2000", "the valley has seen
            # repeated clashes": a tally or a habit, no incident
        if not dates:
            (causes if f.cause else undated).append(f)
        elif more_victims(f):
            more.append((f, dates))
            continue
        for d in dates:
            _place_dated(incidents, doc, f, d)
    for f, dates in more:  # "four more bodies were found on Saturday": the same fighting
        for d in dates:
            target = more_target(incidents, f, d, near)
            if target is None:
                _place_dated(incidents, doc, f, d)
            else:
                target.add(f, d)
    for f in quiet:
        place_quiet(incidents, f)
    first = min((f.sentence.index for f in facts if f.kind is not None), default=-1)
    for f in undated:
        _place_undated(incidents, doc, f, lede=f.sentence.index == first,
                       reference=reference)
    for f in causes:  # "the clash was sparked by a protest": the story of the event it explains
        target = cause_of(incidents, f, reference)
        if target is None:
            _place_undated(incidents, doc, f, lede=f.sentence.index == first,
                           reference=reference)
        else:
            target.add(f)
    date_from_neighbours(incidents, dating, reference)
    date_from_recap(incidents)
    for f in general:
        if not any(f in inc.facts for inc in incidents):
            place_general(incidents, f, reference)
    keep = [inc for inc in incidents if inc.kind != "violence"
            or any(x.violent or x.casualties for x in inc.facts)
            and not commentary(inc, first)]
    keep = fold_detentions(keep, near)
    for inc in keep:
        if not inc.places and inc.window is None:
            scene_before(inc, facts, keep)
        finer_scene(inc, facts, keep)
    for inc in keep:
        inc.background = is_background(inc.window, reference)
    for inc in keep:
        if not inc.places:
            inc.borrowed = borrow_places(inc, keep)
    return keep


def merge_incidents(incidents: list[ArticleIncident]) -> list[DraftIncident]:
    """Merge article incidents about the same event (one kind, dates overlap, places within
    30 km)."""
    merged: list[DraftIncident] = []
    for inc in incidents:
        home = next((m for m in merged if _same_event(m, inc)), None)
        if home is None:
            merged.append(DraftIncident([inc]))
        else:
            home.parts.append(inc)
    return merged


def _same_event(m: DraftIncident, inc: ArticleIncident) -> bool:
    if m.kind != inc.kind or any(p.doc is inc.doc for p in m.parts):
        return False
    w = m.window
    if w is None or inc.window is None:
        return False
    slack = 1 if w.precision == "day" and inc.window.precision == "day" else 0
    if not w.overlaps(inc.window, slack):
        return False
    mp = [p for part in m.parts for p in part.places]
    return bool(mp and inc.places) and near(mp, inc.places, 30, strict=True)
