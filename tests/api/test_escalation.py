"""Escalation of unclaimed cases (once per level, even across restarts) and referral chases."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx

from api.cases.scheduled import chase_referrals, escalate_due
from api.notify.fake import FakeNotifier
from tests.api.support import GROUP_CHAT, Member, deliver, open_case, rows

NEXT_LEVEL = "-100555"


async def _created_at(app: Any, case_id: int) -> datetime:
    (row,) = await rows(app, "SELECT created_at FROM cases WHERE id = :i", i=case_id)
    value = row.created_at
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


async def _escalate(app: Any, now: datetime) -> int:
    return await escalate_due(sessionmaker=app.state.sessionmaker, now=now,
                              texts=app.state.texts, next_level_chat_id=NEXT_LEVEL)


async def test_critical_escalates_at_5_and_15_minutes_exactly_once(
        app: Any, client: httpx.AsyncClient, group: int, coordinator: Member,
        notifier: FakeNotifier) -> None:
    case = await open_case(client)
    t0 = await _created_at(app, case["id"])
    await deliver(app, notifier, t0)
    assert await _escalate(app, t0 + timedelta(minutes=4, seconds=59)) == 0
    assert await _escalate(app, t0 + timedelta(minutes=5)) == 1
    assert await _escalate(app, t0 + timedelta(minutes=5, seconds=30)) == 0
    await deliver(app, notifier, t0 + timedelta(minutes=5))
    first_card, realert = notifier.to(GROUP_CHAT)
    assert "BELUM ADA YANG MENGAMBIL" in realert.text and case["reference"] in realert.text
    assert realert.buttons == first_card.buttons
    (private,) = notifier.to(9001)
    assert case["reference"] in private.text and "5 menit" in private.text
    assert notifier.to(NEXT_LEVEL) == []
    assert await _escalate(app, t0 + timedelta(minutes=14, seconds=59)) == 0
    assert await _escalate(app, t0 + timedelta(minutes=15)) == 1
    assert await _escalate(app, t0 + timedelta(hours=3)) == 0
    await deliver(app, notifier, t0 + timedelta(minutes=15))
    (next_level,) = notifier.to(NEXT_LEVEL)
    assert case["reference"] in next_level.text and "Hong Kong" in next_level.text
    events = await rows(app, "SELECT data FROM case_event WHERE type = 'escalated'")
    assert len(events) == 2 and all("level" not in e.data for e in events)  # encrypted


async def test_a_restart_does_not_fire_a_step_again(app: Any, client: httpx.AsyncClient,
                                                    coordinator: Member) -> None:
    case = await open_case(client)
    t0 = await _created_at(app, case["id"])
    assert await _escalate(app, t0 + timedelta(minutes=6)) == 1
    # A new process: nothing in memory, only what the database remembers.
    from api.db import make_engine, make_sessionmaker

    engine = make_engine(app.state.settings.database_url)
    try:
        fired = await escalate_due(sessionmaker=make_sessionmaker(engine),
                                   now=t0 + timedelta(minutes=7), texts=app.state.texts,
                                   next_level_chat_id=NEXT_LEVEL)
    finally:
        await engine.dispose()
    assert fired == 0
    escalations = await rows(app, "SELECT count(*) AS n FROM outbox WHERE kind = 'escalation'")
    assert escalations[0].n == 1


async def test_a_late_scheduler_fires_both_levels_once(app: Any, client: httpx.AsyncClient,
                                                       coordinator: Member) -> None:
    case = await open_case(client)
    t0 = await _created_at(app, case["id"])
    assert await _escalate(app, t0 + timedelta(minutes=20)) == 2
    assert await _escalate(app, t0 + timedelta(minutes=21)) == 0


async def test_a_claimed_case_is_not_escalated(app: Any, client: httpx.AsyncClient,
                                               volunteer: Member) -> None:
    case = await open_case(client)
    t0 = await _created_at(app, case["id"])
    await client.post(f"/cases/{case['id']}/claim", headers=volunteer.headers)
    assert await _escalate(app, t0 + timedelta(hours=30)) == 0


async def test_normal_and_high_after_2_and_24_hours_low_never(
        app: Any, client: httpx.AsyncClient) -> None:
    normal = await open_case(client, kind="recruitment_fraud", severity="normal")
    high = await open_case(client, kind="missed_checkin", severity="high")
    await open_case(client, kind="question", severity="low")
    t0 = max(await _created_at(app, normal["id"]), await _created_at(app, high["id"]))
    assert await _escalate(app, t0 + timedelta(minutes=119)) == 0
    assert await _escalate(app, t0 + timedelta(hours=2)) == 2
    assert await _escalate(app, t0 + timedelta(hours=23, minutes=59)) == 0
    assert await _escalate(app, t0 + timedelta(hours=24)) == 2
    assert await _escalate(app, t0 + timedelta(days=30)) == 0


async def test_the_policy_is_persisted_and_editable_by_coordinators(
        app: Any, client: httpx.AsyncClient, coordinator: Member, volunteer: Member) -> None:
    r = await client.get("/escalation-policy", headers=coordinator.headers)
    assert r.status_code == 200
    assert r.json()[0] == {"severity": "critical", "first_after_minutes": 5,
                           "second_after_minutes": 15}
    assert r.json()[-1]["severity"] == "low" and r.json()[-1]["first_after_minutes"] is None
    change = [{"severity": "critical", "first_after_minutes": 2, "second_after_minutes": 10}]
    assert (await client.put("/escalation-policy", json=change,
                             headers=volunteer.headers)).status_code == 403
    r = await client.put("/escalation-policy", json=change, headers=coordinator.headers)
    assert r.status_code == 200 and r.json()[0]["first_after_minutes"] == 2
    bad = [{"severity": "critical", "first_after_minutes": 10, "second_after_minutes": 5}]
    r = await client.put("/escalation-policy", json=bad, headers=coordinator.headers)
    assert r.status_code == 422 and "later than" in r.text
    case = await open_case(client)
    t0 = await _created_at(app, case["id"])
    assert await _escalate(app, t0 + timedelta(minutes=2)) == 1
    (stored,) = await rows(app, "SELECT first_after_minutes FROM escalation_policy "
                                "WHERE severity = 'critical'")
    assert stored.first_after_minutes == 2


async def test_an_overdue_referral_is_chased_daily(app: Any, client: httpx.AsyncClient,
                                                   volunteer: Member,
                                                   notifier: FakeNotifier) -> None:
    case = await open_case(client)
    await client.post(f"/cases/{case['id']}/claim", headers=volunteer.headers)
    await client.post(f"/cases/{case['id']}/transition", json={"to": "in_progress"},
                      headers=volunteer.headers)
    due = date(2026, 12, 5)
    r = await client.post(f"/cases/{case['id']}/referrals", headers=volunteer.headers, json={
        "channel": "police", "complaint_number": "LP/123/XII", "follow_up_on": due.isoformat()})
    assert r.status_code == 201

    async def chase(at: datetime) -> int:
        return await chase_referrals(sessionmaker=app.state.sessionmaker, now=at,
                                     texts=app.state.texts)

    day = datetime(2026, 12, 4, 23, 59, tzinfo=UTC)
    assert await chase(day) == 0
    assert await chase(day + timedelta(minutes=1)) == 1
    assert await chase(day + timedelta(hours=5)) == 0
    assert await chase(day + timedelta(hours=24, minutes=1)) == 1
    await deliver(app, notifier, day + timedelta(days=2))
    chases = [s for s in notifier.to(5001) if "LP/123/XII" in s.text]
    assert len(chases) == 2 and "polisi" in chases[0].text
    await client.post(f"/cases/{case['id']}/transition", json={"to": "referred"},
                      headers=volunteer.headers)
    await client.post(f"/cases/{case['id']}/transition", json={"to": "resolved"},
                      headers=volunteer.headers)
    assert await chase(day + timedelta(days=5)) == 0
