"""Departure: a person's checklist ticks, their departure and contract-end dates, and the
reminders sent about them (one row per reminder: the marker that it was sent once)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Integer, String, UniqueConstraint
from sqlmodel import Field, SQLModel

from api.core.timeutil import UTCDateTime, utcnow
from api.departure.enums import ReminderKind


def _person_fk(*, unique: bool = False) -> Column:  # type: ignore[type-arg]
    return Column(Integer, ForeignKey("person.id", ondelete="CASCADE"), nullable=False,
                  index=True, unique=unique)


class DeparturePlan(SQLModel, table=True):
    __tablename__ = "departure_plan"

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(sa_column=_person_fk(unique=True))
    departure_date: date | None = None
    departure_set_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    contract_end_date: date | None = None
    contract_end_set_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class ChecklistTick(SQLModel, table=True):
    __tablename__ = "departure_checklist_tick"
    __table_args__ = (UniqueConstraint("person_id", "item_id"),)

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(sa_column=_person_fk())
    item_id: str = Field(max_length=64)
    ticked_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class DepartureReminder(SQLModel, table=True):
    """Created when a reminder falls due; `sent_at` set once it is queued in the outbox."""

    __tablename__ = "departure_reminder"
    __table_args__ = (UniqueConstraint("person_id", "kind", "ahead", "target_date"),)

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(sa_column=_person_fk())
    kind: ReminderKind = Field(sa_type=String(16))
    ahead: str = Field(max_length=8)  # "30d", "4m": how long before target_date
    target_date: date
    due_at: datetime = Field(sa_type=UTCDateTime)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


# --- over HTTP --------------------------------------------------------------------------------


class DatesIn(SQLModel):
    departure_date: date | None = None
    contract_end_date: date | None = None


class DeparturePublic(SQLModel):
    person_id: int
    departure_date: date | None
    contract_end_date: date | None
    ticked: list[str]
