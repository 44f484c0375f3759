"""The Telegram notifier: Bot API over httpx, within Telegram's limits.

One global budget (default 25 messages/s, under Telegram's ~30/s per bot) and one per chat
(a little over 1 s apart in a private chat, 3 s in a group). A 429 becomes RetryLater with
Telegram's `retry_after`; 5xx, timeouts and network errors become TransientError; other refusals
(blocked by the user, chat not found) PermanentError. URLs carry the token: never logged.
"""

from __future__ import annotations

from typing import Any

import httpx
from aiolimiter import AsyncLimiter

from api.notify.notifier import Buttons, PermanentError, RetryLater, TransientError

_MAX_CHAT_LIMITERS = 10_000
_PRIVATE_GAP = 1.1  # seconds between two messages to one private chat
_GROUP_GAP = 3.1  # seconds between two messages to one group


def _chat(chat_id: str) -> int | str:
    """Numeric ids as numbers (as Telegram documents them); @usernames stay strings."""
    return int(chat_id) if chat_id.lstrip("-").isdigit() else chat_id


def _markup(buttons: Buttons | None) -> dict[str, Any] | None:
    if not buttons:
        return None
    return {"inline_keyboard": [[{"text": label, "callback_data": data} for label, data in row]
                                for row in buttons]}


class TelegramNotifier:
    def __init__(self, *, token: str, base_url: str = "https://api.telegram.org/bot",
                 rate_per_second: float = 25.0, timeout: float = 10.0,
                 private_gap: float = _PRIVATE_GAP, group_gap: float = _GROUP_GAP,
                 client: httpx.AsyncClient | None = None) -> None:
        self._url = f"{base_url}{token}/"
        self._client = client or httpx.AsyncClient(timeout=timeout)
        self._global = AsyncLimiter(rate_per_second, 1)
        self._per_chat: dict[str, AsyncLimiter] = {}
        self._gaps = (private_gap, group_gap)

    def _chat_limiter(self, chat_id: str) -> AsyncLimiter:
        limiter = self._per_chat.get(chat_id)
        if limiter is None:
            if len(self._per_chat) >= _MAX_CHAT_LIMITERS:
                self._per_chat.clear()
            # Negative ids are groups (about 20 a minute there), others private chats (1/s).
            # No bursts and a small margin: Telegram counts in sliding windows.
            private_gap, group_gap = self._gaps
            limiter = AsyncLimiter(1, group_gap if chat_id.startswith("-") else private_gap)
            self._per_chat[chat_id] = limiter
        return limiter

    async def _call(self, method: str, chat_id: str, body: dict[str, Any]) -> dict[str, Any]:
        async with self._chat_limiter(chat_id), self._global:
            try:
                response = await self._client.post(self._url + method, json=body)
            except (httpx.TimeoutException, httpx.TransportError) as exc:
                raise TransientError(type(exc).__name__) from None
        try:
            data = response.json()
        except ValueError:
            data = {}
        if response.status_code == 429 or data.get("error_code") == 429:
            retry_after = (data.get("parameters") or {}).get("retry_after", 1)
            raise RetryLater(float(retry_after))
        if response.status_code >= 500:
            raise TransientError(f"HTTP {response.status_code}")
        if not data.get("ok"):
            description = str(data.get("description", ""))
            if method == "editMessageText" and "not modified" in description:
                return {}
            raise PermanentError(f"HTTP {response.status_code}")
        result: dict[str, Any] = data.get("result") or {}
        return result

    async def send_message(self, chat_id: str, text: str, buttons: Buttons | None) -> int:
        body: dict[str, Any] = {"chat_id": _chat(chat_id), "text": text}
        if markup := _markup(buttons):
            body["reply_markup"] = markup
        result = await self._call("sendMessage", chat_id, body)
        return int(result["message_id"])

    async def edit_message(self, chat_id: str, message_id: int, text: str,
                           buttons: Buttons | None) -> None:
        body: dict[str, Any] = {"chat_id": _chat(chat_id), "message_id": message_id,
                                "text": text}
        if markup := _markup(buttons):
            body["reply_markup"] = markup
        await self._call("editMessageText", chat_id, body)

    async def aclose(self) -> None:
        await self._client.aclose()
