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
  never one told after it that ended over 45 days before publication (violence over 10
  days before a publication known to the day), or one dated only as
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
- An undated sentence that counts only nobody ("nobody was hurt") with no word of
  violence tells how the event told before it ended: it joins the incident told nearest
  to it (within two sentences), of any kind, and starts none.
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

from dataclasses import dataclass, field
from datetime import date

from ._border_moves import same_move
from ._fold_detentions import fold_detentions
from ._fold_talks import fold_talks
from ._incidents import ArticleIncident, DraftIncident, is_background
from ._increments import more_target, more_victims
from ._neighbours import (
    EARLIER,
    after,
    cause_of,
    date_fits,
    date_from_neighbours,
    date_from_recap,
    incident_points,
    near,
    near_points,
    place_general,
    place_quiet,
    points,
)
from ._scene_places import borrow_places, finer_scene, scene_before, scene_within
from ._sentence_parts import recalled_part, toll_part
from ._tallies import (
    acts_tally,
    commentary,
    counted_over_period,
    habitual,
    period_dates,
    statistic,
    talks_tally,
)
from ._text import Document
from ._undated import place_undated
from .dates import DateMention, DateValue
from .facts import PRECISION_ORDER, SentenceFacts

__all__ = ["SentenceFacts", "ArticleIncident", "DraftIncident", "group_sentences",
           "merge_incidents"]

#: A sentence at least this long told again word for word is the page repeating a
#: paragraph (a crawl artefact), not a second event.
_REPEAT_CHARS = 40


def _split_tolls(facts: list[SentenceFacts]) -> list[SentenceFacts]:
    out = []
    seen: set[str] = set()
    for f in facts:
        said = " ".join(f.text.split()) if f.kind is not None else ""
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


@dataclass
class _Sorted:
    """The sentences of an article, sorted by the step that places them."""

    #: sentences of an event with dates of their own, and those dates
    dated: list[tuple[SentenceFacts, list[DateMention]]] = field(default_factory=list)
    #: dated sentences telling only more victims ("four more bodies were found on Saturday")
    more: list[tuple[SentenceFacts, list[DateMention]]] = field(default_factory=list)
    #: sentences of an event with no date of their own
    undated: list[SentenceFacts] = field(default_factory=list)
    #: undated sentences telling what caused an event ("the clash was sparked by a protest")
    causes: list[SentenceFacts] = field(default_factory=list)
    #: dated sentences with no cue that name places ("five men drove up to the post on May 12")
    quiet: list[SentenceFacts] = field(default_factory=list)
    #: dated sentences with no cue, whose dates may date an undated incident beside them
    dating: list[SentenceFacts] = field(default_factory=list)
    #: sentences telling the event in general words ("the incident took place in X")
    general: list[SentenceFacts] = field(default_factory=list)


def _sort_sentences(facts: list[SentenceFacts], reference: date | None) -> _Sorted:
    """An article's sentences (tolls and recalled events split off, repeats dropped),
    sorted by how they are placed; tallies, habits and talk of talks with no date of their
    own are dropped."""
    s = _Sorted()
    for f in _split_tolls(facts):
        if f.kind is None and f.general_event and not f.hypothetical:
            s.general.append(f)
        if f.kind is None:
            if f.cause and f.event_date() is None and not f.hypothetical:
                s.causes.append(f)  # "the trigger appears to have been a dispute at X"
            if f.event_date() is not None and not (f.hypothetical or f.reaction):
                s.dating.append(f)
                if f.resolved_places():
                    s.quiet.append(f)
            continue
        dates = [d for d in f.event_dates() if not after(d, reference)]
        if period_dates(f, dates):
            dates = []  # "the third such shooting this year": told with no date of its own
        if talks_tally(f, dates) or acts_tally(f, dates):
            continue  # "dozens of rounds of talks since 2002", "some 96 attacks in 2006-2007":
            # a tally, no incident
        if not dates and (statistic(f) or habitual(f) or counted_over_period(f)):
            continue  # "more than 70 have been killed since 2000", "the valley has seen
            # repeated clashes", "over the past year 40 were detained": a tally or a habit
        if not dates:
            (s.causes if f.cause else s.undated).append(f)
        elif more_victims(f):
            s.more.append((f, dates))
        else:
            s.dated.append((f, dates))
    return s


def group_sentences(doc: Document, facts: list[SentenceFacts],
                    reference: date | None = None) -> list[ArticleIncident]:
    """Incidents of one article (see the module doc for the rules)."""
    s = _sort_sentences(facts, reference)
    incidents: list[ArticleIncident] = []
    for f, dates in s.dated:
        for d in dates:
            _place_dated(incidents, doc, f, d)
    for f, dates in s.more:  # "four more bodies were found on Saturday": the same fighting
        for d in dates:
            target = more_target(incidents, f, d, near)
            if target is None:
                _place_dated(incidents, doc, f, d)
            else:
                target.add(f, d)
    for f in s.quiet:
        place_quiet(incidents, f)
    first = min((f.sentence.index for f in facts if f.kind is not None), default=-1)
    for f in s.undated:
        place_undated(incidents, doc, f, lede=f.sentence.index == first, reference=reference)
    for f in s.causes:  # "the clash was sparked by a protest": the story of the event it explains
        target = cause_of(incidents, f, reference)
        if target is None:
            place_undated(incidents, doc, f, lede=f.sentence.index == first,
                          reference=reference)
        else:
            target.add(f)
    # (a sentence that tells the event in general words dates it before any other dated
    # sentence near it: "the conflict that unfolded on May 31", not "the premier flew to
    # the scene on June 1")
    general_dated = [f for f in s.general if f.event_date() is not None]
    for f in general_dated:
        if not any(f in inc.facts for inc in incidents):
            place_general(incidents, f, reference)
    date_from_neighbours(incidents, s.dating, reference)
    date_from_recap(incidents)
    for f in s.general:
        if f not in general_dated and not any(f in inc.facts for inc in incidents):
            place_general(incidents, f, reference)
    return _kept(incidents, facts, first, reference)


def _kept(incidents: list[ArticleIncident], facts: list[SentenceFacts], first: int,
          reference: date | None) -> list[ArticleIncident]:
    """The incidents an article keeps (violence with no word of violence or toll, and
    commentary, dropped; detentions folded), with their scenes made finer or taken from a
    sentence before, marked as background, and given borrowed places when they name none."""
    keep = [inc for inc in incidents if inc.kind != "violence"
            or any(x.violent or x.casualties for x in inc.facts)
            and not commentary(inc, first)]
    keep = fold_talks(fold_detentions(keep, near), reference)
    for inc in keep:
        if not inc.places:
            scene_within(inc, facts, keep)
        if not inc.places and inc.window is None:
            scene_before(inc, facts, keep)
        finer_scene(inc, facts, keep)
    for inc in keep:
        inc.background = is_background(inc.window, reference)
    for inc in keep:
        # (one that names a place the gazetteer lacks was there, not at a neighbour's:
        # it keeps the name, unresolved, for the analyst to place)
        if not inc.places and not inc.unresolved:
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
