"""Distress detector for messages from Indonesian migrant workers (PMI) and their families.

Pure Python, no I/O.  Design (every step is explainable through the cue ids in ``matched``):

1. **Normalise** (:mod:`bot.flows.textnorm`): emoji -> words, lower case, stretched letters
   squeezed, chat slang / Javanese / Sundanese / English function words mapped to canonical
   Indonesian (``gk`` -> ``tidak``, ``sy`` -> ``saya``, ``help`` -> ``tolong``), ``di pukul`` ->
   ``dipukul``, glued and mistyped words repaired.
2. **Cues** (:mod:`bot.flows.distress_lexicon`): regexes over the canonical text, each with a
   category and a level (``urgent`` / ``concern``).
3. **Guards** per cue: negation right before the key word (``tidak pernah dipukul``) or right
   after it (``dipukul sih nggak``); benign context around it (``pukul 3``, ``mati lampu``);
   *soft* cues are dropped in joking messages and in hypothetical/rules questions; urgent cues
   in a rules question without first person (``apa boleh majikan memukul pekerja?``) count as
   concern; reports of news/videos without a first-person or family reference are ignored.
4. **Help calls**: ``tolong saya`` / ``help me`` / ``SOS`` / ``tolooong`` that is not an
   everyday request (``tolong kirim info``) makes the message urgent when any other cue fires,
   the message is short, or it carries fear/crying/urgency; otherwise concern.
5. **Combination**: the level is the highest level among the cues that survive; categories
   are those of the surviving cues (``other`` for a bare call for help).  A past, resolved
   situation (``dulu ... sekarang sudah aman``) caps urgent at concern.

``matched`` holds cue ids only: never log them together with the message text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from enum import StrEnum

from bot.flows import distress_lexicon as lx
from bot.flows.textnorm import CLAUSE_MARKS, CRY, Normalizer, NormText

__all__ = ["CATEGORIES", "Distress", "Level", "classify"]


class Level(StrEnum):
    URGENT = "urgent"
    CONCERN = "concern"
    NONE = "none"


CATEGORIES = (
    "violence",
    "sexual_abuse",
    "locked_in",
    "no_food",
    "unpaid_wages",
    "passport_held",
    "sick_injured",
    "arrested",
    "trafficked",
    "stranded",
    "self_harm",
    "threats",
    "overwork",
    "contact_lost",
    "other",
)


@dataclass(frozen=True)
class Distress:
    level: Level
    categories: tuple[str, ...]
    matched: tuple[str, ...]  # cue ids that fired (never log them with the text)


_RANK = {Level.NONE: 0, Level.CONCERN: 1, Level.URGENT: 2}
_NONE = Distress(Level.NONE, (), ())


def _x(pattern: str) -> str:
    for k, v in lx.MACROS.items():
        pattern = pattern.replace(k, v)
    return pattern


def _rx(pattern: str | None) -> re.Pattern[str] | None:
    return None if pattern is None else re.compile(_x(pattern))


@dataclass(frozen=True)
class _Cue:
    id: str
    category: str
    level: Level
    rx: re.Pattern[str]
    negatable: bool
    soft: bool
    guard: re.Pattern[str] | None
    needs: re.Pattern[str] | None


def _compile_cues() -> tuple[_Cue, ...]:
    cues = []
    for s in lx.CUES:
        if s.category not in CATEGORIES:
            raise ValueError(f"cue {s.id}: unknown category {s.category}")
        cues.append(
            _Cue(
                s.id,
                s.category,
                Level(s.level),
                re.compile(_x(s.pattern)),
                s.negatable,
                s.soft,
                _rx(s.guard),
                _rx(s.needs),
            )
        )
    ids = [c.id for c in cues]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate cue ids")
    return tuple(cues)


_CUES = _compile_cues()
_HELP_STRONG = re.compile(_x(lx.HELP_STRONG))
_AMPLIFIERS = re.compile(_x(lx.AMPLIFIERS))
_CASUAL = re.compile(_x(lx.CASUAL))
_MEDIA = re.compile(_x(lx.MEDIA))
_SELF_OR_KIN = re.compile(_x(lx.SELF_OR_KIN))
_QUESTION_PHRASES = re.compile(_x(lx.QUESTION_PHRASES))
_RESOLVED = re.compile(_x(lx.RESOLVED))

_NEG = frozenset({"tidak", "belum", "bukan"})
# words that may stand between a negation and the cue it negates ("tidak pernah ada yang ...")
_NEG_BRIDGE = frozenset(
    "pernah sama sekali juga lagi ada yang akan sempat kok sih pun sampai mungkin sedang pula "
    "dong kan lah benar beneran kena terlalu".split()
)
# after a cue: "dipukul sih nggak", "disiksa? tidak pernah"
_POST_NEG_SKIP = frozenset("sih mah kok juga sama sekali".split())
_POST_NEG_END = frozenset(
    "kok sih tapi cuma kak mbak ya kakak bu pak mas alhamdulillah pernah kok".split()
)
_PRONOUNS = frozenset({"saya", "kami"})
_DECEPTION = frozenset(
    {"trafficked.deceived", "trafficked.deceived_work", "trafficked.moved", "trafficked.irregular"}
)
_CONTROL = frozenset(
    {
        "stranded.not_allowed_home",
        "locked.isolation_phone",
        "locked.isolation_contact",
        "passport.held_passive",
        "passport.with_employer",
        "passport.active",
        "passport.not_returned",
        "threats.general",
    }
)

_NORMALIZER = Normalizer(
    slang=lx.DOMAIN_SLANG,
    vocab=lx.EXTRA_VOCAB | lx.DI_STEMS | {"di" + s for s in lx.DI_STEMS},
    phrases={f"di {s}": f"di{s}" for s in lx.DI_STEMS},
    fuzzy_targets=lx.FUZZY_TARGETS,
    seg_left=lx.SEG_LEFT,
)


def normalize(text: str) -> NormText:
    """The canonical form the cues run on (exposed for debugging and tests)."""
    return _NORMALIZER(text)


class _Ctx:
    """Per-message facts shared by the cue checks."""

    __slots__ = ("norm", "text", "tokens", "starts", "question", "casual", "media")

    def __init__(self, norm: NormText) -> None:
        self.norm = norm
        self.text = norm.text
        self.tokens = norm.tokens
        starts = []
        pos = 0
        for tok in self.tokens:
            starts.append(pos)
            pos += len(tok) + 1
        self.starts = starts
        self.question = (
            "?" in self.tokens
            or (bool(self.tokens) and self.tokens[0] in lx.QUESTION_START)
            or _QUESTION_PHRASES.search(self.text) is not None
        )
        self.casual = _CASUAL.search(self.text) is not None
        self.media = _MEDIA.search(self.text) is not None

    def tok_index(self, char_pos: int) -> int:
        return max(0, bisect_right(self.starts, char_pos) - 1)

    def negated(self, kstart: int, kend: int) -> bool:
        toks = self.tokens
        i = self.tok_index(kstart)
        j, steps = i - 1, 0
        while j >= 0 and steps < 5:
            t = toks[j]
            if t in CLAUSE_MARKS:
                break
            if t in _NEG:
                return True
            if t not in _NEG_BRIDGE:
                break
            j -= 1
            steps += 1
        # post-negation: "disiksa sih nggak", "dipukul? tidak pernah."
        j = bisect_left(self.starts, kend)
        if j < len(toks) and toks[j] in {"?", ","}:
            j += 1
        while j < len(toks) and toks[j] in _POST_NEG_SKIP:
            j += 1
        if j < len(toks) and toks[j] in {"tidak", "bukan"}:
            k = j + 1
            if k < len(toks) and toks[k] == "pernah":
                k += 1
            return k >= len(toks) or toks[k] in CLAUSE_MARKS or toks[k] in _POST_NEG_END
        return False

    def hypothetical(self, mstart: int, kstart: int, kend: int) -> bool:
        """A rules/hypothetical question about the cue, not a first-person report."""
        if not self.question:
            return False
        toks = self.tokens
        i = self.tok_index(kstart)
        lo = i
        while lo > 0 and i - lo < 7 and toks[lo - 1] not in CLAUSE_MARKS:
            lo -= 1
        window = toks[lo:i]
        if not any(t in lx.HYPO_MARKERS for t in window):
            return False
        after = bisect_left(self.starts, kend)
        if any(t in _PRONOUNS for t in window) or (after < len(toks) and toks[after] in _PRONOUNS):
            return False
        # first person inside the match itself ("paspor saya ditahan")
        return not any(t in _PRONOUNS for t in self.text[mstart:kend].split())

    def near_self(self, kstart: int, kend: int) -> bool:
        i = self.tok_index(kstart)
        lo, hi = max(0, i - 6), min(len(self.tokens), self.tok_index(kend) + 6)
        return _SELF_OR_KIN.search(" ".join(self.tokens[lo:hi])) is not None


def _key_span(m: re.Match[str]) -> tuple[int, int]:
    for g, v in m.groupdict().items():
        if v is not None and g.startswith("k"):
            return m.start(g), m.end(g)
    return m.start(), m.end()


def _help_call(ctx: _Ctx) -> int:
    """0 = no call for help, 1 = weak ("tolong, ..."), 2 = strong ("tolong saya", "SOS")."""
    toks = ctx.tokens
    if _HELP_STRONG.search(ctx.text):
        return 2
    best = 0
    for i, t in enumerate(toks):
        if t == "sos":
            return 2
        if t != "tolong":
            continue
        if i > 0 and toks[i - 1] in lx.HELP_POLITE_BEFORE:
            continue
        j, pron = i + 1, False
        while j < len(toks) and toks[j] in lx.HELP_FILLERS:
            pron = pron or toks[j] in _PRONOUNS
            j += 1
        nxt = toks[j] if j < len(toks) else None
        if nxt is not None and (
            nxt in lx.HELP_REQUEST_WORDS or (nxt.startswith("di") and len(nxt) > 4)
        ):
            continue  # an everyday request: "tolong kirim info", "tolong dibantu isi"
        if "tolong" in ctx.norm.elongated or ctx.norm.shouting:
            return 2
        if nxt is None or nxt in {CRY, "sos"}:
            return 2
        if nxt == "!" and not ctx.question:
            return 2
        if pron and (nxt in CLAUSE_MARKS or nxt.isalpha()):
            return 2
        best = 1
    return best


def _amplified(ctx: _Ctx) -> bool:
    n = ctx.norm
    return (
        n.shouting
        or n.exclaims >= 2
        or CRY in ctx.tokens
        or bool(n.elongated & {"tolong", "sakit", "takut", "mohon"})
        or _AMPLIFIERS.search(ctx.text) is not None
    )


def _short(ctx: _Ctx) -> bool:
    content = [
        t for t in ctx.tokens if t.isalpha() and t not in lx.HELP_FILLERS and t not in {"tolong", "sos", CRY}
    ]
    return len(content) <= 4


def classify(text: str) -> Distress:
    """Classify one message.  Never raises on any ``str`` input."""
    if not text or not text.strip():
        return _NONE
    norm = _NORMALIZER(text)
    if not norm.tokens:
        return _NONE
    ctx = _Ctx(norm)
    t = ctx.text

    amplified: bool | None = None
    fired: list[tuple[_Cue, Level]] = []
    for cue in _CUES:
        if cue.needs is not None and cue.needs.search(t) is None:
            continue
        if cue.soft and ctx.casual:
            continue
        for m in cue.rx.finditer(t):
            ks, ke = _key_span(m)
            if cue.guard is not None and cue.guard.search(t, max(0, m.start() - 40), m.end() + 40):
                continue
            if cue.negatable and ctx.negated(ks, ke):
                continue
            if ctx.media and not ctx.near_self(ks, ke):
                continue
            level = cue.level
            if ctx.hypothetical(m.start(), ks, ke):
                if amplified is None:
                    amplified = _amplified(ctx)
                if not amplified:
                    if cue.soft:
                        continue
                    if level is Level.URGENT:
                        level = Level.CONCERN
            fired.append((cue, level))
            break

    help_call = 0 if (ctx.casual and not fired) else _help_call(ctx)
    level = Level.NONE
    for _, lv in fired:
        if _RANK[lv] > _RANK[level]:
            level = lv
    cats = {c.category for c, _ in fired}
    ids = [c.id for c, _ in fired]

    fired_ids = set(ids)
    if fired_ids & _DECEPTION and fired_ids & _CONTROL:
        # recruitment by deception + control over the person: ILO trafficking indicators
        level = Level.URGENT
        cats.add("trafficked")
        ids.append("combo.trafficking")

    if help_call:
        if amplified is None:
            amplified = _amplified(ctx)
        if help_call == 2:
            ids.append("help.call")
            if fired or amplified or _short(ctx):
                level = Level.URGENT
            elif level is Level.NONE:
                level = Level.CONCERN
        elif amplified:
            ids.append("help.weak")
            level = Level.URGENT if fired else (level if fired else Level.CONCERN)
        if not cats and level is not Level.NONE:
            cats.add("other")
    if level is Level.URGENT and not help_call and _RESOLVED.search(t):
        level = Level.CONCERN
        ids.append("ctx.resolved")

    if level is Level.NONE:
        return _NONE
    return Distress(level, tuple(c for c in CATEGORIES if c in cats), tuple(ids))
