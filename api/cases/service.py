"""Cases: creating, reading, listing, details, notes, referrals. Knows nothing of HTTP.

Status changes and claiming live in `workflow.py`; messages in `relay.py`.
"""

from __future__ import annotations

import json
import logging
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from api.cases import alerts
from api.cases.enums import (
    OPEN_STATUSES,
    PRIORITY,
    RISK_AREA,
    CaseKind,
    CaseStatus,
    Category,
    DetailKind,
    EventType,
    Severity,
)
from api.cases.models import Case, CaseEvent, CaseNote, Referral
from api.cases.schemas import (
    CaseCreate,
    CaseFull,
    CaseSummary,
    DetailIn,
    EventFull,
    NotePublic,
    ReferralIn,
    ReferralPublic,
)
from api.crypto import get_crypto
from api.people import service as people
from api.people.enums import Channel
from api.volunteers.models import Volunteer
from kawan.content.messages import Catalog

log = logging.getLogger(__name__)


def risk_areas_of(categories: list[str]) -> list[str]:
    return sorted({RISK_AREA[Category(c)].value for c in categories})


def add_event(*, session: AsyncSession, case_id: int, type: EventType, actor: str,
              now: datetime, data: dict[str, Any] | None = None,
              key: str | None = None) -> CaseEvent:
    event = CaseEvent(case_id=case_id, type=type, actor=actor, created_at=now,
                      data=None if data is None else json.dumps(data, ensure_ascii=False),
                      idempotency_key=key)
    session.add(event)
    return event


async def _by_key(session: AsyncSession, key: str) -> Case | None:
    return (await session.exec(select(Case).where(Case.idempotency_key == key))).first()


async def create_case(*, session: AsyncSession, case_in: CaseCreate, texts: Catalog,
                      now: datetime) -> tuple[Case, bool]:
    """Open a case, once per idempotency key: (case, created). A concurrent second request
    with the same key loses on the unique constraint and gets the first one's case."""
    existing = await _by_key(session, case_in.idempotency_key)
    if existing is not None:
        return existing, False
    reporter = case_in.reporter
    person = await people.get_by_identity(session=session, channel=reporter.channel,
                                          external_id=reporter.external_id)
    categories = list(dict.fromkeys(c.value for c in case_in.categories))
    case = Case(
        reference=f"new-{uuid.uuid4().hex}", idempotency_key=case_in.idempotency_key,
        kind=case_in.kind, severity=case_in.severity, priority=PRIORITY[case_in.severity],
        status=CaseStatus.NEW, categories=categories, risk_areas=risk_areas_of(categories),
        country=case_in.country, language=case_in.language, source=case_in.source,
        legal_basis=case_in.legal_basis, reporter_channel=reporter.channel,
        reporter_external_id=reporter.external_id,
        reporter_external_id_hash=get_crypto().lookup_hash(reporter.external_id),
        reporter_chat_id=None if reporter.chat_id is None else str(reporter.chat_id),
        summary=case_in.summary, person_id=person.id if person else None,
        created_at=now, updated_at=now)
    session.add(case)
    try:
        await session.flush()
    except IntegrityError:
        await session.rollback()
        existing = await _by_key(session, case_in.idempotency_key)
        if existing is None:
            raise
        log.info("case create: a concurrent request with the same key won (case %s)",
                 existing.id)
        return existing, False
    assert case.id is not None
    case.reference = f"KWN-{now.year}-{case.id:06d}"
    add_event(session=session, case_id=case.id, type=EventType.CREATED, actor="reporter",
              now=now, data={"source": case.source, "legal_basis": case.legal_basis})
    await alerts.post_cards(session=session, texts=texts, case=case, now=now)
    await session.commit()
    await session.refresh(case)
    return case, True


async def get_case(*, session: AsyncSession, case_id: int) -> Case | None:
    return await session.get(Case, case_id)


async def add_detail(*, session: AsyncSession, case: Case, detail_in: DetailIn,
                     texts: Catalog, now: datetime) -> tuple[CaseEvent, bool]:
    """Append a detail to the timeline, once per key. New categories are added to the case
    (and to its cards while unclaimed); a text after a volunteer took the case is relayed."""
    assert case.id is not None
    key = f"case:{case.id}:detail:{detail_in.idempotency_key}"
    existing = (await session.exec(select(CaseEvent).where(
        CaseEvent.idempotency_key == key))).first()
    if existing is not None:
        return existing, False
    event = add_event(session=session, case_id=case.id, type=EventType.DETAIL, actor="reporter",
                      now=now, key=key, data={"kind": detail_in.kind, "data": detail_in.data})
    try:
        await session.flush()
    except IntegrityError:
        await session.rollback()
        again = (await session.exec(select(CaseEvent).where(
            CaseEvent.idempotency_key == key))).first()
        if again is None:
            raise
        return again, False
    if detail_in.kind == DetailKind.CATEGORY:
        given = list(detail_in.data.get("categories") or [])
        given += [detail_in.data["category"]] if detail_in.data.get("category") else []
        merged = list(dict.fromkeys([*case.categories, *given]))
        if merged != case.categories:
            case.categories, case.risk_areas = merged, risk_areas_of(merged)
            if case.status == CaseStatus.NEW:
                await alerts.edit_cards(session=session, texts=texts, case=case, now=now,
                                        key_suffix=f"categories:{event.id}")
    if detail_in.kind == DetailKind.TEXT and case.assigned_volunteer_id is not None:
        volunteer = await session.get(Volunteer, case.assigned_volunteer_id)
        await alerts.relay_to_volunteer(session=session, texts=texts, case=case,
                                        volunteer=volunteer, text=detail_in.data["text"],
                                        key=f"{key}:relay", now=now)
    case.updated_at = now
    session.add(case)
    await session.commit()
    await session.refresh(event)
    return event, True


