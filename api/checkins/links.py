"""The seams to other domains, each behind one function.

- cases: a missed check-in opens a case of kind `missed_checkin` through `api.cases.service`
  (merged), and the picture counts the person's cases.
- family links (`api.family`): who may see a worker's check-ins (permission
  `checkin_summaries`, chosen by the worker when inviting).

Tests replace these functions with fakes of the same signature.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from api.core.timeutil import utcnow
from api.people.models import Person
from kawan.content.messages import Catalog

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FamilyWatcher:
    """A family member linked to a worker, with the worker's consent to see check-ins."""

    person_id: int
    chat_id: str
    language: str
    worker_label: str | None  # how the family calls the worker ("Sari"); None: unnamed
    may_see_checkins: bool


async def family_watchers(*, session: AsyncSession, worker_person_id: int) -> list[FamilyWatcher]:
    """Family members linked to the worker (`api.family`), with what the worker allowed.

    They are reached in their private Telegram chat (the chat id of a private chat is the
    user id). No name is stored for the worker, so messages say "your family member".
    """
    from api.family.models import FamilyLink, Permission
    from api.people.service import identities_of

    stmt = select(FamilyLink).where(FamilyLink.worker_person_id == worker_person_id)
    watchers = []
    for link in (await session.exec(stmt)).all():
        member = await session.get(Person, link.family_person_id)
        identities = await identities_of(session=session, person_id=link.family_person_id)
        telegram = next((i for i in identities if i.channel == "telegram"), None)
        if member is None or telegram is None:
            continue
        watchers.append(FamilyWatcher(
            person_id=link.family_person_id, chat_id=telegram.external_id,
            language=member.language, worker_label=None,
            may_see_checkins=Permission.CHECKIN_SUMMARIES in link.permissions))
    return watchers


async def open_missed_checkin_case(
    *, session: AsyncSession, person_id: int, missed_in_row: int, idempotency_key: str,
    chat_id: str | None = None, texts: Catalog | None = None, now: datetime | None = None,
) -> int | None:
    """Open (idempotently, by key) a `missed_checkin` case through the cases service; it then
    escalates like any other case. Returns its id; None if the person has no identity left."""
    from api.cases import service as cases
    from api.cases.enums import CaseKind, Category, LegalBasis, Severity
    from api.cases.schemas import CaseCreate, ReporterIn
    from api.notify.texts import default_texts
    from api.people.service import identities_of

    person = await session.get(Person, person_id)
    identities = await identities_of(session=session, person_id=person_id)
    if person is None or not identities:
        return None
    identity = next((i for i in identities if i.channel == "telegram"), identities[0])
    case_in = CaseCreate(
        idempotency_key=idempotency_key, kind=CaseKind.MISSED_CHECKIN, severity=Severity.HIGH,
        reporter=ReporterIn(channel=identity.channel, external_id=identity.external_id,
                            chat_id=chat_id),
        country=person.country, categories=[Category.CONTACT_LOST],
        legal_basis=LegalBasis.CONSENT, source="checkin", language=person.language)
    case, _ = await cases.create_case(session=session, case_in=case_in,
                                      texts=texts or default_texts(), now=now or utcnow())
    log.info("missed check-ins (%s in a row): case %s", missed_in_row, case.id)
    return case.id


async def cases_count(*, session: AsyncSession, person_id: int) -> int | None:
    """How many cases the person has (any kind, any status)."""
    from api.cases.models import Case

    stmt = select(func.count()).select_from(Case).where(col(Case.person_id) == person_id)
    return int((await session.exec(stmt)).one())
