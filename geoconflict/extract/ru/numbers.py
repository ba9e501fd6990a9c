"""Counts in Russian text — digits, number words and collective numerals (двое, трое,
пятеро) — with the role the clause gives them (погибли, ранены, задержаны, эвакуированы),
the qualifier («не менее», «более», «около», «по меньшей мере»), the group counted and
its side (кыргызстанцы, граждане Таджикистана, «со стороны Киргизии», «по данным ГКНБ
Кыргызстана»). «Никто не пострадал», «жертв нет» give 0.
"""

from __future__ import annotations

import re
from dataclasses import replace
from operator import itemgetter

from .._memo import looked_up
from .._toponym_base import country_codes_in
from ..numbers import Count, matches_at_flags
from ._count_side import count_clause, noun_phrase, side_of
from ._two_roles import agent, beaten_too, second_role
from ._unnumbered import unnumbered

__all__ = ["find_counts", "parse_number", "more_of", "NUMBER_WORDS"]

_UNITS = {
    "ноль": 0, "один": 1, "одна": 1, "одно": 1, "одного": 1, "одной": 1, "одному": 1,
    "одним": 1, "два": 2, "две": 2, "двух": 2, "двум": 2, "двумя": 2, "три": 3, "трех": 3,
    "трёх": 3, "трем": 3, "трём": 3, "тремя": 3, "четыре": 4, "четырех": 4, "четырёх": 4,
    "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7, "восемь": 8,
    "восьми": 8, "девять": 9, "девяти": 9, "десять": 10, "десяти": 10, "одиннадцать": 11,
    "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15,
    "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19,
    "двадцать": 20, "двадцати": 20, "тридцать": 30, "тридцати": 30, "сорок": 40,
    "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80, "девяносто": 90,
    "сто": 100, "двести": 200, "триста": 300,
    # collective numerals
    "двое": 2, "двоих": 2, "двоим": 2, "трое": 3, "троих": 3, "троим": 3, "четверо": 4,
    "четверых": 4, "пятеро": 5, "пятерых": 5, "шестеро": 6, "шестерых": 6, "семеро": 7,
    "семерых": 7, "восьмеро": 8, "девятеро": 9, "десятеро": 10,
}
_VAGUE = {"десятки": 12, "десятков": 12, "сотни": 100, "сотен": 100, "тысячи": 1000,
          "тысяч": 1000}
_WORD = "|".join(sorted([*_UNITS, *_VAGUE], key=len, reverse=True))
_NUMBER = re.compile(
    rf"(?<![\w.,/:-])(?P<num>\d{{1,3}}(?:[ \u00a0]\d{{3}})+|\d+|(?:{_WORD})(?:\s+(?:{_WORD}))?)"
    r"(?:\s+(?P<mult>тысяч[аи]?|тыс\.))?(?![\w])(?!\.[a-z]{2,3}\b)", re.I)  # not 24.kg
_QUAL = [("at_least", r"не\s+менее|не\s+меньше|по\s+меньшей\s+мере|по\s+крайней\s+мере|"
                      r"как\s+минимум|более\s+чем|более|больше|свыше|порядка\s+более"),
         ("up_to", r"не\s+более|не\s+больше|до|максимум"),
         ("about", r"около|порядка|примерно|приблизительно|почти|почти\s+что|где-то")]
_QUAL_RE = re.compile(r"(?:^|\s)(?:" + "|".join(f"(?P<{k}>{p})" for k, p in _QUAL)
                      + r")\s+$", re.I)
# (a country's adjective may come between: «350 американских долларов», «тысяча
# таджикских сомони»)
_UNIT_AFTER = re.compile(
    r"^(?:-|\s)*(?:[а-яё]+[сц]ких\s+)?(?:км|километр\w*|метр\w*|м\b|"
    # (whole words: «часовых», «разведчиков», «сельчан», «сомнительных» are people or none)
    r"час(?:а|ов|ам|ах)?|дн\w*|день|сут\w*|недел\w*|месяц\w*|"
    r"лет\b|летн\w*|год\w*|минут\w*|секунд\w*|га\b|гектар\w*|процент\w*|%|раз(?:а)?|"
    r"тонн\w*|кг\b|голов\w*|овец|кор[оа]в\w*|лошад\w*|скот\w*|сом(?:а|ов)?|сомони|сум\w*|"
    r"рубл\w*|доллар\w*|\$|тенге|выстрел\w*|патрон\w*|мин\b|мины?\b|снаряд\w*|пункт\w*|"
    r"участк\w*|км2|кв\.|квадрат\w*|дом\w*|сел(?:о|а|е|у|ам|ах|ами)?|сёл|семей|семь[ия]|"
    r"пропускн\w*|КПП|застав\w*|марта|мая|апреля|"
    r"автомобил\w*|машин\w*|автобус\w*|грузовик\w*|транспортн\w*|"
    r"перестрел\w*|инцидент\w*|случа[йяеи]\w*|столкновени\w*|нападени\w*|обстрел\w*|"
    r"стыч\w*|конфликт\w*|провокаци\w*|"
    r"января|февраля|июня|июля|августа|сентября|октября|ноября|декабря|класс\w*|вечера|"
    r"утра|ночи)(?!\w)", re.I)
