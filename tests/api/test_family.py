"""Family links over HTTP, on a real database."""

from __future__ import annotations

from datetime import timedelta

import httpx
from sqlalchemy import text

from api.core.timeutil import utcnow
from api.family import service


async def register(client: httpx.AsyncClient, external_id: str, role: str) -> int:
    r = await client.post("/people", json={
        "identity": {"channel": "telegram", "external_id": external_id}, "role": role,
        "language": "id", "consent_version": "2026-11"})
    assert r.status_code == 201
    return int(r.json()["id"])


async def pair(client: httpx.AsyncClient) -> tuple[int, int]:
    return (await register(client, "800001", "worker_abroad"),
            await register(client, "800002", "family"))


async def test_invite_join_list_and_what_the_db_holds(client: httpx.AsyncClient,
                                                      app: object) -> None:
    worker, family = await pair(client)
    r = await client.post("/family/invites", json={
        "worker_person_id": worker, "permissions": ["checkin_summaries"]})
    assert r.status_code == 201
    invite = r.json()
    code = invite["code"]
    assert len(code) == 8 and invite["permissions"] == ["checkin_summaries"]
    async with app.state.engine.connect() as conn:  # type: ignore[attr-defined]
        stored = (await conn.execute(text("SELECT code_hash, expires_at, created_at "
                                          "FROM family_invite"))).one()
    assert code not in stored[0] and code.lower() not in stored[0]  # only a keyed hash
    joined = await client.post("/family/join", json={"code": f"{code[:4]}-{code[4:].lower()}",
                                                     "family_person_id": family})
    assert joined.status_code == 201, joined.text
    links = (await client.get("/family/links", params={"worker_person_id": worker})).json()
    assert [(x["family_person_id"], x["permissions"]) for x in links] == [
        (family, ["checkin_summaries"])]
    assert (await client.get("/family/links", params={"person_id": family})).json() == links
    assert (await client.get("/family/links", params={
        "worker_person_id": worker, "permission": "remittance_confirmations"})).json() == []


async def test_codes_work_once(client: httpx.AsyncClient) -> None:
    worker, family = await pair(client)
    code = (await client.post("/family/invites", json={"worker_person_id": worker})).json()["code"]
    assert (await client.post("/family/join", json={"code": code, "family_person_id": family})
            ).status_code == 201
    other = await register(client, "800003", "family")
    again = await client.post("/family/join", json={"code": code, "family_person_id": other})
    assert again.status_code == 400 and again.json()["detail"] == "invalid or expired code"


async def test_codes_expire_after_48_hours(client: httpx.AsyncClient, app: object) -> None:
    worker, family = await pair(client)
    async with app.state.sessionmaker() as session:  # type: ignore[attr-defined]
        new = await service.create_invite(session=session, worker_person_id=worker,
                                          permissions=[], now=utcnow() - timedelta(hours=49))
    r = await client.post("/family/join", json={"code": new.code, "family_person_id": family})
    assert r.status_code == 400


async def test_unknown_code_and_self_link_are_refused_the_same_way(
        client: httpx.AsyncClient) -> None:
    worker, _ = await pair(client)
    r = await client.post("/family/join", json={"code": "ZZZZ2222", "family_person_id": worker})
    assert r.status_code == 400
    code = (await client.post("/family/invites", json={"worker_person_id": worker})).json()["code"]
    r = await client.post("/family/join", json={"code": code, "family_person_id": worker})
    assert r.status_code == 400


def test_codes_are_random_and_mix_letters_and_digits() -> None:
    codes = {service.new_code() for _ in range(500)}
    assert len(codes) == 500
    assert all(any(c.isdigit() for c in code) and not code.isdigit() for code in codes)
    assert all(set(code) <= set(service.ALPHABET) for code in codes)


async def test_either_side_can_unlink_and_no_one_else(client: httpx.AsyncClient,
                                                      app: object) -> None:
    worker, family = await pair(client)
    stranger = await register(client, "800009", "family")
    for unlinking in (worker, family):
        code = (await client.post("/family/invites",
                                  json={"worker_person_id": worker})).json()["code"]
        link = (await client.post("/family/join",
                                  json={"code": code, "family_person_id": family})).json()
        assert (await client.delete(f"/family/links/{link['id']}",
                                    params={"person_id": stranger})).status_code == 404
        assert (await client.delete(f"/family/links/{link['id']}",
                                    params={"person_id": unlinking})).status_code == 204
        async with app.state.engine.connect() as conn:  # type: ignore[attr-defined]
            assert (await conn.execute(text("SELECT count(*) FROM family_link"))).scalar() == 0


async def test_bad_requests(client: httpx.AsyncClient) -> None:
    worker, _ = await pair(client)
    assert (await client.post("/family/invites", json={
        "worker_person_id": worker, "permissions": ["read_everything"]})).status_code == 422
    assert (await client.post("/family/invites", json={"worker_person_id": 999999})
            ).status_code == 404
    assert (await client.get("/family/links")).status_code == 422


async def test_deleting_either_person_removes_their_links_and_invites(
        client: httpx.AsyncClient, app: object) -> None:
    worker, family = await pair(client)
    code = (await client.post("/family/invites", json={"worker_person_id": worker})).json()["code"]
    await client.post("/family/join", json={"code": code, "family_person_id": family})
    await client.post("/family/invites", json={"worker_person_id": worker})  # an unused one
    assert (await client.delete(f"/people/{family}")).status_code == 204
    async with app.state.engine.connect() as conn:  # type: ignore[attr-defined]
        assert (await conn.execute(text("SELECT count(*) FROM family_link"))).scalar() == 0
    assert (await client.delete(f"/people/{worker}")).status_code == 204
    async with app.state.engine.connect() as conn:  # type: ignore[attr-defined]
        assert (await conn.execute(text("SELECT count(*) FROM family_invite"))).scalar() == 0
