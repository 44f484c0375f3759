"""Shared helpers of the check-in tests."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import update

from api.checkins.models import CheckinSchedule
from api.core.timeutil import utcnow


async def new_worker(client: httpx.AsyncClient, n: int, *, tz: str = "Asia/Hong_Kong",
                     role: str = "worker_abroad") -> int:
    r = await client.post("/people", json={
        "identity": {"channel": "telegram", "external_id": str(700000 + n)},
        "role": role, "language": "id", "country": "HK", "timezone": tz,
        "consent_version": "2026-11"})
    assert r.status_code == 201, r.text
    return int(r.json()["id"])


async def opt_in(client: httpx.AsyncClient, person_id: int, **schedule: Any) -> dict[str, Any]:
    body = {"chat_id": str(800000 + person_id), "day_of_week": 0, "hour": 20,
            "window_start": 0, "window_end": 24, **schedule}
    r = await client.put(f"/checkins/people/{person_id}/schedule", json=body)
    assert r.status_code == 200, r.text
    return dict(r.json())


async def make_due(app: Any, person_ids: list[int] | None = None,
                   at: datetime | None = None) -> None:
    """Pretend the schedule came due a minute ago (the window is the whole day in tests)."""
    stmt = update(CheckinSchedule).values(next_due_at=at or utcnow() - timedelta(minutes=1))
    if person_ids is not None:
        stmt = stmt.where(CheckinSchedule.person_id.in_(person_ids))  # type: ignore[attr-defined]
    async with app.state.engine.begin() as conn:
        await conn.execute(stmt)


def answer(person_id: int, status: str, key: str, *, checkin_id: int | None = None,
           answers: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"idempotency_key": key, "person_id": person_id, "status": status,
            "checkin_id": checkin_id, "answers": answers or []}
