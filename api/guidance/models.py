"""Anonymous guidance statistics: quiz answers, which guidance is used, which questions went
unanswered. No person id anywhere; an unanswered question's text only with consent, encrypted."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated

from pydantic import StringConstraints
from sqlalchemy import String
from sqlmodel import Field, SQLModel

from api.crypto import EncryptedText

# An id from content/ (quiz question, option, FAQ entry, checklist item, country code).
ContentId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_]{0,63}$")]


class GuidanceKind(StrEnum):
    CHECKLIST = "checklist"
    GUIDE = "guide"
    FEE = "fee"
    FAQ = "faq"
    AGENCY_CHECK = "agency_check"
    QUIZ = "quiz"


class QuizAnswerBase(SQLModel):
    question_id: ContentId = Field(max_length=64)
    option_id: ContentId = Field(max_length=64)
    correct: bool
    language: str = Field(default="id", max_length=8)


class QuizAnswer(QuizAnswerBase, table=True):
    __tablename__ = "guidance_quiz_answer"

    id: int | None = Field(default=None, primary_key=True)
    answered_on: date = Field(index=True)


class GuidanceUseIn(SQLModel):
    kind: GuidanceKind
    entry_id: ContentId = Field(max_length=64)


class GuidanceUse(SQLModel, table=True):
    __tablename__ = "guidance_use"

    id: int | None = Field(default=None, primary_key=True)
    kind: GuidanceKind = Field(sa_type=String(16))
    entry_id: str = Field(max_length=64)
    used_on: date = Field(index=True)


class UnansweredIn(SQLModel):
    language: str = Field(default="id", max_length=8)
    text: str | None = Field(default=None, max_length=4000)  # only when the person agreed


class UnansweredText(SQLModel):
    text: str = Field(min_length=1, max_length=4000)


class UnansweredCreated(SQLModel):
    id: int


class UnansweredQuestion(SQLModel, table=True):
    __tablename__ = "guidance_unanswered"

    id: int | None = Field(default=None, primary_key=True)
    language: str = Field(max_length=8)
    asked_on: date = Field(index=True)
    text: str | None = Field(default=None, sa_type=EncryptedText)


# --- what volunteers read ---------------------------------------------------------------------


class QuizQuestionStats(SQLModel):
    question_id: str
    answers: int
    correct: int
    missed_rate: float  # share of answers that were wrong: the red flags people miss
    wrong_options: dict[str, int]


class UsageCount(SQLModel):
    kind: GuidanceKind
    entry_id: str
    count: int


class UnansweredPublic(SQLModel):
    language: str
    asked_on: date
    text: str


class UsageReport(SQLModel):
    since: date
    most_used: list[UsageCount]
    unanswered_count: int
    unanswered: list[UnansweredPublic]  # only those shared with consent
