"""Check-in content: `<lang>/tips.yaml` (sourced, same ids in every language) and
`checkin/questions.yaml` (the question bank, both languages in one file).

Checked by `kawan content check`; loaded into the flows' `CheckinContent`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import Field

from bot.flows.checkin_content import CheckinContent, Question
from kawan.content.facts import LANGUAGES, Bilingual, ContentError, Ident, Sourced, Strict, Text
from kawan.content.problems import Problem, Severity

YesNo = Literal["yes", "no"]
Area = Literal["economic", "household", "working_abroad", "protective"]
MIN_TIPS = 10


class Tip(Sourced):
    id: Ident
    text: Text


class TipsFile(Strict):
    tips: list[Tip] = Field(min_length=1)


class QuestionItem(Strict):
    id: Ident
    area: Area
    text: Bilingual
    risk_if: YesNo | None = None
    protective_if: YesNo | None = None
    watch: Literal["wages_unpaid"] | None = None


class QuestionsFile(Strict):
    questions: list[QuestionItem] = Field(min_length=1)


def _read(content_dir: Path, today: date | None
          ) -> tuple[dict[str, TipsFile], QuestionsFile | None, list[Problem]]:
    from kawan.content.facts_check import Checker

    checker = Checker(content_dir, today)
    tips: dict[str, TipsFile] = {}
    for lang in LANGUAGES:
        rel = f"{lang}/tips.yaml"
        found = checker.read(rel, TipsFile)
        if found is None:
            continue
        tips[lang] = found
        checker.unique(rel, "tip", [t.id for t in found.tips])
        checker.check_dates(rel, found)
        if len(found.tips) < MIN_TIPS:
            checker.warn(rel, f"baru {len(found.tips)} tip; tambahkan sampai {MIN_TIPS} atau "
                              "lebih supaya tidak cepat berulang")
    if len(tips) == len(LANGUAGES):
        first, *others = LANGUAGES
        for lang in others:
            checker.same_ids("tips.yaml", "tip", tips[first].tips, tips[lang].tips, first, lang)
    rel = "checkin/questions.yaml"
    questions = checker.read(rel, QuestionsFile)
    if questions is not None:
        checker.unique(rel, "pertanyaan", [q.id for q in questions.questions])
        for q in questions.questions:
            if (q.risk_if is None) == (q.protective_if is None):
                checker.error(rel, f"pertanyaan '{q.id}': isi tepat satu dari risk_if atau "
                                   "protective_if")
        areas = {q.area for q in questions.questions}
        for area in ("economic", "household", "working_abroad", "protective"):
            if area not in areas:
                checker.error(rel, f"belum ada pertanyaan untuk bidang '{area}'")
    return tips, questions, checker.problems


def check_checkin(content_dir: Path, today: date) -> list[Problem]:
    return _read(content_dir, today)[2]


def load_checkin(content_dir: Path) -> CheckinContent:
    tips, questions, problems = _read(content_dir, None)
    errors = [p for p in problems if p.severity is Severity.ERROR]
    if errors or questions is None or len(tips) < len(LANGUAGES):
        raise ContentError(errors)
    order = [t.id for t in tips[LANGUAGES[0]].tips]
    return CheckinContent(
        tips={lang: tuple(next(t.text for t in f.tips if t.id == i) for i in order)
              for lang, f in tips.items()},
        questions=tuple(
            Question(id=q.id, area=q.area, text={"id": q.text.id, "en": q.text.en},
                     risk_if=q.risk_if, protective_if=q.protective_if, watch=q.watch)
            for q in questions.questions))
