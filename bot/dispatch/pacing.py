"""Staying inside Telegram's limits: an even global pace, one message per chat per second,
and a global pause when Telegram answers 429 with retry_after."""

from __future__ import annotations

import asyncio
import time


class Pacer:
    def __init__(self, per_second: float, per_chat_seconds: float = 1.0) -> None:
        self.interval = 1.0 / per_second
        self.per_chat = per_chat_seconds
        self._next = 0.0  # monotonic time of the next free global slot
        self._paused_until = 0.0
        self._chats: dict[str, float] = {}  # chat ➜ earliest time it may get the next message

    def pause(self, seconds: float) -> None:
        """Telegram said 429: nobody sends until retry_after has passed."""
        self._paused_until = max(self._paused_until, time.monotonic() + seconds)

    async def slot(self, chat_id: str) -> None:
        """Wait for this chat's turn, then for a global slot. Slots are handed out evenly, so
        a burst never exceeds the budget in any one-second window."""
        while True:  # this chat's turn; claimed before any await, so two sends never race
            now = time.monotonic()
            ready = self._chats.get(chat_id, 0.0)
            if ready <= now:
                break
            await asyncio.sleep(min(ready - now, self.per_chat))
        self._chats[chat_id] = float("inf")  # held until the global slot is known
        while True:
            now = time.monotonic()
            at = max(now, self._next, self._paused_until)
            self._next = at + self.interval
            if at > now:
                await asyncio.sleep(at - now)
            if time.monotonic() >= self._paused_until:  # a 429 during the wait: queue again
                break
        self._chats[chat_id] = time.monotonic() + self.per_chat
        if len(self._chats) > 10_000:
            self._forget(time.monotonic())

    def _forget(self, now: float) -> None:
        self._chats = {c: t for c, t in self._chats.items() if t > now}
