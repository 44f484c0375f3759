"""The escalation policy: persisted, so it survives restarts and coordinators can change it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from api.cases.enums import PRIORITY, Severity
from api.cases.models import EscalationPolicy
from api.cases.schemas import EscalationStep

# Minutes unclaimed before level 1 (re-alert + coordinators) and level 2 (next level).
DEFAULTS: dict[Severity, tuple[int | None, int | None]] = {
    Severity.CRITICAL: (5, 15),
    Severity.HIGH: (120, 24 * 60),
    Severity.NORMAL: (120, 24 * 60),
    Severity.LOW: (None, None),
}


async def ensure_defaults(*, session: AsyncSession, now: datetime) -> None:
    have = {p.severity for p in (await session.exec(select(EscalationPolicy))).all()}
    missing = [s for s in DEFAULTS if s not in have]
    if not missing:
        return
    for severity in missing:
        first, second = DEFAULTS[severity]
        session.add(EscalationPolicy(severity=severity, first_after_minutes=first,
                                     second_after_minutes=second, updated_at=now))
    try:
        await session.commit()
    except IntegrityError:  # another replica wrote the defaults at the same moment
        await session.rollback()


async def get_policy(*, session: AsyncSession, now: datetime) -> list[EscalationPolicy]:
    await ensure_defaults(session=session, now=now)
    rows = (await session.exec(select(EscalationPolicy))).all()
    return sorted(rows, key=lambda p: PRIORITY[Severity(p.severity)])


async def set_policy(*, session: AsyncSession, steps: list[EscalationStep],
                     now: datetime) -> list[EscalationPolicy]:
    await ensure_defaults(session=session, now=now)
    rows = {p.severity: p for p in (await session.exec(select(EscalationPolicy))).all()}
    for step in steps:
        row = rows[step.severity]
        row.first_after_minutes = step.first_after_minutes
        row.second_after_minutes = step.second_after_minutes
        row.updated_at = now
        session.add(row)
    await session.commit()
    return await get_policy(session=session, now=now)
