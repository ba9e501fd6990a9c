"""Block YAML of plain data, byte for byte as PyYAML writes it with our dumper, but fast.

PyYAML spends milliseconds an incident (its emitter looks at every character in Python),
which made ``import`` of 100,000 ACLED rows take minutes. This writer emits the same text
for the data incidents are made of (dicts with plain keys, lists, str, int, float,
bool, None): block mappings, sequences indented under their key, ``[]``/``{}`` when
empty, plain scalars folded at ``width`` as PyYAML folds them. Any scalar it cannot
prove plain is written in single quotes as PyYAML writes them (a value that reads as
another type, ``: ``, line feeds) or, for anything else (tabs, control characters, a
space beside a line feed), by PyYAML's own emitter at the same column: the text never
differs.
"""

from __future__ import annotations

import io
import re
from typing import Any

import yaml

__all__ = ["dump_list"]

WIDTH = 100
#: Characters that keep a scalar from being written plain, wherever they are.
_UNSAFE = re.compile("[^\x20-\x7e\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
                     "|[\u2028\u2029]"
                     r"|: |:\Z| #|\A[-?:](?: |\Z)|\A[#,\[\]{}&*!|>'\"%@`]|\A---|\A\.\.\.|\A |"
                     r" \Z")
_SPACES = re.compile("( +)")
_RUNS = re.compile("( +|\n+)")
#: What keeps a scalar from PyYAML's single quotes: other characters than printable ones
#: and line feeds, or a space beside a line feed.
_NOT_SINGLE = re.compile("[^\n\x20-\x7e\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd"
                         "\U00010000-\U0010ffff]|[\u2028\u2029]| \n|\n ")
_RESOLVER = yaml.resolver.Resolver()
_STR = "tag:yaml.org,2002:str"
_UNRESOLVED: dict[str, bool] = {}


def _reads_as_str(text: str) -> bool:
    got = _UNRESOLVED.get(text)
    if got is None:
        got = _RESOLVER.resolve(yaml.ScalarNode, text, (True, False)) == _STR
        if len(_UNRESOLVED) < 100_000:
            _UNRESOLVED[text] = got
    return got


class _Out:
    """The text written so far and the column, as PyYAML's emitter tracks them."""

    __slots__ = ("parts", "column")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.column = 0

    def write(self, text: str) -> None:
        self.parts.append(text)
        self.column += len(text)

    def newline(self, indent: int) -> None:
        self.parts.append("\n" + " " * indent)
        self.column = indent


def _float(v: float) -> str:
    if v != v:
        return ".nan"
    if v in (float("inf"), float("-inf")):
        return ".inf" if v > 0 else "-.inf"
    text = repr(v).lower()
    return text.replace("e", ".0e", 1) if "." not in text and "e" in text else text


def _pyyaml_scalar(out: _Out, text: str, indent: int) -> None:
    """A string scalar written by PyYAML's emitter, at ``out``'s column."""
    buf = io.StringIO()
    em = yaml.emitter.Emitter(buf, width=WIDTH, allow_unicode=True)
    em.column, em.indent = out.column, indent
    em.whitespace = em.indention = False
    implicit = (_reads_as_str(text),
                _RESOLVER.resolve(yaml.ScalarNode, text, (False, True)) == _STR)
    em.event = yaml.ScalarEvent(None, None, implicit, text)
    em.process_scalar()
    out.parts.append(buf.getvalue())
    out.column = em.column


def _scalar(out: _Out, v: Any, indent: int) -> None:
    """A scalar after ``key:`` or ``-``; ``indent`` is where its folded lines start."""
    if v is None:
        out.write(" null")
    elif v is True or v is False:
        out.write(" true" if v else " false")
    elif type(v) is int:
        out.write(f" {v}")
    elif type(v) is float:
        out.write(" " + _float(v))
    elif type(v) is not str:
        raise TypeError(f"cannot write {type(v).__name__} as YAML")
    elif not v or _UNSAFE.search(v):
        if v and not _NOT_SINGLE.search(v):
            _single_quoted(out, v, indent)
        else:
            _pyyaml_scalar(out, v, indent)
    elif not _reads_as_str(v):  # '2021-04-29', '1620000000': quoted to stay text
        if "'" in v or (" " in v and out.column + 3 + len(v) > WIDTH):
            _pyyaml_scalar(out, v, indent)
        else:
            out.write(f" '{v}'")
    elif out.column + 1 + len(v) <= WIDTH or " " not in v:
        out.write(" " + v)
    else:
        _folded(out, v, indent)


