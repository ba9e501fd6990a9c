"""The kind of place Russian words around a name imply («в селе X», «X района», «застава
«X»»), and the names that are no place (people, military units, border sections)."""

from __future__ import annotations

import re
from itertools import compress
from operator import itemgetter

from .._memo import looked_up
from .._text import Document
from .._toponym_base import Mention, Spans, kind_of

__all__ = ["cue_kinds", "not_a_place", "unknown_names", "SECTION_BEFORE"]

# Russian kind words (every case form) → the English cue word of ``KIND_WORDS``.
_BEFORE = [
    ("village", r"сел(?:о|а|е|ом|ах|ам)?|сёл|посел(?:ок|ка|ке|ком)|посёл(?:ок|ка|ке|ком)|"
                r"кишлак(?:а|е|ом)?|ауыл|айыл(?:а|е)?|аил(?:а|е)?|н\.\s?п\.|"
                r"населенн\w+\s+пункт\w*|населённ\w+\s+пункт\w*|махалл\w*"),
    ("jamoat", r"джамоат(?:а|е|ом|ы)?|сельск\w+\s+округ\w*|айыл\w*\s+окмот\w*|"
               r"айыл\w*\s+аймак\w*"),
    ("town", r"город(?:а|е|ом)?|г\.|пгт"),
    ("post", r"(?:погран)?застав\w*|погранпост\w*|пост(?:а|у|е|ом)?"),
    ("checkpoint", r"КПП|пункт\w*\s+пропуска|контрольно-пропускн\w*\s+пункт\w*|"
                   r"пограничн\w+\s+переход\w*|переход\w*|таможенн\w+\s+пост\w*"),
    ("canal", r"канал\w*"),
    ("river", r"рек(?:а|и|е|у|ой)"),
    # («в местности Максат»: a locality named after its village or tract, any kind of
    # place: no kind word)
    ("valley", r"урочищ\w*|массив\w*|ущель\w*"),
    ("district", r"район(?:а|ом|у)?"),  # «в районе X» is near X (see toponyms), no district
    ("region", r"област(?:ь|и|ью)"),
]
_AFTER = [
    # «Кулунду-автодорожный», «Достук-автодорожный»: a road crossing's official name
    ("checkpoint", r"-?автодорожн\w*"),
    ("reservoir", r"водохранилищ\w*"),
    ("canal", r"канал\w*"),
    ("dam", r"плотин\w*"),
    ("district", r"район\w*|р-н\w*|тумани|ноҳия"),
    ("region", r"област\w*|обл\.|вилоят\w*|облус\w*"),
    ("jamoat", r"джамоат\w*|айыл\w*\s+окмот\w*|айыл\w*\s+аймак\w*"),
]
_KIND_BEFORE = re.compile(r"(?:^|[^\w.])(?:" + "|".join(f"(?P<{k}>{p})" for k, p in _BEFORE)
                          + r")\s*[«\"„“]?$", re.I)
_KIND_AFTER = re.compile(r"[»\"”]?\s*(?:\([^()]{1,40}\)\s*)?(?:"
                         + "|".join(f"(?P<{k}>{p})" for k, p in _AFTER) + r")(?!\w)", re.I)
# «Ала-Букинского пограничного отряда», «Ала-Букинскому участку»: units and sections
# («Самаркандского ПОГР», «Ошского ПО»: a border detachment by its abbreviation)
_UNIT_AFTER = re.compile(r"^\s+(?:пограничн\w+\s+|погран)?(?:отряд\w*|участк\w*|"
                         r"комендатур\w*|управлени\w*|\w+\s+отряд\w*)|"
                         r"^\s+(?:ПОГР|ПогО|ПОГО)(?!\w)", re.I)
_PERSON_AFTER = re.compile(r"^\s+(?:уулу|кызы|оглы|угли|ўғли)\b", re.I)
# «Айбек Сыдыков», «Ойбек Каримов»: a first name before a surname
_SURNAME_AFTER = re.compile(r"^\s+[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|"
                            r"зода|заде|иев|иева|уулу|кызы)(?:а|у|ым|ой|е)?\b")
