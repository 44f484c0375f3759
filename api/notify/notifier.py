"""What the outbox sends through: one interface, a Telegram implementation and a fake."""

from __future__ import annotations

from typing import Protocol

# Rows of inline buttons: [[(label, callback_data), ...], ...]
Buttons = list[list[tuple[str, str]]]


class DeliveryError(Exception):
    """Base of what a notifier raises; the delivery worker decides what happens next."""


class RetryLater(DeliveryError):
    """Telegram said 429: wait `retry_after` seconds before trying this row again."""

    def __init__(self, retry_after: float) -> None:
        super().__init__(f"retry after {retry_after}s")
        self.retry_after = retry_after


class TransientError(DeliveryError):
    """5xx, a timeout, a dropped connection: try again later, with backoff."""


class PermanentError(DeliveryError):
    """The request can never succeed as it is (blocked by the user, chat not found)."""


class Notifier(Protocol):
    async def send_message(self, chat_id: str, text: str, buttons: Buttons | None) -> int:
        """Send a message; give back Telegram's message id."""
        ...

    async def edit_message(self, chat_id: str, message_id: int, text: str,
                           buttons: Buttons | None) -> None: ...

    async def aclose(self) -> None: ...
