"""The FAQ matcher: slang, typos and word forms find the right entry; off-topic finds none."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from api.guidance.faq_match import FaqIndex
from api.guidance.text import stem_id, terms, words
from kawan.content.facts import load_facts

ROOT = Path(__file__).resolve().parents[2]
HELDOUT = ROOT / "tests" / "data" / "faq_heldout.jsonl"


@pytest.fixture(scope="module")
def facts():  # type: ignore[no-untyped-def]
    return load_facts(ROOT / "content")


@pytest.fixture(scope="module")
def index_id(facts) -> FaqIndex:  # type: ignore[no-untyped-def]
    return FaqIndex(facts.content("id").faq, "id")


@pytest.fixture(scope="module")
def index_en(facts) -> FaqIndex:  # type: ignore[no-untyped-def]
    return FaqIndex(facts.content("en").faq, "en")


# --- normalisation -------------------------------------------------------------------------


def test_words_split_reduplication_and_stretching() -> None:
    assert words("Anak2 TOLONGGG, hak-hak saya!") == ["anak", "anak", "tolong", "hak", "hak", "saya"]
    assert words("syarat2nya") == ["syarat", "syaratnya"]


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("dipukuli", "pukul"), ("dipukulin", "pukul"), ("menahan", "tahan"), ("mengirim", "kirim"),
        ("pengiriman", "kirim"), ("pekerjaan", "kerja"), ("bekerja", "kerja"), ("kematian", "mati"),
        ("penempatan", "tempat"), ("pemberangkatan", "berangkat"), ("menikah", "nikah"),
        ("gajinya", "gaji"), ("ngirim", "kirim"), ("nanya", "tanya"), ("bulan", "bulan"),
        ("meninggal", "meninggal"), ("perjanjian", "perjanjian"), ("pendaftaran", "daftar"),
    ],
)
def test_stemmer(word: str, stem: str) -> None:
    assert stem_id(word) == stem


def test_terms_use_slang_and_synonyms() -> None:
    assert terms("gmn klo suami sy meninggoy", "id") == ["pasangan", "meninggal"]
    assert terms("majikan wafat", "id") == terms("bos mati", "id")
    assert terms("upah ditahan agen", "id") == terms("gaji dipegang calo", "id")
    assert terms("pasport", "id") == terms("paspor", "id")


# --- matching ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("paspor sy dipegang majkan", "passport_held"),  # typo in majikan
        ("gmn klaim bpjs klo anak meningal di taiwan", "bpjs_death_claim"),  # slang and typo
        ("gajine durung dibayar majikan", "unpaid_wages"),
        ("brp iuran bpjs buat pmi", "bpjs_contribution"),
        ("cara cek pt penyalur resmi", "check_licence"),
        ("disuruh berangkat pake visa ziarah", "wrong_visa"),
    ],
)
def test_finds_entry_despite_slang_and_typos(index_id: FaqIndex, question: str, expected: str) -> None:
    hit = index_id.best(question)
    assert hit is not None and hit.id == expected


@pytest.mark.parametrize("question", ["resep soto betawi", "jadwal sholat jumat di masjid agung", ""])
def test_off_topic_gets_no_answer(index_id: FaqIndex, question: str) -> None:
    assert index_id.best(question) is None


def test_search_ranks_and_limits(index_id: FaqIndex) -> None:
    hits = index_id.search("majikan tidak bayar gaji", k=3)
    assert 1 <= len(hits) <= 3
    assert hits[0].id == "unpaid_wages"
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert all(0 <= h.score <= 1 for h in hits)
    assert index_id.search("xyzzy qwerty") == []


def test_english_index(index_en: FaqIndex) -> None:
    hit = index_en.best("my boss kept my passport")
    assert hit is not None and hit.id == "passport_held"
    assert index_en.best("best pizza in town") is None


def test_accepts_any_entry_shape() -> None:
    @dataclass
    class Entry:
        id: str
        question: str
        alt: list[str] = field(default_factory=list)

    index = FaqIndex([Entry("a", "Gaji tidak dibayar", ["upah telat"]), Entry("b", "Paspor hilang")])
    assert [h.id for h in index.search("gajiku telat")][:1] == ["a"]


# --- the held-out set ----------------------------------------------------------------------


def load_heldout() -> list[dict[str, str | None]]:
    return [json.loads(line) for line in HELDOUT.read_text(encoding="utf-8").splitlines() if line]


def test_heldout_set_is_well_formed(facts) -> None:  # type: ignore[no-untyped-def]
    rows = load_heldout()
    indonesian = [r for r in rows if r["lang"] == "id"]
    assert sum(r["expected"] is not None for r in indonesian) >= 90
    assert sum(r["expected"] is None for r in indonesian) >= 10
    for row in rows:
        ids = {e.id for e in facts.content(str(row["lang"])).faq}
        assert row["expected"] is None or row["expected"] in ids, row


def test_heldout_top3_accuracy_floor(index_id: FaqIndex) -> None:
    """A quality floor, not a benchmark: bench/faq_eval.py prints the real figures."""
    rows = [r for r in load_heldout() if r["lang"] == "id" and r["expected"] is not None]
    found = sum(r["expected"] in [h.id for h in index_id.search(str(r["question"]))] for r in rows)
    assert found / len(rows) >= 0.9
