"""Which FAQ entry answers a question typed in everyday words.

Pure and in memory: `FaqIndex(entries, lang)` is built once from the entries of one language
(kawan.content.facts.FaqEntry, or anything with `id`, `question` and `alt`), then
`search(question)` ranks entries and `best(question)` returns the top one only when the match is
confident enough to answer without a human.

Scoring, per entry:
- BM25 over its phrasings (the question and each alt), each phrasing a document; the best
  phrasing counts, plus BM25 of all phrasings together, so words spread over several alts help;
- both divided by what the question would score against itself, so scores are comparable across
  questions (0..1) and words the FAQ has never seen pull the score down;
- rapidfuzz token-set similarity on the normalised terms, which forgives what stemming missed.
Words not in the FAQ's vocabulary are first corrected to the nearest known word within one or two
typing mistakes (majkan -> majikan, meningal -> meninggal).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from api.guidance.text import SLANG_ID, STOPWORDS_EN, STOPWORDS_ID, normalise_word, terms, words

# weights of the three signals; they sum to 1 so the score stays in 0..1
W_PHRASE, W_ENTRY, W_FUZZ = 0.5, 0.25, 0.25
# best() answers at or above CONFIDENT when the runner-up is at least MARGIN behind, and always
# at or above SURE (see bench/faq_eval.py for how this behaves on held-out questions)
CONFIDENT = 0.42
MARGIN = 0.03
SURE = 0.7
K1, B = 1.2, 0.75


class FaqEntryLike(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def question(self) -> str: ...

    @property
    def alt(self) -> Sequence[str]: ...


@dataclass(frozen=True)
class FaqHit:
    id: str
    score: float  # 0..1, higher is a closer match


class _Bm25:
    """BM25 over a fixed list of term lists."""

    def __init__(self, docs: Sequence[Sequence[str]]) -> None:
        self.docs = [Counter(doc) for doc in docs]
        self.lengths = [len(doc) for doc in docs]
        self.avgdl = (sum(self.lengths) / len(docs)) if docs else 1.0
        df: Counter[str] = Counter()
        for doc in self.docs:
            df.update(doc.keys())
        n = len(docs)
        self.idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}
        self.unknown_idf = math.log(1 + (n + 0.5) / 0.5) if n else 1.0

    def score(self, query: Sequence[str], index: int) -> float:
        doc, length = self.docs[index], self.lengths[index]
        total = 0.0
        for term in set(query):
            tf = doc.get(term, 0)
            if tf:
                norm = tf + K1 * (1 - B + B * length / self.avgdl)
                total += self.idf[term] * tf * (K1 + 1) / norm
        return total

    def self_score(self, query: Sequence[str]) -> float:
        """The score of a document that held exactly the query's terms."""
        length = len(set(query)) or 1
        norm = 1 + K1 * (1 - B + B * length / self.avgdl)
        return sum(self.idf.get(t, self.unknown_idf) * (K1 + 1) / norm for t in set(query))


class FaqIndex:
    def __init__(
        self, entries: Iterable[FaqEntryLike], lang: str = "id", threshold: float = CONFIDENT
    ) -> None:
        self.lang = lang
        self.threshold = threshold
        self.ids: list[str] = []
        phrasing_terms: list[list[str]] = []
        self._owner: list[int] = []  # phrasing -> entry index
        entry_terms: list[list[str]] = []
        known_words: set[str] = set()
        for entry in entries:
            self.ids.append(entry.id)
            all_terms: list[str] = []
            for text in [entry.question, *entry.alt]:
                phrase = terms(text, lang)
                known_words.update(words(text))
                phrasing_terms.append(phrase)
                self._owner.append(len(self.ids) - 1)
                all_terms.extend(phrase)
            entry_terms.append(all_terms)
        self._phrasings = _Bm25(phrasing_terms)
        self._entries = _Bm25(entry_terms)
        self._phrasing_text = [" ".join(sorted(set(p))) for p in phrasing_terms]
        self._vocabulary = {t for p in phrasing_terms for t in p}
        self._known_words = sorted(known_words)

    # -- public ------------------------------------------------------------------------------

    def search(self, question: str, k: int = 3) -> list[FaqHit]:
        """The k entries closest to `question`, best first (may be fewer, or empty)."""
        query = self._query_terms(question)
        if not query or not self.ids:
            return []
        phrase_norm = self._phrasings.self_score(query) or 1.0
        entry_norm = self._entries.self_score(query) or 1.0
        query_text = " ".join(sorted(set(query)))

        best_phrase = [0.0] * len(self.ids)
        best_fuzz = [0.0] * len(self.ids)
        for i, owner in enumerate(self._owner):
            s = self._phrasings.score(query, i) / phrase_norm
            best_phrase[owner] = max(best_phrase[owner], s)
            f = fuzz.token_set_ratio(query_text, self._phrasing_text[i]) / 100
            best_fuzz[owner] = max(best_fuzz[owner], f)

        hits = []
        for e, entry_id in enumerate(self.ids):
            entry_score = self._entries.score(query, e) / entry_norm
            score = (
                W_PHRASE * min(best_phrase[e], 1.0)
                + W_ENTRY * min(entry_score, 1.0)
                + W_FUZZ * best_fuzz[e]
            )
            if best_phrase[e] > 0 or entry_score > 0:
                hits.append(FaqHit(entry_id, round(score, 4)))
        hits.sort(key=lambda h: h.score, reverse=True)
        return hits[:k]

    def best(self, question: str) -> FaqHit | None:
        """The top entry when it is confident enough to answer on its own, else None."""
        hits = self.search(question, k=2)
        if not hits or hits[0].score < self.threshold:
            return None
        top = hits[0]
        runner_up = hits[1].score if len(hits) > 1 else 0.0
        if top.score >= SURE or top.score - runner_up >= MARGIN:
            return top
        return None

    # -- internals ---------------------------------------------------------------------------

    def _query_terms(self, question: str) -> list[str]:
        out: list[str] = []
        for word in words(question):
            term = normalise_word(word, self.lang)
            if term is None:
                continue
            if term not in self._vocabulary and not self._is_common(word):
                corrected = self._correct(word)
                if corrected is not None:
                    term = normalise_word(corrected, self.lang) or term
            out.append(term)
        return out

    def _is_common(self, word: str) -> bool:
        stop = STOPWORDS_EN if self.lang == "en" else STOPWORDS_ID
        return word in stop or (self.lang != "en" and word in SLANG_ID) or not word.isalpha()

    def _correct(self, word: str) -> str | None:
        """The FAQ word within a typing mistake or two of `word`, if there is one."""
        if len(word) < 6:  # short words are too often other real words (pulsa -> puasa)
            return None
        max_distance = 1 if len(word) < 8 else 2
        found = process.extractOne(
            word, self._known_words, scorer=Levenshtein.distance, score_cutoff=max_distance
        )
        return found[0] if found else None
