"""Our token automaton (``PhraseIndex``) against pyahocorasick for the gazetteer names.

Both find the gazetteer's names (every name and alias, compared by ``fold_key``) in the
corpus articles (../shared/corpus/{en,ru}, all splits) and in the 1,000-word bench
articles; pyahocorasick runs over the text's word keys joined by spaces (the phrases'
keys likewise), with leftmost-longest selection of its hits, since it matches characters
while names are compared word by word. Prints the time per article (best of five, the
word keys included in both) and how many of our matches the library finds at the same
words. Without pyahocorasick or the corpus the script says so and exits 0.

    python benchmarks/eval_automaton.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import make_articles  # noqa: E402

from geoconflict.extract._text import Document  # noqa: E402
from geoconflict.extract._toponym_matcher import _capitalised, matcher_for  # noqa: E402
from geoconflict.gazetteer import default_gazetteer  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def library_index(matcher):
    import ahocorasick

    auto = ahocorasick.Automaton()
    for key_words, ids in _phrases(matcher).items():
        auto.add_word(f" {key_words} ", (key_words.count(" ") + 1, ids))
    auto.make_automaton()
    return auto


def _phrases(matcher) -> dict[str, list[int]]:
    """Each gazetteer name as its word keys joined by spaces -> place indexes."""
    from geoconflict.extract._text import TOKEN_RE

    out: dict[str, list[int]] = {}
    for i, place in enumerate(matcher.gaz.places):
        for name in place.names:
            words = [matcher.index.word_key(w) for w in TOKEN_RE.findall(name)]
            if words:
                out.setdefault(" ".join(words), []).append(i)
    return out


def library_find(auto, matcher, doc):
    tokens = doc.tokens
    keys = [matcher.index.word_key(t.text) for t in tokens]
    stream = " " + " ".join(keys) + " "
    starts, pos = {}, 1
    for n, k in enumerate(keys):   # character offset of each word key -> token number
        starts[pos] = n
        pos += len(k) + 1
    out, taken, spans = [], -1, []
    for end, (n_words, ids) in auto.iter(stream):  # a hit's last word, then its first
        last = _token_at(starts, end - 1)
        first = last - n_words + 1
        if _capitalised(tokens[first]):
            spans.append((first, last + 1, ids))
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    for first, stop, _ids in spans:   # leftmost-longest, as ours
        if first >= taken:
            out.append((first, stop))
            taken = stop
    return out


def _token_at(starts, offset):
    while offset not in starts:
        offset -= 1
    return starts[offset]


def best_time(fn, docs):
    best = 1e9
    for _ in range(5):
        t = time.perf_counter()
        for d in docs:
            fn(d)
        best = min(best, time.perf_counter() - t)
    return best / len(docs) * 1000


def main() -> int:
    try:
        import ahocorasick  # noqa: F401
    except ImportError:
        print("pyahocorasick is not installed: nothing to compare (pip install pyahocorasick)")
        return 0
    gaz = default_gazetteer()
    matcher = matcher_for(gaz)
    auto = library_index(matcher)
    sets = {"bench articles (1,000 words)": [Document(t) for t in make_articles(50)]}
    for lang in ("en", "ru"):
        files = sorted((CORPUS / lang / "articles").glob("*.txt"))
        if files:
            sets[f"corpus {lang} ({len(files)} articles)"] = [
                Document(f.read_text(encoding="utf-8")) for f in files]
    for label, docs in sets.items():
        for d in docs:
            d.tokens  # noqa: B018 - tokens made once, outside the timing
        ours = best_time(matcher.raw_matches, docs)
        lib = best_time(lambda d: library_find(auto, matcher, d), docs)
        agree = total = 0
        for d in docs:
            mine = {(a, b) for a, b, _, _ in matcher.raw_matches(d)}
            theirs = set(library_find(auto, matcher, d))
            total += len(mine)
            agree += len(mine & theirs)
        print(f"{label}: ours {ours:.3f} ms/article, pyahocorasick {lib:.3f} ms/article; "
              f"{agree} of our {total} matches found by both at the same words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
