"""Sending one dispatched message through the Telegram Bot API (python-telegram-bot)."""

from __future__ import annotations

import warnings

from telegram import Bot
from telegram.error import BadRequest, Forbidden, RetryAfter
from telegram.request import HTTPXRequest
from telegram.warnings import PTBDeprecationWarning

from bot.dispatch.checkins import RateLimited, Undeliverable
from bot.flows.core import Reply
from bot.handlers.convert import to_markup


class TelegramSender:
    """Sends through a PTB Bot. In the bot process it is the Application's own bot, so
    check-ins share its one rate-limited path with the conversations; standalone (tests,
    bench) it is a Bot without PTB's limiter, so the dispatcher's pacing is all there is."""

    def __init__(self, bot: Bot, *, owned: bool = False) -> None:
        self.bot = bot
        self._owned = owned

    @classmethod
    def standalone(cls, token: str, base_url: str, *, connections: int = 64) -> TelegramSender:
        request = HTTPXRequest(connection_pool_size=connections, pool_timeout=10.0)
        return cls(Bot(token, base_url=base_url, request=request), owned=True)

    async def __aenter__(self) -> TelegramSender:
        if self._owned:
            await self.bot.initialize()
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._owned:
            await self.bot.shutdown()

    async def __call__(self, chat_id: str, reply: Reply) -> None:
        try:
            await self.bot.send_message(int(chat_id), reply.text, reply_markup=to_markup(reply))
        except RetryAfter as exc:
            with warnings.catch_warnings():  # PTB 22 warns that the type will change
                warnings.simplefilter("ignore", PTBDeprecationWarning)
                after = exc.retry_after
            raise RateLimited(after if isinstance(after, int | float)
                              else after.total_seconds()) from exc
        except (Forbidden, BadRequest) as exc:  # blocked, or chat not found
            raise Undeliverable(type(exc).__name__) from exc
