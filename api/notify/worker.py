"""Delivering the outbox: lease due rows, send each once, record the outcome.

Leasing: on PostgreSQL `SELECT … FOR UPDATE SKIP LOCKED` then a lease (leased_until + a
token), so replicas never take the same row; on SQLite one UPDATE leases the rows whose lease
expired (SQLite runs one writer at a time), then the rows are read back by the token. A worker
that dies mid-batch leaves its unsent rows leased; they are sent again once the lease expires.
Each outcome is written in its own short transaction, never around a network call.
"""

from __future__ import annotations

import asyncio
import logging
import random
import secrets
from collections import defaultdict
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, update
from sqlalchemy.ext.asyncio import async_sessionmaker
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from api.db import session_scope
from api.notify import service as outbox
from api.notify.enums import OutboxKind, OutboxMethod
from api.notify.models import Outbox
from api.notify.notifier import Notifier, PermanentError, RetryLater
from api.notify.texts import default_texts
from api.volunteers.service import coordinator_chat_ids
from kawan.content.messages import Catalog

log = logging.getLogger(__name__)

LEASE = timedelta(seconds=120)
LEASE_MARGIN = 15.0  # seconds: stop sending this long before the lease runs out
PARALLEL_CHATS = 8  # chats served at once (each holds a database connection at times)
EDIT_WAIT = timedelta(seconds=5)  # an edit waits for the message it edits to be sent
BACKOFF_BASE = 2.0
BACKOFF_CAP = 600.0


def backoff(attempts: int) -> timedelta:
    """Exponential, with jitter so that many failed rows do not all retry at once."""
    delay = min(BACKOFF_CAP, BACKOFF_BASE * 2 ** max(attempts - 1, 0))
    return timedelta(seconds=random.uniform(delay / 2, delay))


def _due(now: datetime) -> Any:
    return (col(Outbox.sent_at).is_(None) & col(Outbox.dead).is_(False)
            & (col(Outbox.next_attempt_at) <= now)
            & or_(col(Outbox.leased_until).is_(None), col(Outbox.leased_until) <= now))


async def _lease(maker: async_sessionmaker[AsyncSession], *, now: datetime, batch: int,
                 token: str, lease: timedelta) -> list[tuple[int, str]]:
    """Lease up to `batch` due rows; gives back (id, chat_id) of each, oldest first."""
    values = {"leased_until": now + lease, "lease_token": token}
    ids_of_due = select(Outbox.id).where(_due(now)).order_by(col(Outbox.id)).limit(batch)
    async with session_scope(maker) as session:
        if (await session.connection()).dialect.name == "postgresql":
            ids = [i for i in (await session.exec(
                ids_of_due.with_for_update(skip_locked=True))).all() if i is not None]
            if ids:
                await session.exec(update(Outbox).where(  # type: ignore[call-overload]
                    col(Outbox.id).in_(ids)).values(**values))
        else:
            await session.exec(update(Outbox).where(  # type: ignore[call-overload]
                col(Outbox.id).in_(ids_of_due.scalar_subquery()), _due(now)).values(**values))
    async with maker() as session:
        stmt = select(Outbox.id, Outbox.chat_id).where(
            Outbox.lease_token == token).order_by(col(Outbox.id))
        return [(i, chat) for i, chat in (await session.exec(stmt)).all() if i is not None]


async def _finish(maker: async_sessionmaker[AsyncSession], row_id: int, token: str,
                  **values: Any) -> None:
    """Record an outcome, only if our lease still holds (else another worker owns the row)."""
    async with session_scope(maker) as session:
        await session.exec(update(Outbox).where(  # type: ignore[call-overload]
            col(Outbox.id) == row_id, col(Outbox.lease_token) == token,
        ).values(leased_until=None, lease_token=None, **values))


