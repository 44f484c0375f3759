"""Runners for the guidance flows' effects (issue 5): departure, agencies, cases, statistics,
family links. An answer the flow must word goes into state.data["result"]; the engine then
routes a RESULT event to the flow. Statistics are best effort: an outage never bothers a person.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from bot.backend import Backend, BackendUnavailable
from bot.flows.core import Effect, State

if TYPE_CHECKING:
    from bot.effects import ChatRef

log = logging.getLogger(__name__)
Runner = Callable[[Backend, "ChatRef", State, Effect], Awaitable[State]]


def _answer(state: State, value: dict[str, Any]) -> State:
    return replace(state, data={**state.data, "result": value})


def _person(state: State) -> int:
    person_id = state.profile.get("person_id")
    if not person_id:
        raise BackendUnavailable("not registered")  # flows ask only registered people
    return int(person_id)


async def load_departure(backend: Backend, chat: ChatRef, state: State, effect: Effect) -> State:
    return _answer(state, await backend.get_departure(_person(state)))


async def tick_item(backend: Backend, chat: ChatRef, state: State, effect: Effect) -> State:
    p = effect.payload
    return _answer(state, await backend.set_checklist_item(_person(state), str(p["item_id"]),
                                                           bool(p["done"])))


async def set_dates(backend: Backend, chat: ChatRef, state: State, effect: Effect) -> State:
    return _answer(state, await backend.set_departure_dates(_person(state), dict(effect.payload)))


async def check_agency(backend: Backend, chat: ChatRef, state: State, effect: Effect) -> State:
    return _answer(state, await backend.check_agency(str(effect.payload["name"])))


def case_body(chat: ChatRef, state: State, payload: dict[str, Any]) -> dict[str, Any]:
    """A POST /cases body (docs/cases-contract.md). The key is made from who reports what, so
    pressing "send" again after an outage reaches the same case, never a second one."""
    summary = str(payload.get("summary", ""))
    key_source = f"{chat.channel}:{chat.user_id}:{payload['kind']}:{summary}"
    return {
        "idempotency_key": hashlib.sha256(key_source.encode()).hexdigest()[:40],
        "kind": payload["kind"],
        "severity": payload.get("severity", "normal"),
        "reporter": {"channel": chat.channel, "external_id": chat.user_id,
                     "chat_id": chat.chat_id},
        "country": state.profile.get("country"),
        "categories": list(payload.get("categories", [])),
        "summary": summary,
        "legal_basis": "consent",  # the person pressed "send" after reading what is sent
        "source": chat.channel,
        "language": state.lang,
    }


async def open_case(backend: Backend, chat: ChatRef, state: State, effect: Effect) -> State:
    case = await backend.open_case(case_body(chat, state, dict(effect.payload)))
    return _answer(state, {"reference": case.get("reference"), "id": case.get("id")})


async def record_use(backend: Backend, chat: ChatRef, state: State, effect: Effect) -> State:
    try:
        await backend.record_guidance_use(str(effect.payload["kind"]),
                                          str(effect.payload["entry_id"]))
    except BackendUnavailable:
        log.warning("guidance usage not recorded")
    return state


async def record_quiz_answer(backend: Backend, chat: ChatRef, state: State,
                             effect: Effect) -> State:
    try:
        await backend.record_quiz_answer(dict(effect.payload))
    except BackendUnavailable:
        log.warning("quiz answer not recorded")
    return state


async def record_unanswered(backend: Backend, chat: ChatRef, state: State,
                            effect: Effect) -> State:
    try:
        question_id = await backend.record_unanswered(str(effect.payload.get("language", "id")))
    except BackendUnavailable:
        log.warning("unanswered question not counted")
        return state
    return replace(state, data={**state.data, "unanswered_id": question_id})


async def share_unanswered(backend: Backend, chat: ChatRef, state: State,
                           effect: Effect) -> State:
    await backend.share_unanswered(int(effect.payload["id"]), str(effect.payload["text"]))
    return state


async def load_family_links(backend: Backend, chat: ChatRef, state: State,
                            effect: Effect) -> State:
    return _answer(state, {"links": await backend.family_links(_person(state))})


async def unlink_family(backend: Backend, chat: ChatRef, state: State, effect: Effect) -> State:
    person_id = _person(state)
    await backend.unlink_family(person_id, int(effect.payload["link_id"]))
    return _answer(state, {"links": await backend.family_links(person_id)})


async def create_family_invite(backend: Backend, chat: ChatRef, state: State,
                               effect: Effect) -> State:
    permissions = [str(p) for p in effect.payload.get("permissions", [])]
    return _answer(state, await backend.create_family_invite(_person(state), permissions))


async def join_family(backend: Backend, chat: ChatRef, state: State, effect: Effect) -> State:
    linked = await backend.join_family(_person(state), str(effect.payload["code"]))
    return _answer(state, {"linked": linked})


GUIDANCE_RUNNERS: dict[str, Runner] = {
    "load_departure": load_departure,
    "tick_item": tick_item,
    "set_dates": set_dates,
    "check_agency": check_agency,
    "open_case": open_case,
    "record_use": record_use,
    "record_quiz_answer": record_quiz_answer,
    "record_unanswered": record_unanswered,
    "share_unanswered": share_unanswered,
    "load_family_links": load_family_links,
    "unlink_family": unlink_family,
    "create_family_invite": create_family_invite,
    "join_family": join_family,
}
