"""Reading an official list of licensed P3MI from CSV. Pure: text in, rows and problems out.
Lines starting with "#" are notes and are skipped.

Columns (header row, any order, case-insensitive; `,` or `;` between fields, UTF-8 with or
without BOM, as spreadsheets save it):
  name            company name, e.g. "PT Contoh Jaya Abadi"         (required; also: nama)
  licence_number  SIP3MI licence number                             (required; also:
                  license_number, nomor_izin, sip3mi)
  city            where the company sits                            (optional; also: kota)
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

ALIASES = {
    "name": ("name", "nama", "nama_perusahaan"),
    "licence_number": ("licence_number", "license_number", "nomor_izin", "sip3mi", "no_sip3mi"),
    "city": ("city", "kota"),
}
REQUIRED = ("name", "licence_number")
MAX_NAME = 300
MAX_LICENCE = 100


@dataclass(frozen=True)
class AgencyRow:
    line: int
    name: str
    licence_number: str
    city: str | None


@dataclass(frozen=True)
class RowProblem:
    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


def _column_map(header: list[str]) -> tuple[dict[str, int], list[str]]:
    wanted = {alias: key for key, names in ALIASES.items() for alias in names}
    found: dict[str, int] = {}
    for index, raw in enumerate(header):
        key = wanted.get(raw.strip().lower().replace(" ", "_"))
        if key and key not in found:
            found[key] = index
    missing = [k for k in REQUIRED if k not in found]
    return found, missing


def parse_agencies(text: str) -> tuple[list[AgencyRow], list[RowProblem]]:
    # Lines starting with "#" are notes; blanked, not removed, so line numbers stay true.
    lines = [("" if line.lstrip().startswith("#") else line)
             for line in text.lstrip("\ufeff").splitlines()]
    content = [line for line in lines if line.strip()]
    if not content:
        return [], [RowProblem(1, "the file is empty")]
    delimiter = ";" if content[0].count(";") > content[0].count(",") else ","
    reader = csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter)
    header: list[str] = []
    for header in reader:
        if any(cell.strip() for cell in header):
            break
    header_line = reader.line_num
    columns, missing = _column_map(header)
    if missing:
        return [], [RowProblem(header_line, "missing column(s) " + ", ".join(missing)
                               + "; the header must name: name, licence_number (city optional)")]
    rows: list[AgencyRow] = []
    problems: list[RowProblem] = []
    seen: dict[str, int] = {}
    for record in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in record):
            continue  # blank lines and notes are not rows
        def cell(key: str, record: list[str] = record) -> str:
            index = columns.get(key)
            return record[index].strip() if index is not None and index < len(record) else ""
        name, licence, city = cell("name"), cell("licence_number"), cell("city")
        reason = None
        if not name:
            reason = "no company name"
        elif not licence:
            reason = f"no licence number for {name!r}"
        elif len(name) > MAX_NAME:
            reason = f"company name longer than {MAX_NAME} characters"
        elif len(licence) > MAX_LICENCE:
            reason = f"licence number longer than {MAX_LICENCE} characters"
        elif licence.upper() in seen:
            reason = f"licence number {licence!r} already on line {seen[licence.upper()]}"
        if reason:
            problems.append(RowProblem(line, reason))
            continue
        seen[licence.upper()] = line
        rows.append(AgencyRow(line, " ".join(name.split()), licence, city or None))
    if not rows and not problems:
        problems.append(RowProblem(header_line, "no companies in the file, only a header"))
    return rows, problems
