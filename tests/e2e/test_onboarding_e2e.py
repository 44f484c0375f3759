"""A person onboards over Telegram, as on a phone; replies and database rows are checked."""

from __future__ import annotations

from typing import Any

from tests.botapi.server import FakeBotAPI
from tests.e2e.conftest import BotRunner, press, rows

CHAT = 7001


async def onboard_worker(api: FakeBotAPI, chat: int = CHAT) -> None:
    api.push_command(chat, "/start", user_id=chat)
    await api.wait_for_message(chat, contains="Pilih bahasa")
    await press(api, chat, "ob:lang:id")
    await api.wait_for_message(chat, contains="Kamu siapa")
    await press(api, chat, "ob:role:worker_abroad")
    await api.wait_for_message(chat, contains="Setuju?")
    await press(api, chat, "ob:consent:yes")
    await api.wait_for_message(chat, contains="negara mana")
    await press(api, chat, "ob:country:TW")
    await api.wait_for_message(chat, contains="sudah terdaftar")
    await api.wait_for_message(chat, contains="seminggu sekali")  # the weekly check-in offer
    await press(api, chat, "jd:offer:no")
    await api.wait_for_message(chat, contains="Menu utama")


async def test_onboarding_over_telegram_creates_the_person(
        botapi: FakeBotAPI, bot: Any, app: Any) -> None:
    await onboard_worker(botapi)
    menu = await botapi.wait_for_message(CHAT, contains="Menu utama")
    labels = [b["text"] for row in menu["reply_markup"]["inline_keyboard"] for b in row]
    assert labels[0].startswith("🆘")
    people = await rows(app, "SELECT role, language, country, timezone, consent_version "
                             "FROM person")
    assert [tuple(p) for p in people] == [("worker_abroad", "id", "TW", "Asia/Taipei", "2026-11")]
    assert len(await rows(app, "SELECT id FROM channel_identity")) == 1
    # A pressed button's keyboard is taken away, so it cannot be pressed twice.
    first = botapi.messages(CHAT)[0]
    assert "reply_markup" not in first or not first["reply_markup"].get("inline_keyboard")


async def test_commands_are_registered_per_language(botapi: FakeBotAPI, bot: Any) -> None:
    await botapi.wait_for(lambda: botapi.commands("en"), what="English commands")
    english = {c["command"]: c["description"] for c in botapi.commands("en")}
    indonesian = {c["command"]: c["description"] for c in botapi.commands("id")}
    assert english["hapus"] == "Delete my data"
    assert indonesian["hapus"] == "Hapus data saya"
    assert botapi.commands("") == botapi.commands("id")


async def test_unexpected_input_gets_a_kind_answer(botapi: FakeBotAPI, bot: Any) -> None:
    botapi.push_command(CHAT, "/start", user_id=CHAT)
    await botapi.wait_for_message(CHAT, contains="Pilih bahasa")
    botapi.push_sticker(CHAT, user_id=CHAT)
    await botapi.wait_for_message(CHAT, contains="belum bisa membaca")
    botapi.push_text(CHAT, "a" * 10_000, user_id=CHAT)
    await botapi.wait_for_message(CHAT, contains="pilih salah satu tombol")
    botapi.push_command(CHAT, "/entahapa", user_id=CHAT)
    await botapi.wait_for_message(CHAT, contains="tidak saya kenal")
    # A forged callback (no such button) is answered, never crashes the bot.
    first = botapi.messages(CHAT)[0]["message_id"]
    botapi.push_callback(CHAT, first, "ob:lang:xx'; DROP TABLE person;--", user_id=CHAT,
                         check_button=False)
    await botapi.wait_for_message(CHAT, contains="tidak berlaku")
    # After all that, the conversation goes on where it was.
    await press(botapi, CHAT, "ob:lang:en")
    await botapi.wait_for_message(CHAT, contains="Who are you")


async def test_state_survives_a_restart_of_the_bot(
        botapi: FakeBotAPI, bot_process: BotRunner, app: Any) -> None:
    async with bot_process():
        botapi.push_command(CHAT, "/start", user_id=CHAT)
        await botapi.wait_for_message(CHAT, contains="Pilih bahasa")
        await press(botapi, CHAT, "ob:lang:id")
        await botapi.wait_for_message(CHAT, contains="Kamu siapa")
    async with bot_process():  # a new process: nothing in memory
        await press(botapi, CHAT, "ob:role:family")
        await botapi.wait_for_message(CHAT, contains="Setuju?")
        await press(botapi, CHAT, "ob:consent:yes")
        await botapi.wait_for_message(CHAT, contains="sudah terdaftar")
    assert [tuple(r) for r in await rows(app, "SELECT role FROM person")] == [("family",)]


async def test_delete_my_data(botapi: FakeBotAPI, bot: Any, app: Any) -> None:
    await onboard_worker(botapi)
    botapi.push_command(CHAT, "/hapus", user_id=CHAT)
    await botapi.wait_for_message(CHAT, contains="Yakin")
    await press(botapi, CHAT, "del:confirm:yes")
    await botapi.wait_for_message(CHAT, contains="sudah dihapus")
    assert await rows(app, "SELECT id FROM person") == []
    assert await rows(app, "SELECT id FROM channel_identity") == []


async def test_declining_consent_stores_nothing(botapi: FakeBotAPI, bot: Any, app: Any) -> None:
    botapi.push_command(CHAT, "/start", user_id=CHAT)
    await botapi.wait_for_message(CHAT, contains="Pilih bahasa")
    await press(botapi, CHAT, "ob:lang:id")
    await botapi.wait_for_message(CHAT, contains="Kamu siapa")
    await press(botapi, CHAT, "ob:role:preparing")
    await botapi.wait_for_message(CHAT, contains="Setuju?")
    await press(botapi, CHAT, "ob:consent:no")
    await botapi.wait_for_message(CHAT, contains="tidak menyimpan apa pun")
    assert await rows(app, "SELECT id FROM person") == []
