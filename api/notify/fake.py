"""A notifier for tests: records what would have been sent, can be told to fail."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from api.notify.notifier import Buttons, DeliveryError


@dataclass
class Sent:
    chat_id: str
    text: str
    buttons: Buttons | None
    message_id: int
    edited: bool = False


@dataclass
class FakeNotifier:
    sent: list[Sent] = field(default_factory=list)
    # Errors raised, in order, by the next calls (then calls succeed again).
    failures: list[BaseException] = field(default_factory=list)
    _next_id: int = 100
    _calls: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def fail_next(self, *errors: BaseException) -> None:
        self.failures.extend(errors)

    def _maybe_fail(self) -> None:
        if self.failures:
            raise self.failures.pop(0)

    async def send_message(self, chat_id: str, text: str, buttons: Buttons | None) -> int:
        self._calls["send"] += 1
        self._maybe_fail()
        self._next_id += 1
        self.sent.append(Sent(chat_id, text, buttons, self._next_id))
        return self._next_id

    async def edit_message(self, chat_id: str, message_id: int, text: str,
                           buttons: Buttons | None) -> None:
        self._calls["edit"] += 1
        self._maybe_fail()
        self.sent.append(Sent(chat_id, text, buttons, message_id, edited=True))

    async def aclose(self) -> None:
        return None

    def to(self, chat_id: str | int) -> list[Sent]:
        return [s for s in self.sent if s.chat_id == str(chat_id)]


__all__ = ["DeliveryError", "FakeNotifier", "Sent"]
