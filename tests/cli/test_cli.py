"""The command line as a person uses it: `kawan chat` scripted on stdin, `kawan content check`."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from kawan.settings import REPO_ROOT

KAWAN = [sys.executable, "-m", "kawan.cli"]


def run(args: list[str], *, stdin: str = "", env: dict[str, str] | None = None,
        cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "LOG_LEVEL": "WARNING", **(env or {})}
    return subprocess.run(KAWAN + args, input=stdin, capture_output=True, text=True,
                          env=full_env, cwd=cwd or REPO_ROOT, timeout=120)


def test_chat_onboarding_scripted_from_stdin(tmp_path: Path) -> None:
    db = tmp_path / "chat.db"
    script = "/start\n1\n1\n1\n2\n:sticker\n/privasi\n:quit\n"
    result = run(["chat"], stdin=script, env={"DATABASE_URL": f"sqlite+aiosqlite:///{db}"})
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "[1] 🇮🇩 Bahasa Indonesia" in out  # buttons appear as numbered choices
    assert "Kamu sudah terdaftar" in out
    assert "belum bisa membaca" in out  # the sticker got a kind answer
    assert "Negara: Hong Kong" in out  # /privasi shows what is stored
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT role, country FROM person").fetchall() == [
            ("worker_abroad", "HK")]


def test_chat_sos_shows_hotlines_even_with_the_number_typed(tmp_path: Path) -> None:
    db = tmp_path / "chat.db"
    result = run(["chat"], stdin="/sos\n", env={"DATABASE_URL": f"sqlite+aiosqlite:///{db}"})
    assert result.returncode == 0, result.stderr
    assert "0800-1000" in result.stdout  # KP2MI, before any question


def test_content_check_passes_on_shipped_content() -> None:
    result = run(["content", "check"])
    assert result.returncode == 0, result.stdout
    assert "0 error(s)" in result.stdout


def test_content_check_names_each_problem_in_plain_words(tmp_path: Path) -> None:
    broken = tmp_path / "content"
    shutil.copytree(REPO_ROOT / "content", broken)
    (broken / "en/messages/menu.yaml").write_text(
        (broken / "en/messages/menu.yaml").read_text().replace("help:", "hlep:"))
    account = broken / "en/messages/account.yaml"
    account.write_text(account.read_text().replace("{timezone}", "{tz}"))
    (broken / "id/messages/common.yaml").write_text("busy: 'unclosed\n")
    result = run(["content", "check", "--dir", str(broken)])
    assert result.returncode == 1
    out = result.stdout
    assert "kunci 'menu.help' ada di id tapi belum diterjemahkan ke en" in out
    assert "kunci 'menu.hlep' tidak dikenal" in out
    assert "'account.your_data'" in out and "tz" in out
    assert "id/messages/common.yaml" in out and "baris" in out


def test_run_without_token_explains_botfather(tmp_path: Path) -> None:
    db = tmp_path / "run.db"
    env = {**os.environ, "LOG_LEVEL": "WARNING", "DATABASE_URL": f"sqlite+aiosqlite:///{db}"}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    from tests.botapi.server import free_port

    port = free_port()
    proc = subprocess.Popen(KAWAN + ["run", "--port", str(port)], env=env, cwd=REPO_ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        import httpx

        for _ in range(100):
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1)
                break
            except httpx.HTTPError:
                import time

                time.sleep(0.2)
        else:
            raise AssertionError("kawan run did not serve /healthz")
        assert r.json() == {"status": "ok", "database": "ok"}
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=30)
    assert "BotFather" in out
    with sqlite3.connect(db) as conn:  # migrations were applied
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert {"person", "channel_identity", "bot_conversation", "bot_outbox"} <= tables


def test_classify_reads_lines_and_prints_json_lines() -> None:
    import json

    result = run(["classify"], stdin="tolong saya dipukul majikan\nmajikan saya baik\n")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert [x["level"] for x in lines] == ["urgent", "none"]
    assert lines[0]["text"] == "tolong saya dipukul majikan"
    assert "violence" in lines[0]["categories"]
