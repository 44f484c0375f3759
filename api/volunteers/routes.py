"""Volunteers over HTTP: signing in (OAuth2 password flow) and what the bot asks about them."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm

from api.cases.errors import Forbidden
from api.cases.routes_service import case_or_404, registered
from api.core.timeutil import utcnow
from api.deps import ServiceDep, SessionDep, SettingsDep
from api.volunteers import service
from api.volunteers.enums import VolunteerRole
from api.volunteers.models import (
    ActiveCaseIn,
    GroupLinkIn,
    TelegramUserIn,
    Token,
    VolunteerPublic,
)
from api.volunteers.security import create_access_token

router = APIRouter(tags=["volunteers"])


@router.post("/auth/token", response_model=Token)
async def login(form: Annotated[OAuth2PasswordRequestForm, Depends()], session: SessionDep,
                settings: SettingsDep) -> Token:
    now = utcnow()
    try:
        volunteer = await service.authenticate(session=session, name=form.username,
                                               password=form.password, now=now,
                                               max_failures=settings.login_max_failures,
                                               lock_minutes=settings.login_lock_minutes)
    except service.LockedOut as locked:
        wait = max(1, int((locked.until - now).total_seconds()))
        raise HTTPException(status.HTTP_429_TOO_MANY_REQUESTS,
                            "too many wrong passwords; try again later",
                            headers={"Retry-After": str(wait)}) from None
    if volunteer is None or volunteer.id is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "wrong name or password",
                            headers={"WWW-Authenticate": "Bearer"})
    token = create_access_token(volunteer_id=volunteer.id, role=volunteer.role,
                                secret_key=settings.secret_key, now=now,
                                minutes=settings.access_token_minutes)
    return Token(access_token=token)


@router.post("/volunteer-groups/link", responses={400: {"description": "invalid code"}})
async def link_group(body: GroupLinkIn, session: SessionDep, _: ServiceDep) -> dict[str, bool]:
    group = await service.link_group(session=session, code=body.code, chat_id=body.chat_id,
                                     title=body.title, now=utcnow())
    if group is None:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "invalid or expired code")
    return {"linked": True}


@router.post("/volunteers/lookup-telegram", response_model=VolunteerPublic)
async def lookup_telegram(body: TelegramUserIn, session: SessionDep,
                          _: ServiceDep) -> VolunteerPublic:
    volunteer = await service.get_by_telegram(session=session,
                                              telegram_user_id=body.telegram_user_id)
    if volunteer is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "not a registered volunteer")
    return VolunteerPublic.model_validate(volunteer, from_attributes=True)


@router.post("/volunteers/active-case-by-telegram")
async def active_case_by_telegram(body: ActiveCaseIn, session: SessionDep,
                                  _: ServiceDep) -> dict[str, Any]:
    """Which case this volunteer's private messages to the bot are relayed to."""
    volunteer = await registered(session, body.telegram_user_id)
    case = await case_or_404(session, body.case_id)
    if volunteer.role != VolunteerRole.COORDINATOR and case.assigned_volunteer_id != volunteer.id:
        raise Forbidden("only the volunteer who took the case can make it their active case")
    reference = case.reference
    await service.set_active_case(session=session, volunteer=volunteer, case_id=body.case_id)
    return {"active_case_id": body.case_id, "reference": reference}
