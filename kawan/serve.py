"""Long-running jobs: the API, the bot, or both in one process (`kawan run`)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import uvicorn
from telegram.ext import Application

from api.main import create_app
from api.main import start as start_api
from api.main import stop as stop_api
from kawan.settings import Settings
from kawan.telegram_app import ALLOWED_UPDATES, build_application, running
from kawan.wiring import build_bot_parts

log = logging.getLogger("kawan")

BOTFATHER_HINT = """\
No TELEGRAM_BOT_TOKEN is set, so only the API runs (http://{host}:{port}/docs)
and the volunteers' console (http://{host}:{port}/console).
To run the bot too:
  1. In Telegram, open @BotFather and send /newbot; choose a name and a username.
  2. BotFather answers with a token like 123456789:AA...; keep it secret.
  3. Start again with:  TELEGRAM_BOT_TOKEN=<token> kawan run
Or try the conversation right here, without Telegram:  kawan chat
"""


def _uvicorn(app: Any, host: str, port: int) -> uvicorn.Server:
    # No access log: URLs and client addresses of people in danger stay out of logs.
    config = uvicorn.Config(app, host=host, port=port, access_log=False, log_level="info",
                            lifespan="on")
    return uvicorn.Server(config)


async def serve_api(settings: Settings, host: str, port: int) -> None:
    await _uvicorn(create_app(settings), host, port).serve()


async def serve_all(settings: Settings, host: str, port: int) -> None:
    """API and (with a token) the bot in one process; the bot reaches the API in-process."""
    app = create_app(settings)
    server = _uvicorn(app, host, port)
    if not settings.telegram_bot_token:
        print(BOTFATHER_HINT.format(host=host, port=port), flush=True)
        await server.serve()
        return
    await start_api(app)
    parts = build_bot_parts(settings, api_app=app)
    telegram = build_application(settings, parts)
    try:
        async with running(telegram):
            await server.serve()
    finally:
        await parts.aclose()


@asynccontextmanager
async def bot_running(settings: Settings) -> AsyncIterator[Application]:
    """The bot alone: long polling, or a webhook when WEBHOOK_URL is set."""
    if settings.webhook_url and not settings.webhook_secret:
        raise SystemExit("WEBHOOK_URL needs WEBHOOK_SECRET: without it anyone could post updates.")
    api_app = None
    if not settings.api_url:
        api_app = create_app(settings)
        await start_api(api_app)
    parts = build_bot_parts(settings, api_app=api_app)
    telegram = build_application(settings, parts)
    try:
        if not settings.webhook_url:
            async with running(telegram):
                log.info("bot: long polling")
                yield telegram
            return
        async with telegram:
            if telegram.post_init is not None:
                await telegram.post_init(telegram)
            await telegram.start()
            assert telegram.updater is not None
            # PTB answers 403 to any request without the matching secret-token header.
            await telegram.updater.start_webhook(
                listen=settings.webhook_listen, port=settings.webhook_port,
                url_path="telegram", webhook_url=settings.webhook_url.rstrip("/") + "/telegram",
                secret_token=settings.webhook_secret, allowed_updates=ALLOWED_UPDATES)
            log.info("bot: webhook mode on port %s", settings.webhook_port)
            try:
                yield telegram
            finally:
                await telegram.updater.stop()
                await telegram.stop()
    finally:
        await parts.aclose()
        if api_app is not None:
            await stop_api(api_app)


async def serve_bot(settings: Settings) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    async with bot_running(settings):
        await stop.wait()
