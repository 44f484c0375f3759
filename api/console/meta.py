"""What the console needs to know about the cases domain, as one JSON document.

The browser gets the words (content/<lang>/messages/console.yaml), the enums, which risk area
each category belongs to, the status moves the workflow allows, and the destination
countries, from here: one source of truth, no copies in JavaScript.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from api.cases.enums import (
    RISK_AREA,
    CaseKind,
    CaseStatus,
    Category,
    ReferralChannel,
    RiskArea,
    Severity,
)
from kawan.content.messages import LANGUAGES, Catalog

log = logging.getLogger(__name__)

S = CaseStatus
# The moves of api/cases/workflow.py, as data for the buttons. `new ➜ claimed` is the claim
# button. tests/console/test_console_meta.py checks this table against the workflow itself.
MOVES: dict[CaseStatus, tuple[CaseStatus, ...]] = {
    S.NEW: (S.CLAIMED, S.RESOLVED),
    S.CLAIMED: (S.IN_PROGRESS,),
    S.IN_PROGRESS: (S.REFERRED, S.RESOLVED),
    S.REFERRED: (S.RESOLVED,),
    S.RESOLVED: (S.CLOSED, S.IN_PROGRESS),
    S.CLOSED: (S.IN_PROGRESS,),
}
PREFIX = "console."


def words(texts: Catalog, lang: str) -> dict[str, str]:
    """The console's words in one language, keys without the `console.` prefix."""
    table = texts.tables.get(lang if lang in LANGUAGES else "id", {})
    return {k[len(PREFIX):]: v for k, v in table.items() if k.startswith(PREFIX)}


def _countries(content_dir: Path) -> list[dict[str, Any]]:
    from kawan.content.facts import ContentError, load_facts

    try:
        facts = load_facts(content_dir)
    except (ContentError, OSError):  # the country filter then takes a typed code
        log.warning("console: countries could not be loaded from %s", content_dir)
        return []
    return [{"code": c.code, "name": {"id": c.name.id, "en": c.name.en}} for c in facts.countries]


def meta(content_dir: Path) -> dict[str, Any]:
    return {
        "statuses": [s.value for s in CaseStatus],
        "open_statuses": [s.value for s in (S.NEW, S.CLAIMED, S.IN_PROGRESS, S.REFERRED)],
        "severities": [s.value for s in Severity],
        "kinds": [k.value for k in CaseKind],
        "risk_areas": [r.value for r in RiskArea],
        "category_area": {c.value: RISK_AREA[c].value for c in Category},
        "referral_channels": [c.value for c in ReferralChannel],
        "moves": {k.value: [t.value for t in v] for k, v in MOVES.items()},
        "countries": _countries(content_dir),
        "languages": list(LANGUAGES),
    }