_ROLES = [
    ("killed", r"смертельн\w+\s+ранени\w*|смертельно\s+ранен\w*|унес\w*\s+жизн\w*|"
               r"погиб\w*|гибел[иь]\w*|убит\w*|убил\w*|убиты|скончал\w*|застрел\w*|смерт\w*|жертв\w*|"
               r"тел[ао]\b|тел\b|летальн\w*|(?<!не\s)утонул\w*|лишил\w*\s+жизни|потерял[аио]?(?!\w)(?!\s+сознани)|потери\b"),
    ("injured", r"ранен\w*|ранени\w*|ранил\w*|пострадал\w*|пострадавш\w*|травм\w*|"
                r"госпитализ\w*|увечь\w*|телесн\w*|ушиб\w*|ссадин\w*|избит\w*|"
                r"обратил\w*\s+за\s+(?:медицинской\s+)?(?:мед)?помощью|"
                r"за\s+(?:медицинской\s+)?(?:мед)?помощью\s+обратил\w*|избил\w*|избиени\w*|"
                r"(?:доставлен|доставил|доставят|достав)\w*\s+в\s+(?:\w+\s+){0,2}?(?:больниц|"
                r"медучрежд|медицинск\w+\s+учрежд|госпитал|травмпункт|реанимаци)\w*|"
                r"(?:оказан\w*|оказал\w*)\s+(?:\w+\s+)?(?:медицинск\w+\s+|мед)помощ\w*|"
                r"(?:в\s+(?:\w+\s+)?(?:больниц|медучрежд|травмпункт|госпитал)\w*\s+"
                r"(?:был[иао]?\s+)?(?:обратил|доставл|поступил|попал)\w*|"
                r"обратил\w*\s+в\s+(?:\w+\s+)?(?:больниц|травмпункт|медучрежд)\w*)"),
    ("detained", r"задерж\w*|арестова\w*|арест\w*|захвач\w*|захват(?!чик)\w*|плен\w*|похищ\w*|"
                 r"заложник\w*|"
                 r"похитил\w*|удержива\w*|взят\w*\s+под\s+стражу"),
    ("evacuated", r"эвакуир\w*|эвакуаци\w*|беженц\w*|вывезен\w*|вывезл\w*|отселен\w*|"
                  r"переселен\w*|(?<!отказались\s)(?<!отказываются\s)(?<!захотели\s)(?<!хотят\s)(?<!не\s)"
                  r"покину\w*\s+(?:свои\s+)?(?:дом|жиль|сел)\w*"),
]
_ROLE_RE = re.compile(r"(?<!\w)(?:" + "|".join(f"(?P<{k}>{p})" for k, p in _ROLES) + ")",
                      re.I)
_GROUP = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?P<group>пограничник\w*|погранич\w*\s+наряд\w*|"
    r"военнослужащ\w*|военн\w*|солдат\w*|человек\w*|граждан\w*|жител\w*|чабан\w*|пастух\w*|"
    r"школьник\w*|дет(?:ей|и|ям|ьми)|ребен\w*|сотрудник\w*|милиционер\w*|полицейск\w*|"
    r"нарушител\w*|контрабандист\w*|таможенник\w*|кыргызстан(?:ец|ца|цу|цы|цев|цам|цами)\b|"
    r"таджикистан(?:ец|ца|цу|цы|цев|цам|цами)\b|узбекистан(?:ец|ца|цу|цы|цев|цам|цами)\b|"
    r"(?:киргиз|кыргыз|таджик|узбек)(?:и|ов|ам|ами|а)?\b|мужчин\w*|женщин\w*|"
    r"бойц\w*|силовик\w*|пассажир\w*|водител\w*|рабоч\w*|коллег\w*|лиц\b|лица)", re.I)
_RISE_BEFORE = re.compile(r"(?:возрос\w*|увеличил\w*|вырос\w*|достиг\w*|дошл\w*)\s+до\s+$",
                          re.I)



