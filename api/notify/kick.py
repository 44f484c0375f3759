"""Delivering at once what was just queued, without waiting for the next scheduled run.

The scheduler delivers the outbox every second; an SOS card should not wait up to that second.
Routes that queue something urgent call `kick_outbox(app)`: one extra delivery runs now. It is
safe next to the scheduled run (and other replicas) because rows are leased, never shared.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

log = logging.getLogger(__name__)


class Kicker:
    """Runs `deliver` on demand: at most one run at a time; a kick during a run asks for one
    more run right after, so a row committed while a run was leasing is not left waiting."""

    def __init__(self, deliver: Callable[[], Awaitable[Any]]) -> None:
        self._deliver = deliver
        self._task: asyncio.Task[None] | None = None
        self._again = False

    def kick(self) -> None:
        if self._task is not None and not self._task.done():
            self._again = True
            return
        self._task = asyncio.create_task(self._run())

    async def _run(self) -> None:
        while True:
            self._again = False
            try:
                await self._deliver()
            except Exception:  # the scheduled run will try again
                log.exception("outbox: immediate delivery failed")
            if not self._again:
                return

    async def wait(self) -> None:
        """For shutdown and tests: let a run in progress finish."""
        while self._task is not None and not self._task.done():
            await asyncio.shield(self._task)


def kick_outbox(app: Any) -> None:
    """Ask for an immediate delivery, when this process delivers at all."""
    kicker: Kicker | None = getattr(app.state, "outbox_kicker", None)
    if kicker is not None:
        kicker.kick()
