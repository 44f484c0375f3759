"""The outbox: leases, retries, rate limits, dead letters; the Telegram notifier over HTTP."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from typing import Any

import pytest

from api.core.timeutil import utcnow
from api.notify.enums import OutboxKind
from api.notify.fake import FakeNotifier
from api.notify.notifier import Buttons, PermanentError, RetryLater, TransientError
from api.notify.service import enqueue
from tests.api.support import Member, deliver, rows


async def _queue(app: Any, n: int, now: datetime, *, chat: int = 4000,
                 kind: OutboxKind = OutboxKind.RELAY_TO_REPORTER) -> None:
    async with app.state.sessionmaker() as session:
        for i in range(n):
            await enqueue(session=session, key=f"test:{kind}:{i}", kind=kind, chat_id=chat + i,
                          text=f"pesan {i}", now=now)
        await session.commit()


async def _row(app: Any) -> Any:
    (row,) = await rows(app, "SELECT attempts, next_attempt_at, sent_at, dead, leased_until, "
                             "last_error FROM outbox ORDER BY id LIMIT 1")
    return row


def _at(value: Any) -> datetime:
    from datetime import UTC

    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


async def test_a_429_reschedules_at_retry_after(app: Any, notifier: FakeNotifier) -> None:
    now = utcnow()
    await _queue(app, 1, now)
    notifier.fail_next(RetryLater(7))
    assert await deliver(app, notifier, now) == 0
    row = await _row(app)
    assert _at(row.next_attempt_at) == now + timedelta(seconds=7)
    assert row.attempts == 0 and row.sent_at is None and row.leased_until is None
    assert await deliver(app, notifier, now + timedelta(seconds=6)) == 0
    assert await deliver(app, notifier, now + timedelta(seconds=7)) == 1
    assert [s.text for s in notifier.sent] == ["pesan 0"]


async def test_a_500_retries_with_growing_backoff(app: Any, notifier: FakeNotifier) -> None:
    now = utcnow()
    await _queue(app, 1, now)
    notifier.fail_next(TransientError("HTTP 500"), TransientError("HTTP 500"))
    assert await deliver(app, notifier, now) == 0
    first = await _row(app)
    delay1 = _at(first.next_attempt_at) - now
    assert first.attempts == 1 and first.last_error == "TransientError"
    assert timedelta(seconds=1) <= delay1 <= timedelta(seconds=2)
    assert await deliver(app, notifier, now) == 0  # not due yet: no call made
    later = now + timedelta(seconds=2)
    assert await deliver(app, notifier, later) == 0
    second = await _row(app)
    delay2 = _at(second.next_attempt_at) - later
    assert second.attempts == 2 and timedelta(seconds=2) <= delay2 <= timedelta(seconds=4)
    assert await deliver(app, notifier, later + timedelta(seconds=4)) == 1
    assert (await _row(app)).sent_at is not None


async def test_too_many_failures_dead_letter_and_alert_coordinators(
        app: Any, notifier: FakeNotifier, coordinator: Member) -> None:
    now = utcnow()
    await _queue(app, 1, now)
    notifier.fail_next(*[TransientError("timeout")] * 3)
    for step in range(3):
        await deliver(app, notifier, now + timedelta(hours=step), max_attempts=3)
    row = await _row(app)
    assert row.dead and row.attempts == 3 and row.sent_at is None
    await deliver(app, notifier, now + timedelta(hours=4), max_attempts=3)
    (alert,) = notifier.to(9001)
    assert "gagal terkirim" in alert.text and "pesan 0" not in alert.text


async def test_a_permanent_refusal_is_dead_at_once(app: Any, notifier: FakeNotifier,
                                                   coordinator: Member) -> None:
    now = utcnow()
    await _queue(app, 1, now)
    notifier.fail_next(PermanentError("HTTP 403"))
    await deliver(app, notifier, now)
    row = await _row(app)
    assert row.dead and row.last_error == "permanent"
    kinds = await rows(app, "SELECT kind FROM outbox ORDER BY id")
    assert [k.kind for k in kinds] == ["relay_to_reporter", "dead_letter_alert"]


class SlowNotifier(FakeNotifier):
    async def send_message(self, chat_id: str, text: str, buttons: Buttons | None) -> int:
        await asyncio.sleep(0.005)
        return await super().send_message(chat_id, text, buttons)


class Crash(BaseException):
    """A worker killed mid-batch (not an Exception: nothing catches it)."""


class CrashingNotifier(FakeNotifier):
    def __init__(self, after: int) -> None:
        super().__init__()
        self.after = after

    async def send_message(self, chat_id: str, text: str, buttons: Buttons | None) -> int:
        if len(self.sent) == self.after:
            raise Crash()
        return await super().send_message(chat_id, text, buttons)


async def test_a_crash_mid_batch_resends_only_unsent_rows(app: Any) -> None:
    now = utcnow()
    async with app.state.sessionmaker() as session:  # one chat: sent in order
        for i in range(5):
            await enqueue(session=session, key=f"relay:{i}", kind=OutboxKind.RELAY_TO_REPORTER,
                          chat_id=4000, text=f"pesan {i}", now=now)
        await session.commit()
    crashing = CrashingNotifier(after=2)
    with pytest.raises(Crash):
        await deliver(app, crashing, now)
    assert [s.text for s in crashing.sent] == ["pesan 0", "pesan 1"]
    rescuer = FakeNotifier()
    assert await deliver(app, rescuer, now + timedelta(seconds=60)) == 0  # still leased
    assert await deliver(app, rescuer, now + timedelta(seconds=121)) == 3
    assert [s.text for s in rescuer.sent] == ["pesan 2", "pesan 3", "pesan 4"]


async def test_nothing_is_sent_once_the_lease_is_nearly_over(app: Any) -> None:
    """A slow batch stops before its lease ends, so no other worker can double a row."""
    now = utcnow()
    await _queue(app, 1, now)
    slow = SlowNotifier()
    assert await deliver(app, slow, now, lease=timedelta(seconds=15)) == 0
    assert slow.sent == []
    assert await deliver(app, slow, now + timedelta(seconds=16)) == 1


async def test_concurrent_workers_never_send_a_row_twice(app: Any) -> None:
    """PostgreSQL: FOR UPDATE SKIP LOCKED; SQLite: the one-statement lease."""
    now = utcnow()
    await _queue(app, 60, now)
    shared = SlowNotifier()
    sent = await asyncio.gather(*(deliver(app, shared, now, batch=7) for _ in range(6)))
    while sum(sent) < 60:
        more = await asyncio.gather(*(deliver(app, shared, now, batch=7) for _ in range(6)))
        assert sum(more) > 0
        sent += more
    texts = [s.text for s in shared.sent]
    assert len(texts) == 60 and len(set(texts)) == 60


async def test_an_edit_waits_for_the_message_it_edits(app: Any, notifier: FakeNotifier) -> None:
    now = utcnow()
    async with app.state.sessionmaker() as session:
        await enqueue(session=session, key="card", kind=OutboxKind.CARD, chat_id=-100,
                      text="kartu", now=now)
        await enqueue(session=session, key="card:claimed", kind=OutboxKind.CARD_EDIT,
                      chat_id=-100, text="kartu (diambil)", now=now, edit_of="card")
        await session.commit()
    notifier.fail_next(RetryLater(3))
    await deliver(app, notifier, now)
    assert notifier.sent == []
    await deliver(app, notifier, now + timedelta(seconds=5))
    card, edit = notifier.sent
    assert (card.edited, edit.edited, edit.message_id) == (False, True, card.message_id)
