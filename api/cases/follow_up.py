"""The reporter's answer to the follow-up asked 24 hours after a case was resolved.

    ok   on a resolved case ➜ closed
    help on a resolved or closed case ➜ in_progress (reopened), and the volunteer is told
    help on a case still open ➜ the volunteer (or the coordinators) is told again
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from api.cases import alerts
from api.cases.enums import CaseStatus, EventType, FollowUpAnswer
from api.cases.models import Case, CaseEvent
from api.cases.service import add_event
from api.cases.workflow import move_status
from kawan.content.messages import Catalog

S = CaseStatus
A = FollowUpAnswer


async def answer(*, session: AsyncSession, texts: Catalog, case: Case, answer: FollowUpAnswer,
                 key: str, now: datetime) -> Case:
    """Record the answer once per key (a pressed button may arrive twice) and act on it."""
    assert case.id is not None
    event_key = f"case:{case.id}:follow-up-answer:{key}"
    if (await session.exec(select(CaseEvent.id).where(
            CaseEvent.idempotency_key == event_key))).first() is not None:
        return case
    previous = CaseStatus(case.status)
    add_event(session=session, case_id=case.id, type=EventType.FOLLOW_UP_ANSWER,
              actor="reporter", now=now, key=event_key, data={"answer": answer.value})
    try:
        await session.flush()
    except IntegrityError:
        await session.rollback()
        await session.refresh(case)
        return case
    to: CaseStatus | None = None
    match (answer, previous):
        case (A.OK, S.RESOLVED):
            to = S.CLOSED
            await move_status(session=session, case=case, to=to, now=now, closed_at=now)
        case (A.HELP, S.RESOLVED | S.CLOSED):
            to = S.IN_PROGRESS
            await move_status(session=session, case=case, to=to, now=now, resolved_at=None,
                              closed_at=None)
            await alerts.cancel_follow_up(session=session, case_id=case.id)
            await alerts.reporter_needs_help(session=session, texts=texts, case=case, now=now,
                                             key=event_key)
        case (A.HELP, _):
            await alerts.reporter_needs_help(session=session, texts=texts, case=case, now=now,
                                             key=event_key)
        case _:
            pass  # "fine" on a case still open, or closed: recorded, nothing to change
    if to is not None:
        add_event(session=session, case_id=case.id, type=EventType.STATUS, actor="reporter",
                  now=now, data={"from": previous.value, "to": to.value,
                                 "reason": f"follow-up: {answer.value}"})
    await session.commit()
    await session.refresh(case)
    return case