_INITIAL_BEFORE = re.compile(r"(?:^|\s)[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.\s?)?$")


_COORDINATED = re.compile(r"(?:\s*(?:,|и)\s+[А-ЯЁ][\w-]*(?:ск|цк)(?:ой|ом|ого|ую|ая|ий|ое|им|их|ие)"
                          r"(?!\w))+")
#: «на участке «Кайрагач»», «погранучасток «Тортколь»», «на участке границы «Кок-Таш»»: a
#: stretch of border named after a place (the place is kept, as a stretch of border:
#: ``_context``)
SECTION_BEFORE = re.compile(r"(?<!\w)(?:(?:пограничн\w+\s+)?участ(?:ок|ка|ке|ком)|"
                            r"погранучаст\w*)(?:\s+(?:государственной\s+)?(?:гос)?границы)?"
                            r"\s*[«\"„“]$", re.I)
_ADJ_BEFORE = re.compile(r"[А-ЯЁ][\w-]*(?:ск|цк)(?:ого|ой|ом|ий|ая|ое|ому|им|ую)\s+$")
_NAME_NEXT = re.compile(r"\s+[«\"]?[А-ЯЁ]")
_KIND_LAST = re.compile(r"(?:^|\s)(?:" + "|".join(f"(?P<{k}>{p})" for k, p in _AFTER) + r")$",
                        re.I)


def _kind_word(doc: Document, mm: Mention) -> str:
    """The kind word of a mention: in its own last word («Тайлякский район», unless a
    curated record has that alias), after it
    («Лейлекского района», but «Чоркух района Исфара» names the district Isfara) or
    before it («в селе Ворух», «застава «Лякон»», «районом Чуст»)."""
    if mm.text[:1].islower():
        return ""  # an alias that opens with its kind word («пограничный переход Ойбек»)
    m = _KIND_LAST.search(mm.text)
    if m:  # a curated alias says what it is («Сохский район» of the Sokh enclave)
        curated = all(p.origin == "curated" for p in mm.candidates)
        return "" if curated else m.lastgroup or ""
    text = doc.text
    m = _KIND_AFTER.match(text, mm.end, mm.end + 70)
    if m and (mm.how == "adjective" or not _NAME_NEXT.match(text, m.end())):
        return m.lastgroup or ""
    if mm.how == "adjective":  # «Ошской и Джалал-Абадской областях»: one kind word for both
        co = _COORDINATED.match(text, mm.end, mm.end + 70)
        m = co and _KIND_AFTER.match(text, co.end(), co.end() + 70)
        if m:
            return m.lastgroup or ""
    at = _list_start(text, mm.start) if text[mm.start - 1:mm.start] == "«" else mm.start
    m = _KIND_BEFORE.search(text, max(0, at - 40), at)
    if m and _ADJ_BEFORE.search(text, max(0, m.start() - 30), m.start() + 1):
        return ""  # «Матчинского района Согда»: the district is Matcha's, Sughd is no district
    return m.lastgroup or "" if m else ""


def cue_kinds(doc: Document, mentions: list[Mention]) -> None:
    """Set ``kinds`` and ``cue`` of each mention from the Russian kind word next to it."""
    for mm in mentions:
        word = _kind_word(doc, mm)
        if word:
            mm.kinds, mm.cue = kind_of(word), word


def not_a_place(doc: Document, i: int, j: int) -> bool:
    """A match that is a person's name (Разак уулу, А.Байчиев, a first name before a
    surname: Айбек Сыдыков), names a unit or a border
    section after a place (Ала-Букинского пограничного отряда), or is a name in «quotes»
    with no kind word before it (an outlet or a body: «Ферганы», «Озоди»)."""
    tokens, text = doc.tokens, doc.text
    a, b = tokens[i].start, tokens[j - 1].end
    after = text[b:b + 40]
    if _PERSON_AFTER.match(after) or _INITIAL_BEFORE.search(text, max(0, a - 6), a) or (
            j - i == 1 and _SURNAME_AFTER.match(after)):
        return True
    if a > 0 and text[a - 1] == "«" and text[b:b + 1] == "»" and not _quoted_kind(text, a):
        return True
    return bool(_UNIT_AFTER.match(after))