async def open_for_reporter(*, session: AsyncSession, channel: Channel,
                            external_id: str) -> list[Case]:
    digest = get_crypto().lookup_hash(external_id)
    stmt = select(Case).where(
        Case.reporter_channel == channel, Case.reporter_external_id_hash == digest,
        col(Case.status).in_(OPEN_STATUSES)).order_by(col(Case.created_at).desc(),
                                                     col(Case.id).desc())
    return list((await session.exec(stmt)).all())


async def list_cases(*, session: AsyncSession, status: CaseStatus | None = None,
                     severity: Severity | None = None, kind: CaseKind | None = None,
                     country: str | None = None, assigned_to: int | None = None,
                     limit: int = 100, offset: int = 0) -> list[Case]:
    stmt = select(Case)
    if status is not None:
        stmt = stmt.where(Case.status == status)
    if severity is not None:
        stmt = stmt.where(Case.severity == severity)
    if kind is not None:
        stmt = stmt.where(Case.kind == kind)
    if country is not None:
        stmt = stmt.where(Case.country == country.upper())
    if assigned_to is not None:
        stmt = stmt.where(Case.assigned_volunteer_id == assigned_to)
    stmt = stmt.order_by(col(Case.priority), col(Case.created_at), col(Case.id))
    return list((await session.exec(stmt.offset(offset).limit(limit))).all())


async def add_note(*, session: AsyncSession, case: Case, volunteer: Volunteer, text: str,
                   now: datetime) -> CaseNote:
    assert case.id is not None
    note = CaseNote(case_id=case.id, volunteer_id=volunteer.id, text=text, created_at=now)
    session.add(note)
    await session.flush()
    add_event(session=session, case_id=case.id, type=EventType.NOTE,
              actor=f"volunteer:{volunteer.id}", now=now, data={"note_id": note.id})
    await session.commit()
    await session.refresh(note)
    return note


async def add_referral(*, session: AsyncSession, case: Case, volunteer: Volunteer,
                       referral_in: ReferralIn, now: datetime) -> Referral:
    assert case.id is not None
    referral = Referral(case_id=case.id, created_by=volunteer.id, created_at=now,
                        **referral_in.model_dump())
    session.add(referral)
    await session.flush()
    add_event(session=session, case_id=case.id, type=EventType.REFERRAL,
              actor=f"volunteer:{volunteer.id}", now=now,
              data={"referral_id": referral.id, **referral_in.model_dump(mode="json")})
    await session.commit()
    await session.refresh(referral)
    return referral


def summary_of(case: Case) -> CaseSummary:
    return CaseSummary.model_validate(case, from_attributes=True)


async def full_view(*, session: AsyncSession, case: Case) -> CaseFull:
    """Everything a volunteer may see, decrypted. The caller audits the read."""
    events = (await session.exec(select(CaseEvent).where(CaseEvent.case_id == case.id)
                                 .order_by(col(CaseEvent.id)))).all()
    notes = (await session.exec(select(CaseNote).where(CaseNote.case_id == case.id)
                                .order_by(col(CaseNote.id)))).all()
    referrals = (await session.exec(select(Referral).where(Referral.case_id == case.id)
                                    .order_by(col(Referral.id)))).all()
    return CaseFull.model_validate({
        **summary_of(case).model_dump(),
        "summary": case.summary, "language": case.language, "legal_basis": case.legal_basis,
        "source": case.source, "person_id": case.person_id, "closed_at": case.closed_at,
        "updated_at": case.updated_at,
        "events": [EventFull(id=e.id or 0, case_id=e.case_id, type=e.type, actor=e.actor,
                             created_at=e.created_at,
                             data=json.loads(e.data) if e.data else None) for e in events],
        "notes": [NotePublic.model_validate(n, from_attributes=True) for n in notes],
        "referrals": [ReferralPublic.model_validate(r, from_attributes=True) for r in referrals],
    })
