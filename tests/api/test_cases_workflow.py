"""The status machine, claiming (from the API and from Telegram), audit, notes, referrals,
and the follow-up 24 hours after a case is resolved."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import httpx
import pytest

from api.core.timeutil import utcnow
from api.notify.fake import FakeNotifier
from tests.api.support import (
    GROUP_CHAT,
    REPORTER_CHAT,
    Member,
    deliver,
    is_postgres,
    open_case,
    rows,
)


async def _to(client: httpx.AsyncClient, case_id: int, status: str,
              who: Member) -> httpx.Response:
    return await client.post(f"/cases/{case_id}/transition", json={"to": status},
                             headers=who.headers)


async def test_the_whole_way_and_refused_steps(client: httpx.AsyncClient, volunteer: Member,
                                               app: Any) -> None:
    case = await open_case(client)
    cid = case["id"]
    assert (await _to(client, cid, "in_progress", volunteer)).status_code == 403  # not yours
    assert (await client.post(f"/cases/{cid}/claim", headers=volunteer.headers)).json()[
        "status"] == "claimed"
    refused = await _to(client, cid, "closed", volunteer)
    assert refused.status_code == 409
    assert refused.json() == {"detail": "a case cannot go from claimed to closed",
                              "status": "claimed"}
    for status in ("in_progress", "referred", "resolved", "closed"):
        r = await _to(client, cid, status, volunteer)
        assert r.status_code == 200 and r.json()["status"] == status, r.text
    assert (await _to(client, cid, "referred", volunteer)).status_code == 409
    reopened = await _to(client, cid, "in_progress", volunteer)
    assert reopened.status_code == 200 and reopened.json()["resolved_at"] is None
    statuses = await rows(app, "SELECT status FROM cases")
    assert statuses[0].status == "in_progress"
    n = (await rows(app, "SELECT count(*) AS n FROM case_event WHERE type = 'status'"))[0].n
    assert n == 5  # in_progress, referred, resolved, closed, reopened


async def test_a_duplicate_is_resolved_by_a_coordinator(client: httpx.AsyncClient,
                                                        volunteer: Member,
                                                        coordinator: Member) -> None:
    case = await open_case(client)
    assert (await _to(client, case["id"], "resolved", volunteer)).status_code == 403
    r = await _to(client, case["id"], "resolved", coordinator)
    assert r.status_code == 200 and r.json()["status"] == "resolved"
    r = await client.post(f"/cases/{case['id']}/transition", json={"to": "lost"},
                          headers=coordinator.headers)
    assert r.status_code == 422


async def test_claim_edits_the_card_and_sends_details_privately(
        app: Any, client: httpx.AsyncClient, group: int, volunteer: Member,
        notifier: FakeNotifier) -> None:
    case = await open_case(client, summary="saya dikunci di dapur")
    await deliver(app, notifier)
    r = await client.post(f"/cases/{case['id']}/claim-by-telegram",
                          json={"telegram_user_id": 5001, "group_chat_id": GROUP_CHAT})
    assert r.status_code == 200
    assert r.json() == {"claimed": True, "reference": case["reference"], "by": "Dewi"}
    await deliver(app, notifier)
    card, edit = notifier.to(GROUP_CHAT)
    assert edit.edited and edit.message_id == card.message_id
    assert "Dewi" in edit.text and case["reference"] in edit.text
    assert edit.buttons == [[("📄 Lihat detail", f"case:details:{case['id']}")]]
    (private,) = notifier.to(5001)
    assert "saya dikunci di dapur" in private.text and case["reference"] in private.text
    assert "dikunci" not in card.text + edit.text
    (audit,) = await rows(app, "SELECT action, volunteer_id, case_id FROM audit_log")
    assert (audit.action, audit.volunteer_id, audit.case_id) == (
        "case.details_sent", volunteer.id, case["id"])
    lookup = await client.post("/volunteers/lookup-telegram", json={"telegram_user_id": 5001})
    assert lookup.json()["active_case_id"] == case["id"]


async def test_claim_by_telegram_refuses_strangers_and_second_claimers(
        client: httpx.AsyncClient, volunteer: Member, make_volunteer: Any) -> None:
    await make_volunteer("Budi", "volunteer", 5002)
    case = await open_case(client)
    url = f"/cases/{case['id']}/claim-by-telegram"
    stranger = await client.post(url, json={"telegram_user_id": 123})
    assert stranger.status_code == 403
    assert (await client.post(url, json={"telegram_user_id": 5001})).status_code == 200
    again = await client.post(url, json={"telegram_user_id": 5001})  # a retry: same answer
    assert again.status_code == 200
    second = await client.post(url, json={"telegram_user_id": 5002})
    assert second.status_code == 409
    assert second.json() == {"detail": "the case is already taken", "claimed_by": "Dewi"}
    assert (await client.post("/cases/99999/claim-by-telegram",
                              json={"telegram_user_id": 5001})).status_code == 404


async def test_concurrent_claims_have_one_winner(app: Any, client: httpx.AsyncClient,
                                                 make_volunteer: Any) -> None:
    if not is_postgres(app):
        pytest.skip("concurrent writers: PostgreSQL")
    for i in range(5):
        await make_volunteer(f"Relawan {i}", "volunteer", 7000 + i)
    case = await open_case(client)
    answers = await asyncio.gather(*(
        client.post(f"/cases/{case['id']}/claim-by-telegram",
                    json={"telegram_user_id": 7000 + i})
        for i in range(5)))
    assert sorted(a.status_code for a in answers) == [200, 409, 409, 409, 409]
    winner = next(a for a in answers if a.status_code == 200).json()["by"]
    assert {a.json()["claimed_by"] for a in answers if a.status_code == 409} == {winner}
    n = (await rows(app, "SELECT count(*) AS n FROM case_event WHERE type = 'claimed'"))[0].n
    assert n == 1


async def test_details_by_telegram_are_private_and_audited(
        app: Any, client: httpx.AsyncClient, volunteer: Member, notifier: FakeNotifier) -> None:
    case = await open_case(client, summary="tolong saya")
    url = f"/cases/{case['id']}/details-by-telegram"
    assert (await client.post(url, json={"telegram_user_id": 1})).status_code == 403
    r = await client.post(url, json={"telegram_user_id": 5001})
    assert r.status_code == 200 and r.json() == {"sent": True}
    await client.post(url, json={"telegram_user_id": 5001})
    await deliver(app, notifier)
    assert len(notifier.to(5001)) == 2 and "tolong saya" in notifier.to(5001)[0].text
    audits = await rows(app, "SELECT action FROM audit_log WHERE case_id = :c", c=case["id"])
    assert [a.action for a in audits] == ["case.details_sent"] * 2


async def test_every_read_is_audited(app: Any, client: httpx.AsyncClient, volunteer: Member,
                                     coordinator: Member) -> None:
    case = await open_case(client, summary="gaji belum dibayar 5 bulan")
    for _ in range(3):
        r = await client.get(f"/cases/{case['id']}", headers=volunteer.headers)
        assert r.status_code == 200
    full = r.json()
    assert full["summary"] == "gaji belum dibayar 5 bulan"
    assert full["events"][0]["type"] == "created"
    assert "reporter" not in str(full.keys())
    await client.get(f"/cases/{case['id']}", headers=coordinator.headers)
    listed = await client.get("/cases", headers=volunteer.headers)  # a list is not a read
    assert listed.status_code == 200 and "gaji" not in listed.text
    audit = await client.get("/audit", params={"case_id": case["id"]},
                             headers=coordinator.headers)
    entries = audit.json()
    assert [(e["action"], e["volunteer_id"]) for e in entries] == (
        [("case.read", coordinator.id)] + [("case.read", volunteer.id)] * 3)
    other = await client.get("/audit", params={"case_id": 424242}, headers=coordinator.headers)
    assert other.json() == []
    assert (await client.get("/cases/424242", headers=volunteer.headers)).status_code == 404


async def test_list_filters(client: httpx.AsyncClient, volunteer: Member) -> None:
    sos = await open_case(client)
    question = await open_case(client, kind="question", severity="low", country="TW")
    await client.post(f"/cases/{question['id']}/claim", headers=volunteer.headers)

    async def ids(**params: Any) -> list[int]:
        r = await client.get("/cases", params=params, headers=volunteer.headers)
        assert r.status_code == 200, r.text
        return [c["id"] for c in r.json()]

    assert await ids() == [sos["id"], question["id"]]  # most urgent first
    assert await ids(status="new") == [sos["id"]]
    assert await ids(severity="low") == [question["id"]]
    assert await ids(kind="sos") == [sos["id"]]
    assert await ids(country="tw") == [question["id"]]
    assert await ids(assigned_to_me="true") == [question["id"]]
    bad = await client.get("/cases", params={"status": "sleeping"}, headers=volunteer.headers)
    assert bad.status_code == 422


async def test_notes_and_referrals(app: Any, client: httpx.AsyncClient,
                                   volunteer: Member) -> None:
    case = await open_case(client)
    cid = case["id"]
    r = await client.post(f"/cases/{cid}/notes", json={"text": "sudah telepon KBRI"},
                          headers=volunteer.headers)
    assert r.status_code == 201 and r.json()["volunteer_id"] == volunteer.id
    r = await client.post(f"/cases/{cid}/referrals", headers=volunteer.headers, json={
        "channel": "kbri_kjri", "complaint_number": "PK-2026-0042", "follow_up_on": "2026-12-05"})
    assert r.status_code == 201 and r.json()["complaint_number"] == "PK-2026-0042"
    r = await client.post(f"/cases/{cid}/referrals", headers=volunteer.headers, json={
        "channel": "embassy", "follow_up_on": "soon"})
    assert r.status_code == 422 and "channel" in r.text and "follow_up_on" in r.text
    assert (await client.post(f"/cases/{cid}/notes", json={"text": ""},
                              headers=volunteer.headers)).status_code == 422
    full = (await client.get(f"/cases/{cid}", headers=volunteer.headers)).json()
    assert full["notes"][0]["text"] == "sudah telepon KBRI"
    assert full["referrals"][0]["channel"] == "kbri_kjri"
    (note,) = await rows(app, "SELECT text FROM case_note")
    assert "KBRI" not in note.text


async def test_follow_up_24_hours_after_resolve(app: Any, client: httpx.AsyncClient,
                                                volunteer: Member,
                                                notifier: FakeNotifier) -> None:
    case = await open_case(client)
    cid = case["id"]
    await client.post(f"/cases/{cid}/claim", headers=volunteer.headers)
    await _to(client, cid, "in_progress", volunteer)
    resolved = await _to(client, cid, "resolved", volunteer)
    resolved_at = resolved.json()["resolved_at"]
    assert resolved_at is not None
    now = utcnow()
    await deliver(app, notifier, now + timedelta(hours=23, minutes=59))
    assert notifier.to(REPORTER_CHAT) == []
    await deliver(app, notifier, now + timedelta(hours=24, seconds=1))
    (question,) = notifier.to(REPORTER_CHAT)
    assert question.buttons == [[("👍 Saya baik", f"fu:ok:{cid}"),
                                 ("🙏 Saya masih butuh bantuan", f"fu:help:{cid}")]]
    await deliver(app, notifier, now + timedelta(hours=48))
    assert len(notifier.to(REPORTER_CHAT)) == 1


async def test_reopening_cancels_the_follow_up(app: Any, client: httpx.AsyncClient,
                                               volunteer: Member, notifier: FakeNotifier) -> None:
    case = await open_case(client)
    cid = case["id"]
    await client.post(f"/cases/{cid}/claim", headers=volunteer.headers)
    for status in ("in_progress", "resolved", "in_progress"):
        assert (await _to(client, cid, status, volunteer)).status_code == 200
    await deliver(app, notifier, utcnow() + timedelta(hours=25))
    assert notifier.to(REPORTER_CHAT) == []
    assert (await _to(client, cid, "resolved", volunteer)).status_code == 200
    await deliver(app, notifier, utcnow() + timedelta(hours=25))
    assert len(notifier.to(REPORTER_CHAT)) == 1


async def _resolved(client: httpx.AsyncClient, volunteer: Member) -> dict[str, Any]:
    case = await open_case(client)
    await client.post(f"/cases/{case['id']}/claim", headers=volunteer.headers)
    for status in ("in_progress", "resolved"):
        assert (await _to(client, case["id"], status, volunteer)).status_code == 200
    return case


async def test_follow_up_fine_closes_the_case(app: Any, client: httpx.AsyncClient,
                                              volunteer: Member) -> None:
    case = await _resolved(client, volunteer)
    url = f"/cases/{case['id']}/follow-up"
    r = await client.post(url, json={"idempotency_key": "fu-ok-000001", "answer": "ok"})
    assert r.status_code == 200 and r.json()["status"] == "closed"
    again = await client.post(url, json={"idempotency_key": "fu-ok-000001", "answer": "ok"})
    assert again.json()["status"] == "closed"
    answers = await rows(app, "SELECT count(*) AS n FROM case_event "
                              "WHERE type = 'follow_up_answer'")
    assert answers[0].n == 1
    bad = await client.post(url, json={"idempotency_key": "fu-xx-000001", "answer": "maybe"})
    assert bad.status_code == 422


async def test_follow_up_help_reopens_and_tells_the_volunteer(
        app: Any, client: httpx.AsyncClient, volunteer: Member, notifier: FakeNotifier) -> None:
    case = await _resolved(client, volunteer)
    r = await client.post(f"/cases/{case['id']}/follow-up",
                          json={"idempotency_key": "fu-help-0001", "answer": "help"})
    assert r.status_code == 200
    assert r.json()["status"] == "in_progress" and r.json()["volunteer_assigned"] is True
    await deliver(app, notifier, utcnow() + timedelta(hours=30))
    assert notifier.to(REPORTER_CHAT) == []  # the pending follow-up was cancelled
    alert = notifier.to(5001)[-1]
    assert case["reference"] in alert.text and "masih butuh bantuan" in alert.text
    (status,) = await rows(app, "SELECT actor FROM case_event WHERE type = 'status' "
                                "AND actor = 'reporter'")
    assert status.actor == "reporter"
