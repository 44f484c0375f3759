"""Leases under concurrency, and the timers: reminder ➜ missed ➜ case and family asked."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import text

from api.checkins import dispatch, scheduled
from kawan.settings import Settings
from tests.checkins.helpers import answer, make_due, new_worker, opt_in


async def test_concurrent_leases_never_hand_out_one_message_twice(
        client: httpx.AsyncClient, app: Any) -> None:
    total = 120
    pids = [await new_worker(client, 100 + n) for n in range(total)]
    for pid in pids:
        await opt_in(client, pid)
    await make_due(app)

    async def leaser() -> list[int]:
        got: list[int] = []
        while True:
            async with app.state.sessionmaker() as session:
                items = await dispatch.lease(session=session, limit=7, lease_seconds=60)
            if not items:
                return got
            got += [i.id for i in items]

    results = await asyncio.gather(*[leaser() for _ in range(4)])
    every = [i for r in results for i in r]
    assert len(every) == len(set(every)) == total
    if app.state.engine.dialect.name == "postgresql":
        assert sum(1 for r in results if r) >= 2  # really shared between leasers
    async with app.state.engine.connect() as conn:
        checkins = (await conn.execute(text("SELECT count(*) FROM checkin"))).scalar()
    assert checkins == total  # one check-in per worker, not one per leaser


async def link_family(app: Any, worker: int, member: int, *, checkins: bool) -> None:
    """A family link as `api.family` makes it once the member used the worker's invite."""
    from api.family.models import FamilyLink, Permission

    permissions = [Permission.CHECKIN_SUMMARIES] if checkins else []
    async with app.state.sessionmaker() as session:
        session.add(FamilyLink(worker_person_id=worker, family_person_id=member,
                               permissions=permissions))
        await session.commit()


async def _cases(app: Any) -> list[tuple[Any, ...]]:
    async with app.state.engine.connect() as conn:
        rows = await conn.execute(text(
            "SELECT kind, severity, person_id, categories FROM cases ORDER BY id"))
        return [tuple(r) for r in rows.all()]


async def _send_all(app: Any, now: datetime) -> list[Any]:
    async with app.state.sessionmaker() as session:
        items = await dispatch.lease(session=session, limit=50, lease_seconds=60, now=now)
        await dispatch.mark_sent(session=session, ids=[i.id for i in items], now=now)
    return items


async def _tick(app: Any, settings: Settings, now: datetime) -> dict[str, int]:
    async with app.state.sessionmaker() as session:
        return await scheduled.run_once(session=session, settings=settings, now=now)


async def test_missed_check_ins_remind_then_open_a_case_and_ask_the_family(
        client: httpx.AsyncClient, app: Any, settings: Settings,
        volunteer_headers: dict[str, str]) -> None:
    pid = await new_worker(client, 200, tz="Asia/Hong_Kong")
    mum = await new_worker(client, 201, role="family")
    await link_family(app, pid, mum, checkins=True)
    # Monday 20:00 HKT, window 19-22.
    await opt_in(client, pid, day_of_week=0, hour=20, window_start=19, window_end=22)
    monday = datetime(2026, 11, 30, 12, tzinfo=UTC)  # 20:00 HKT
    await make_due(app, [pid], at=monday)

    sent = await _send_all(app, monday + timedelta(minutes=1))
    assert [i.kind for i in sent] == ["prompt"]
    # 24 h later (Tuesday 20:01 HKT): one reminder, inside Tuesday's window.
    done = await _tick(app, settings, monday + timedelta(hours=24, minutes=1))
    assert done["reminded"] == 1
    reminder = await _send_all(app, monday + timedelta(hours=24, minutes=2))
    assert [i.kind for i in reminder] == ["reminder"]
    assert reminder[0].send_before == monday + timedelta(days=1, hours=2)  # 22:00 HKT
    # 48 h: missed once. No case yet (N = 2).
    assert (await _tick(app, settings, monday + timedelta(hours=48, minutes=1)))["missed"] == 1
    assert await _cases(app) == []

    # The next week is missed too ➜ a case, and the family is asked.
    next_monday = monday + timedelta(days=7)
    assert [i.kind for i in await _send_all(app, next_monday + timedelta(minutes=1))] == [
        "prompt"]
    await _tick(app, settings, next_monday + timedelta(hours=48, minutes=1))
    [case] = await _cases(app)  # opened through the cases service: it escalates like any case
    assert case[:3] == ("missed_checkin", "high", pid) and "contact_lost" in str(case[3])
    await _tick(app, settings, next_monday + timedelta(hours=49))
    assert len(await _cases(app)) == 1  # once
    asked = await _send_all(app, next_monday + timedelta(hours=48, minutes=2))
    assert [(i.kind, i.chat_id, i.params) for i in asked] == [
        ("family_ask", "700201", {"name": ""})]  # the member's private chat
    watch = (await client.get("/checkins/watchlist", headers=volunteer_headers)).json()
    assert watch[0]["reasons"] == ["missed_checkins"] and watch[0]["missed_in_row"] == 2
    pic = (await client.get(f"/checkins/people/{pid}/picture", headers=volunteer_headers)).json()
    assert pic["cases_count"] == 1
    assert [c["state"] for c in pic["checkins"]] == ["missed", "missed"]

    # The mother answers "not yet": stored on the check-in, shown in the picture.
    asked_id = asked[0].checkin_id
    r = await client.post(f"/checkins/{asked_id}/family-heard",
                          json={"person_id": mum, "heard": False})
    assert r.status_code == 204
    stranger = await new_worker(client, 202, role="family")
    r = await client.post(f"/checkins/{asked_id}/family-heard",
                          json={"person_id": stranger, "heard": True})
    assert r.status_code == 404  # only someone who was asked may answer
    pic = (await client.get(f"/checkins/people/{pid}/picture", headers=volunteer_headers)).json()
    assert [c["family_heard"] for c in pic["checkins"]] == [None, False]

    # An answer resets the count and takes the worker off the watch list.
    r = await client.post("/checkins/answers", json=answer(pid, "baik", "k-200-1"))
    assert r.status_code == 201
    assert (await client.get("/checkins/watchlist", headers=volunteer_headers)).json() == []


