"""Family links over HTTP: used by channel clients with the service token.

`GET /family/links?worker_person_id=` is the read others build on (check-in summaries,
remittance confirmations): send to a family member only what `permissions` lists.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, status

from api.deps import ServiceDep, SessionDep
from api.family import service
from api.family.models import InviteCreate, InvitePublic, JoinIn, LinkPublic, Permission
from api.people.models import Person

router = APIRouter(prefix="/family", tags=["family"])


async def _must_exist(session: SessionDep, person_id: int) -> None:
    if await session.get(Person, person_id) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "person not found")


@router.post("/invites", response_model=InvitePublic, status_code=status.HTTP_201_CREATED)
async def create_invite(invite_in: InviteCreate, session: SessionDep,
                        _: ServiceDep) -> InvitePublic:
    await _must_exist(session, invite_in.worker_person_id)
    new = await service.create_invite(session=session,
                                      worker_person_id=invite_in.worker_person_id,
                                      permissions=invite_in.permissions)
    return InvitePublic(code=new.code, expires_at=new.invite.expires_at,
                        permissions=[Permission(p) for p in new.invite.permissions])


@router.post("/join", response_model=LinkPublic, status_code=status.HTTP_201_CREATED)
async def join(join_in: JoinIn, session: SessionDep, _: ServiceDep) -> LinkPublic:
    await _must_exist(session, join_in.family_person_id)
    try:
        link = await service.join(session=session, code=join_in.code,
                                  family_person_id=join_in.family_person_id)
    except service.InviteError as exc:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "invalid or expired code") from exc
    return service.to_public(link)


@router.get("/links", response_model=list[LinkPublic])
async def list_links(
    session: SessionDep, _: ServiceDep,
    worker_person_id: int | None = Query(default=None),
    family_person_id: int | None = Query(default=None),
    person_id: int | None = Query(default=None, description="links on either side"),
    permission: Annotated[Permission | None,
                          Query(description="only links that allow this")] = None,
) -> list[LinkPublic]:
    if person_id is not None:
        found = await service.links_of(session=session, person_id=person_id)
    elif worker_person_id is None and family_person_id is None:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT,
                            "give worker_person_id, family_person_id or person_id")
    else:
        found = await service.links(session=session, worker_person_id=worker_person_id,
                                    family_person_id=family_person_id)
    return [service.to_public(link) for link in found
            if permission is None or permission in link.permissions]


@router.delete("/links/{link_id}", status_code=status.HTTP_204_NO_CONTENT)
async def unlink(link_id: int, session: SessionDep, _: ServiceDep,
                 person_id: int = Query(description="the person unlinking: either side")) -> None:
    if not await service.unlink(session=session, link_id=link_id, person_id=person_id):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "link not found")
