"""What a date is to its sentence: its role and the part of day named before it.

Roles: ``event`` (something happened then) unless the words around the date show it is
``anniversary`` ("the May 13 anniversary"), ``born`` (born, founded, "its creation in
1983", "25-year-old"),
``since`` (the start of a state: "since 2001", "since the collapse of the union in 1991",
"appointed in 2001", "in 2001 he joined")
or ``until`` (its end or a state at a time: "until 2001", "by 2001", "as of 2001",
"stopped in 2001", "discharged in 2001"),
or ``planned`` (a future or planned act: "will meet on May 3", "is due to reopen in
October"),
or ``period`` (the span results, a plan or a schedule cover: "the results of work for
2023 were summed up", "the schedule of meetings for 2024", "the results of the survey work
carried out in 2021", "over the past year"; nothing
happened then), or ``holiday`` (the day of a holiday given as the reason of an act:
"closed for the Independence Day celebrations on September 1"; no incident's date, nor
the day "that day" counts from),
or ``report`` (when it was told: "officials said on Sunday", "the ministry reported 13
more deaths on Sunday", "told reporters on April 30"), unless a word of violence or a
clause ("that", "when") comes between the telling and the date; a date in digits, or a
date with its year that begins its line, on a line that is no sentence (a page stamp or
byline: "28/09/2021", "May 24, 2010, A. Writer") is ``report`` too.
A bound followed by "when" or "as" ("until 2001, when it was routed") is an event.
"""

from __future__ import annotations

import re

from ._literal_cues import Cued

__all__ = ["role", "part_before"]

# verbs of a career or a state rather than of an incident
_STARTS = r"appointed|elected|promoted|enlisted|hired|joined|recruited|took\s+office"
_ENDS = (r"stopped|ceased|ended|discharged|dismissed|retired|resigned|demobili[sz]ed|"
         r"disbanded|dissolved|expelled\s+from\s+(?:the\s+)?\w+|left\s+office")
_FROM = r"(?:\s+from\s+(?:the\s+)?\w+)?"  # "discharged from the army in 2001"
_AT = r"\s+(?:(?:on|in|at\s+the\s+end\s+of|early\s+in|late\s+in)\s+)?(?:the\s+)?$"
_VERB_BEFORE = re.compile(rf"\b(?:(?P<start>{_STARTS})|(?P<end>{_ENDS})){_FROM}{_AT}")
# "In 2001 he was discharged", "A year later, she was appointed"
_VERB_AFTER = re.compile(
    r",?\s+(?:(?:he|she|they|it|we|i|\w+)\s+)?(?:(?:was|were|had\s+been|has\s+been|had)\s+)?"
    r"(?:(?P<start>appointed|elected|promoted|enlisted|hired|joined|recruited)|"
    r"(?P<end>discharged|dismissed|retired|resigned|demobili[sz]ed|disbanded))\b")
_BOUND_BEFORE = re.compile(r"\b(?:(?P<start>since)|(?P<end>until|till|before|by|as\s+of))\s+"
                           r"(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?$")
# "since the collapse of the Soviet Union in 1991", "since his coming to power in 2020"
_SINCE_EVENT_BEFORE = Cued(re.compile(r"\b(?P<start>since)\s+(?:the\s+|his\s+|her\s+|its\s+)?"
                                      r"(?:(?!(?:that|when|which|then|was|were|is|are|has|have|"
                                      r"had|\w+ed)\b)[\w’'-]+\s+){1,8}?(?:in|of)\s+$",
                                      re.I))
_WHEN_AFTER = re.compile(r"[^.;]{0,40}?\b(?:when|as)\b")
# a clause after the date telling what happened then: "reported another incident the
# following day, when 15 more crossed"
_WHEN_CLAUSE = re.compile(r"\s*,?\s*when\b")
_REPORT_VERBS = (r"said|says|reported|reports|announced|stated|confirmed|added|claimed|wrote|"
                 r"tweeted|posted|informed|noted|stressed|explained|emphasi[sz]ed|"
                 r"(?:tele)?phoned|quoted|cited|briefed|warned")
# a future or planned act in the date's clause: "will meet on May 3", "is due to reopen in
# October", "plans to sign the treaty next week"
_PLANNED_BEFORE = Cued(re.compile(r"\b(?:will|shall|due\s+to|expected\s+to|scheduled\s+(?:to|for)|"
                                  r"plan(?:s|ning)?\s+to|set\s+to|(?:is|are)\s+to|intends?\s+to|"
                                  r"going\s+to)\b(?:\s+(?!(?:that|which|who|when|where|after|before|"
                                  r"since|because|as|and|but)\b)[\w’'-]+){0,8}?\s*$", re.I))
