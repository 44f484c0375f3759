"""Building the parts from settings: content context, the API app, the bot engine."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from api.db import make_engine, make_sessionmaker
from bot.backend import Backend
from bot.engine import Engine
from bot.flows.core import Context, CountryInfo
from bot.store import StateStore
from kawan.content.checkin import load_checkin
from kawan.content.facts import load_facts
from kawan.content.messages import load_catalog
from kawan.settings import Settings


def build_context(settings: Settings) -> Context:
    catalog = load_catalog(settings.content_dir)
    facts = load_facts(settings.content_dir)
    countries = tuple(
        CountryInfo(code=c.code, names={"id": c.name.id, "en": c.name.en},
                    timezones=tuple(c.timezones))
        for c in facts.countries
    )
    return Context(texts=catalog, countries=countries, consent_version=settings.consent_version,
                   checkin=load_checkin(settings.content_dir))


@dataclass
class BotParts:
    engine: Engine
    backend: Backend
    db_engine: Any

    async def aclose(self) -> None:
        await self.backend.aclose()
        await self.db_engine.dispose()


def build_bot_parts(settings: Settings, *, api_app: Any | None = None) -> BotParts:
    """The engine and its backend. With api_app, the API is reached in-process."""
    if settings.api_url:
        backend = Backend.over_http(settings.api_url, settings.service_token)
    elif api_app is not None:
        backend = Backend.in_process(api_app, settings.service_token)
    else:
        raise ValueError("set API_URL, or run the bot in the same process as the API")
    db_engine = make_engine(settings.database_url)
    store = StateStore(make_sessionmaker(db_engine))
    engine = Engine(store=store, backend=backend, ctx=build_context(settings))
    return BotParts(engine=engine, backend=backend, db_engine=db_engine)
