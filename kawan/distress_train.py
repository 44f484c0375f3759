"""Train the learned part of the distress detector and write ``bot/flows/distress_model.json``.

    python -m kawan.distress_train                # train on all sets, write the artefact
    python bench/distress_eval.py                 # cross-validated figures, threshold trade-off

Data: tests/data/distress_labelled.jsonl (which already holds the fresh batches
distress_fresh_N.jsonl) and the sets in TRAIN_SETS, each written by one writer: the holdouts,
blind..blind10 (written blind, each measured once before it joined the training data) and
train_e..train_v (written by other writers for training).  The final test sets
tests/data/distress_final_N.jsonl are never read here.  Deterministic (fixed seed, deterministic
solver).

What the model reads: the normalised text's n-grams, the rules' verdict and the message's
context (stacking, see bot.flows.distress_model.rule_features).  Selection is for cross-writer
generalisation: cross-validation grouped by source file (each set is one group, the rest of the
labelled set another), so a model is always scored on messages by a writer it has not seen.
The thresholds of bot.flows.distress.combine are picked on the out-of-fold probabilities of
the other writers' sets pooled (bench/distress_eval.py prints the trade-off).
Needs scikit-learn (dev dependency); the bot itself runs the model in pure Python.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
OUT = ROOT / "bot" / "flows" / "distress_model.json"
SEED = 20261128
C_GRID = (1.0, 3.0, 10.0, 30.0)
MIN_DF = 2
# The chosen configuration and thresholds: C by leave-one-source-out log-loss / accuracy over
# C_GRID (char+word n-grams beat char n-grams alone); thresholds on the blind set's out-of-fold
# probabilities (bench/distress_eval.py prints the trade-off).  See bot.flows.distress.combine.
C = 10.0
THRESHOLDS = {"urgent": 0.3, "concern": 0.8, "urgent_veto": 1.01, "concern_veto": 1.01, "benign": 0.6,
              "lower": 0.4, "min_words": 3.0}


# Sets written after the labelled set, each by one writer (or batch), in the order written.
# Never listed here: the final test sets distress_final_N.jsonl, measured once at the end.
# blind2..blind10 were each measured once, by the detector of the day, before being added here
# (bench/distress_eval.py prints those figures).
TRAIN_SETS = ("holdout", "holdout2", "blind", "blind2", "blind3", "blind4", "blind5", "blind6",
              "blind7", "blind8", "blind9", "blind10", "train_e", "train_f", "train_g", "train_h",
              "train_i", "train_j", "train_k", "train_l", "train_m", "train_n", "train_o", "train_p",
              "train_q", "train_r", "train_s", "train_t", "train_u", "train_v")


def load_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def grouped_rows() -> list[tuple[str, dict]]:
    """(group, row) for every training message; each text once (first source wins)."""
    fresh: dict[str, str] = {}
    for i in range(1, 100):
        p = DATA / f"distress_fresh_{i}.jsonl"
        if not p.exists():
            break
        for r in load_rows(p):
            fresh.setdefault(r["text"], f"fresh_{i}")
    out: list[tuple[str, dict]] = []
    seen: set[str] = set()
    for r in load_rows(DATA / "distress_labelled.jsonl"):
        if r["text"] not in seen:
            seen.add(r["text"])
            out.append((fresh.get(r["text"], "labelled"), r))
    for name in TRAIN_SETS:
        path = DATA / f"distress_{name}.jsonl"
        if not path.exists():
            continue
        for r in load_rows(path):
            if r["text"] not in seen:
                seen.add(r["text"])
                out.append((name, r))
    return out


Doc = tuple[str, tuple[str, ...]]  # (normalised text, the rules' features)


def docs_of(texts: Sequence[str]) -> list[Doc]:
    """What the model reads: the normalised text and the rules' verdict and context on it
    (stacking), exactly as bot.flows.distress.classify gives them to it."""
    from bot.flows.distress import model_input
    from bot.flows.distress_model import rule_features

    out: list[Doc] = []
    for t in texts:
        res, _, veto, doc = model_input(t)
        if doc is None:  # no words ("👍"): the bot answers from the rules; the model sees their verdict
            doc = ("", rule_features(res.level.value, res.matched, res.categories, veto))
        out.append((doc[0], tuple(doc[1])))
    return out


def _analyze(doc: Doc) -> list[str]:
    from bot.flows.distress_model import features

    return features(doc[0], doc[1])


def fit(docs: Sequence[Doc], labels: Sequence[str], c: float = C, min_df: int = MIN_DF,
        analyzer: Callable[[Doc], list[str]] | None = None) -> tuple[object, object]:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = TfidfVectorizer(analyzer=analyzer or _analyze, sublinear_tf=True, min_df=min_df)
    x = vec.fit_transform(docs)
    clf = LogisticRegression(C=c, class_weight="balanced", max_iter=5000, random_state=SEED)
    clf.fit(x, list(labels))
    return vec, clf


def predict_proba(vec: object, clf: object, docs: Sequence[Doc]) -> list[tuple[float, float, float]]:
    from bot.flows.distress_model import CLASSES

    p = clf.predict_proba(vec.transform(docs))  # type: ignore[attr-defined]
    order = [list(clf.classes_).index(k) for k in CLASSES]  # type: ignore[attr-defined]
    return [(float(r[order[0]]), float(r[order[1]]), float(r[order[2]])) for r in p]


def oof_proba(groups: Sequence[str], docs: Sequence[Doc], labels: Sequence[str],
              c: float = C, analyzer: Callable[[Doc], list[str]] | None = None,
              ) -> list[tuple[float, float, float]]:
    """Out-of-fold probabilities, leaving one source file (writer/batch) out at a time."""
    out: list[tuple[float, float, float] | None] = [None] * len(labels)
    for g in sorted(set(groups)):
        tr = [i for i, x in enumerate(groups) if x != g]
        te = [i for i, x in enumerate(groups) if x == g]
        vec, clf = fit([docs[i] for i in tr], [labels[i] for i in tr], c, analyzer=analyzer)
        for i, p in zip(te, predict_proba(vec, clf, [docs[i] for i in te]), strict=True):
            out[i] = p
    return [p for p in out if p is not None]


def to_model(vec: object, clf: object, thresholds: dict[str, float]) -> object:
    from bot.flows.distress_model import CLASSES, Model

    idf = vec.idf_  # type: ignore[attr-defined]
    coef = clf.coef_  # type: ignore[attr-defined]
    cls = list(clf.classes_)  # type: ignore[attr-defined]
    rows = [cls.index(k) for k in CLASSES]
    vocab = {}
    for f, j in vec.vocabulary_.items():  # type: ignore[attr-defined]
        w = [float(coef[r, j]) for r in rows]
        # a weight shared by all classes cancels in the softmax: store the centred weights
        mean = sum(w) / 3
        vocab[f] = (float(idf[j]), w[0] - mean, w[1] - mean, w[2] - mean)
    b = [float(clf.intercept_[r]) for r in rows]  # type: ignore[attr-defined]
    c = clf.C  # type: ignore[attr-defined]
    return Model(vocab, (b[0], b[1], b[2]), dict(thresholds), f"logreg-C{c:g}-{len(vocab)}features")


def train(out: Path = OUT) -> Path:
    rows = grouped_rows()
    docs = docs_of([r["text"] for _, r in rows])
    vec, clf = fit(docs, [r["level"] for _, r in rows], C)
    model = to_model(vec, clf, THRESHOLDS)
    data = model.to_json()  # type: ignore[attr-defined]
    out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n",
                   encoding="utf-8")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    path = train(args.out)
    print(f"wrote {path} ({path.stat().st_size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
