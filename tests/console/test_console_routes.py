"""The console's routes without a browser: headers, static files, words, the domain facts it
is built on, and a few rules its JavaScript must keep."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from api.cases.enums import CaseStatus
from api.console.meta import MOVES
from api.console.routes import STATIC
from api.volunteers import service as volunteers
from api.volunteers.enums import VolunteerRole
from tests.api.support import open_case

PASSWORD = "kata-sandi-koordinator"


async def test_the_page_and_its_headers(client: httpx.AsyncClient) -> None:
    r = await client.get("/console")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert 'src="/console/static/js/app.js"' in r.text
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "require-trusted-types-for 'script'" in csp
    assert r.headers["x-frame-options"] == "DENY"
    assert r.headers["x-content-type-options"] == "nosniff"
    assert (await client.get("/console/", follow_redirects=False)).headers["location"] == "/console"


async def test_api_answers_are_never_cached(client: httpx.AsyncClient) -> None:
    for path in ("/healthz", "/cases/999/reporter-view", "/console/words/id.json"):
        r = await client.get(path)
        assert r.headers["cache-control"] == "no-store", path
        assert r.headers["x-frame-options"] == "DENY"
    r = await client.post("/auth/token", data={"username": "x", "password": "y"})
    assert r.status_code == 401 and r.headers["cache-control"] == "no-store"


async def test_static_files_and_nothing_else(client: httpx.AsyncClient) -> None:
    js = await client.get("/console/static/js/app.js")
    assert js.status_code == 200 and js.headers["content-type"].startswith("text/javascript")
    assert js.headers["cache-control"] == "no-cache"
    css = await client.get("/console/static/css/console.css")
    assert css.headers["content-type"].startswith("text/css")
    for bad in ("/console/static/../routes.py", "/console/static/%2e%2e/routes.py",
                "/console/static/js/nope.js", "/console/static/", "/console/static/js"):
        assert (await client.get(bad)).status_code == 404, bad


async def test_words_in_both_languages(client: httpx.AsyncClient) -> None:
    id_words = (await client.get("/console/words/id.json")).json()
    en_words = (await client.get("/console/words/en.json")).json()
    assert id_words.keys() == en_words.keys()
    assert id_words["login.heading"] == "Masuk" and en_words["login.heading"] == "Log in"
    assert (await client.get("/console/words/xx.json")).status_code == 404


async def test_every_word_the_javascript_asks_for_exists(client: httpx.AsyncClient) -> None:
    words = (await client.get("/console/words/id.json")).json()
    meta = (await client.get("/console/meta.json")).json()
    source = "\n".join(p.read_text() for p in STATIC.rglob("*.js"))
    literal = set(re.findall(r"""\bt\(\s*["']([a-z_]+\.[a-z_.]+)["']""", source))
    dynamic = ({f"status.{s}" for s in meta["statuses"]} | {f"severity.{s}" for s in meta["severities"]}
               | {f"kind.{k}" for k in meta["kinds"]} | {f"category.{c}" for c in meta["category_area"]}
               | {f"risk_area.{a}" for a in meta["risk_areas"]}
               | {f"referral_channel.{c}" for c in meta["referral_channels"]}
               | {f"move.{to}" for moves in meta["moves"].values() for to in moves})
    assert literal, "no t('…') calls found"
    assert sorted((literal | dynamic) - words.keys()) == []


def test_the_javascript_never_parses_data_as_html() -> None:
    for path in STATIC.rglob("*"):
        if path.suffix not in (".js", ".html", ".css"):
            continue
        text = path.read_text()
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                     "new Function", "localStorage.setItem(TOKEN"):
            assert sink not in text, f"{path.name} uses {sink}"
        # Nothing from the internet: no absolute URLs to load.
        assert not re.search(r"""(src|href)=["']?(https?:)?//""", text), path.name
        assert not re.search(r"""fetch\(\s*["'`]https?:""", text), path.name


async def test_the_moves_the_console_offers_are_the_workflows(
        app: Any, client: httpx.AsyncClient) -> None:
    """Every (from, to) pair: the API allows it exactly when api/console/meta.py lists it."""
    async with app.state.sessionmaker() as session:
        boss = await volunteers.create_volunteer(session=session, name="Koordinator",
                                                 role=VolunteerRole.COORDINATOR,
                                                 password=PASSWORD)
    token = (await client.post("/auth/token", data={"username": "Koordinator",
                                                    "password": PASSWORD})).json()["access_token"]
    auth = {"Authorization": f"Bearer {token}"}
    allowed: dict[str, set[str]] = {}
    for previous in CaseStatus:
        for to in CaseStatus:
            case = await open_case(client)
            async with app.state.engine.begin() as conn:
                await conn.execute(text(
                    "UPDATE cases SET status = :s, assigned_volunteer_id = :v WHERE id = :c"),
                    {"s": previous.value, "c": case["id"],
                     "v": None if previous == CaseStatus.NEW else boss.id})
            r = await client.post(f"/cases/{case['id']}/transition", json={"to": to.value},
                                  headers=auth)
            assert r.status_code in (200, 409), r.text
            if r.status_code == 200:
                allowed.setdefault(previous.value, set()).add(to.value)
    assert allowed == {k.value: {t.value for t in v} for k, v in MOVES.items()}


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_meta_has_the_countries_of_the_facts(client: httpx.AsyncClient, lang: str) -> None:
    meta = (await client.get("/console/meta.json")).json()
    codes = [c["code"] for c in meta["countries"]]
    assert "HK" in codes and "SA" in codes
    assert all(c["name"][lang] for c in meta["countries"])
    assert meta["category_area"]["unpaid_wages"] == "economic"
    assert meta["category_area"]["contact_lost"] == "household"
