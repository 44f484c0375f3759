"""The audit log over HTTP: coordinators only."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.audit import service
from api.audit.models import AuditPublic
from api.deps import CurrentCoordinator, SessionDep

router = APIRouter(prefix="/audit", tags=["audit"])


@router.get("", response_model=list[AuditPublic])
async def list_audit(session: SessionDep, _: CurrentCoordinator,
                     case_id: Annotated[int | None, Query()] = None,
                     limit: Annotated[int, Query(ge=1, le=1000)] = 200) -> list[AuditPublic]:
    rows = await service.list_entries(session=session, case_id=case_id, limit=limit)
    return [AuditPublic.model_validate(r, from_attributes=True) for r in rows]
