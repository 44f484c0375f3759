"""What the check-in flow reads from content/: tips and the question bank. Pure data.

No imports of the rest of the flows, so `core.Context` can carry it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

AREAS = ("economic", "household", "working_abroad", "protective")
QUESTIONS_PER_CHECKIN = 3


@dataclass(frozen=True)
class Question:
    id: str
    area: str  # one of AREAS
    text: dict[str, str]  # by language
    risk_if: str | None = None  # "yes" | "no"
    protective_if: str | None = None
    watch: str | None = None  # a watch-list reason this answer raises (e.g. wages_unpaid)

    def judge(self, value: str) -> dict[str, object]:
        """The structured answer the API stores."""
        return {"question_id": self.id, "area": self.area, "value": value,
                "risk": value == self.risk_if,
                "protective": value == self.protective_if,
                "watch": self.watch if value == self.risk_if else None}


@dataclass(frozen=True)
class CheckinContent:
    tips: dict[str, tuple[str, ...]] = field(default_factory=dict)  # by language, same order
    questions: tuple[Question, ...] = ()

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    def tip(self, lang: str, week: int, person: int) -> str | None:
        tips = self.tips.get(lang) or self.tips.get("id") or ()
        return tips[(week + person) % len(tips)] if tips else None

    def pick(self, week: int, person: int) -> list[str]:
        """Three questions, deterministic by week and person, rotating over the areas.

        Each week one area rests (in turn); inside an area the questions take turns, offset
        by person so that two workers do not get the same three in the same week.
        """
        by_area = {a: [q for q in self.questions if q.area == a] for a in AREAS}
        areas = [a for a in AREAS if by_area[a]]
        if not areas:
            return []
        rest = (week + person) % len(areas) if len(areas) > QUESTIONS_PER_CHECKIN else -1
        chosen = [a for i, a in enumerate(areas) if i != rest][:QUESTIONS_PER_CHECKIN]
        picked = []
        for i, area in enumerate(chosen):
            options = by_area[area]
            picked.append(options[(week + person * 7 + i) % len(options)].id)
        return picked
