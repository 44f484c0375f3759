"""Tests of the fake Bot API server, driven by the real python-telegram-bot stack."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dtm
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    ReplyKeyboardMarkup,
    Update,
)
from telegram.error import (
    BadRequest,
    Conflict,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)
from telegram.request import HTTPXRequest

from .server import FakeBotAPI, free_port, serve_asgi

TOKEN = "123456:TEST-token_abc"
Context = ContextTypes.DEFAULT_TYPE

# PTB 22 warns whenever RetryAfter.retry_after is read as an int (it becomes a timedelta in 23).
pytestmark = pytest.mark.filterwarnings("ignore:.*retry_after.*:telegram.warnings.PTBDeprecationWarning")


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI(token=TOKEN, webhook_retry_delay=0.05) as fake:
        yield fake
    assert fake.internal_errors == []  # the fake itself never crashed


@pytest.fixture
async def bot(api: FakeBotAPI) -> AsyncIterator[Bot]:
    async with Bot(TOKEN, base_url=api.base_url, base_file_url=api.base_file_url) as real_bot:
        yield real_bot


def build_app(api: FakeBotAPI) -> Application:  # type: ignore[type-arg]
    return ApplicationBuilder().token(api.token).base_url(api.base_url).base_file_url(api.base_file_url).build()


@contextlib.asynccontextmanager
async def polling_app(api: FakeBotAPI, *handlers: BaseHandler[Any, Any, Any]) -> AsyncIterator[Application]:  # type: ignore[type-arg]
    """A real PTB Application polling the fake server, as in production."""
    app = build_app(api)
    for handler in handlers:
        app.add_handler(handler)
    async with app:  # initialize() ... shutdown()
        await app.start()
        await app.updater.start_polling(timeout=5)  # type: ignore[union-attr]
        try:
            yield app
        finally:
            await app.updater.stop()  # type: ignore[union-attr]
            await app.stop()


def retry_seconds(error: RetryAfter) -> float:
    value = error.retry_after
    return value.total_seconds() if isinstance(value, dtm.timedelta) else float(value)


LANGUAGE_KEYBOARD = InlineKeyboardMarkup(
    [
        [
            InlineKeyboardButton("Bahasa Indonesia", callback_data="lang:id"),
            InlineKeyboardButton("English", callback_data="lang:en"),
        ],
        [InlineKeyboardButton("Situs KAWAN-PMI", url="https://example.org/kawan")],
    ]
)


# ---------------------------------------------------------------- basics


async def test_get_me(bot: Bot) -> None:
    me = await bot.get_me()
    assert me.id == 123456
    assert me.is_bot
    assert me.username == "KawanPMIBot"


async def test_wrong_token_unknown_method_and_paths(api: FakeBotAPI) -> None:
    async with httpx.AsyncClient() as client:
        unknown = await client.post(f"{api.base_url}{TOKEN}/sendTelepathy")
        assert unknown.status_code == 404
        assert unknown.json() == {
            "ok": False,
            "error_code": 404,
            "description": "Not Found: method not found",
        }
        wrong = await client.post(f"{api.base_url}999:WRONG/getMe")
        assert wrong.status_code == 401
        assert wrong.json() == {"ok": False, "error_code": 401, "description": "Unauthorized"}
        # Method names are case-insensitive on Telegram.
        lower = await client.get(f"{api.base_url}{TOKEN}/getme")
        assert lower.json()["result"]["username"] == "KawanPMIBot"


async def test_wrong_token_raises_invalid_token(api: FakeBotAPI) -> None:
    with pytest.raises(InvalidToken):
        async with Bot("999:WRONG", base_url=api.base_url):
            pass


async def test_parameters_from_form_json_query_and_multipart(api: FakeBotAPI, bot: Bot) -> None:
    markup = {"inline_keyboard": [[{"text": "OK", "callback_data": "ok"}]]}
    url = f"{api.base_url}{TOKEN}/sendMessage"
    async with httpx.AsyncClient() as client:
        await client.post(url, json={"chat_id": 5, "text": "json", "reply_markup": markup})
        await client.post(f"{url}?chat_id=5&text=query")
        # A text that looks like a number stays a string: values are decoded by name.
        await client.post(url, data={"chat_id": "5", "text": "123"})
    await bot.send_document(5, b"%PDF-1.4 kontrak", filename="kontrak.pdf", caption="Kontrak")

    json_call, query_call, form_call, upload_call = [c for c in api.sent if c.method != "getMe"]
    assert json_call.params == {"chat_id": 5, "text": "json", "reply_markup": markup}
    assert json_call.message is not None and json_call.message["reply_markup"] == markup
    assert query_call.params == {"chat_id": 5, "text": "query"}
    assert form_call.params == {"chat_id": 5, "text": "123"}
    assert form_call.message is not None and form_call.message["text"] == "123"
    assert upload_call.method == "sendDocument"
    assert upload_call.files["document"].data == b"%PDF-1.4 kontrak"
    document = api.messages(5)[-1]["document"]
    assert document["file_name"] == "kontrak.pdf"
    assert api.files[document["file_id"]].size == len(b"%PDF-1.4 kontrak")


# ---------------------------------------------------------------- the real Application


async def test_pushed_text_reaches_handler_and_reply_is_visible(api: FakeBotAPI) -> None:
    seen: list[tuple[str, str | None]] = []

    async def echo(update: Update, context: Context) -> None:
        assert update.effective_message and update.effective_user
        seen.append((update.effective_message.text or "", update.effective_user.language_code))
        await update.effective_message.reply_text(f"Kamu bilang: {update.effective_message.text}")

    async with polling_app(api, MessageHandler(filters.TEXT & ~filters.COMMAND, echo)):
        sent = api.push_text(111, "halo", first_name="Sari")
        reply = await api.wait_for_message(111, contains="Kamu bilang")

    assert seen == [("halo", "id")]
    assert reply["text"] == "Kamu bilang: halo"
    assert reply["from"]["id"] == api.bot_id
    assert reply["message_id"] == sent["message_id"] + 1  # ids are shared within a chat
    assert [m["text"] for m in api.messages(111)] == ["Kamu bilang: halo"]
    assert [m["text"] for m in api.messages(111, include_user=True)] == ["halo", reply["text"]]


async def test_inline_keyboard_callback_answer_and_edit(api: FakeBotAPI) -> None:
    queries: list[dict[str, Any]] = []

    async def start(update: Update, context: Context) -> None:
        assert update.effective_message
        await update.effective_message.reply_text("Pilih bahasa:", reply_markup=LANGUAGE_KEYBOARD)

    async def choose(update: Update, context: Context) -> None:
        query = update.callback_query
        assert query and query.message and query.data
        queries.append(
            {
                "from_bot": query.message.from_user.is_bot,  # type: ignore[union-attr]
                "text": query.message.text,  # type: ignore[union-attr]
                "markup": query.message.reply_markup,  # type: ignore[union-attr]
            }
        )
        await query.answer("Tersimpan")
        await query.edit_message_text(f"Bahasa: {query.data.split(':')[1]}")

    async with polling_app(api, CommandHandler("start", start), CallbackQueryHandler(choose)):
        api.push_command(222, "/start")
        menu = await api.wait_for_message(222, contains="Pilih bahasa")
        # The keyboard round-trips exactly as PTB serialised it.
        assert menu["reply_markup"] == LANGUAGE_KEYBOARD.to_dict()

        query = api.push_button(222, "English")
        edited = await api.wait_for_message(222, contains="Bahasa: en")
        answer = await api.wait_for_call("answerCallbackQuery")

    assert queries == [{"from_bot": True, "text": "Pilih bahasa:", "markup": LANGUAGE_KEYBOARD}]
    assert answer.params["callback_query_id"] == query["id"]
    assert api.callback_answers[query["id"]]["text"] == "Tersimpan"
    assert edited["message_id"] == menu["message_id"]
    assert "edit_date" in edited
    # editMessageText without reply_markup removes the inline keyboard, like Telegram.
    assert api.messages(222) == [edited]
    assert "reply_markup" not in edited
    with pytest.raises(ValueError, match="no bot message"):
        api.push_callback(222, 999, "lang:id")


async def test_media_and_group_updates_reach_handlers(api: FakeBotAPI) -> None:
    got: list[str] = []

    async def record(update: Update, context: Context) -> None:
        message = update.effective_message
        assert message and update.effective_user and update.effective_chat
        kind = next(k for k in ("photo", "sticker", "voice", "location", "contact", "text") if getattr(message, k))
        got.append(f"{kind}:{update.effective_chat.type}:{update.effective_user.id}")
        await message.reply_text(f"terima {kind}")

    async with polling_app(api, MessageHandler(filters.ALL, record)):
        api.push_photo(301, caption="paspor")
        api.push_sticker(301)
        api.push_voice(301, duration=4)
        api.push_location(301, -6.2, 106.8)
        api.push_contact(301)
        api.push_text(-1001234567890, "halo grup", chat_type="supergroup", user_id=501)
        api.push_text(-1001234567890, "saya juga", chat_type="supergroup", user_id=502)
        await api.wait_for_messages(301, contains="terima", count=5)
        await api.wait_for_messages(-1001234567890, count=2)

    assert got == [
        "photo:private:301",
        "sticker:private:301",
        "voice:private:301",
        "location:private:301",
        "contact:private:301",
        "text:supergroup:501",
        "text:supergroup:502",
    ]
    group_reply = api.messages(-1001234567890)[0]
    assert group_reply["chat"]["type"] == "supergroup"


async def test_ptb_webhook_mode_against_fake(api: FakeBotAPI) -> None:
    """Full production webhook path: PTB's tornado server receives our POSTs."""

    async def echo(update: Update, context: Context) -> None:
        assert update.effective_message
        await update.effective_message.reply_text("via webhook")

    app = build_app(api)
    app.add_handler(MessageHandler(filters.TEXT, echo))
    port = free_port()
    async with app:
        await app.start()
        await app.updater.start_webhook(  # type: ignore[union-attr]
            listen="127.0.0.1",
            port=port,
            url_path="tg",
            webhook_url=f"http://127.0.0.1:{port}/tg",
            secret_token="s3cret-Token_1",
        )
        try:
            assert api.webhook is not None
            assert api.webhook["secret_token"] == "s3cret-Token_1"
            api.push_text(401, "halo")
            await api.wait_for_message(401, contains="via webhook")
        finally:
            await app.updater.stop()  # type: ignore[union-attr]
            await app.stop()
    assert api.stats.webhook_deliveries == 1


