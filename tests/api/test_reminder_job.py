"""The scheduled reminder job: the bot's poller against the real API, with a fake sender."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import httpx

from api.departure import service
from api.departure.models import DatesIn
from bot.backend import Backend
from bot.flows.core import Context, Reply
from bot.reminders import deliver_due_reminders
from tests.conftest import SERVICE_TOKEN


async def test_due_reminder_is_sent_once_in_the_persons_language(
        client: httpx.AsyncClient, app: object, ctx: Context) -> None:
    r = await client.post("/people", json={
        "identity": {"channel": "telegram", "external_id": "900900"}, "role": "preparing",
        "language": "en", "consent_version": "2026-11"})
    pid = r.json()["id"]
    now = datetime.now(UTC)
    today = now.astimezone(ZoneInfo("Asia/Jakarta")).date()
    # Leaving in 6 days: the 7-day reminder fell due yesterday at 09:00, whatever the hour now;
    # the 30-day one was already past when the date was set, so it is never made.
    async with app.state.sessionmaker() as session:  # type: ignore[attr-defined]
        await service.set_dates(session=session, person_id=pid, now=now - timedelta(days=10),
                                dates_in=DatesIn(departure_date=today + timedelta(days=6)))
    sent: list[tuple[str, str, Reply]] = []

    async def send(channel: str, external_id: str, reply: Reply) -> None:
        sent.append((channel, external_id, reply))

    backend = Backend.in_process(app, SERVICE_TOKEN)
    try:
        assert await deliver_due_reminders(backend=backend, texts=ctx.texts, send=send) == 1
        assert await deliver_due_reminders(backend=backend, texts=ctx.texts, send=send) == 0
    finally:
        await backend.aclose()
    channel, external_id, reply = sent[0]
    assert (channel, external_id) == ("telegram", "900900")
    assert "One week until you leave" in reply.text
    assert str((today + timedelta(days=6)).year) in reply.text
    assert reply.buttons[0][0].data == "m:checklist"


async def test_a_failed_send_stays_due(client: httpx.AsyncClient, app: object,
                                       ctx: Context) -> None:
    r = await client.post("/people", json={
        "identity": {"channel": "telegram", "external_id": "900901"}, "role": "preparing",
        "language": "id", "consent_version": "2026-11"})
    pid = r.json()["id"]
    now = datetime.now(UTC)
    today = now.astimezone(ZoneInfo("Asia/Jakarta")).date()
    async with app.state.sessionmaker() as session:  # type: ignore[attr-defined]
        await service.set_dates(session=session, person_id=pid, now=now - timedelta(days=10),
                                dates_in=DatesIn(departure_date=today + timedelta(days=6)))

    async def broken(channel: str, external_id: str, reply: Reply) -> None:
        raise ConnectionError("telegram is down")

    backend = Backend.in_process(app, SERVICE_TOKEN)
    try:
        assert await deliver_due_reminders(backend=backend, texts=ctx.texts, send=broken) == 0
    finally:
        await backend.aclose()
    assert len((await client.get("/departure/reminders/due")).json()) == 1
