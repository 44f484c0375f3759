"""Opening a case: idempotent by key, encrypted at rest, a card with no name and no words."""

from __future__ import annotations

import asyncio
import re
from typing import Any

import httpx
import pytest

from api.notify.fake import FakeNotifier
from tests.api.support import (
    GROUP_CHAT,
    REPORTER_CHAT,
    deliver,
    is_postgres,
    open_case,
    rows,
    sos_body,
)

SECRET_WORDS = "majikan pukul saya, nama saya Siti Aminah"


async def test_create_gives_a_reference_and_posts_a_card(
        app: Any, client: httpx.AsyncClient, group: int, notifier: FakeNotifier) -> None:
    r = await client.post("/cases", json=sos_body(categories=["violence"],
                                                  summary=SECRET_WORDS))
    assert r.status_code == 201, r.text
    case = r.json()
    assert set(case) == {"id", "reference", "status", "severity", "kind", "created_at"}
    assert re.fullmatch(r"KWN-\d{4}-\d{6}", case["reference"])
    assert case["status"] == "new" and case["severity"] == "critical"
    (row,) = await rows(app, "SELECT priority, risk_areas, categories FROM cases")
    assert row.priority == 1
    assert await deliver(app, notifier) == 1
    (card,) = notifier.to(GROUP_CHAT)
    assert case["reference"] in card.text and "KRITIS" in card.text and "Hong Kong" in card.text
    assert "kekerasan" in card.text
    assert card.buttons == [[("🙋 Ambil kasus", f"case:claim:{case['id']}"),
                             ("📄 Lihat detail", f"case:details:{case['id']}")]]


async def test_the_card_carries_no_name_and_no_words(
        app: Any, client: httpx.AsyncClient, group: int, notifier: FakeNotifier) -> None:
    case = await open_case(client, kind="family_report", severity="high",
                           summary=SECRET_WORDS, legal_basis="consent")
    r = await client.post(f"/cases/{case['id']}/details", json={
        "idempotency_key": "fam-info-0001", "kind": "family_info",
        "data": {"worker_name": "Siti Aminah", "country": "Arab Saudi",
                 "last_contact": "tiga minggu lalu", "what_happened": "HP disita majikan"}})
    assert r.status_code == 201, r.text
    await client.post(f"/cases/{case['id']}/details", json={
        "idempotency_key": "fam-cat-00001", "kind": "category",
        "data": {"category": "contact_lost"}})
    await deliver(app, notifier)
    group_texts = [s.text for s in notifier.to(GROUP_CHAT)]
    assert group_texts, "the card was posted (and edited with the new category)"
    for text in group_texts:
        for word in ("Siti", "Aminah", "majikan", "pukul", "HP disita", "tiga minggu"):
            assert word not in text
    assert "hilang kontak" in group_texts[-1] and "laporan keluarga" in group_texts[-1]


async def test_the_same_key_gives_the_same_case(app: Any, client: httpx.AsyncClient,
                                                group: int) -> None:
    body = sos_body()
    first = await client.post("/cases", json=body)
    second = await client.post("/cases", json=body)
    assert first.status_code == 201 and second.status_code == 200
    assert first.json() == second.json()
    assert (await rows(app, "SELECT count(*) AS n FROM cases"))[0].n == 1
    assert (await rows(app, "SELECT count(*) AS n FROM outbox"))[0].n == 1


async def test_a_concurrent_double_post_makes_one_case(app: Any, client: httpx.AsyncClient,
                                                       group: int) -> None:
    if not is_postgres(app):
        pytest.skip("concurrent writers: PostgreSQL")
    body = sos_body()
    answers = await asyncio.gather(*(client.post("/cases", json=body) for _ in range(8)))
    assert sorted(a.status_code for a in answers) == [200] * 7 + [201]
    assert len({a.json()["id"] for a in answers}) == 1
    assert (await rows(app, "SELECT count(*) AS n FROM cases"))[0].n == 1
    assert (await rows(app, "SELECT count(*) AS n FROM outbox"))[0].n == 1


async def test_sensitive_fields_are_encrypted_at_rest(app: Any, client: httpx.AsyncClient,
                                                      group: int) -> None:
    case = await open_case(client, summary=SECRET_WORDS)
    await client.post(f"/cases/{case['id']}/details", json={
        "idempotency_key": "text-000000001", "kind": "text",
        "data": {"text": "saya dikurung di kamar"}})
    await client.post(f"/cases/{case['id']}/details", json={
        "idempotency_key": "loc-0000000001", "kind": "location",
        "data": {"latitude": 22.2839, "longitude": 114.1583}})
    values = []
    for table in ("cases", "case_event", "outbox"):
        values += [str(v) for row in await rows(app, f"SELECT * FROM {table}") for v in row]
    dump = " ".join(values)
    for clear in ("Siti", "majikan", "dikurung", "22.2839", str(REPORTER_CHAT),
                  str(GROUP_CHAT)):
        assert clear not in dump, clear


async def test_the_reporter_is_linked_to_a_registered_person(app: Any,
                                                             client: httpx.AsyncClient) -> None:
    unregistered = await open_case(client)
    r = await client.post("/people", json={
        "identity": {"channel": "telegram", "external_id": str(REPORTER_CHAT)},
        "role": "worker_abroad", "language": "id", "country": "HK"})
    person_id = r.json()["id"]
    registered = await open_case(client)
    sql = "SELECT person_id FROM cases WHERE id = :i"
    (a,) = await rows(app, sql, i=unregistered["id"])
    (b,) = await rows(app, sql, i=registered["id"])
    assert a.person_id is None and b.person_id == person_id
    # Erasing the person keeps the case (a volunteer may still be helping), unlinked.
    assert (await client.delete(f"/people/{person_id}")).status_code == 204
    (b,) = await rows(app, sql, i=registered["id"])
    assert b.person_id is None


