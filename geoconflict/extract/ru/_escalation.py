"""Russian sentences told beside an incident that tell another one: an earlier report told
again («Ранее власти Узбекистана сообщили, что …», as a recap), the other side's detention
(«В то же время таджикская сторона задержала …»), and a clash the inquiry brought.

A Russian sentence of violence that breaks out while an incident told before it is being
looked into («В ходе разбирательства инцидента на месте … произошла стычка», «во время
выяснения обстоятельств происшествия завязалась драка») tells a clash of its own: the
inquiry brought a crowd, and what the crowd did is a second incident, not more of the
first. A clash told while a dispute (not an incident) is settled («при разбирательстве
земельного спора») is the first violence told, and starts nothing new by this rule."""

from __future__ import annotations

import re

from .events import EARLIER_TOLD

__all__ = ["ESCALATION", "MIRROR_DETENTION", "escalates", "mirrors", "told_apart"]

#: the inquiry into an incident: «в ходе разбирательства инцидента», «во время выяснения
#: обстоятельств происшествия», «при разборе случившегося»
ESCALATION = re.compile(
    r"(?<!\w)(?:в\s+ходе|во\s+время|при)\s+(?:разбирательств|выяснени|разбор)\w*\s+"
    r"(?:обстоятельств\s+)?(?:\w+\s+)?(?:инцидент|происшестви|случившегося|случа[яю])\w*",
    re.I)


def escalates(text: str, kind: str | None, told_before: str | None) -> bool:
    """Whether a sentence of ``kind`` (violence), told after one of ``told_before``, tells
    a clash that broke out during the inquiry into the incident told before."""
    if kind != "violence" or told_before is None:
        return False
    return ("разб" in text or "выяснени" in text) and ESCALATION.search(text) is not None


#: the other side's own detention, told beside one of people it holds: «В то же время
#: таджикская сторона задержала трех граждан Кыргызстана», «В свою очередь кыргызская
#: сторона задержала двоих» (a side named as the one that held: not «В то же время
#: задержанных доставили в РОВД», more of the same detention)
MIRROR_DETENTION = re.compile(
    r"^\W*(?:В\s+то\s+же\s+время|В\s+свою\s+очередь|В\s+ответ|Одновременно|Тем\s+временем)"
    r"\W+(?:[\w-]+\s+){0,2}?сторон[аы]\s+(?:[\w-]+\s+){0,2}?(?:задержал[аи]?|захватил[аи]?|"
    r"удерживает|удерживают)(?!\w)")


def mirrors(text: str, kind: str | None, told_before: str | None) -> bool:
    """Whether a detention sentence (of ``kind`` other, after one of ``told_before``) tells
    the other side's detention of its own."""
    return kind == "other" and told_before is not None and "сторон" in text \
        and MIRROR_DETENTION.match(text) is not None


def told_apart(text: str, kind: str | None, told_before: str | None) -> bool:
    """Whether a sentence of ``kind`` told after one of ``told_before`` tells an incident
    of its own: an earlier report told again, the other side's detention, or a clash that
    broke out while the incident before was looked into."""
    if kind is None or told_before is None:
        return False
    return EARLIER_TOLD.match(text) is not None or mirrors(text, kind, told_before) \
        or escalates(text, kind, told_before)
