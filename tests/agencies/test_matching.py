"""Matching recruitment company names, on fictional sample names only."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from api.agencies.matching import is_match, match_agency, normalise_company

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "agencies_sample.csv"


@pytest.fixture(scope="module")
def agencies() -> list[str]:
    with SAMPLE.open(encoding="utf-8") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        return [row["name"] for row in rows]


def test_sample_is_fictional(agencies: list[str]) -> None:
    assert SAMPLE.read_text(encoding="utf-8").startswith("# FICTIONAL TEST DATA")
    assert agencies and all("Contoh" in name for name in agencies)


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("PT Contoh Sinar Jaya Abadi", "contoh sinar jaya abadi"),
        ("P.T. Contoh Sinar-Jaya  Abadi", "contoh sinar jaya abadi"),
        ("p. t. CONTOH sinar jaya", "contoh sinar jaya"),
        ("CV. Contoh Berkah, Tbk.", "contoh berkah"),
        ("PT. Contoh Cápta", "contoh capta"),
        ("", ""),
    ],
)
def test_normalise_company(raw: str, normal: str) -> None:
    assert normalise_company(raw) == normal


@pytest.mark.parametrize(
    "query",
    [
        "PT Contoh Sinar Jaya Abadi",
        "contoh sinar jaya abadi",
        "P.T. CONTOH SINAR-JAYA ABADI",
        "contoh sinar jaya abadl",  # typo
        "contohsinarjaya abadi",  # words run together
        "abadi sinar jaya contoh",  # order
    ],
)
def test_same_name_is_a_match(agencies: list[str], query: str) -> None:
    best = match_agency(query, agencies)[0]
    assert best.name == "PT Contoh Sinar Jaya Abadi"
    assert is_match(best.score)


def test_partial_name_ranks_candidates_but_is_not_a_match(agencies: list[str]) -> None:
    matches = match_agency("PT Contoh Sinar Jaya", agencies)
    assert {m.name for m in matches[:2]} == {"PT Contoh Sinar Jaya Abadi", "PT Contoh Sinar Jaya Makmur"}
    assert not any(is_match(m.score) for m in matches)


def test_different_company_with_similar_words_is_not_a_match(agencies: list[str]) -> None:
    matches = match_agency("PT Contoh Sinar Jaya Sentosa", agencies)
    assert not any(is_match(m.score) for m in matches)


def test_unknown_or_empty_name_gives_nothing(agencies: list[str]) -> None:
    assert match_agency("Toko Kelontong Bu Imas", agencies) == []
    assert match_agency("PT", agencies) == []
    assert match_agency("contoh", agencies) == []


def test_limit_and_order(agencies: list[str]) -> None:
    matches = match_agency("contoh jaya", agencies, limit=2)
    assert len(matches) <= 2
    assert [m.score for m in matches] == sorted((m.score for m in matches), reverse=True)
