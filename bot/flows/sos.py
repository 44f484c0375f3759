"""🆘 Reaching help: one tap to a human, hotlines first, details after, nothing dropped.

Pressing SOS opens the case at once (severity critical). The first reply is always the hotlines
for the person's country, from content: it needs no API. Then a few optional questions, each
answer appended to the case. Anything typed, photographed or recorded on the way is appended
too, whatever the step.
"""

from __future__ import annotations

from dataclasses import replace

from bot.flows.common import main_menu
from bot.flows.core import (
    Button,
    Context,
    Effect,
    Event,
    EventKind,
    HotlineInfo,
    Outcome,
    Reply,
    State,
    buttons,
)

NAME = "sos"
CATEGORIES = ("violence", "sexual_abuse", "locked_in", "no_food", "unpaid_wages",
              "passport_held", "sick_injured", "arrested", "trafficked", "stranded", "other")
CALL_TIMES = ("any", "morning", "afternoon", "evening", "chat_only")
STEPS = ("what", "safe", "location", "callback", "when", "talk")


def case_key_for(event: Event, state: State) -> str:
    """Stable per delivered update, so a re-delivered update never opens a second case."""
    return f"case-{event.event_id or 'local'}"


def open_case(state: State, event: Event, ctx: Context, *, kind: str, severity: str,
              source: str, categories: tuple[str, ...] = (), summary: str | None = None
              ) -> tuple[State, Effect | None]:
    """The effect that opens a case, or None when this person already has one open."""
    current = state.profile.get("open_case")
    if current:
        return state, None
    key = case_key_for(event, state)
    effect = Effect("open_case", {
        "case_key": key,
        "kind": kind,
        "severity": severity,
        "source": source,
        "categories": list(categories),
        "summary": summary,
        "country": state.profile.get("country"),
        "language": state.lang,
        "legal_basis": "consent" if state.registered else "vital_interest",
    })
    return replace(state, profile={**state.profile, "open_case": key}), effect


def hotlines_text(state: State, ctx: Context) -> str:
    country = ctx.country(state.profile.get("country"))
    lines: list[str] = []
    if country is not None:
        lines.append(ctx.t(state, "sos.hotlines_in", country=country.names.get(state.lang,
                                                                              country.code)))
        lines += [_line(h, state) for h in country.hotlines]
    else:
        lines.append(ctx.t(state, "sos.hotlines_no_country"))
    lines.append("")
    lines.append(ctx.t(state, "sos.hotlines_indonesia"))
    lines += [_line(h, state) for h in ctx.global_hotlines]
    return "\n".join(lines)


def _line(h: HotlineInfo, state: State) -> str:
    label = h.labels.get(state.lang) or h.labels.get("id", "")
    hours = h.hours.get(state.lang) if h.hours else None
    return f"📞 {label}: {h.number}" + (f" ({hours})" if hours else "")


def hotlines_reply(state: State, ctx: Context) -> Reply:
    rows: list[list[Button]] = []
    if ctx.country(state.profile.get("country")) is None and ctx.countries:
        opts = [Button(c.names.get(state.lang, c.code), f"sos:country:{c.code}")
                for c in ctx.countries]
        rows = [opts[n : n + 2] for n in range(0, len(opts), 2)]
    return Reply(hotlines_text(state, ctx), buttons(*rows))


def start(state: State, event: Event, ctx: Context, *, kind: str = "sos",
          severity: str = "critical", source: str = "button",
          categories: tuple[str, ...] = (), summary: str | None = None) -> Outcome:
    """Hotlines at once, the case opened, then the first (optional) question."""
    state, effect = open_case(state, event, ctx, kind=kind, severity=severity, source=source,
                              categories=categories, summary=summary)
    received = "sos.received" if effect is not None else "sos.already_open"
    replies = [hotlines_reply(state, ctx), Reply(ctx.t(state, received))]
    if not state.registered and effect is not None:
        replies.append(Reply(ctx.t(state, "sos.vital_interest")))
    new = state.at(NAME, "what")
    replies.append(prompt(new, ctx))
    return Outcome(new, tuple(replies), (effect,) if effect else ())


