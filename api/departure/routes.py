"""Departure over HTTP: used by channel clients with the service token."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Path, status

from api.departure import service
from api.departure.models import DatesIn, DeparturePublic
from api.deps import ServiceDep, SessionDep
from api.people.models import Person

router = APIRouter(prefix="/departure", tags=["departure"])
ItemId = Path(pattern=r"^[a-z][a-z0-9_]{0,63}$")


async def _person(session: SessionDep, person_id: int) -> int:
    if await session.get(Person, person_id) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "person not found")
    return person_id


@router.get("/{person_id}", response_model=DeparturePublic)
async def get_departure(person_id: int, session: SessionDep, _: ServiceDep) -> DeparturePublic:
    await _person(session, person_id)
    return await service.to_public(session=session, person_id=person_id)


@router.put("/{person_id}/dates", response_model=DeparturePublic)
async def set_dates(
    person_id: int, dates_in: DatesIn, session: SessionDep, _: ServiceDep
) -> DeparturePublic:
    await _person(session, person_id)
    try:
        await service.set_dates(session=session, person_id=person_id, dates_in=dates_in)
    except service.PastDate as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(exc)) from exc
    return await service.to_public(session=session, person_id=person_id)


@router.put("/{person_id}/items/{item_id}", response_model=DeparturePublic)
async def tick(person_id: int, session: SessionDep, _: ServiceDep,
               item_id: str = ItemId) -> DeparturePublic:
    await _person(session, person_id)
    await service.set_tick(session=session, person_id=person_id, item_id=item_id, done=True)
    return await service.to_public(session=session, person_id=person_id)


@router.delete("/{person_id}/items/{item_id}", response_model=DeparturePublic)
async def untick(person_id: int, session: SessionDep, _: ServiceDep,
                 item_id: str = ItemId) -> DeparturePublic:
    await _person(session, person_id)
    await service.set_tick(session=session, person_id=person_id, item_id=item_id, done=False)
    return await service.to_public(session=session, person_id=person_id)
