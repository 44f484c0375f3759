"""The scheduler: its jobs, and a case card reaching Telegram with nobody calling the worker."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from api.core.timeutil import utcnow
from api.main import create_app
from api.main import start as start_api
from api.main import stop as stop_api
from api.volunteers import service as volunteers
from tests.api.support import GROUP_CHAT, sos_body
from tests.botapi.server import FakeBotAPI
from tests.conftest import SERVICE_TOKEN

TOKEN = "123456:TEST-TOKEN"


@pytest.fixture
async def botapi() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI(token=TOKEN) as api:
        yield api


@pytest.fixture
async def live_app(settings: Any, botapi: FakeBotAPI, app: Any) -> AsyncIterator[Any]:
    """The API with its scheduler running; `app` empties the tables afterwards."""
    live = settings.model_copy(update={"scheduler_enabled": True, "telegram_bot_token": TOKEN,
                                       "telegram_api_base_url": botapi.base_url})
    application = create_app(live)
    await start_api(application)
    try:
        yield application
    finally:
        await stop_api(application)


async def test_jobs_are_registered_once_with_their_ids(live_app: Any) -> None:
    scheduler = live_app.state.scheduler.scheduler
    jobs = {job.id: job for job in scheduler.get_jobs()}
    assert set(jobs) == {"outbox-delivery", "case-escalation", "referral-chase",
                         "departure-reminders", "checkin-timers"}
    assert all(job.max_instances == 1 and job.coalesce for job in jobs.values())
    assert jobs["outbox-delivery"].trigger.interval.total_seconds() == 1
    assert jobs["case-escalation"].trigger.interval.total_seconds() == 30
    assert jobs["referral-chase"].trigger.interval.total_seconds() == 600
    assert jobs["checkin-timers"].trigger.interval.total_seconds() == 60


async def test_a_new_case_reaches_the_group_by_itself(live_app: Any,
                                                      botapi: FakeBotAPI) -> None:
    async with live_app.state.sessionmaker() as session:
        code = await volunteers.create_link_code(session=session, now=utcnow())
    transport = httpx.ASGITransport(app=live_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://api", headers={
            "Authorization": f"Bearer {SERVICE_TOKEN}"}) as client:
        await client.post("/volunteer-groups/link", json={"code": code, "chat_id": GROUP_CHAT})
        botapi.fail_next("sendMessage", status=500)  # the first try fails; a retry follows
        r = await client.post("/cases", json=sos_body())
        assert r.status_code == 201
    reference = r.json()["reference"]
    await botapi.wait_for(lambda: botapi.messages(GROUP_CHAT), 10.0)
    (card,) = botapi.messages(GROUP_CHAT)
    assert reference in card["text"]


async def test_a_new_case_does_not_wait_for_the_next_run(live_app: Any,
                                                         botapi: FakeBotAPI) -> None:
    """The route kicks the outbox: cards leave at once, whatever the schedule says."""
    live_app.state.scheduler.scheduler.reschedule_job("outbox-delivery", trigger="interval",
                                                      seconds=60)  # only the kick can send now
    loop = asyncio.get_running_loop()
    transport = httpx.ASGITransport(app=live_app)
    waits = []
    async with httpx.AsyncClient(transport=transport, base_url="http://api", headers={
            "Authorization": f"Bearer {SERVICE_TOKEN}"}) as client:
        for n in range(5):
            group = GROUP_CHAT - n  # a group of its own each time: no 3 s group spacing
            async with live_app.state.sessionmaker() as session:
                code = await volunteers.create_link_code(session=session, now=utcnow())
            await client.post("/volunteer-groups/link", json={"code": code, "chat_id": group})
            start = loop.time()
            assert (await client.post("/cases", json=sos_body())).status_code == 201
            await botapi.wait_for(lambda group=group: botapi.messages(group), 5.0)
            waits.append(loop.time() - start)
    assert max(waits) < 0.9, waits
