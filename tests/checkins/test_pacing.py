"""The dispatcher's pacer: the budget in any second, one message per chat per interval, and
a global pause after a 429."""

from __future__ import annotations

import asyncio
import time

from bot.dispatch.pacing import Pacer


async def _times(pacer: Pacer, chats: list[str]) -> list[float]:
    times: list[float] = []

    async def one(chat: str) -> None:
        await pacer.slot(chat)
        times.append(time.monotonic())

    await asyncio.gather(*(one(c) for c in chats))
    return sorted(times)


async def test_no_second_holds_more_than_the_budget() -> None:
    times = await _times(Pacer(50.0), [str(n) for n in range(80)])
    most = max(sum(1 for t in times if start <= t < start + 1.0) for start in times)
    assert most <= 51
    assert times[-1] - times[0] >= 79 / 50 * 0.9


async def test_one_chat_waits_its_interval() -> None:
    times = await _times(Pacer(100.0, per_chat_seconds=0.2), ["same"] * 4)
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert min(gaps) >= 0.19


async def test_a_429_pauses_everyone() -> None:
    pacer = Pacer(100.0)
    await pacer.slot("a")
    pacer.pause(0.3)
    started = time.monotonic()
    await pacer.slot("b")
    assert time.monotonic() - started >= 0.29
