"""Article text → incident drafts: the stages of extraction put together.

``extract_articles`` reads documents, finds places, dates, counts and actors sentence by
sentence, groups sentences into incidents, merges incidents that several articles tell,
and returns YAML-ready dicts (see ``draft``) and the warnings a user should read.
"""

from __future__ import annotations

import calendar
import gc
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import repeat
from operator import itemgetter, sub
from pathlib import Path

from .._errors import DataError
from ..gazetteer.index import Gazetteer, default_gazetteer
from ._lead import mark_lead
from ._place_sides import sides_from_homes
from ._text import Document
from .actors import ActorList
from .dates import DateValue, Reference, parse_published
from .draft import drafts_to_dicts, dump_yaml
from .grouping import (
    ArticleIncident,
    DraftIncident,
    SentenceFacts,
    group_sentences,
    merge_incidents,
)
from .lang import LANGUAGES, detect_language, finders_for
from .toponyms import Mention

__all__ = ["Article", "Extraction", "read_article", "analyse", "extract_articles",
           "extract_text", "extract_files"]

_TEXT, _START = itemgetter(0), itemgetter(1)  # of a Token (a tuple)


@dataclass
class Article:
    """One analysed article: its document, facts per sentence, incidents and mentions."""

    doc: Document
    reference: Reference
    facts: list[SentenceFacts]
    mentions: list[Mention]
    incidents: list[ArticleIncident]


@dataclass
class Extraction:
    """The result of a run: merged incidents, their YAML-ready dicts and the warnings."""

    articles: list[Article]
    incidents: list[DraftIncident]
    drafts: list[dict]
    warnings: list[str] = field(default_factory=list)

    def yaml(self) -> str:
        return dump_yaml(self.drafts)


def read_article(text: str, file: str = "<string>", published: str | None = None,
                 lang: str | None = None) -> Document:
    """A Document; ``published`` is used when the text carries no date of its own, ``lang``
    (en, ru) instead of the language detected from the text."""
    doc = Document(text, file)
    if published and not doc.published:
        parse_published(published)  # raises ValueError on a bad date
        doc.published, doc.published_from = str(published), "option"
    if lang and lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r} — use one of {', '.join(LANGUAGES)}")
    doc.lang = lang or detect_language(text[doc.body_start:])
    if doc.lang == "ru":
        from .ru.furniture import skip_furniture

        skip_furniture(doc)
    return doc


def _reference(doc: Document) -> Reference:
    try:
        ref = parse_published(doc.published) if doc.published else Reference()
    except ValueError as exc:  # "date 2022-13-40": say where, and the way out
        at = doc.text.find(doc.published)
        where = f"line {doc.text.count(chr(10), 0, at) + 1}: " if at >= 0 else ""
        raise DataError(f"{doc.file}: {where}publication date {exc}, or give --published "
                        "YYYY-MM-DD") from None
    if not ref.known:
        years = [int(y) for y in re.findall(r"(?<![\d,.])((?:19[5-9]|20\d)\d)(?![\d,])",
                                             doc.text[doc.body_start:])]
        if years:
            ref = Reference(year_hint=max(years))
    return ref


def _latest(ref: Reference) -> date | None:
    """The last day the publication date allows (end of its month or year)."""
    if ref.day is None or not ref.precision:
        return None
    if ref.precision == "month":
        return ref.day.replace(day=calendar.monthrange(ref.day.year, ref.day.month)[1])
    if ref.precision == "year":
        return ref.day.replace(month=12, day=31)
    return ref.day


# a sentence that tells who told the one before it: «Об этом в пятницу сообщили в СНБ»,
# "This was reported on Friday by the border service"
_ATTRIBUTION = re.compile(r"\s*(?:Об\s+этом|О\s+случившемся|This\s+was\s+(?:reported|"
                          r"announced|said)|That\s+was\s+reported)\b")


def _told_on(inc, facts: list) -> tuple | None:
    """The day an undated incident was told ("the border service said on Sunday that two
    guards were wounded", or in the sentence after its own: «Об этом в пятницу, 18 марта,
    сообщили в СНБ»): the event happened by then, and the report names no other day
    (see ``SentenceFacts.told_on``). Its sentence facts and date mention."""
    for f in inc.facts:
        d = f.told_on()
        if d is not None:
            return f, d
    for f in inc.facts:
        k = f.sentence.index + 1
        if k < len(facts) and _ATTRIBUTION.match(facts[k].text) and \
                (d := facts[k].told_on()) is not None:
            return facts[k], d
    return None


