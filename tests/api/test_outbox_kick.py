"""Kicking the outbox: what a route just queued leaves at once, not at the next run."""

from __future__ import annotations

import asyncio

from api.notify.kick import Kicker


async def test_a_kick_runs_once_and_a_kick_during_a_run_runs_once_more() -> None:
    runs = 0
    gate = asyncio.Event()

    async def deliver() -> None:
        nonlocal runs
        runs += 1
        await gate.wait()

    kicker = Kicker(deliver)
    kicker.kick()
    await asyncio.sleep(0)
    kicker.kick()
    kicker.kick()  # many kicks during one run: one more run, not many
    gate.set()
    await kicker.wait()
    assert runs == 2
    kicker.kick()
    await kicker.wait()
    assert runs == 3


async def test_a_failing_run_does_not_break_the_kicker() -> None:
    calls = 0

    async def deliver() -> None:
        nonlocal calls
        calls += 1
        raise RuntimeError("database down")

    kicker = Kicker(deliver)
    kicker.kick()
    await kicker.wait()
    kicker.kick()
    await kicker.wait()
    assert calls == 2
