"""Talks and joint investigations after violence, to settle it ("border representatives
of the two countries held a meeting", «состоялась встреча пограничных представителей»,
"a joint investigative group is working at the scene"): a meeting that only tells talks,
no text agreed or signed, or an investigation under way, told after a violent incident, a
protest or road block, or a detention of the same day or the next (or dated by nothing),
is the end of that incident's story, not an event of its own. The corpus keys fold them
into the incident they follow (its notes); talks that reach an agreement, talks that are
the article's news (no violence told before them) and talks days later stay incidents."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ._fold_detentions import sub_type
from ._incidents import ArticleIncident
from ._literal_cues import Cued
from ._neighbours import near
from .events import INVESTIGATION_CUE

__all__ = ["fold_talks"]

#: how long before the last day of publication an incident undated talks follow may end
#: (the publication may be known only to its month)
_NEWS_DAYS = timedelta(days=10)
#: how far from the incident (km) an investigation of it may name its place
_KM = 10

# talks, a meeting, negotiations, a phone call of officials
_TALKS = re.compile(r"\b(?:talks|negotiat\w*|meetings?|met|consultations?|conversations?|"
                    r"calls?|переговор\w*|встреч\w*|встрет\w*|консультац\w*|совещани\w*)",
                    re.I)
# what makes talks an agreement, an event of its own
_OUTCOME = Cued(re.compile(r"\b(?:sign\w*|agree\w*|protocols?|cease-?\s?fire|truce|armistice|"
                           r"withdr[ae]w\w*|treat(?:y|ies)|accords?|deals?|decid\w*|"
                           r"pull\w*\s+back|exchanged|handed\s+over|режим\w*\s+тишины|решил\w*|"
                           r"вывест\w*|вывод\w*|обменял\w*|передал\w*|условил\w*|"
                           r"достигнут\w*|подпис\w*|договор\w*|соглашени\w*|"
                           r"протокол\w*|перемири\w*|прекращени\w+\s+огня|отвод\w*|отвест\w*|"
                           r"отвел\w*|меморандум\w*)", re.I))


def fold_talks(incidents: list[ArticleIncident],
               reference: date | None = None) -> list[ArticleIncident]:
    """The incidents, talks or an investigation that settle a violent incident or a
    detention folded into it."""
    out = list(incidents)
    for talks in incidents:
        if not _settling(talks):
            continue
        host = _host(talks, out, reference)
        if host is not None and talks.kind == "other" and talks.places and host.places \
                and not near(talks.places, host.places, _KM, strict=True):
            host = None  # an investigation elsewhere looks into another incident
        if host is not None:
            host.followups.extend(talks.facts)
            out.remove(talks)
    return out


def _settling(inc: ArticleIncident) -> bool:
    """Whether the incident tells only talks that agree on nothing, or only a joint
    investigation (the investigation rule of _en_prepare starts it as one of its own)."""
    if not inc.facts:
        return False
    if inc.kind == "other":
        return all(INVESTIGATION_CUE.search(f.text) for f in inc.facts)
    return inc.kind == "agreement" and all(
        _TALKS.search(f.text) and not _OUTCOME.search(f.text) for f in inc.facts)


def _host(talks: ArticleIncident, incidents: list[ArticleIncident],
          reference: date | None) -> ArticleIncident | None:
    """The violent incident, protest or detention told last before ``talks`` that they may
    follow: of the same day or the one before (or either is undated)."""
    # (an incident told in the same sentence is the one they look into: "an investigation
    # of the deaths of two shepherds last month")
    shared = next((v for v in incidents if v is not talks and _grave(v)
                   and any(f.sentence is g.sentence for f in talks.facts for g in v.facts)), None)
    if shared is not None:
        return shared
    first = talks.facts[0].sentence.index
    before = [v for v in incidents if v is not talks and v.facts and _grave(v)
              and v.facts[0].sentence.index < first]
    for v in sorted(before, key=lambda v: v.facts[0].sentence.index, reverse=True):
        if v.window is None:
            return v
        if talks.window is None:  # dated by publication: the days before it only
            return v if reference is None or v.window.end >= reference - _NEWS_DAYS else None
        if v.window.precision == "day" and talks.window.precision == "day" and \
                v.window.start <= talks.window.start <= v.window.end + timedelta(days=1):
            return v
        return None  # the talks follow another story, not this one
    return None


def _grave(inc: ArticleIncident) -> bool:
    if inc.kind in ("violence", "protest"):
        return True
    return inc.kind == "other" and sub_type(inc) in ("Arrests", "Abduction/forced disappearance")

