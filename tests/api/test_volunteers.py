"""Volunteers: signing in, roles on every route, the group link code, the CLI."""

from __future__ import annotations

import io
from datetime import timedelta
from typing import Any

import httpx
import pytest

from api.core.timeutil import utcnow
from api.volunteers import service as volunteers
from api.volunteers.security import create_access_token
from kawan import cli
from tests.api.support import GROUP_CHAT, PASSWORD, Member, rows


async def test_password_flow_gives_a_bearer_token(client: httpx.AsyncClient,
                                                  volunteer: Member) -> None:
    r = await client.post("/auth/token", data={"username": "Dewi", "password": PASSWORD})
    assert r.status_code == 200
    assert r.json()["token_type"] == "bearer"
    r = await client.post("/auth/token", data={"username": "Dewi", "password": "wrong-one!!"})
    assert r.status_code == 401
    r = await client.post("/auth/token", data={"username": "Nobody", "password": PASSWORD})
    assert r.status_code == 401


async def test_no_token_or_a_bad_one_is_401(client: httpx.AsyncClient, volunteer: Member,
                                            settings: Any) -> None:
    assert (await client.get("/cases", headers={"Authorization": ""})).status_code == 401
    # The service token is for the bot, not for volunteers' routes.
    assert (await client.get("/cases")).status_code == 401
    expired = create_access_token(volunteer_id=volunteer.id, role="volunteer",
                                  secret_key=settings.secret_key,
                                  now=utcnow() - timedelta(hours=2), minutes=30)
    r = await client.get("/cases", headers={"Authorization": f"Bearer {expired}"})
    assert r.status_code == 401
    forged = create_access_token(volunteer_id=volunteer.id, role="coordinator",
                                 secret_key="not-our-secret", now=utcnow(), minutes=30)
    r = await client.get("/cases", headers={"Authorization": f"Bearer {forged}"})
    assert r.status_code == 401
    assert (await client.get("/cases", headers=volunteer.headers)).status_code == 200


async def test_a_volunteer_cannot_use_coordinator_routes(
        client: httpx.AsyncClient, volunteer: Member, coordinator: Member) -> None:
    for method, url in (("GET", "/audit"), ("GET", "/escalation-policy"),
                        ("PUT", "/escalation-policy")):
        r = await client.request(method, url, headers=volunteer.headers, json=[])
        assert r.status_code == 403, (method, url)
        r = await client.request(method, url, headers={"Authorization": ""}, json=[])
        assert r.status_code == 401, (method, url)
    assert (await client.get("/audit", headers=coordinator.headers)).status_code == 200


async def test_service_routes_refuse_volunteer_tokens(client: httpx.AsyncClient,
                                                      volunteer: Member) -> None:
    r = await client.post("/volunteers/lookup-telegram", json={"telegram_user_id": 5001},
                          headers=volunteer.headers)
    assert r.status_code == 401
    r = await client.post("/cases", json={}, headers=volunteer.headers)
    assert r.status_code in (401, 422)


async def test_an_inactive_volunteer_is_locked_out(app: Any, client: httpx.AsyncClient,
                                                   volunteer: Member) -> None:
    async with app.state.sessionmaker() as session:
        v = await volunteers.get_by_telegram(session=session, telegram_user_id=5001)
        assert v is not None
        v.active = False
        session.add(v)
        await session.commit()
    assert (await client.get("/cases", headers=volunteer.headers)).status_code == 401
    r = await client.post("/volunteers/lookup-telegram", json={"telegram_user_id": 5001})
    assert r.status_code == 404


async def test_lookup_by_telegram(client: httpx.AsyncClient, volunteer: Member) -> None:
    r = await client.post("/volunteers/lookup-telegram", json={"telegram_user_id": 5001})
    assert r.status_code == 200
    assert r.json() == {"id": volunteer.id, "name": "Dewi", "role": "volunteer",
                        "active_case_id": None}
    r = await client.post("/volunteers/lookup-telegram", json={"telegram_user_id": 5002})
    assert r.status_code == 404
    r = await client.post("/volunteers/lookup-telegram", json={"telegram_user_id": "abc"})
    assert r.status_code == 422


async def test_telegram_ids_are_encrypted_at_rest(app: Any, volunteer: Member,
                                                  group: int) -> None:
    (vol,) = await rows(app, "SELECT telegram_user_id, telegram_user_id_hash, password_hash "
                             "FROM volunteer")
    assert "5001" not in vol.telegram_user_id and "5001" not in vol.telegram_user_id_hash
    assert PASSWORD not in vol.password_hash and vol.password_hash.startswith("$argon2")
    (grp,) = await rows(app, "SELECT chat_id, chat_id_hash FROM volunteer_group")
    assert str(GROUP_CHAT) not in grp.chat_id and str(GROUP_CHAT) not in grp.chat_id_hash


async def test_a_link_code_works_once(app: Any, client: httpx.AsyncClient) -> None:
    now = utcnow()
    async with app.state.sessionmaker() as session:
        code = await volunteers.create_link_code(session=session, now=now)
    (stored,) = await rows(app, "SELECT code_hash FROM link_code")
    assert code not in stored.code_hash  # only a keyed hash is kept
    body = {"code": code.lower(), "chat_id": GROUP_CHAT, "title": "Relawan Lontar"}
    assert (await client.post("/volunteer-groups/link", json=body)).json() == {"linked": True}
    again = await client.post("/volunteer-groups/link", json=body)
    assert again.status_code == 400 and again.json() == {"detail": "invalid or expired code"}
    wrong = await client.post("/volunteer-groups/link", json={**body, "code": "ABCDEFGHJK"})
    assert wrong.status_code == 400
    short = await client.post("/volunteer-groups/link", json={**body, "code": "AB"})
    assert short.status_code == 400 and short.json() == {"detail": "invalid or expired code"}


