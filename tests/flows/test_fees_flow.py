"""Is this fee legal? as a table. Pure."""

from __future__ import annotations

import pytest
from guidance_helpers import HUGE, STICKER, data_of, kinds, person, press, run, text_of

from bot.flows.core import Context, Event

FAMILY = {"person_id": 9, "role": "family"}


def test_zero_fee_job_lists_the_covered_costs(ctx: Context) -> None:
    _, outs = run(ctx, [press("m:fees"), press("fe:job:housekeeper"), press("fe:country:MY")],
                  person(FAMILY))
    assert "fe:job:fishing_crew" in data_of(outs[0]) and "fe:country:HK" in data_of(outs[1])
    text = text_of(outs[2])
    assert "bebas biaya penempatan" in text and "Paspor" in text and "Tiket pesawat" in text
    assert "Jangan bayar dulu" in text and "Sumber" in text
    assert "2 Agustus 2021" not in text  # the Hong Kong note only for Hong Kong
    assert kinds(outs[2]) == ["record_use"] and "m:report" in data_of(outs[2])


def test_hong_kong_gets_its_start_date(ctx: Context) -> None:
    _, outs = run(ctx, [press("m:fees"), press("fe:job:baby_carer"), press("fe:country:HK")],
                  person(FAMILY))
    assert "2 Agustus 2021" in text_of(outs[2])


def test_other_job_gets_the_rule_and_where_to_ask(ctx: Context) -> None:
    _, outs = run(ctx, [press("m:fees"), press("fe:job:other"), press("fe:country:other")],
                  person(FAMILY))
    text = text_of(outs[2])
    assert "tidak boleh dibebani biaya penempatan" in text and "LTSA" in text


def test_english(ctx: Context) -> None:
    _, outs = run(ctx, [press("m:fees"), press("fe:job:cook"), press("fe:country:SG")],
                  person(FAMILY, lang="en"))
    assert "Cook is one of the 10 jobs" in text_of(outs[2])


@pytest.mark.parametrize("event", [STICKER, HUGE, press("fe:job:astronaut"),
                                   press("fe:country:MY"), press("dp:list")],
                         ids=["sticker", "10k-chars", "forged-job", "wrong-step", "stale"])
def test_unexpected_input_keeps_the_question(ctx: Context, event: Event) -> None:
    state, _ = run(ctx, [press("m:fees")], person(FAMILY))
    _, outs = run(ctx, [event], state)
    assert outs[0].state.step == "job" and outs[0].effects == ()
    assert "fe:job:cook" in data_of(outs[0])
