"""Destination guides: country ➜ sections (rights, rest days, hotlines, problems, tips) ➜ facts,
each with its source. From content/<lang>/guides/<CC>.yaml and facts/countries.yaml."""

from __future__ import annotations

from bot.flows.common import menu_button, not_understood
from bot.flows.core import Button, Context, Effect, Event, Outcome, Reply, State, buttons
from bot.flows.kit import pressed
from kawan.content.facts import Guide, GuideSection

NAME = "guides"
P = "gd:"


def start(state: State, event: Event, ctx: Context) -> Outcome:
    new = state.at(NAME, "country")
    return Outcome(new, (prompt(new, ctx),))


def _guides(state: State, ctx: Context) -> dict[str, Guide]:
    return ctx.facts.content(state.lang).guides if ctx.facts else {}


def prompt(state: State, ctx: Context) -> Reply:
    guides = _guides(state, ctx)
    code = state.data.get("country")
    if state.step == "section" and code in guides:
        guide = guides[code]
        rows = [[Button(s.title, f"{P}section:{s.id}")] for s in guide.sections]
        rows.append([Button(ctx.t(state, "guides.other_country"), P + "countries"),
                     menu_button(state, ctx)])
        return Reply(ctx.t(state, "guides.pick_section", title=guide.title), buttons(*rows))
    opts = []
    for code in guides:
        country = ctx.country(code)
        opts.append(Button(country.names.get(state.lang, code) if country else code,
                           f"{P}country:{code}"))
    rows = [opts[n:n + 2] for n in range(0, len(opts), 2)]
    rows.append([menu_button(state, ctx)])
    return Reply(ctx.t(state, "guides.pick_country"), buttons(*rows))


def handle(state: State, event: Event, ctx: Context) -> Outcome:
    value = pressed(event, P) or ""
    guides = _guides(state, ctx)
    if value.startswith("country:") and value[8:] in guides:
        new = state.at(NAME, "section", country=value[8:])
        return Outcome(new, (prompt(new, ctx),),
                       (Effect("record_use", {"kind": "guide", "entry_id": value[8:]}),))
    if value == "countries":
        return start(state, event, ctx)
    code = state.data.get("country")
    if state.step == "section" and value.startswith("section:") and code in guides:
        section = next((s for s in guides[code].sections if s.id == value[8:]), None)
        if section is not None:
            return Outcome(state, (Reply(_section_text(state, ctx, section)), prompt(state, ctx)))
    return not_understood(state, event, ctx, prompt(state, ctx))


def _section_text(state: State, ctx: Context, section: GuideSection) -> str:
    lines = [section.title, ""]
    for item in section.items:
        lines.append(ctx.t(state, "guides.fact", text=item.text, source=item.source))
    if section.hotlines_of and ctx.facts:
        country = ctx.facts.country(section.hotlines_of)
        for hotline in country.hotlines if country else []:
            lines.append(ctx.t(state, "guides.hotline", label=hotline.label.get(state.lang),
                               number=hotline.number or hotline.url or "-",
                               source=hotline.source))
    return "\n".join(lines)
