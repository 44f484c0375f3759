"""Carrying out what flows ask for, through the backend. The only place flows touch the world.

Anything a person sent for help goes through the bot's durable outbox first; the rest calls
the API directly and, when the API is down, the engine keeps the person where they were.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import Any

from bot.backend import Backend, BackendRejected, BackendUnavailable
from bot.flows.core import Context, Effect, Reply, State
from bot.guidance_effects import GUIDANCE_RUNNERS
from bot.outbox import BotOutbox


@dataclass(frozen=True)
class ChatRef:
    channel: str  # "telegram" | "console"
    chat_id: str
    user_id: str  # the person's id on that channel: their identity in the API


@dataclass
class Runtime:
    backend: Backend
    outbox: BotOutbox
    ctx: Context


Result = tuple[State, list[Reply]]
EffectRunner = Callable[[Runtime, ChatRef, State, Effect], Awaitable[Result]]


def profile_from_person(person: dict[str, Any]) -> dict[str, Any]:
    return {
        "person_id": person["id"],
        "role": person["role"],
        "country": person.get("country"),
        "timezone": person.get("timezone"),
        "consented_at": person.get("consented_at"),
        "lang_chosen": True,
    }


# --- people ------------------------------------------------------------------------------

async def register_person(rt: Runtime, chat: ChatRef, state: State, effect: Effect) -> Result:
    body = {k: v for k, v in effect.payload.items() if k != "payload"}
    body["identity"] = {"channel": chat.channel, "external_id": chat.user_id}
    person = await rt.backend.register_person(body)
    return replace(state, profile={**state.profile, **profile_from_person(person)}), []


async def update_person(rt: Runtime, chat: ChatRef, state: State, effect: Effect) -> Result:
    person_id = state.profile.get("person_id")
    if person_id:
        person = await rt.backend.update_person(int(person_id), dict(effect.payload))
        return replace(state, profile={**state.profile, **profile_from_person(person)}), []
    return state, []


async def delete_person(rt: Runtime, chat: ChatRef, state: State, effect: Effect) -> Result:
    # Found again through the identity, so deletion works even after bot state was lost.
    person = await rt.backend.find_person(chat.channel, chat.user_id)
    if person is not None:
        await rt.backend.delete_person(int(person["id"]))
    return state, []


# --- cases, through the durable outbox ----------------------------------------------------

async def open_case(rt: Runtime, chat: ChatRef, state: State, effect: Effect) -> Result:
    p = dict(effect.payload)
    key = str(p.pop("case_key"))
    p["reporter"] = {"channel": chat.channel, "external_id": chat.user_id,
                     "chat_id": chat.chat_id}
    await rt.outbox.enqueue(key=key, kind="open_case", case_key=key, channel=chat.channel,
                            chat_id=chat.chat_id, payload=p)
    await rt.outbox.deliver(case_key=key)
    delivered = await rt.outbox.case_of(key)
    if p.get("kind") == "safe_word":
        return state, []  # silence: the screen must look innocent
    if delivered and delivered.reference:
        return state, [Reply(rt.ctx.t(state, "sos.reference", reference=delivered.reference))]
    return state, [Reply(rt.ctx.t(state, "sos.queued"))]


async def _case_item(rt: Runtime, chat: ChatRef, effect: Effect, kind: str) -> None:
    p = dict(effect.payload)
    case_key = str(p.pop("case_key"))
    event_id = str(p.pop("event_id", ""))
    key = f"{case_key}:{kind}:{event_id}:{p.get('kind', '')}"
    await rt.outbox.enqueue(key=key[:96], kind=kind, case_key=case_key, channel=chat.channel,
                            chat_id=chat.chat_id, payload=p)
    await rt.outbox.deliver(case_key=case_key)


async def case_detail(rt: Runtime, chat: ChatRef, state: State, effect: Effect) -> Result:
    await _case_item(rt, chat, effect, "case_detail")
    return state, []


async def case_message(rt: Runtime, chat: ChatRef, state: State, effect: Effect) -> Result:
    payload = {**effect.payload, "direction": "from_reporter"}
    await _case_item(rt, chat, Effect(effect.kind, payload), "case_message")
    return state, []


async def follow_up(rt: Runtime, chat: ChatRef, state: State, effect: Effect) -> Result:
    p = dict(effect.payload)
    case_key = f"api-{p['case_id']}"
    key = f"{case_key}:follow_up:{p.pop('event_id', '')}"
    await rt.outbox.enqueue(key=key[:96], kind="follow_up", case_key=case_key,
                            channel=chat.channel, chat_id=chat.chat_id,
                            payload={"answer": p["answer"]})
    await rt.outbox.deliver(case_key=case_key)
    return state, []


async def case_status(rt: Runtime, chat: ChatRef, state: State, effect: Effect) -> Result:
    lines = []
    for key in effect.payload.get("case_keys", []):
        case = await rt.outbox.case_of(str(key))
        if case is None or case.case_id is None:
            lines.append(rt.ctx.t(state, "sos.status_pending"))
            continue
        try:
            view = await rt.backend.reporter_view(case.case_id)
        except (BackendUnavailable, BackendRejected):
            lines.append(rt.ctx.t(state, "sos.status_unknown", reference=case.reference or "-"))
            continue
        status = str(view.get("status", "new"))
        label = rt.ctx.t(state, f"sos.status_{status}") if status in STATUSES else status
        lines.append(rt.ctx.t(state, "sos.status_line", reference=view.get("reference", "-"),
                              status=label))
    return state, [Reply("\n".join(lines))]


STATUSES = ("new", "claimed", "in_progress", "referred", "resolved", "closed")

RUNNERS: dict[str, EffectRunner] = {
    "register_person": register_person,
    "update_person": update_person,
    "delete_person": delete_person,
    "open_case": open_case,
    "case_detail": case_detail,
    "case_message": case_message,
    "case_status": case_status,
    "follow_up": follow_up,
    **GUIDANCE_RUNNERS,
}


def _add_checkin_runners() -> None:
    from bot.effects_checkin import CHECKIN_RUNNERS

    RUNNERS.update(CHECKIN_RUNNERS)


_add_checkin_runners()
