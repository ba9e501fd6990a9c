"""Why the words around a place named in Russian say it is not where something happened:
an official's or a body's title, a hospital, a destination or treatment, a funeral, a
person's home, a reference point, a route or a reporter's own way, a dateline, a
stretch of border named after it, an earlier event told in passing, or the place the
name before it belongs to."""

from __future__ import annotations

import re

from .._cue_gate import CueGate, alternatives, may_hold
from .._cue_stems import StemCounter
from .._literal_cues import Cued
from .._text import Document
from .._toponym_base import Mention
from ._kinds import SECTION_BEFORE
from .events import _FOLDS_PLAIN, _group_stems
from .numbers import NUMBER_WORDS

__all__ = ["context_of", "PARENT_GAP"]

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
    r"прокуратур\w*|уроженц\w*|уроженк\w*|уроженец|суд\w*|"
    r"жител(?:ь|я|ю|ем)|жительниц\w*)\s+(?:(?!(?:в|во|на|у|под|около|близ|возле)\s)"
    r"[\w-]+\s+){0,2}?[«\"]?$", re.I)  # («представители встретились в Исфаре»: the place met)
# «чабан из села Кошой», «мужчина из Исфары», «проживающий в Исфаре»: a person's home;
# «торговавших на рынке города X», «работающих в X»: where people trade or work, as a home;
# «они прибыли из села X»: where people came from
_HOME_BEFORE = re.compile(
    r"(?<!\w)(?:чабан\w*|пастух\w*|мужчин\w*|женщин\w*|парн\w*|парен\w*|житель\w*|"
    r"гражданин\w*|гражданк\w*|подрост\w*|юнош\w*|ребен\w*|ребён\w*|школьни\w*|"
    r"студент\w*|водител\w*|фермер\w*|родом)\s+(?:\d+-летн\w+\s+)?из\s+(?:сел[оа]|город[а]?|"
    r"кишлака|айыла|деревни|поселка|посёлка)?\s*[«\"]?$|(?<!\w)(?:проживающ|прописан|"
    r"зарегистрированн|торгующ|торговавш|работающ|трудящ)\w*\s+(?:в|во|на)\s+"
    r"(?:рынк[еау]\s+|базар[еау]?\s+)?(?:сел\w*|город\w*|кишлак\w*|айыл\w*)?\s*[«\"]?$"
    # («шедших из села X через Y», «ехавший из X»: the way people came, from)
    r"|(?<!\w)(?:прибыл|приехал|пришл|прибывш|приехавш|пришедш|возвраща|возвращавш|"
    r"возвращающ|ехавш|едущ|следовавш|следующ|шедш|двигавш|направлявш)\w*\s+"
    r"(?:[^.;:!?]{0,40}?\s)?из\s+"
    r"(?:сел[аоу]?|города|кишлака|айыла|деревни|поселка|посёлка)?\s*[«\"]?$", re.I)
# «двое жителей села Ак-Сай», «5 жителей Воруха», «около 200 жителей приграничного села
# X» (an adjective of the settlement word between): the home of people counted (not the
# residents who clashed or protested, «жители Воруха перекрыли дорогу», a scene)
# (the two words before «жителей», one of which must be a number: ``_counted_home``)
_COUNTED_HOME = re.compile(
    r"(?<!\w)([\w-]+)\s+(?:([\w-]+)\s+)?жител(?:ей|я|ям|ями|ях)\s+(?:(?:[а-яё-]+(?:ого|его|ых|их)\s+)?"
    r"(?:сел[аоу]?|сёл|города|кишлака|айыла|поселка|посёлка|джамоата)\s+)?[«\"]?$", re.I)


# «в акции приняли участие и жители сел X», «к ним присоединились жители X»: residents
# who joined something told elsewhere come from their home, not to it
_JOINED_HOME = re.compile(
    r"(?<!\w)(?:участи[ея]|участвовал\w*|присоединил\w*|примкнул\w*)\s+(?:(?:и|также|даже)\s+)?"
    r"(?:местные\s+)?жител(?:и|ей)\s+(?:[а-яё-]+(?:ого|его|ых|их)\s+)?(?:(?:сел[аоу]?|сёл|"
    r"города|кишлака|айыла|поселка|посёлка|джамоата|айылов|кишлаков)\s+)?[«\"]?$", re.I)


