"""Timers of the check-ins: reminders, missed check-ins (➜ case, ➜ family asked), expiry.

Run by the API scheduler (`api/scheduler.py`) in a session of its own. Safe to run in several API replicas:
every step is a conditional update, so a second runner finds nothing left to do.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from api.checkins import links
from api.checkins.dispatch import locked
from api.checkins.enums import CheckinState, SendKind
from api.checkins.models import Checkin, CheckinSchedule, CheckinSend
from api.checkins.service import _update_watch, cancel_reminder, local_schedule
from api.checkins.timing import next_window_open
from api.core.timeutil import utcnow
from api.people.models import Person
from kawan.content.messages import Catalog
from kawan.settings import Settings

log = logging.getLogger(__name__)
BATCH = 500


async def run_once(*, session: AsyncSession, settings: Settings, now: datetime | None = None,
                   texts: Catalog | None = None) -> dict[str, int]:
    """One pass of every timer (the API scheduler runs it every CHECKIN_JOBS_EVERY_SECONDS)."""
    now = now or utcnow()
    done = {
        "expired": await expire_unsent(session=session, now=now),
        "reminded": await queue_reminders(session=session, settings=settings, now=now),
        "missed": await mark_missed(session=session, settings=settings, now=now, texts=texts),
    }
    if any(done.values()):
        log.info("check-in timers: %s", done)
    await session.commit()
    return done


async def expire_unsent(*, session: AsyncSession, now: datetime) -> int:
    """Messages whose safe window closed unsent are dropped: never sent outside the window."""
    rows = list((await session.exec(
        select(CheckinSend.id, CheckinSend.checkin_id, CheckinSend.kind)
        .where(col(CheckinSend.sent_at).is_(None), ~col(CheckinSend.expired),
               col(CheckinSend.send_before) <= now).limit(BATCH))).all())
    if not rows:
        return 0
    await session.exec(update(CheckinSend).where(  # type: ignore[call-overload]
        col(CheckinSend.id).in_([r[0] for r in rows]), col(CheckinSend.sent_at).is_(None))
        .values(expired=True))
    prompts = [r[1] for r in rows if r[2] == SendKind.PROMPT]
    await session.exec(update(Checkin).where(  # type: ignore[call-overload]
        col(Checkin.id).in_(prompts), col(Checkin.state) == CheckinState.PENDING)
        .values(state=CheckinState.EXPIRED))
    return len(rows)


async def queue_reminders(*, session: AsyncSession, settings: Settings, now: datetime) -> int:
    """One reminder, inside the safe window, after the configured delay without an answer."""
    delay = timedelta(hours=settings.checkin_reminder_delay_hours)
    missed = timedelta(hours=settings.checkin_missed_after_hours)
    open_ = list((await session.exec(locked(session,
        select(Checkin).where(Checkin.state == CheckinState.SENT, ~col(Checkin.reminded),
                              col(Checkin.sent_at) <= now - delay,
                              col(Checkin.sent_at) > now - missed).limit(BATCH)))).all())
    count = 0
    for checkin in open_:
        assert checkin.id is not None
        checkin.reminded = True
        schedule = (await session.exec(select(CheckinSchedule).where(
            CheckinSchedule.person_id == checkin.person_id))).first()
        person = await session.get(Person, checkin.person_id)
        if schedule is None or not schedule.chat_id or schedule.paused or person is None:
            continue
        opens, closes = next_window_open(now, local_schedule(schedule))
        session.add(CheckinSend(
            checkin_id=checkin.id, person_id=checkin.person_id, kind=SendKind.REMINDER,
            chat_id=schedule.chat_id, language=person.language, params={},
            send_after=opens, send_before=closes))
        count += 1
    return count


async def mark_missed(*, session: AsyncSession, settings: Settings, now: datetime,
                      texts: Catalog | None = None) -> int:
    """No answer in time: count it; N in a row opens a case and asks the family."""
    after = timedelta(hours=settings.checkin_missed_after_hours)
    stale = list((await session.exec(locked(session,
        select(Checkin).where(Checkin.state == CheckinState.SENT,
                              col(Checkin.sent_at) <= now - after).limit(BATCH)))).all())
    for checkin in stale:
        checkin.state = CheckinState.MISSED
        await cancel_reminder(session, checkin.id)
        schedule = (await session.exec(select(CheckinSchedule).where(
            CheckinSchedule.person_id == checkin.person_id))).first()
        if schedule is None:
            continue
        schedule.missed_in_row += 1
        await _update_watch(session, schedule, now)
        if schedule.missed_in_row >= settings.checkin_missed_for_case:
            await _escalate(session, checkin, schedule, now, texts)
    return len(stale)


async def _escalate(session: AsyncSession, checkin: Checkin, schedule: CheckinSchedule,
                    now: datetime, texts: Catalog | None) -> None:
    assert checkin.id is not None
    await links.open_missed_checkin_case(
        session=session, person_id=checkin.person_id, missed_in_row=schedule.missed_in_row,
        idempotency_key=f"missed-checkin:{checkin.id}", chat_id=schedule.chat_id,
        texts=texts, now=now)
    for watcher in await links.family_watchers(session=session,
                                               worker_person_id=checkin.person_id):
        if not watcher.may_see_checkins:
            continue
        session.add(CheckinSend(
            checkin_id=checkin.id, person_id=watcher.person_id, kind=SendKind.FAMILY_ASK,
            chat_id=watcher.chat_id, language=watcher.language,
            params={"name": watcher.worker_label or ""},
            send_after=now, send_before=now + timedelta(hours=12)))