def analyse(doc: Document, gazetteer: Gazetteer | None = None,
            actors: ActorList | None = None) -> Article:
    """Facts per sentence and incidents of one article (no merging)."""
    gaz = gazetteer or default_gazetteer()
    ref = _reference(doc)
    if not doc.sentences:  # nothing but a header, or page furniture: no fact to read
        return Article(doc, ref, [], [], [])
    text = doc.text
    lang = finders_for(doc.lang)
    # (no place named in page furniture: it would join the body's last sentence)
    mentions = [m for m in lang.find_toponyms(doc, gaz) if not doc.in_skipped(m.start)]
    # (the tokens are the words from the body's start, unless some span is skipped)
    dates = [d for d in lang.find_dates(text, ref, doc.body_start,
                                        tokens=None if doc.skipped else doc.tokens)
             if not doc.in_skipped(d.start)]
    actor_mentions = lang.find_actors(doc, actors)
    facts = [lang.sentence_facts(s) for s in doc.sentences]
    for d in dates:
        facts[doc.sentence_at(d.start).index].dates.append(d)
    for m in mentions:
        facts[m.sentence].places.append(m)
    for a in actor_mentions:
        facts[doc.sentence_at(a.start).index].actors.append(a)
    tokens = doc.tokens
    words, starts = list(map(_TEXT, tokens)), list(map(_START, tokens))
    for f in facts:
        skip = [(d.start, d.end) for d in f.dates]
        s = f.sentence
        a, b = s.tok_start, s.tok_end
        # (word, offset in the sentence) of each token, made in C
        f.words = list(zip(words[a:b], map(sub, starts[a:b], repeat(s.start, b - a)),
                           strict=True))
        f.counts = lang.find_counts(text, s.start, s.end, skip, tokens[a:b])
        if doc.lang == "en":
            f.counts = sides_from_homes(text, f.counts, f.places)
    lang.prepare(facts, ref.day if ref.precision == "day" else None)
    incidents = group_sentences(doc, facts, _latest(ref))
    if not incidents and mark_lead(facts, _latest(ref), doc.lang):  # no cue word: the lead's news
        incidents = group_sentences(doc, facts, _latest(ref))
        for inc in incidents:
            inc.from_lead = True
    _date_undated(incidents, facts, ref)
    return Article(doc, ref, facts, mentions, incidents)


def _date_undated(incidents: list, facts: list, ref) -> None:
    """An incident its sentences date nothing for takes the day its news was told, else
    the publication date (an article with a date gives drafts with a date)."""
    for inc in incidents:
        told = _told_on(inc, facts) if inc.window is None else None
        if told is not None:  # "officials said on Sunday that …"
            inc.add(*told)
            inc.dated_by = "report"
    if ref.day is not None and ref.precision:
        for inc in incidents:
            if inc.window is None:
                inc.window = DateValue(ref.day, _latest(ref), ref.precision)
                inc.dated_by = "publication"
    for inc in incidents:
        if inc.dated_by:
            _back_to_start(inc)


_OVERNIGHT = re.compile(r"\bovernight\b(?!\s+(?:stay|trip|visit))", re.I)


def _back_to_start(inc) -> None:
    """An incident dated by the day it was told whose text says how long it has gone on
    ("the border has been closed for 10 days") starts that many days before; one told
    as "overnight" starts the day before."""
    w = inc.window
    if w is None or w.precision != "day":
        return
    back = next((n for f in inc.facts if (n := f.days_to_now()) is not None), None)
    if back is None and any(_OVERNIGHT.search(f.text) for f in inc.facts if f.kind == inc.kind):
        back = 1  # "clashed overnight", told on the day: the night before it too
    if back:
        inc.window = DateValue(w.end - timedelta(days=back), w.end, "day", w.year_inferred)


def _warnings(articles: list[Article]) -> list[str]:
    out = []
    for art in articles:
        doc = art.doc
        if not doc.published:
            out.append(f"{doc.file}: no publication date (no 'date YYYY-MM-DD' line, no "
                       "--published): relative dates left unresolved")
        if not doc.outlet:
            out.append(f"{doc.file}: no outlet found — add a 'Source: NAME' line to the "
                       "article or pass --outlet NAME; the draft's report names none")
        for m in art.mentions:
            if m.place is None:
                line = doc.line_of(m.start)
                hint = (f" — did you mean {', '.join(m.suggestions)}?" if m.suggestions
                        else " — add it to gazetteer/places/ if it is a place")
                out.append(f"{doc.file}:{line}: unresolved place {m.text!r} ({m.reason})"
                           f"{hint}")
        if not art.incidents:
            out.append(f"{doc.file}: no incident found")
        for inc in art.incidents:
            what = _first_words(inc)
            if inc.from_lead:
                out.append(f"{doc.file}:{doc.line_of(inc.facts[0].sentence.start)}: no "
                           "sentence tells an incident in words of a known kind — the draft "
                           f"is the article's lead ('{what}'), typed Strategic developments "
                           "/ Other; check its type")
            since = (f", from {inc.window.start.isoformat()} as it says how long the event "
                     "has gone on" if inc.dated_by and inc.window.start < inc.window.end
                     and inc.window.precision == "day" else "")
            if inc.dated_by == "report":
                out.append(f"{doc.file}:{doc.line_of(inc.facts[0].sentence.start)}: the text "
                           f"dates no event of '{what}' — dated to the day it was reported "
                           f"({inc.window.end.isoformat()}{since}); it happened by then, "
                           "check it")
            if inc.dated_by == "publication":
                out.append(f"{doc.file}:{doc.line_of(inc.facts[0].sentence.start)}: the text "
                           f"dates no event of '{what}' — dated to the publication date "
                           f"{doc.published}{since}; check it")

    return out


