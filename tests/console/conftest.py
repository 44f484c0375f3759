"""The console in a real browser: headless Chromium (Debian's /usr/bin/chromium, driven by
Playwright) against the real app served by uvicorn on 127.0.0.1, on the real test database.

Nothing is fetched from the internet: Chromium is started with its background networking off,
and every request it makes outside our server is refused and recorded (`page.outside`).
"""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from api.volunteers import service as volunteers
from api.volunteers.enums import VolunteerRole
from tests.conftest import SERVICE_TOKEN

CHROMIUM = os.environ.get("KAWAN_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
PASSWORD = "kata-sandi-relawan-123"
PHONE = {"width": 360, "height": 740}
SHOTS = Path(os.environ.get("KAWAN_SCREENSHOTS", "/tmp"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
async def live_server(app: Any) -> AsyncIterator[str]:
    """The app on a real socket. The `app` fixture opened (and will close) the database, so
    uvicorn's lifespan stays off."""
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, lifespan="off",
                                           access_log=False, log_level="warning"))
    task = asyncio.create_task(server.serve())
    for _ in range(500):
        if server.started or task.done():
            break
        await asyncio.sleep(0.01)
    assert server.started, "uvicorn did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await asyncio.wait_for(task, timeout=10)


@pytest.fixture(scope="session")
async def browser() -> AsyncIterator[Any]:
    if not shutil.which(CHROMIUM):  # a missing browser fails: it is never a silent skip
        pytest.fail(f"{CHROMIUM} is missing: scripts/test.sh installs it (apt-get install chromium)")
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        chromium = await pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            await chromium.close()


@pytest.fixture
async def page(browser: Any, live_server: str) -> AsyncIterator[Any]:
    """A phone-sized page (360×740) in a fresh context: its own sessionStorage, no cookies."""
    context = await browser.new_context(viewport=PHONE, locale="id-ID", base_url=live_server,
                                        timezone_id="Asia/Jakarta")
    context.set_default_timeout(10_000)
    page = await context.new_page()
    page.outside = []  # type: ignore[attr-defined]
    page.console_errors = []  # type: ignore[attr-defined]
    page.page_errors = []  # type: ignore[attr-defined]

    async def only_ours(route: Any) -> None:
        if route.request.url.startswith(live_server):
            await route.continue_()
        else:
            page.outside.append(route.request.url)  # type: ignore[attr-defined]
            await route.abort()

    await context.route("**/*", only_ours)
    page.on("console", lambda m: page.console_errors.append(m.text)  # type: ignore[attr-defined]
            if m.type == "error" else None)
    page.on("pageerror", lambda e: page.page_errors.append(str(e)))  # type: ignore[attr-defined]
    try:
        yield page
    finally:
        await context.close()
    # Every test: nothing fetched from elsewhere, no uncaught script error, and nothing the
    # Content-Security-Policy had to refuse. (A 401 or 403 the browser logs is expected.)
    assert page.outside == []  # type: ignore[attr-defined]
    assert page.page_errors == []  # type: ignore[attr-defined]
    refused = [m for m in page.console_errors  # type: ignore[attr-defined]
               if "Content Security Policy" in m or "Trusted" in m]
    assert refused == []


@dataclass
class Member:
    id: int
    name: str
    role: str


@pytest.fixture
def make_member(app: Any) -> Callable[..., Awaitable[Member]]:
    """A volunteer or coordinator, created through the service layer (as `kawan volunteer add`
    does)."""
    async def make(name: str, role: str = "volunteer", telegram_id: int | None = None) -> Member:
        async with app.state.sessionmaker() as session:
            v = await volunteers.create_volunteer(session=session, name=name,
                                                  role=VolunteerRole(role), password=PASSWORD,
                                                  telegram_user_id=telegram_id)
        assert v.id is not None
        return Member(v.id, name, role)
    return make


@pytest.fixture
async def bot_client(live_server: str) -> AsyncIterator[httpx.AsyncClient]:
    """The bot's side of the API (service token), over the real socket."""
    async with httpx.AsyncClient(base_url=live_server,
                                 headers={"Authorization": f"Bearer {SERVICE_TOKEN}"}) as c:
        yield c


async def log_in(page: Any, name: str, password: str = PASSWORD, *, ok: bool = True) -> None:
    """Log in through the form; with `ok`, wait until the queue shows."""
    from playwright.async_api import expect

    await page.goto("/console#/login")
    await page.get_by_label("Nama", exact=True).fill(name)
    await page.get_by_label("Kata sandi", exact=True).fill(password)
    await page.get_by_role("button", name="Masuk").click()
    if ok:
        await expect(page.locator("h1")).to_have_text("Daftar kasus")
