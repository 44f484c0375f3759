"""The FastAPI application factory."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from sqlalchemy import text

from api import crypto
from api.agencies.routes import router as agencies_router
from api.audit.routes import router as audit_router
from api.cases.errors import CaseError
from api.cases.routes import router as cases_router
from api.cases.routes_service import router as cases_service_router
from api.checkins.routes import router as checkins_router
from api.console.routes import mount_console
from api.db import make_engine, make_sessionmaker
from api.departure.routes import router as departure_router
from api.family.routes import router as family_router
from api.guidance.routes import router as guidance_router
from api.notify.texts import catalog_at
from api.people.routes import router as people_router
from api.volunteers.routes import router as volunteers_router
from kawan.settings import Settings, get_settings

log = logging.getLogger(__name__)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    crypto.configure(settings.encryption_keys, settings.secret_key)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await start(app)
        try:
            yield
        finally:
            await stop(app)

    app = FastAPI(title="KAWAN-PMI API", version="0.1.0", lifespan=lifespan)
    app.state.settings = settings
    app.state.engine = None
    app.state.scheduler = None
    app.state.outbox_kicker = None  # set when this process delivers the outbox
    app.state.texts = catalog_at(settings.content_dir)

    @app.get("/healthz", tags=["health"])
    async def healthz(request: Request) -> JSONResponse:
        try:
            async with request.app.state.engine.connect() as conn:
                await conn.execute(text("SELECT 1"))
        except Exception:  # the database is down: say so, do not crash
            log.exception("health check: database unreachable")
            return JSONResponse({"status": "error", "database": "unreachable"}, status_code=503)
        return JSONResponse({"status": "ok", "database": "ok"})

    @app.exception_handler(CaseError)
    async def case_error(request: Request, exc: CaseError) -> JSONResponse:
        return JSONResponse({"detail": exc.detail, **exc.extra}, status_code=exc.status_code)

    app.include_router(people_router)
    app.include_router(volunteers_router)
    # The bot's routes first: /cases/open-for-reporter must not be read as /cases/{case_id}.
    app.include_router(cases_service_router)
    app.include_router(cases_router)
    app.include_router(audit_router)
    for router in (departure_router, agencies_router, family_router, guidance_router):
        app.include_router(router)
    app.include_router(checkins_router)
    mount_console(app)
    return app


async def start(app: FastAPI) -> None:
    """Open the database. Idempotent, so in-process clients may call it before the server."""
    if app.state.engine is None:
        app.state.engine = make_engine(app.state.settings.database_url)
        app.state.sessionmaker = make_sessionmaker(app.state.engine)
    if app.state.settings.scheduler_enabled and app.state.scheduler is None:
        from api.scheduler import start_scheduler

        app.state.scheduler = await start_scheduler(app)


async def stop(app: FastAPI) -> None:
    if app.state.scheduler is not None:
        from api.scheduler import stop_scheduler

        await stop_scheduler(app, app.state.scheduler)
        app.state.scheduler = None
    if app.state.engine is not None:
        await app.state.engine.dispose()
        app.state.engine = None
