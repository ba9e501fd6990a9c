"""Where an undated sentence of an event goes: the incidents it may join (an earlier story
told after the news, the event its own sentence recalls, another border move or crossing,
violence of weeks before the day it is told on, a recalled event beside a told toll are
not), the one of them it joins (one sharing its places, else the nearest in the text), and
whether, joining none, it starts an incident of its own (not talk of talks). The rules in
words are in the module doc of ``grouping``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ._border_moves import border_move, restricts, same_crossing, same_move
from ._incidents import ArticleIncident, is_background
from ._literal_cues import Cued
from ._neighbours import (
    ANOTHER_LIKE,
    incident_points,
    near_points,
    nearest_in_text,
    opens_recap,
    points,
    told_earlier,
)
from ._text import Document
from .dates import parse_published
from .facts import SentenceFacts

__all__ = ["place_undated", "nil_toll"]

_STRONG_AGREEMENT = re.compile(r"cease-?\s?fire|truce|protocol|peace\s+(?:agreement|deal)|"
                               r"\b(?:signed|ratified)\b|"
                               # the line marked on the ground; a meeting told as held
                               r"\b(?:began|begun|begins|started|starts|launched|conducted|"
                               r"carried\s+out)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:demarcation|"
                               r"delimitation)|(?<!\bno\s)\bmeetings?\s+(?:[\w’'-]+\s+){0,8}?"
                               r"(?:is|was|were|has\s+been)\s+held\b|"
                               # a meeting of officials that took place (of villagers it
                               # is a step of their quarrel's story)
                               r"(?<!\bno\s)\bmeetings?\s+(?:of|between)\s+(?:[\w’'-]+\s+){0,3}?"
                               r"(?:border|officials|authorities|services|governments|"
                               r"delegations|commissions|ministers|countries)\b[^.;]{0,150}?"
                               r"(?<!never\s)(?<!not\s)\btook\s+place\b|(?<!\bno\s)\bmeetings?\s+took\s+place\s+between\s+"
                               r"(?:[\w’'-]+\s+){0,3}?(?:border|officials|authorities|services|"
                               r"governments|delegations|commissions|ministers|representatives"
                               r"\s+of\s+(?:the\s+)?(?:border|two\s+countries|governments))\b|"
                               # "held phone conversations", "held talks and then a meeting"
                               r"(?<!\bnot\s)\b(?:held|holding)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?"
                               r"(?:meetings?|talks|negotiations|conversations|consultations)\b|"
                               # talks told as going on, not planned ("will hold", "to hold")
                               r"(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)"
                               r"(?<!\bshould\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bcan\s)"
                               r"(?<!\bshall\s)(?<!\bmust\s)(?<!\bnot\s)\bhold\s+"
                               r"(?:talks|negotiations)\b|\b(?:talks|negotiations)\s+(?:are|were)"
                               r"\s+(?:underway|under\s+way|ongoing|going\s+on)\b|"
                               # "a meeting of the governors is taking place at the X post"
                               r"\b(?:meeting|talks|negotiations)\s+(?:[\w’'-]+\s+){0,6}?(?:is|are)\s+"
                               r"(?:now\s+)?(?:taking\s+place|being\s+held)\b|"
                               r"перемири|прекращени\w*\s+огня|протокол|соглашени|"
                               r"договорил|принято\s+решение|приняли\s+решение|"
                               # a treaty signed or ratified (as "signed", "ratified")
                               r"(?<!\w)(?:ратифицирова|подписа)(?:л|н|ли|ла|на|ны|но)(?!\w)|"
                               # the line being marked on the ground, not talk of it
                               r"(?:начал\w*|приступил\w*\s+к)\s+(?:[\w-]+\s+)?"
                               r"(?:демаркаци|делимитаци)|"
                               # a meeting told as held, not talk of talks
                               # (singular or plural: «проводится встреча», «проводятся
                               # переговоры», «переговоры проводятся»)
                               r"(?:проводи(?:тся|тся\s+\w+|лась|лись)|проводятся(?:\s+\w+)?)"
                               r"\s+(?:[\w-]+\s+)?(?:встреч|переговор)|(?:идут|ведутся)\s+"
                               r"переговор|(?<!\w)(?:встреч|переговор)\w*\s+(?:[\w-]+\s+)?"
                               r"(?:проводятся|проводится|идут|ведутся)(?!\w)|"
                               # «в настоящее время на КПП X проходит встреча губернаторов»
                               r"(?<!\w)проход(?:ит|ят)\s+(?:[\w-]+\s+)?(?:встреч|переговор)|"
                               r"состоял\w*\s+встреч|встреч\w*\s+(?:[\w-]+\s+){0,3}?"
                               r"состоял|встретил(?:ись|ся|ась)|встречаются", re.I)


# (in Russian also talks that were held, «состоялась встреча», or whose outcome the
# sentence tells, «после переговоров дорога открыта»)
# (and, as «состоялась встреча», a meeting of officials held: "X met with his counterpart",
# "held talks", "decisions were made")
_AGREED = re.compile(r"\b(?:agreed|signed|ratified|reached|concluded|approved)\b|"
                     # (with officials, done: not "has not met", "was to have met", "met with
                     # journalists")
                     r"(?<!\bnot\s)(?<!\bnever\s)(?<!\byet\s)(?<!\bhave\s)(?<!\bwho\s)\bmet\s+"
                     r"with\s+(?:his\s+|her\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:counterparts?|"
                     r"head|heads|governor|officials|ministers?|delegations?|representatives|envoy|"
                     r"commanders?|chiefs?|presidents?|hokims?|akims?)\b|"
                     r"(?<!\bnot\s)(?<!\bnever\s)\bheld\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|"
                     r"negotiations)\b|\bdecisions?\s+(?:were|was)\s+(?:made|taken|adopted)\b|"
                     r"(?<!\w)(?:договорил|подписа|ратифицир|достигл|достигнут|заключил|"
                     r"одобрил|утвердил|состоял(?:ась|ись|ся)|открыт[аоы]?(?!\w)|"
                     r"возобновлен)", re.I)

_TELLS = re.compile(r"\b(?:said|says|reported|reports|told|according\s+to|announced|"
                    r"confirmed)\b")
#: An undated sentence told on a day ("said on Sunday that …") joins no incident that ended
#: more than this many days before it.
_NEWS_DAYS = 7


def place_undated(incidents: list[ArticleIncident], doc: Document, f: SentenceFacts,
                  lede: bool = False, reference: date | None = None) -> None:
    """Add an undated sentence to the incident it joins, or to a new one it starts (appended
    to ``incidents``), or to none."""
    places = [p for p in f.resolved_places()
              if p.place.kind not in ("region", "district", "capital")]
    target = _target(_candidates(incidents, doc, f, places, lede, reference), f, places)
    if target is None and f.kind == "agreement":
        # a ceasefire told with no date amid a clash's sentences ("Fighting broke out on
        # April 28. The sides agreed a ceasefire after it killed 55. Tajikistan said 19
        # died.") ends that clash's story
        target = _told_amid(incidents, f)
    if target is None:
        if not _starts_incident(f, lede):
            return
        target = ArticleIncident(doc, f.kind)
        incidents.append(target)
    target.add(f)


def _candidates(incidents: list[ArticleIncident], doc: Document, f: SentenceFacts,
                places: list, lede: bool, reference: date | None) -> list[ArticleIncident]:
    """The incidents an undated sentence may join."""
    # an event recalled from long ago is told from its date on ("In 2010 riots erupted.
    # Hundreds died."): what comes before that date is not its story
    here = f.sentence.index
    incidents = [inc for inc in incidents if inc.facts[0].sentence.index < here
                 or not (is_background(inc.window, reference)
                         or _earlier_story(inc, doc, reference, lede)
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
    return incidents


def _target(incidents: list[ArticleIncident], f: SentenceFacts,
            places: list) -> ArticleIncident | None:
    """The incident among ``incidents`` an undated sentence joins, if any: one of its kind
    sharing one of its places, else the nearest in the text."""
    target = None
    if places and not f.another:
        pts = points(places)
        # (an incident with no point place is near nothing: strict)
        target = next((inc for inc in incidents if inc.kind == f.kind
                       and near_points(incident_points(inc), pts, 10, strict=True)), None)
    if not f.another:
        told = ([inc for inc in incidents if inc.facts[0].sentence.index < f.sentence.index]
                if _REFERS_BACK.match(f.text) or _THE_EVENT.match(f.text) else [])
        target = target or nearest_in_text(told or incidents, f)
    if target is None and (f.kind == "other" or f.general_event or nil_toll(f)) and not f.another:
        # a closure, detention or meeting told beside an incident of another kind, with
        # no date of its own, is part of that incident's story ("… the other was detained");
        # so is a sentence that tells "the incident" in general words ("the incident
        # occurred when villagers blocked a road"); so is a toll of nobody with no word of
        # violence ("Residents blocked the road. Nobody was hurt.")
        target = nearest_in_text(incidents, f, any_kind=True, within=2)
    return target


def nil_toll(f: SentenceFacts) -> bool:
    """Whether the sentence counts only nobody ("no one was hurt", "nobody was injured")
    and tells no violence but in those words: it says how an event told before it ended,
    and is no event of its own."""
    if f.kind != "violence" or not f.casualties or any(c.value != 0 for c in f.casualties):
        return False
    base = f.sentence.start
    nil = [(c.start - base, c.end - base) for c in f.casualties]
    return not any(not any(a <= at < b for a, b in nil) for at in f._violence_starts())


_SIGNED_APART = re.compile(r"\b(?:signed|ratified|separate|separately|another)\b|подпис|"
                           r"ратифицир|отдельн", re.I)


def _told_amid(incidents: list[ArticleIncident], f: SentenceFacts) -> ArticleIncident | None:
    """The violent incident with a date that ``f`` is told between two sentences of (not a
    text signed, an act told apart, or one with a place of its own)."""
    if _SIGNED_APART.search(f.text) or f.resolved_places():
        return None
    here = f.sentence.index
    return next((inc for inc in incidents if inc.kind == "violence" and inc.window is not None
                 and inc.facts[0].sentence.index < here < inc.facts[-1].sentence.index),
                None)


def _starts_incident(f: SentenceFacts, lede: bool) -> bool:
    """Whether an undated sentence that joins no incident starts one of its own."""
    if f.kind == "violence" and not (f.violent or f.casualties) or nil_toll(f):
        return False
    if f.kind == "agreement" and not (_STRONG_AGREEMENT.search(f.text) or (
            lede and _AGREED.search(f.text))):
        return False  # talk of talks, unless the article's news is that something was agreed
    return True


def _recap_before(inc: ArticleIncident, doc: Document) -> bool:
    """Whether an incident opens with a recap and ended before the publication day: an
    earlier event than the news. (With only the month of publication known the recap may
    be the news itself, retold.)"""
    if inc.window is None or not opens_recap(inc.facts[0].text):
        return False
    try:
        ref = parse_published(doc.published)
    except ValueError:
        return False
    return ref.precision == "day" and inc.window.end < ref.day


#: The article's news told with no date happened within this many days of the last day the
#: publication date allows: six weeks (its month may be all that is known, and a state
#: such as a build-up or a closure may have begun weeks before); violence told as another,
#: earlier one ("This is the second clash this month. On May 8 …"), in a report dated to
#: the day, within a week and a half.
_LEDE_DAYS = 45
_LEDE_DAYS_ANOTHER = 10
#: a sentence that tells an incident as another, earlier one than the news
_ANOTHER_ONE = Cued(re.compile(
    r"\b(?:second|third|fourth|fifth|another|earlier|previous|prior)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:incident|clash|conflict|shooting|attack|skirmish|shoot-?out|exchange\s+of\s+fire|"
    r"provocation)s?\b|^\W*(?:Earlier|Previously|Before\s+that)\b", re.I))


def _lede_days(doc: Document, inc: ArticleIncident) -> int:
    """How many days before publication the undated news may have happened, for an
    incident told after it (see ``_LEDE_DAYS``)."""
    first = inc.facts[0].sentence.index
    told = [doc.sentences[i].text for i in (first - 1, first) if i >= 0]
    another = any(_ANOTHER_ONE.search(t) for t in told)
    day = len(doc.published) == len("YYYY-MM-DD")
    return _LEDE_DAYS_ANOTHER if day and another and inc.kind == "violence" else _LEDE_DAYS


#: "It was the second such shooting this month": a sentence about the incident told before.
_REFERS_BACK = re.compile(r"^\W*(?:It|This|That)\s+(?:was|is|marked|became|came)\b")
#: "The shooting took place on …": a sentence that tells the incident told before it.
_THE_EVENT = re.compile(r"^\W*(?:The|This|That|It)\s+(?:[\w-]+\s+)?(?:incident|shooting|"
                        r"clash|attack|skirmish|fight|exchange|confrontation|shoot-?out|"
                        r"happened|occurred|took)\b")


def _earlier_story(inc: ArticleIncident, doc: Document, reference: date | None,
                   lede: bool) -> bool:
    """Whether an incident told after the article's first event sentence, which has no
    date, is an earlier event than that news: it ended ``_lede_days`` before publication
    and its first sentence does not tell the incident told before it ("The shooting took
    place on …")."""
    if not lede or inc.window is None:
        return False
    first = inc.facts[0]
    return (told_earlier(inc) or reference is not None and inc.window.end
            < reference - timedelta(days=_lede_days(doc, inc))) \
        and not (first.general_event and not ANOTHER_LIKE.search(first.text)) \
        and not _THE_EVENT.match(first.text)
