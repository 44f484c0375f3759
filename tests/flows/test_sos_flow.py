"""SOS, distress preemption, safe word, discreet mode, family report: pure tables."""

from __future__ import annotations

import pytest
from guidance_helpers import press as shared_press
from guidance_helpers import run
from guidance_helpers import say as shared_say

from bot.flows.core import Context, Event, EventKind, Outcome, State
from bot.flows.protect import safe_word_hash

WORKER = State(profile={"person_id": 3, "role": "worker_abroad", "country": "HK",
                        "timezone": "Asia/Hong_Kong"})


def press(data: str, eid: str = "e1") -> Event:
    return shared_press(data, eid)


def say(text: str, eid: str = "e1") -> Event:
    return shared_say(text, eid)


def effects(out: Outcome) -> list[str]:
    return [e.kind for e in out.effects]


def test_sos_button_shows_hotlines_first_and_opens_a_critical_case(ctx: Context) -> None:
    state, (out,) = run(ctx, [press("m:sos", "u1")], WORKER)
    first = out.replies[0].text
    assert "+852 6773 0466" in first  # KJRI Hong Kong, from content
    assert "999" in first
    assert "0800-1000" in first  # KP2MI, Indonesia
    assert effects(out) == ["open_case"]
    payload = out.effects[0].payload
    assert payload["severity"] == "critical" and payload["kind"] == "sos"
    assert payload["legal_basis"] == "consent"
    assert payload["case_key"] == "case-u1"
    assert state.flow == "sos" and state.profile["open_case"] == "case-u1"


def test_second_sos_appends_instead_of_opening_another_case(ctx: Context) -> None:
    state, outs = run(ctx, [press("m:sos", "u1"), say("/sos", "u2")], WORKER)
    assert effects(outs[1]) == []
    assert "masih terbuka" in outs[1].replies[1].text


def test_details_are_appended_step_by_step(ctx: Context) -> None:
    state, outs = run(ctx, [press("m:sos", "u1"), press("sos:what:passport_held", "u2"),
                            press("sos:safe:no", "u3")], WORKER)
    assert outs[1].effects[0].payload["data"] == {"category": "passport_held"}
    assert outs[2].effects[0].payload["data"] == {"safe": False}
    assert state.step == "location"
    assert any(b.kind == "location" for row in outs[2].replies[-1].buttons for b in row)


@pytest.mark.parametrize("event,kind", [
    (Event(EventKind.MEDIA, text="photo", file_id="F1", event_id="m"), "case_detail"),
    (Event(EventKind.MEDIA, text="voice", file_id="V1", event_id="m"), "case_detail"),
    (Event(EventKind.LOCATION, latitude=22.3, longitude=114.2, event_id="m"), "case_detail"),
    (Event(EventKind.TEXT, text="majikan ambil hp saya", event_id="m"), "case_message"),
    (Event(EventKind.TEXT, text="x" * 4000, event_id="m"), "case_message"),
])
def test_anything_sent_during_sos_is_kept(ctx: Context, event: Event, kind: str) -> None:
    state, outs = run(ctx, [press("m:sos", "u1"), event], WORKER)
    assert effects(outs[1]) == [kind]
    assert state.flow == "sos" and state.step == "what"  # and the question is asked again


def test_sticker_during_sos_gets_kind_answer_and_same_question(ctx: Context) -> None:
    state, outs = run(ctx, [press("m:sos"), Event(EventKind.UNSUPPORTED, text="sticker")], WORKER)
    assert effects(outs[1]) == [] and state.step == "what"
    assert len(outs[1].replies) == 2


def test_urgent_text_as_the_very_first_message_opens_a_case(ctx: Context) -> None:
    state, (out,) = run(ctx, [say("tolong saya dipukul majikan, paspor ditahan", "u9")], State())
    assert effects(out) == ["open_case"]
    p = out.effects[0].payload
    assert p["kind"] == "distress" and p["severity"] == "critical"
    assert p["legal_basis"] == "vital_interest"
    assert "violence" in p["categories"]
    assert p["summary"].startswith("tolong saya")
    texts = " ".join(r.text for r in out.replies)
    assert "belum mendaftar" in texts  # the bot says why it keeps the report


def test_urgent_text_preempts_any_flow(ctx: Context) -> None:
    state, outs = run(ctx, [say("/start"), say("saya dikurung majikan tidak dikasih makan")],
                      State())
    assert effects(outs[1]) == ["open_case"]
    assert outs[1].state.flow == "sos"


