"""Which flow answers an event. Commands first, then the active flow, then the menu."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.flows import account, checkin, onboarding, schedule
from bot.flows.common import MENU_PREFIX, main_menu, not_understood
from bot.flows.core import Context, Event, EventKind, Outcome, Reply, State

Handler = Callable[[State, Event, Context], Outcome]
Prompt = Callable[[State, Context], Reply]


@dataclass(frozen=True)
class Flow:
    handle: Handler
    prompt: Prompt


FLOWS: dict[str, Flow] = {
    onboarding.NAME: Flow(onboarding.handle, onboarding.prompt),
    "language": Flow(account.language_handle, account.language_prompt),
    "delete": Flow(account.delete_handle, account.delete_prompt),
    checkin.NAME: Flow(checkin.handle, checkin.prompt),
    schedule.NAME: Flow(schedule.handle, schedule.prompt),
}

# Commands work in any state of any flow. Names are what people type (Indonesian first).
COMMANDS: dict[str, Handler] = {
    "start": onboarding.start,
    "help": account.help_,
    "bantuan": account.help_,
    "menu": account.menu,
    "bahasa": account.language_start,
    "language": account.language_start,
    "privasi": account.privacy,
    "privacy": account.privacy,
    "hapus": account.delete_start,
    "batal": account.menu,
    "cancel": account.menu,
    "checkin": checkin.command,
    "jadwal": schedule.command,
    "schedule": schedule.command,
}

# Main-menu buttons ("m:<id>") and the command each one stands for.
MENU_ACTIONS: dict[str, Handler] = {
    "menu": account.menu,
    "help": account.help_,
    "privacy": account.privacy,
    "language": account.language_start,
    "delete": account.delete_start,
    "checkin": checkin.command,
    "schedule": schedule.command,
}

# Buttons that work from any state, because their message arrives unasked (a check-in the
# dispatcher sent, a question to the family). Keyed by callback-data prefix.
GLOBAL_BUTTONS: dict[str, Handler] = {
    "ci:s:": checkin.from_button,
    "ci:fam:": checkin.family_reply,
}

# Free text while idle goes through these in order (distress detection, FAQ, …); the first
# that returns an Outcome answers.
IdleTextHandler = Callable[[State, Event, Context], Outcome | None]
IDLE_TEXT: list[IdleTextHandler] = []


def route(state: State, event: Event, ctx: Context) -> Outcome:
    if event.kind is EventKind.COMMAND:
        command = COMMANDS.get(event.text)
        if command is not None:
            return command(state, event, ctx)
        return not_understood(state, event, ctx, current_prompt(state, ctx))
    if event.kind is EventKind.BUTTON and event.text.startswith(MENU_PREFIX):
        action = MENU_ACTIONS.get(event.text[len(MENU_PREFIX):])
        if action is not None:
            return action(state, event, ctx)
        return not_understood(state, event, ctx, current_prompt(state, ctx))
    if event.kind is EventKind.BUTTON:
        for prefix, handler in GLOBAL_BUTTONS.items():
            if event.text.startswith(prefix):
                return handler(state, event, ctx)
    flow = FLOWS.get(state.flow)
    if flow is not None:
        return flow.handle(state, event, ctx)
    return idle(state, event, ctx)


def idle(state: State, event: Event, ctx: Context) -> Outcome:
    if event.kind is EventKind.TEXT:
        for handler in IDLE_TEXT:
            outcome = handler(state, event, ctx)
            if outcome is not None:
                return outcome
        if not state.registered and not state.profile.get("declined"):
            return onboarding.start(state, event, ctx)  # a newcomer who just said "halo"
    return not_understood(state, event, ctx, None)


def current_prompt(state: State, ctx: Context) -> Reply:
    flow = FLOWS.get(state.flow)
    return flow.prompt(state, ctx) if flow is not None else main_menu(state, ctx)
