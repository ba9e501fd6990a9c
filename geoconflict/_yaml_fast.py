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
#: What keeps a scalar from being written plain: a character outside the printable ones
#: anywhere, ": " or " #" anywhere, a ':' or a space at the end, an indicator at the start.
_BAD_CHAR = re.compile("[^\x20-\x7e\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
                       "|[\u2028\u2029]")
_BAD_START = re.compile(r"[-?:](?: |\Z)|[#,\[\]{}&*!|>'\"%@`]|---|\.\.\.| ")


def _unsafe(v: str) -> bool:
    """Whether the non-empty ``v`` cannot be written plain (substring tests first: one
    regular expression of all the rules took a tenth of ``import``'s time)."""
    return (": " in v or " #" in v or v[-1] == ":" or v[-1] == " "
            or _BAD_START.match(v) is not None or _BAD_CHAR.search(v) is not None)


_SPACES = re.compile("( +)")
_FEEDS = re.compile("(\n+)")
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
    elif not v or _unsafe(v):
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
    _fold(out, text, indent, False, False)


def _fold(out: _Out, text: str, indent: int, keep_first: bool, keep_last: bool) -> None:
    """``text`` (no line feeds) from ``out``'s column, each single space met past the width
    written as a line break to ``indent``, as PyYAML's emitter does. ``keep_first`` and
    ``keep_last``: a space that is the text's first or last character never breaks."""
    parts, col, pos, n = out.parts, out.column, 0, len(text)
    while True:
        j = text.find(" ", pos + max(0, WIDTH - col + 1))
        while j != -1:
            end = j + 1
            while end < n and text[end] == " ":
                end += 1
            single = end == j + 1 and (j == 0 or text[j - 1] != " ")
            if single and not (keep_first and j == 0) and not (keep_last and j == n - 1):
                break
            j = text.find(" ", end)
        if j == -1:
            break
        parts.append(text[pos:j])
        parts.append("\n" + " " * indent)
        col, pos = indent, j + 1
    parts.append(text[pos:])
    out.column = col + n - pos


def _single_quoted(out: _Out, text: str, indent: int) -> None:
    """PyYAML's single-quoted scalar: ' doubled, folded at single spaces past the width
    (never the first or last), each run of line feeds one more line feed."""
    out.write(" '")
    lines = _FEEDS.split(text.replace("'", "''"))
    for n, part in enumerate(lines):
        if n % 2:
            out.parts.append("\n" * (len(part) + 1) + " " * indent)
            out.column = indent
        elif part:
            _fold(out, part, indent, n == 0, n == len(lines) - 1)
    out.write("'")


_SCALARS = frozenset((str, int, float, bool, type(None)))
_KEYS_OK: set[str] = set()


def _check_key(key: Any) -> None:
    if key in _KEYS_OK and type(key) is str:
        return
    if type(key) is not str or not key or len(key) > 120 or _unsafe(key) \
            or not _reads_as_str(key):
        raise TypeError(f"cannot write key {key!r}")
    if len(_KEYS_OK) < 10_000:
        _KEYS_OK.add(key)


#: Text that is surely plain and read back as text: it starts with a letter no YAML
#: resolver looks at (not y/n/t/f/o, which start yes/no/true/false/on/off/null) and holds
#: only letters, digits, spaces and ``-._()/,;``. And decimal digits, which read as an int.
_PLAIN_WORDS = re.compile(r"[^\W\d_yYnNtTfFoO][\w\-.()/,; ]*\Z")
_DECIMAL = re.compile(r"(?:0|[1-9][0-9]*)\Z")


