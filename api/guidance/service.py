"""Guidance statistics. Knows nothing of HTTP or Telegram; stores no person id."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import func
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from api.guidance.models import (
    GuidanceKind,
    GuidanceUse,
    GuidanceUseIn,
    QuizAnswer,
    QuizAnswerBase,
    QuizQuestionStats,
    UnansweredIn,
    UnansweredPublic,
    UnansweredQuestion,
    UsageCount,
    UsageReport,
)


async def record_quiz_answer(*, session: AsyncSession, answer_in: QuizAnswerBase,
                             today: date) -> QuizAnswer:
    row = QuizAnswer(**answer_in.model_dump(), answered_on=today)
    session.add(row)
    await session.commit()
    return row


async def quiz_stats(*, session: AsyncSession, since: date) -> list[QuizQuestionStats]:
    """Per question: how many answered, how many right, and which wrong options were chosen;
    the most missed first."""
    rows = await session.exec(
        select(QuizAnswer.question_id, QuizAnswer.option_id, QuizAnswer.correct,
               func.count()).where(col(QuizAnswer.answered_on) >= since)
        .group_by(col(QuizAnswer.question_id), col(QuizAnswer.option_id),
                  col(QuizAnswer.correct)))
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    wrong: dict[str, dict[str, int]] = defaultdict(dict)
    for question_id, option_id, correct, count in rows.all():
        totals[question_id][0] += count
        if correct:
            totals[question_id][1] += count
        else:
            wrong[question_id][option_id] = count
    stats = [QuizQuestionStats(question_id=q, answers=n, correct=c,
                               missed_rate=round((n - c) / n, 3), wrong_options=wrong[q])
             for q, (n, c) in totals.items()]
    return sorted(stats, key=lambda s: (-s.missed_rate, s.question_id))


async def record_use(*, session: AsyncSession, use_in: GuidanceUseIn, today: date) -> None:
    session.add(GuidanceUse(kind=use_in.kind, entry_id=use_in.entry_id, used_on=today))
    await session.commit()


async def record_unanswered(*, session: AsyncSession, question_in: UnansweredIn,
                            today: date) -> UnansweredQuestion:
    """Counted at once; the words only if given (the person agreed to share them)."""
    text = (question_in.text or "").strip() or None
    row = UnansweredQuestion(language=question_in.language, asked_on=today, text=text)
    session.add(row)
    await session.commit()
    await session.refresh(row)
    return row


async def share_unanswered_text(*, session: AsyncSession, question_id: int, text: str) -> bool:
    """The person agreed afterwards: keep the question's words with the counted row."""
    row = await session.get(UnansweredQuestion, question_id)
    if row is None:
        return False
    row.text = text.strip() or None
    session.add(row)
    await session.commit()
    return True


async def usage_report(*, session: AsyncSession, since: date, limit: int = 20) -> UsageReport:
    count = func.count().label("n")
    used = await session.exec(
        select(GuidanceUse.kind, GuidanceUse.entry_id, count)
        .where(col(GuidanceUse.used_on) >= since)
        .group_by(col(GuidanceUse.kind), col(GuidanceUse.entry_id))
        .order_by(count.desc(), col(GuidanceUse.entry_id)).limit(limit))
    unanswered_count = (await session.exec(
        select(func.count()).select_from(UnansweredQuestion)
        .where(col(UnansweredQuestion.asked_on) >= since))).one()
    shared = await session.exec(
        select(UnansweredQuestion).where(col(UnansweredQuestion.asked_on) >= since,
                                         col(UnansweredQuestion.text).is_not(None))
        .order_by(col(UnansweredQuestion.id).desc()).limit(100))
    return UsageReport(
        since=since,
        most_used=[UsageCount(kind=GuidanceKind(k), entry_id=e, count=n) for k, e, n in used.all()],
        unanswered_count=unanswered_count,
        unanswered=[UnansweredPublic(language=q.language, asked_on=q.asked_on, text=q.text or "")
                    for q in shared.all()],
    )
