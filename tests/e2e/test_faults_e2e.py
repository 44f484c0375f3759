"""Faults injected on purpose: the API down during an SOS, and the Bot API answering 429,
500 or too slowly. A cry for help is delayed at worst, never dropped, never doubled."""

from __future__ import annotations

import asyncio
from typing import Any

from api.main import create_app
from kawan.settings import Settings
from kawan.telegram_app import build_application, running
from kawan.wiring import build_bot_parts
from tests.botapi.server import FakeBotAPI, InLoopServer, free_port
from tests.e2e.conftest import rows

WORKER = 7401


async def test_sos_while_the_api_is_down_is_delivered_once_when_it_returns(
        bot_settings: Settings, botapi: FakeBotAPI, app: Any) -> None:
    port = free_port()
    settings = bot_settings.model_copy(update={"api_url": f"http://127.0.0.1:{port}"})
    parts = build_bot_parts(settings)
    try:
        async with running(build_application(settings, parts), poll_timeout=1):
            botapi.push_text(WORKER, "tolong saya dipukul majikan", user_id=WORKER)
            # Hotlines at once, from content, with no API at all.
            hotlines = await botapi.wait_for_message(WORKER, contains="0800-1000")
            assert "polisi" in hotlines["text"]
            await botapi.wait_for_message(WORKER, contains="tersimpan aman")
            pending = await rows(app, "SELECT kind, delivered_at FROM bot_outbox")
            assert [(r.kind, r.delivered_at) for r in pending] == [("open_case", None)]
            botapi.push_text(WORKER, "dia ambil hp saya juga", user_id=WORKER)
            await botapi.wait_for_message(WORKER, contains="tambahkan ke laporan")
            assert await rows(app, "SELECT id FROM cases") == []

            api_server = InLoopServer(create_app(settings), port=port, lifespan="on")
            await api_server.start()
            try:
                await eventually(_all_delivered(app), seconds=30)
            finally:
                await api_server.stop()
    finally:
        await parts.aclose()
    cases = await rows(app, "SELECT id, kind, severity, legal_basis FROM cases")
    assert [(c.kind, c.severity, c.legal_basis) for c in cases] == [
        ("distress", "critical", "vital_interest")]
    words = await rows(app, "SELECT type FROM case_event WHERE case_id = :id ORDER BY id",
                       id=cases[0].id)
    assert "message_from_reporter" in [w.type for w in words]  # the second message, too


async def eventually(check: Any, seconds: float) -> None:
    """Poll a database condition (the fake Bot API cannot see the database change)."""
    for _ in range(int(seconds / 0.1)):
        if await check():
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"not true after {seconds}s")


def _all_delivered(app: Any) -> Any:
    async def check() -> bool:
        left = await rows(app, "SELECT id FROM bot_outbox WHERE delivered_at IS NULL")
        return not left
    return check


async def test_bot_api_errors_and_429_do_not_swallow_the_hotlines(
        botapi: FakeBotAPI, bot: Any, app: Any) -> None:
    botapi.fail_next("sendMessage", 500, times=2)
    botapi.push_command(WORKER, "/sos", user_id=WORKER)
    await botapi.wait_for_message(WORKER, contains="0800-1000", timeout=20)
    botapi.fail_next("sendMessage", 429, retry_after=1, times=2)
    botapi.push_command(WORKER + 1, "/sos", user_id=WORKER + 1)
    await botapi.wait_for_message(WORKER + 1, contains="0800-1000", timeout=20)
    assert botapi.stats.rate_limited >= 2 or any(
        e == ("sendMessage", 429) for e in botapi.stats.errors)


async def test_a_slow_bot_api_still_gets_the_reply_out(
        bot_settings: Settings, botapi: FakeBotAPI, app: Any) -> None:
    settings = bot_settings.model_copy(update={"telegram_timeout": 1.0})
    parts = build_bot_parts(settings, api_app=app)
    try:
        async with running(build_application(settings, parts), poll_timeout=1):
            botapi.delay_next("sendMessage", 2.5)  # longer than the client waits
            botapi.push_command(WORKER, "/sos", user_id=WORKER)
            await botapi.wait_for_message(WORKER, contains="0800-1000", timeout=20)
            await botapi.wait_for_message(WORKER, contains="pilih apa yang terjadi", timeout=20)
    finally:
        await parts.aclose()
    # The case was opened exactly once, however often the reply was retried.
    assert len(await rows(app, "SELECT id FROM cases")) == 1