async def test_details_are_appended_once(app: Any, client: httpx.AsyncClient, group: int,
                                         notifier: FakeNotifier) -> None:
    case = await open_case(client)
    await deliver(app, notifier)
    body = {"idempotency_key": "cat-000000001", "kind": "category",
            "data": {"categories": ["locked_in", "no_food"]}}
    first = await client.post(f"/cases/{case['id']}/details", json=body)
    second = await client.post(f"/cases/{case['id']}/details", json=body)
    assert first.status_code == 201 and second.status_code == 200
    assert first.json()["id"] == second.json()["id"] and first.json()["type"] == "detail"
    (row,) = await rows(app, "SELECT categories, risk_areas FROM cases")
    assert "locked_in" in str(row.categories) and "working_abroad" in str(row.risk_areas)
    await deliver(app, notifier)
    edited = [s for s in notifier.to(GROUP_CHAT) if s.edited]
    assert len(edited) == 1 and "dikurung" in edited[0].text
    assert (await rows(app, "SELECT count(*) AS n FROM case_event WHERE type = 'detail'"))[0].n == 1


async def test_reporter_view_shows_status_only(client: httpx.AsyncClient, volunteer: Any,
                                               group: int) -> None:
    case = await open_case(client, kind="family_report", severity="high",
                           legal_basis="consent", summary=SECRET_WORDS)
    r = await client.get(f"/cases/{case['id']}/reporter-view")
    assert r.status_code == 200
    assert r.json() == {**case, "volunteer_assigned": False}
    await client.post(f"/cases/{case['id']}/claim", headers=volunteer.headers)
    view = (await client.get(f"/cases/{case['id']}/reporter-view")).json()
    assert view["status"] == "claimed" and view["volunteer_assigned"] is True
    assert "Dewi" not in str(view) and "Siti" not in str(view)


async def test_open_cases_of_a_reporter(client: httpx.AsyncClient, volunteer: Any) -> None:
    older = await open_case(client)
    newer = await open_case(client, kind="question", severity="low")
    await open_case(client, reporter={"channel": "telegram", "external_id": "999",
                                      "chat_id": 999})
    identity = {"channel": "telegram", "external_id": str(REPORTER_CHAT)}
    by_get = (await client.get("/cases/open-for-reporter", params=identity)).json()
    by_post = (await client.post("/cases/reporter-open", json=identity)).json()
    assert [c["id"] for c in by_get] == [newer["id"], older["id"]] == [c["id"] for c in by_post]
    await client.post(f"/cases/{newer['id']}/transition", json={"to": "resolved"},
                      headers=volunteer.headers)  # refused: not the assignee, not coordinator
    assert len((await client.post("/cases/reporter-open", json=identity)).json()) == 2


async def test_malformed_requests_get_422_with_clear_detail(client: httpx.AsyncClient) -> None:
    r = await client.post("/cases", content=b"{oops", headers={"Content-Type": "application/json"})
    assert r.status_code == 422
    r = await client.post("/cases", json=sos_body(kind="party"))
    assert r.status_code == 422 and "kind" in r.text
    r = await client.post("/cases", json=sos_body(idempotency_key="x"))
    assert r.status_code == 422 and "idempotency_key" in r.text
    r = await client.post("/cases", json=sos_body(country="Hong Kong"))
    assert r.status_code == 422
    r = await client.post("/cases", json=sos_body(categories="violence"))
    assert r.status_code == 422
    r = await client.post("/cases", json={k: v for k, v in sos_body().items() if k != "reporter"})
    assert r.status_code == 422 and "reporter" in r.text
    case = await open_case(client)
    r = await client.post(f"/cases/{case['id']}/details", json={
        "idempotency_key": "loc-bad-00001", "kind": "location", "data": {"latitude": 200}})
    assert r.status_code == 422
    assert "data for kind 'location'" in r.text and "longitude" in r.text
    r = await client.post(f"/cases/{case['id']}/details", json={
        "idempotency_key": "cat-bad-00001", "kind": "category", "data": {}})
    assert r.status_code == 422 and "category" in r.text
    r = await client.post("/cases/999999/details", json={
        "idempotency_key": "text-00000001", "kind": "text", "data": {"text": "hi"}})
    assert r.status_code == 404
    r = await client.post("/cases", json=sos_body(), headers={"Authorization": "Bearer nope"})
    assert r.status_code == 401


async def test_an_unknown_category_never_loses_a_report(app: Any,
                                                        client: httpx.AsyncClient) -> None:
    """The bot treats a 4xx as final: a label we do not know must not cost a report."""
    case = await open_case(client, categories=["violence", "debt_bondage"])
    r = await client.post(f"/cases/{case['id']}/details", json={
        "idempotency_key": "cat-unknown-01", "kind": "category", "data": {"category": "scam"}})
    assert r.status_code == 201
    (row,) = await rows(app, "SELECT categories FROM cases")
    assert "violence" in str(row.categories) and "other" in str(row.categories)
    assert "debt" not in str(row.categories) and "scam" not in str(row.categories)
