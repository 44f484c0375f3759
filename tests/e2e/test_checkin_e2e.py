"""A check-in over Telegram: the bot's dispatch job sends the due question, the worker presses
a button, the answer is stored; the same question is never sent twice."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from kawan.settings import Settings
from kawan.telegram_app import build_application, running
from kawan.wiring import build_bot_parts
from tests.botapi.server import FakeBotAPI
from tests.checkins.helpers import make_due
from tests.e2e.conftest import press
from tests.e2e.test_onboarding_e2e import onboard_worker

CHAT = 7301


@pytest.fixture
async def fast_bot(bot_settings: Settings, app: Any) -> AsyncIterator[Any]:
    """The bot process, looking for due check-ins every second."""
    settings = bot_settings.model_copy(update={"checkin_dispatch_every_seconds": 1.0})
    parts = build_bot_parts(settings, api_app=app)
    application = build_application(settings, parts)
    try:
        async with running(application, poll_timeout=1):
            yield application
    finally:
        await parts.aclose()


async def test_a_due_check_in_is_sent_once_and_answered(
        botapi: FakeBotAPI, fast_bot: Any, app: Any, client: httpx.AsyncClient) -> None:
    botapi.enforce_limits(global_per_sec=30, per_chat_per_sec=1)
    await onboard_worker(botapi, CHAT)  # declines the weekly offer: set up through the API
    person = (await client.post("/people/lookup", json={"channel": "telegram",
                                                        "external_id": str(CHAT)})).json()
    r = await client.put(f"/checkins/people/{person['id']}/schedule", json={
        "chat_id": str(CHAT), "day_of_week": 0, "hour": 12, "window_start": 0,
        "window_end": 24})
    assert r.status_code == 200
    await make_due(app, [person["id"]])

    question = await botapi.wait_for_message(CHAT, contains="Apa kabar minggu ini", timeout=20)
    buttons = [b["callback_data"] for row in question["reply_markup"]["inline_keyboard"]
               for b in row]
    assert buttons[0].startswith("ci:s:") and buttons[0].endswith(":b")
    await press(botapi, CHAT, buttons[0])
    await botapi.wait_for_message(CHAT, contains="Terima kasih sudah kabari")
    async with app.state.engine.connect() as conn:
        rows = (await conn.execute(text("SELECT state, status FROM checkin"))).all()
    assert [tuple(r) for r in rows] == [("answered", "baik")]
    await asyncio.sleep(2.5)  # a few more dispatch rounds: would it come again?
    asked = [m for m in botapi.messages(CHAT) if "Apa kabar minggu ini" in (m.get("text") or "")]
    assert len(asked) == 1
