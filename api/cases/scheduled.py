"""Timed work on cases: escalating unclaimed cases, chasing overdue referrals.

Both receive a sessionmaker and `now`, and open their own sessions. Each escalation level is
recorded on the timeline under a unique key, so it fires once, across restarts and replicas.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import or_
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import async_sessionmaker
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from api.cases import alerts
from api.cases.enums import OPEN_STATUSES, CaseStatus, EventType, Severity
from api.cases.escalation import get_policy
from api.cases.models import Case, CaseEvent, Referral
from api.cases.service import add_event
from api.notify.enums import OutboxKind
from api.notify.service import enqueue
from api.notify.texts import default_texts
from api.volunteers.models import Volunteer
from api.volunteers.service import coordinator_chat_ids
from kawan.content.messages import Catalog
from kawan.settings import get_settings

log = logging.getLogger(__name__)
LANG = alerts.VOLUNTEER_LANG
CHASE_EVERY = timedelta(hours=24)


def _labels(texts: Catalog, case: Case, now: datetime) -> dict[str, str]:
    return {"reference": case.reference,
            "severity": texts.text(LANG, f"cases.severity.{case.severity}"),
            "country": alerts.country_name(texts, case.country, LANG),
            "age": alerts.age_text(texts, case.created_at, now)}


async def _level_one(session: AsyncSession, texts: Catalog, case: Case, now: datetime) -> None:
    """Re-alert the group with a fresh card, and tell the coordinators privately."""
    await alerts.post_cards(session=session, texts=texts, case=case, now=now, realert=True,
                            key_suffix=":escalation:1")
    text = texts.text(LANG, "cases.escalation.coordinator", **_labels(texts, case, now))
    for chat_id in await coordinator_chat_ids(session=session):
        await enqueue(session=session, key=f"case:{case.id}:escalation:1:c{chat_id}",
                      kind=OutboxKind.ESCALATION, chat_id=chat_id, text=text,
                      case_id=case.id, now=now)


async def _level_two(session: AsyncSession, texts: Catalog, case: Case, now: datetime,
                     next_level_chat_id: str | None) -> None:
    """The next level (e.g. a BP3MI officer); the coordinators when none is configured."""
    text = texts.text(LANG, "cases.escalation.next_level", **_labels(texts, case, now))
    targets = ([next_level_chat_id] if next_level_chat_id
               else await coordinator_chat_ids(session=session))
    for chat_id in targets:
        await enqueue(session=session, key=f"case:{case.id}:escalation:2:{chat_id}",
                      kind=OutboxKind.ESCALATION, chat_id=chat_id, text=text,
                      case_id=case.id, now=now)


async def escalate_due(*, sessionmaker: async_sessionmaker[AsyncSession], now: datetime,
                       texts: Catalog | None = None,
                       next_level_chat_id: str | None = None) -> int:
    """Fire every escalation step due at `now`; gives back how many fired."""
    texts = texts or default_texts()
    next_level = next_level_chat_id or get_settings().escalation_next_level_chat_id
    async with sessionmaker() as session:
        policy = {p.severity: p for p in await get_policy(session=session, now=now)}
        unclaimed = (await session.exec(select(Case.id, Case.severity, Case.created_at).where(
            Case.status == CaseStatus.NEW))).all()
    fired = 0
    for case_id, severity, created_at in unclaimed:
        rule = policy.get(Severity(severity))
        if rule is None:
            continue
        steps = [(1, rule.first_after_minutes), (2, rule.second_after_minutes)]
        for level, minutes in steps:
            if minutes is None or now - created_at < timedelta(minutes=minutes):
                continue
            fired += await _fire(sessionmaker, texts, case_id, level, now, next_level)
    return fired


async def _fire(maker: async_sessionmaker[AsyncSession], texts: Catalog, case_id: int | None,
                level: int, now: datetime, next_level: str | None) -> int:
    key = f"case:{case_id}:escalation:{level}"
    async with maker() as session:
        if (await session.exec(select(CaseEvent.id).where(
                CaseEvent.idempotency_key == key))).first() is not None:
            return 0
        case = await session.get(Case, case_id)
        if case is None or case.id is None or case.status != CaseStatus.NEW:
            return 0
        add_event(session=session, case_id=case.id, type=EventType.ESCALATED, actor="system",
                  now=now, key=key, data={"level": level})
        try:
            await session.flush()
        except IntegrityError:  # another replica fired this step first
            await session.rollback()
            return 0
        if level == 1:
            await _level_one(session, texts, case, now)
        else:
            await _level_two(session, texts, case, now, next_level)
        await session.commit()
    log.info("case %s escalated to level %s", case_id, level)
    return 1


async def chase_referrals(*, sessionmaker: async_sessionmaker[AsyncSession], now: datetime,
                          texts: Catalog | None = None) -> int:
    """Remind the assigned volunteer (or the coordinators) of referrals past their follow-up
    date, once a day, until the case is resolved. Gives back how many were chased."""
    texts = texts or default_texts()
    async with sessionmaker() as session:
        due = (await session.exec(
            select(Referral.id).join(Case, col(Case.id) == col(Referral.case_id)).where(
                col(Case.status).in_(OPEN_STATUSES), col(Referral.follow_up_on) <= now.date(),
                or_(col(Referral.last_chased_at).is_(None),
                    col(Referral.last_chased_at) <= now - CHASE_EVERY)))).all()
    chased = 0
    for referral_id in due:
        chased += await _chase(sessionmaker, texts, referral_id, now)
    return chased


async def _chase(maker: async_sessionmaker[AsyncSession], texts: Catalog,
                 referral_id: int | None, now: datetime) -> int:
    async with maker() as session:
        referral = await session.get(Referral, referral_id)
        case = await session.get(Case, referral.case_id) if referral else None
        if referral is None or case is None or case.id is None:
            return 0
        # Once a day, even with several replicas: the day is part of the timeline key.
        add_event(session=session, case_id=case.id, type=EventType.REFERRAL_CHASED,
                  actor="system", now=now, data={"referral_id": referral.id},
                  key=f"referral:{referral.id}:chase:{now.date()}")
        try:
            await session.flush()
        except IntegrityError:
            await session.rollback()
            return 0
        volunteer = (await session.get(Volunteer, case.assigned_volunteer_id)
                     if case.assigned_volunteer_id else None)
        targets = ([volunteer.telegram_user_id] if volunteer and volunteer.telegram_user_id
                   else await coordinator_chat_ids(session=session))
        channel = texts.text(LANG, f"cases.referral.channel.{referral.channel}")
        text = texts.text(LANG, "cases.referral.chase", reference=case.reference,
                          channel=channel, number=referral.complaint_number or "-",
                          due=referral.follow_up_on.isoformat())
        for chat_id in targets:
            await enqueue(session=session, kind=OutboxKind.REFERRAL_CHASE, chat_id=chat_id,
                          key=f"referral:{referral.id}:chase:{now.date()}:{chat_id}",
                          text=text, case_id=case.id, now=now)
        referral.last_chased_at = now
        session.add(referral)
        await session.commit()
    return 1
