"""Where an article's body ends and page furniture begins: headline lists, "Related" and
"Popular" blocks, share and subscribe lines, that pages carry after the text; and the
lines of a picture's caption ("Photo: …", "Image caption, …"), which are no text either.

The body ends at the first line, past the first few hundred characters of the body or a
first line that is a sentence, that is a furniture marker ("Related", "Read also",
"Popular", "All news", "Print", "Tags:", "TOP-10", "Subscribe …", "Top stories",
"Copyright …", "© …"), that opens two headlines each after a clock time ("12:40 Five
killed in a clash", a news feed), or that opens a run of at least four headline-like lines
(three to twenty words, no sentence-ending mark) in the latter part of the text.
"""

from __future__ import annotations

import re

__all__ = ["furniture_start", "caption_lines", "line_matches", "line_search"]

_MARKER = re.compile(
    r"^\s*(?:related(?:\s+(?:news|articles|stories|posts|materials))?|popular(?:\s+news)?|"
    r"most\s+(?:read|popular|viewed)|read\s+(?:also|more)|see\s+also|more\s+(?:news|stories|"
    r"on\s+this(?:\s+(?:topic|story|subject))?|(?:[\w-]+\s+){1,2}(?:stories|news))|latest(?:\s+news)?|all\s+news|print|share(?:\s+this)?|"
    r"tags?\s*:.*|top[\s-]?\d+.*|stay\s+up\s+to\s+date.*|subscribe.*|comments?|"
    r"you\s+may\s+also\s+like.*|recommended|also\s+read|(?:top|main|other)\s+(?:stories|news)|"
    r"trending(?:\s+now)?|editor[’']?s\s+picks?|news\s+feed|copyright\b.*|©.*|"
    r"all\s+rights\s+reserved.*|also\s+on\s+(?:our|this)\s+(?:site|website|page))"
    r"(?:\s*:.*)?\s*$", re.I)
_HEADLINE = re.compile(r"^\s*[\"“«A-ZА-ЯЁ0-9][^\n]*[^\s.!?»\"”…:;,]\s*$")
# characters of body (not counting spaces and line ends: CRLF or indented lines are the
# same body) before a marker can end it, unless a sentence came
_MIN_BODY = 280
_SENTENCE_END = (".", "!", "?", ".\"", ".”", ".»", ".’", "!\"", "?\"", "!”", "?”")
_RUN = 4


_CLOCK = re.compile(r"^\s*(?:[01]?\d|2[0-3])[:.][0-5]\d\s+(?=\S)")
_STAMPED_RUN = 2


def _sentence(line: str) -> bool:
    """A line that is a sentence: eight words at least, ending as a sentence ends."""
    return line.rstrip().endswith(_SENTENCE_END) and len(line.split(None, 8)) > 8


def _stamped(line: str) -> bool:
    """A headline after a clock time ("12:40 Five killed in a clash")."""
    m = _CLOCK.match(line)
    return bool(m) and _headline(line[m.end():])


def _headline(line: str) -> bool:
    words = line.split()
    return 3 <= len(words) <= 20 and bool(_HEADLINE.match(line))


def furniture_start(text: str, body_start: int) -> int | None:
    """The offset where page furniture begins, or None when the body runs to the end."""
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text[body_start:])]
    lines = [(body_start + a, ln) for a, ln in lines if ln.strip()]
    half = body_start + (len(text) - body_start) * 2 // 5
    told = False  # a line of the body that is a sentence came before
    seen = 0  # characters of the body before this line, spaces not counted
    for k, (at, line) in enumerate(lines):
        if seen < _MIN_BODY and not told:
            told = _sentence(line)
            seen += len(line) - sum(map(line.count, " \t"))  # (no CR is left by now)
            continue
        if _MARKER.match(line):
            return at
        stamped = lines[k:k + _STAMPED_RUN]
        if len(stamped) == _STAMPED_RUN and all(_stamped(ln) for _, ln in stamped):
            return at  # "12:40 Five killed in a clash": a news feed's list
        run = lines[k:k + _RUN]
        if at >= half and len(run) == _RUN and all(_headline(ln) for _, ln in run):
            return at
    return None


# a picture's caption on a line of its own: "Photo: Soldiers near X in 2022. AFP",
# "Image caption, Houses destroyed in the fighting" (not the article's telling)
_CAPTION = re.compile(r"^[ \t]*(?:(?:file\s+|archive\s+)?(?:photo(?:graph)?|image|picture|video)"
                      r"(?:\s+caption)?|caption|illustration)(?:\s+by\b[^:,\n]{0,40})?"
                      r"[ \t]*[:,|][ \t]*\S[^\n]*$", re.I | re.M)


def caption_lines(text: str, body_start: int) -> list[tuple[int, int]]:
    """The spans of the lines that are a picture's caption."""
    return [m.span() for m in line_matches(_CAPTION, text, body_start)]


def _line_starts(text: str, start: int):
    """The offsets from ``start`` on where a line begins (where ``^`` matches under
    ``re.M``: the text's start, or just after a newline)."""
    if start == 0 or text[start - 1:start] == "\n":
        yield start
    i = text.find("\n", start)
    while i != -1:
        yield i + 1
        i = text.find("\n", i + 1)


def line_matches(pattern: re.Pattern, text: str, start: int = 0) -> list[re.Match]:
    """``list(pattern.finditer(text, start))`` for a pattern that opens with ``^`` under
    ``re.M`` and never matches empty: it is tried at the start of each line only, not at
    every offset of the text (a match may run over lines; the next is looked for after
    it, as ``finditer`` does)."""
    out: list[re.Match] = []
    last = start
    for at in _line_starts(text, start):
        if at >= last and (m := pattern.match(text, at)):
            out.append(m)
            last = m.end()
    return out


def line_search(pattern: re.Pattern, text: str, start: int = 0) -> re.Match | None:
    """``pattern.search(text, start)`` for such a pattern (see ``line_matches``)."""
    for at in _line_starts(text, start):
        m = pattern.match(text, at)
        if m:
            return m
    return None
