"""A fake Telegram Bot API server for tests and benchmarks.

No machine in this project's CI can reach api.telegram.org, so tests run the real
python-telegram-bot ``Application`` against this server on loopback. It speaks the Bot API
wire format (``POST /bot<token>/<method>``, ``{"ok": ..., "result"/"description": ...}``),
keeps the state a bot can observe (messages, webhook, commands, pending updates) and gives
tests a control API: push updates, inspect what the bot sent, inject faults and rate limits.

    @pytest.fixture
    async def api() -> AsyncIterator[FakeBotAPI]:
        async with FakeBotAPI(token="123:ABC") as fake:
            yield fake
        assert fake.internal_errors == []

    async def test_start(api: FakeBotAPI) -> None:
        app = ApplicationBuilder().token(api.token).base_url(api.base_url).build()
        ...  # add handlers, initialize, start, app.updater.start_polling()
        api.push_command(111, "/start")
        reply = await api.wait_for_message(111, contains="Selamat")
        api.push_button(111, "Bahasa Indonesia")

Everything runs in the caller's event loop (uvicorn is started as a task), so tests need no
threads and the fake's state can be read synchronously at any time.

Fidelity notes (what Telegram does that this server copies, because bots get these wrong):
* Form values arrive as strings; PTB JSON-encodes every non-string value (``chat_id=123`` is
  the string ``"123"``, ``reply_markup`` is a JSON document) but sends strings raw. A text of
  ``"123"`` is therefore indistinguishable from the number 123, so values are decoded by
  parameter *name*, never by guessing.
* ``parse_mode`` HTML / MarkdownV2 / Markdown is parsed into plain text + entities, and
  malformed markup is rejected with Telegram's "can't parse entities" errors.
* Text is trimmed, limited to 4096 UTF-16 code units; entity offsets are in UTF-16 units.
* Only inline keyboards are echoed back in ``Message.reply_markup``; editing a message
  without ``reply_markup`` removes its inline keyboard; an edit that changes nothing fails
  with "message is not modified".
* ``getUpdates`` answers 409 while a webhook is set, and a newer ``getUpdates`` terminates
  an older long poll with 409.
* Without ``allowed_updates``, chat_member / message_reaction(_count) updates are not
  delivered.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import importlib.util
import inspect
import itertools
import json
import math
import re
import socket
import sys
import time
import zlib
from collections import Counter, deque
from collections.abc import AsyncIterator, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

# httpcore runs `import sniffio` on every request; when sniffio is not installed that failed
# import rescans sys.path each time (~0.2 ms, a third of a loopback round trip). Caching the
# miss keeps the exact same behaviour (ImportError -> "asyncio") at no cost.
if importlib.util.find_spec("sniffio") is None:
    sys.modules.setdefault("sniffio", None)  # type: ignore[arg-type]

__all__ = [
    "ApiError",
    "BotCall",
    "FakeBotAPI",
    "InLoopServer",
    "Stats",
    "UploadedFile",
    "free_port",
    "message_ids",
    "serve_asgi",
]

JSONDict = dict[str, Any]
ChatId = int | str

# --------------------------------------------------------------------------------------------
# Wire-format constants
# --------------------------------------------------------------------------------------------

# Parameters whose form value is a JSON document (PTB json.dumps() every non-string value).
_JSON_PARAMS = frozenset(
    {
        "reply_markup", "entities", "caption_entities", "commands", "scope", "allowed_updates",
        "link_preview_options", "reply_parameters", "message_ids", "menu_button", "media",
        "results", "options", "explanation_entities", "reaction", "permissions", "rights",
        "prices", "input_message_content", "text_entities", "question_entities",
    }
)  # fmt: skip
_CHAT_ID_PARAMS = frozenset({"chat_id", "from_chat_id"})
_INT_PARAMS = frozenset(
    {
        "message_id", "offset", "limit", "timeout", "user_id", "reply_to_message_id",
        "message_thread_id", "max_connections", "cache_time", "live_period", "heading",
        "proximity_alert_radius", "duration", "width", "height", "until_date", "length",
    }
)  # fmt: skip
_FLOAT_PARAMS = frozenset({"latitude", "longitude", "horizontal_accuracy"})
_BOOL_PARAMS = frozenset(
    {
        "disable_notification", "protect_content", "show_alert", "drop_pending_updates",
        "disable_web_page_preview", "allow_sending_without_reply", "has_spoiler",
        "disable_content_type_detection", "show_caption_above_media", "allow_paid_broadcast",
        "revoke_messages", "only_if_banned", "for_channels", "is_big",
    }
)  # fmt: skip
_INT_RE = re.compile(r"-?\d+")
_TOKEN_RE = re.compile(r"\d+:[A-Za-z0-9_-]+")
_SECRET_TOKEN_RE = re.compile(r"[A-Za-z0-9_-]{1,256}")
_COMMAND_RE = re.compile(r"[a-z0-9_]{1,32}")

# Update types Telegram withholds unless explicitly listed in allowed_updates.
_NOT_DELIVERED_BY_DEFAULT = frozenset({"chat_member", "message_reaction", "message_reaction_count"})

# sendXxx methods that carry one file, mapped to the Message field they create.
_MEDIA_METHODS = {
    "sendPhoto": "photo",
    "sendDocument": "document",
    "sendVoice": "voice",
    "sendAudio": "audio",
    "sendVideo": "video",
    "sendAnimation": "animation",
    "sendSticker": "sticker",
    "sendVideoNote": "video_note",
}
# Methods that put a new message into a chat; these count for rate limits by default.
SENDING_METHODS = frozenset(
    {"sendMessage", "sendLocation", "sendContact", "forwardMessage", "copyMessage", *_MEDIA_METHODS}
)
# Message fields copied by forwardMessage / copyMessage.
_CONTENT_FIELDS = (
    "text", "entities", "caption", "caption_entities", "photo", "document", "voice", "audio",
    "video", "animation", "sticker", "video_note", "location", "contact",
)  # fmt: skip
_INLINE_BUTTON_ACTIONS = frozenset(
    {
        "url", "callback_data", "web_app", "login_url", "switch_inline_query",
        "switch_inline_query_current_chat", "switch_inline_query_chosen_chat", "callback_game",
        "pay", "copy_text",
    }
)  # fmt: skip
_MAX_TEXT = 4096
_MAX_CAPTION = 1024
_TRIM_CHARS = " \t\r\n\v\f"
_NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly the "
    "same as a current content and reply markup of the message"
)
_STATUS_DESCRIPTIONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    409: "Conflict",
    420: "Flood",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


class ApiError(Exception):
    """A Bot API error answer: HTTP status == error_code, like Telegram."""

    def __init__(self, status: int, description: str, parameters: JSONDict | None = None):
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters

    def payload(self) -> JSONDict:
        body: JSONDict = {"ok": False, "error_code": self.status, "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def _bad_request(reason: str) -> ApiError:
    return ApiError(400, f"Bad Request: {reason}")


def _too_many_requests(retry_after: int) -> ApiError:
    return ApiError(429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after})


# --------------------------------------------------------------------------------------------
# Parameter decoding
# --------------------------------------------------------------------------------------------


def _decode_value(name: str, value: Any) -> Any:
    """Turn one form value into the type Telegram would read it as (by parameter name)."""
    if not isinstance(value, str):
        return value  # JSON bodies are already typed
    if name in _JSON_PARAMS:
        try:
            return json.loads(value)
        except ValueError:
            what = "reply keyboard markup" if name == "reply_markup" else name
            raise _bad_request(f"can't parse {what} JSON object") from None
    if name in _CHAT_ID_PARAMS:
        return int(value) if _INT_RE.fullmatch(value) else value
    try:
        if name in _INT_PARAMS:
            return int(value)
        if name in _FLOAT_PARAMS:
            return float(value)
    except ValueError:
        raise _bad_request(f"invalid {name} specified") from None
    if name in _BOOL_PARAMS:
        return value.lower() in ("true", "1")
    return value


def decode_params(raw: Mapping[str, Any]) -> JSONDict:
    """Decode all parameters of one call (form, query string or JSON body)."""
    return {name: _decode_value(name, value) for name, value in raw.items()}


@dataclass(slots=True)
class UploadedFile:
    """A file part of a multipart request."""

    filename: str | None
    content_type: str | None
    data: bytes

    @property
    def size(self) -> int:
        return len(self.data)


# --------------------------------------------------------------------------------------------
# Formatted text: parse_mode -> (plain text, entities), like Telegram's parser (tdlib)
# --------------------------------------------------------------------------------------------


def _u16len(text: str) -> int:
    """Length in UTF-16 code units: the unit of Telegram entity offsets."""
    return len(text) if text.isascii() else len(text.encode("utf-16-le")) // 2


def _byte_offset(src: str, index: int) -> int:
    """Telegram reports parse errors at UTF-8 byte offsets."""
    return len(src[:index].encode("utf-8"))


def _entities_error(message: str) -> ApiError:
    return _bad_request(f"can't parse entities: {message}")


class _TextBuilder:
    """Accumulates output text and tracks its length in UTF-16 units."""

    __slots__ = ("parts", "pos")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0

    def add(self, chunk: str) -> None:
        self.parts.append(chunk)
        self.pos += _u16len(chunk)

    def since(self, part_index: int) -> str:
        return "".join(self.parts[part_index:])

    def text(self) -> str:
        return "".join(self.parts)


@dataclass(slots=True)
class _Open:
    """An entity whose end has not been seen yet."""

    kind: str  # entity type, or HTML tag name while parsing HTML
    offset: int  # UTF-16 offset in the output
    byte_offset: int  # in the source, for error messages
    part_index: int  # where its text starts in the _TextBuilder
    attrs: dict[str, str] = field(default_factory=dict)


_URL_RE = re.compile(r"(?:(?:https?|ftp|tg)://\S+|[\w.-]+\.[A-Za-z]{2,}(?:[/?#]\S*)?)", re.I)


def _entity(kind: str, offset: int, end: int, **extra: Any) -> JSONDict | None:
    if end <= offset:
        return None  # Telegram drops empty entities
    return {"type": kind, "offset": offset, "length": end - offset, **extra}


def _link_entity(url: str, offset: int, end: int) -> JSONDict | None:
    # Invalid URLs silently lose the link, like Telegram.
    return _entity("text_link", offset, end, url=url) if _URL_RE.fullmatch(url) else None


# HTML ----------------------------------------------------------------------------------------

_HTML_TAGS = {
    "b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "underline",
    "ins": "underline", "s": "strikethrough", "strike": "strikethrough", "del": "strikethrough",
    "tg-spoiler": "spoiler", "span": "spoiler", "a": "text_link", "code": "code", "pre": "pre",
    "blockquote": "blockquote", "tg-emoji": "custom_emoji",
}  # fmt: skip
_HTML_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_HTML_ENTITY_RE = re.compile(r"&(#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,8}|[a-zA-Z]{2,8});")
_HTML_SPECIAL_RE = re.compile(r"[<&]")


def _html_char_ref(src: str, i: int) -> tuple[str, int]:
    """Decode ``&...;`` at src[i]; unknown references stay literal like in Telegram."""
    match = _HTML_ENTITY_RE.match(src, i)
    if match:
        ref = match.group(1)
        if ref[0] != "#":
            if ref in _HTML_NAMED:
                return _HTML_NAMED[ref], match.end()
        else:
            code = int(ref[2:], 16) if ref[1] in "xX" else int(ref[1:])
            if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF:
                return chr(code), match.end()
    return "&", i + 1


def _html_attributes(src: str, j: int, tag: str, begin: int) -> tuple[dict[str, str], int]:
    """Parse attributes of a start tag from src[j]; returns them and the index after '>'."""
    attrs: dict[str, str] = {}
    n = len(src)
    unclosed = f"Unclosed start tag at byte offset {_byte_offset(src, begin)}"
    while True:
        while j < n and src[j].isspace():
            j += 1
        if j >= n:
            raise _entities_error(unclosed)
        if src[j] == ">":
            return attrs, j + 1
        name_start = j
        while j < n and not src[j].isspace() and src[j] not in "=>":
            j += 1
        name = src[name_start:j].lower()
        while j < n and src[j].isspace():
            j += 1
        if j >= n:
            raise _entities_error(unclosed)
        if src[j] != "=":
            if tag == "blockquote" and name == "expandable":
                attrs[name] = ""
                continue
            raise _entities_error(
                f'Expected equal sign in declaration of an attribute of the tag "{tag}" '
                f"at byte offset {_byte_offset(src, begin)}"
            )
        j += 1
        while j < n and src[j].isspace():
            j += 1
        if j >= n:
            raise _entities_error(unclosed)
        if src[j] in "'\"":
            quote = src[j]
            j += 1
            value: list[str] = []
            while j < n and src[j] != quote:
                if src[j] == "&":
                    decoded, j = _html_char_ref(src, j)
                    value.append(decoded)
                else:
                    value.append(src[j])
                    j += 1
            j += 1
            attrs[name] = "".join(value)
        else:
            value_start = j
            while j < n and (src[j].isalnum() or src[j] in ".-"):
                j += 1
            attrs[name] = src[value_start:j].lower()
            if j < n and not src[j].isspace() and src[j] != ">":
                raise _entities_error(f"Unexpected end of name token at byte offset {_byte_offset(src, value_start)}")


def _html_close(tag: _Open, out: _TextBuilder, stack: list[_Open], entities: list[JSONDict]) -> None:
    end = out.pos
    name = tag.kind
    if name == "code" and "language" in tag.attrs and stack and stack[-1].kind == "pre":
        # <pre><code class="language-x"> is one pre entity with a language.
        stack[-1].attrs["language"] = tag.attrs["language"]
        return
    entity: JSONDict | None
    if name == "a":
        url = tag.attrs.get("href") or out.since(tag.part_index)
        entity = _link_entity(url, tag.offset, end)
    elif name == "pre" and "language" in tag.attrs:
        entity = _entity("pre", tag.offset, end, language=tag.attrs["language"])
    elif name == "tg-emoji":
        entity = _entity("custom_emoji", tag.offset, end, custom_emoji_id=tag.attrs["emoji-id"])
    elif name == "blockquote" and "expandable" in tag.attrs:
        entity = _entity("expandable_blockquote", tag.offset, end)
    else:
        entity = _entity(_HTML_TAGS[name], tag.offset, end)
    if entity:
        entities.append(entity)


def parse_html(src: str) -> tuple[str, list[JSONDict]]:
    """Telegram's HTML parse mode (strict: unsupported or unbalanced tags are errors)."""
    out = _TextBuilder()
    stack: list[_Open] = []
    entities: list[JSONDict] = []
    n = len(src)
    i = 0
    while i < n:
        special = _HTML_SPECIAL_RE.search(src, i)
        stop = special.start() if special else n
        if stop > i:
            out.add(src[i:stop])
            i = stop
            continue
        if src[i] == "&":
            decoded, i = _html_char_ref(src, i)
            out.add(decoded)
            continue
        begin = i
        if i + 1 < n and src[i + 1] == "/":
            if not stack:
                raise _entities_error(f"Unexpected end tag at byte offset {_byte_offset(src, i)}")
            j = i + 2
            while j < n and not src[j].isspace() and src[j] != ">":
                j += 1
            end_name = src[i + 2 : j].lower()
            while j < n and src[j].isspace():
                j += 1
            if j >= n or src[j] != ">":
                raise _entities_error(f"Unclosed end tag at byte offset {_byte_offset(src, i)}")
            top = stack.pop()
            if end_name and end_name != top.kind:
                raise _entities_error(
                    f"Unmatched end tag at byte offset {_byte_offset(src, begin)}, "
                    f'expected "</{top.kind}>", found "</{end_name}>"'
                )
            _html_close(top, out, stack, entities)
            i = j + 1
            continue
        j = i + 1
        while j < n and not src[j].isspace() and src[j] != ">":
            j += 1
        if j >= n:
            raise _entities_error(f"Unclosed start tag at byte offset {_byte_offset(src, begin)}")
        tag = src[i + 1 : j].lower()
        if tag not in _HTML_TAGS:
            raise _entities_error(f'Unsupported start tag "{tag}" at byte offset {_byte_offset(src, begin)}')
        attrs, i = _html_attributes(src, j, tag, begin)
        if tag == "span" and attrs.get("class") != "tg-spoiler":
            raise _entities_error(f'Tag "span" must have class "tg-spoiler" at byte offset {_byte_offset(src, begin)}')
        if tag == "tg-emoji" and not attrs.get("emoji-id"):
            raise _entities_error(
                f'Tag "tg-emoji" must have attribute "emoji-id" at byte offset {_byte_offset(src, begin)}'
            )
        if tag == "code" and attrs.get("class", "").startswith("language-"):
            attrs["language"] = attrs["class"][len("language-") :]
        stack.append(_Open(tag, out.pos, _byte_offset(src, begin), len(out.parts), attrs))
    if stack:
        raise _entities_error(f'Can\'t find end tag corresponding to start tag "{stack[-1].kind}"')
    return out.text(), entities


