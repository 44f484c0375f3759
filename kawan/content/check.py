"""`kawan content check`: every problem in content/, in plain words."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kawan.content.checkin import check_checkin
from kawan.content.facts import check_facts
from kawan.content.messages import check_messages
from kawan.content.problems import Problem


def check_content(content_dir: Path, *, today: date) -> list[Problem]:
    if not content_dir.is_dir():
        return [Problem(str(content_dir), "folder content/ tidak ditemukan")]
    return (check_messages(content_dir) + check_facts(content_dir, today)
            + check_checkin(content_dir, today))
