"""The list of licensed placement companies (P3MI holding a SIP3MI licence), as last imported
from an official export. One list at a time: an import replaces it whole."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Integer
from sqlmodel import Field, SQLModel

from api.core.timeutil import UTCDateTime, utcnow


class AgencyList(SQLModel, table=True):
    __tablename__ = "agency_list"

    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(max_length=300)  # where the volunteers exported it from
    list_date: date  # the date of the official list, not of the import
    imported_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    count: int = 0


class AgencyBase(SQLModel):
    name: str = Field(max_length=300)
    licence_number: str = Field(max_length=100)


class Agency(AgencyBase, table=True):
    __tablename__ = "agency"

    id: int | None = Field(default=None, primary_key=True)
    list_id: int = Field(sa_column=Column(
        Integer, ForeignKey("agency_list.id", ondelete="CASCADE"), nullable=False, index=True))
    city: str | None = Field(default=None, max_length=100)


# --- over HTTP --------------------------------------------------------------------------------


class AgencyCheckIn(SQLModel):
    name: str = Field(min_length=1, max_length=300)


class AgencyMatch(AgencyBase):
    city: str | None = None
    score: float  # 0..100 (api.agencies.matching)
    same_name: bool  # the same name up to typos, order, PT/CV; else only similar


class ListInfo(SQLModel):
    source: str
    list_date: date
    count: int


class AgencyCheckResult(SQLModel):
    """`loaded` false: no list imported yet. No match with `same_name`: not on the list (the
    similar names may be shown as "did you mean"). Best first."""

    loaded: bool
    list_info: ListInfo | None = None
    matches: list[AgencyMatch] = []
