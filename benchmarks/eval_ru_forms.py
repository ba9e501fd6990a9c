"""Which word key finds Russian place names best: our forms checked against the gazetteer
(``extract.ru._forms.FormKeys``) or the lemmas of the morphological analyser pymorphy3
(with its shipped dictionaries pymorphy3-dicts-ru), measured on the ``dev`` split of the
Russian corpus, with plain ``fold_key`` (no morphology) as the floor.

For each key the whole Russian place finder runs (one automaton, same resolver) and the
places it resolves are compared with the places the key annotates for each article
(incident places and mentioned places, mapped to gazetteer ids): recall, precision, the
time per article with the key's caches cold, and the time to load the key's resources.
pymorphy3 is not a dependency; its rows are skipped when it is not installed.

    python benchmarks/eval_ru_forms.py [--corpus DIR]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus_key import load_key  # noqa: E402

from geoconflict.extract._text import TOKEN_RE  # noqa: E402
from geoconflict.extract.pipeline import read_article  # noqa: E402
from geoconflict.extract.ru import toponyms as ru_toponyms  # noqa: E402
from geoconflict.extract.ru._forms import FormKeys  # noqa: E402
from geoconflict.extract.toponyms import matcher_for  # noqa: E402
from geoconflict.gazetteer.index import default_gazetteer  # noqa: E402
from geoconflict.gazetteer.names import fold_key  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "ru"


def pymorphy_keys(lexicon: frozenset[str], check: bool):
    """pymorphy3's lemma of a word: the best parse's, or (``check``) the first parse's
    whose lemma is a word of the gazetteer."""
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer()

    def key(word: str) -> str:
        if word.isascii():
            return fold_key(word)
        parses = morph.parse(word)
        if check:
            for p in parses:
                k = fold_key(p.normal_form)
                if k in lexicon:
                    return k
            return fold_key(word)
        return fold_key(parses[0].normal_form)

    return key


def score(name: str, make_key, docs, want, m) -> str:
    t0 = time.process_time()
    key = make_key()
    idx = ru_toponyms.RussianIndex(m, key)
    load = time.process_time() - t0
    ru_toponyms._INDEXES[id(m)] = (m, idx)  # the finder reads this index
    tp = fp = fn = 0
    t0 = time.process_time()
    for doc, ids in zip(docs, want, strict=True):
        got = {mm.place.id for mm in ru_toponyms.find_toponyms(doc, m.gaz) if mm.place}
        tp, fp, fn = tp + len(got & ids), fp + len(got - ids), fn + len(ids - got)
    per = (time.process_time() - t0) / len(docs) * 1000
    ru_toponyms._INDEXES.pop(id(m), None)
    return (f"{name:38s} recall {tp / (tp + fn):6.1%}  precision {tp / (tp + fp):6.1%}  "
            f"{per:6.1f} ms/article (cold)  load {load * 1000:5.0f} ms")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args(argv)
    if not (args.corpus / "annotations.yaml").is_file():
        print(f"skipped: no corpus at {args.corpus}")
        return 0
    gaz = default_gazetteer()
    key = load_key(args.corpus, gaz)
    arts = [a for a in key if a.split == "dev"]
    docs = [read_article(a.path.read_text(encoding="utf-8"), a.path.name) for a in arts]
    want = [{p for k in a.incidents for p in k.places + k.also + k.mentioned
             if not p.startswith("new:")} for a in arts]
    m = matcher_for(gaz)
    lexicon = frozenset(fold_key(w) for p in gaz.places for n in p.names
                        for w in TOKEN_RE.findall(n))
    print(f"ru dev: {len(docs)} articles, {sum(map(len, want))} annotated places")
    print(score("fold_key only (no morphology)", lambda: fold_key, docs, want, m))
    print(score("ours: forms checked against gazetteer", lambda: FormKeys(lexicon), docs,
                want, m))
    try:
        import pymorphy3  # noqa: F401
    except ImportError:
        print("pymorphy3 not installed: its rows skipped")
        return 0
    print(score("pymorphy3 lemma (best parse)", lambda: pymorphy_keys(lexicon, False), docs,
                want, m))
    print(score("pymorphy3 lemma in gazetteer (any parse)",
                lambda: pymorphy_keys(lexicon, True), docs, want, m))
    return 0


if __name__ == "__main__":
    sys.exit(main())
