"""Word lists and weighted cues for the distress detector (data only; see distress.py).

Every cue is a regex over the *canonical* text produced by :mod:`bot.flows.textnorm`
(lower case, slang mapped: negations -> ``tidak``/``belum``/``bukan``, first person ->
``saya``, ``help`` -> ``tolong``, ``paspor`` spellings -> ``paspor``, ``di pukul`` ->
``dipukul`` ...).  Placeholders in angle brackets are expanded by :data:`MACROS`.

A cue fires unless
* it is ``negatable`` and a negation (``tidak``/``belum``/``bukan``, optionally followed by
  ``pernah``/``sama sekali``...) stands right before its key word (named group ``k``, or the
  match start), or right after it (``dipukul sih nggak``);
* its ``guard`` regex matches within 40 characters around the match (benign context such as
  ``pukul 3``, ``mati lampu``, ``bunuh nyamuk``);
* it is ``soft`` and the message is casual (``haha``, ``wkwk``, 😂) or a hypothetical/rules
  question;
* ``needs`` is given and does not match anywhere in the message.
"""

from __future__ import annotations

from dataclasses import dataclass

URGENT = "urgent"
CONCERN = "concern"


@dataclass(frozen=True)
class CueSpec:
    id: str
    category: str
    level: str
    pattern: str
    negatable: bool = True
    soft: bool = False
    guard: str | None = None
    needs: str | None = None


_W = r"[^\s.,!?;]+"
MACROS: dict[str, str] = {
    "<G1>": rf"(?:{_W} )?",
    "<G2>": rf"(?:{_W} ){{0,2}}",
    "<G3>": rf"(?:{_W} ){{0,3}}",
    "<G4>": rf"(?:{_W} ){{0,4}}",
    "<G6>": rf"(?:{_W} ){{0,6}}",
    "<NEG>": r"(?:tidak|belum|bukan)(?: (?:pernah|belum|juga|lagi|kunjung|sama sekali))?",
    "<ME>": r"(?:saya|kami)",
    "<EMP>": r"(?:majikan|nyonya|tuan|bos|boss|ama|akong|ahma|kafil|kapten|mandor|juragan|"
    r"sir|baba|atasan|madam|taukeh|toke)",
    "<AG>": r"(?:agen|pt|sponsor|calo|tekong|penyalur|perusahaan)",
    "<KIN>": r"(?:anak|adik|kakak|istri|suami|ibu|ayah|bapak|mama|emak|mamak|keluarga|saudara|"
    r"ponakan|keponakan|sepupu|putri|putra|cucu|menantu|ortu|orang tua|daughter|son|sister|"
    r"brother|wife|husband|mother|father|mom|dad|teteh|aa|mbakyu|kang|abang|bibi|paman|tante)",
    "<NUM>": r"(?:\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|"
    r"beberapa|banyak)",
    "<DUR>": r"(?:(?:\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|"
    r"beberapa|banyak) (?:hari|minggu|bulan|tahun|jam)|sehari|seminggu|sebulan|setahun|"
    r"berhari hari|berminggu minggu|berbulan bulan|berbulan|bertahun tahun|bertahun|lama|"
    r"kemarin|seharian|semalaman|sejak|selama)",
    "<TIMEW>": r"(?:\d|setengah|berapa|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|"
    r"sepuluh|sebelas|dua belas|pagi|siang|sore|malam)",
}

