"""Check-ins over HTTP on a real database: schedules, answers, leases, picture, watch list."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest

from tests.checkins.helpers import answer, make_due, new_worker, opt_in

WAGES_UNPAID = {"question_id": "wages_on_time", "area": "economic", "value": "no",
                "risk": True, "watch": "wages_unpaid"}
SOMEONE = {"question_id": "someone_to_talk", "area": "protective", "value": "yes",
           "protective": True}


async def test_opt_in_computes_next_due_in_the_workers_zone(client: httpx.AsyncClient) -> None:
    pid = await new_worker(client, 1, tz="Asia/Hong_Kong")
    s = await opt_in(client, pid, day_of_week=0, hour=20, window_start=19, window_end=22)
    due = datetime.fromisoformat(s["next_due_at"])
    local = due.astimezone(__import__("zoneinfo").ZoneInfo("Asia/Hong_Kong"))
    assert (local.weekday(), local.hour, local.minute) == (0, 20, 0)
    assert due > datetime.now(UTC)
    assert s["active"] and not s["paused"] and s["timezone"] == "Asia/Hong_Kong"


@pytest.mark.parametrize("body, reason", [
    ({"hour": 23, "window_start": 19, "window_end": 22}, "inside the safe window"),
    ({"hour": 25}, ""),
    ({"timezone": "Mars/Base"}, "time zone"),
], ids=["outside-window", "bad-hour", "bad-zone"])
async def test_bad_schedules_are_refused(client: httpx.AsyncClient, body: dict[str, object],
                                         reason: str) -> None:
    pid = await new_worker(client, 2)
    r = await client.put(f"/checkins/people/{pid}/schedule",
                         json={"chat_id": "1", **body})
    assert r.status_code == 422 and reason in r.text


async def test_only_workers_abroad_get_check_ins(client: httpx.AsyncClient) -> None:
    pid = await new_worker(client, 3, role="family")
    r = await client.put(f"/checkins/people/{pid}/schedule", json={"chat_id": "1"})
    assert r.status_code == 409


async def test_pause_and_resume(client: httpx.AsyncClient, app: object) -> None:
    pid = await new_worker(client, 4)
    await opt_in(client, pid)
    assert (await client.post(f"/checkins/people/{pid}/pause")).json()["paused"]
    await make_due(app, [pid])
    assert (await client.post("/checkins/lease", json={"limit": 10})).json() == []
    resumed = (await client.post(f"/checkins/people/{pid}/resume")).json()
    assert not resumed["paused"]
    assert datetime.fromisoformat(resumed["next_due_at"]) > datetime.now(UTC)  # no old burst


async def test_lease_then_sent_is_idempotent(client: httpx.AsyncClient, app: object) -> None:
    pids = [await new_worker(client, 10 + n) for n in range(3)]
    for pid in pids:
        await opt_in(client, pid)
    await make_due(app)
    items = (await client.post("/checkins/lease", json={"limit": 10})).json()
    assert sorted(i["chat_id"] for i in items) == sorted(str(800000 + p) for p in pids)
    assert {i["kind"] for i in items} == {"prompt"}
    # Leased: nobody else gets them while the lease runs.
    assert (await client.post("/checkins/lease", json={"limit": 10})).json() == []
    ids = [i["id"] for i in items]
    assert (await client.post("/checkins/sent", json={"ids": ids})).json() == {"marked": 3}
    assert (await client.post("/checkins/sent", json={"ids": ids})).json() == {"marked": 0}
    # Each schedule moved on to its next week: nothing due any more.
    for pid in pids:
        s = (await client.get(f"/checkins/people/{pid}/schedule")).json()
        assert datetime.fromisoformat(s["next_due_at"]) > datetime.now(UTC)


async def test_an_expired_lease_is_leased_again_unless_sent(client: httpx.AsyncClient,
                                                            app: object) -> None:
    from api.checkins import dispatch

    pids = [await new_worker(client, 20 + n) for n in range(2)]
    for pid in pids:
        await opt_in(client, pid)
    await make_due(app)
    async with app.state.sessionmaker() as session:  # type: ignore[attr-defined]
        first = await dispatch.lease(session=session, limit=10, lease_seconds=30)
        await dispatch.mark_sent(session=session, ids=[first[0].id])
        later = datetime.now(UTC) + timedelta(seconds=31)
        again = await dispatch.lease(session=session, limit=10, lease_seconds=30, now=later)
    assert [i.id for i in again] == [first[1].id]  # only the unsent one


async def test_answer_is_stored_as_structured_data_and_idempotent(
        client: httpx.AsyncClient,
        volunteer_headers: dict[str, str]) -> None:
    pid = await new_worker(client, 30)
    body = answer(pid, "kurang_baik", "k-30-1", answers=[WAGES_UNPAID, SOMEONE])
    first = await client.post("/checkins/answers", json=body)
    second = await client.post("/checkins/answers", json=body)
    assert first.status_code == second.status_code == 201
    assert first.json()["id"] == second.json()["id"]
    pic = (await client.get(f"/checkins/people/{pid}/picture", headers=volunteer_headers)).json()
    assert len(pic["checkins"]) == 1
    point = pic["checkins"][0]
    assert point["status"] == "kurang_baik" and point["risk_areas"] == ["economic"]
    assert point["risk_flags"] == ["wages_on_time"]
    assert point["protective"] == ["someone_to_talk"]
    assert pic["watch_reasons"] == ["wages_unpaid"]
    assert pic["cases_count"] == 0


async def test_two_kurang_baik_in_a_row_put_a_worker_on_the_watch_list(
        client: httpx.AsyncClient,
        volunteer_headers: dict[str, str]) -> None:
    pid, other = await new_worker(client, 40), await new_worker(client, 41)
    await client.post("/checkins/answers", json=answer(other, "baik", "k-41-1"))
    await client.post("/checkins/answers", json=answer(pid, "kurang_baik", "k-40-1"))
    assert (await client.get("/checkins/watchlist", headers=volunteer_headers)).json() == []
    await client.post("/checkins/answers", json=answer(pid, "kurang_baik", "k-40-2"))
    watch = (await client.get("/checkins/watchlist", headers=volunteer_headers)).json()
    assert [(w["person_id"], w["reasons"]) for w in watch] == [
        (pid, ["two_kurang_baik_in_a_row"])]
    await client.post("/checkins/answers", json=answer(pid, "baik", "k-40-3"))
    assert (await client.get("/checkins/watchlist", headers=volunteer_headers)).json() == []  # better again


async def test_butuh_bantuan_is_on_the_watch_list(client: httpx.AsyncClient,
        volunteer_headers: dict[str, str]) -> None:
    pid = await new_worker(client, 42)
    await client.post("/checkins/answers", json=answer(pid, "butuh_bantuan", "k-42-1"))
    watch = (await client.get("/checkins/watchlist", headers=volunteer_headers)).json()
    assert watch[0]["reasons"] == ["asked_for_help"]


async def test_volunteer_routes_need_a_volunteer_and_are_audited(
        client: httpx.AsyncClient, app: object, volunteer_headers: dict[str, str]) -> None:
    from sqlalchemy import text

    pid = await new_worker(client, 60)
    for url in ("/checkins/watchlist", f"/checkins/people/{pid}/picture"):
        r = await client.get(url, headers={"Authorization": "Bearer nope"})
        assert r.status_code == 401
        assert (await client.get(url)).status_code == 401  # the bot's service token is not enough
        assert (await client.get(url, headers=volunteer_headers)).status_code == 200
    async with app.state.engine.connect() as conn:  # type: ignore[attr-defined]
        actions = (await conn.execute(text("SELECT action FROM audit_log ORDER BY id"))).all()
    assert [a[0] for a in actions] == ["checkins.watchlist", f"checkins.picture:{pid}"]
    r = await client.post("/checkins/lease", json={}, headers={"Authorization": ""})
    assert r.status_code == 401


async def test_deleting_a_person_deletes_their_check_ins(client: httpx.AsyncClient,
                                                         app: object) -> None:
    from sqlalchemy import text

    pid = await new_worker(client, 50)
    await opt_in(client, pid)
    await client.post("/checkins/answers", json=answer(pid, "baik", "k-50-1"))
    assert (await client.delete(f"/people/{pid}")).status_code == 204
    async with app.state.engine.connect() as conn:  # type: ignore[attr-defined]
        for table in ("checkin", "checkin_schedule", "checkin_send"):
            assert (await conn.execute(text(f"SELECT count(*) FROM {table}"))).scalar() == 0
