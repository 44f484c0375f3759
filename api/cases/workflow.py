"""The status machine and claiming.

    new ➜ claimed ➜ in_progress ➜ referred ➜ resolved ➜ closed
    new ➜ resolved (a duplicate) · in_progress ➜ resolved (no referral needed)
    resolved | closed ➜ in_progress (reopen)

Every change is a conditional UPDATE on the status read before, so two volunteers acting at
once cannot both win: the second gets a Conflict.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import update
from sqlmodel import col
from sqlmodel.ext.asyncio.session import AsyncSession

from api.audit import service as audit
from api.cases import alerts
from api.cases.enums import CaseStatus, EventType
from api.cases.errors import Conflict, Forbidden
from api.cases.models import Case
from api.cases.service import add_event
from api.volunteers.enums import VolunteerRole
from api.volunteers.models import Volunteer
from kawan.content.messages import Catalog

S = CaseStatus


async def move_status(*, session: AsyncSession, case: Case, to: CaseStatus,
                      now: datetime, **values: object) -> None:
    """Change the status only if nobody changed it since we read it."""
    result = await session.exec(update(Case).where(  # type: ignore[call-overload]
        col(Case.id) == case.id, col(Case.status) == case.status,
    ).values(status=to, updated_at=now, **values))
    if result.rowcount != 1:  # nothing was written; the caller's session is left clean
        raise Conflict("the case changed meanwhile; reload it")
    await session.refresh(case)


async def claim(*, session: AsyncSession, texts: Catalog, case: Case, volunteer: Volunteer,
                now: datetime) -> Case:
    """Take a new case. The same volunteer again is a no-op (the bot may retry)."""
    assert case.id is not None and volunteer.id is not None
    if case.status != S.NEW:
        if case.assigned_volunteer_id == volunteer.id and case.status == S.CLAIMED:
            return case
        holder = (await session.get(Volunteer, case.assigned_volunteer_id)
                  if case.assigned_volunteer_id else None)
        raise Conflict("the case is already taken" if holder else
                       f"the case cannot be taken in status {case.status}",
                       claimed_by=holder.name if holder else None)
    try:
        await move_status(session=session, case=case, to=S.CLAIMED, now=now,
                          assigned_volunteer_id=volunteer.id, claimed_at=now)
    except Conflict:  # someone else was faster: answer as if we had read their claim
        await session.refresh(case)
        return await claim(session=session, texts=texts, case=case, volunteer=volunteer,
                           now=now)
    actor = f"volunteer:{volunteer.id}"
    add_event(session=session, case_id=case.id, type=EventType.CLAIMED, actor=actor, now=now,
              data={"volunteer_id": volunteer.id})
    volunteer.active_case_id = case.id
    session.add(volunteer)
    await alerts.edit_cards(session=session, texts=texts, case=case, now=now,
                            key_suffix="claimed", claimed_by=volunteer)
    if await alerts.send_details(session=session, texts=texts, case=case, volunteer=volunteer,
                                 now=now, key=f"case:{case.id}:details:claim"):
        audit.record(session=session, volunteer_id=volunteer.id, action="case.details_sent",
                     case_id=case.id, now=now)
    await session.commit()
    await session.refresh(case)
    return case


async def send_details(*, session: AsyncSession, texts: Catalog, case: Case,
                       volunteer: Volunteer, now: datetime) -> bool:
    """Details privately to a registered volunteer who asked (audited)."""
    sent = await alerts.send_details(session=session, texts=texts, case=case,
                                     volunteer=volunteer, now=now,
                                     key=f"case:{case.id}:details:{uuid.uuid4().hex}")
    if sent:
        audit.record(session=session, volunteer_id=volunteer.id, action="case.details_sent",
                     case_id=case.id, now=now)
    await session.commit()
    return sent


def _may_change(case: Case, volunteer: Volunteer) -> bool:
    return (volunteer.role == VolunteerRole.COORDINATOR
            or case.assigned_volunteer_id == volunteer.id)


async def transition(*, session: AsyncSession, texts: Catalog, case: Case, to: CaseStatus,
                     volunteer: Volunteer, now: datetime, reason: str | None = None) -> Case:
    assert case.id is not None
    previous = CaseStatus(case.status)
    if (previous, to) == (S.NEW, S.CLAIMED):
        return await claim(session=session, texts=texts, case=case, volunteer=volunteer,
                           now=now)
    if not _may_change(case, volunteer):
        raise Forbidden("only the volunteer who took the case, or a coordinator, may do this")
    follow_up = False
    match (previous, to):
        case (S.NEW, S.RESOLVED):  # a duplicate of another case: no follow-up
            await move_status(session=session, case=case, to=to, now=now, resolved_at=now)
        case (S.CLAIMED, S.IN_PROGRESS) | (S.IN_PROGRESS, S.REFERRED):
            await move_status(session=session, case=case, to=to, now=now)
        case (S.IN_PROGRESS | S.REFERRED, S.RESOLVED):
            await move_status(session=session, case=case, to=to, now=now, resolved_at=now)
            follow_up = True
        case (S.RESOLVED, S.CLOSED):
            await move_status(session=session, case=case, to=to, now=now, closed_at=now)
        case (S.RESOLVED | S.CLOSED, S.IN_PROGRESS):  # reopen
            await move_status(session=session, case=case, to=to, now=now, resolved_at=None,
                              closed_at=None)
            await alerts.cancel_follow_up(session=session, case_id=case.id)
        case _:
            raise Conflict(f"a case cannot go from {previous} to {to}",
                           status=previous.value)
    event = add_event(session=session, case_id=case.id, type=EventType.STATUS,
                      actor=f"volunteer:{volunteer.id}", now=now,
                      data={"from": previous.value, "to": to.value, "reason": reason})
    await session.flush()
    if follow_up:
        assert event.id is not None
        await alerts.schedule_follow_up(session=session, texts=texts, case=case, now=now,
                                        resolved_event_id=event.id)
    await session.commit()
    await session.refresh(case)
    return case
