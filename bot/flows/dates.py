"""Reading a date the way people type it: "12-01-2027", "12/1/27", "12 Januari 2027",
"12 jan 2027", "2027-01-12". Day before month, as in Indonesia. Pure; None when unsure."""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    "januari": 1, "january": 1, "jan": 1,
    "februari": 2, "february": 2, "feb": 2, "pebruari": 2, "peb": 2,
    "maret": 3, "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "agustus": 8, "august": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "december": 12, "des": 12, "dec": 12,
}
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$")
_WORDS = re.compile(
    r"^(?:tanggal\s+|tgl\.?\s*)?(\d{1,2})\s*[-/.]?\s*([a-z]+)\.?\s*[-/.,]?\s*(\d{4})$")


def parse_date(text: str) -> date | None:
    s = " ".join(text.strip().lower().split())
    if len(s) > 40:
        return None
    if m := _ISO.match(s):
        return _make(int(m[1]), int(m[2]), int(m[3]))
    if m := _DMY.match(s):
        year = int(m[3])
        return _make(year + 2000 if year < 100 else year, int(m[2]), int(m[1]))
    if m := _WORDS.match(s):
        month = MONTHS.get(m[2])
        return _make(int(m[3]), month, int(m[1])) if month else None
    return None


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def show_date(value: date, lang: str, month_names: list[str]) -> str:
    """12 Januari 2027, with the month names from content."""
    return f"{value.day} {month_names[value.month - 1]} {value.year}"
