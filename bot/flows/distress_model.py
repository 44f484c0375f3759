"""Learned component of the distress detector: a linear text classifier, run in pure Python.

The model is a multinomial logistic regression over TF-IDF features (sublinear tf, l2-normed)
of the *normalised* text (:func:`bot.flows.distress.normalize`): character n-grams of 2-5
letters inside word boundaries (like scikit-learn's ``char_wb``) and word uni-/bigrams, plus the
rule-based detector's verdict (:func:`rule_features`: level, cues, categories, benign guards)
and the message's context (question, joke, reassurance, past, negation, length), so the model
is stacked on the rules and learns how far to trust them.  It is trained by
``python -m kawan.distress_train`` (scikit-learn, training only) and shipped as
``distress_model.json`` next to this module: the vocabulary with, per feature, its idf and
one weight per class.  Inference needs no third-party package.

Purity: importing this module does no I/O.  :func:`load` reads the artefact (through
``importlib.resources``) and is called lazily by :func:`bot.flows.distress.classify` on first
use; a missing or unreadable artefact leaves the detector on its rules.  Never log message
text.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources

__all__ = ["ARTEFACT", "CLASSES", "Model", "features", "load", "load_path", "rule_features"]

ARTEFACT = "distress_model.json"
CLASSES = ("urgent", "concern", "none")
CHAR_MIN, CHAR_MAX = 2, 5
# read by bot.flows.distress.combine
THRESHOLD_KEYS = frozenset(
    {"urgent", "concern", "urgent_veto", "concern_veto", "benign", "lower", "min_words"}
)


def _word_ngrams(word: str, lo: int = CHAR_MIN, hi: int = CHAR_MAX) -> Iterable[str]:
    """Character n-grams of one word padded with spaces, exactly as scikit-learn's ``char_wb``."""
    w = f" {word} "
    wl = len(w)
    for n in range(lo, hi + 1):
        if wl <= n:
            # a short word ("ya") gives one n-gram (itself, padded) and no longer ones
            yield w
            return
        for i in range(wl - n + 1):
            yield w[i : i + n]


def char_wb_ngrams(text: str, lo: int = CHAR_MIN, hi: int = CHAR_MAX) -> Iterable[str]:
    """Character n-grams within word boundaries (scikit-learn's ``char_wb``)."""
    for w in text.split():
        yield from _word_ngrams(w, lo, hi)


def _word_feats(toks: list[str]) -> list[str]:
    return ["w:" + t for t in toks] + [f"w:{a}_{b}" for a, b in zip(toks, toks[1:], strict=False)]


def features(norm_text: str, rules: Iterable[str] = ()) -> list[str]:
    """Feature strings of one normalised text: char_wb 2-5 grams, ``w:`` word 1-2 grams, and
    the rules' verdict (:func:`rule_features`)."""
    feats = list(char_wb_ngrams(norm_text))
    feats.extend(_word_feats([t for t in norm_text.split() if t.isalnum()]))
    feats.extend(rules)
    return feats


def rule_features(level: str, matched: Iterable[str], categories: Iterable[str], veto: bool) -> list[str]:
    """The rules' verdict as features (stacking): their level, every cue that fired, the
    categories, and whether a benign guard (negation, idiom, joke, resolved past...) fired.
    The model learns how far to trust each of them on text by writers the rules never saw."""
    out = ["R:lv:" + level]
    if veto:
        out.append("R:veto")
    out.extend("R:cue:" + m for m in matched)
    out.extend("R:cat:" + c for c in categories)
    return out


@dataclass(frozen=True)
class Model:
    """Weights of a linear model: feature -> (idf, w_urgent, w_concern, w_none)."""

    vocab: dict[str, tuple[float, float, float, float]]
    intercept: tuple[float, float, float]
    thresholds: dict[str, float]
    version: str = ""
    _cache: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)

    def proba(self, norm_text: str, rules: Iterable[str] = ()) -> tuple[float, float, float]:
        """P(urgent), P(concern), P(none) for a normalised text and the rules' features."""
        vocab = self.vocab
        cache = self._cache
        counts: dict[str, int] = {}
        words = norm_text.split()
        for w in words:
            known = cache.get(w)
            if known is None:  # the in-vocabulary n-grams of a word (with repeats), cached
                known = tuple(f for f in _word_ngrams(w) if f in vocab)
                if len(cache) >= 50000:
                    cache.clear()
                cache[w] = known
            for f in known:
                counts[f] = counts.get(f, 0) + 1
        for f in (*_word_feats([t for t in words if t.isalnum()]), *rules):
            if f in vocab:
                counts[f] = counts.get(f, 0) + 1
        s0 = s1 = s2 = 0.0
        sq = 0.0
        log = math.log
        for f, c in counts.items():
            row = vocab[f]
            v = row[0] if c == 1 else (1.0 + log(c)) * row[0]
            sq += v * v
            s0 += v * row[1]
            s1 += v * row[2]
            s2 += v * row[3]
        b0, b1, b2 = self.intercept
        if sq > 0.0:
            inv = 1.0 / math.sqrt(sq)
            z0, z1, z2 = s0 * inv + b0, s1 * inv + b1, s2 * inv + b2
        else:
            z0, z1, z2 = b0, b1, b2
        m = max(z0, z1, z2)
        e0, e1, e2 = math.exp(z0 - m), math.exp(z1 - m), math.exp(z2 - m)
        tot = e0 + e1 + e2
        return e0 / tot, e1 / tot, e2 / tot

    @classmethod
    def from_json(cls, data: dict) -> Model:
        if tuple(data["classes"]) != CLASSES:
            raise ValueError("unexpected class order in the distress model")
        vocab = {f: (float(r[0]), float(r[1]), float(r[2]), float(r[3])) for f, r in data["vocab"].items()}
        b = data["intercept"]
        missing = THRESHOLD_KEYS - set(data["thresholds"])
        if missing:
            raise ValueError(f"distress model lacks thresholds {sorted(missing)}")
        return cls(vocab, (float(b[0]), float(b[1]), float(b[2])),
                   {k: float(v) for k, v in data["thresholds"].items()}, str(data.get("version", "")))

    def to_json(self) -> dict:
        return {
            "version": self.version,
            "classes": list(CLASSES),
            "intercept": [round(x, 6) for x in self.intercept],
            "thresholds": self.thresholds,
            "vocab": {f: [round(x, 5) for x in r] for f, r in sorted(self.vocab.items())},
        }


def load_path(path: str) -> Model:
    with open(path, encoding="utf-8") as fh:
        return Model.from_json(json.load(fh))


def load() -> Model | None:
    """The shipped model, or None when the artefact is missing or unreadable."""
    try:
        ref = resources.files("bot.flows").joinpath(ARTEFACT)
        with ref.open("r", encoding="utf-8") as fh:
            return Model.from_json(json.load(fh))
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return None
