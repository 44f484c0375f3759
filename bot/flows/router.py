"""Which flow answers an event. Commands first, then the active flow, then the menu."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from bot.flows import (
    account,
    agency,
    ask,
    checkin,
    departure,
    discreet,
    family,
    family_report,
    fees,
    guides,
    onboarding,
    protect,
    quiz,
    schedule,
    sos,
)
from bot.flows.common import MENU_PREFIX, main_menu, not_understood
from bot.flows.core import Context, Effect, Event, EventKind, Outcome, Reply, State

Handler = Callable[[State, Event, Context], Outcome]
Prompt = Callable[[State, Context], Reply]


@dataclass(frozen=True)
class Flow:
    handle: Handler
    prompt: Prompt
    # Steps that take free text as their answer: distress detection leaves them to the flow.
    free_text_steps: frozenset[str] = field(default_factory=frozenset)


FLOWS: dict[str, Flow] = {
    onboarding.NAME: Flow(onboarding.handle, onboarding.prompt),
    "language": Flow(account.language_handle, account.language_prompt),
    "delete": Flow(account.delete_handle, account.delete_prompt),
    sos.NAME: Flow(sos.handle, sos.prompt),
    "offer": Flow(protect.offer_handle, lambda s, c: protect.offer_prompt(s, c)),
    discreet.NAME: Flow(discreet.handle, discreet.prompt, frozenset({"word"})),
    family_report.NAME: Flow(family_report.handle, family_report.prompt,
                             frozenset(family_report.FREE_TEXT_STEPS)),
    # The guidance flows' typed steps (dates, names, reports, questions) stay under distress
    # detection: someone in danger may write it anywhere.
    departure.NAME: Flow(departure.handle, departure.prompt),
    agency.NAME: Flow(agency.handle, agency.prompt),
    fees.NAME: Flow(fees.handle, fees.prompt),
    guides.NAME: Flow(guides.handle, guides.prompt),
    quiz.NAME: Flow(quiz.handle, quiz.prompt),
    ask.NAME: Flow(ask.handle, ask.prompt),
    family.NAME: Flow(family.handle, family.prompt),
    checkin.NAME: Flow(checkin.handle, checkin.prompt),
    schedule.NAME: Flow(schedule.handle, schedule.prompt),
}


def case_status(state: State, event: Event, ctx: Context) -> Outcome:
    """What happened to my reports? The runner fetches each one's status from the API."""
    keys = [k for k in [state.profile.get("open_case"), *state.profile.get("family_reports", [])]
            if k]
    if not keys:
        return Outcome(state.idle(), (Reply(ctx.t(state, "sos.no_cases")), main_menu(state, ctx)))
    return Outcome(state.idle(), (), (Effect("case_status", {"case_keys": keys}),))


def follow_up(state: State, event: Event, ctx: Context) -> Outcome:
    """The check 24 hours after a case was resolved: fu:ok:<id> or fu:help:<id>."""
    _, answer, case_id = (event.text.split(":") + ["", ""])[:3]
    if not case_id.isdigit():
        return not_understood(state, event, ctx, current_prompt(state, ctx))
    effect = Effect("follow_up", {"case_id": int(case_id), "answer": answer,
                                  "event_id": event.event_id})
    if answer == "help":
        # The same case is reopened and its volunteer told; what they write next goes there.
        reopened = replace(state, profile={**state.profile, "open_case": f"api-{case_id}"})
        new = reopened.at(sos.NAME, "talk")
        return Outcome(new, (sos.hotlines_reply(new, ctx), Reply(ctx.t(new, "sos.followup_help")),
                             sos.prompt(new, ctx)), (effect,))
    cleared = replace(state, profile={k: v for k, v in state.profile.items()
                                      if k != "open_case"})
    return Outcome(cleared.idle(), (Reply(ctx.t(state, "sos.followup_glad")),
                                    main_menu(cleared, ctx)), (effect,))


# Commands work in any state of any flow. Names are what people type (Indonesian first).
COMMANDS: dict[str, Handler] = {
    "sos": sos.start_command,
    "darurat": sos.start_command,
    "tolong": sos.start_command,
    "start": family.start_command,  # onboarding, or joining through a family link
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
    "samaran": discreet.start,
    "discreet": discreet.start,
    "lapor": family_report.start,
    "status": case_status,
    "tanya": ask.start,
    "kuis": quiz.start,
    "panduan": guides.start,
    "persiapan": departure.start,
    "checkin": checkin.command,
    "jadwal": schedule.command,
    "schedule": schedule.command,
}

# Main-menu buttons ("m:<id>") and the command each one stands for.
MENU_ACTIONS: dict[str, Handler] = {
    "sos": sos.start,
    "discreet": discreet.start,
    "family_report": family_report.start,
    "status": case_status,
    "menu": account.menu,
    "help": account.help_,
    "privacy": account.privacy,
    "language": account.language_start,
    "delete": account.delete_start,
    "register": onboarding.start,
    "checklist": departure.start,
    "contract": departure.contract_start,
    "agency": agency.start,
    "report": agency.report_start,
    "fees": fees.start,
    "guides": guides.start,
    "quiz": quiz.start,
    "ask": ask.start,
    "family": family.start,
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
IDLE_TEXT: list[IdleTextHandler] = [sos.relay_when_open, protect.offer_on_concern]
# Guidance answers come after anything urgent (urgent text is pre-empted in route(), and the
# handlers above go first): an invite code typed by a family member, then a question for the FAQ.
IDLE_TEXT += [family.idle_code, ask.idle_question]


def route(state: State, event: Event, ctx: Context) -> Outcome:
    flow = FLOWS.get(state.flow)
    free_text = flow is not None and state.step in flow.free_text_steps
    urgent = protect.preempt(state, event, ctx, free_text_step=free_text)
    if urgent is not None:
        return urgent
    if event.kind is EventKind.BUTTON and event.text.startswith(("fu:ok:", "fu:help:")):
        return follow_up(state, event, ctx)
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
    if flow is not None:
        return flow.handle(state, event, ctx)
    return idle(state, event, ctx)


def idle(state: State, event: Event, ctx: Context) -> Outcome:
    relayed = sos.relay_media_when_open(state, event, ctx)
    if relayed is not None:
        return relayed
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
