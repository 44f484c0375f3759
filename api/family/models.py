"""Family links: a worker invites a family member with a one-time code and chooses what the
family may see. The code is stored only as a keyed hash; it expires and works once."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import JSON, Column, ForeignKey, Integer, UniqueConstraint
from sqlmodel import Field, SQLModel

from api.core.timeutil import UTCDateTime, utcnow
from api.crypto import HASH_TYPE


class Permission(StrEnum):
    CHECKIN_SUMMARIES = "checkin_summaries"
    REMITTANCE_CONFIRMATIONS = "remittance_confirmations"


def _person_fk() -> Column:  # type: ignore[type-arg]
    return Column(Integer, ForeignKey("person.id", ondelete="CASCADE"), nullable=False, index=True)


class FamilyInvite(SQLModel, table=True):
    __tablename__ = "family_invite"

    id: int | None = Field(default=None, primary_key=True)
    worker_person_id: int = Field(sa_column=_person_fk())
    code_hash: str = Field(sa_type=HASH_TYPE, unique=True)
    permissions: list[str] = Field(default_factory=list, sa_type=JSON)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    expires_at: datetime = Field(sa_type=UTCDateTime)
    used_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class FamilyLink(SQLModel, table=True):
    __tablename__ = "family_link"
    __table_args__ = (UniqueConstraint("worker_person_id", "family_person_id"),)

    id: int | None = Field(default=None, primary_key=True)
    worker_person_id: int = Field(sa_column=_person_fk())
    family_person_id: int = Field(sa_column=_person_fk())
    permissions: list[str] = Field(default_factory=list, sa_type=JSON)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


# --- over HTTP --------------------------------------------------------------------------------


class InviteCreate(SQLModel):
    worker_person_id: int
    permissions: list[Permission] = []


class InvitePublic(SQLModel):
    code: str  # shown once, to the worker; only its hash is kept
    expires_at: datetime
    permissions: list[Permission]


class JoinIn(SQLModel):
    code: str = Field(min_length=1, max_length=64)
    family_person_id: int


class LinkPublic(SQLModel):
    """One link and what the family member may see. `GET /family/links?worker_person_id=` gives
    these to whoever sends check-in summaries or remittance confirmations to families."""

    id: int
    worker_person_id: int
    family_person_id: int
    permissions: list[Permission]
    created_at: datetime
