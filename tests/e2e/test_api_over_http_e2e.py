"""With API_URL set, the bot reaches a separate API process over HTTP with the service token."""

from __future__ import annotations

from typing import Any

from api.main import create_app
from kawan.settings import Settings
from kawan.telegram_app import build_application, running
from kawan.wiring import build_bot_parts
from tests.botapi.server import FakeBotAPI, InLoopServer
from tests.e2e.conftest import press, rows


async def test_bot_talks_to_a_remote_api(bot_settings: Settings, botapi: FakeBotAPI,
                                         app: Any) -> None:
    server = InLoopServer(create_app(bot_settings), lifespan="on")
    await server.start()
    settings = bot_settings.model_copy(update={"api_url": server.url})
    parts = build_bot_parts(settings)  # no api_app: over HTTP only
    try:
        async with running(build_application(settings, parts), poll_timeout=1):
            botapi.push_command(7300, "/start", user_id=7300)
            await botapi.wait_for_message(7300, contains="Pilih bahasa")
            await press(botapi, 7300, "ob:lang:en")
            await botapi.wait_for_message(7300, contains="Who are you")
            await press(botapi, 7300, "ob:role:family")
            await botapi.wait_for_message(7300, contains="Do you agree")
            await press(botapi, 7300, "ob:consent:yes")
            await botapi.wait_for_message(7300, contains="You are registered")
    finally:
        await parts.aclose()
        await server.stop()
    assert [tuple(r) for r in await rows(app, "SELECT role, language FROM person")] == [
        ("family", "en")]
