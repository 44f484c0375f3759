"""Answers shared by every flow: the main menu, and kind answers to unexpected input."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.flows.core import Button, Context, Event, EventKind, Outcome, Reply, State, buttons

MENU_PREFIX = "m:"


@dataclass(frozen=True)
class MenuItem:
    id: str
    label_key: str
    visible: Callable[[State], bool]


def _always(_: State) -> bool:
    return True


def _registered(state: State) -> bool:
    # "role" is set the moment consent is given, before the API has answered with an id.
    return state.registered or bool(state.profile.get("role"))


def _roles(*roles: str) -> Callable[[State], bool]:
    return lambda state: state.role in roles


def _abroad(state: State) -> bool:
    return state.registered and state.role == "worker_abroad"


# Only what works is shown. Features add themselves here, in the order a person needs them.
def _has_reports(state: State) -> bool:
    return bool(state.profile.get("open_case") or state.profile.get("family_reports"))


def _family(state: State) -> bool:
    return state.role == "family"


def _worker(state: State) -> bool:
    return state.role in ("worker_abroad", "preparing")


MENU: list[MenuItem] = [
    MenuItem("sos", "menu.sos", _always),
    MenuItem("checkin", "menu.checkin", _abroad),
    MenuItem("schedule", "menu.schedule", _abroad),
    MenuItem("family_report", "menu.family_report", _family),
    MenuItem("status", "menu.status", _has_reports),
    MenuItem("discreet", "menu.discreet", _worker),
    MenuItem("checklist", "guidance.menu_checklist", _roles("preparing", "family")),
    MenuItem("agency", "guidance.menu_agency", _roles("preparing", "family")),
    MenuItem("fees", "guidance.menu_fees", _roles("preparing", "family")),
    MenuItem("guides", "guidance.menu_guides", _always),
    MenuItem("quiz", "guidance.menu_quiz", _always),
    MenuItem("ask", "guidance.menu_ask", _always),
    MenuItem("family", "guidance.menu_family", _roles("worker_abroad", "family")),
    MenuItem("contract", "guidance.menu_contract", _roles("worker_abroad")),
    MenuItem("help", "menu.help", _always),
    MenuItem("privacy", "menu.privacy", _always),
    MenuItem("language", "menu.language", _always),
    MenuItem("delete", "menu.delete", _registered),
]


def menu_button(state: State, ctx: Context) -> Button:
    return Button(ctx.t(state, "menu.back"), MENU_PREFIX + "menu")


def main_menu(state: State, ctx: Context, *, intro_key: str = "menu.title") -> Reply:
    items = [i for i in MENU if i.visible(state)]
    # Help sits alone on the first row, where a thumb finds it without reading.
    first = [[Button(ctx.t(state, i.label_key), MENU_PREFIX + i.id)]
             for i in items if i.id == "sos"]
    rest = [i for i in items if i.id != "sos"]
    rows = first + [
        [Button(ctx.t(state, i.label_key), MENU_PREFIX + i.id) for i in rest[n : n + 2]]
        for n in range(0, len(rest), 2)
    ]
    return Reply(ctx.t(state, intro_key), buttons(*rows))


def not_understood(state: State, event: Event, ctx: Context, prompt: Reply | None) -> Outcome:
    """A kind answer to input the current step does not expect, and the way back."""
    if event.kind is EventKind.BUTTON:
        key = "common.stale_button"
    elif event.kind is EventKind.COMMAND:
        key = "common.unknown_command"
    elif event.kind in (EventKind.MEDIA, EventKind.UNSUPPORTED, EventKind.LOCATION,
                        EventKind.CONTACT):
        key = "common.cannot_read_media"
    elif prompt is not None and prompt.buttons:
        key = "common.choose_a_button"
    else:
        key = "common.not_understood"
    first = Reply(ctx.t(state, key))
    if prompt is None:
        return Outcome(state, (first, main_menu(state, ctx)))
    return Outcome(state, (first, prompt))