# MarkdownV2 ----------------------------------------------------------------------------------

_MDV2_RESERVED = "_*[]()~`>#+-=|{}.!"
_MDV2_SPECIAL_RE = re.compile(r"[_*\[\]()~`>#+\-=|{}.!\\\n]")
_MDV2_CODE_SPECIAL_RE = re.compile(r"[`\\\n]")
_MDV2_NAMES = {
    "bold": "Bold", "italic": "Italic", "underline": "Underline",
    "strikethrough": "Strikethrough", "spoiler": "Spoiler", "code": "Code", "pre": "Pre",
    "text_link": "TextUrl", "custom_emoji": "CustomEmoji",
}  # fmt: skip


def _reserved_error(char: str) -> ApiError:
    return _entities_error(f"Character '{char}' is reserved and must be escaped with the preceding '\\'")


def _mdv2_ends(top: _Open, src: str, i: int) -> bool:
    """Whether the reserved character at src[i] closes the innermost open entity."""
    c = src[i]
    nxt = src[i + 1] if i + 1 < len(src) else ""
    kind = top.kind
    if kind == "bold":
        return c == "*"
    if kind == "italic":
        return c == "_" and nxt != "_"
    if kind == "underline":
        return c == "_" and nxt == "_"
    if kind == "strikethrough":
        return c == "~"
    if kind == "spoiler":
        return c == "|" and nxt == "|"
    if kind == "code":
        return c == "`"
    if kind == "pre":
        return src.startswith("```", i)
    return c == "]"  # text_link, custom_emoji


def _skip_one_newline(src: str, i: int) -> int:
    if i < len(src) and src[i] in "\r\n":
        if i + 1 < len(src) and src[i + 1] in "\r\n" and src[i] != src[i + 1]:
            return i + 2
        return i + 1
    return i


def _pre_language(src: str, i: int) -> tuple[str | None, int]:
    """After an opening ```: read an optional language word; returns it and the next index."""
    end = i
    while end < len(src) and not src[end].isspace() and src[end] != "`":
        end += 1
    language = None
    if end != i and end < len(src) and src[end] != "`":
        language, i = src[i:end], end
    return language, _skip_one_newline(src, i)


def _mdv2_open(src: str, i: int, out: _TextBuilder) -> tuple[_Open, int]:
    """Open the entity starting at reserved char src[i]; returns it and the next index."""
    c = src[i]
    nxt = src[i + 1] if i + 1 < len(src) else ""
    start = _byte_offset(src, i)
    attrs: dict[str, str] = {}
    if c == "_":
        kind, i = ("underline", i + 2) if nxt == "_" else ("italic", i + 1)
    elif c == "*":
        kind, i = "bold", i + 1
    elif c == "~":
        kind, i = "strikethrough", i + 1
    elif c == "|" and nxt == "|":
        kind, i = "spoiler", i + 2
    elif c == "[":
        kind, i = "text_link", i + 1
    elif c == "!" and nxt == "[":
        kind, i = "custom_emoji", i + 2
    elif c == "`":
        if src.startswith("```", i):
            language, i = _pre_language(src, i + 3)
            kind = "pre"
            if language:
                attrs["language"] = language
        else:
            kind, i = "code", i + 1
    else:
        raise _reserved_error(c)
    return _Open(kind, out.pos, start, len(out.parts), attrs), i


def _mdv2_close(top: _Open, src: str, i: int, out: _TextBuilder, entities: list[JSONDict]) -> int:
    """Close `top` at src[i]; returns the index after the closing markup."""
    end = out.pos
    kind = top.kind
    if kind in ("text_link", "custom_emoji"):
        i += 1
        url = out.since(top.part_index)
        if i < len(src) and src[i] == "(":
            url_start = i + 1
            chars: list[str] = []
            i += 1
            while i < len(src) and src[i] != ")":
                if src[i] == "\\" and i + 1 < len(src) and 0 < ord(src[i + 1]) <= 126:
                    chars.append(src[i + 1])
                    i += 2
                    continue
                chars.append(src[i])
                i += 1
            if i >= len(src):
                raise _entities_error(f"Can't find end of a URL at byte offset {_byte_offset(src, url_start)}")
            url = "".join(chars)
            i += 1
        if kind == "custom_emoji":
            emoji_id = url.rpartition("id=")[2]
            entity = _entity("custom_emoji", top.offset, end, custom_emoji_id=emoji_id)
        else:
            entity = _link_entity(url, top.offset, end)
    else:
        widths = {"underline": 2, "spoiler": 2, "pre": 3}
        i += widths.get(kind, 1)
        extra = {"language": top.attrs["language"]} if "language" in top.attrs else {}
        entity = _entity(kind, top.offset, end, **extra)
    if entity:
        entities.append(entity)
    return i


