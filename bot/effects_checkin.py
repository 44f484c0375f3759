"""Effects of the check-in flows, carried out through the backend."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from bot.backend import BackendRejected, BackendUnavailable
from bot.effects import Result, Runtime
from bot.flows.core import Effect, State

log = logging.getLogger(__name__)
SCHEDULE_FIELDS = ("day_of_week", "hour", "window_start", "window_end", "active", "paused")


def _mirror(state: State, schedule: dict[str, Any]) -> State:
    mirror = {k: schedule.get(k) for k in SCHEDULE_FIELDS}
    return replace(state, profile={**state.profile, "checkin": mirror})


async def record_checkin(rt: Runtime, chat: Any, state: State, effect: Effect) -> Result:
    """Store the answer. After "butuh bantuan" it is best effort: the SOS case (durable
    outbox) is what counts, and a failed record must not hide the hotlines."""
    person_id = state.profile.get("person_id")
    body = {k: v for k, v in effect.payload.items() if k != "best_effort"}
    if person_id:
        try:
            await rt.backend.checkin_call("POST", "/checkins/answers",
                                          {**body, "person_id": int(person_id)})
        except (BackendUnavailable, BackendRejected):
            if not effect.payload.get("best_effort"):
                raise
            log.warning("check-in answer not recorded (API unavailable); SOS went ahead")
    return state, []


async def set_checkin_schedule(rt: Runtime, chat: Any, state: State,
                               effect: Effect) -> Result:
    person_id = state.profile.get("person_id")
    if not person_id:
        return state, []
    body = {**effect.payload, "chat_id": chat.chat_id if chat.channel == "telegram" else None}
    schedule = await rt.backend.checkin_call("PUT", f"/checkins/people/{person_id}/schedule", body)
    return _mirror(state, schedule), []


async def _pause(rt: Runtime, state: State, action: str) -> Result:
    person_id = state.profile.get("person_id")
    if not person_id:
        return state, []
    schedule = await rt.backend.checkin_call("POST", f"/checkins/people/{person_id}/{action}")
    return _mirror(state, schedule), []


async def pause_checkins(rt: Runtime, chat: Any, state: State, effect: Effect) -> Result:
    return await _pause(rt, state, "pause")


async def resume_checkins(rt: Runtime, chat: Any, state: State, effect: Effect) -> Result:
    return await _pause(rt, state, "resume")


async def family_heard(rt: Runtime, chat: Any, state: State, effect: Effect) -> Result:
    person_id = state.profile.get("person_id")
    if person_id:
        await rt.backend.checkin_call(
            "POST", f"/checkins/{int(effect.payload['checkin_id'])}/family-heard",
            {"person_id": int(person_id), "heard": bool(effect.payload["heard"])})
    return state, []


CHECKIN_RUNNERS = {
    "record_checkin": record_checkin,
    "set_checkin_schedule": set_checkin_schedule,
    "pause_checkins": pause_checkins,
    "resume_checkins": resume_checkins,
    "family_heard": family_heard,
}
