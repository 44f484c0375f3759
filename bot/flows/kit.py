"""Small helpers the guidance flows share: reading their own buttons, and the answer for
people who have not registered (we cannot keep their progress)."""

from __future__ import annotations

import hashlib
from typing import Any

from bot.flows.common import main_menu, menu_button
from bot.flows.core import (
    Button,
    Context,
    Effect,
    Event,
    EventKind,
    Outcome,
    Reply,
    State,
    buttons,
)


def pressed(event: Event, prefix: str) -> str | None:
    """The value of a button `<prefix><value>`; None for anything else."""
    if event.kind is EventKind.BUTTON and event.text.startswith(prefix):
        return event.text[len(prefix):]
    return None


def result(state: State, event: Event, effect_kind: str) -> dict[str, Any] | None:
    """The API's answer to `effect_kind`, when this event brings it."""
    if event.kind is EventKind.RESULT and event.text == effect_kind:
        value = state.data.get("result")
        return value if isinstance(value, dict) else {}
    return None


def must_register(state: State, ctx: Context) -> Outcome:
    return Outcome(state.idle(), (
        Reply(ctx.t(state, "guidance.register_first"),
              buttons([Button(ctx.t(state, "guidance.register_button"), "m:register")])),
        main_menu(state, ctx)))


def back_row(state: State, ctx: Context, *extra: Button) -> list[Button]:
    return [*extra, menu_button(state, ctx)]


def plain(text: str) -> str:
    """Text from a person, safe to show back inside our own words: shortened, one line."""
    text = " ".join(text.split())
    return text if len(text) <= 120 else text[:119] + "…"


def case_effect(state: State, event: Event, *, kind: str, severity: str,
                summary: str) -> Effect:
    """Open a case (docs/cases-contract.md) through the durable outbox. The key is stable per
    delivered update, so a re-delivered "send" never opens a second case. Unlike an SOS it is
    not remembered as the person's open case: later messages are not relayed to it."""
    if event.event_id:
        key = f"{kind}-{event.event_id}"
    else:  # `kawan chat` has no update ids: the same words reach the same case
        who = state.profile.get("person_id", "")
        key = f"{kind}-" + hashlib.sha256(f"{kind}:{who}:{summary}".encode()).hexdigest()[:24]
    return Effect("open_guidance_case", {
        "case_key": key,
        "kind": kind,
        "severity": severity,
        "source": "guidance",
        "categories": [],
        "summary": summary,
        "country": state.profile.get("country"),
        "language": state.lang,
        "legal_basis": "consent",  # the person pressed "send" after reading what is sent
    })
