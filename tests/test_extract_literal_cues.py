"""The pre-tests read from the patterns themselves (``_literal_cues``): a pattern skipped
by its literal words matches nowhere in the text, and the date alternatives tried at a
digit or elsewhere give the matches of the whole alternation."""

import importlib
import pkgutil
import re

import pytest
from conftest import SEEDS

from geoconflict.extract import _date_patterns as en_dates
from geoconflict.extract import _victims
from geoconflict.extract._literal_cues import DIGIT, OTHER, Cued, literal_cues, opens_with
from geoconflict.extract._text import Document
from geoconflict.extract.ru import dates as ru_dates

CORPUS = SEEDS.parent / "corpus"
TEXTS = sorted(SEEDS.glob("*.txt")) + sorted(CORPUS.glob("*/articles/*.txt"))
# made-up sentences beside the shared ones (which a checkout without them lacks)
SENTENCES = [
    "A Kyrgyz man was shot dead near the canal.",
    "One of them was later wounded; both were detained.",
    "Sergeant Ali Karimov of the border troops was injured.",
    "The victim, a resident of the village, died in hospital.",
    "Nobody was hurt, officials said.",
    "ſhot and KILLED: the İnjured were taken to hospital.",  # letters that fold otherwise
    "Guards took a student across the border to Tajikistan.",
    "The talks ended without an agreement.",
]


def _sentences() -> list[str]:
    out = list(SENTENCES)
    for path in TEXTS[::3]:
        out += [s.text for s in Document(path.read_text(encoding="utf-8"), path.name).sentences]
    return out


@pytest.mark.parametrize("pattern, cues", [
    (re.compile(r"\b(?:opened|returned)\s+fire\b", re.I), ("fire",)),  # one word before two
    (re.compile(r"\b(?:opened|returned)\s+\w+", re.I), ("opened", "returned")),
    (re.compile(r"\bfire\b|\bshots?\b"), ("fire", "shot")),
    (re.compile(r"[Bb]oth\s+(?:were\s+)?killed"), ("killed",)),
    (re.compile(r"\d+\s+(?:km|miles)?"), None),  # may match with no letters at all
    (re.compile(r"(?:killed|wounded)|"), None),  # an empty branch needs nothing
])
def test_the_literal_words_every_match_holds(pattern, cues):
    assert literal_cues(pattern) == cues


def test_a_cue_that_holds_another_is_left_out():
    assert literal_cues(re.compile(r"injur\w*|injured\s+by|killed", re.I)) == ("injur", "killed")


def _cued_patterns() -> list[Cued]:
    """Every pre-tested pattern of the extraction modules."""
    out = list(_victims._VICTIM_PATTERNS)
    package = importlib.import_module("geoconflict.extract")
    for info in pkgutil.walk_packages(package.__path__, "geoconflict.extract."):
        module = importlib.import_module(info.name)
        out += [v for v in vars(module).values() if isinstance(v, Cued)]
    return out


def test_a_skipped_pattern_matches_nowhere_in_the_sentence():
    sentences = _sentences()
    cued = _cued_patterns()
    assert len(cued) > 40
    for c in cued:
        assert c.cues, c.pattern.pattern[:40]
        for s in sentences:
            if not c.may_match(s):
                assert c.pattern.search(s) is None, (c.pattern.pattern[:40], s)
            # (a part of a text: the pre-test of the part only)
            if len(s) > 40 and not c._may_match_in(s, 10, 40):
                assert c.pattern.search(s, 10, 40) is None, (c.pattern.pattern[:40], s)


def test_letters_that_fold_otherwise_are_never_skipped():
    cued = Cued(re.compile(r"\bshot\b", re.I))
    assert cued.pattern.search("ſhot") and cued.may_match("ſhot")


def test_what_the_date_alternatives_open_with():
    opening = {name: opens_with(pat) for name, pat in en_dates._PATTERNS}
    assert opening["iso"] == {DIGIT} and opening["weekday"] == {OTHER}
    assert opening["ago"] == {DIGIT, OTHER}  # "two days ago", "2 days ago"
    assert opens_with(r"(?:at\s+)?\d+") == {DIGIT, OTHER}
    assert opens_with(r"(?<!\d)[0-3]?\d") == {DIGIT}
    assert opens_with(r"x?") == {DIGIT, OTHER}  # (may match nothing: whatever follows)


@pytest.mark.parametrize("module, full", [(en_dates, en_dates.DATE_RE),
                                          (ru_dates, ru_dates._DATE_RE)])
def test_the_alternatives_at_a_word_give_the_whole_alternations_match(module, full):
    texts = [p.read_text(encoding="utf-8") for p in TEXTS] or SENTENCES
    texts += ["В ночь на 29 мая, 12.05.2021 и вчера", "On 3 May 2021 and two days ago"]
    for text in texts:
        for w in re.finditer(r"\w+", text):
            at = w.start()
            part = module._AT_DIGIT if text[at].isdecimal() else module._AT_OTHER
            m, whole = part.match(text, at), full.match(text, at)
            assert (m and (m.span(), m.lastgroup, m.group(m.lastgroup))) == (
                whole and (whole.span(), whole.lastgroup, whole.group(whole.lastgroup)))
