"""A volunteer's day in the console, in headless Chromium against the real API and database."""

from __future__ import annotations

import re
from typing import Any

import httpx
from playwright.async_api import expect

from api.notify.fake import FakeNotifier
from tests.api.support import REPORTER_CHAT, deliver, rows, sos_body
from tests.console.conftest import PASSWORD, SHOTS, log_in


async def open_case(bot_client: httpx.AsyncClient, **overrides: Any) -> dict[str, Any]:
    r = await bot_client.post("/cases", json=sos_body(**overrides))
    assert r.status_code == 201, r.text
    return dict(r.json())


async def test_volunteer_takes_a_case_from_queue_to_resolved(
        page: Any, app: Any, make_member: Any, bot_client: httpx.AsyncClient) -> None:
    dewi = await make_member("Dewi")
    case = await open_case(bot_client, categories=["unpaid_wages", "passport_held",
                                                    "contact_lost"],
                           summary="Majikan tahan paspor saya, gaji 3 bulan belum dibayar.")
    ref = case["reference"]

    await log_in(page, "Dewi")
    row = page.locator("li.row", has_text=ref)
    await expect(row).to_be_visible()
    await expect(row).to_contain_text("Kritis")
    await expect(row).to_contain_text("Belum ada yang pegang")
    await expect(row.locator(".age")).to_have_text(re.compile(r"baru saja|menit lalu"))
    await expect(page.locator("#who")).to_have_text("Masuk sebagai Dewi")
    await page.screenshot(path=str(SHOTS / "console-queue-360.png"), full_page=True)

    # Opening the case is a read of the reporter's words: the API audits it, the page says so.
    await row.locator("a").click()
    await expect(page.locator("h1")).to_have_text(ref)
    await expect(page.locator("#audited")).to_contain_text("Dibuka oleh Anda, tercatat")
    audit = await rows(app, "SELECT volunteer_id, action FROM audit_log WHERE case_id = :c",
                       c=case["id"])
    assert (dewi.id, "case.read") in [tuple(a) for a in audit]
    areas = page.locator(".areas")
    await expect(areas.locator("[data-area=economic]")).to_contain_text("Gaji tidak dibayar")
    await expect(areas.locator("[data-area=working_abroad]")).to_contain_text("Paspor ditahan")
    await expect(areas.locator("[data-area=household]")).to_contain_text("Hilang kontak")
    await expect(page.locator(".quote")).to_have_text(
        "Majikan tahan paspor saya, gaji 3 bulan belum dibayar.")

    # Take it.
    await page.get_by_role("button", name="Ambil kasus ini").click()
    await expect(page.locator("#flash p")).to_contain_text("Kasus ini sekarang Anda pegang")
    await expect(page.locator(".facts")).to_contain_text("Sudah diambil")
    # Only the moves the workflow allows from "claimed".
    moves = page.locator("[data-to]")
    await expect(moves).to_have_count(1)
    await page.screenshot(path=str(SHOTS / "console-case-360.png"), full_page=True)

    # A note for the other volunteers.
    await page.get_by_label("Catatan (hanya dibaca relawan)").fill("Sudah telepon KBRI, menunggu.")
    await page.get_by_role("button", name="Simpan catatan").click()
    await expect(page.locator("#flash p")).to_contain_text("Catatan disimpan")
    await expect(page.locator(".timeline")).to_contain_text("Sudah telepon KBRI, menunggu.")
    # What the phone shows right then: the note form in view, the answer pinned on top.
    await page.screenshot(path=str(SHOTS / "console-case-note-360.png"))

    await page.get_by_role("button", name="Mulai tangani").click()
    await expect(page.locator("#flash p")).to_contain_text("Sedang ditangani")

    # A message to the reporter: the API prefixes it and sends it through the outbox.
    await page.get_by_label("Pesan", exact=True).fill("Kami sedang menghubungi KBRI untuk Anda.")
    await page.get_by_role("button", name="Kirim pesan").click()
    await expect(page.locator("#flash p")).to_contain_text("Pesan sedang dikirim")
    outbox = await rows(app, "SELECT kind FROM outbox WHERE case_id = :c AND sent_at IS NULL",
                        c=case["id"])
    assert ("relay_to_reporter",) in [tuple(o) for o in outbox]
    notifier = FakeNotifier()
    await deliver(app, notifier)
    assert [s.text for s in notifier.to(REPORTER_CHAT)] == [
        "Relawan KAWAN: Kami sedang menghubungi KBRI untuk Anda."]

    # Refer to an official channel, then resolve.
    await page.get_by_label("Lembaga", exact=True).select_option("kp2mi")
    await page.get_by_label("Nomor pengaduan (jika ada)").fill("KP2MI-2026-0042")
    await page.get_by_label("Tanggal tindak lanjut").fill("2026-12-05")
    await page.get_by_role("button", name="Simpan rujukan").click()
    await expect(page.locator("#flash p")).to_contain_text("Rujukan disimpan")
    await expect(page.locator(".timeline")).to_contain_text("Nomor pengaduan: KP2MI-2026-0042")
    await page.get_by_role("button", name="Tandai selesai").click()
    await expect(page.locator("#flash p")).to_contain_text("Selesai")

    status = await rows(app, "SELECT status, assigned_volunteer_id FROM cases WHERE id = :c",
                        c=case["id"])
    assert tuple(status[0]) == ("resolved", dewi.id)
    notes = await rows(app, "SELECT volunteer_id FROM case_note WHERE case_id = :c", c=case["id"])
    assert [tuple(n) for n in notes] == [(dewi.id,)]
    referral = await rows(app, "SELECT channel, complaint_number FROM referral WHERE case_id = :c",
                          c=case["id"])
    assert tuple(referral[0]) == ("kp2mi", "KP2MI-2026-0042")
    # "Resolved" is not "still open": back in the queue the case is gone from the default view.
    await page.get_by_role("link", name="← Kembali ke daftar").click()
    await expect(page.locator("li.empty")).to_be_visible()
    assert page.console_errors == []


