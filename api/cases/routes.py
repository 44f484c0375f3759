"""Case routes for volunteers (OAuth2 bearer JWT). Every full read is audited."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, status

from api.audit import service as audit
from api.cases import escalation, service, workflow
from api.cases.enums import CaseKind, CaseStatus, Severity
from api.cases.models import EscalationPolicy
from api.cases.routes_service import case_or_404
from api.cases.schemas import (
    CaseFull,
    CaseSummary,
    EscalationStep,
    NoteIn,
    NotePublic,
    ReferralIn,
    ReferralPublic,
    TransitionIn,
)
from api.core.timeutil import utcnow
from api.deps import CurrentCoordinator, CurrentVolunteer, KickOutbox, SessionDep, TextsDep

router = APIRouter(tags=["cases (volunteers)"])


@router.get("/cases", response_model=list[CaseSummary])
async def list_cases(session: SessionDep, volunteer: CurrentVolunteer,
                     status_: Annotated[CaseStatus | None, Query(alias="status")] = None,
                     severity: Severity | None = None, kind: CaseKind | None = None,
                     country: Annotated[str | None, Query(min_length=2, max_length=2)] = None,
                     assigned_to_me: bool = False,
                     limit: Annotated[int, Query(ge=1, le=500)] = 100,
                     offset: Annotated[int, Query(ge=0)] = 0) -> list[CaseSummary]:
    cases = await service.list_cases(
        session=session, status=status_, severity=severity, kind=kind, country=country,
        assigned_to=volunteer.id if assigned_to_me else None, limit=limit, offset=offset)
    return [service.summary_of(c) for c in cases]


@router.get("/cases/{case_id}", response_model=CaseFull)
async def read_case(case_id: int, session: SessionDep, volunteer: CurrentVolunteer) -> CaseFull:
    case = await case_or_404(session, case_id)
    full = await service.full_view(session=session, case=case)
    audit.record(session=session, volunteer_id=volunteer.id, action="case.read",
                 case_id=case_id, now=utcnow())
    await session.commit()
    return full


@router.post("/cases/{case_id}/claim", dependencies=[KickOutbox], response_model=CaseSummary)
async def claim(case_id: int, session: SessionDep, texts: TextsDep,
                volunteer: CurrentVolunteer) -> CaseSummary:
    case = await case_or_404(session, case_id)
    case = await workflow.claim(session=session, texts=texts, case=case, volunteer=volunteer,
                                now=utcnow())
    return service.summary_of(case)


@router.post("/cases/{case_id}/transition", dependencies=[KickOutbox], response_model=CaseSummary,
             responses={409: {"description": "this status change is not allowed"}})
async def transition(case_id: int, body: TransitionIn, session: SessionDep, texts: TextsDep,
                     volunteer: CurrentVolunteer) -> CaseSummary:
    case = await case_or_404(session, case_id)
    case = await workflow.transition(session=session, texts=texts, case=case, to=body.to,
                                     volunteer=volunteer, reason=body.reason, now=utcnow())
    return service.summary_of(case)


@router.post("/cases/{case_id}/notes", response_model=NotePublic,
             status_code=status.HTTP_201_CREATED)
async def add_note(case_id: int, body: NoteIn, session: SessionDep,
                   volunteer: CurrentVolunteer) -> NotePublic:
    case = await case_or_404(session, case_id)
    note = await service.add_note(session=session, case=case, volunteer=volunteer,
                                  text=body.text, now=utcnow())
    return NotePublic.model_validate(note, from_attributes=True)


@router.post("/cases/{case_id}/referrals", response_model=ReferralPublic,
             status_code=status.HTTP_201_CREATED)
async def add_referral(case_id: int, body: ReferralIn, session: SessionDep,
                       volunteer: CurrentVolunteer) -> ReferralPublic:
    case = await case_or_404(session, case_id)
    referral = await service.add_referral(session=session, case=case, volunteer=volunteer,
                                          referral_in=body, now=utcnow())
    return ReferralPublic.model_validate(referral, from_attributes=True)


@router.get("/escalation-policy", response_model=list[EscalationStep])
async def get_policy(session: SessionDep, _: CurrentCoordinator) -> list[EscalationPolicy]:
    return await escalation.get_policy(session=session, now=utcnow())


@router.put("/escalation-policy", response_model=list[EscalationStep])
async def put_policy(steps: list[EscalationStep], session: SessionDep,
                     _: CurrentCoordinator) -> list[EscalationPolicy]:
    return await escalation.set_policy(session=session, steps=steps, now=utcnow())
