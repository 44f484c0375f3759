"""INTERIM: a stand-in until the real api/agencies/matching.py lands on main (another engineer
owns it); the service calls only `match_agency`. Replace this file with main's on merge."""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

_LEGAL_FORMS = re.compile(r"\b(p\s*t|cv|tbk|persero)\b\.?", re.IGNORECASE)
THRESHOLD = 85.0


def normalise(name: str) -> str:
    name = _LEGAL_FORMS.sub(" ", name.lower())
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", name).split())


def match_agency(query: str, names: list[str], *, limit: int = 3) -> list[tuple[int, float]]:
    """Indexes into `names` of the best matches for `query`, with scores in 0..1, best first."""
    wanted = normalise(query)
    if not wanted:
        return []
    choices = [normalise(n) for n in names]
    found = process.extract(wanted, choices, scorer=fuzz.token_set_ratio, limit=limit,
                            score_cutoff=THRESHOLD)
    return [(index, score / 100) for _, score, index in found]
