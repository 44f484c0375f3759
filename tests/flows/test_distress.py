"""Table tests for the distress detector (bot/flows/distress.py)."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest

import bot.flows.distress as distress
from bot.flows.distress import CATEGORIES, Distress, Level, classify, normalize

DATA = Path(__file__).resolve().parents[1] / "data"
U, C, N = Level.URGENT, Level.CONCERN, Level.NONE


# --------------------------------------------------------------------------- API shape
def test_public_api() -> None:
    assert [lv.value for lv in Level] == ["urgent", "concern", "none"]
    assert CATEGORIES == (
        "violence", "sexual_abuse", "locked_in", "no_food", "unpaid_wages", "passport_held",
        "sick_injured", "arrested", "trafficked", "stranded", "self_harm", "threats",
        "overwork", "contact_lost", "other",
    )
    d = classify("majikan pukul saya")
    assert isinstance(d, Distress)
    assert isinstance(d.categories, tuple) and isinstance(d.matched, tuple)
    with pytest.raises(dataclasses.FrozenInstanceError):
        d.level = Level.NONE  # type: ignore[misc]
    assert set(d.categories) <= set(CATEGORIES)


def test_does_not_import_io_libraries() -> None:
    code = (
        "import sys, bot.flows.distress as d; d.classify('tolong saya');"
        "bad = [m for m in ('telegram', 'httpx', 'sqlmodel', 'sqlalchemy') if m in sys.modules];"
        "sys.exit(1 if bad else 0)"
    )
    root = Path(__file__).resolve().parents[2]
    assert subprocess.run([sys.executable, "-c", code], cwd=root).returncode == 0


# --------------------------------------------------------------------------- each category
CATEGORY_CASES = [
    ("majikan saya mukul saya pakai sapu", U, "violence"),
    ("sy dilecehkan akong, dia suka pegang dada sy", U, "sexual_abuse"),
    ("saya dikurung di kamar sudah 2 hari", U, "locked_in"),
    ("sudah 3 hari tidak dikasih makan", U, "no_food"),
    ("gaji saya belum dibayar 4 bulan", C, "unpaid_wages"),
    ("paspor saya ditahan agen", C, "passport_held"),
    ("saya sakit demam tapi tetap disuruh kerja", C, "sick_injured"),
    ("teman saya pingsan di kamar mandi", U, "sick_injured"),
    ("kakak saya ditangkap polisi imigrasi", U, "arrested"),
    ("saya dijual agen ke majikan lain", U, "trafficked"),
    ("kontrak habis tapi tidak punya tiket pulang", C, "stranded"),
    ("saya pengen bunuh diri", U, "self_harm"),
    ("majikan bilang mau bunuh saya", U, "threats"),
    ("diancam dilaporkan ke polisi kalau minta gaji", C, "threats"),
    ("tidak pernah libur selama setahun", C, "overwork"),
    ("anak saya di Malaysia sudah 3 bulan tidak ada kabar", C, "contact_lost"),
    ("TOLONG SAYA", U, "other"),
    ("saya tidak boleh sholat sama majikan", C, "other"),
]


@pytest.mark.parametrize(("text", "level", "category"), CATEGORY_CASES)
def test_categories(text: str, level: Level, category: str) -> None:
    d = classify(text)
    assert d.level is level, (text, d)
    assert category in d.categories, (text, d)
    assert d.matched


# --------------------------------------------------------------------------- hard negatives
HARD_NEGATIVES = [
    "tolong kirim info",
    "tolong dong bantu isi formulir",
    "mati gaya",
    "mati lampu",
    "hp saya mati",
    "majikan saya baik",
    "gaji sudah dibayar",
    "mau tanya soal paspor",
    "saya kabur dulu ya mau masak",
    "kelaparan nih belum makan siang hehe",
    "capek tapi seneng",
    "bunuh nyamuk",
    "pukul 3 sore",
    "jam 5",
    "bantu saya cari resep",
    "tidak dipukul",
    "gak pernah disiksa",
    "majikan tidak pernah tahan paspor",
    "besok ketemu pukul 3 sore ya",
    "dia datang pukul 7 pagi",
    "foto nya kabur, kirim ulang dong",
    "mata saya kabur kalau baca",
    "saya kerja di rumah sakit",
    "lagi banting tulang demi anak",
    "anak majikan tendang bola",
    "disiksa rindu sama anak hehe",
    "tadi lihat berita TKW disiksa majikan, kasihan",
    "besok ada sosialisasi pencegahan TPPO di desa",
    "info: kalau paspor ditahan majikan, itu melanggar UU",
    "TOLONG INFO JADWAL BUKA KANTOR",
    "help! how do I renew my ARC online?",
    "tolong doakan ibu saya yang sakit di kampung",
    "this heat is killing me",
    "wkwk aku dikunci di luar pas buang sampah",
]


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negatives(text: str) -> None:
    d = classify(text)
    assert d.level is N, (text, d)
    assert d.categories == () and d.matched == ()


RULE_QUESTIONS = [
    "apa boleh agen tahan paspor?",
    "apakah majikan boleh memukul pekerja?",
    "kalau dipukul majikan lapor kemana?",
]


@pytest.mark.parametrize("text", RULE_QUESTIONS)
def test_rule_questions_are_at_most_concern(text: str) -> None:
    assert classify(text).level is not U


# --------------------------------------------------------------------------- negation
NEGATION_CASES = [
    ("tidak dipukul", N),
    ("saya tidak pernah dipukul majikan", N),
    ("gak pernah disiksa", N),
    ("ndak pernah dikurung", N),
    ("ora dipukul kok", N),
    ("teu dipukul", N),
    ("bukan dipukul, cuma dimarahi sekali", N),
    ("disiksa sih nggak", N),
    ("paspor saya tidak ditahan", N),
    ("gaji tidak pernah telat", N),
    ("gaji saya tidak dipotong", N),
    ("my employer never hit me", N),
    ("tidak ada yang memukul saya", N),
    ("sudah tidak sakit lagi", N),
    # negations that are part of the cue itself
    ("gaji tidak dibayar", C),
    ("tidak dikasih makan", U),
    ("tidak boleh keluar rumah", U),
    # a negation far away does not cancel the cue
    ("saya tidak tahu kenapa majikan memukul saya", U),
    ("tidak mau dipukul lagi", U),
]


@pytest.mark.parametrize(("text", "level"), NEGATION_CASES)
def test_negation(text: str, level: Level) -> None:
    assert classify(text).level is level, (text, classify(text))


# --------------------------------------------------------------------------- negation scope
# A negation covers a coordinated or listed series ("tidak pernah ditampar atau dipukul"), but
# not a new clause after a modal or mental verb ("tidak kuat, dipukul tiap hari").
NEGATION_SCOPE_CASES = [
    ("saya tidak pernah ditampar atau dipukul", N),
    ("belum pernah dikurung maupun disiksa", N),
    ("tidak dipukul dan ditendang", N),
    ("aku tidak pernah dikurung, disiksa ataupun kelaparan, jadi tenang ya bu", N),
    ("nyonya dan tuan tidak pernah kasar, tidak pernah memukul atau menghina saya", N),
    ("tidak dikasih makan dan dipukul", U),
    ("aku gak kuat, dipukul atau ditendang tiap hari", U),
    ("saya tidak betah, dipukul atau dimarahi tiap hari", U),
    ("nyonya tidak pernah melarang saya sholat", N),
    ("aku gak pernah dilarang sholat, malah diingetin", N),
]


@pytest.mark.parametrize(("text", "level"), NEGATION_SCOPE_CASES)
def test_negation_scope(text: str, level: Level) -> None:
    assert classify(text).level is level, (text, classify(text))


# --------------------------------------------------------------------------- situations
# Indirect descriptions of the ILO forced-labour situations, not just the key words.
SITUATION_CASES = [
    # food restricted, described indirectly
    ("tiga hari saya cuma makan mie sekali sehari", U, "no_food"),
    ("makanku cuma sisa2 piring anak majikan, kadang gak ada sama sekali", U, "no_food"),
    ("we have no food, the agency left us in the apartment for a week", U, "no_food"),
    ("kami makan nasi sama garam aja udah seminggu", U, "no_food"),
    ("majikan ngunci dapur, aku cuma minum air kran dari pagi", U, "no_food"),
    # sexual harassment by messages / entering the bedroom at night
    ("tuan sering kirim pesan jorok dan mau masuk kamarku malam2", U, "sexual_abuse"),
    ("bos udah di samping kasurku tengah malam, aku teriak", U, "sexual_abuse"),
    ("sopir majikan suka godain dan ngomong jorok ke aku", C, "sexual_abuse"),
    # withholding / refusal frames
    ("agen tidak mau mengembalikan paspor saya", C, "passport_held"),
    ("kontrak selesai, agen tidak mau urus kepulangan saya", C, "stranded"),
    ("majikan tidak mau kasih surat pelepasan, saya tidak bisa pindah", C, "stranded"),
    ("majikan melarang saya sholat", C, "other"),
    ("majikan gak kasih aku sholat, katanya buang waktu", C, "other"),
    # threats of future harm, weapons, indirect violence
    ("majikan bilang kalau aku kabur dia akan suruh orang habisi keluargaku", U, "threats"),
    ("kalau kerjaan aku gak beres baba suka main tangan", U, "violence"),
    ("i was slapped by my employer today", U, "violence"),
    # self-harm told indirectly
    ("udah gak ada gunanya aku hidup, pengen nyusul bapak aja", U, "self_harm"),
    ("sy sudah tulis surat buat anak sy, maafkan ibu ya nak, ibu sudah tidak kuat", U, "self_harm"),
    # debt bondage, deception
    ("dia bilang gak boleh pulang sebelum bayar utang", U, "trafficked"),
    ("saya sudah di bandara tapi tiket pulang ternyata palsu dari agen", C, "trafficked"),
    # concern floor: general words for mistreatment
    ("aku gak boleh kemana mana, keluar pagar aja gak boleh, udah setahun", U, "locked_in"),
    ("majikan sering lupa kasih makan, aku makan dari sisa2 di tempat sampah", U, "no_food"),
    ("suami majikan ngancam mau nyebarin foto aku kalau aku gak nurut", U, "threats"),
    ("majikan saya jahat sekali, saya mau pindah tapi takut", C, "other"),
    ("aku diperlakukan kayak budak di sini", C, "other"),
]


@pytest.mark.parametrize(("text", "level", "category"), SITUATION_CASES)
def test_situations(text: str, level: Level, category: str) -> None:
    d = classify(text)
    assert d.level is level, (text, d)
    assert category in d.categories, (text, d)


# Context that lowers or removes a cue: a resolved past, rules questions asked out of
# curiosity with the generic "kita", hearsay, figures of speech, a small child at play.
CONTEXT_CASES = [
    ("dulu saya pernah dipukul majikan lama, sekarang alhamdulillah sudah pindah dan aman", N),
    ("dulu pernah kerja di majikan yang suka mukul, sekarang sudah di majikan baru, baik banget", N),
    ("dulu dipukul majikan, sekarang sudah pindah, tapi gaji belum dibayar 3 bulan", C),
    ("kalau majikan pukul kita, kita harus lapor ke mana ya? cuma pengen tau aja", N),
    ("kalau majikan pukul kita, kita harus lapor ke mana ya?", C),
    ("kita dikurung majikan, tolong", U),
    ("aku pernah dengar ada PMI yang dijual agen, ngeri ya", N),
    ("adik saya dijual agen ke majikan lain", U),
    ("dihajar deadline masak buat pesta nanti malam wkwk", N),
    ("anak majikan nangis terus, aku dijambak dikit sama dia, namanya juga bayi", N),
    ("anak majikan kecil suka nendang kalau lagi tantrum, biasa lah anak2", N),
    ("haha aku dipukul bantal sama anak majikan, lagi main perang2an", N),
    ("ibu saya di kampung lagi sakit, saya mau kirim uang buat berobat", N),
    ("semalam aku gak bisa tidur, kepikiran anak di rumah", N),
    ("aku kabur sebentar ke minimarket beli pulsa", N),
    ("lagi diet nih, makan cuma sekali sehari biar kurus wkwk", N),
    ("tolong tolong tolong... cepet", U),
    ("akun facebook aku dikunci, gimana buka lagi ya?", N),
    ("aku gak dikasih makan pedas sama majikan, katanya gak sehat haha", N),
    ("kemarin ada temen cerita dia dipukul majikan, dia sudah aman sekarang", N),
]


@pytest.mark.parametrize(("text", "level"), CONTEXT_CASES)
def test_context(text: str, level: Level) -> None:
    assert classify(text).level is level, (text, classify(text))


# --------------------------------------------------------------------------- language variety
LANGUAGE_CASES = [
    # chat slang, typos, glued words, stretched letters, caps
    ("sy gk dksh mkn udh 2 hr", U),
    ("sydipukul mjikan", U),
    ("tolongsaya majikan mukul trs", U),
    ("sy dipukkul majikn", U),
    ("tolooong", U),
    ("DISIKSA MAJIKAN", U),
    ("gaji blm dibyr 3bln", C),
    ("sy di pukulin nyonya tiap hari", U),
    ("dipegang2 terus sama akong", U),
    ("paspor di pegang majikan", C),
    # Javanese
    ("aku diantemi majikan", U),
    ("gaji durung dibayar wis 3 sasi", C),
    ("ora dibayar", C),
    ("mboten dipun paringi dhahar sampun 3 dinten", U),
    ("tulung aku", U),
    ("dikunci neng kamar karo majikan", U),
    ("majikan ngamuk terus", C),
    ("pengen mati wae", U),
    # Sundanese
    ("tulungan", U),
    ("abdi diteunggeul ku dunungan", U),
    ("gajih teu dibayar", C),
    ("abdi gering", C),
    ("lapar pisan, teu dibere dahar", U),
    ("hayang paeh", U),
    # English
    ("help me", U),
    ("my employer beats me", U),
    ("my salary not paid for 3 months", C),
    ("I am locked in the house", U),
    ("no day off for 6 months", C),
    ("I want to kill myself", U),
    # emoji
    ("🆘", U),
    ("tolong 😭😭", U),
    ("majikan pukul aku 😭", U),
    ("kangen anak 😭", N),
    ("majikan lucu 😂", N),
    ("terima kasih 🙏", N),
]


@pytest.mark.parametrize(("text", "level"), LANGUAGE_CASES)
def test_language_variety(text: str, level: Level) -> None:
    assert classify(text).level is level, (text, classify(text))


@pytest.mark.parametrize("text", ["they took my passport", "awakku lara kabeh"])
def test_concerns_reach_a_volunteer(text: str) -> None:
    # concern by the labelling rules; the recall-first thresholds may make them urgent
    assert classify(text).level in (C, U)


# --------------------------------------------------------------------------- robustness
@pytest.mark.parametrize(
    "text",
    ["", " ", "\n\t", "😭", "🙏🙏", "...", "???", "12345", "你好", "مرحبا", "\x00\x01", "a" * 5000],
)
def test_degenerate_input(text: str) -> None:
    d = classify(text)
    assert isinstance(d, Distress)


def test_empty_is_none() -> None:
    assert classify("") == Distress(Level.NONE, (), ())


@pytest.mark.timeout(60)  # finishes (speed is measured in bench/, not asserted here)
def test_long_message_finishes() -> None:
    benign = ("saya kerja di sini sudah lama, majikan baik dan gaji lancar. " * 200)[:10_000]
    assert len(benign) == 10_000
    assert classify(benign).level is N
    bad = benign[:9_950] + " tolong saya dipukul majikan"
    assert classify(bad).level is U
    noise = ("x" * 97 + " 2! ") * 100
    assert classify(noise[:10_000]).level is N


# --------------------------------------------------------------------------- labelled data
def _load(name: str) -> list[dict]:
    with (DATA / name).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def test_labelled_set_is_well_formed() -> None:
    rows = _load("distress_labelled.jsonl")
    assert len(rows) >= 260
    for r in rows:
        assert set(r) == {"text", "level", "categories"}
        assert r["level"] in {"urgent", "concern", "none"}
        assert set(r["categories"]) <= set(CATEGORIES)
        assert (r["level"] == "none") == (r["categories"] == [])
    share = {lv: sum(r["level"] == lv for r in rows) / len(rows) for lv in ("urgent", "concern")}
    assert 0.3 <= share["urgent"] <= 0.5 and 0.15 <= share["concern"] <= 0.35


def _rates(rows: list[dict]) -> tuple[float, float]:
    urgent = [r for r in rows if r["level"] == "urgent"]
    benign = [r for r in rows if r["level"] == "none"]
    recall = sum(classify(r["text"]).level is U for r in urgent) / len(urgent)
    false_alarm = sum(classify(r["text"]).level is not N for r in benign) / len(benign)
    return recall, false_alarm


def test_labelled_set_targets() -> None:
    recall, false_alarm = _rates(_load("distress_labelled.jsonl"))
    assert recall >= 0.98, recall
    assert false_alarm <= 0.03, false_alarm


def test_gates_never_change_a_result(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [r["text"] for r in _load("distress_labelled.jsonl")]
    with_gates = [classify(t) for t in texts]
    monkeypatch.setattr(distress, "_USE_GATES", False)
    assert [classify(t) for t in texts] == with_gates


def test_matched_ids_are_known() -> None:
    known = {c.id for c in distress._CUES} | {c.id for c in distress._ROOT_CUES}
    known |= {"help.call", "help.weak", "combo.trafficking", "ctx.resolved"}
    for r in _load("distress_labelled.jsonl"):
        assert set(classify(r["text"]).matched) <= known


# --------------------------------------------------------------------------- normalisation
@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("sy d pkul mjkn", "saya dipukul majikan"),  # vowels left out
        ("mw bnuh diri aja", "mau bunuh diri saja"),
        ("tolongakudipukulmajikanbarusan", "tolong saya dipukul majikan barusan"),  # no spaces
        ("kami mengundang bapak ibu", "kami mengundang bapak ibu"),  # a real word, not "menendang"
        ("minum air kran", "minum air kran"),  # "kran" (a tap) is not "koran"
    ],
)
def test_normalisation(raw: str, canonical: str) -> None:
    assert normalize(raw).text == canonical


def test_words_typed_without_spaces_are_read() -> None:
    assert classify("tolongakudipukulmajikanbarusan").level is U
    assert classify("Dalam rangka Hari Pekerja Migran, kami mengundang bapak ibu ke balai desa").level is N


def test_a_sentence_pasted_over_and_over_is_read_once() -> None:
    assert classify("saya kerja di sini sudah lama, majikan baik. " * 250).level is N
    assert classify("kerja di sini enak. tolong saya dipukul majikan. " * 150).level is U
