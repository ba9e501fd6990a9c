"""HTML character references that pages leave in their text (``&quot;``, ``&amp;``,
``&#8212;``, ``&laquo;``), read as the characters they stand for; a space written so
inside a number ("136&nbsp;000") joins its digit groups as a plain space would.

Offsets into the text must stay those of the file, so a reference becomes its character
padded with spaces to the reference's length; the spaces go on the side away from the word
the character belongs to (``&quot;Vorukh`` → ``     "Vorukh``, ``Vorukh&quot;,`` →
``Vorukh"     ,``), so that quotes still open and close on their words.
"""

from __future__ import annotations

import html
import re

__all__ = ["unreference"]

_REF = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,7});")
# a space written as a reference between the digit groups of a number ("136&nbsp;000",
# "1&#8201;200"): the groups are joined by one space and the padding follows the number,
# which reads as it would with a plain space
_SPACE_REF = r"&(?:nbsp|#160|#[xX]0*[aA]0|thinsp|#820[01]|#[xX]200[89]|#8239|#[xX]202[fF]);"
_SPACED_NUMBER = re.compile(rf"\d{{1,3}}(?:{_SPACE_REF}\d{{3}})+")
_SPACE_REF_RE = re.compile(_SPACE_REF)


def unreference(text: str) -> str:
    """``text`` with each HTML character reference read as its one character."""
    if "&" not in text:
        return text
    return _REF.sub(_one, _SPACED_NUMBER.sub(_number, text))


def _number(m: re.Match) -> str:
    digits = _SPACE_REF_RE.sub(" ", m.group())
    return digits + " " * (len(m.group()) - len(digits))


def _one(m: re.Match) -> str:
    ref = m.group()
    char = html.unescape(ref)
    if char == ref or len(char) != 1:  # not a reference html knows, or more than one character
        return ref
    pad = " " * (len(ref) - 1)
    after = m.string[m.end():m.end() + 1]
    return pad + char if after.isalnum() else char + pad
