"""Recruiter check and fraud report as a table. Pure."""

from __future__ import annotations

import pytest
from guidance_helpers import (
    PHOTO,
    PREPARING,
    STICKER,
    answer,
    data_of,
    kinds,
    person,
    press,
    run,
    say,
    text_of,
)

from bot.flows.core import Context, Event, EventKind, State

FOUND = {"loaded": True,
         "list_info": {"source": "Ekspor SISKOP2MI", "list_date": "2026-11-01", "count": 4},
         "matches": [{"name": "PT Contoh Sinar Jaya Abadi", "licence_number": "SIP3MI-CONTOH-0001",
                      "city": "Serang", "score": 96.0, "same_name": True}]}


def asked(ctx: Context, name: str = "sinar jaya abadi") -> tuple[State, list]:  # type: ignore[type-arg]
    return run(ctx, [press("m:agency"), say(name)], person(PREPARING))


def test_a_typed_name_is_checked_by_the_api(ctx: Context) -> None:
    _, outs = asked(ctx)
    assert [(e.kind, e.payload) for e in outs[1].effects] == [
        ("check_agency", {"name": "sinar jaya abadi"})]


def test_licensed_answer_has_licence_list_date_and_official_ways(ctx: Context) -> None:
    state, _ = asked(ctx)
    out = answer(ctx, state, "check_agency", FOUND)
    text = text_of(out)
    assert "PT Contoh Sinar Jaya Abadi" in text and "SIP3MI-CONTOH-0001" in text
    assert "1 November 2026" in text and "siskop2mi.bp2mi.go.id" in text and "LTSA" in text
    assert kinds(out) == ["record_use"] and out.effects[0].payload["entry_id"] == "found"
    assert "ag:report" in data_of(out)


def test_not_found_warns_and_gives_official_ways(ctx: Context) -> None:
    state, _ = asked(ctx, "pt abal abal")
    out = answer(ctx, state, "check_agency", {**FOUND, "matches": []})
    assert "tidak saya temukan" in text_of(out) and "Disnaker" in text_of(out)
    assert out.effects[0].payload["entry_id"] == "not_found"


def test_empty_list_says_not_loaded_yet_and_how_to_check(ctx: Context) -> None:
    state, _ = asked(ctx)
    out = answer(ctx, state, "check_agency", {"loaded": False, "matches": []})
    assert "belum dimuat" in text_of(out) and "siskop2mi" in text_of(out)


def test_report_is_sent_only_after_confirmation(ctx: Context) -> None:
    state, _ = asked(ctx)
    state = answer(ctx, state, "check_agency", FOUND).state
    state, outs = run(ctx, [press("ag:report"), say("Calo di desa minta Rp20 juta"),
                            press("ag:send")], state)
    assert outs[0].effects == () and outs[1].effects == ()
    assert "Rp20 juta" in text_of(outs[1])
    effect = outs[2].effects[0]
    assert effect.kind == "open_guidance_case"
    assert {k: effect.payload[k] for k in ("kind", "severity", "summary", "legal_basis")} == {
        "kind": "recruitment_fraud", "severity": "normal",
        "summary": "Calo di desa minta Rp20 juta", "legal_basis": "consent"}
    out = answer(ctx, state, "open_guidance_case", {"reference": "KWN-2026-000123"})
    assert "KWN-2026-000123" in text_of(out) and out.state.flow == ""
    out = answer(ctx, state, "open_guidance_case", {"reference": None})  # API down: queued
    assert "tersimpan aman" in text_of(out)


def test_the_case_key_is_stable_per_delivered_update(ctx: Context) -> None:
    state, _ = run(ctx, [press("m:report"), say("calo minta uang")], person(PREPARING))
    send = Event(EventKind.BUTTON, text="ag:send", event_id="1001")
    first = run(ctx, [send], state)[1][0].effects[0].payload["case_key"]
    again = run(ctx, [send], state)[1][0].effects[0].payload["case_key"]
    other = run(ctx, [Event(EventKind.BUTTON, text="ag:send", event_id="1002")],
                state)[1][0].effects[0].payload["case_key"]
    assert first == again == "recruitment_fraud-1001" and other != first


def test_similar_names_are_never_a_yes(ctx: Context) -> None:
    state, _ = asked(ctx, "contoh sinar")
    similar = {**FOUND, "matches": [{**FOUND["matches"][0], "same_name": False}]}
    out = answer(ctx, state, "check_agency", similar)
    assert "tidak ada di daftar" in text_of(out) and "PT Contoh Sinar Jaya Abadi" in text_of(out)
    assert "✅" not in text_of(out) and out.effects[0].payload["entry_id"] == "similar"


def test_report_can_be_cancelled(ctx: Context) -> None:
    _, outs = run(ctx, [press("m:report"), say("calo"), press("ag:cancel")], person(PREPARING))
    assert all(o.effects == () for o in outs) and outs[-1].state.flow == ""


@pytest.mark.parametrize("event", [STICKER, PHOTO, press("ag:send"), press("fe:job:cook"),
                                   say("/xyz")],
                         ids=["sticker", "photo", "forged-send", "stale", "unknown-command"])
def test_unexpected_input_while_asking_for_a_name(ctx: Context, event: Event) -> None:
    state, _ = run(ctx, [press("m:agency")], person(PREPARING))
    _, outs = run(ctx, [event], state)
    assert outs[0].effects == () and outs[0].state.step == "name"


def test_ten_thousand_characters_are_cut_to_a_name(ctx: Context) -> None:
    _, outs = asked(ctx, "x" * 10_000)
    assert len(outs[1].effects[0].payload["name"]) == 300
