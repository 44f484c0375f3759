"""Linking a family as a table: invite, join by link or code, unlink. Pure."""

from __future__ import annotations

import pytest
from guidance_helpers import (
    FAMILY,
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

LINK = {"id": 3, "worker_person_id": 8, "family_person_id": 9,
        "permissions": ["checkin_summaries"], "created_at": "2026-11-28T10:00:00Z"}


def links_shown(ctx: Context, profile: dict, links: list) -> State:  # type: ignore[type-arg]
    state, outs = run(ctx, [press("m:family")], person(profile))
    assert kinds(outs[0]) == ["load_family_links"]
    return answer(ctx, state, "load_family_links", {"links": links}).state


def test_worker_invites_with_chosen_permissions(ctx: Context) -> None:
    state = links_shown(ctx, WORKER, [])
    state, outs = run(ctx, [press("fm:invite"), press("fm:perm:remittance_confirmations"),
                            press("fm:create")], state)
    assert "fm:perm:checkin_summaries" in data_of(outs[0])
    assert outs[2].effects[0].payload == {"permissions": ["checkin_summaries"]}
    out = answer(ctx, state, "create_family_invite",
                 {"code": "ABCD2345", "expires_at": "2026-11-30T10:00:00Z",
                  "permissions": ["checkin_summaries"]})
    text = text_of(out)
    assert "ABCD-2345" in text and "https://t.me/KawanPMIBot?start=fam_ABCD2345" in text
    assert "48 jam" in text and "ringkasan kabar" in text


def test_family_member_joins_through_the_deep_link_when_registered(ctx: Context) -> None:
    _, outs = run(ctx, [say("/start fam_ABCD2345")], person(FAMILY))
    assert [(e.kind, e.payload) for e in outs[0].effects] == [
        ("join_family", {"code": "ABCD2345"})]
    out = answer(ctx, outs[0].state, "join_family", {"linked": True})
    assert "terhubung" in text_of(out) and out.state.flow == ""


def test_a_newcomer_through_the_link_registers_then_joins(ctx: Context) -> None:
    _, outs = run(ctx, [say("/start fam_ABCD2345"), press("ob:lang:id"),
                        press("ob:role:family"), press("ob:consent:yes")], State())
    assert kinds(outs[-1]) == ["register_person", "join_family"]
    assert outs[-1].effects[0].payload["payload"] == "fam_ABCD2345"
    assert outs[-1].state.flow == "family"


def test_typing_the_code_joins(ctx: Context) -> None:
    _, outs = run(ctx, [say("abcd-2345")], person(FAMILY))
    assert outs[0].effects[0].payload == {"code": "abcd2345"}
    out = answer(ctx, outs[0].state, "join_family", {"linked": False})
    assert "tidak berlaku" in text_of(out)


@pytest.mark.parametrize("text", ["semangat", "12345678", "halo"])
def test_words_and_numbers_are_not_codes(ctx: Context, text: str) -> None:
    _, outs = run(ctx, [say(text)], person(FAMILY))
    assert "join_family" not in kinds(outs[0])


def test_either_side_can_unlink(ctx: Context) -> None:
    for profile in (WORKER, FAMILY):
        state = links_shown(ctx, profile, [LINK])
        assert "fm:unlink:3" in [d for d in data_of(answer(ctx, State(
            flow="family", step="loading", profile=profile), "load_family_links",
            {"links": [LINK]}))]
        _, outs = run(ctx, [press("fm:unlink:3")], state)
        assert outs[0].effects[0].payload == {"link_id": 3}


def test_family_side_cannot_invite(ctx: Context) -> None:
    state = links_shown(ctx, FAMILY, [])
    _, outs = run(ctx, [press("fm:invite")], state)
    assert outs[0].effects == ()


@pytest.mark.parametrize("event", [STICKER, press("fm:unlink:99"), press("fm:perm:everything"),
                                   say("x" * 10_000)],
                         ids=["sticker", "forged-link", "forged-permission", "10k-chars"])
def test_unexpected_input(ctx: Context, event: Event) -> None:
    state = links_shown(ctx, WORKER, [LINK])
    _, outs = run(ctx, [event], state)
    assert outs[0].effects == () and outs[0].state.step == "links"
