"""The check-in dispatcher: lease due messages from the API, send them within Telegram's
limits, mark each one sent as soon as Telegram accepts it.

Exactly once, and where it can fail:
* Leases are disjoint (the API's `FOR UPDATE SKIP LOCKED`), so two dispatchers never hold
  the same message at once.
* A message is never *started* after its lease (minus a margin) or its safe window is over,
  so it is re-leased only when no dispatcher can still be sending it.
* An accepted message is marked sent right away (marks are coalesced: while one mark call is
  in flight, the next ones queue and go together), so a dispatcher killed mid-batch leaves
  only its unsent messages, which are leased again when the lease expires.
* Residual window: Telegram has no idempotency key. If the process dies after Telegram
  accepted a message and before the API stored the mark (one mark round trip, a few ms), or
  a send times out after Telegram accepted it, that message is sent again after the lease
  expires. The alternative, marking before sending, would lose messages instead.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from api.core.timeutil import utcnow
from bot.backend import Backend, BackendRejected, BackendUnavailable
from bot.dispatch.pacing import Pacer
from bot.flows.checkin import dispatch_reply
from bot.flows.core import Context, Reply

log = logging.getLogger(__name__)
START_MARGIN = 5.0  # seconds (at most a quarter of the lease): no send starts later


class RateLimited(Exception):
    def __init__(self, retry_after: float) -> None:
        super().__init__(retry_after)
        self.retry_after = retry_after


class Undeliverable(Exception):
    """The chat cannot receive it (blocked the bot, chat gone): do not try again."""


Send = Callable[[str, Reply], Awaitable[None]]


@dataclass
class DispatchStats:
    sent: int = 0
    rate_limited: int = 0
    undeliverable: int = 0
    skipped_late: int = 0  # lease or window ran out before its turn: left for a re-lease
    failed: int = 0  # ambiguous failures (timeouts, 5xx): left for a re-lease
    started: float = field(default_factory=time.monotonic)


class CheckinDispatcher:
    def __init__(self, *, backend: Backend, send: Send, ctx: Context, budget: float = 25.0,
                 per_chat_seconds: float = 1.0, batch: int = 200, lease_seconds: int = 120,
                 concurrency: int = 64) -> None:
        self.backend = backend
        self.send = send
        self.ctx = ctx
        self.pacer = Pacer(budget, per_chat_seconds)
        self.batch = batch
        self.lease_seconds = lease_seconds
        self.stats = DispatchStats()
        self._in_flight = asyncio.Semaphore(concurrency)
        self._to_mark: list[int] = []
        self._to_fail: list[int] = []
        self._marker: asyncio.Task[None] | None = None

    async def run(self, stop: asyncio.Event, *, idle_seconds: float = 5.0) -> None:
        """Until `stop` is set. An unreachable API is waited out, never fatal."""
        while not stop.is_set():
            try:
                count = await self.run_for(None, stop)
            except (BackendUnavailable, BackendRejected):
                log.warning("check-in dispatch: API unavailable, trying again")
                count = 0
            if count == 0:
                try:
                    await asyncio.wait_for(stop.wait(), idle_seconds)
                except TimeoutError:
                    pass

    async def run_once(self) -> int:
        """Lease one batch and work through it. Returns how many were leased."""
        items, deadline = await self._lease()
        await self._work(items, deadline)
        return len(items)

    async def run_for(self, seconds: float | None, stop: asyncio.Event | None = None) -> int:
        """Batches back to back until none is due or time is up; the next batch is leased
        while the current one is sent, so the budget is not left idle between batches."""
        started, total = time.monotonic(), 0
        pending: asyncio.Task[tuple[list[dict[str, Any]], float]] | None = (
            asyncio.create_task(self._lease()))
        while pending is not None:
            items, deadline = await pending
            if not items:
                break
            total += len(items)
            go_on = ((seconds is None or time.monotonic() - started < seconds)
                     and not (stop is not None and stop.is_set()))
            pending = asyncio.create_task(self._lease()) if go_on else None
            await self._work(items, deadline)
        return total

    async def _lease(self) -> tuple[list[dict[str, Any]], float]:
        leased_at = time.monotonic()
        items = await self.backend.checkin_call(
            "POST", "/checkins/lease", {"limit": self.batch, "lease_seconds": self.lease_seconds})
        return items, leased_at + self.lease_seconds - min(START_MARGIN, self.lease_seconds / 4)

    async def _work(self, items: list[dict[str, Any]], deadline: float) -> None:
        await asyncio.gather(*(self._one(item, deadline) for item in items))
        await self.flush()

    async def _one(self, item: dict[str, Any], deadline: float) -> None:
        chat_id = str(item["chat_id"])
        reply = dispatch_reply(item["kind"], item["language"], item["params"],
                               int(item["checkin_id"]), self.ctx)
        send_before = datetime.fromisoformat(item["send_before"])
        async with self._in_flight:
            while True:
                await self.pacer.slot(chat_id)
                if time.monotonic() >= deadline or utcnow() >= send_before:
                    self.stats.skipped_late += 1  # not ours any more, or outside the window
                    return
                try:
                    await self.send(chat_id, reply)
                except RateLimited as exc:
                    self.stats.rate_limited += 1
                    self.pacer.pause(exc.retry_after)
                    continue
                except Undeliverable:
                    self.stats.undeliverable += 1
                    self._to_fail.append(int(item["id"]))
                    self._kick()
                    return
                except Exception as exc:  # a timeout may still have been delivered
                    self.stats.failed += 1
                    log.warning("check-in send failed: %s", type(exc).__name__)
                    return
                break
        self.stats.sent += 1
        self._to_mark.append(int(item["id"]))
        self._kick()

    def _kick(self) -> None:
        if self._marker is None or self._marker.done():
            self._marker = asyncio.create_task(self._mark_loop())

    async def _mark_loop(self) -> None:
        while self._to_mark or self._to_fail:
            ids, self._to_mark = self._to_mark, []
            failed, self._to_fail = self._to_fail, []
            try:
                await self.backend.checkin_call("POST", "/checkins/sent",
                                                {"ids": ids, "failed": failed})
            except (BackendUnavailable, BackendRejected):
                self._to_mark[:0], self._to_fail[:0] = ids, failed
                await asyncio.sleep(1.0)  # keep them; the API comes back

    async def flush(self) -> None:
        """Wait until every accepted message is marked."""
        while self._marker is not None and not self._marker.done():
            await self._marker
        if self._to_mark or self._to_fail:
            self._kick()
            await self.flush()