def parse_markdown_v2(src: str) -> tuple[str, list[JSONDict]]:
    """Telegram's MarkdownV2: reserved characters must be escaped, entities must be closed."""
    out = _TextBuilder()
    stack: list[_Open] = []
    entities: list[JSONDict] = []
    quote: _Open | None = None
    n = len(src)
    i = 0
    while i < n:
        in_code = bool(stack) and stack[-1].kind in ("code", "pre")
        special = (_MDV2_CODE_SPECIAL_RE if in_code else _MDV2_SPECIAL_RE).search(src, i)
        stop = special.start() if special else n
        if stop > i:
            out.add(src[i:stop])
            i = stop
            continue
        c = src[i]
        if c == "\\" and i + 1 < n and 0 < ord(src[i + 1]) <= 126:
            out.add(src[i + 1])
            i += 2
            continue
        if c == "\n":
            # A block quote runs over consecutive lines starting with '>'.
            if quote is not None and not src.startswith(">", i + 1):
                entity = _entity("blockquote", quote.offset, out.pos)
                if entity:
                    entities.append(entity)
                quote = None
            out.add(c)
            i += 1
            continue
        if c == ">" and not in_code and (i == 0 or src[i - 1] == "\n"):
            if quote is None:
                quote = _Open("blockquote", out.pos, _byte_offset(src, i), len(out.parts))
            i += 1
            continue
        if c not in _MDV2_RESERVED and not in_code:
            out.add(c)  # a lone backslash
            i += 1
            continue
        if stack and _mdv2_ends(stack[-1], src, i):
            i = _mdv2_close(stack.pop(), src, i, out, entities)
            continue
        if in_code:
            out.add(c)  # '`' that does not close (e.g. single backtick inside ```)
            i += 1
            continue
        opened, i = _mdv2_open(src, i, out)
        stack.append(opened)
    if stack:
        top = stack[-1]
        name = _MDV2_NAMES[top.kind]
        if top.kind == "pre" and "language" in top.attrs:
            name = "PreCode"
        raise _entities_error(f"Can't find end of {name} entity at byte offset {top.byte_offset}")
    if quote is not None:
        entity = _entity("blockquote", quote.offset, out.pos)
        if entity:
            entities.append(entity)
    return out.text(), entities


# Legacy Markdown -----------------------------------------------------------------------------

_MD_SPECIAL_RE = re.compile(r"[_*`\[\\]")


def parse_markdown(src: str) -> tuple[str, list[JSONDict]]:
    """Telegram's legacy Markdown: *bold* _italic_ `code` ```pre``` [text](url), no nesting."""
    out = _TextBuilder()
    entities: list[JSONDict] = []
    n = len(src)
    i = 0
    while i < n:
        special = _MD_SPECIAL_RE.search(src, i)
        stop = special.start() if special else n
        if stop > i:
            out.add(src[i:stop])
            i = stop
            continue
        c = src[i]
        if c == "\\":
            if i + 1 < n and src[i + 1] in "_*`[":
                out.add(src[i + 1])
                i += 2
            else:
                out.add(c)
                i += 1
            continue
        begin = i
        end_char = "]" if c == "[" else c
        i += 1
        is_pre = c == "`" and src.startswith("``", i)
        language = None
        if is_pre:
            language, i = _pre_language(src, i + 2)
        start = out.pos
        part_index = len(out.parts)
        while i < n and (src[i] != end_char or (is_pre and not src.startswith("```", i))):
            out.add(src[i])
            i += 1
        if i >= n:
            raise _entities_error(f"Can't find end of the entity starting at byte offset {_byte_offset(src, begin)}")
        entity: JSONDict | None
        if c == "[":
            url = out.since(part_index)
            if i + 1 < n and src[i + 1] == "(":
                close = src.find(")", i + 2)
                close = n - 1 if close == -1 else close
                url, i = src[i + 2 : close], close
            entity = _link_entity(url, start, out.pos)
        elif is_pre:
            extra = {"language": language} if language else {}
            entity = _entity("pre", start, out.pos, **extra)
            i += 2
        else:
            kind = {"_": "italic", "*": "bold", "`": "code"}[c]
            entity = _entity(kind, start, out.pos)
        if entity:
            entities.append(entity)
        i += 1
    return out.text(), entities


_PARSERS: dict[str, Callable[[str], tuple[str, list[JSONDict]]]] = {
    "html": parse_html,
    "markdownv2": parse_markdown_v2,
    "markdown": parse_markdown,
}


def _trim(text: str, entities: list[JSONDict]) -> tuple[str, list[JSONDict]]:
    """Telegram strips surrounding whitespace; entities are cut to the remaining text."""
    stripped = text.strip(_TRIM_CHARS)
    if len(stripped) == len(text):
        return text, entities
    shift = _u16len(text[: len(text) - len(text.lstrip(_TRIM_CHARS))])
    limit = _u16len(stripped)
    kept = []
    for entity in entities:
        start = max(entity["offset"] - shift, 0)
        end = min(entity["offset"] + entity["length"] - shift, limit)
        if end > start:
            kept.append({**entity, "offset": start, "length": end - start})
    return stripped, kept


def format_text(text: str, parse_mode: str | None, entities: list[JSONDict] | None) -> tuple[str, list[JSONDict]]:
    """Apply parse_mode or explicit entities; returns the text Telegram would show."""
    if entities is not None:
        if not isinstance(entities, list) or not all(isinstance(e, dict) for e in entities):
            raise _bad_request("can't parse entities JSON object")
        found = entities
    elif parse_mode:
        parser = _PARSERS.get(parse_mode.lower())
        if parser is None:
            raise _bad_request("unsupported parse_mode")
        text, found = parser(text)
        found.sort(key=lambda e: (e["offset"], -e["length"]))
    else:
        found = []
    return _trim(text, found)


# --------------------------------------------------------------------------------------------
# Reply markup
# --------------------------------------------------------------------------------------------


def _check_inline_button(button: Any) -> None:
    if not isinstance(button, dict):
        raise _bad_request("can't parse inline keyboard button: InlineKeyboardButton must be an Object")
    if not isinstance(button.get("text"), str) or not button["text"]:
        raise _bad_request('can\'t parse inline keyboard button: Field "text" must be of type String')
    actions = _INLINE_BUTTON_ACTIONS.intersection(button)
    if len(actions) != 1:
        raise _bad_request("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard")
    if "callback_data" in button:
        data = button["callback_data"]
        if not isinstance(data, str) or not 1 <= len(data.encode("utf-8")) <= 64:
            raise _bad_request("BUTTON_DATA_INVALID")
    if "url" in button:
        url = button["url"]
        if not isinstance(url, str) or not re.match(r"(https?|tg)://\S+$", url, re.I):
            raise _bad_request(f"inline keyboard button URL '{url}' is invalid: Wrong HTTP URL")


def check_reply_markup(markup: Any) -> JSONDict | None:
    """Validate a reply_markup; returns what Telegram echoes in Message.reply_markup.

    Telegram only echoes inline keyboards; reply keyboards, ReplyKeyboardRemove and
    ForceReply change the client UI but never appear in the returned Message.
    """
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise _bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in markup:
        rows = markup["inline_keyboard"]
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise _bad_request("can't parse inline keyboard markup JSON object")
        count = 0
        for row in rows:
            for button in row:
                _check_inline_button(button)
                count += 1
        if count > 100:
            raise _bad_request("reply markup is too long")
        return {"inline_keyboard": rows}
    if "keyboard" in markup:
        rows = markup["keyboard"]
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise _bad_request("can't parse keyboard markup JSON object")
        for row in rows:
            for button in row:
                if not isinstance(button, str | dict) or (isinstance(button, dict) and not button.get("text")):
                    raise _bad_request("can't parse keyboard button: text is empty")
        return None
    if markup.get("remove_keyboard") or markup.get("force_reply"):
        return None
    raise _bad_request("can't parse reply keyboard markup JSON object")


def inline_buttons(message: Mapping[str, Any]) -> list[JSONDict]:
    """All inline keyboard buttons of a message, row by row."""
    markup = message.get("reply_markup") or {}
    return [button for row in markup.get("inline_keyboard", []) for button in row]


# --------------------------------------------------------------------------------------------
# Records, stats, faults, rate limits
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class BotCall:
    """One call the bot made (getUpdates is not recorded: it would drown everything else)."""

    method: str  # canonical name, e.g. "sendMessage"
    params: JSONDict  # decoded: ints are ints, reply_markup is a dict...
    time: float  # time.monotonic() when answered
    chat_id: ChatId | None
    message_id: int | None  # the message created/edited/deleted, if any
    ok: bool
    error_code: int | None = None
    description: str | None = None
    result: Any = None  # the "result" Telegram answered
    message: JSONDict | None = None  # the message as it looked right after this call
    files: dict[str, UploadedFile] = field(default_factory=dict)

    @property
    def text(self) -> str | None:
        value = self.params.get("text", self.params.get("caption"))
        return value if isinstance(value, str) else None

    def summary(self) -> str:
        where = f" chat={self.chat_id}" if self.chat_id is not None else ""
        mid = f" msg={self.message_id}" if self.message_id is not None else ""
        text = self.text
        shown = f" {text[:60]!r}" if text is not None else ""
        status = "ok" if self.ok else f"{self.error_code} {self.description}"
        return f"{self.method}{where}{mid}{shown} -> {status}"


@dataclass
class Stats:
    """Counters for benchmarks and assertions."""

    calls: Counter[str] = field(default_factory=Counter)  # every call, incl. failed ones
    errors: Counter[tuple[str, int]] = field(default_factory=Counter)  # (method, status)
    rate_limited: int = 0  # 429 answers, injected or enforced
    duplicates: int = 0  # sendMessage whose exact text this chat already got
    updates_pushed: int = 0
    updates_filtered: int = 0  # dropped because of allowed_updates
    webhook_deliveries: int = 0
    webhook_failures: int = 0
    max_in_flight: int = 0  # most requests being handled at the same time

    def reset(self) -> None:
        fresh = Stats()
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(fresh, name))


@dataclass(slots=True, eq=False)  # identity matters: queues remove exactly this one
class _Fault:
    times: int
    status: int = 0
    description: str = ""
    retry_after: int | None = None
    delay: float = 0.0
    chat_id: ChatId | None = None


class _SlidingWindow:
    """At most `limit` events per `period` seconds."""

    __slots__ = ("hits", "limit", "period")

    def __init__(self, limit: int, period: float):
        self.limit = limit
        self.period = period
        self.hits: deque[float] = deque()

    def wait_time(self, now: float) -> float:
        hits = self.hits
        while hits and hits[0] <= now - self.period:
            hits.popleft()
        if len(hits) >= self.limit:
            return hits[0] + self.period - now
        return 0.0


class _RateLimits:
    """Telegram's documented broadcast limits, enforced strictly with sliding windows."""

    def __init__(
        self,
        global_per_sec: int | None,
        per_chat_per_sec: int | None,
        per_group_per_min: int | None,
        methods: frozenset[str],
    ):
        self.methods = methods
        self.per_chat = per_chat_per_sec
        self.per_group = per_group_per_min
        self.global_window = _SlidingWindow(global_per_sec, 1.0) if global_per_sec else None
        self.chat_windows: dict[ChatId, _SlidingWindow] = {}
        self.group_windows: dict[ChatId, _SlidingWindow] = {}
        self._checks = 0

    def _windows(self, chat_id: ChatId | None) -> list[_SlidingWindow]:
        windows = [self.global_window] if self.global_window else []
        if chat_id is None:
            return windows
        if self.per_chat:
            window = self.chat_windows.get(chat_id)
            if window is None:
                window = self.chat_windows[chat_id] = _SlidingWindow(self.per_chat, 1.0)
            windows.append(window)
        if self.per_group and isinstance(chat_id, int) and chat_id < 0:
            window = self.group_windows.get(chat_id)
            if window is None:
                window = self.group_windows[chat_id] = _SlidingWindow(self.per_group, 60.0)
            windows.append(window)
        return windows

    def check(self, chat_id: ChatId | None, now: float) -> int:
        """Returns retry_after seconds (0 = allowed, and the hit is counted)."""
        windows = self._windows(chat_id)
        wait = max((w.wait_time(now) for w in windows), default=0.0)
        if wait > 0:
            return max(1, math.ceil(wait))
        for window in windows:
            window.hits.append(now)
        self._checks += 1
        if self._checks % 4096 == 0:
            self._prune(now)
        return 0

    def _prune(self, now: float) -> None:
        # Keep memory flat when broadcasting to many chats.
        for windows in (self.chat_windows, self.group_windows):
            stale = [key for key, w in windows.items() if not w.hits or w.hits[-1] <= now - 60]
            for key in stale:
                del windows[key]


