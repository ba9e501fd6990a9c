"""Article text: header (date token, source URL, title), sentences and word tokens with offsets.

Every offset is a character index into the text exactly as it was read, so that evidence
points back into the source file.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, partial
from operator import itemgetter
from typing import NamedTuple

from ._entities import unreference
from ._furniture import caption_lines, furniture_start, line_matches
from ._wrapped import paragraphs

__all__ = ["Document", "Evidence", "Sentence", "Token", "TOKEN_RE", "evidence_dict"]

#: A word: a run of letters or digits in any script.
TOKEN_RE = re.compile(r"[^\W_]+")
_TOKEN_SPLIT = re.compile(r"([^\W_]+)")
# The header lines that may open an article, in any order: ``date 2021-05-02`` (on its
# own line or running into the text) and a source line: ``source https://…``,
# ``Source: https://…``, ``source URL https://…`` or ``url: https://…`` (a line of its own).
# ``date 2012-01`` (publication known to the month) is a month-precise publication date.
_DATE_TOKEN = re.compile(r"\s*date[ \t]*:?[ \t]*(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?![\d-])[ \t]*\r?\n?",
                         re.I)
_SOURCE_URL = re.compile(r"\s*(?:source[ \t_]*url|source|url|link)[ \t]*:?[ \t]*<?(https?://[^\s<>]+)"
                         r">?[ \t]*(?:\r?\n|\Z)", re.I)
# The same source line anywhere in the article (often its last line): not article text.
_SOURCE_LINE = re.compile(r"^[ \t]*(?:source[ \t_]*url|source|url|link)[ \t]*:?[ \t]*<?"
                          r"(https?://[^\s<>]+)>?[ \t]*\r?$", re.I | re.M)
# A sentence end: a run of full stops, question or exclamation marks (with closing quotes)
# before a space; a closing quote before a capital; a full stop after three small letters
# run into the next sentence ("the region.The guards"). One character class opens every
# match and a lookbehind tells each alternative the character it opened with: the engine
# then skips in C to the next of those characters instead of trying three alternatives at
# every position (a paragraph is scanned 2.4 times sooner; the same matches as the three
# written one after the other, "[.!?…]+[\"”»’')\]]*(?=\s)|[\"”»]\s*(?=[A-Z])|…").
_SENT_END = re.compile(r"[.!?…\"”»](?:(?<=[.!?…])[.!?…]*[\"”»’')\]]*(?=\s)|"
                       r"(?<=[\"”»])\s*(?=[A-Z])|(?<=[a-z]{3}\.)(?=[A-Z][a-z]))")
_CLOCK_MARK = re.compile(r"\b[ap]\.m\.$", re.I)
_ABBREV = frozenset({
    "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "maj", "no", "st", "jr", "sr",
    "vs", "etc", "approx", "prof", "rep", "sen", "gov", "ed", "co", "corp", "inc", "ltd", "u.s",
    "e.g", "i.e", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "km", "art", "fig",
    "vol", "pp", "p", "cf", "al", "ca",
})
_BOILERPLATE = re.compile(r"^(©|\(c\)|please\b|photo\b|source\s*:|read\b|share\b|follow us|"
                          r"https?://|by\s|published\b|tags?\s*:|subscribe\b)", re.I)
_SMALL = frozenset("a an and as at by for from in into is of on or the to with".split())


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a value was read: the sentence and the character span in the source file."""

    file: str
    sentence: str
    start: int
    end: int
    line: int = 0

    def to_dict(self) -> dict:
        return evidence_dict(self.file, self.sentence, self.start, self.end, self.line)


def evidence_dict(file: str, sentence: str, start: int, end: int, line: int = 0) -> dict:
    """What ``Evidence(…).to_dict()`` gives, made without the Evidence."""
    out = {"sentence": sentence, "start": start, "end": end, "file": file}
    if line:
        out["line"] = line
    return out


class Token(NamedTuple):
    """A word with its offsets; ``i`` is its index in the document's token list."""

    text: str
    start: int
    end: int
    i: int


