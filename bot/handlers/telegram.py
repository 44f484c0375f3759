"""The Telegram handlers: private chats to the engine, groups to the volunteers' side,
jobs for the outbox and auto-delete, an error handler, and commands per language."""

from __future__ import annotations

import logging

from telegram import BotCommand, Update
from telegram.error import BadRequest, TelegramError
from telegram.ext import Application, ContextTypes

from bot.autodelete import AutoDelete
from bot.backend import BackendRejected, BackendUnavailable
from bot.dispatch.checkins import CheckinDispatcher
from bot.engine import Engine
from bot.flows.core import Texts
from bot.handlers.convert import to_event
from bot.handlers.priority import Admission
from bot.handlers.send import send_reply
from bot.handlers.volunteers import VolunteerDirectory, on_group_update, relay_from_volunteer

log = logging.getLogger(__name__)
COMMANDS = ("start", "sos", "menu", "checkin", "jadwal", "tanya", "help", "bahasa", "privasi",
            "hapus")


def engine_of(context: ContextTypes.DEFAULT_TYPE) -> Engine:
    engine: Engine = context.application.bot_data["engine"]
    return engine


async def on_update(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    admission: Admission = context.application.bot_data["admission"]
    async with admission.admit(update):
        await _on_update(update, context)


async def _on_update(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    chat_obj = update.effective_chat
    if chat_obj is None:
        return
    if chat_obj.type != "private":
        await on_group_update(update, context)
        return
    converted = to_event(update)
    if converted is None:
        return
    chat, event = converted
    directory: VolunteerDirectory = context.application.bot_data["volunteers"]
    if event.text == "relawan" or await directory.known(chat.user_id):
        volunteer = await directory.get(chat.user_id, fresh=event.text == "relawan")
        if volunteer is not None and update.message is not None:
            if event.text == "relawan":
                await directory.remember(chat.user_id)
            await relay_from_volunteer(volunteer, update, context)
            return
    query = update.callback_query
    if query is not None:
        await query.answer()
        try:  # a pressed keyboard goes away, so an old button cannot be pressed twice
            await query.edit_message_reply_markup(reply_markup=None)
        except BadRequest:
            pass  # too old to edit, or it has no buttons any more
    replies, state = await engine_of(context).handle_turn(chat, event)
    sent: list[int] = []
    for reply in replies:
        message = await send_reply(context.bot, int(chat.chat_id), reply)
        sent.append(message.message_id)
    minutes = int(state.profile.get("autodelete_minutes") or 0)
    if minutes and update.message is not None:
        sent.append(update.message.message_id)
    if minutes:
        autodelete: AutoDelete = context.application.bot_data["autodelete"]
        await autodelete.remember(chat.chat_id, sent, minutes)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log what broke (never the message text) and tell the person kindly."""
    err = context.error
    log.error("update failed: %s", type(err).__name__, exc_info=err)
    if isinstance(update, Update) and update.effective_chat is not None:
        engine = context.application.bot_data.get("engine")
        if engine is not None and update.effective_chat.type == "private":
            try:
                await context.bot.send_message(
                    update.effective_chat.id, engine.ctx.texts.text("id", "common.busy"))
            except TelegramError:
                log.warning("could not tell the person about the failure")


async def drain_outbox(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Retry reports the API has not acknowledged yet (an outage delays, never drops)."""
    await engine_of(context).outbox.deliver()


async def dispatch_checkins(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send the check-ins that are due, batch after batch, for up to `run_for` seconds."""
    dispatcher: CheckinDispatcher = context.application.bot_data["checkin_dispatcher"]
    data = context.job.data if context.job else None
    run_for = float(data) if isinstance(data, int | float) else 25.0
    try:
        await dispatcher.run_for(run_for)
    except (BackendUnavailable, BackendRejected):
        log.warning("check-in dispatch: API unavailable; next round")


async def purge_messages(context: ContextTypes.DEFAULT_TYPE) -> None:
    autodelete: AutoDelete = context.application.bot_data["autodelete"]

    async def delete_one(chat_id: str, message_id: int) -> None:
        try:
            await context.bot.delete_message(int(chat_id), message_id)
        except TelegramError:
            pass  # already gone, or older than Telegram allows: nothing more to do

    await autodelete.purge_due(delete_one)


async def register_commands(app: Application, texts: Texts) -> None:
    """The command list in each language; Indonesian is also the default."""
    for lang in ("id", "en"):
        commands = [BotCommand(c, texts.text(lang, f"commands.{c}")) for c in COMMANDS]
        await app.bot.set_my_commands(commands, language_code=lang)
        if lang == "id":
            await app.bot.set_my_commands(commands)
