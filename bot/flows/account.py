"""The person's own settings and data: /help, /bahasa, /privasi, /hapus."""

from __future__ import annotations

from bot.flows.common import main_menu, menu_button, not_understood
from bot.flows.core import Button, Context, Effect, Event, EventKind, Outcome, Reply, State, buttons


def help_(state: State, event: Event, ctx: Context) -> Outcome:
    return Outcome(state.idle(), (Reply(ctx.t(state, "account.help")), main_menu(state, ctx)))


def menu(state: State, event: Event, ctx: Context) -> Outcome:
    return Outcome(state.idle(), (main_menu(state, ctx),))


# --- language -------------------------------------------------------------------------------

def language_start(state: State, event: Event, ctx: Context) -> Outcome:
    new = state.at("language", "choose")
    return Outcome(new, (language_prompt(new, ctx),))


def language_prompt(state: State, ctx: Context) -> Reply:
    return Reply(
        ctx.t(state, "account.choose_language"),
        buttons([Button("🇮🇩 Bahasa Indonesia", "lang:choose:id"),
                 Button("🇬🇧 English", "lang:choose:en")]),
    )


def language_handle(state: State, event: Event, ctx: Context) -> Outcome:
    if event.kind is EventKind.BUTTON and event.text in ("lang:choose:id", "lang:choose:en"):
        lang = event.text.rsplit(":", 1)[1]
        new = State(lang=lang, profile={**state.profile, "lang_chosen": True})
        effects = (Effect("update_person", {"language": lang}),) if state.registered else ()
        return Outcome(new, (Reply(ctx.t(new, "account.language_set")), main_menu(new, ctx)),
                       effects)
    return not_understood(state, event, ctx, language_prompt(state, ctx))


# --- privacy: what we store and why, and what we hold about *you* ---------------------------

def privacy(state: State, event: Event, ctx: Context) -> Outcome:
    replies = [Reply(ctx.t(state, "account.privacy"))]
    if state.registered:
        p = state.profile
        country = ctx.country(p.get("country"))
        replies.append(Reply(
            ctx.t(state, "account.your_data",
                  role=ctx.t(state, f"onboarding.role_{p.get('role', 'worker_abroad')}"),
                  language="Bahasa Indonesia" if state.lang == "id" else "English",
                  country=country.names.get(state.lang, country.code) if country else "-",
                  timezone=p.get("timezone") or "-",
                  consented_at=str(p.get("consented_at") or "-")[:10]),
            buttons([Button(ctx.t(state, "menu.delete"), "m:delete")], [menu_button(state, ctx)]),
        ))
    else:
        replies.append(Reply(ctx.t(state, "account.no_data"), buttons([menu_button(state, ctx)])))
    return Outcome(state.idle(), tuple(replies))


# --- /hapus: delete my data, after a confirmation --------------------------------------------

def delete_start(state: State, event: Event, ctx: Context) -> Outcome:
    if not state.registered:
        return Outcome(state.idle(), (Reply(ctx.t(state, "account.no_data")),
                                      main_menu(state, ctx)))
    new = state.at("delete", "confirm")
    return Outcome(new, (delete_prompt(new, ctx),))


def delete_prompt(state: State, ctx: Context) -> Reply:
    return Reply(
        ctx.t(state, "account.delete_confirm"),
        buttons([Button(ctx.t(state, "account.delete_yes"), "del:confirm:yes")],
                [Button(ctx.t(state, "account.delete_no"), "del:confirm:no")]),
    )


def delete_handle(state: State, event: Event, ctx: Context) -> Outcome:
    if event.kind is EventKind.BUTTON and event.text == "del:confirm:yes":
        new = State(lang=state.lang)
        return Outcome(new, (Reply(ctx.t(new, "account.deleted")),),
                       (Effect("delete_person", {}),))
    if event.kind is EventKind.BUTTON and event.text == "del:confirm:no":
        return Outcome(state.idle(), (Reply(ctx.t(state, "account.delete_cancelled")),
                                      main_menu(state, ctx)))
    return not_understood(state, event, ctx, delete_prompt(state, ctx))
