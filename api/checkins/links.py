"""The two seams to domains built in parallel branches, each behind one function.

- cases (branch `cases`): a missed check-in opens a case of kind `missed_checkin` through
  `api.cases.service`. Until it is merged, no case is opened and the picture has no count.
- family links (branch `guidance`): who may see a worker's check-ins. Until it is merged,
  nobody does.

Tests replace these functions with fakes of the same signature.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlmodel.ext.asyncio.session import AsyncSession

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
    """Family members linked to the worker. TODO(guidance): read `GET /family/links`' table."""
    return []


async def open_missed_checkin_case(
    *, session: AsyncSession, person_id: int, missed_in_row: int, idempotency_key: str
) -> int | None:
    """Open (idempotently) a `missed_checkin` case; its id, or None when cases are not there.

    TODO(cases): `api.cases.service.create_case(kind="missed_checkin", severity="high", …)`.
    """
    log.warning("missed check-ins for person %s: cases are not available yet", person_id)
    return None


async def cases_count(*, session: AsyncSession, person_id: int) -> int | None:
    """How many cases the person has; None while the cases domain is not there."""
    return None
