"""The bot's durable outbox: a report for help is written here first, then sent to the API.

An API outage delays a report and never drops it; the idempotency key means a retry after a
timeout never doubles it. Delivery is tried at once, then by a background loop with backoff.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import or_
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import async_sessionmaker
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from api.core.timeutil import utcnow
from bot.backend import Backend, BackendRejected, BackendUnavailable
from bot.models import OutboxItem

log = logging.getLogger(__name__)
LEASE = timedelta(seconds=30)
MAX_BACKOFF = 10.0  # an SOS waiting on a recovered API must not sit for minutes


@dataclass(frozen=True)
class Delivered:
    case_id: int | None
    reference: str | None


def _backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(MAX_BACKOFF, 2.0 ** min(attempts, 6)))


class BotOutbox:
    def __init__(self, sessionmaker: async_sessionmaker[AsyncSession], backend: Backend) -> None:
        self._sessions = sessionmaker
        self._backend = backend

    async def enqueue(self, *, key: str, kind: str, case_key: str, channel: str, chat_id: str,
                      payload: dict[str, Any]) -> None:
        """Write durably. The same key twice (a re-delivered update) keeps one row."""
        async with self._sessions() as session:
            session.add(OutboxItem(idempotency_key=key, kind=kind, case_key=case_key,
                                   channel=channel, chat_id=chat_id,
                                   payload=json.dumps(payload, ensure_ascii=False)))
            try:
                await session.commit()
            except IntegrityError:
                await session.rollback()

    async def case_of(self, case_key: str) -> Delivered | None:
        if case_key.startswith("api-") and case_key[4:].isdigit():
            return Delivered(int(case_key[4:]), None)  # a case the API named (a follow-up)
        async with self._sessions() as session:
            row = (await session.exec(select(OutboxItem).where(
                OutboxItem.case_key == case_key, OutboxItem.kind == "open_case",
                col(OutboxItem.case_id).is_not(None)))).first()
            return Delivered(row.case_id, row.case_reference) if row else None

    async def pending_count(self) -> int:
        async with self._sessions() as session:
            rows = (await session.exec(select(OutboxItem.id).where(
                col(OutboxItem.delivered_at).is_(None), col(OutboxItem.dead).is_(False)))).all()
            return len(rows)

    async def deliver(self, *, case_key: str | None = None, limit: int = 50) -> int:
        """Send what is due, oldest first; a case's details wait for the case. Returns sent."""
        rows = await self._lease(case_key=case_key, limit=limit)
        sent = 0
        blocked: set[str] = set()
        for row in rows:
            if row.case_key in blocked:
                await self._release(row.id)
                continue
            ok = await self._send_one(row)
            if ok:
                sent += 1
            else:
                blocked.add(row.case_key)
        return sent

    async def _lease(self, *, case_key: str | None, limit: int) -> list[OutboxItem]:
        now = utcnow()
        async with self._sessions() as session:
            stmt = (select(OutboxItem)
                    .where(col(OutboxItem.delivered_at).is_(None),
                           col(OutboxItem.dead).is_(False),
                           OutboxItem.next_attempt_at <= now,
                           or_(col(OutboxItem.leased_until).is_(None),
                               col(OutboxItem.leased_until) < now))
                    .order_by(col(OutboxItem.id)).limit(limit)
                    .with_for_update(skip_locked=True))
            if case_key is not None:
                stmt = stmt.where(OutboxItem.case_key == case_key)
            rows = list((await session.exec(stmt)).all())
            for row in rows:
                row.leased_until = now + LEASE
                session.add(row)
            await session.commit()
            return rows

    async def _release(self, row_id: int | None) -> None:
        async with self._sessions() as session:
            row = await session.get(OutboxItem, row_id)
            if row is not None:
                row.leased_until = None
                session.add(row)
                await session.commit()

    async def _send_one(self, row: OutboxItem) -> bool:
        payload = json.loads(row.payload)
        result: dict[str, Any] = {}
        try:
            if row.kind == "open_case":
                result = await self._backend.create_case({**payload, "idempotency_key": row.idempotency_key})
            else:
                case = await self.case_of(row.case_key)
                if case is None or case.case_id is None:
                    await self._retry_later(row, "CaseNotYetCreated")
                    return False
                body = {**payload, "idempotency_key": row.idempotency_key}
                if row.kind == "follow_up":
                    await self._backend.follow_up(case.case_id, body)
                elif row.kind == "case_message":
                    await self._backend.case_message(case.case_id, body)
                else:
                    await self._backend.case_detail(case.case_id, body)
        except BackendRejected as exc:
            # The API refused it for good (a 4xx): keep the row, marked, for an operator.
            await self._finish(row, dead=True, error=type(exc).__name__)
            log.error("outbox item %s rejected by the API (%s)", row.id, exc.status)
            return False
        except BackendUnavailable as exc:
            await self._retry_later(row, type(exc).__name__)
            return False
        await self._finish(row, case_id=result.get("id"), reference=result.get("reference"))
        return True

    async def _retry_later(self, row: OutboxItem, error: str) -> None:
        async with self._sessions() as session:
            fresh = await session.get(OutboxItem, row.id)
            if fresh is None:
                return
            fresh.attempts += 1
            fresh.next_attempt_at = utcnow() + _backoff(fresh.attempts)
            fresh.leased_until = None
            fresh.last_error = error
            session.add(fresh)
            await session.commit()

    async def _finish(self, row: OutboxItem, *, case_id: int | None = None,
                      reference: str | None = None, dead: bool = False,
                      error: str | None = None) -> None:
        async with self._sessions() as session:
            fresh = await session.get(OutboxItem, row.id)
            if fresh is None:
                return
            fresh.leased_until = None
            if dead:
                fresh.dead = True
                fresh.last_error = error
            else:
                fresh.delivered_at = utcnow()
                fresh.case_id = case_id if case_id is not None else fresh.case_id
                fresh.case_reference = reference or fresh.case_reference
            session.add(fresh)
            await session.commit()

