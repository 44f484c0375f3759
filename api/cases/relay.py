"""Messages between the reporter and the volunteer who took the case, through the bot.

The reporter sees "Relawan KAWAN: …", never the volunteer's account; the volunteer gets the
reporter's words privately, never in the group. Both are kept on the timeline, encrypted.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from api.cases import alerts
from api.cases.enums import Direction, EventType
from api.cases.errors import Conflict, Forbidden
from api.cases.models import Case, CaseEvent
from api.cases.schemas import MessageIn
from api.cases.service import add_event
from api.volunteers import service as volunteers
from api.volunteers.models import Volunteer
from kawan.content.messages import Catalog


async def _sender(session: AsyncSession, case: Case, message_in: MessageIn,
                  caller: Volunteer | None) -> Volunteer:
    volunteer = caller
    if volunteer is None and message_in.telegram_user_id is not None:
        volunteer = await volunteers.get_by_telegram(
            session=session, telegram_user_id=message_in.telegram_user_id)
    if volunteer is None:
        raise Forbidden("not a registered volunteer")
    if case.assigned_volunteer_id is None:
        raise Conflict("nobody has taken this case yet")
    if case.assigned_volunteer_id != volunteer.id:
        raise Forbidden("only the volunteer who took the case can write to the reporter")
    return volunteer


async def _recorded(session: AsyncSession, event: CaseEvent, key: str) -> CaseEvent | None:
    """Write the event now; when the same message was recorded meanwhile (a concurrent
    retry), give back that one instead and record nothing."""
    try:
        await session.flush()
    except IntegrityError:
        await session.rollback()
        again = (await session.exec(select(CaseEvent).where(
            CaseEvent.idempotency_key == key))).first()
        if again is None:
            raise
        return again
    return None


async def post_message(*, session: AsyncSession, texts: Catalog, case: Case,
                       message_in: MessageIn, caller: Volunteer | None,
                       now: datetime) -> tuple[CaseEvent, bool, bool]:
    """Record and relay one message, once per key: (event, created, relayed).

    `caller` is the volunteer behind a bearer token, or None for the bot (service token).
    """
    assert case.id is not None
    key = f"case:{case.id}:message:{message_in.idempotency_key}"
    existing = (await session.exec(select(CaseEvent).where(
        CaseEvent.idempotency_key == key))).first()
    if existing is not None:
        return existing, False, True
    if message_in.direction == Direction.TO_REPORTER:
        volunteer = await _sender(session, case, message_in, caller)
        event = add_event(session=session, case_id=case.id, type=EventType.MESSAGE_TO_REPORTER,
                          actor=f"volunteer:{volunteer.id}", now=now, key=key,
                          data={"text": message_in.text})
        if (again := await _recorded(session, event, key)) is not None:
            return again, False, True
        relayed = await alerts.relay_to_reporter(session=session, texts=texts, case=case,
                                                 text=message_in.text, key=key, now=now)
    else:
        if caller is not None:
            raise Forbidden("only the bot relays what the reporter writes")
        event = add_event(session=session, case_id=case.id,
                          type=EventType.MESSAGE_FROM_REPORTER, actor="reporter", now=now,
                          key=key, data={"text": message_in.text})
        if (again := await _recorded(session, event, key)) is not None:
            return again, False, True
        assignee = (await session.get(Volunteer, case.assigned_volunteer_id)
                    if case.assigned_volunteer_id else None)
        relayed = await alerts.relay_to_volunteer(session=session, texts=texts, case=case,
                                                  volunteer=assignee, text=message_in.text,
                                                  key=key, now=now)
    case.updated_at = now
    session.add(case)
    await session.commit()
    await session.refresh(event)
    return event, True, relayed
