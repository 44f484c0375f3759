"""Check-in dispatch at scale, and the lease query time as the total number of workers grows.

Run from the repo root (PostgreSQL on 127.0.0.1:5432, trust auth; the database is recreated):

  python bench/checkins_dispatch.py dispatch --count 5000 --budget 25
      5,000 due check-ins at Telegram's real budget through the fake Bot API server, whose
      limits are Telegram's (30/s global, 1/s per chat): 0 429s expected.
  python bench/checkins_dispatch.py dispatch --count 100000 --budget 25 --timeout 6000
      100,000 at Telegram's real budget: about 67 minutes (run it in the background).
  python bench/checkins_dispatch.py dispatch --count 30000 --budget 2000 --fake-global 2400
      a raised budget (the fake server's global limit raised accordingly): the CPU's ceiling.
  python bench/checkins_dispatch.py lease --totals 10000,1000000
      the lease query with 10,000 and 1,000,000 scheduled workers (1,000 of them due).

The fake Bot API server runs in a process of its own (so it does not share a core with the
dispatcher); the dispatcher reaches the API in-process, as in `kawan run`. It prints the
achieved rate against the budget, 429s, duplicates and misses (both must be 0).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402

DB = "postgresql+asyncpg://postgres@127.0.0.1:5432/kawan_bench_checkins"
TOKEN = "987654:BENCH-CHECKINS"
DUE_SQL = ("SELECT id FROM checkin_schedule WHERE active AND NOT paused AND next_due_at <= :now "
           "ORDER BY next_due_at LIMIT :n FOR UPDATE SKIP LOCKED")


# --- the fake Bot API server, in its own process ----------------------------------------------

async def serve_fake(global_per_sec: int, per_chat: int) -> None:
    from tests.botapi.server import FakeBotAPI

    async with FakeBotAPI(token=TOKEN) as api:
        api.enforce_limits(global_per_sec=global_per_sec, per_chat_per_sec=per_chat)
        print(api.base_url, flush=True)
        await asyncio.to_thread(sys.stdin.readline)  # "stats" (or EOF) ends the run
        counts = Counter(str(c.chat_id) for c in api.sent if c.method == "sendMessage" and c.ok)
        print(json.dumps({"rate_limited": api.stats.rate_limited, "delivered": counts,
                          "max_in_flight": api.stats.max_in_flight}), flush=True)


# --- the database -------------------------------------------------------------------------------

async def fresh_database(url: str) -> None:
    import asyncpg

    from kawan import migrate

    dsn = url.replace("postgresql+asyncpg://", "postgresql://")
    base, _, name = dsn.rpartition("/")
    conn = await asyncpg.connect(base + "/postgres")
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    await asyncio.to_thread(migrate.upgrade, url)


def noon_zone(now: datetime) -> str:
    """A fixed-offset zone where it is around noon now, so a 0-24 window stays open."""
    offset = (12 - now.hour + 12) % 24 - 12
    return "Etc/GMT" if offset == 0 else f"Etc/GMT{'-' if offset > 0 else '+'}{abs(offset)}"


async def seed(url: str, *, total: int, due: int, distinct_chats: int) -> list[str]:
    """`total` workers with a weekly schedule; `due` of them due a minute ago. People and
    schedules by generate_series; the first `distinct_chats` get their own encrypted chat id
    (COPY), the rest share one ciphertext (same row width, no Fernet cost)."""
    import asyncpg

    from api.crypto import get_crypto

    now = datetime.now(UTC)
    zone = noon_zone(now)
    from zoneinfo import ZoneInfo

    local = now.astimezone(ZoneInfo(zone))
    crypto = get_crypto()
    filler = crypto.encrypt("100000000")
    conn = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://"))
    try:
        await conn.execute(
            "INSERT INTO person (id, role, language, country, timezone, created_at, updated_at) "
            "SELECT g, 'worker_abroad', 'id', 'HK', $2, now(), now() "
            "FROM generate_series(1, $1) g", total, zone)
        await conn.execute(
            "INSERT INTO checkin_schedule (person_id, day_of_week, hour, window_start, "
            "window_end, interval_weeks, active, paused, timezone, chat_id, next_due_at, "
            "missed_in_row, watch_reasons, created_at, updated_at) "
            "SELECT g, $2, $3, 0, 24, 1, true, false, $4, $5, "
            "CASE WHEN g <= $6 THEN $7::timestamptz "
            "ELSE $7::timestamptz + (g % 10000 + 1) * interval '1 minute' END, "
            "0, '[]'::json, now(), now() FROM generate_series(1, $1) g",
            total, local.weekday(), local.hour, zone, filler, due,
            now - timedelta(minutes=1))
        chats = [str(5_000_000 + n) for n in range(1, distinct_chats + 1)]
        await conn.execute("CREATE TEMP TABLE chats (person_id int, chat_id text)")
        await conn.copy_records_to_table(
            "chats", records=[(n, crypto.encrypt(c)) for n, c in enumerate(chats, start=1)])
        await conn.execute("UPDATE checkin_schedule s SET chat_id = c.chat_id FROM chats c "
                           "WHERE s.person_id = c.person_id")
        await conn.execute("SELECT setval('person_id_seq', $1)", total)
        await conn.execute("ANALYZE")
    finally:
        await conn.close()
    return chats


# --- dispatch -----------------------------------------------------------------------------------

async def dispatch(args: argparse.Namespace) -> None:
    from api.main import create_app
    from api.main import start as start_api
    from bot.backend import Backend
    from bot.dispatch.checkins import CheckinDispatcher
    from bot.dispatch.telegram import TelegramSender
    from kawan.settings import Settings
    from kawan.wiring import build_context

    settings = Settings(environment="test", database_url=args.db, service_token="bench",
                        scheduler_enabled=False)
    app = create_app(settings)
    await fresh_database(args.db)
    t0 = time.perf_counter()
    chats = await seed(args.db, total=args.count, due=args.count, distinct_chats=args.count)
    print(f"seeded {args.count:,} due check-ins in {time.perf_counter() - t0:.1f}s")
    await start_api(app)
    ctx = build_context(settings)
    fake = await asyncio.create_subprocess_exec(
        sys.executable, __file__, "serve-fake", "--global", str(args.fake_global),
        "--per-chat", str(args.fake_per_chat), cwd=ROOT, limit=2**26,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    assert fake.stdout is not None and fake.stdin is not None
    base_url = (await fake.stdout.readline()).decode().strip()
    share = args.budget / args.dispatchers
    senders = [TelegramSender.standalone(TOKEN, base_url, connections=args.concurrency)
               for _ in range(args.dispatchers)]
    dispatchers = [
        CheckinDispatcher(backend=Backend.in_process(app, "bench"), send=s, ctx=ctx,
                          budget=share, batch=args.batch, lease_seconds=args.lease_seconds,
                          concurrency=args.concurrency)
        for s in senders]
    for s in senders:
        await s.__aenter__()
    stop = asyncio.Event()
    started = time.perf_counter()
    runs = [asyncio.create_task(d.run(stop, idle_seconds=0.5)) for d in dispatchers]
    while sum(d.stats.sent for d in dispatchers) < args.count:
        await asyncio.sleep(0.5)
        if time.perf_counter() - started > args.timeout:
            print("timeout: not everything was sent")
            break
    took = time.perf_counter() - started
    stop.set()
    await asyncio.gather(*runs)
    for s in senders:
        await s.__aexit__()
    fake.stdin.write(b"stats\n")
    await fake.stdin.drain()
    report = json.loads(await fake.stdout.readline())
    await fake.wait()
    delivered: dict[str, int] = report["delivered"]
    duplicates = sum(n - 1 for n in delivered.values() if n > 1)
    misses = sum(1 for c in chats if delivered.get(c, 0) == 0)
    sent = sum(d.stats.sent for d in dispatchers)
    ours_429 = sum(d.stats.rate_limited for d in dispatchers)
    print(f"dispatchers: {args.dispatchers} (budget {share:g}/s each), batch {args.batch}, "
          f"fake server limits: {args.fake_global}/s global, {args.fake_per_chat}/s per chat")
    print(f"sent {sent:,} in {took:.1f}s: {sent / took:,.0f} msg/s against a budget of "
          f"{args.budget:g}/s ({100 * sent / took / args.budget:.0f}%)")
    print(f"429 answers: {report['rate_limited']} (dispatchers saw {ours_429})")
    print(f"duplicates: {duplicates}  misses: {misses}  (both must be 0)")


# --- the lease query ----------------------------------------------------------------------------

async def lease(args: argparse.Namespace) -> None:
    from api.checkins import dispatch as service
    from api.main import create_app
    from api.main import start as start_api
    from kawan.settings import Settings

    for total in (int(t) for t in args.totals.split(",")):
        settings = Settings(environment="test", database_url=args.db, service_token="bench",
                        scheduler_enabled=False)
        app = create_app(settings)
        await fresh_database(args.db)
        t0 = time.perf_counter()
        await seed(args.db, total=total, due=args.due, distinct_chats=min(total, args.due))
        print(f"\n== {total:,} scheduled workers, {args.due:,} due "
              f"(seeded in {time.perf_counter() - t0:.1f}s)")
        await start_api(app)
        async with app.state.engine.connect() as conn:
            plan = (await conn.execute(text("EXPLAIN (ANALYZE, BUFFERS) " + DUE_SQL),
                                       {"now": datetime.now(UTC), "n": args.batch})).all()
            print("EXPLAIN of the due-schedule query:")
            for row in plan:
                print("   ", row[0])
        timings = []
        for _ in range(args.rounds):
            async with app.state.sessionmaker() as session:
                t = time.perf_counter()
                items = await service.lease(session=session, limit=args.batch, lease_seconds=60)
                timings.append((time.perf_counter() - t) * 1000)
            assert len(items) == args.batch, len(items)
        timings.sort()
        print(f"lease of {args.batch} (materialise + lease + commit): median "
              f"{timings[len(timings) // 2]:.1f} ms, min {timings[0]:.1f} ms, "
              f"max {timings[-1]:.1f} ms over {args.rounds} rounds")
        await app.state.engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="mode", required=True)
    d = sub.add_parser("dispatch")
    d.add_argument("--db", default=DB)
    d.add_argument("--count", type=int, default=5000)
    d.add_argument("--budget", type=float, default=25.0)
    d.add_argument("--fake-global", type=int, default=30)
    d.add_argument("--fake-per-chat", type=int, default=1)
    d.add_argument("--dispatchers", type=int, default=1)
    d.add_argument("--batch", type=int, default=500)
    d.add_argument("--lease-seconds", type=int, default=120)
    d.add_argument("--concurrency", type=int, default=64)
    d.add_argument("--timeout", type=float, default=1200)
    s = sub.add_parser("lease")
    s.add_argument("--db", default=DB)
    s.add_argument("--totals", default="10000,1000000")
    s.add_argument("--due", type=int, default=1000)
    s.add_argument("--batch", type=int, default=100)
    s.add_argument("--rounds", type=int, default=9)
    f = sub.add_parser("serve-fake")
    f.add_argument("--global", dest="global_", type=int, default=30)
    f.add_argument("--per-chat", type=int, default=1)
    args = parser.parse_args()
    if args.mode == "serve-fake":
        asyncio.run(serve_fake(args.global_, args.per_chat))
    else:
        asyncio.run(dispatch(args) if args.mode == "dispatch" else lease(args))


if __name__ == "__main__":
    main()