def _folded(out: _Out, text: str, indent: int) -> None:
    """A plain scalar folded at single spaces once past the width, as PyYAML does."""
    out.write(" ")
    for n, part in enumerate(_SPACES.split(text)):
        if n % 2 == 0:
            out.write(part)
        elif part == " " and out.column > WIDTH:
            out.newline(indent)
        else:
            out.write(part)


def _single_quoted(out: _Out, text: str, indent: int) -> None:
    """PyYAML's single-quoted scalar: ' doubled, folded at single spaces past the width
    (never the first or last), each run of line feeds one more line feed."""
    out.write(" '")
    parts = _RUNS.split(text)
    last = len(parts) - 1
    for n, part in enumerate(parts):
        if not part:
            continue
        if n % 2 == 0:
            out.write(part.replace("'", "''"))
        elif part[0] == "\n":
            out.parts.append("\n" * (len(part) + 1) + " " * indent)
            out.column = indent
        elif part == " " and out.column > WIDTH and 0 < n < last:
            out.newline(indent)
        else:
            out.write(part)
    out.write("'")


#: ``key: scalar`` as written at a mapping's indent -> (text, column after it). The text
#: depends only on the indent, the key and the value: every entry starts at the indent
#: (after a line break, or after ``- `` of its list item), so repeated ones are reused.
_ENTRIES: dict[tuple, tuple[str, int]] = {}
_CACHED_LEN, _CACHE_MAX = 64, 200_000
_SCALARS = (str, int, float, bool, type(None))


def _check_key(key: Any) -> None:
    if type(key) is not str or not key or len(key) > 120 or _UNSAFE.search(key) \
            or not _reads_as_str(key):
        raise TypeError(f"cannot write key {key!r}")


def _entry(key: str, value: Any, indent: int) -> tuple[str, int]:
    """The text of ``key: value`` for a scalar value at ``indent``, and the column after."""
    _check_key(key)
    part = _Out()
    part.column = indent
    part.write(key + ":")
    _scalar(part, value, indent + 2)
    return "".join(part.parts), part.column


def _mapping(out: _Out, d: dict, indent: int, first_inline: bool) -> None:
    parts = out.parts
    for n, (key, value) in enumerate(d.items()):
        if n or not first_inline:
            parts.append("\n" + " " * indent)
            out.column = indent
        kind = type(value)
        if kind in _SCALARS:
            ck = (indent, key, kind, value)
            got = _ENTRIES.get(ck)
            if got is None:
                got = _entry(key, value, indent)
                if (kind is not str or len(value) <= _CACHED_LEN) \
                        and len(_ENTRIES) < _CACHE_MAX:
                    _ENTRIES[ck] = got
            parts.append(got[0])
            out.column = got[1]
            continue
        _check_key(key)
        out.write(key + ":")
        _value(out, value, indent)


def _sequence(out: _Out, items: list, indent: int, first_inline: bool) -> None:
    for n, item in enumerate(items):
        if n or not first_inline:
            out.newline(indent)
        out.write("-")
        if type(item) is dict and item:
            out.write(" ")
            _mapping(out, item, indent + 2, True)
        elif type(item) in (dict, list):
            if item:
                raise TypeError("cannot write a list in a list")
            out.write(" {}" if type(item) is dict else " []")
        else:
            _scalar(out, item, indent + 2)


def _value(out: _Out, value: Any, indent: int) -> None:
    """The value of a key of a mapping at ``indent``."""
    if type(value) is dict:
        if value:
            _mapping(out, value, indent + 2, False)
        else:
            out.write(" {}")
    elif type(value) in (list, tuple):
        if value:
            _sequence(out, list(value), indent + 2, False)
        else:
            out.write(" []")
    else:
        _scalar(out, value, indent + 2)


def dump_list(items: list[dict[str, Any]]) -> str:
    """``yaml.dump(items, Dumper=<indented SafeDumper>, sort_keys=False, allow_unicode=True,
    default_flow_style=False, width=100)`` for a non-empty list of plain dicts.

    Raises ``TypeError`` for data outside what it writes (the caller then uses PyYAML).
    """
    out = _Out()
    _sequence(out, items, 0, True)
    out.parts.append("\n")
    return "".join(out.parts)