def _first_words(inc, n: int = 8) -> str:
    words = inc.facts[0].sentence.text.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")


# Objects made between two young-generation collections while a batch is extracted (the
# interpreter's default is 700): see ``_fewer_collections``.
GC_YOUNG = 50_000


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """The cyclic garbage collector runs less often while a batch is extracted, and as
    before after it (the caller's thresholds are restored, whatever they were).

    Extraction makes many short-lived objects that reference counting frees, and loads
    resources (the Russian form index, the automaton) that live on; the collector scanning
    them every 700 new objects took 5-7 % of extraction time. Cycles are still collected,
    every 50,000 objects instead. At the end the objects made (the result among them) join
    the oldest generation as they are (``gc.freeze``, ``gc.unfreeze``; not when the caller
    froze objects of its own): a young collection due at once would go through them all,
    0.7 ms an article of the benchmark; a full collection still finds any cycle."""
    old = gc.get_threshold()
    if old[0] and old[0] < GC_YOUNG:
        gc.set_threshold(GC_YOUNG, *old[1:])
    try:
        yield
    finally:
        if gc.isenabled() and not gc.get_freeze_count():
            # the batch's objects (its result among them) join the oldest generation as
            # they are, instead of a young collection going through them right away
            gc.freeze()
            gc.unfreeze()
        gc.set_threshold(*old)


def extract_articles(docs: Iterable[Document], gazetteer: Gazetteer | None = None,
                     actors: ActorList | None = None, merge: bool = True,
                     strict: bool = False) -> Extraction:
    """Drafts from several documents; incidents told by several of them are merged."""
    gaz = gazetteer or default_gazetteer()
    with _fewer_collections():
        return _extract(docs, gaz, actors, merge, strict)


def _extract(docs, gaz, actors, merge, strict) -> Extraction:
    articles = [analyse(d, gaz, actors) for d in docs]
    parts = [inc for art in articles for inc in art.incidents]
    merged = merge_incidents(parts) if merge else [DraftIncident([p]) for p in parts]
    drafts = drafts_to_dicts(merged, strict=strict)
    warnings = _warnings(articles)
    for d in drafts:
        if not d["locations"]:
            # the report's file, moved under extra in strict (loadable) drafts
            file = (d["reports"][0].get("file") or d.get("extra", {}).get(
                "reports[0]", {}).get("file", "")) if d["reports"] else ""
            warnings.append(f"{file}: {d['id']} ({d['title']}) names no known place — add a "
                            "stop (place id, or lat and lon) before export")
    return Extraction(articles, merged, drafts, warnings)


def extract_text(text: str, file: str = "<string>", published: str | None = None,
                 gazetteer: Gazetteer | None = None, strict: bool = False) -> list[dict]:
    """YAML-ready incident drafts of one article text.

    >>> drafts = extract_text("date 2021-05-02 Yesterday two border guards were killed "
    ...                       "near the village of Ak-Sai.")
    >>> drafts[0]["date_start"], drafts[0]["fatalities"]["best"]
    ('2021-05-01', 2)
    """
    doc = read_article(text, file, published)
    return extract_articles([doc], gazetteer, strict=strict).drafts


def extract_files(paths: Iterable[str | Path], published: str | None = None,
                  gazetteer: Gazetteer | None = None, merge: bool = True,
                  strict: bool = False) -> Extraction:
    """Drafts from article files (UTF-8 text)."""
    docs = []
    for p in paths:
        text = Path(p).read_text(encoding="utf-8-sig")
        docs.append(read_article(text, str(p), published))
    return extract_articles(docs, gazetteer, merge=merge, strict=strict)


def extract_drafts(text_or_path: str | Path, published: str | None = None) -> list[dict]:
    """Drafts of an article's text, or of the article file at a path (``gc.extract``)."""
    if isinstance(text_or_path, Path) or (
            "\n" not in text_or_path and len(text_or_path) < 4096
            and Path(text_or_path).is_file()):
        return extract_files([text_or_path], published=published).drafts
    return extract_text(text_or_path, published=published)