# «Жители Воруха сообщили, что …», «Жители X: …»: residents who tell what befell, from
# their home (what they tell happened wherever the text says)
_RESIDENTS_BEFORE = re.compile(r"(?<!\w)[Жж]ител(?:и|ь|ьница)\s+(?:(?:сел[аоу]?|города|кишлака|"
                               r"айыла|джамоата)\s+)?[«\"]?$")
_SAID_AFTER = re.compile(r"[»\"]?\s*(?::|(?:сообщ|рассказ|заяв|утвержда|жалу|говор|пишут|"
                         r"опубликова|выложи|выстави|распространи)\w*)", re.I)
# «учащихся 8 класса школы в Ворухе», «ученики лицея села X»: where the pupils study
_SCHOOL_BEFORE = re.compile(r"(?<!\w)(?:учащи\w*|ученик\w*|учениц\w*|школьник\w*|студент\w*|"
                            r"класса)\s+(?:[\w-]+\s+){0,3}?(?:школ[ыаеу]|лице[яйю]|гимнази[иию]|"
                            r"колледж\w*)\s+(?:№\s*\d+\s+)?(?:в|во|села|города|кишлака|айыла)\s+"
                            r"[«\"]?$", re.I)


# «Пастухи Исфары сообщили, что …», «Охотники Баткена заявили …»:
# a place in the genitive of the subject of a telling verb is the seat of whoever tells
# it, not where what they tell happened — the subject's words open the clause and none is a
# preposition (but «Об обстреле Воруха сообщили …» tells of the scene); and so is one
# after the verb, in its subject («…, — рассказали чабаны Ак-Сая.», not «сообщили о …»)
_NOT_SUBJECT = (r"(?!(?:в|во|на|о|об|обо|про|у|с|со|из|от|по|к|ко|за|под|над|при|для|до|"
                r"после|около|возле|близ|через|между|и|а|но|что|как|где|когда|если)\s)")
_SUBJECT_BEFORE = re.compile(rf"(?:^|[.!?;:]\s+|[«\"(]\s*|,\s+|\s[—–-]\s+){_NOT_SUBJECT}"
                             rf"(?:[А-ЯЁа-яё-]+\s+){{1,3}}[«\"]?$", re.I)
_TELLS = r"(?:сообщ|рассказ|заяв|подтверд|уточн|утвержда|пишут)\w*"
_TELLS_AFTER = re.compile(rf"[»\"]?\s*{_TELLS}", re.I)
_TELLS_BEFORE = Cued(re.compile(rf"(?<!\w){_TELLS}"
                                rf"\s+(?:{_NOT_SUBJECT}[А-ЯЁа-яё-]+\s+){{1,3}}[«\"]?$", re.I))


def _teller_seat(text: str, sent_start: int, mm: Mention, after: str) -> bool:
    """Whether the name is the seat of the subject of a telling verb (``_SUBJECT_BEFORE``)."""
    before = text[sent_start:mm.start]
    if _TELLS_AFTER.match(after):
        return _SUBJECT_BEFORE.search(before) is not None
    return bool(re.match(r"[»\"]?\s*(?:[.!?;]|$)", after)) and \
        _TELLS_BEFORE.search(before[-80:]) is not None


def _counted_home(before: str) -> bool:
    m = _COUNTED_HOME.search(before)
    return m is not None and any(w and (w[0].isdigit() or w.lower() in NUMBER_WORDS)
                                 for w in m.groups())
# a reporter's own way («мы выехали из Худжанда и направились в Исфару», «корреспондент
# побывал в Ворухе»)
_OUR_WAY = re.compile(r"(?<!\w)(?:мы|нас|наш\w*|корреспондент\w*|журналист\w*|"
                      r"съемочн\w+\s+групп\w*|съёмочн\w+\s+групп\w*)(?!\w)[^.;]{0,60}"
                      r"(?<!\w)(?:выех\w*|въех\w*|побывал\w*|посетил\w*|"
                      r"проех\w*|доех\w*|приех\w*|ехали|едем|поехали|направил\w*|"
                      r"добрал\w*|пересекл\w*|отправил\w*)"
                      r"(?:(?!,\s*(?:и|а|но|где|когда)\s)[^.;]){0,60}$", re.I)
