"""Fixtures for the cases tests: volunteers with tokens, a linked group, a fake notifier,
and helpers to deliver the outbox and read raw rows."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest

from api.core.timeutil import utcnow
from api.notify.fake import FakeNotifier
from api.volunteers import service as volunteers
from api.volunteers.enums import VolunteerRole
from tests.api.support import GROUP_CHAT, PASSWORD, Member


@pytest.fixture(autouse=True)
def cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2 with its production cost takes ~0.3 s a hash; tests need many."""
    from pwdlib import PasswordHash
    from pwdlib.hashers.argon2 import Argon2Hasher

    monkeypatch.setattr("api.volunteers.security._hasher",
                        PasswordHash((Argon2Hasher(time_cost=1, memory_cost=1024),)))


@pytest.fixture
def notifier() -> FakeNotifier:
    return FakeNotifier()


@pytest.fixture
def sessionmaker(app: Any) -> Any:
    return app.state.sessionmaker


@pytest.fixture
def texts(app: Any) -> Any:
    return app.state.texts


@pytest.fixture
def make_volunteer(app: Any, client: httpx.AsyncClient) -> Callable[..., Awaitable[Member]]:
    async def make(name: str, role: str = "volunteer", telegram_id: int | None = None) -> Member:
        async with app.state.sessionmaker() as session:
            v = await volunteers.create_volunteer(
                session=session, name=name, role=VolunteerRole(role), password=PASSWORD,
                telegram_user_id=telegram_id)
        r = await client.post("/auth/token", data={"username": name, "password": PASSWORD})
        assert r.status_code == 200, r.text
        return Member(v.id or 0, name, role, telegram_id,
                      {"Authorization": f"Bearer {r.json()['access_token']}"})
    return make


@pytest.fixture
async def volunteer(make_volunteer: Callable[..., Awaitable[Member]]) -> Member:
    return await make_volunteer("Dewi", "volunteer", 5001)


@pytest.fixture
async def coordinator(make_volunteer: Callable[..., Awaitable[Member]]) -> Member:
    return await make_volunteer("Pak Rahmat", "coordinator", 9001)


@pytest.fixture
async def group(app: Any, client: httpx.AsyncClient) -> int:
    async with app.state.sessionmaker() as session:
        code = await volunteers.create_link_code(session=session, now=utcnow())
    r = await client.post("/volunteer-groups/link",
                          json={"code": code, "chat_id": GROUP_CHAT, "title": "Relawan"})
    assert r.status_code == 200 and r.json() == {"linked": True}
    return GROUP_CHAT
