"""People over HTTP: used by channel clients with the service token."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Response, status

from api.deps import ServiceDep, SessionDep
from api.people import service
from api.people.models import IdentityIn, Person, PersonCreate, PersonPublic, PersonUpdate

router = APIRouter(prefix="/people", tags=["people"])


@router.post("", response_model=PersonPublic, status_code=status.HTTP_201_CREATED)
async def upsert_person(
    person_in: PersonCreate, _: ServiceDep, session: SessionDep
) -> PersonPublic:
    person = await service.upsert_person(session=session, person_in=person_in)
    return await service.to_public(session=session, person=person)


@router.post("/lookup", response_model=PersonPublic)
async def lookup(identity: IdentityIn, _: ServiceDep, session: SessionDep) -> PersonPublic:
    """Find a person by a channel identity. A POST so the id never lands in access logs."""
    person = await service.get_by_identity(
        session=session, channel=identity.channel, external_id=identity.external_id)
    if person is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "person not found")
    return await service.to_public(session=session, person=person)


async def _get(session: SessionDep, person_id: int) -> Person:
    person = await session.get(Person, person_id)
    if person is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "person not found")
    return person


@router.get("/{person_id}", response_model=PersonPublic)
async def get_person(person_id: int, _: ServiceDep, session: SessionDep) -> PersonPublic:
    person = await _get(session, person_id)
    return await service.to_public(session=session, person=person)


@router.patch("/{person_id}", response_model=PersonPublic)
async def update_person(
    person_id: int, person_in: PersonUpdate, _: ServiceDep, session: SessionDep
) -> PersonPublic:
    person = await _get(session, person_id)
    person = await service.update_person(session=session, person=person, person_in=person_in)
    return await service.to_public(session=session, person=person)


@router.delete("/{person_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_person(person_id: int, _: ServiceDep, session: SessionDep) -> Response:
    if not await service.delete_person(session=session, person_id=person_id):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "person not found")
    return Response(status_code=status.HTTP_204_NO_CONTENT)
