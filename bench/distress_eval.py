"""Evaluate the distress detector on the labelled sets.

Run from the repository root:  python bench/distress_eval.py  [--quiet] [--set NAME ...]

``--set NAME`` evaluates only tests/data/NAME (or NAME.jsonl, or distress_NAME.jsonl; may be
repeated), e.g. ``--set fresh_3`` for a fresh probe batch measured once before any fix.

Prints, for tests/data/distress_labelled.jsonl (tuning set; the fresh probe batches
distress_fresh_N.jsonl were folded into it after being measured once) and, separately,
tests/data/distress_holdout.jsonl and distress_holdout2.jsonl (written after tuning):
precision/recall per level, urgent recall, the false-alarm rate on benign messages
(share of "none" messages classified urgent or concern), a confusion matrix, category
recall, the misclassified messages, and the mean time per message.  Always exits 0.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.flows.distress import Level, classify  # noqa: E402

LEVELS = [lv.value for lv in Level]  # urgent, concern, none
DATA = ROOT / "tests" / "data"
SETS = [("labelled (tuning set)", DATA / "distress_labelled.jsonl"),
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


def evaluate(rows: list[dict]) -> tuple[dict, list[tuple[dict, object]], float]:
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


def report(name: str, path: Path, quiet: bool) -> None:
    print(f"\n=== {name}: {path.relative_to(ROOT)} ===")
    if not path.exists():
        print("  (missing)")
        return
    rows = load(path)
    m, pairs, mean_us = evaluate(rows)
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


def main(argv: list[str]) -> int:
    quiet = "--quiet" in argv
    chosen = [argv[i + 1] for i, a in enumerate(argv[:-1]) if a == "--set"]
    sets = [(f"set {n}", _resolve_set(n)) for n in chosen] if chosen else SETS
    for name, path in sets:
        report(name, path, quiet)
    if chosen:
        return 0
    print_fresh_before()
    # robustness: a 10,000-character message
    long_msg = ("saya kerja di sini sudah lama, majikan baik. " * 250)[:10_000]
    t0 = time.perf_counter()
    d = classify(long_msg)
    print(f"\n10,000-character message: {d.level.value} in {(time.perf_counter() - t0) * 1e3:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
