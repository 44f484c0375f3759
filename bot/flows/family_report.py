"""A family member reports a worker in trouble: name, country, last contact, what happened.

The report becomes a case. The family sees its status changes (/status), never what the worker
told the volunteers.
"""

from __future__ import annotations

from bot.flows import sos
from bot.flows.common import main_menu, not_understood
from bot.flows.core import Button, Context, Effect, Event, EventKind, Outcome, Reply, State, buttons
from bot.flows.distress import Level, classify

NAME = "family_report"
LAST_CONTACT = ("today", "week", "month", "longer")
FREE_TEXT_STEPS = ("name", "what")


def start(state: State, event: Event, ctx: Context) -> Outcome:
    new = state.at(NAME, "name")
    return Outcome(new, (Reply(ctx.t(new, "family_report.intro")), prompt(new, ctx)))


def prompt(state: State, ctx: Context) -> Reply:
    cancel = [Button(ctx.t(state, "family_report.cancel"), "fr:any:cancel")]
    if state.step == "name":
        return Reply(ctx.t(state, "family_report.ask_name"), buttons(cancel))
    if state.step == "country":
        opts = [Button(c.names.get(state.lang, c.code), f"fr:country:{c.code}")
                for c in ctx.countries]
        opts.append(Button(ctx.t(state, "onboarding.country_other"), "fr:country:other"))
        rows = [opts[n : n + 2] for n in range(0, len(opts), 2)]
        return Reply(ctx.t(state, "family_report.ask_country"), buttons(*rows, cancel))
    if state.step == "last_contact":
        rows = [[Button(ctx.t(state, f"family_report.last_{k}"), f"fr:last_contact:{k}")]
                for k in LAST_CONTACT]
        return Reply(ctx.t(state, "family_report.ask_last_contact"), buttons(*rows, cancel))
    return Reply(ctx.t(state, "family_report.ask_what"), buttons(cancel))


def handle(state: State, event: Event, ctx: Context) -> Outcome:
    data = event.text if event.kind is EventKind.BUTTON else ""
    if data == "fr:any:cancel":
        new = state.idle()
        return Outcome(new, (Reply(ctx.t(new, "family_report.cancelled")), main_menu(new, ctx)))
    step = state.step
    if step == "name" and event.kind is EventKind.TEXT and event.text.strip():
        new = state.at(NAME, "country", name=event.text.strip()[:80])
        return Outcome(new, (prompt(new, ctx),))
    if step == "country" and data.startswith("fr:country:"):
        code = data.rsplit(":", 1)[1]
        if code == "other" or ctx.country(code) is not None:
            new = state.at(NAME, "last_contact", **state.data,
                           country=None if code == "other" else code)
            return Outcome(new, (prompt(new, ctx),))
    if step == "last_contact" and data.startswith("fr:last_contact:"):
        value = data.rsplit(":", 1)[1]
        if value in LAST_CONTACT:
            new = state.at(NAME, "what", **state.data, last_contact=value)
            return Outcome(new, (prompt(new, ctx),))
    if step == "what" and event.kind is EventKind.TEXT and event.text.strip():
        return _submit(state, event, ctx)
    return not_understood(state, event, ctx, prompt(state, ctx))


def _submit(state: State, event: Event, ctx: Context) -> Outcome:
    what = event.text.strip()
    verdict = classify(what)
    severity = "critical" if verdict.level is Level.URGENT else "high"
    key = sos.case_key_for(event, state)
    open_case = Effect("open_case", {
        "case_key": key,
        "kind": "family_report",
        "severity": severity,
        "source": "family",
        "categories": list(verdict.categories) or (
            ["contact_lost"] if state.data.get("last_contact") in ("month", "longer") else []),
        "summary": None,
        "country": state.data.get("country"),
        "language": state.lang,
        "legal_basis": "consent" if state.registered else "vital_interest",
    })
    info = Effect("case_detail", {
        "case_key": key,
        "event_id": event.event_id,
        "kind": "family_info",
        "data": {"worker_name": state.data.get("name"), "country": state.data.get("country"),
                 "last_contact": state.data.get("last_contact"), "what_happened": what},
    })
    reports = [*state.profile.get("family_reports", []), key][-5:]
    new = State(lang=state.lang, profile={**state.profile, "family_reports": reports})
    return Outcome(new, (Reply(ctx.t(new, "family_report.received")), main_menu(new, ctx)),
                   (open_case, info))
