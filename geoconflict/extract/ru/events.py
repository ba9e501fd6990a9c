"""Russian cue words for the ACLED event types: the same cue groups and the same rules as
the English ``events`` module (which decides the type from the counts of cue words), with
Russian words: перестрелка, обстрел, столкновение, нападение на погранзаставу, перекрыли
дорогу, митинг, подписали протокол, прекращение огня …

Border closures and openings, demining and troop build-ups (the English groups), and
hand-overs, water cut off, livestock driven off and fences built (``development``) are
*other* strategic developments, as ACLED codes them — but people held who are handed back,
set free or swapped (``release``, counted as the English group) end a detention: Arrests.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .._cue_gate import FOLDS_OTHERWISE, CueGate, alternatives, gate_of
from .._cue_stems import StemCounter, closing, split_top
from ..event_types import EventType, _development, _violence
from ._cue_words import CUES, WATER_CUT

__all__ = ["CUES", "VIOLENCE_CUE", "classify", "sentence_kind", "HYPOTHETICAL",
           "GENERIC_EVENT", "HABITUAL", "TALLY", "PROMISED", "ANOTHER", "EARLIER_TOLD",
           "HYPOTHETICAL_WORDS", "PROMISED_WORDS", "ANOTHER_WORDS", "HABITUAL_WORDS",
           "development_of", "development_sort", "treaty_act", "WATER_CUT", "first_kind_cue",
           "violence_starts", "BARE_CONFLICT"]

_CUE_RE = {k: re.compile(rf"(?<!\w)(?:{v})", re.I) for k, v in CUES.items()}
_CUE_RE["armed_target"] = re.compile(
    rf"(?<!\w)(?:{CUES['attack']})\W+(?:[\w-]+\W+){{0,4}}?(?:{CUES['armed_target']})", re.I)
_VIOLENCE_KEYS = ("clash", "shelling", "air", "explosive", "grenade", "attack", "kill", "riot",
                  "loot", "theft")
_KIND_PATTERNS = {
    "violence": [CUES[k] for k in _VIOLENCE_KEYS],
    "agreement": [CUES["agreement"]],
    "other": [CUES[k] for k in ("weapons", "diplomacy", "border_status", "demining",
                                "deployment", "development")],
    "protest": [CUES["protest"]],
}
# (the word-start test once for the four kinds, not in each: the same matches, faster)
_KIND_CUE = re.compile(r"(?<!\w)(?:" + "|".join(rf"(?P<{k}>{'|'.join(v)})"
                                                 for k, v in _KIND_PATTERNS.items()) + ")", re.I)
#: Words of violence (their start is where a sentence's violence is told).
VIOLENCE_CUE = re.compile(r"(?<!\w)(?:" + "|".join(_KIND_PATTERNS["violence"]) + ")", re.I)
# ``.match(text, at)`` of the two with only the alternatives that can begin at ``at``
# (the same matches; see ``_cue_gate``)
_KIND_AT = CueGate(_KIND_CUE, {k: alternatives("|".join(v)) for k, v in _KIND_PATTERNS.items()},
                   lambda d: r"(?<!\w)(?:" + "|".join(rf"(?P<{k}>{v})" for k, v in d.items())
                   + ")")
_VIOLENCE_AT = CueGate(VIOLENCE_CUE, {"": alternatives(VIOLENCE_CUE.pattern[10:-1])},
                       lambda d: r"(?<!\w)(?:" + d[""] + ")")
#: What was planned, feared or threatened, not what happened.
HYPOTHETICAL = re.compile(r"(?<!\w)(?:планир\w*\s+(?:напасть|атак)|могут\s+напасть|"
                          r"угрожа\w*\s+(?:напасть|применить)|возможн\w+\s+нападени\w*|"
                          r"не\s+исключ\w*)", re.I)
HYPOTHETICAL_WORDS = ("планир", "могут", "угрожа", "возможн", "исключ")  # (one in every match)
#: What the subject of the sentence only promised to do: a verb of promise with an
#: infinitive, in the sentence's first clause («Узбекская сторона пообещала вернуть
#: скот владельцу», «стороны обязались вернуть скот»); not one told after a comma
#: («…, которые пообещали вернуть скот»: the news is before it). (A plan, «КПП планируют
#: открыть», is a development of its own.)
PROMISED = re.compile(r"^[^,;:«»]*?(?<!\w)(?:пообеща\w*|обеща(?:ет|ют|л|ла|ли)|"
                      r"обязал(?:ся|ась|ись)|обязу(?:ется|ются))\s+(?:[\w-]+\s+){0,2}?[а-яё]+(?:ть|ти|чь)"
                      r"(?:ся)?(?!\w)", re.I)
PROMISED_WORDS = ("обеща", "обязал", "обязу")  # (one in every match, in lower case)
#: A sentence that tells another incident than the one before («Еще одно задержание»).
ANOTHER = re.compile(r"(?<!\w)(?:[Ее]щ[её]\s+(?:один|одно|одна|одного|одной)|[Дд]руг(?:ой|ое|ая)|"
                     r"[Вв]тор(?:ой|ое|ая))\s+(?:\w+\s+)?(?:инцидент|случа[йя]|задержани[ея]|"
                     r"нападени[ея]|столкновени[ея]|конфликт|перестрелк[аи]|происшестви[ея])",
                     re.I)
ANOTHER_WORDS = ("ещ", "друг", "втор")  # (one in every match, in lower case)
#: An earlier report told again («Ранее власти Узбекистана сообщили, что …», «Ранее в
#: ГПС заявили …»): as a recap, what it tells is not more of the sentence before it (but
#: «Ранее в тот же день …», an earlier hour of the day told, names no report).
EARLIER_TOLD = re.compile(r"^\W*Ранее\s+(?:[\w-]+\s+){0,4}?(?:сообщил|сообщал|заявил|заявлял|"
                          r"объявил|информировал)\w*(?!\w)")
#: Events or victims counted over a period, not one event told: «пять таких инцидентов»,
#: «несколько подобных случаев», «15 инцидентов на границе», «подобные конфликты
#: происходят», «с начала года», «за последние три года», «ежегодно». Searched in the
#: lower-cased sentence (no IGNORECASE: cheaper to build and to run).
_EVENTS = r"(?:инцидент|случа|конфликт|столкновени|перестрел|происшестви|нарушени|стыч)"
TALLY = re.compile(
    r"(?<!\w)(?:(?:\d+|несколько|ряд|много|немало|десятк\w+|сот(?:ни|ен)|пять|шесть|семь|"
    rf"восемь|девять|десять)\s+(?:[\w-]+\s+){{0,2}}?{_EVENTS}(?:ов|ев|й|ок|ек)(?!\w)|"
    rf"(?:два|две|три|четыре)\s+(?:таких|подобных|аналогичных)\s+{_EVENTS}|"
    rf"(?:такие|подобные|аналогичные)\s+{_EVENTS}\w*\s+(?:[\w-]+\s+)?(?:происход|случа|"
    r"повторя|возника)|с\s+начала\s+(?:текущего\s+|этого\s+)?года|"
    r"за\s+последни[ех]\s+(?:[\w-]+\s+)?(?:лет|год|месяц)|"
    r"в\s+последние\s+(?:[\w-]+\s+)?(?:годы|лет|месяцы)|ежегодно|каждый\s+год)")
#: What happens again and again («регулярно становится местом конфликтов»), not one event.
#: («участились попытки контрабанды», «участились случаи»: more frequent of late)
HABITUAL = re.compile(r"(?<!\w)(?:регулярно|нередко|периодически|время\s+от\s+времени|"
                      r"постоянно|зачастую|как\s+правило|участил(?:ись|ась|ось|ся))(?!\w)",
                      re.I)
HABITUAL_WORDS = ("регулярно", "нередко", "периодически", "время", "постоянно", "зачастую",
                  "правило", "участил")  # (one in every match, in lower case)
#: people held, and people set free or handed back (``stops``: where captives were freed)
ARREST_RE, RELEASE_RE = _CUE_RE["arrest"], _CUE_RE["release"]


#: Words that tell that something happened without saying what («инцидент произошел 20
#: июля», «имевший место 28 сентября»).
GENERIC_EVENT = re.compile(r"(?<!\w)(?:инцидент\w*|происшестви\w*|произош(?:ел|ёл|ла|ло|ли)|"
                           r"(?:ситуаци\w*|обстановк\w*)\s+(?:\w+\s+)?обостр\w*|обострени\w*|"
                           r"случил\w*|имевш\w*\s+место|имел\w*\s+место|конфликт\w*)", re.I)


_DEVELOPMENTS = ("border_status", "deployment", "demining", "development", "weapons",
                 "diplomacy", "arrest")


@lru_cache(maxsize=8192)
def development_of(text: str) -> str:
    """Which development a sentence of kind *other* tells (its first cue group): a
    closure, a deployment, demining, a hand-over, a detention …, or ""."""
    found = [(m.start(), k) for k in _DEVELOPMENTS for m in [_CUE_RE[k].search(text)] if m]
    return min(found)[1] if found else ""


# cattle driven or goods carried across the line unlawfully: what a detention at the
# line interdicts («пресекли незаконный перегон скота … Задержаны четверо граждан»)
_SMUGGLING = re.compile(r"контрабанд(?!ист)|угнал|перегон\w*\s+(?:\w+\s+){0,2}?скот|(?:незаконн|"
                        r"нелегальн)\w*\s+(?:перегон|вывоз|ввоз|перемещени)|"
                        # (the herd itself held: «задержано 67 голов скота»)
                        r"задержа(?:ли|л|ла|ны|но|на|н)(?!\w)\s+(?:(?:[\w-]+\s+){0,2}?(?:голов|"
                        r"лошад|овец|овц|коров|баран)|(?:табун|отар|стад)\w*|скот|МРС|КРС)", re.I)


def development_sort(text: str) -> str:
    """The sort of development a sentence tells (``development_of``), a detention and the
    smuggling it stops being one sort: one interdiction, told in a few sentences."""
    what = development_of(text)
    if what == "arrest" or what == "development" and _SMUGGLING.search(text):
        return "interdiction"
    return what


_REASON_BEFORE = re.compile(r"(?<!\w)(?:поводом|причиной)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:стал[аио]?|послужил[аио]?|являются|является)\s+(?:[\w-]+\s+)?$",
                            re.I)
# (and a purpose, what was to be prevented: «для недопущения эскалации конфликта», «во
# избежание столкновений»)
_CAUSE_BEFORE = re.compile(r"(?<!\w)(?:из-за|в\s+связи\s+с|по\s+причине|в\s+преддверии|"
                           r"на\s+время|(?:для|с\s+целью|в\s+целях)\s+(?:недопущения|"
                           r"предотвращения)|во\s+избежание|чтобы\s+не\s+допустить)"
                           r"\s+(?:[\w-]+\s+)?$", re.I)


@lru_cache(maxsize=8192)
def sentence_kind(text: str) -> str | None:
    """The kind of incident a Russian sentence tells: that of its first cue, or None.

    >>> sentence_kind("Стороны договорились о прекращении огня после перестрелки.")
    'agreement'
    >>> sentence_kind("Перестрелка продолжилась, несмотря на перемирие.")
    'violence'
    """
    m = first_kind_cue(text)
    if m and ("з-за" in text or "связи" in text or "причин" in text or "преддвери" in text
              or "время" in text or "допу" in text or "предотвращ" in text
              or "избежани" in text) and \
            _CAUSE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        # «из-за саммита … закрыт аэропорт»: a cue in a phrase of cause tells why, not what
        m = next((c for c in _KIND_CUE.finditer(text, m.end())
                  if not _CAUSE_BEFORE.search(text, max(0, c.start() - 30), c.start())), m)
    if m and ("оводом" in text or "ричиной" in text) and \
            _REASON_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        # «поводом стало перекрытие дороги»: why the incident told happened, not another
        m = _KIND_CUE.search(text, m.end())
        if m is None:
            return None
    if m:
        return m.lastgroup
    # a detention is a development of its own only when nothing else is told
    return "other" if _arrest_told(text) else None


def _fragments(pattern: str) -> frozenset[str]:
    """The first letters of every literal run of a pattern: a text holding none of them
    cannot match it (a cheap pre-check before the regular expression)."""
    return frozenset(w[:3] for w in re.findall(r"[а-яё]{2,}", pattern.lower()))


_FRAGMENTS = {k: _fragments(v) for k, v in CUES.items()}
_FRAGMENTS["armed_target"] = _FRAGMENTS["attack"]
_TRIGRAM_KEYS = frozenset(k for k, v in _FRAGMENTS.items() if all(len(f) == 3 for f in v))


def _opening_words(alt: str) -> list[str] | None:
    """The first four letters (lower case) of every word an alternative of a cue can begin
    with; None when a part of it may begin otherwise (its group is then searched whole)."""
    while alt.startswith(("(?<!", "(?<=")):  # a look-behind («(?<!\\w)», «(?<!будет\\s)»)
        alt = alt[closing(alt) + 1:]  # does not move where the match begins
    if alt.startswith("(?:"):
        i = closing(alt)
        inner = [_opening_words(part) for part in split_top(alt[3:i])]
        if any(words is None for words in inner) or alt[i + 1:i + 2] == "{":
            return None
        words = [w for part in inner for w in part]
        if alt[i + 1:i + 2] in ("?", "*"):
            rest = _opening_words(alt[i + 2:])
            return None if rest is None else words + rest
        return words
    m = re.match(r"[^\W\d_]+", alt)
    word = m.group() if m else ""
    if alt[len(word):len(word) + 1] in ("?", "*", "{"):
        word = word[:-1]
    return [word.lower()[:4]] if word else None


def _group_stems(pattern: str) -> frozenset[str] | None:
    words = [_opening_words(alt) for alt in split_top(pattern)]
    return None if any(w is None for w in words) else frozenset(x for w in words for x in w)


_STEMS = {k: _group_stems(v) for k, v in CUES.items()}
_STEMS["armed_target"] = _STEMS["attack"]
_COUNTER = StemCounter(_CUE_RE, _STEMS, shared_cut=True)  # (cut by _AT_WORDS before)


# where a cue of any kind, or a word of violence, can begin (for the first cue and the
# words of violence of a sentence: the pattern tried at those words only)
_AT_WORDS = StemCounter(
    {"kind": _KIND_CUE, "violence": VIOLENCE_CUE},
    {"kind": _group_stems("|".join(p for pats in _KIND_PATTERNS.values() for p in pats)),
     "violence": _group_stems("|".join(_KIND_PATTERNS["violence"]))},
    memo=True, shared_cut=True)  # (a sentence's first cue, its words of violence and its
    # type: its words cut once)


def first_kind_cue(text: str) -> re.Match | None:
    """``_KIND_CUE.search(text)``, tried at the words a cue can begin at."""
    if "kind" in _AT_WORDS.whole or _FOLDS_PLAIN.search(text):
        return _KIND_CUE.search(text)
    for at in _AT_WORDS.word_starts(text).get("kind", ()):
        m = _KIND_AT.match(text, at)
        if m:
            return m
    return None


# where a word of detention can begin (the sentence's words as ``_AT_WORDS`` cut them)
_ARREST_AT = StemCounter({"arrest": _CUE_RE["arrest"]}, {"arrest": _STEMS["arrest"]},
                         shared_cut=True)
_ARREST_MATCH = gate_of(_CUE_RE["arrest"]).match  # (the alternatives that can begin there)


def _arrest_told(text: str) -> bool:
    """``_CUE_RE["arrest"].search(text)``, tried at the words it can begin at."""
    if "arrest" in _ARREST_AT.whole or _FOLDS_PLAIN.search(text):
        return _CUE_RE["arrest"].search(text) is not None
    return any(_ARREST_MATCH(text, at) for at in _ARREST_AT.word_starts(text).get("arrest", ()))


def violence_starts(text: str) -> list[int]:
    """Where ``VIOLENCE_CUE.finditer(text)`` matches, tried at the words it can begin at."""
    if "violence" in _AT_WORDS.whole or _FOLDS_PLAIN.search(text):
        return [m.start() for m in VIOLENCE_CUE.finditer(text)]
    out, end = [], 0
    for at in _AT_WORDS.word_starts(text).get("violence", ()):
        if at >= end and (m := _VIOLENCE_AT.match(text, at)):
            out.append(at)
            end = m.end()
    return out
# letters whose case folding meets a Russian or Latin letter another way than lower():
# a text with any of them is counted the slow way (``_cue_gate.FOLDS_OTHERWISE``)
_FOLDS_PLAIN = FOLDS_OTHERWISE


@lru_cache(maxsize=8192)
def _sentence_counts(text: str) -> tuple[tuple[str, int], ...]:
    if not _FOLDS_PLAIN.search(text):  # each group tried only at the words it can begin at
        return _COUNTER.counts(text)
    low = text.lower()
    # every three-letter piece of the text: a group none of whose fragments is among them
    # cannot match (the test «fragment in text» in one set lookup); a group with
    # two-letter fragments («бо», «ой»), which nearly every sentence holds, is always tried
    grams = {low[i:i + 3] for i in range(len(low) - 2)}
    return tuple((k, 0 if k in _TRIGRAM_KEYS and _FRAGMENTS[k].isdisjoint(grams)
                  else len(pat.findall(text))) for k, pat in _CUE_RE.items())


def classify(sentences: list[str], kind: str | None = None) -> EventType:
    """The ACLED type of an incident told by these Russian sentences (the rules of
    ``events``).

    >>> classify(["Пограничники открыли огонь, двое погибли."]).sub_event_type
    'Armed clash'
    >>> classify(["Село обстреляли из минометов."]).sub_event_type
    'Shelling/artillery/missile attack'
    """
    if kind is None:
        kind = next((k for k in map(sentence_kind, sentences) if k), "violence")
    c = dict.fromkeys(CUES, 0)
    for text in sentences:
        for k, n in _sentence_counts(text):
            c[k] += n
        if "острада" in text or "травм" in text:
            c["kill"] += len(_HURT.findall(text))
    if c["riot"] and c["clash"] and c["clash"] == sum(
            len(BARE_CONFLICT.findall(t)) + len(_SKIRMISH.findall(t)) for t in sentences):
        # «конфликт», «стычка» между жителями with stones thrown: no armed clash
        c["clash"] = 0
    if c["riot"] and c["civilians"] and not (c["attack"] or c["clash"] or c["shelling"]):
        # residents who threw stones at each other, some hurt: mob violence, not an attack
        # on civilians by an armed side
        c["civilians"] = 0
    return _development(kind, c) or _violence(c)


# «конфликт» alone (not «вооруженный конфликт»): a quarrel or a brawl as often as a fight
BARE_CONFLICT = re.compile(r"(?<!\w)(?<!вооруженный\s)(?<!вооружённый\s)(?<!вооруженного\s)"
                            r"конфликт\w*", re.I)


# «стычка» (a skirmish): a brawl when stones or fists are all it tells
_SKIRMISH = re.compile(r"(?<!\w)(?:стычк\w*|стычек)", re.I)


# people hurt («пострадали двое», «получили травмы»): words of harm for the type of the
# incident (as «injured» in English), though no words of violence of the sentence; not
# «никто не пострадал», «пострадавших нет»
_HURT = re.compile(r"(?<!\w)(?<!не\s)(?:пострадал\w*|пострадавш(?!\w*\s+нет)\w*|"
                   r"травм(?:ы|ами|ирова)\w*)", re.I)


# the stages of a treaty, each an act of its own body: signed by the leaders, ratified by a
# parliament («Соглашение подписали президенты …», «Сенат ратифицировал соглашение»)
# (an act done: not «договорились ратифицировать его до конца года», a plan)
_TREATY_ACTS = (("ratified", re.compile(r"(?<!\w)ратифицирова(?:л|н)\w*", re.I)),
                ("signed", re.compile(r"(?<!\w)подпис(?:ал|ан)\w*", re.I)))


def treaty_act(text: str) -> str:
    """The stage of a treaty a sentence tells (ratified, or signed), or ""."""
    return next((act for act, pattern in _TREATY_ACTS if pattern.search(text)), "")
