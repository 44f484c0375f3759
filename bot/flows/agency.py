"""Is this recruiter licensed? The person types a company's name; the API matches it against
the imported list of licensed P3MI. And: report a suspicious recruiter or calo (a case of kind
`recruitment_fraud`, sent only after the person confirms)."""

from __future__ import annotations

from datetime import date

from bot.flows.common import main_menu, menu_button, not_understood
from bot.flows.core import Button, Context, Effect, Event, EventKind, Outcome, Reply, State, buttons
from bot.flows.dates import show_date
from bot.flows.kit import case_effect, plain, pressed, result

NAME = "agency"
P = "ag:"
MIN_NAME = 2


def start(state: State, event: Event, ctx: Context) -> Outcome:
    new = state.at(NAME, "name")
    return Outcome(new, (prompt(new, ctx),))


def report_start(state: State, event: Event, ctx: Context) -> Outcome:
    new = state.at(NAME, "report")
    return Outcome(new, (prompt(new, ctx),))


def prompt(state: State, ctx: Context) -> Reply:
    if state.step == "report":
        return Reply(ctx.t(state, "agency.report_ask"), buttons([menu_button(state, ctx)]))
    if state.step == "report_confirm":
        return Reply(ctx.t(state, "agency.report_confirm",
                           text=plain(str(state.data.get("report", "")))),
                     buttons([Button(ctx.t(state, "agency.report_send"), P + "send")],
                             [Button(ctx.t(state, "agency.report_cancel"), P + "cancel")]))
    if state.step == "answered":
        return _after_answer(state, ctx, ctx.t(state, "agency.what_next"))
    return Reply(ctx.t(state, "agency.ask_name"), buttons([menu_button(state, ctx)]))


def _after_answer(state: State, ctx: Context, text: str) -> Reply:
    return Reply(text, buttons(
        [Button(ctx.t(state, "agency.check_another"), P + "again")],
        [Button(ctx.t(state, "agency.report_button"), P + "report")],
        [menu_button(state, ctx)]))


def handle(state: State, event: Event, ctx: Context) -> Outcome:
    answer = result(state, event, "check_agency")
    if answer is not None:
        return _answer(state, ctx, answer)
    answer = result(state, event, "open_guidance_case")
    if answer is not None:
        if answer.get("reference"):
            text = ctx.t(state, "agency.report_sent", reference=answer["reference"])
        else:
            text = ctx.t(state, "agency.report_queued")
        return Outcome(state.idle(), (Reply(text), main_menu(state, ctx)))
    value = pressed(event, P)
    if state.step == "name" and event.kind is EventKind.TEXT:
        name = " ".join(event.text.split())[:300]
        if len(name) < MIN_NAME:
            return Outcome(state, (prompt(state, ctx),))
        return Outcome(state.with_data(asked=True), (), (Effect("check_agency", {"name": name}),))
    if state.step == "report" and event.kind is EventKind.TEXT and event.text.strip():
        new = state.at(NAME, "report_confirm", report=event.text.strip())
        return Outcome(new, (prompt(new, ctx),))
    if state.step == "report_confirm" and value == "send":
        effect = case_effect(state, event, kind="recruitment_fraud", severity="normal",
                             summary=str(state.data.get("report", "")))
        return Outcome(state, (), (effect,))
    if state.step == "report_confirm" and value == "cancel":
        return Outcome(state.idle(), (Reply(ctx.t(state, "agency.report_cancelled")),
                                      main_menu(state, ctx)))
    if state.step == "answered" and value == "again":
        return start(state, event, ctx)
    if state.step == "answered" and value == "report":
        return report_start(state, event, ctx)
    return not_understood(state, event, ctx, prompt(state, ctx))


def _answer(state: State, ctx: Context, answer: dict) -> Outcome:  # type: ignore[type-arg]
    new = state.at(NAME, "answered")
    how = ctx.t(state, "agency.how_to_check")
    usage = Effect("record_use", {"kind": "agency_check", "entry_id": "not_loaded"})
    if not answer.get("loaded"):
        text = ctx.t(state, "agency.list_not_loaded") + "\n\n" + how
        return Outcome(new, (_after_answer(new, ctx, text),), (usage,))
    info = answer.get("list_info") or {}
    when = show_date(date.fromisoformat(info["list_date"]), state.lang,
                     ctx.t(state, "guidance.months").split(",")) if info.get("list_date") else "-"
    matches = answer.get("matches") or []
    same = [m for m in matches if m.get("same_name")]
    source = info.get("source", "-")
    lines = "\n".join(ctx.t(state, "agency.found_line", name=m["name"],
                            licence=m["licence_number"]) for m in (same or matches))
    if same:
        text = ctx.t(state, "agency.found", matches=lines, date=when, source=source)
        entry = "found"
    elif matches:  # only similar names: never a "yes", but worth showing
        text = ctx.t(state, "agency.similar", matches=lines, date=when, source=source)
        entry = "similar"
    else:
        text = ctx.t(state, "agency.not_found", date=when, source=source)
        entry = "not_found"
    usage = Effect("record_use", {"kind": "agency_check", "entry_id": entry})
    return Outcome(new, (_after_answer(new, ctx, text + "\n\n" + how),), (usage,))
