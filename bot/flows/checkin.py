"""The weekly check-in: "Apa kabar minggu ini?" ➜ Baik / Kurang baik / Butuh bantuan.

Baik ➜ thanks and a tip. Kurang baik ➜ three short questions, rotating by week and person
over the risk areas and protective factors. Butuh bantuan ➜ the SOS flow (`sos.start`).
Answers leave as
structured data (effect `record_checkin`). The question also arrives unasked, sent by the
dispatcher, so its buttons work from any state ("ci:s:<checkin id>:<b|k|h>").
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from bot.flows import sos
from bot.flows.common import main_menu, not_understood
from bot.flows.core import Button, Context, Effect, Event, EventKind, Outcome, Reply, State, buttons

NAME = "checkin"
STATUS = {"b": "baik", "k": "kurang_baik", "h": "butuh_bantuan"}
ANSWERS = ("yes", "no", "skip")
SELF = 0  # checkin id of a check-in the person started (/checkin)


def week_of(at: datetime | None) -> int:
    iso = (at or datetime(2026, 1, 1, tzinfo=UTC)).isocalendar()
    return iso.year * 100 + iso.week


def is_worker(state: State) -> bool:
    return state.registered and state.role == "worker_abroad"


def ask_reply(lang: str, ctx: Context, checkin_id: int, *, key: str = "checkin.ask") -> Reply:
    """The question itself: what /checkin shows and what the dispatcher sends."""
    s = State(lang=lang)
    return Reply(ctx.t(s, key), buttons(
        [Button(ctx.t(s, f"checkin.status_{STATUS[c]}"), f"ci:s:{checkin_id}:{c}")
         for c in ("b", "k")],
        [Button(ctx.t(s, "checkin.status_butuh_bantuan"), f"ci:s:{checkin_id}:h")]))


def dispatch_reply(kind: str, lang: str, params: dict[str, Any], checkin_id: int,
                   ctx: Context) -> Reply:
    """A message the dispatcher sends: rendered here, so every word comes from content/."""
    s = State(lang=lang)
    if kind == "prompt":
        return ask_reply(lang, ctx, checkin_id)
    if kind == "reminder":
        return ask_reply(lang, ctx, checkin_id, key="checkin.reminder")
    name = str(params.get("name") or "")
    if kind == "family_summary":
        day = ctx.t(s, f"checkin.days.{int(params.get('weekday', 0)) % 7}")
        status = ctx.t(s, f"checkin.status_words.{params.get('status', 'baik')}")
        key = "checkin.family_summary" if name else "checkin.family_summary_unnamed"
        return Reply(ctx.t(s, key, name=name, day=day, status=status))
    if kind == "family_ask":
        key = "checkin.family_ask" if name else "checkin.family_ask_unnamed"
        return Reply(ctx.t(s, key, name=name), buttons(
            [Button(ctx.t(s, "checkin.family_heard_yes"), f"ci:fam:{checkin_id}:y")],
            [Button(ctx.t(s, "checkin.family_heard_no"), f"ci:fam:{checkin_id}:n")]))
    raise ValueError(f"unknown check-in message kind {kind!r}")


def command(state: State, event: Event, ctx: Context) -> Outcome:
    """/checkin: answer at any time."""
    if not is_worker(state):
        return Outcome(state.idle(), (Reply(ctx.t(state, "checkin.only_workers")),
                                      main_menu(state, ctx)))
    return Outcome(state.idle(), (ask_reply(state.lang, ctx, SELF),))


def _record(state: State, event: Event, checkin_id: int, status: str,
            answers: list[dict[str, Any]], *, best_effort: bool = False) -> Effect:
    person = state.profile.get("person_id", 0)
    if checkin_id == SELF:  # one key per delivered update: a retry is the same answer
        stamp = event.event_id or str(int((event.at or datetime(2026, 1, 1, tzinfo=UTC))
                                          .timestamp()))
        key = f"ci-{person}-self-{stamp}-{status}"
    else:
        key = f"ci-{person}-{checkin_id}-{status}"
    return Effect("record_checkin", {"idempotency_key": key, "status": status,
                                     "checkin_id": checkin_id or None, "answers": answers,
                                     "best_effort": best_effort})


def from_button(state: State, event: Event, ctx: Context) -> Outcome:
    """A status button of a check-in question, pressed from any state."""
    parts = event.text.split(":")
    if len(parts) != 4 or not parts[2].isdigit() or parts[3] not in STATUS:
        return not_understood(state, event, ctx, None)
    if not is_worker(state):
        return command(state, event, ctx)
    checkin_id, status = int(parts[2]), STATUS[parts[3]]
    if status == "baik":
        person = int(state.profile.get("person_id", 0))
        tip = ctx.checkin.tip(state.lang, week_of(event.at), person)
        replies = [Reply(ctx.t(state, "checkin.thanks_baik"))]
        if tip:
            replies.append(Reply(ctx.t(state, "checkin.tip", tip=tip)))
        return Outcome(state.idle(), tuple(replies),
                       (_record(state, event, checkin_id, status, []),))
    if status == "butuh_bantuan":  # the SOS flow: hotlines at once, a case, a volunteer
        sos_out = sos.start(state.idle(), event, ctx, source="checkin")
        record = _record(state, event, checkin_id, status, [], best_effort=True)
        return replace(sos_out, effects=(*sos_out.effects, record))  # the case first
    person = int(state.profile.get("person_id", 0))
    questions = ctx.checkin.pick(week_of(event.at), person)
    new = state.at(NAME, "q", checkin_id=checkin_id, questions=questions, answers=[])
    return Outcome(new, (Reply(ctx.t(state, "checkin.kurang_baik_intro")), prompt(new, ctx)))


def prompt(state: State, ctx: Context) -> Reply:
    questions: list[str] = state.data.get("questions", [])
    n = len(state.data.get("answers", []))
    question = ctx.checkin.question(questions[n]) if n < len(questions) else None
    if question is None:
        return main_menu(state, ctx)
    text = question.text.get(state.lang) or question.text["id"]
    return Reply(ctx.t(state, "checkin.question", n=n + 1, total=len(questions), question=text),
                 buttons([Button(ctx.t(state, f"checkin.answer_{a}"), f"ci:a:{n}:{a}")
                          for a in ANSWERS]))


def handle(state: State, event: Event, ctx: Context) -> Outcome:
    questions: list[str] = state.data.get("questions", [])
    answers: list[dict[str, Any]] = list(state.data.get("answers", []))
    n = len(answers)
    expected = f"ci:a:{n}:"
    if (event.kind is not EventKind.BUTTON or not event.text.startswith(expected)
            or event.text[len(expected):] not in ANSWERS or n >= len(questions)):
        return not_understood(state, event, ctx, prompt(state, ctx))
    value = event.text[len(expected):]
    question = ctx.checkin.question(questions[n])
    if question is not None and value != "skip":
        answers.append(question.judge(value))
    else:
        answers.append({"question_id": questions[n], "skipped": True})
    new = state.with_data(answers=answers)
    if len(answers) < len(questions):
        return Outcome(new, (prompt(new, ctx),))
    checkin_id = int(state.data.get("checkin_id", SELF))
    given = [a for a in answers if not a.get("skipped")]
    done = Reply(ctx.t(state, "checkin.kurang_baik_done"), buttons(
        [Button(ctx.t(state, "checkin.help_button"), f"ci:s:{checkin_id}:h")]))
    return Outcome(state.idle(), (done,),
                   (_record(state, event, checkin_id, "kurang_baik", given),))


def family_reply(state: State, event: Event, ctx: Context) -> Outcome:
    """A family member answers "have you heard from them?"."""
    parts = event.text.split(":")
    if len(parts) != 4 or not parts[2].isdigit() or parts[3] not in ("y", "n"):
        return not_understood(state, event, ctx, None)
    return Outcome(state.idle(), (Reply(ctx.t(state, "checkin.family_thanks")),),
                   (Effect("family_heard", {"checkin_id": int(parts[2]),
                                            "heard": parts[3] == "y"}),))
