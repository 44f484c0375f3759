"""The licensed-agency list: CLI import (good and bad rows), and the check over HTTP.
Fictional companies only (tests/data/agencies_sample.csv)."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text

from api.agencies.importer import parse_agencies
from kawan.agencies_import import import_agencies

DATA = Path(__file__).resolve().parent.parent / "data"


async def load(settings: object, name: str, *, skip: bool = False,
               list_date: date = date(2026, 11, 1)) -> tuple[int, str]:
    out = io.StringIO()
    code = await import_agencies(path=DATA / name, source="Ekspor SISKOP2MI (uji)",
                                 list_date=list_date, skip_bad_rows=skip, out=out,
                                 database_url=settings.database_url)  # type: ignore[attr-defined]
    return code, out.getvalue()


async def count(app: object, table: str) -> int:
    async with app.state.engine.connect() as conn:  # type: ignore[attr-defined]
        return int((await conn.execute(text(f"SELECT count(*) FROM {table}"))).scalar() or 0)


async def test_empty_list_says_not_loaded(client: httpx.AsyncClient) -> None:
    r = await client.post("/agencies/check", json={"name": "PT Sinar Jaya"})
    assert r.json() == {"loaded": False, "list_info": None, "matches": []}


@pytest.mark.parametrize("typed,expected,same", [
    ("PT Contoh Sinar Jaya Abadi", "PT Contoh Sinar Jaya Abadi", True),
    ("contoh sinar jaya abadl", "PT Contoh Sinar Jaya Abadi", True),  # a typo
    ("p.t. contoh bahari tirtayasa sejahtera", "PT Contoh Bahari Tirtayasa Sejahtera", True),
    ("contoh karya anugrah migran", "PT. Contoh Karya Anugerah Migran", True),
    ("Sinar Jaya", "PT Contoh Sinar Jaya Abadi", False),  # only similar: never a "yes"
])
async def test_import_then_check_finds_misspelt_names(
        client: httpx.AsyncClient, settings: object, typed: str, expected: str,
        same: bool) -> None:
    code, said = await load(settings, "agencies_sample.csv")
    assert code == 0 and "imported 8" in said
    r = await client.post("/agencies/check", json={"name": typed})
    body = r.json()
    assert body["loaded"] and body["list_info"]["list_date"] == "2026-11-01"
    assert body["list_info"]["count"] == 8
    top = body["matches"][0]
    assert top["name"] == expected and top["same_name"] is same
    assert top["licence_number"].startswith("SIP3MI-CONTOH-")
    assert sum(m["same_name"] for m in body["matches"]) <= 1


async def test_unknown_company_is_not_found(client: httpx.AsyncClient, settings: object) -> None:
    await load(settings, "agencies_sample.csv")
    r = await client.post("/agencies/check", json={"name": "PT Abal Abal Internasional"})
    body = r.json()
    assert body["loaded"] and body["matches"] == []


def test_bad_rows_are_reported_with_line_numbers_and_reasons() -> None:
    rows, problems = parse_agencies((DATA / "agencies_bad.csv").read_text(encoding="utf-8"))
    assert [r.line for r in rows] == [3, 8]  # line 1 is a note, line 2 the header
    assert [(p.line, p.reason.split(" ")[0]) for p in problems] == [
        (4, "no"), (5, "no"), (7, "licence")]
    assert "already on line 3" in problems[2].reason


async def test_bad_rows_stop_the_import_and_keep_the_old_list(app: object,
                                                              settings: object) -> None:
    await load(settings, "agencies_sample.csv")
    code, said = await load(settings, "agencies_bad.csv", list_date=date(2026, 12, 1))
    assert code == 1 and "line 4: no company name" in said and "nothing imported" in said
    assert await count(app, "agency") == 8
    async with app.state.engine.connect() as conn:  # type: ignore[attr-defined]
        listed = (await conn.execute(text("SELECT list_date FROM agency_list"))).scalar()
    assert str(listed) == "2026-11-01"


async def test_skip_bad_rows_replaces_the_list_with_the_good_rows(app: object,
                                                                  settings: object) -> None:
    await load(settings, "agencies_sample.csv")
    code, said = await load(settings, "agencies_bad.csv", skip=True, list_date=date(2026, 12, 1))
    assert code == 0 and "3 bad row(s) skipped" in said and "line 5" in said
    assert await count(app, "agency") == 2 and await count(app, "agency_list") == 1
    async with app.state.engine.connect() as conn:  # type: ignore[attr-defined]
        row = (await conn.execute(text("SELECT list_date, source, count FROM agency_list"))).one()
    assert (str(row[0]), row[1], row[2]) == ("2026-12-01", "Ekspor SISKOP2MI (uji)", 2)


@pytest.mark.parametrize("content,reason", [
    ("", "empty"), ("nama_perusahaan,kota\nPT A,Serang\n", "missing column(s) licence_number"),
    ("name,licence_number\n", "only a header"),
])
def test_unusable_files(content: str, reason: str) -> None:
    rows, problems = parse_agencies(content)
    assert rows == [] and reason in problems[0].reason


async def test_missing_file(settings: object) -> None:
    code, said = await load(settings, "no-such-file.csv")
    assert code == 2 and "not found" in said


async def test_check_validates_input(client: httpx.AsyncClient) -> None:
    assert (await client.post("/agencies/check", json={"name": ""})).status_code == 422
    assert (await client.post("/agencies/check", json={"name": "x" * 301})).status_code == 422
