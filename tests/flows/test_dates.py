"""Dates as people type them."""

from __future__ import annotations

from datetime import date

import pytest

from bot.flows.dates import parse_date


@pytest.mark.parametrize("typed", [
    "12-01-2027", "12/01/2027", "12.1.2027", "12-1-27", "2027-01-12", "12 Januari 2027",
    "12 januari 2027", "12 Jan 2027", "12 jan. 2027", "12 January 2027", "  12   JANUARI  2027 ",
    "tanggal 12 januari 2027", "12-jan-2027",
])
def test_forgiving_dates(typed: str) -> None:
    assert parse_date(typed) == date(2027, 1, 12)


@pytest.mark.parametrize("typed", [
    "31-02-2027", "besok", "12 Jamuari 2027", "2027", "", "x" * 10_000, "12-13-2027", "1/2",
])
def test_unreadable_dates_are_none(typed: str) -> None:
    assert parse_date(typed) is None


def test_indonesian_months() -> None:
    assert parse_date("17 Agustus 2027") == date(2027, 8, 17)
    assert parse_date("1 Mei 2027") == date(2027, 5, 1)
    assert parse_date("25 Desember 2027") == date(2027, 12, 25)
