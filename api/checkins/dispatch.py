"""Handing due messages to dispatchers: each one leased to one dispatcher, marked sent once.

PostgreSQL: `FOR UPDATE SKIP LOCKED`, so any number of dispatchers take disjoint batches
without waiting on each other. SQLite (one embedded process): writers are serialised by the
database itself, and an in-process lock keeps two leases of this process from interleaving.

A lease is a promise for `lease_seconds`: the dispatcher must not start a send after it ends,
so a message is re-leased only when its first dispatcher is gone or gave up.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import insert, or_, update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from api.checkins.enums import CheckinState, SendKind
from api.checkins.models import Checkin, CheckinSchedule, CheckinSend, LeasedItem
from api.checkins.service import local_schedule, plan_next
from api.checkins.timing import window_on
from api.core.timeutil import utcnow
from api.people.models import Person

_sqlite_lock = asyncio.Lock()
S = TypeVar("S", bound=Any)
MARGIN = timedelta(seconds=5)  # never lease a message whose window closes sooner than this


def _is_pg(session: AsyncSession) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def locked(session: AsyncSession, stmt: S) -> S:
    """Rows another worker holds are skipped, not waited for (PostgreSQL)."""
    return stmt.with_for_update(skip_locked=True) if _is_pg(session) else stmt


async def materialise(*, session: AsyncSession, now: datetime, limit: int) -> int:
    """Turn due schedules into check-ins with a question to send; move each schedule on."""
    stmt = (select(CheckinSchedule)
            .where(CheckinSchedule.active, ~col(CheckinSchedule.paused),
                   col(CheckinSchedule.next_due_at) <= now)
            .order_by(col(CheckinSchedule.next_due_at)).limit(limit))
    stmt = locked(session, stmt)
    schedules = list((await session.exec(stmt)).all())
    if not schedules:
        return 0
    languages = dict((await session.exec(
        select(Person.id, Person.language)
        .where(col(Person.id).in_([s.person_id for s in schedules])))).all())
    # Bulk inserts (no ORM objects): one round trip each, ids back in parameter order.
    ids = (await session.exec(  # type: ignore[call-overload]
        insert(Checkin).returning(col(Checkin.id), sort_by_parameter_order=True),
        params=[{"person_id": s.person_id, "due_at": s.next_due_at,
                 "state": CheckinState.PENDING, "reminded": False, "created_at": now}
                for s in schedules])).scalars().all()
    sends = []
    for s, checkin_id in zip(schedules, ids, strict=True):
        assert s.next_due_at is not None
        due = s.next_due_at
        _, closes = window_on(due.astimezone(local_schedule(s).zone).date(), local_schedule(s))
        if s.chat_id:
            sends.append({"checkin_id": checkin_id, "person_id": s.person_id,
                          "kind": SendKind.PROMPT, "chat_id": s.chat_id,
                          "language": languages.get(s.person_id, "id"), "params": {},
                          "send_after": due, "send_before": closes, "expired": False,
                          "created_at": now})
        plan_next(s, max(now, due))
    if sends:
        await session.exec(insert(CheckinSend), params=sends)  # type: ignore[call-overload]
    await session.flush()
    return len(schedules)


async def lease(*, session: AsyncSession, limit: int, lease_seconds: int,
                now: datetime | None = None) -> list[LeasedItem]:
    if _is_pg(session):
        return await _lease(session, limit, lease_seconds, now or utcnow())
    async with _sqlite_lock:
        return await _lease(session, limit, lease_seconds, now or utcnow())


async def _lease(session: AsyncSession, limit: int, lease_seconds: int,
                 now: datetime) -> list[LeasedItem]:
    await materialise(session=session, now=now, limit=limit)
    until = now + timedelta(seconds=lease_seconds)
    free = or_(col(CheckinSend.lease_until).is_(None), col(CheckinSend.lease_until) <= now)
    pick = (select(CheckinSend.id)
            .where(col(CheckinSend.sent_at).is_(None), ~col(CheckinSend.expired),
                   col(CheckinSend.send_after) <= now, col(CheckinSend.send_before) > now + MARGIN,
                   free)
            .order_by(col(CheckinSend.send_after)).limit(limit))
    pick = locked(session, pick)
    ids = list((await session.exec(pick)).all())
    if not ids:
        await session.commit()
        return []
    await session.exec(update(CheckinSend).where(col(CheckinSend.id).in_(ids))  # type: ignore[call-overload]
                       .values(lease_until=until))
    rows = (await session.exec(select(CheckinSend).where(col(CheckinSend.id).in_(ids))
                               .order_by(col(CheckinSend.send_after)))).all()
    items = [LeasedItem(id=r.id or 0, kind=r.kind, checkin_id=r.checkin_id, chat_id=r.chat_id,
                        language=r.language, params=dict(r.params),
                        send_before=r.send_before, lease_until=min(until, r.send_before))
             for r in rows]
    await session.commit()
    return items


async def mark_sent(*, session: AsyncSession, ids: list[int], now: datetime | None = None) -> int:
    """Idempotent: ids already marked stay as they were. Returns how many were newly marked."""
    if not ids:
        return 0
    now = now or utcnow()
    newly = list((await session.exec(
        select(CheckinSend.id, CheckinSend.checkin_id, CheckinSend.kind)
        .where(col(CheckinSend.id).in_(ids), col(CheckinSend.sent_at).is_(None)))).all())
    if not newly:
        return 0
    await session.exec(update(CheckinSend)  # type: ignore[call-overload]
                       .where(col(CheckinSend.id).in_([n[0] for n in newly]),
                              col(CheckinSend.sent_at).is_(None))
                       .values(sent_at=now))
    prompts = [n[1] for n in newly if n[2] == SendKind.PROMPT]
    if prompts:
        await session.exec(update(Checkin)  # type: ignore[call-overload]
                           .where(col(Checkin.id).in_(prompts),
                                  col(Checkin.state) == CheckinState.PENDING)
                           .values(state=CheckinState.SENT, sent_at=now))
    await session.commit()
    return len(newly)


async def mark_failed(*, session: AsyncSession, ids: list[int]) -> None:
    """Undeliverable (the person blocked the bot, the chat is gone): not tried again."""
    await session.exec(update(CheckinSend).where(  # type: ignore[call-overload]
        col(CheckinSend.id).in_(ids), col(CheckinSend.sent_at).is_(None)).values(expired=True))
    await session.commit()