# the first words of every match of ``_OUR_WAY`` (lower case)
_OUR_WAY_WORDS = ("мы", "нас", "наш", "корреспондент", "журналист", "съемочн", "съёмочн")
_TITLE_AFTER = re.compile(
    r"^[»\"]?\s*(?:(?:центральн|районн|областн|городск|сельск|межрайонн|территориальн|"
    r"клиническ|детск)\w*\s+){0,2}(?:администраци|хокимият|"
    r"хукумат|пограничн\w+\s+отряд|погранотряд|ОВД|РОВД|УВД|"
    r"управлени|прокуратур|мэри|акимиат|суд\b|суда|суде|райотдел|горотдел|"
    r"отдел\w*\s+милиции|СИЗО|губернатор|полпред|председател|хоким\b|хокима|аким\b|акима|"
    r"мэр\b|мэра|прокурор|власт)", re.I)
# «Чустская райбольница», «Исфаринская ЦРБ»: where the hurt were treated, not the scene
_HOSPITAL_AFTER = re.compile(
    r"^[»\"]?\s*(?:(?:центральн|районн|областн|городск|межрайонн|территориальн|клиническ|"
    r"детск|республиканск)\w*\s+){0,2}(?:больниц|райбольниц|горбольниц|госпитал|поликлиник|"
    r"клиник|медучрежд|морг|ЦРБ|ЦГБ)", re.I)
# «в больнице Исфары», «в морг города Баткен»: the town of a hospital named after it
_HOSPITAL_BEFORE = re.compile(
    r"(?<!\w)(?:(?:центральн|районн|областн|городск|межрайонн|территориальн|клиническ|"
    r"детск|республиканск)\w*\s+){0,2}(?:больниц|райбольниц|горбольниц|госпитал|"
    r"поликлиник|клиник|морг|ЦРБ|ЦГБ)\w*\s+(?:город\w*\s+|г\.\s*|сел\w*\s+)?[«\"]?$", re.I)
_HOSPITAL_WORDS = ("ольниц", "оспитал", "морг", "линик", "ЦРБ", "ЦГБ")
# «глава Исфары Рустам Назаров», «аким района Иван Петров»: a place before a person's name
# is the place of a title
_PERSON_NAME_AFTER = re.compile(
    r"^\s+(?:[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.\s?)?[А-ЯЁ][а-яё]+|[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+"
    r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|зода|заде|иев|иева|уулу|кызы)\b)")
# «исфаринские пограничники», «баткенские власти»: the force or body of a place (its
# adjective), not where they acted
_FORCE_AFTER = re.compile(r"^\s+(?:пограничник|погранчаст|пограничн\w+\s+(?:наряд|застав|"
                          r"войск|служб)|военн|военнослужащ|солдат|силовик|власт|милиц|"
                          r"полиц|чиновник|депутат|прокурор|пресс-служб|журналист|СМИ)", re.I)
# «похоронили в родном селе», «прощание прошло в Баткене»: a funeral, not the scene
_FUNERAL_BEFORE = re.compile(r"(?<!\w)(?:похорон\w*|похоронил\w*|погребен\w*|погребли|"
                             r"прощани\w*|предан\w*\s+земле|предали\s+земле)(?!\w)"
                             r"(?:(?!погибш|убит|скончавш)[^.;]){0,50}$", re.I)
# «В Исфаре прошли похороны»: the place of a funeral told before it («похороны погибших у
# села Ворух» tell where they died: the words before keep that a scene)
_FUNERAL_AFTER = re.compile(r"^[^.;,]{0,30}?(?<!\w)(?:похорон|прощани|погребени)", re.I)
_DESTINATION_BEFORE = re.compile(
    r"(?<!\w)(?:доставлен\w*|доставил\w*|госпитализир\w*|эвакуир\w*|направлен\w*|"
    r"отправлен\w*|отправил\w*|переправ\w*|вывезен\w*|вывез\w*|увез\w*|бежал\w*|"
    r"перевезен\w*|больниц\w*|лечени\w*|лечат\w*|лечил\w*|выех\w*|выезжа\w*|въех\w*|"
    r"въезжа\w*|ехать|поехать|попасть)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:в|во|на|до)?\s*(?:[\w-]+\s+)?$",
    re.I)
