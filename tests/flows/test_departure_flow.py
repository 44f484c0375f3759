"""Departure checklist as a table: state, event ➜ replies, effects. Pure."""

from __future__ import annotations

import pytest
from guidance_helpers import (
    HUGE,
    PHOTO,
    PREPARING,
    STICKER,
    WORKER,
    answer,
    data_of,
    kinds,
    person,
    press,
    run,
    say,
    text_of,
)

from bot.flows.core import Context, Event, State

PLAN = {"person_id": 7, "departure_date": None, "contract_end_date": None,
        "ticked": ["check_licence", "documents"]}


def listed(ctx: Context) -> State:
    state, outs = run(ctx, [press("m:checklist")], person(PREPARING))
    assert kinds(outs[0]) == ["load_departure"] and outs[0].replies == ()
    return answer(ctx, state, "load_departure", PLAN).state


def test_checklist_loads_from_the_api_and_shows_progress(ctx: Context) -> None:
    state, outs = run(ctx, [press("m:checklist")], person(PREPARING))
    out = answer(ctx, state, "load_departure", PLAN)
    total = len(ctx.facts.content("id").checklist)  # type: ignore[union-attr]
    assert f"2/{total} ✅" in text_of(out)
    assert "dp:item:check_licence" in data_of(out) and "dp:date" in data_of(out)
    assert "✅ Cek izin perusahaan (SIP3MI)" in [b.label for r in out.replies
                                                 for row in r.buttons for b in row]


def open_item(ctx: Context, item: str) -> State:
    state, outs = run(ctx, [press(f"dp:item:{item}")], listed(ctx))
    assert kinds(outs[0]) == ["record_use", "load_departure"] and outs[0].replies == ()
    return answer(ctx, state, "load_departure", PLAN).state


def test_an_item_shows_what_where_cost_duration_red_flags_and_source(ctx: Context) -> None:
    state, outs = run(ctx, [press("dp:item:documents")], listed(ctx))
    out = answer(ctx, state, "load_departure", PLAN)
    text = text_of(out)
    for word in ("Apa ini", "Di mana", "Biaya", "Lama", "Tanda bahaya", "Sumber", "LTSA"):
        assert word in text
    assert "dp:untick:documents" in data_of(out)  # it was ticked


def test_the_bot_keeps_nothing_personal_between_turns(ctx: Context) -> None:
    assert listed(ctx).data == {}
    assert open_item(ctx, "documents").data == {"item": "documents", "done": True}
    state, _ = run(ctx, [press("dp:date"), say("12-01-2027")], listed(ctx))
    after = answer(ctx, state, "set_dates", {**PLAN, "departure_date": "2027-01-12"}).state
    assert "2027" not in str(after.data)


def test_ticking_asks_the_api_and_shows_new_progress(ctx: Context) -> None:
    state, outs = run(ctx, [press("dp:tick:ltsa_registration")],
                      open_item(ctx, "ltsa_registration"))
    assert outs[0].effects[0].payload == {"item_id": "ltsa_registration", "done": True}
    out = answer(ctx, state, "tick_item",
                 {**PLAN, "ticked": [*PLAN["ticked"], "ltsa_registration"]})  # type: ignore[misc]
    assert "3/" in text_of(out) and out.state.step == "list"


def test_unticking(ctx: Context) -> None:
    _, outs = run(ctx, [press("dp:untick:documents")], open_item(ctx, "documents"))
    assert outs[0].effects[0].payload == {"item_id": "documents", "done": False}


@pytest.mark.parametrize("typed,iso", [
    ("12-01-2027", "2027-01-12"), ("12 Januari 2027", "2027-01-12"),
    ("2027-01-12", "2027-01-12"), ("3 agustus 2027", "2027-08-03"),
])
def test_departure_date_typed_forgivingly(ctx: Context, typed: str, iso: str) -> None:
    state, outs = run(ctx, [press("dp:date"), say(typed)], listed(ctx))
    assert [(e.kind, e.payload) for e in outs[1].effects] == [("set_dates",
                                                               {"departure_date": iso})]
    out = answer(ctx, state, "set_dates", {**PLAN, "departure_date": iso})
    assert "30 hari, 7 hari dan 1 hari" in text_of(out) and out.state.step == "list"


def test_unreadable_date_is_asked_again(ctx: Context) -> None:
    state, outs = run(ctx, [press("dp:date"), say("bulan depan")], listed(ctx))
    assert outs[1].effects == () and state.step == "date"
    assert "12-01-2027" in text_of(outs[1])


def test_past_date_is_refused_kindly(ctx: Context) -> None:
    state, _ = run(ctx, [press("dp:date"), say("12-01-2020")], listed(ctx))
    out = answer(ctx, state, "set_dates", {"error": "past"})
    assert "sudah lewat" in text_of(out) and out.state.step == "date"


def test_contract_end_for_a_worker_abroad(ctx: Context) -> None:
    state, outs = run(ctx, [press("m:contract"), say("1 Maret 2028")], person(WORKER))
    assert outs[1].effects[0].payload == {"contract_end_date": "2028-03-01"}
    out = answer(ctx, state, "set_dates", {"contract_end_date": "2028-03-01"})
    assert "1 Maret 2028" in text_of(out) and "4 bulan" in text_of(out)
    assert out.state.flow == ""


def test_unregistered_person_is_asked_to_register(ctx: Context) -> None:
    _, outs = run(ctx, [press("m:checklist")], State(profile={"declined": True}))
    assert outs[0].effects == () and "m:register" in data_of(outs[0])


@pytest.mark.parametrize("event", [
    STICKER, PHOTO, HUGE, say("/perintahaneh"), press("dp:item:nope"), press("dp:tick:nope"),
    press("qz:calo_promise:b"), press("m:doesnotexist"),
], ids=["sticker", "photo", "10k-chars", "unknown-command", "forged-item", "forged-tick",
        "stale-other-flow", "bad-menu"])
def test_unexpected_input_keeps_the_list(ctx: Context, event: Event) -> None:
    state = listed(ctx)
    _, outs = run(ctx, [event], state)
    out = outs[0]
    assert out.state.flow == "departure" and out.state.step == "list"
    assert out.effects == () and len(out.replies) == 2
    assert "dp:item:documents" in data_of(out)


def test_huge_text_where_a_date_is_expected(ctx: Context) -> None:
    state, outs = run(ctx, [press("dp:date"), HUGE], listed(ctx))
    assert outs[1].effects == () and state.step == "date"


def test_menu_shows_checklist_only_to_those_it_fits(ctx: Context) -> None:
    for profile, shown in ((PREPARING, True), ({"person_id": 1, "role": "family"}, True),
                           (WORKER, False)):
        _, outs = run(ctx, [say("/menu")], person(profile))
        assert ("m:checklist" in data_of(outs[0])) is shown
    _, outs = run(ctx, [say("/menu")], person(WORKER))
    assert "m:contract" in data_of(outs[0]) and "m:family" in data_of(outs[0])
