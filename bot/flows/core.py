"""The small vocabulary every flow speaks: events in; state, replies and effects out."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Any, Protocol

from bot.flows.checkin_content import CheckinContent

MAX_TEXT = 4000  # longer input is cut before any flow sees it (Telegram's own limit is 4096)


class EventKind(StrEnum):
    TEXT = "text"
    COMMAND = "command"  # text = command name without "/", args = the rest
    BUTTON = "button"  # text = callback data
    LOCATION = "location"
    CONTACT = "contact"
    MEDIA = "media"  # text = photo | voice | video | document | audio
    UNSUPPORTED = "unsupported"  # sticker, poll, game, …: text = its kind
    RESULT = "result"  # the API answered an effect: text = effect kind, answer in data["result"]


@dataclass(frozen=True)
class Event:
    kind: EventKind
    text: str = ""
    args: str = ""
    latitude: float | None = None
    longitude: float | None = None
    file_id: str | None = None
    language_hint: str | None = None  # the client's language (Telegram's language_code)
    at: datetime | None = None  # when it happened (UTC); the engine fills it in
    event_id: str = ""  # unique per delivered update (Telegram: update id): idempotency keys

    @staticmethod
    def from_text(text: str, *, event_id: str = "", language_hint: str | None = None) -> Event:
        """Plain text or a /command, as a person typed it."""
        text = text[:MAX_TEXT]
        if text.startswith("/") and len(text) > 1 and not text[1].isspace():
            head, _, args = text[1:].partition(" ")
            name = head.split("@", 1)[0].lower()
            return Event(EventKind.COMMAND, text=name, args=args.strip(), event_id=event_id,
                         language_hint=language_hint)
        return Event(EventKind.TEXT, text=text, event_id=event_id, language_hint=language_hint)


@dataclass(frozen=True)
class Button:
    label: str
    data: str  # at most 64 bytes (Telegram's callback_data limit)
    kind: str = "callback"  # callback | location | contact (a request button)


@dataclass(frozen=True)
class Reply:
    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()
    remove_keyboard: bool = False  # take away a reply keyboard (location/contact request)


@dataclass(frozen=True)
class Effect:
    """Something the handler layer must do through the backend. Flows only ask for it."""

    kind: str
    payload: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class State:
    """What the bot remembers about one chat. JSON-serialisable."""

    flow: str = ""  # "" = idle, at the main menu
    step: str = ""
    lang: str = "id"
    data: dict[str, Any] = field(default_factory=dict)  # the current flow's scratch
    profile: dict[str, Any] = field(default_factory=dict)  # mirror of the person in the API

    def to_json(self) -> dict[str, Any]:
        return {
            "flow": self.flow,
            "step": self.step,
            "lang": self.lang,
            "data": self.data,
            "profile": self.profile,
        }

    @staticmethod
    def from_json(raw: dict[str, Any] | None) -> State:
        raw = raw or {}
        return State(
            flow=str(raw.get("flow", "")),
            step=str(raw.get("step", "")),
            lang=str(raw.get("lang", "id")),
            data=dict(raw.get("data") or {}),
            profile=dict(raw.get("profile") or {}),
        )

    def at(self, flow: str, step: str = "", **data: Any) -> State:
        return replace(self, flow=flow, step=step, data=dict(data))

    def with_data(self, **data: Any) -> State:
        return replace(self, data={**self.data, **data})

    def idle(self) -> State:
        return replace(self, flow="", step="", data={})

    @property
    def registered(self) -> bool:
        return bool(self.profile.get("person_id"))

    @property
    def role(self) -> str | None:
        return self.profile.get("role")


@dataclass(frozen=True)
class Outcome:
    state: State
    replies: tuple[Reply, ...] = ()
    effects: tuple[Effect, ...] = ()


class Texts(Protocol):
    def text(self, lang: str, key: str, /, **values: object) -> str: ...


class FaqSearch(Protocol):
    """Finds FAQ entries for a question: entry ids, best first (built from content/)."""

    def search(self, lang: str, question: str, limit: int = 3) -> list[str]: ...


@dataclass(frozen=True)
class HotlineInfo:
    labels: dict[str, str]  # by language
    number: str
    kind: str  # embassy | consulate | labour | police | ambulance | emergency | ministry
    hours: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class CountryInfo:
    code: str
    names: dict[str, str]  # by language
    timezones: tuple[str, ...]
    hotlines: tuple[HotlineInfo, ...] = ()


@dataclass(frozen=True)
class Context:
    """Everything a flow may read besides its state: words and facts, already loaded."""

    texts: Texts
    countries: tuple[CountryInfo, ...] = ()
    global_hotlines: tuple[HotlineInfo, ...] = ()
    consent_version: str = "1"
    checkin: CheckinContent = field(default_factory=CheckinContent)
    secret: str = ""  # keys the safe-word hash; never shown
    facts: Any = None  # the loaded content facts (guides, checklist, FAQ, quiz)
    faq: FaqSearch | None = None
    bot_username: str = "KawanPMIBot"  # for t.me deep links

    def t(self, state: State, key: str, /, **values: object) -> str:
        """A message in the person's language; in discreet mode its neutral variant, if any."""
        if state.profile.get("discreet"):
            try:
                return self.texts.text(state.lang, "neutral." + key, **values)
            except KeyError:
                pass
        return self.texts.text(state.lang, key, **values)

    def country(self, code: str | None) -> CountryInfo | None:
        return next((c for c in self.countries if c.code == code), None)


def buttons(*rows: list[Button] | tuple[Button, ...]) -> tuple[tuple[Button, ...], ...]:
    return tuple(tuple(row) for row in rows)
