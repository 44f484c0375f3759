"""The volunteer console: static HTML and small JavaScript modules under /console, served by
the same app as the API, plus the security headers every response gets.

No build step and nothing from the internet: the files in `static/` are what the browser runs.
"""

from __future__ import annotations

import mimetypes
from functools import lru_cache
from pathlib import Path
from typing import Any

from fastapi import APIRouter, FastAPI, HTTPException, Request, status
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.console.meta import meta, words
from kawan.content.messages import LANGUAGES

STATIC = Path(__file__).resolve().parent / "static"
_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
          ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml", ".png": "image/png",
          ".ico": "image/x-icon", ".json": "application/json"}

# Scripts and styles only from our own origin, never inline; no frames; and Trusted Types,
# so that even a slip to innerHTML with a string throws instead of running someone's markup.
CONSOLE_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
               "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
               "form-action 'self'; frame-ancestors 'none'; "
               "require-trusted-types-for 'script'; trusted-types 'none'")
# The interactive API docs load Swagger UI from a CDN: they keep only frame-ancestors.
_DOCS = ("/docs", "/redoc", "/openapi.json")

router = APIRouter(tags=["console"], include_in_schema=False)


@lru_cache(maxsize=1)
def _files() -> dict[str, Path]:
    """Every servable file, by its path under static/. Nothing else can be asked for, so no
    path from a URL ever reaches the file system."""
    return {p.relative_to(STATIC).as_posix(): p for p in STATIC.rglob("*")
            if p.is_file() and p.suffix in _TYPES}


@router.get("/console")
async def console_index() -> FileResponse:
    return FileResponse(STATIC / "index.html", media_type=_TYPES[".html"])


@router.get("/console/")
async def console_slash() -> RedirectResponse:
    return RedirectResponse("/console", status_code=status.HTTP_308_PERMANENT_REDIRECT)


@router.get("/console/static/{name:path}")
async def console_static(name: str) -> FileResponse:
    path = _files().get(name)
    if path is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "not found")
    media_type = _TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0]
    return FileResponse(path, media_type=media_type)


@router.get("/console/words/{lang}.json")
async def console_words(lang: str, request: Request) -> JSONResponse:
    if lang not in LANGUAGES:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "unknown language")
    return JSONResponse(words(request.app.state.texts, lang))


@router.get("/console/meta.json")
async def console_meta(request: Request) -> JSONResponse:
    return JSONResponse(_meta(request.app.state.settings.content_dir))


@lru_cache(maxsize=4)
def _meta(content_dir: Path) -> dict[str, Any]:
    return meta(content_dir)


class SecurityHeaders:
    """Pure ASGI middleware: headers on every HTTP response.

    - everywhere: no framing, no MIME sniffing, no referrer;
    - the console and the API: the strict CSP above;
    - the API's answers (anything but the console's static files): `no-store`, so a shared
      laptop's cache never keeps a case.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                extra = _headers_for(path)
                headers += [(k, v) for k, v in extra if k not in present]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _headers_for(path: str) -> list[tuple[bytes, bytes]]:
    headers = [(b"x-frame-options", b"DENY"), (b"x-content-type-options", b"nosniff"),
               (b"referrer-policy", b"no-referrer")]
    if path.startswith(_DOCS):
        headers.append((b"content-security-policy", b"frame-ancestors 'none'"))
    else:
        headers.append((b"content-security-policy", CONSOLE_CSP.encode()))
    if path.startswith("/console/static/") or path == "/console":
        headers.append((b"cache-control", b"no-cache"))  # revalidate: updates show at once
    else:
        headers += [(b"cache-control", b"no-store"), (b"pragma", b"no-cache")]
    return headers


def mount_console(app: FastAPI) -> None:
    """Serve the console at /console and add the security headers to every response."""
    app.include_router(router)
    app.add_middleware(SecurityHeaders)
