"""What a case sends, as outbox rows: group cards, details to a volunteer, relays, the
follow-up. Group cards carry only reference, severity, kind, category, country and age:
never a name, never the worker's words."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import col, delete, select
from sqlmodel.ext.asyncio.session import AsyncSession

from api.cases.enums import DetailKind, EventType
from api.cases.models import Case, CaseEvent
from api.notify.enums import OutboxKind
from api.notify.models import Outbox
from api.notify.notifier import Buttons
from api.notify.service import enqueue, split_text
from api.volunteers.models import Volunteer
from api.volunteers.service import active_groups, coordinator_chat_ids
from kawan.content.messages import Catalog

VOLUNTEER_LANG = "id"  # volunteers read Bahasa Indonesia
FOLLOW_UP_AFTER = timedelta(hours=24)


def age_text(texts: Catalog, since: datetime, now: datetime, lang: str = VOLUNTEER_LANG) -> str:
    minutes = int((now - since).total_seconds() // 60)
    if minutes < 1:
        return texts.text(lang, "cases.age.just_now")
    if minutes < 120:
        return texts.text(lang, "cases.age.minutes", n=minutes)
    if minutes < 48 * 60:
        return texts.text(lang, "cases.age.hours", n=minutes // 60)
    return texts.text(lang, "cases.age.days", n=minutes // (24 * 60))


def country_name(texts: Catalog, code: str | None, lang: str) -> str:
    if not code:
        return texts.text(lang, "cases.unknown")
    return texts.text(lang, f"country.{code}") if texts.has(f"country.{code}") else code


def _labels(texts: Catalog, case: Case, lang: str) -> dict[str, str]:
    categories = ", ".join(texts.text(lang, f"cases.category.{c}") for c in case.categories)
    return {
        "reference": case.reference,
        "severity": texts.text(lang, f"cases.severity.{case.severity}"),
        "kind": texts.text(lang, f"cases.kind.{case.kind}"),
        "categories": categories or texts.text(lang, "cases.unknown"),
        "country": country_name(texts, case.country, lang),
    }


def card_text(texts: Catalog, case: Case, now: datetime, *, realert: bool = False) -> str:
    card = texts.text(VOLUNTEER_LANG, "cases.card.new", **_labels(texts, case, VOLUNTEER_LANG),
                      age=age_text(texts, case.created_at, now))
    return texts.text(VOLUNTEER_LANG, "cases.card.realert", card=card) if realert else card


def card_buttons(texts: Catalog, case_id: int, *, claimable: bool = True) -> Buttons:
    details = (texts.text(VOLUNTEER_LANG, "cases.card.details"), f"case:details:{case_id}")
    if not claimable:
        return [[details]]
    return [[(texts.text(VOLUNTEER_LANG, "cases.card.take"), f"case:claim:{case_id}"), details]]


async def post_cards(*, session: AsyncSession, texts: Catalog, case: Case, now: datetime,
                     realert: bool = False, key_suffix: str = "") -> int:
    """The card in the linked group; coordinators privately when no group is linked."""
    assert case.id is not None
    text = card_text(texts, case, now, realert=realert)
    buttons = card_buttons(texts, case.id)
    targets = [(f"g{g.id}", g.chat_id) for g in await active_groups(session=session)]
    if not targets:
        targets = [(f"c{chat}", chat) for chat in await coordinator_chat_ids(session=session)]
    for tag, chat_id in targets:
        await enqueue(session=session, key=f"case:{case.id}:card:{tag}{key_suffix}",
                      kind=OutboxKind.CARD, chat_id=chat_id, text=text, buttons=buttons,
                      case_id=case.id, now=now)
    return len(targets)


async def edit_cards(*, session: AsyncSession, texts: Catalog, case: Case, now: datetime,
                     key_suffix: str, claimed_by: Volunteer | None = None) -> None:
    """Bring every card of this case up to date: new categories, or who took it."""
    assert case.id is not None
    text = card_text(texts, case, now)
    if claimed_by is not None:
        text = texts.text(VOLUNTEER_LANG, "cases.card.claimed", card=text,
                          volunteer=claimed_by.name)
    buttons = card_buttons(texts, case.id, claimable=claimed_by is None)
    cards = (await session.exec(select(Outbox).where(
        Outbox.case_id == case.id, Outbox.kind == OutboxKind.CARD))).all()
    for card in cards:
        await enqueue(session=session, key=f"{card.idempotency_key}:{key_suffix}",
                      kind=OutboxKind.CARD_EDIT, chat_id=card.chat_id, text=text,
                      buttons=buttons, case_id=case.id, now=now, edit_of=card.idempotency_key)


def _detail_value(texts: Catalog, kind: str, data: dict[str, Any]) -> str:
    lang = VOLUNTEER_LANG
    match kind:
        case DetailKind.CATEGORY:
            names = list(data.get("categories") or []) + (
                [data["category"]] if data.get("category") else [])
            return ", ".join(texts.text(lang, f"cases.category.{c}") for c in names)
        case DetailKind.SAFE_NOW:
            return texts.text(lang, "cases.details.safe_yes" if data.get("safe")
                              else "cases.details.safe_no")
        case DetailKind.LOCATION:
            lat, lon = data.get("latitude"), data.get("longitude")
            return f"https://maps.google.com/?q={lat},{lon}"
        case DetailKind.CALLBACK:
            return " ".join(str(v) for v in (data.get("phone"), data.get("when")) if v)
        case DetailKind.TEXT:
            return str(data.get("text", ""))
        case DetailKind.MEDIA:
            return " ".join(str(v) for v in (data.get("media_type"), data.get("caption")) if v)
        case _:
            return "; ".join(f"{k}: {v}" for k, v in data.items() if v not in (None, ""))


async def details_text(*, session: AsyncSession, texts: Catalog, case: Case) -> str:
    lang = VOLUNTEER_LANG
    parts = [texts.text(lang, "cases.details.header", **_labels(texts, case, lang))]
    if case.summary:
        parts.append(texts.text(lang, "cases.details.summary", text=case.summary))
    events = (await session.exec(select(CaseEvent).where(
        CaseEvent.case_id == case.id, CaseEvent.type == EventType.DETAIL,
    ).order_by(col(CaseEvent.id)))).all()
    for event in events:
        body = json.loads(event.data or "{}")
        kind, data = body.get("kind", ""), body.get("data", {})
        label_key = f"cases.details.label.{kind}"
        label = texts.text(lang, label_key) if texts.has(label_key) else kind
        parts.append(texts.text(lang, "cases.details.line", label=label,
                                value=_detail_value(texts, kind, data)))
    parts.append(texts.text(lang, "cases.details.reply_hint"))
    return "\n".join(parts)


async def send_details(*, session: AsyncSession, texts: Catalog, case: Case,
                       volunteer: Volunteer, now: datetime, key: str) -> bool:
    """Details privately to a volunteer (False when they have no Telegram id)."""
    if not volunteer.telegram_user_id:
        return False
    text = await details_text(session=session, texts=texts, case=case)
    for n, piece in enumerate(split_text(text)):
        await enqueue(session=session, key=key if n == 0 else f"{key}:{n}",
                      kind=OutboxKind.DETAILS, chat_id=volunteer.telegram_user_id,
                      case_id=case.id, now=now, text=piece)
    return True


async def relay_to_reporter(*, session: AsyncSession, texts: Catalog, case: Case, text: str,
                            key: str, now: datetime) -> bool:
    if not case.reporter_chat_id:
        return False
    await enqueue(session=session, key=key, kind=OutboxKind.RELAY_TO_REPORTER,
                  chat_id=case.reporter_chat_id, case_id=case.id, now=now,
                  text=texts.text(case.language, "cases.relay.to_reporter", text=text))
    return True


async def relay_to_volunteer(*, session: AsyncSession, texts: Catalog, case: Case,
                             volunteer: Volunteer | None, text: str, key: str,
                             now: datetime) -> bool:
    if volunteer is None or not volunteer.telegram_user_id:
        return False
    await enqueue(session=session, key=key, kind=OutboxKind.RELAY_TO_VOLUNTEER,
                  chat_id=volunteer.telegram_user_id, case_id=case.id, now=now,
                  text=texts.text(VOLUNTEER_LANG, "cases.relay.to_volunteer",
                                  reference=case.reference, text=text))
    return True


async def schedule_follow_up(*, session: AsyncSession, texts: Catalog, case: Case,
                             now: datetime, resolved_event_id: int) -> None:
    """Ask the reporter how they are, 24 hours after the case was resolved."""
    if not case.reporter_chat_id:
        return
    lang = case.language
    buttons = [[(texts.text(lang, "cases.follow_up.ok"), f"fu:ok:{case.id}"),
                (texts.text(lang, "cases.follow_up.help"), f"fu:help:{case.id}")]]
    await enqueue(session=session, key=f"case:{case.id}:follow-up:{resolved_event_id}",
                  kind=OutboxKind.FOLLOW_UP, chat_id=case.reporter_chat_id, case_id=case.id,
                  text=texts.text(lang, "cases.follow_up.question"), buttons=buttons, now=now,
                  deliver_after=now + FOLLOW_UP_AFTER)


async def cancel_follow_up(*, session: AsyncSession, case_id: int) -> None:
    """A reopened case is not asked "is everything all right?" tomorrow."""
    await session.exec(delete(Outbox).where(  # type: ignore[call-overload]
        col(Outbox.case_id) == case_id, col(Outbox.kind) == OutboxKind.FOLLOW_UP,
        col(Outbox.sent_at).is_(None)))


async def reporter_needs_help(*, session: AsyncSession, texts: Catalog, case: Case,
                              now: datetime, key: str) -> None:
    """The reporter answered the follow-up "I still need help": tell the volunteer who had
    the case, or the coordinators when nobody had it."""
    volunteer = (await session.get(Volunteer, case.assigned_volunteer_id)
                 if case.assigned_volunteer_id else None)
    targets = ([volunteer.telegram_user_id] if volunteer and volunteer.telegram_user_id
               else await coordinator_chat_ids(session=session))
    text = texts.text(VOLUNTEER_LANG, "cases.follow_up.needs_help", reference=case.reference)
    for chat_id in targets:
        await enqueue(session=session, key=f"{key}:{chat_id}", kind=OutboxKind.ESCALATION,
                      chat_id=chat_id, case_id=case.id, text=text, now=now)