# ---------------------------------------------------------------- editing, deleting, formatting


async def test_edit_delete_and_not_modified(api: FakeBotAPI, bot: Bot) -> None:
    message = await bot.send_message(5, "Satu", reply_markup=LANGUAGE_KEYBOARD)
    assert message.reply_markup == LANGUAGE_KEYBOARD

    edited = await bot.edit_message_text("Dua", chat_id=5, message_id=message.message_id)
    assert isinstance(edited, type(message)) and edited.text == "Dua"
    assert api.messages(5)[0]["text"] == "Dua"

    with pytest.raises(BadRequest, match="(?i)message is not modified"):
        await bot.edit_message_text("Dua", chat_id=5, message_id=message.message_id)
    await bot.edit_message_reply_markup(5, message.message_id, reply_markup=LANGUAGE_KEYBOARD)
    assert api.messages(5)[0]["reply_markup"] == LANGUAGE_KEYBOARD.to_dict()

    user_message = api.push_text(5, "pesan pengguna")
    with pytest.raises(BadRequest, match="(?i)message can't be edited"):
        await bot.edit_message_text("x", chat_id=5, message_id=user_message["message_id"])

    assert await bot.delete_message(5, message.message_id)
    assert api.messages(5) == []
    with pytest.raises(BadRequest, match="(?i)message to delete not found"):
        await bot.delete_message(5, message.message_id)
    with pytest.raises(BadRequest, match="(?i)message to edit not found"):
        await bot.edit_message_text("Tiga", chat_id=5, message_id=message.message_id)

    kept = await bot.send_message(5, "tetap")
    gone = [(await bot.send_message(5, f"hapus {i}")).message_id for i in range(3)]
    assert await bot.delete_messages(5, [*gone, 999])
    assert [m["text"] for m in api.messages(5)] == [kept.text]


