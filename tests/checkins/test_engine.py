"""The check-in flows through the engine: effects reach the API (in-process), state persists."""

from __future__ import annotations

from typing import Any

import httpx

from bot.backend import Backend
from bot.effects import ChatRef
from bot.engine import Engine
from bot.flows.core import Context, Event, EventKind
from bot.outbox import BotOutbox
from bot.store import StateStore
from tests.conftest import SERVICE_TOKEN


def _engine(app: Any, ctx: Context) -> Engine:
    backend = Backend.in_process(app, SERVICE_TOKEN)
    return Engine(store=StateStore(app.state.sessionmaker), backend=backend,
                  outbox=BotOutbox(app.state.sessionmaker, backend), ctx=ctx)


def press(data: str) -> Event:
    return Event(EventKind.BUTTON, text=data)


async def test_opt_in_answer_and_pause_through_the_engine(client: httpx.AsyncClient,
                                                          app: Any, ctx: Context,
        volunteer_headers: dict[str, str]) -> None:
    engine = _engine(app, ctx)
    chat = ChatRef("telegram", "5550001", "5550001")
    for step in ("/start", "ob:lang:id", "ob:role:worker_abroad", "ob:consent:yes",
                 "ob:country:HK"):
        await engine.handle(chat, Event.from_text(step) if step.startswith("/") else press(step))
    for step in ("jd:offer:yes", "jd:day:0", "jd:win:19-22", "jd:hour:20"):
        await engine.handle(chat, press(step))
    person = (await client.post("/people/lookup", json={"channel": "telegram",
                                                        "external_id": "5550001"})).json()
    schedule = (await client.get(f"/checkins/people/{person['id']}/schedule")).json()
    assert (schedule["day_of_week"], schedule["hour"], schedule["timezone"]) == (
        0, 20, "Asia/Hong_Kong")

    for step in ("ci:s:0:k", "ci:a:0:no", "ci:a:1:yes", "ci:a:2:no"):
        await engine.handle(chat, press(step))
    picture = (await client.get(f"/checkins/people/{person['id']}/picture", headers=volunteer_headers)).json()
    assert [c["status"] for c in picture["checkins"]] == ["kurang_baik"]

    await engine.handle(chat, Event.from_text("/jadwal"))
    await engine.handle(chat, press("jd:m:pause"))
    schedule = (await client.get(f"/checkins/people/{person['id']}/schedule")).json()
    assert schedule["paused"]
    await engine.backend.aclose()
