"""Departure checklist: items from content/<lang>/checklist.yaml, ticked off and counted, and
the departure date (or, abroad, the contract's end) that reminders count back from.

Everything personal lives in the API: the flow asks for it (`load_departure`) each time it
shows it, and changes it (`tick_item`, `set_dates`); each answer comes back as a RESULT event.
Between turns the bot keeps only which item is open and whether it is done."""

from __future__ import annotations

from datetime import date
from typing import Any

from bot.flows.common import main_menu, menu_button, not_understood
from bot.flows.core import Button, Context, Effect, Event, EventKind, Outcome, Reply, State, buttons
from bot.flows.dates import parse_date, show_date
from bot.flows.kit import must_register, pressed, result

NAME = "departure"
P = "dp:"


def _items(state: State, ctx: Context) -> list:  # type: ignore[type-arg]
    return list(ctx.facts.content(state.lang).checklist) if ctx.facts else []


def _fmt(state: State, ctx: Context, iso: str | None) -> str:
    if not iso:
        return "-"
    return show_date(date.fromisoformat(iso), state.lang,
                     ctx.t(state, "guidance.months").split(","))


# --- entry points -----------------------------------------------------------------------------

def start(state: State, event: Event, ctx: Context) -> Outcome:
    if not state.registered:
        return must_register(state, ctx)
    return Outcome(state.at(NAME, "loading"), (), (Effect("load_departure", {}),))


def contract_start(state: State, event: Event, ctx: Context) -> Outcome:
    if not state.registered:
        return must_register(state, ctx)
    new = state.at(NAME, "contract_date")
    return Outcome(new, (prompt(new, ctx),))


# --- what each step shows ---------------------------------------------------------------------

def prompt(state: State, ctx: Context) -> Reply:
    step = state.step
    if step == "item":
        return _item_reply(state, ctx)
    if step == "date":
        return Reply(ctx.t(state, "departure.ask_date"),
                     buttons([Button(ctx.t(state, "departure.back_to_list"), P + "list")]))
    if step == "contract_date":
        return Reply(ctx.t(state, "departure.ask_contract_end"), buttons([menu_button(state, ctx)]))
    return _overview(state, ctx, None)


def _overview(state: State, ctx: Context, plan: dict[str, Any] | None) -> Reply:
    """The list; with the API's `plan`, also progress, date and ticks (never kept by the bot)."""
    items = _items(state, ctx)
    lines = [ctx.t(state, "departure.title")]
    ticked = set(plan.get("ticked") or []) if plan is not None else set()
    if plan is not None:
        done = sum(1 for i in items if i.id in ticked)
        lines.append(ctx.t(state, "departure.progress", done=done, total=len(items)))
        when = plan.get("departure_date")
        lines.append(ctx.t(state, "departure.date_line", date=_fmt(state, ctx, when)) if when
                     else ctx.t(state, "departure.no_date"))
    lines.append(ctx.t(state, "departure.pick_item"))
    mark = (lambda i: ("✅ " if i.id in ticked else "⬜ ")) if plan is not None else (lambda i: "")
    rows = [[Button(mark(i) + i.title, f"{P}item:{i.id}")] for i in items]
    rows.append([Button(ctx.t(state, "departure.set_date"), P + "date"), menu_button(state, ctx)])
    return Reply("\n".join(lines), buttons(*rows))


def _item_reply(state: State, ctx: Context) -> Reply:
    item = next((i for i in _items(state, ctx) if i.id == state.data.get("item")), None)
    if item is None:
        return _overview(state, ctx, None)
    flags = "\n".join(f"⚠️ {f}" for f in item.red_flags) or "-"
    text = ctx.t(state, "departure.item", title=item.title, what=item.what, where=item.where,
                 cost=item.cost, duration=item.duration, red_flags=flags, source=item.source)
    if state.data.get("done"):
        toggle = Button(ctx.t(state, "departure.untick"), f"{P}untick:{item.id}")
    else:
        toggle = Button(ctx.t(state, "departure.tick"), f"{P}tick:{item.id}")
    return Reply(text, buttons([toggle], [Button(ctx.t(state, "departure.back_to_list"),
                                                 P + "list")]))


# --- what each event does ---------------------------------------------------------------------

LOAD = Effect("load_departure", {})


def handle(state: State, event: Event, ctx: Context) -> Outcome:
    answer = result(state, event, "load_departure")
    if answer is not None and state.step == "item":
        item = state.data.get("item")
        new = state.at(NAME, "item", item=item, done=item in (answer.get("ticked") or []))
        return Outcome(new, (prompt(new, ctx),))
    answer = answer if answer is not None else result(state, event, "tick_item")
    if answer is not None:
        new = state.at(NAME, "list")
        return Outcome(new, (_overview(new, ctx, answer),))
    answer = result(state, event, "set_dates")
    if answer is not None:
        return _dates_saved(state, ctx, answer)
    if state.step in ("date", "contract_date") and event.kind is EventKind.TEXT:
        return _typed_date(state, event, ctx)
    item_ids = {i.id for i in _items(state, ctx)}
    value = pressed(event, P) or ""
    if value == "list":
        return Outcome(state.at(NAME, "loading"), (), (LOAD,))
    if value == "date" and state.step in ("list", "item"):
        new = state.at(NAME, "date")
        return Outcome(new, (prompt(new, ctx),))
    if value.startswith("item:") and value[5:] in item_ids:
        usage = Effect("record_use", {"kind": "checklist", "entry_id": value[5:]})
        return Outcome(state.at(NAME, "item", item=value[5:]), (), (usage, LOAD))
    for verb, done in (("tick:", True), ("untick:", False)):
        if value.startswith(verb) and value[len(verb):] in item_ids:
            return Outcome(state.at(NAME, "saving"), (),
                           (Effect("tick_item", {"item_id": value[len(verb):], "done": done}),))
    return not_understood(state, event, ctx, prompt(state, ctx))


def _typed_date(state: State, event: Event, ctx: Context) -> Outcome:
    parsed = parse_date(event.text)
    if parsed is None:
        return Outcome(state, (Reply(ctx.t(state, "departure.date_not_understood")),
                               prompt(state, ctx)))
    field = "contract_end_date" if state.step == "contract_date" else "departure_date"
    new = state.with_data(asked=state.step)
    return Outcome(new, (), (Effect("set_dates", {field: parsed.isoformat()}),))


def _dates_saved(state: State, ctx: Context, answer: dict[str, Any]) -> Outcome:
    asked = str(state.data.get("asked", "date"))
    if answer.get("error") == "past":
        back = state.at(NAME, asked)
        return Outcome(back, (Reply(ctx.t(state, "departure.date_past")), prompt(back, ctx)))
    if asked == "contract_date":
        text = ctx.t(state, "departure.contract_saved",
                     date=_fmt(state, ctx, answer.get("contract_end_date")))
        return Outcome(state.idle(), (Reply(text), main_menu(state, ctx)))
    new = state.at(NAME, "list")
    text = ctx.t(state, "departure.date_saved", date=_fmt(state, ctx, answer.get("departure_date")))
    return Outcome(new, (Reply(text), _overview(new, ctx, answer)))
