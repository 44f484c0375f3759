"""The bot's client of the API: service token, retries with backoff, clear errors.

In one process (`kawan run`, `kawan chat`) it reaches the API in-process through httpx's
ASGI transport; with API_URL set it goes over HTTP.
"""

from __future__ import annotations

import logging
from typing import Any, ClassVar

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
    # Calls on the path of every incoming message try once, briefly: when the API is down or
    # hanging, the person must still get their answer (and hotlines) at once.
    FAST: ClassVar[dict[str, Any]] = {"attempts": 1, "timeout": 3.0}

    async def find_person(self, channel: str, external_id: str) -> dict[str, Any] | None:
        r = await self.request("POST", "/people/lookup", ok_404=True, **self.FAST,
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
                    *, fast: bool = False) -> dict[str, Any]:
        options: dict[str, Any] = dict(self.FAST) if fast else {}
        r = await self.request(method, url, json=body, **options)
        assert r is not None
        data: dict[str, Any] = r.json() if r.content else {}
        return data

    # The outbox retries these itself: one quick try each.
    async def create_case(self, body: dict[str, Any]) -> dict[str, Any]:
        return await self._json("POST", "/cases", body, fast=True)

    async def case_detail(self, case_id: int, body: dict[str, Any]) -> dict[str, Any]:
        return await self._json("POST", f"/cases/{case_id}/details", body, fast=True)

    async def case_message(self, case_id: int, body: dict[str, Any]) -> dict[str, Any]:
        return await self._json("POST", f"/cases/{case_id}/messages", body, fast=True)

    async def follow_up(self, case_id: int, body: dict[str, Any]) -> dict[str, Any]:
        return await self._json("POST", f"/cases/{case_id}/follow-up", body, fast=True)

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
        r = await self.request("POST", "/volunteers/lookup-telegram", ok_404=True, **self.FAST,
                               json={"telegram_user_id": telegram_user_id})
        return None if r is None else r.json()

    # --- departure (issue 5) ----------------------------------------------------------------
    async def get_departure(self, person_id: int) -> dict[str, Any]:
        return await self._json("GET", f"/departure/{person_id}")

    async def set_checklist_item(self, person_id: int, item_id: str, done: bool) -> dict[str, Any]:
        return await self._json("PUT" if done else "DELETE",
                                f"/departure/{person_id}/items/{item_id}")

    async def set_departure_dates(self, person_id: int, dates: dict[str, str]) -> dict[str, Any]:
        """The plan after the change; {"error": "past"} when the API refuses a past date."""
        try:
            return await self._json("PUT", f"/departure/{person_id}/dates", dates)
        except BackendRejected as exc:
            if exc.status == 422:
                return {"error": "past"}
            raise

    # --- agencies -------------------------------------------------------------------------
    async def check_agency(self, name: str) -> dict[str, Any]:
        return await self._json("POST", "/agencies/check", {"name": name})

    # --- guidance statistics (anonymous) -----------------------------------------------------
    async def record_guidance_use(self, kind: str, entry_id: str) -> None:
        await self.request("POST", "/guidance/usage", json={"kind": kind, "entry_id": entry_id})

    async def record_quiz_answer(self, body: dict[str, Any]) -> None:
        await self.request("POST", "/guidance/quiz-answers", json=body)

    async def record_unanswered(self, language: str) -> int:
        return int((await self._json("POST", "/guidance/unanswered",
                                     {"language": language}))["id"])

    async def share_unanswered(self, question_id: int, text: str) -> None:
        await self.request("PUT", f"/guidance/unanswered/{question_id}/text",
                           json={"text": text}, ok_404=True)

    # --- family links ------------------------------------------------------------------------
    async def family_links(self, person_id: int) -> list[dict[str, Any]]:
        r = await self.request("GET", "/family/links", params={"person_id": person_id})
        assert r is not None
        return list(r.json())

    async def create_family_invite(self, person_id: int, permissions: list[str]) -> dict[str, Any]:
        return await self._json("POST", "/family/invites", {
            "worker_person_id": person_id, "permissions": permissions})

    async def join_family(self, person_id: int, code: str) -> bool:
        try:
            await self._json("POST", "/family/join", {"code": code, "family_person_id": person_id})
        except BackendRejected as exc:
            if exc.status == 400:
                return False  # unknown, used or expired: the API does not say which
            raise
        return True

    async def unlink_family(self, person_id: int, link_id: int) -> None:
        await self.request("DELETE", f"/family/links/{link_id}", ok_404=True,
                           params={"person_id": person_id})

    # --- check-ins ------------------------------------------------------------------------
    async def checkin_call(self, method: str, url: str, body: Any = None) -> Any:
        r = await self.request(method, url, json=body)
        assert r is not None
        return None if r.status_code == 204 else r.json()
