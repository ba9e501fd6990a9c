"""What the words beside a number say of it: that it counts nothing (a measure, a number
sign, "one of the …", the day of a date, an age), or the qualifier of the count ("at
least", "up to", "about", "a further", "three more").
"""

from __future__ import annotations

import re

from ._literal_cues import Cued

__all__ = ["not_a_count", "qualifier"]

_QUAL = Cued(re.compile(
    r"(?P<q>at\s+least|more\s+than|over|upwards\s+of|no\s+fewer\s+than|"
    r"up\s+to|as\s+many\s+as|at\s+most|no\s+more\s+than|"
    r"about|around|nearly|almost|some|approximately|roughly|an\s+estimated|"
    r"estimated|close\s+to|a\s+further|another|an\s+additional|additional|a\s+total\s+of|"
    r"total\s+of)\s+$", re.I))
_UNIT_AFTER = re.compile(
    r"^(?:-|\s)*(?:km|kilomet\w*|miles?|metres?|meters?|m\b|hours?|days?|weeks?|months?|"
    r"years?|minutes?|seconds?|ha\b|hectares?|per\s*cent|percent|%|times|year-old|"
    r"-year-old|o'clock|am\b|pm\b|a\.m|p\.m|degrees?|tons?|tonnes?|kg|square|sq|°|"
    r"rounds\s+of\s+talks|votes?|members?\s+of\s+parliament|documents?|protocols?|"
    r"meetings?|sections?|points?|articles?|families|houses|homes|schools|buildings)\b", re.I)

_NUMBER_SIGN_BEFORE = re.compile(r"(?:No\.?|number|#|№)\s*$", re.I)
_VICTIM_VERB_BEFORE = re.compile(r"(?:killed|captured|wounded|detained)\s+$", re.I)
_NUMBER_SIGNS = ("no", "no.", "number", "#", "№")  # (lower case)


def _number_sign_before(before: str) -> bool:
    """``_NUMBER_SIGN_BEFORE.search(before)`` ("No. 5", "number 12"), read at the end of
    ``before`` only (the pattern is anchored there; no other letter folds to these)."""
    return before.rstrip()[-6:].lower().endswith(_NUMBER_SIGNS)


def _last_words_start(before: str) -> int:
    """An offset at or before the fifth-last word of ``before``: a qualifier (three words
    at most, then the space before the number) cannot begin before it, so ``_QUAL`` is
    searched from there (the same match as from the start)."""
    parts = before.rsplit(None, 5)
    return len(parts[0]) if len(parts) > 5 else 0


_ONE_OF_AFTER = re.compile(r"\s+(?:of\s+(?:the|them|his|its)|another|day|side)", re.I)
_DATE_AFTER = re.compile(r"^\s*,?\s*(?:\d{4}|[A-Z][a-z]+ \d)")
_COMMA_AFTER = re.compile(r"\s*,")
_MORE_AFTER = re.compile(r"\s+more\s+(?!than\b)(?!\w+ed\b)\w", re.I)


def not_a_count(word: str, value: float, before: str, after: str) -> bool:
    """Whether a number, with the sentence ``before`` and ``after`` it, counts nothing: a
    measure ("5 km"), a number ("No. 5"), "one of the …", a day of a date, an age."""
    if _UNIT_AFTER.match(after) or _number_sign_before(before) or _DOMAIN_AFTER.match(after):
        return True
    if word in ("one",) and _ONE_OF_AFTER.match(after) and \
            not _VICTIM_VERB_BEFORE.search(before):
        return True
    if _DATE_AFTER.match(after) and value <= 31:
        return True
    if before.rstrip().endswith(",") and _COMMA_AFTER.match(after) and value < 120:
        return True  # an age: "Emomali Rakhmon, 69, met"
    if value < 120 and _AGE_BEFORE.search(before):
        return True  # "a man of about forty", "aged 35"
    return False


# a web address's first label: "the news agency 24.kg", «агентство 24.kg» (an outlet)
_DOMAIN_AFTER = re.compile(r"\.(?:kg|tj|uz|kz|ru|com|net|org|info|news|media)\b", re.I)
_AGE_BEFORE = re.compile(r"(?:\baged\s+|\b(?:man|woman|boy|girl|person|men|women)\s+of\s+)"
                         r"(?:about\s+|around\s+|some\s+|roughly\s+)?$", re.I)


def qualifier(word: str, before: str, after: str) -> str:
    """The qualifier of a count: ``at_least``, ``up_to``, ``about``, ``increment`` ("a
    further", "three more") or none."""
    q = _QUAL.search(before, _last_words_start(before))
    qual = ""
    if q:
        qw = " ".join(q.group("q").lower().split())
        if qw in ("at least", "more than", "over", "upwards of", "no fewer than"):
            qual = "at_least"
        elif qw in ("up to", "at most", "no more than"):
            qual = "up_to"
        elif qw in ("a further", "another", "an additional", "additional"):
            qual = "increment"
        elif qw not in ("as many as", "a total of", "total of"):
            qual = "about"
    if _MORE_AFTER.match(after):
        qual = "increment"  # "three more bodies": an increment, not the toll
    if word in ("dozens", "hundreds", "thousands"):
        qual = "at_least"
    return qual
