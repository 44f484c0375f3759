"""One conversation turn, for any channel: load state ➜ route ➜ carry out effects ➜ save."""

from __future__ import annotations

import asyncio
import logging
import zlib
from dataclasses import replace

from api.core.timeutil import utcnow
from bot.backend import Backend, BackendRejected, BackendUnavailable
from bot.effects import RUNNERS, ChatRef, Runtime, profile_from_person
from bot.flows.core import Context, Event, EventKind, Reply, State
from bot.flows.router import current_prompt, route
from bot.outbox import BotOutbox
from bot.store import StateStore

log = logging.getLogger(__name__)
_STRIPES = 256  # turns of one chat never interleave; different chats run side by side
_MAX_EFFECTS = 8  # effects of one turn, follow-ups included: a guard against loops


class Engine:
    def __init__(self, *, store: StateStore, backend: Backend, outbox: BotOutbox,
                 ctx: Context) -> None:
        self.store = store
        self.backend = backend
        self.outbox = outbox
        self.ctx = ctx
        self.runtime = Runtime(backend=backend, outbox=outbox, ctx=ctx)
        self._locks = [asyncio.Lock() for _ in range(_STRIPES)]

    def _lock(self, chat: ChatRef) -> asyncio.Lock:
        return self._locks[zlib.crc32(f"{chat.channel}:{chat.chat_id}".encode()) % _STRIPES]

    async def handle(self, chat: ChatRef, event: Event) -> list[Reply]:
        replies, _ = await self.handle_turn(chat, event)
        return replies

    async def handle_turn(self, chat: ChatRef, event: Event) -> tuple[list[Reply], State]:
        """One turn; also gives back the state it ended in (for auto-delete and tests)."""
        async with self._lock(chat):
            state = await self.store.load(chat.channel, chat.chat_id)
            state = await self._recognise(chat, state)
            if event.at is None:
                event = replace(event, at=utcnow())  # flows stay pure: time comes in the event
            outcome = route(state, event, self.ctx)
            new_state = outcome.state
            extra: list[Reply] = []
            pending = list(outcome.effects)
            done: list[str] = []
            try:
                while pending and len(done) < _MAX_EFFECTS:
                    effect = pending.pop(0)
                    runner = RUNNERS.get(effect.kind)
                    if runner is None:
                        raise RuntimeError(f"no runner for effect {effect.kind!r}")
                    new_state, more = await runner(self.runtime, chat, new_state, effect)
                    extra += more
                    done.append(effect.kind)
                    if "result" in new_state.data:
                        # The API answered: the flow words the answer (a pure step again).
                        follow = route(new_state, Event(EventKind.RESULT, text=effect.kind),
                                       self.ctx)
                        new_state = _without_result(follow.state)
                        extra += follow.replies
                        pending += follow.effects
            except (BackendUnavailable, BackendRejected):
                # Keep the person where they were, so pressing the button again retries.
                busy = Reply(self.ctx.t(state, "common.busy"))
                return [busy, current_prompt(state, self.ctx)], state
            await self.store.save(chat.channel, chat.chat_id, new_state)
            log.info("turn chat=%s/%s event=%s flow=%s step=%s effects=%s",
                     chat.channel, _mask(chat.chat_id), event.kind, new_state.flow,
                     new_state.step, done)
            return _merge(list(outcome.replies), extra), new_state

    async def _recognise(self, chat: ChatRef, state: State) -> State:
        """A chat with no memory may still be a known person (another replica, a wiped
        state table): ask the API once."""
        if state.registered or state.profile.get("looked_up"):
            return state
        try:
            person = await self.backend.find_person(chat.channel, chat.user_id)
        except BackendUnavailable:
            return state
        profile = {**state.profile, "looked_up": True}
        if person is not None:
            profile.update(profile_from_person(person))
            return replace(state, lang=person.get("language", state.lang), profile=profile)
        return replace(state, profile=profile)


def _without_result(state: State) -> State:
    return replace(state, data={k: v for k, v in state.data.items() if k != "result"})


def _merge(replies: list[Reply], extra: list[Reply]) -> list[Reply]:
    """Replies from effects (a case reference, a status) go before the last prompt, so the
    question the person must answer stays at the bottom of the screen."""
    if not extra:
        return replies
    if replies and replies[-1].buttons:
        return replies[:-1] + extra + replies[-1:]
    return replies + extra


def _mask(chat_id: str) -> str:
    """Enough of a chat id to follow one conversation in logs, not to identify a person."""
    return f"…{chat_id[-3:]}" if len(chat_id) > 3 else "…"
