"""Sending a reply so that a passing Telegram failure does not swallow it.

429 is first handled by PTB's AIORateLimiter (it waits `retry_after` and retries); what is
left — server errors, timeouts, a 429 that outlasts the limiter — is retried here with
backoff. A 400 (bad request) or 403 (blocked) is final. A timed-out call may have reached
Telegram, so a retry can show a message twice: for someone asking for help, twice is better
than never.
"""

from __future__ import annotations

import logging

from telegram import Bot, Message
from telegram.error import BadRequest, NetworkError, RetryAfter
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception,
    stop_after_attempt,
    wait_exponential_jitter,
)

from bot.flows.core import Reply
from bot.handlers.convert import to_markup

log = logging.getLogger(__name__)
ATTEMPTS = 5
_backoff = wait_exponential_jitter(initial=0.5, max=8.0)


def _retryable(exc: BaseException) -> bool:
    if isinstance(exc, RetryAfter):
        return True
    return isinstance(exc, NetworkError) and not isinstance(exc, BadRequest)


def _wait(state: RetryCallState) -> float:
    exc = state.outcome.exception() if state.outcome else None
    if isinstance(exc, RetryAfter):
        delay = exc.retry_after
        return float(delay.total_seconds() if hasattr(delay, "total_seconds") else delay)
    return float(_backoff(state))


async def send_reply(bot: Bot, chat_id: int, reply: Reply) -> Message:
    async for attempt in AsyncRetrying(stop=stop_after_attempt(ATTEMPTS), wait=_wait,
                                       retry=retry_if_exception(_retryable), reraise=True):
        with attempt:
            if attempt.retry_state.attempt_number > 1:
                log.warning("retrying a reply (attempt %s)", attempt.retry_state.attempt_number)
            return await bot.send_message(chat_id, reply.text, reply_markup=to_markup(reply))
    raise AssertionError("unreachable")
