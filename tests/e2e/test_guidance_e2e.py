"""Guidance over Telegram, as on a phone: a family joins through the t.me deep link, a person
ticks a checklist item and asks a question. Replies and database rows are checked."""

from __future__ import annotations

import re
from typing import Any

from tests.botapi.server import FakeBotAPI
from tests.e2e.conftest import press, rows
from tests.e2e.test_onboarding_e2e import onboard_worker

WORKER, MOTHER = 7101, 7102


async def test_a_family_joins_through_the_deep_link(botapi: FakeBotAPI, bot: Any,
                                                    app: Any) -> None:
    await onboard_worker(botapi, WORKER)
    await botapi.wait_for_message(WORKER, contains="Menu utama")
    await press(botapi, WORKER, "m:family")
    await botapi.wait_for_message(WORKER, contains="Keluarga yang terhubung")
    await press(botapi, WORKER, "fm:invite")
    await botapi.wait_for_message(WORKER, contains="boleh dilihat")
    await press(botapi, WORKER, "fm:create")
    invite = await botapi.wait_for_message(WORKER, contains="Kode undangan")
    code = re.search(r"start=fam_([A-Z0-9]{8})", invite["text"])
    assert code is not None
    botapi.push_command(MOTHER, f"/start fam_{code.group(1)}", user_id=MOTHER)
    await botapi.wait_for_message(MOTHER, contains="Pilih bahasa")
    await press(botapi, MOTHER, "ob:lang:id")
    await botapi.wait_for_message(MOTHER, contains="Kamu siapa")
    await press(botapi, MOTHER, "ob:role:family")
    await botapi.wait_for_message(MOTHER, contains="Setuju?")
    await press(botapi, MOTHER, "ob:consent:yes")
    await botapi.wait_for_message(MOTHER, contains="sudah terhubung")
    links = await rows(app, "SELECT w.role, f.role FROM family_link l "
                            "JOIN person w ON w.id = l.worker_person_id "
                            "JOIN person f ON f.id = l.family_person_id")
    assert [tuple(r) for r in links] == [("worker_abroad", "family")]


async def test_a_checklist_tick_and_a_question(botapi: FakeBotAPI, bot: Any, app: Any) -> None:
    botapi.push_command(MOTHER, "/start", user_id=MOTHER)
    await botapi.wait_for_message(MOTHER, contains="Pilih bahasa")
    await press(botapi, MOTHER, "ob:lang:id")
    await botapi.wait_for_message(MOTHER, contains="Kamu siapa")
    await press(botapi, MOTHER, "ob:role:family")
    await botapi.wait_for_message(MOTHER, contains="Setuju?")
    await press(botapi, MOTHER, "ob:consent:yes")
    await botapi.wait_for_message(MOTHER, contains="Menu utama")
    await press(botapi, MOTHER, "m:checklist")
    await botapi.wait_for_message(MOTHER, contains="Sudah selesai: 0/")
    await press(botapi, MOTHER, "dp:item:documents")
    await botapi.wait_for_message(MOTHER, contains="Tanda bahaya")
    await press(botapi, MOTHER, "dp:tick:documents")
    await botapi.wait_for_message(MOTHER, contains="Sudah selesai: 1/")
    assert [tuple(r) for r in await rows(app, "SELECT item_id FROM departure_checklist_tick")] \
        == [("documents",)]
    await press(botapi, MOTHER, "m:menu")
    await botapi.wait_for_message(MOTHER, contains="Menu utama", count=2)
    botapi.push_text(MOTHER, "gimana cara klaim bpjs kalau anak saya meninggal di sana?",
                     user_id=MOTHER)
    await botapi.wait_for_message(MOTHER, contains="akta kematian")
