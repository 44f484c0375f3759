"""Onboarding and account flows as tables: state, event ➜ replies, effects. Pure."""

from __future__ import annotations

import pytest

from bot.flows.core import Context, Event, EventKind, Outcome, State
from bot.flows.router import route


def press(data: str) -> Event:
    return Event(EventKind.BUTTON, text=data)


def say(text: str) -> Event:
    return Event.from_text(text)


def run(ctx: Context, events: list[Event], state: State | None = None) -> tuple[State, list[Outcome]]:
    state = state or State()
    outcomes = []
    for event in events:
        outcome = route(state, event, ctx)
        outcomes.append(outcome)
        state = outcome.state
    return state, outcomes


def button_data(outcome: Outcome) -> list[str]:
    return [b.data for r in outcome.replies for row in r.buttons for b in row]


def test_worker_onboarding_asks_language_role_consent_country(ctx: Context) -> None:
    state, outs = run(ctx, [say("/start"), press("ob:lang:id"), press("ob:role:worker_abroad"),
                            press("ob:consent:yes"), press("ob:country:HK")])
    assert button_data(outs[0]) == ["ob:lang:id", "ob:lang:en"]
    assert "ob:role:worker_abroad" in button_data(outs[1])
    assert "Setuju" in outs[2].replies[0].text or "setuju" in outs[2].replies[0].text.lower()
    assert "ob:country:HK" in button_data(outs[3])
    effects = outs[4].effects
    assert [e.kind for e in effects] == ["register_person"]
    assert effects[0].payload["country"] == "HK"
    assert effects[0].payload["timezone"] == "Asia/Hong_Kong"
    assert effects[0].payload["role"] == "worker_abroad"
    assert effects[0].payload["consent_version"] == ctx.consent_version
    assert state.flow == "jadwal" and state.profile["role"] == "worker_abroad"
    assert "jd:offer:yes" in button_data(outs[4])  # then the weekly check-in offer


def test_english_is_used_after_choosing_it(ctx: Context) -> None:
    _, outs = run(ctx, [say("/start"), press("ob:lang:en")])
    assert "Who are you" in outs[1].replies[0].text


def test_family_member_is_not_asked_for_a_country(ctx: Context) -> None:
    _, outs = run(ctx, [say("/start"), press("ob:lang:id"), press("ob:role:family"),
                        press("ob:consent:yes")])
    assert [e.kind for e in outs[-1].effects] == ["register_person"]
    assert outs[-1].effects[0].payload["country"] is None


def test_declining_consent_stores_nothing_and_still_shows_the_menu(ctx: Context) -> None:
    state, outs = run(ctx, [say("/start"), press("ob:lang:id"), press("ob:role:preparing"),
                            press("ob:consent:no")])
    assert outs[-1].effects == ()
    assert state.profile == {"declined": True, "lang_chosen": True}
    assert "m:help" in button_data(outs[-1])
    assert "m:delete" not in button_data(outs[-1])  # nothing to delete


@pytest.mark.parametrize("event", [
    Event(EventKind.UNSUPPORTED, text="sticker"),
    Event(EventKind.MEDIA, text="photo", file_id="x"),
    Event(EventKind.MEDIA, text="voice", file_id="x"),
    say("x" * 10_000),
    say("/perintahaneh"),
    press("ob:lang:fr"),  # forged
    press("del:confirm:yes"),  # a stale button of another flow
    press("m:doesnotexist"),
], ids=["sticker", "photo", "voice", "10k-chars", "unknown-command", "forged", "stale", "bad-menu"])
def test_unexpected_input_gets_a_kind_answer_and_the_way_back(ctx: Context, event: Event) -> None:
    state, outs = run(ctx, [say("/start"), press("ob:lang:id"), event])
    out = outs[-1]
    assert out.state.flow == "onboarding" and out.state.step == "role"  # nothing lost
    assert len(out.replies) == 2
    assert out.replies[0].text  # the kind answer
    assert "ob:role:worker_abroad" in button_data(out)  # and the same question again
    assert out.effects == ()


def test_ten_thousand_characters_are_cut_before_any_flow(ctx: Context) -> None:
    assert len(say("a" * 10_000).text) <= 4000


def test_registered_person_gets_welcome_back(ctx: Context) -> None:
    state = State(profile={"person_id": 7, "role": "family"})
    _, outs = run(ctx, [say("/start")], state)
    assert outs[0].effects == ()
    assert "kembali" in outs[0].replies[0].text


def test_language_change_updates_the_person(ctx: Context) -> None:
    state = State(profile={"person_id": 7, "role": "family"})
    state, outs = run(ctx, [say("/bahasa"), press("lang:choose:en")], state)
    assert state.lang == "en"
    assert [e.kind for e in outs[-1].effects] == ["update_person"]
    assert "English" in outs[-1].replies[0].text


def test_delete_needs_confirmation(ctx: Context) -> None:
    state = State(profile={"person_id": 7, "role": "family"})
    state1, outs = run(ctx, [say("/hapus"), press("del:confirm:no")], state)
    assert all(o.effects == () for o in outs) and state1.registered
    state2, outs = run(ctx, [say("/hapus"), press("del:confirm:yes")], state)
    assert [e.kind for e in outs[-1].effects] == ["delete_person"]
    assert not state2.registered


def test_privacy_shows_what_we_hold(ctx: Context) -> None:
    state = State(profile={"person_id": 7, "role": "worker_abroad", "country": "TW",
                           "timezone": "Asia/Taipei", "consented_at": "2026-11-28T10:00:00"})
    _, outs = run(ctx, [say("/privasi")], state)
    text = "\n".join(r.text for r in outs[0].replies)
    assert "Taiwan" in text and "Asia/Taipei" in text and "2026-11-28" in text


def test_a_newcomer_saying_hello_is_welcomed_into_onboarding(ctx: Context) -> None:
    _, outs = run(ctx, [say("halo")])
    assert button_data(outs[0]) == ["ob:lang:id", "ob:lang:en"]


def test_commands_work_in_the_middle_of_a_flow(ctx: Context) -> None:
    state, outs = run(ctx, [say("/start"), press("ob:lang:id"), say("/help")])
    assert state.flow == ""
    assert "/hapus" in outs[-1].replies[0].text
