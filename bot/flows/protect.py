"""What runs before any flow sees a text: the safe word, and urgent distress.

A person in danger reaches help by just writing what is happening, in any state of any flow,
even as the very first message. A concern is offered a volunteer instead of forced on them.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import replace

from bot.flows import sos
from bot.flows.core import Button, Context, Event, EventKind, Outcome, Reply, State, buttons
from bot.flows.distress import Level, classify


def safe_word_hash(word: str, secret: str) -> str:
    normalised = " ".join(word.lower().split())
    return hmac.new(secret.encode(), ("safe-word:" + normalised).encode(),
                    hashlib.sha256).hexdigest()


def preempt(state: State, event: Event, ctx: Context, *, free_text_step: bool) -> Outcome | None:
    """An Outcome when protection must answer instead of the current flow; else None."""
    if event.kind is not EventKind.TEXT or not event.text.strip():
        return None
    stored = state.profile.get("safe_word_hash")
    if stored and hmac.compare_digest(stored, safe_word_hash(event.text, ctx.secret)):
        # Silently: an innocent answer, the case opened, the screen unchanged.
        new, effect = sos.open_case(state, event, ctx, kind="safe_word", severity="critical",
                                    source="safe_word")
        effects = (effect,) if effect else (sos.message(new, event, "[safe word]"),)
        return Outcome(new, (Reply(ctx.t(state, "sos.safe_word_reply")),), effects)
    if state.flow == sos.NAME or free_text_step:
        return None  # the SOS flow keeps every text itself; free-text steps judge their own
    verdict = classify(event.text)
    if verdict.level is Level.URGENT:
        return sos.start(state, event, ctx, kind="distress", source="text",
                         categories=verdict.categories, summary=event.text)
    return None


def offer_on_concern(state: State, event: Event, ctx: Context) -> Outcome | None:
    """Idle text that sounds worrying: ask whether they want a volunteer."""
    if event.kind is not EventKind.TEXT:
        return None
    verdict = classify(event.text)
    if verdict.level is not Level.CONCERN:
        return None
    new = state.at("offer", "ask", text=event.text, categories=list(verdict.categories))
    return Outcome(new, (offer_prompt(new, ctx),))


def offer_prompt(state: State, ctx: Context) -> Reply:
    return Reply(ctx.t(state, "sos.offer"), buttons(
        [Button(ctx.t(state, "sos.offer_yes"), "offer:ask:yes")],
        [Button(ctx.t(state, "sos.offer_no"), "offer:ask:no")]))


def offer_handle(state: State, event: Event, ctx: Context) -> Outcome:
    from bot.flows.common import main_menu, not_understood

    if event.kind is EventKind.BUTTON and event.text == "offer:ask:yes":
        text = str(state.data.get("text", ""))
        categories = tuple(state.data.get("categories") or ())
        return sos.start(state.idle(), event, ctx, kind="distress", severity="high",
                         source="offer", categories=categories, summary=text)
    if event.kind is EventKind.BUTTON and event.text == "offer:ask:no":
        new = state.idle()
        return Outcome(new, (Reply(ctx.t(new, "sos.offer_declined")), main_menu(new, ctx)))
    if event.kind is EventKind.TEXT:
        # More words while we wait: keep them with the pending text rather than drop them.
        new = replace(state, data={**state.data,
                                   "text": (str(state.data.get("text", "")) + "\n" +
                                            event.text)[:4000]})
        return Outcome(new, (offer_prompt(new, ctx),))
    return not_understood(state, event, ctx, offer_prompt(state, ctx))
