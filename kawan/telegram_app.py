"""The python-telegram-bot Application: polling or webhook, one rate-limited path out."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from telegram import Update
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, TypeHandler

from bot.autodelete import AutoDelete
from bot.dispatch.checkins import CheckinDispatcher
from bot.dispatch.telegram import TelegramSender
from bot.handlers.priority import Admission
from bot.handlers.telegram import (
    dispatch_checkins,
    drain_outbox,
    on_error,
    on_update,
    purge_messages,
    register_commands,
)
from bot.handlers.volunteers import VolunteerDirectory
from kawan.settings import Settings
from kawan.wiring import BotParts


def build_application(settings: Settings, parts: BotParts) -> Application:
    if not settings.telegram_bot_token:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    base_file = settings.telegram_api_base_file_url or settings.telegram_api_base_url.replace(
        "/bot", "/file/bot")

    async def post_init(app: Application) -> None:
        app.bot_data["engine"] = parts.engine
        app.bot_data["admission"] = Admission()
        app.bot_data["volunteers"] = VolunteerDirectory(parts.backend, parts.engine.store)
        app.bot_data["autodelete"] = AutoDelete(parts.sessionmaker)
        await register_commands(app, parts.engine.ctx.texts)
        assert app.job_queue is not None
        app.job_queue.run_repeating(drain_outbox, interval=2.0, first=1.0, name="bot-outbox")
        app.job_queue.run_repeating(purge_messages, interval=30.0, first=5.0,
                                    name="auto-delete")
        if settings.checkin_dispatch:
            app.bot_data["checkin_dispatcher"] = CheckinDispatcher(
                backend=parts.backend, send=TelegramSender(app.bot), ctx=parts.engine.ctx,
                budget=settings.checkin_dispatch_budget,
                per_chat_seconds=settings.checkin_dispatch_per_chat_seconds,
                batch=settings.checkin_dispatch_batch,
                lease_seconds=settings.checkin_lease_seconds)
            every = settings.checkin_dispatch_every_seconds
            app.job_queue.run_repeating(dispatch_checkins, interval=every, first=min(3.0, every),
                                        data=max(1.0, every * 0.8),
                                        name="checkin-dispatch",
                                        job_kwargs={"max_instances": 1, "coalesce": True})

    app = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token)
        .base_url(settings.telegram_api_base_url)
        .base_file_url(base_file)
        .rate_limiter(AIORateLimiter(max_retries=5))
        .read_timeout(settings.telegram_timeout)
        .write_timeout(settings.telegram_timeout)
        # No cap from PTB: bot/handlers/priority.py admits ordinary updates a few at a time and
        # urgent ones at once. Under a flood ordinary updates wait there (a few KB each) while
        # PTB keeps fetching, so an SOS behind them is still seen at once. The engine
        # serialises each chat.
        .concurrent_updates(1_000_000)
        .post_init(post_init)
        .build()
    )
    app.add_handler(TypeHandler(Update, on_update))
    app.add_error_handler(on_error)
    return app


ALLOWED_UPDATES = ["message", "callback_query"]


@asynccontextmanager
async def running(app: Application, *, poll_interval: float = 0.0,
                  poll_timeout: int = 10) -> AsyncIterator[Application]:
    """Initialise, run post_init (PTB only runs it inside run_polling), start and long-poll."""
    async with app:
        if app.post_init is not None:
            await app.post_init(app)
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(allowed_updates=ALLOWED_UPDATES,
                                        poll_interval=poll_interval, timeout=poll_timeout)
        try:
            yield app
        finally:
            await app.updater.stop()
            await app.stop()
