"""The Telegram notifier over HTTP, against the fake Bot API server on loopback."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import httpx
import pytest

from api.core.timeutil import utcnow
from api.notify.notifier import PermanentError, RetryLater, TransientError
from api.notify.telegram import TelegramNotifier
from tests.api.support import GROUP_CHAT, REPORTER_CHAT, Member, deliver, open_case, rows
from tests.botapi.server import FakeBotAPI

TOKEN = "123456:TEST-TOKEN"


@pytest.fixture
async def botapi() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI(token=TOKEN) as api:
        yield api


@pytest.fixture
async def telegram(botapi: FakeBotAPI) -> AsyncIterator[TelegramNotifier]:
    notifier = TelegramNotifier(token=TOKEN, base_url=botapi.base_url, rate_per_second=100,
                                timeout=2.0, private_gap=0.05, group_gap=0.05)
    yield notifier
    await notifier.aclose()


async def test_send_and_edit_with_buttons(botapi: FakeBotAPI,
                                          telegram: TelegramNotifier) -> None:
    buttons = [[("Ambil", "case:claim:1"), ("Detail", "case:details:1")]]
    message_id = await telegram.send_message(str(GROUP_CHAT), "kartu", buttons)
    (sent,) = botapi.messages(GROUP_CHAT)
    assert sent["message_id"] == message_id and sent["text"] == "kartu"
    assert sent["reply_markup"]["inline_keyboard"][0][0] == {
        "text": "Ambil", "callback_data": "case:claim:1"}
    await telegram.edit_message(str(GROUP_CHAT), message_id, "kartu (diambil)",
                                [[("Detail", "case:details:1")]])
    (edited,) = botapi.messages(GROUP_CHAT)
    assert edited["text"] == "kartu (diambil)"
    assert len(edited["reply_markup"]["inline_keyboard"][0]) == 1


async def test_errors_become_what_the_worker_needs(botapi: FakeBotAPI,
                                                   telegram: TelegramNotifier) -> None:
    botapi.fail_next("sendMessage", status=429, retry_after=13)
    with pytest.raises(RetryLater) as limited:
        await telegram.send_message("4242", "halo", None)
    assert limited.value.retry_after == 13
    botapi.fail_next("sendMessage", status=500)
    with pytest.raises(TransientError):
        await telegram.send_message("4242", "halo", None)
    botapi.block(4242)
    with pytest.raises(PermanentError):
        await telegram.send_message("4242", "halo", None)
    assert botapi.messages(4242) == []


async def test_a_timeout_is_transient(botapi: FakeBotAPI) -> None:
    notifier = TelegramNotifier(token=TOKEN, base_url=botapi.base_url, timeout=0.2)
    botapi.delay_next("sendMessage", 1.0)
    try:
        with pytest.raises(TransientError):
            await notifier.send_message("4243", "halo", None)
    finally:
        await notifier.aclose()


async def test_one_chat_gets_at_most_one_message_a_second() -> None:
    """Timed where requests leave (a recording transport), so a loaded machine cannot blur
    it: one chat's messages at least a second apart, other chats not held up by it."""
    loop = asyncio.get_running_loop()
    sent: list[tuple[float, int]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        chat = json.loads(request.content)["chat_id"]
        sent.append((loop.time(), chat))
        return httpx.Response(200, json={"ok": True, "result": {"message_id": len(sent)}})

    client = httpx.AsyncClient(transport=httpx.MockTransport(answer))
    telegram = TelegramNotifier(token=TOKEN, client=client)
    try:
        await asyncio.gather(*(telegram.send_message("4244", f"pesan {i}", None)
                               for i in range(3)),
                             *(telegram.send_message(str(4300 + i), "halo", None)
                               for i in range(20)))
    finally:
        await telegram.aclose()
    one_chat = [t for t, chat in sent if chat == 4244]
    assert len(one_chat) == 3
    assert all(b - a >= 1.0 for a, b in zip(one_chat, one_chat[1:], strict=False))
    others = [t for t, chat in sent if chat != 4244]
    # Other chats are not queued behind the slow one (an order, not a wall-clock bound).
    assert len(others) == 20 and sum(t < one_chat[1] for t in others) >= 10


async def test_sos_to_group_card_through_the_real_http_path(
        app: Any, client: httpx.AsyncClient, group: int, volunteer: Member,
        botapi: FakeBotAPI) -> None:
    telegram = TelegramNotifier(token=TOKEN, base_url=botapi.base_url, private_gap=0.05,
                                group_gap=0.05)
    try:
        await _sos_to_group_card(app, client, botapi, telegram)
    finally:
        await telegram.aclose()


async def _sos_to_group_card(app: Any, client: httpx.AsyncClient, botapi: FakeBotAPI,
                             telegram: TelegramNotifier) -> None:
    case = await open_case(client, categories=["passport_held"])
    now = utcnow()
    botapi.fail_next("sendMessage", status=429, retry_after=2)
    assert await deliver(app, telegram, now) == 0
    assert botapi.messages(GROUP_CHAT) == []
    assert await deliver(app, telegram, now + timedelta(seconds=2)) == 1
    (card,) = botapi.messages(GROUP_CHAT)
    assert case["reference"] in card["text"] and "paspor ditahan" in card["text"]
    await client.post(f"/cases/{case['id']}/claim-by-telegram", json={"telegram_user_id": 5001})
    await client.post(f"/cases/{case['id']}/messages", json={
        "idempotency_key": "msg-http-0001", "direction": "to_reporter", "text": "Halo Kak",
        "telegram_user_id": 5001})
    botapi.fail_next("editMessageText", status=502)  # the card edit fails once, is retried
    later = utcnow()
    await deliver(app, telegram, later)
    (not_yet,) = botapi.messages(GROUP_CHAT)
    assert "Dewi" not in not_yet["text"]
    await deliver(app, telegram, later + timedelta(minutes=5))
    (edited,) = botapi.messages(GROUP_CHAT)
    assert "Dewi" in edited["text"]
    assert [m["text"] for m in botapi.messages(REPORTER_CHAT)] == ["Relawan KAWAN: Halo Kak"]
    assert len(botapi.messages(5001)) == 1
    pending = await rows(app, "SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL")
    assert pending[0].n == 0