# --------------------------------------------------------------------------------------------
# Cues.  ids are stable: they are logged (never with the text) and used in tests.
# --------------------------------------------------------------------------------------------
CUES: tuple[CueSpec, ...] = (
    # ---------------------------------------------------------------- violence (urgent)
    CueSpec(
        "violence.passive", "violence", URGENT,
        r"\b(?P<k>di(?:pukul|pukuli|pukulin|pukulnya|gebuk|gebukin|gebuki|gebugi|gebug|hajar|"
        r"hajarin|antemi|antem|tonjok|tonjokin|jotos|jotosi|keplak|tabok|tabokin|tempeleng|"
        r"gampar|gamparin|tampar|tamparin|tampari|tempiling|tendang|tendangi|tendangin|tajong|"
        r"teunggeul|peupeuh|cabok|jambak|jambakin|jambaki|cekik|banting|pecut|cambuk|sabet|"
        r"pentung|gitik|siksa|siksanya|aniaya|injak|injek|idak|sundut|setrum|bacok|tusuk|"
        r"sulut|bekap|smackdown|kasari|lempari|sepak|benturin|benturkan|benturkeun|jedotin|"
        r"jedotkan|jedukin|gebugin|tempiling|keplaki|sabetin|slepet|cakar|gigit))\b",
        guard=r"\b(?:bedug|beduk|gong|gendang|drum|kentongan|bola|paku|kasur|karpet|rata)\b|"
        r"\bdisiksa (?:rindu|kangen|cinta|perasaan|keadaan|sepi|jarak|waktu|macet|pr)\b|"
        r"\b(?:nyamuk|anjing|kucing|tawon|semut)\b <G1>digigit|\bdigigit (?:nyamuk|semut|anjing|"
        r"kucing|tawon|serangga)",
    ),
    CueSpec(
        "violence.active", "violence", URGENT,
        r"\b(?P<k>(?:mukul|mukulin|mukuli|memukul|memukuli|pukulin|nampar|menampar|nendang|"
        r"menendang|nonjok|menonjok|ngantemi|ngantem|nggebuki|nggebug|gebukin|nyiksa|menyiksa|"
        r"menganiaya|njambak|menjambak|nyekik|mencekik|menghajar|ngehajar|nabok|nempeleng|"
        r"nyabok|neunggeul|najong|nyundut|nyetrum|nyiram|menyiram|jedotin|benturin|"
        r"membenturkan))\b"
        r"(?! (?:nyamuk|kecoa|tikus|semut|lalat|bola|tanaman|bunga|lantai|paku|drum|bedug|"
        r"beduk|gong|air panas ke lantai))",
        guard=r"\bnyiram (?:tanaman|bunga|kebun|air ke)|\bmenyiram (?:tanaman|bunga|kebun)",
    ),
    CueSpec(
        "violence.pukul_bare", "violence", URGENT,
        r"(?:\b(?:<EMP>|dia|mereka|<AG>|suaminya|anaknya) <G2>(?P<k>pukul|tampar|tendang|siksa|"
        r"jambak|hajar|cekik|gebuk|tonjok)\b(?! <TIMEW>)|\b(?P<k2>pukul|tampar|tendang|siksa|"
        r"jambak|hajar|cekik|gebuk|tonjok) (?:saya|kami|kepala|badan|muka|wajah|punggung|"
        r"perut|kaki|tangan|leher|rambut|pipi|mulut|bibir|mata|hidung|lengan|dada|telinga|"
        r"kuping|pakai|pake|dengan|sampai|terus|lagi)\b)",
        guard=r"\bpukul <TIMEW>",
    ),
    CueSpec(
        "violence.kena", "violence", URGENT,
        r"\b(?:kena|dapat|dapet|ketiban) (?P<k>pukul|pukulan|tampar|tamparan|tendang|tendangan|"
        r"siksa|hajar|gampar|tabok|bogem|jotos)\b",
    ),
    CueSpec(
        "violence.wounds", "violence", URGENT,
        r"\b(?P<k>babak belur|lebam lebam|bonyok|biru biru|memar memar)\b",
    ),
    CueSpec(
        "violence.thrown_at", "violence", URGENT,
        r"\b(?P<k>dilempar|dilempari|disiram|diguyur) <G2>(?:pakai |pake |dengan |sama )?"
        r"(?:piring|gelas|barang|sepatu|sendal|sandal|panci|wajan|pisau|air panas|air mendidih|"
        r"minyak panas|kursi|botol|hp|remote|setrika|benda)\b",
    ),
    CueSpec(
        "violence.iron_burn", "violence", URGENT,
        r"\b(?:tangan|badan|kulit|kaki|punggung|muka|lengan) <G2>(?P<k>disetrika|dibakar|"
        r"disundut|disiram)\b",
    ),
    CueSpec(
        "violence.english", "violence", URGENT,
        r"\b(?P<k>hit|hits|hitting|beat|beats|beating|beaten|slap|slaps|slapped|slapping|"
        r"kick|kicks|kicked|kicking|punch|punches|punched|punching|hurt|hurts|hurting|abuse|"
        r"abuses|abused|abusing|torture|tortures|tortured|choke|choked|choking|strangled|burned|"
        r"burnt) (?:saya|kami|us|dia)\b|\b(?P<k2>beaten|physically abused|beaten up|tortured|"
        r"abusive)\b",
    ),
    CueSpec(
        "violence.abused_id", "violence", URGENT,
        r"\b(?P<k>kekerasan fisik|kdrt|penganiayaan|penyiksaan|disiksa)\b",
        guard=r"\bdisiksa (?:rindu|kangen|cinta|perasaan|keadaan|sepi|jarak|waktu|macet|pr)\b",
    ),
    # ---------------------------------------------------------------- sexual abuse (urgent)
    CueSpec(
        "sexual.core", "sexual_abuse", URGENT,
        r"\b(?P<k>\w*(?:perkosa|merkosa)\w*|dileceh\w*|peleceh\w*|meleceh\w*|leceh\w*|dicabuli|"
        r"cabul\w*|pencabulan|dicabul|digrepe\w*|grepe\w*|digerayangi|gerayang\w*|diraba\w*|"
        r"meraba\w*|diperkosa|rudapaksa|dirudapaksa|dinodai|ternoda)\b",
    ),
    CueSpec(
        "sexual.groped", "sexual_abuse", URGENT,
        r"\b(?P<k>dipegang (?:dipegang|pegang)|pegang pegang|megang megang|dipegangi|"
        r"dicolek colek|dicolek|diraba raba|dicium cium|diciumi|meluk meluk|dipeluk peluk|"
        r"peluk peluk|(?:dipeluk|meluk|memeluk|peluk|dicium|nyium|mencium|cium) (?:paksa|"
        r"dari belakang|tiba tiba|terus)|dicium paksa|cium paksa)\b",
        guard=r"\bpaspor\b",
    ),
    CueSpec(
        "sexual.body", "sexual_abuse", URGENT,
        r"\b(?P<k>pegang|megang|memegang|dipegang|raba|meraba|diraba|remas|meremas|diremas|"
        r"colek|dicolek|cium|mencium|dicium|nyium|touch|touches|touched|touching|grab|grabbed)"
        r" <G2>(?:dada|payudara|pantat|paha|tubuh saya|badan saya|kemaluan|susu|bokong|"
        r"alat vital|private|breast|breasts|bum|butt|bibir|leher saya|saya paksa)\b",
    ),
    CueSpec(
        "sexual.forced_sex", "sexual_abuse", URGENT,
        r"\b(?P<k>diajak|dipaksa|disuruh|dirayu|diminta|ngajak|maksa|memaksa|paksa|suruh|nyuruh|"
        r"menyuruh|ajak|minta) <G3>"
        r"(?:tidur bareng|tidur sama dia|tidur dengan dia|tidur dengan majikan|tidur sama majikan|"
        r"berhubungan badan|berhubungan intim|hubungan badan|hubungan intim|hubungan suami istri|"
        r"ml|begituan|gituan|making love|sex|seks|ngeseks|telanjang|buka baju|bugil|"
        r"melayani nafsu|layani nafsu|ngamar)\b",
    ),
    CueSpec(
        "sexual.night_room", "sexual_abuse", URGENT,
        r"\b(?:<EMP>|dia|suami majikan|anak majikan|kakek|akong) <G3>(?P<k>masuk|masuk ke|"
        r"nyelonong ke|datang ke) (?:kamar saya|kamar kami|kamar)\b <G4>(?:malam|tengah malam|"
        r"waktu tidur|pas tidur|diam diam|dikunci|saya tidur|saat tidur|tiap malam)",
    ),
    CueSpec(
        "sexual.peeping", "sexual_abuse", URGENT,
        r"\b(?P<k>diintip|ngintip|mengintip|intip|intipin|rekam|merekam|direkam|videoin) <G3>"
        r"(?:mandi|ganti baju|kamar mandi|tidur|telanjang)\b",
    ),
    CueSpec(
        "sexual.english", "sexual_abuse", URGENT,
        r"\b(?P<k>rape|raped|raping|rapes|molest|molested|molesting|sexually|sexual assault|"
        r"sexual abuse|groped|groping|gropes)\b|\b(?P<k2>touch|touches|touched|touching) saya\b",
    ),
    CueSpec(
        "sexual.harass_mild", "sexual_abuse", CONCERN,
        r"\b(?P<k>harass|harassed|harassing|harassment|digoda\w*|dirayu\w*|digodain|"
        r"dikirimi foto (?:bugil|telanjang|porno)|foto bugil|foto telanjang|video porno|"
        r"dikasih lihat video porno|ngajak nikah siri|kawin kontrak|nikah kontrak)\b",
        needs=r"\b(?:<EMP>|<AG>|dia|suami|anak|kakek|harass\w*|foto|video|nikah|kawin)\b",
    ),
    # ---------------------------------------------------------------- locked in (urgent)
    CueSpec(
        "locked.confined", "locked_in", URGENT,
        r"\b(?P<k>dikurung|dikurungin|dikurungi|dikerangkeng|disekap|disekapnya|dikandangin|"
        r"dikunci(?:in|kan)? (?:di|dalam|dari luar|terus|tiap|setiap|sama|oleh|ama)|"
        r"dikonci(?:an)?|digembok (?:di|dari)|terkurung|dipasung)\b",
        guard=r"\b(?:ayam|burung|kucing|anjing|hewan|kelinci|hamster|hp|akun|layar|rekening|"
        r"kartu|lemari|brankas)\b <G1>(?:di)?kun",
    ),
    CueSpec(
        "locked.person_locked", "locked_in", URGENT,
        r"\b(?:<ME>|dia|adik|anak|kakak|istri) <G2>(?P<k>dikunci(?:in|kan)?|terkunci|dikurung)\b",
        guard=r"\bterkunci (?:di )?luar\b",
    ),
    CueSpec(
        "locked.active", "locked_in", URGENT,
        r"\b(?P<k>kunci|kunciin|ngunci|mengunci|ngurung|mengurung|kurung|sekap|nyekap|menyekap|"
        r"lock|locks|locked) (?:saya|kami|aku|dia)\b",
    ),
    CueSpec(
        "locked.not_allowed_out", "locked_in", URGENT,
        r"\b(?P<k>(?:tidak|belum|bukan) (?:pernah )?(?:boleh|dikasih|diizinkan|diijinkan|"
        r"dibolehkan|dibolehin|diperbolehkan|dikasih izin|dikasih ijin|dapat izin|allowed|"
        r"permitted) <G1>(?:keluar|"
        r"ke luar|keluar rumah|go out|leave|to leave|to go out|out)|dilarang (?:keluar|ke luar)|"
        r"(?:tidak|belum) bisa (?:keluar|ke luar) (?:rumah|kamar|dari rumah|dari kamar|dari sini|"
        r"dari tempat|dari penampungan|dari asrama)|kurungan)\b",
        negatable=False,
        guard=r"\b(?:grup|group|aplikasi|akun|wa group|dari grup|keluar negeri|ke luar negeri)\b",
    ),
    CueSpec(
        "locked.english", "locked_in", URGENT,
        r"\b(?P<k>locked (?:in|inside|up|saya)|locks saya|confined|trapped|held captive|"
        r"keep saya (?:inside|locked)|keeps saya (?:inside|locked)|tidak bisa (?:leave|go out|"
        r"get out|escape))\b",
    ),
    CueSpec(
        "locked.trapped", "locked_in", URGENT,
        r"\b(?P<k>terjebak|terperangkap|disandera)\b",
        guard=r"\b(?:macet|hujan|banjir|antrian|antrean|lift|kemacetan|cinta|zona nyaman|"
        r"friendzone|situasi|utang)\b",
    ),
    CueSpec(
        "locked.isolation_phone", "locked_in", CONCERN,
        r"\b(?:hp|hand phone|handphone|telepon) <G2>(?P<k>disita|dirampas|diambil|ditahan|"
        r"disembunyikan|dibuang|dipegang|dikunci|disimpan) <G2>(?:<EMP>|<AG>|sama|oleh|ama|"
        r"semua|terus|saya|dia)?|\b(?P<k2>sita|menyita|ambil|rampas|merampas|ngambil|took|take|"
        r"taken) (?:saya )?(?:hp|phone)\b|\b(?P<k3>hp) <G2>(?:confiscated|taken)\b",
    ),
    CueSpec(
        "locked.isolation_contact", "locked_in", CONCERN,
        r"\b(?P<k>(?:tidak|belum) (?:pernah )?(?:boleh|dikasih|diizinkan|diijinkan|allowed|bisa) "
        r"<G1>(?:pegang hp|pakai hp|main hp|punya hp|pake hp|megang hp|telepon|telpon|nelpon|"
        r"hubungi|menghubungi|kontak|call|contact|video call|vc|wa|chat) <G2>(?:keluarga|"
        r"<KIN>|rumah|kampung|siapa siapa|siapapun|teman|family|saya)?)",
        negatable=False,
        guard=r"\b(?:waktu|saat|pas|selama|jam) kerja\b|\bsedang kerja\b",
    ),
    # ---------------------------------------------------------------- no food (urgent)
    CueSpec(
        "food.not_given", "no_food", URGENT,
        r"\b(?P<k>(?:tidak|belum|bukan) (?:pernah |juga |lagi )?(?:dikasih|dikasi|diberi|boleh|"
        r"dapat|dapet|dijatah|ada|cukup) <G1>makan|(?:tidak|belum) (?:pernah )?(?:dikasih|"
        r"dikasi|diberi) jatah makan|tidak dikasih saya makan|(?:tidak|never) (?:give|gives|"
        r"gave|dikasih|kasih) (?:saya|kami) <G1>makan|(?:tidak|kurang) makan (?:yang )?cukup)\b",
        negatable=False,
        guard=r"\btidak ada makan siang gratis\b|\bmakan <G2>(?:babi|daging|pedas|sambal|"
        r"micin|gorengan)\b",
    ),
    CueSpec(
        "food.not_fed", "no_food", URGENT,
        r"\b(?P<k>(?:tidak|belum) (?:pernah |mau |juga )?(?:kasih|ngasih|kasi|memberi|ngasi|"
        r"beri|kasih saya|kasih kami|kasih aku) makan|makan <G1>(?:cuma|hanya|cuman|sekali) "
        r"<G1>(?:sekali|1 kali|1x|satu kali) <G1>(?:sehari|dalam sehari|per hari|hari)|"
        r"(?:dikasih|kasih|diberi|dijatah) makan <G1>(?:cuma |hanya )?(?:sekali|1 kali|1x|"
        r"satu kali) <G1>(?:sehari|dalam sehari|per hari))\b",
        negatable=False,
    ),
    CueSpec(
        "food.starving", "no_food", URGENT,
        r"\b(?P<k>kelaparan|starving|starve|starved|kurang gizi|busung lapar)\b",
        soft=True,
        guard=r"\b(?:nih|hehe|haha|makan siang|makan malam|sarapan|jajan|bakso|mie|mi|"
        r"nasi padang|seblak|order|pesan|gofood|grabfood|mau masak|mau makan|belum makan siang|"
        r"pengen makan|ingin makan|bestie|guys|gaes|wkwk)\b",
    ),
    CueSpec(
        "food.days_without", "no_food", URGENT,
        r"\b(?P<k>(?:tidak|belum) (?:pernah )?makan|tidak eaten|tidak makan) <G2><DUR>\b|"
        r"\b(?P<k2>(?:tidak|belum) makan) (?:dari|sejak) (?:kemarin|kemaren|semalam|"
        r"<NUM> hari|hari)\b|\b(?:<DUR>|dari kemarin|sejak kemarin) <G2>(?P<k3>(?:tidak|belum) "
        r"(?:pernah )?makan)\b",
        negatable=False,
    ),
    CueSpec(
        "food.hungry_days", "no_food", URGENT,
        r"\b(?P<k>lapar|kelaparan) <G3><DUR>\b|\b<DUR> <G2>(?P<k2>lapar|kelaparan)\b",
        guard=r"\b(?:puasa|diet|haha|hehe|wkwk)\b",
    ),
    CueSpec(
        "food.hungry_strong", "no_food", CONCERN,
        r"\b(?P<k>lapar banget|lapar terus|lapar sekali|kelaparan terus)\b",
        soft=True,
        guard=r"\b(?:nih|hehe|haha|wkwk|makan siang|makan malam|sarapan|jajan|bakso|mie|"
        r"mau masak|mau makan|pengen makan|ingin makan|puasa|buka|sahur|order|pesan)\b",
    ),
    CueSpec(
        "food.scraps", "no_food", CONCERN,
        r"\b(?P<k>makan (?:sisa|basi|sisaan)|makanan (?:sisa|basi)|dikasih (?:makan )?sisa|"
        r"(?:sisa|sisaan) makanan (?:majikan|mereka)|jatah makan <G2>(?:dikurangi|dipotong|"
        r"sedikit)|makan (?:mi|mie|indomie) terus)\b",
    ),
    # ---------------------------------------------------------------- unpaid wages (concern)
    CueSpec(
        "wages.not_paid", "unpaid_wages", CONCERN,
        r"\b(?P<k>(?:tidak|belum|bukan) (?:pernah |juga |kunjung |lagi |belum )?(?:di)?(?:bayar|"
        r"bayarkan|gaji|gajih|gajikan|transfer|kasih gaji|dikasih gaji|dapat gaji|dapet gaji|"
        r"terima gaji|menerima gaji|paid|pay saya|pays saya|pay kami|pay gaji|been paid|"
        r"get paid|get gaji|receive gaji|received gaji|receive saya gaji|received saya gaji))\b",
        negatable=False,
        guard=r"\b(?:tagihan|listrik|cicilan|kontrakan|kos|kost|paket|ongkir|pesanan|belanja|"
        r"iuran|premi|bpjs|pajak|tiket|utang saya|hutang saya|denda|spp|sekolah)\b",
    ),
    CueSpec(
        "wages.gaji_neg", "unpaid_wages", CONCERN,
        r"\bgaji <G4>(?P<k>(?:tidak|belum) (?:pernah |juga |kunjung |lagi |belum )?(?:dibayar|"
        r"dibayarkan|dikasih|dikasi|diberi|diberikan|dikirim|masuk|cair|keluar|turun|ditransfer|"
        r"diterima|sampai|full|penuh|utuh|sesuai|dapat|dapet|ada|terima))\b",
        negatable=False,
    ),
    CueSpec(
        "wages.cut_late", "unpaid_wages", CONCERN,
        r"\bgaji <G3>(?P<k>dipotong|dipotongin|dipangkas|ditahan|disimpan (?:sama |oleh )?"
        r"(?:<EMP>|<AG>)|telat|terlambat|nunggak|tertunda|ditunda|dibawah standar|"
        r"di bawah standar|separuh|setengah|dipotong potong|diambil (?:<EMP>|<AG>)|deducted|"
        r"withheld|late|delayed|cut|cuma separuh|kecil sekali|dikurangi|disimpan|ditabung "
        r"(?:majikan|agen)|dibayar (?:telat|terlambat|separuh|setengah|nyicil|dicicil)|"
        r"dicicil|dikasih (?:telat|separuh|setengah|sebagian))\b",
        guard=r"\bdisimpan (?:di (?:bank|rekening|atm|dompet|lemari)|sendiri)|\bgaji saya simpan\b",
    ),
    CueSpec(
        "wages.late_pay", "unpaid_wages", CONCERN,
        r"\b(?P<k>(?:telat|terlambat|nunggak|tunda|nunda|menunda|menahan|nahan|tahan) "
        r"(?:bayar|membayar|kasih|ngasih|transfer|kirim|mbayar) <G1>gaji|(?:deduct|deducts|"
        r"deducted|deducting|cut|cuts|withhold|withholds|withheld|keep|keeps|kept) (?:saya |"
        r"our |kami )?gaji|(?:cuma|hanya|baru|cuman) (?:dikasih|dibayar|dapat|dapet|terima|"
        r"menerima|digaji) (?:gaji )?<NUM> bulan)\b",
    ),
    CueSpec(
        "wages.deduction", "unpaid_wages", CONCERN,
        r"\b(?P<k>potong gaji|potongan gaji|memotong gaji|motong gaji|potong gajinya|"
        r"potongan agen|potongan pt|potongan <NUM> bulan|potongan berbulan|dipotong <G1>(?:agen|"
        r"pt|sponsor)|underpaid|unpaid|deduction|deductions|wage theft|kerja (?:gratis|tanpa "
        r"gaji|tanpa dibayar)|uang fit|utang (?:ke |sama |dengan )?(?:<AG>)|hutang (?:ke |sama |"
        r"dengan )?(?:<AG>)|debt (?:to )?(?:<AG>|agent|agency)|ditagih (?:<AG>)|"
        r"gaji <G2>habis (?:untuk|buat) (?:bayar )?(?:potongan|agen|utang|hutang))\b",
    ),
    CueSpec(
        "wages.months_unpaid", "unpaid_wages", CONCERN,
        r"\b(?P<k>(?:belum|tidak) gajian) <G2><DUR>\b|\b<DUR> <G2>(?P<k2>(?:belum|tidak) "
        r"gajian)\b",
        negatable=False,
    ),
    CueSpec(
        "wages.not_match", "unpaid_wages", CONCERN,
        r"\bgaji <G3>(?P<k>tidak sesuai|beda dari kontrak|beda dengan kontrak|lebih kecil dari "
        r"(?:kontrak|janji|yang dijanjikan)|kurang dari (?:kontrak|janji|standar))\b",
        negatable=False,
    ),
    CueSpec(
        "wages.debt_general", "other", CONCERN,
        r"\b(?P<k>terlilit (?:utang|hutang|pinjol)|terjerat (?:utang|hutang|pinjol)|"
        r"dikejar (?:debt collector|dc|pinjol|rentenir)|ditagih (?:pinjol|rentenir|debt collector)|"
        r"diteror (?:pinjol|dc|debt collector)|rentenir)\b",
    ),
    # ---------------------------------------------------------------- passport held (concern)
    CueSpec(
        "passport.held_passive", "passport_held", CONCERN,
        r"\b(?:paspor|dokumen|ktp|arc|ijazah|buku nikah|kk|identitas|id card|visa) <G3>"
        r"(?P<k>ditahan|disita|dirampas|dikuasai|dipegang|dicekel|digawa|dikekep|diamankan|"
        r"taken|held|kept|confiscated|withheld|seized|(?:tidak|belum) (?:pernah )?"
        r"(?:dikembalikan|dibalikin|dibalikan|dikasih|dikasihkan|diberikan|diserahkan|"
        r"returned|given back))\b",
        guard=r"\bditahan (?:di )?imigrasi\b <G2>(?:untuk|buat) (?:dicek|diperiksa)",
    ),
    CueSpec(
        "passport.with_employer", "passport_held", CONCERN,
        r"\b(?:paspor|dokumen|ktp|arc) <G3>(?P<k>disimpan|diambil|dibawa|dipegang|ada di|ada sama|"
        r"di tangan|masih di|masih sama|sama|di|ama|with) (?:sama |oleh |ama |by |the )?"
        r"(?:<EMP>|<AG>|mereka|dia)\b",
    ),
    CueSpec(
        "passport.active", "passport_held", CONCERN,
        r"\b(?P<k>tahan|menahan|nahan|nahan|pegang|megang|memegang|sita|menyita|rampas|merampas|"
        r"simpan|nyimpan|menyimpan|ambil|ngambil|mengambil|took|take|takes|taken|keep|keeps|"
        r"kept|keeping|hold|holds|holding|held|confiscate|confiscated|withhold|withholds|"
        r"withheld|seize|seized) (?:saya |kami |semua |the |our )?(?:paspor|dokumen|ktp|arc)\b",
        needs=r"\b(?:<EMP>|<AG>|dia|mereka|tahan|menahan|nahan|sita|menyita|rampas|merampas|"
        r"took|confiscat\w*|withh\w*|seize\w*|kafil)\b",
        guard=r"\b(?:saya|kami) (?:harus |mau |sebaiknya |perlu |bisa )?(?:simpan|ambil|pegang|"
        r"take|keep|hold)\b",
    ),
    CueSpec(
        "passport.not_returned", "passport_held", CONCERN,
        r"\b(?P<k>(?:tidak|belum) (?:pernah )?(?:dikasih|dikembalikan|dibalikin|diberikan|"
        r"diserahkan|mau (?:kasih|kembalikan|balikin|kembaliin)|kasih|give back|return) <G1>"
        r"(?:paspor|dokumen|ktp|arc))\b",
        negatable=False,
    ),
    CueSpec(
        "passport.lost", "other", CONCERN,
        r"\bpaspor <G2>(?P<k>hilang|ilang|dicuri|lost|stolen)\b",
    ),
    # ---------------------------------------------------------------- sick / injured
    CueSpec(
        "sick.serious", "sick_injured", URGENT,
        r"\b(?P<k>pingsan|tidak sadarkan diri|tidak sadar diri|tidak sadar|koma|kritis|"
        r"patah tulang|patah (?:kaki|tangan|lengan|leher|tulang)|retak tulang|luka parah|"
        r"luka bakar|muntah darah|berdarah darah|pendarahan|perdarahan|keguguran|sesak nafas|"
        r"sesak napas|tidak bisa napas|tidak bisa nafas|tidak bisa bernapas|stroke|"
        r"serangan jantung|kejang|jatuh dari (?:lantai|tangga|jendela|gedung|atap|balkon|"
        r"apartemen)|kecelakaan parah|fainted|unconscious|broken (?:leg|arm|bone|hand|rib)|"
        r"bleeding|collapsed|can not breathe|tidak bisa breathe|(?:leg|arm|bone|hand|rib|"
        r"ankle|wrist|kaki|tangan) (?:is |are |sudah |saya )?(?:broken|patah)|broke saya "
        r"(?:leg|arm|hand)|fell from (?:the )?(?:window|stairs|ladder|building|balcony|roof)|"
        r"(?:tidak|sudah tidak) bisa (?:jalan|bangun|berdiri|gerak|bergerak)(?! jalan))\b",
        guard=r"\b(?:kritis (?:banget|sekali|terhadap)|berpikir kritis|masa kritis|"
        r"tidak sadar (?:kalau|bahwa|sudah|jam|diri kalau))\b|\btidak bisa (?:jalan|bangun|"
        r"berdiri|gerak|bergerak) (?:jalan|kemana|pagi|kesana|ke)\b",
    ),
    CueSpec(
        "sick.bleeding", "sick_injured", URGENT,
        r"\b(?P<k>berdarah)\b",
        soft=True,
        guard=r"\b(?:gusi|jari|sedikit|dikit|kecil|tergores|haid|mens|menstruasi|drama|"
        r"film)\b",
    ),
    CueSpec(
        "sick.ill", "sick_injured", CONCERN,
        r"(?<!rumah )\b(?P<k>sakit|demam|meriang|tidak enak badan|luka|terluka|cedera|cidera|"
        r"kecelakaan|keseleo|terkilir|kesetrum|kena setrum|tersiram|opname|diopname|dirawat|"
        r"masuk rumah sakit|masuk igd|dibawa ke rumah sakit|dilarikan ke rumah "
        r"sakit|injured|injury|fever|accident|hospitalized|hospitalised|sakit keras|"
        r"sakit parah|muntah muntah|diare)\b",
        soft=True,
        guard=r"\bsakit (?:hati|jiwa|gigi sedikit)\b|\bbikin sakit\b|\b(?:buat|bikin) "
        r"(?:orang )?sakit\b|\bsakit <G1>(?:dikit|sedikit)\b|\bpenyakit\b|"
        r"\b(?:doakan|doain|mendoakan|cepat sembuh|get well)\b|\bsakit di (?:kampung|indonesia|"
        r"desa|rumah)\b|\b(?:nenek|kakek|ama|akong|ahma|oma|opa|pasien|anak majikan|majikan|"
        r"nyonya|tuan|bos|lansia|orang)\b <G3>(?:masuk rumah sakit|sakit|dirawat|opname|demam|"
        r"diopname|kecelakaan)|\b(?:ada yang|orang|macet|lalu lintas|tabrakan)\b <G3>"
        r"kecelakaan|\bkecelakaan <G4>macet",
    ),
    CueSpec(
        "sick.no_care", "sick_injured", CONCERN,
        r"\b(?P<k>(?:tidak|belum) (?:pernah |mau |juga )?(?:boleh|dikasih|dibawa|diantar|diizinkan|"
        r"diijinkan|dibolehkan|bisa|allowed|dapat|izinkan|ijinkan|kasih|bolehin|bawa|antar|"
        r"anter|ngantar|nganter|ngasih|let saya|lets saya|allow saya|call|panggil|"
        r"telepon) <G2>(?:ke dokter|ambulans|ambulance|berobat|ke rumah sakit|"
        r"periksa|ke klinik|obat|istirahat meski|ke klinik|see a doctor|see doctor|dokter|"
        r"rumah sakit))\b",
        negatable=False,
    ),
    # ---------------------------------------------------------------- arrested (urgent)
    CueSpec(
        "arrested.core", "arrested", URGENT,
        r"\b(?P<k>ditangkap|ditangkep|tertangkap|ketangkap|ketangkep|diciduk|diborgol|"
        r"dipenjara|dipenjarakan|dibui|ditewak|ditewakan|dicekel polisi|digelandang|"
        r"diamankan polisi|diamankan petugas|diamankan imigrasi)\b",
        guard=r"\b(?:maling|pencuri|penjahat|ikan|tikus|ayam|kucing|bandar|pelaku|tersangka|"
        r"teroris|koruptor|kamera|layar|sinyal|kupu|nyamuk|pengedar|copet|begal|penipu)\b"
        r" <G2>(?:di|ke)?(?:tangkap|tangkep|tertangkap|ketangkap|ciduk|penjara|diamankan)|"
        r"\b(?:takut|khawatir|cemas|nanti|kalau|bakal|akan|semoga tidak|bisa bisa|resiko|"
        r"risiko|bisa|biar tidak|supaya tidak|agar tidak|ancam|diancam) <G1>(?:di|ke|ter)?"
        r"(?:tangkap|tangkep|ciduk|penjara|penjarakan|borgol)",
    ),
    CueSpec(
        "arrested.held_by_police", "arrested", URGENT,
        r"\b(?<!paspor )(?<!dokumen )(?P<k>ditahan|ditahannya|dibawa|diangkut|dijemput paksa|"
        r"dimasukkan) (?:oleh |sama |ke |di )?(?:kantor )?(?:polisi|imigrasi|petugas|penjara|"
        r"sel|tahanan|bandara|detensi|rumah detensi|lokap|depot)\b",
    ),
    CueSpec(
        "arrested.in_jail", "arrested", URGENT,
        r"\b(?:masuk|di|dalam|mendekam di|ada di|sekarang di) (?P<k>penjara|bui|sel tahanan|"
        r"tahanan|rumah detensi|detensi|depo imigrasi|lokap|kem tahanan|jail|prison|"
        r"detention|rudenim)\b",
        guard=r"\b(?:kunjungi|kunjungan|jenguk|nengok|besuk|berita|film)\b",
    ),
    CueSpec(
        "arrested.raid", "arrested", URGENT,
        r"\b(?:kena|terkena|terjaring|ketangkap|ketangkep|tertangkap|kejaring|caught by|caught "
        r"in) (?P<k>razia|operasi|ops|polisi|imigrasi|petugas|sweeping|raid)\b",
    ),
    CueSpec(
        "arrested.english", "arrested", URGENT,
        r"\b(?P<k>arrested|detained|jailed|in jail|in prison|in detention|locked up by "
        r"(?:polisi|imigrasi)|polisi (?:took|take|arrest|arrested) (?:saya|kami))\b",
    ),
    CueSpec(
        "arrested.active", "arrested", URGENT,
        r"\b(?:polisi|imigrasi|petugas) <G2>(?P<k>tangkap|nangkap|menangkap|bawa|ciduk|nyiduk|"
        r"borgol|menahan|nahan) (?:saya|kami|dia|aku|adik|anak|kakak|istri|suami)\b",
    ),
    CueSpec(
        "arrested.deport", "arrested", CONCERN,
        r"\b(?P<k>dideportasi|deportasi|dideport|deported|deport|mau dideportasi|dipulangkan "
        r"paksa|blacklist|diblacklist|di blacklist)\b",
        soft=True,
    ),
    # ---------------------------------------------------------------- trafficked
    CueSpec(
        "trafficked.sold", "trafficked", URGENT,
        r"\b(?:<ME>|dia|adik|anak|kakak|istri|perempuan|pmi|tkw|tki|kami|orang|cewek|cewe)"
        r" <G2>(?P<k>dijual|diperjualbelikan|dijualbelikan|dijual lagi|sold)\b|"
        r"\b(?P<k2>dijual|diperjualbelikan) (?:ke|kepada|sama|oleh|ama) <G1>(?:<EMP>|<AG>|orang|"
        r"tempat|laki|pria|germo|mucikari|bos)\b|\b(?P<k3>diperjualbelikan)\b",
    ),
    CueSpec(
        "trafficked.named", "trafficked", URGENT,
        r"\b(?P<k>perdagangan orang|perdagangan manusia|human trafficking|trafficking|trafficked|"
        r"tppo|korban trafficking|korban perdagangan)\b",
        guard=r"\b(?:sosialisasi|pencegahan|cegah|mencegah|seminar|webinar|materi|pelatihan|"
        r"edukasi|artikel|kampanye|anti|apa itu|apa arti|definisi|pengertian|modul|workshop|"
        r"penyuluhan|undang|uu|pasal|lomba|poster)\b",
    ),
    CueSpec(
        "trafficked.forced", "trafficked", URGENT,
        r"\b(?P<k>dipaksa|terpaksa|disuruh paksa|dipaksa paksa|forced|force) <G2>(?:jadi "
        r"(?:psk|pelacur|lc|pemandu lagu|wanita penghibur)|menjadi (?:psk|pelacur|wanita "
        r"penghibur)|melayani (?:tamu|laki|pria|lelaki)|jual diri|menjual diri|nikah|menikah|"
        r"kawin|prostitution|prostitute|scam|scamming|menipu|nipu|judi|kerja paksa|to work|"
        r"work|kerja|bekerja)\b",
        guard=r"\b(?:lembur|overtime|kerja keras|terpaksa kerja)\b",
    ),
    CueSpec(
        "trafficked.scam_compound", "trafficked", URGENT,
        r"\b(?P<k>kerja paksa|forced labour|forced labor|perbudakan|diperbudak|budak|"
        r"dijadikan (?:psk|pelacur|budak|wanita penghibur)|disuruh (?:scam|menipu|nipu)|"
        r"kerja (?:scam|scamming|judi online)|perusahaan (?:scam|judi online)|online scam|"
        r"scam company|jadi scammer|disekap di kamboja|di kamboja|di myanmar|myawaddy|"
        r"kk park)\b",
        guard=r"\b(?:sosialisasi|pencegahan|berita|artikel|lowongan|loker|budak cinta|bucin|"
        r"budak korporat)\b",
    ),
    CueSpec(
        "trafficked.deceived", "trafficked", CONCERN,
        r"\b(?P<k>ditipu|tertipu|kena tipu|dibohongi|dibohongin|penipuan|menipu|nipu|tipu|"
        r"scammed|cheated|tricked|lied) <G2>(?:oleh |sama |ama |by )?(?:<AG>|lowongan|loker|"
        r"kerja|pekerjaan|majikan|bos|penyalur|lpk|job|agent|agency|rekrut)\b|\b(?:<AG>|agent|"
        r"agency) <G2>(?P<k2>nipu|menipu|bohong|membohongi|penipu|tipu|scam|cheat|cheated|lied)\b",
    ),
    CueSpec(
        "trafficked.deceived_work", "trafficked", CONCERN,
        r"\b(?:kerja|kerjaan|pekerjaan|job|tempat kerja|posisi) <G3>(?P<k>tidak sesuai|beda dari|"
        r"beda dengan|lain dari|berbeda dari|berbeda dengan|tidak seperti) <G2>(?:kontrak|"
        r"perjanjian|janji|dijanjikan|iklan|yang dijanjikan|katanya|promised|contract)\b|"
        r"\b(?P<k2>dijanjikan|janjinya|katanya|dijanjiin) <G6>(?:ternyata|malah|tapi ternyata)\b",
    ),
    CueSpec(
        "trafficked.moved", "trafficked", CONCERN,
        r"\b(?P<k>dioper (?:oper|ke)|dioper oper|dipindah paksa|dipindahkan paksa|dipindah pindah "
        r"majikan|dijual ke majikan|dilempar ke majikan lain|dipindah ke negara lain|"
        r"diselundupkan|diselundupin|lewat jalur (?:belakang|tikus|tidak resmi|ilegal)|"
        r"jalur tikus)\b|\b<DUR> <G3>(?P<k2>(?:tidak|belum) (?:juga )?(?:diberangkatkan|"
        r"berangkat|terbang|ada kejelasan))\b|\b(?P<k3>(?:tidak|belum) (?:juga )?"
        r"(?:diberangkatkan|ada kejelasan)) <G3><DUR>",
    ),
    CueSpec(
        "trafficked.irregular", "trafficked", CONCERN,
        r"\b(?P<k>visa (?:turis|kunjungan|ziarah|umroh|umrah|wisata|holiday|tourist|visit|"
        r"pelancong|pelawat)|non prosedural|nonprosedural|unprosedural|non procedural|"
        r"tidak prosedural|tanpa dokumen|undocumented|tidak resmi|pmi ilegal|tki ilegal|"
        r"berangkat ilegal|kerja ilegal)\b",
        soft=True,
        guard=r"\b(?:bahaya|bedanya|beda|apa itu|cegah|pencegahan|sosialisasi|hindari|jangan|"
        r"risiko|resiko|ciri|tips)\b",
    ),
    # ---------------------------------------------------------------- stranded (concern)
    CueSpec(
        "stranded.core", "stranded", CONCERN,
        r"\b(?P<k>terlantar|telantar|terdampar|ditelantarkan|diterlantarkan|luntang lantung|"
        r"terkatung katung|stranded|homeless|gelandangan|tidak punya tempat tinggal|"
        r"tidak ada tempat tinggal|tidak ada tempat tidur|tidak tahu harus kemana|"
        r"tidak tahu mau kemana|tidak tau harus kemana|tidak tau mau kemana)\b",
    ),
    CueSpec(
        "stranded.no_ticket", "stranded", CONCERN,
        r"\b(?P<k>(?:tidak|belum) (?:pernah )?(?:ada|punya|dikasih|dibelikan|dibeliin|dapat|"
        r"dapet) <G1>tiket|tiket <G2>(?:tidak|belum) (?:dikasih|dibelikan|dibeliin|ada|dibayar)|"
        r"(?:tidak|belum) (?:dipulangkan|dipulangin)|(?:tidak|belum) (?:punya|ada) "
        r"(?:uang|ongkos|duit) <G2>(?:pulang|tiket|makan|buat pulang)|(?:tidak|belum) (?:mau |juga "
        r")?(?:pulangkan|memulangkan|mulangin|pulangin|beliin tiket|belikan tiket|membelikan "
        r"tiket)|kontrak <G2>(?:habis|selesai|finish|berakhir) <G4>(?:tidak|belum) (?:juga )?"
        r"(?:dipulangkan|pulang|dikasih tiket))\b",
        negatable=False,
    ),
    CueSpec(
        "stranded.not_allowed_home", "stranded", CONCERN,
        r"\b(?P<k>(?:tidak|belum) (?:pernah )?(?:boleh|dikasih|diizinkan|diijinkan|dibolehkan|"
        r"dikasih izin|allowed|mau dipulangkan) <G1>(?:pulang|go home|balik)|dilarang pulang|"
        r"ditahan tidak boleh pulang)\b",
        negatable=False,
        guard=r"\b(?:malam ini|hari ini|cepat|larut|sebelum|dulu|nanti)\b",
    ),
    CueSpec(
        "stranded.cannot_home", "stranded", CONCERN,
        r"\b(?P<k>(?:tidak|belum) bisa (?:pulang|balik|go home))\b",
        negatable=False,
        soft=True,
        needs=r"\b(?:tiket|uang|ongkos|paspor|<EMP>|<AG>|dokumen|visa|kontrak|terjebak|"
        r"ditahan|overstay|kabur|polisi|imigrasi|tidak dikasih|tidak boleh|tolong)\b",
        guard=r"\b(?:lebaran|mudik|natal|tahun baru|imlek|cuti|libur|malam ini|hari ini|cepat|"
        r"nanti|besok)\b",
    ),
    CueSpec(
        "stranded.airport", "stranded", CONCERN,
        r"\b(?P<k>(?:tidak|belum) (?:ada yang )?(?:jemput|dijemput|menjemput|datang|muncul)|"
        r"(?:uang|duit) <G1>habis|ditinggal|ditinggalkan)\b",
        negatable=False,
        needs=r"\b(?:bandara|airport|terminal|pelabuhan|stasiun|perbatasan)\b",
    ),
    CueSpec(
        "stranded.overstay", "stranded", CONCERN,
        r"\b(?P<k>overstay|overstayed|os|kaburan|ilegal sekarang|jadi ilegal|sudah ilegal|"
        r"visa <G2>(?:sudah )?(?:mati|habis|expired|kadaluarsa|kedaluwarsa|hangus)|"
        r"permit <G2>(?:sudah )?(?:mati|habis|expired)|izin tinggal <G2>(?:mati|habis|expired))\b",
        soft=True,
        guard=r"\b(?:android|ios|windows|sistem operasi|update|laptop)\b",
    ),
    CueSpec(
        "stranded.ran_away", "stranded", CONCERN,
        r"\b(?P<k>kabur|lari) (?:dari|dr) <G2>(?:<EMP>|<AG>|rumah|penampungan|asrama|tempat "
        r"kerja|kapal|majikan)\b|\b(?:sudah|mau|ingin|terpaksa|harus|akan|baru|habis|berhasil|"
        r"bisa) (?P<k2>kabur|escape|escaped)\b|\b(?P<k3>kabur|escaped)\b",
        soft=True,
        guard=r"\b(?:mata|pandangan|penglihatan|foto|gambar|video|tulisan|layar|kamera|"
        r"dulu ya|dulu yah|kabur dulu|mau masak|mau tidur|mau mandi|mau makan|mau belanja|"
        r"ke pasar|jalan jalan|kucing|anjing|burung|ayam|maling|pencuri|tahanan|napi|"
        r"kabur kaburan)\b",
    ),
    CueSpec(
        "stranded.street", "stranded", CONCERN,
        r"\b(?P<k>tidur|nginep|menginap|tinggal sementara) di (?:jalan|jalanan|taman|bandara|"
        r"stasiun|emperan|emper|kolong|masjid|terminal|pinggir jalan|trotoar)\b",
        guard=r"\b(?:transit|nunggu pesawat|menunggu pesawat|delay)\b",
    ),
    CueSpec(
        "stranded.terminated", "stranded", CONCERN,
        r"\b(?P<k>diterminit|terminit|ditermin|diterminate|terminated|terminate|dipecat|"
        r"pecat|diphk|phk|di phk|diberhentikan|fired|diusir|(?:ngusir|mengusir|usir) (?:saya|kami)|kicked out|"
        r"diputus kontrak|putus kontrak|dipulangkan sepihak)\b",
        guard=r"\b(?:mau terminit majikan|terminit majikan)\b",
    ),
    # ---------------------------------------------------------------- self harm (urgent)
    CueSpec(
        "selfharm.suicide", "self_harm", URGENT,
        r"\b(?P<k>bunuh diri|bundir|bunuh dhiri|mengakhiri hidup|akhiri hidup|akhirin hidup|"
        r"mengakhiri nyawa|gantung diri|suicide|suicidal|kill myself|killing myself|end my life|"
        r"end saya life|potong nadi|iris nadi|sayat nadi|sayat tangan|menyayat tangan|"
        r"nyilet tangan|self harm|melukai diri|menyakiti diri)\b",
        guard=r"\b(?:berita|film|drama|sinetron|pencegahan|hotline|webinar|artikel)\b",
    ),
    CueSpec(
        "selfharm.want_die", "self_harm", URGENT,
        r"\b(?P<k>(?:ingin|mau|rasanya|lebih baik|mending|siap|rasane|kepingin|siap siap)"
        r" <G1>(?:mati|meninggal|mengakhiri|menyusul|pergi selamanya|die|to die))\b"
        r"(?! (?:lampu|listrik|gaya|hp|batre|baterai|kutu|rasa|angin|suri|kelaparan|ketawa|"
        r"penasaran|bosan|ngakak|kepanasan|kedinginan))",
        guard=r"\b(?:haha|ngakak|ketawa|lucu|gemes|gemas|malu|saking|wkwk|emolaugh|lampu|"
        r"listrik|baterai|batre|hp|mesin|tanaman)\b",
    ),
    CueSpec(
        "selfharm.die_only", "self_harm", URGENT,
        r"\b(?P<k>mati saja|mati aja|mati wae|mati ae|mati bae|mending mati|lebih baik mati|"
        r"pengen mati|ingin mati)\b",
        guard=r"\b(?:haha|ngakak|ketawa|lucu|gemes|malu|wkwk|lampu|listrik|hp|batre|baterai|"
        r"tanaman|bunga)\b",
    ),
    CueSpec(
        "selfharm.no_will", "self_harm", URGENT,
        r"\b(?P<k>(?:tidak|sudah tidak) (?:mau|ingin|kuat|sanggup|tahan) hidup|"
        r"(?:capek|lelah|bosan|muak|cape) hidup|hidup <G1>(?:tidak|sudah tidak) ada "
        r"(?:gunanya|artinya|harapan)|tidak ada gunanya hidup|tidak ingin to hidup|"
        r"tidak ingin hidup|putus asa|"
        r"(?:minum|menenggak|minum racun|minum obat) (?:racun|baygon|pemutih|obat nyamuk|"
        r"cairan pembersih|obat banyak|obat sebanyak)|(?:loncat|lompat|terjun|jatuhkan diri) "
        r"(?:dari )?(?:gedung|lantai|apartemen|jendela|balkon|atap|jembatan|flat))\b",
        negatable=False,
        guard=r"\b(?:haha|wkwk|emolaugh)\b",
    ),
    # ---------------------------------------------------------------- threats
    CueSpec(
        "threats.kill", "threats", URGENT,
        r"\b(?P<k>dibunuh|dibunuhnya|dipateni|dipaehan|dipaehkeun|bunuh (?:saya|kami|kamu|dia)|"
        r"membunuh (?:saya|kami|kamu)|mau bunuh|akan bunuh|ancam bunuh|ancaman pembunuhan|"
        r"kill (?:saya|kami)|will kill|murder)\b",
        guard=r"\b(?:nyamuk|kecoa|tikus|semut|lalat|waktu|kuman|virus|bakteri|film|drama|"
        r"sinetron|game|berita|tanaman|hama)\b",
    ),
    CueSpec(
        "threats.weapon", "threats", URGENT,
        r"\b(?P<k>ditodong|ditodongkan|diacungkan|diacungi|ditempelkan|todong|nodong|menodong)"
        r" <G3>(?:pisau|golok|parang|senjata|gunting|pistol|knife|gun|celurit|arit)?\b|"
        r"\b(?:pisau|golok|parang|senjata|gunting|pistol|knife|gun|celurit|arit) <G4>"
        r"(?P<k2>ke leher|di leher|ke muka|ke saya|mengancam|ancam|diancam|ngancam|threaten|"
        r"threatened|ditempel)\b|\bdiancam <G2>(?P<k3>pisau|golok|parang|senjata|gunting|"
        r"pistol|knife|gun|celurit)\b",
    ),
    CueSpec(
        "threats.severe", "threats", URGENT,
        r"\bdiancam <G2>(?P<k>dibunuh|mati|bunuh|disiram|dibakar|disiksa|dipukul|diperkosa|"
        r"ditusuk|dijual|dibuang|dihabisi)\b",
    ),
    CueSpec(
        "threats.general", "threats", CONCERN,
        r"\b(?P<k>diancam|diancem|mengancam|ngancam|ngancem|ancam|ancaman|mengancamku|"
        r"threaten|threatens|threatened|threatening|intimidasi|diintimidasi|diteror|teror)\b",
        guard=r"\b(?:ancaman (?:hujan|banjir|badai|topan|covid|virus|penyakit))\b",
    ),
    CueSpec(
        "threats.verbal", "threats", CONCERN,
        r"\b(?P<k>dimaki|dimaki maki|dicaci|dicaci maki|dihina|dihina hina|dibentak|"
        r"dibentak bentak|dipisuhi|diseneni terus|dicarekan terus|diumpat|dikata katain|"
        r"dikatain (?:anjing|babi|bodoh|goblok|binatang|monyet)|dipanggil (?:anjing|babi|"
        r"binatang|monyet)|diludahi|diludahin|yelled at|shouted at|insulted|verbally abused|"
        r"(?:shouting|yelling|screaming|shouts|yells|screams) at|calling saya (?:stupid|dog|"
        r"idiot|pig|lazy)|calls saya (?:stupid|dog|idiot|pig|lazy)|"
        r"dimarahi (?:terus|tiap hari|setiap hari|habis habisan|terus menerus|tanpa alasan)|"
        r"dimarahin (?:terus|tiap hari|setiap hari|habis habisan)|dimarah marahi|"
        r"diomeli terus)\b",
    ),
    CueSpec(
        "threats.rage", "threats", CONCERN,
        r"\b(?:<EMP>|dia) <G2>(?P<k>ngamuk|ngamuk ngamuk|mengamuk|marah marah terus|"
        r"banting barang|banting banting|lempar barang|lempar lempar barang|mabuk (?:terus|"
        r"dan|lalu) <G2>(?:marah|ngamuk))\b",
        soft=True,
    ),
    # ---------------------------------------------------------------- overwork (concern)
    CueSpec(
        "overwork.no_rest", "overwork", CONCERN,
        r"\b(?P<k>(?:tidak|belum) (?:pernah |juga )?(?:ada|dikasih|dikasi|diberi|dapat|dapet|"
        r"boleh|bisa|punya|get|have|pernah) <G1>(?:libur|cuti|off|istirahat|rest|break|jatah "
        r"libur|hari libur|waktu istirahat|jam istirahat)|(?:libur|off|istirahat|cuti) <G2>"
        r"(?:tidak|belum) (?:pernah )?(?:dikasih|dikasi|diberi|boleh|ada|dapat|dapet)|"
        r"tanpa (?:libur|istirahat|off|henti|cuti|rest)|kerja rodi|kerja terus tanpa|"
        r"overwork\w*|kerja (?:non stop|nonstop|siang malam|24 jam|dua puluh empat jam)|"
        r"(?:tidak|belum) (?:pernah )?libur <G2><DUR>)\b",
        negatable=False,
        guard=r"\b(?:libur <G2>(?:tidak|belum) (?:ada|dapat) (?:rencana|kabar|acara))\b",
    ),
    CueSpec(
        "overwork.long_hours", "overwork", CONCERN,
        r"\b(?P<k>(?:kerja|bekerja|jaga|work|working) <G3>(?:1[4-9]|2[0-4]) (?:jam|hours)|"
        r"(?:1[5-9]|2[0-4]) (?:jam|hours) (?:sehari|per hari|setiap hari|tiap hari|a day|"
        r"kerja|nonstop)|tidur <G2>(?:cuma|paling|kurang dari) <G1>(?:[1-4]|satu|dua|tiga|"
        r"empat) jam|(?:sleep|tidur) (?:cuma |only )?[1-4] (?:jam|hours)|"
        r"jam [2-6] (?:pagi |subuh )?<G1>(?:sampai|sampe|ampe|smp|hingga|till|until|to|s d|sd)"
        r" (?:jam )?(?:1[12]|[0-3]) (?:malam|pagi|dini)|(?:subuh|pagi buta) <G3>(?:sampai|sampe|"
        r"ampe|hingga|smp) <G2>(?:tengah malam|larut malam|dini hari|jam (?:1[12]|[0-3]) "
        r"(?:malam|pagi)))\b",
        negatable=False,
    ),
    CueSpec(
        "overwork.many_houses", "overwork", CONCERN,
        r"\b(?P<k>(?:kerja|bekerja|ngurus|jaga|bersihin|membersihkan|disuruh kerja) <G1>(?:di )?"
        r"(?:2|dua|3|tiga|4|empat|banyak) (?:rumah|keluarga|tempat|apartemen|flat)|"
        r"(?:disuruh|dipaksa|dipinjamkan) (?:kerja )?(?:di |ke )?(?:rumah )?(?:saudara|anak|"
        r"ortu|orang tua|mertua|adik|kakak|teman|kerabat|toko|restoran|pabrik|kantor) "
        r"(?:<EMP>|nya|dia)|kerja di luar kontrak|kerja tidak sesuai job)\b",
    ),
    CueSpec(
        "overwork.exhausted", "overwork", CONCERN,
        r"\b(?:capek|lelah|kecapean|kecapekan|exhausted|tired) <G3>(?P<k>(?:sudah )?(?:tidak|"
        r"gak) (?:kuat|tahan|sanggup)|sampai sakit|sampai pingsan|mau pingsan|hampir pingsan)\b",
        soft=True,
    ),
    # ---------------------------------------------------------------- contact lost (concern)
    CueSpec(
        "contact.lost", "contact_lost", CONCERN,
        r"\b(?P<k>hilang kontak|putus kontak|ilang kontak|leungit kontak|hilang komunikasi|"
        r"putus komunikasi|hilang kabar|lost contact|hilang tanpa kabar|"
        r"tidak ada kabar sama sekali)\b",
        guard=r"\b(?:barang|koper|paket|dompet|hp|kucing|file|data|sinyal|barangnya)\b <G2>"
        r"(?:hilang|missing|menghilang)",
    ),
    CueSpec(
        "contact.no_news_duration", "contact_lost", CONCERN,
        r"\b(?P<k>(?:tidak|belum) (?:pernah |juga |lagi )?(?:ada|kasih|ngasih|memberi|"
        r"dapat|dapet|terima|denger|dengar) <G1>kabar)\b <G3><DUR>|\b(?:sudah|sejak|selama|"
        r"dari) <G4>(?P<k2>(?:tidak|belum) (?:pernah |juga |lagi )?(?:ada|kasih|ngasih|memberi|"
        r"dapat|dapet|terima|denger|dengar) <G1>kabar)\b",
        negatable=False,
    ),
    CueSpec(
        "contact.kin_unreachable", "contact_lost", CONCERN,
        r"\b<KIN> <G6>(?P<k>(?:tidak|belum) (?:pernah |juga |lagi )?(?:ada|kasih|ngasih|bisa|"
        r"dapat|pernah|memberi) <G1>(?:kabar|dihubungi|ditelepon|ditelpon|dikontak|dihubungin|"
        r"telepon|telpon|nelpon|balas|bales|contacted|reached|aktif|online))\b",
        negatable=False,
        guard=r"\b(?:sibuk|lagi kerja|sedang kerja|nanti malam|ketiduran|baru saja)\b",
    ),
    CueSpec(
        "contact.unreachable", "contact_lost", CONCERN,
        r"\b(?P<k>(?:tidak|belum) (?:bisa|dapat) (?:be )?(?:di)?(?:hubungi|telepon|telpon|kontak|"
        r"contacted|reached|dihubungin))\b <G3><DUR>|\b(?:sudah|sejak|selama|dari|lama) <G4>"
        r"(?P<k4>(?:tidak|belum) (?:bisa|dapat) (?:be )?(?:di)?(?:hubungi|telepon|telpon|kontak|"
        r"contacted|reached|dihubungin))\b|\b(?:nomor|nomornya|hp|wa|whatsapp) <G3>"
        r"(?P<k5>(?:tidak|belum) (?:bisa|dapat) (?:di)?(?:hubungi|telepon|telpon|kontak))\b|\b(?:hp|nomor|wa|whatsapp|nomornya) <G2>"
        r"(?P<k2>(?:tidak|sudah tidak) aktif) <G3><DUR>|\b(?:tidak|never) (?P<k3>heard from|"
        r"news from|hear from)\b",
        negatable=False,
    ),
    CueSpec(
        "contact.kin_missing", "contact_lost", CONCERN,
        r"\b<KIN> <G4>(?P<k>hilang|missing|menghilang|tidak pulang pulang|tidak ketemu|"
        r"tidak diketahui keberadaannya|tidak tahu keberadaannya|tidak tahu dimana)\b",
        guard=r"\b(?:hp|dompet|barang|kunci|mainan|paspor)\b <G1>(?:hilang|missing)",
    ),
    # ---------------------------------------------------------------- other (concern)
    CueSpec(
        "other.worship", "other", CONCERN,
        r"\b(?P<k>(?:tidak|belum) (?:pernah )?(?:boleh|dikasih|diizinkan|diijinkan|allowed) <G1>"
        r"(?:sholat|salat|solat|shalat|ibadah|puasa|ke gereja|pray|ngaji|berjilbab|pakai jilbab|"
        r"pakai kerudung)|dipaksa makan (?:babi|daging babi)|disuruh makan (?:babi|daging babi)|"
        r"dipaksa (?:lepas|buka) (?:jilbab|kerudung|hijab))\b",
        negatable=False,
    ),
    CueSpec(
        "other.living", "other", CONCERN,
        r"\b(?P<k>tidur di (?:kamar mandi|gudang|toilet|wc|balkon|lorong|lantai dapur|"
        r"kandang|tempat jemuran)|tidak (?:ada|dikasih|punya) (?:kamar|tempat tidur|kasur))\b",
        negatable=False,
    ),
    CueSpec(
        "other.cannot_bear", "other", CONCERN,
        r"\b(?P<k>(?:tidak|sudah tidak) (?:kuat|tahan|sanggup) lagi|(?:tidak|sudah tidak) "
        r"(?:kuat|tahan|betah|sanggup) (?:kerja|di sini|disini|di rumah ini|sama (?:<EMP>)|dengan "
        r"(?:<EMP>)|tinggal)|can not take it|tidak bisa take it|tersiksa)\b",
        negatable=False,
        soft=True,
        guard=r"\b(?:pedas|pedes|dingin|panas|bau|ngantuk|ketawa|lucu|gemes|kangen|rindu|"
        r"pengen|ingin|pengen pulang kampung)\b",
    ),
    CueSpec(
        "other.takut_emp", "other", CONCERN,
        r"\b(?P<k>takut) <G3>(?:<EMP>|<AG>|pulang ke rumah (?:<EMP>)|kembali ke (?:<EMP>|rumah)"
        r"|dipulangkan|dilaporkan|diapa apain|diapa apakan|dia)\b",
        soft=True,
        guard=r"\b(?:takut <G2>(?:marah|telat|salah|kecewa|tidak suka|bangun|dengar|lihat))\b",
    ),
)

