"""Case routes for channel clients (the bot), with the service token. See
docs/cases-contract.md; ids that identify people travel in bodies, not URLs, where we can."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Response, status

from api.cases import follow_up, relay, service, workflow
from api.cases.errors import Forbidden
from api.cases.models import Case
from api.cases.schemas import (
    CaseCreate,
    CaseForReporter,
    CaseReporterView,
    ClaimByTelegramIn,
    ClaimResult,
    DetailIn,
    EventPublic,
    FollowUpIn,
    MessageIn,
    ReporterIdentity,
)
from api.core.timeutil import utcnow
from api.deps import KickOutbox, ServiceDep, ServiceOrVolunteer, SessionDep, TextsDep
from api.people.enums import Channel
from api.volunteers import service as volunteers
from api.volunteers.models import TelegramUserIn, Volunteer

router = APIRouter(prefix="/cases", tags=["cases (bot)"])


async def case_or_404(session: SessionDep, case_id: int) -> Case:
    case = await service.get_case(session=session, case_id=case_id)
    if case is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "case not found")
    return case


async def registered(session: SessionDep, telegram_user_id: int) -> Volunteer:
    volunteer = await volunteers.get_by_telegram(session=session,
                                                 telegram_user_id=telegram_user_id)
    if volunteer is None:
        raise Forbidden("not a registered volunteer")
    return volunteer


@router.post("", dependencies=[KickOutbox], response_model=CaseForReporter,
             status_code=status.HTTP_201_CREATED,
             responses={200: {"description": "the case already created with this key"}})
async def create_case(case_in: CaseCreate, session: SessionDep, texts: TextsDep,
                      response: Response, _: ServiceDep) -> Case:
    case, created = await service.create_case(session=session, case_in=case_in, texts=texts,
                                              now=utcnow())
    if not created:
        response.status_code = status.HTTP_200_OK
    return case


@router.get("/open-for-reporter", response_model=list[CaseForReporter])
async def open_for_reporter(session: SessionDep, _: ServiceDep, channel: Channel,
                            external_id: Annotated[str, Query(min_length=1, max_length=64)],
                            ) -> list[Case]:
    return await service.open_for_reporter(session=session, channel=channel,
                                           external_id=external_id)


@router.post("/reporter-open", response_model=list[CaseForReporter])
async def reporter_open(identity: ReporterIdentity, session: SessionDep,
                        _: ServiceDep) -> list[Case]:
    return await service.open_for_reporter(session=session, channel=identity.channel,
                                           external_id=identity.external_id)


@router.post("/{case_id}/details", dependencies=[KickOutbox], response_model=EventPublic,
             status_code=status.HTTP_201_CREATED)
async def add_detail(case_id: int, detail_in: DetailIn, session: SessionDep, texts: TextsDep,
                     response: Response, _: ServiceDep) -> EventPublic:
    case = await case_or_404(session, case_id)
    event, created = await service.add_detail(session=session, case=case, detail_in=detail_in,
                                              texts=texts, now=utcnow())
    if not created:
        response.status_code = status.HTTP_200_OK
    return EventPublic.model_validate(event, from_attributes=True)


def _reporter_view(case: Case) -> CaseReporterView:
    return CaseReporterView.model_validate(
        {**CaseForReporter.model_validate(case, from_attributes=True).model_dump(),
         "volunteer_assigned": case.assigned_volunteer_id is not None})


@router.get("/{case_id}/reporter-view", response_model=CaseReporterView)
async def reporter_view(case_id: int, session: SessionDep, _: ServiceDep) -> CaseReporterView:
    """Status only: never notes, never who the volunteer is, never the timeline."""
    return _reporter_view(await case_or_404(session, case_id))


@router.post("/{case_id}/follow-up", dependencies=[KickOutbox], response_model=CaseReporterView)
async def answer_follow_up(case_id: int, body: FollowUpIn, session: SessionDep,
                           texts: TextsDep, _: ServiceDep) -> CaseReporterView:
    """The reporter pressed fu:ok or fu:help under the follow-up question."""
    case = await case_or_404(session, case_id)
    case = await follow_up.answer(session=session, texts=texts, case=case, answer=body.answer,
                                  key=body.idempotency_key, now=utcnow())
    return _reporter_view(case)


@router.post("/{case_id}/claim-by-telegram", dependencies=[KickOutbox], response_model=ClaimResult,
             responses={403: {"description": "not a registered volunteer"},
                        409: {"description": "already taken: {detail, claimed_by}"}})
async def claim_by_telegram(case_id: int, body: ClaimByTelegramIn, session: SessionDep,
                            texts: TextsDep, _: ServiceDep) -> ClaimResult:
    volunteer = await registered(session, body.telegram_user_id)
    case = await case_or_404(session, case_id)
    case = await workflow.claim(session=session, texts=texts, case=case, volunteer=volunteer,
                                now=utcnow())
    return ClaimResult(claimed=True, reference=case.reference, by=volunteer.name)


@router.post("/{case_id}/details-by-telegram", dependencies=[KickOutbox])
async def details_by_telegram(case_id: int, body: TelegramUserIn, session: SessionDep,
                              texts: TextsDep, _: ServiceDep) -> dict[str, bool]:
    volunteer = await registered(session, body.telegram_user_id)
    case = await case_or_404(session, case_id)
    sent = await workflow.send_details(session=session, texts=texts, case=case,
                                       volunteer=volunteer, now=utcnow())
    return {"sent": sent}


class MessagePublic(EventPublic):
    relayed: bool


@router.post("/{case_id}/messages", dependencies=[KickOutbox], response_model=MessagePublic,
             status_code=status.HTTP_201_CREATED)
async def post_message(case_id: int, message_in: MessageIn, session: SessionDep,
                       texts: TextsDep, response: Response,
                       caller: ServiceOrVolunteer) -> MessagePublic:
    """The bot (service token) relays both ways; a volunteer (bearer JWT) writes to the
    reporter of a case they took."""
    case = await case_or_404(session, case_id)
    event, created, relayed = await relay.post_message(
        session=session, texts=texts, case=case, message_in=message_in, caller=caller,
        now=utcnow())
    if not created:
        response.status_code = status.HTTP_200_OK
    return MessagePublic(id=event.id or 0, case_id=event.case_id, type=event.type,
                         created_at=event.created_at, relayed=relayed)