async def test_other_methods_parse_in_ptb(api: FakeBotAPI, bot: Bot) -> None:
    api.push_text(111, "halo", first_name="Budi")
    chat = await bot.get_chat(111)
    assert (chat.type, chat.first_name) == ("private", "Budi")
    with pytest.raises(BadRequest, match="(?i)chat not found"):
        await bot.get_chat(424242)

    location = await bot.send_location(111, latitude=1.3521, longitude=103.8198)
    assert location.location is not None and location.location.latitude == 1.3521
    photo = await bot.send_photo(111, b"\x89PNG fake", caption="<i>foto</i>", parse_mode="HTML")
    assert photo.photo[-1].file_id in api.files and photo.caption == "foto"
    again = await bot.send_photo(111, photo.photo[-1].file_id)  # re-send by file_id
    assert again.photo
    assert await bot.send_chat_action(111, "typing")
    assert await bot.set_chat_menu_button()
    assert await bot.close()
    assert await bot.log_out()
    methods = [call.method for call in api.sent if call.ok]
    assert methods[-5:] == ["sendPhoto", "sendChatAction", "setChatMenuButton", "close", "logOut"]


async def test_reply_keyboards_are_accepted_but_not_echoed(bot: Bot) -> None:
    keyboard = ReplyKeyboardMarkup([["Bantuan", "Kontak relawan"]], resize_keyboard=True)
    message = await bot.send_message(5, "Menu", reply_markup=keyboard)
    assert message.reply_markup is None


