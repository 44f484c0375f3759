"""`kawan volunteer add | link-group | list`: accounts for KAWAN-PMI volunteers."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import sys
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, TypeVar

from api.volunteers.enums import VolunteerRole
from kawan.settings import get_settings

if TYPE_CHECKING:
    from sqlmodel.ext.asyncio.session import AsyncSession

T = TypeVar("T")
MIN_PASSWORD_LENGTH = 10  # checked again, with the same rule, by api.volunteers.service


def _with_session(work: Callable[[AsyncSession], Awaitable[T]]) -> T:
    """Run `work` with a database session. Imports the API only when a command needs it,
    so `kawan content check` and friends start fast."""
    from api import crypto
    from api.db import make_engine, make_sessionmaker

    settings = get_settings()
    crypto.configure(settings.encryption_keys, settings.secret_key)

    async def run() -> T:
        engine = make_engine(settings.database_url)
        try:
            async with make_sessionmaker(engine)() as session:
                return await work(session)
        finally:
            await engine.dispose()

    return asyncio.run(run())


def _read_password() -> str:
    """From the terminal (asked twice, not echoed) or one line of piped stdin."""
    if sys.stdin.isatty():
        first = getpass.getpass("Password: ")
        if first != getpass.getpass("Password again: "):
            raise ValueError("the two passwords differ")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def cmd_add(args: argparse.Namespace) -> int:
    try:
        password = _read_password()
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if len(password.strip()) < MIN_PASSWORD_LENGTH:
        print(f"error: the password needs at least {MIN_PASSWORD_LENGTH} characters "
              "(give it on stdin)", file=sys.stderr)
        return 2

    from api.volunteers import service

    async def add(session: AsyncSession) -> str:
        volunteer = await service.create_volunteer(
            session=session, name=args.name, role=VolunteerRole(args.role), password=password,
            telegram_user_id=args.telegram_id)
        return f"added {volunteer.role} {volunteer.name!r} (id {volunteer.id})"

    try:
        print(_with_session(add))
    except service.VolunteerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


def cmd_link_group(args: argparse.Namespace) -> int:
    from api.core.timeutil import utcnow
    from api.volunteers import service

    async def code(session: AsyncSession) -> str:
        return await service.create_link_code(session=session, now=utcnow())

    value = _with_session(code)
    minutes = int(service.LINK_CODE_TTL.total_seconds() // 60)
    print(f"One-time code: {value}")
    print(f"Add the bot to the volunteers' Telegram group, then in the group, send /link {value}")
    print(f"The code works once and expires in {minutes} minutes.")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from api.volunteers import service

    async def rows(session: AsyncSession) -> list[str]:
        found = await service.list_volunteers(session=session)
        return [f"{v.id}\t{v.name}\t{v.role}\t"
                f"{'telegram' if v.telegram_user_id else '-'}\t"
                f"{'active' if v.active else 'inactive'}" for v in found]

    lines = _with_session(rows)
    print("id\tname\trole\ttelegram\tstatus")
    for line in lines:
        print(line)
    if not lines:
        print("(no volunteers yet: kawan volunteer add NAME --role coordinator)")
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    volunteer = sub.add_parser("volunteer", help="volunteers and their Telegram group")
    commands = volunteer.add_subparsers(dest="volunteer_command", required=True)
    p = commands.add_parser("add", help="add a volunteer; the password is read from stdin")
    p.add_argument("name")
    p.add_argument("--role", choices=[r.value for r in VolunteerRole], default="volunteer")
    p.add_argument("--telegram-id", type=int, default=None,
                   help="their numeric Telegram user id (to take cases from the group)")
    p.set_defaults(func=cmd_add)
    p = commands.add_parser("link-group", help="a one-time code to link the volunteers' group")
    p.set_defaults(func=cmd_link_group)
    commands.add_parser("list", help="list volunteers").set_defaults(func=cmd_list)
