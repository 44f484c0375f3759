"""Normalisation of informal chat text (Bahasa Indonesia, Javanese, Sundanese, English).

Workers write on phones: ``"sy gk di bayar udh 3bln 😭 tolooong"``.  This module turns such
text into a *canonical token string* (``"saya tidak dibayar sudah 3 bulan emocry tolong"``)
on which simple word-boundary regexes can work.  It is pure Python (plus rapidfuzz), does no
I/O and keeps no state except small per-token caches.

Steps, in order (see :class:`Normalizer`):

1. emoji -> marker words (``🆘`` -> ``sos``, ``😭`` -> ``emocry``, ``😂`` -> ``haha``);
2. Unicode NFKC, accents stripped, lower case, apostrophes dropped (``can't`` -> ``cant``);
3. ``word2`` reduplication -> ``word word`` (``dipegang2`` -> ``dipegang dipegang``);
4. tokenise into words, numbers and the clause marks ``. , ! ? ;``;
5. per token: laughter/crying interjections, de-elongation (``tolooong`` -> ``tolong``),
   slang map (``gk`` -> ``tidak``, ``udh`` -> ``sudah``), doubled letters, clitic suffixes
   (``pasporku`` -> ``paspor saya``), glued words (``sydipukul`` -> ``saya dipukul``), a
   conservative fuzzy correction of long unknown words against a target list (never of a
   common word: ``mengundang`` is not ``menendang``), vowel-less abbreviations against a word
   list (``pkul`` -> ``pukul``, ``kmr`` -> ``kamar``) and, last, words typed without spaces
   (``tolongakudipukul`` -> ``tolong aku dipukul``);
6. multi-word rewrites on the joined string (``di pukul`` -> ``dipukul``, ``ran away`` -> ``kabur``).

The general chat vocabulary lives here; callers add their own domain slang, vocabulary and
fuzzy targets when building a :class:`Normalizer`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA

__all__ = [
    "BASE_PHRASES",
    "BASE_SLANG",
    "BASE_VOCAB",
    "CLAUSE_MARKS",
    "CRY",
    "LAUGH",
    "NormText",
    "Normalizer",
    "PRAY",
    "fold",
]

CRY = "emocry"
LAUGH = "haha"
PRAY = "emopray"
CLAUSE_MARKS = frozenset(".,!?;")

EMOJI_TOKENS: dict[str, str] = {
    "🆘": "sos",
    "😭": CRY, "😢": CRY, "😥": CRY, "😰": CRY, "😨": CRY, "😱": CRY, "😩": CRY,
    "😫": CRY, "💔": CRY, "🥺": CRY, "😿": CRY, "😞": CRY, "😔": CRY, "😣": CRY,
    "😖": CRY, "😓": CRY, "😟": CRY, "☹": CRY, "🙁": CRY,
    "😂": LAUGH, "🤣": LAUGH, "😆": LAUGH, "😁": LAUGH, "😄": LAUGH, "😀": LAUGH,
    "😝": LAUGH, "😜": LAUGH, "😅": LAUGH, "😹": LAUGH, "😃": LAUGH, "😛": LAUGH,
    "🙏": PRAY,
    "🔪": " pisau ", "🩸": " darah ", "🚑": " ambulans ", "🚓": " polisi ", "👮": " polisi ",
    "🤕": " luka ", "🤒": " sakit ", "🤢": " sakit ", "🤮": " sakit ",
}
_EMOJI_RE = re.compile("|".join(re.escape(e) for e in sorted(EMOJI_TOKENS, key=len, reverse=True)))
_APOS_RE = re.compile(r"['’‘`´]")
_NOMOR_RE = re.compile(r"\bno\.?\s*(?=(?:hp|telp|tlp|tel|wa|rek|rekening|paspor|passport|ktp|\d))")
_REDUP_RE = re.compile(r"\b([a-z]{3,})2\b")
_TOKEN_RE = re.compile(r"[a-z]+|\d+|[.,!?;]")
_ELONG_RE = re.compile(r"([a-z])\1{2,}")
_DOUBLE_RE = re.compile(r"([a-z])\1")
_LAUGH_RE = re.compile(
    r"^(?:a?w+k+(?:w+k+)*w*|(?:h+[aei]+){2,}h*|(?:x+i+){2,}|(?:k+w+)+k*|"
    r"lol|lmao|lmfao|rofl|awok\w*|ngakak|ckck\w*|hehe\w*|haha\w*)$"
)
_CRY_RE = re.compile(r"^(?:hiks\w*|hix|huhu\w*|hu+hu+|tt|t_t|huhuhu)$")


# --- general chat slang: token -> canonical token(s) ---------------------------------------
def _expand(groups: Mapping[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for canonical, variants in groups.items():
        for v in variants.split():
            out[v] = canonical
    return out


BASE_SLANG: dict[str, str] = _expand(
    {
        # negation (Indonesian, Javanese, Sundanese, English)
        "tidak": "tdk tdak tidk tak gak ga gk g gag kagak kaga nggak ngga ngak nggk enggak engga "
        "ndak nda ndk ora orak mboten boten teu henteu hente not no never dont doesnt didnt "
        "isnt arent wasnt werent havent hasnt hadnt wont wouldnt shouldnt nope",
        "tidak bisa": "gabisa gbs gbisa gakbisa gkbisa ngga_bisa tdkbisa cant cannot couldnt "
        "gabs gabisaa",
        "tidak boleh": "gaboleh gblh gkboleh gakboleh tdkboleh gaoleh",
        "tidak ada": "gaada gada gkada gakada ndakada taada tdkada gaono raono gaaya",
        "tidak pernah": "gapernah gkpernah gakpernah tdkpernah",
        "tidak apa apa": "gpp gapapa gakpapa gkpp ngapapa gakapa",
        "tidak mau": "gamau gmau gkmau gakmau emoh embung",
        "tidak dikasih": "gadikasih gkdikasih gakdikasih",
        "belum": "blm blum belom lom durung dereng acan belon",
        "bukan": "bkn bukn dudu sanes",
        # pronouns
        "saya": "sy sya syaa saya aku aq ak akoh gue gua gw ane kulo kula abdi simkuring "
        "i me my mine q ku im ive",
        "kami": "kita kt we us our",
        "kamu": "km kamu kau lu lo elo loe you u sampeyan kowe anjeun",
        "dia": "dy doi ia he she him her beliaunya",
        "mereka": "they them their",
        # common function words
        "sudah": "udh udah sdh dah uda wis uwis wes parantos atos sdah suda already",
        "banget": "bgt bngt bangett pisan sanget nemen very",
        "dari": "dr dri from ti seko soko saking",
        "yang": "yg yng",
        "karena": "krn krna karna karn soale sebab because coz cause",
        "kalau": "kl kalo klo klu klau lamun upami yen nek if",
        "juga": "jg jga also",
        "tapi": "tp tpi tetapi namun nanging but",
        "dengan": "dgn dg dngn",
        "sama": "sm sma",
        "lagi": "lg lgi agi again",
        "saja": "aja aj doang wae bae",
        "bisa": "bs bsa isa iso tiasa bisaa can could",
        "boleh": "blh bole entuk kenging meunang allowed",
        "ada": "ad ono enten aya",
        "mau": "mo mw arep bade pengen_mau will",
        "ingin": "pengen pingin pgn pengin kepengen pgen hayang hoyong palay kepingin pengin "
        "want wanna",
        "orang": "org wong jalma",
        "satu": "siji hiji one",
        "dua": "rong kalih two",
        "tiga": "telung telu tilu three",
        "empat": "papat opat four",
        "lima": "limang five",
        "kemarin": "kmrn kmrin kemaren kmaren wingi kamari yesterday",
        "hari": "hr day days dino dinten poe",
        "bulan": "bln month months sasi sasih wulan",
        "tahun": "thn year years",
        "minggu": "mgg week weeks",
        "sekarang": "skrg skrang skr saiki ayeuna now",
        "gimana": "gmn gmna bagaimana gimn kumaha piye pripun how",
        "kenapa": "knp knapa ngapa kunaon ngopo why",
        "apa": "ap opo naon what",
        "terus": "trs trus terus2",
        "cuma": "cm cuman hanya mung ukur only",
        "tolong": "tlg tlng tolongin tolonglah tulung tulungi tulungan tolonk tulong help "
        "tlong tolongg",
        "mohon": "please pls plz plis pliss mhn nyuwun",
        "makan": "mkn maem mangan dahar neda nedha mamam food eat eaten ate meal meals makanan",
        "kasih": "ksh kasi beri bere wenehi give gave",
        "dikasih": "dikasi dksh dikasih diksh diberi dibere dikei diwenehi dipasihan given dikasihkan",
        "keluar": "kluar metu medal kaluar",
        "takut": "tkt takot wedi sieun scared afraid fear",
        "nangis": "menangis mewek nangis nangisi ceurik cry crying",
        "sakit": "skt sakiit lara loro gering sick",
        "mati": "modar paeh maot die dead",
        "hidup": "urip hirup live living",
        "polisi": "pulisi police polis cops kepolisian",
        "imigrasi": "imigresen immigration imigration",
        "rumah sakit": "rs hospital",
        "hp": "handphone hape henpon ponsel phone hpnya_ cellphone",
        "kabar": "beja kbr",
        "pulang": "plg mulih balik_kampung",
        "kerja": "krj kerjo gawe damel work working",
        "libur": "prei holiday",
        "istirahat": "ngaso rehat rest",
        "tidur": "turu sare sleep",
        "uang": "duit doku money",
        "lapar": "laper ngelih luwe hungry",
        "capek": "cape capai kesel lelah tired",
        "gaji": "gajih upah salary wage wages bayaran",
        "paspor": "pasport passport paspot pasprt paspr pspr passpor pasportt passpot",
        "jangan": "jgn jngn ojo ulah dont_",
        # chat abbreviations that are also entries of the word list (so never expanded by it)
        "malam": "mlm mlem malem night",
        "tadi": "td tdi",
        "ketok": "ktok ketuk ngetok",
        "semua": "smua smw all",
        "kamar": "kmr kmar room",
        "masuk": "msk msuk",
        "pintu": "pntu door",
        "laki": "lki",
    }
)
# entries written with "_" are placeholders for tokens that never occur (kept for readability)
BASE_SLANG = {k: v for k, v in BASE_SLANG.items() if "_" not in k}

# multi-word rewrites on the canonical string (after token mapping)
BASE_PHRASES: dict[str, str] = {
    "tidak damang": "sakit",
    "tidak enak awak": "tidak enak badan",
    "tidak oleh": "tidak boleh",
    "ran away": "kabur",
    "run away": "kabur",
    "hari off": "libur",
    "off hari": "libur",
    "jangan sampai": "semoga tidak",
    "biar tidak": "semoga tidak",
    "lost contact": "hilang kontak",
    "lose contact": "hilang kontak",
    "tidak bisa reach": "tidak bisa dihubungi",
    "tidak bisa contact": "tidak bisa dihubungi",
    "ga bisa": "tidak bisa",
    "tidak aya": "tidak ada",
    "tidak ono": "tidak ada",
    "tidak acan": "belum",
}

# a general vocabulary of common chat words; tokens in it are never "corrected"
BASE_VOCAB: frozenset[str] = frozenset(
    """
    ada adalah agak agar air akan akhir aku alamat alhamdulillah amin anak aman ambil anda
    antar apa apakah apalagi asal atas atau ayah ayo baca badan bagaimana bagi bagus bahasa
    baik baju bakso balik banyak bantu bantuan bapak barang baru bawa bayar beli belum benar
    berapa berangkat berita bersih besar besok biasa bicara biar bila bilang bingung bisa boleh
    buat bukan bulan buruk butuh cara cari cepat cerita cek cuci cuma cukup dalam dan dapat
    dapur datang dekat dengan depan dia diam dingin dokter dong dulu dua duduk email enak
    gampang ganti gaji gimana guru habis hal halo hamil harga hari harus hati hebat hidup
    hilang hubungi hujan ibu ikut ingat ingin ini isi itu izin jadi jalan jam jangan jauh jawab
    jelas jemput juga jumat kabar kakak kalau kali kamar kami kamis kamu kan kantor kapan
    karena kasih kata ke kecil keluar keluarga kemana kemarin kenapa kepala kerja kemudian
    kirim kita kok kontrak kosong kota kuat kurang lagi lah lain lama lampu langsung lapor
    lebih lewat libur lihat listrik lupa maaf main makan malam mana mandi marah masak masih
    masuk mau memang mbak mas mereka minggu minta minum mobil mohon mulai murah mungkin nanti
    nama negara nenek nih nomor nya obat orang pagi pakai paling panas pasar pasti pekerjaan
    pelan perlu pergi pernah pesan pikir pindah pintu pulang punya rabu ramai rasa rumah
    saat sabtu sakit salah sama sampai sana sangat satu saudara saya sebelum sedang sedikit
    sehat sekali sekarang selalu selamat selasa semua senang senin sering siang siapa sih
    sini soal sore sudah suka supaya surat susah tadi tahu tahun takut tanggal tanya tapi
    tau telepon telpon teman tempat tengah tentang terima terus tetap tidak tidur tiga tinggal
    tolong tua tunggu uang untuk utang waktu wa ya yang
    diperiksa memeriksa periksa pemeriksaan dikunjungi dikurangi dikirim dikirimi dijemput
    diperkaya diterima ditanya ditunggu dicari dicuci dimasak dibawa dibeli dibuka dipakai
    dipanggil dipikir diurus diisi dijawab dicek dikasih diberi dijelaskan dibantu dibaca
    dibikin dibuat ditulis ditutup dimakan diminum dipindah dipotong ditanam ditiup dipukau
    ditampal ditangkal kelupaan kontrak kontraknya kontrakan pemerintah perpanjang
    perpanjangan perusahaan pendaftaran formulir informasi lowongan majikan paspor visa
    dokumen sekolah pelatihan kursus bandara tiket pesawat kapal keberangkatan kepulangan
    penempatan pengalaman persyaratan syarat kesehatan asuransi tabungan rekening transfer
    kiriman remitansi pinjaman cicilan tagihan angsuran belanja jualan dagangan online
    resep masakan sayur buah ikan ayam daging nasi roti kue teh kopi susu gula garam
    anaknya adiknya kakaknya ibunya bapaknya suaminya istrinya nenek kakek cucu ponakan
    terima kasih makasih terimakasih selamat pagi siang sore malam assalamualaikum
    waalaikumsalam bismillah insyaallah mashaallah aamiin semangat sabar ikhlas bersyukur
    rindu kangen seneng senang bahagia sedih kecewa bosan ngantuk pusing males capek
    hongkong taiwan malaysia singapura saudi arab korea jepang brunei dubai qatar kuwait
    indonesia jakarta serang banten lontar tirtayasa kampung desa kabupaten provinsi
    biasanya umumnya sebenarnya rasanya katanya kayaknya sepertinya akhirnya makanya harusnya
    seharusnya soalnya janjinya kabarnya nampaknya tampaknya agaknya pokoknya untungnya
    """.split()
)


@dataclass(frozen=True)
class NormText:
    """Result of normalisation."""

    text: str  # canonical tokens joined by single spaces
    tokens: tuple[str, ...]
    elongated: frozenset[str]  # canonical tokens that were written with stretched letters
    shouting: bool  # mostly upper-case letters
    exclaims: int  # number of "!"


_VOWELS = frozenset("aiueo")


def _skeleton(word: str) -> str:
    return "".join(c for c in word if c not in _VOWELS)


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


def fold(text: str) -> tuple[str, bool]:
    """Emoji -> marker words, NFKC, accents stripped, lower case.  Returns (text, shouting)."""
    shouting = text.isupper() and len(text.strip()) >= 5  # no lower-case letter at all
    s = text
    if not s.isascii():
        s = _EMOJI_RE.sub(lambda m: f" {EMOJI_TOKENS[m.group(0)].strip()} ", s)
        s = unicodedata.normalize("NFKD", s)
        s = "".join(c for c in s if not unicodedata.combining(c))
        s = unicodedata.normalize("NFKC", s)
    s = s.lower()
    if "'" in s or not s.isascii() or "`" in s:
        s = _APOS_RE.sub("", s)
    if "no" in s:
        s = _NOMOR_RE.sub("nomor ", s)
    if "2" in s:
        s = _REDUP_RE.sub(r"\1 \1", s)
    return s, shouting


class Normalizer:
    """Configurable normaliser; instances are cheap to call and cache per-token results.

    ``slang`` maps a token to its canonical token(s) (added to :data:`BASE_SLANG`); ``vocab``
    lists known words (never "corrected" or split); ``phrases`` rewrites multi-word sequences
    on the canonical string; ``fuzzy_targets`` are long words worth repairing when mistyped
    (edit distance 1, or 2 from 10 letters); ``seg_left`` are words that may be glued to the
    next one ("sydipukul"); ``joins`` glues a prefix token to certain next words
    (``{"di": {"pukul"}}``: "di pukul" -> "dipukul").
    """

    _SUFFIXES: tuple[tuple[str, str], ...] = (
        ("nya", "nya"),
        ("ku", "saya"),
        ("mu", "kamu"),
        ("lah", ""),
        ("kah", ""),
        ("ne", ""),
    )

    def __init__(
        self,
        *,
        slang: Mapping[str, str] | None = None,
        vocab: Iterable[str] = (),
        phrases: Mapping[str, str] | None = None,
        fuzzy_targets: Iterable[str] = (),
        seg_left: Iterable[str] = (),
        joins: Mapping[str, Iterable[str]] | None = None,
        cache_size: int = 20000,
        protected: Iterable[str] = (),
        lexicon: Sequence[str] = (),
    ) -> None:
        self.slang: dict[str, tuple[str, ...]] = {
            k: tuple(v.split()) for k, v in {**BASE_SLANG, **(slang or {})}.items()
        }
        targets = sorted({t for t in fuzzy_targets if len(t) >= 6})
        # real words never "repaired" into a target: "mengundang" is not a typo of "menendang"
        self.protected: frozenset[str] = frozenset(protected)
        # a word list, most frequent first: vowel-less abbreviations ("pkul" -> "pukul") and
        # words typed without spaces ("tolongakudipukul") are read against it
        self._lexicon: frozenset[str] = frozenset(lexicon)
        skeletons: dict[str, list[str]] = {}
        for w in (*lexicon, *targets):
            if len(w) >= 3 and w.isalpha():
                sk = _skeleton(w)
                if len(sk) >= 2:
                    skeletons.setdefault(sk, []).append(w)
        self._skeletons = skeletons
        self.vocab: frozenset[str] = frozenset(BASE_VOCAB) | frozenset(vocab) | frozenset(targets)
        for v in self.slang.values():
            self.vocab |= frozenset(v)
        self._targets_by_first: dict[str, list[str]] = {}
        for t in targets:
            self._targets_by_first.setdefault(t[0], []).append(t)
        self.seg_left: frozenset[str] = frozenset(seg_left) | frozenset(
            "saya sy aku ak gw gue tidak tdk gak ga gk ora teu belum blm sudah udh udah tolong "
            "tlg mau jangan sangat dan yg".split()
        )
        ph = {**BASE_PHRASES, **(phrases or {})}
        self._phrases = ph
        self._phrase_re = (
            re.compile(r"\b(" + "|".join(re.escape(p) for p in sorted(ph, key=len, reverse=True)) + r")\b")
            if ph
            else None
        )
        # "di" + "pukul" -> "dipukul": prefix token -> the words it is glued to
        self._joins: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in (joins or {}).items()}
        self._cache: dict[str, tuple[tuple[str, ...], bool]] = {}
        self._cache_size = cache_size

    # ------------------------------------------------------------------ per token
    def _known(self, tok: str) -> tuple[str, ...] | None:
        if tok in self.slang:
            return self.slang[tok]
        if tok in self.vocab:
            return (tok,)
        return None

    def _suffix(self, tok: str) -> tuple[str, ...] | None:
        for suf, repl in self._SUFFIXES:
            if tok.endswith(suf) and len(tok) - len(suf) >= 3:
                stem = self._known(tok[: -len(suf)])
                if stem is not None:
                    return stem + ((repl,) if repl else ())
        return None

    def _fuzzy(self, tok: str) -> str | None:
        if len(tok) < 6 or not tok.isalpha() or tok in self.protected:
            return None
        cands = self._targets_by_first.get(tok[0])
        if not cands:
            return None
        limit = 1 if len(tok) < 10 else 2
        best = process.extractOne(tok, cands, scorer=OSA.distance, score_cutoff=limit)
        return None if best is None else str(best[0])

    def _abbrev(self, tok: str) -> str | None:
        """A word typed without its vowels: "pkul" -> "pukul", "bnuh" -> "bunuh", "kmr" -> "kamar"
        (the most frequent word with the same consonants that contains the letters in order)."""
        if len(tok) < 3 or not tok.isalpha() or tok in self._lexicon:
            return None
        vowels = sum(1 for c in tok if c in _VOWELS)
        if vowels > 1:
            return None
        for w in self._skeletons.get(_skeleton(tok), ()):
            # with a vowel typed ("kran", "pkul") only words the detector knows: "kran" (a tap)
            # is not "koran"; without any vowel ("kmr", "mkn") the most frequent word
            if w[0] == tok[0] and w != tok and _subsequence(tok, w) and (not vowels or w in self.vocab):
                return w
        return None

    def _segment(self, tok: str) -> tuple[str, ...] | None:
        """Words typed without spaces: "tolongakudipukulmajikan" -> tolong aku dipukul majikan.
        Fewest pieces, each a known word or slang (a short unknown piece costs more)."""
        n = len(tok)
        if n < 10 or not tok.isalpha() or not self._lexicon:
            return None
        inf = float("inf")
        best: list[tuple[float, int, int]] = [(0.0, 0, 0)] + [(inf, 0, 0)] * n  # cost, start, known chars
        for j in range(1, n + 1):
            for i in range(max(0, j - 14), j):
                prev = best[i][0]
                if prev == inf:
                    continue
                piece = tok[i:j]
                known = piece in self._lexicon or piece in self.slang or piece in self.vocab
                if known:
                    cost = prev + (1.0 if len(piece) > 1 else 2.5)
                elif 2 <= len(piece) <= 4:
                    cost = prev + 4.0
                else:
                    continue
                if cost < best[j][0]:
                    best[j] = (cost, i, best[i][2] + (len(piece) if known else 0))
        if best[n][0] == inf or best[n][2] < 0.7 * n:
            return None
        pieces = []
        j = n
        while j > 0:
            i = best[j][1]
            pieces.append(tok[i:j])
            j = i
        if len(pieces) < 2:
            return None
        out: list[str] = []
        for piece in reversed(pieces):
            out.extend(self._resolve(piece))
        return tuple(out)

    def resolve(self, raw: str) -> tuple[str, ...]:
        """Canonical token(s) for one raw lower-case token (cached)."""
        return self._resolve_cached(raw)[0]

    def _resolve_cached(self, raw: str) -> tuple[tuple[str, ...], bool]:
        hit = self._cache.get(raw)
        if hit is not None:
            return hit
        res = (self._resolve(raw), _ELONG_RE.search(raw) is not None)
        if len(self._cache) >= self._cache_size:
            self._cache.clear()
        self._cache[raw] = res
        return res

    def _resolve(self, raw: str) -> tuple[str, ...]:
        if raw.isdigit():
            return (raw,)
        if _LAUGH_RE.match(raw):
            return (LAUGH,)
        if _CRY_RE.match(raw):
            return (CRY,)
        tok = _ELONG_RE.sub(r"\1", raw)
        for cand in (tok, _DOUBLE_RE.sub(r"\1", tok)):
            k = self._known(cand)
            if k is not None:
                return k
        if _LAUGH_RE.match(tok):
            return (LAUGH,)
        s = self._suffix(tok)
        if s is not None:
            return s
        # glued words: "sydipukul", "gajiblm", "tolongsaya"
        if len(tok) >= 5:
            for i in range(len(tok) - 2, 0, -1):
                left, right = tok[:i], tok[i:]
                if left in self.seg_left:
                    if len(right) < 3:
                        continue
                    r = self._known(right) or self._suffix(right)
                    if r is None and len(right) >= 6:
                        f = self._fuzzy(right)
                        r = (f,) if f else None
                    if r is not None:
                        return (*(self._known(left) or (left,)), *r)
        f = self._fuzzy(tok)
        if f is not None:
            return self._known(f) or (f,)
        a = self._abbrev(tok)
        if a is not None:
            return self._known(a) or self._suffix(a) or (a,)
        seg = self._segment(tok)
        if seg is not None:
            return seg
        # possessive on an unknown noun: "tubuhku" -> "tubuh saya", "kamarnya" -> "kamar nya"
        if tok.isalpha():
            if tok.endswith("ku") and len(tok) >= 6:
                return tok[:-2], "saya"
            if tok.endswith("nya") and len(tok) >= 7:
                return tok[:-3], "nya"
        return (tok,)

    # ------------------------------------------------------------------ whole text
    def __call__(self, text: str) -> NormText:
        folded, shouting = fold(text)
        out: list[str] = []
        elongated: set[str] = set()
        exclaims = 0
        for raw in _TOKEN_RE.findall(folded):
            if raw in CLAUSE_MARKS:
                if raw == "!":
                    exclaims += 1
                if out and out[-1] == raw:
                    continue
                out.append(raw)
                continue
            res, stretched = self._resolve_cached(raw)
            if stretched:
                elongated.update(res)
            if self._joins and out and out[-1] in self._joins and res[0] in self._joins[out[-1]]:
                out[-1] += res[0]
                out.extend(res[1:])
                continue
            out.extend(res)
        joined = " ".join(out)
        if self._phrase_re is not None:
            joined = self._phrase_re.sub(lambda m: self._phrases[m.group(1)], joined)
        toks = tuple(joined.split())
        return NormText(" ".join(toks), toks, frozenset(elongated), shouting, exclaims)
