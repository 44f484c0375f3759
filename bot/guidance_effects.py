"""Runners for the guidance flows' effects (issue 5): departure, agencies, cases, statistics,
family links. An answer the flow must word goes into state.data["result"]; the engine then
routes a RESULT event to the flow. Statistics are best effort: an outage never bothers a person.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from bot.backend import BackendRejected, BackendUnavailable
from bot.flows.core import Effect, Reply, State

if TYPE_CHECKING:
    from bot.effects import ChatRef, Runtime

log = logging.getLogger(__name__)
Result = tuple[State, list[Reply]]
Runner = Callable[["Runtime", "ChatRef", State, Effect], Awaitable[Result]]


def _answer(state: State, value: dict[str, Any]) -> Result:
    return replace(state, data={**state.data, "result": value}), []


def _person(state: State) -> int:
    person_id = state.profile.get("person_id")
    if not person_id:
        raise BackendUnavailable("not registered")  # flows ask only registered people
    return int(person_id)


async def load_departure(rt: Runtime, chat: ChatRef, state: State, effect: Effect) -> Result:
    return _answer(state, await rt.backend.get_departure(_person(state)))


async def tick_item(rt: Runtime, chat: ChatRef, state: State, effect: Effect) -> Result:
    p = effect.payload
    return _answer(state, await rt.backend.set_checklist_item(_person(state), str(p["item_id"]),
                                                           bool(p["done"])))


async def set_dates(rt: Runtime, chat: ChatRef, state: State, effect: Effect) -> Result:
    return _answer(state, await rt.backend.set_departure_dates(_person(state), dict(effect.payload)))


async def check_agency(rt: Runtime, chat: ChatRef, state: State, effect: Effect) -> Result:
    return _answer(state, await rt.backend.check_agency(str(effect.payload["name"])))


async def open_guidance_case(rt: Runtime, chat: ChatRef, state: State,
                             effect: Effect) -> Result:
    """A fraud report or a question for a volunteer, through the bot's durable outbox (the same
    path as every case): an outage delays it, never drops or doubles it. The flow words the
    answer: a reference when the API took it at once, else "saved, on its way"."""
    payload = dict(effect.payload)
    key = str(payload.pop("case_key"))
    payload["reporter"] = {"channel": chat.channel, "external_id": chat.user_id,
                           "chat_id": chat.chat_id}
    await rt.outbox.enqueue(key=key, kind="open_case", case_key=key, channel=chat.channel,
                            chat_id=chat.chat_id, payload=payload)
    await rt.outbox.deliver(case_key=key)
    delivered = await rt.outbox.case_of(key)
    return _answer(state, {"reference": delivered.reference if delivered else None})


async def record_use(rt: Runtime, chat: ChatRef, state: State, effect: Effect) -> Result:
    try:
        await rt.backend.record_guidance_use(str(effect.payload["kind"]),
                                          str(effect.payload["entry_id"]))
    except (BackendUnavailable, BackendRejected):
        log.warning("guidance usage not recorded")
    return state, []


async def record_quiz_answer(rt: Runtime, chat: ChatRef, state: State,
                             effect: Effect) -> Result:
    try:
        await rt.backend.record_quiz_answer(dict(effect.payload))
    except (BackendUnavailable, BackendRejected):
        log.warning("quiz answer not recorded")
    return state, []


async def record_unanswered(rt: Runtime, chat: ChatRef, state: State,
                            effect: Effect) -> Result:
    try:
        question_id = await rt.backend.record_unanswered(str(effect.payload.get("language", "id")))
    except (BackendUnavailable, BackendRejected):
        log.warning("unanswered question not counted")
        return state, []
    return replace(state, data={**state.data, "unanswered_id": question_id}), []


async def share_unanswered(rt: Runtime, chat: ChatRef, state: State,
                           effect: Effect) -> Result:
    await rt.backend.share_unanswered(int(effect.payload["id"]), str(effect.payload["text"]))
    return state, []


async def load_family_links(rt: Runtime, chat: ChatRef, state: State,
                            effect: Effect) -> Result:
    return _answer(state, {"links": await rt.backend.family_links(_person(state))})


async def unlink_family(rt: Runtime, chat: ChatRef, state: State, effect: Effect) -> Result:
    person_id = _person(state)
    await rt.backend.unlink_family(person_id, int(effect.payload["link_id"]))
    return _answer(state, {"links": await rt.backend.family_links(person_id)})


async def create_family_invite(rt: Runtime, chat: ChatRef, state: State,
                               effect: Effect) -> Result:
    permissions = [str(p) for p in effect.payload.get("permissions", [])]
    return _answer(state, await rt.backend.create_family_invite(_person(state), permissions))


async def join_family(rt: Runtime, chat: ChatRef, state: State, effect: Effect) -> Result:
    linked = await rt.backend.join_family(_person(state), str(effect.payload["code"]))
    return _answer(state, {"linked": linked})


GUIDANCE_RUNNERS: dict[str, Runner] = {
    "load_departure": load_departure,
    "tick_item": tick_item,
    "set_dates": set_dates,
    "check_agency": check_agency,
    "open_guidance_case": open_guidance_case,
    "record_use": record_use,
    "record_quiz_answer": record_quiz_answer,
    "record_unanswered": record_unanswered,
    "share_unanswered": share_unanswered,
    "load_family_links": load_family_links,
    "unlink_family": unlink_family,
    "create_family_invite": create_family_invite,
    "join_family": join_family,
}