async def test_parse_modes_like_telegram(bot: Bot) -> None:
    html = await bot.send_message(
        5, '<b>Halo</b> &amp; 😀 <a href="https://example.org">situs</a>  ', parse_mode="HTML"
    )
    assert html.text == "Halo & 😀 situs"
    assert [(e.type, e.offset, e.length) for e in html.entities] == [
        ("bold", 0, 4),
        ("text_link", 10, 5),  # the emoji counts as two UTF-16 units
    ]
    with pytest.raises(BadRequest, match="(?i)Unsupported start tag"):
        await bot.send_message(5, "gaji < 5 juta", parse_mode="HTML")
    with pytest.raises(BadRequest, match="(?i)Can't find end tag"):
        await bot.send_message(5, "<b>tebal", parse_mode="HTML")

    md2 = await bot.send_message(5, r"*Penting*: hubungi 110\.", parse_mode="MarkdownV2")
    assert md2.text == "Penting: hubungi 110."
    assert md2.entities[0].type == "bold"
    with pytest.raises(BadRequest, match=r"(?i)Character '\.' is reserved"):
        await bot.send_message(5, "Terima kasih.", parse_mode="MarkdownV2")
    with pytest.raises(BadRequest, match="(?i)Can't find end of the entity"):
        await bot.send_message(5, "nama_pengguna", parse_mode="Markdown")

    with pytest.raises(BadRequest, match="(?i)message is too long"):
        await bot.send_message(5, "a" * 4097)
    with pytest.raises(BadRequest, match="(?i)message text is empty"):
        await bot.send_message(5, "   ")


async def test_invalid_inline_keyboards_are_rejected(bot: Bot) -> None:
    too_long = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="x" * 65)]])
    with pytest.raises(BadRequest, match="(?i)BUTTON_DATA_INVALID"):
        await bot.send_message(5, "menu", reply_markup=too_long)


# ---------------------------------------------------------------- updates


async def test_get_updates_long_poll_and_offset_confirmation(api: FakeBotAPI, bot: Bot) -> None:
    api.push_text(1, "a")
    api.push_text(1, "b")
    first = await bot.get_updates()
    assert [u.message.text for u in first] == ["a", "b"]  # type: ignore[union-attr]
    assert len(await bot.get_updates()) == 2  # not confirmed yet
    offset = first[-1].update_id + 1
    assert await bot.get_updates(offset=offset) == ()
    assert api.pending_updates == 0

    poll = asyncio.create_task(bot.get_updates(offset=offset, timeout=5))
    await asyncio.sleep(0.2)
    assert not poll.done()  # blocks while there is nothing
    pushed_at = time.monotonic()
    api.push_text(1, "c")
    (update,) = await poll
    assert time.monotonic() - pushed_at < 4  # woken by the push, not by the 5 s poll timeout
    assert update.message.text == "c"  # type: ignore[union-attr]

    for text in "def":
        api.push_text(1, text)
    limited = await bot.get_updates(offset=update.update_id + 1, limit=2)
    assert [u.message.text for u in limited] == ["d", "e"]  # type: ignore[union-attr]


