"""Questions from families as a table: FAQ answers, volunteers, consent to keep words. Pure."""

from __future__ import annotations

import pytest
from guidance_helpers import (
    FAMILY,
    HUGE,
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

from bot.flows import ask
from bot.flows.core import Context, Event, State
from bot.flows.router import IDLE_TEXT


def test_a_question_typed_while_idle_gets_the_best_answer(ctx: Context) -> None:
    _, outs = run(ctx, [say("gimana cara klaim BPJS kalau anak saya meninggal di sana?")],
                  person(FAMILY))
    out = outs[0]
    assert "akta kematian" in text_of(out) and "Sumber" in text_of(out)
    assert [(e.kind, e.payload) for e in out.effects] == [
        ("record_use", {"kind": "faq", "entry_id": "bpjs_death_claim"})]
    assert "fq:volunteer" in data_of(out)


def test_the_ask_menu_item(ctx: Context) -> None:
    state, outs = run(ctx, [press("m:ask"), say("paspor saya dipegang majikan")], State())
    assert "berhak memegang" in text_of(outs[1])


def test_nothing_found_offers_a_volunteer_and_counts_without_words(ctx: Context) -> None:
    state, outs = run(ctx, [say("apakah boleh bawa rice cooker ke pesawat?")], person(FAMILY))
    out = outs[0]
    assert "fq:volunteer" in data_of(out) and out.state.step == "not_found"
    assert [(e.kind, e.payload) for e in out.effects] == [("record_unanswered",
                                                          {"language": "id"})]
    state = State(flow=state.flow, step=state.step, lang=state.lang,
                  data={**state.data, "unanswered_id": 5}, profile=state.profile)
    state, outs = run(ctx, [press("fq:volunteer")], state)
    effect = outs[0].effects[0]
    assert effect.kind == "open_guidance_case" and effect.payload["kind"] == "question"
    assert effect.payload["severity"] == "low"
    assert "rice cooker" in effect.payload["summary"]
    out = answer(ctx, state, "open_guidance_case", {"reference": "KWN-2026-000007"})
    assert "KWN-2026-000007" in text_of(out) and "fq:keep" in data_of(out)
    _, outs = run(ctx, [press("fq:keep")], out.state)
    assert [(e.kind, e.payload) for e in outs[0].effects] == [
        ("share_unanswered", {"id": 5, "text": "apakah boleh bawa rice cooker ke pesawat?"})]


def test_declining_to_keep_the_words_sends_nothing_more(ctx: Context) -> None:
    state, _ = run(ctx, [say("apakah boleh bawa rice cooker ke pesawat?")], person(FAMILY))
    state, outs = run(ctx, [press("fq:no"), press("fq:nokeep")], state)
    assert outs[0].effects == () and outs[1].effects == () and state.flow == ""


def test_more_answers_button_shows_the_next_ones(ctx: Context) -> None:
    state = State(flow="ask", step="answered",
                  data={"question": "q", "answers": ["bpjs_death_claim", "passport_held"]})
    _, outs = run(ctx, [press("fq:more")], state)
    assert "berhak memegang" in text_of(outs[0]) and "fq:more" not in data_of(outs[0])


@pytest.mark.parametrize("text,is_question", [
    ("gimana cara klaim bpjs", True), ("berapa biaya paspor", True), ("halo", False),
    ("ok makasih", False), ("saya sudah sampai", False), ("paspor ditahan?", True),
    ("How do I claim BPJS", True),
])
def test_what_reads_as_a_question(text: str, is_question: bool) -> None:
    assert ask.looks_like_question(text) is is_question


def test_not_a_question_falls_through_to_the_menu(ctx: Context) -> None:
    _, outs = run(ctx, [say("saya sudah sampai")], person(FAMILY))
    assert outs[0].effects == () and "m:ask" in data_of(outs[0])


def test_faq_comes_after_any_urgent_handler(ctx: Context) -> None:
    assert IDLE_TEXT.index(ask.idle_question) == len(IDLE_TEXT) - 1


@pytest.mark.parametrize("event", [STICKER, press("fq:keep"), press("dp:list")],
                         ids=["sticker", "forged", "stale"])
def test_unexpected_input_on_not_found(ctx: Context, event: Event) -> None:
    state, _ = run(ctx, [say("apakah boleh bawa rice cooker ke pesawat?")], person(FAMILY))
    _, outs = run(ctx, [event], state)
    assert outs[0].state.step == "not_found" and outs[0].effects == ()


def test_ten_thousand_characters_as_a_question(ctx: Context) -> None:
    state, outs = run(ctx, [press("m:ask"), HUGE], person(FAMILY))
    assert kinds(outs[1]) in (["record_unanswered"], ["record_use"])


@pytest.mark.parametrize("start", ["m:ask", "m:agency", "m:report"])
def test_urgent_text_in_a_typed_step_goes_to_help_not_to_the_flow(ctx: Context,
                                                                   start: str) -> None:
    state, _ = run(ctx, [press(start)], person(FAMILY))
    _, outs = run(ctx, [say("tolong saya dikurung majikan dan dipukul setiap hari")], state)
    assert outs[0].state.flow == "sos"
    assert "open_case" in kinds(outs[0])


def test_an_answer_shows_the_hotlines_its_entry_asks_for(ctx: Context) -> None:
    entries = {e.id: e for e in ctx.facts.content("id").faq}  # type: ignore[union-attr]
    entry = next(e for e in entries.values() if "country" in e.hotlines)
    state = State(flow="ask", step="answered", profile={"person_id": 1, "country": "HK"},
                  data={"question": "q", "answers": ["x", entry.id]})
    _, outs = run(ctx, [press("fq:more")], state)
    assert "📞" in text_of(outs[0]) and "852" in text_of(outs[0])