def parse_number(text: str) -> int | None:
    """The integer a number in digits or Russian words stands for.

    >>> parse_number("пятеро"), parse_number("двадцать три"), parse_number("1 500")
    (5, 23, 1500)
    """
    t = " ".join(text.lower().split())
    if not t:
        return None
    if t[0].isdigit():
        return int(re.sub(r"\D", "", t))
    if t in _VAGUE:
        return _VAGUE[t]
    total = 0
    for w in t.split():
        if w not in _UNITS:
            return None
        total += _UNITS[w]
    return total


def _role(before: str, after: str) -> str:
    """The role word nearest the number in its clause: to the left (погибли двое), or to
    the right (двое погибли, 5 человек получили ранения)."""
    near = before[-70:]
    part = _PARTITIVE.match(after)
    if part:  # «один из раненых скончался»: the verb tells what befell the one
        verb = _ROLE_RE.search(after, part.end(), 70)
        if verb:
            return verb.lastgroup or ""
    lefts = list(_ROLE_RE.finditer(near))
    rights = list(_ROLE_RE.finditer(after[:70]))
    if lefts and rights and "," in near[lefts[-1].end():]:
        lefts = []  # «один погиб, четверо получили ранения»: the role of its own clause
    elif lefts and rights and "," in after[:rights[0].start()]:
        rights = []  # «число погибших достигло 24, ранены 87»: the next clause's role
    if lefts and rights and rights[0].start() <= 1 and _VERB_END.search(lefts[-1].group(0)):
        rights = []  # «скончались двое раненых»: the verb tells what befell them
    left = [(len(near) - m.end(), m.lastgroup) for m in lefts]
    right = [(m.start(), m.lastgroup) for m in rights]
    best = min(left + right, default=None)
    return best[1] if best else ""


_CAUSE_WORDS = re.compile(r"(?<!\w)(?:от|из-за|в\s+результате|вследствие)\s", re.I)
# vehicles counted, not people («две маршрутки», «три автомобиля», «пять грузовиков»)
_THINGS_AFTER = re.compile(r"\s+(?:[\w-]+(?:ых|ые|ую|ая|ой|ий|ый)\s+)?(?:маршрутк|машин|автомашин|"
                           r"автомобил|автобус|грузовик|фур|такси|трактор|велосипед|мотоцикл)"
                           r"(?:а|и|у|ой|ами|ах|ов|ы|ей|ом|е)?(?!\w)", re.I)


# a verb or a short participle («погибли», «скончался», «ранены», «убит»), not a noun
_VERB_END = re.compile(r"(?:л|ла|ло|ли|лся|лась|лось|лись|ны|на|н|ен|ты|т)$", re.I)


_PARTITIVE = re.compile(r"\s+из\s+(?:них\s+|числа\s+)?[\w-]+")
# «число пострадавших — трое»: the role before the dash that opens the count's clause
_ROLE_DASH = re.compile(r"(?:погибш|убит|раненн?|пострадавш|задержанн|эвакуированн)\w*"
                        # («… со своей стороны —»; not «погибших нет —», a toll of its own)
                        r"(?:\s+(?!(?:и|нет|не)(?!\w))[\w-]+){0,3}?\s*[—–-]\s*$", re.I)


NUMBER_WORDS = frozenset([*_UNITS, *_VAGUE])
# «…, с таджикской — три»: a side and a dash stand for the words of the count before
# («…, таджикская — о трех»: the side that told the count before, and its own)
_SIDE_GAP = re.compile(r"(?:(?:с|со)\s+(?:кыргызск|киргизск|таджикск|узбекск)\w*(?:\s+стороны)?|"
                       r"(?:у|среди)\s+(?:кыргызск|киргизск|таджикск|узбекск)\w*(?:\s+\w+)?)"
                       r"\s*[—–-]\s*$|(?<!\w)(?:кыргызск|киргизск|таджикск|узбекск)(?:ая|ие)"
                       r"(?:\s+сторон[аы])?\s*[—–-]\s*(?:о|об)\s+$", re.I)



_OPENS: dict[str, bool] = {}  # spelling -> whether a number can begin at it
_TOKEN_TEXT = itemgetter(0)  # (a Token is a tuple)


def _can_begin(t: str) -> bool:
    return t[0].isdigit() or t.lower() in NUMBER_WORDS


def _number_matches(sentence: str, start: int, tokens) -> list[re.Match]:
    """Number matches, tried only at the words that can begin a number (each spelling
    looked up in C, tested once)."""
    if tokens is None:
        return list(_NUMBER.finditer(sentence))
    flags = looked_up(list(map(_TOKEN_TEXT, tokens)), _OPENS, _can_begin)
    return matches_at_flags(_NUMBER, sentence, start, tokens, flags)