# --------------------------------------------------------------------------------------------
# help calls, amplifiers, message-level contexts (regexes over canonical text)
# --------------------------------------------------------------------------------------------
# tokens that may sit between "tolong" and what is asked
HELP_FILLERS = frozenset(
    "saya kami dong donk lah please mohon tolong banget kak kakak mbak mba mb bu ibu pak bapak "
    "mas teteh teh akang kang min admin bang abang sis kawan semua siapa saja siapapun sayang "
    "bro gan nak sist om tante bunda bund mimin kaka kk bosku emopray dia cepat segera".split()
)
# words after "tolong (saya)" that make it an everyday request, not a call for help
HELP_REQUEST_WORDS = frozenset(
    """
    kirim kirimkan kirimin info infonya informasi isi isikan isiin mengisi cari carikan
    cariin cek ceki periksa jelaskan jelasin terjemah terjemahkan translate buat buatkan
    buatin bikin bikinin kasih kasi beritahu kasihtau tanya nanya bertanya cara daftar
    daftarkan daftarin formulir form resep link share bagi bagikan baca bacakan hitung
    hitungin ajari ajarin ajarkan pilih pilihkan ingatkan ingetin sebutkan tunjukkan tunjukin
    lihat liat lihatin jawab balas bales konfirmasi transfer bayar bayarin belikan beliin
    jemput antar anterin rekomendasi saran sarankan doakan doain sebarkan like subscribe
    follow with to find fill send check understand apply renew write make know learn choose
    book buy pay get mau minta ya yah yaa nomor alamat kontak cetak print foto fotoin upload
    unggah download unduh tulis tuliskan pesan pesankan ambilkan ambilin bawakan bawain
    pinjami pinjamin share sharing teruskan forward tag mention vote dukung bantu jagain
    jaga matikan nyalakan tutup buka angkat jemur cuci masak siapkan ganti save login
    """.split()
)
HELP_STRONG = (
    r"\b(?:selamatkan|keluarkan|evakuasi|save|rescue|lepaskan|bebaskan) (?:saya|kami)\b|"
    r"\bget (?:saya|kami) out\b|\bbantu (?:saya|kami) (?:keluar|kabur|lari|lepas|bebas|"
    r"pergi dari sini)\b|\b(?:saya|kami) (?:butuh|perlu|need) (?:tolong|pertolongan|bantuan) "
    r"(?:segera|cepat|sekarang|darurat|urgent)\b|\bminta pertolongan\b"
)
AMPLIFIERS = (
    r"\b(?:takut|ketakutan|nangis|emocry|sos|darurat|emergency|gawat|cepat|segera|urgent|"
    r"asap|panik|gemetar|trauma|kesakitan|tersiksa|putus asa|tidak kuat|tidak tahan|"
    r"please please|mohon mohon|tolong tolong)\b"
)
# "tolong" preceded by these is a polite request ("minta tolong kirimkan", "bisa tolong")
HELP_POLITE_BEFORE = frozenset("minta bisa boleh mau dimintai tanpa butuh perlu need".split())
CASUAL = r"\b(?:haha|hehe|wkwk|lol|canda|bercanda|becanda|guyon|just kidding|jk|cuma bercanda)\b"
MEDIA = (
    r"\b(?:berita|news|film|sinetron|drama|video|tiktok|youtube|viral|artikel|koran|postingan|"
    r"katanya|dengar dengar|kabarnya|sosialisasi|seminar|webinar|pelatihan|materi|edukasi|"
    r"cerita di|baca di|lihat di|nonton|novel|fyp|status)\b"
)
SELF_OR_KIN = r"\b(?:saya|kami|<KIN>|teman|temen|tetangga)\b"
HYPO_MARKERS = frozenset(
    "kalau jika apabila bila seandainya andaikan andai misalnya misal umpama if boleh "
    "bolehkah hukum hukumnya legal allowed aturan aturannya peraturan melanggar sanksi pasal "
    "apakah".split()
)
QUESTION_START = frozenset(
    "apa apakah gimana bolehkah boleh bisakah berapa kenapa kapan dimana kemana siapa "
    "bagaimana can is how what where when should do does are".split()
)
QUESTION_PHRASES = r"\b(?:mau tanya|tanya dong|numpang tanya|mau nanya|ingin bertanya|izin tanya)\b"
RESOLVED = (
    r"\b(?:dulu|dahulu|waktu itu|tahun lalu|majikan lama|majikan dulu|majikan yang dulu|"
    r"majikan sebelumnya|sebelumnya)\b.*\b(?:sekarang|alhamdulillah)\b <G3>(?:sudah )?"
    r"(?:aman|baik|enak|pindah|pulang|bahagia|baik baik saja|sudah di indonesia|di rumah|"
    r"selamat|tenang|bebas)\b"
)

