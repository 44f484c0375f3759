"""Turning a question into comparable terms: lowercase, slang, a small stemmer, synonyms.

Indonesian as typed on a phone by workers and families: abbreviations (sy, gk, brp), slang and
informal verbs (gimana, ngirim, dipukulin), Javanese and Sundanese words (piye, ora, kumaha, teu),
reduplication (anak2), stretched letters (tolonggg). English gets a lighter version of the same.
Pure functions, no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

# --- Indonesian -----------------------------------------------------------------------------

# everyday spellings, abbreviations and regional words -> standard word (before stemming)
SLANG_ID: dict[str, str] = {
    # question words, negation, pronouns, particles
    "gimana": "bagaimana", "gmn": "bagaimana", "gmna": "bagaimana", "bgmn": "bagaimana",
    "gimn": "bagaimana", "piye": "bagaimana", "kepiye": "bagaimana", "kumaha": "bagaimana",
    "gk": "tidak", "ga": "tidak", "gak": "tidak", "nggak": "tidak", "ngga": "tidak",
    "enggak": "tidak", "engga": "tidak", "tdk": "tidak", "tak": "tidak", "ndak": "tidak",
    "nda": "tidak", "ora": "tidak", "mboten": "tidak", "teu": "tidak", "henteu": "tidak",
    "sy": "saya", "aku": "saya", "aq": "saya", "gue": "saya", "gw": "saya", "abdi": "saya",
    "kalo": "kalau", "klo": "kalau", "kl": "kalau", "klw": "kalau", "upami": "kalau",
    "yg": "yang", "sing": "yang", "dgn": "dengan", "dg": "dengan", "sm": "sama",
    "udh": "sudah", "udah": "sudah", "sdh": "sudah", "dah": "sudah", "wis": "sudah",
    "uwis": "sudah", "sampun": "sudah", "blm": "belum", "belom": "belum", "durung": "belum",
    "bs": "bisa", "bsa": "bisa", "dr": "dari", "utk": "untuk", "tp": "tapi", "jd": "jadi",
    "trs": "terus", "knp": "mengapa", "napa": "mengapa", "kenapa": "mengapa", "brp": "berapa",
    "sabaraha": "berapa", "pira": "berapa", "org": "orang", "opo": "apa", "naon": "apa",
    "dmn": "mana", "dimana": "mana", "kemana": "mana", "endi": "mana", "mana": "mana",
    "mo": "mau", "arep": "mau", "meh": "mau", "bade": "mau", "hoyong": "ingin",
    "pengen": "ingin", "pingin": "ingin", "pgn": "ingin", "kudu": "harus", "kedah": "harus",
    "mesti": "harus", "aja": "saja", "ajah": "saja", "doang": "saja", "msh": "masih",
    "ato": "atau", "atw": "atau", "sblm": "sebelum", "skrg": "sekarang", "dpt": "dapat",
    "dapet": "dapat", "thn": "tahun", "bln": "bulan", "sasi": "bulan", "sesasi": "bulan",
    "nang": "di", "ing": "di", "ka": "ke", "naros": "tanya", "nanya": "tanya",
    # nouns and verbs people shorten or say regionally
    "duwit": "uang", "duit": "uang", "artos": "uang", "hape": "hp", "handphone": "hp",
    "ponsel": "hp", "telp": "telepon", "tlp": "telepon", "telpon": "telepon",
    "nelpon": "telepon", "nomer": "nomor", "nmr": "nomor", "no": "nomor", "wa": "whatsapp",
    "ortu": "orangtua", "emak": "ibu", "mak": "ibu", "mamah": "ibu", "mbok": "ibu",
    "bapake": "bapak", "bojo": "suami", "bojoku": "suami", "salaki": "suami",
    "budak": "anak", "anakku": "anak", "kerjo": "kerja", "damel": "kerja", "gawe": "kerja",
    "budal": "berangkat", "mayar": "bayar", "maot": "meninggal", "meninggoy": "meninggal",
    "gajih": "gaji", "gajian": "gaji", "pasport": "paspor", "passport": "paspor",
    "pasporku": "paspor", "gajiku": "gaji", "ijin": "izin", "umroh": "umrah",
    "medical": "medis", "epmi": "e_pmi", "ilegal": "ilegal", "indo": "indonesia",
    "negri": "negeri", "resiko": "risiko", "terminit": "pecat", "terminate": "pecat",
    "diterminit": "pecat", "diterminate": "pecat", "os": "overstay", "kaburan": "kabur",
}

# function words that carry no meaning for matching (checked before and after stemming)
STOPWORDS_ID: frozenset[str] = frozenset(
    """
    yang di ke dari dan atau itu ini saya kami kita anda kamu dia mereka nya apa apakah
    bagaimana mana kapan siapa mengapa adalah ada dengan untuk pada juga sudah akan mau ingin
    saja sih dong deh kok ya yah lah pun kah tah nih tuh loh lho kan min admin kak kakak mbak
    mba mas bang gan sis pak bu tolong mohon maaf terima kasih assalamualaikum punten
    sama buat agar supaya jadi terus lalu tapi tetapi karena kalau jika kalo gitu begitu gini
    begini sebenernya sebenarnya banget sangat sekali lagi masih sedang cuma hanya ini itu
    seperti kayak gimana emang memang katanya kata aja setelah sebelum nanti udah pas waktu
    lho to iku sampai sampe biar ngapain apaan sana sini situ hal soal tentang per oleh bagi
    para si sang an nah mohon bantuannya ganggu ceritanya jadinya orang cara bikin punya
    tidak belum bukan jangan
    luar negeri negara ln
    malaysia hongkong hong kong taiwan singapura singapore saudi arab korea jepang japan dubai
    uea uae emirat riyadh jeddah seoul tokyo osaka taipei kuala lumpur indonesia
    """.split()
)

# morphologically tricky words kept as they are (the stemmer would take them apart)
KEEP_ID: frozenset[str] = frozenset(
    """
    meninggal perjanjian perusahaan berapa belum bekal pembekalan keluarga kepala kembali
    pekerja perkosa pemerintah perempuan pengacara pesawat kebun keluar kerja kena
    """.split()
)

# known roots: a candidate stem found here wins over the rule-based guess
ROOTS_ID: frozenset[str] = frozenset(
    """
    kerja gaji bayar potong tahan pegang simpan ambil sita pukul siksa aniaya kurung kunci
    makan minum tidur libur cuti lembur kirim pinjam utang tabung daftar urus lapor adu tanya
    jawab bantu tolong hubung telepon kabar hilang cari pulang tinggal berangkat pergi datang
    tiba kabur lari pecat putus habis selesai kontrak janji izin nikah kawin cerai mati wafat
    sakit celaka cacat luka rawat asuh masak sopir bersih ladang kapal ikan tani ajar latih
    sekolah beasiswa biaya gratis bebas tanggung ganti klaim cair santun waris resmi legal
    palsu tipu ancam leceh perkosa kasar keras takut aman bahaya darurat polisi ibadah sholat
    puasa doa agama hak wajib syarat atur hukum adil sehat paspor visa dokumen berkas surat
    kartu akta tanda tangan baca tulis lihat cek periksa tunggu minta beri kasih terima modal
    usaha bunga koperasi bank uang murah mahal besar kecil jam hari bulan tahun minggu umur
    tua muda anak istri suami desa kampung negeri luar rumah kantor duta konsulat majikan agen
    calo sponsor lindung migran tenaga asing nomor layan pusat informasi program percaya harap
    mulai akhir batal gagal langgar paksa rodi eksploitasi isolasi batas gerak masuk tolak
    dengar sewa inap angkut tiket terbang kompeten sertifikat legalisasi jamin sosial lahir
    kunjung umrah ziarah turis wisata overstay denda tangkap sembunyi marah bunuh tampar
    tendang hajar sapu fitnah curi tuduh pungut tawar ajak rekrut salur tempat kenal guna
    pakai kasih cekel njaluk sisa setengah dapat pilih aktif tempuh bekal arah orientasi
    sedia siap lengkap bawa kejar angkat alih larang kurang lebih lama cepat proses proses
    gampang susah sulit rugi untung hasil tangis sedih pinjol kredit
    """.split()
)

# different words for one idea -> one term (applied to the raw word, then to its stem)
SYNONYMS_ID: dict[str, str] = {
    **dict.fromkeys(["meninggal", "wafat", "mati", "tewas", "almarhum", "almarhumah"], "meninggal"),
    **dict.fromkeys(["gaji", "upah", "bayaran", "honor", "salary"], "gaji"),
    **dict.fromkeys(
        ["agen", "agensi", "agency", "pt", "calo", "sponsor", "perusahaan", "penyalur", "p3mi",
         "tekong"],
        "agen",
    ),
    **dict.fromkeys(["paspor", "passport"], "paspor"),
    **dict.fromkeys(
        ["majikan", "bos", "boss", "nyonya", "mam", "madam", "tuan", "juragan", "employer"],
        "majikan",
    ),
    **dict.fromkeys(["pmi", "tki", "tkw", "bmi", "tkw", "migran"], "pmi"),
    **dict.fromkeys(["kabur", "lari", "minggat"], "kabur"),
    **dict.fromkeys(
        ["siksa", "pukul", "aniaya", "gebuk", "tampar", "keras", "kasar", "hajar", "tendang",
         "sakiti"],
        "siksa",
    ),
    **dict.fromkeys(["uang", "duit", "fulus"], "uang"),
    **dict.fromkeys(["kirim", "transfer", "tf", "remitansi"], "kirim"),
    **dict.fromkeys(["kontrak", "perjanjian", "pk"], "kontrak"),
    **dict.fromkeys(["kbri", "kjri", "kdei", "kedutaan", "duta", "konsulat", "embassy"], "kbri"),
    **dict.fromkeys(["kemlu", "kemenlu"], "kemlu"),
    **dict.fromkeys(["bp2mi", "kp2mi", "bnp2tki", "bp3mi"], "bp2mi"),
    **dict.fromkeys(["celaka", "kecelakaan", "musibah"], "celaka"),
    **dict.fromkeys(["libur", "cuti", "off", "istirahat"], "libur"),
    **dict.fromkeys(["umrah", "ziarah", "haji"], "umrah"),
    **dict.fromkeys(["kunjung", "turis", "pelancong", "wisata", "melancong"], "kunjung"),
    **dict.fromkeys(["suami", "istri", "bini", "pasangan"], "pasangan"),
    **dict.fromkeys(["orangtua", "ayah", "bapak", "ibu"], "orangtua"),
    **dict.fromkeys(["kabar", "kontak", "khabar"], "kabar"),
    **dict.fromkeys(["kurung", "kunci", "sekap"], "kurung"),
    **dict.fromkeys(["klaim", "claim", "cair"], "klaim"),
    **dict.fromkeys(["bpjs", "jamsostek", "asuransi"], "bpjs"),
    **dict.fromkeys(["pinjam", "pinjol", "kredit"], "pinjam"),
    **dict.fromkeys(["utang", "hutang"], "utang"),
    **dict.fromkeys(["gratis", "free"], "bebas"),
    **dict.fromkeys(["biaya", "ongkos", "tarif", "fee", "cost"], "biaya"),
    **dict.fromkeys(["resmi", "legal", "legit"], "resmi"),
    **dict.fromkeys(["ilegal", "abal", "bodong", "palsu", "gelap"], "ilegal"),
    **dict.fromkeys(["daftar", "registrasi", "register"], "daftar"),
    **dict.fromkeys(["pulang", "balik", "mudik"], "pulang"),
    **dict.fromkeys(["selesai", "habis", "finish", "tamat", "beres"], "selesai"),
    **dict.fromkeys(["pecat", "phk"], "pecat"),
    **dict.fromkeys(["tahan", "pegang", "simpan", "ambil", "sita", "cekel"], "tahan"),
    **dict.fromkeys(["dokumen", "berkas"], "dokumen"),
    **dict.fromkeys(["lapor", "adu", "komplain", "complain"], "lapor"),
    **dict.fromkeys(["nomor", "hotline"], "nomor"),
    **dict.fromkeys(["telepon", "call"], "telepon"),
    **dict.fromkeys(["ibadah", "sholat", "shalat", "salat", "solat", "puasa", "gereja", "ngaji"], "ibadah"),
    **dict.fromkeys(["leceh", "perkosa"], "leceh"),
    **dict.fromkeys(["lansia", "jompo", "manula"], "lansia"),
    **dict.fromkeys(["medis", "medical"], "medis"),
    **dict.fromkeys(["hp", "handphone"], "hp"),
    **dict.fromkeys(["terbang", "berangkat"], "berangkat"),
    **dict.fromkeys(["beri", "kasih"], "beri"),
    **dict.fromkeys(["larang", "boleh"], "boleh"),
}

_VOWELS = "aeiou"


def _candidates(word: str) -> Iterator[str]:
    """Possible roots of `word`, fewest changes first."""
    bases = [word]
    for particle in ("lah", "kah", "tah", "pun"):
        if word.endswith(particle) and len(word) - len(particle) >= 4:
            bases.append(word[: -len(particle)])
    for base in list(bases):
        for possessive in ("nya", "ku", "mu", "na"):  # -na: Sundanese possessive (biayana)
            if base.endswith(possessive) and len(base) - len(possessive) >= 4:
                bases.append(base[: -len(possessive)])
    for base in bases:
        yield base
        with_suffix = [(base[: -len(s)], s) for s in ("kan", "an", "i", "in") if base.endswith(s)]
        for stem, _ in with_suffix:
            if len(stem) >= 3:
                yield stem
        for stem, _ in [(base, "")] + with_suffix:
            suffix_an = stem != base and base.endswith("an")
            for inner in _without_prefix(stem, allow_ke=suffix_an):
                yield inner
                yield from _without_prefix(inner, allow_ke=False)


def _without_prefix(word: str, allow_ke: bool) -> Iterator[str]:
    """Roots left after taking one prefix off, trying each spelling change of meN-/peN-."""
    options: list[tuple[str, tuple[str, ...]]] = [
        ("meny", ("s",)), ("meng", ("", "k")), ("mem", ("p", "")), ("men", ("t", "")),
        ("me", ("",)), ("peny", ("s",)), ("peng", ("", "k")), ("pem", ("p", "")),
        ("pen", ("t", "")), ("per", ("",)), ("pe", ("",)), ("ber", ("",)), ("be", ("",)),
        ("ter", ("",)), ("di", ("",)),
        # informal Jakarta-style active verbs: ngirim, nyari, nanya, mukul, ngasih
        ("ng", ("", "k")), ("ny", ("s", "c")), ("n", ("t",)), ("m", ("p",)),
    ]
    if allow_ke:
        options.append(("ke", ("",)))
    for prefix, restorations in options:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            rest = word[len(prefix) :]
            for letter in restorations:
                yield letter + rest


def _fallback_stem(word: str) -> str:
    """Rule-based guess when no known root matches: suffixes, then one common prefix."""
    for possessive in ("nya", "ku", "mu"):
        if word.endswith(possessive) and len(word) - len(possessive) >= 4:
            word = word[: -len(possessive)]
            break
    stripped_an = False
    for suffix in ("kan", "an", "i"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            stripped_an = suffix == "an"
            break
    if word.startswith("di") and len(word) >= 6:
        return word[2:]
    if stripped_an and word.startswith("ke") and len(word) >= 6:
        return word[2:]
    for prefix, letter in (("meny", "s"), ("peny", "s"), ("mem", ""), ("pem", ""), ("meng", ""),
                           ("peng", ""), ("men", ""), ("pen", ""), ("ber", ""), ("ter", "")):
        if word.startswith(prefix) and len(word) - len(prefix) >= 4:
            rest = word[len(prefix) :]
            if prefix in ("men", "pen") and rest[0] in _VOWELS:
                return "t" + rest
            if prefix in ("mem", "pem") and rest[0] in _VOWELS:
                return "p" + rest
            return letter + rest
    return word


def stem_id(word: str) -> str:
    """A small Indonesian stemmer: a known root when one fits, else a rule-based guess."""
    if len(word) <= 4 or word in KEEP_ID or word in ROOTS_ID or not word.isalpha():
        return word
    for candidate in _candidates(word):
        if candidate in ROOTS_ID or candidate in SYNONYMS_ID:
            return candidate
    return _fallback_stem(word)


# --- English --------------------------------------------------------------------------------

STOPWORDS_EN: frozenset[str] = frozenset(
    """
    a an the i me my mine we our you your he she it its they them their is are was were be been
    am do does did doing have has had having to of in on at for from by with about as into than
    then so and or but if what which who whom how when where why this that these those there
    here can could would should will shall may might must just also very really please hi hello
    thanks thank any some all not no yes ok okay get got let lets im its dont cant wont s t
    hasnt havent isnt didnt doesnt wasnt werent
    malaysia hong kong taiwan singapore saudi arabia korea japan dubai uae emirates indonesia
    riyadh jeddah seoul tokyo osaka taipei kuala lumpur
    """.split()
)

SYNONYMS_EN: dict[str, str] = {
    **dict.fromkeys(["die", "died", "dead", "death", "pass", "passed", "decease", "deceased"], "die"),
    **dict.fromkeys(["wage", "salary", "paid", "wages"], "wage"),
    **dict.fromkeys(
        ["agency", "agent", "broker", "sponsor", "recruiter", "company", "calo"], "agency"
    ),
    **dict.fromkeys(["employer", "boss", "madam", "sir"], "employer"),
    **dict.fromkeys(["phone", "mobile", "cellphone", "handphone"], "phone"),
    **dict.fromkeys(["beat", "hit", "abuse", "hurt", "slap", "kick", "violence", "beaten"], "abuse"),
    **dict.fromkeys(["passport", "paspor"], "passport"),
    **dict.fromkeys(["fee", "cost", "charge", "price"], "fee"),
    **dict.fromkeys(["money", "cash", "remittance", "remit", "transfer"], "money"),
    **dict.fromkeys(["contract", "agreement"], "contract"),
    **dict.fromkeys(["embassy", "consulate", "kbri", "kjri", "kdei"], "embassy"),
    **dict.fromkeys(["run", "ran", "escape", "flee", "fled"], "run"),
    **dict.fromkeys(["fire", "fired", "terminate", "terminated", "dismiss", "terminit"], "fire"),
    **dict.fromkeys(["legal", "licensed", "licence", "license", "real", "legit", "official"], "legal"),
    **dict.fromkeys(["call", "phoned", "contact", "reach", "heard", "news"], "contact"),
    **dict.fromkeys(["off", "leave", "holiday", "rest", "sunday"], "dayoff"),
    **dict.fromkeys(["tourist", "visit", "travel"], "visit"),
    **dict.fromkeys(["mother", "father", "sister", "brother", "daughter", "son", "wife", "husband",
                     "child", "children", "kid", "kids", "family"], "family"),
    **dict.fromkeys(["document", "paper", "paperwork"], "document"),
    **dict.fromkeys(
        ["take", "took", "taken", "keep", "kept", "hold", "held", "confiscate", "confiscated"], "hold"
    ),
}


def stem_en(word: str) -> str:
    """A light English stemmer: plural and -ing/-ed endings."""
    if len(word) <= 3 or word in SYNONYMS_EN:
        return word
    for suffix, replacement in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + replacement
    return word


# --- shared ---------------------------------------------------------------------------------

_REDUPLICATION = re.compile(r"\b([a-z]+)2([a-z]*)\b")  # anak2 -> anak anak, syarat2nya
_STRETCH = re.compile(r"([a-z])\1{2,}")  # tolonggg -> tolong
_NON_WORD = re.compile(r"[^a-z0-9_]+")


def words(text: str) -> list[str]:
    """Lowercase words without accents or punctuation; 'hak-hak' and 'anak2' split in two."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = text.replace("e-pmi", "epmi").replace("'", "")
    text = _REDUPLICATION.sub(r"\1 \1\2", text)
    text = _STRETCH.sub(r"\1", text)
    return [w for w in _NON_WORD.split(text) if w]


def terms(text: str, lang: str) -> list[str]:
    """The terms a question is matched on, in order (duplicates kept)."""
    out: list[str] = []
    for word in words(text):
        term = normalise_word(word, lang)
        if term:
            out.append(term)
    return out


def normalise_word(word: str, lang: str) -> str | None:
    """One word -> its matching term, or None for a word that carries no meaning."""
    if lang == "en":
        if word in STOPWORDS_EN:
            return None
        word = SYNONYMS_EN.get(word, word)
        stem = stem_en(word)
        return SYNONYMS_EN.get(stem, stem)
    word = SLANG_ID.get(word, word)
    if word in STOPWORDS_ID:
        return None
    if word in SYNONYMS_ID:
        return SYNONYMS_ID[word]
    stem = stem_id(word)
    if stem in STOPWORDS_ID:
        return None
    return SYNONYMS_ID.get(stem, stem)
