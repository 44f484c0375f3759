"""Departure over HTTP and its reminders, on a real database."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import httpx
from sqlalchemy import text

from api.departure import service
from api.departure.enums import ReminderKind
from api.departure.models import DatesIn
from api.departure.scheduled import enqueue_due_reminders
from api.notify.fake import FakeNotifier
from tests.api.support import deliver


async def register(client: httpx.AsyncClient, external_id: str = "700100", **extra: object) -> int:
    body = {"identity": {"channel": "telegram", "external_id": external_id},
            "role": "preparing", "language": "id", "consent_version": "2026-11", **extra}
    r = await client.post("/people", json=body)
    assert r.status_code == 201, r.text
    return int(r.json()["id"])


async def rows(app: object, sql: str) -> list:  # type: ignore[type-arg]
    async with app.state.engine.connect() as conn:  # type: ignore[attr-defined]
        return list((await conn.execute(text(sql))).all())


async def test_ticks_are_stored_per_person_and_idempotent(client: httpx.AsyncClient,
                                                          app: object) -> None:
    pid = await register(client)
    other = await register(client, "700200")
    for _ in range(2):
        r = await client.put(f"/departure/{pid}/items/documents")
        assert r.status_code == 200 and r.json()["ticked"] == ["documents"]
    await client.put(f"/departure/{pid}/items/ltsa_registration")
    await client.put(f"/departure/{other}/items/bpjs")
    r = await client.delete(f"/departure/{pid}/items/documents")
    assert r.json()["ticked"] == ["ltsa_registration"]
    held = await rows(app, "SELECT person_id, item_id FROM departure_checklist_tick "
                           "ORDER BY person_id")
    assert [tuple(r) for r in held] == [(pid, "ltsa_registration"), (other, "bpjs")]


async def test_dates_are_stored_and_past_dates_refused(client: httpx.AsyncClient,
                                                       app: object) -> None:
    pid = await register(client)
    future = (date.today() + timedelta(days=60)).isoformat()
    r = await client.put(f"/departure/{pid}/dates", json={"departure_date": future})
    assert r.status_code == 200 and r.json()["departure_date"] == future
    r = await client.put(f"/departure/{pid}/dates", json={"departure_date": "2020-01-12"})
    assert r.status_code == 422
    held = await rows(app, "SELECT departure_date, contract_end_date FROM departure_plan")
    assert str(held[0][0]) == future and held[0][1] is None


async def test_bad_requests(client: httpx.AsyncClient) -> None:
    pid = await register(client)
    assert (await client.get("/departure/99999")).status_code == 404
    assert (await client.put(f"/departure/{pid}/items/Not-An-Id")).status_code == 422
    assert (await client.put(f"/departure/{pid}/dates",
                             json={"departure_date": "12-01-2027"})).status_code == 422
    assert (await client.get(f"/departure/{pid}",
                             headers={"Authorization": "Bearer x"})).status_code == 401


def test_offsets_and_local_hour() -> None:
    days = service.schedule(ReminderKind.DEPARTURE, date(2027, 1, 12), "Asia/Jakarta")
    assert [(o, d.date().isoformat(), d.hour) for o, d in days] == [
        ("30d", "2026-12-13", 9), ("7d", "2027-01-05", 9), ("1d", "2027-01-11", 9)]
    months = service.schedule(ReminderKind.CONTRACT_END, date(2027, 6, 30), "Asia/Hong_Kong")
    assert months[0][0] == "4m" and months[0][1].date() == date(2027, 2, 28)
    assert months[0][1].astimezone(UTC).hour == 1  # 09:00 in Hong Kong is 01:00 UTC


async def test_due_reminders_are_made_once_and_queued_once(client: httpx.AsyncClient,
                                                           app: object) -> None:
    pid = await register(client)
    maker = app.state.sessionmaker  # type: ignore[attr-defined]
    texts = app.state.texts  # type: ignore[attr-defined]
    set_at = datetime(2026, 12, 1, 3, tzinfo=UTC)
    async with maker() as session:
        await service.set_dates(session=session, person_id=pid, now=set_at,
                                dates_in=DatesIn(departure_date=date(2027, 1, 12)))
    before = datetime(2026, 12, 13, 1, 59, tzinfo=UTC)  # 08:59 in Jakarta
    at_nine = datetime(2026, 12, 13, 2, 0, tzinfo=UTC)  # 09:00 in Jakarta: the 30-day one
    async with maker() as session:
        assert await service.due_reminders(session=session, now=before) == []
        first = await service.due_reminders(session=session, now=at_nine)
        again = await service.due_reminders(session=session, now=at_nine)
    assert [(r.kind, r.ahead) for r in first] == [("departure", "30d")]
    assert [r.id for r in again] == [r.id for r in first]  # idempotent: the same row
    for _ in range(2):
        await enqueue_due_reminders(sessionmaker=maker, now=at_nine, texts=texts)
    async with maker() as session:
        later = await service.due_reminders(session=session,
                                            now=datetime(2027, 1, 11, 2, tzinfo=UTC))
    assert [r.ahead for r in later] == ["7d", "1d"]  # the API was down for the 7-day one
    held = await rows(app, "SELECT ahead, sent_at IS NOT NULL FROM departure_reminder "
                           "ORDER BY due_at")
    assert [tuple(r) for r in held] == [("30d", True), ("7d", False), ("1d", False)]
    queued = await rows(app, "SELECT kind, chat_id, idempotency_key FROM outbox")
    assert [(r[0], r[2]) for r in queued] == [("reminder", f"departure-reminder:{first[0].id}")]
    assert "700100" not in str(queued[0][1])  # the chat id is encrypted at rest


async def test_reminders_already_past_when_the_date_was_set_are_never_made(
        client: httpx.AsyncClient) -> None:
    pid = await register(client)
    maker = client._transport.app.state.sessionmaker  # type: ignore[attr-defined]
    set_at = datetime(2027, 1, 1, 3, tzinfo=UTC)  # 11 days before: the 30-day one is moot
    async with maker() as session:
        await service.set_dates(session=session, person_id=pid, now=set_at,
                                dates_in=DatesIn(departure_date=date(2027, 1, 12)))
        due = await service.due_reminders(session=session,
                                          now=datetime(2027, 1, 5, 2, tzinfo=UTC))
    assert [r.ahead for r in due] == ["7d"]


async def test_a_changed_date_drops_the_old_reminders(client: httpx.AsyncClient) -> None:
    pid = await register(client)
    maker = client._transport.app.state.sessionmaker  # type: ignore[attr-defined]
    async with maker() as session:
        await service.set_dates(session=session, person_id=pid,
                                now=datetime(2026, 12, 1, tzinfo=UTC),
                                dates_in=DatesIn(departure_date=date(2027, 1, 12)))
        assert await service.due_reminders(session=session,
                                           now=datetime(2026, 12, 14, tzinfo=UTC))
        await service.set_dates(session=session, person_id=pid,
                                now=datetime(2026, 12, 14, 1, tzinfo=UTC),
                                dates_in=DatesIn(departure_date=date(2027, 3, 1)))
        assert await service.due_reminders(session=session,
                                           now=datetime(2026, 12, 14, 2, tzinfo=UTC)) == []


async def test_contract_end_uses_the_workers_time_zone(client: httpx.AsyncClient) -> None:
    pid = await register(client, role="worker_abroad", country="TW", timezone="Asia/Taipei")
    maker = client._transport.app.state.sessionmaker  # type: ignore[attr-defined]
    async with maker() as session:
        await service.set_dates(session=session, person_id=pid,
                                now=datetime(2027, 1, 1, tzinfo=UTC),
                                dates_in=DatesIn(contract_end_date=date(2027, 9, 15)))
        assert await service.due_reminders(
            session=session, now=datetime(2027, 5, 15, 0, 59, tzinfo=UTC)) == []
        due = await service.due_reminders(session=session,
                                          now=datetime(2027, 5, 15, 1, tzinfo=UTC))
    assert [(r.kind, r.ahead) for r in due] == [("contract_end", "4m")]


async def test_a_reminder_reaches_the_person_in_their_language(
        client: httpx.AsyncClient, app: object) -> None:
    pid = await register(client, language="en")
    maker = app.state.sessionmaker  # type: ignore[attr-defined]
    now = datetime.now(UTC)
    today = now.astimezone(ZoneInfo("Asia/Jakarta")).date()
    # Leaving in 6 days: the 7-day reminder fell due yesterday at 09:00, whatever the hour now;
    # the 30-day one was already past when the date was set, so it is never made.
    async with maker() as session:
        await service.set_dates(session=session, person_id=pid, now=now - timedelta(days=10),
                                dates_in=DatesIn(departure_date=today + timedelta(days=6)))
    texts = app.state.texts  # type: ignore[attr-defined]
    assert await enqueue_due_reminders(sessionmaker=maker, now=now, texts=texts) == 1
    assert await enqueue_due_reminders(sessionmaker=maker, now=now, texts=texts) == 0
    notifier = FakeNotifier()
    await deliver(app, notifier, now)
    [sent] = notifier.to("700100")
    assert "One week until you leave" in sent.text
    assert str((today + timedelta(days=6)).year) in sent.text
    assert sent.buttons == [[("📋 Open my checklist", "m:checklist")]]


async def test_deleting_the_person_deletes_their_departure_data(client: httpx.AsyncClient,
                                                                app: object) -> None:
    pid = await register(client)
    await client.put(f"/departure/{pid}/items/documents")
    await client.put(f"/departure/{pid}/dates",
                     json={"departure_date": (date.today() + timedelta(days=9)).isoformat()})
    assert (await client.delete(f"/people/{pid}")).status_code == 204
    for table in ("departure_plan", "departure_checklist_tick"):
        assert (await rows(app, f"SELECT count(*) FROM {table}"))[0][0] == 0
