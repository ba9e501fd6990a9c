"""Numbers written in words or digits ("thirty-three", "2,400", "a dozen") and the integer
each stands for; the vocabulary the English count finder matches."""

from __future__ import annotations

__all__ = ["UNITS", "TENS", "VAGUE", "WORD", "parse_number"]

UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
         "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
         "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
         "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
VAGUE = {"a dozen": 12, "dozens": 12, "dozens of": 12, "hundreds": 100, "hundreds of": 100,
         "thousands": 1000, "thousands of": 1000, "a hundred": 100, "a thousand": 1000}
WORD = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))


_SCALE = {"thousand": 1000, "million": 1_000_000}


def parse_number(text: str, scale: str | None = None) -> int | None:
    """The integer a number written in digits or words stands for, times ``scale``
    ("thousand", "million") when one follows it: a decimal counts then ("2.5 million").

    >>> parse_number("2,400"), parse_number("thirty-three"), parse_number("five thousand")
    (2400, 33, 5000)
    >>> parse_number("2.5", "million"), parse_number("2.5")
    (2500000, None)
    """
    if scale:
        factor = _SCALE[scale.lower()]
        if text[:1].isdigit():
            try:
                return round(float(text.replace(",", "")) * factor)
            except ValueError:
                return None
        value = parse_number(text)
        return None if value is None else value * factor
    t = " ".join(text.lower().replace("-", " ").split())
    if not t:
        return None
    if t in VAGUE:
        return VAGUE[t]
    if t[0].isdigit():
        try:
            v = float(t.replace(",", ""))
        except ValueError:
            return None
        return int(v) if v == int(v) else None
    total, cur = 0, 0
    words = t.split()
    if words[0] == "a" and len(words) > 1:  # "a hundred and twenty"
        words[0] = "one"
    for k, w in enumerate(words):
        if w == "and" and 0 < k < len(words) - 1 and words[k - 1] in ("hundred", "thousand"):
            continue
        if w in UNITS:
            cur += UNITS[w]
        elif w in TENS:
            cur += TENS[w]
        elif w == "hundred":
            cur = max(cur, 1) * 100
        elif w == "dozen":  # "two dozen"
            cur = max(cur, 1) * 12
        elif w == "thousand":
            total += max(cur, 1) * 1000
            cur = 0
        else:
            return None
    return total + cur
