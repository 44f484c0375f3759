"""The bot's own tables: conversation state (and, later, its outbox). Never the API's."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, UniqueConstraint
from sqlmodel import Field, SQLModel

from api.core.timeutil import UTCDateTime, utcnow
from api.crypto import EncryptedText


class Conversation(SQLModel, table=True):
    __tablename__ = "bot_conversation"
    __table_args__ = (UniqueConstraint("channel", "chat_id"),)

    id: int | None = Field(default=None, primary_key=True)
    channel: str = Field(max_length=16)
    chat_id: str = Field(max_length=64)
    state: dict = Field(default_factory=dict, sa_type=JSON)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class OutboxItem(SQLModel, table=True):
    """Something a person sent for help, kept until the API has acknowledged it.

    `payload` holds their words, so it is encrypted at rest. Rows are delivered in id order
    per case: a detail waits for its case to exist in the API.
    """

    __tablename__ = "bot_outbox"

    id: int | None = Field(default=None, primary_key=True)
    idempotency_key: str = Field(max_length=96, unique=True)
    kind: str = Field(max_length=24)  # open_case | case_detail | case_message
    case_key: str = Field(max_length=96, index=True)
    channel: str = Field(max_length=16)
    chat_id: str = Field(max_length=64)
    payload: str = Field(sa_type=EncryptedText)  # JSON
    attempts: int = 0
    next_attempt_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    leased_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    delivered_at: datetime | None = Field(default=None, sa_type=UTCDateTime, index=True)
    dead: bool = False
    case_id: int | None = None  # the API's id, once the case exists
    case_reference: str | None = Field(default=None, max_length=32)
    last_error: str | None = Field(default=None, max_length=64)  # an exception name, never text
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class SentMessage(SQLModel, table=True):
    """Messages to delete later, for people who asked for auto-delete (discreet mode)."""

    __tablename__ = "bot_sent_message"

    id: int | None = Field(default=None, primary_key=True)
    chat_id: str = Field(max_length=64, index=True)
    message_id: int
    delete_after: datetime = Field(sa_type=UTCDateTime, index=True)
