"""The FAQ search the flows use (bot.flows.core.FaqSearch), built from content at start-up.

INTERIM: a plain fuzzy match over each entry's question and its other phrasings, until
api/guidance/faq_match.py (FaqIndex: stemming, synonyms) lands on main; then this adapts it.
"""

from __future__ import annotations

from rapidfuzz import fuzz, process

from kawan.content.facts import Facts

THRESHOLD = 70.0


class FaqLookup:
    def __init__(self, facts: Facts) -> None:
        self._phrases: dict[str, list[tuple[str, str]]] = {}
        for lang, content in facts.languages.items():
            self._phrases[lang] = [(entry.id, phrase.lower())
                                   for entry in content.faq
                                   for phrase in (entry.question, *entry.alt)]

    def search(self, lang: str, question: str, limit: int = 3) -> list[str]:
        phrases = self._phrases.get(lang, [])
        found = process.extract(question.lower(), [p for _, p in phrases],
                                scorer=fuzz.token_set_ratio, limit=limit * 5,
                                score_cutoff=THRESHOLD)
        ids: list[str] = []
        for _, _, index in found:
            entry_id = phrases[index][0]
            if entry_id not in ids:
                ids.append(entry_id)
        return ids[:limit]