# --------------------------------------------------------------------------------------------
# normalisation data specific to this domain
# --------------------------------------------------------------------------------------------
DOMAIN_SLANG: dict[str, str] = {
    **{
        v: "majikan"
        for v in "mjikan majikn majkan mjkn mjk majikane mjikn majiakan majika majikna "
        "mjikanku employer employers majian majukan majiikan".split()
    },
    **{v: "nyonya" for v in "nyonyah nyony nyonyaku madam maam mam mem mdm mistress".split()},
    **{v: "bos" for v in "boss bosnya boz".split()},
    **{v: "akong" for v in "akung agong".split()},
    **{v: "agen" for v in "agent agency agensi agensy ejen agennya agn".split()},
    **{v: "pt" for v in "pjtki p3mi pptkis lpk".split()},
    **{v: "kabur" for v in "kbur minggat kabor kaboor escape kabr".split()},
    **{v: "dipukul" for v in "dipukulin dipukuli dipukl dipkul dipukulnya".split()},
    **{v: "disiksa" for v in "disikasa disiksaa disika dsiksa".split()},
    **{v: "tidak sadar" for v in "pingsan2".split()},
    "terminate": "terminit",
    "termanit": "terminit",
    "terminet": "terminit",
    "diterminet": "diterminit",
    "dipecatt": "dipecat",
    "gajinya": "gaji nya",
    "gajiku": "gaji saya",
    "gajian2": "gajian",
    "myself": "myself",
    "polisinya": "polisi nya",
    "imigrasinya": "imigrasi nya",
    "rs": "rumah sakit",
    "igd": "igd",
    "ugd": "igd",
    "sos": "sos",
    "tolonggg": "tolong",
    "dikasihh": "dikasih",
    "diksih": "dikasih",
    "ksih": "kasih",
    "byr": "bayar",
    "dibyr": "dibayar",
    "dbayar": "dibayar",
    "dbyr": "dibayar",
    "dbyar": "dibayar",
    "gj": "gaji",
    "gji": "gaji",
    "gajih": "gaji",
    "dipun": "di",
    "d": "di",
    "dunungan": "majikan",
    "dunungana": "majikan",
    "juragan": "majikan",
    "hpku": "hp saya",
}

