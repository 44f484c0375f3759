"""Red-flag quiz as a table. Pure."""

from __future__ import annotations

import pytest
from guidance_helpers import HUGE, PHOTO, STICKER, data_of, kinds, press, run, say, text_of

from bot.flows.core import Context, Event, State


def questions(ctx: Context, lang: str = "id") -> list:  # type: ignore[type-arg]
    return list(ctx.facts.content(lang).quiz)[:8]  # type: ignore[union-attr]


def test_quiz_has_six_to_eight_questions(ctx: Context) -> None:
    assert 6 <= len(questions(ctx)) <= 8


def test_all_right_gives_full_score_and_records_each_answer(ctx: Context) -> None:
    state, outs = run(ctx, [press("m:quiz")], State())
    qs = questions(ctx)
    for q in qs:
        right = next(o for o in q.options if o.correct)
        state, outs = run(ctx, [press(f"qz:{q.id}:{right.id}")], state)
        out = outs[0]
        assert "✅" in out.replies[0].text and q.explanation in out.replies[0].text
        assert out.effects[0].kind == "record_quiz_answer"
        assert out.effects[0].payload == {"question_id": q.id, "option_id": right.id,
                                          "correct": True, "language": "id"}
        assert "person_id" not in str(out.effects[0].payload)
    assert f"{len(qs)}/{len(qs)}" in text_of(out) and state.flow == ""
    assert kinds(out) == ["record_quiz_answer", "record_use"]


def test_a_wrong_answer_is_explained_with_the_right_one(ctx: Context) -> None:
    q = questions(ctx)[0]
    wrong = next(o for o in q.options if not o.correct)
    right = next(o for o in q.options if o.correct)
    state, outs = run(ctx, [press("m:quiz"), press(f"qz:{q.id}:{wrong.id}")], State())
    assert "❌" in outs[1].replies[0].text and right.text in outs[1].replies[0].text
    assert outs[1].effects[0].payload["correct"] is False
    assert state.data["n"] == 1 and state.data["score"] == 0


@pytest.mark.parametrize("event", [
    STICKER, PHOTO, HUGE, say("b"), press("qz:calo_promise:z"), press("qz:uang_fit:c"),
], ids=["sticker", "photo", "10k-chars", "typed-letter", "forged-option", "stale-question"])
def test_unexpected_input_repeats_the_question(ctx: Context, event: Event) -> None:
    state, _ = run(ctx, [press("m:quiz")], State())
    _, outs = run(ctx, [event], state)
    assert outs[0].effects == () and outs[0].state.data["n"] == 0
    assert any(d.startswith("qz:calo_promise:") for d in data_of(outs[0]))


def test_answering_an_old_question_again_does_not_count_twice(ctx: Context) -> None:
    q = questions(ctx)[0]
    right = next(o for o in q.options if o.correct)
    state, outs = run(ctx, [press("m:quiz"), press(f"qz:{q.id}:{right.id}"),
                            press(f"qz:{q.id}:{right.id}")], State())
    assert outs[2].effects == () and state.data["score"] == 1


def test_discreet_mode_shows_a_neutral_quiz(ctx: Context) -> None:
    state = State(profile={"person_id": 1, "role": "worker_abroad", "discreet": True})
    _, outs = run(ctx, [say("/menu"), press("m:quiz")], state)
    labels = [b.label for r in outs[0].replies for row in r.buttons for b in row]
    assert "📝 Kuis" in labels and not any("bahaya" in label for label in labels)
    assert "bahaya" not in outs[1].replies[0].text
