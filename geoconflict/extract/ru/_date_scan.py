"""Where a Russian date can be: the words of a text that may be part of one (a number, a
month, a weekday, a relative word: ``trigger``) and those a date may open with up to three
words before such a word («в ночь на 29», «на прошлой неделе»: ``may_open``), read from
the text lowered once (``lower_words``)."""

from __future__ import annotations

import itertools
import re
from operator import itemgetter

from .._memo import looked_up
from ._date_resolve import ORDINAL_DAYS

__all__ = ["candidates", "lower_words", "trigger", "may_open"]

# Where a date can be: a word that is a number or opens with a month, a weekday or a
# relative word. The pattern is tried there and up to three words before («в ночь на 29»,
# «на прошлой неделе»).
_TRIGGER_STEMS = ("январ", "феврал", "март", "апрел", "июн", "июл", "август", "сентябр",
                  "октябр", "ноябр", "декабр", "янв", "фев", "мар", "апр", "авг", "сен", "окт",
                  "ноя", "дек", "вчера", "сегодня", "накануне", "позавчера", "ночью", "недел",
                  "году", "года", "месяце", "годом", "назад", "понедельник", "вторник", "сред",
                  "четверг", "пятниц", "суббот", "воскресен", "вчерашн", "выходн", "день",
                  "дня", "дней", "сутк", "суток", "утро", "позже", "ранее", "вечер", "числа",
                  "месяц", "весной", "летом", "осенью", "зимой", "днях", "полгода", "квартал",
                  "днями", "тогда")
_MAY = frozenset(("май", "мая", "мае"))
_WORD_AT = re.compile(r"\w+")


def trigger(word: str) -> bool:
    """Whether a word (lower case) may be part of a date: a number, a month, a weekday …"""
    return word[0].isdigit() or word.startswith(_TRIGGER_STEMS) or word in _MAY


_WORD_SPLIT = re.compile(r"(\w+)")
_TRIGGERS: dict[str, bool] = {}  # lower-case word -> _trigger(word)
_SECOND = itemgetter(1)
_TEXT, _START = itemgetter(0), itemgetter(1)  # a token's text and offset (a Token is a tuple)
_LOWER: dict[str, str] = {}  # spelling -> its lower case


def lower_words(text: str, start: int, end: int, tokens=None) -> list[tuple[int, str]]:
    """(offset, lower-case word) of each word of ``text[start:end]``: the span lowered at
    once and cut at its words, the offsets summed up in C (no match object per word),
    unless lowering changes its length or a capital sigma's form depends on its place.
    Given the text's ``tokens`` (its words from ``start`` to its end, none left out), the
    words are those tokens, each spelling lowered once, in a text with no underscore
    (which ``\\w`` joins to a word, a token not)."""
    if tokens is not None and end == len(text) and "_" not in text:
        return list(zip(map(_START, tokens),
                        looked_up(list(map(_TEXT, tokens)), _LOWER, str.lower), strict=True))
    seg = text[start:end]
    low = seg.lower()
    if len(low) != len(seg) or "Σ" in seg:
        return [(w.start(), w.group(0).lower()) for w in _WORD_AT.finditer(text, start, end)]
    parts = _WORD_SPLIT.split(low)
    offsets = list(itertools.accumulate(map(len, parts), initial=start))
    return list(zip(offsets[1:-1:2], parts[1::2], strict=True))


# The words a date may open with before its trigger word («в ночь на 29», «с 28 апреля»,
# «на прошлой неделе», «три года назад»).
_OPENERS = frozenset("""в во с со до на начале конце середине первых последних через спустя
днем днём сутками за сегодня вчера позавчера накануне минувшей прошлой этой минувшие прошлые
эти минувших прошлых этих позапрошлой годом год несколько пару один одну одна два две три
четыре пять двое трое четверо пятеро первой второй половине ровно
шесть семь восемь девять десять начиная около весной летом осенью зимой прошлым прошлой
минувшим этим нынешним нынешней двадцать тридцать
первом первый втором второй третьем третий четвертом четвертый четвёртом четвёртый
i ii iii iv двумя тремя четырьмя пятью третий третьи третьей четвертый
четвёртый четвертые пятый пятые шестой седьмой""".split()) | frozenset(ORDINAL_DAYS)
_UNIT_STEMS = ("дн", "день", "недел", "месяц", "год", "лет", "сут")  # «месяц назад»


def may_open(word: str) -> bool:
    return word in _OPENERS or word.startswith(_UNIT_STEMS) or trigger(word)


def candidates(text: str, start: int, end: int, at_digit: re.Pattern, at_other: re.Pattern,
               tokens=None):
    """Matches of the date pattern, leftmost first, tried only around trigger words: at
    the trigger and at up to three words before it that may open a date (``at_digit``
    where a digit opens it, ``at_other`` elsewhere; ``tokens``: see ``lower_words``)."""
    pos = start
    words = lower_words(text, start, end, tokens)
    # the trigger words: ``_trigger`` of each spelling, looked up in C (tested once)
    flags = looked_up(list(map(_SECOND, words)), _TRIGGERS, trigger)
    triggers = list(itertools.compress(range(len(words)), flags))
    for k in triggers:
        p = words[k][0]
        if p < pos:
            continue
        before = [a for a, w in words[max(0, k - 3):k] if a >= max(pos, p - 30) and may_open(w)]
        for s0 in before + [p]:
            m = (at_digit if text[s0].isdecimal() else at_other).match(text, s0, end)
            if m and m.end() > p:
                yield m
                pos = m.end()
                break