class _Signal:
    """Wakes every current waiter; cheap when nobody waits (the common case)."""

    __slots__ = ("_waiters",)

    def __init__(self) -> None:
        self._waiters: set[asyncio.Future[None]] = set()

    def wake(self) -> None:
        if self._waiters:
            waiters, self._waiters = self._waiters, set()
            for waiter in waiters:
                if not waiter.done():
                    waiter.set_result(None)

    async def wait(self, seconds: float) -> None:
        waiter = asyncio.get_running_loop().create_future()
        self._waiters.add(waiter)
        try:
            await asyncio.wait_for(waiter, seconds)
        except TimeoutError:
            pass
        finally:
            self._waiters.discard(waiter)


@dataclass
class _Webhook:
    url: str
    secret_token: str | None
    max_connections: int
    ip_address: str | None
    last_error_date: int | None = None
    last_error_message: str | None = None


# --------------------------------------------------------------------------------------------
# uvicorn inside the caller's event loop
# --------------------------------------------------------------------------------------------


class _LoopServer(uvicorn.Server):
    @contextlib.contextmanager
    def capture_signals(self) -> Any:
        # The test runner owns SIGINT/SIGTERM; uvicorn would swallow Ctrl-C and re-raise later.
        yield


class InLoopServer:
    """Runs any ASGI app with uvicorn as a task of the current event loop, on a free port."""

    def __init__(self, app: Any, host: str = "127.0.0.1", port: int = 0, **config: Any):
        options: JSONDict = {
            "log_level": "warning",
            "access_log": False,
            "lifespan": "off",
            "server_header": False,
            "date_header": False,
            "proxy_headers": False,
            # Clients (httpx pools) decide when to drop idle connections; a short server-side
            # keep-alive races with connection reuse and shows up as random NetworkErrors.
            "timeout_keep_alive": 120,
            "timeout_graceful_shutdown": 3,
            "backlog": 4096,
        }
        options.update(config)
        self.host = host
        self._server = _LoopServer(uvicorn.Config(app, host=host, port=port, **options))
        self._task: asyncio.Task[None] | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    async def start(self) -> None:
        self._task = asyncio.create_task(self._server.serve(), name="InLoopServer")
        while not self._server.started:
            if self._task.done():
                error = self._task.exception()  # uvicorn calls sys.exit() on bind errors
                raise RuntimeError(f"uvicorn failed to start: {error!r}")
            await asyncio.sleep(0.002)
        self.port = self._server.servers[0].sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self._task is None:
            return
        self._server.should_exit = True
        with contextlib.suppress(asyncio.CancelledError, SystemExit):
            await self._task
        self._task = None


@contextlib.asynccontextmanager
async def serve_asgi(app: Any, host: str = "127.0.0.1", port: int = 0) -> AsyncIterator[str]:
    """``async with serve_asgi(app) as url:`` - the app served on loopback for the block."""
    server = InLoopServer(app, host, port)
    await server.start()
    try:
        yield server.url
    finally:
        await server.stop()


def free_port(host: str = "127.0.0.1") -> int:
    """A port that was free a moment ago (for servers that cannot bind port 0 themselves)."""
    with socket.socket() as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


# --------------------------------------------------------------------------------------------
# The fake Bot API
# --------------------------------------------------------------------------------------------

Handler = Callable[[JSONDict, dict[str, UploadedFile]], Any]
ContainsArg = str | re.Pattern[str] | None


def _message_text(message: Mapping[str, Any]) -> str:
    return message.get("text") or message.get("caption") or ""


def _matches(message: Mapping[str, Any], contains: ContainsArg) -> bool:
    if contains is None:
        return True
    text = _message_text(message)
    if isinstance(contains, re.Pattern):
        return contains.search(text) is not None
    return contains in text


def _update_type(update: Mapping[str, Any]) -> str:
    return next((key for key in update if key != "update_id"), "")


