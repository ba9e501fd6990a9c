"""The kind of place Russian words around a name imply («в селе X», «X района», «застава
«X»»), and the names that are no place (people, military units, border sections)."""

from __future__ import annotations

import re

from .._text import Document
from .._toponym_base import Mention, kind_of

__all__ = ["cue_kinds", "not_a_place", "context_of", "unknown_names", "PARENT_GAP"]

# Russian kind words (every case form) → the English cue word of ``KIND_WORDS``.
_BEFORE = [
    ("village", r"сел(?:о|а|е|ом|ах|ам)?|сёл|посел(?:ок|ка|ке|ком)|посёл(?:ок|ка|ке|ком)|"
                r"кишлак(?:а|е|ом)?|ауыл|айыл(?:а|е)?|аил(?:а|е)?|н\.\s?п\.|"
                r"населенн\w+\s+пункт\w*|населённ\w+\s+пункт\w*|махалл\w*"),
    ("jamoat", r"джамоат(?:а|е|ом|ы)?|сельск\w+\s+округ\w*|айыл\w*\s+окмот\w*|"
               r"айыл\w*\s+аймак\w*"),
    ("town", r"город(?:а|е|ом)?|г\.|пгт"),
    ("post", r"(?:погран)?застав\w*|погранпост\w*|пост(?:а|у|е|ом)?"),
    ("checkpoint", r"КПП|пункт\w*\s+пропуска|пограничн\w+\s+переход\w*|переход\w*|"
                   r"таможенн\w+\s+пост\w*"),
    ("canal", r"канал\w*"),
    ("river", r"рек(?:а|и|е|у|ой)"),
    ("valley", r"местност\w*|урочищ\w*|массив\w*|ущель\w*"),
    ("district", r"район(?:а|ом|у)?"),  # «в районе X» is near X (see toponyms), no district
    ("region", r"област(?:ь|и|ью)"),
]
_AFTER = [
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
_UNIT_AFTER = re.compile(r"^\s+(?:пограничн\w+\s+|погран)?(?:отряд\w*|участк\w*|"
                         r"комендатур\w*|управлени\w*|\w+\s+отряд\w*)", re.I)
_PERSON_AFTER = re.compile(r"^\s+(?:уулу|кызы|оглы|угли|ўғли)\b", re.I)
_INITIAL_BEFORE = re.compile(r"(?:^|\s)[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.\s?)?$")


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
    m = _KIND_BEFORE.search(text, max(0, mm.start - 40), mm.start)
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
    """A match that is a person's name (Разак уулу, А.Байчиев), names a unit or a border
    section after a place (Ала-Букинского пограничного отряда), or is a name in «quotes»
    with no kind word before it (an outlet or a body: «Ферганы», «Озоди»)."""
    tokens, text = doc.tokens, doc.text
    a, b = tokens[i].start, tokens[j - 1].end
    after = text[b:b + 40]
    if _PERSON_AFTER.match(after) or _INITIAL_BEFORE.search(text, max(0, a - 6), a):
        return True
    if a > 0 and text[a - 1] == "«" and text[b:b + 1] == "»" and \
            not _KIND_BEFORE.search(text, max(0, a - 40), a):
        return True
    return bool(_UNIT_AFTER.match(after))


# The words that say a place is not where something happened: an official's or a body's
# title («глава сельской управы Ак-Сай», «УВД Ошской области», «согдийской областной
# администрации»), a hospital or a destination («госпитализировали в Чустскую
# райбольницу», «доставлен в Исфару»), a route («по маршруту А – Б – В»), a dateline
# («БИШКЕК, 24 мар —»), a person's home
# («житель села Ажек»; «жители X» of a clash are its scene).
_TITLE_BEFORE = re.compile(
    r"(?<!\w)(?:глав[аеыуо]й?|руководител\w*|начальник\w*|губернатор\w*|полпред\w*|"
    r"полномочн\w+\s+представител\w*|замест\w+\s+\w+|мэр\w*|хоким\w*|аким\w*|"
    r"хукумат\w*|администраци\w*|управ[аыуе]|(?:гос)?управлени\w*|айыл\s+окмот\w*|"
    r"УВД|ОВД|РОВД|ГУВД|ГОВД|власт(?:ей|ям|ями|ях)|власти|представител\w*|делегаци\w*|"
    r"депутат\w*|правительств\w*|комисси\w*|департамент\w*|председател\w*|директор\w*|"
    r"прокурор\w*|райотдел\w*|горотдел\w*|отдел\w*\s+милиции|милици[иейя]|полици[иейя]|"
    r"прокуратур\w*|уроженц\w*|уроженк\w*|уроженец|суд\w*|проживающ\w*|родом\s+из|"
    r"жител(?:ь|я|ю|ем)|жительниц\w*)\s+(?:[\w-]+\s+){0,2}?[«\"]?$", re.I)
# «чабан из села Кошой», «мужчина из Исфары»: a person's home, not the scene
_HOME_BEFORE = re.compile(
    r"(?<!\w)(?:чабан\w*|пастух\w*|мужчин\w*|женщин\w*|парн\w*|парен\w*|житель\w*|"
    r"гражданин\w*|гражданк\w*|подрост\w*|юнош\w*|ребен\w*|ребён\w*|школьни\w*|"
    r"студент\w*|водител\w*|фермер\w*)\s+(?:\d+-летн\w+\s+)?из\s+(?:сел[оа]|город[а]?|"
    r"кишлака|айыла|деревни|поселка|посёлка)?\s*[«\"]?$", re.I)
# a reporter's own way («мы выехали из Худжанда и направились в Исфару»)
_OUR_WAY = re.compile(r"(?<!\w)(?:мы|нас|наш\w*)(?!\w)[^.;]{0,60}(?<!\w)(?:выех\w*|въех\w*|"
                      r"проех\w*|доех\w*|приех\w*|ехали|едем|поехали|направил\w*|"
                      r"добрал\w*|пересекл\w*|отправил\w*)"
                      r"(?:(?!,\s*(?:и|а|но|где|когда)\s)[^.;]){0,60}$", re.I)
_TITLE_AFTER = re.compile(
    r"^[»\"]?\s*(?:(?:центральн|районн|областн|городск|сельск|межрайонн|территориальн|"
    r"клиническ|детск)\w*\s+){0,2}(?:администраци|хокимият|"
    r"хукумат|больниц|райбольниц|горбольниц|госпитал|поликлиник|клиник|медучрежд|морг|"
    r"пограничн\w+\s+отряд|погранотряд|ОВД|РОВД|УВД|"
    r"управлени|прокуратур|мэри|акимиат|суд\b|суда|суде|ЦРБ|ЦГБ|райотдел|горотдел|"
    r"отдел\w*\s+милиции|СИЗО|губернатор|полпред|председател|хоким\b|хокима|аким\b|акима|"
    r"мэр\b|мэра|прокурор|власт)", re.I)
# «глава Исфары Рустам Назаров», «аким района Иван Петров»: a place before a person's name
# is the place of a title
_PERSON_NAME_AFTER = re.compile(
    r"^\s+(?:[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.\s?)?[А-ЯЁ][а-яё]+|[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+"
    r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|зода|заде|иев|иева|уулу|кызы)\b)")
