"""End to end: the real python-telegram-bot Application, pointed by TELEGRAM_API_BASE_URL at
our fake Bot API server on loopback, reaching the real API in-process, on the real database."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any

import pytest
from sqlalchemy import text

from kawan.settings import Settings
from kawan.telegram_app import build_application, running
from kawan.wiring import build_bot_parts
from tests.botapi.server import FakeBotAPI

TOKEN = "123456:E2E-TEST-TOKEN"


@pytest.fixture
async def botapi() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI(token=TOKEN) as api:
        yield api


@pytest.fixture
def bot_settings(settings: Settings, botapi: FakeBotAPI) -> Settings:
    return settings.model_copy(update={"telegram_bot_token": TOKEN,
                                       "telegram_api_base_url": botapi.base_url,
                                       "telegram_api_base_file_url": botapi.base_file_url})


BotRunner = Callable[[], AbstractAsyncContextManager[Any]]


@pytest.fixture
def bot_process(bot_settings: Settings, app: Any) -> BotRunner:
    """Start a bot process (PTB Application + its parts); can be started again after a stop,
    like a restart."""

    @asynccontextmanager
    async def start() -> AsyncIterator[Any]:
        parts = build_bot_parts(bot_settings, api_app=app)
        application = build_application(bot_settings, parts)
        try:
            async with running(application, poll_timeout=1):
                yield application
        finally:
            await parts.aclose()

    return start


@pytest.fixture
async def bot(bot_process: BotRunner) -> AsyncIterator[Any]:
    async with bot_process() as application:
        yield application


async def press(api: FakeBotAPI, chat_id: int, data: str, user_id: int | None = None) -> None:
    """Press the inline button with this callback data on the bot's newest message carrying it."""
    for message in reversed(api.messages(chat_id)):
        for row in (message.get("reply_markup") or {}).get("inline_keyboard", []):
            if any(b.get("callback_data") == data for b in row):
                api.push_callback(chat_id, message["message_id"], data, user_id=user_id)
                return
    raise AssertionError(f"no button {data!r} in chat {chat_id}:\n{api.describe_sent()}")


async def rows(app: Any, sql: str, **params: Any) -> list[Any]:
    async with app.state.engine.connect() as conn:
        return list((await conn.execute(text(sql), params)).all())


@pytest.fixture(autouse=True)
def cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2 at its production cost takes ~0.3 s a hash; end-to-end tests need a few."""
    from pwdlib import PasswordHash
    from pwdlib.hashers.argon2 import Argon2Hasher

    monkeypatch.setattr("api.volunteers.security._hasher",
                        PasswordHash((Argon2Hasher(time_cost=1, memory_cost=1024),)))
