"""The day a Russian sentence gives for when the people it tells of were held
(«освободили четырех граждан, задержанных 21 августа»): when it is the sentence's only
date and no sentence of the text tells an event of that day, that detention is told
nowhere else, and the shared grouping splits it off as a detention of its own (the date
role ``held``; see ``_sentence_parts``)."""

from __future__ import annotations

import re
from dataclasses import replace

__all__ = ["held_days"]

# the participle of the people held right before the day («задержанных 21 августа»,
# «задержанного узбекскими пограничниками 31 января»)
_HELD_ON = re.compile(r"(?<!\w)(?:задержанн|арестованн|похищенн)\w*\s+(?:[\w-]+\s+){0,3}$",
                      re.I)


def held_days(facts: list) -> None:
    """Set the role ``held`` of each such day (see the module)."""
    told = {(d.value.start, d.value.end) for f in facts for d in f.dates
            if d.role == "event" and d.value is not None}
    for f in facts:
        if len(f.dates) != 1:
            continue
        d = f.dates[0]
        a = d.start - f.sentence.start
        if d.role == "prior" and d.value is not None and \
                (d.value.start, d.value.end) not in told and \
                _HELD_ON.search(f.text, max(0, a - 60), a):
            f.dates = [replace(d, role="held")]
