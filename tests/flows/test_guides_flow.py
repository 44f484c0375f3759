"""Destination guides as a table. Pure."""

from __future__ import annotations

import pytest
from guidance_helpers import PHOTO, STICKER, WORKER, data_of, kinds, person, press, run, text_of

from bot.flows.core import Context, Event, State

CODES = ("MY", "HK", "TW", "SG", "SA", "KR", "JP", "AE")


def test_all_eight_countries_are_offered(ctx: Context) -> None:
    _, outs = run(ctx, [press("m:guides")], State())
    assert {f"gd:country:{c}" for c in CODES} <= set(data_of(outs[0]))


@pytest.mark.parametrize("code", CODES)
def test_each_section_shows_facts_with_sources(ctx: Context, code: str) -> None:
    state, outs = run(ctx, [press("m:guides"), press(f"gd:country:{code}")], person(WORKER))
    assert kinds(outs[1]) == ["record_use"]
    sections = [d for d in data_of(outs[1]) if d.startswith("gd:section:")]
    assert sections
    for section in sections:
        _, outs2 = run(ctx, [press(section)], state)
        text = text_of(outs2[0])
        assert "(" in text and len(outs2[0].replies) == 2
    _, outs3 = run(ctx, [press("gd:section:hotlines")], state)
    assert "📞" in text_of(outs3[0])


@pytest.mark.parametrize("event", [STICKER, PHOTO, press("gd:section:nope"),
                                   press("gd:country:XX"), press("qz:x:y")],
                         ids=["sticker", "photo", "forged-section", "forged-country", "stale"])
def test_unexpected_input(ctx: Context, event: Event) -> None:
    state, _ = run(ctx, [press("m:guides"), press("gd:country:HK")], State())
    _, outs = run(ctx, [event], state)
    assert outs[0].state.step == "section" and outs[0].effects == ()