_NUMERIC = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}")
# (after a comma only when the date opens the sentence: "On Monday, officials said …";
# "guards clashed on Sunday, officials said" dates the clash)
_REPORT_AFTER = re.compile(rf"\s*(?P<comma>,)?\s*(?:(?:it|he|she|they|officials|(?:the\s+)?"
                           r"(?:[\w-]+\s+)?(?:ministry|service|committee|agency|office|"
                           r"authorities|government|spokes(?:man|woman|person)))\s+)?"
                           r"(?:(?:had|has|have)\s+)?"
                           rf"(?:{_REPORT_VERBS}|told|put\s+(?:the|its|their)\s+(?:death\s+)?"
                           r"(?:toll|figure|number))\b"
                           r"(?!\s+(?:the\s+)?lives)")  # not "claimed the lives of"
# the telling named by a noun: "speaking to reporters on Monday", "in an interview on Monday"
# (not a statement: a joint statement may be the agreement itself)
_TELLING_BEFORE = Cued(re.compile(r"\b(?:interview|briefing|press\s+conference|speaking|talking)\b"
                                  r"(?:\s+[\w’'-]+){0,4}?"
                                  r"\s+(?:(?:late|early)\s+)?(?:on|in)?\s*(?:the\s+)?$", re.I))
# the day of a count, not of what it counts: "the latest number from the authorities from
# Sunday, 18 September", "figures as of Monday" (the date may open with its preposition)
_FIGURE_BEFORE = re.compile(r"\b(?:toll|figures?|numbers?|count|tally|statistics)\b"
                            r"(?:\s+(?!(?:that|which|who|when|was|were|is|are|has|have|had|"
                            r"rose|reached|stood)\b)[\w’'-]+){0,4}?"
                            r"(?:\s+(?:from|of|on|as\s+of))?\s*"
                            r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,\s*)?$")
# a dateline ("DUSHANBE, December 17, 2011, Asia-Plus –") or a page's date line
# ("Posted by: … | March 28, 2008", "Published 14 June", "By A. Writer | May 3, 2022")
_DATELINE_BEFORE = Cued(re.compile(
    r"(?-i:(?:^|\n)\s*[A-ZА-Я][A-ZА-Я .-]{2,30},(?:\s+[A-Z][a-z]+,)?\s*$)|"
    r"(?:posted|published|updated)\b[^\n]{0,50}?[\s:|,-]$|"
    r"(?:^|\n)\s*by\s+[^\n]{2,50}?\s[|•–—-]\s*$", re.I))
# the agency after a wire lead's date: "Sept 14 (Reuters) -", "May 3 (AP) —"
_WIRE_AFTER = re.compile(r"\s*\((?-i:[A-Z][\w/&. -]{1,24})\)\s*[-–—]")
_REPORT_BEFORE = re.compile(
    rf"\b(?:{_REPORT_VERBS}|told\s+(?:[\w/-]+\s+){{0,2}}?[\w/-]+)(?P<between>(?:\s+[\w’'/-]+){{0,7}}?)"
    r"\s+(?:(?:late|early)\s+)?(?:on|in\s+a\s+statement\s+on)?\s*(?:the\s+)?$")
_NOT_REPORT = re.compile(r"\b(?:that|when|after|as|clash\w*|fight\w*|kill\w*|died|dead|"
                         r"broke|erupted|attack\w*|fire|fired|shot|shoot\w*|wounded|injured|"
                         r"began|started|happened|occurred|took|met|signed|agreed|"
                         r"\w{3,}ed)\b")


_YEAR_ONLY = re.compile(r"\d{4}")
_PERIOD_BEFORE = re.compile(r"\b(?:results?|outcomes?|schedule|plans?|programme|program|budget|"
                            r"calendar|timetable|agenda|summary)\s+(?:of\s+(?:the\s+)?"
                            r"(?:[\w-]+\s+){0,6}?)?(?:for|of)\s+(?:the\s+)?(?:year\s+)?$")
# "the results of the survey, mapping and demarcation work carried out in" (read in the 120
# characters before the year)
_RESULTS_BEFORE = re.compile(r"\b(?:results?|outcomes?)\s+of\s+[^.;:!?]{0,90}?\b(?:carried\s+out|"
                             r"done|performed|conducted|completed)\s+(?:in|during)\s+"
                             r"(?:the\s+)?(?:year\s+)?$")
# "over the past year", "during the last month": a span up to the telling that events are
# counted in, no event's date
_ROLLING = re.compile(r"the\s+(?:past|last)\s+(?:year|month)\b", re.I)
_OVER_BEFORE = re.compile(r"\b(?:over|during|in|within|throughout)\s+$")
# (a holiday named as the reason of an act: "closed for the Independence Day celebrations on
# September 1"; not "a brawl during the Navruz celebrations on March 21", that day's event)
_HOLIDAY_BEFORE = re.compile(r"\b(?:in\s+connection\s+with|because\s+of|due\s+to|ahead\s+of|"
                             r"on\s+the\s+occasion\s+of)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?"
                             r"(?:celebrations?|holidays?|festivities|festival)\s+(?:on|of)\s+"
                             r"(?:the\s+)?$")