async def test_newer_get_updates_terminates_older_one(api: FakeBotAPI, bot: Bot) -> None:
    older = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.2)
    async with Bot(TOKEN, base_url=api.base_url) as second_instance:
        assert await second_instance.get_updates(timeout=0) == ()
    with pytest.raises(Conflict, match="terminated by other getUpdates"):
        await older


async def test_allowed_updates_filtering(api: FakeBotAPI, bot: Bot) -> None:
    reaction = {
        "message_reaction": {
            "chat": {"id": 1, "type": "private", "first_name": "Sari"},
            "message_id": 1,
            "date": int(time.time()),
            "user": {"id": 1, "is_bot": False, "first_name": "Sari"},
            "old_reaction": [],
            "new_reaction": [{"type": "emoji", "emoji": "👍"}],
        }
    }
    api.push_update(reaction)
    assert api.pending_updates == 0 and api.stats.updates_filtered == 1  # not by default
    await bot.get_updates(allowed_updates=["message", "message_reaction"])
    api.push_update(reaction)
    (update,) = await bot.get_updates()
    assert update.message_reaction is not None


async def test_webhook_blocks_polling_and_posts_with_secret(api: FakeBotAPI, bot: Bot) -> None:
    received: list[tuple[str | None, dict[str, Any]]] = []

    async def hook(request: Request) -> Response:
        received.append((request.headers.get("x-telegram-bot-api-secret-token"), await request.json()))
        if len(received) == 1:
            return Response(status_code=500)  # refused first: Telegram retries
        # Telegram runs a method call given as the webhook answer.
        return JSONResponse({"method": "sendMessage", "chat_id": 222, "text": "balasan cepat"})

    receiver = Starlette(routes=[Route("/hook", hook, methods=["POST"])])
    async with serve_asgi(receiver) as url:
        assert await bot.set_webhook(f"{url}/hook", secret_token="s3cret")
        with pytest.raises(Conflict, match="webhook is active"):
            await bot.get_updates()

        pushed = api.push_text(222, "lewat webhook")
        await api.wait_for_message(222, contains="balasan cepat")
        info = await bot.get_webhook_info()
        assert info.url == f"{url}/hook"
        assert info.pending_update_count == 0
        assert info.last_error_message == "Wrong response from the webhook: 500 Internal Server Error"

        assert await bot.delete_webhook()
    assert [secret for secret, _ in received] == ["s3cret", "s3cret"]
    assert received[0][1] == received[1][1]  # the same update, re-sent
    assert received[0][1]["message"] == pushed
    api.push_text(222, "lagi")
    (update,) = await bot.get_updates()
    assert update.message.text == "lagi"  # type: ignore[union-attr]


async def test_set_my_commands_per_language_and_scope(api: FakeBotAPI, bot: Bot) -> None:
    await bot.set_my_commands(
        [BotCommand("start", "Mulai"), BotCommand("bantuan", "Minta bantuan")], language_code="id"
    )
    await bot.set_my_commands([BotCommand("start", "Start")], language_code="en")
    await bot.set_my_commands([BotCommand("kasus", "Kasus terbuka")], scope=BotCommandScopeChat(-5))

    assert [c.command for c in await bot.get_my_commands(language_code="id")] == [
        "start",
        "bantuan",
    ]
    assert (await bot.get_my_commands(language_code="en"))[0].description == "Start"
    assert await bot.get_my_commands() == ()  # default scope, no language: nothing set
    assert api.commands("id")[1] == {"command": "bantuan", "description": "Minta bantuan"}
    assert api.commands(scope={"type": "chat", "chat_id": -5})[0]["command"] == "kasus"

    assert await bot.delete_my_commands(language_code="en")
    assert api.commands("en") == []
    with pytest.raises(BadRequest, match="(?i)BOT_COMMAND_INVALID"):
        await bot.set_my_commands([BotCommand("Mulai!", "x")])


# ---------------------------------------------------------------- faults and limits