@pytest.mark.parametrize("text", ["tolong kirim info", "mati gaya", "majikan saya baik"])
def test_everyday_phrases_do_not_raise_alarms(ctx: Context, text: str) -> None:
    _, (out,) = run(ctx, [say(text)], WORKER)
    assert "open_case" not in effects(out)


def test_concern_offers_a_volunteer(ctx: Context) -> None:
    state, outs = run(ctx, [say("gaji saya belum dibayar 3 bulan"), press("offer:ask:yes", "u5")],
                      WORKER)
    assert effects(outs[0]) == [] and state.flow == "sos"
    assert "relawan" in outs[0].replies[0].text
    p = outs[1].effects[0].payload
    assert p["severity"] == "high" and "gaji" in p["summary"]


def test_concern_declined_stores_nothing(ctx: Context) -> None:
    state, outs = run(ctx, [say("gaji saya belum dibayar 3 bulan"), press("offer:ask:no")],
                      WORKER)
    assert all(effects(o) == [] for o in outs) and state.flow == ""


def test_safe_word_opens_a_case_silently(ctx: Context) -> None:
    state = State(profile={**WORKER.profile,
                           "safe_word_hash": safe_word_hash("beli gula merah", ctx.secret)})
    new, (out,) = run(ctx, [say("Beli  Gula merah", "s1")], state)
    assert effects(out) == ["open_case"] and out.effects[0].payload["kind"] == "safe_word"
    assert [r.text for r in out.replies] == [ctx.t(state, "sos.safe_word_reply")]
    assert new.flow == ""  # nothing on screen changes


def test_discreet_mode_neutral_wording(ctx: Context) -> None:
    state = State(profile={**WORKER.profile, "discreet": True})
    _, (out,) = run(ctx, [press("m:sos")], state)
    texts = " ".join(r.text for r in out.replies)
    assert "Nomor penting" in texts and "Darurat" not in texts and "🆘" not in texts


def test_discreet_settings_set_autodelete_and_safe_word(ctx: Context) -> None:
    state, outs = run(ctx, [say("/samaran"), press("dis:menu:toggle"), press("dis:menu:autodelete"),
                            press("dis:autodelete:15"), press("dis:menu:word"),
                            say("beli gula merah")], WORKER)
    assert state.profile["discreet"] is True
    assert state.profile["autodelete_minutes"] == 15
    assert state.profile["safe_word_hash"] == safe_word_hash("beli gula merah", ctx.secret)
    assert all(effects(o) == [] for o in outs)  # nothing leaves the bot


def test_family_report_opens_a_case_with_details(ctx: Context) -> None:
    family = State(profile={"person_id": 9, "role": "family"})
    state, outs = run(ctx, [press("m:family_report"), say("Siti Aminah"), press("fr:country:SA"),
                            press("fr:last_contact:longer"), say("tidak ada kabar, hp mati", "f9")],
                      family)
    assert effects(outs[-1]) == ["open_case", "case_detail"]
    case, info = outs[-1].effects
    assert case.payload["kind"] == "family_report" and case.payload["country"] == "SA"
    assert info.payload["data"]["worker_name"] == "Siti Aminah"
    assert state.profile["family_reports"] == ["case-f9"]


def test_followup_ok_closes_the_loop(ctx: Context) -> None:
    state = State(profile={**WORKER.profile, "open_case": "case-u1"})
    new, (out,) = run(ctx, [press("fu:ok:12")], state)
    assert "open_case" not in new.profile and effects(out) == ["follow_up"]
    assert out.effects[0].payload == {"case_id": 12, "answer": "ok", "event_id": "e1"}


def test_followup_help_reopens_the_same_case(ctx: Context) -> None:
    state = State(profile={**WORKER.profile})
    new, (out, then) = run(ctx, [press("fu:help:12", "u7"), say("masih dipukul", "u8")], state)
    assert effects(out) == ["follow_up"] and out.effects[0].payload["answer"] == "help"
    assert effects(then) == ["case_message"]  # no second case: the words go to case 12
    assert "+852" in out.replies[0].text  # hotlines again, first
    assert new.profile["open_case"] == "api-12" and new.flow == "sos"


def test_forged_followup_is_refused_kindly(ctx: Context) -> None:
    _, (out,) = run(ctx, [press("fu:ok:DROP")], WORKER)
    assert effects(out) == [] and "tidak berlaku" in out.replies[0].text


def test_idle_text_with_open_case_goes_to_the_volunteer(ctx: Context) -> None:
    state = State(profile={**WORKER.profile, "open_case": "case-u1"})
    _, (out,) = run(ctx, [say("terima kasih kak")], state)
    assert effects(out) == ["case_message"]
