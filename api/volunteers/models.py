"""Volunteers, the Telegram group they are alerted in, and one-time codes to link that group.

A volunteer's Telegram user id and the group's chat id are stored encrypted and found
through a keyed hash; link codes are stored only as a keyed hash.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlmodel import Field, SQLModel

from api.core.timeutil import UTCDateTime, utcnow
from api.crypto import HASH_TYPE, EncryptedText
from api.volunteers.enums import VolunteerRole


class Volunteer(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=80, unique=True)
    role: VolunteerRole = Field(sa_type=String(16))
    password_hash: str = Field(sa_type=String(255))
    telegram_user_id: str | None = Field(default=None, sa_type=EncryptedText)
    telegram_user_id_hash: str | None = Field(default=None, sa_type=HASH_TYPE, unique=True)
    active: bool = True
    # Where this volunteer's private messages to the bot are relayed (no FK: avoids a cycle).
    active_case_id: int | None = None
    # Wrong passwords in a row, and until when sign-in is refused after too many of them.
    failed_logins: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    locked_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class VolunteerGroup(SQLModel, table=True):
    __tablename__ = "volunteer_group"

    id: int | None = Field(default=None, primary_key=True)
    chat_id: str = Field(sa_type=EncryptedText)
    chat_id_hash: str = Field(sa_type=HASH_TYPE, unique=True)
    title: str | None = Field(default=None, max_length=128)
    active: bool = True
    linked_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class LinkCode(SQLModel, table=True):
    __tablename__ = "link_code"

    id: int | None = Field(default=None, primary_key=True)
    code_hash: str = Field(sa_type=HASH_TYPE, unique=True)
    expires_at: datetime = Field(sa_type=UTCDateTime)
    used_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class VolunteerPublic(SQLModel):
    id: int
    name: str
    role: VolunteerRole
    active_case_id: int | None = None


class TelegramUserIn(SQLModel):
    telegram_user_id: int


class ActiveCaseIn(TelegramUserIn):
    case_id: int


class GroupLinkIn(SQLModel):
    code: str = Field(min_length=1, max_length=64)  # a wrong code is a 400, not a 422
    chat_id: int
    title: str | None = Field(default=None, max_length=128)


class Token(SQLModel):
    access_token: str
    token_type: str = "bearer"