def _entry(key: str | None, value: Any, indent: int) -> str:
    """The text of ``key: value`` (or ``- value`` for ``key`` None) for a scalar value
    written at ``indent``. Every entry starts at its indent and ends its line, so its text
    depends on these three alone (and :func:`_cached` reuses repeated ones). Ids, numbers
    and plain words are written at once; any other text as :func:`_scalar` writes it."""
    if key is not None:
        _check_key(key)
    head = "-" if key is None else key + ":"
    kind = type(value)
    if kind is str and value:
        if _PLAIN_WORDS.match(value) and value[-1] != " " and (
                " " not in value or indent + len(head) + 1 + len(value) <= WIDTH):
            return f"{head} {value}"
        if _DECIMAL.match(value):
            return f"{head} '{value}'"
    elif kind is float:
        return f"{head} {_float(value)}"
    elif kind is int:
        return f"{head} {value}"
    part = _Out()
    part.column = indent
    part.write(head)
    _scalar(part, value, indent + 2)
    return "".join(part.parts)


#: (indent, key, type, value) -> the entry's text after a line break to its indent
#: (``_LINES``), or alone (``_FIRSTS``: the first entry of a mapping in a sequence).
_LINES: dict[tuple, str] = {}
_FIRSTS: dict[tuple, str] = {}
_CACHED_LEN, _CACHE_MAX = 64, 200_000


def _cached(cache: dict[tuple, str], key: str | None, value: Any, indent: int,
            brk: str) -> str:
    """``brk`` and the entry of ``key: value``, kept in ``cache`` unless it is long text
    or a zero float (-0.0 == 0.0 would share a text)."""
    kind = type(value)
    got = brk + _entry(key, value, indent)
    if (kind is not str or len(value) <= _CACHED_LEN) and (kind is not float or value) \
            and len(cache) < _CACHE_MAX:
        cache[(indent, key, kind, value)] = got
    return got


def _mapping(parts: list[str], d: dict, indent: int, first_inline: bool) -> None:
    """A non-empty mapping; with ``first_inline`` its first entry follows ``- ``."""
    brk = "\n" + " " * indent
    lines, scalars = _LINES, _SCALARS
    items = iter(d.items())
    if first_inline:
        key, value = next(items)
        kind = type(value)
        if kind in scalars:
            got = _FIRSTS.get((indent, key, kind, value))
            parts.append(got if got is not None else _cached(_FIRSTS, key, value, indent, ""))
        else:
            _check_key(key)
            parts.append(key + ":")
            _value(parts, value, indent)
    for key, value in items:
        kind = type(value)
        if kind in scalars:
            got = lines.get((indent, key, kind, value))
            parts.append(got if got is not None else _cached(lines, key, value, indent, brk))
        else:
            _check_key(key)
            parts.append(brk + key + ":")
            _value(parts, value, indent)


def _sequence(parts: list[str], items: list, indent: int, first_inline: bool) -> None:
    brk = "\n" + " " * indent
    dash = brk + "- "
    for n, item in enumerate(items):
        kind = type(item)
        if kind is dict and item:
            parts.append(dash if n or not first_inline else "- ")
            _mapping(parts, item, indent + 2, True)
            continue
        if n or not first_inline:
            parts.append(brk)
        if kind is dict or kind is list:
            if item:
                raise TypeError("cannot write a list in a list")
            parts.append("- {}" if kind is dict else "- []")
        else:
            got = _FIRSTS.get((indent, None, kind, item))
            parts.append(got if got is not None else _cached(_FIRSTS, None, item, indent, ""))


def _value(parts: list[str], value: Any, indent: int) -> None:
    """The value (not a scalar) of a key of a mapping at ``indent``."""
    kind = type(value)
    if kind is dict:
        if value:
            _mapping(parts, value, indent + 2, False)
        else:
            parts.append(" {}")
    elif kind is list or kind is tuple:
        if value:
            _sequence(parts, list(value), indent + 2, False)
        else:
            parts.append(" []")
    else:
        raise TypeError(f"cannot write {kind.__name__} as YAML")


def dump_list(items: list[dict[str, Any]]) -> str:
    """``yaml.dump(items, Dumper=<indented SafeDumper>, sort_keys=False, allow_unicode=True,
    default_flow_style=False, width=100)`` for a non-empty list of plain dicts.

    Raises ``TypeError`` for data outside what it writes (the caller then uses PyYAML).
    """
    parts: list[str] = []
    _sequence(parts, items, 0, True)
    parts.append("\n")
    return "".join(parts)
