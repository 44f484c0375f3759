"""The bot's client of the API: service token, retries with backoff, clear errors.

In one process (`kawan run`, `kawan chat`) it reaches the API in-process through httpx's
ASGI transport; with API_URL set it goes over HTTP.
"""

from __future__ import annotations

import logging
from typing import Any

import httpx
from tenacity import (
    AsyncRetrying,
    retry_if_exception,
    stop_after_attempt,
    wait_exponential_jitter,
)

log = logging.getLogger(__name__)


class BackendUnavailable(Exception):
    """The API could not be reached or failed; the caller decides what to tell the person."""


class BackendRejected(Exception):
    """The API answered 4xx: retrying the same request will not help."""

    def __init__(self, status: int, detail: Any = None) -> None:
        super().__init__(f"API answered {status}")
        self.status = status
        self.detail = detail


def _transient(exc: BaseException) -> bool:
    if isinstance(exc, httpx.TransportError):
        return True
    return isinstance(exc, httpx.HTTPStatusError) and exc.response.status_code >= 500


class Backend:
    def __init__(self, client: httpx.AsyncClient, *, attempts: int = 3) -> None:
        self._client = client
        self._attempts = attempts

    @classmethod
    def over_http(cls, base_url: str, token: str, *, timeout: float = 10.0) -> Backend:
        return cls(httpx.AsyncClient(base_url=base_url, timeout=timeout,
                                     headers={"Authorization": f"Bearer {token}"}))

    @classmethod
    def in_process(cls, app: Any, token: str) -> Backend:
        transport = httpx.ASGITransport(app=app)
        return cls(httpx.AsyncClient(transport=transport, base_url="http://kawan-api",
                                     headers={"Authorization": f"Bearer {token}"}))

    async def aclose(self) -> None:
        await self._client.aclose()

    async def request(self, method: str, url: str, *, ok_404: bool = False,
                      attempts: int | None = None, **kwargs: Any) -> httpx.Response | None:
        """Send with retries on transient failures. None for a 404 when ok_404.

        4xx answers raise BackendRejected (not retried); transport errors and 5xx raise
        BackendUnavailable once the attempts are spent.
        """
        try:
            async for attempt in AsyncRetrying(
                stop=stop_after_attempt(attempts or self._attempts),
                wait=wait_exponential_jitter(multiplier=0.2, max=2.0),
                retry=retry_if_exception(_transient),
                reraise=True,
            ):
                with attempt:
                    response = await self._client.request(method, url, **kwargs)
                    if ok_404 and response.status_code == 404:
                        return None
                    if 400 <= response.status_code < 500:
                        try:
                            detail = response.json().get("detail")
                        except ValueError:
                            detail = None
                        raise BackendRejected(response.status_code, detail)
                    response.raise_for_status()
                    return response
        except (httpx.HTTPError, OSError) as exc:
            # The URL and status only: bodies may hold what a person wrote.
            log.warning("backend %s %s failed: %s", method, url, type(exc).__name__)
            raise BackendUnavailable(str(type(exc).__name__)) from exc
        raise AssertionError("unreachable")

    # --- people ---------------------------------------------------------------------------
    async def find_person(self, channel: str, external_id: str) -> dict[str, Any] | None:
        r = await self.request("POST", "/people/lookup", ok_404=True,
                               json={"channel": channel, "external_id": external_id})
        return None if r is None else r.json()

    async def register_person(self, body: dict[str, Any]) -> dict[str, Any]:
        r = await self.request("POST", "/people", json=body)
        assert r is not None
        return r.json()

    async def update_person(self, person_id: int, body: dict[str, Any]) -> dict[str, Any]:
        r = await self.request("PATCH", f"/people/{person_id}", json=body)
        assert r is not None
        return r.json()

    async def delete_person(self, person_id: int) -> None:
        await self.request("DELETE", f"/people/{person_id}", ok_404=True)

    # --- cases (docs/cases-contract.md) ---------------------------------------------------
    async def _json(self, method: str, url: str, body: dict[str, Any] | None = None,
                    *, attempts: int | None = None) -> dict[str, Any]:
        r = await self.request(method, url, json=body, attempts=attempts)
        assert r is not None
        data: dict[str, Any] = r.json() if r.content else {}
        return data

    async def create_case(self, body: dict[str, Any]) -> dict[str, Any]:
        return await self._json("POST", "/cases", body, attempts=1)

    async def case_detail(self, case_id: int, body: dict[str, Any]) -> dict[str, Any]:
        return await self._json("POST", f"/cases/{case_id}/details", body, attempts=1)

    async def case_message(self, case_id: int, body: dict[str, Any]) -> dict[str, Any]:
        return await self._json("POST", f"/cases/{case_id}/messages", body, attempts=1)

    async def reporter_view(self, case_id: int) -> dict[str, Any]:
        return await self._json("GET", f"/cases/{case_id}/reporter-view")

    async def link_group(self, code: str, chat_id: str, title: str | None) -> dict[str, Any]:
        return await self._json("POST", "/volunteer-groups/link",
                                {"code": code, "chat_id": chat_id, "title": title})

    async def claim_by_telegram(self, case_id: int, telegram_user_id: str,
                                group_chat_id: str | None) -> dict[str, Any]:
        return await self._json("POST", f"/cases/{case_id}/claim-by-telegram",
                                {"telegram_user_id": telegram_user_id,
                                 "group_chat_id": group_chat_id})

    async def details_by_telegram(self, case_id: int, telegram_user_id: str) -> dict[str, Any]:
        return await self._json("POST", f"/cases/{case_id}/details-by-telegram",
                                {"telegram_user_id": telegram_user_id})

    async def volunteer_by_telegram(self, telegram_user_id: str) -> dict[str, Any] | None:
        r = await self.request("POST", "/volunteers/lookup-telegram", ok_404=True,
                               json={"telegram_user_id": telegram_user_id})
        return None if r is None else r.json()

    # --- check-ins ------------------------------------------------------------------------
    async def checkin_call(self, method: str, url: str, body: Any = None) -> Any:
        r = await self.request(method, url, json=body)
        assert r is not None
        return None if r.status_code == 204 else r.json()
