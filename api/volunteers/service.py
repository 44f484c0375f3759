"""Volunteers: accounts, Telegram identities, the linked group and its one-time codes."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from sqlalchemy import update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from api.crypto import get_crypto
from api.volunteers.enums import VolunteerRole
from api.volunteers.models import LinkCode, Volunteer, VolunteerGroup
from api.volunteers.security import MIN_PASSWORD_LENGTH, hash_password, verify_password

LINK_CODE_TTL = timedelta(minutes=30)
# No 0/O, 1/I/L: codes are typed by hand into a Telegram group.
_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
_CODE_LENGTH = 10  # 31**10 ≈ 8e14 codes, valid 30 minutes, single use


class VolunteerError(ValueError):
    """A volunteer cannot be created as asked; the message says why."""


async def create_volunteer(*, session: AsyncSession, name: str, role: VolunteerRole,
                           password: str, telegram_user_id: int | None = None) -> Volunteer:
    name = name.strip()
    if not name:
        raise VolunteerError("the name is empty")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise VolunteerError(f"the password needs at least {MIN_PASSWORD_LENGTH} characters")
    if (await session.exec(select(Volunteer).where(Volunteer.name == name))).first():
        raise VolunteerError(f"a volunteer named {name!r} already exists")
    volunteer = Volunteer(name=name, role=role, password_hash=hash_password(password))
    if telegram_user_id is not None:
        if await get_by_telegram(session=session, telegram_user_id=telegram_user_id,
                                 only_active=False):
            raise VolunteerError("that Telegram id already belongs to a volunteer")
        volunteer.telegram_user_id = str(telegram_user_id)
        volunteer.telegram_user_id_hash = get_crypto().lookup_hash(str(telegram_user_id))
    session.add(volunteer)
    await session.commit()
    await session.refresh(volunteer)
    return volunteer


class LockedOut(Exception):
    """Too many wrong passwords in a row: sign-in is refused until ``until``."""

    def __init__(self, until: datetime) -> None:
        super().__init__("locked out")
        self.until = until


async def authenticate(*, session: AsyncSession, name: str, password: str, now: datetime,
                       max_failures: int = 5, lock_minutes: float = 15.0) -> Volunteer | None:
    """The volunteer for this name and password, or None.  ``max_failures`` wrong passwords in
    a row lock the account for ``lock_minutes`` (raises :class:`LockedOut`, even with the right
    password), so a password cannot be guessed at argon2's pace for long."""
    volunteer = (await session.exec(select(Volunteer).where(Volunteer.name == name))).first()
    ok = verify_password(password, volunteer.password_hash if volunteer else None)
    if volunteer is None:
        return None
    if volunteer.locked_until is not None and volunteer.locked_until > now:
        raise LockedOut(volunteer.locked_until)
    if not ok:
        # one atomic increment: parallel guesses cannot each read the same count
        failures = (await session.exec(update(Volunteer)  # type: ignore[call-overload]
                                       .where(col(Volunteer.id) == volunteer.id)
                                       .values(failed_logins=col(Volunteer.failed_logins) + 1)
                                       .returning(col(Volunteer.failed_logins)))).scalar_one()
        if failures >= max_failures:
            await session.exec(update(Volunteer)  # type: ignore[call-overload]
                               .where(col(Volunteer.id) == volunteer.id)
                               .values(failed_logins=0,
                                       locked_until=now + timedelta(minutes=lock_minutes)))
        await session.commit()
        return None
    if volunteer.failed_logins or volunteer.locked_until is not None:
        volunteer.failed_logins = 0
        volunteer.locked_until = None
        session.add(volunteer)
        await session.commit()
    return volunteer if volunteer.active else None


async def get_active(*, session: AsyncSession, volunteer_id: int) -> Volunteer | None:
    volunteer = await session.get(Volunteer, volunteer_id)
    return volunteer if volunteer is not None and volunteer.active else None


async def get_by_telegram(*, session: AsyncSession, telegram_user_id: int,
                          only_active: bool = True) -> Volunteer | None:
    digest = get_crypto().lookup_hash(str(telegram_user_id))
    stmt = select(Volunteer).where(Volunteer.telegram_user_id_hash == digest)
    volunteer = (await session.exec(stmt)).first()
    if volunteer is None or (only_active and not volunteer.active):
        return None
    return volunteer


async def list_volunteers(*, session: AsyncSession) -> list[Volunteer]:
    return list((await session.exec(select(Volunteer).order_by(col(Volunteer.id)))).all())


async def coordinator_chat_ids(*, session: AsyncSession) -> list[str]:
    stmt = select(Volunteer).where(Volunteer.role == VolunteerRole.COORDINATOR,
                                   col(Volunteer.active).is_(True),
                                   col(Volunteer.telegram_user_id).is_not(None))
    return [v.telegram_user_id for v in (await session.exec(stmt)).all() if v.telegram_user_id]


async def active_groups(*, session: AsyncSession) -> list[VolunteerGroup]:
    stmt = select(VolunteerGroup).where(col(VolunteerGroup.active).is_(True))
    return list((await session.exec(stmt.order_by(col(VolunteerGroup.id)))).all())


async def create_link_code(*, session: AsyncSession, now: datetime) -> str:
    """A fresh one-time code; only its keyed hash is stored."""
    code = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(_CODE_LENGTH))
    session.add(LinkCode(code_hash=get_crypto().lookup_hash(code), expires_at=now + LINK_CODE_TTL,
                         created_at=now))
    await session.commit()
    return code


def _normalise_code(code: str) -> str:
    return code.strip().upper().replace("-", "").replace(" ", "")


async def link_group(*, session: AsyncSession, code: str, chat_id: int, title: str | None,
                     now: datetime) -> VolunteerGroup | None:
    """Spend a code to link a group. One conditional UPDATE, so a code works exactly once."""
    digest = get_crypto().lookup_hash(_normalise_code(code))
    spent = await session.exec(  # type: ignore[call-overload]
        update(LinkCode)
        .where(col(LinkCode.code_hash) == digest, col(LinkCode.used_at).is_(None),
               col(LinkCode.expires_at) > now)
        .values(used_at=now)
    )
    if spent.rowcount != 1:
        await session.rollback()
        return None
    # One alert group at a time: a newly linked group replaces the previous one.
    await session.exec(update(VolunteerGroup).values(active=False))  # type: ignore[call-overload]
    chat_hash = get_crypto().lookup_hash(str(chat_id))
    group = (await session.exec(
        select(VolunteerGroup).where(VolunteerGroup.chat_id_hash == chat_hash))).first()
    if group is None:
        group = VolunteerGroup(chat_id=str(chat_id), chat_id_hash=chat_hash)
    group.title, group.active, group.linked_at = title, True, now
    session.add(group)
    await session.commit()
    await session.refresh(group)
    return group


async def set_active_case(*, session: AsyncSession, volunteer: Volunteer, case_id: int) -> None:
    volunteer.active_case_id = case_id
    session.add(volunteer)
    await session.commit()
