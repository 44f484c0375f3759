"""The `kawan` command: run, api, bot, chat, db upgrade, content check, classify, secrets."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from datetime import date
from pathlib import Path

from kawan.cli_volunteer import register as register_volunteer
from kawan.settings import get_settings, new_secrets


def _logging(level: str) -> None:
    logging.basicConfig(level=level.upper(),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # httpx logs every request URL at INFO; PTB's URLs carry the bot token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    # APScheduler logs every run at INFO; the outbox job runs every second.
    logging.getLogger("apscheduler").setLevel(logging.WARNING)


def cmd_run(args: argparse.Namespace) -> int:
    from kawan import migrate
    from kawan.serve import serve_all

    settings = get_settings()
    migrate.upgrade(settings.database_url)
    asyncio.run(serve_all(settings, args.host or settings.api_host, args.port or settings.api_port))
    return 0


def cmd_api(args: argparse.Namespace) -> int:
    from kawan.serve import serve_api

    settings = get_settings()
    asyncio.run(serve_api(settings, args.host or settings.api_host, args.port or settings.api_port))
    return 0


def cmd_bot(args: argparse.Namespace) -> int:
    from kawan.serve import serve_bot

    settings = get_settings()
    if not settings.telegram_bot_token:
        print("TELEGRAM_BOT_TOKEN is not set. Get one from @BotFather (send /newbot).",
              file=sys.stderr)
        return 2
    asyncio.run(serve_bot(settings))
    return 0


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from kawan import migrate

    migrate.upgrade(get_settings().database_url, args.revision)
    print("database is up to date")
    return 0


def cmd_chat(args: argparse.Namespace) -> int:
    from kawan import migrate
    from kawan.chat import run_chat

    settings = get_settings()
    migrate.upgrade(settings.database_url)
    run_chat(settings, args.who)
    return 0


def cmd_content_check(args: argparse.Namespace) -> int:
    from kawan.content.check import check_content
    from kawan.content.problems import Severity

    content_dir = Path(args.dir) if args.dir else get_settings().content_dir
    problems = check_content(content_dir, today=date.today())
    for problem in problems:
        print(problem)
    errors = sum(p.severity is Severity.ERROR for p in problems)
    warnings = len(problems) - errors
    print(f"content: {errors} error(s), {warnings} warning(s) in {content_dir}")
    return 1 if errors else 0


def cmd_agencies_import(args: argparse.Namespace) -> int:
    from kawan.agencies_import import import_agencies

    try:
        list_date = date.fromisoformat(args.list_date)
    except ValueError:
        print(f"--list-date {args.list_date!r}: write the list's date as YYYY-MM-DD",
              file=sys.stderr)
        return 2
    return asyncio.run(import_agencies(
        path=Path(args.file), source=args.source, list_date=list_date,
        database_url=get_settings().database_url, skip_bad_rows=args.skip_bad_rows,
        out=sys.stdout))


def cmd_classify(args: argparse.Namespace) -> int:
    """One message per line on stdin ➜ one JSON object per line on stdout."""
    import json

    from bot.flows.distress import classify

    for line in sys.stdin:
        text = line.rstrip("\n")
        verdict = classify(text)
        print(json.dumps({"text": text, "level": str(verdict.level),
                          "categories": list(verdict.categories),
                          "cues": list(verdict.matched)}, ensure_ascii=False), flush=True)
    return 0


def cmd_secrets(args: argparse.Namespace) -> int:
    for key, value in new_secrets().items():
        print(f"{key}={value}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kawan", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    for name, func, helptext in (
        ("run", cmd_run, "API + bot in one process (migrations applied first)"),
        ("api", cmd_api, "the API only"),
    ):
        p = sub.add_parser(name, help=helptext)
        p.add_argument("--host", default=None)
        p.add_argument("--port", type=int, default=None)
        p.set_defaults(func=func)

    sub.add_parser("bot", help="the bot only (polling, or webhook with WEBHOOK_URL)").set_defaults(
        func=cmd_bot)

    p = sub.add_parser("chat", help="talk to the bot's flows in this terminal")
    p.add_argument("--who", default="local", help="which console person you are")
    p.set_defaults(func=cmd_chat)

    db = sub.add_parser("db", help="database").add_subparsers(dest="db_command", required=True)
    p = db.add_parser("upgrade", help="apply migrations")
    p.add_argument("revision", nargs="?", default="heads")
    p.set_defaults(func=cmd_db_upgrade)

    content = sub.add_parser("content", help="content/").add_subparsers(
        dest="content_command", required=True)
    p = content.add_parser("check", help="validate content/ and say what is wrong")
    p.add_argument("--dir", default=None)
    p.set_defaults(func=cmd_content_check)

    agencies = sub.add_parser("agencies", help="the list of licensed P3MI").add_subparsers(
        dest="agencies_command", required=True)
    p = agencies.add_parser("import", help="replace the licensed list with a CSV export")
    p.add_argument("file", help="CSV with columns name, licence_number (and city)")
    p.add_argument("--list-date", required=True, help="date of the official list, YYYY-MM-DD")
    p.add_argument("--source", required=True, help='where it came from, e.g. "SISKOP2MI export"')
    p.add_argument("--skip-bad-rows", action="store_true",
                   help="import the good rows even when some rows are bad")
    p.set_defaults(func=cmd_agencies_import)

    sub.add_parser("secrets", help="print fresh secrets for production").set_defaults(
        func=cmd_secrets)
    sub.add_parser("classify", help="distress level of each stdin line, as JSON lines"
                   ).set_defaults(func=cmd_classify)
    register_volunteer(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command not in ("content", "secrets", "classify"):
        _logging(get_settings().log_level)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    raise SystemExit(main())