DI_STEMS = frozenset(
    """
    pukul pukuli pukulin tampar tendang siksa aniaya kurung kunci kunciin sekap tahan potong
    bayar gaji perkosa lecehkan leceh pegang ambil sita rampas jual tipu tangkap ancam hajar
    jambak cekik kasih kasi beri marahi marahin bentak usir pecat terminit paksa kurangi
    telantarkan terlantarkan tinggal pulangkan pulangin bunuh setrika bakar siram lempar
    sundut cabuli raba grepe intip penjara deportasi borgol ciduk tewak kembalikan balikin
    hubungi telepon telpon kontak izinkan ijinkan bolehkan gebuk gebukin tonjok tabok keplak
    antemi teunggeul tajong jotos injak cambuk pecut maki hina caci bohongi operasi
    transfer kirim simpan bawa cekel gawa kurungin jualbelikan perjualbelikan lecehin
    gebugi gebuki gebug antem tamparin jotosi tempeleng gampar tendangi jambakin banting sabet
    injak sundut setrum bacok tusuk benturin benturkan jedotin lempari guyur peluk cium
    kunciin konci gembok bere wenehi pasihan tangkep pateni pulangin phk bolehin balekke rawat
    opname potongin tahanin kurungi sekap siksain aniaya pukulin hajar
    """.split()
)

