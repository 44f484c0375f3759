"""How well the FAQ matcher answers held-out questions.

Run from the repo root: python bench/faq_eval.py [--content content] [--data tests/data/faq_heldout.jsonl]
Prints, per language, top-1 and top-3 accuracy on in-scope questions, the rate of correct
"no answer" (best() returns None) on out-of-scope ones, how often best() answers in-scope
questions (and how often wrongly), and lists the misses.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from api.guidance.faq_match import FaqIndex  # noqa: E402
from kawan.content.facts import load_facts  # noqa: E402


@dataclass
class Tally:
    in_scope: int = 0
    top1: int = 0
    top3: int = 0
    answered: int = 0
    answered_wrong: int = 0
    out_scope: int = 0
    abstained: int = 0
    misses: list[str] = field(default_factory=list)


def evaluate(content: Path, data: Path) -> dict[str, Tally]:
    facts = load_facts(content)
    indexes = {lang: FaqIndex(facts.content(lang).faq, lang) for lang in facts.languages}
    tallies: dict[str, Tally] = {}
    for line in data.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        lang, question, expected = row.get("lang", "id"), row["question"], row["expected"]
        index = indexes[lang]
        tally = tallies.setdefault(lang, Tally())
        hits = index.search(question, k=3)
        best = index.best(question)
        shown = ", ".join(f"{h.id} {h.score:.2f}" for h in hits) or "-"
        if expected is None:
            tally.out_scope += 1
            if best is None:
                tally.abstained += 1
            else:
                tally.misses.append(f"[out of scope, answered {best.id}] {question}  ->  {shown}")
            continue
        tally.in_scope += 1
        ids = [h.id for h in hits]
        tally.top1 += bool(ids[:1] == [expected])
        tally.top3 += expected in ids
        if best is not None:
            tally.answered += 1
            tally.answered_wrong += best.id != expected
        if ids[:1] != [expected]:
            where = "not in top 3" if expected not in ids else f"rank {ids.index(expected) + 1}"
            tally.misses.append(f"[{expected}, {where}] {question}  ->  {shown}")
    return tallies


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--content", type=Path, default=ROOT / "content")
    parser.add_argument("--data", type=Path, default=ROOT / "tests" / "data" / "faq_heldout.jsonl")
    args = parser.parse_args(argv)
    for lang, t in evaluate(args.content, args.data).items():
        n = t.in_scope or 1
        print(f"== {lang}: {t.in_scope} in scope, {t.out_scope} out of scope")
        print(f"top-1 accuracy   {t.top1 / n:.3f} ({t.top1}/{t.in_scope})")
        print(f"top-3 accuracy   {t.top3 / n:.3f} ({t.top3}/{t.in_scope})")
        print(
            f"best() answers   {t.answered / n:.3f} of in-scope questions, "
            f"{t.answered_wrong} of them wrong"
        )
        if t.out_scope:
            print(f"no-answer rate   {t.abstained / t.out_scope:.3f} ({t.abstained}/{t.out_scope}) on out of scope")
        for miss in t.misses:
            print("  miss:", miss)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
