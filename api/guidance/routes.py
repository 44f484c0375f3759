"""Guidance statistics over HTTP.

Writes come from channel clients (service token). The reads are for volunteers (their bearer
token from `POST /auth/token`).
"""

from __future__ import annotations

from datetime import date, timedelta

from fastapi import APIRouter, HTTPException, Query, status

from api.core.timeutil import utcnow
from api.deps import CurrentVolunteer, ServiceDep, SessionDep
from api.guidance import service
from api.guidance.models import (
    GuidanceUseIn,
    QuizAnswerBase,
    QuizQuestionStats,
    UnansweredCreated,
    UnansweredIn,
    UnansweredText,
    UsageReport,
)

router = APIRouter(prefix="/guidance", tags=["guidance"])
DEFAULT_DAYS = 90


def _since(days: int) -> date:
    return utcnow().date() - timedelta(days=days)


@router.post("/quiz-answers", status_code=status.HTTP_204_NO_CONTENT)
async def quiz_answer(answer_in: QuizAnswerBase, session: SessionDep, _: ServiceDep) -> None:
    await service.record_quiz_answer(session=session, answer_in=answer_in, today=utcnow().date())


@router.get("/quiz-stats", response_model=list[QuizQuestionStats])
async def quiz_stats(session: SessionDep, _: CurrentVolunteer,
                     days: int = Query(DEFAULT_DAYS, ge=1, le=3660)) -> list[QuizQuestionStats]:
    return await service.quiz_stats(session=session, since=_since(days))


@router.post("/usage", status_code=status.HTTP_204_NO_CONTENT)
async def record_use(use_in: GuidanceUseIn, session: SessionDep, _: ServiceDep) -> None:
    await service.record_use(session=session, use_in=use_in, today=utcnow().date())


@router.post("/unanswered", response_model=UnansweredCreated,
             status_code=status.HTTP_201_CREATED)
async def record_unanswered(question_in: UnansweredIn, session: SessionDep,
                            _: ServiceDep) -> UnansweredCreated:
    row = await service.record_unanswered(session=session, question_in=question_in,
                                          today=utcnow().date())
    assert row.id is not None
    return UnansweredCreated(id=row.id)


@router.put("/unanswered/{question_id}/text", status_code=status.HTTP_204_NO_CONTENT)
async def share_unanswered(question_id: int, text_in: UnansweredText, session: SessionDep,
                           _: ServiceDep) -> None:
    """Only after the person agreed to keep their question's words (encrypted, no name)."""
    if not await service.share_unanswered_text(session=session, question_id=question_id,
                                               text=text_in.text):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "question not found")


@router.get("/usage", response_model=UsageReport)
async def usage(session: SessionDep, _: CurrentVolunteer,
                days: int = Query(DEFAULT_DAYS, ge=1, le=3660)) -> UsageReport:
    return await service.usage_report(session=session, since=_since(days))