# «пункты пропуска «Дустлик» и «Ханабад»»: a quoted name in a list after its kind word
_QUOTED_BEFORE = re.compile(r"«[^«»]{1,40}»\s*(?:,|и)\s*«$")


def _list_start(text: str, a: int) -> int:
    """Where the first of a list of quoted names that ends with the one at ``a`` opens."""
    for _ in range(6):
        m = _QUOTED_BEFORE.search(text, max(0, a - 50), a)
        if m is None:
            break
        a = m.start() + 1
    return a


def _quoted_kind(text: str, a: int) -> bool:
    """Whether a kind word stands before the quoted name opening at ``a`` (or before the
    first of a list of quoted names it closes)."""
    a = _list_start(text, a)
    return bool(_KIND_BEFORE.search(text, max(0, a - 40), a)
                or SECTION_BEFORE.search(text, max(0, a - 40), a))


_NAME = r"[А-ЯЁӨҮҢҒҚҲҶЎ][а-яёөүңғқӯҳҷўӣ]+(?:-[А-ЯЁӨҮҢҒҚҲҶЎа-яё][а-яёөүңғқӯҳҷўӣ]+)?"
# A name the text calls a place: «в селе X», «местности X», «на заставе «X»», «КПП «X»».
_UNKNOWN = re.compile(
    r"(?<!\w)(?P<kind>сел(?:о|а|е|ом)|посел(?:ок|ка|ке)|посёл(?:ок|ка|ке)|кишлак(?:а|е)?|"
    r"джамоат(?:а|е|ом)?|местност[ьи]|урочищ[еа]|айыл(?:а|е)?|"
    r"(?:погран)?застав[аеуыой]+|пост[аеу]?|КПП|пункт[аеу]?\s+пропуска|переход[аеу]?)"
    rf"\s+(?P<q>[«\"]?)(?P<name>{_NAME})")


# the words a match of ``_UNKNOWN`` can open with (it reads no other case)
_UNKNOWN_STEMS = ("сел", "посел", "посёл", "кишлак", "джамоат", "местност", "урочищ", "айыл",
                  "застав", "погранзастав", "пост", "КПП", "пункт", "переход")
_MAY_BE_KIND: dict[str, bool] = {}  # spelling -> whether it opens with one of them
_TOKEN_TEXT = itemgetter(0)  # (a Token is a tuple)


def _unknown_matches(doc: Document) -> list[re.Match]:
    """``_UNKNOWN.finditer`` from the body's start, tried only at the tokens that open with
    a kind word's stem (a match opens a word: no word character before it), unless a
    span is skipped (no token there) or an underscore (a word character) may join words."""
    text = doc.text
    if doc.skipped or "_" in text:
        return list(_UNKNOWN.finditer(text, doc.body_start))
    tokens = doc.tokens
    flags = looked_up(list(map(_TOKEN_TEXT, tokens)), _MAY_BE_KIND,
                      lambda t: t.startswith(_UNKNOWN_STEMS))
    out, pos = [], 0
    for tok in compress(tokens, flags):
        m = _UNKNOWN.match(text, tok.start) if tok.start >= pos else None
        if m:
            out.append(m)
            pos = m.end()
    return out


def unknown_names(doc: Document, covered: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Names a kind word marks as places that no gazetteer name covers: (start, end,
    kind word in English)."""
    out = []
    gazetteer_spans = Spans(covered)
    for m in _unknown_matches(doc):
        a, b = m.span("name")
        if gazetteer_spans.overlaps(a, b):
            continue
        if not m.group("q") and m.group("kind").lower().startswith(("пост", "переход")):
            continue  # «пост» and «переход» name a place only in quotes
        word = _KIND_WORD.get(m.group("kind")[:3].lower(), "village")
        out.append((a, b, word))
    return out


_KIND_WORD = {"сел": "village", "пос": "village", "киш": "village", "джа": "jamoat",
              "мес": "valley", "уро": "valley", "айы": "village", "заст": "post", "зас": "post",
              "пог": "post", "кпп": "checkpoint", "пун": "checkpoint", "пер": "checkpoint"}