_new_token = partial(tuple.__new__, Token)  # a Token from a 4-tuple, in C
_TOK_START, _TOK_END = itemgetter(1), itemgetter(2)


@dataclass(slots=True)
class Sentence:
    """A sentence: its span, its index, the paragraph it belongs to, its first token."""

    start: int
    end: int
    index: int
    paragraph: int
    text: str
    tok_start: int = 0
    tok_end: int = 0


#: Characters pages use for a space or a hyphen, read as the plain ones (copied text keeps
#: no-break spaces: "12\u00a0May", "Ak\u2011Sai").
_PLAIN = {"\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ", "\ufeff": " ",
          "\u2010": "-", "\u2011": "-"}


def plain(text: str) -> str:
    """``text`` with the characters of ``_PLAIN`` read as plain ones (each replaced on its
    own, in C: a table translation of every character cost 1.5 ms an article of 1,000
    words; most texts hold none of them and are not copied)."""
    if text.isascii():
        return text
    for odd, ok in _PLAIN.items():
        if odd in text:
            text = text.replace(odd, ok)
    return text


@dataclass
class Document:
    """One article: text, file name and the header values read from its first lines.

    Parameters
    ----------
    text
        The article as read (UTF-8, any line endings; no-break spaces and hyphens are
        read as plain ones, character for character).
    file
        The name shown in evidence (``<stdin>`` for standard input).
    """

    text: str
    file: str = "<string>"
    published: str = ""            # ISO text: YYYY, YYYY-MM or YYYY-MM-DD; "" when unknown
    published_from: str = ""       # "option", "date token", "date line", ""
    url: str = ""
    title: str = ""
    outlet: str = ""
    lang: str = "en"               # "en" or "ru" (see extract.lang)
    body_start: int = 0
    skipped: list[tuple[int, int]] = field(default_factory=list, repr=False)  # source lines
    _line_starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        # no-break and thin spaces, a byte-order mark, no-break and Unicode hyphens read as
        # the plain characters, a CR before a line end as a space and a lone CR as a line
        # end, HTML character references as their characters (one for one: offsets into
        # the text stay those of the file)
        text = plain(unreference(self.text))
        if "\r" in text:
            text = text.replace("\r\n", " \n").replace("\r", "\n")
        self.text = text
        self._read_header()

    # -- header -----------------------------------------------------------------------

    def _read_header(self) -> None:
        text = self.text
        pos = self.body_start = self._header_block()
        from .dates import parse_date_line

        for m in line_matches(_SOURCE_LINE, text, pos):
            self.skipped.append(m.span())
            self.url = self.url or m.group(1).rstrip(".,;")
        self.skipped += caption_lines(text, pos)
        end = furniture_start(text, pos)
        if end is not None:  # headline lists, "Related" blocks: not article text
            self.skipped.append((end, len(text)))

        titled = True  # a title heads the text: none after a paragraph or in furniture
        for n, (start, line) in enumerate(self._first_lines(pos, 8)):
            stripped = line.strip()
            if (end is not None and start >= end) or (
                    len(stripped.split()) >= 12 and stripped.endswith((".", "!", "?", "»", '"'))):
                titled = False
            if not self.published:
                found = parse_date_line(stripped)
                if found:
                    self.published, self.published_from = found, "date line"
                    continue
            if titled and not self.title and _looks_like_title(stripped) and n < 6:
                self.title = stripped
        self.outlet = _outlet(text, self.url)
        day = _url_day(self.url)
        if day and len(self.published) == 7 and day.startswith(self.published):
            # the page's address names the day of the month the date line gives
            self.published, self.published_from = day, "url"

    def _header_block(self) -> int:
        """Read the leading date token and source line (either first); where the body starts."""
        pos = 0
        while True:
            m = None if self.published else _DATE_TOKEN.match(self.text, pos)
            if m:
                self.published, self.published_from = m.group(1), "date token"
            else:
                m = None if self.url else _SOURCE_URL.match(self.text, pos)
                if m:
                    self.url = m.group(1).rstrip(".,;")
            if m is None:
                return pos
            pos = m.end()

    def _first_lines(self, pos: int, limit: int):
        count = 0
        for m in re.finditer(r"[^\n]*", self.text[pos:pos + 4000]):
            line = m.group(0)
            if line.strip():
                yield pos + m.start(), line
                count += 1
                if count >= limit:
                    return

    def in_skipped(self, offset: int) -> bool:
        """Whether an offset lies in a source line or the page furniture after the body."""
        return bool(self.skipped) and any(a <= offset < b for a, b in self.skipped)

    # -- structure --------------------------------------------------------------------

    @cached_property
    def tokens(self) -> list[Token]:
        text = self.text
        if not self.skipped:
            # the words and the runs between them, offsets summed up in C (no match object
            # per word): the same tokens, some 20 % sooner
            parts = _TOKEN_SPLIT.split(text[self.body_start:])
            offsets = list(itertools.accumulate(map(len, parts), initial=self.body_start))
            words = parts[1::2]
            return list(map(_new_token, zip(words, offsets[1:-1:2], offsets[2::2],
                                            range(len(words)), strict=True)))
        spans = [m.span() for m in TOKEN_RE.finditer(text, self.body_start)]
        if self.skipped:
            spans = [(a, b) for a, b in spans if not self.in_skipped(a)]
        new = tuple.__new__  # a Token without the call of its generated __new__
        return [new(Token, (text[a:b], a, b, i)) for i, (a, b) in enumerate(spans)]

    @cached_property
    def sentences(self) -> list[Sentence]:
        out: list[Sentence] = []
        text = self.text
        para = 0
        skipped = self.in_skipped if self.skipped else None
        for p0, p1 in paragraphs(text, self.body_start, skipped):
            line = text[p0:p1]
            if not line.strip() or self.in_skipped(p0):
                continue
            para += 1
            begin = 0
            for cut in self.split_line(line):
                self._add(out, p0 + begin, p0 + cut, para)
                begin = cut
            self._add(out, p0 + begin, p0 + len(line), para)
        # each sentence's tokens: from the first that starts in it to the first that ends
        # after it (found by bisection; tokens are in text order)
        toks = self.tokens
        starts, ends = list(map(_TOK_START, toks)), list(map(_TOK_END, toks))
        t = 0
        for s in out:
            t = s.tok_start = bisect.bisect_left(starts, s.start, t)
            t = s.tok_end = bisect.bisect_right(ends, s.end, t)
        return out

    def split_line(self, line: str) -> list[int]:
        """Where sentences end in one line of text (offsets just after each end): a full
        stop, question or exclamation mark (with closing quotes) before a capital, a digit
        or an opening quote, not after an abbreviation or an initial; also a full stop
        run into the next sentence ("the region.The guards"), as pages lose spaces."""
        cuts = []
        for m in _SENT_END.finditer(line):
            cut = m.end()
            if m.group(0)[0] in ".!?…" and self._abbreviation(line, m.start()):
                continue
            nxt = line[cut:cut + 3].lstrip()
            if nxt and not (nxt[0].isupper() or nxt[0].isdigit() or nxt[0] in "\"“«(‘'"):
                continue
            if (nxt[:1] == "(" or nxt[:1].isdigit()) and _CLOCK_MARK.search(line, 0, cut):
                continue  # "at 7 a.m. (0100 GMT) on June 14", "at 12.30 p.m. 40 soldiers
                # arrived": the time goes on
            cuts.append(cut)
        return cuts

    def _add(self, out: list[Sentence], start: int, end: int, para: int) -> None:
        seg = self.text[start:end]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg.rstrip())
        if trail <= lead:
            return
        start, end = start + lead, start + trail
        out.append(Sentence(start, end, len(out), para, self.text[start:end]))

    @staticmethod
    def _abbreviation(line: str, dot: int) -> bool:
        # the word before the dot: the run of word characters and dots (``[\w.]+``) that
        # ends at it, within the 24 characters before it, found by stepping back
        lo, begin = max(0, dot - 24), dot
        while begin > lo and (line[begin - 1].isalnum() or line[begin - 1] in "._"):
            begin -= 1
        if begin == dot:
            return False
        word = line[begin:dot].lower()
        if len(word) == 1 and word.isalpha():
            return True  # an initial: "S. Frederick Starr"
        return word in _ABBREV

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence holding a character offset (the nearest one before it otherwise)."""
        sents = self.sentences
        return sents[max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def line_of(self, offset: int) -> int:
        if not self._line_starts:
            self._line_starts = [0] + [m.end() for m in re.finditer("\n", self.text)]
        return bisect.bisect_right(self._line_starts, offset)

    def evidence(self, start: int, end: int, sentence: Sentence | None = None) -> Evidence:
        """Evidence for the span ``start:end``: its sentence, offsets and line."""
        s = sentence or self.sentence_at(start)
        return Evidence(self.file, s.text, start, end, self.line_of(start))

    def evidence_dict(self, start: int, end: int) -> dict:
        """``evidence(start, end).to_dict()``, made without the Evidence (a draft keeps
        only the dict)."""
        return evidence_dict(self.file, self.sentence_at(start).text, start, end,
                             self.line_of(start))


def _looks_like_title(line: str) -> bool:
    words = line.split()
    if not 3 <= len(words) <= 22 or line.endswith((".", ":", ",", ";")):
        return False
    if _BOILERPLATE.match(line):
        return False
    return sum(ch.isalpha() for ch in line) > len(line) * 0.6


_URL_DAY = re.compile(r"/((?:19|20)\d\d)([/-]?)(0[1-9]|1[0-2])\2([0-2]\d|3[01])(?=[/_.-]|$)")


def _url_day(url: str) -> str:
    """The day a page's address names ("…/2013/06/21/…", "…/20130621-…"), or ""."""
    m = _URL_DAY.search(url)
    if not m:
        return ""
    y, _sep, mo, d = m.groups()
    try:
        return date(int(y), int(mo), int(d)).isoformat()
    except ValueError:
        return ""