async def _dead_letter(maker: async_sessionmaker[AsyncSession], row: Outbox, token: str,
                       now: datetime, texts: Catalog, error: str) -> None:
    await _finish(maker, row.id or 0, token, dead=True, last_error=error,
                  attempts=row.attempts + 1)
    log.error("outbox row %s (%s) is dead after %s attempts: %s", row.id, row.kind,
              row.attempts + 1, error)
    if row.kind == OutboxKind.DEAD_LETTER_ALERT:
        return  # never alert about an alert: that could loop
    async with session_scope(maker) as session:
        text = texts.text("id", "cases.alert.dead_letter", case=row.case_id or "-",
                          kind=row.kind)
        for chat_id in await coordinator_chat_ids(session=session):
            await outbox.enqueue(session=session, key=f"outbox:{row.id}:dead:{chat_id}",
                                 kind=OutboxKind.DEAD_LETTER_ALERT, chat_id=chat_id,
                                 text=text, now=now, case_id=row.case_id)


async def _deliver_one(maker: async_sessionmaker[AsyncSession], notifier: Notifier,
                       row_id: int, token: str, now: datetime, max_attempts: int,
                       texts: Catalog) -> bool:
    async with maker() as session:
        row = (await session.exec(select(Outbox).where(
            Outbox.id == row_id, Outbox.lease_token == token))).first()
        if row is None:
            return False
        text, buttons, edit_of = outbox.decode_payload(row.payload)
        target = None
        if row.method == OutboxMethod.EDIT and edit_of:
            target = (await session.exec(
                select(Outbox).where(Outbox.idempotency_key == edit_of))).first()
    if target is not None and target.message_id is None:
        if target.dead:
            await _finish(maker, row_id, token, dead=True, last_error="edit_target_dead")
        else:
            await _finish(maker, row_id, token, next_attempt_at=now + EDIT_WAIT)
        return False
    try:
        if target is not None and target.message_id is not None:
            await notifier.edit_message(target.chat_id, target.message_id, text, buttons)
            message_id: int | None = target.message_id
        else:
            message_id = await notifier.send_message(row.chat_id, text, buttons)
    except RetryLater as exc:
        log.warning("outbox row %s: rate limited, retry in %ss", row_id, exc.retry_after)
        await _finish(maker, row_id, token, last_error="retry_after",
                      next_attempt_at=now + timedelta(seconds=exc.retry_after))
        return False
    except PermanentError:
        await _dead_letter(maker, row, token, now, texts, "permanent")
        return False
    except Exception as exc:  # transient: 5xx, timeouts, the network
        if row.attempts + 1 >= max_attempts:
            await _dead_letter(maker, row, token, now, texts, type(exc).__name__)
        else:
            log.warning("outbox row %s: %s, attempt %s", row_id, type(exc).__name__,
                        row.attempts + 1)
            await _finish(maker, row_id, token, attempts=row.attempts + 1,
                          last_error=type(exc).__name__[:64],
                          next_attempt_at=now + backoff(row.attempts + 1))
        return False
    await _finish(maker, row_id, token, sent_at=now, message_id=message_id,
                  attempts=row.attempts + 1, last_error=None)
    return True


async def deliver_due(*, sessionmaker: async_sessionmaker[AsyncSession], notifier: Notifier,
                      now: datetime, batch: int = 50, max_attempts: int = 8,
                      lease: timedelta = LEASE, texts: Catalog | None = None) -> int:
    """Send the rows due at `now`; gives back how many were sent.

    Chats are served side by side (the notifier keeps within Telegram's limits); within one
    chat, rows go in the order they were queued. Nothing is sent once our lease is about to
    run out, so a row can never be sent by us and by a worker that leased it after us.
    """
    texts = texts or default_texts()
    token = secrets.token_hex(8)
    leased = await _lease(sessionmaker, now=now, batch=batch, token=token, lease=lease)
    by_chat: dict[str, list[int]] = defaultdict(list)
    for row_id, chat_id in leased:
        by_chat[chat_id].append(row_id)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + lease.total_seconds() - LEASE_MARGIN
    room = asyncio.Semaphore(PARALLEL_CHATS)

    async def serve(row_ids: list[int]) -> int:
        sent = 0
        async with room:
            for row_id in row_ids:
                if loop.time() > deadline:
                    break  # the rest are sent after the lease expires, by us or another worker
                sent += await _deliver_one(sessionmaker, notifier, row_id, token, now,
                                           max_attempts, texts)
        return sent

    return sum(await asyncio.gather(*(serve(ids) for ids in by_chat.values())))