async def test_a_reminder_is_never_sent_outside_the_window(
        client: httpx.AsyncClient, app: Any, settings: Settings) -> None:
    pid = await new_worker(client, 210, tz="Asia/Hong_Kong")
    await opt_in(client, pid, day_of_week=0, hour=20, window_start=19, window_end=22)
    monday = datetime(2026, 11, 30, 12, tzinfo=UTC)
    await make_due(app, [pid], at=monday)
    await _send_all(app, monday)
    late = monday + timedelta(hours=27)  # Tuesday 23:00 HKT: window closed
    await _tick(app, settings, late)
    assert await _send_all(app, late) == []  # waits for Wednesday 19:00
    assert [i.kind for i in await _send_all(app, monday + timedelta(hours=47))] == ["reminder"]


async def test_a_question_not_sent_in_its_window_expires_and_is_not_a_miss(
        client: httpx.AsyncClient, app: Any, settings: Settings,
        volunteer_headers: dict[str, str]) -> None:
    pid = await new_worker(client, 220, tz="Asia/Hong_Kong")
    await opt_in(client, pid, day_of_week=0, hour=20, window_start=19, window_end=22)
    monday = datetime(2026, 11, 30, 12, tzinfo=UTC)
    await make_due(app, [pid], at=monday)
    async with app.state.sessionmaker() as session:  # the bot was down all evening
        await dispatch.materialise(session=session, now=monday, limit=10)
        await session.commit()
    after = monday + timedelta(hours=3)  # 23:00 HKT
    assert await _send_all(app, after) == []
    assert (await _tick(app, settings, after))["expired"] == 1
    await _tick(app, settings, monday + timedelta(days=3))
    pic = (await client.get(f"/checkins/people/{pid}/picture", headers=volunteer_headers)).json()
    assert [c["state"] for c in pic["checkins"]] == ["expired"]
    assert pic["schedule"]["missed_in_row"] == 0


async def test_family_gets_the_status_and_nothing_more(
        client: httpx.AsyncClient, app: Any) -> None:
    pid = await new_worker(client, 230, tz="Asia/Hong_Kong")
    mum, cousin = await new_worker(client, 231, role="family"), await new_worker(
        client, 232, role="family")
    await link_family(app, pid, mum, checkins=True)
    await link_family(app, pid, cousin, checkins=False)  # linked, but not for check-ins
    body = answer(pid, "kurang_baik", "k-230-1", answers=[{
        "question_id": "wages_on_time", "area": "economic", "value": "no", "risk": True}])
    assert (await client.post("/checkins/answers", json=body)).status_code == 201
    items = await _send_all(app, datetime.now(UTC))
    assert len(items) == 1 and items[0].kind == "family_summary"
    assert items[0].chat_id == "700231"
    assert set(items[0].params) == {"name", "status", "weekday"}  # no answers, no risk flags
    assert items[0].params["status"] == "kurang_baik"
