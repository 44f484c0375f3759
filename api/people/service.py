"""People: domain logic. Knows nothing of HTTP or Telegram."""

from __future__ import annotations

from sqlmodel import col, delete, select
from sqlmodel.ext.asyncio.session import AsyncSession

from api.core.timeutil import utcnow
from api.crypto import get_crypto
from api.people.enums import Channel
from api.people.models import (
    ChannelIdentity,
    IdentityIn,
    IdentityPublic,
    Person,
    PersonCreate,
    PersonPublic,
    PersonUpdate,
)


async def get_by_identity(
    *, session: AsyncSession, channel: Channel, external_id: str
) -> Person | None:
    digest = get_crypto().lookup_hash(external_id)
    stmt = (
        select(Person)
        .join(ChannelIdentity, col(ChannelIdentity.person_id) == col(Person.id))
        .where(ChannelIdentity.channel == channel, ChannelIdentity.external_id_hash == digest)
    )
    return (await session.exec(stmt)).first()


async def identities_of(*, session: AsyncSession, person_id: int) -> list[ChannelIdentity]:
    stmt = select(ChannelIdentity).where(ChannelIdentity.person_id == person_id)
    return list((await session.exec(stmt)).all())


async def add_identity(
    *, session: AsyncSession, person_id: int, identity: IdentityIn
) -> ChannelIdentity:
    row = ChannelIdentity(
        person_id=person_id,
        channel=identity.channel,
        external_id_hash=get_crypto().lookup_hash(identity.external_id),
        external_id=identity.external_id,
    )
    session.add(row)
    await session.flush()
    return row


async def upsert_person(*, session: AsyncSession, person_in: PersonCreate) -> Person:
    """Create the person behind an identity, or update them if that identity is known.

    Idempotent: the bot may retry a registration after a timeout without making two people.
    """
    person = await get_by_identity(
        session=session, channel=person_in.identity.channel, external_id=person_in.identity.external_id
    )
    fields = person_in.model_dump(exclude={"identity"}, exclude_unset=False)
    now = utcnow()
    if person is None:
        person = Person(**fields)
        session.add(person)
        await session.flush()
        assert person.id is not None
        await add_identity(session=session, person_id=person.id, identity=person_in.identity)
    else:
        for key, value in fields.items():
            setattr(person, key, value)
        person.updated_at = now
    if person_in.consent_version:
        person.consented_at = now
    await session.commit()
    await session.refresh(person)
    return person


async def update_person(
    *, session: AsyncSession, person: Person, person_in: PersonUpdate
) -> Person:
    changes = person_in.model_dump(exclude_unset=True)
    for key, value in changes.items():
        setattr(person, key, value)
    if changes.get("consent_version"):
        person.consented_at = utcnow()
    person.updated_at = utcnow()
    session.add(person)
    await session.commit()
    await session.refresh(person)
    return person


async def delete_person(*, session: AsyncSession, person_id: int) -> bool:
    """Remove a person and every identity of theirs (the person's right to erasure)."""
    person = await session.get(Person, person_id)
    if person is None:
        return False
    await session.exec(delete(ChannelIdentity).where(col(ChannelIdentity.person_id) == person_id))
    await session.delete(person)
    await session.commit()
    return True


async def to_public(*, session: AsyncSession, person: Person) -> PersonPublic:
    assert person.id is not None
    identities = await identities_of(session=session, person_id=person.id)
    return PersonPublic.model_validate(
        {
            **{name: getattr(person, name) for name in Person.model_fields},
            "identities": [
                IdentityPublic(channel=i.channel, external_id=i.external_id) for i in identities
            ],
        }
    )
