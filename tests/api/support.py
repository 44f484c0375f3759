"""Helpers shared by the cases tests (fixtures are in conftest.py)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import httpx
from sqlalchemy import text

from api.core.timeutil import utcnow
from api.notify.fake import FakeNotifier
from api.notify.worker import deliver_due

GROUP_CHAT = -1001234567890
REPORTER_CHAT = 777000111
PASSWORD = "correct-horse-battery"
_keys = itertools.count(1)


@dataclass
class Member:
    id: int
    name: str
    role: str
    telegram_id: int | None
    headers: dict[str, str]


def sos_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "idempotency_key": f"sos-{next(_keys):06d}-abcdef",
        "kind": "sos", "severity": "critical",
        "reporter": {"channel": "telegram", "external_id": str(REPORTER_CHAT),
                     "chat_id": REPORTER_CHAT},
        "country": "HK", "categories": [], "legal_basis": "vital_interest",
        "source": "telegram", "language": "id",
    }
    body.update(overrides)
    return body


async def open_case(client: httpx.AsyncClient, **overrides: Any) -> dict[str, Any]:
    r = await client.post("/cases", json=sos_body(**overrides))
    assert r.status_code == 201, r.text
    return dict(r.json())


async def deliver(app: Any, notifier: FakeNotifier, now: datetime | None = None,
                  **kwargs: Any) -> int:
    return await deliver_due(sessionmaker=app.state.sessionmaker, notifier=notifier,
                             now=now or utcnow(), texts=app.state.texts, **kwargs)


async def rows(app: Any, sql: str, **params: Any) -> list[Any]:
    async with app.state.engine.connect() as conn:
        return list((await conn.execute(text(sql), params)).all())


def is_postgres(app: Any) -> bool:
    return bool(app.state.engine.dialect.name == "postgresql")
