"""Dependencies shared by the routes, as Annotated aliases so signatures read plainly."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer, OAuth2PasswordBearer
from sqlmodel.ext.asyncio.session import AsyncSession

from api.notify.kick import kick_outbox
from api.volunteers import service as volunteer_service
from api.volunteers.enums import VolunteerRole
from api.volunteers.models import Volunteer
from api.volunteers.security import volunteer_id_from_token
from kawan.content.messages import Catalog
from kawan.settings import Settings

_bearer = HTTPBearer(auto_error=False)


def get_settings_dep(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    async with request.app.state.sessionmaker() as session:
        yield session


SettingsDep = Annotated[Settings, Depends(get_settings_dep)]
SessionDep = Annotated[AsyncSession, Depends(get_session)]
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


def _unauthorized() -> HTTPException:
    return HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Not authenticated",
        headers={"WWW-Authenticate": "Bearer"},
    )


async def require_service(settings: SettingsDep, credentials: Credentials) -> str:
    """Channel clients (the bot) authenticate with the service token."""
    if credentials is None or not secrets.compare_digest(
        credentials.credentials.encode(), settings.service_token.encode()
    ):
        raise _unauthorized()
    return "service"


ServiceDep = Annotated[str, Depends(require_service)]


# --- volunteers: OAuth2 password flow, bearer JWT --------------------------------------------
_oauth2 = OAuth2PasswordBearer(tokenUrl="/auth/token", auto_error=False)
BearerToken = Annotated[str | None, Depends(_oauth2)]


async def _volunteer_from(token: str | None, settings: Settings,
                          session: AsyncSession) -> Volunteer | None:
    if not token:
        return None
    volunteer_id = volunteer_id_from_token(token, secret_key=settings.secret_key)
    if volunteer_id is None:
        return None
    return await volunteer_service.get_active(session=session, volunteer_id=volunteer_id)


async def current_volunteer(token: BearerToken, settings: SettingsDep,
                            session: SessionDep) -> Volunteer:
    volunteer = await _volunteer_from(token, settings, session)
    if volunteer is None:
        raise _unauthorized()
    return volunteer


CurrentVolunteer = Annotated[Volunteer, Depends(current_volunteer)]


async def current_coordinator(volunteer: CurrentVolunteer) -> Volunteer:
    if volunteer.role != VolunteerRole.COORDINATOR:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "coordinators only")
    return volunteer


CurrentCoordinator = Annotated[Volunteer, Depends(current_coordinator)]


async def service_or_volunteer(token: BearerToken, settings: SettingsDep,
                               session: SessionDep) -> Volunteer | None:
    """Routes both the bot and the volunteers use: None means the service (the bot)."""
    if token and secrets.compare_digest(token.encode(), settings.service_token.encode()):
        return None
    volunteer = await _volunteer_from(token, settings, session)
    if volunteer is None:
        raise _unauthorized()
    return volunteer


ServiceOrVolunteer = Annotated[Volunteer | None, Depends(service_or_volunteer)]


def get_texts(request: Request) -> Catalog:
    texts: Catalog = request.app.state.texts
    return texts


TextsDep = Annotated[Catalog, Depends(get_texts)]


async def _kick_outbox_after(request: Request) -> AsyncIterator[None]:
    """On routes that queue messages: deliver them now rather than at the next scheduled run."""
    yield
    kick_outbox(request.app)


KickOutbox = Depends(_kick_outbox_after)
