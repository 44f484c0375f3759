"""Updates that may be a cry for help skip the queue.

PTB is told to run many updates at once; this module admits ordinary ones a few at a time
(a semaphore), while updates that look urgent go straight through. Under load an SOS does
not wait behind other people's chatter.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from telegram import Update

from bot.flows.distress import Level
from bot.flows.protect import verdict_of

URGENT_COMMANDS = ("/sos", "/darurat", "/tolong")
URGENT_BUTTONS = ("m:sos", "sos:", "fu:help:")
ORDINARY_AT_ONCE = 4  # enough to overlap database waits; leaves the loop to an SOS


def looks_urgent(update: object) -> bool:
    if not isinstance(update, Update):
        return False
    query = update.callback_query
    if query is not None:
        return (query.data or "").startswith(URGENT_BUTTONS)
    message = update.message
    if message is None or message.text is None:
        return False
    text = message.text.strip()
    if text.lower().startswith(URGENT_COMMANDS):
        return True
    return verdict_of(text[:4000]).level is Level.URGENT


class Admission:
    def __init__(self, ordinary_at_once: int = ORDINARY_AT_ONCE) -> None:
        self._ordinary = asyncio.Semaphore(ordinary_at_once)

    @asynccontextmanager
    async def admit(self, update: object) -> AsyncIterator[None]:
        if looks_urgent(update):
            yield
            return
        async with self._ordinary:
            yield