_ANNIVERSARY_AFTER = re.compile(r"\s*(?:'s\s+|’s\s+)?anniversary")
_BORN_BEFORE = re.compile(r"\b(?:born|founded|established|created|creation|founding|"
                          r"establishment|birth)\s+(?:on\s+|in\s+)?(?:the\s+)?$")
_YEAR_OLD_AFTER = re.compile(r"\s*(?:-|–)?\s*year-old")
_PART_BEFORE = re.compile(r"\b(night|morning|evening|afternoon|dawn)\s+(?:of|on)\s+(?:the\s+)?$")


def role(text: str, a: int, b: int) -> str:
    """The role of the date ``text[a:b]`` (see the module docstring)."""
    if (_NUMERIC.fullmatch(text[a:b]) or _line_start(text, a) and _YEAR_END.search(text, a, b)) \
            and _title_line(text, a, b):
        # a page's time stamp or byline: "28/09/2021", "May 24, 2010, A. Writer"
        return "report"
    raw_before = text[max(0, a - 60):a]
    if _DATELINE_BEFORE.search(raw_before) and not raw_before.rstrip().endswith((" on", " in")):
        return "report"
    if _WIRE_AFTER.match(text, b) and _line_start(text, a):
        return "report"  # a wire lead: "Sept 14 (Reuters) - …"
    before = raw_before[-50:].lower()
    after = text[b:b + 50].lower()
    if _ANNIVERSARY_AFTER.match(after):
        return "anniversary"
    if "celebrat" in before or "holiday" in before or "festiv" in before:
        if _HOLIDAY_BEFORE.search(text[max(0, a - 90):a].lower()):
            return "holiday"
    if _BORN_BEFORE.search(before) or _YEAR_OLD_AFTER.match(after):
        return "born"
    if _YEAR_ONLY.fullmatch(text, a, b) and (_PERIOD_BEFORE.search(before) or (
            "outcome" in (wide := text[max(0, a - 120):a].lower()) or "result" in wide)
            and _RESULTS_BEFORE.search(wide)):
        return "period"
    if _ROLLING.match(text, a, b) and _OVER_BEFORE.search(before):
        return "period"  # "over the past year": the months up to now, what was counted in
    m = _BOUND_BEFORE.search(before) or _SINCE_EVENT_BEFORE.search(raw_before)
    if m:
        if _WHEN_AFTER.match(after):
            return "event"
        return "since" if m.group("start") else "until"
    m = _VERB_BEFORE.search(before) or _VERB_AFTER.match(after)
    if m:
        return "since" if m.group("start") else "until"
    m = _REPORT_BEFORE.search(before)
    if m and not _NOT_REPORT.search(m.group("between")) and not _WHEN_CLAUSE.match(after):
        return "report"
    if _PLANNED_BEFORE.search(raw_before):
        return "planned"  # "talks are due to resume in October": nothing happened then
    rep = _REPORT_AFTER.match(after)
    if rep and (not rep.group("comma") or _opens_sentence(text, a)):
        return "report"  # "the ministry yesterday reported that …"
    if _FIGURE_BEFORE.search(before):
        return "report"
    t = _TELLING_BEFORE.search(before)
    if t and not _NOT_REPORT.search(t.group()[t.group().find(" "):]):
        return "report"

    return "event"


_YEAR_END = re.compile(r"(?:19|20)\d\d$")
_WEEKDAY_LEAD = re.compile(r"\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?$")


def _opens_sentence(text: str, a: int) -> bool:
    """Whether the date opens its sentence (after a preposition at most)."""
    start = max(text.rfind("\n", 0, a), text.rfind(". ", 0, a) + 1)
    return bool(re.fullmatch(r"\s*(?:(?:On|In|Late|Early|Last|Earlier|Later)\s+)?",
                             text[start + 1:a], re.I))


def _line_start(text: str, a: int) -> bool:
    """Whether the date begins its line (after a weekday at most)."""
    return bool(_WEEKDAY_LEAD.match(text, text.rfind("\n", 0, a) + 1, a))


def _title_line(text: str, a: int, b: int) -> bool:
    """Whether the date stands in a line that is no sentence (a headline, a page stamp)."""
    start = text.rfind("\n", 0, a) + 1
    end = text.find("\n", b)
    line = text[start:end if end >= 0 else len(text)].rstrip()
    return not line.endswith((".", "!", "?", "»", "\"", "”"))


def part_before(text: str, a: int) -> str:
    """The part of day named just before a date ("the night of April 29")."""
    m = _PART_BEFORE.search(text[max(0, a - 40):a].lower())
    return m.group(1) if m else ""
