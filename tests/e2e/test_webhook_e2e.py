"""Webhook mode: updates arrive by HTTPS POST with Telegram's secret-token header; requests
without it are refused."""

from __future__ import annotations

import socket
from typing import Any

import httpx

from kawan.serve import bot_running
from kawan.settings import Settings
from tests.botapi.server import FakeBotAPI
from tests.e2e.conftest import rows


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_webhook_mode_checks_the_secret(bot_settings: Settings, botapi: FakeBotAPI,
                                              app: Any) -> None:
    port = free_port()
    settings = bot_settings.model_copy(update={
        "webhook_url": f"http://127.0.0.1:{port}", "webhook_secret": "s3cret-TOKEN_value",
        "webhook_listen": "127.0.0.1", "webhook_port": port})
    async with bot_running(settings):
        await botapi.wait_for(lambda: botapi.webhook, what="setWebhook")
        assert botapi.webhook["url"] == f"http://127.0.0.1:{port}/telegram"
        assert botapi.webhook["secret_token"] == "s3cret-TOKEN_value"
        botapi.push_command(9100, "/start", user_id=9100)
        await botapi.wait_for_message(9100, contains="Pilih bahasa")
        async with httpx.AsyncClient() as client:
            forged = {"update_id": 1, "message": {"message_id": 1, "date": 0, "text": "/start",
                      "chat": {"id": 9200, "type": "private"},
                      "from": {"id": 9200, "is_bot": False, "first_name": "X"}}}
            r = await client.post(f"http://127.0.0.1:{port}/telegram", json=forged)
            assert r.status_code == 403
            r = await client.post(f"http://127.0.0.1:{port}/telegram", json=forged,
                                  headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"})
            assert r.status_code == 403
    assert botapi.messages(9200) == []  # the forged update was never answered
    assert await rows(app, "SELECT id FROM person") == []


def test_webhook_without_secret_is_refused(bot_settings: Settings) -> None:
    import asyncio

    import pytest

    settings = bot_settings.model_copy(update={"webhook_url": "https://example.org"})

    async def go() -> None:
        async with bot_running(settings):
            pass

    with pytest.raises(SystemExit, match="WEBHOOK_SECRET"):
        asyncio.new_event_loop().run_until_complete(go())
