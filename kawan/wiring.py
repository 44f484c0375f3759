"""Building the parts from settings: content context, the API app, the bot engine."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from api import crypto
from api.db import make_engine, make_sessionmaker
from bot.backend import Backend
from bot.engine import Engine
from bot.flows.core import Context, CountryInfo, HotlineInfo
from bot.outbox import BotOutbox
from bot.store import StateStore
from kawan.content.checkin import load_checkin
from kawan.content.facts import load_facts
from kawan.content.messages import load_catalog
from kawan.faq_search import FaqSearchAdapter
from kawan.settings import Settings


def build_context(settings: Settings) -> Context:
    catalog = load_catalog(settings.content_dir)
    facts = load_facts(settings.content_dir)
    countries = tuple(
        CountryInfo(code=c.code, names={"id": c.name.id, "en": c.name.en},
                    timezones=tuple(c.timezones),
                    hotlines=tuple(_hotline(h) for h in c.hotlines))
        for c in facts.countries
    )
    return Context(
        texts=catalog,
        countries=countries,
        global_hotlines=tuple(_hotline(h) for h in facts.global_hotlines),
        consent_version=settings.consent_version,
        secret=settings.secret_key,
        facts=facts,
        checkin=load_checkin(settings.content_dir),
        faq=FaqSearchAdapter(facts),
        bot_username=settings.bot_username,
    )


def _hotline(h: Any) -> HotlineInfo:
    return HotlineInfo(
        labels={"id": h.label.id, "en": h.label.en},
        number=h.number or h.url or "",
        kind=h.kind,
        hours={"id": h.hours.id, "en": h.hours.en} if h.hours else {},
    )


@dataclass
class BotParts:
    engine: Engine
    backend: Backend
    db_engine: Any
    sessionmaker: Any

    async def aclose(self) -> None:
        await self.backend.aclose()
        await self.db_engine.dispose()


def build_bot_parts(settings: Settings, *, api_app: Any | None = None) -> BotParts:
    """The engine and its backend. With api_app, the API is reached in-process."""
    crypto.configure(settings.encryption_keys, settings.secret_key)  # the outbox encrypts
    if settings.api_url:
        backend = Backend.over_http(settings.api_url, settings.service_token)
    elif api_app is not None:
        backend = Backend.in_process(api_app, settings.service_token)
    else:
        raise ValueError("set API_URL, or run the bot in the same process as the API")
    db_engine = make_engine(settings.database_url)
    sessions = make_sessionmaker(db_engine)
    outbox = BotOutbox(sessions, backend)
    engine = Engine(store=StateStore(sessions), backend=backend, outbox=outbox,
                    ctx=build_context(settings))
    return BotParts(engine=engine, backend=backend, db_engine=db_engine, sessionmaker=sessions)
