"""Scheduled work of the API (APScheduler 3, in the app's event loop).

Jobs: outbox delivery every second (and at once when a route kicks it, see notify/kick.py),
escalation every 30 s, referral chase every 10 min, departure and contract-end reminders
every minute.
Job ids are idempotency keys (replace_existing), a job never overlaps itself
(max_instances=1) and missed runs collapse into one (coalesce). Several replicas may run this:
the outbox lease and the once-only timeline keys keep them from doubling anything.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from fastapi import FastAPI

from api.cases.scheduled import chase_referrals, escalate_due
from api.checkins import scheduled as checkins_scheduled
from api.core.timeutil import utcnow
from api.departure.scheduled import enqueue_due_reminders
from api.notify.kick import Kicker
from api.notify.notifier import Notifier
from api.notify.telegram import TelegramNotifier
from api.notify.worker import deliver_due

log = logging.getLogger(__name__)


@dataclass
class RunningScheduler:
    scheduler: AsyncIOScheduler
    notifier: Notifier | None


def _guarded(name: str, job: Callable[[], Awaitable[Any]]) -> Callable[[], Awaitable[None]]:
    async def run() -> None:
        try:
            await job()
        except Exception:  # keep the schedule alive; the next run tries again
            log.exception("scheduled job %s failed", name)
    return run


async def start_scheduler(app: FastAPI) -> RunningScheduler:
    settings = app.state.settings
    maker = app.state.sessionmaker
    texts = app.state.texts
    scheduler = AsyncIOScheduler(timezone="UTC")
    common: dict[str, Any] = {"replace_existing": True, "max_instances": 1, "coalesce": True}
    notifier: Notifier | None = None
    if settings.telegram_bot_token:
        notifier = TelegramNotifier(token=settings.telegram_bot_token,
                                    base_url=settings.telegram_api_base_url,
                                    rate_per_second=settings.telegram_rate_per_second)
        sender = notifier

        async def deliver() -> None:
            await deliver_due(sessionmaker=maker, notifier=sender, now=utcnow(), batch=50,
                              max_attempts=settings.outbox_max_attempts, texts=texts)

        scheduler.add_job(_guarded("outbox", deliver), "interval", seconds=1,
                          id="outbox-delivery", name="outbox-delivery", **common)
        app.state.outbox_kicker = Kicker(deliver)
    else:
        log.warning("TELEGRAM_BOT_TOKEN is not set: alerts wait in the outbox until it is")

    async def escalate() -> None:
        await escalate_due(sessionmaker=maker, now=utcnow(), texts=texts,
                           next_level_chat_id=settings.escalation_next_level_chat_id)

    async def chase() -> None:
        await chase_referrals(sessionmaker=maker, now=utcnow(), texts=texts)

    scheduler.add_job(_guarded("escalation", escalate), "interval", seconds=30,
                      id="case-escalation", name="case-escalation", **common)
    scheduler.add_job(_guarded("referral-chase", chase), "interval", minutes=10,
                      id="referral-chase", name="referral-chase", **common)

    async def remind() -> None:
        await enqueue_due_reminders(sessionmaker=maker, now=utcnow(), texts=texts)

    scheduler.add_job(_guarded("departure-reminders", remind), "interval", minutes=1,
                      id="departure-reminders", name="departure-reminders", **common)

    async def checkin_timers() -> None:  # reminders, missed check-ins, expiry
        async with maker() as session:
            await checkins_scheduled.run_once(session=session, settings=settings, texts=texts)

    if settings.checkin_jobs_every_seconds > 0:
        scheduler.add_job(_guarded("checkin-timers", checkin_timers), "interval",
                          seconds=settings.checkin_jobs_every_seconds, id="checkin-timers",
                          **common)
    scheduler.start()
    return RunningScheduler(scheduler=scheduler, notifier=notifier)


async def stop_scheduler(app: FastAPI, running: RunningScheduler) -> None:
    running.scheduler.shutdown(wait=False)
    kicker: Kicker | None = getattr(app.state, "outbox_kicker", None)
    app.state.outbox_kicker = None
    if kicker is not None:
        await kicker.wait()
    if running.notifier is not None:
        await running.notifier.aclose()
