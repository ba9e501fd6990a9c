"""A last look at an English article's sentences before they are grouped: a sentence that
says it tells another incident ("another checkpoint came under fire", "in a separate
incident", "a second clash", a development in answer to another: "X responded by sending troops")
starts one of its own instead of joining the one before; a border crossed, told beside
violence, is that violence's story;
figures told by a pronoun ("It added that 100 were injured") take the side of the figures
the sentence before gave for one side ("Kyrgyzstan reported 13 more deaths"); victims
told as residents of a place ("two residents of Vorukh were hurt") are of its country."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ._fire_targets import sides_from_fire_targets
from ._handed_back import handed_back_that_day
from ._literal_cues import Cued
from ._memo import forget, lowered
from .events import ARREST_CUE, DIPLOMACY_CUE, INVESTIGATION_CUE, RELEASE_CUE, TRESPASS_CUE

__all__ = ["ANOTHER", "RESPONSE", "prepare"]

#: Words that tell another incident than the one told before.
ANOTHER = re.compile(
    r"\b(?:(?:another|a\s+second|a\s+separate|a\s+new|a\s+further|a\s+different|"
    r"a\s+similar|an\s+earlier|a\s+previous)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:incidents?|clash(?:es)?|attacks?|shooting|skirmish|shoot-?out|"
    r"exchange\s+of\s+fire|firefight|checkpoints?|border\s+posts?|posts?|outposts?|villages?|"
    r"cases?|detentions?|arrests?)\b|in\s+(?:\w+\s+)?separate\s+(?:incidents|cases)|separately\s*,)",
    re.I)


#: A development made in answer to a development told before is an act of its own: "(Uzbek
#: troops appeared at the border.) Kyrgyzstan responded by sending border guards to the
#: frontier" (not violence, nor an answer to violence: troops sent after a raid are part of
#: its story).
RESPONSE = Cued(re.compile(r"\b(?:respond(?:ed|s)|react(?:ed|s)|retaliat(?:ed|es))\s+(?:by|with)\b|"
                           r"^\W*In\s+(?:response|retaliation)\s*,", re.I))

_ANOTHER_WORDS = ("another", "second", "separate", "new", "further", "different", "similar",
                  "earlier", "previous")
_CLAUSE_BEFORE = re.compile(r"\b(?:where|when|as|after|like|which)\s+$", re.I)


def prepare(facts: list, published: date | None = None) -> None:
    """Mark the sentences that tell another incident (``SentenceFacts.another``) and give
    figures told by a pronoun the side of the sentence before (module doc); ``published``
    is the publication day, when known to the day."""
    _provocations_in_violence(facts)
    _dated_general_events(facts, published)
    _handovers_apart(facts, published)
    _investigations_apart(facts)
    _detentions_elsewhere(facts)
    before = None  # the kind of the last sentence that told an event
    for f in facts:
        low = lowered(f.text)
        m = (ANOTHER.search(f.text) if f.kind is not None
             and any(map(low.__contains__, _ANOTHER_WORDS)) else None)
        # "…, where a similar incident took place on June 3" recalls an event in a clause
        # of its own (split off by _sentence_parts.recalled_part): the rest is this one
        if m and not _CLAUSE_BEFORE.search(f.text, 0, m.start()) or (
                _answers_development(f.kind, before) and RESPONSE.search(f.text)):
            f.another = True
        before = f.kind or before
    _died_of_wounds(facts)
    _sides_told_on(facts)
    _residents_side(facts)
    _them_side(facts)
    sides_from_fire_targets(facts)


# the one told wounded just before, dying: "The man died from his wounds", "He later died"
_DIED_AFTER = re.compile(r"^\W*(?:The\s+(?:wounded\s+)?(?:man|woman|boy|girl|victim|guard|soldier|"
                         r"serviceman|shepherd|herder|resident|citizen|teenager)|He|She)\s+"
                         r"(?:later\s+|subsequently\s+|then\s+)?(?:died|succumbed)\b")


def _died_of_wounds(facts: list) -> None:
    """One person told wounded ("a citizen of Tajikistan was wounded in the leg") who dies
    in the next sentence ("The man died from his wounds") is one killed, counted once."""
    for k, f in enumerate(facts):
        if not _DIED_AFTER.match(f.text) or any(c.role for c in f.counts):
            continue
        # (the sentence before, or the one before it when that one counts nothing: "He was
        # taken to hospital. He later died.")
        prev = facts[k - 1] if k else None
        if prev is not None and not prev.counts and k >= 2:
            prev = facts[k - 2]
        hurt = [c for c in prev.counts if c.role == "injured"] if prev else []
        dead = [c for c in prev.counts if c.role == "killed"] if prev else []
        if len(hurt) == 1 and hurt[0].value == 1 and not dead:  # (not "X was shot dead and Y
            # wounded. The herder died": the dead told already)
            prev.counts = [replace(c, role="killed") if c is hurt[0] else c for c in prev.counts]


# a crossing denied or a state since then: no intrusion the violence answered
_NO_CROSSING = re.compile(r"\b(?:no|not|never|nobody|since)\b|n[’']t\b", re.I)
#: How many sentences away a violent one may be told for a provocation to be its story.
_CROSSING_WITHIN = 2


# an earlier event told as like the news ("also", "the same spot", "since March, when …")
_LIKE_IT = re.compile(r"\b(?:also|same|since|again|similar)\b", re.I)
# violence told as the news's ("in the latest shooting", "today", "in the exchange")
_BACK_TO_NEWS = re.compile(r"\b(?:latest|today|tonight|this\s+(?:week|morning)|(?:in|during)\s+"
                           r"the\s+(?:shooting|clash|exchange|incident|fighting|attack|skirmish))\b",
                           re.I)
#: a general-event sentence dated this many days or more before publication recalls an
#: earlier event (see ``_dated_general_events``)
_EARLIER_DAYS = 30


def _dated_general_events(facts: list, published: date | None) -> None:
    """A sentence that dates an earlier event in general words ("In September 2019 a major
    incident occurred at X", a month or more before publication) right before violence
    told with no date of its own ("Then one guard was killed") is that violence's first
    sentence: its date and places are the event's, not those of the news told before it."""
    if published is None:
        return
    for k, f in enumerate(facts):
        if f.kind is not None or f.hypothetical or not f.general_event or _LIKE_IT.search(f.text):
            continue  # (not "an incident also took place there in March": one like the news)
        d = f.event_date()
        if d is None or (published - d.value.end).days < _EARLIER_DAYS:
            continue
        nxt = next((g for g in facts[k + 1:k + 3] if g.kind is not None), None)
        if nxt is not None and nxt.kind == "violence" and nxt.event_date() is None \
                and not _BACK_TO_NEWS.search(nxt.text):
            f.forced_kind, f.another = "violence", True  # (no story of what came before)
            forget(f, "kind")


def _provocations_in_violence(facts: list) -> None:
    """A border crossed, told within two sentences of violence, is that violence's story
    (what the shots answered: "The guards crossed into Tajik territory near the X post. The
    Tajik side opened fire."): the sentence is read as violence, its date and places the
    violence's. (Works on disputed land stay a development of their own: the corpora count
    the works and the fight they start apart.)"""
    violent = [f.sentence.index for f in facts if f.kind == "violence" and f.violent]
    if not violent:
        return
    for f in facts:
        if f.kind != "other" or not TRESPASS_CUE.search(f.text) or any(
                c.search(f.text) for c in (ARREST_CUE, RELEASE_CUE, DIPLOMACY_CUE)):
            continue
        if _NO_CROSSING.search(f.text):
            continue  # "since then no trucks have entered …": no intrusion told
        if any(0 < abs(i - f.sentence.index) <= _CROSSING_WITHIN for i in violent):
            f.forced_kind, f.provocation = "violence", True
            forget(f, "kind")  # (read again with the kind forced)


#: People or bodies handed to a side: "13 were handed over to the Kyrgyz side", "gave the
#: detainees to the Uzbek side"
_HANDOVER = re.compile(
    r"\bhand(?:ed|s|ing)?\s+(?:[\w’'-]+\s+){0,2}?(?:over|back)\b|"
    r"\b(?:gave|given|transferred|returned|delivered)\s+(?:[\w’'-]+\s+){0,4}?to\s+the\s+"
    r"(?:Kyrgyz|Tajik|Uzbek)\s+side\b", re.I)
# a hand-over agreed, asked for or to come is none done: "agreed to hand over", "demanded
# that they be handed over", "will be returned"
_NOT_DONE = re.compile(r"\b(?:agree\w*|demand\w*|promis\w*|ask\w*|urg\w*|call\w*\s+for|will|"
                       r"would|should|must|plan\w*|ready|expect\w*|to|be)\s+(?:[\w’'-]+\s+){0,3}?$",
                       re.I)
_BODIES = Cued(re.compile(r"\b(?:bod(?:y|ies)|remains)\s+of\b", re.I))
_ARREST_TOLD = Cued(re.compile(r"\b(?:arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|detention|"
                               r"captured|apprehended|seized)\b", re.I))


# a release of people named by their detention: "Tajikistan Releases 11 Kyrgyz Nationals
# Detained On Border-Crossing Charges", "freed the detained herders": the release's story,
# not a detention told before it
_NAMED_HELD = re.compile(r"\b(?:releas(?:es|ed|ing)?|fre(?:es|ed|eing)|hand(?:s|ed|ing)\s+over)\s+"
                         r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:nationals|citizens|residents|men|"
                         r"people|herders|shepherds|guards|servicemen|soldiers)\s+detained|"
                         r"detained|detainees)\b", re.I)
# a detainee handed to his captors' own police or courts: part of the detention's story
_TO_POLICE = re.compile(r"\s+to\s+(?:the\s+)?(?:(?!(?:Kyrgyz|Tajik|Uzbek)\w*\s)[\w-]+\s+){0,2}?"
                        r"(?:police|Ministry\s+of\s+"
                        r"(?:Internal\s+Affairs|Interior)|Interior\s+Ministry|investigat\w*|"
                        r"courts?|prosecutor\w*|law[\s-]+enforcement|(?:competent|relevant|"
                        r"appropriate)\s+(?:authorities|bodies|agencies))\b", re.I)
# a word every match of ``_HANDOVER`` holds (lower case; ASCII text without any is not
# searched: no other text can fold onto them another way than ``lower``)
_HANDOVER_WORDS = ("hand", "gave", "given", "transferred", "returned", "delivered")


def _handed_over(text: str) -> bool:
    """Whether the sentence tells a hand-over done (not one agreed or demanded, nor one
    to the captors' own police)."""
    if text.isascii() and not any(map(lowered(text).__contains__, _HANDOVER_WORDS)):
        return False
    m = _HANDOVER.search(text)
    return m is not None and not _NOT_DONE.search(text, max(0, m.start() - 60), m.start()) \
        and not _TO_POLICE.match(text, m.end())


def _handovers_apart(facts: list, published: date | None) -> None:
    """A hand-over told in a sentence of its own after the detention ("Later, after
    negotiations, the detainees were handed over to the Uzbek side"), and one of the
    bodies of the dead, is a development of its own (not the talks that led to it, nor a
    second killing) that starts an incident: the corpora count detentions and hand-overs
    apart, as ACLED counts acts of other days. One done the day of the detention told
    before it (``handed_back_that_day``) ends the detention's story. One sentence telling
    both stays one, and so do hand-over sentences told one after the other."""
    held = before = False  # a detention was told before; the sentence before was a hand-over
    held_day = None  # the day of the last detention told, when it has one
    for f in facts:
        done = _handed_over(f.text)
        after_held = held and f.kind in _DEVELOPMENTS and not _ARREST_TOLD.search(f.text)
        bodies = f.kind == "violence" and bool(_BODIES.search(f.text))
        if done and (after_held and not handed_back_that_day(f, held_day, published) or bodies):
            f.forced_kind, f.another = "other", not before
            forget(f, "kind")
        before = done
        if f.kind == "other" and _ARREST_TOLD.search(f.text) and not _NAMED_HELD.search(f.text):
            d = f.event_date()
            held, held_day = True, d.value.end if d is not None else None



# an investigation proposed, refused, to come or long past: none under way
_NOT_UNDER_WAY = re.compile(r"\b(?:propos\w*|offer\w*|refus\w*|reject\w*|call\w*\s+for|demand\w*|"
                            r"will|would|should|plan\w*|expected|agreed|results\s+of|no)\s+"
                            r"(?:[\w’'-]+\s+){0,3}?$", re.I)


_TO_COME = re.compile(r"\s+(?:will|would|is\s+to|are\s+to|should|must|is\s+expected|"
                      r"is\s+planned|may)\b", re.I)


def _investigations_apart(facts: list) -> None:
    """A joint investigation of the two sides under way ("a joint investigative group is
    investigating the incident") is their act after the incident: it starts one of its own
    (once, however many sentences tell it)."""
    before = False  # the sentence before told the investigation
    for f in facts:
        m = INVESTIGATION_CUE.search(f.text) if f.kind == "other" else None
        done = m is not None and not _NOT_UNDER_WAY.search(
            f.text, max(0, m.start() - 50), m.start()) and not _TO_COME.match(f.text, m.end())
        if done and not before:
            f.another = True
        before = m is not None


_PRONOUN_SUBJECT = re.compile(r"\s*(?:They|He|She|The\s+(?:men|man|two|three|detainees))\b")
# one more detention told as such: "a car was also detained in X", "another man was held"
_ALSO = re.compile(r"\b(?:also|another|one\s+more)\b", re.I)


def _detentions_elsewhere(facts: list) -> None:
    """A detention told as one more ("was also detained in X area", "Another man was
    detained … in Y") after another detention, at a place of its own (a locality, not a
    district), is an incident of its own: one act, one place (three vans stopped at three
    posts are three detentions)."""
    held: set[str] | None = None  # the places of the detentions told so far
    for f in facts:
        arrest = f.kind == "other" and ARREST_CUE.search(f.text) is not None
        here = {p.place.id if p.place else p.text for p in f.places
                if p.place is None or p.place.kind not in ("region", "district", "country")}
        # (not the one told again: "They were also detained in X" of those held in X)
        if arrest and held is not None and _ALSO.search(f.text) and here and not here & held \
                and not _PRONOUN_SUBJECT.match(f.text):
            f.another = True
        if arrest:
            held = (held or set()) | here


def _answers_development(kind: str | None, before: str | None) -> bool:
    """Whether a development answers one told before it (an answer to violence, such as
    troops deployed after a raid, is part of that violence's story)."""
    return kind in _DEVELOPMENTS and before in _DEVELOPMENTS


_DEVELOPMENTS = ("other", "agreement")


# "It added", "Earlier it had reported", "Later, its health ministry said"
_PRONOUN_TOLD = re.compile(
    r"^\s*(?:(?:Earlier|Later|Previously|Subsequently|Afterwards|On\s+\w+|In\s+\w+)"
    r"(?:\s+(?:on|in)\s+\w+)?\s*,?\s+)?"
    r"(?:[Ii]t|[Tt]hey|[Ii]ts\s+(?:[\w-]+\s+){0,3}?(?:ministry|service|committee|agency|"
    r"authorities|officials|spokesm[ae]n)|The\s+(?:ministry|service|committee|agency))\s+"
    r"(?:also\s+|later\s+|earlier\s+)?(?:had\s+|has\s+|have\s+)?"
    r"(?:said|says|added|reported|stated|noted|confirmed|announced|put|gave|counted)\b")


def _sides_told_on(facts: list) -> None:
    """Figures with no side in a sentence told by a pronoun take the one side of the
    figures of the sentence before it."""
    for prev, f in zip(facts, facts[1:], strict=False):
        # (the cheap test first: most sentences have no figure without a side)
        if not any(c.role and not c.side for c in f.counts) or not _PRONOUN_TOLD.match(f.text):
            continue
        sides = {c.side for c in prev.counts if c.role}
        if len(sides) == 1 and "" not in sides:
            side = sides.pop()
            f.counts = [replace(c, side=side) if c.role and not c.side else c
                        for c in f.counts]


# "two residents of the village of Ak-Sai", "a resident of Sughd's Mastchoh district"
_RESIDENTS_OF = re.compile(r"\b(?:residents?|villagers?|inhabitants?|natives?|dwellers?)\s+"
                           r"of\s+(?:the\s+)?(?:(?:village|town|city|district|region|"
                           r"province|jamoat|exclave|enclave|settlement)\s+of\s+)?", re.I)
# victims told as some of a group named in the sentence before: "One of them was killed"
_OF_THEM = re.compile(r"\bof\s+them\b", re.I)


def _residents_side(facts: list) -> None:
    """Victims with no side told as residents of a resolved place, the place's name right
    after the noun, are of that place's country."""
    for f in facts:
        if not f.places or not any(c.role and not c.side for c in f.counts):
            continue
        text, base = f.text, f.sentence.start
        counts = []
        for c in f.counts:
            if c.role and not c.side:
                m = _RESIDENTS_OF.search(text, c.start - base, c.end - base + 40)
                near = m and text[c.end - base:m.start()].count(" ") <= 3 and next(
                    (p for p in f.places if p.place and 0 <= p.start - base - m.end() <= 12),
                    None)
                if near and near.place.country:
                    c = replace(c, side=near.place.country)
            counts.append(c)
        f.counts = counts


def _them_side(facts: list) -> None:
    """Victims with no side told as some "of them", right after a sentence that names one
    group as residents of a resolved place ("five residents of the X settlement went
    fishing. One of them was killed"), are of that place's country."""
    for prev, f in zip(facts, facts[1:], strict=False):
        if not prev.places or "of them" not in f.text.lower() or not any(
                c.role and not c.side for c in f.counts):
            continue
        base, pbase = f.sentence.start, prev.sentence.start
        homes = {p.place.country for m in _RESIDENTS_OF.finditer(prev.text)
                 for p in prev.places if p.place and p.place.country
                 and 0 <= p.start - pbase - m.end() <= 12}
        if len(homes) != 1:
            continue
        if not any(_OF_THEM.search(f.text, c.start - base, c.end - base + 9) for c in f.counts):
            continue
        (side,) = homes  # (and "… and another was wounded": of the same group)
        f.counts = [replace(c, side=side) if c.role and not c.side else c for c in f.counts]
