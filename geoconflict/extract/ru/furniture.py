"""Page furniture of Russian news pages, left out of the article text: menus, currency
rates, «Подписаться», photo captions and credits («Архивное фото - Sputnik …, 1920,
30.05.2021», «Фото: …»), and everything after a headline list begins («Читайте также»,
«Новости по теме», «Последние новости»), and a link to another article (a title, then
its page's address on a line of its own). The spans are added to the document's skipped
spans, so no place, date or count is read from them; offsets into the text are kept."""

from __future__ import annotations

import re

from .._furniture import line_matches, line_search
from .._text import Document

__all__ = ["skip_furniture"]

_LINE = re.compile(
    r"^[ \t•·|-]*(?:Меню|Подписаться|Поделиться|Напишите нам|Народный репортер|Регионы\s*\d*|"
    r"Фото\s*:.*|Фото\s+с\s+сайта.*|Архивное фото.*|©.*|Источник\s*:.*|Теги\s*:.*|"
    r"[$€¥₽]?\s*\d+[.,]\d+\s*[+-]\d+[.,]\d+|\d+|Читайте и смотрите нас.*)[ \t]*$",
    re.I | re.M)
_CAPTION = re.compile(r"^.*(?:-|–|—)\s*Sputnik\s+\w+,\s*\d{3,4}(?:,\s*\d\d\.\d\d\.\d{4})?\s*$",
                      re.M)
_TAIL = re.compile(r"^[ \t]*(?:Читайте также|Читайте еще|Новости по теме|Похожие новости|"
                   r"Последние новости|Другие новости|Самое читаемое|Популярное|"
                   r"Лента новостей|Материалы по теме|Смотрите также)\b.*$", re.I | re.M)


# a title followed by the address of its page, alone on its line: a link to another
# article (its headline, not this text's news)
# (a title: no sentence's closing mark; a pasted article's source address after its last
# sentence is no link)
_LINKED = re.compile(r"^[^\n]{8,300}(?<![.!?»\"”…])[ \t]*\n[ \t]*(?:https?://|www\.)\S+[ \t]*$",
                     re.M)


def skip_furniture(doc: Document) -> None:
    """Add the furniture of a Russian page to ``doc.skipped`` (before it is tokenised)."""
    text, start = doc.text, doc.body_start
    # (each pattern tried at the start of each line; a caption credits Sputnik)
    captions = line_matches(_CAPTION, text, start) if "Sputnik" in text else []
    spans = [m.span() for found in (line_matches(_LINE, text, start), captions) for m in found
             if m.group(0).strip()]
    if "http" in text or "www." in text:
        spans += [m.span() for m in _LINKED.finditer(text, start)]
    tail = line_search(_TAIL, text, start)
    if tail and tail.start() > start + 200:  # a headline list after the article
        spans.append((tail.start(), len(text)))
    doc.skipped.extend(sorted(spans))
