"""Family links: invites, joining, unlinking. Knows nothing of HTTP or Telegram."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import col, or_, select
from sqlmodel.ext.asyncio.session import AsyncSession

from api.core.timeutil import utcnow
from api.crypto import get_crypto
from api.family.models import FamilyInvite, FamilyLink, LinkPublic, Permission

INVITE_TTL = timedelta(hours=48)
# 8 characters from 31 unambiguous letters and digits (no 0/O, 1/I/L): 31**8 ≈ 8.5e11 codes;
# typed by hand on a cheap phone, so short, upper case, and forgiving of spaces and dashes.
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8


class InviteError(Exception):
    """The code is unknown, expired or used, or the person would link to themself."""


@dataclass(frozen=True)
class NewInvite:
    code: str
    invite: FamilyInvite


def new_code() -> str:
    """Random, with at least one digit, so the bot can tell a typed code from a typed word."""
    while True:
        code = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
        if any(ch.isdigit() for ch in code) and not code.isdigit():
            return code


def normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def _hash(code: str) -> str:
    return get_crypto().lookup_hash("family-invite:" + normalise_code(code))


async def create_invite(
    *, session: AsyncSession, worker_person_id: int, permissions: list[Permission],
    now: datetime | None = None,
) -> NewInvite:
    now = now or utcnow()
    code = new_code()
    invite = FamilyInvite(worker_person_id=worker_person_id, code_hash=_hash(code),
                          permissions=sorted({str(p) for p in permissions}),
                          created_at=now, expires_at=now + INVITE_TTL)
    session.add(invite)
    await session.commit()
    await session.refresh(invite)
    return NewInvite(code=code, invite=invite)


async def join(
    *, session: AsyncSession, code: str, family_person_id: int, now: datetime | None = None
) -> FamilyLink:
    """Use an invite once. The same reason ("not valid") for unknown, expired and used codes,
    so a guesser learns nothing."""
    now = now or utcnow()
    invite = (await session.exec(select(FamilyInvite).where(
        FamilyInvite.code_hash == _hash(code)).with_for_update())).first()
    if invite is None or invite.used_at is not None or invite.expires_at <= now:
        raise InviteError("invalid or expired code")
    if invite.worker_person_id == family_person_id:
        raise InviteError("a person cannot link to themself")
    invite.used_at = now
    session.add(invite)
    link = (await session.exec(select(FamilyLink).where(
        FamilyLink.worker_person_id == invite.worker_person_id,
        FamilyLink.family_person_id == family_person_id))).first()
    if link is None:
        link = FamilyLink(worker_person_id=invite.worker_person_id,
                          family_person_id=family_person_id, created_at=now)
    link.permissions = list(invite.permissions)
    session.add(link)
    await session.commit()
    await session.refresh(link)
    return link


async def links(
    *, session: AsyncSession, worker_person_id: int | None = None,
    family_person_id: int | None = None,
) -> list[FamilyLink]:
    stmt = select(FamilyLink).order_by(col(FamilyLink.id))
    if worker_person_id is not None:
        stmt = stmt.where(FamilyLink.worker_person_id == worker_person_id)
    if family_person_id is not None:
        stmt = stmt.where(FamilyLink.family_person_id == family_person_id)
    return list((await session.exec(stmt)).all())


async def links_of(*, session: AsyncSession, person_id: int) -> list[FamilyLink]:
    """Every link a person is on, either side."""
    stmt = select(FamilyLink).where(or_(FamilyLink.worker_person_id == person_id,
                                        FamilyLink.family_person_id == person_id))
    return list((await session.exec(stmt.order_by(col(FamilyLink.id)))).all())


async def unlink(*, session: AsyncSession, link_id: int, person_id: int) -> bool:
    """Either side may unlink at any time. False when there is no such link for this person."""
    link = await session.get(FamilyLink, link_id)
    if link is None or person_id not in (link.worker_person_id, link.family_person_id):
        return False
    await session.delete(link)
    await session.commit()
    return True


def to_public(link: FamilyLink) -> LinkPublic:
    assert link.id is not None
    return LinkPublic(id=link.id, worker_person_id=link.worker_person_id,
                      family_person_id=link.family_person_id,
                      permissions=[Permission(p) for p in link.permissions],
                      created_at=link.created_at)
