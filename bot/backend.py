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
                      **kwargs: Any) -> httpx.Response | None:
        """Send with retries on transient failures. None for a 404 when ok_404."""
        try:
            async for attempt in AsyncRetrying(
                stop=stop_after_attempt(self._attempts),
                wait=wait_exponential_jitter(initial=0.2, max=2.0),
                retry=retry_if_exception(_transient),
                reraise=True,
            ):
                with attempt:
                    response = await self._client.request(method, url, **kwargs)
                    if ok_404 and response.status_code == 404:
                        return None
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

    # --- check-ins ------------------------------------------------------------------------
    async def checkin_call(self, method: str, url: str, body: Any = None) -> Any:
        r = await self.request(method, url, json=body)
        assert r is not None
        return None if r.status_code == 204 else r.json()
