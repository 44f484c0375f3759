"""Evaluate the distress detector on the labelled sets.

Run from the repository root:  python bench/distress_eval.py  [--quiet] [--no-cv] [--set NAME ...]

Every figure is given for the rules alone and for the combined detector (the learned model of
bot/flows/distress_model.py stacked on the rules).  The honest figures are the final sets
(tests/data/distress_final_N.jsonl: written blind by writers who never saw the detector, never
trained on, measured once when the detector was frozen) and the cross-validated ones (leave
one writer's set out; needs scikit-learn).  Without ``--set`` it also prints the figures of the
blind sets as each was first measured, a per-set summary (in-sample for the model), and the
threshold trade-off on the other writers' sets, out of fold.

``--set NAME`` evaluates only tests/data/NAME (or NAME.jsonl, or distress_NAME.jsonl; may be
repeated), e.g. ``--set final_7``.

Per set: precision/recall per level, urgent recall, the false-alarm rate on benign messages
(share of "none" messages classified urgent or concern), a confusion matrix, category recall,
the misclassified messages, and the mean time per message.  Always exits 0.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.flows.distress import Level, classify, classify_rules  # noqa: E402

LEVELS = [lv.value for lv in Level]  # urgent, concern, none
DATA = ROOT / "tests" / "data"
SETS = [*[(f"final_{i} (written blind by another writer, never trained on, measured once when frozen)",
          DATA / f"distress_final_{i}.jsonl") for i in (7, 8)],
        ("labelled (tuning set)", DATA / "distress_labelled.jsonl"),
        ("holdout (written after tuning; its misses were later fixed)",
         DATA / "distress_holdout.jsonl"),
        ("holdout2 (written after the last code change)", DATA / "distress_holdout2.jsonl")]


# Fresh probe batches (tests/data/distress_fresh_N.jsonl), each written by hand without looking
# at the code, measured ONCE with ``--set fresh_N`` before the fixes it prompted, then folded
# into the labelled set.  Figures as first measured, on the labels as first written (four
# rules questions were later relabelled concern to match the labelled set's convention).
# n, accuracy, (precision, recall) for urgent / concern / none, urgent recall, false alarms
FRESH_BEFORE = {
    "fresh_1": (82, 0.671, (0.933, 0.467), (0.714, 0.682), (0.565, 0.867), 0.467, 0.133),
    "fresh_2": (83, 0.807, (0.897, 0.812), (0.783, 0.857), (0.742, 0.767), 0.812, 0.233),
    "fresh_3": (82, 0.744, (0.885, 0.719), (0.684, 0.650), (0.676, 0.833), 0.719, 0.167),
    "fresh_4": (80, 0.762, (0.897, 0.867), (0.750, 0.600), (0.657, 0.767), 0.867, 0.233),
    "fresh_5": (80, 0.812, (0.960, 0.800), (0.737, 0.700), (0.750, 0.900), 0.800, 0.100),
    "fresh_6": (78, 0.923, (0.947, 0.900), (0.667, 1.000), (1.000, 0.917), 0.900, 0.083),
    "fresh_7": (78, 0.833, (0.840, 0.750), (0.818, 0.900), (0.839, 0.867), 0.750, 0.133),
}


# Sets written blind by other writers, each measured ONCE by the detector of the day before it
# joined the training data: set, n, detector (commit), urgent recall, false alarms.
MEASURED_ONCE = [
    ("blind2", 260, "rules OR model (633c070)", 0.900, 0.122),
    ("blind3", 281, "rules OR model (86c25f2)", 0.850, 0.108),
    ("blind4", 280, "rules OR model (86c25f2)", 0.900, 0.042),
    ("blind5", 291, "stacked model (b6e26a0)", 0.914, 0.057),
    ("blind6", 281, "stacked model (b6e26a0)", 0.960, 0.066),
    ("blind7", 281, "stacked model (2db4b94)", 1.000, 0.117),
    ("blind8", 291, "stacked model (2db4b94)", 0.933, 0.048),
    ("blind9", 280, "stacked model (174c1ac)", 0.990, 0.042),
    ("blind10", 281, "stacked model (174c1ac)", 0.941, 0.000),
]


def print_measured_once() -> None:
    print("\n=== sets by other writers, measured once before they joined the training data ===")
    print(f"  {'set':<8} {'n':>4}  {'detector':<26} {'urg rec':>7} {'false al':>8}")
    for name, n, det, ur, fa in MEASURED_ONCE:
        print(f"  {name:<8} {n:>4}  {det:<26} {ur:>7.3f} {fa:>8.3f}")


def print_fresh_before() -> None:
    print("\n=== fresh probe batches, measured once before their fixes ===")
    print(f"  {'batch':<8} {'n':>3} {'acc':>6}  {'urg P/R':>11}  {'con P/R':>11}  {'none P/R':>11}"
          f"  {'urg rec':>7} {'false al':>8}")
    for name, (n, acc, u, c, o, ur, fa) in FRESH_BEFORE.items():
        print(f"  {name:<8} {n:>3} {acc:>6.3f}  {u[0]:.3f}/{u[1]:.3f}  {c[0]:.3f}/{c[1]:.3f}  "
              f"{o[0]:.3f}/{o[1]:.3f}  {ur:>7.3f} {fa:>8.3f}")


def load(path: Path) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                rows.append(json.loads(line))
    return rows


def metrics(gold: list[str], pred: list[str]) -> dict:
    out: dict = {"n": len(gold), "per_level": {}}
    for lv in LEVELS:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == lv and p == lv)
        n_pred = sum(1 for p in pred if p == lv)
        n_gold = sum(1 for g in gold if g == lv)
        out["per_level"][lv] = {
            "precision": tp / n_pred if n_pred else float("nan"),
            "recall": tp / n_gold if n_gold else float("nan"),
            "support": n_gold,
        }
    out["urgent_recall"] = out["per_level"]["urgent"]["recall"]
    nones = [p for g, p in zip(gold, pred, strict=True) if g == "none"]
    out["false_alarm"] = sum(1 for p in nones if p != "none") / len(nones) if nones else 0.0
    out["accuracy"] = sum(1 for g, p in zip(gold, pred, strict=True) if g == p) / len(gold)
    out["confusion"] = {
        g: {p: sum(1 for a, b in zip(gold, pred, strict=True) if a == g and b == p) for p in LEVELS}
        for g in LEVELS
    }
    return out


def evaluate(rows: list[dict], detector=classify) -> tuple[dict, list[tuple[dict, object]], float]:
    classify = detector  # noqa: N806 - the detector under test
    preds = []
    t0 = time.perf_counter()
    for r in rows:
        preds.append(classify(r["text"]))
    elapsed = time.perf_counter() - t0
    # timing: a few more passes; the mean over all of them and the fastest pass (shared
    # machines are noisy: the fastest pass is the closest to the detector's own cost)
    reps = 5
    passes = []
    for _ in range(reps):
        t1 = time.perf_counter()
        for r in rows:
            classify(r["text"])
        passes.append(time.perf_counter() - t1)
    n = max(1, len(rows))
    mean_us = sum(passes) / (reps * n) * 1e6
    m = metrics([r["level"] for r in rows], [p.level.value for p in preds])
    m["first_pass_us"] = elapsed / n * 1e6
    m["best_pass_us"] = min(passes) / n * 1e6
    return m, list(zip(rows, preds, strict=True)), mean_us


def category_recall(pairs: list[tuple[dict, object]]) -> dict[str, tuple[int, int]]:
    counts: dict[str, list[int]] = {}
    for row, pred in pairs:
        for c in row.get("categories", []):
            hit = c in pred.categories  # type: ignore[attr-defined]
            counts.setdefault(c, [0, 0])
            counts[c][0] += int(hit)
            counts[c][1] += 1
    return {c: (h, n) for c, (h, n) in sorted(counts.items())}


def report(name: str, path: Path, quiet: bool, detector=classify, label: str = "combined") -> None:
    print(f"\n=== {name}: {path.relative_to(ROOT)} [{label}] ===")
    if not path.exists():
        print("  (missing)")
        return
    rows = load(path)
    m, pairs, mean_us = evaluate(rows, detector)
    print(f"  messages: {m['n']}   accuracy: {m['accuracy']:.3f}")
    print(f"  {'level':<8} {'precision':>9} {'recall':>7} {'support':>8}")
    for lv in LEVELS:
        s = m["per_level"][lv]
        print(f"  {lv:<8} {s['precision']:>9.3f} {s['recall']:>7.3f} {s['support']:>8}")
    print(f"  urgent recall: {m['urgent_recall']:.3f}   (target >= 0.98)")
    print(f"  false alarms on benign: {m['false_alarm']:.3f}   (target <= 0.03)")
    print("  confusion (rows = gold, cols = predicted):")
    print("  " + " " * 9 + "".join(f"{p:>9}" for p in LEVELS))
    for g in LEVELS:
        print(f"  {g:<9}" + "".join(f"{m['confusion'][g][p]:>9}" for p in LEVELS))
    cr = category_recall(pairs)
    print("  category recall (gold category found among predicted categories):")
    print("   " + ", ".join(f"{c} {h}/{n}" for c, (h, n) in cr.items()))
    print(f"  mean time per message: {mean_us:.1f} us over 5 passes; fastest pass "
          f"{m['best_pass_us']:.1f} us; first pass (cold caches) {m['first_pass_us']:.1f} us")
    wrong = [(r, p) for r, p in pairs if r["level"] != p.level.value]  # type: ignore[attr-defined]
    print(f"  misclassified: {len(wrong)}")
    if not quiet:
        for r, p in wrong:
            print(f"   - gold={r['level']:<7} pred={p.level.value:<7} "  # type: ignore[attr-defined]
                  f"cues={','.join(p.matched) or '-'}  {r['text'][:110]!r}")  # type: ignore[attr-defined]


def _resolve_set(name: str) -> Path:
    for cand in (name, f"{name}.jsonl", f"distress_{name}", f"distress_{name}.jsonl"):
        p = DATA / cand
        if p.exists():
            return p
    return DATA / name


SUMMARY_SETS = [
    ("labelled", "distress_labelled.jsonl"),
    *[(f"fresh_{i}", f"distress_fresh_{i}.jsonl") for i in range(1, 8)],
    ("holdout", "distress_holdout.jsonl"),
    ("holdout2", "distress_holdout2.jsonl"),
    ("blind", "distress_blind.jsonl"),
    *[(f"blind{i}", f"distress_blind{i}.jsonl") for i in range(2, 11)],
    *[(f"train_{c}", f"distress_train_{c}.jsonl") for c in "efghijklmnopqrstuv"],
]


def _fmt(m: dict) -> str:
    pl = m["per_level"]
    return (f"{m['accuracy']:.3f}  {pl['urgent']['precision']:.3f}/{pl['urgent']['recall']:.3f}  "
            f"{pl['concern']['precision']:.3f}/{pl['concern']['recall']:.3f}  "
            f"{pl['none']['precision']:.3f}/{pl['none']['recall']:.3f}  "
            f"{m['urgent_recall']:>7.3f} {m['false_alarm']:>8.3f}")


_HEAD = f"{'acc':>5}  {'urg P/R':>11}  {'con P/R':>11}  {'none P/R':>11}  {'urg rec':>7} {'false al':>8}"


def print_summary() -> None:
    """Per set, rules only and rules + model.  The model was trained on all of these sets:
    its rows are in-sample fit; the cross-validated section below is the honest figure."""
    print("\n=== per set: rules only vs combined (rules + model; the model is trained on these "
          "sets, so combined = in-sample fit) ===")
    print(f"  {'set':<9} {'n':>4} {'detector':<9} {_HEAD}")
    for name, fn in SUMMARY_SETS:
        path = DATA / fn
        if not path.exists():
            continue
        rows = load(path)
        gold = [r["level"] for r in rows]
        for label, det in (("rules", classify_rules), ("combined", classify)):
            m = metrics(gold, [det(r["text"]).level.value for r in rows])
            print(f"  {name:<9} {len(rows):>4} {label:<9} {_fmt(m)}")


def print_cross_validated() -> None:
    """Leave one source file out: the model is retrained without the messages of one writer /
    batch and scored on them (stacked on the rules as shipped).  Needs scikit-learn (dev extra).
    The sets by other writers (blind*, train_*) stand in for the messages of strangers."""
    try:
        from kawan import distress_train as dt
    except ImportError:  # pragma: no cover
        print("\n(cross-validation skipped: kawan.distress_train not importable)")
        return
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("\n(cross-validation skipped: scikit-learn is not installed; pip install -e '.[dev]')")
        return
    from bot.flows.distress import _classify_rules, _n_words, combine

    rows = dt.grouped_rows()
    groups = [g for g, _ in rows]
    texts = [r["text"] for _, r in rows]
    gold = [r["level"] for _, r in rows]
    oof = dt.oof_proba(groups, dt.docs_of(texts), gold, dt.C)
    rules = [_classify_rules(t) for t in texts]
    nw = [_n_words(r[1]) if r[1] is not None else 0 for r in rules]
    th = dt.THRESHOLDS
    comb = [combine(r[0], p, r[2], th, n).level.value for r, p, n in zip(rules, oof, nw, strict=True)]
    rl = [r[0].level.value for r in rules]
    model_only = [("urgent", "concern", "none")[max(range(3), key=p.__getitem__)] for p in oof]
    ext = sorted({g for g in groups if g.startswith(("blind", "train_"))})
    print("\n=== cross-validated, leave one source file out (the model never saw the set it is "
          "scored on; the rules were tuned on the older sets) ===")
    print(f"  thresholds: {th}")
    print(f"  {'group':<9} {'n':>4} {'detector':<9} {_HEAD}")
    for g in ["labelled", "fresh", "holdout", "holdout2", *ext, "others", "all"]:
        idx = [i for i, x in enumerate(groups)
               if g == "all" or x == g or (g == "fresh" and x.startswith("fresh_")) or (g == "others" and x in ext)]
        gg = [gold[i] for i in idx]
        for label, pred in (("rules", rl), ("model", model_only), ("combined", comb)):
            m = metrics(gg, [pred[i] for i in idx])
            print(f"  {g:<9} {len(idx):>4} {label:<9} {_fmt(m)}")
    # the trade-off on the other writers' sets pooled (out of fold), one threshold varied
    idx = [i for i, x in enumerate(groups) if x in ext]
    print("\n  trade-off on the other writers' sets pooled (out of fold), one threshold varied, the "
          "others as shipped:")
    print(f"  {'threshold':<12} {'value':>5}  {'urg rec':>7} {'false al':>8} {'accuracy':>8}")
    grid = {"urgent": (0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6), "concern": (0.5, 0.6, 0.7, 0.8, 0.9),
            "urgent_veto": (0.5, 0.7, 0.9, 1.01), "concern_veto": (0.8, 0.9, 1.01),
            "benign": (0.5, 0.6, 0.8, 1.01), "lower": (0.0, 0.4, 0.5, 0.6, 1.01),
            "min_words": (1.0, 2.0, 3.0, 4.0)}
    for key, vals in grid.items():
        for v in vals:
            t = {**th, key: v}
            pred = [combine(rules[i][0], oof[i], rules[i][2], t, nw[i]).level.value for i in idx]
            m = metrics([gold[i] for i in idx], pred)
            mark = " <- shipped" if v == th[key] else ""
            print(f"  {key:<12} {v:>5.2f}  {m['urgent_recall']:>7.3f} {m['false_alarm']:>8.3f} "
                  f"{m['accuracy']:>8.3f}{mark}")


def main(argv: list[str]) -> int:
    quiet = "--quiet" in argv
    chosen = [argv[i + 1] for i, a in enumerate(argv[:-1]) if a == "--set"]
    sets = [(f"set {n}", _resolve_set(n)) for n in chosen] if chosen else SETS
    for name, path in sets:
        report(name, path, quiet, classify_rules, "rules only")
        report(name, path, quiet, classify, "combined: rules + model")
    if chosen:
        return 0
    print_fresh_before()
    print_measured_once()
    print_summary()
    if "--no-cv" not in argv:
        print_cross_validated()
    # robustness: a 10,000-character message
    long_msg = ("saya kerja di sini sudah lama, majikan baik. " * 250)[:10_000]
    t0 = time.perf_counter()
    d = classify(long_msg)
    print(f"\n10,000-character message: {d.level.value} in {(time.perf_counter() - t0) * 1e3:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
