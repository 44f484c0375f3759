"""Anonymous guidance statistics: quiz answers, usage, unanswered questions (encrypted)."""

from __future__ import annotations

import httpx
from sqlalchemy import text

from tests.api.support import Member


async def test_quiz_answers_are_anonymous_and_counted(client: httpx.AsyncClient,
                                                      app: object, volunteer: Member) -> None:
    answers = [("uang_fit", "c", True), ("uang_fit", "a", False), ("uang_fit", "a", False),
               ("calo_promise", "b", True)]
    for question, option, correct in answers:
        r = await client.post("/guidance/quiz-answers", json={
            "question_id": question, "option_id": option, "correct": correct})
        assert r.status_code == 204
    stats = (await client.get("/guidance/quiz-stats", headers=volunteer.headers)).json()
    assert stats[0] == {"question_id": "uang_fit", "answers": 3, "correct": 1,
                        "missed_rate": 0.667, "wrong_options": {"a": 2}}
    async with app.state.engine.connect() as conn:  # type: ignore[attr-defined]
        columns = (await conn.execute(text("SELECT * FROM guidance_quiz_answer"))).keys()
    assert set(columns) == {"id", "question_id", "option_id", "correct", "language",
                            "answered_on"}  # no person, no time of day


async def test_usage_and_unanswered_questions(client: httpx.AsyncClient, app: object,
                                              volunteer: Member) -> None:
    for kind, entry in [("faq", "bpjs_death_claim")] * 3 + [("guide", "HK"), ("checklist",
                                                                                "documents")]:
        assert (await client.post("/guidance/usage", json={"kind": kind, "entry_id": entry})
                ).status_code == 204
    first = (await client.post("/guidance/unanswered", json={"language": "id"})).json()["id"]
    await client.post("/guidance/unanswered", json={"language": "en"})
    r = await client.put(f"/guidance/unanswered/{first}/text",
                         json={"text": "boleh bawa rice cooker?"})
    assert r.status_code == 204
    report = (await client.get("/guidance/usage", headers=volunteer.headers)).json()
    assert report["most_used"][0] == {"kind": "faq", "entry_id": "bpjs_death_claim", "count": 3}
    assert report["unanswered_count"] == 2
    assert [q["text"] for q in report["unanswered"]] == ["boleh bawa rice cooker?"]
    async with app.state.engine.connect() as conn:  # type: ignore[attr-defined]
        stored = [r[0] for r in (await conn.execute(text(
            "SELECT text FROM guidance_unanswered ORDER BY id"))).all()]
    assert stored[1] is None and "rice" not in stored[0]  # encrypted at rest


async def test_reads_are_for_volunteers_and_writes_are_validated(
        client: httpx.AsyncClient) -> None:
    bad = {"Authorization": "Bearer nope"}
    assert (await client.get("/guidance/usage", headers=bad)).status_code == 401
    assert (await client.get("/guidance/quiz-stats", headers=bad)).status_code == 401
    # The service token is the bot's, not a volunteer's: it cannot read the statistics.
    assert (await client.get("/guidance/usage")).status_code == 401
    assert (await client.post("/guidance/usage", json={"kind": "x", "entry_id": "a"})
            ).status_code == 422
    assert (await client.post("/guidance/quiz-answers", json={
        "question_id": "DROP TABLE", "option_id": "a", "correct": True})).status_code == 422
    assert (await client.put("/guidance/unanswered/999/text", json={"text": "x"})
            ).status_code == 404