# «похоронили в родном селе», «прощание прошло в Баткене»: a funeral, not the scene
_FUNERAL_BEFORE = re.compile(r"(?<!\w)(?:похорон\w*|похоронил\w*|погребен\w*|погребли|"
                             r"прощани\w*|предан\w*\s+земле|предали\s+земле)(?!\w)"
                             r"[^.;]{0,50}$", re.I)
_DESTINATION_BEFORE = re.compile(
    r"(?<!\w)(?:доставлен\w*|доставил\w*|госпитализир\w*|эвакуир\w*|направлен\w*|"
    r"отправлен\w*|отправил\w*|переправ\w*|вывезен\w*|вывез\w*|увез\w*|бежал\w*|"
    r"перевезен\w*|больниц\w*|лечени\w*|лечат\w*|лечил\w*)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:в|во|на|до)?\s*(?:[\w-]+\s+)?$",
    re.I)
# «переход, граничащий с Саразмом», «напротив села X», «в 5 км от X»: a reference point
_REFERENCE_BEFORE = re.compile(r"(?<!\w)(?:граничащ\w*\s+с|граничит\s+с|напротив|"
                               r"в\s+\d+(?:[.,]\d+)?\s*(?:км|километр\w*)\s+от)\s+"
                               r"(?:[\w-]+\s+){0,2}?[«\"]?$", re.I)
_ROUTE = re.compile(r"(?<!\w)(?:по\s+)?маршрут\w*\s+[«\"]?", re.I)
_DATELINE_AFTER = re.compile(r"^\s*(?:[,.]\s*\d{1,2}[\s.]+[а-яА-Я]+\.?|\s*(?:--|[-–—]))")


