"""Recording and reading the audit log."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from api.audit.models import AuditLog


def record(*, session: AsyncSession, volunteer_id: int | None, action: str,
           case_id: int | None, now: datetime) -> AuditLog:
    """Add a row to the caller's transaction: it commits with the read it records."""
    row = AuditLog(volunteer_id=volunteer_id, actor=f"volunteer:{volunteer_id}", action=action,
                   case_id=case_id, created_at=now)
    session.add(row)
    return row


async def list_entries(*, session: AsyncSession, case_id: int | None = None,
                       limit: int = 200) -> list[AuditLog]:
    stmt = select(AuditLog)
    if case_id is not None:
        stmt = stmt.where(AuditLog.case_id == case_id)
    stmt = stmt.order_by(col(AuditLog.id).desc()).limit(limit)
    return list((await session.exec(stmt)).all())
