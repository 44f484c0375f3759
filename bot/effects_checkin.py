"""Effects of the check-in flows, carried out through the backend."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from bot.backend import Backend
from bot.flows.core import Effect, State

log = logging.getLogger(__name__)
SCHEDULE_FIELDS = ("day_of_week", "hour", "window_start", "window_end", "active", "paused")


def _mirror(state: State, schedule: dict[str, Any]) -> State:
    mirror = {k: schedule.get(k) for k in SCHEDULE_FIELDS}
    return replace(state, profile={**state.profile, "checkin": mirror})


async def record_checkin(backend: Backend, chat: Any, state: State, effect: Effect) -> State:
    person_id = state.profile.get("person_id")
    if person_id:
        await backend.checkin_call("POST", "/checkins/answers",
                                   {**effect.payload, "person_id": int(person_id)})
    return state


async def set_checkin_schedule(backend: Backend, chat: Any, state: State,
                               effect: Effect) -> State:
    person_id = state.profile.get("person_id")
    if not person_id:
        return state
    body = {**effect.payload, "chat_id": chat.chat_id if chat.channel == "telegram" else None}
    schedule = await backend.checkin_call("PUT", f"/checkins/people/{person_id}/schedule", body)
    return _mirror(state, schedule)


async def _pause(backend: Backend, state: State, action: str) -> State:
    person_id = state.profile.get("person_id")
    if not person_id:
        return state
    schedule = await backend.checkin_call("POST", f"/checkins/people/{person_id}/{action}")
    return _mirror(state, schedule)


async def pause_checkins(backend: Backend, chat: Any, state: State, effect: Effect) -> State:
    return await _pause(backend, state, "pause")


async def resume_checkins(backend: Backend, chat: Any, state: State, effect: Effect) -> State:
    return await _pause(backend, state, "resume")


async def family_heard(backend: Backend, chat: Any, state: State, effect: Effect) -> State:
    person_id = state.profile.get("person_id")
    if person_id:
        await backend.checkin_call(
            "POST", f"/checkins/{int(effect.payload['checkin_id'])}/family-heard",
            {"person_id": int(person_id), "heard": bool(effect.payload["heard"])})
    return state


async def start_sos(backend: Backend, chat: Any, state: State, effect: Effect) -> State:
    """Placeholder until bot/flows/sos.py lands on main: the flow already showed the hotline
    and the answer `butuh_bantuan` puts the worker on the volunteers' watch list."""
    log.warning("check-in asked for help: SOS flow not available yet (placeholder effect)")
    return state


CHECKIN_RUNNERS = {
    "record_checkin": record_checkin,
    "set_checkin_schedule": set_checkin_schedule,
    "pause_checkins": pause_checkins,
    "resume_checkins": resume_checkins,
    "family_heard": family_heard,
    "start_sos": start_sos,
}
