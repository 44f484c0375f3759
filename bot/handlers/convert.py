"""Turning a Telegram Update into a channel-neutral Event, and replies into markup."""

from __future__ import annotations

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    Update,
)

from bot.effects import ChatRef
from bot.flows.core import Event, EventKind, Reply

CHANNEL = "telegram"
_MEDIA = ("photo", "voice", "video", "video_note", "audio", "document")


def to_event(update: Update) -> tuple[ChatRef, Event] | None:
    """None for updates we do not answer (edits, channel posts, our own group chatter)."""
    chat = update.effective_chat
    user = update.effective_user
    if chat is None or user is None or user.is_bot:
        return None
    ref = ChatRef(CHANNEL, str(chat.id), str(user.id))
    hint = user.language_code
    eid = f"tg-{update.update_id}"
    query = update.callback_query
    if query is not None:
        return ref, Event(EventKind.BUTTON, text=(query.data or "")[:64], language_hint=hint,
                          event_id=eid)
    message = update.message
    if message is None:
        return None
    if message.text is not None:
        return ref, Event.from_text(message.text, event_id=eid, language_hint=hint)
    if message.location is not None:
        return ref, Event(EventKind.LOCATION, latitude=message.location.latitude,
                          longitude=message.location.longitude, language_hint=hint,
                          event_id=eid)
    if message.contact is not None:
        return ref, Event(EventKind.CONTACT, text=message.contact.phone_number or "",
                          language_hint=hint, event_id=eid)
    for kind in _MEDIA:
        item = getattr(message, kind, None)
        if item:
            file_id = item[-1].file_id if isinstance(item, tuple) else item.file_id
            return ref, Event(EventKind.MEDIA, text=kind, file_id=file_id,
                              args=(message.caption or "")[:1000], language_hint=hint,
                              event_id=eid)
    kind = "sticker" if message.sticker else "other"
    return ref, Event(EventKind.UNSUPPORTED, text=kind, language_hint=hint, event_id=eid)


def to_markup(
    reply: Reply,
) -> InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | None:
    if not reply.buttons:
        return ReplyKeyboardRemove() if reply.remove_keyboard else None
    if any(b.kind != "callback" for row in reply.buttons for b in row):
        return ReplyKeyboardMarkup(
            [[KeyboardButton(b.label, request_location=b.kind == "location",
                             request_contact=b.kind == "contact") for b in row]
             for row in reply.buttons],
            one_time_keyboard=True, resize_keyboard=True)
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.label, callback_data=b.data) for b in row]
         for row in reply.buttons])
