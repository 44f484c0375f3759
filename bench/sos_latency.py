"""Time from an SOS update to the volunteers' alert leaving for Telegram.

Everything as `kawan run` runs it, in one process: the real PTB Application (long polling),
the engine, the API in-process with its scheduler and outbox, on PostgreSQL; Telegram is the
fake Bot API server of tests/ on loopback. An SOS is pushed as an update; the clock stops
when the fake server receives the group card (sendMessage to the volunteers' group).

Background load: ordinary messages from many other chats, pushed at a steady rate.

    python bench/sos_latency.py --sos 60 --background 0 --background 100

Prints p50, p90, p99 and max per background rate. Uses database kawan_bench_sos (dropped and
created afresh).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from api.core.timeutil import utcnow  # noqa: E402
from api.main import create_app, start, stop  # noqa: E402
from api.volunteers import service as volunteers  # noqa: E402
from kawan import migrate  # noqa: E402
from kawan.settings import REPO_ROOT, Settings  # noqa: E402
from kawan.telegram_app import build_application, running  # noqa: E402
from kawan.wiring import build_bot_parts  # noqa: E402
from tests.botapi.server import FakeBotAPI  # noqa: E402

URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/kawan_bench_sos"
TOKEN = "123456:BENCH"
GROUP = -100555000111


async def fresh_database() -> None:
    import asyncpg

    conn = await asyncpg.connect("postgresql://postgres@127.0.0.1:5432/postgres")
    try:
        await conn.execute('DROP DATABASE IF EXISTS "kawan_bench_sos" WITH (FORCE)')
        await conn.execute('CREATE DATABASE "kawan_bench_sos"')
    finally:
        await conn.close()
    await asyncio.to_thread(migrate.upgrade, URL)


async def background(api: FakeBotAPI, rate: float, stop_at: list[bool]) -> int:
    """Ordinary chatter from many chats at `rate` updates per second."""
    if rate <= 0:
        return 0
    sent = 0
    start_t = time.monotonic()
    chat = 3_000_000
    while not stop_at[0]:
        due = int((time.monotonic() - start_t) * rate)
        while sent < due:
            chat += 1
            api.push_text(chat, "halo kak, mau tanya", user_id=chat)
            sent += 1
        await asyncio.sleep(0.005)
    return sent


async def measure(api: FakeBotAPI, count: int, first_chat: int) -> list[float]:
    latencies: list[float] = []
    for i in range(count):
        chat = first_chat + i
        cards_before = sum(1 for c in api.sent if c.method == "sendMessage" and c.chat_id == GROUP)
        t0 = time.monotonic()
        api.push_command(chat, "/sos", user_id=chat)

        def card_sent(n: int = cards_before) -> Any:
            cards = [c for c in api.sent if c.method == "sendMessage" and c.chat_id == GROUP]
            return cards[n] if len(cards) > n else None

        call = await api.wait_for(card_sent, timeout=30, what="group card")
        latencies.append(call.time - t0)
        await asyncio.sleep(0.2)  # SOS from different people, not one burst
    return latencies


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


async def run(rate: float, count: int) -> None:
    await fresh_database()
    async with FakeBotAPI(token=TOKEN) as api:
        settings = Settings(environment="test", database_url=URL, telegram_bot_token=TOKEN,
                            telegram_api_base_url=api.base_url,
                            telegram_api_base_file_url=api.base_file_url,
                            content_dir=REPO_ROOT / "content", scheduler_enabled=True,
                            log_level="WARNING")
        app = create_app(settings)
        await start(app)
        async with app.state.sessionmaker() as session:
            code = await volunteers.create_link_code(session=session, now=utcnow())
        parts = build_bot_parts(settings, api_app=app)
        try:
            async with running(build_application(settings, parts), poll_timeout=1):
                api.add_chat(GROUP, "supergroup", title="Relawan")
                api.push_text(GROUP, f"/link {code}", user_id=1, chat_type="supergroup")
                await api.wait_for_message(GROUP, contains="kartu kasus")
                flag = [False]
                load = asyncio.create_task(background(api, rate, flag))
                await asyncio.sleep(2.0 if rate else 0)  # let the load settle
                latencies = await measure(api, count, 9_000_000)
                flag[0] = True
                pushed = await load
                api.reset_sent()
        finally:
            await parts.aclose()
            await stop(app)
    ms = [x * 1000 for x in latencies]
    print(f"background {rate:>5.0f} updates/s ({pushed} pushed): SOS n={len(ms)}  "
          f"p50 {pct(ms, 50):6.0f} ms  p90 {pct(ms, 90):6.0f} ms  p99 {pct(ms, 99):6.0f} ms  "
          f"max {max(ms):6.0f} ms  mean {statistics.mean(ms):6.0f} ms", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sos", type=int, default=60, help="SOS updates per background rate")
    parser.add_argument("--background", type=float, action="append",
                        help="background updates per second (repeatable); default 0 and 100")
    args = parser.parse_args()
    import logging

    logging.basicConfig(level=logging.ERROR)
    for rate in args.background or [0.0, 100.0]:
        asyncio.run(run(rate, args.sos))


if __name__ == "__main__":
    main()
