"""Departure: checklist ticks, dates, and the reminders due. Knows nothing of HTTP or Telegram."""

from __future__ import annotations

import calendar
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.exc import IntegrityError
from sqlmodel import col, or_, select
from sqlmodel.ext.asyncio.session import AsyncSession

from api.core.timeutil import utcnow
from api.departure.enums import HOME_TIMEZONE, OFFSETS, REMINDER_HOUR, ReminderKind
from api.departure.models import (
    ChecklistTick,
    DatesIn,
    DeparturePlan,
    DeparturePublic,
    DepartureReminder,
)
from api.people.models import Person


class PastDate(ValueError):
    """A date that has already gone by: nothing to remind anyone of."""


async def get_plan(*, session: AsyncSession, person_id: int) -> DeparturePlan | None:
    stmt = select(DeparturePlan).where(DeparturePlan.person_id == person_id)
    return (await session.exec(stmt)).first()


async def to_public(*, session: AsyncSession, person_id: int) -> DeparturePublic:
    plan = await get_plan(session=session, person_id=person_id)
    ticks = await session.exec(
        select(ChecklistTick.item_id).where(ChecklistTick.person_id == person_id)
        .order_by(col(ChecklistTick.ticked_at)))
    return DeparturePublic(
        person_id=person_id,
        departure_date=plan.departure_date if plan else None,
        contract_end_date=plan.contract_end_date if plan else None,
        ticked=list(ticks.all()),
    )


def home_today(now: datetime) -> date:
    return now.astimezone(ZoneInfo(HOME_TIMEZONE)).date()


async def set_dates(
    *, session: AsyncSession, person_id: int, dates_in: DatesIn, now: datetime | None = None
) -> DeparturePlan:
    """Set either date (unset fields are left alone). Past dates are refused."""
    now = now or utcnow()
    today = home_today(now)
    changes = dates_in.model_dump(exclude_unset=True)
    for value in changes.values():
        if value is not None and value < today:
            raise PastDate(f"{value.isoformat()} is in the past")
    plan = await get_plan(session=session, person_id=person_id)
    if plan is None:
        plan = DeparturePlan(person_id=person_id)
    if "departure_date" in changes:
        plan.departure_date = changes["departure_date"]
        plan.departure_set_at = now
    if "contract_end_date" in changes:
        plan.contract_end_date = changes["contract_end_date"]
        plan.contract_end_set_at = now
    plan.updated_at = now
    session.add(plan)
    await session.commit()
    await session.refresh(plan)
    return plan


async def set_tick(*, session: AsyncSession, person_id: int, item_id: str, done: bool) -> None:
    """Tick or untick an item; both are idempotent."""
    existing = (await session.exec(select(ChecklistTick).where(
        ChecklistTick.person_id == person_id, ChecklistTick.item_id == item_id))).first()
    if done and existing is None:
        session.add(ChecklistTick(person_id=person_id, item_id=item_id))
    elif not done and existing is not None:
        await session.delete(existing)
    try:
        await session.commit()
    except IntegrityError:  # the same tick arrived twice at once: it is there, which is the aim
        await session.rollback()


# --- reminders ---------------------------------------------------------------------------------


def ahead_date(target: date, ahead: str) -> date:
    """The day `ahead` ("30d", "4m") before `target`; months keep the day where they can."""
    n, unit = int(ahead[:-1]), ahead[-1]
    if unit == "d":
        return target - timedelta(days=n)
    month_index = target.year * 12 + target.month - 1 - n
    year, month = divmod(month_index, 12)
    day = min(target.day, calendar.monthrange(year, month + 1)[1])
    return date(year, month + 1, day)


def schedule(kind: ReminderKind, target: date, timezone: str) -> list[tuple[str, datetime]]:
    """Each reminder of a date and when it is due: REMINDER_HOUR local time on its day."""
    zone = ZoneInfo(timezone)
    return [(ahead, datetime.combine(ahead_date(target, ahead), time(REMINDER_HOUR),
                                      tzinfo=zone))
            for ahead in OFFSETS[kind]]


def _targets(plan: DeparturePlan, person: Person) -> list[tuple[ReminderKind, date, datetime, str]]:
    out = []
    if plan.departure_date and plan.departure_set_at:
        out.append((ReminderKind.DEPARTURE, plan.departure_date, plan.departure_set_at,
                    HOME_TIMEZONE))
    if plan.contract_end_date and plan.contract_end_set_at:
        out.append((ReminderKind.CONTRACT_END, plan.contract_end_date, plan.contract_end_set_at,
                    person.timezone or HOME_TIMEZONE))
    return out


async def due_reminders(*, session: AsyncSession, now: datetime) -> list[DepartureReminder]:
    """Reminders due at `now` and not sent yet. Idempotent: a reminder row is made once (its
    unique key is person, kind, ahead, date) and stays until marked sent. Only reminders that
    were still ahead when the date was set are made, and none once the date has come."""
    horizon = now.date() - timedelta(days=1)
    plans = await session.exec(
        select(DeparturePlan, Person).join(Person, col(Person.id) == col(DeparturePlan.person_id))
        .where(or_(col(DeparturePlan.departure_date) >= horizon,
                   col(DeparturePlan.contract_end_date) >= horizon)))
    current: set[tuple[int, str, date]] = set()
    for plan, person in plans.all():
        for kind, target, set_at, zone in _targets(plan, person):
            current.add((plan.person_id, kind, target))
            day_starts = datetime.combine(target, time(0), tzinfo=ZoneInfo(zone))
            for ahead, due_at in schedule(kind, target, zone):
                if set_at <= due_at <= now < day_starts:
                    await _ensure(session, plan.person_id, kind, ahead, target, due_at)
    await session.commit()
    rows = await session.exec(select(DepartureReminder).where(
        col(DepartureReminder.sent_at).is_(None)).order_by(col(DepartureReminder.due_at)))
    # A date changed since a reminder was made: the old reminder is no longer wanted.
    return [r for r in rows.all() if (r.person_id, r.kind, r.target_date) in current]


async def _ensure(session: AsyncSession, person_id: int, kind: ReminderKind, ahead: str,
                  target: date, due_at: datetime) -> None:
    exists = (await session.exec(select(DepartureReminder.id).where(
        DepartureReminder.person_id == person_id, DepartureReminder.kind == kind,
        DepartureReminder.ahead == ahead, DepartureReminder.target_date == target))).first()
    if exists is not None:
        return
    try:
        async with session.begin_nested():  # another replica made it first: that is fine
            session.add(DepartureReminder(person_id=person_id, kind=kind, ahead=ahead,
                                          target_date=target, due_at=due_at))
    except IntegrityError:
        pass