_JOB_WORDS = ("contributor", "correspondent", "reporter", "editor")
_JOBS = re.compile(rf"\b(?:{'|'.join(_JOB_WORDS)})\b")


def _outlet(text: str, url: str) -> str:
    """The outlet, from a ``Source: X`` line, a © line, the URL host, ``X news agency``, or
    a byline ("issue of the X)", "is an X contributor")."""
    # each search only where the text holds the literal it needs (same answers, most
    # articles skip the scans)
    m = ":" in text and re.search(r"^\s*source\s*:\s*([^\n]{2,60}?)\s*$", text, re.I | re.M)
    if m and not m.group(1).lower().startswith("http"):
        return m.group(1).strip()
    m = "©" in text and re.search(r"^\s*©\s*(?:\d{4}\s*)?([^\n\-–—,]{2,40})", text, re.M)
    if m:
        return m.group(1).strip()
    if url:
        host = re.sub(r"^https?://(www\.)?", "", url).split("/")[0]
        return host
    head = text[:20000]
    m = " news agency" in head and re.search(r"\b([\w.]{2,30}) news agency\b", head)
    if m:
        return m.group(1)
    # bylines: "(5/17/2006 issue of the Border Analyst)", "X is an IWPR contributor"
    top = text[:3000]
    m = "issue of " in top and re.search(r"\bissue of (?:the )?((?:[A-Z][\w&.-]*\s?){1,4})\)", top)
    if m:
        return m.group(1).strip()
    # (a byline needs "is a" before the job: a text without it has none)
    jobs = _JOBS.finditer(text) if "is a" in text and any(w in text for w in _JOB_WORDS) else ()
    for job in jobs:
        m = re.search(r"\bis an? ([A-Z][\w&.-]{1,20}(?: [A-Z][\w&.-]{1,20}){0,2}) $",
                      text[max(0, job.start() - 70):job.start()])
        if m:
            return m.group(1)
    return ""
