"""Staying inside Telegram's limits: a steady global pace, one message per chat per second,
and a global pause when Telegram answers 429 with retry_after."""

from __future__ import annotations

import asyncio
import time


class Pacer:
    def __init__(self, per_second: float, per_chat_seconds: float = 1.0) -> None:
        self.interval = 1.0 / per_second
        self.per_chat = per_chat_seconds
        self._last = 0.0  # monotonic time the last slot was actually given
        self._paused_until = 0.0
        self._turn = asyncio.Lock()
        self._chats: dict[str, float] = {}  # chat ➜ earliest time it may get the next message

    def pause(self, seconds: float) -> None:
        """Telegram said 429: nobody sends until retry_after has passed."""
        self._paused_until = max(self._paused_until, time.monotonic() + seconds)

    async def slot(self, chat_id: str) -> None:
        """Wait for this chat's turn, then for a global slot.

        Slots are given one at a time, an interval apart: after a stall of the event loop (a
        busy machine) sends resume at the budget's pace instead of catching up in a burst
        that Telegram would answer 429.
        """
        while True:  # this chat's turn; claimed before any await, so two sends never race
            now = time.monotonic()
            ready = self._chats.get(chat_id, 0.0)
            if ready <= now:
                break
            await asyncio.sleep(min(ready - now, self.per_chat))
        self._chats[chat_id] = float("inf")  # held until the global slot is known
        async with self._turn:
            while True:
                wait = max(self._last + self.interval, self._paused_until) - time.monotonic()
                if wait <= 0:
                    break
                await asyncio.sleep(wait)
            # A little late (a busy loop oversleeps): the next slot keeps the budget's rhythm
            # but never more than one interval of debt, so any second holds ≤ budget + 1.
            self._last = max(self._last + self.interval, time.monotonic() - self.interval)
        self._chats[chat_id] = self._last + self.per_chat
        if len(self._chats) > 10_000:
            self._forget(self._last)

    def _forget(self, now: float) -> None:
        self._chats = {c: t for c, t in self._chats.items() if t > now}
