"""Fixtures of the check-in tests: a volunteer's bearer token for the volunteer routes."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from api.volunteers import service as volunteers
from api.volunteers.enums import VolunteerRole

PASSWORD = "kata-sandi-relawan-yang-panjang"


@pytest.fixture(autouse=True)
def cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    from pwdlib import PasswordHash
    from pwdlib.hashers.argon2 import Argon2Hasher

    monkeypatch.setattr("api.volunteers.security._hasher",
                        PasswordHash((Argon2Hasher(time_cost=1, memory_cost=1024),)))


@pytest.fixture
async def volunteer_headers(app: Any, client: httpx.AsyncClient) -> dict[str, str]:
    async with app.state.sessionmaker() as session:
        await volunteers.create_volunteer(session=session, name="Dewi",
                                          role=VolunteerRole.VOLUNTEER, password=PASSWORD)
    r = await client.post("/auth/token", data={"username": "Dewi", "password": PASSWORD})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}