def find_counts(text: str, start: int, end: int, skip: list[tuple[int, int]] = (),
                tokens=None) -> list[Count]:
    """Counts in the sentence ``text[start:end]``; spans in ``skip`` (dates) are ignored."""
    sentence = text[start:end]
    out: list[Count] = []
    for m in _number_matches(sentence, start, tokens):
        if any(x <= start + m.start() < y for x, y in skip):
            continue
        value = _value(m, sentence)
        if value is not None:
            out.extend(_counts_at(m, value, text, start, sentence))
    out.extend(unnumbered(text, start, sentence, out))
    if not out:
        return out  # (most sentences: nothing to link or filter)
    out.sort(key=lambda c: c.start)
    out = beaten_too(sentence, start, out)
    return _listed_parts(text, _part_of(text, more_of(text, _inherit(text, out))))


def _value(m: re.Match, sentence: str) -> int | None:
    """The number a match stands for, or None where it counts no people: a unit after it
    (5 км, 3 дня), a number sign before it (№ 5), a time (15:30), a decimal, an ordinal."""
    value = parse_number(m.group("num"))
    if value is None:
        return None
    if m.group("mult"):
        value *= 1000
    after_all = sentence[m.end():]
    if _UNIT_AFTER.match(after_all) or _NUMBER_SIGN_BEFORE.search(sentence, 0, m.start()):
        return None
    if _TIME_OR_DECIMAL.match(after_all) or _ORDINAL_END.match(after_all):
        return None  # times (15:30), decimals, ordinals (5-й)
    return value


_NUMBER_SIGN_BEFORE = re.compile(r"(?:№|N|номер\w*)\s*$")  # (searched up to the number)
_TIME_OR_DECIMAL = re.compile(r"[.:,]\d")
_ORDINAL_END = re.compile(r"\s*-\s*(?:го|й|я|е|х)\b")


def _counts_at(m: re.Match, value: int, text: str, start: int, sentence: str) -> list[Count]:
    """The count a number of ``sentence`` (at ``start`` in ``text``) gives, with its role,
    qualifier, group and side (two when it has two roles), or none (a number word that
    counts nothing: «одна из версий», «два раза»)."""
    a, b = start + m.start(), start + m.end()
    before, after = count_clause(sentence, m.start(), m.end())
    g = _GROUP.match(after)
    dash = _ROLE_DASH.search(sentence, 0, m.start()) if not before.strip() else None
    # «погибших — трое, раненых — пятеро»: the role before the dash is the count's
    role = _ROLE_RE.match(dash.group(0)).lastgroup if dash else _role(before, after)
    if role and not dash and agent(m.group("num"), after, _ROLE_RE):
        role = ""  # «трое граждан избили пастуха»: those who did it
    if role and _THINGS_AFTER.match(after):
        role = ""  # «задержали две маршрутки с пассажирами»: vehicles, not people
    word = not m.group("num")[0].isdigit()
    if word and not (g or role or _SIDE_GAP.search(sentence, 0, m.start())) or (
            word and re.match(r"\s+из\b", after) and not role):
        return []  # «одна из версий», «два раза»; «с таджикской — три» is a count
    q = _QUAL_RE.search(before)
    qual = q.lastgroup if q else ""
    if qual == "up_to" and _RISE_BEFORE.search(before):
        qual = ""  # «число погибших возросло до 41» is the toll
    if m.group("num").lower() in _VAGUE:
        qual = "at_least"
    group = g.group("group").lower() if g else ""
    # («таджикские власти назвали число погибших — 19»: the clause of the role's words; a
    # country between them and the dash is the counted people's: «число погибших кыргызских
    # военных — 30», «с кыргызской стороны — 24»)
    told_before = count_clause(sentence, dash.start(), dash.start())[0] if dash else before
    between = sentence[dash.start():m.start()] + " " if dash else ""
    if _CAUSE_WORDS.search(between):
        between = ""  # «число погибших от обстрелов Таджикистана — 24»: whose fire, not whose dead
    side = side_of(between + noun_phrase(after, g), told_before, sentence, sentence[m.end():])
    out = [Count(a, b, text[a:b], value, role, qual, group, side)]
    also = second_role(_ROLE_RE, before, after, role) if role else ""
    if also:  # «двое были задержаны и избиты»: held and hurt, both
        out.append(Count(a, b, text[a:b], value, also, qual, group, side))
    return out


