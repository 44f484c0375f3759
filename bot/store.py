"""Conversation state in the bot's own table, so a restart forgets nothing."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import async_sessionmaker
from sqlmodel import delete, select
from sqlmodel.ext.asyncio.session import AsyncSession

from api.core.timeutil import utcnow
from bot.flows.core import State
from bot.models import Conversation


class StateStore:
    def __init__(self, sessionmaker: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessionmaker

    async def load(self, channel: str, chat_id: str) -> State:
        async with self._sessions() as session:
            row = (await session.exec(
                select(Conversation).where(
                    Conversation.channel == channel, Conversation.chat_id == chat_id)
            )).first()
            return State.from_json(row.state if row else None)

    async def save(self, channel: str, chat_id: str, state: State) -> None:
        async with self._sessions() as session:
            row = (await session.exec(
                select(Conversation).where(
                    Conversation.channel == channel, Conversation.chat_id == chat_id)
            )).first()
            if row is None:
                row = Conversation(channel=channel, chat_id=chat_id, state=state.to_json())
            else:
                row.state = state.to_json()
                row.updated_at = utcnow()
            session.add(row)
            await session.commit()

    async def forget(self, channel: str, chat_id: str) -> None:
        async with self._sessions() as session:
            await session.exec(delete(Conversation).where(
                Conversation.channel == channel, Conversation.chat_id == chat_id))  # type: ignore[arg-type]
            await session.commit()

    async def mark_volunteer(self, channel: str, chat_id: str, on: bool = True) -> None:
        """Remember that this private chat belongs to a registered volunteer, so their
        messages are relayed to their case without asking the API on every message."""
        state = await self.load(channel, chat_id)
        profile = {**state.profile, "volunteer": on}
        await self.save(channel, chat_id, State.from_json({**state.to_json(), "profile": profile}))