# «Бишкек, 24 мая —», «Бишкек. 10.05.23.»: a city in any case opening a dated line
_DATED_AFTER = re.compile(r"^[,.]\s*(?:\d{1,2}\s+[а-я]{3,}\.?(?:\s+\d{4})?\s*(?:[.—–-]|г\.)|"
                          r"\d{1,2}\.\d{1,2}\.\d{2,4}\.?)")
#: between a name and the one it belongs to («Ворух Исфары», «Кок-Таш Баткенского района»)
PARENT_GAP = re.compile(r"\s+(?:(?:района|области|джамоата|города|округа)\s+)?$")


def context_of(doc: Document, mm: Mention, prev: Mention | None = None) -> str:
    """Why the words around a mention say it is not where something happened, or "".

    ``prev`` is the mention before it: a name in the genitive right after another
    («Саразмом Пенджикента», «Сомониён джамоата Чоркух») is the place the first belongs
    to, not a second scene."""
    text = doc.text
    sent = doc.sentences[mm.sentence]
    before = text[max(sent.start, mm.start - 60):mm.start]
    after = text[mm.end:mm.end + 40]
    if prev is not None and prev.sentence == mm.sentence and prev.end < mm.start and \
            PARENT_GAP.fullmatch(text, prev.end, mm.start) and mm.how != "adjective" and \
            prev.place is not None and mm.place is not None and prev.place is not mm.place:
        return "the place the one before it belongs to"
    if mm.start - sent.start <= 1 and (mm.text.isupper() and _DATELINE_AFTER.match(after)
                                       or _DATED_AFTER.match(after)):
        return "dateline"
    if _TITLE_BEFORE.search(before) or _TITLE_AFTER.match(after) or \
            _PERSON_NAME_AFTER.match(after):
        return "title or body"
    if _FUNERAL_BEFORE.search(before):
        return "funeral"
    if _HOME_BEFORE.search(before):
        return "home"
    if _OUR_WAY.search(text, sent.start, mm.start):
        return "route"
    if _REFERENCE_BEFORE.search(before):
        return "reference point"
    route = _ROUTE.search(text, max(sent.start, mm.start - 200), mm.start)
    if route and not re.search(r"[,;:]\s|\s(?:и|где|когда)\s", text[route.end():mm.start]):
        return "route"  # «по маршруту Худжанд – Исфара – Баткен»: a way, not a scene
    if _DESTINATION_BEFORE.search(before):
        return "destination"
    return ""


_NAME = r"[А-ЯЁӨҮҢҒҚҲҶЎ][а-яёөүңғқӯҳҷўӣ]+(?:-[А-ЯЁӨҮҢҒҚҲҶЎа-яё][а-яёөүңғқӯҳҷўӣ]+)?"
# A name the text calls a place: «в селе X», «местности X», «на заставе «X»», «КПП «X»».
_UNKNOWN = re.compile(
    r"(?<!\w)(?P<kind>сел(?:о|а|е|ом)|посел(?:ок|ка|ке)|посёл(?:ок|ка|ке)|кишлак(?:а|е)?|"
    r"джамоат(?:а|е|ом)?|местност[ьи]|урочищ[еа]|айыл(?:а|е)?|"
    r"(?:погран)?застав[аеуыой]+|пост[аеу]?|КПП|пункт[аеу]?\s+пропуска|переход[аеу]?)"
    rf"\s+(?P<q>[«\"]?)(?P<name>{_NAME})")


def unknown_names(doc: Document, covered: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Names a kind word marks as places that no gazetteer name covers: (start, end,
    kind word in English)."""
    out = []
    for m in _UNKNOWN.finditer(doc.text, doc.body_start):
        a, b = m.span("name")
        if any(x < b and a < y for x, y in covered):
            continue
        if not m.group("q") and m.group("kind").lower().startswith(("пост", "переход")):
            continue  # «пост» and «переход» name a place only in quotes
        word = _KIND_WORD.get(m.group("kind")[:3].lower(), "village")
        out.append((a, b, word))
    return out


_KIND_WORD = {"сел": "village", "пос": "village", "киш": "village", "джа": "jamoat",
              "мес": "valley", "уро": "valley", "айы": "village", "заст": "post", "зас": "post",
              "пог": "post", "кпп": "checkpoint", "пун": "checkpoint", "пер": "checkpoint"}
