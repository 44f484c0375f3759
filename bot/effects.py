"""Carrying out what flows ask for, through the backend. The only place flows touch the world."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import Any

from bot.backend import Backend
from bot.flows.core import Effect, State


@dataclass(frozen=True)
class ChatRef:
    channel: str  # "telegram" | "console"
    chat_id: str
    user_id: str  # the person's id on that channel: their identity in the API


def profile_from_person(person: dict[str, Any]) -> dict[str, Any]:
    return {
        "person_id": person["id"],
        "role": person["role"],
        "country": person.get("country"),
        "timezone": person.get("timezone"),
        "consented_at": person.get("consented_at"),
        "lang_chosen": True,
    }


EffectRunner = Callable[[Backend, ChatRef, State, Effect], Awaitable[State]]


async def register_person(backend: Backend, chat: ChatRef, state: State, effect: Effect) -> State:
    body = {k: v for k, v in effect.payload.items() if k != "payload"}
    body["identity"] = {"channel": chat.channel, "external_id": chat.user_id}
    person = await backend.register_person(body)
    return replace(state, profile={**state.profile, **profile_from_person(person)})


async def update_person(backend: Backend, chat: ChatRef, state: State, effect: Effect) -> State:
    person_id = state.profile.get("person_id")
    if person_id:
        person = await backend.update_person(int(person_id), dict(effect.payload))
        return replace(state, profile={**state.profile, **profile_from_person(person)})
    return state


async def delete_person(backend: Backend, chat: ChatRef, state: State, effect: Effect) -> State:
    # The flow already cleared the state; find the person again through the identity so a
    # deletion also works after the bot's own state was lost.
    person = await backend.find_person(chat.channel, chat.user_id)
    if person is not None:
        await backend.delete_person(int(person["id"]))
    return state


RUNNERS: dict[str, EffectRunner] = {
    "register_person": register_person,
    "update_person": update_person,
    "delete_person": delete_person,
}


def _add_checkin_runners() -> None:
    from bot.effects_checkin import CHECKIN_RUNNERS

    RUNNERS.update(CHECKIN_RUNNERS)


_add_checkin_runners()
