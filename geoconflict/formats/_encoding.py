"""The bytes of a CSV file as UTF-8 text, and its delimiter.

Files arrive as UTF-8 with or without a byte-order mark, or in another encoding when
Excel saved them (cp1251 on a Russian-language Windows); ``--encoding`` names it.
The delimiter (``,`` or the ``;`` of Excel in many locales, tab, ``|``) is sniffed from
the header line unless given.
"""

from __future__ import annotations

import codecs
import csv
import io

from .._errors import FormatError

__all__ = ["to_utf8", "sniff_delimiter", "DELIMITERS"]

#: Delimiters the sniffer considers, by preference when counts tie.
DELIMITERS = (",", ";", "\t", "|")
_UTF8 = ("utf-8", "utf-8-sig")


def to_utf8(data: bytes, where: str, encoding: str | None = None) -> bytes:
    """``data`` as UTF-8 bytes (a UTF-8 BOM is kept), decoded from ``encoding``.

    A file that is not valid in its encoding is a one-line :class:`FormatError`
    naming the line and, for UTF-8, the ``--encoding`` to try.
    """
    name = "utf-8"
    if encoding:
        try:
            name = codecs.lookup(encoding).name
        except LookupError:
            raise FormatError(f"--encoding {encoding}: unknown encoding — use a Python codec "
                              "name such as utf-8, cp1251, koi8-r or latin-1") from None
    try:
        text = data.decode("utf-8-sig" if name in _UTF8 else name)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        hint = ("if Excel saved it on a Russian-language Windows, add --encoding cp1251"
                if name in _UTF8 else f"is it really {encoding}? try another --encoding")
        raise FormatError(f"{where}:{line}: not {'UTF-8' if name in _UTF8 else encoding} "
                          f"(byte 0x{data[exc.start]:02x}) — {hint}") from None
    return data if name in _UTF8 else text.encode("utf-8")


def sniff_delimiter(data: bytes | str) -> str:
    """The delimiter of a CSV file: the candidate found most often in its header line."""
    head = data[:65536]
    if isinstance(head, bytes):
        head = head.decode("utf-8-sig", errors="replace")
    line = head.split("\n", 1)[0]
    best, count = ",", 0
    for delim in DELIMITERS:
        fields = next(csv.reader(io.StringIO(line), delimiter=delim), [])
        if len(fields) - 1 > count:
            best, count = delim, len(fields) - 1
    return best
