"""Messages both ways between the reporter and the volunteer who took the case."""

from __future__ import annotations

from typing import Any

import httpx

from api.notify.fake import FakeNotifier
from tests.api.support import GROUP_CHAT, REPORTER_CHAT, Member, deliver, open_case, rows


async def _claimed_case(client: httpx.AsyncClient, volunteer: Member) -> dict[str, Any]:
    case = await open_case(client)
    r = await client.post(f"/cases/{case['id']}/claim-by-telegram",
                          json={"telegram_user_id": volunteer.telegram_id})
    assert r.status_code == 200
    return case


async def test_relay_both_ways(app: Any, client: httpx.AsyncClient, group: int,
                               volunteer: Member, notifier: FakeNotifier) -> None:
    case = await _claimed_case(client, volunteer)
    url = f"/cases/{case['id']}/messages"
    out = await client.post(url, json={"idempotency_key": "vol-msg-0001",
                                       "direction": "to_reporter",
                                       "text": "Kamu aman sekarang?", "telegram_user_id": 5001})
    assert out.status_code == 201 and out.json()["relayed"] is True
    back = await client.post(url, json={"idempotency_key": "rep-msg-0001",
                                        "direction": "from_reporter",
                                        "text": "Saya di kamar mandi, pintu dikunci"})
    assert back.status_code == 201 and back.json()["relayed"] is True
    await deliver(app, notifier)
    (to_reporter,) = notifier.to(REPORTER_CHAT)
    assert to_reporter.text == "Relawan KAWAN: Kamu aman sekarang?"
    assert "Dewi" not in to_reporter.text
    to_volunteer = notifier.to(5001)[-1]
    assert "Saya di kamar mandi, pintu dikunci" in to_volunteer.text
    assert case["reference"] in to_volunteer.text
    assert all("kamar mandi" not in s.text for s in notifier.to(GROUP_CHAT))
    events = await rows(app, "SELECT type, data FROM case_event WHERE type LIKE 'message%'")
    assert [e.type for e in events] == ["message_to_reporter", "message_from_reporter"]
    assert all("kamar" not in e.data and "aman" not in e.data for e in events)


async def test_a_retried_message_is_relayed_once(app: Any, client: httpx.AsyncClient,
                                                 volunteer: Member,
                                                 notifier: FakeNotifier) -> None:
    case = await _claimed_case(client, volunteer)
    body = {"idempotency_key": "vol-msg-0002", "direction": "to_reporter", "text": "Halo",
            "telegram_user_id": 5001}
    first = await client.post(f"/cases/{case['id']}/messages", json=body)
    second = await client.post(f"/cases/{case['id']}/messages", json=body)
    assert (first.status_code, second.status_code) == (201, 200)
    assert first.json()["id"] == second.json()["id"]
    await deliver(app, notifier)
    assert len(notifier.to(REPORTER_CHAT)) == 1


async def test_only_the_claiming_volunteer_writes_to_the_reporter(
        client: httpx.AsyncClient, volunteer: Member, make_volunteer: Any) -> None:
    other = await make_volunteer("Budi", "volunteer", 5002)
    unclaimed = await open_case(client)
    body = {"idempotency_key": "vol-msg-0003", "direction": "to_reporter", "text": "Halo",
            "telegram_user_id": 5001}
    r = await client.post(f"/cases/{unclaimed['id']}/messages", json=body)
    assert r.status_code == 409
    case = await _claimed_case(client, volunteer)
    url = f"/cases/{case['id']}/messages"
    assert (await client.post(url, json={**body, "telegram_user_id": 5002})).status_code == 403
    assert (await client.post(url, json={**body, "telegram_user_id": 1})).status_code == 403
    no_sender = {k: v for k, v in body.items() if k != "telegram_user_id"}
    assert (await client.post(url, json=no_sender)).status_code == 403
    # With their own bearer token: the assignee may, another volunteer may not.
    r = await client.post(url, json={**no_sender, "idempotency_key": "vol-msg-0004"},
                          headers=volunteer.headers)
    assert r.status_code == 201, r.text
    r = await client.post(url, json={**no_sender, "idempotency_key": "vol-msg-0005"},
                          headers=other.headers)
    assert r.status_code == 403
    r = await client.post(url, json={"idempotency_key": "vol-msg-0006",
                                     "direction": "from_reporter", "text": "x"},
                          headers=volunteer.headers)
    assert r.status_code == 403  # a volunteer cannot speak for the reporter
    r = await client.post(url, json={**no_sender, "direction": "sideways"})
    assert r.status_code == 422


async def test_a_text_detail_after_the_claim_reaches_the_volunteer(
        app: Any, client: httpx.AsyncClient, volunteer: Member, notifier: FakeNotifier) -> None:
    case = await open_case(client)
    await client.post(f"/cases/{case['id']}/details", json={
        "idempotency_key": "text-before-01", "kind": "text", "data": {"text": "sebelum"}})
    await client.post(f"/cases/{case['id']}/claim-by-telegram", json={"telegram_user_id": 5001})
    await client.post(f"/cases/{case['id']}/details", json={
        "idempotency_key": "text-after-001", "kind": "text", "data": {"text": "sesudah"}})
    await deliver(app, notifier)
    details, relayed = notifier.to(5001)
    assert "sebelum" in details.text and "sesudah" not in details.text
    assert "sesudah" in relayed.text


async def test_from_reporter_before_a_claim_is_kept_not_relayed(
        app: Any, client: httpx.AsyncClient, notifier: FakeNotifier) -> None:
    case = await open_case(client)
    r = await client.post(f"/cases/{case['id']}/messages", json={
        "idempotency_key": "rep-msg-0009", "direction": "from_reporter", "text": "halo?"})
    assert r.status_code == 201 and r.json()["relayed"] is False
    (event,) = await rows(app, "SELECT type FROM case_event WHERE type = 'message_from_reporter'")
    assert event.type == "message_from_reporter"


async def test_active_case_by_telegram(client: httpx.AsyncClient, volunteer: Member,
                                       coordinator: Member) -> None:
    mine = await _claimed_case(client, volunteer)
    other = await open_case(client)
    url = "/volunteers/active-case-by-telegram"
    r = await client.post(url, json={"telegram_user_id": 5001, "case_id": mine["id"]})
    assert r.status_code == 200
    assert r.json() == {"active_case_id": mine["id"], "reference": mine["reference"]}
    r = await client.post(url, json={"telegram_user_id": 5001, "case_id": other["id"]})
    assert r.status_code == 403
    r = await client.post(url, json={"telegram_user_id": 9001, "case_id": other["id"]})
    assert r.status_code == 200  # coordinators may follow any case
    r = await client.post(url, json={"telegram_user_id": 1, "case_id": mine["id"]})
    assert r.status_code == 403
    r = await client.post(url, json={"telegram_user_id": 5001, "case_id": 999999})
    assert r.status_code == 404


async def test_ids_may_arrive_as_strings(client: httpx.AsyncClient, volunteer: Member) -> None:
    """The bot sends Telegram ids as strings; numeric strings are accepted as ids."""
    case = await open_case(client)
    r = await client.post(f"/cases/{case['id']}/claim-by-telegram",
                          json={"telegram_user_id": "5001", "group_chat_id": "-1001234567890"})
    assert r.status_code == 200
    r = await client.post("/volunteers/lookup-telegram", json={"telegram_user_id": "5001"})
    assert r.status_code == 200 and r.json()["name"] == "Dewi"
    r = await client.post(f"/cases/{case['id']}/details-by-telegram",
                          json={"telegram_user_id": "not-a-number"})
    assert r.status_code == 422
