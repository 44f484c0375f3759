"""Check-ins: schedules, answers, the risk and protection picture, the watch list.

Knows nothing of HTTP or Telegram. Sending is in `dispatch.py`, timers in `scheduled.py`.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

from sqlalchemy import update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from api.checkins import links
from api.checkins.enums import CheckinState, CheckinStatus, SendKind, WatchReason
from api.checkins.models import (
    Answer,
    Checkin,
    CheckinAnswerIn,
    CheckinPoint,
    CheckinSchedule,
    CheckinSend,
    Picture,
    ScheduleBase,
    ScheduleIn,
    SchedulePublic,
    WatchItem,
)
from api.checkins.timing import LocalSchedule, next_due
from api.core.timeutil import utcnow
from api.people.models import Person

PICTURE_LIMIT = 52  # a year of weekly check-ins
_FAMILY_SEND_WITHIN = timedelta(hours=12)


def local_schedule(s: CheckinSchedule) -> LocalSchedule:
    return LocalSchedule(s.timezone, s.day_of_week, s.hour, s.window_start, s.window_end,
                         s.interval_weeks)


def plan_next(s: CheckinSchedule, after: datetime) -> None:
    anchor = date.fromisoformat(s.anchor_day) if s.anchor_day else None
    due, _ = next_due(after, local_schedule(s), anchor=anchor)
    s.next_due_at = due
    if anchor is None:
        s.anchor_day = due.astimezone(local_schedule(s).zone).date().isoformat()


async def get_schedule(*, session: AsyncSession, person_id: int) -> CheckinSchedule | None:
    stmt = select(CheckinSchedule).where(CheckinSchedule.person_id == person_id)
    return (await session.exec(stmt)).first()


async def _schedule_row(session: AsyncSession, person: Person) -> CheckinSchedule:
    assert person.id is not None
    row = await get_schedule(session=session, person_id=person.id)
    if row is None:
        row = CheckinSchedule(person_id=person.id, timezone=person.timezone or "UTC")
        session.add(row)
    return row


async def set_schedule(
    *, session: AsyncSession, person: Person, schedule_in: ScheduleIn, now: datetime | None = None
) -> CheckinSchedule:
    """Opt in, or change day, hour or window. Resumes a paused schedule."""
    now = now or utcnow()
    row = await _schedule_row(session, person)
    for name in ScheduleBase.model_fields:
        setattr(row, name, getattr(schedule_in, name))
    row.timezone = schedule_in.timezone or person.timezone or "UTC"
    row.chat_id = schedule_in.chat_id
    row.active, row.paused, row.anchor_day = True, False, None
    plan_next(row, now)
    row.updated_at = now
    await session.commit()
    await session.refresh(row)
    return row


async def set_paused(
    *, session: AsyncSession, schedule: CheckinSchedule, paused: bool, now: datetime | None = None
) -> CheckinSchedule:
    now = now or utcnow()
    schedule.paused = paused
    if not paused:
        plan_next(schedule, now)  # no burst of old check-ins after a pause
    schedule.updated_at = now
    await session.commit()
    await session.refresh(schedule)
    return schedule


def to_public(s: CheckinSchedule) -> SchedulePublic:
    return SchedulePublic.model_validate(s, from_attributes=True)


# --- answers ---------------------------------------------------------------------------------

async def record_answer(
    *, session: AsyncSession, person: Person, answer_in: CheckinAnswerIn,
    now: datetime | None = None,
) -> Checkin:
    """Store an answer (idempotent by key); attach it to the open check-in if there is one."""
    now = now or utcnow()
    assert person.id is not None
    same = select(Checkin).where(Checkin.idempotency_key == answer_in.idempotency_key)
    existing = (await session.exec(same)).first()
    if existing is not None:
        return existing
    checkin = await _open_checkin(session, person.id, answer_in.checkin_id)
    if checkin is None:
        checkin = Checkin(person_id=person.id)
        session.add(checkin)
    checkin.state = CheckinState.ANSWERED
    checkin.status = answer_in.status
    checkin.answered_at = now
    checkin.idempotency_key = answer_in.idempotency_key
    checkin.answers = json.dumps([a.model_dump(mode="json") for a in answer_in.answers])
    await session.flush()
    await cancel_reminder(session, checkin.id)
    schedule = await _schedule_row(session, person)
    schedule.missed_in_row = 0
    await _update_watch(session, schedule, now)
    await _family_summaries(session, person, checkin, now)
    await session.commit()
    await session.refresh(checkin)
    return checkin


async def _open_checkin(session: AsyncSession, person_id: int,
                        checkin_id: int | None) -> Checkin | None:
    """The check-in this answers: the one named, if still open, else the latest unanswered."""
    stmt = select(Checkin).where(
        Checkin.person_id == person_id,
        col(Checkin.state).in_([CheckinState.SENT, CheckinState.PENDING, CheckinState.MISSED]))
    if checkin_id is not None:
        stmt = stmt.where(Checkin.id == checkin_id)
    stmt = stmt.order_by(col(Checkin.id).desc())
    return (await session.exec(stmt)).first()


async def cancel_reminder(session: AsyncSession, checkin_id: int | None) -> None:
    """An answer (or a miss) makes an unsent reminder pointless."""
    await session.exec(update(CheckinSend).where(  # type: ignore[call-overload]
        col(CheckinSend.checkin_id) == checkin_id, col(CheckinSend.kind) == SendKind.REMINDER,
        col(CheckinSend.sent_at).is_(None)).values(expired=True))


def parse_answers(checkin: Checkin) -> list[Answer]:
    return [Answer.model_validate(a) for a in json.loads(checkin.answers or "[]")]


async def _update_watch(session: AsyncSession, schedule: CheckinSchedule, now: datetime) -> None:
    stmt = (select(Checkin).where(Checkin.person_id == schedule.person_id,
                                  Checkin.state == CheckinState.ANSWERED)
            .order_by(col(Checkin.answered_at).desc(), col(Checkin.id).desc()).limit(2))
    last = list((await session.exec(stmt)).all())
    reasons = watch_reasons(last, schedule.missed_in_row)
    if reasons and not schedule.watch_reasons:
        schedule.watch_since = now
    schedule.watch_reasons = reasons
    if not reasons:
        schedule.watch_since = None


def watch_reasons(latest_first: list[Checkin], missed_in_row: int) -> list[str]:
    """Why a worker is on the volunteers' watch list (empty: not on it)."""
    reasons: list[str] = []
    not_good = (CheckinStatus.KURANG_BAIK, CheckinStatus.BUTUH_BANTUAN)
    if len(latest_first) >= 2 and all(c.status in not_good for c in latest_first[:2]):
        reasons.append(WatchReason.TWO_KURANG_BAIK)
    if latest_first and latest_first[0].status == CheckinStatus.BUTUH_BANTUAN:
        reasons.append(WatchReason.ASKED_FOR_HELP)
    if latest_first and any(a.watch == WatchReason.WAGES_UNPAID
                            for a in parse_answers(latest_first[0])):
        reasons.append(WatchReason.WAGES_UNPAID)
    if missed_in_row >= 2:
        reasons.append(WatchReason.MISSED_CHECKINS)
    return reasons