# «переход, граничащий с Саразмом», «напротив села X», «в 5 км от X»: a reference point
_REFERENCE_BEFORE = re.compile(r"(?<!\w)(?:граничащ\w*\s+с|граничит\s+с|напротив|"
                               r"в\s+\d+(?:[.,]\d+)?\s*(?:км|километр\w*)\s+от)\s+"
                               r"(?:[\w-]+\s+){0,2}?[«\"]?$", re.I)
# «переход, соединяющий Самарканд и Пенджикент», «дорога, ведущая в Исфару», «в сторону
# Баткена», «для жителей Исфары»: where a crossing or a road leads, whom it serves
_LEADS_TO = re.compile(r"(?<!\w)(?:соединя\w*|связыва\w*|ведущ\w*(?:\s+(?:в|на|к))?|"
                       r"в\s+направлении|в\s+сторону|по\s+направлению\s+к|"
                       r"для\s+(?:жителей|граждан|населения))\s+"
                       r"(?:[\w-]+\s+)?(?:(?:и|с)\s+)?[«\"]?$|"
                       # «переход между Самаркандом и Пенджикентом» (not «между селами»)
                       r"(?<!\w)между\s+(?:городами\s+)?(?:[А-ЯЁ][\w-]*\s+и\s+)?$", re.I)
# «огонь велся со стороны Воруха», «обстрел с территории села X»: where the fire came
# from, not where it struck (ACLED sets remote violence where it lands); the place of the
# incident only when nothing else is named (``stops``' fallback)
_ORIGIN_BEFORE = re.compile(r"(?<!\w)(?:со\s+стороны|с\s+территории|с\s+позиций\s+в)\s+"
                            r"(?:(?!(?:и|а|но)\s)[\w-]+\s+){0,2}?[«\"]?$", re.I)
_FIRE = re.compile(r"(?<!\w)(?:огон|огн[яеёю]|обстрел|стрел|выстрел|мин(?:ы|ами|ометн)|"
                   r"миномет|миномёт|снаряд|ракет|камн|камен|нападени|напал|атак)", re.I)
_ROUTE = re.compile(r"(?<!\w)(?:по\s+)?маршрут\w*\s+[«\"]?", re.I)
# «линия Термез – Курган-Тюбе», «на трассе Ош – Баткен»: a road or a line named after its
# ends, neither of which is where something on it happened
_LINK = r"(?<!\w)(?:лини|трасс|автотрасс|автодорог|дорог|шоссе|магистрал|сообщени)\w*\s+[«\"]?"
_DASH_NAME = r"\s*[-–—]\s*[«\"]?"
_ROAD_FIRST = re.compile(_LINK + r"$", re.I)
_END_NAME = r"[А-ЯЁ][\w-]*(?:\s+[А-ЯЁ][\w-]*)?"
# (the second end of any road of a list: «по дорогам Ош – Бишкек и Худжанд – Исфара»)
_ROAD_SECOND = re.compile(_LINK + rf"(?:{_END_NAME}{_DASH_NAME}{_END_NAME}[»\"]?(?:\s*,\s*|\s+и\s+)"
                          r"[«\"]?)*" + _END_NAME + _DASH_NAME + r"$", re.I)
_DASHES = frozenset("-–—")
_NEXT_END = re.compile(_DASH_NAME + r"[А-ЯЁ]")
_DATELINE_AFTER = re.compile(r"^\s*(?:[,.]\s*\d{1,2}[\s.]+[а-яА-Я]+\.?|\s*(?:--|[-–—]))")


# «Бишкек, 24 мая —», «Бишкек. 10.05.23.»: a city in any case opening a dated line
_DATED_AFTER = re.compile(r"^[,.]\s*(?:\d{1,2}\s+[а-я]{3,}\.?(?:\s+\d{4})?\s*(?:[.—–/(-]|г\.)|"
                          r"\d{1,2}\.\d{1,2}\.\d{2,4}\.?)")
#: between a name and the one it belongs to («Ворух Исфары», «Кок-Таш Баткенского района»)
PARENT_GAP = re.compile(r"\s+(?:(?:района|области|джамоата|города|округа)\s+)?$")


