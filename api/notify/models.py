"""The outbox: every message the API sends, kept until Telegram has acknowledged it.

Chat id and payload are encrypted at rest (a relayed message is a person's own words).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, ForeignKey, Integer, String
from sqlmodel import Field, SQLModel

from api.core.timeutil import UTCDateTime, utcnow
from api.crypto import EncryptedText
from api.notify.enums import OutboxKind, OutboxMethod


class Outbox(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    idempotency_key: str = Field(max_length=160, unique=True)
    kind: OutboxKind = Field(sa_type=String(32))
    case_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("cases.id", ondelete="SET NULL"), index=True))
    chat_id: str = Field(sa_type=EncryptedText)
    method: OutboxMethod = Field(sa_type=String(32))
    payload: str = Field(sa_type=EncryptedText)  # JSON: text, buttons, edit_of
    deliver_after: datetime = Field(sa_type=UTCDateTime)
    next_attempt_at: datetime = Field(sa_type=UTCDateTime, index=True)
    attempts: int = 0
    leased_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    lease_token: str | None = Field(default=None, max_length=32)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime, index=True)
    message_id: int | None = None
    dead: bool = False
    last_error: str | None = Field(default=None, max_length=64)  # an error class, never text
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
