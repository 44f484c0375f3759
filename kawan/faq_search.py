"""The FAQ search the flows use (bot.flows.core.FaqSearch), built once from content/ on
api.guidance.faq_match.FaqIndex (one index per language)."""

from __future__ import annotations

from typing import Any

from api.guidance.faq_match import FaqIndex


class FaqSearchAdapter:
    def __init__(self, facts: Any) -> None:
        self._indexes = {lang: FaqIndex(content.faq, lang)
                         for lang, content in facts.languages.items()}

    def search(self, lang: str, question: str, limit: int = 3) -> list[str]:
        """Entry ids, best first; empty unless the best is confident enough to answer alone
        (FaqIndex.best). The others are offered behind "other answers"."""
        index = self._indexes.get(lang) or self._indexes.get("id")
        if index is None:
            return []
        best = index.best(question)
        if best is None:
            return []
        others = [hit.id for hit in index.search(question, k=limit) if hit.id != best.id]
        return [best.id, *others][:limit]
