"""Check-ins over HTTP.

Channel routes (the bot): schedule, pause/resume, answers, lease and sent — service token.
Volunteer routes (picture, watch list): a volunteer's OAuth2 bearer token
(`CurrentVolunteer`); every read is written to the audit log.
"""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Query, Response, status

from api.audit import service as audit
from api.checkins import dispatch, service
from api.checkins.models import (
    CheckinAnswerIn,
    FamilyHeardIn,
    LeasedItem,
    LeaseIn,
    Picture,
    ScheduleIn,
    SchedulePublic,
    SentIn,
    WatchItem,
)
from api.core.timeutil import utcnow
from api.deps import CurrentVolunteer, ServiceDep, SessionDep
from api.people.enums import Role
from api.people.models import Person

router = APIRouter(prefix="/checkins", tags=["checkins"])


async def _person(session: SessionDep, person_id: int) -> Person:
    person = await session.get(Person, person_id)
    if person is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "person not found")
    return person


@router.put("/people/{person_id}/schedule", response_model=SchedulePublic)
async def set_schedule(person_id: int, schedule_in: ScheduleIn, session: SessionDep,
                       _: ServiceDep) -> SchedulePublic:
    person = await _person(session, person_id)
    if person.role != Role.WORKER_ABROAD:
        raise HTTPException(status.HTTP_409_CONFLICT, "check-ins are for workers abroad")
    try:
        row = await service.set_schedule(session=session, person=person, schedule_in=schedule_in)
    except ValueError as exc:  # an unknown time zone
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(exc)) from exc
    return service.to_public(row)


@router.get("/people/{person_id}/schedule", response_model=SchedulePublic)
async def get_schedule(person_id: int, session: SessionDep, _: ServiceDep) -> SchedulePublic:
    row = await service.get_schedule(session=session, person_id=person_id)
    if row is None or not row.active:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no check-in schedule")
    return service.to_public(row)


async def _pause(person_id: int, session: SessionDep, paused: bool) -> SchedulePublic:
    row = await service.get_schedule(session=session, person_id=person_id)
    if row is None or not row.active:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no check-in schedule")
    return service.to_public(await service.set_paused(session=session, schedule=row,
                                                      paused=paused))


@router.post("/people/{person_id}/pause", response_model=SchedulePublic)
async def pause(person_id: int, session: SessionDep, _: ServiceDep) -> SchedulePublic:
    return await _pause(person_id, session, True)


@router.post("/people/{person_id}/resume", response_model=SchedulePublic)
async def resume(person_id: int, session: SessionDep, _: ServiceDep) -> SchedulePublic:
    return await _pause(person_id, session, False)


@router.post("/answers", status_code=status.HTTP_201_CREATED)
async def answer(answer_in: CheckinAnswerIn, session: SessionDep,
                 _: ServiceDep) -> dict[str, object]:
    person = await _person(session, answer_in.person_id)
    checkin = await service.record_answer(session=session, person=person, answer_in=answer_in)
    return {"id": checkin.id, "status": checkin.status}


@router.post("/{checkin_id}/family-heard", status_code=status.HTTP_204_NO_CONTENT)
async def family_heard(checkin_id: int, heard_in: FamilyHeardIn, session: SessionDep,
                       _: ServiceDep) -> Response:
    if not await service.family_heard(session=session, checkin_id=checkin_id,
                                      family_person_id=heard_in.person_id, heard=heard_in.heard):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such question to this person")
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/lease", response_model=list[LeasedItem])
async def lease(lease_in: LeaseIn, session: SessionDep, _: ServiceDep) -> list[LeasedItem]:
    return await dispatch.lease(session=session, limit=lease_in.limit,
                                lease_seconds=lease_in.lease_seconds)


@router.post("/sent")
async def sent(sent_in: SentIn, session: SessionDep, _: ServiceDep) -> dict[str, int]:
    marked = await dispatch.mark_sent(session=session, ids=sent_in.ids)
    if sent_in.failed:
        await dispatch.mark_failed(session=session, ids=sent_in.failed)
    return {"marked": marked}


@router.get("/people/{person_id}/picture", response_model=Picture)
async def picture(person_id: int, session: SessionDep, volunteer: CurrentVolunteer) -> Picture:
    """A worker's check-ins over time: risk per area, protective factors, cases. Audited."""
    await _person(session, person_id)
    result = await service.picture(session=session, person_id=person_id)
    audit.record(session=session, volunteer_id=volunteer.id,
                 action=f"checkins.picture:{person_id}"[:48], case_id=None, now=utcnow())
    await session.commit()
    return result


@router.get("/watchlist", response_model=list[WatchItem])
async def watchlist(session: SessionDep, volunteer: CurrentVolunteer,
                    limit: int = Query(200, ge=1, le=1000)) -> list[WatchItem]:
    """Workers whose risk is rising, with the reasons. Audited."""
    items = await service.watchlist(session=session, limit=limit)
    audit.record(session=session, volunteer_id=volunteer.id, action="checkins.watchlist",
                 case_id=None, now=utcnow())
    await session.commit()
    return items