def start_command(state: State, event: Event, ctx: Context) -> Outcome:
    return start(state, event, ctx, source="command")


def prompt(state: State, ctx: Context) -> Reply:
    step = state.step
    skip = Button(ctx.t(state, "sos.skip"), f"sos:{step}:skip")
    if step == "what":
        opts = [Button(ctx.t(state, f"sos.cat_{c}"), f"sos:what:{c}") for c in CATEGORIES]
        rows = [opts[n : n + 2] for n in range(0, len(opts), 2)]
        return Reply(ctx.t(state, "sos.ask_what"), buttons(*rows, [skip]))
    if step == "safe":
        return Reply(ctx.t(state, "sos.ask_safe"), buttons(
            [Button(ctx.t(state, "sos.safe_yes"), "sos:safe:yes"),
             Button(ctx.t(state, "sos.safe_no"), "sos:safe:no")], [skip]))
    if step == "location":
        return Reply(ctx.t(state, "sos.ask_location"), buttons(
            [Button(ctx.t(state, "sos.send_location"), "sos:location:share", kind="location")],
            [Button(ctx.t(state, "sos.skip"), "sos:location:skip", kind="text")]))
    if step == "callback":
        return Reply(ctx.t(state, "sos.ask_callback"), buttons(
            [Button(ctx.t(state, "sos.share_contact"), "sos:callback:share", kind="contact")],
            [Button(ctx.t(state, "sos.skip"), "sos:callback:skip", kind="text")]))
    if step == "when":
        opts = [Button(ctx.t(state, f"sos.when_{w}"), f"sos:when:{w}") for w in CALL_TIMES]
        return Reply(ctx.t(state, "sos.ask_when"), buttons(*[[o] for o in opts]),
                     remove_keyboard=True)
    return Reply(ctx.t(state, "sos.ask_talk"), buttons(
        [Button(ctx.t(state, "sos.done"), "sos:talk:done")]), remove_keyboard=True)


def _next(state: State, ctx: Context, *effects: Effect, first: Reply | None = None) -> Outcome:
    index = STEPS.index(state.step) if state.step in STEPS else len(STEPS) - 1
    new = state.at(NAME, STEPS[min(index + 1, len(STEPS) - 1)], **state.data)
    replies = ((first,) if first else ()) + (prompt(new, ctx),)
    return Outcome(new, replies, tuple(effects))


def detail(state: State, event: Event, kind: str, data: dict[str, object]) -> Effect:
    return Effect("case_detail", {
        "case_key": state.profile.get("open_case", ""),
        "event_id": event.event_id,
        "kind": kind,
        "data": data,
    })


def message(state: State, event: Event, text: str) -> Effect:
    return Effect("case_message", {
        "case_key": state.profile.get("open_case", ""),
        "event_id": event.event_id,
        "text": text,
    })


def handle(state: State, event: Event, ctx: Context) -> Outcome:
    step = state.step
    data = event.text
    if event.kind is EventKind.BUTTON and data.startswith("sos:country:"):
        return _country_chosen(state, ctx, data.rsplit(":", 1)[1])
    if event.kind is EventKind.BUTTON and data == f"sos:{step}:skip":
        return _next(state, ctx)
    if event.kind is EventKind.BUTTON and step == "what" and data.startswith("sos:what:"):
        category = data.rsplit(":", 1)[1]
        if category in CATEGORIES:
            return _next(state, ctx, detail(state, event, "category", {"category": category}))
    if event.kind is EventKind.BUTTON and step == "safe" and data in ("sos:safe:yes",
                                                                    "sos:safe:no"):
        safe = data.endswith("yes")
        first = None if safe else Reply(ctx.t(state, "sos.not_safe_advice"))
        return _next(state, ctx, detail(state, event, "safe_now", {"safe": safe}),
                     first=first)
    if event.kind is EventKind.BUTTON and step == "when" and data.startswith("sos:when:"):
        when = data.rsplit(":", 1)[1]
        if when in CALL_TIMES:
            # Without a shared number the volunteer answers in this chat.
            phone = str(state.data.get("phone") or "telegram")
            return _next(state, ctx, detail(state, event, "callback",
                                            {"phone": phone, "when": when}))
    if event.kind is EventKind.BUTTON and data == "sos:talk:done":
        new = state.idle()
        return Outcome(new, (Reply(ctx.t(new, "sos.stays_open"), remove_keyboard=True),
                             main_menu(new, ctx)))
    return append_anything(state, event, ctx)


