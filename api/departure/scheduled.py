"""Timed work on departure plans: reminders before departure and before a contract ends.

Called by the API's scheduler with a sessionmaker and `now`. Each due reminder becomes one
message in the API's outbox (key `departure-reminder:<id>`, so never twice, across restarts and
replicas) and is marked sent in the same transaction; the outbox delivers it to Telegram.
"""

from __future__ import annotations

import logging
from datetime import date, datetime

from sqlalchemy.ext.asyncio import async_sessionmaker
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from api.departure.enums import ReminderKind
from api.departure.models import DepartureReminder
from api.departure.service import due_reminders
from api.notify.enums import OutboxKind
from api.notify.notifier import Buttons
from api.notify.service import enqueue
from api.people.enums import Channel
from api.people.models import ChannelIdentity, Person
from kawan.content.messages import Catalog

log = logging.getLogger(__name__)


def reminder_message(texts: Catalog, lang: str, reminder: DepartureReminder
                     ) -> tuple[str, Buttons | None]:
    """The words of a reminder in the person's language, and the button that opens the list."""
    months = texts.text(lang, "guidance.months").split(",")
    target: date = reminder.target_date
    shown = f"{target.day} {months[target.month - 1]} {target.year}"
    text = texts.text(lang, f"departure.reminder_{reminder.kind}_{reminder.ahead}", date=shown)
    if reminder.kind == ReminderKind.DEPARTURE:
        return text, [[(texts.text(lang, "departure.reminder_open"), "m:checklist")]]
    return text, None


async def _telegram_chat(session: AsyncSession, person_id: int) -> str | None:
    """A private chat's id is the person's Telegram user id."""
    identity = (await session.exec(select(ChannelIdentity).where(
        ChannelIdentity.person_id == person_id, ChannelIdentity.channel == Channel.TELEGRAM)
        .order_by(col(ChannelIdentity.id)))).first()
    return identity.external_id if identity else None


async def enqueue_due_reminders(*, sessionmaker: async_sessionmaker[AsyncSession],
                                now: datetime, texts: Catalog) -> int:
    """Queue every due reminder once; returns how many were queued."""
    queued = 0
    async with sessionmaker() as session:
        for reminder in await due_reminders(session=session, now=now):
            person = await session.get(Person, reminder.person_id)
            chat_id = await _telegram_chat(session, reminder.person_id)
            if person is not None and chat_id is not None:
                text, buttons = reminder_message(texts, person.language, reminder)
                await enqueue(session=session, key=f"departure-reminder:{reminder.id}",
                              kind=OutboxKind.REMINDER, chat_id=chat_id, text=text,
                              buttons=buttons, now=now)
                queued += 1
            # Marked either way: a person reachable on no Telegram chat is not tried each minute.
            reminder.sent_at = now
            session.add(reminder)
        await session.commit()
    if queued:
        log.info("departure reminders queued: %d", queued)
    return queued
