"""The dispatcher over HTTP against the fake Bot API server with Telegram's limits enforced:
exactly once, 429 honoured, two dispatchers on one database, a restart mid-batch."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from bot.backend import Backend
from bot.dispatch.checkins import CheckinDispatcher
from bot.dispatch.telegram import TelegramSender
from bot.flows.core import Context
from tests.botapi.server import FakeBotAPI
from tests.checkins.helpers import make_due, new_worker, opt_in
from tests.conftest import SERVICE_TOKEN

TOKEN = "424242:DISPATCH-TEST"


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI(token=TOKEN) as api:
        api.enforce_limits(global_per_sec=30, per_chat_per_sec=1)
        yield api
        assert api.internal_errors == []


@pytest.fixture
async def sender(fake: FakeBotAPI) -> AsyncIterator[TelegramSender]:
    async with TelegramSender.standalone(TOKEN, fake.base_url) as s:
        yield s


async def due_workers(client: httpx.AsyncClient, app: Any, count: int) -> list[str]:
    chats = []
    for n in range(count):
        pid = await new_worker(client, 1000 + n)
        chats.append((await opt_in(client, pid)) and str(800000 + pid))
    await make_due(app)
    return chats


def dispatcher(app: Any, send: Any, ctx: Context, **kw: Any) -> CheckinDispatcher:
    return CheckinDispatcher(backend=Backend.in_process(app, SERVICE_TOKEN), send=send,
                             ctx=ctx, **kw)


def delivered(fake: FakeBotAPI) -> Counter[str]:
    return Counter(str(c.chat_id) for c in fake.sent if c.method == "sendMessage" and c.ok)


async def test_due_check_ins_go_out_once_within_the_budget(
        client: httpx.AsyncClient, app: Any, ctx: Context, fake: FakeBotAPI,
        sender: TelegramSender,
        volunteer_headers: dict[str, str]) -> None:
    chats = await due_workers(client, app, 40)
    d = dispatcher(app, sender, ctx, budget=25.0, batch=100)
    assert await d.run_once() == 40
    assert delivered(fake) == Counter(chats)  # every chat once
    # paced, not bursted: the fake enforces Telegram's 30/s, so a burst of 40 would meet 429s
    assert fake.stats.rate_limited == 0 and d.stats.rate_limited == 0
    message = fake.messages(int(chats[0]))[0]
    assert message["text"] == "Apa kabar minggu ini? 🙂"
    data = [b["callback_data"] for row in message["reply_markup"]["inline_keyboard"]
            for b in row]
    assert [x.rsplit(":", 1)[1] for x in data] == ["b", "k", "h"]
    assert await d.run_once() == 0  # all marked sent: nothing left to lease
    picture = (await client.get("/checkins/watchlist", headers=volunteer_headers)).json()
    assert picture == []


async def test_429_is_honoured_with_retry_after(
        client: httpx.AsyncClient, app: Any, ctx: Context, fake: FakeBotAPI,
        sender: TelegramSender) -> None:
    chats = await due_workers(client, app, 6)
    fake.fail_next("sendMessage", 429, retry_after=1, times=2)
    d = dispatcher(app, sender, ctx, budget=25.0)
    await d.run_once()
    assert d.stats.rate_limited == 2 and fake.stats.rate_limited == 2
    assert delivered(fake) == Counter(chats)
    calls = [c for c in fake.sent if c.method == "sendMessage"]
    last_429 = max(c.time for c in calls if not c.ok)
    first_after = min(c.time for c in calls if c.ok and c.time > last_429)
    assert first_after - last_429 >= 0.95  # nobody sent during retry_after


async def test_a_budget_above_telegrams_limit_meets_429s_and_still_delivers_once(
        client: httpx.AsyncClient, app: Any, ctx: Context, fake: FakeBotAPI,
        sender: TelegramSender) -> None:
    chats = await due_workers(client, app, 50)
    d = dispatcher(app, sender, ctx, budget=100.0)  # misconfigured: the fake says 30/s
    await d.run_once()
    assert d.stats.rate_limited > 0
    assert delivered(fake) == Counter(chats)


async def test_two_dispatchers_on_one_database_send_each_once(
        client: httpx.AsyncClient, app: Any, ctx: Context, fake: FakeBotAPI,
        sender: TelegramSender) -> None:
    fake.enforce_limits(global_per_sec=200, per_chat_per_sec=1)
    chats = await due_workers(client, app, 120)
    one = dispatcher(app, sender, ctx, budget=60.0, batch=15)
    two = dispatcher(app, sender, ctx, budget=60.0, batch=15)
    stop = asyncio.Event()
    runs = [asyncio.create_task(d.run(stop, idle_seconds=0.2)) for d in (one, two)]
    await fake.wait_for(lambda: sum(delivered(fake).values()) >= len(chats), timeout=30,
                        what="all check-ins")
    await asyncio.sleep(0.5)  # would a double still come?
    stop.set()
    await asyncio.gather(*runs)
    assert delivered(fake) == Counter(chats)
    assert one.stats.sent + two.stats.sent == len(chats)
    if app.state.engine.dialect.name == "postgresql":
        assert one.stats.sent > 0 and two.stats.sent > 0  # really shared


async def test_a_dispatcher_killed_mid_batch_loses_and_repeats_nothing(
        client: httpx.AsyncClient, app: Any, ctx: Context, fake: FakeBotAPI,
        sender: TelegramSender) -> None:
    chats = await due_workers(client, app, 30)
    first = dispatcher(app, sender, ctx, budget=10.0, batch=30, lease_seconds=6)
    marked = 0
    task: asyncio.Task[int] | None = None
    call = first.backend.checkin_call

    async def killed_after_twelve_marks(method: str, url: str, body: Any = None) -> Any:
        nonlocal marked
        answer = await call(method, url, body)
        if url == "/checkins/sent":
            marked += len(body["ids"])
            if marked >= 12 and task is not None:
                task.cancel()  # the process dies here, with the rest of the batch unsent
        return answer

    first.backend.checkin_call = killed_after_twelve_marks  # type: ignore[method-assign]
    task = asyncio.create_task(first.run_once())
    with pytest.raises(asyncio.CancelledError):
        await task
    got = delivered(fake)
    assert 12 <= sum(got.values()) < len(chats) and max(got.values()) == 1

    second = dispatcher(app, sender, ctx, budget=25.0, batch=30, lease_seconds=6)
    assert await second.run_once() == 0  # the dead one's lease still runs
    stop = asyncio.Event()
    run = asyncio.create_task(second.run(stop, idle_seconds=0.3))
    await fake.wait_for(lambda: sum(delivered(fake).values()) >= len(chats), timeout=20,
                        what="the rest after the lease expired")
    stop.set()
    await run
    assert delivered(fake) == Counter(chats)  # none lost, none repeated