# «пастух, задержанный 31 января у села X, вчера передан»: the place of an earlier event
# told in a participial phrase set off by commas
_EARLIER = re.compile(r",\s*(?:ранее\s+|еще\s+|ещё\s+)?(?:задержанн|арестованн|похищенн|угнанн|"
                      r"пропавш|раненн|осужденн|осуждённ)\w*[^,.;:«»()]*$", re.I)
_BEFORE = [("title or body", _TITLE_BEFORE), ("funeral", _FUNERAL_BEFORE),
           ("home", _HOME_BEFORE), ("reference point", _REFERENCE_BEFORE),
           ("where it leads", _LEADS_TO), ("destination", _DESTINATION_BEFORE)]
# all the words before in one pattern: most names have none of them (one search, not six)
_ANY_BEFORE = re.compile("|".join(f"(?:{p.pattern})" for _, p in _BEFORE), re.I)
_ANY_AT = StemCounter({"any": _ANY_BEFORE}, {"any": _group_stems(_ANY_BEFORE.pattern)})
# ``_ANY_BEFORE.match`` with only the groups that can begin at the word (see ``_cue_gate``)
_ANY_GATE = CueGate(_ANY_BEFORE, {"": alternatives(_ANY_BEFORE.pattern)}, lambda d: d[""])


def _told_before(before: str) -> bool:
    """``_ANY_BEFORE.search(before)``, tried only at the words it can begin at."""
    if _ANY_AT.whole or _FOLDS_PLAIN.search(before):
        return _ANY_BEFORE.search(before) is not None
    return any(_ANY_GATE.match(before, at) for at in _ANY_AT.word_starts(before).get("any", ()))


def context_of(doc: Document, mm: Mention, prev: Mention | None = None) -> str:
    """Why the words around a mention say it is not where something happened, or "".

    ``prev`` is the mention before it: a name in the genitive right after another
    («Саразмом Пенджикента», «Сомониён джамоата Чоркух») is the place the first belongs
    to, not a second scene."""
    text = doc.text
    sent = doc.sentences[mm.sentence]
    if _CAPTION.match(sent.text) and len(sent.text.split()) <= _CAPTION_WORDS:
        return "caption"  # «Карта Кок-Таш, Баткен.»: a map's or photo's caption in the text
    before = text[max(sent.start, mm.start - 60):mm.start]
    after = text[mm.end:mm.end + 40]
    return (_named_with(text, sent.start, mm, prev, before, after)
            or _said_before(text, sent.start, mm, before, after)
            or _listed_with(text, mm, prev))


# a picture's caption run into the text as a sentence of its own, a few words long
_CAPTION = re.compile(r"(?:Карта|Фото|Снимок|Скриншот|Видео|Иллюстрация|Map|Photo|Image)\b")
_CAPTION_WORDS = 6


# what the first of two names joined by «и» or a comma is, so is the second («жители сел
# X и Y», «доставлены в X и Y»), but not a dateline's or a parent's
_JOINED = re.compile(r"[»\"]?(?:\s*,\s*|\s+и\s+)[«\"]?")
_NOT_SHARED = ("dateline", "the place the one before it belongs to")


def _listed_with(text: str, mm: Mention, prev: Mention | None) -> str:
    if prev is None or not prev.context or prev.context in _NOT_SHARED or \
            prev.sentence != mm.sentence or not _JOINED.fullmatch(text, prev.end, mm.start):
        return ""
    return prev.context


def _named_with(text: str, sent_start: int, mm: Mention, prev: Mention | None, before: str,
                after: str) -> str:
    """What a name is part of, read mostly in the words right after it: the name before it
    (its parent), a dateline, a hospital, a title or body, a funeral; or ""."""
    if prev is not None and prev.sentence == mm.sentence and prev.end < mm.start and \
            PARENT_GAP.fullmatch(text, prev.end, mm.start) and mm.how != "adjective" and \
            prev.place is not None and mm.place is not None and prev.place is not mm.place:
        return "the place the one before it belongs to"
    if mm.start - sent_start <= 1 and (mm.text.isupper() and _DATELINE_AFTER.match(after)
                                       or _DATED_AFTER.match(after)):
        return "dateline"
    if _HOSPITAL_AFTER.match(after) or (any(w in before for w in _HOSPITAL_WORDS)
                                        and _HOSPITAL_BEFORE.search(before)):
        return "hospital"
    if _TITLE_AFTER.match(after) or _PERSON_NAME_AFTER.match(after) or (
            mm.how == "adjective" and _FORCE_AFTER.match(after)):
        return "title or body"
    low_after = after.lower()
    if ("похорон" in low_after or "прощани" in low_after or "погребени" in low_after) and \
            _FUNERAL_AFTER.match(after):
        return "funeral"
    return ""


