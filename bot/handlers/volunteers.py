"""The volunteers' side in Telegram: linking their group, taking cases from the group's cards,
and relaying their private messages to the worker through the API (never directly)."""

from __future__ import annotations

import logging
import time
from typing import Any

from telegram import Update
from telegram.ext import ContextTypes

from bot.backend import Backend, BackendRejected, BackendUnavailable
from bot.engine import Engine

log = logging.getLogger(__name__)
_CACHE_SECONDS = 120.0


class VolunteerDirectory:
    """Who is a volunteer, asked of the API and remembered briefly."""

    def __init__(self, backend: Backend) -> None:
        self._backend = backend
        self._cache: dict[str, tuple[float, dict[str, Any] | None]] = {}

    async def get(self, telegram_user_id: str, *, fresh: bool = False) -> dict[str, Any] | None:
        hit = self._cache.get(telegram_user_id)
        if hit and not fresh and time.monotonic() - hit[0] < _CACHE_SECONDS:
            return hit[1]
        try:
            volunteer = await self._backend.volunteer_by_telegram(telegram_user_id)
        except (BackendUnavailable, BackendRejected):
            return hit[1] if hit else None
        self._cache[telegram_user_id] = (time.monotonic(), volunteer)
        return volunteer


def _texts(context: ContextTypes.DEFAULT_TYPE) -> Any:
    engine: Engine = context.application.bot_data["engine"]
    return engine.ctx.texts


def _t(context: ContextTypes.DEFAULT_TYPE, key: str, **values: object) -> str:
    return str(_texts(context).text("id", key, **values))


async def on_group_update(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Updates from groups: `/link CODE`, and the buttons on case cards."""
    engine: Engine = context.application.bot_data["engine"]
    chat = update.effective_chat
    user = update.effective_user
    if chat is None or user is None:
        return
    query = update.callback_query
    if query is not None:
        await _card_button(engine.backend, query.data or "", str(user.id), str(chat.id),
                           update, context)
        return
    message = update.message
    if message is None or not message.text:
        return
    head, _, rest = message.text.partition(" ")
    if head.split("@", 1)[0].lower() != "/link":
        return  # the bot stays quiet in the volunteers' conversation
    code = rest.strip()
    try:
        await engine.backend.link_group(code, str(chat.id), chat.title)
        text = _t(context, "volunteer.group_linked")
    except BackendRejected:
        text = _t(context, "volunteer.group_link_invalid")
    except BackendUnavailable:
        text = _t(context, "common.busy")
    await context.bot.send_message(chat.id, text)


async def _card_button(backend: Backend, data: str, user_id: str, chat_id: str,
                       update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None
    parts = data.split(":")
    if len(parts) != 3 or parts[0] != "case" or not parts[2].isdigit():
        await query.answer(_t(context, "volunteer.button_unknown"))
        return
    action, case_id = parts[1], int(parts[2])
    try:
        if action == "claim":
            result = await backend.claim_by_telegram(case_id, user_id, chat_id)
            text = _t(context, "volunteer.claimed", reference=result.get("reference", ""))
        elif action == "details":
            await backend.details_by_telegram(case_id, user_id)
            text = _t(context, "volunteer.details_sent")
        else:
            text = _t(context, "volunteer.button_unknown")
    except BackendRejected as exc:
        text = _t(context, {403: "volunteer.not_registered", 409: "volunteer.already_taken"}.get(
            exc.status, "volunteer.button_unknown"))
    except BackendUnavailable:
        text = _t(context, "common.busy")
    await query.answer(text, show_alert=True)


async def relay_from_volunteer(volunteer: dict[str, Any], update: Update,
                               context: ContextTypes.DEFAULT_TYPE) -> None:
    """A volunteer's private message goes to the worker of their active case, via the API."""
    engine: Engine = context.application.bot_data["engine"]
    message = update.message
    chat = update.effective_chat
    if message is None or chat is None:
        return
    case_id = volunteer.get("active_case_id")
    if not message.text or message.text.startswith("/"):
        await context.bot.send_message(chat.id, _t(context, "volunteer.help"))
        return
    if not case_id:
        await context.bot.send_message(chat.id, _t(context, "volunteer.no_active_case"))
        return
    try:
        await engine.backend.request("POST", f"/cases/{case_id}/messages", json={
            "idempotency_key": f"volunteer-{chat.id}-{update.update_id}",
            "direction": "to_reporter",
            "text": message.text[:4000],
            "telegram_user_id": str(update.effective_user.id if update.effective_user else ""),
        })
        text = _t(context, "volunteer.relayed")
    except (BackendRejected, BackendUnavailable):
        text = _t(context, "volunteer.relay_failed")
    await context.bot.send_message(chat.id, text)
