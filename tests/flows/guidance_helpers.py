"""Shared steps for the flow tables: press, say, run, and the API's answers."""

from __future__ import annotations

from typing import Any

from bot.flows.core import Context, Event, EventKind, Outcome, State
from bot.flows.router import route

PREPARING = {"person_id": 7, "role": "preparing", "country": "HK", "timezone": "Asia/Hong_Kong"}
WORKER = {"person_id": 8, "role": "worker_abroad", "country": "TW", "timezone": "Asia/Taipei"}
FAMILY = {"person_id": 9, "role": "family"}


def press(data: str, eid: str = "") -> Event:
    return Event(EventKind.BUTTON, text=data, event_id=eid)


def say(text: str, eid: str = "") -> Event:
    return Event.from_text(text, event_id=eid)


def person(profile: dict[str, Any], lang: str = "id") -> State:
    return State(lang=lang, profile=dict(profile))


def run(ctx: Context, events: list[Event], state: State) -> tuple[State, list[Outcome]]:
    outcomes = []
    for event in events:
        outcome = route(state, event, ctx)
        outcomes.append(outcome)
        state = outcome.state
    return state, outcomes


def answer(ctx: Context, state: State, effect_kind: str, value: dict[str, Any]) -> Outcome:
    """What the engine does after a runner: the API's answer, routed back as a RESULT."""
    with_result = State(flow=state.flow, step=state.step, lang=state.lang,
                        data={**state.data, "result": value}, profile=state.profile)
    return route(with_result, Event(EventKind.RESULT, text=effect_kind), ctx)


def data_of(outcome: Outcome) -> list[str]:
    return [b.data for r in outcome.replies for row in r.buttons for b in row]


def text_of(outcome: Outcome) -> str:
    return "\n".join(r.text for r in outcome.replies)


def kinds(outcome: Outcome) -> list[str]:
    return [e.kind for e in outcome.effects]


STICKER = Event(EventKind.UNSUPPORTED, text="sticker")
PHOTO = Event(EventKind.MEDIA, text="photo", file_id="x")
HUGE = say("x" * 10_000)
