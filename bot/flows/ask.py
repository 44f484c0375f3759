"""Questions from families (and anyone): a typed question ➜ the best FAQ answer, with the next
two behind a button. Nothing found ➜ offer to ask a volunteer (a low-priority case of kind
`question`; the answer is relayed back by the cases outbox). Unanswered questions are counted;
their words are kept, encrypted and without a name, only when the person agrees."""

from __future__ import annotations

import re

from bot.flows.common import main_menu, menu_button, not_understood
from bot.flows.core import Button, Context, Effect, Event, EventKind, Outcome, Reply, State, buttons
from bot.flows.kit import case_effect, pressed, result
from kawan.content.facts import FaqEntry

NAME = "ask"
P = "fq:"
MIN_QUESTION = 8
# Words that open a question in everyday Indonesian (and English): free text that starts with
# one of these, or has a "?", is taken as a question when idle.
QUESTION_WORDS = frozenset("""
apa apakah apa2 bagaimana gimana gmn gmana bgmn kenapa knp mengapa kapan kpn dimana di mana
mana berapa brp siapa bisakah bisa boleh bolehkah haruskah harus perlu adakah ada cara mau
tanya nanya minta tolong mohon info
how what when where why who which can could may is are do does should
""".split())
_WORD = re.compile(r"[a-z0-9]+")


def looks_like_question(text: str) -> bool:
    text = text.strip().lower()
    if len(text) < MIN_QUESTION:
        return False
    words = _WORD.findall(text)
    return "?" in text or (bool(words) and words[0] in QUESTION_WORDS)


def start(state: State, event: Event, ctx: Context) -> Outcome:
    new = state.at(NAME, "question")
    return Outcome(new, (prompt(new, ctx),))


def idle_question(state: State, event: Event, ctx: Context) -> Outcome | None:
    """For router.IDLE_TEXT, after distress detection: answers only what reads as a question."""
    if event.kind is not EventKind.TEXT or not looks_like_question(event.text):
        return None
    return _search(state, ctx, event.text)


def _entries(state: State, ctx: Context) -> dict[str, FaqEntry]:
    return {e.id: e for e in ctx.facts.content(state.lang).faq} if ctx.facts else {}


def prompt(state: State, ctx: Context) -> Reply:
    if state.step == "not_found":
        return Reply(ctx.t(state, "ask.not_found"), buttons(
            [Button(ctx.t(state, "ask.ask_volunteer"), P + "volunteer")],
            [Button(ctx.t(state, "ask.no_thanks"), P + "no")]))
    if state.step == "keep":
        return Reply(ctx.t(state, "ask.keep_question"), buttons(
            [Button(ctx.t(state, "ask.keep_yes"), P + "keep")],
            [Button(ctx.t(state, "ask.keep_no"), P + "nokeep")]))
    if state.step == "answered":
        return Reply(ctx.t(state, "ask.what_next"), _answer_buttons(state, ctx))
    return Reply(ctx.t(state, "ask.ask"), buttons([menu_button(state, ctx)]))


def _answer_buttons(state: State, ctx: Context) -> tuple[tuple[Button, ...], ...]:
    rows = []
    if len(state.data.get("answers", [])) > 1 and not state.data.get("shown_more"):
        rows.append([Button(ctx.t(state, "ask.more"), P + "more")])
    rows.append([Button(ctx.t(state, "ask.ask_volunteer"), P + "volunteer")])
    rows.append([menu_button(state, ctx)])
    return buttons(*rows)


def _answer_text(state: State, ctx: Context, entry: FaqEntry) -> str:
    text = ctx.t(state, "ask.answer", question=entry.question, answer=entry.answer,
                 source=entry.source)
    hotlines = []  # the numbers an entry asks for: the person's country, and Indonesia's
    country = ctx.country(state.profile.get("country"))
    if "country" in entry.hotlines and country is not None:
        hotlines += list(country.hotlines)
    if "global" in entry.hotlines:
        hotlines += list(ctx.global_hotlines)
    lines = [f"📞 {h.labels.get(state.lang) or h.labels.get('id', '')}: {h.number}"
             for h in hotlines]
    return "\n\n".join([text, "\n".join(lines)]) if lines else text


def _search(state: State, ctx: Context, question: str) -> Outcome:
    question = question.strip()
    entries = _entries(state, ctx)
    found = [i for i in (ctx.faq.search(state.lang, question, 3) if ctx.faq else [])
             if i in entries]
    if not found:
        new = state.at(NAME, "not_found", question=question)
        return Outcome(new, (prompt(new, ctx),),
                       (Effect("record_unanswered", {"language": state.lang}),))
    new = state.at(NAME, "answered", question=question, answers=found)
    reply = Reply(_answer_text(new, ctx, entries[found[0]]), _answer_buttons(new, ctx))
    return Outcome(new, (reply,), (Effect("record_use", {"kind": "faq", "entry_id": found[0]}),))


def handle(state: State, event: Event, ctx: Context) -> Outcome:
    answer = result(state, event, "open_guidance_case")
    if answer is not None:
        new = state.at(NAME, "keep", **state.data) if state.data.get("unanswered_id") else \
            state.idle()
        sent = Reply(ctx.t(state, "ask.sent", reference=answer["reference"])
                     if answer.get("reference") else ctx.t(state, "ask.queued"))
        return Outcome(new, (sent, prompt(new, ctx)))
    value = pressed(event, P)
    if state.step == "question" and event.kind is EventKind.TEXT:
        if len(event.text.strip()) < 3:
            return Outcome(state, (prompt(state, ctx),))
        return _search(state, ctx, event.text)
    if state.step in ("answered", "not_found") and event.kind is EventKind.TEXT:
        return _search(state, ctx, event.text)  # another question straight away
    if state.step == "answered" and value == "more":
        entries = _entries(state, ctx)
        more = [entries[i] for i in state.data.get("answers", [])[1:3] if i in entries]
        new = state.with_data(shown_more=True)
        replies = [Reply(_answer_text(new, ctx, e)) for e in more]
        return Outcome(new, (*replies, prompt(new, ctx)))
    if state.step in ("answered", "not_found") and value == "volunteer":
        summary = str(state.data.get("question", ""))
        return Outcome(state, (), (case_effect(state, event, kind="question", severity="low",
                                               summary=summary),))
    if state.step == "not_found" and value == "no":
        new = state.at(NAME, "keep", **state.data)
        return Outcome(new, (prompt(new, ctx),))
    if state.step == "keep" and value in ("keep", "nokeep"):
        effects: tuple[Effect, ...] = ()
        if value == "keep" and state.data.get("unanswered_id"):
            effects = (Effect("share_unanswered", {"id": state.data["unanswered_id"],
                                                   "text": state.data.get("question", "")}),)
        return Outcome(state.idle(), (Reply(ctx.t(state, "ask.thanks")), main_menu(state, ctx)),
                       effects)
    return not_understood(state, event, ctx, prompt(state, ctx))

