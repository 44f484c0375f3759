"""`kawan agencies import` as a volunteer runs it: a fresh SQLite file, good and bad rows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kawan.settings import REPO_ROOT
from tests.cli.test_cli import run

DATA = REPO_ROOT / "tests" / "data"


def test_import_good_rows_then_refuse_a_file_with_bad_rows(tmp_path: Path) -> None:
    db = tmp_path / "kawan.db"
    env = {"DATABASE_URL": f"sqlite+aiosqlite:///{db}"}
    assert run(["db", "upgrade"], env=env).returncode == 0
    good = run(["agencies", "import", str(DATA / "agencies_sample.csv"), "--list-date",
                "2026-11-01", "--source", "Ekspor SISKOP2MI (uji)"], env=env)
    assert good.returncode == 0, good.stderr
    assert "imported 8 licensed companies (list of 2026-11-01" in good.stdout
    bad = run(["agencies", "import", str(DATA / "agencies_bad.csv"), "--list-date",
               "2026-12-01", "--source", "x"], env=env)
    assert bad.returncode == 1
    assert "line 4: no company name" in bad.stdout
    assert "line 5: no licence number for 'PT Contoh Tanpa Nomor Izin'" in bad.stdout
    assert "line 7: licence number 'SIP3MI-CONTOH-0001' already on line 3" in bad.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM agency").fetchone() == (8,)
        assert conn.execute("SELECT list_date, source FROM agency_list").fetchall() == [
            ("2026-11-01", "Ekspor SISKOP2MI (uji)")]


def test_a_wrong_date_is_explained(tmp_path: Path) -> None:
    env = {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'k.db'}"}
    result = run(["agencies", "import", str(DATA / "agencies_sample.csv"), "--list-date",
                  "01-11-2026", "--source", "x"], env=env)
    assert result.returncode == 2 and "YYYY-MM-DD" in result.stderr
