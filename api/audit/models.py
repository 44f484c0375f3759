"""The audit log: who read or touched which case, when. Kept when a case or volunteer goes."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from api.core.timeutil import UTCDateTime, utcnow


class AuditLog(SQLModel, table=True):
    __tablename__ = "audit_log"

    id: int | None = Field(default=None, primary_key=True)
    volunteer_id: int | None = Field(default=None, index=True)
    actor: str = Field(max_length=64)  # "volunteer:<id>" (names change; ids do not)
    action: str = Field(max_length=48)  # "case.read", "case.details_sent", …
    case_id: int | None = Field(default=None, index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class AuditPublic(SQLModel):
    id: int
    volunteer_id: int | None
    actor: str
    action: str
    case_id: int | None
    created_at: datetime
