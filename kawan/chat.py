"""`kawan chat`: the same flows in a terminal. Buttons become numbered choices.

Type a number to press a button, or text as you would in Telegram. A few extras let you try
what a phone would send: `:sticker`, `:photo`, `:voice`, `:location LAT LON`, `:quit`.
"""

from __future__ import annotations

import asyncio
import sys
import uuid
from dataclasses import replace
from typing import TextIO

from api.main import create_app, stop
from api.main import start as start_api
from bot.effects import ChatRef
from bot.flows.core import Button, Event, EventKind, Reply
from kawan.settings import Settings
from kawan.wiring import build_bot_parts


def render(reply: Reply, out: TextIO) -> list[Button]:
    out.write("KAWAN: " + reply.text.replace("\n", "\n       ") + "\n")
    pressed: list[Button] = []
    for row in reply.buttons:
        for button in row:
            pressed.append(button)
            out.write(f"  [{len(pressed)}] {button.label}\n")
    return pressed


def parse(line: str, choices: list[Button]) -> Event | None:
    line = line.rstrip("\n")
    stripped = line.strip()
    if stripped.isdigit() and choices:
        n = int(stripped)
        if 1 <= n <= len(choices):
            b = choices[n - 1]
            if b.kind == "location":
                return None  # a location button: the person must send `:location LAT LON`
            return Event(EventKind.BUTTON, text=b.data)
    if stripped in (":sticker", ":photo", ":voice"):
        kind = stripped[1:]
        return Event(EventKind.UNSUPPORTED if kind == "sticker" else EventKind.MEDIA, text=kind,
                     file_id=f"console-{kind}")
    if stripped.startswith(":location"):
        parts = stripped.split()
        try:
            return Event(EventKind.LOCATION, latitude=float(parts[1]), longitude=float(parts[2]))
        except (IndexError, ValueError):
            return None
    return Event.from_text(line)


async def chat(settings: Settings, *, who: str, inp: TextIO, out: TextIO) -> None:
    app = create_app(settings)
    await start_api(app)
    parts = build_bot_parts(settings, api_app=app)
    ref = ChatRef("console", who, who)
    scripted = not inp.isatty()
    out.write("KAWAN chat — ketik pesan, atau nomor untuk memilih tombol. :quit untuk keluar.\n")
    choices: list[Button] = []
    try:
        while True:
            if not scripted:
                out.write("> ")
                out.flush()
            line = await asyncio.to_thread(inp.readline)
            if not line or line.strip() == ":quit":
                break
            if scripted:
                out.write(f"> {line.rstrip()}\n")
            if not line.strip():
                continue
            event = parse(line, choices)
            if event is not None:  # each line is one delivered update: its own idempotency key
                event = replace(event, event_id=f"console-{uuid.uuid4().hex[:12]}")
            if event is None:
                out.write("KAWAN: (pilih nomor yang ada, atau :location LAT LON)\n")
                continue
            replies = await parts.engine.handle(ref, event)
            shown: list[Button] = []
            for reply in replies:
                shown += render(reply, out)
            choices = shown or choices
            out.flush()
    finally:
        await parts.aclose()
        await stop(app)


def run_chat(settings: Settings, who: str) -> None:
    asyncio.run(chat(settings, who=who, inp=sys.stdin, out=sys.stdout))
