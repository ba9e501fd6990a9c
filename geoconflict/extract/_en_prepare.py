"""A last look at an English article's sentences before they are grouped: a sentence that
says it tells another incident ("another checkpoint came under fire", "in a separate
incident", "a second clash") starts one of its own instead of joining the one before."""

from __future__ import annotations

import re

__all__ = ["ANOTHER", "prepare"]

#: Words that tell another incident than the one told before.
ANOTHER = re.compile(
    r"\b(?:(?:another|a\s+second|a\s+separate|a\s+new|a\s+further|a\s+different)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:incidents?|clash(?:es)?|attacks?|shooting|skirmish|shoot-?out|"
    r"exchange\s+of\s+fire|firefight|checkpoints?|border\s+posts?|posts?|outposts?|villages?|"
    r"cases?|detentions?|arrests?)\b|in\s+separate\s+(?:incidents|cases)|separately\s*,)",
    re.I)


def prepare(facts: list) -> None:
    """Mark the sentences that tell another incident (``SentenceFacts.another``)."""
    for f in facts:
        if f.kind is not None and ANOTHER.search(f.text):
            f.another = True