def _said_before(text: str, sent_start: int, mm: Mention, before: str, after: str) -> str:
    """Why the words of a name's sentence before it say it is no scene: a stretch of border,
    a home, a title, a funeral, an earlier event, a route or our own way, the origin of
    fire, a reference point, where a way leads, a road named after it, a destination; or
    ""."""
    if "участ" in before and SECTION_BEFORE.search(text, max(0, mm.start - 40), mm.start):
        return "stretch of border"
    if ("кроме" in before or "исключени" in before) and _LEFT_OUT.search(before):
        return "a place left out"
    if "между" in before and _PARTIES.search(before):
        return "a party to it"
    told = _told_before(before)
    if "ител" in before and (_counted_home(before) or _JOINED_HOME.search(before)
                              or _RESIDENTS_BEFORE.search(before) and _SAID_AFTER.match(after)):
        return "home"
    if ("школ" in before or "лице" in before or "гимнази" in before) and \
            _SCHOOL_BEFORE.search(before):
        return "home"
    for why, pattern in _BEFORE[:3]:
        if told and pattern.search(before):
            return why
    if _teller_seat(text, sent_start, mm, after):
        return "where those who tell it are"
    if "," in before and ("нн" in before or "пропавш" in before) and _EARLIER.search(before):
        return "an earlier event"
    if may_hold(text[sent_start:mm.start], _OUR_WAY_WORDS) and \
            _OUR_WAY.search(text, sent_start, mm.start):
        return "route"
    if "торон" in before or "террит" in before or "позици" in before:
        m = _ORIGIN_BEFORE.search(before)
        if m is not None and _FIRE.search(text, sent_start, mm.start - len(before) + m.start()):
            return "origin of fire"
    for why, pattern in _BEFORE[3:5]:
        if told and pattern.search(before):
            return why
    if (after.lstrip()[:1] in _DASHES and _ROAD_FIRST.search(before)
            and _NEXT_END.match(after)) or (before.rstrip(" «\"")[-1:] in _DASHES
                                            and _ROAD_SECOND.search(before)):
        return "road named after it"
    route = (_ROUTE.search(text, max(sent_start, mm.start - 200), mm.start)
             if may_hold(text[max(sent_start, mm.start - 200):mm.start], ("маршрут",)) else None)
    if route and not re.search(r"[,;:]\s|\s(?:и|где|когда)\s", text[route.end():mm.start]):
        return "route"  # «по маршруту Худжанд – Исфара – Баткен»: a way, not a scene
    if told and _DESTINATION_BEFORE.search(before):
        return "destination"
    if "треб" in text[max(sent_start, mm.start - 120):mm.start] and \
            _DEMANDED.search(text, max(sent_start, mm.start - 120), mm.start):
        return "what is demanded"
    return ""


# «весь юг, кроме Жалал-Абада», «за исключением Сохского района»: a place the event spared
_LEFT_OUT = re.compile(r"(?<!\w)(?:кроме|за\s+исключением)\s+(?:[\w-]+\s+){0,2}?[«\"]?$",
                       re.I)


# «соглашения о сотрудничестве между Сурхандарьинской и Хатлонской областями»: the
# parties to a deal or ties, not where it was made
_PARTIES = re.compile(r"(?<!\w)(?:сотрудничеств|соглашени|договор|партн[её]рств|отношени|"
                      r"меморандум|протокол|связ)\w*\s+(?:[\w-]+\s+){0,4}?между\s+"
                      r"(?:[\w-]+\s+){0,2}?[«\"]?$", re.I)


# «требуют помощи в открытии постов вокруг анклава X», «требуя открыть КПП X»: what a
# demand is about, not where it is made
_DEMANDED = re.compile(r"(?<!\w)(?:требу\w*|требовани\w*)\s+[^.;:!?,«»\"]{0,100}$", re.I)