async def test_wrong_password_gets_a_kind_answer(page: Any, make_member: Any) -> None:
    await make_member("Dewi")
    await log_in(page, "Dewi", "salah-sandinya", ok=False)
    error = page.get_by_role("alert")
    await expect(error).to_have_text(re.compile("belum cocok"))
    await page.screenshot(path=str(SHOTS / "console-login-360.png"), full_page=True)
    await expect(page.get_by_label("Kata sandi", exact=True)).to_have_value("")
    assert await page.evaluate("sessionStorage.length") == 0
    await page.get_by_label("Kata sandi", exact=True).fill("")
    await page.get_by_role("button", name="Masuk").click()
    await expect(error).to_have_text("Isi nama dan kata sandi dulu, ya.")


async def test_a_volunteer_cannot_see_coordinator_pages(page: Any, make_member: Any) -> None:
    await make_member("Dewi")
    await log_in(page, "Dewi")
    await expect(page.locator("#nav")).to_contain_text("Daftar kasus")
    await expect(page.get_by_role("link", name="Log audit")).to_have_count(0)
    await expect(page.get_by_role("link", name="Aturan eskalasi")).to_have_count(0)
    for hash_ in ("#/audit", "#/policy"):
        await page.goto(f"/console{hash_}")
        await expect(page.locator("#forbidden")).to_have_text(
            "Halaman ini hanya untuk koordinator.")
        await expect(page.locator(".audit li, .policy-row")).to_have_count(0)


async def test_a_coordinator_reads_the_audit_log_and_sets_the_policy(
        page: Any, app: Any, make_member: Any, bot_client: httpx.AsyncClient) -> None:
    await make_member("Pak Rahmat", "coordinator")
    case = await open_case(bot_client)
    await log_in(page, "Pak Rahmat")
    await expect(page.locator("#who")).to_contain_text("koordinator")
    await page.locator("li.row a").first.click()
    await expect(page.locator("#audited")).to_be_visible()

    await page.get_by_role("link", name="Log audit").click()
    entry = page.locator(".audit li").first
    await expect(entry).to_contain_text("Membuka kasus")
    await expect(entry).to_contain_text(f"Kasus #{case['id']}")
    await expect(entry).to_contain_text("Anda")
    await page.screenshot(path=str(SHOTS / "console-audit-360.png"), full_page=True)

    await page.get_by_role("link", name="Aturan eskalasi").click()
    first = page.get_by_label("Kritis: Pengingat pertama (menit)")
    await expect(first).to_have_value("5")
    await page.screenshot(path=str(SHOTS / "console-policy-360.png"), full_page=True)
    await first.fill("3")
    await page.get_by_role("button", name="Simpan aturan").click()
    await expect(page.locator("#flash p")).to_have_text("Aturan disimpan.")
    saved = await rows(app, "SELECT first_after_minutes FROM escalation_policy "
                            "WHERE severity = 'critical'")
    assert saved[0][0] == 3
    second = page.get_by_label("Kritis: Tingkat berikutnya (menit)")
    await second.fill("2")
    await page.get_by_role("button", name="Simpan aturan").click()
    await expect(page.locator("#flash p")).to_contain_text("Periksa angkanya")


async def test_words_from_the_reporter_stay_words(
        page: Any, make_member: Any, bot_client: httpx.AsyncClient) -> None:
    await make_member("Dewi")
    attack = '<img src=x onerror="window.pwned=1"><b>tolong</b>'
    case = await open_case(bot_client, summary=attack)
    await log_in(page, "Dewi")
    await page.goto(f"/console#/case/{case['id']}")
    await expect(page.locator(".quote")).to_have_text(attack)
    assert await page.locator("main img, main b").count() == 0
    assert await page.evaluate("window.pwned") is None


