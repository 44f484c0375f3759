"""The facts in content/ load, pass their own check, and broken copies say what is wrong."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from kawan.content.facts import ContentError, check_facts, load_facts
from kawan.content.problems import Problem, Severity

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content"
PMI_FACTS = ROOT.parent / "shared" / "domain" / "PMI-FACTS.md"
TODAY = date(2026, 11, 28)
DESTINATIONS = {"MY", "HK", "TW", "SG", "SA", "KR", "JP", "AE"}


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity is Severity.ERROR]


def has(problems: list[Problem], path: str, *fragments: str, severity: Severity = Severity.ERROR) -> bool:
    return any(
        p.path == path and p.severity is severity and all(f in p.message for f in fragments)
        for p in problems
    )


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """A private copy of the facts and guidance files to break."""
    copy = tmp_path / "content"
    shutil.copytree(CONTENT / "facts", copy / "facts")
    for lang in ("id", "en"):
        for name in ("faq.yaml", "quiz.yaml", "checklist.yaml"):
            (copy / lang).mkdir(parents=True, exist_ok=True)
            shutil.copy(CONTENT / lang / name, copy / lang / name)
        shutil.copytree(CONTENT / lang / "guides", copy / lang / "guides")
    return copy


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(needle)


# --- the shipped content -------------------------------------------------------------------


def test_shipped_content_loads() -> None:
    facts = load_facts(CONTENT)
    assert {c.code for c in facts.countries} == DESTINATIONS
    assert all(c.hotlines and c.timezones for c in facts.countries)
    assert len(facts.global_hotlines) >= 4
    assert len(facts.fees.zero_fee_jobs.items) == 10
    assert set(facts.languages) == {"id", "en"}
    for lang in ("id", "en"):
        content = facts.content(lang)
        assert len(content.quiz) == 7
        assert len(content.faq) >= 35
        assert set(content.guides) == DESTINATIONS
        assert {i.id for i in content.checklist} >= {
            "documents", "bpjs", "opp", "e_pmi", "ltsa_registration", "check_licence"
        }


def test_shipped_content_has_no_errors() -> None:
    problems = check_facts(CONTENT, TODAY)
    assert errors(problems) == []


def test_both_languages_have_the_same_entries() -> None:
    facts = load_facts(CONTENT)
    first, second = facts.content("id"), facts.content("en")
    assert [e.id for e in first.faq] == [e.id for e in second.faq]
    assert [q.id for q in first.quiz] == [q.id for q in second.quiz]
    assert [i.id for i in first.checklist] == [i.id for i in second.checklist]


def test_every_hotline_is_marked_for_verification_and_has_a_source() -> None:
    facts = load_facts(CONTENT)
    hotlines = [h for c in facts.countries for h in c.hotlines] + facts.global_hotlines
    assert all(h.verify and h.source for h in hotlines)


@pytest.mark.skipif(not PMI_FACTS.is_file(), reason="shared/domain/PMI-FACTS.md not beside the repo")
def test_every_number_is_copied_exactly_from_pmi_facts() -> None:
    source = PMI_FACTS.read_text(encoding="utf-8")
    facts = load_facts(CONTENT)
    hotlines = [h for c in facts.countries for h in c.hotlines] + facts.global_hotlines
    for hotline in hotlines:
        if hotline.number:
            assert re.search(rf"(?<![\d-]){re.escape(hotline.number)}(?![\d-])", source), hotline


def test_stale_hotlines_are_warnings_in_plain_words() -> None:
    problems = check_facts(CONTENT, TODAY)
    assert any(
        p.severity is Severity.WARNING
        and p.path == "facts/countries.yaml"
        and p.message.startswith(
            "hotline 'KBRI Kuala Lumpur' di MY belum diverifikasi sejak 2024-01-01 "
            "(lebih dari 180 hari)"
        )
        for p in problems
    )


# --- broken copies -------------------------------------------------------------------------


def test_recently_verified_hotline_is_not_stale(content: Path) -> None:
    edit(content / "facts/countries.yaml", "verified_on: 2024-01-01", "verified_on: 2026-11-01")
    problems = check_facts(content, TODAY)
    assert not any("'KBRI Kuala Lumpur'" in p.message for p in problems)


def test_yaml_syntax_error_names_the_line(content: Path) -> None:
    path = content / "id/faq.yaml"
    edit(path, "  - id: rights\n", "  - id: rights\n    question: [broken\n")
    problems = check_facts(content, TODAY)
    assert has(problems, "id/faq.yaml", "baris", "YAML tidak bisa dibaca")
    message = next(p.message for p in problems if p.path == "id/faq.yaml")
    assert re.search(r"baris \d+", message)


def test_missing_source_is_an_error_with_line_and_place(content: Path) -> None:
    path = content / "facts/countries.yaml"
    text = path.read_text(encoding="utf-8")
    # drop the source line of the first hotline (KBRI Kuala Lumpur)
    first_source = text.index("        source:")
    end = text.index("\n", first_source) + 1
    path.write_text(text[:first_source] + text[end:], encoding="utf-8")
    problems = check_facts(content, TODAY)
    assert has(problems, "facts/countries.yaml", "'source' belum diisi", "MY", "KBRI Kuala Lumpur")
    assert has(problems, "facts/countries.yaml", f"baris {line_of(path, '- kind: embassy')}")


def test_missing_verified_on_is_an_error(content: Path) -> None:
    edit(content / "en/checklist.yaml", "    verified_on: 2026-10-01\n", "")
    problems = check_facts(content, TODAY)
    assert has(problems, "en/checklist.yaml", "'verified_on' belum diisi", "check_licence")


def test_unknown_key_is_an_error(content: Path) -> None:
    edit(content / "facts/countries.yaml", 'number: "+60 17-668 8032"', 'nomor: "+60 17-668 8032"')
    problems = check_facts(content, TODAY)
    assert has(problems, "facts/countries.yaml", "kunci 'nomor' tidak dikenal")


def test_invalid_time_zone_is_an_error(content: Path) -> None:
    edit(content / "facts/countries.yaml", "[Asia/Kuala_Lumpur]", "[Asia/Kuala_Lumpurr]")
    problems = check_facts(content, TODAY)
    assert has(problems, "facts/countries.yaml", "zona waktu 'Asia/Kuala_Lumpurr' tidak dikenal")


def test_invalid_date_is_an_error(content: Path) -> None:
    edit(content / "id/quiz.yaml", "verified_on: 2026-10-01", 'verified_on: "kemarin"')
    problems = check_facts(content, TODAY)
    assert has(problems, "id/quiz.yaml", "'verified_on' harus tanggal")


def test_future_date_is_an_error(content: Path) -> None:
    edit(content / "id/quiz.yaml", "verified_on: 2026-10-01", "verified_on: 2027-10-01")
    problems = check_facts(content, TODAY)
    assert has(problems, "id/quiz.yaml", "masa depan")


def test_quiz_question_needs_exactly_one_correct_option(content: Path) -> None:
    edit(
        content / "id/quiz.yaml",
        "        text: Langsung ikut. Kesempatan seperti ini jarang datang.\n",
        "        text: Langsung ikut. Kesempatan seperti ini jarang datang.\n        correct: true\n",
    )
    problems = check_facts(content, TODAY)
    assert has(problems, "id/quiz.yaml", "tepat satu jawaban benar", "calo_promise", "ada 2")


def test_quiz_red_flag_must_exist(content: Path) -> None:
    edit(content / "en/quiz.yaml", "red_flag: uang_fit", "red_flag: uang_fitt")
    problems = check_facts(content, TODAY)
    assert has(problems, "en/quiz.yaml", "uang_fitt", "red_flags.yaml")


def test_languages_must_have_the_same_ids(content: Path) -> None:
    edit(content / "en/faq.yaml", "  - id: worship\n", "  - id: worship_en\n")
    problems = check_facts(content, TODAY)
    assert has(problems, "en/faq.yaml", "'worship'", "id/faq.yaml", "tambahkan terjemahannya")
    assert has(problems, "en/faq.yaml", "'worship_en'")


def test_guide_for_unknown_country_is_an_error(content: Path) -> None:
    for lang in ("id", "en"):
        text = (content / lang / "guides/MY.yaml").read_text(encoding="utf-8")
        text = text.replace("country: MY", "country: QA").replace("hotlines_of: MY", "hotlines_of: QA")
        (content / lang / "guides/QA.yaml").write_text(text, encoding="utf-8")
    problems = check_facts(content, TODAY)
    assert has(problems, "id/guides/QA.yaml", "negara QA", "countries.yaml")


def test_guide_file_name_must_match_country(content: Path) -> None:
    edit(content / "id/guides/HK.yaml", "country: HK", "country: TW")
    problems = check_facts(content, TODAY)
    assert has(problems, "id/guides/HK.yaml", "TW.yaml")


def test_duplicate_ids_are_errors(content: Path) -> None:
    edit(content / "id/faq.yaml", "  - id: worship\n", "  - id: rights\n")
    problems = check_facts(content, TODAY)
    assert has(problems, "id/faq.yaml", "'rights' muncul 2 kali")


def test_missing_file_is_an_error(content: Path) -> None:
    (content / "en/quiz.yaml").unlink()
    problems = check_facts(content, TODAY)
    assert has(problems, "en/quiz.yaml", "tidak ditemukan")


def test_load_facts_refuses_broken_content(content: Path) -> None:
    edit(content / "facts/countries.yaml", "[Asia/Tokyo]", "[Asia/Tokio]")
    with pytest.raises(ContentError) as raised:
        load_facts(content)
    assert any("Asia/Tokio" in p.message for p in raised.value.problems)


def test_impossible_date_names_the_line(content: Path) -> None:
    path = content / "en/faq.yaml"
    edit(path, "verified_on: 2026-10-01", "verified_on: 2026-13-01")
    problems = check_facts(content, TODAY)
    assert has(problems, "en/faq.yaml", f"baris {line_of(path, '2026-13-01')}", "'2026-13-01' bukan tanggal")


def test_unknown_kind_lists_the_choices(content: Path) -> None:
    edit(content / "facts/countries.yaml", "kind: police", "kind: polisi")
    problems = check_facts(content, TODAY)
    assert has(problems, "facts/countries.yaml", "'polisi' tidak dikenal", "'police'", "'ministry'")
