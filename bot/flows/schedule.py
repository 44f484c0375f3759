"""/jadwal: opt in to weekly check-ins, choose day, safe window and hour; pause, resume.

Also the offer at the end of onboarding for workers abroad. The schedule mirror in
`profile["checkin"]` is refreshed by the effect runners from the API's answer.
"""

from __future__ import annotations

from typing import Any

from bot.flows.common import main_menu, not_understood
from bot.flows.core import Button, Context, Effect, Event, EventKind, Outcome, Reply, State, buttons

NAME = "jadwal"
WINDOWS = ((5, 8), (8, 12), (12, 15), (15, 19), (19, 22), (22, 24))  # safe windows, local


def _day(state: State, ctx: Context, day: int) -> str:
    return ctx.t(state, f"checkin.days.{day}")


def offer(state: State, ctx: Context) -> Outcome:
    """The end of onboarding for a worker abroad: check-ins, yes or later?"""
    new = state.at(NAME, "offer")
    return Outcome(new, (prompt(new, ctx),))


def command(state: State, event: Event, ctx: Context) -> Outcome:
    if not (state.registered and state.role == "worker_abroad"):
        return Outcome(state.idle(), (Reply(ctx.t(state, "checkin.only_workers")),
                                      main_menu(state, ctx)))
    current: dict[str, Any] = state.profile.get("checkin") or {}
    if not current.get("active"):
        new = state.at(NAME, "day")
        return Outcome(new, (Reply(ctx.t(state, "checkin.manage_none")), prompt(new, ctx)))
    new = state.at(NAME, "manage")
    return Outcome(new, (prompt(new, ctx),))


def prompt(state: State, ctx: Context) -> Reply:
    step, t = state.step, ctx.t
    if step == "offer":
        return Reply(t(state, "checkin.offer"), buttons(
            [Button(t(state, "checkin.offer_yes"), "jd:offer:yes")],
            [Button(t(state, "checkin.offer_no"), "jd:offer:no")]))
    if step == "manage":
        c: dict[str, Any] = state.profile.get("checkin") or {}
        text = t(state, "checkin.manage", day=_day(state, ctx, int(c.get("day_of_week", 0))),
                 hour=c.get("hour", 0), start=c.get("window_start", 0),
                 end=c.get("window_end", 0),
                 paused=t(state, "checkin.paused_note") if c.get("paused") else "")
        toggle = ("resume", "checkin.resume") if c.get("paused") else ("pause", "checkin.pause")
        return Reply(text, buttons([Button(t(state, "checkin.change"), "jd:m:change")],
                                   [Button(t(state, toggle[1]), f"jd:m:{toggle[0]}")]))
    if step == "day":
        days = [Button(_day(state, ctx, d), f"jd:day:{d}") for d in range(7)]
        return Reply(t(state, "checkin.ask_day"), buttons(days[:4], days[4:]))
    if step == "window":
        opts = [Button(t(state, "checkin.window_label", start=s, end=e), f"jd:win:{s}-{e}")
                for s, e in WINDOWS]
        return Reply(t(state, "checkin.ask_window"), buttons(opts[:3], opts[3:]))
    if step == "hour":
        start, end = state.data.get("window", [19, 22])
        hours = [Button(t(state, "checkin.hour_label", hour=h), f"jd:hour:{h}")
                 for h in range(start, end)]
        return Reply(t(state, "checkin.ask_hour"), buttons(hours[:4], hours[4:]))
    return main_menu(state, ctx)


def _value(state: State, event: Event) -> str | None:
    prefix = {"offer": "jd:offer:", "manage": "jd:m:", "day": "jd:day:", "window": "jd:win:",
              "hour": "jd:hour:"}.get(state.step)
    if event.kind is not EventKind.BUTTON or prefix is None or not event.text.startswith(prefix):
        return None
    return event.text[len(prefix):]


def handle(state: State, event: Event, ctx: Context) -> Outcome:
    value = _value(state, event)
    step = state.step
    if value is None:
        return not_understood(state, event, ctx, prompt(state, ctx))
    if step == "offer" and value in ("yes", "no"):
        if value == "no":
            return Outcome(state.idle(), (Reply(ctx.t(state, "checkin.offer_declined")),
                                          main_menu(state, ctx)))
        return _goto(state, ctx, "day")
    if step == "manage" and value in ("change", "pause", "resume"):
        if value == "change":
            return _goto(state, ctx, "day")
        paused = value == "pause"
        mirror = {**(state.profile.get("checkin") or {}), "paused": paused}
        new = State(lang=state.lang, profile={**state.profile, "checkin": mirror})
        return Outcome(new, (Reply(ctx.t(state, "checkin.paused" if paused else
                                         "checkin.resumed")), main_menu(new, ctx)),
                       (Effect("pause_checkins" if paused else "resume_checkins", {}),))
    if step == "day" and value.isdigit() and int(value) < 7:
        return _goto(state, ctx, "window", day=int(value))
    if step == "window" and value in {f"{s}-{e}" for s, e in WINDOWS}:
        start, end = (int(x) for x in value.split("-"))
        return _goto(state, ctx, "hour", window=[start, end])
    if step == "hour" and value.isdigit():
        start, end = state.data.get("window", [0, 0])
        hour = int(value)
        if start <= hour < end:
            return _save(state, ctx, hour)
    return not_understood(state, event, ctx, prompt(state, ctx))


def _goto(state: State, ctx: Context, step: str, **data: Any) -> Outcome:
    new = state.at(NAME, step, **{**state.data, **data})
    return Outcome(new, (prompt(new, ctx),))


def _save(state: State, ctx: Context, hour: int) -> Outcome:
    start, end = state.data["window"]
    schedule = {"day_of_week": state.data["day"], "hour": hour, "window_start": start,
                "window_end": end}
    mirror = {**schedule, "active": True, "paused": False}
    new = State(lang=state.lang, profile={**state.profile, "checkin": mirror})
    saved = Reply(ctx.t(state, "checkin.saved", day=_day(state, ctx, schedule["day_of_week"]),
                        hour=hour))
    return Outcome(new, (saved, main_menu(new, ctx)),
                   (Effect("set_checkin_schedule", schedule),))