async def test_english_logout_and_where_the_token_lives(page: Any, make_member: Any) -> None:
    await make_member("Dewi")
    await log_in(page, "Dewi")
    await expect(page.locator("h1")).to_have_text("Daftar kasus")
    assert await page.evaluate("localStorage.getItem('kawan.console.token')") is None
    assert await page.evaluate("sessionStorage.getItem('kawan.console.token')")
    await page.get_by_role("button", name="English").click()
    await expect(page.locator("h1")).to_have_text("Cases")
    await expect(page.locator("html")).to_have_attribute("lang", "en")
    await page.get_by_role("button", name="Log out").click()
    await expect(page.locator("#flash p")).to_contain_text("You are logged out")
    await expect(page.locator("h1")).to_have_text("Log in")
    assert await page.evaluate("sessionStorage.length") == 0
    # Back to Indonesian for whoever uses this browser next.
    await page.get_by_role("button", name="Bahasa Indonesia").click()
    await expect(page.locator("h1")).to_have_text("Masuk")


async def test_queue_is_most_urgent_and_newest_first_and_filters(
        page: Any, make_member: Any, bot_client: httpx.AsyncClient) -> None:
    await make_member("Dewi")
    low = await open_case(bot_client, kind="question", severity="low", country="MY")
    old_sos = await open_case(bot_client)
    new_sos = await open_case(bot_client, country="SA")
    await log_in(page, "Dewi")
    refs = page.locator("li.row .ref")
    await expect(refs).to_have_text([new_sos["reference"], old_sos["reference"],
                                     low["reference"]])
    await page.locator("details.filter-box summary").click()
    await page.get_by_label("Tingkat").select_option("low")
    await expect(refs).to_have_text([low["reference"]])
    await expect(page.locator("details.filter-box summary")).to_have_text("Saring kasus (1)")
    await page.get_by_label("Tingkat").select_option("")
    await page.get_by_label("Negara").select_option("SA")
    await expect(refs).to_have_text([new_sos["reference"]])
    await page.get_by_label("Negara").select_option("")
    await page.get_by_label("Hanya kasus saya").check()
    await expect(page.locator("li.empty")).to_have_text(
        "Tidak ada kasus di sini. Terima kasih sudah berjaga.")


async def test_the_queue_refreshes_itself_every_15_seconds(
        page: Any, make_member: Any, bot_client: httpx.AsyncClient) -> None:
    await make_member("Dewi")
    await page.clock.install()
    await log_in(page, "Dewi")
    await expect(page.locator("li.empty")).to_be_visible()
    case = await open_case(bot_client)
    await page.clock.fast_forward(15_000)  # nobody touches anything
    row = page.locator("li.row", has_text=case["reference"])
    await expect(row).to_be_visible()
    await page.clock.fast_forward("05:00")
    await expect(row.locator(".age")).to_have_text("5 menit lalu")


async def test_an_expired_or_forged_token_sends_back_to_login(page: Any, make_member: Any) -> None:
    await make_member("Dewi")
    await log_in(page, "Dewi")
    # A token the API does not accept (here: a forged signature) ➜ a kind word, then login.
    await page.evaluate("""() => {
        const claims = btoa(JSON.stringify({sub: "1", role: "coordinator", typ: "volunteer",
                                            exp: Math.floor(Date.now() / 1000) + 3600}));
        sessionStorage.setItem("kawan.console.token", `e30.${claims}.forged`);
    }""")
    await page.get_by_role("button", name="Muat ulang").click()
    await expect(page.locator("#flash p")).to_have_text("Sesi Anda sudah berakhir. Silakan masuk lagi.")
    await expect(page.locator("h1")).to_have_text("Masuk")
    assert await page.evaluate("sessionStorage.getItem('kawan.console.token')") is None


async def test_a_case_another_volunteer_has(
        page: Any, make_member: Any, bot_client: httpx.AsyncClient) -> None:
    budi = await make_member("Budi")
    await make_member("Dewi")
    case = await open_case(bot_client)
    token = (await bot_client.post("/auth/token", data={"username": "Budi",
                                                        "password": PASSWORD})).json()
    r = await bot_client.post(f"/cases/{case['id']}/claim",
                              headers={"Authorization": f"Bearer {token['access_token']}"})
    assert r.status_code == 200, r.text

    await log_in(page, "Dewi")
    await expect(page.locator("li.row", has_text=case["reference"])).to_contain_text(
        "Sudah dipegang")
    await page.locator("li.row a").click()
    await expect(page.locator(".facts")).to_contain_text(f"Relawan lain (#{budi.id})")
    await expect(page.locator("#claim")).to_have_count(0)
    await expect(page.locator("[data-to]")).to_have_count(0)
    await expect(page.locator("#message-why")).to_have_text(
        "Kasus ini dipegang relawan lain: hanya dia yang bisa menulis ke pelapor.")
    await expect(page.locator(".timeline")).to_contain_text(f"Relawan #{budi.id}")
