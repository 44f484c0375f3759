"""Shared fixtures: a real database (PostgreSQL by default, SQLite on request), the API app,
an HTTP client for it, and the content context.

TEST_DATABASE_URL picks the database; KAWAN_TEST_DB=sqlite runs everything on a SQLite file.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text

from api.main import create_app
from api.main import start as start_api
from api.main import stop as stop_api
from bot.flows.core import Context
from kawan import migrate
from kawan.models import metadata
from kawan.settings import REPO_ROOT, Settings
from kawan.wiring import build_context

PG_DEFAULT = "postgresql+asyncpg://postgres@127.0.0.1:5432/kawan_test"
SERVICE_TOKEN = "test-service-token"


async def _fresh_postgres(url: str) -> None:
    import asyncpg

    dsn = url.replace("postgresql+asyncpg://", "postgresql://")
    base, _, name = dsn.rpartition("/")
    conn = await asyncpg.connect(base + "/postgres")
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()


@pytest.fixture(scope="session")
async def database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    if os.environ.get("KAWAN_TEST_DB") == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('db') / 'kawan-test.db'}"
    else:
        url = os.environ.get("TEST_DATABASE_URL", PG_DEFAULT)
        await _fresh_postgres(url)
    # Alembic's env runs its own event loop: give it a thread of its own.
    await asyncio.to_thread(migrate.upgrade, url)
    return url


@pytest.fixture
def settings(database_url: str) -> Settings:
    return Settings(
        environment="test",
        database_url=database_url,
        service_token=SERVICE_TOKEN,
        content_dir=REPO_ROOT / "content",
        telegram_bot_token="123456:TEST-TOKEN",
        scheduler_enabled=False,  # tests call the scheduled functions with a given `now`
    )


@pytest.fixture
async def app(settings: Settings) -> AsyncIterator[object]:
    application = create_app(settings)
    await start_api(application)
    try:
        yield application
    finally:
        await _truncate(application)
        await stop_api(application)


async def _truncate(application: object) -> None:
    """Each test starts from empty tables (dispatch-style isolation, by truncation)."""
    engine = application.state.engine  # type: ignore[attr-defined]
    names = [t.name for t in reversed(metadata.sorted_tables)]
    async with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            await conn.execute(text(f"TRUNCATE {', '.join(names)} RESTART IDENTITY CASCADE"))
        else:
            for name in names:
                await conn.execute(text(f"DELETE FROM {name}"))


@pytest.fixture
async def client(app: object) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
    async with httpx.AsyncClient(transport=transport, base_url="http://api",
                                 headers={"Authorization": f"Bearer {SERVICE_TOKEN}"}) as c:
        yield c


@pytest.fixture(scope="session")
def ctx() -> Context:
    return build_context(Settings(content_dir=REPO_ROOT / "content"))


@pytest.fixture(scope="session")
def content_dir() -> Path:
    return REPO_ROOT / "content"