# Long distinctive words that are worth correcting when mistyped (edit distance 1, 2 for ≥10).
FUZZY_TARGETS = tuple(
    """
    dipukul dipukuli ditampar ditendang dianiaya disiksa menyiksa dijambak dicekik dihajar
    dilecehkan pelecehan diperkosa memperkosa pemerkosaan dikurung dikunci disekap kelaparan
    dibayar digaji dipotong ditahan dipegang paspor passport ditangkap penjara imigrasi
    ditipu terlantar telantar majikan kecelakaan pingsan diancam dibunuh dihubungi overstay
    terminit diterminit menampar menendang memukul dilarang kaburan tolong tolongin
    dikasih gajian keluarga kontak bunuh diri berdarah dideportasi perdagangan trafficking
    dimarahi dibentak ketakutan menangis nangis kesakitan diusir dipecat sakit demam
    """.split()
)

# Common words that must never be "corrected" into a cue word.
EXTRA_VOCAB = frozenset(
    """
    diperiksa diperkaya dikurangi dikunjungi ditanam ditampal ditiup ditawar ditawari ditagih
    ditambah ditanya ditarik ditunda ditutup dipakai dipasang dipanggil dipindah dipilih
    dipesan dipotret dipukau dibayangkan dibantu dibawa dibuka dikabari dikirim dikira
    dikenal dijemput dijual dijaga dijelaskan dijawab dilihat dilarang dimakan diminta
    diminum dimasak dicuci dicek dicari diurus diisi disuruh disimpan disetrika disapu
    dikunyah dikupas dipanaskan dikurung dipuji dipuja digaji diajak diajari diantar
    kontrak kontraknya kontrakan majikannya keluarganya bayarannya gajiannya terlambat
    terlantar pelantikan perpanjang panjang pulang pulangnya pasporan berdarah bersama
    bertanya menanyakan menangis nangis dimandikan memandikan menyuapi menyetrika
    mengepel menyapu mencuci memasak belanja jalan jalan nenek kakek amah ama akong
    pukul jam menit detik kabar kabari kabarin menunggu ditunggu lowongan perpanjangan
    ketakutan ketemu tunggu tanggal minggu sabtu libur liburan cuti off day
    """.split()
)

SEG_LEFT = frozenset("majikan gaji paspor hp agen tidak sudah belum saya".split())
