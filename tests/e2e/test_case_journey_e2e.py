"""The whole protection path, end to end, as people would live it:
SOS ➜ case in the database ➜ card in the volunteers' group ➜ a volunteer takes it ➜ messages
both ways ➜ resolved ➜ the check 24 hours later."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import httpx
import pytest

from api.core.timeutil import utcnow
from api.notify.telegram import TelegramNotifier
from api.notify.worker import deliver_due
from api.volunteers import service as volunteers
from api.volunteers.enums import VolunteerRole
from kawan.settings import Settings
from tests.botapi.server import FakeBotAPI
from tests.e2e.conftest import TOKEN, BotRunner, press, rows
from tests.e2e.test_onboarding_e2e import onboard_worker

WORKER = 7001
GROUP = -1009876543210
DEWI = 5001  # a registered volunteer
STRANGER = 5999  # in the group, not a volunteer


@pytest.fixture
def bot_settings(settings: Settings, botapi: FakeBotAPI) -> Settings:
    # The API's own scheduler delivers its outbox to the fake Bot API, as in production.
    return settings.model_copy(update={"telegram_bot_token": TOKEN,
                                       "telegram_api_base_url": botapi.base_url,
                                       "telegram_api_base_file_url": botapi.base_file_url,
                                       "scheduler_enabled": True})


@pytest.fixture
async def live_app(bot_settings: Settings) -> Any:
    from api.main import create_app, start, stop

    application = create_app(bot_settings)
    await start(application)
    yield application
    await stop(application)


@pytest.fixture
def bot_process(bot_settings: Settings, live_app: Any, app: Any) -> BotRunner:
    from contextlib import asynccontextmanager

    from kawan.telegram_app import build_application, running
    from kawan.wiring import build_bot_parts

    @asynccontextmanager
    async def start() -> Any:
        parts = build_bot_parts(bot_settings, api_app=live_app)
        application = build_application(bot_settings, parts)
        try:
            async with running(application, poll_timeout=1):
                yield application
        finally:
            await parts.aclose()

    return start


async def volunteer_token(client: httpx.AsyncClient, name: str) -> dict[str, str]:
    r = await client.post("/auth/token", data={"username": name, "password": "kuat-sekali-123"})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


async def test_sos_to_resolution_and_follow_up(botapi: FakeBotAPI, bot: Any, live_app: Any,
                                               app: Any) -> None:
    async with live_app.state.sessionmaker() as session:
        await volunteers.create_volunteer(session=session, name="Dewi",
                                          role=VolunteerRole.VOLUNTEER,
                                          password="kuat-sekali-123", telegram_user_id=DEWI)
        code = await volunteers.create_link_code(session=session, now=utcnow())
    botapi.add_chat(GROUP, "supergroup", title="Relawan KAWAN Lontar")
    botapi.push_text(GROUP, f"/link {code}", user_id=DEWI, chat_type="supergroup")
    await botapi.wait_for_message(GROUP, contains="menerima kartu kasus")

    # The worker, registered, presses SOS: hotlines first, then the case.
    await onboard_worker(botapi)
    await press(botapi, WORKER, "m:sos")
    hotlines = await botapi.wait_for_message(WORKER, contains="Nomor darurat di Taiwan")
    assert "1955" in hotlines["text"] and "0800-1000" in hotlines["text"]
    ref_msg = await botapi.wait_for_message(WORKER, contains="Nomor laporan kamu: KWN-")
    reference = ref_msg["text"].rsplit(" ", 1)[1]
    (case,) = await rows(app, "SELECT id, severity, status, kind FROM cases")
    assert (case.severity, case.status, case.kind) == ("critical", "new", "sos")

    # The card reaches the group: reference, severity, country; no name, no words.
    card = await botapi.wait_for_message(GROUP, contains=reference)
    assert "KRITIS" in card["text"] and "Taiwan" in card["text"]
    await press(botapi, WORKER, "sos:what:passport_held")
    await botapi.wait_for_message(WORKER, contains="aman sekarang")

    # Someone in the group who is not a volunteer cannot take it.
    botapi.push_callback(GROUP, card["message_id"], f"case:claim:{case.id}", user_id=STRANGER)
    await botapi.wait_for(lambda: any("belum terdaftar" in (a.get("text") or "")
                                      for a in botapi.callback_answers.values()), what="refusal")
    # Dewi takes it: the card shows it, the details come to her privately.
    botapi.push_callback(GROUP, card["message_id"], f"case:claim:{case.id}", user_id=DEWI)
    await botapi.wait_for(lambda: "Sudah ditangani oleh Dewi" in
                          (botapi.message(GROUP, card["message_id"]) or {}).get("text", ""),
                          what="card edited")
    details = await botapi.wait_for_message(DEWI, contains=f"Detail kasus {reference}")
    assert "paspor ditahan" in details["text"]
    group_texts = " ".join(m.get("text", "") for m in botapi.messages(GROUP))
    assert "Sari" not in group_texts  # the worker's name never reaches the group

    # Worker ➜ volunteer, through the bot and the API, never directly.
    botapi.push_text(WORKER, "majikan ambil hp saya tiap malam", user_id=WORKER)
    relayed = await botapi.wait_for_message(DEWI, contains="majikan ambil hp saya")
    assert reference in relayed["text"]
    # Volunteer ➜ worker: the worker sees "Relawan KAWAN", not Dewi's account.
    botapi.push_text(DEWI, "Kami sedang menghubungi KDEI Taipei untukmu.", user_id=DEWI)
    to_worker = await botapi.wait_for_message(WORKER, contains="Relawan KAWAN: Kami sedang")
    assert "Dewi" not in to_worker["text"]
    assert "majikan ambil hp saya" not in group_texts

    # Resolved by Dewi in the API; 24 hours later the bot checks back.
    transport = httpx.ASGITransport(app=live_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://api") as client:
        headers = await volunteer_token(client, "Dewi")
        for status in ("in_progress", "resolved"):
            r = await client.post(f"/cases/{case.id}/transition", json={"to": status},
                                  headers=headers)
            assert r.status_code == 200, r.text
    later = utcnow() + timedelta(hours=24, minutes=1)
    notifier = TelegramNotifier(token=TOKEN, base_url=botapi.base_url)
    try:
        await deliver_due(sessionmaker=live_app.state.sessionmaker, notifier=notifier,
                          now=later, texts=live_app.state.texts)
    finally:
        await notifier.aclose()
    await botapi.wait_for_message(WORKER, contains="Kami ingin tahu kabarmu")
    await press(botapi, WORKER, f"fu:ok:{case.id}")
    await botapi.wait_for_message(WORKER, contains="Syukurlah")
    (final,) = await rows(app, "SELECT status FROM cases")
    for _ in range(50):  # the answer travels through the bot's outbox to the API
        (final,) = await rows(app, "SELECT status FROM cases")
        if final.status == "closed":
            break
        await asyncio.sleep(0.1)
    assert final.status == "closed"  # "I'm fine" after resolution closes the case
    audit = await rows(app, "SELECT action FROM audit_log")
    assert audit  # the private details sent to Dewi were audited