async def test_injected_429_raises_retry_after(api: FakeBotAPI, bot: Bot) -> None:
    api.fail_next("sendMessage", 429, retry_after=7)
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(5, "banjir")
    assert retry_seconds(caught.value) == 7
    assert api.messages(5) == []  # a failed call has no effect
    await bot.send_message(5, "lancar")
    assert [m["text"] for m in api.messages(5)] == ["lancar"]
    assert api.stats.rate_limited == 1
    assert [(c.method, c.ok, c.error_code) for c in api.sent[1:]] == [
        ("sendMessage", False, 429),
        ("sendMessage", True, None),
    ]


async def test_other_injected_failures(api: FakeBotAPI, bot: Bot) -> None:
    api.fail_next("sendMessage", 500, times=2)
    for _ in range(2):
        with pytest.raises(NetworkError):
            await bot.send_message(5, "x")
    api.fail_next("*", 403, chat_id=9)
    await bot.send_message(5, "chat lain tidak kena")
    with pytest.raises(Forbidden):
        await bot.send_message(9, "x")
    api.block(7)
    with pytest.raises(Forbidden, match="blocked by the user"):
        await bot.send_message(7, "x")
    (update,) = await bot.get_updates()
    assert update.my_chat_member.new_chat_member.status == "kicked"  # type: ignore[union-attr]


async def test_delay_provokes_client_timeout_but_call_still_lands(api: FakeBotAPI) -> None:
    request = HTTPXRequest(read_timeout=0.2)
    async with Bot(TOKEN, base_url=api.base_url, request=request) as impatient:
        api.delay_next("sendMessage", 0.5)
        with pytest.raises(TimedOut):
            await impatient.send_message(5, "lambat")
    # Like Telegram, a timed-out request may still have been delivered.
    message = await api.wait_for_message(5, contains="lambat", timeout=3)
    assert message["text"] == "lambat"


async def test_enforced_rate_limits(api: FakeBotAPI, bot: Bot) -> None:
    api.enforce_limits(global_per_sec=None, per_chat_per_sec=1, per_group_per_min=2)
    await bot.send_message(5, "satu")
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(5, "dua")
    assert retry_seconds(caught.value) == 1
    await bot.send_message(6, "chat lain boleh")

    await bot.send_message(-100, "grup 1")
    await asyncio.sleep(1.05)  # the per-chat window slides; the group one does not
    await bot.send_message(-100, "grup 2")
    await asyncio.sleep(1.05)
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(-100, "grup 3")
    assert 55 <= retry_seconds(caught.value) <= 60

    api.enforce_limits(global_per_sec=3, per_chat_per_sec=None, per_group_per_min=None)
    for chat in range(10, 13):
        await bot.send_message(chat, "siaran")
    with pytest.raises(RetryAfter):
        await bot.send_message(13, "siaran")
    assert api.stats.rate_limited == 3


# ---------------------------------------------------------------- waiting, recording, speed


async def test_wait_for_message_times_out_with_what_was_sent(api: FakeBotAPI, bot: Bot) -> None:
    await bot.send_message(5, "Selamat datang")
    with pytest.raises(AssertionError, match=r"(?s)containing 'Sampai jumpa'.*Selamat datang"):
        await api.wait_for_message(5, contains="Sampai jumpa", timeout=0.2)
    api.reset_sent()
    assert api.sent == []
    assert len(api.messages(5)) == 1  # reset_sent keeps the chat history


@pytest.mark.timeout(120)  # a hang fails; speed is not asserted
async def test_many_messages_are_cheap(api: FakeBotAPI) -> None:
    request = HTTPXRequest(connection_pool_size=8)
    async with Bot(TOKEN, base_url=api.base_url, request=request) as fast_bot:
        limit = asyncio.Semaphore(8)

        async def send(i: int) -> None:
            async with limit:
                await fast_bot.send_message(10_000 + i % 100, f"siaran {i}")

        waiter = asyncio.create_task(api.wait_for_messages(10_042, count=10))
        await asyncio.gather(*(send(i) for i in range(1000)))
    assert len(await waiter) == 10
    assert api.stats.calls["sendMessage"] == 1000
    assert api.stats.duplicates == 0
