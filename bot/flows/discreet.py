"""Discreet mode: neutral wording, auto-delete of the conversation, a personal safe word."""

from __future__ import annotations

from dataclasses import replace

from bot.flows.common import main_menu, not_understood
from bot.flows.core import Button, Context, Event, EventKind, Outcome, Reply, State, buttons
from bot.flows.protect import safe_word_hash

NAME = "discreet"
AUTODELETE_CHOICES = (0, 15, 60, 1440)  # minutes; 0 = off


def start(state: State, event: Event, ctx: Context) -> Outcome:
    new = state.at(NAME, "menu")
    return Outcome(new, (prompt(new, ctx),))


def prompt(state: State, ctx: Context) -> Reply:
    p = state.profile
    if state.step == "word":
        return Reply(ctx.t(state, "discreet.ask_word"), buttons(
            [Button(ctx.t(state, "discreet.cancel"), "dis:word:cancel")]))
    if state.step == "autodelete":
        opts = [Button(ctx.t(state, f"discreet.autodelete_{m}"), f"dis:autodelete:{m}")
                for m in AUTODELETE_CHOICES]
        return Reply(ctx.t(state, "discreet.ask_autodelete"), buttons(*[[o] for o in opts]))
    on = bool(p.get("discreet"))
    minutes = int(p.get("autodelete_minutes") or 0)
    status = ctx.t(state, "discreet.status",
                   mode=ctx.t(state, "discreet.on" if on else "discreet.off"),
                   autodelete=ctx.t(state, f"discreet.autodelete_{minutes}"),
                   word=ctx.t(state, "discreet.word_set" if p.get("safe_word_hash")
                              else "discreet.word_unset"))
    rows = [
        [Button(ctx.t(state, "discreet.turn_off" if on else "discreet.turn_on"),
                "dis:menu:toggle")],
        [Button(ctx.t(state, "discreet.set_autodelete"), "dis:menu:autodelete")],
        [Button(ctx.t(state, "discreet.set_word"), "dis:menu:word")],
    ]
    if p.get("safe_word_hash"):
        rows.append([Button(ctx.t(state, "discreet.remove_word"), "dis:menu:unword")])
    rows.append([Button(ctx.t(state, "menu.back"), "m:menu")])
    return Reply(status, buttons(*rows))


def _with(state: State, **profile: object) -> State:
    return replace(state, profile={**state.profile, **profile})


def handle(state: State, event: Event, ctx: Context) -> Outcome:
    data = event.text if event.kind is EventKind.BUTTON else ""
    if state.step == "menu":
        if data == "dis:menu:toggle":
            new = _with(state, discreet=not state.profile.get("discreet"))
            return Outcome(new, (prompt(new, ctx),))
        if data == "dis:menu:autodelete":
            new = state.at(NAME, "autodelete")
            return Outcome(new, (prompt(new, ctx),))
        if data == "dis:menu:word":
            new = state.at(NAME, "word")
            return Outcome(new, (prompt(new, ctx),))
        if data == "dis:menu:unword":
            new = _with(state, safe_word_hash=None)
            return Outcome(new, (Reply(ctx.t(new, "discreet.word_removed")), prompt(new, ctx)))
    if state.step == "autodelete" and data.startswith("dis:autodelete:"):
        value = data.rsplit(":", 1)[1]
        if value.isdigit() and int(value) in AUTODELETE_CHOICES:
            new = _with(state, autodelete_minutes=int(value)).at(NAME, "menu")
            return Outcome(new, (prompt(new, ctx),))
    if state.step == "word":
        if data == "dis:word:cancel":
            new = state.at(NAME, "menu")
            return Outcome(new, (prompt(new, ctx),))
        word = event.text.strip() if event.kind is EventKind.TEXT else ""
        if 2 <= len(word) <= 40:
            new = _with(state, safe_word_hash=safe_word_hash(word, ctx.secret)).at(NAME, "menu")
            return Outcome(new, (Reply(ctx.t(new, "discreet.word_saved")), prompt(new, ctx)))
        if event.kind is EventKind.TEXT:
            return Outcome(state, (Reply(ctx.t(state, "discreet.word_invalid")),
                                   prompt(state, ctx)))
    if data == "m:menu":
        return Outcome(state.idle(), (main_menu(state, ctx),))
    return not_understood(state, event, ctx, prompt(state, ctx))
