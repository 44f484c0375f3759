"""`kawan agencies import FILE.csv`: load a new official list of licensed P3MI.

Every bad row is reported with its line number and reason. By default any bad row stops the
import (a list with holes would call a licensed company "not found"); `--skip-bad-rows`
imports the good rows anyway, still listing the bad ones. The import replaces the whole list
in one transaction and records its date and source.
"""

from __future__ import annotations

import asyncio
from datetime import date
from pathlib import Path
from typing import TextIO

from api.agencies.importer import parse_agencies
from api.agencies.service import replace_list
from api.db import make_engine, make_sessionmaker


async def import_agencies(
    *, path: Path, source: str, list_date: date, database_url: str, skip_bad_rows: bool,
    out: TextIO,
) -> int:
    try:
        text = await asyncio.to_thread(path.read_text, encoding="utf-8-sig")
    except FileNotFoundError:
        out.write(f"{path}: file not found\n")
        return 2
    except UnicodeDecodeError:
        out.write(f"{path}: not UTF-8 text; save the file as CSV UTF-8\n")
        return 2
    rows, problems = parse_agencies(text)
    for problem in problems:
        out.write(f"{path}: {problem}\n")
    if problems and (not skip_bad_rows or not rows):
        out.write(f"nothing imported: {len(problems)} bad row(s). Fix them, or run again with "
                  "--skip-bad-rows to import the good rows only.\n")
        return 1
    engine = make_engine(database_url)
    try:
        async with make_sessionmaker(engine)() as session:
            listing = await replace_list(session=session, rows=rows, source=source,
                                         list_date=list_date)
    finally:
        await engine.dispose()
    skipped = f", {len(problems)} bad row(s) skipped" if problems else ""
    out.write(f"imported {listing.count} licensed companies (list of {list_date.isoformat()}, "
              f"source: {source}){skipped}; the previous list was replaced\n")
    return 0
