"""/start: language ➜ who are you ➜ privacy and consent ➜ country (➜ time zone) ➜ menu.

Declining consent stores nothing in the API and still gives the public guidance.
"""

from __future__ import annotations

from bot.flows import family, schedule
from bot.flows.common import main_menu, not_understood
from bot.flows.core import Button, Context, Effect, Event, EventKind, Outcome, Reply, State, buttons

NAME = "onboarding"
ROLES = ("worker_abroad", "preparing", "family")
ROLES_WITH_COUNTRY = ("worker_abroad", "preparing")
OTHER_COUNTRY = "other"


def _data(step: str, value: str) -> str:
    return f"ob:{step}:{value}"


def start(state: State, event: Event, ctx: Context) -> Outcome:
    if state.registered:
        return Outcome(state.idle(), (main_menu(state, ctx, intro_key="onboarding.welcome_back"),))
    new = State(lang=state.lang)
    new = new.at(NAME, "lang", payload=event.args[:64] if event.args else "")
    return Outcome(new, (prompt(new, ctx),))


def prompt(state: State, ctx: Context) -> Reply:
    step = state.step
    if step == "lang":
        return Reply(
            ctx.t(state, "onboarding.welcome"),
            buttons([Button("🇮🇩 Bahasa Indonesia", _data("lang", "id")),
                     Button("🇬🇧 English", _data("lang", "en"))]),
        )
    if step == "role":
        return Reply(
            ctx.t(state, "onboarding.ask_role"),
            buttons(*[[Button(ctx.t(state, f"onboarding.role_{r}"), _data("role", r))]
                      for r in ROLES]),
        )
    if step == "consent":
        return Reply(
            ctx.t(state, "onboarding.consent"),
            buttons([Button(ctx.t(state, "onboarding.consent_yes"), _data("consent", "yes"))],
                    [Button(ctx.t(state, "onboarding.consent_no"), _data("consent", "no"))]),
        )
    if step == "country":
        opts = [Button(c.names.get(state.lang, c.code), _data("country", c.code))
                for c in ctx.countries]
        opts.append(Button(ctx.t(state, "onboarding.country_other"), _data("country", OTHER_COUNTRY)))
        rows = [opts[n : n + 2] for n in range(0, len(opts), 2)]
        key = ("onboarding.ask_country" if state.data.get("role") == "worker_abroad"
               else "onboarding.ask_destination")
        return Reply(ctx.t(state, key), buttons(*rows))
    if step == "tz":
        country = ctx.country(state.data.get("country"))
        zones = country.timezones if country else ()
        return Reply(
            ctx.t(state, "onboarding.ask_timezone"),
            buttons(*[[Button(z.split("/")[-1].replace("_", " "), _data("tz", str(i)))]
                      for i, z in enumerate(zones)]),
        )
    return main_menu(state, ctx)


def handle(state: State, event: Event, ctx: Context) -> Outcome:
    value = _button_value(state, event)
    if value is None:
        return not_understood(state, event, ctx, prompt(state, ctx))
    step = state.step
    if step == "lang" and value in ("id", "en"):
        new = State(lang=value, profile={**state.profile, "lang_chosen": True}).at(
            NAME, "role", **state.data)
        return Outcome(new, (prompt(new, ctx),))
    if step == "role" and value in ROLES:
        new = state.at(NAME, "consent", **{**state.data, "role": value})
        return Outcome(new, (prompt(new, ctx),))
    if step == "consent" and value == "no":
        new = State(lang=state.lang, profile={"declined": True, "lang_chosen": True})
        return Outcome(new, (Reply(ctx.t(new, "onboarding.declined")), main_menu(new, ctx)))
    if step == "consent" and value == "yes":
        if state.data.get("role") in ROLES_WITH_COUNTRY and ctx.countries:
            new = state.at(NAME, "country", **state.data)
            return Outcome(new, (prompt(new, ctx),))
        return _finish(state, ctx, country=None, timezone=None)
    if step == "country":
        if value == OTHER_COUNTRY:
            return _finish(state, ctx, country=None, timezone=None)
        country = ctx.country(value)
        if country is not None:
            if len(country.timezones) > 1:
                new = state.at(NAME, "tz", **{**state.data, "country": country.code})
                return Outcome(new, (prompt(new, ctx),))
            zone = country.timezones[0] if country.timezones else None
            return _finish(state, ctx, country=country.code, timezone=zone)
    if step == "tz":
        country = ctx.country(state.data.get("country"))
        if country and value.isdigit() and int(value) < len(country.timezones):
            return _finish(state, ctx, country=country.code, timezone=country.timezones[int(value)])
    return not_understood(state, event, ctx, prompt(state, ctx))


def _button_value(state: State, event: Event) -> str | None:
    """The value of a button of *this* step; None for anything else (typed text, stale button)."""
    if event.kind is not EventKind.BUTTON:
        return None
    prefix = f"ob:{state.step}:"
    return event.text[len(prefix):] if event.text.startswith(prefix) else None


def _finish(state: State, ctx: Context, *, country: str | None, timezone: str | None) -> Outcome:
    role = state.data.get("role", "worker_abroad")
    profile = {"role": role, "country": country, "timezone": timezone, "lang_chosen": True}
    new = State(lang=state.lang, profile=profile)
    effect = Effect("register_person", {
        "role": role,
        "language": state.lang,
        "country": country,
        "timezone": timezone,
        "consent_version": ctx.consent_version,
        "payload": state.data.get("payload", ""),
    })
    # Someone who came through a family link (/start fam_<code>) joins right after.
    new, then = family.after_registration(new, str(state.data.get("payload", "")))
    if role == "worker_abroad" and not then:  # weekly check-ins: offered now, default weekly
        offered = schedule.offer(new, ctx)
        return Outcome(offered.state, (Reply(ctx.t(new, "onboarding.done")), *offered.replies),
                       (effect,))
    return Outcome(
        new,
        (Reply(ctx.t(new, "onboarding.done")), main_menu(new, ctx)),
        (effect, *then),
    )
