"""The guidance flows through the engine, the effect runners and the real API (in-process)."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import text

from bot.effects import ChatRef
from bot.flows.core import Event, EventKind, Reply
from kawan.settings import Settings
from kawan.wiring import BotParts, build_bot_parts


@pytest.fixture
async def parts(settings: Settings, app: object) -> AsyncIterator[BotParts]:
    built = build_bot_parts(settings, api_app=app)
    try:
        yield built
    finally:
        await built.aclose()


async def turn(parts: BotParts, who: str, *inputs: str) -> list[Reply]:
    replies: list[Reply] = []
    for value in inputs:
        event = (Event(EventKind.BUTTON, text=value[1:]) if value.startswith("!")
                 else Event.from_text(value))
        replies = await parts.engine.handle(ChatRef("console", who, who), event)
    return replies


async def db(app: object, sql: str) -> list:  # type: ignore[type-arg]
    async with app.state.engine.connect() as conn:  # type: ignore[attr-defined]
        return list((await conn.execute(text(sql))).all())


async def test_checklist_ticks_reach_the_database(parts: BotParts, app: object) -> None:
    await turn(parts, "ani", "/start", "!ob:lang:id", "!ob:role:family", "!ob:consent:yes")
    replies = await turn(parts, "ani", "!m:checklist", "!dp:item:documents", "!dp:tick:documents")
    assert "1/" in replies[0].text
    assert [tuple(r) for r in await db(app, "SELECT item_id FROM departure_checklist_tick")] == [
        ("documents",)]
    replies = await turn(parts, "ani", "!dp:date", "12-01-2020")
    assert "sudah lewat" in replies[0].text
    assert await db(app, "SELECT departure_date FROM departure_plan") == []


async def test_a_worker_invites_and_a_family_member_types_the_code(parts: BotParts,
                                                                   app: object) -> None:
    await turn(parts, "budi", "/start", "!ob:lang:id", "!ob:role:worker_abroad",
               "!ob:consent:yes", "!ob:country:HK")
    replies = await turn(parts, "budi", "!m:family", "!fm:invite", "!fm:create")
    code = re.search(r"([A-Z0-9]{4}-[A-Z0-9]{4})", replies[0].text)
    assert code and "t.me/KawanPMIBot?start=fam_" in replies[0].text
    await turn(parts, "ibu", "/start", "!ob:lang:id", "!ob:role:family", "!ob:consent:yes")
    replies = await turn(parts, "ibu", code.group(1).lower())
    assert "terhubung" in replies[0].text
    rows = await db(app, "SELECT permissions FROM family_link")
    assert len(rows) == 1
    replies = await turn(parts, "ibu", code.group(1))  # used once only
    assert "tidak berlaku" in replies[0].text


async def test_quiz_and_faq_statistics_are_recorded(parts: BotParts, app: object) -> None:
    await turn(parts, "citra", "!m:quiz", "!qz:calo_promise:a")
    await turn(parts, "citra", "/menu", "gimana cara klaim bpjs kalau anak meninggal?")
    assert await db(app, "SELECT question_id, option_id, correct FROM guidance_quiz_answer") == [
        ("calo_promise", "a", False)]
    assert [tuple(r) for r in await db(app, "SELECT kind, entry_id FROM guidance_use")] == [
        ("faq", "bpjs_death_claim")]


async def test_a_fraud_report_and_a_question_become_cases(parts: BotParts, app: object) -> None:
    replies = await turn(parts, "dewi", "!m:report", "calo minta uang 20 juta", "!ag:send")
    assert "KWN-" in replies[0].text
    await turn(parts, "dewi", "apakah boleh bawa rice cooker ke pesawat?", "!fq:volunteer")
    rows = await db(app, "SELECT kind, severity, legal_basis FROM cases ORDER BY id")
    assert [tuple(r) for r in rows] == [("recruitment_fraud", "normal", "consent"),
                                        ("question", "low", "consent")]
    # Pressing "send" again (a re-delivered update in `kawan chat` terms) makes no second case.
    await turn(parts, "dewi", "!m:report", "calo minta uang 20 juta", "!ag:send")
    assert len(await db(app, "SELECT id FROM cases")) == 2
