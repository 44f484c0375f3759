"""Distress detector for messages from Indonesian migrant workers (PMI) and their families.

Pure Python, no I/O.  Design (every step is explainable through the cue ids in ``matched``):

1. **Normalise** (:mod:`bot.flows.textnorm`): emoji -> words, lower case, stretched letters
   squeezed, chat slang / Javanese / Sundanese / English function words mapped to canonical
   Indonesian (``gk`` -> ``tidak``, ``sy`` -> ``saya``, ``help`` -> ``tolong``), ``di pukul`` ->
   ``dipukul``, glued and mistyped words repaired.
2. **Cues** (:mod:`bot.flows.distress_lexicon`): regexes over the canonical text, each with a
   category and a level (``urgent`` / ``concern``).  Most are *situation frames* for the ILO
   forced-labour indicators rather than single phrases: who does what to whom (``<EMP>``
   employer words incl. loanwords, ``<AG>`` agency words, ``<KIN>`` family), e.g. a refusal
   frame (``tidak mau kasih balik/urus/tanda tangan`` + passport, release letter, return
   home), a restricted-diet frame (``cuma`` + meagre food + frequency/duration), intrusion
   into the worker's bedroom at night, threats of future harm, and a concern floor for
   general words of mistreatment (``majikan saya jahat``, ``diperlakukan kayak budak``).
   Plus *root cues*: a word whose root, after
   stripping Indonesian/Javanese/Sundanese affixes (``nggebuki`` -> gebuk, ``mukulin`` ->
   pukul, ``pemerkosaan`` -> perkosa), is on a short list of violent/sexual/confinement roots.
   A cheap trigram gate derived from each regex skips cues that cannot match.
3. **Guards** per cue: negation right before the key word (``tidak pernah dipukul``) or right
   after it (``dipukul sih nggak``), carried over coordination and lists (``tidak pernah
   ditampar atau dipukul``, ``tidak pernah dikurung, disiksa ataupun kelaparan``) but not
   into a new clause after a modal/mental verb (``tidak kuat, dipukul tiap hari``); hearsay
   (``pernah dengar ada PMI yang dijual``); benign context around it (``pukul 3``, ``mati lampu``,
   ``bunuh nyamuk``, ``banting tulang``); *soft* cues are dropped in joking messages and in
   hypothetical/rules questions; urgent cues in a rules question without first person
   (``apa boleh majikan memukul pekerja?``) count as concern, and are dropped when asked out
   of curiosity (``cuma pengen tau``); an inclusive ``kita`` with no other first person is
   the generic "we" of such a question; conditional advice to others
   (``kalau dipukul majikan segera hubungi KBRI ya teman2``) and news/videos without a
   first-person or family reference are ignored.
4. **Help calls**: ``tolong saya`` / ``help me`` / ``SOS`` / ``tolooong`` that is not an
   everyday request (``tolong kirim info``) makes the message urgent when any other cue fires,
   the message is short, or it carries fear/crying/urgency; otherwise concern.  A weak call
   (``tolong, ...``) counts only with fear words or another cue.
5. **Combination**: the level is the highest level among the cues that survive; categories
   are those of the surviving cues (``other`` for a bare call for help).  Deception in
   recruitment together with control over the person (passport, phone, not allowed home) is
   urgent trafficking.  A past, resolved situation (``dulu ... sekarang sudah aman``) drops
   the cues told before the resolution; cues after it (``... tapi gaji belum dibayar``) count.

6. **Learned model** (:mod:`bot.flows.distress_model`): a linear classifier over character and
   word n-grams of the normalised text, *stacked* on the rules: it also reads their verdict
   (level, cues, categories, whether a benign guard fired) and the message's context
   (question, joke, reassurance, past, negation, length).  It is trained on messages by many
   writers, and :func:`combine` lets it decide within the rules' safety limits: it never lowers
   an urgent the guards did not question, never raises over a guard, and leaves a
   hypothetical question at concern.  The model is read lazily on the first :func:`classify`
   (no I/O at import); without the file, :func:`classify` is the rules alone.
   ``Distress.model`` says when the model changed the level.

``matched`` holds cue ids only: never log them together with the message text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from bot.flows import distress_lexicon as lx
from bot.flows.common_words_id import BY_FREQUENCY
from bot.flows.common_words_id import WORDS as COMMON_WORDS
from bot.flows.textnorm import CLAUSE_MARKS, CRY, Normalizer, NormText

__all__ = ["CATEGORIES", "Distress", "Level", "classify", "classify_rules", "combine", "load_model"]


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
    # "" when the rules decided alone; "urgent"/"concern" when the learned model raised the
    # level, "benign" when it confirmed a benign reading the rules' guards had flagged
    model: str = ""


_RANK = {Level.NONE: 0, Level.CONCERN: 1, Level.URGENT: 2}
_NONE = Distress(Level.NONE, (), ())


def _x(pattern: str) -> str:
    for _ in range(3):  # macros may contain macros
        for k, v in lx.MACROS.items():
            pattern = pattern.replace(k, v)
        if "<" not in pattern:
            break
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
    gate: frozenset[str] | None  # trigrams: a match needs one of them in the text (None = always)


# --- speed: a cheap, sound pre-check per cue ---------------------------------------------------
# From the parsed regex we derive a set of literal strings one of which every match must
# contain; a cue whose strings' first trigrams are all absent from the message cannot match.
try:  # CPython's regex parser (private but stable since 3.11); without it every cue runs
    import re._constants as _sc  # type: ignore[import-not-found,unused-ignore]
    import re._parser as _sp  # type: ignore[import-not-found,unused-ignore]
except ImportError:  # pragma: no cover
    _sp = _sc = None


def _seq_req(items: list[Any]) -> frozenset[str] | None:
    cands: list[frozenset[str]] = []
    buf: list[str] = []

    def flush() -> None:
        if buf:
            lit = "".join(buf)
            if len(lit) >= 3:
                cands.append(frozenset({lit}))
            buf.clear()

    for op, av in items:
        if op is _sc.LITERAL:
            buf.append(chr(av))
            continue
        flush()
        r = _node_req(op, av)
        if r is not None:
            cands.append(r)
    flush()
    if not cands:
        return None
    return min(cands, key=lambda c: (len(c), -min(map(len, c))))


def _node_req(op: object, av: Any) -> frozenset[str] | None:
    if op is _sc.SUBPATTERN:
        return _seq_req(list(av[-1]))
    if op is _sc.ATOMIC_GROUP:
        return _seq_req(list(av))
    if op is _sc.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            r = _seq_req(list(branch))
            if r is None:
                return None
            out |= r
        return frozenset(out)
    if op in (_sc.MAX_REPEAT, _sc.MIN_REPEAT, getattr(_sc, "POSSESSIVE_REPEAT", None)):
        lo, _hi, sub = av
        return _seq_req(list(sub)) if lo >= 1 else None
    return None


def _gate(pattern: str) -> frozenset[str] | None:
    if _sp is None:
        return None
    try:
        req = _seq_req(list(_sp.parse(pattern)))
    except Exception:  # pragma: no cover - defensive: fall back to always running the cue
        return None
    if not req or any(len(s) < 3 for s in req):
        return None
    return frozenset(min((s[i : i + 3] for i in range(len(s) - 2)), key=_tri_cost) for s in req)


# rough letter frequencies in chat Indonesian: a gate uses each literal's rarest trigram
_LETTER_FREQ = dict(
    zip("anieuktrsmdglbhopyjcwfvzxq ", (19, 9, 8.5, 8, 5, 5, 5, 4.5, 4.5, 3.7, 3.5, 3.5, 3.2,
                                         2.6, 2.5, 2.5, 2.5, 1.8, 0.9, 0.7, 0.7, 0.2, 0.1, 0.05,
                                         0.02, 0.01, 15), strict=True)
)


def _tri_cost(tri: str) -> float:
    return sum(_LETTER_FREQ.get(c, 0.5) for c in tri)




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
                _gate(_x(s.pattern)),
            )
        )
    ids = [c.id for c in cues]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate cue ids")
    return tuple(cues)


_CUES = _compile_cues()


@dataclass(frozen=True)
class _RootCue:
    id: str
    category: str
    level: Level
    roots: dict[str, re.Pattern[str] | None]  # root -> benign following words
    rootset: frozenset[str]
    bare_needs: re.Pattern[str] | None
    guard: re.Pattern[str] | None


def _compile_root_cues() -> tuple[_RootCue, ...]:
    out = []
    for r in lx.ROOT_CUES:
        common = r.follow_all
        roots = {
            k: (re.compile(r"(?:" + _x("|".join(x for x in (v, common) if x)) + r")\b") if v or common else None)
            for k, v in r.roots.items()
        }
        out.append(
            _RootCue(
                r.id,
                r.category,
                Level(r.level),
                roots,
                frozenset(roots),
                _rx(r.bare_needs or None),
                _rx(r.guard),
            )
        )
    return tuple(out)


_ROOT_CUES = _compile_root_cues()

# Affix stripping (Indonesian, Javanese, Sundanese): prefix -> initial consonants that a
# nasal prefix may have replaced ("mukul" -> pukul, "nendang" -> tendang, "nyekik" -> cekik).
# "ke-"/"ter-" are left out on purpose: "kejedot", "terpukul" are accidents or feelings.
_PREFIX_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("dipun", ("",)),
    ("diper", ("per", "")),
    ("di", ("",)),
    ("ka", ("",)),
    ("memper", ("per", "")),
    ("meng", ("", "k")),
    ("meny", ("s", "c")),
    ("mem", ("p", "b", "")),
    ("men", ("t", "")),
    ("me", ("",)),
    ("nge", ("",)),
    ("ng", ("k", "")),
    ("ny", ("s", "c")),
    ("m", ("p", "")),
    ("n", ("t",)),
    ("peng", ("", "k")),
    ("peny", ("s", "c")),
    ("pem", ("p", "b", "")),
    ("pen", ("t", "")),
    ("per", ("",)),
    ("pe", ("",)),
)
_SUFFIXES = ("nya", "ku", "mu", "kan", "keun", "ake", "ken", "in", "an", "i", "e", "na")
_ROOT_CACHE: dict[str, frozenset[str]] = {}


def _roots(tok: str) -> frozenset[str]:
    """Candidate roots of a word (over-generates; callers intersect with a root list)."""
    hit = _ROOT_CACHE.get(tok)
    if hit is not None:
        return hit
    stems = {tok}
    for _ in range(2):
        for w in list(stems):
            for suf in _SUFFIXES:
                if w.endswith(suf) and len(w) - len(suf) >= 4:
                    stems.add(w[: -len(suf)])
    out = set(stems)
    for w in stems:
        for pre, restores in _PREFIX_RULES:
            if w.startswith(pre) and len(w) - len(pre) >= 3:
                rest = w[len(pre) :]
                out.update(r + rest for r in restores)
    res = frozenset(out)
    if len(_ROOT_CACHE) > 50000:
        _ROOT_CACHE.clear()
    _ROOT_CACHE[tok] = res
    return res


_USE_GATES = True  # tests switch this off to check that the gates never change a result
_GATE_INDEX: dict[str, tuple[int, ...]] = {}
for _i, _c in enumerate(_CUES):
    for _tri in _c.gate or ():
        _GATE_INDEX[_tri] = (*_GATE_INDEX.get(_tri, ()), _i)
_UNGATED = tuple(i for i, c in enumerate(_CUES) if c.gate is None)
_HELP_STRONG = re.compile(_x(lx.HELP_STRONG))
_AMPLIFIERS = re.compile(_x(lx.AMPLIFIERS))
_STRONG_AMPLIFIERS = re.compile(_x(lx.STRONG_AMPLIFIERS))
_CASUAL = re.compile(_x(lx.CASUAL))
_MEDIA = re.compile(_x(lx.MEDIA))
_SELF_OR_KIN = re.compile(_x(lx.SELF_OR_KIN))
_QUESTION_PHRASES = re.compile(_x(lx.QUESTION_PHRASES))
_GENERIC = re.compile(_x(lx.GENERIC))
_RESOLVED = re.compile(_x(lx.RESOLVED))
_HEARSAY = re.compile(_x(lx.HEARSAY))
_IDIOMS = re.compile(_x(lx.IDIOMS))
_REASSURE = re.compile(_x(lx.REASSURE))
_PAST = re.compile(_x(lx.PAST))

_NEG = frozenset({"tidak", "belum", "bukan"})
# words that may stand between a negation and the cue it negates ("tidak pernah ada yang ...")
_NEG_BRIDGE = frozenset(
    "pernah sama sekali juga lagi ada yang akan sempat kok sih pun sampai mungkin sedang pula "
    "dong kan lah benar beneran kena terlalu".split()
)
# after a cue: "dipukul sih nggak", "disiksa? tidak pernah"
_POST_NEG_SKIP = frozenset("sih mah kok juga sama sekali".split())
_POST_NEG_END = frozenset(
    "kok sih tapi cuma kak mbak ya kakak bu pak mas alhamdulillah pernah kok lah dong".split()
)
_PRONOUNS = frozenset({"saya", "kami"})
_ME_ONLY = frozenset({"saya"})
_KITA = re.compile(r"(?i)\b(?:kita|qta|kt)\b")
_FIRST_PERSON_RAW = re.compile(
    r"(?i)\b(?:saya|sy|aku|aq|ak|gw|gue|gua|ane|abdi|kulo|kula|abi|kami|kmi|i|me|my|we|us|our)\b"
)
_CURIOUS = re.compile(_x(lx.CURIOUS))
# coordinators that carry a negation over to the next conjunct
_DISJ = frozenset({"atau", "ataupun", "maupun", "or", "nor", "apalagi", "bahkan"})
_CONJ = frozenset({"dan", "and", "serta", "sama"})
_COORD = _DISJ | _CONJ


def _conjunct_start(toks: tuple[str, ...], j: int, coord: str) -> int | None:
    """Index of the first word of the conjunct before the coordinator at ``j`` (or None).

    A disjunction ("ditampar atau dipukul") takes up to three words before "atau"; a
    conjunction only one word of the same shape ("dipukul dan ditendang"), because
    "tidak dikasih makan dan dipukul" negates only its first part.
    """
    nxt = toks[j + 1] if j + 1 < len(toks) else ""
    if coord in _DISJ:
        k = j
        while k > 0 and j - k < 3 and toks[k - 1] not in CLAUSE_MARKS and toks[k - 1] not in _NEG:
            k -= 1
        # "tidak tahu harus bagaimana atau ...", "tidak kuat, ...": a modal or mental verb
        # under the negation starts a clause of its own
        if k == j or any(x in _NEG_HEADS for x in toks[k:j]):
            return None
        return k
    prev = toks[j - 1]
    if coord == ",":  # a list "dikurung, disiksa ataupun kelaparan": items of one shape
        return j - 1 if prev.isalpha() and len(prev) > 4 and _shape(prev) == _shape(nxt) != "" else None
    if prev.isalpha() and len(prev) > 4 and prev[:2] == nxt[:2] == "di":
        return j - 1
    return None


def _shape(word: str) -> str:
    """The derivational prefix of a word ("di", "ter", "ke", "me"...), or ""."""
    for p in ("di", "ter", "ke", "me", "ber", "ng", "ny"):
        if word.startswith(p):
            return p
    return ""


# verbs that take a clause of their own after a negation ("tidak tahu ...", "tidak kuat ...")
_NEG_HEADS = frozenset(
    "tahu tau kuat tahan betah bisa mau ingin suka sanggup ngerti mengerti paham berani "
    "yakin peduli usah boleh harus perlu".split()
)
_HELP_TAIL = frozenset({CRY, "emopray", "sos", "tolong"}) | lx.HELP_FILLERS
_ASK_WHO = frozenset("tahu tau punya ngerti mengerti paham pernah bisa jual".split())
_MODALS = frozenset({"mau", "minta", "ingin", "perlu", "butuh", "need", "harus"})
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

_ALL_ROOTS = frozenset(r for rc in lx.ROOT_CUES for r in rc.roots)
# "di pukul", "di cakar2" -> "dipukul", "dicakar": stems from the lexicon and every root form
_DI_STEMS = lx.DI_STEMS | {r + suf for r in _ALL_ROOTS for suf in ("", "i", "in", "kan", "an")}
# words with a possessive ending that the cues spell out ("gunanya", "keberadaannya") must
# not be split by the normaliser
_CUE_WORDS = frozenset(
    w
    for spec in lx.CUES
    for src in (spec.pattern, spec.guard or "", spec.needs or "")
    for w in re.findall(r"[a-z]{3,}(?:nya|ku)\b", src)
)
_NORMALIZER = Normalizer(
    slang=lx.DOMAIN_SLANG,
    vocab=lx.EXTRA_VOCAB | _DI_STEMS | {"di" + s for s in _DI_STEMS} | _CUE_WORDS,
    joins={"di": _DI_STEMS},
    fuzzy_targets=lx.FUZZY_TARGETS,
    seg_left=lx.SEG_LEFT,
    protected=COMMON_WORDS,
    lexicon=BY_FREQUENCY,
)


def normalize(text: str) -> NormText:
    """The canonical form the cues run on (exposed for debugging and tests)."""
    return _NORMALIZER(text)


class _Ctx:
    """Per-message facts shared by the cue checks."""

    __slots__ = (
        "norm", "text", "tokens", "starts", "question", "casual", "media", "generic", "me",
        "curious", "hearsay", "capped",
    )

    def __init__(self, norm: NormText, raw: str = "") -> None:
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
        self.generic = _GENERIC.search(self.text) is not None
        # "kalau majikan pukul kita, lapor ke mana?": an inclusive "kita" with no other first
        # person is the generic "we" of a rules question, not a report
        generic_we = _KITA.search(raw) is not None and _FIRST_PERSON_RAW.search(raw) is None
        self.me = _ME_ONLY if generic_we else _PRONOUNS
        # "cuma pengen tau", "buat jaga jaga": asking out of curiosity
        self.curious = self.question and _CURIOUS.search(self.text) is not None
        self.hearsay = [m.end() for m in _HEARSAY.finditer(self.text)]
        self.capped = False  # a cue was capped at concern as a hypothetical question

    def tok_index(self, char_pos: int) -> int:
        return max(0, bisect_right(self.starts, char_pos) - 1)

    def negated(self, kstart: int, kend: int) -> bool:
        toks = self.tokens
        i = self.tok_index(kstart)
        j, steps, hops = i - 1, 0, 0
        while j >= 0 and steps < 5:
            t = toks[j]
            if t == "," and hops < 3 and j > 0 and (hops or self._coord_follows(i)):
                # a list under one negation: "tidak pernah dikurung, disiksa ataupun kelaparan"
                k = _conjunct_start(toks, j, ",")
                if k is None:
                    break
                j, steps, hops = k - 1, 0, hops + 1
                continue
            if t in CLAUSE_MARKS:
                break
            if t in _NEG:
                return True
            if t in _COORD and hops < 3 and j > 0:
                # coordination carries the negation over: "tidak pernah ditampar atau
                # dipukul", "belum pernah dikurung maupun disiksa", "tidak dipukul dan
                # ditendang"; skip the earlier conjunct (a disjunction may be up to three
                # words long, a conjunction one word of the same form) and keep looking
                k = _conjunct_start(toks, j, t)
                if k is None:
                    break
                j, steps, hops = k - 1, 0, hops + 1
                continue
            if t not in _NEG_BRIDGE:
                break
            j -= 1
            steps += 1
        # post-negation: "disiksa sih nggak", "dipukul? tidak pernah."
        j = bisect_left(self.starts, kend)
        if j < len(toks) and toks[j] in {"?", ","}:
            j += 1
        elif "?" in toks[j : j + 3]:  # "ditahan imigrasi? enggak lah"
            j = toks.index("?", j) + 1
        while j < len(toks) and toks[j] in _POST_NEG_SKIP:
            j += 1
        if j < len(toks) and toks[j] in {"tidak", "bukan"}:
            k = j + 1
            if k < len(toks) and toks[k] == "pernah":
                k += 1
            return k >= len(toks) or toks[k] in CLAUSE_MARKS or toks[k] in _POST_NEG_END
        return False

    def _coord_follows(self, i: int) -> bool:
        """Is the word at ``i`` followed (within two words) by "atau"/"dan"... (a list)?"""
        toks = self.tokens
        for t in toks[i + 1 : i + 3]:
            if t in _COORD:
                return True
            if t in CLAUSE_MARKS:
                return t == ","
        return False

    def hypothetical(self, mstart: int, kstart: int, kend: int) -> int:
        """Is the cue inside a rules question or general advice rather than a report?

        0 = no; 1 = a question ("apa boleh majikan memukul?", "kalau dipukul lapor ke
        mana?"); 2 = general advice/information with a condition ("info: kalau paspor
        ditahan, itu melanggar UU", "jangan takut lapor kalau dipukul ya teman2").
        Never when the first person is involved ("kalau saya salah, majikan pukul saya").
        """
        if not (self.question or self.generic):
            return 0
        toks = self.tokens
        i = self.tok_index(kstart)
        lo = i
        while lo > 0 and i - lo < 7 and toks[lo - 1] not in CLAUSE_MARKS:
            lo -= 1
        window = toks[lo:i]
        after = bisect_left(self.starts, kend)
        me = self.me
        if any(t in me for t in window) or (after < len(toks) and toks[after] in me):
            return 0
        # first person inside the match itself ("paspor saya ditahan")
        if any(t in me for t in self.text[mstart:kend].split()):
            return 0
        if self.question and any(t in lx.HYPO_MARKERS for t in window):
            return 2 if self.curious else 1
        if self.generic and any(t in lx.CONDITIONAL for t in window):
            return 2
        return 0

    def heard(self, kstart: int) -> bool:
        """Is the cue told as hearsay ("pernah dengar ada PMI yang dijual agen")?

        True when a hearsay marker opens the same clause before the cue and no first person or
        family member stands between them.
        """
        for end in self.hearsay:
            if end > kstart:
                break
            between = self.text[end:kstart].split()
            if any(t in CLAUSE_MARKS and t != "," for t in between):
                continue
            if _SELF_OR_KIN.search(" ".join(between)) is None:
                return True
        return False

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
        while j < len(toks) and (toks[j] in lx.HELP_FILLERS or toks[j] in _MODALS):
            pron = pron or toks[j] in _PRONOUNS
            j += 1
        nxt = toks[j] if j < len(toks) else None
        if nxt is not None and (
            nxt in lx.HELP_REQUEST_WORDS or (nxt.startswith("di") and len(nxt) > 4)
        ):
            continue  # an everyday request: "tolong kirim info", "tolong dibantu isi"
        if any(toks[k : k + 2] == ("ada", "yang") and k + 2 < len(toks) and toks[k + 2] in _ASK_WHO
               for k in range(i + 1, min(i + 4, len(toks)))):
            continue  # "tolong dong ada yang tau jadwal kapal?"
        if "tolong" in ctx.norm.elongated or ctx.norm.shouting:
            return 2
        if nxt is None or nxt in {CRY, "sos"}:
            return 2
        if nxt == "!" and not ctx.question:
            return 2
        if pron and (nxt in CLAUSE_MARKS or nxt.isalpha()):
            return 2
        if nxt in CLAUSE_MARKS and all(not x.isalpha() or x in _HELP_TAIL for x in toks[j:]):
            return 2  # "tolong!!", "tolongin... 😭😭": nothing but the call itself
        if toks.count("tolong") >= 2 and _short(ctx):
            return 2  # "tolong tolong tolong... cepat"
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


class _Amp:
    """Lazily computed "amplified" flag (fear, crying, urgency, shouting)."""

    __slots__ = ("ctx", "value")

    def __init__(self, ctx: _Ctx) -> None:
        self.ctx = ctx
        self.value: bool | None = None

    def __bool__(self) -> bool:
        if self.value is None:
            self.value = _amplified(self.ctx)
        return self.value


def _accept(
    ctx: _Ctx,
    amp: _Amp,
    level: Level,
    soft: bool,
    negatable: bool,
    guard: re.Pattern[str] | None,
    mstart: int,
    mend: int,
    ks: int,
    ke: int,
) -> Level | None:
    """The checks every cue match goes through; returns the level it counts for, or None."""
    t = ctx.text
    if guard is not None and guard.search(t, max(0, mstart - 60), mend + 60):
        return None
    if negatable and (ctx.negated(ks, ke) or (mstart < ks and ctx.negated(mstart, ke))):
        return None
    if ctx.media and not ctx.near_self(ks, ke):
        return None
    if ctx.hearsay and ctx.heard(mstart):
        return None
    hypo = ctx.hypothetical(mstart, ks, ke)
    if hypo == 2:  # general advice with a condition, nobody in first person
        return None
    if hypo and not amp:
        if soft:
            return None
        if level is Level.URGENT:
            ctx.capped = True
            return Level.CONCERN
    return level


def _root_hits(ctx: _Ctx, rc: _RootCue, benign: list[bool] | None = None) -> tuple[int, int] | None:
    toks = ctx.tokens
    for i, tok in enumerate(toks):
        if len(tok) < 4 or not tok.isalpha():
            continue
        hit = _roots(tok) & rc.rootset
        if not hit:
            continue
        root = min(hit)
        follow = rc.roots[root]
        j = i + 1
        while j < len(toks) and toks[j] == tok:  # "banting banting barang"
            j += 1
        nxt = " ".join(toks[j : j + 2])
        if follow is not None and follow.match(nxt):
            if benign is not None:  # "mati lampu", "bunuh nyamuk": a benign reading
                benign.append(True)
            continue
        if tok == root:  # bare root: "majikan tendang saya" but not "pukul 3"
            lo = i
            while lo > 0 and i - lo < 6 and toks[lo - 1] not in CLAUSE_MARKS:
                lo -= 1
            before = " ".join(toks[lo:i])
            after_ok = i + 1 < len(toks) and toks[i + 1] in _PRONOUNS
            if not after_ok and (rc.bare_needs is None or not rc.bare_needs.search(before)):
                continue
        start = ctx.starts[i]
        return start, start + len(tok)
    return None


def classify(text: str) -> Distress:
    """Classify one message.  Never raises on any ``str`` input.

    The rules (below) combined with the learned model (:mod:`bot.flows.distress_model`,
    loaded lazily on first use); rules only when the model file is missing.
    """
    rules, norm, veto, doc = model_input(text)
    if norm is None or doc is None:
        return rules
    model = _get_model()
    if model is None:
        return rules
    return combine(rules, model.proba(*doc), veto, model.thresholds, _n_words(norm))


def model_input(text: str) -> tuple[Distress, NormText | None, bool, tuple[str, list[str]] | None]:
    """The rules' reading of a message and what the learned model reads of it, in one pass:
    (rules' result, normalised text, whether a benign guard fired, (model text, features)).
    Training (kawan.distress_train) uses this too, so the model learns from exactly what it
    is given in the bot.  The last item is None for a message without words."""
    from bot.flows.distress_model import rule_features

    rules, norm, veto, ctx = _analyse(text)
    if norm is None or ctx is None:
        return rules, norm, veto, None
    feats = rule_features(rules.level.value, rules.matched, rules.categories, veto)
    feats += context_features(ctx)
    return rules, norm, veto, (model_text(norm.text), feats)


def model_text(canonical: str) -> str:
    """What the learned model reads: the canonical text with repeated sentences said once (a
    message pasted over and over is not more alarming than the sentence itself)."""
    seen: set[str] = set()
    out: list[str] = []
    for part in re.split(r"(?<=[.!?]) ", canonical):
        key = part.strip()
        if key and key not in seen:
            seen.add(key)
            out.append(part)
    return " ".join(out)


def classify_rules(text: str) -> Distress:
    """The rule-based detector alone (for the bench and the fallback tests)."""
    return _classify_rules(text)[0]


_MODEL: list[Any] = []  # [] = not loaded yet; [None] = no model file; [Model]


def _get_model() -> Any:
    if not _MODEL:
        from bot.flows import distress_model

        _MODEL.append(distress_model.load())
    return _MODEL[0]


def load_model(path: str | None = None) -> bool:
    """(Re)load the model: the shipped file, or ``path``; an empty string disables it.

    Returns whether a model is in use.  :func:`classify` calls this lazily on first use, so
    nobody has to; tests use it to switch between the shipped model and rules only.
    """
    from bot.flows import distress_model

    _MODEL.clear()
    if path == "":
        _MODEL.append(None)
    elif path is None:
        _MODEL.append(distress_model.load())
    else:
        try:
            _MODEL.append(distress_model.load_path(path))
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            _MODEL.append(None)
    return _MODEL[0] is not None


def combine(
    rules: Distress, proba: tuple[float, float, float], veto: bool, th: dict[str, float],
    n_words: int = 99,
) -> Distress:
    """The final level: the stacked model (it has seen the rules' verdict and the message's
    context as features) decides, within the rules' safety limits.

    * the model's level: urgent if P(urgent) >= ``urgent``; otherwise concern if P(urgent) +
      P(concern) >= ``concern``; otherwise none.  The thresholds favour recall and are picked
      on writers the model never saw (leave-one-writer-out, ``python bench/distress_eval.py``);
    * when a benign guard of the rules fired (negation "tidak dipukul", idiom "mati lampu",
      joke, news, hearsay, a hypothetical question, a resolved past), the model needs
      ``urgent_veto`` / ``concern_veto`` (> 1: never) to raise above the rules, since a bag of
      n-grams does not see a negation, and P(none) >= ``benign`` to lower them; otherwise it
      lowers the rules' level from P(none) >= ``lower``; a hypothetical question about
      danger ("kalau dipukul lapor ke mana?") stays the rules' concern;
    * what the rules call urgent stays urgent, unless a benign guard fired too and the model
      is sure it is benign (P(none) >= ``benign``): "pengen bunuh diri liat harga cabe, canda";
    * fewer than ``min_words`` words: the rules alone ("jam 5" is too little text).
    Categories come from the rules; "other" when only the model saw trouble.
    """
    pu, pc, pn = proba
    if n_words < th["min_words"]:
        return rules
    if "ctx.hypothetical" in rules.matched:
        return rules  # "kalau majikan pukul kita, lapor ke mana?": concern, whatever the model says
    level = _model_level(pu, pc, th["urgent"], th["concern"])
    if veto and _RANK[level] > _RANK[rules.level]:  # raise over a guard only when very sure
        level = max(rules.level, _model_level(pu, pc, th["urgent_veto"], th["concern_veto"]),
                    key=_RANK.__getitem__)
    elif _RANK[level] < _RANK[rules.level] and pn < (th["benign"] if veto else th["lower"]):
        level = rules.level  # lower the rules only when the model is fairly sure
    if rules.level is Level.URGENT and not (veto and pn >= th["benign"]):
        level = Level.URGENT
    if level is rules.level:
        return rules
    if level is Level.NONE:
        return Distress(Level.NONE, (), (), "none")
    return Distress(level, rules.categories or ("other",), rules.matched, level.value)


def _model_level(pu: float, pc: float, t_urgent: float, t_concern: float) -> Level:
    if pu >= t_urgent:
        return Level.URGENT
    if pu + pc >= t_concern:
        return Level.CONCERN
    return Level.NONE


def context_features(ctx: _Ctx) -> list[str]:
    """Facts about the whole message the learned model reads next to the rules' verdict:
    question, joke or laughter, news, hearsay, advice to others, reassurance ("gk ada
    korban"), the past, an idiom, a negation, first person, and the length."""
    t = ctx.text
    flags = (
        ("question", ctx.question), ("casual", ctx.casual), ("media", ctx.media),
        ("generic", ctx.generic), ("curious", ctx.curious), ("hearsay", bool(ctx.hearsay)),
        ("reassure", _REASSURE.search(t) is not None), ("past", _PAST.search(t) is not None),
        ("idiom", _IDIOMS.search(t) is not None), ("neg", any(x in _NEG for x in ctx.tokens)),
        ("me", any(x in _PRONOUNS for x in ctx.tokens)),
    )
    n = _n_words(ctx.norm)
    size = "1" if n <= 2 else "2" if n <= 5 else "3" if n <= 12 else "4"
    return ["C:" + k for k, on in flags if on] + ["C:len" + size]


def _n_words(norm: NormText) -> int:
    return sum(1 for t in norm.tokens if t.isalnum())


def _classify_rules(text: str) -> tuple[Distress, NormText | None, bool]:
    """Rules: (result, normalised text or None, whether a benign guard vetoed a cue)."""
    res, norm, veto, _ = _analyse(text)
    return res, norm, veto


def _analyse(text: str) -> tuple[Distress, NormText | None, bool, _Ctx | None]:
    """The rules' result, the normalised text, whether a benign guard fired, and the
    message's context (kept for the model's context features)."""
    if not text or not text.strip():
        return _NONE, None, False, None
    norm = _NORMALIZER(text)
    if not norm.tokens:
        return _NONE, None, False, None
    ctx = _Ctx(norm, text)
    res, veto = _rules(ctx)
    return res, norm, veto, ctx


def _rules(ctx: _Ctx) -> tuple[Distress, bool]:
    t = ctx.text
    amp = _Amp(ctx)

    fired: list[tuple[str, str, Level, int]] = []  # (cue id, category, level, position)
    benign: list[bool] = [ctx.casual]  # a benign guard fired (vetoes a weak model signal)
    if _USE_GATES:
        cand = set(_UNGATED)
        idx = _GATE_INDEX
        for i in range(len(t) - 2):
            hit = idx.get(t[i : i + 3])
            if hit:
                cand.update(hit)
        cues = [_CUES[i] for i in sorted(cand)]
    else:
        cues = list(_CUES)
    for cue in cues:
        if cue.needs is not None and cue.needs.search(t) is None:
            continue
        if cue.soft and ctx.casual:
            continue
        capped_before = ctx.capped
        pending: tuple[str, str, Level, int] | None = None
        for m in cue.rx.finditer(t):
            ks, ke = _key_span(m)
            lv = _accept(
                ctx, amp, cue.level, cue.soft, cue.negatable, cue.guard, m.start(), m.end(), ks, ke
            )
            if lv is not None and lv is not cue.level and pending is None:
                # capped as a hypothetical ("kalau dipukul ... ?"): a later match may be a
                # report ("... soalnya kemarin saya dipukul lagi")
                pending = (cue.id, cue.category, lv, m.start())
                ctx.capped = capped_before
                continue
            if lv is not None:
                fired.append((cue.id, cue.category, lv, m.start()))
                pending = None
                break
            benign.append(True)
        if pending is not None:
            fired.append(pending)
            ctx.capped = True
    for rc in _ROOT_CUES:
        span = _root_hits(ctx, rc, benign)
        if span is None:
            continue
        lv = _accept(ctx, amp, rc.level, False, True, rc.guard, span[0], span[1], *span)
        if lv is not None:
            fired.append((rc.id, rc.category, lv, span[0]))
        else:
            benign.append(True)

    resolved = False
    if fired:
        res = _RESOLVED.search(t)
        if res is not None:
            # "dulu dipukul majikan lama, sekarang sudah pindah dan aman": what was told
            # before the resolution is past; cues after it ("... tapi gaji belum dibayar")
            # still count
            key = next(k for k in ("now", "now2", "now3") if res.group(k))
            now = res.start(key)
            kept = [f for f in fired if f[3] > now]
            resolved = len(kept) < len(fired)
            fired = kept
    help_call = 0 if (ctx.casual and not fired) else _help_call(ctx)
    level = Level.NONE
    for _, _, lv, _ in fired:
        if _RANK[lv] > _RANK[level]:
            level = lv
    cats = {c for _, c, _, _ in fired}
    ids = [i for i, _, _, _ in fired]
    if resolved:
        ids.append("ctx.resolved")

    fired_ids = set(ids)
    if fired_ids & _DECEPTION and fired_ids & _CONTROL:
        # recruitment by deception + control over the person: ILO trafficking indicators
        level = Level.URGENT
        cats.add("trafficked")
        ids.append("combo.trafficking")

    if help_call:
        if help_call == 2:
            ids.append("help.call")
            if fired or amp or _short(ctx):
                level = Level.URGENT
            elif level is Level.NONE:
                level = Level.CONCERN
        elif amp and (fired or _STRONG_AMPLIFIERS.search(t)):
            ids.append("help.weak")
            level = Level.URGENT
        elif amp:
            ids.append("help.weak")
            level = max(level, Level.CONCERN, key=_RANK.__getitem__)
        if not cats and level is not Level.NONE:
            cats.add("other")

    if ctx.capped:
        ids.append("ctx.hypothetical")
    veto = any(benign) or resolved
    if level is Level.NONE:
        return _NONE, veto
    return Distress(level, tuple(c for c in CATEGORIES if c in cats), tuple(ids)), veto