def append_anything(state: State, event: Event, ctx: Context) -> Outcome:
    """Whatever arrives in the SOS flow is kept: text, photos, voice, location, contact."""
    step = state.step
    if event.kind is EventKind.LOCATION:
        effect = detail(state, event, "location",
                        {"latitude": event.latitude, "longitude": event.longitude})
        if step == "location":
            return _next(state, ctx, effect, first=Reply(ctx.t(state, "sos.location_thanks"),
                                                         remove_keyboard=True))
        return Outcome(state, (Reply(ctx.t(state, "sos.location_thanks")),), (effect,))
    if event.kind is EventKind.CONTACT:
        effect = detail(state, event, "callback", {"phone": event.text})
        if step == "callback":
            return _next(state.with_data(phone=event.text), ctx, effect)
        return Outcome(state, (Reply(ctx.t(state, "sos.appended")),), (effect,))
    if event.kind is EventKind.MEDIA:
        effect = detail(state, event, "media", {"media_type": event.text,
                                                 "file_id": event.file_id or "unknown",
                                                 "caption": event.args or None})
        return Outcome(state, (Reply(ctx.t(state, "sos.appended")),), (effect,))
    if event.kind is EventKind.TEXT:
        if step in ("location", "callback") and event.text.strip() == ctx.t(state, "sos.skip"):
            return _next(state, ctx)  # the reply keyboard's "skip" arrives as text
        if step == "callback" and _looks_like_phone(event.text):
            return _next(state.with_data(phone=event.text.strip()), ctx,
                         detail(state, event, "callback", {"phone": event.text.strip()}))
        effect = message(state, event, event.text)
        if step == "talk":
            return Outcome(state, (Reply(ctx.t(state, "sos.sent_to_volunteer")),), (effect,))
        return Outcome(state, (Reply(ctx.t(state, "sos.appended")), prompt(state, ctx)),
                       (effect,))
    # A sticker, a stale or forged button: nothing to keep, the same question again.
    key = "common.stale_button" if event.kind is EventKind.BUTTON else "common.cannot_read_media"
    return Outcome(state, (Reply(ctx.t(state, key)), prompt(state, ctx)))


def _country_chosen(state: State, ctx: Context, code: str) -> Outcome:
    if ctx.country(code) is None:
        return Outcome(state, (Reply(ctx.t(state, "common.stale_button")), prompt(state, ctx)))
    shown = replace(state, profile={**state.profile, "sos_country": code})
    view = replace(shown, profile={**shown.profile, "country": code})
    return Outcome(shown, (Reply(hotlines_text(view, ctx)), prompt(shown, ctx)))


def _looks_like_phone(text: str) -> bool:
    digits = sum(ch.isdigit() for ch in text)
    return 7 <= digits <= 16 and len(text) <= 24


def relay_when_open(state: State, event: Event, ctx: Context) -> Outcome | None:
    """Idle text from someone with an open case goes to their volunteer, not to the menu."""
    if not state.profile.get("open_case"):
        return None
    if event.kind is EventKind.TEXT:
        return Outcome(state, (Reply(ctx.t(state, "sos.sent_to_volunteer")),),
                       (message(state, event, event.text),))
    return None


def relay_media_when_open(state: State, event: Event, ctx: Context) -> Outcome | None:
    if not state.profile.get("open_case") or event.kind not in (
            EventKind.MEDIA, EventKind.LOCATION, EventKind.CONTACT):
        return None
    return append_anything(state, event, ctx)
