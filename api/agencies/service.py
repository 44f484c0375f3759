"""Licensed agencies: replace the list, check a name against it. No HTTP, no Telegram."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlmodel import col, delete, select
from sqlmodel.ext.asyncio.session import AsyncSession

from api.agencies.importer import AgencyRow
from api.agencies.matching import is_match, match_agency
from api.agencies.models import Agency, AgencyCheckResult, AgencyList, AgencyMatch, ListInfo

MAX_MATCHES = 3


async def current_list(*, session: AsyncSession) -> AgencyList | None:
    return (await session.exec(select(AgencyList).order_by(col(AgencyList.id).desc()))).first()


async def replace_list(
    *, session: AsyncSession, rows: Sequence[AgencyRow], source: str, list_date: date
) -> AgencyList:
    """The new list replaces the old one in one transaction: a reader sees one or the other."""
    await session.exec(delete(Agency))  # type: ignore[arg-type]
    await session.exec(delete(AgencyList))  # type: ignore[arg-type]
    listing = AgencyList(source=source, list_date=list_date, count=len(rows))
    session.add(listing)
    await session.flush()
    assert listing.id is not None
    session.add_all(Agency(list_id=listing.id, name=r.name, licence_number=r.licence_number,
                           city=r.city) for r in rows)
    await session.commit()
    await session.refresh(listing)
    return listing


async def check(*, session: AsyncSession, name: str) -> AgencyCheckResult:
    listing = await current_list(session=session)
    if listing is None:
        return AgencyCheckResult(loaded=False)
    by_name: dict[str, list[Agency]] = {}
    for agency in (await session.exec(select(Agency).where(Agency.list_id == listing.id))).all():
        by_name.setdefault(agency.name, []).append(agency)
    found = match_agency(name, list(by_name), limit=MAX_MATCHES)
    return AgencyCheckResult(
        loaded=True,
        list_info=ListInfo(source=listing.source, list_date=listing.list_date, count=listing.count),
        matches=[AgencyMatch(name=a.name, licence_number=a.licence_number, city=a.city,
                             score=m.score, same_name=is_match(m.score))
                 for m in found for a in by_name[m.name]],
    )
