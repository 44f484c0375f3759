"""Cases: the tables. What a person told us is encrypted at rest (summary, event data, notes,
the reporter's ids); the rest is what volunteers filter and count by."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Column, ForeignKey, Integer, String
from sqlmodel import Field, SQLModel

from api.cases.enums import (
    CaseKind,
    CaseStatus,
    EventType,
    LegalBasis,
    ReferralChannel,
    Severity,
)
from api.core.timeutil import UTCDateTime, utcnow
from api.crypto import HASH_TYPE, EncryptedText
from api.people.enums import Channel, Language


def _fk(target: str, ondelete: str, *, nullable: bool = True) -> Column[int]:
    return Column(Integer, ForeignKey(target, ondelete=ondelete), index=True, nullable=nullable)


class Case(SQLModel, table=True):
    __tablename__ = "cases"  # "case" is an SQL keyword

    id: int | None = Field(default=None, primary_key=True)
    reference: str = Field(max_length=40, unique=True)
    idempotency_key: str = Field(max_length=128, unique=True)
    kind: CaseKind = Field(sa_type=String(32))
    severity: Severity = Field(sa_type=String(16), index=True)
    priority: int
    status: CaseStatus = Field(sa_type=String(16), index=True)
    categories: list[str] = Field(default_factory=list, sa_type=JSON)
    risk_areas: list[str] = Field(default_factory=list, sa_type=JSON)
    country: str | None = Field(default=None, max_length=2)
    language: Language = Field(default=Language.ID, sa_type=String(8))
    source: str = Field(default="telegram", max_length=32)
    legal_basis: LegalBasis = Field(sa_type=String(16))
    reporter_channel: Channel = Field(sa_type=String(16))
    reporter_external_id: str = Field(sa_type=EncryptedText)
    reporter_external_id_hash: str = Field(sa_type=HASH_TYPE, index=True)
    reporter_chat_id: str | None = Field(default=None, sa_type=EncryptedText)
    summary: str | None = Field(default=None, sa_type=EncryptedText)
    person_id: int | None = Field(default=None, sa_column=_fk("person.id", "SET NULL"))
    assigned_volunteer_id: int | None = Field(
        default=None, sa_column=_fk("volunteer.id", "SET NULL"))
    claimed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    resolved_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    closed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class CaseEvent(SQLModel, table=True):
    """The timeline. `idempotency_key` makes retried details and once-only steps (an
    escalation level) impossible to record twice, even across replicas and restarts."""

    __tablename__ = "case_event"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(sa_column=_fk("cases.id", "CASCADE", nullable=False))
    type: EventType = Field(sa_type=String(32))
    actor: str = Field(max_length=64)  # "reporter", "service", "system", "volunteer:<id>"
    data: str | None = Field(default=None, sa_type=EncryptedText)  # JSON
    idempotency_key: str | None = Field(default=None, max_length=160, unique=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class CaseNote(SQLModel, table=True):
    __tablename__ = "case_note"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(sa_column=_fk("cases.id", "CASCADE", nullable=False))
    volunteer_id: int | None = Field(default=None, sa_column=_fk("volunteer.id", "SET NULL"))
    text: str = Field(sa_type=EncryptedText)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Referral(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(sa_column=_fk("cases.id", "CASCADE", nullable=False))
    channel: ReferralChannel = Field(sa_type=String(16))
    complaint_number: str | None = Field(default=None, max_length=64)
    follow_up_on: date
    created_by: int | None = Field(default=None, sa_column=_fk("volunteer.id", "SET NULL"))
    last_chased_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class EscalationPolicy(SQLModel, table=True):
    """Per severity: minutes unclaimed before level 1 (re-alert the group and tell the
    coordinators) and level 2 (the next level, e.g. a BP3MI officer). None: never."""

    __tablename__ = "escalation_policy"

    id: int | None = Field(default=None, primary_key=True)
    severity: Severity = Field(sa_type=String(16), unique=True)
    first_after_minutes: int | None = None
    second_after_minutes: int | None = None
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
