"""The scheduled job that delivers departure and contract-end reminders.

No outbox exists on main yet, so the bot polls the API: `GET /departure/reminders/due`, sends
each reminder, then `POST /departure/reminders/{id}/sent`. The API makes each reminder once (a
row per reminder), so a crash between sending and marking sends it again at most once; run
the job in one bot process only (it is registered by kawan/telegram_app.py). When the outbox
lands, the API should enqueue these instead and this poller goes away."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import date

from bot.backend import Backend, BackendUnavailable
from bot.flows.common import MENU_PREFIX
from bot.flows.core import Button, Reply, Texts, buttons
from bot.flows.dates import show_date

log = logging.getLogger(__name__)
INTERVAL_SECONDS = 300
Send = Callable[[str, str, Reply], Awaitable[None]]  # channel, external id, what to send


def reminder_reply(texts: Texts, reminder: dict[str, object]) -> Reply:
    lang = str(reminder.get("language") or "id")
    target = date.fromisoformat(str(reminder["target_date"]))
    months = texts.text(lang, "guidance.months").split(",")
    text = texts.text(lang, f"departure.reminder_{reminder['kind']}_{reminder['ahead']}",
                      date=show_date(target, lang, months))
    if reminder["kind"] == "departure":
        return Reply(text, buttons([Button(texts.text(lang, "departure.reminder_open"),
                                           MENU_PREFIX + "checklist")]))
    return Reply(text)


async def deliver_due_reminders(*, backend: Backend, texts: Texts, send: Send) -> int:
    """Send every due reminder once; returns how many were sent. A reminder that fails to
    send stays due and is tried again at the next run."""
    try:
        due = await backend.due_reminders()
    except BackendUnavailable:
        log.warning("reminders: API unreachable, trying again later")
        return 0
    sent = 0
    for reminder in due:
        try:
            await send(str(reminder["channel"]), str(reminder["external_id"]),
                       reminder_reply(texts, reminder))
        except Exception as exc:  # one unreachable chat must not stop the others
            log.warning("reminder %s not delivered: %s", reminder["id"], type(exc).__name__)
            continue
        await backend.reminder_sent(int(str(reminder["id"])))
        sent += 1
    return sent