async def test_a_link_code_expires_after_30_minutes(app: Any) -> None:
    now = utcnow()
    async with app.state.sessionmaker() as session:
        code = await volunteers.create_link_code(session=session, now=now)
        late = await volunteers.link_group(session=session, code=code, chat_id=GROUP_CHAT,
                                           title=None, now=now + timedelta(minutes=31))
        assert late is None
        in_time = await volunteers.link_group(session=session, code=code, chat_id=GROUP_CHAT,
                                              title=None, now=now + timedelta(minutes=29))
        assert in_time is not None and in_time.chat_id == str(GROUP_CHAT)


async def test_linking_a_new_group_replaces_the_old(app: Any, client: httpx.AsyncClient,
                                                    group: int) -> None:
    async with app.state.sessionmaker() as session:
        code = await volunteers.create_link_code(session=session, now=utcnow())
    r = await client.post("/volunteer-groups/link", json={"code": code, "chat_id": -100999})
    assert r.status_code == 200
    async with app.state.sessionmaker() as session:
        active = await volunteers.active_groups(session=session)
    assert [g.chat_id for g in active] == ["-100999"]


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch, settings: Any) -> None:
    monkeypatch.setattr("kawan.cli_volunteer.get_settings", lambda: settings)
    monkeypatch.setattr("kawan.cli.get_settings", lambda: settings)


def _stdin(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(value))


async def test_cli_adds_lists_and_links(app: Any, cli_env: None, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    import asyncio

    def run(*argv: str) -> int:
        return cli.main(list(argv))

    _stdin(monkeypatch, "short\n")
    assert await asyncio.to_thread(run, "volunteer", "add", "Rina") == 2
    assert "at least 10 characters" in capsys.readouterr().err
    _stdin(monkeypatch, "\n")
    assert await asyncio.to_thread(run, "volunteer", "add", "Rina") == 2
    _stdin(monkeypatch, "a-good-long-password\n")
    assert await asyncio.to_thread(run, "volunteer", "add", "Rina", "--role", "coordinator",
                                   "--telegram-id", "6006") == 0
    _stdin(monkeypatch, "a-good-long-password\n")
    assert await asyncio.to_thread(run, "volunteer", "add", "Rina") == 2
    assert "already exists" in capsys.readouterr().err
    assert await asyncio.to_thread(run, "volunteer", "list") == 0
    out = capsys.readouterr().out
    assert "Rina\tcoordinator\ttelegram\tactive" in out and "6006" not in out
    assert await asyncio.to_thread(run, "volunteer", "link-group") == 0
    out = capsys.readouterr().out
    assert "in the group, send /link " in out
    code = out.split("/link ")[1].split()[0]
    async with app.state.sessionmaker() as session:
        linked = await volunteers.link_group(session=session, code=code, chat_id=-55,
                                             title=None, now=utcnow())
        assert linked is not None
        found = await volunteers.get_by_telegram(session=session, telegram_user_id=6006)
        assert found is not None and found.role == "coordinator"


async def test_wrong_passwords_in_a_row_lock_sign_in_for_a_while(
        app: Any, client: httpx.AsyncClient, volunteer: Member, settings: Any) -> None:
    async def sign_in(password: str) -> httpx.Response:
        return await client.post("/auth/token", data={"username": "Dewi", "password": password})

    # a right password resets the count
    for _ in range(settings.login_max_failures - 1):
        assert (await sign_in("wrong-one!!")).status_code == 401
    assert (await sign_in(PASSWORD)).status_code == 200
    for _ in range(settings.login_max_failures - 1):
        assert (await sign_in("wrong-one!!")).status_code == 401
    # the last wrong one in a row locks; then even the right password is refused, with a wait
    assert (await sign_in("wrong-one!!")).status_code == 401
    r = await sign_in(PASSWORD)
    assert r.status_code == 429
    assert 0 < int(r.headers["Retry-After"]) <= settings.login_lock_minutes * 60
    (row,) = await rows(app, "SELECT failed_logins, locked_until FROM volunteer WHERE name = 'Dewi'")
    assert row[0] == 0 and row[1] is not None
    # once the lock has passed, the right password works again
    async with app.state.sessionmaker() as session:
        found = await volunteers.authenticate(
            session=session, name="Dewi", password=PASSWORD,
            now=utcnow() + timedelta(minutes=settings.login_lock_minutes, seconds=1))
    assert found is not None and found.name == "Dewi"


async def test_parallel_wrong_passwords_are_all_counted(
        app: Any, client: httpx.AsyncClient, volunteer: Member, settings: Any) -> None:
    import asyncio

    n = settings.login_max_failures
    answers = await asyncio.gather(*(client.post(
        "/auth/token", data={"username": "Dewi", "password": f"guess-{i}-wrong"}) for i in range(n)))
    assert sorted(a.status_code for a in answers) == [401] * n
    r = await client.post("/auth/token", data={"username": "Dewi", "password": PASSWORD})
    assert r.status_code == 429