async def _family_summaries(session: AsyncSession, person: Person, checkin: Checkin,
                            now: datetime) -> None:
    """With the worker's consent, each linked family member gets the status, nothing more."""
    assert person.id is not None and checkin.id is not None
    for watcher in await links.family_watchers(session=session, worker_person_id=person.id):
        if not watcher.may_see_checkins:
            continue
        session.add(CheckinSend(
            checkin_id=checkin.id, person_id=watcher.person_id, kind=SendKind.FAMILY_SUMMARY,
            chat_id=watcher.chat_id, language=watcher.language,
            params={"name": watcher.worker_label or "", "status": str(checkin.status),
                    "weekday": _weekday(now, person.timezone)},
            send_after=now, send_before=now + _FAMILY_SEND_WITHIN))


def _weekday(now: datetime, timezone: str | None) -> int:
    from zoneinfo import ZoneInfo

    return now.astimezone(ZoneInfo(timezone or "UTC")).weekday()


async def family_heard(*, session: AsyncSession, checkin_id: int, family_person_id: int,
                       heard: bool) -> bool:
    """Only a family member who was asked about this check-in may answer for it."""
    asked = (await session.exec(select(CheckinSend.id).where(
        CheckinSend.checkin_id == checkin_id, CheckinSend.person_id == family_person_id,
        CheckinSend.kind == SendKind.FAMILY_ASK))).first()
    checkin = await session.get(Checkin, checkin_id)
    if asked is None or checkin is None:
        return False
    checkin.family_heard = heard
    await session.commit()
    return True


# --- the picture and the watch list ----------------------------------------------------------

def to_point(c: Checkin) -> CheckinPoint:
    assert c.id is not None
    answers = parse_answers(c)
    return CheckinPoint(
        id=c.id, due_at=c.due_at, answered_at=c.answered_at, state=c.state, status=c.status,
        family_heard=c.family_heard,
        risk_areas=sorted({a.area for a in answers if a.risk}),
        risk_flags=[a.question_id for a in answers if a.risk],
        protective=[a.question_id for a in answers if a.protective])


async def picture(*, session: AsyncSession, person_id: int) -> Picture:
    stmt = (select(Checkin).where(Checkin.person_id == person_id)
            .order_by(col(Checkin.id).desc()).limit(PICTURE_LIMIT))
    rows = list((await session.exec(stmt)).all())
    rows.sort(key=lambda c: (c.answered_at or c.due_at or c.created_at, c.id or 0))
    schedule = await get_schedule(session=session, person_id=person_id)
    return Picture(
        person_id=person_id,
        schedule=to_public(schedule) if schedule and schedule.active else None,
        checkins=[to_point(c) for c in rows],
        watch_reasons=list(schedule.watch_reasons) if schedule else [],
        cases_count=await links.cases_count(session=session, person_id=person_id))


async def watchlist(*, session: AsyncSession, limit: int = 200) -> list[WatchItem]:
    stmt = (select(CheckinSchedule).where(col(CheckinSchedule.watch_since).is_not(None))
            .order_by(col(CheckinSchedule.watch_since)).limit(limit))
    items = []
    for s in (await session.exec(stmt)).all():
        last = (await session.exec(
            select(Checkin.status).where(Checkin.person_id == s.person_id,
                                         Checkin.state == CheckinState.ANSWERED)
            .order_by(col(Checkin.answered_at).desc()).limit(1))).first()
        items.append(WatchItem(person_id=s.person_id, reasons=list(s.watch_reasons),
                               since=s.watch_since,
                               last_status=CheckinStatus(last) if last else None,
                               missed_in_row=s.missed_in_row))
    return items