# «пострадали 25 человек, пятеро из них госпитализированы», «погибли семеро, в том числе
# двое детей»: a part of the count before it, already counted there
_PART_BEFORE = re.compile(r"(?:из\s+(?:них|которых|числа\s+которых)|в\s+том\s+числе|"
                          r"среди\s+(?:них|которых))\s+(?:(?:не\s+менее|более|около|"
                          r"порядка|свыше)\s+)?$", re.I)


def _part_of(text: str, counts: list[Count]) -> list[Count]:
    """A count told as a part of the one before it in its sentence, with its role (or
    none) and no side of its own, is no figure of its own: it is in that one."""
    out = list(counts)
    for k in range(1, len(out)):
        c, prev = out[k], out[k - 1]
        if not prev.role or c.value > prev.value or c.role not in ("", prev.role) or \
                c.side not in ("", prev.side) or c.start - prev.end > 80 or \
                re.search(r"[.;!?]", text[prev.end:c.start]):
            continue
        if _PART_BEFORE.search(text, max(prev.end, c.start - 30), c.start) or \
                _OF_THEM_AFTER.match(text, c.end):
            out[k] = replace(c, role="", side=c.side if c.side != prev.side else "")
    return out


def _listed_parts(text: str, counts: list[Count]) -> list[Count]:
    """The counts listed after a dash or a colon that add up to the count before it, of
    its side («о ранении 5 человек – двоих военнослужащих и троих жителей»), are its
    parts (a breakdown by side, «9 человек: 5 кыргызстанцев и 4 таджикистанца», keeps its
    role: the sides' figures)."""
    out = list(counts)
    for k, prev in enumerate(out[:-1]):
        if not prev.role or not re.match(r"[^.;!?]{0,60}?\s[—–-]\s|[^.;!?]{0,60}?:\s",
                                         text[prev.end:out[k + 1].start]):
            continue
        total, j = 0, k + 1
        while j < len(out) and total < prev.value and out[j].role in ("", prev.role) \
                and out[j].side in ("", prev.side):  # (one per side: a total's sides)
            total, j = total + out[j].value, j + 1
        if total == prev.value and j - k > 2:
            out[k + 1:j] = [replace(c, role="") for c in out[k + 1:j]]
    return out


# «…, ещё десять получили ранения», «…, из них пятеро»: more of the group counted before
_MORE_BEFORE = re.compile(r"(?:ещ[её]|из\s+(?:них|которых|числа\s+которых))\s+"
                          r"(?:(?:не\s+менее|более|около|порядка|свыше)\s+)?$", re.I)


_OF_THEM_AFTER = re.compile(r"\s+из\s+(?:них|которых)(?!\w)", re.I)
# «трое таджикских солдат погибли, двое ранены»: a bare numeral in the next clause,
# its noun left out, counts the same group
_NOUN_LEFT_OUT = re.compile(r"[^,.;:!?()—–]{0,60},\s*(?:а\s+|и\s+)?$", re.I)


def more_of(text: str, counts: list[Count], base: int = 0) -> list[Count]:
    """A count told as more of the group counted before it in its sentence («двое граждан
    Кыргызстана погибли, ещё десять ранены») takes that group's side when it names none
    (``text`` starts at offset ``base`` of the article)."""
    out = list(counts)
    for k in range(1, len(out)):
        c, prev = out[k], out[k - 1]
        if c.side or not prev.side or not c.role:
            continue
        a, b = c.start - base, c.end - base
        if _MORE_BEFORE.search(text, max(prev.end - base, a - 30), a) or \
                _OF_THEM_AFTER.match(text, b) or (
                    not c.group and prev.group
                    and _NOUN_LEFT_OUT.fullmatch(text, prev.end - base, a)):
            out[k] = replace(c, side=prev.side)
    return out


def _inherit(text: str, counts: list[Count]) -> list[Count]:
    """A count without a role takes that of the count before it when only a side or a
    conjunction stands between them: «с таджикской стороны погибли 5, с кыргызской — 3»."""
    out = list(counts)
    for k in range(1, len(out)):
        c, prev = out[k], out[k - 1]
        if c.role or not prev.role:
            continue
        between = text[prev.end:c.start]
        rest = re.sub(r"^\s*\w+", "", between) if _ROLE_RE.match(between.lstrip()) else between
        if len(between) <= 60 and not re.search(r"[.;!?]", between) and \
                not _ROLE_RE.search(rest) and re.search(r"[,:—–-]|\s(?:и|а)\s", between):
            named = country_codes_in(rest)  # «…, Таджикистан — о 41»: its own side
            side = named[-1] if named and named[-1] != prev.side else c.side
            out[k] = Count(c.start, c.end, c.text, c.value, prev.role, c.qualifier, c.group,
                           side, c.what, True)
    return out
