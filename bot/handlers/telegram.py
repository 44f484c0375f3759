"""The Telegram handlers: one for every update, an error handler, commands per language."""

from __future__ import annotations

import logging

from telegram import BotCommand, Update
from telegram.error import BadRequest, TelegramError
from telegram.ext import Application, ContextTypes

from bot.engine import Engine
from bot.handlers.convert import to_event, to_markup
from bot.flows.core import Texts

log = logging.getLogger(__name__)
COMMANDS = ("start", "menu", "checkin", "jadwal", "help", "bahasa", "privasi", "hapus")


def engine_of(context: ContextTypes.DEFAULT_TYPE) -> Engine:
    engine: Engine = context.application.bot_data["engine"]
    return engine


async def on_update(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    converted = to_event(update)
    if converted is None:
        return
    chat, event = converted
    if update.effective_chat is not None and update.effective_chat.type != "private":
        return  # groups are for volunteers' alerts, handled elsewhere
    query = update.callback_query
    if query is not None:
        await query.answer()
        try:  # a pressed keyboard goes away, so an old button cannot be pressed twice
            await query.edit_message_reply_markup(reply_markup=None)
        except BadRequest:
            pass  # the message is too old to edit, or already has no buttons
    replies = await engine_of(context).handle(chat, event)
    for reply in replies:
        await context.bot.send_message(int(chat.chat_id), reply.text,
                                       reply_markup=to_markup(reply))


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


async def register_commands(app: Application, texts: Texts) -> None:
    """The command list in each language; Indonesian is also the default."""
    for lang in ("id", "en"):
        commands = [BotCommand(c, texts.text(lang, f"commands.{c}")) for c in COMMANDS]
        await app.bot.set_my_commands(commands, language_code=lang)
        if lang == "id":
            await app.bot.set_my_commands(commands)
