"""Putting messages in the outbox. Called inside the caller's transaction, so a message
is queued if and only if the change that caused it is committed."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from api.notify.enums import OutboxKind, OutboxMethod
from api.notify.models import Outbox
from api.notify.notifier import Buttons

TELEGRAM_LIMIT = 4096  # UTF-16 code units per message
CHUNK = 3500  # characters per piece when a long text is split


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def fit(text: str) -> str:
    """Cut a text Telegram would refuse as too long (a refusal would dead-letter it)."""
    if _utf16_len(text) <= TELEGRAM_LIMIT:
        return text
    while _utf16_len(text) > TELEGRAM_LIMIT - 1:
        text = text[: len(text) - max(1, (_utf16_len(text) - TELEGRAM_LIMIT) // 2 + 1)]
    return text + "…"


def split_text(text: str, size: int = CHUNK) -> list[str]:
    """Pieces of at most `size` characters, cut at line ends where possible."""
    pieces: list[str] = []
    current = ""
    for line in text.splitlines(keepends=True):
        while len(line) > size:
            if current:
                pieces.append(current)
                current = ""
            pieces.append(line[:size])
            line = line[size:]
        if len(current) + len(line) > size:
            pieces.append(current)
            current = ""
        current += line
    if current or not pieces:
        pieces.append(current)
    return [p.rstrip("\n") or p for p in pieces]


def encode_payload(text: str, buttons: Buttons | None, edit_of: str | None = None) -> str:
    body: dict[str, Any] = {"text": text}
    if buttons:
        body["buttons"] = [[list(b) for b in row] for row in buttons]
    if edit_of:
        body["edit_of"] = edit_of
    return json.dumps(body, ensure_ascii=False)


def decode_payload(payload: str) -> tuple[str, Buttons | None, str | None]:
    body = json.loads(payload)
    buttons = body.get("buttons")
    rows: Buttons | None = (
        [[(str(b[0]), str(b[1])) for b in row] for row in buttons] if buttons else None)
    return body["text"], rows, body.get("edit_of")


async def enqueue(*, session: AsyncSession, key: str, kind: OutboxKind, chat_id: str | int,
                  text: str, now: datetime, buttons: Buttons | None = None,
                  case_id: int | None = None, deliver_after: datetime | None = None,
                  edit_of: str | None = None) -> Outbox:
    """Queue one message, once: the same key again gives back the row already queued."""
    existing = (await session.exec(select(Outbox).where(Outbox.idempotency_key == key))).first()
    if existing is not None:
        return existing
    when = deliver_after or now
    row = Outbox(
        idempotency_key=key, kind=kind, case_id=case_id, chat_id=str(chat_id),
        method=OutboxMethod.EDIT if edit_of else OutboxMethod.SEND,
        payload=encode_payload(fit(text), buttons, edit_of), deliver_after=when,
        next_attempt_at=when, created_at=now)
    session.add(row)
    await session.flush()
    return row
