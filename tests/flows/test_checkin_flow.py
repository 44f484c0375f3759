"""Check-in and /jadwal flows as tables: state, event ➜ replies, effects. Pure."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.flows.checkin import dispatch_reply, week_of
from bot.flows.core import Context, Event, EventKind, Outcome, State
from bot.flows.router import route

MONDAY = datetime(2026, 11, 30, 12, tzinfo=UTC)
WORKER = State(profile={"person_id": 7, "role": "worker_abroad", "timezone": "Asia/Hong_Kong"})


def press(data: str, at: datetime = MONDAY) -> Event:
    return Event(EventKind.BUTTON, text=data, at=at)


def say(text: str, at: datetime = MONDAY) -> Event:
    e = Event.from_text(text)
    return Event(e.kind, e.text, e.args, at=at)


def run(ctx: Context, events: list[Event], state: State = WORKER) -> tuple[State, list[Outcome]]:
    outcomes = []
    for event in events:
        outcome = route(state, event, ctx)
        outcomes.append(outcome)
        state = outcome.state
    return state, outcomes


def data(outcome: Outcome) -> list[str]:
    return [b.data for r in outcome.replies for row in r.buttons for b in row]


def effects(outcome: Outcome) -> list[str]:
    return [e.kind for e in outcome.effects]


def test_checkin_command_asks_with_three_buttons(ctx: Context) -> None:
    _, [out] = run(ctx, [say("/checkin")])
    assert out.replies[0].text == "Apa kabar minggu ini? 🙂"
    assert data(out) == ["ci:s:0:b", "ci:s:0:k", "ci:s:0:h"]
    assert "😊 Baik" in [b.label for row in out.replies[0].buttons for b in row]


def test_baik_thanks_gives_a_tip_and_records(ctx: Context) -> None:
    state, [out] = run(ctx, [press("ci:s:41:b")])
    assert "Terima kasih" in out.replies[0].text and out.replies[1].text.startswith("💡")
    [effect] = out.effects
    assert effect.kind == "record_checkin"
    assert effect.payload == {"idempotency_key": "ci-7-41-baik", "status": "baik",
                              "checkin_id": 41, "answers": [], "best_effort": False}
    assert state.flow == ""


def test_kurang_baik_asks_three_questions_and_stores_structured_answers(ctx: Context) -> None:
    state, outs = run(ctx, [press("ci:s:41:k"), press("ci:a:0:no"), press("ci:a:1:skip"),
                            press("ci:a:2:yes")])
    assert state.flow == ""
    assert all(o.effects == () for o in outs[:3])
    assert [len(o.replies[-1].buttons[0]) for o in outs[:3]] == [3, 3, 3]  # ya / tidak / lewati
    assert outs[0].replies[-1].text.startswith("(1/3)")
    [effect] = outs[-1].effects
    assert effect.kind == "record_checkin" and effect.payload["status"] == "kurang_baik"
    answers = effect.payload["answers"]
    assert len(answers) == 2  # the skipped one is left out
    assert {"question_id", "area", "value", "risk", "protective", "watch"} <= set(answers[0])
    assert answers[0]["value"] == "no" and answers[1]["value"] == "yes"
    assert "ci:s:41:h" in data(outs[-1])  # the way to help stays one tap away


def test_butuh_bantuan_starts_sos_then_records(ctx: Context) -> None:
    state, [out] = run(ctx, [press("ci:s:41:h")])
    assert effects(out) == ["open_case", "record_checkin"]  # the case first
    assert out.effects[-1].payload["best_effort"]
    assert "+62" in out.replies[0].text  # hotlines at once, before any question
    assert state.flow == "sos"


def test_check_in_buttons_work_from_the_middle_of_another_flow(ctx: Context) -> None:
    state = WORKER.at("language", "choose")
    _, [out] = run(ctx, [press("ci:s:41:b")], state)
    assert effects(out) == ["record_checkin"]


def test_questions_rotate_by_week_and_person(ctx: Context) -> None:
    pick = ctx.checkin.pick
    week = week_of(MONDAY)
    assert pick(week, 7) == pick(week, 7)  # deterministic
    assert len(set(pick(week, 7))) == 3
    seen = {q for w in range(8) for q in pick(week + w, 7)}
    assert len(seen) >= 10  # not the same few every week
    areas = {ctx.checkin.question(q).area for q in pick(week, 7)}  # type: ignore[union-attr]
    assert len(areas) == 3  # three different areas each time
    assert pick(week, 7) != pick(week, 8)


def test_stale_or_forged_answers_are_refused_kindly(ctx: Context) -> None:
    state, outs = run(ctx, [press("ci:s:41:k"), press("ci:a:2:no"), say("capek")])
    for out in outs[1:]:
        assert out.state.step == "q" and out.effects == ()
        assert "ci:a:0:yes" in data(out)  # the same question again
    _, [out] = run(ctx, [press("ci:s:x:b")])
    assert out.effects == ()


def test_self_started_check_ins_get_a_new_key_each_time(ctx: Context) -> None:
    _, [a] = run(ctx, [press("ci:s:0:b", MONDAY)])
    _, [b] = run(ctx, [press("ci:s:0:b", MONDAY + timedelta(days=7))])
    assert a.effects[0].payload["idempotency_key"] != b.effects[0].payload["idempotency_key"]
    assert a.effects[0].payload["checkin_id"] is None


def test_only_workers_abroad_are_asked(ctx: Context) -> None:
    family = State(profile={"person_id": 9, "role": "family"})
    for event in (say("/checkin"), say("/jadwal"), press("ci:s:3:b")):
        _, [out] = run(ctx, [event], family)
        assert out.effects == () and "luar negeri" in out.replies[0].text


def test_jadwal_chooses_day_window_and_hour(ctx: Context) -> None:
    state, outs = run(ctx, [say("/jadwal"), press("jd:day:6"), press("jd:win:19-22"),
                            press("jd:hour:20")])
    assert "jd:day:0" in data(outs[0])
    assert "jd:win:19-22" in data(outs[1])
    assert data(outs[2]) == ["jd:hour:19", "jd:hour:20", "jd:hour:21"]  # inside the window
    [effect] = outs[-1].effects
    assert effect.kind == "set_checkin_schedule"
    assert effect.payload == {"day_of_week": 6, "hour": 20, "window_start": 19,
                              "window_end": 22}
    assert "Minggu" in outs[-1].replies[0].text and "20.00" in outs[-1].replies[0].text
    assert state.profile["checkin"]["active"]


def test_jadwal_pause_and_resume(ctx: Context) -> None:
    active = State(profile={**WORKER.profile, "checkin": {
        "active": True, "paused": False, "day_of_week": 0, "hour": 20, "window_start": 19,
        "window_end": 22}})
    state, outs = run(ctx, [say("/jadwal"), press("jd:m:pause")], active)
    assert "Senin" in outs[0].replies[0].text and "jd:m:pause" in data(outs[0])
    assert effects(outs[1]) == ["pause_checkins"]
    state, outs = run(ctx, [say("/jadwal"), press("jd:m:resume")], state)
    assert "jd:m:resume" in data(outs[0])
    assert effects(outs[1]) == ["resume_checkins"]


def test_an_hour_outside_the_window_is_refused(ctx: Context) -> None:
    _, outs = run(ctx, [say("/jadwal"), press("jd:day:1"), press("jd:win:19-22"),
                        press("jd:hour:23")])
    assert outs[-1].effects == () and outs[-1].state.step == "hour"


def test_onboarding_of_a_worker_ends_with_the_check_in_offer(ctx: Context) -> None:
    from bot.flows.onboarding import _finish

    state = State().at("onboarding", "country", role="worker_abroad")
    out = _finish(state, ctx, country="HK", timezone="Asia/Hong_Kong")
    assert effects(out) == ["register_person"]
    assert data(out) == ["jd:offer:yes", "jd:offer:no"]
    later = route(out.state, press("jd:offer:no"), ctx)
    assert later.effects == () and "m:help" in data(later)
    yes = route(out.state, press("jd:offer:yes"), ctx)
    assert "jd:day:0" in data(yes)


@pytest.mark.parametrize("kind, params, expected", [
    ("family_summary", {"name": "Sari", "status": "baik", "weekday": 0},
     "Sari check-in hari Senin: baik"),
    ("family_summary", {"name": "", "status": "kurang_baik", "weekday": 4},
     "Keluarga kamu check-in hari Jumat: kurang baik"),
])
def test_family_summary_says_the_status_and_nothing_more(
        ctx: Context, kind: str, params: dict[str, object], expected: str) -> None:
    assert dispatch_reply(kind, "id", params, 5, ctx).text == expected


def test_dispatched_messages_have_their_buttons(ctx: Context) -> None:
    assert [b.data for row in dispatch_reply("prompt", "en", {}, 5, ctx).buttons
            for b in row] == ["ci:s:5:b", "ci:s:5:k", "ci:s:5:h"]
    ask = dispatch_reply("family_ask", "id", {"name": "Sari"}, 5, ctx)
    assert "Sari" in ask.text
    out = route(State(profile={"person_id": 9, "role": "family"}), press("ci:fam:5:n"), ctx)
    assert out.effects[0].payload == {"checkin_id": 5, "heard": False}
