"""Red-flag quiz: 6 to 8 questions from content/<lang>/quiz.yaml, an explanation after each
answer, a score at the end. Each answer is recorded anonymously (question, option, right or
wrong) so volunteers see which red flags people miss."""

from __future__ import annotations

from bot.flows.common import main_menu, menu_button, not_understood
from bot.flows.core import Button, Context, Effect, Event, Outcome, Reply, State, buttons
from bot.flows.kit import pressed
from kawan.content.facts import QuizQuestion

NAME = "quiz"
P = "qz:"
MAX_QUESTIONS = 8


def _questions(state: State, ctx: Context) -> list[QuizQuestion]:
    return list(ctx.facts.content(state.lang).quiz)[:MAX_QUESTIONS] if ctx.facts else []


def start(state: State, event: Event, ctx: Context) -> Outcome:
    new = state.at(NAME, "q", n=0, score=0)
    return Outcome(new, (Reply(ctx.t(new, "quiz.intro",
                                     total=len(_questions(new, ctx)))), prompt(new, ctx)))


def prompt(state: State, ctx: Context) -> Reply:
    questions = _questions(state, ctx)
    n = int(state.data.get("n", 0))
    if n >= len(questions):
        return main_menu(state, ctx)
    q = questions[n]
    rows = [[Button(o.text if len(o.text) <= 60 else o.text[:59] + "…", f"{P}{q.id}:{o.id}")]
            for o in q.options]
    rows.append([menu_button(state, ctx)])
    options = "\n".join(f"{o.id.upper()}. {o.text}" for o in q.options)
    text = ctx.t(state, "quiz.question", n=n + 1, total=len(questions), question=q.question,
                 options=options)
    return Reply(text, buttons(*rows))


def handle(state: State, event: Event, ctx: Context) -> Outcome:
    questions = _questions(state, ctx)
    n = int(state.data.get("n", 0))
    value = pressed(event, P) or ""
    if n < len(questions):
        q = questions[n]
        qid, _, oid = value.partition(":")
        option = next((o for o in q.options if o.id == oid), None) if qid == q.id else None
        if option is not None:
            return _answered(state, ctx, q, option.id, option.correct, n, questions)
    return not_understood(state, event, ctx, prompt(state, ctx))


def _answered(state: State, ctx: Context, q: QuizQuestion, option_id: str, correct: bool,
              n: int, questions: list[QuizQuestion]) -> Outcome:
    score = int(state.data.get("score", 0)) + (1 if correct else 0)
    right = next(o for o in q.options if o.correct)
    verdict = ctx.t(state, "quiz.right") if correct else ctx.t(
        state, "quiz.wrong", answer=right.text)
    explanation = Reply(f"{verdict}\n\n{q.explanation}\n\n"
                        + ctx.t(state, "quiz.source", source=q.source))
    effects = (Effect("record_quiz_answer", {"question_id": q.id, "option_id": option_id,
                                             "correct": correct, "language": state.lang}),)
    if n + 1 < len(questions):
        new = state.at(NAME, "q", n=n + 1, score=score)
        return Outcome(new, (explanation, prompt(new, ctx)), effects)
    done = state.idle()
    final = Reply(ctx.t(state, "quiz.score", score=score, total=len(questions)))
    return Outcome(done, (explanation, final, main_menu(done, ctx)),
                   effects + (Effect("record_use", {"kind": "quiz", "entry_id": "completed"}),))
