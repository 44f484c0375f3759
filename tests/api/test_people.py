"""People over HTTP, on a real database."""

from __future__ import annotations

import httpx
from sqlalchemy import text

IDENTITY = {"channel": "telegram", "external_id": "555000111"}


def person_body(**overrides: object) -> dict[str, object]:
    body: dict[str, object] = {
        "identity": IDENTITY, "role": "worker_abroad", "language": "id",
        "country": "HK", "timezone": "Asia/Hong_Kong", "consent_version": "2026-11",
    }
    body.update(overrides)
    return body


async def test_healthz_checks_the_database(client: httpx.AsyncClient) -> None:
    r = await client.get("/healthz")
    assert r.status_code == 200
    assert r.json() == {"status": "ok", "database": "ok"}


async def test_register_then_find_by_identity(client: httpx.AsyncClient, app: object) -> None:
    r = await client.post("/people", json=person_body())
    assert r.status_code == 201, r.text
    person = r.json()
    assert person["role"] == "worker_abroad" and person["country"] == "HK"
    assert person["consented_at"] is not None
    found = await client.post("/people/lookup", json=IDENTITY)
    assert found.status_code == 200 and found.json()["id"] == person["id"]
    # The Telegram id is not stored in clear: only a keyed hash and a ciphertext.
    async with app.state.engine.connect() as conn:  # type: ignore[attr-defined]
        row = (await conn.execute(text(
            "SELECT external_id, external_id_hash FROM channel_identity"))).one()
    assert "555000111" not in row.external_id and "555000111" not in row.external_id_hash


async def test_registration_is_idempotent(client: httpx.AsyncClient) -> None:
    first = (await client.post("/people", json=person_body())).json()
    second = (await client.post("/people", json=person_body(country="TW",
                                                            timezone="Asia/Taipei"))).json()
    assert first["id"] == second["id"]
    assert second["country"] == "TW"


async def test_update_and_delete(client: httpx.AsyncClient, app: object) -> None:
    person = (await client.post("/people", json=person_body())).json()
    r = await client.patch(f"/people/{person['id']}", json={"language": "en"})
    assert r.status_code == 200 and r.json()["language"] == "en"
    assert (await client.delete(f"/people/{person['id']}")).status_code == 204
    assert (await client.post("/people/lookup", json=IDENTITY)).status_code == 404
    async with app.state.engine.connect() as conn:  # type: ignore[attr-defined]
        count = (await conn.execute(text("SELECT count(*) FROM channel_identity"))).scalar()
    assert count == 0


async def test_service_token_required(client: httpx.AsyncClient) -> None:
    r = await client.post("/people", json=person_body(), headers={"Authorization": "Bearer nope"})
    assert r.status_code == 401
    r = await client.post("/people", json=person_body(), headers={"Authorization": ""})
    assert r.status_code == 401


async def test_malformed_requests_get_clear_answers(client: httpx.AsyncClient) -> None:
    r = await client.post("/people", content=b"{not json", headers={
        "Content-Type": "application/json"})
    assert r.status_code == 422
    r = await client.post("/people", json=person_body(timezone="Mars/Olympus"))
    assert r.status_code == 422 and "time zone" in r.text
    r = await client.post("/people", json=person_body(role="king"))
    assert r.status_code == 422
    r = await client.post("/people/lookup", json={"channel": "telegram", "external_id": "x" * 500})
    assert r.status_code == 422
    assert (await client.get("/people/999999")).status_code == 404
