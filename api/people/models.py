"""People and their channel identities.

A person is channel-agnostic; Telegram is one identity among possible others. We keep
the least a volunteer needs: role, language, country, time zone and the consent given.
The external id (a Telegram user id) is stored encrypted, found by a keyed hash.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import field_validator
from sqlalchemy import Column, ForeignKey, Integer, String, UniqueConstraint
from sqlmodel import Field, SQLModel

from api.core.timeutil import UTCDateTime, utcnow
from api.crypto import HASH_TYPE, EncryptedText
from api.people.enums import Channel, Language, Role


class PersonBase(SQLModel):
    role: Role = Field(sa_type=String(32))
    language: Language = Field(default=Language.ID, sa_type=String(8))
    country: str | None = Field(default=None, max_length=2)
    timezone: str | None = Field(default=None, max_length=64)

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str | None) -> str | None:
        if value is None:
            return value
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value


class IdentityIn(SQLModel):
    channel: Channel
    external_id: str = Field(min_length=1, max_length=64)


class PersonCreate(PersonBase):
    identity: IdentityIn
    consent_version: str | None = Field(default=None, max_length=32)


class PersonUpdate(SQLModel):
    role: Role | None = None
    language: Language | None = None
    country: str | None = Field(default=None, max_length=2)
    timezone: str | None = Field(default=None, max_length=64)
    consent_version: str | None = Field(default=None, max_length=32)


class Person(PersonBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    consent_version: str | None = Field(default=None, max_length=32)
    consented_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class ChannelIdentity(SQLModel, table=True):
    __tablename__ = "channel_identity"
    __table_args__ = (UniqueConstraint("channel", "external_id_hash"),)

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(
        sa_column=Column(Integer, ForeignKey("person.id", ondelete="CASCADE"), index=True)
    )
    channel: Channel = Field(sa_type=String(16))
    external_id_hash: str = Field(sa_type=HASH_TYPE)
    external_id: str = Field(sa_type=EncryptedText)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class IdentityPublic(SQLModel):
    channel: Channel
    external_id: str


class PersonPublic(PersonBase):
    id: int
    consent_version: str | None
    consented_at: datetime | None
    created_at: datetime
    identities: list[IdentityPublic] = []