class FakeBotAPI:
    """A Telegram Bot API server on 127.0.0.1 plus a control API for tests.

    State is kept per bot token; message ids are counted per chat (shared by the user's
    and the bot's messages, like in a supergroup).
    """

    def __init__(
        self,
        token: str = "123:ABC",
        *,
        bot_username: str = "KawanPMIBot",
        bot_first_name: str = "KAWAN-PMI",
        strict: bool = False,
        require_https_webhook: bool = False,
        webhook_retry_delay: float = 0.2,
        webhook_timeout: float = 10.0,
    ):
        """
        Args:
            strict: reject unknown chats ("chat not found") and unknown file ids, like
                Telegram. Off by default so tests can message any chat id.
            require_https_webhook: Telegram refuses http:// webhooks; tests usually
                need plain http on loopback.
            webhook_retry_delay: pause before re-posting an update the webhook refused.
        """
        if not _TOKEN_RE.fullmatch(token):
            raise ValueError(f"not a bot token: {token!r}")
        self.token = token
        self.bot_id = int(token.split(":", 1)[0])
        self.bot_user: JSONDict = {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": bot_first_name,
            "username": bot_username,
        }
        self.strict = strict
        self.require_https_webhook = require_https_webhook
        self.webhook_retry_delay = webhook_retry_delay
        self.webhook_timeout = webhook_timeout

        # What the bot did.
        self.sent: list[BotCall] = []
        self.stats = Stats()
        self.callback_answers: dict[str, JSONDict] = {}  # callback_query_id -> params
        self.files: dict[str, UploadedFile] = {}  # file_id -> uploaded bytes
        self.internal_errors: list[Exception] = []  # bugs of this fake (answered with 500)

        # Telegram-side state.
        self._chats: dict[ChatId, JSONDict] = {}
        self._users: dict[int, JSONDict] = {}
        self._store: dict[ChatId, dict[int, JSONDict]] = {}  # chat -> message_id -> message
        self._last_message_id: dict[ChatId, int] = {}
        self._blocked: set[ChatId] = set()
        self._commands: dict[tuple[str, str], list[JSONDict]] = {}
        self._menu_buttons: dict[ChatId | None, JSONDict] = {}
        self._pending_callbacks: dict[str, JSONDict] = {}
        self._known_file_ids: set[str] = set()
        self._seen_texts: set[tuple[ChatId, str]] = set()

        # Updates.
        self._updates: deque[JSONDict] = deque()
        self._update_ids = itertools.count(1)
        self._callback_ids = itertools.count(1)
        self._file_ids = itertools.count(1)
        self._allowed_updates: frozenset[str] | None = None
        self._poll_generation = 0
        self._webhook: _Webhook | None = None
        self._webhook_task: asyncio.Task[None] | None = None

        # Faults and limits.
        self._faults: dict[str, deque[_Fault]] = {}
        self._delays: dict[str, deque[_Fault]] = {}
        self._limits: _RateLimits | None = None

        # Plumbing.
        self._updates_signal = _Signal()
        self._changed = _Signal()
        self._sent_generation = 0
        self._in_flight = 0
        self._closing = asyncio.Event()
        self._server: InLoopServer | None = None
        self._handlers = self._build_handlers()
        self.app = Starlette(
            routes=[
                Route("/bot{token}/{method}", self._endpoint, methods=["GET", "POST"]),
                Route("/{path:path}", self._not_found, methods=["GET", "POST", "PUT"]),
            ]
        )

    # ------------------------------------------------------------------ lifecycle

    async def __aenter__(self) -> FakeBotAPI:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    async def start(self) -> None:
        self._closing = asyncio.Event()
        self._server = InLoopServer(self.app)
        await self._server.start()

    async def stop(self) -> None:
        # Wake long polls and delayed calls first, or uvicorn waits for them to finish.
        self._closing.set()
        self._updates_signal.wake()
        if self._webhook_task is not None:
            self._webhook_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._webhook_task
            self._webhook_task = None
        if self._server is not None:
            await self._server.stop()

    @property
    def url(self) -> str:
        """Root URL of the server, e.g. ``http://127.0.0.1:43117``."""
        if self._server is None or not self._server.port:
            raise RuntimeError("FakeBotAPI is not started (use `async with FakeBotAPI()`)")
        return self._server.url

    @property
    def base_url(self) -> str:
        """For ``ApplicationBuilder().base_url()`` / ``Bot(base_url=...)``."""
        return f"{self.url}/bot"

    @property
    def base_file_url(self) -> str:
        """For ``ApplicationBuilder().base_file_url()`` (file downloads are not served)."""
        return f"{self.url}/file/bot"

    # ------------------------------------------------------------------ HTTP layer

    async def _not_found(self, request: Request) -> Response:
        return self._json_response(404, ApiError(404, "Not Found").payload())

    @staticmethod
    def _json_response(status: int, payload: JSONDict) -> Response:
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
        return Response(body, status_code=status, media_type="application/json")

    async def _endpoint(self, request: Request) -> Response:
        token = request.path_params["token"]
        if token != self.token:
            # Telegram: malformed token -> 404, well-formed but wrong -> 401.
            if _TOKEN_RE.fullmatch(token):
                return self._json_response(401, ApiError(401, "Unauthorized").payload())
            return self._json_response(404, ApiError(404, "Not Found").payload())
        try:
            raw, files = await self._read_params(request)
        except ApiError as error:
            return self._json_response(error.status, error.payload())
        status, payload = await self.call(request.path_params["method"], raw, files)
        return self._json_response(status, payload)

    @staticmethod
    async def _read_params(request: Request) -> tuple[JSONDict, dict[str, UploadedFile]]:
        """Query string + body (urlencoded, multipart or JSON), body wins."""
        params: JSONDict = {}
        files: dict[str, UploadedFile] = {}
        if request.scope.get("query_string"):
            params.update(request.query_params)
        content_type = request.headers.get("content-type", "")
        if content_type.startswith("multipart/form-data"):
            form = await request.form(max_part_size=50 * 1024 * 1024)
            for key, value in form.multi_items():
                if isinstance(value, UploadFile):
                    data = await value.read()
                    files[key] = UploadedFile(value.filename, value.content_type, data)
                else:
                    params[key] = value
            await form.close()
            return params, files
        body = await request.body()
        if not body:
            return params, files
        if content_type.startswith("application/json"):
            try:
                data = json.loads(body)
            except ValueError:
                raise _bad_request("can't parse JSON encoded request parameters") from None
            if not isinstance(data, dict):
                raise _bad_request("JSON object expected")
            params.update(data)
        else:
            # Faster than Starlette's form parser, and this is the hot path for PTB.
            params.update(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
        return params, files

    async def call(
        self,
        method: str,
        raw_params: Mapping[str, Any],
        files: dict[str, UploadedFile] | None = None,
    ) -> tuple[int, JSONDict]:
        """Run one Bot API method as if it came over HTTP; returns (status, JSON answer)."""
        files = files or {}
        entry = self._handlers.get(method.lower())
        name = entry[0] if entry else method
        self.stats.calls[name] += 1
        self._in_flight += 1
        self.stats.max_in_flight = max(self.stats.max_in_flight, self._in_flight)
        params: JSONDict | None = None
        try:
            if entry is None:
                raise ApiError(404, "Not Found: method not found")
            params = decode_params(raw_params)
            await self._apply_delay(name)
            self._apply_fault(name, params)
            self._apply_limits(name, params)
            try:
                result = entry[1](params, files)
                if inspect.isawaitable(result):
                    result = await result
            except (ApiError, asyncio.CancelledError):
                raise
            except Exception as bug:
                # A bug in this fake must not look like a network blip to the bot under test.
                self.internal_errors.append(bug)
                raise ApiError(500, f"Internal Server Error: fake Bot API bug: {bug!r}") from bug
        except ApiError as error:
            self.stats.errors[(name, error.status)] += 1
            if error.status == 429:
                self.stats.rate_limited += 1
            status, payload = error.status, error.payload()
            if name != "getUpdates":
                # Undecodable parameters are recorded as they came.
                recorded = params if params is not None else dict(raw_params)
                self._record(name, recorded, files, error=error)
        else:
            status, payload = 200, {"ok": True, "result": result}
            if name != "getUpdates":
                self._record(name, params, files, result=result)  # type: ignore[arg-type]
        finally:
            self._in_flight -= 1
        return status, payload

    def _record(
        self,
        method: str,
        params: JSONDict,
        files: dict[str, UploadedFile],
        *,
        result: Any = None,
        error: ApiError | None = None,
    ) -> None:
        chat_id = params.get("chat_id")
        if not isinstance(chat_id, int | str):
            chat_id = None
        message_id = params.get("message_id")
        message = None
        if isinstance(result, dict) and "message_id" in result:
            message_id = result["message_id"]
            # Stored messages are replaced, never mutated, so this is a snapshot.
            message = self._store.get(chat_id, {}).get(message_id) if chat_id is not None else None
        self.sent.append(
            BotCall(
                method=method,
                params=params,
                time=time.monotonic(),
                chat_id=chat_id,
                message_id=message_id if isinstance(message_id, int) else None,
                ok=error is None,
                error_code=error.status if error else None,
                description=error.description if error else None,
                result=result,
                message=message,
                files=files,
            )
        )
        self._changed.wake()

    # ------------------------------------------------------------------ faults & limits

    def fail_next(
        self,
        method: str,
        status: int = 429,
        *,
        retry_after: int = 1,
        times: int = 1,
        description: str | None = None,
        chat_id: ChatId | None = None,
    ) -> None:
        """Answer the next `times` calls of `method` ("*" = any) with an error, no effect.

        429 carries ``parameters.retry_after`` (PTB raises RetryAfter); 400 BadRequest,
        403 Forbidden, 409 Conflict, 5xx NetworkError. `chat_id` limits it to one chat.
        """
        if description is None:
            base = _STATUS_DESCRIPTIONS.get(status, "Error")
            description = f"Too Many Requests: retry after {retry_after}" if status == 429 else base
        fault = _Fault(
            times=times,
            status=status,
            description=description,
            retry_after=retry_after if status == 429 else None,
            chat_id=chat_id,
        )
        self._faults.setdefault(method.lower(), deque()).append(fault)

    def delay_next(self, method: str, seconds: float, *, times: int = 1) -> None:
        """Hold the next `times` calls of `method` ("*" = any) for `seconds` before handling.

        Like on real Telegram, a call whose client timed out still takes effect afterwards.
        """
        self._delays.setdefault(method.lower(), deque()).append(_Fault(times, delay=seconds))

    def enforce_limits(
        self,
        global_per_sec: int | None = 30,
        per_chat_per_sec: int | None = 1,
        per_group_per_min: int | None = 20,
        *,
        methods: Iterable[str] = SENDING_METHODS,
    ) -> None:
        """Answer 429 + retry_after when a sliding-window limit is exceeded (None = no limit).

        Only successful calls count. Applies to the sending methods unless `methods` says
        otherwise. Note PTB's AIORateLimiter does not throttle private chats to 1/s.
        """
        self._limits = _RateLimits(global_per_sec, per_chat_per_sec, per_group_per_min, frozenset(methods))

    def disable_limits(self) -> None:
        self._limits = None

    @staticmethod
    def _take(queue_map: dict[str, deque[_Fault]], method: str, chat_id: Any) -> _Fault | None:
        for key in (method.lower(), "*"):
            queue = queue_map.get(key)
            if not queue:
                continue
            for fault in queue:
                if fault.chat_id is None or fault.chat_id == chat_id:
                    fault.times -= 1
                    if fault.times <= 0:
                        queue.remove(fault)
                    return fault
        return None

    async def _apply_delay(self, method: str) -> None:
        if not self._delays:
            return
        fault = self._take(self._delays, method, None)
        if fault is not None:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._closing.wait(), fault.delay)

    def _apply_fault(self, method: str, params: JSONDict) -> None:
        if not self._faults:
            return
        fault = self._take(self._faults, method, params.get("chat_id"))
        if fault is not None:
            parameters = {"retry_after": fault.retry_after} if fault.retry_after else None
            raise ApiError(fault.status, fault.description, parameters)

    def _apply_limits(self, method: str, params: JSONDict) -> None:
        limits = self._limits
        if limits is None or method not in limits.methods:
            return
        retry_after = limits.check(params.get("chat_id"), time.monotonic())
        if retry_after:
            raise _too_many_requests(retry_after)

    # ------------------------------------------------------------------ chats & users

    def add_chat(
        self,
        chat_id: ChatId,
        chat_type: str | None = None,
        *,
        title: str | None = None,
        first_name: str = "Sari",
        username: str | None = None,
    ) -> JSONDict:
        """Register (or replace) a chat; negative ids default to groups, <= -10**12 to
        supergroups, positive ids to private chats."""
        if chat_type is None:
            if isinstance(chat_id, int) and chat_id > 0:
                chat_type = "private"
            elif isinstance(chat_id, int) and chat_id <= -(10**12):
                chat_type = "supergroup"
            else:
                chat_type = "group"
        if chat_type == "private" and not (isinstance(chat_id, int) and chat_id > 0):
            raise ValueError(f"private chats have positive ids (the user's id), got {chat_id}")
        if chat_type in ("group", "supergroup") and not (isinstance(chat_id, int) and chat_id < 0):
            raise ValueError(f"{chat_type} chats have negative ids, got {chat_id}")
        chat: JSONDict = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            chat["first_name"] = first_name
        else:
            chat["title"] = title or "KAWAN-PMI Relawan"
        if username:
            chat["username"] = username
        self._chats[chat_id] = chat
        return chat

    def _chat_for_send(self, params: JSONDict, key: str = "chat_id") -> JSONDict:
        """The chat a method targets; unknown chats are created unless `strict`."""
        if key not in params or params[key] in ("", None):
            raise _bad_request(f"{key} is empty")
        chat_id = params[key]
        chat = self._chats.get(chat_id)
        if chat is None:
            if self.strict or not isinstance(chat_id, int) or chat_id == 0:
                raise _bad_request("chat not found")
            chat = self.add_chat(chat_id)
        if chat_id in self._blocked and key == "chat_id":
            if chat["type"] == "private":
                raise ApiError(403, "Forbidden: bot was blocked by the user")
            raise ApiError(403, f"Forbidden: bot was kicked from the {chat['type']} chat")
        return chat

    def _sender(
        self,
        chat_id: ChatId,
        user_id: int | None,
        first_name: str,
        language_code: str | None,
        chat_type: str,
    ) -> tuple[JSONDict, JSONDict]:
        """(chat, user) for an update that a user sends."""
        known = self._chats.get(chat_id)
        if known is not None and known["type"] != chat_type:
            raise ValueError(f"chat {chat_id} is a {known['type']} chat, not {chat_type}")
        if chat_type == "private":
            if user_id is not None and user_id != chat_id:
                raise ValueError("in a private chat the user id is the chat id")
            chat = self.add_chat(chat_id, "private", first_name=first_name)
            user_id = int(chat_id)
        else:
            chat = known or self.add_chat(chat_id, chat_type)
            if user_id is None:
                # Stable, distinct from chat ids, and the same person for the same name.
                user_id = 6_000_000_000 + zlib.crc32(first_name.encode()) % 1_000_000_000
        user: JSONDict = {"id": user_id, "is_bot": False, "first_name": first_name}
        if language_code:
            user["language_code"] = language_code
        self._users[user_id] = user
        return chat, user

    def _known_user(self, chat_id: ChatId, user_id: int | None) -> JSONDict:
        uid = user_id if user_id is not None else chat_id
        if uid in self._users:
            return self._users[uid]
        if user_id is None and chat_id in self._chats and self._chats[chat_id]["type"] != "private":
            return self._sender(chat_id, None, "Sari", "id", self._chats[chat_id]["type"])[1]
        return {"id": uid, "is_bot": False, "first_name": "Sari", "language_code": "id"}

    def block(self, chat_id: int, *, notify: bool = True) -> None:
        """The user blocks the bot: sends answer 403, and a my_chat_member update arrives."""
        self._blocked.add(chat_id)
        if notify:
            self._push_member_status(chat_id, old="member", new="kicked")

    def unblock(self, chat_id: int, *, notify: bool = True) -> None:
        self._blocked.discard(chat_id)
        if notify:
            self._push_member_status(chat_id, old="kicked", new="member")

    def _push_member_status(self, chat_id: int, *, old: str, new: str) -> None:
        chat = self._chats.get(chat_id) or self.add_chat(chat_id)
        user = self._known_user(chat_id, None)

        def member(status: str) -> JSONDict:
            data: JSONDict = {"status": status, "user": self.bot_user}
            if status == "kicked":
                data["until_date"] = 0
            return data

        self.push_update(
            {
                "my_chat_member": {
                    "chat": chat,
                    "from": user,
                    "date": int(time.time()),
                    "old_chat_member": member(old),
                    "new_chat_member": member(new),
                }
            }
        )

    # ------------------------------------------------------------------ message store

    def _next_message_id(self, chat_id: ChatId) -> int:
        value = self._last_message_id.get(chat_id, 0) + 1
        self._last_message_id[chat_id] = value
        return value

    def _store_message(self, message: JSONDict) -> None:
        chat_id = message["chat"]["id"]
        message_id = message["message_id"]
        self._store.setdefault(chat_id, {})[message_id] = message
        if message_id > self._last_message_id.get(chat_id, 0):
            self._last_message_id[chat_id] = message_id

    def _is_bot_message(self, message: Mapping[str, Any]) -> bool:
        return message.get("from", {}).get("id") == self.bot_id

    def message(self, chat_id: ChatId, message_id: int) -> JSONDict | None:
        """A message (user's or bot's) as it currently is, or None if deleted/unknown."""
        found = self._store.get(chat_id, {}).get(message_id)
        return copy.deepcopy(found) if found is not None else None

    def messages(self, chat_id: ChatId, *, include_user: bool = False) -> list[JSONDict]:
        """The bot's messages currently visible in a chat (after edits and deletions)."""
        stored = self._store.get(chat_id, {})
        return [
            copy.deepcopy(stored[mid]) for mid in sorted(stored) if include_user or self._is_bot_message(stored[mid])
        ]

    def last_message(self, chat_id: ChatId) -> JSONDict | None:
        """The newest visible bot message in a chat."""
        visible = self.messages(chat_id)
        return visible[-1] if visible else None

    def commands(self, language_code: str = "", scope: JSONDict | None = None) -> list[JSONDict]:
        """Commands stored by setMyCommands for exactly this scope and language."""
        return copy.deepcopy(self._commands.get((self._scope_key(scope), language_code), []))

    @property
    def webhook(self) -> JSONDict | None:
        """The current webhook (url, secret_token, last error...), or None."""
        return None if self._webhook is None else dict(self._webhook.__dict__)

    @property
    def pending_updates(self) -> int:
        """Updates pushed but not yet confirmed (getUpdates offset) or delivered (webhook)."""
        return len(self._updates)

    def reset_sent(self) -> None:
        """Forget recorded calls (messages stay visible; stats are kept, see stats.reset())."""
        self.sent = []
        self._sent_generation += 1

    # ------------------------------------------------------------------ pushing updates

    def push_update(self, update: JSONDict) -> JSONDict:
        """Queue a raw update (update_id is assigned); returns the queued update.

        Messages in it are stored, so the bot can reply to, edit or delete them.
        """
        update = {"update_id": next(self._update_ids), **update}
        self.stats.updates_pushed += 1
        for key in ("message", "edited_message", "channel_post"):
            message = update.get(key)
            if isinstance(message, dict) and "chat" in message and "message_id" in message:
                self._store_message(message)
        query = update.get("callback_query")
        if isinstance(query, dict) and "id" in query:
            self._pending_callbacks[str(query["id"])] = query  # answerable once
        if not self._is_allowed(_update_type(update)):
            self.stats.updates_filtered += 1
            return update
        self._updates.append(update)
        self._updates_signal.wake()
        self._changed.wake()
        return update

    def _is_allowed(self, update_type: str) -> bool:
        if self._allowed_updates:
            return update_type in self._allowed_updates
        return update_type not in _NOT_DELIVERED_BY_DEFAULT

    def _push_message(
        self,
        chat_id: ChatId,
        content: JSONDict,
        *,
        user_id: int | None,
        first_name: str,
        language_code: str | None,
        chat_type: str,
        reply_to_message_id: int | None = None,
    ) -> JSONDict:
        chat, user = self._sender(chat_id, user_id, first_name, language_code, chat_type)
        message: JSONDict = {
            "message_id": self._next_message_id(chat_id),
            "from": user,
            "chat": chat,
            "date": int(time.time()),
            **content,
        }
        if reply_to_message_id is not None:
            replied = self._store.get(chat_id, {}).get(reply_to_message_id)
            if replied is None:
                raise ValueError(f"no message {reply_to_message_id} in chat {chat_id}")
            message["reply_to_message"] = {k: v for k, v in replied.items() if k != "reply_to_message"}
        self.push_update({"message": message})
        return message

    def push_text(
        self,
        chat_id: int,
        text: str,
        *,
        user_id: int | None = None,
        first_name: str = "Sari",
        language_code: str | None = "id",
        chat_type: str = "private",
        entities: list[JSONDict] | None = None,
        reply_to_message_id: int | None = None,
    ) -> JSONDict:
        """A user sends a text message; returns the message dict."""
        content: JSONDict = {"text": text}
        if entities:
            content["entities"] = entities
        return self._push_message(
            chat_id,
            content,
            user_id=user_id,
            first_name=first_name,
            language_code=language_code,
            chat_type=chat_type,
            reply_to_message_id=reply_to_message_id,
        )

    def push_command(
        self,
        chat_id: int,
        command: str,
        *args: str,
        user_id: int | None = None,
        first_name: str = "Sari",
        language_code: str | None = "id",
        chat_type: str = "private",
    ) -> JSONDict:
        """``push_command(1, "/start", "ref123")`` sends "/start ref123" with a bot_command
        entity. In groups use "/start@KawanPMIBot" if the bot expects the mention."""
        if not command.startswith("/"):
            command = "/" + command
        entity = {"type": "bot_command", "offset": 0, "length": _u16len(command)}
        return self.push_text(
            chat_id,
            " ".join((command, *args)),
            user_id=user_id,
            first_name=first_name,
            language_code=language_code,
            chat_type=chat_type,
            entities=[entity],
        )

    def _new_file(self, kind: str, unique: str | None = None) -> tuple[str, str]:
        number = next(self._file_ids)
        file_id = f"fake-{kind}-{number}-{unique or 'x'}"
        self._known_file_ids.add(file_id)
        return file_id, f"u{kind}{number}"

    def push_photo(
        self,
        chat_id: int,
        caption: str | None = None,
        *,
        user_id: int | None = None,
        first_name: str = "Sari",
        language_code: str | None = "id",
        chat_type: str = "private",
    ) -> JSONDict:
        """A user sends a photo (two sizes, like Telegram)."""
        content: JSONDict = {"photo": self._photo_sizes(12345)}
        if caption:
            content["caption"] = caption
        return self._push_message(
            chat_id,
            content,
            user_id=user_id,
            first_name=first_name,
            language_code=language_code,
            chat_type=chat_type,
        )

    def push_sticker(
        self,
        chat_id: int,
        emoji: str = "👍",
        *,
        user_id: int | None = None,
        first_name: str = "Sari",
        language_code: str | None = "id",
        chat_type: str = "private",
    ) -> JSONDict:
        """A user sends a sticker."""
        return self._push_message(
            chat_id,
            {"sticker": self._media_object("sticker", 4096, emoji=emoji)},
            user_id=user_id,
            first_name=first_name,
            language_code=language_code,
            chat_type=chat_type,
        )

    def push_voice(
        self,
        chat_id: int,
        duration: int = 3,
        *,
        user_id: int | None = None,
        first_name: str = "Sari",
        language_code: str | None = "id",
        chat_type: str = "private",
    ) -> JSONDict:
        """A user sends a voice note."""
        voice = self._media_object("voice", 8000 * duration)
        voice["duration"] = duration
        return self._push_message(
            chat_id,
            {"voice": voice},
            user_id=user_id,
            first_name=first_name,
            language_code=language_code,
            chat_type=chat_type,
        )

    def push_location(
        self,
        chat_id: int,
        latitude: float,
        longitude: float,
        *,
        user_id: int | None = None,
        first_name: str = "Sari",
        language_code: str | None = "id",
        chat_type: str = "private",
    ) -> JSONDict:
        """A user shares a location."""
        return self._push_message(
            chat_id,
            {"location": {"latitude": latitude, "longitude": longitude}},
            user_id=user_id,
            first_name=first_name,
            language_code=language_code,
            chat_type=chat_type,
        )

    def push_contact(
        self,
        chat_id: int,
        phone_number: str = "+6281234567890",
        *,
        contact_first_name: str | None = None,
        contact_user_id: int | None = None,
        user_id: int | None = None,
        first_name: str = "Sari",
        language_code: str | None = "id",
        chat_type: str = "private",
    ) -> JSONDict:
        """A user shares a contact; by default their own (what a request_contact button
        sends: contact.user_id == from.id)."""
        own = contact_first_name is None and contact_user_id is None
        chat, user = self._sender(chat_id, user_id, first_name, language_code, chat_type)
        contact: JSONDict = {
            "phone_number": phone_number,
            "first_name": contact_first_name or first_name,
        }
        if own:
            contact["user_id"] = user["id"]
        elif contact_user_id is not None:
            contact["user_id"] = contact_user_id
        return self._push_message(
            chat_id,
            {"contact": contact},
            user_id=user["id"] if chat_type != "private" else None,
            first_name=first_name,
            language_code=language_code,
            chat_type=chat_type,
        )

    def push_callback(
        self,
        chat_id: ChatId,
        message_id: int,
        data: str,
        user_id: int | None = None,
        *,
        check_button: bool = True,
    ) -> JSONDict:
        """A user presses an inline button of the bot's message; returns the callback_query.

        With check_button, `data` must be the callback_data of a button on that message
        (real clients cannot press anything else); pass False to forge stale/odd data.
        """
        message = self._store.get(chat_id, {}).get(message_id)
        if message is None or not self._is_bot_message(message):
            known = [m["message_id"] for m in self.messages(chat_id)]
            raise ValueError(f"chat {chat_id} has no bot message {message_id} (bot messages: {known})")
        if check_button:
            datas = [b["callback_data"] for b in inline_buttons(message) if "callback_data" in b]
            if data not in datas:
                raise ValueError(f"message {message_id} has no button with callback_data {data!r}; it has {datas}")
        query = {
            "id": str(4_000_000_000 + next(self._callback_ids)),
            "from": self._known_user(chat_id, user_id),
            "message": message,
            "chat_instance": str(zlib.crc32(str(chat_id).encode())),
            "data": data,
        }
        self.push_update({"callback_query": query})
        return query

    def push_button(
        self,
        chat_id: ChatId,
        button_text: str,
        *,
        message_id: int | None = None,
        user_id: int | None = None,
    ) -> JSONDict:
        """Press the inline button labelled `button_text` on the newest bot message that has
        one (or on `message_id`); returns the callback_query."""
        stored = self._store.get(chat_id, {})
        candidates = [message_id] if message_id is not None else sorted(stored, reverse=True)
        seen: list[str] = []
        for mid in candidates:
            message = stored.get(mid)
            if message is None or not self._is_bot_message(message):
                continue
            for button in inline_buttons(message):
                seen.append(button["text"])
                if button["text"] == button_text and "callback_data" in button:
                    return self.push_callback(chat_id, mid, button["callback_data"], user_id)
        raise ValueError(f"no callback button {button_text!r} in chat {chat_id}; saw {seen}")

    # ------------------------------------------------------------------ waiting

    async def wait_for(
        self,
        predicate: Callable[[], Any],
        timeout: float = 10.0,  # noqa: ASYNC109 (seconds read best in tests)
        *,
        what: str = "condition",
    ) -> Any:
        """Re-evaluate `predicate()` (sync or async) whenever the bot calls the API or an
        update is pushed; return its first truthy value. Keep it cheap: it runs per call."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            value = predicate()
            if inspect.isawaitable(value):
                value = await value
            if value:
                return value
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise AssertionError(f"Timed out after {timeout}s waiting for {what}.\n{self.describe_sent()}")
            await self._changed.wait(remaining)

    async def wait_for_call(
        self,
        method: str,
        predicate: Callable[[BotCall], bool] | None = None,
        timeout: float = 10.0,  # noqa: ASYNC109 (seconds read best in tests)
        *,
        include_failed: bool = False,
    ) -> BotCall:
        """The first recorded call of `method` (since reset_sent) matching `predicate`."""
        cursor = 0
        generation = self._sent_generation

        def find() -> BotCall | None:
            nonlocal cursor, generation
            if generation != self._sent_generation:
                cursor, generation = 0, self._sent_generation
            sent = self.sent
            for index in range(cursor, len(sent)):
                call = sent[index]
                if call.method == method and (call.ok or include_failed):
                    if predicate is None or predicate(call):
                        return call
            cursor = len(sent)
            return None

        found: BotCall = await self.wait_for(find, timeout, what=f"a {method} call")
        return found

    async def wait_for_messages(
        self,
        chat_id: ChatId,
        contains: ContainsArg = None,
        count: int = 1,
        timeout: float = 10.0,  # noqa: ASYNC109 (seconds read best in tests)
    ) -> list[JSONDict]:
        """Wait until the bot has sent `count` messages to `chat_id` (since reset_sent) whose
        text or caption - as sent or after any edit - contains `contains` (str or regex).

        Returns them in order, each as it currently looks (or as last seen, if deleted).
        Incremental: cheap even while a 100k-message benchmark is running.
        """
        cursor = 0
        generation = self._sent_generation
        matched: dict[int, JSONDict] = {}

        def check() -> list[JSONDict] | None:
            nonlocal cursor, generation
            if generation != self._sent_generation:
                cursor, generation = 0, self._sent_generation
                matched.clear()
            sent = self.sent
            for index in range(cursor, len(sent)):
                call = sent[index]
                if call.message is not None and call.chat_id == chat_id:
                    if _matches(call.message, contains):
                        matched.setdefault(call.message_id, call.message)  # type: ignore[arg-type]
                    if call.message_id in matched:
                        matched[call.message_id] = call.message  # type: ignore[index]
            cursor = len(sent)
            if len(matched) < count:
                return None
            current = self._store.get(chat_id, {})
            return [copy.deepcopy(current.get(mid, last)) for mid, last in itertools.islice(matched.items(), count)]

        what = f"{count} message(s) to chat {chat_id}"
        if contains is not None:
            what += f" containing {contains!r}"
        found: list[JSONDict] = await self.wait_for(check, timeout, what=what)
        return found

    async def wait_for_message(
        self,
        chat_id: ChatId,
        contains: ContainsArg = None,
        count: int = 1,
        timeout: float = 10.0,  # noqa: ASYNC109 (seconds read best in tests)
    ) -> JSONDict:
        """Like wait_for_messages, but returns only the `count`-th match (a dict)."""
        found = await self.wait_for_messages(chat_id, contains, count, timeout)
        return found[-1]

    def describe_sent(self, last: int = 25) -> str:
        """Human-readable list of the latest recorded calls, for assertion messages."""
        if not self.sent:
            return "The bot made no API calls (getUpdates aside)."
        shown = self.sent[-last:]
        lines = [f"Bot API calls ({len(self.sent)} total, last {len(shown)}):"]
        lines += [f"  {call.summary()}" for call in shown]
        return "\n".join(lines)

    # ------------------------------------------------------------------ method table

    def _build_handlers(self) -> dict[str, tuple[str, Handler]]:
        table: dict[str, Handler] = {
            "getMe": self._get_me,
            "getUpdates": self._get_updates,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "sendMessage": self._send_message,
            "sendLocation": self._send_location,
            "sendContact": self._send_contact,
            "forwardMessage": self._forward_message,
            "copyMessage": self._copy_message,
            "editMessageText": self._edit_message_text,
            "editMessageCaption": self._edit_message_caption,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "deleteMessage": self._delete_message,
            "deleteMessages": self._delete_messages,
            "answerCallbackQuery": self._answer_callback_query,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "deleteMyCommands": self._delete_my_commands,
            "setChatMenuButton": self._set_chat_menu_button,
            "getChatMenuButton": self._get_chat_menu_button,
            "getChat": self._get_chat,
            "close": self._accept,
            "logOut": self._accept,
            "sendChatAction": self._send_chat_action,
            "setMyDescription": self._accept,
            "setMyShortDescription": self._accept,
            "setMyName": self._accept,
            "pinChatMessage": self._accept,
            "unpinChatMessage": self._accept,
        }
        for method, kind in _MEDIA_METHODS.items():
            table[method] = self._media_sender(method, kind)
        return {name.lower(): (name, handler) for name, handler in table.items()}

    @staticmethod
    def _accept(params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        return True

    def _send_chat_action(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        self._chat_for_send(params)
        if not params.get("action"):
            raise _bad_request("action is empty")  # wrong actions are 400 too
        return True

    def _get_me(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    # ------------------------------------------------------------------ updates

    def _set_allowed_updates(self, value: Any) -> None:
        if value is None:
            return
        if not isinstance(value, list):
            raise _bad_request("can't parse allowed_updates JSON object")
        self._allowed_updates = frozenset(value) if value else None

    def _confirm_updates(self, offset: int | None) -> None:
        """Telegram forgets updates below `offset`; a negative offset keeps the last -offset."""
        if offset is None:
            return
        updates = self._updates
        if offset < 0:
            while len(updates) > -offset:
                updates.popleft()
        else:
            while updates and updates[0]["update_id"] < offset:
                updates.popleft()

    async def _get_updates(self, params: JSONDict, files: dict[str, UploadedFile]) -> list[Any]:
        if self._webhook is not None:
            raise ApiError(409, self._webhook_conflict)
        # A newer poll ends an older one, like Telegram (two bot instances fight).
        self._poll_generation += 1
        generation = self._poll_generation
        self._updates_signal.wake()
        self._set_allowed_updates(params.get("allowed_updates"))
        self._confirm_updates(params.get("offset"))
        limit = min(max(params.get("limit") or 100, 1), 100)
        timeout = max(params.get("timeout") or 0, 0)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            if generation != self._poll_generation:
                raise ApiError(
                    409,
                    "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
                )
            if self._webhook is not None:
                raise ApiError(409, self._webhook_conflict)
            remaining = deadline - loop.time()
            if self._updates or remaining <= 0 or self._closing.is_set():
                return list(itertools.islice(self._updates, limit))
            await self._updates_signal.wait(remaining)

    _webhook_conflict = (
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"
    )

    def _set_webhook(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        url = params.get("url", "")
        if not url:
            return self._delete_webhook(params, files)
        if not isinstance(url, str) or not re.match(r"https?://", url):
            raise _bad_request("bad webhook: Failed to resolve host: Name or service not known")
        if self.require_https_webhook and not url.startswith("https://"):
            raise _bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        secret = params.get("secret_token")
        if secret is not None and not _SECRET_TOKEN_RE.fullmatch(str(secret)):
            raise _bad_request("secret token contains unallowed characters")
        self._set_allowed_updates(params.get("allowed_updates"))
        if params.get("drop_pending_updates"):
            self._updates.clear()
        self._webhook = _Webhook(
            url=url,
            secret_token=secret,
            max_connections=params.get("max_connections") or 40,
            ip_address=params.get("ip_address"),
        )
        self._updates_signal.wake()  # long polls answer 409 now
        if self._webhook_task is None or self._webhook_task.done():
            self._webhook_task = asyncio.create_task(self._webhook_worker(), name="webhook")
        return True

    def _delete_webhook(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        self._webhook = None
        if params.get("drop_pending_updates"):
            self._updates.clear()
        self._updates_signal.wake()
        return True

    def _get_webhook_info(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        hook = self._webhook
        info: JSONDict = {
            "url": hook.url if hook else "",
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }
        if hook is not None:
            info["max_connections"] = hook.max_connections
            if hook.ip_address:
                info["ip_address"] = hook.ip_address
            if self._allowed_updates:
                info["allowed_updates"] = sorted(self._allowed_updates)
            if hook.last_error_date:
                info["last_error_date"] = hook.last_error_date
                info["last_error_message"] = hook.last_error_message
        return info

    async def _webhook_worker(self) -> None:
        """Deliver queued updates one at a time, in order, retrying refused ones."""
        async with httpx.AsyncClient(timeout=self.webhook_timeout) as client:
            while not self._closing.is_set():
                hook = self._webhook
                if hook is None:
                    return
                if not self._updates:
                    await self._updates_signal.wait(1.0)
                    continue
                update = self._updates[0]
                if await self._deliver(client, hook, update):
                    if self._updates and self._updates[0] is update:
                        self._updates.popleft()
                    self.stats.webhook_deliveries += 1
                    self._changed.wake()
                else:
                    self.stats.webhook_failures += 1
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._closing.wait(), self.webhook_retry_delay)

    async def _deliver(self, client: httpx.AsyncClient, hook: _Webhook, update: JSONDict) -> bool:
        headers = {"Content-Type": "application/json"}
        if hook.secret_token:
            headers["X-Telegram-Bot-Api-Secret-Token"] = hook.secret_token
        try:
            response = await client.post(hook.url, content=json.dumps(update), headers=headers)
        except httpx.HTTPError as error:
            hook.last_error_date = int(time.time())
            refused = isinstance(error, httpx.ConnectError)
            hook.last_error_message = "Connection refused" if refused else repr(error)
            return False
        if not 200 <= response.status_code < 300:
            hook.last_error_date = int(time.time())
            hook.last_error_message = (
                f"Wrong response from the webhook: {response.status_code} {response.reason_phrase}"
            )
            return False
        await self._run_webhook_reply(response)
        return True

    async def _run_webhook_reply(self, response: httpx.Response) -> None:
        """Telegram executes a method call given as the JSON answer to a webhook request."""
        if not response.headers.get("content-type", "").startswith("application/json"):
            return
        try:
            body = response.json()
        except ValueError:
            return
        if isinstance(body, dict) and isinstance(body.get("method"), str):
            params = {k: v for k, v in body.items() if k != "method"}
            await self.call(body["method"], params)

    # ------------------------------------------------------------------ sending

    def _reply_to(self, chat: JSONDict, params: JSONDict) -> JSONDict | None:
        reply = params.get("reply_parameters")
        if reply is None and "reply_to_message_id" in params:
            reply = {"message_id": params["reply_to_message_id"]}
        if not isinstance(reply, dict) or "message_id" not in reply:
            return None
        source_chat = reply.get("chat_id", chat["id"])
        replied = self._store.get(source_chat, {}).get(reply["message_id"])
        if replied is None:
            if reply.get("allow_sending_without_reply") or params.get("allow_sending_without_reply"):
                return None
            raise _bad_request("message to be replied not found")
        return {k: v for k, v in replied.items() if k != "reply_to_message"}

    def _new_message(self, chat: JSONDict, content: JSONDict, params: JSONDict) -> JSONDict:
        """Validate the common send options, then create and store the bot's message."""
        markup = check_reply_markup(params.get("reply_markup"))
        replied = self._reply_to(chat, params)
        message: JSONDict = {
            "message_id": self._next_message_id(chat["id"]),
            "from": self.bot_user,
            "chat": chat,
            "date": int(time.time()),
        }
        if replied is not None:
            message["reply_to_message"] = replied
        message.update(content)
        if markup is not None:
            message["reply_markup"] = markup
        self._store_message(message)
        return message

    @staticmethod
    def _text_content(params: JSONDict) -> JSONDict:
        raw = params.get("text")
        if not isinstance(raw, str) or not raw:
            raise _bad_request("message text is empty")
        text, entities = format_text(raw, params.get("parse_mode"), params.get("entities"))
        if not text:
            raise _bad_request("message text is empty")
        if _u16len(text) > _MAX_TEXT:
            raise _bad_request("message is too long")
        content: JSONDict = {"text": text}
        if entities:
            content["entities"] = entities
        return content

    @staticmethod
    def _caption_content(params: JSONDict) -> JSONDict:
        raw = params.get("caption")
        if not raw:
            return {}
        caption, entities = format_text(str(raw), params.get("parse_mode"), params.get("caption_entities"))
        if _u16len(caption) > _MAX_CAPTION:
            raise _bad_request("message caption is too long")
        content: JSONDict = {"caption": caption} if caption else {}
        if entities:
            content["caption_entities"] = entities
        return content

    def _send_message(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        chat = self._chat_for_send(params)
        content = self._text_content(params)
        message = self._new_message(chat, content, params)
        key = (chat["id"], content["text"])
        if key in self._seen_texts:
            self.stats.duplicates += 1
        else:
            self._seen_texts.add(key)
        return message

    def _send_location(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        chat = self._chat_for_send(params)
        latitude, longitude = params.get("latitude"), params.get("longitude")
        if not isinstance(latitude, float | int) or not -90 <= latitude <= 90:
            raise _bad_request("wrong latitude specified")
        if not isinstance(longitude, float | int) or not -180 <= longitude <= 180:
            raise _bad_request("wrong longitude specified")
        location: JSONDict = {"latitude": latitude, "longitude": longitude}
        for extra in ("horizontal_accuracy", "live_period", "heading", "proximity_alert_radius"):
            if params.get(extra) is not None:
                location[extra] = params[extra]
        return self._new_message(chat, {"location": location}, params)

    def _send_contact(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        chat = self._chat_for_send(params)
        if not params.get("phone_number"):
            raise _bad_request("phone number is empty")
        if not params.get("first_name"):
            raise _bad_request("first name is empty")
        contact = {k: params[k] for k in ("phone_number", "first_name", "last_name") if k in params}
        return self._new_message(chat, {"contact": contact}, params)

    def _photo_sizes(self, size: int, unique: str | None = None) -> list[JSONDict]:
        file_id, unique_id = self._new_file("photo", unique)
        return [
            {"file_id": f"{file_id}-s", "file_unique_id": f"{unique_id}s", "width": 90,
             "height": 68, "file_size": max(size // 20, 1)},
            {"file_id": file_id, "file_unique_id": unique_id, "width": 1280, "height": 960,
             "file_size": size},
        ]  # fmt: skip

    def _media_object(self, kind: str, size: int, **extra: Any) -> JSONDict:
        file_id, unique_id = self._new_file(kind)
        media: JSONDict = {"file_id": file_id, "file_unique_id": unique_id, "file_size": size}
        shapes: dict[str, JSONDict] = {
            "document": {"file_name": "document.pdf", "mime_type": "application/pdf"},
            "voice": {"duration": 3, "mime_type": "audio/ogg"},
            "audio": {"duration": 60, "mime_type": "audio/mpeg"},
            "video": {"width": 640, "height": 360, "duration": 10},
            "animation": {"width": 320, "height": 240, "duration": 3},
            "video_note": {"length": 240, "duration": 5},
            "sticker": {
                "type": "regular", "width": 512, "height": 512, "is_animated": False,
                "is_video": False,
            },
        }  # fmt: skip
        media.update(shapes.get(kind, {}))
        media.update(extra)
        return media

    def _resolve_file(self, kind: str, params: JSONDict, files: dict[str, UploadedFile]) -> Any:
        """Upload, URL or file_id -> the Message field value for that media kind."""
        value = params.get(kind)
        upload = files.get(kind)
        if isinstance(value, str) and value.startswith("attach://"):
            upload = files.get(value[len("attach://") :])
        if upload is None and not value:
            raise _bad_request(f"there is no {kind} in the request")
        if upload is None and not re.match(r"https?://", str(value)):
            if self.strict and value not in self._known_file_ids:
                raise _bad_request("wrong file identifier/HTTP URL specified")
        size = upload.size if upload else 54321
        if kind == "photo":
            sizes = self._photo_sizes(size)
            if upload:
                self.files[sizes[-1]["file_id"]] = upload
            return sizes
        extra: JSONDict = {}
        if kind == "document" and upload and upload.filename:
            extra["file_name"] = upload.filename
        if upload and upload.content_type and kind in ("document", "audio", "voice"):
            extra["mime_type"] = upload.content_type
        media = self._media_object(kind, size, **extra)
        if upload:
            self.files[media["file_id"]] = upload
        return media

    def _media_sender(self, method: str, kind: str) -> Handler:
        def send(params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
            chat = self._chat_for_send(params)
            content = {kind: self._resolve_file(kind, params, files)}
            content.update(self._caption_content(params))
            return self._new_message(chat, content, params)

        send.__name__ = f"_{method}"
        return send

    def _source_message(self, params: JSONDict, what: str) -> JSONDict:
        from_chat = params.get("from_chat_id")
        source = self._store.get(from_chat, {}).get(params.get("message_id"))  # type: ignore[arg-type]
        if source is None:
            raise _bad_request(f"message to {what} not found")
        return source

    def _forward_message(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        chat = self._chat_for_send(params)
        source = self._source_message(params, "forward")
        content = {k: source[k] for k in _CONTENT_FIELDS if k in source}
        sender = source.get("from", {})
        content["forward_origin"] = {"type": "user", "sender_user": sender, "date": source["date"]}
        return self._new_message(chat, content, {"reply_markup": None, **params})

    def _copy_message(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        chat = self._chat_for_send(params)
        source = self._source_message(params, "copy")
        content = {k: source[k] for k in _CONTENT_FIELDS if k in source}
        if "caption" in params and "text" not in content:
            content.pop("caption", None)
            content.pop("caption_entities", None)
            content.update(self._caption_content(params))
        message = self._new_message(chat, content, params)
        return {"message_id": message["message_id"]}

    # ------------------------------------------------------------------ editing & deleting

    def _editable(self, params: JSONDict) -> JSONDict | None:
        """The bot message an edit targets; None for inline messages (not tracked)."""
        if params.get("inline_message_id"):
            return None
        chat = self._chat_for_send(params)
        if "message_id" not in params:
            raise _bad_request("message identifier is not specified")
        message = self._store.get(chat["id"], {}).get(params["message_id"])
        if message is None:
            raise _bad_request("message to edit not found")
        if not self._is_bot_message(message):
            raise _bad_request("message can't be edited")
        return message

    def _replace(self, old: JSONDict, changes: JSONDict, markup: JSONDict | None) -> JSONDict:
        new = {k: v for k, v in old.items() if k not in changes and k != "reply_markup"}
        new.update((k, v) for k, v in changes.items() if v is not None)
        if markup is not None:
            new["reply_markup"] = markup
        # Compare what the user would see; edit_date alone is not a change.
        before = {k: v for k, v in old.items() if k != "edit_date"}
        after = {k: v for k, v in new.items() if k != "edit_date"}
        if before == after:
            raise _bad_request(_NOT_MODIFIED)
        new["edit_date"] = int(time.time())
        self._store_message(new)
        return new

    def _edit_message_text(self, params: JSONDict, files: dict[str, UploadedFile]) -> Any:
        old = self._editable(params)
        content = self._text_content(params)
        markup = check_reply_markup(params.get("reply_markup"))
        if old is None:
            return True
        if "text" not in old:
            raise _bad_request("there is no text in the message to edit")
        changes = {"text": content["text"], "entities": content.get("entities")}
        return self._replace(old, changes, markup)

    def _edit_message_caption(self, params: JSONDict, files: dict[str, UploadedFile]) -> Any:
        old = self._editable(params)
        content = self._caption_content(params)
        markup = check_reply_markup(params.get("reply_markup"))
        if old is None:
            return True
        if "text" in old:
            raise _bad_request("there is no caption in the message to edit")
        changes = {
            "caption": content.get("caption"),
            "caption_entities": content.get("caption_entities"),
        }
        return self._replace(old, changes, markup)

    def _edit_message_reply_markup(self, params: JSONDict, files: dict[str, UploadedFile]) -> Any:
        old = self._editable(params)
        markup = check_reply_markup(params.get("reply_markup"))
        if old is None:
            return True
        return self._replace(old, {}, markup)

    def _delete_message(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        chat = self._chat_for_send(params)
        stored = self._store.get(chat["id"], {})
        if stored.pop(params.get("message_id"), None) is None:  # type: ignore[arg-type]
            raise _bad_request("message to delete not found")
        return True

    def _delete_messages(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        chat = self._chat_for_send(params)
        ids = params.get("message_ids")
        if not isinstance(ids, list) or not 1 <= len(ids) <= 100:
            raise _bad_request("message identifiers are not specified")
        stored = self._store.get(chat["id"], {})
        for message_id in ids:  # missing ones are skipped, like Telegram
            stored.pop(message_id, None)
        return True

    # ------------------------------------------------------------------ callbacks, commands, chats

    def _answer_callback_query(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        query_id = str(params.get("callback_query_id", ""))
        if self._pending_callbacks.pop(query_id, None) is None:
            raise _bad_request("query is too old and response timeout expired or query ID is invalid")
        text = params.get("text")
        if isinstance(text, str) and len(text) > 200:
            raise _bad_request("MESSAGE_TOO_LONG")
        self.callback_answers[query_id] = params
        return True

    @staticmethod
    def _scope_key(scope: Any) -> str:
        return json.dumps(scope or {"type": "default"}, sort_keys=True)

    def _commands_key(self, params: JSONDict) -> tuple[str, str]:
        language = params.get("language_code") or ""
        if language and not re.fullmatch(r"[a-z]{2}", language):
            raise _bad_request("invalid language code specified")
        scope = params.get("scope")
        if scope is not None and (not isinstance(scope, dict) or "type" not in scope):
            raise _bad_request("can't parse BotCommandScope JSON object")
        return self._scope_key(scope), language

    def _set_my_commands(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise _bad_request("can't parse commands JSON object")
        if len(commands) > 100:
            raise _bad_request("too many commands specified")
        for command in commands:
            if not isinstance(command, dict) or not _COMMAND_RE.fullmatch(str(command.get("command", ""))):
                raise _bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", "")).strip()) <= 256:
                raise _bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        key = self._commands_key(params)
        if commands:
            self._commands[key] = [{"command": c["command"], "description": c["description"]} for c in commands]
        else:
            self._commands.pop(key, None)
        return True

    def _get_my_commands(self, params: JSONDict, files: dict[str, UploadedFile]) -> list[Any]:
        return list(self._commands.get(self._commands_key(params), []))

    def _delete_my_commands(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        self._commands.pop(self._commands_key(params), None)
        return True

    def _set_chat_menu_button(self, params: JSONDict, files: dict[str, UploadedFile]) -> bool:
        button = params.get("menu_button") or {"type": "default"}
        if not isinstance(button, dict) or "type" not in button:
            raise _bad_request("can't parse menu button JSON object")
        self._menu_buttons[params.get("chat_id")] = button
        return True

    def _get_chat_menu_button(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        chat_id = params.get("chat_id")
        return self._menu_buttons.get(chat_id) or self._menu_buttons.get(None) or {"type": "commands"}

    def _get_chat(self, params: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        chat = self._chats.get(params.get("chat_id"))  # type: ignore[arg-type]
        if chat is None:
            raise _bad_request("chat not found")
        info: JSONDict = {
            **chat,
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        }
        if chat["type"] == "private" and chat["id"] in self._users:
            info["first_name"] = self._users[chat["id"]]["first_name"]
        return info


def message_ids(messages: Iterable[Mapping[str, Any]]) -> list[int]:
    """Convenience for assertions: ``message_ids(api.messages(chat))``."""
    return [m["message_id"] for m in messages]
