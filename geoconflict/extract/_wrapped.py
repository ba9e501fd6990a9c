"""Lines of a text that are one paragraph hard-wrapped: wire feeds and pasted pages break
sentences at a fixed width ("… on the state border between Kyrgyzstan and⏎Uzbekistan has
resumed operations"), and a sentence must not end at such a break.

A line runs on into the next when nothing ends it (no full stop, colon, closing quote or
bracket) and the next line goes on in lower case, or the line ends with a word that cannot
end a sentence (an article, a preposition, a conjunction, a demonym before its noun: "the
Kyrgyz⏎State Border Service") or with a comma. Headlines, menus and lists keep their lines:
they start with capitals and end with nouns.
"""

from __future__ import annotations

import re

__all__ = ["paragraphs"]

_LINE = re.compile(r"[^\n]+")
# words no English or Russian sentence ends with
_RUN_ON_WORDS = frozenset("""
the a an of and or to in on at by for with from between into onto than that which who whose
its their his her our this these those as via over under about after before against during
и или в во на с со по из от к ко у о об за для что который которая которые а но при под над
kyrgyz tajik uzbek kazakh afghan russian chinese
""".split())
_LAST_WORD = re.compile(r"([\w’'-]+)\s*$")


def _runs_on(line: str, nxt: str) -> bool:
    """Whether ``line`` goes on in ``nxt`` (both without their line break)."""
    end = line.rstrip()
    if not end or not nxt.strip() or end[-1] in ".!?…:;\"”»’')]":
        return False
    if end[-1] == ",":
        return True
    first = nxt.lstrip()[:1]
    if first.isalpha() and first.islower():
        return True
    m = _LAST_WORD.search(end)
    return bool(m) and m.group(1).lower() in _RUN_ON_WORDS


def paragraphs(text: str, start: int, skipped=None) -> list[tuple[int, int]]:
    """(start, end) of each paragraph from ``start`` on: a line, or lines that run on into
    one another, separated by single line breaks. A line at an offset ``skipped`` holds
    (page furniture) joins no other."""
    out: list[tuple[int, int]] = []
    prev, prev_skipped = "", False
    for m in _LINE.finditer(text, start):
        line = m.group(0)
        skip = bool(skipped and skipped(m.start()))
        if out and out[-1][1] == m.start() - 1 and not (skip or prev_skipped) and \
                _runs_on(prev, line):
            out[-1] = (out[-1][0], m.end())
        else:
            out.append(m.span())
        prev, prev_skipped = line, skip
    return out
