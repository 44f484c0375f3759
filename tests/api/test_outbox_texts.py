"""Long texts: split for volunteers, cut as a last resort, never refused by Telegram."""

from __future__ import annotations

from typing import Any

import httpx

from api.notify.fake import FakeNotifier
from api.notify.service import TELEGRAM_LIMIT, fit, split_text
from tests.api.support import Member, deliver, open_case


def test_split_keeps_lines_and_size() -> None:
    text = "\n".join(f"baris {i} " + "x" * 50 for i in range(200))
    pieces = split_text(text, size=1000)
    assert all(len(p) <= 1000 for p in pieces)
    assert "".join(p + "\n" for p in pieces).rstrip("\n") == text
    assert split_text("pendek") == ["pendek"]
    assert all(len(p) <= 100 for p in split_text("y" * 450, size=100))


def test_fit_counts_like_telegram() -> None:
    emoji = "🆘" * 3000  # 6000 UTF-16 units
    cut = fit(emoji)
    assert len(cut.encode("utf-16-le")) // 2 <= TELEGRAM_LIMIT and cut.endswith("…")
    assert fit("halo") == "halo"


async def test_long_details_arrive_in_pieces(app: Any, client: httpx.AsyncClient,
                                             volunteer: Member, notifier: FakeNotifier) -> None:
    case = await open_case(client, summary="awal " + "a" * 4000)
    for i in range(3):
        r = await client.post(f"/cases/{case['id']}/details", json={
            "idempotency_key": f"long-text-{i:04d}", "kind": "text",
            "data": {"text": f"bagian {i} " + "b" * 3000}})
        assert r.status_code == 201
    await client.post(f"/cases/{case['id']}/claim", headers=volunteer.headers)
    await deliver(app, notifier)
    pieces = notifier.to(5001)
    assert len(pieces) >= 4 and all(len(p.text) <= TELEGRAM_LIMIT for p in pieces)
    joined = "".join(p.text for p in pieces)
    assert "awal" in joined and all(f"bagian {i}" in joined for i in range(3))
