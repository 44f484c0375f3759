"""Discreet mode's auto-delete: remember message ids, delete them when their time comes."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta

from sqlalchemy.ext.asyncio import async_sessionmaker
from sqlmodel import col, delete, select
from sqlmodel.ext.asyncio.session import AsyncSession

from api.core.timeutil import utcnow
from bot.models import SentMessage


class AutoDelete:
    def __init__(self, sessionmaker: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessionmaker

    async def remember(self, chat_id: str, message_ids: list[int], minutes: int) -> None:
        if minutes <= 0 or not message_ids:
            return
        when = utcnow() + timedelta(minutes=minutes)
        async with self._sessions() as session:
            for mid in message_ids:
                session.add(SentMessage(chat_id=chat_id, message_id=mid, delete_after=when))
            await session.commit()

    async def purge_due(self, delete_one: Callable[[str, int], Awaitable[None]],
                        limit: int = 200) -> int:
        """Delete what is due. A message that cannot be deleted any more is forgotten."""
        async with self._sessions() as session:
            rows = list((await session.exec(
                select(SentMessage).where(SentMessage.delete_after <= utcnow())
                .order_by(col(SentMessage.id)).limit(limit))).all())
            for row in rows:
                await delete_one(row.chat_id, row.message_id)
            if rows:
                await session.exec(delete(SentMessage).where(  # type: ignore[call-overload]
                    col(SentMessage.id).in_([r.id for r in rows])))
                await session.commit()
            return len(rows)
