"""Is this fee legal? Job ➜ destination ➜ whether a placement fee may be charged, which costs
are covered for the ten zero-cost jobs, and what to do when asked to pay. From facts/fees.yaml."""

from __future__ import annotations

from bot.flows.common import menu_button, not_understood
from bot.flows.core import Button, Context, Effect, Event, Outcome, Reply, State, buttons
from bot.flows.kit import pressed

NAME = "fees"
P = "fe:"
OTHER = "other"


def start(state: State, event: Event, ctx: Context) -> Outcome:
    new = state.at(NAME, "job")
    return Outcome(new, (prompt(new, ctx),))


def _jobs(ctx: Context) -> dict[str, object]:
    return {j.id: j for j in ctx.facts.fees.zero_fee_jobs.items} if ctx.facts else {}


def prompt(state: State, ctx: Context) -> Reply:
    if state.step == "country":
        rows = [Button(c.names.get(state.lang, c.code), f"{P}country:{c.code}")
                for c in ctx.countries]
        rows.append(Button(ctx.t(state, "fees.other_country"), f"{P}country:{OTHER}"))
        return Reply(ctx.t(state, "fees.ask_country"),
                     buttons(*[rows[n:n + 2] for n in range(0, len(rows), 2)]))
    if state.step == "answered":
        return Reply(ctx.t(state, "fees.what_next"), _answer_buttons(state, ctx))
    jobs = [Button(j.label.get(state.lang), f"{P}job:{j.id}")  # type: ignore[attr-defined]
            for j in _jobs(ctx).values()]
    jobs.append(Button(ctx.t(state, "fees.other_job"), f"{P}job:{OTHER}"))
    return Reply(ctx.t(state, "fees.ask_job"),
                 buttons(*[jobs[n:n + 2] for n in range(0, len(jobs), 2)]))


def _answer_buttons(state: State, ctx: Context) -> tuple[tuple[Button, ...], ...]:
    return buttons([Button(ctx.t(state, "fees.check_another"), P + "again")],
                   [Button(ctx.t(state, "agency.report_button"), "m:report")],
                   [menu_button(state, ctx)])


def handle(state: State, event: Event, ctx: Context) -> Outcome:
    value = pressed(event, P)
    if state.step == "job" and value and value.startswith("job:"):
        job = value[4:]
        if job in _jobs(ctx) or job == OTHER:
            new = state.at(NAME, "country", job=job)
            return Outcome(new, (prompt(new, ctx),))
    if state.step == "country" and value and value.startswith("country:"):
        code = value[8:]
        if ctx.country(code) is not None or code == OTHER:
            return _answer(state, ctx, str(state.data.get("job")), code)
    if state.step == "answered" and value == "again":
        return start(state, event, ctx)
    return not_understood(state, event, ctx, prompt(state, ctx))


def _answer(state: State, ctx: Context, job_id: str, code: str) -> Outcome:
    assert ctx.facts is not None
    fees = ctx.facts.fees
    lang = state.lang
    jobs = _jobs(ctx)
    parts: list[str] = []
    if job_id in jobs:
        job = jobs[job_id]
        costs = "\n".join(f"• {c.label.get(lang)}" for c in fees.covered_costs.items)
        parts.append(ctx.t(state, "fees.zero_fee", job=job.label.get(lang),  # type: ignore[attr-defined]
                           costs=costs, source=fees.covered_costs.source))
        if code == "HK":
            note = next((n for n in fees.notes if n.id == "hong_kong_start"), None)
            if note:
                parts.append(ctx.t(state, "fees.note", text=note.text.get(lang),
                                   source=note.source))
    else:
        parts.append(ctx.t(state, "fees.other_job_answer", rule=fees.rule.text.get(lang),
                           source=fees.rule.source))
    for note in fees.notes:
        if note.id != "hong_kong_start":
            parts.append(ctx.t(state, "fees.note", text=note.text.get(lang), source=note.source))
    parts.append(ctx.t(state, "fees.asked_to_pay"))
    new = state.at(NAME, "answered")
    usage = Effect("record_use", {"kind": "fee", "entry_id": job_id})
    return Outcome(new, (Reply("\n\n".join(parts), _answer_buttons(new, ctx)),), (usage,))
