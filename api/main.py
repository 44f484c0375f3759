"""The FastAPI application factory."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from sqlalchemy import text

from api import crypto
from api.checkins.routes import router as checkins_router
from api.db import make_engine, make_sessionmaker
from api.people.routes import router as people_router
from kawan.settings import Settings, get_settings

log = logging.getLogger(__name__)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    crypto.configure(settings.encryption_keys, settings.secret_key)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await start(app)
        timers = start_timers(app)
        try:
            yield
        finally:
            for task in timers:
                task.cancel()
            await stop(app)

    app = FastAPI(title="KAWAN-PMI API", version="0.1.0", lifespan=lifespan)
    app.state.settings = settings
    app.state.engine = None

    @app.get("/healthz", tags=["health"])
    async def healthz(request: Request) -> JSONResponse:
        try:
            async with request.app.state.engine.connect() as conn:
                await conn.execute(text("SELECT 1"))
        except Exception:  # the database is down: say so, do not crash
            log.exception("health check: database unreachable")
            return JSONResponse({"status": "error", "database": "unreachable"}, status_code=503)
        return JSONResponse({"status": "ok", "database": "ok"})

    app.include_router(people_router)
    app.include_router(checkins_router)
    return app


async def start(app: FastAPI) -> None:
    """Open the database. Idempotent, so in-process clients may call it before the server."""
    if app.state.engine is None:
        app.state.engine = make_engine(app.state.settings.database_url)
        app.state.sessionmaker = make_sessionmaker(app.state.engine)


def start_timers(app: FastAPI) -> list[asyncio.Task[None]]:
    """Background timers of the served API (not of in-process clients or tests)."""
    from api.checkins import scheduled

    settings: Settings = app.state.settings
    if settings.checkin_jobs_every_seconds <= 0:
        return []
    return [asyncio.create_task(scheduled.loop(app.state.sessionmaker, settings),
                                name="checkin-timers")]


async def stop(app: FastAPI) -> None:
    if app.state.engine is not None:
        await app.state.engine.dispose()
        app.state.engine = None
