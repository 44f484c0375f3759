"""Licensed agencies over HTTP: the check used by channel clients (service token)."""

from __future__ import annotations

from fastapi import APIRouter

from api.agencies import service
from api.agencies.models import AgencyCheckIn, AgencyCheckResult, ListInfo
from api.deps import ServiceDep, SessionDep

router = APIRouter(prefix="/agencies", tags=["agencies"])


@router.post("/check", response_model=AgencyCheckResult)
async def check(check_in: AgencyCheckIn, session: SessionDep, _: ServiceDep) -> AgencyCheckResult:
    """Is a company with (about) this name on the current licensed list?"""
    return await service.check(session=session, name=check_in.name)


@router.get("/list", response_model=ListInfo | None)
async def list_info(session: SessionDep, _: ServiceDep) -> ListInfo | None:
    listing = await service.current_list(session=session)
    if listing is None:
        return None
    return ListInfo(source=listing.source, list_date=listing.list_date, count=listing.count)
