"""Check-in schedules, check-ins (one per occurrence, answers as structured data) and the
messages to send for them (leased by dispatchers, marked sent once).

Answers are sensitive (wages, passport, treatment): stored encrypted. Status and the watch
reasons stay in clear so the watch list can be queried.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import field_validator, model_validator
from sqlalchemy import JSON, Column, ForeignKey, Index, Integer, String, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from api.checkins.enums import CheckinState, CheckinStatus, RiskArea, SendKind
from api.core.timeutil import UTCDateTime, utcnow
from api.crypto import EncryptedText


class ScheduleBase(SQLModel):
    day_of_week: int = Field(default=0, ge=0, le=6)  # 0 = Monday
    hour: int = Field(default=20, ge=0, le=23)
    window_start: int = Field(default=19, ge=0, le=23)
    window_end: int = Field(default=22, ge=1, le=24)
    interval_weeks: int = Field(default=1, ge=1, le=4)

    @model_validator(mode="after")
    def _hour_inside_window(self) -> ScheduleBase:
        if not self.window_start <= self.hour < self.window_end:
            raise ValueError("the hour must be inside the safe window")
        return self


class ScheduleIn(ScheduleBase):
    """Opt in, or change the schedule. The chat is where the question is sent."""

    chat_id: str | None = Field(default=None, min_length=1, max_length=64)  # None: not Telegram
    timezone: str | None = Field(default=None, max_length=64)  # default: the person's

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                ZoneInfo(value)
            except (ZoneInfoNotFoundError, ValueError) as exc:
                raise ValueError(f"unknown time zone {value!r}") from exc
        return value


class CheckinSchedule(ScheduleBase, table=True):
    __tablename__ = "checkin_schedule"
    __table_args__ = (
        # The dispatcher's hot query: due, active rows only. Stays small and fast at any total.
        Index("ix_checkin_schedule_due", "next_due_at",
              postgresql_where=text("active AND NOT paused"),
              sqlite_where=text("active AND NOT paused")),
    )

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(sa_column=Column(
        Integer, ForeignKey("person.id", ondelete="CASCADE"), unique=True, nullable=False))
    active: bool = False  # opted in
    paused: bool = False
    timezone: str = Field(default="UTC", max_length=64)
    chat_id: str | None = Field(default=None, sa_type=EncryptedText)
    next_due_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    anchor_day: str | None = Field(default=None, max_length=10)  # ISO date of the first one
    missed_in_row: int = 0
    watch_reasons: list[str] = Field(default_factory=list, sa_type=JSON)
    watch_since: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class SchedulePublic(ScheduleBase):
    person_id: int
    active: bool
    paused: bool
    timezone: str
    next_due_at: datetime | None
    missed_in_row: int


class Answer(SQLModel):
    """One answer to one question of the bank, with what it says about risk and protection."""

    question_id: str = Field(max_length=64)
    area: RiskArea
    value: str = Field(max_length=32)
    risk: bool = False  # this answer is a risk signal in its area
    protective: bool = False  # this answer shows a protective factor
    watch: str | None = Field(default=None, max_length=32)  # e.g. wages_unpaid


class CheckinAnswerIn(SQLModel):
    idempotency_key: str = Field(min_length=4, max_length=80)
    person_id: int
    status: CheckinStatus
    checkin_id: int | None = None  # the question this answers; None: /checkin on their own
    answers: list[Answer] = Field(default_factory=list, max_length=20)


class Checkin(SQLModel, table=True):
    __table_args__ = (
        UniqueConstraint("person_id", "due_at"),
        Index("ix_checkin_open", "state", "sent_at",
              postgresql_where=text("state = 'sent'"), sqlite_where=text("state = 'sent'")),
    )

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(sa_column=Column(
        Integer, ForeignKey("person.id", ondelete="CASCADE"), index=True, nullable=False))
    due_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    state: CheckinState = Field(default=CheckinState.PENDING, sa_type=String(16))
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    reminded: bool = False
    answered_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    status: CheckinStatus | None = Field(default=None, sa_type=String(16))
    answers: str | None = Field(default=None, sa_type=EncryptedText)  # JSON list of Answer
    family_heard: bool | None = None  # after missed check-ins: has the family heard from them?
    idempotency_key: str | None = Field(default=None, max_length=80, unique=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class CheckinSend(SQLModel, table=True):
    """A message to send: leased by a dispatcher, marked sent as soon as Telegram accepts it."""

    __tablename__ = "checkin_send"
    __table_args__ = (
        UniqueConstraint("checkin_id", "kind", "person_id"),
        Index("ix_checkin_send_due", "send_after",
              postgresql_where=text("sent_at IS NULL AND NOT expired"),
              sqlite_where=text("sent_at IS NULL AND NOT expired")),
    )

    id: int | None = Field(default=None, primary_key=True)
    checkin_id: int = Field(sa_column=Column(
        Integer, ForeignKey("checkin.id", ondelete="CASCADE"), nullable=False))
    person_id: int = Field(sa_column=Column(  # the recipient (the worker, or a family member)
        Integer, ForeignKey("person.id", ondelete="CASCADE"), index=True, nullable=False))
    kind: SendKind = Field(sa_type=String(16))
    chat_id: str = Field(sa_type=EncryptedText)
    language: str = Field(default="id", max_length=8)
    params: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    send_after: datetime = Field(sa_type=UTCDateTime)
    send_before: datetime = Field(sa_type=UTCDateTime)  # the safe window closes
    lease_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    expired: bool = False
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class FamilyHeardIn(SQLModel):
    person_id: int  # the family member answering
    heard: bool


class LeaseIn(SQLModel):
    limit: int = Field(default=200, ge=1, le=5000)
    lease_seconds: int = Field(default=60, ge=5, le=3600)


class LeasedItem(SQLModel):
    id: int
    kind: SendKind
    checkin_id: int
    chat_id: str
    language: str
    params: dict[str, Any]
    send_before: datetime
    lease_until: datetime


class SentIn(SQLModel):
    ids: list[int] = Field(max_length=5000)  # Telegram accepted them
    failed: list[int] = Field(default_factory=list, max_length=5000)  # undeliverable: give up


class CheckinPoint(SQLModel):
    """One check-in on the picture: what it says per area."""

    id: int
    due_at: datetime | None
    answered_at: datetime | None
    state: CheckinState
    status: CheckinStatus | None
    family_heard: bool | None
    risk_areas: list[RiskArea]
    risk_flags: list[str]  # question ids answered with a risk signal
    protective: list[str]  # question ids answered with a protective factor


class Picture(SQLModel):
    person_id: int
    schedule: SchedulePublic | None
    checkins: list[CheckinPoint]
    watch_reasons: list[str]
    cases_count: int | None  # None until the cases service is there


class WatchItem(SQLModel):
    person_id: int
    reasons: list[str]
    since: datetime | None
    last_status: CheckinStatus | None
    missed_in_row: int
