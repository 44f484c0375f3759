"""Fuzzy matching of a recruitment company's name against a list of names.

A worker types a name from memory or from a flyer ("pt sinar jaya", "P.T. Sinar Jaya Abadi").
`match_agency` ranks the names in a list by similarity; `is_match` says whether a score means
"the same name, up to small typing differences". The list itself is data that comes from an
official source: this module ships none. A similar name is never proof of a licence: the bot
shows the exact listed name and asks the worker to confirm it, and to check it at
siskop2mi.bp2mi.go.id, the Disnaker or the LTSA.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

# Same name up to a typo or two, word order, spacing or the legal form (PT, CV).
MATCH_THRESHOLD = 92.0
# Similar enough to show as "did you mean ...?", never as a match.
SIMILAR_THRESHOLD = 60.0

_LEGAL_FORMS = frozenset({"pt", "cv", "tbk"})
_DOTTED_FORM = re.compile(r"\b(p\s*\.\s*t|c\s*\.\s*v)\s*\.?")  # P.T. / P. T / C.V.
_NON_WORD = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class AgencyMatch:
    name: str  # the name exactly as in the list
    score: float  # 0..100


def normalise_company(name: str) -> str:
    """Lowercase words without accents, punctuation or legal form: 'P.T. Sinar-Jaya' -> 'sinar jaya'."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = _DOTTED_FORM.sub(" ", text)
    tokens = [t for t in _NON_WORD.split(text) if t and t not in _LEGAL_FORMS]
    return " ".join(tokens)


def similarity(a: str, b: str) -> float:
    """0..100 between two normalised names.

    Mostly token_sort_ratio (every word counts, order does not), a little token_set_ratio (so a
    name missing a word still ranks near the top, yet below a full match), and a spacing-blind
    ratio for names typed with words run together.
    """
    if not a or not b:
        return 0.0
    words = 0.7 * fuzz.token_sort_ratio(a, b) + 0.3 * fuzz.token_set_ratio(a, b)
    glued = fuzz.ratio(a.replace(" ", ""), b.replace(" ", ""))
    return round(max(words, glued), 2)


def match_agency(query: str, agencies: Sequence[str], limit: int = 3) -> list[AgencyMatch]:
    """The names in `agencies` most similar to `query`, best first, at most `limit`.

    Names below SIMILAR_THRESHOLD are left out, so an unknown name gives an empty list.
    """
    wanted = normalise_company(query)
    if not wanted:
        return []
    matches = []
    for name in agencies:
        score = similarity(wanted, normalise_company(name))
        if score >= SIMILAR_THRESHOLD:
            matches.append(AgencyMatch(name, score))
    matches.sort(key=lambda m: (-m.score, m.name))
    return matches[:limit]


def is_match(score: float) -> bool:
    """True when a score from match_agency means the same name (typos, order, PT/CV aside)."""
    return score >= MATCH_THRESHOLD
