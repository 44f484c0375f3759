"""Linking a family: a worker abroad creates an invite (a code and a t.me deep link, valid 48
hours, used once) and chooses what the family may see; the family member joins with the link
(/start fam_<code>) or by typing the code. Either side sees their links and can unlink."""

from __future__ import annotations

import re
from typing import Any

from bot.flows.common import main_menu, menu_button, not_understood
from bot.flows.core import Button, Context, Effect, Event, EventKind, Outcome, Reply, State, buttons
from bot.flows.kit import must_register, pressed, result

NAME = "family"
P = "fm:"
PERMISSIONS = ("checkin_summaries", "remittance_confirmations")
DEEP_LINK_PREFIX = "fam_"
CODE = re.compile(r"^[A-Za-z0-9]{4}[- ]?[A-Za-z0-9]{4}$")  # as shown: ABCD-EFGH


def start(state: State, event: Event, ctx: Context) -> Outcome:
    if not state.registered:
        return must_register(state, ctx)
    return Outcome(state.at(NAME, "loading"), (), (Effect("load_family_links", {}),))


def start_command(state: State, event: Event, ctx: Context) -> Outcome:
    """/start: a registered person arriving through a family link joins; all else onboards."""
    code = _payload_code(event.args)
    if code and state.registered:
        return _join(state, code)
    from bot.flows import onboarding  # onboarding imports this module for after_registration

    return onboarding.start(state, event, ctx)


def after_registration(state: State, payload: str) -> tuple[State, tuple[Effect, ...]]:
    """Called when onboarding finishes: someone who came through a family link joins now."""
    code = _payload_code(payload)
    if not code:
        return state, ()
    return state.at(NAME, "joining_new"), (Effect("join_family", {"code": code}),)


def idle_code(state: State, event: Event, ctx: Context) -> Outcome | None:
    """For router.IDLE_TEXT: a registered person typing an invite code joins with it."""
    text = event.text.strip()
    if event.kind is not EventKind.TEXT or not state.registered or not CODE.match(text):
        return None
    if not any(ch.isdigit() for ch in text) or text.isdigit():
        return None  # a plain word or a number, not one of our codes (they mix both)
    return _join(state, text)


def _payload_code(payload: str) -> str | None:
    if payload.startswith(DEEP_LINK_PREFIX) and 4 <= len(payload) - len(DEEP_LINK_PREFIX) <= 16:
        return payload[len(DEEP_LINK_PREFIX):]
    return None


def _join(state: State, code: str) -> Outcome:
    return Outcome(state.at(NAME, "joining"), (),
                   (Effect("join_family", {"code": code.replace("-", "").replace(" ", "")}),))


# --- what each step shows ---------------------------------------------------------------------

def prompt(state: State, ctx: Context) -> Reply:
    if state.step == "permissions":
        chosen = set(state.data.get("permissions", []))
        rows = [[Button(("✅ " if p in chosen else "⬜ ") + ctx.t(state, f"family.perm_{p}"),
                        f"{P}perm:{p}")] for p in PERMISSIONS]
        rows.append([Button(ctx.t(state, "family.create"), P + "create")])
        rows.append([menu_button(state, ctx)])
        return Reply(ctx.t(state, "family.choose_permissions"), buttons(*rows))
    return _overview(state, ctx, None)


def _overview(state: State, ctx: Context, links: list[dict[str, Any]] | None) -> Reply:
    """The person's links as the API gave them; from the bot's memory only their ids."""
    ids = [link["id"] for link in links] if links is not None else state.data.get("link_ids", [])
    me = state.profile.get("person_id")
    lines = [ctx.t(state, "family.title")]
    for n, link in enumerate(links or [], start=1):
        seen = ", ".join(ctx.t(state, f"family.perm_{p}") for p in link.get("permissions", []))
        key = ("family.link_to_family" if link.get("worker_person_id") == me
               else "family.link_to_worker")
        lines.append(ctx.t(state, key, n=n, permissions=seen or "-"))
    if not ids:
        lines.append(ctx.t(state, "family.no_links"))
    rows = [[Button(ctx.t(state, "family.unlink", n=n), f"{P}unlink:{link_id}")]
            for n, link_id in enumerate(ids, start=1)]
    if state.role == "worker_abroad":
        rows.append([Button(ctx.t(state, "family.invite"), P + "invite")])
    else:
        lines.append(ctx.t(state, "family.how_to_join"))
    rows.append([menu_button(state, ctx)])
    return Reply("\n".join(lines), buttons(*rows))


# --- what each event does ---------------------------------------------------------------------

def handle(state: State, event: Event, ctx: Context) -> Outcome:
    answer = result(state, event, "load_family_links") or result(state, event, "unlink_family")
    if answer is not None:
        links = list(answer.get("links", []))
        new = state.at(NAME, "links", link_ids=[link["id"] for link in links])
        return Outcome(new, (_overview(new, ctx, links),))
    answer = result(state, event, "create_family_invite")
    if answer is not None:
        return _invite_made(state, ctx, answer)
    answer = result(state, event, "join_family")
    if answer is not None:
        key = "family.joined" if answer.get("linked") else "family.join_failed"
        if state.step == "joining_new":  # onboarding has just shown the menu
            return Outcome(state.idle(), (Reply(ctx.t(state, key)),))
        return Outcome(state.idle(), (Reply(ctx.t(state, key)), main_menu(state, ctx)))
    value = pressed(event, P) or ""
    link_ids = {str(link_id) for link_id in state.data.get("link_ids", [])}
    if state.step == "links" and value == "invite" and state.role == "worker_abroad":
        new = state.at(NAME, "permissions", permissions=list(PERMISSIONS))
        return Outcome(new, (prompt(new, ctx),))
    if state.step == "links" and value.startswith("unlink:") and value[7:] in link_ids:
        return Outcome(state, (), (Effect("unlink_family", {"link_id": int(value[7:])}),))
    if state.step == "permissions" and value.startswith("perm:") and value[5:] in PERMISSIONS:
        chosen = set(state.data.get("permissions", [])) ^ {value[5:]}
        new = state.with_data(permissions=[p for p in PERMISSIONS if p in chosen])
        return Outcome(new, (prompt(new, ctx),))
    if state.step == "permissions" and value == "create":
        return Outcome(state, (), (Effect("create_family_invite", {
            "permissions": list(state.data.get("permissions", []))}),))
    return not_understood(state, event, ctx, prompt(state, ctx))


def _invite_made(state: State, ctx: Context, answer: dict) -> Outcome:  # type: ignore[type-arg]
    code = str(answer.get("code", ""))
    shown = f"{code[:4]}-{code[4:]}" if len(code) == 8 else code
    link = f"https://t.me/{ctx.bot_username}?start={DEEP_LINK_PREFIX}{code}"
    seen = ", ".join(ctx.t(state, f"family.perm_{p}") for p in answer.get("permissions", []))
    text = ctx.t(state, "family.invite_made", code=shown, link=link, permissions=seen or "-")
    return Outcome(state.idle(), (Reply(text), main_menu(state, ctx)))
