"""A problem found in content/, said in plain words for the volunteer who edits it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"  # blocks: the bot must not run with this content
    WARNING = "warning"  # shown, does not block (for example a hotline not re-verified lately)


@dataclass(frozen=True)
class Problem:
    path: str  # file relative to content/, e.g. "id/messages/menu.yaml"
    message: str  # plain words: what is wrong and how to fix it
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        return f"{self.severity.upper()} {self.path}: {self.message}"
