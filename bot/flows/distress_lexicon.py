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
    "<G6C>": r"(?:[^\s.!?;]+ ){0,6}",  # up to 6 words, commas allowed
    "<NEG>": r"(?:tidak|belum|bukan)(?: (?:pernah|belum|juga|lagi|kunjung|sama sekali))?",
    "<ME>": r"(?:saya|kami)",
    "<EMP>": r"(?:majikan|nyonya|tuan|bos|boss|ama|akong|ahma|kafil|kapten|mandor|juragan|"
    r"sir|baba|atasan|madam|taukeh|toke)",
    "<AG>": r"(?:agen|pt|sponsor|calo|tekong|penyalur|perusahaan|broker|biro|yayasan|koperasi)",
    "<KIN>": r"(?:anak|adik|kakak|istri|suami|ibu|ayah|bapak|mama|emak|mamak|keluarga|saudara|"
    r"ponakan|keponakan|sepupu|putri|putra|cucu|menantu|ortu|orang tua|daughter|son|sister|"
    r"brother|wife|husband|mother|father|mom|dad|teteh|aa|mbakyu|kang|abang|bibi|paman|tante)",
    "<NUM>": r"(?:\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|"
    r"beberapa|banyak)",
    "<DUR>": r"(?:(?:\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|"
    r"beberapa|banyak) (?:hari|minggu|bulan|tahun|jam)|sehari|seminggu|sebulan|setahun|"
    r"berhari hari|berminggu minggu|berbulan bulan|berbulan|bertahun tahun|bertahun|lama|"
    r"kemarin|seharian|semalaman|sejak|selama)",
    "<INSULT>": r"(?:bodoh|goblok|goblog|tolol|bego|anjing|babi|binatang|monyet|pemalas|malas|"
    r"tidak berguna|sampah|pelacur|lonte|lacur|jalang|miskin|kampungan|stupid|idiot|dog|pig|"
    r"lazy|useless|bitch|slut|kere|babu|budak|kacung|jongos|hina)",
    # things (not people) that get hit/kicked in everyday talk
    "<THING>": r"(?:bantal|guling|boneka|meja|pintu|tembok|mainan|drum|bola|kasur|karpet|nyamuk|"
    r"kecoa|lalat|semut|tikus|bedug|beduk|gong|paku|kaleng|gendang|kentongan|samsak|adonan|"
    r"debu|rata|ball|pillow|toy|table|door|balon)",
    # abstract things that "beat", "kill" or "torture" someone in figures of speech
    "<FIG>": r"(?:deadline|kerjaan|pekerjaan|tugas|cucian|setrikaan|tagihan|cicilan|rindu|kangen|"
    r"waktu|sepi|keadaan|kenyataan|harga|ongkir|macet|panas|dingin|hujan|pr|ujian|skripsi|"
    r"lembur|jadwal|rutinitas|cinta|perasaan|masalah|hidup|nasib|sinyal|wifi|kuota)",
    # a small child (or a tantrum) as the one who hits: not abuse
    "<CHILDISH>": r"(?:(?:namanya juga|nama nya juga|namanya|nama nya|maklum|wajar|biasa lah|"
    r"biasalah|biasa) <G2>(?:bayi|balita|anak kecil|anak anak|anak|masih kecil|toddler|baby)|tantrum|ngamuk bocah|"
    r"(?:bayi|balita|toddler|baby|anak (?:majikan )?(?:yang )?(?:masih )?(?:kecil|balita|"
    r"umur [1-6] tahun|[1-6] tahun)) <G2>(?:suka |sering |lagi |kalau )?(?:mukul|nendang|jambak|"
    r"nyakar|gigit|nampar|nyubit|pukul|tendang|cakar|cubit|hit|kick|bite)\w*|(?:sama|oleh|by) "
    r"(?:bayi|balita|toddler|baby|anak kecil|anak (?:majikan )?yang (?:masih )?kecil))",
    # things (accounts, phones, cards) that get "locked"
    "<DEVICE>": r"(?:akun|account|facebook|fb|ig|instagram|wa|whatsapp|hp|handphone|kartu|atm|"
    r"rekening|email|layar|aplikasi|sim|sim card|laptop|tablet|koper|lemari|brankas|sepeda|motor)",
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
        r"sulut|bekap|smackdown|kasari|kasarin|lempari|sepak|benturin|benturkan|benturkeun|jedotin|"
        r"jedotkan|jedukin|gebugin|tempiling|keplaki|sabetin|slepet|cakar|gigit|hantam|hantem|"
        r"bogem|jewer|seret|tapuk|kemplang|penthungi|babuk|sakiti|sakitin|jiwit|cubiti|"
        r"tampiling|pites|gebugi|cambuki|pecuti|sabet pakai|gaplok|tempeleng))\b",
        guard=r"\b(?:bedug|beduk|gong|gendang|drum|kentongan|bola|paku|kasur|karpet|rata)\b <G1>di|"
        r"\b(?:telak|timnas|skor|pertandingan|futsal|liga|badminton|bulu tangkis|sepak bola|latihan|"
        r"karate|taekwondo|silat|sparing|sparring|smash|tinju|boxing|drakor|episode)\b|"
        r"\bdi\w+ (?:pakai |pake |dengan |sama |oleh )?(?:<THING>|<FIG>)\b|\b(?:perang perangan|"
        r"bercanda|becanda|gelut gelutan|main main|lagi main|sambil main)\b|\b<CHILDISH>\b|"
        r"\bdisiksa (?:rindu|kangen|cinta|perasaan|keadaan|sepi|jarak|waktu|macet|pr)\b|"
        r"\b(?:hati|perasaan|batin) <G2>disakiti|\bdisakiti (?:hati|perasaan)|"
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
        guard=r"\bnyiram (?:tanaman|bunga|kebun|air ke)|\bmenyiram (?:tanaman|bunga|kebun)|"
        r"\b(?:mukul|memukul|pukul|nendang|menendang)\w* (?:\w+ )?(?:mainan|drum|bedug|beduk|gong|"
        r"gendang|kentongan|bola|paku|meja|kasur|karpet|nyamuk|kecoa)|\b(?:pakai|pake|dengan) "
        r"<G1><THING>\b|\b(?:gemes|gemas|bercanda|becanda|perang perangan|main main|lagi main|"
        r"sambil main)\b|\b<CHILDISH>\b",
    ),
    CueSpec(
        "violence.pukul_bare", "violence", URGENT,
        r"(?:\b(?:<EMP>|dia|mereka|<AG>|suaminya|anaknya) <G2>(?P<k>pukul|tampar|tendang|siksa|"
        r"jambak|hajar|cekik|gebuk|tonjok)\b(?! (?:<TIMEW>|<THING>))(?! (?:pukul|tendang) <THING>)|"
        r"\b(?P<k2>pukul|tampar|tendang|siksa|"
        r"jambak|hajar|cekik|gebuk|tonjok) (?:saya|kami|kepala|badan|muka|wajah|punggung|"
        r"perut|kaki|tangan|leher|rambut|pipi|mulut|bibir|mata|hidung|lengan|dada|telinga|"
        r"kuping|pakai|pake|dengan|sampai|terus|lagi)\b)",
        guard=r"\bpukul <TIMEW>|\b(?:pakai|pake|dengan) (?:<THING>|balon|kertas|koran|bulu)\b",
    ),
    CueSpec(
        "violence.thrown_active", "violence", URGENT,
        r"\b(?P<k>lempar|melempar|ngelempar|lempari|lemparin|nimpuk|timpuk|nimpuki|banting|"
        r"membanting) <G3>(?:kena|ke|ke arah) (?:kepala|muka|wajah|badan|saya|kami|mata|tangan|"
        r"punggung|kaki|dahi|jidat|pelipis|kening|hidung|mulut|bibir|pipi|telinga|kuping|perut|"
        r"dada|leher|lengan|bahu|pundak)\b",
    ),
    CueSpec(
        "violence.pushed", "violence", URGENT,
        r"\b(?P<k>dorong|ngedorong|mendorong|didorong|jorokin|dijorokin|dijorokan|jorokan)"
        r" (?:saya|kami|aku|dia)?<G1>(?:sampai|sampe|ampe|ke|dari|jatuh)\b",
        guard=r"\bdorong (?:kursi roda|stroller|troli|trolley|kereta|motor|mobil)",
    ),
    CueSpec(
        "violence.kena", "violence", URGENT,
        r"\b(?:kena|dapat|dapet|ketiban) (?P<k>pukul|pukulan|tampar|tamparan|tendang|tendangan|"
        r"siksa|hajar|gampar|tabok|bogem|jotos)\b",
    ),
    CueSpec(
        "violence.wounds", "violence", URGENT,
        r"\b(?P<k>babak belur|lebam lebam|bonyok|biru biru|memar memar|lebam|memar|bocor "
        r"kepala|kepala <G1>bocor)\b",
        guard=r"\b(?:jatuh|kepleset|terpeleset|kebentur|terbentur|tersandung|nabrak|olahraga|"
        r"main|sepeda|motor)\b",
    ),
    CueSpec(
        "violence.thrown_at", "violence", URGENT,
        r"\b(?P<k>dilempar|dilempari|disiram|diguyur) <G2>(?:pakai |pake |dengan |sama )?"
        r"(?:piring|gelas|barang|sepatu|sendal|sandal|panci|wajan|pisau|air panas|air mendidih|"
        r"minyak panas|kursi|botol|hp|remote|setrika|benda|(?:kuah|kopi|teh|sup|sop|minyak|air|"
        r"susu) (?:panas|mendidih)|air keras|bensin|minyak tanah|cuka)\b",
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
        r"burnt|push|pushed|pushes|pushing|shoved|shove|threw|throws|smacked|whipped|whips|"
        r"bit|bites|pinched|pinches) (?:saya|kami|us|dia)\b(?! (?:up|off|around|out|with "
        r"(?:the )?(?:ball|pillow)))|\b(?P<k2>beaten|physically abused|beaten up|tortured|"
        r"abusive)\b|\b(?P<k3>(?:grabbed|pulled|yanked|grabs|pulls) saya hair|(?:banged|slammed|"
        r"smashed|knocked|hit|bangs|slams|hits) saya (?:head|face)|(?:burned|burnt|burns) saya "
        r"(?:hand|arm|skin|face))\b",
        guard=r"\b(?:baby|bayi|toddler|anak kecil|kids|child|anjing|dog|cat|kucing|ball|bola)\b"
        r" <G3>(?:hit|hits|kick|kicks|kicked|punch|punches|bite|bites|scratch)",
    ),
    CueSpec(
        "violence.abused_id", "violence", URGENT,
        r"\b(?P<k>kekerasan fisik|kdrt|penganiayaan|penyiksaan|disiksa|mengalami kekerasan|"
        r"korban kekerasan|pulled saya hair|tarik rambut saya|narik rambut)\b",
        guard=r"\bdisiksa (?:rindu|kangen|cinta|perasaan|keadaan|sepi|jarak|waktu|macet|pr)\b|"
        r"\bkekerasan (?:verbal|psikis|online)\b|\b(?:berita|film|sinetron)\b",
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
        r"hamilin|ngehamilin|dihamilin|menghamiliku|"
        r"disentuh sentuh|sentuh sentuh|dielus elus|dihamili|menghamili|hamil (?:sama|dengan|"
        r"anak|oleh) (?:<EMP>|anak majikan|suami majikan|dia)|"
        r"peluk peluk|(?:dipeluk|meluk|memeluk|peluk|dicium|nyium|mencium|cium) (?:paksa|"
        r"dari belakang|tiba tiba|terus)|dicium paksa|cium paksa)\b",
        guard=r"\bpaspor\b",
    ),
    CueSpec(
        "sexual.body", "sexual_abuse", URGENT,
        r"\b(?P<k>pegang|megang|memegang|dipegang|raba|meraba|diraba|remas|meremas|diremas|"
        r"colek|dicolek|cium|mencium|dicium|nyium|touch|touches|touched|touching|grab|grabbed|"
        r"disentuh|sentuh|menyentuh|nyentuh|elus|ngelus|dielus|mengelus)"
        r" <G2>(?:dada|payudara|pantat|paha|tubuh saya|badan saya|kemaluan|susu|bokong|"
        r"alat vital|private|breast|breasts|bum|butt|bibir|leher saya|saya paksa)\b",
    ),
    CueSpec(
        "sexual.forced_sex", "sexual_abuse", URGENT,
        r"\b(?P<k>diajak|dipaksa|disuruh|dirayu|diminta|ngajak|maksa|memaksa|paksa|suruh|nyuruh|"
        r"menyuruh|ajak|minta|force|forces|forced|forcing|wants|want|asked|asks) <G3>"
        r"(?:tidur bareng|tidur sama dia|tidur dengan dia|tidur dengan majikan|tidur sama majikan|"
        r"berhubungan badan|berhubungan intim|hubungan badan|hubungan intim|hubungan suami istri|"
        r"ml|begituan|gituan|making love|sex|seks|ngeseks|telanjang|buka baju|bugil|"
        r"melayani nafsu|layani nafsu|ngamar|berhubungan(?! (?:dengan|sama|ke) (?:agen|kbri|kjri|"
        r"kantor|keluarga|polisi|pihak))|check in|chek in|cek in|checkin|ke hotel|nginep "
        r"bareng|cium|mencium|nyium|ciuman|peluk|meluk|memeluk|tidur (?:sama|dengan|bareng|with|"
        r"sekamar sama|"
        r"sekamar dengan|satu kamar sama|satu ranjang sama) <G1>(?:<EMP>|dia|him|laki|pria|"
        r"cowok|kakek|bapak|anak majikan|anak laki|suami|anaknya|tuan)|(?:datang|masuk|"
        r"ke) (?:ke )?kamar(?:nya| dia| tuan| bos| majikan| akong)? <G2>(?:malam|tengah malam|"
        r"pas istri|waktu istri|kalau nyonya)|(?:datang|masuk|come) (?:ke |to )?(?:kamarnya|"
        r"kamar dia|kamar tuan|his room|his bedroom))\b",
    ),
    CueSpec(
        "sexual.serve", "sexual_abuse", URGENT,
        r"\b(?:nyuruh|suruh|disuruh|dipaksa|paksa|maksa|diminta|minta) <G2>(?P<k>layani|melayani|"
        r"ngelayani|temani|menemani|nemenin|temenin) <G3>(?:tamu|teman|temen|temennya|temannya|"
        r"laki|pria|om|bos|di hotel|di kamar|tidur|malam)\b",
        guard=r"\b(?:temani|menemani|nemenin|temenin) (?:nenek|kakek|anak|bayi|oma|opa|pasien|"
        r"lansia|ama|akong|ahma|mama|ibu|nyonya|istri)\b",
    ),
    CueSpec(
        "sexual.coerced_intimacy", "sexual_abuse", URGENT,
        r"\b(?:<EMP>|anak majikan|bapak majikan|suami majikan|suaminya|anaknya|kakek|akong|dia|he|"
        r"him|tuan|sopir|supir|son|husband|father|grandpa) <G4>(?P<k>\w*(?:cium|peluk|meluk|raba|"
        r"elus|sentuh|nyentuh|pegang|megang|remas|grepe)\w*|touch\w*|kiss\w*|hug\w*|grab\w*|"
        r"tidur (?:di|ke) "
        r"kamar(?:nya| dia)|masuk (?:ke )?kamar)\b",
        needs=r"\b(?:paksa|dipaksa|maksa|memaksa|force\w*|takut|ketakutan|scared|afraid|diam diam|"
        r"tengah malam|malam malam|(?:kalau|pas|waktu|saat|when) (?:istri|istrinya|nyonya|madam|"
        r"ibu|"
        r"mama|his wife|wife|no one|nobody)\w*|tidak mau|menolak|nolak|tolak|jijik|risih|"
        r"tidak nyaman|uncomfortable|tidak pantas|kurang ajar)\b",
        guard=r"\b(?:anak|bayi|cucu|baby) (?:majikan )?(?:yang )?(?:masih )?(?:kecil|lucu|bayi|umur "
        r"<NUM>)\b|\b(?:lucu|gemes|gemas|sayang banget)\b|\b(?:pegang|megang|memegang)\w* (?:sendiri )?"
        r"(?:paspor|dokumen|kartu|hp|uang|duit|kunci|gaji|atm|kontrak|rekening)\b",
    ),
    CueSpec(
        "sexual.night_room", "sexual_abuse", URGENT,
        r"\b(?:<EMP>|dia|suami majikan|anak majikan|kakek|akong) <G3>(?P<k>masuk|masuk ke|"
        r"nyelonong ke|datang ke) (?:kamar saya|kamar kami|kamar)\b <G4>(?:malam|tengah malam|"
        r"waktu tidur|pas tidur|diam diam|dikunci|saya tidur|saat tidur|tiap malam)",
    ),
    CueSpec(
        "sexual.peeping", "sexual_abuse", URGENT,
        r"\b(?P<k>diintip|ngintip|mengintip|intip|intipin|rekam|merekam|direkam|videoin|ngerekam|"
        r"ngrekam|ngevideoin|divideo|divideoin|difoto|difotoin|motret|memotret|moto|fotoin|"
        r"foto) <G3>(?:mandi|ganti baju|kamar mandi|tidur|telanjang|bugil)\b",
    ),
    CueSpec(
        "sexual.bathroom", "sexual_abuse", URGENT,
        r"\b(?P<k>masuk|buka|membuka|dibuka|nyelonong|ngintip) (?:ke )?(?:pintu )?kamar mandi <G4>"
        r"(?:saya|kami) <G1>(?:lagi |sedang |pas )?(?:mandi|ganti baju|telanjang)\b",
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
        r"dikonci(?:an)?|digembok (?:di|dari)|terkurung|dipasung|dirantai|dirante|dipaku dari luar|"
        r"diikat (?:di|ke|"
        r"tangan|kaki)|ditahan di (?:rumah|kamar|"
        r"penampungan|asrama|mess|gudang|dalam))\b",
        guard=r"\b(?:dikurung|terkurung|kekurung) (?:oleh |sama |sm )?(?:hujan|salju|badai|topan|taifun|"
        r"typhoon|banjir|corona|covid|<FIG>)\b|"
        r"\b(?:ayam|burung|kucing|anjing|hewan|kelinci|hamster|hp|akun|layar|rekening|"
        r"kartu|lemari|brankas)\b <G1>(?:di)?kun|\b(?:dikunci|terkunci|kekunci)\w* (?:di )?luar\b|"
        r"\bkunci cadangan\b",
    ),
    CueSpec(
        "locked.person_locked", "locked_in", URGENT,
        r"\b(?:<ME>|dia|adik|anak|kakak|istri) <G2>(?P<k>dikunci(?:in|kan)?|terkunci|dikurung)\b",
        guard=r"\b(?:dikunci|terkunci|kekunci)\w* (?:di )?luar\b|\bkunci cadangan\b|\b<DEVICE>\b <G3>"
        r"(?:di|ter|ke)?kunci",
    ),
    CueSpec(
        "locked.door", "locked_in", URGENT,
        r"\b(?:pintu|gerbang|pagar|rumah|apartemen) <G2>(?P<k>dikunci|digembok|dikonci|terkunci)\b",
        needs=r"\b(?:(?:tidak|belum) (?:pernah|bisa|boleh) (?:keluar|ke luar)|"
        r"kunci <G2>(?:dibawa|diambil|disimpan|dipegang)|(?:saya|kami) <G3>(?:di dalam|"
        r"sendirian|tidak bisa keluar|terkurung)|dari luar)\b",
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
        r"(?:tidak|belum) bisa (?:keluar|ke luar) (?:dari )?(?:rumah|kamar|sini|tempat|penampungan|"
        r"asrama|apartemen|apartment|flat|mess|gedung|kapal|pabrik|kebun|sana)|kurungan|"
        r"(?:melarang|ngelarang|larang|larangin) "
        r"(?:saya |kami |aku )?(?:keluar|ke luar|pergi))\b",
        guard=r"\b(?:grup|group|aplikasi|akun|wa group|dari grup|keluar negeri|ke luar negeri)\b",
    ),
    CueSpec(
        "locked.english", "locked_in", URGENT,
        r"\b(?P<k>locked (?:in|inside|up|saya)|locks saya|confined|trapped|held captive|"
        r"keep saya (?:inside|locked)|keeps saya (?:inside|locked)|tidak bisa (?:leave|go out|"
        r"get out|escape)|tidak (?:let|lets|allow|allows) saya (?:to )?(?:leave|go out|keluar)|"
        r"(?:locks|locked|lock) the (?:door|gate) <G3>(?:takes|took|keeps|kept|has|hides) the key)\b",
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
        r"disembunyikan|dibuang|dipegang|dikunci|disimpan)\b|\b(?P<k2>sita|menyita|ambil|rampas|"
        r"merampas|ngambil|took|take|"
        r"taken) (?:saya )?(?:hp|phone)\b|\b(?P<k3>hp) <G2>(?:confiscated|taken)\b",
        guard=r"\b(?:satpam|security|petugas|penjaga|guru|sekolah|kantor|konsulat|kbri|kjri|"
        r"aturan|sementara|dititipkan|ujian|tes|pemeriksaan)\b",
    ),
    CueSpec(
        "locked.isolation_contact", "locked_in", CONCERN,
        r"\b(?P<k>(?:tidak|belum) (?:pernah )?(?:boleh|dikasih|diizinkan|diijinkan|allowed|bisa|"
        r"bolehin|izinkan|ijinkan|ngizinin|ngijinin|kasih|ngasih|let|allow) (?:saya |kami )?"
        r"<G1>(?:pegang hp|pakai hp|main hp|punya hp|pake hp|megang hp|telepon|telpon|nelpon|wifi|"
        r"internet|pakai wifi|pake wifi|bicara dengan orang|ngobrol dengan|ngobrol sama|"
        r"bicara sama|keluar kamar|"
        r"hubungi|menghubungi|kontak|call|contact|video call|vc|wa|chat|ngomong sama|ngomong "
        r"dengan|bicara dengan|keluar kamar)\b)",
        negatable=False,
        guard=r"\b(?:waktu|saat|pas|selama|jam) kerja\b|\bsedang kerja\b",
    ),
    # ---------------------------------------------------------------- no food (urgent)
    CueSpec(
        "food.not_given", "no_food", URGENT,
        r"\b(?P<k>(?:tidak|belum|bukan) (?:pernah |juga |lagi )?(?:dikasih|dikasi|diberi|boleh|"
        r"dapat|dapet|dijatah|ada|cukup|dibolehin|dibolehkan|diizinkan|diijinkan|"
        r"diperbolehkan) <G1>(?:makan|minum)|(?:air|minum) (?:saja |aja )?(?:tidak|belum) "
        r"(?:dikasih|diberi)|(?:tidak|belum) (?:pernah )?(?:dikasih|"
        r"dikasi|diberi) jatah makan|tidak dikasih saya makan|(?:tidak|never) (?:give|gives|"
        r"gave|dikasih|kasih) (?:saya|kami) <G1>makan|(?:tidak|kurang) makan (?:yang )?cukup)\b",
        negatable=False,
        guard=r"\btidak ada makan siang gratis\b|\bmakan <G2>(?:babi|daging|pedas|sambal|"
        r"micin|gorengan)\b",
    ),
    CueSpec(
        "food.not_fed", "no_food", URGENT,
        r"\b(?:makan|nasi|makanan|roti)\b <G6C>(?P<k2>(?:kadang|sering|bahkan|selalu|suka) "
        r"(?:tidak|belum) (?:dikasih|diberi|dapat|dapet|makan|kebagian|disisain|disisakan))\b|"
        r"\b(?P<k>(?:tidak|belum) (?:pernah |mau |juga )?(?:kasih|ngasih|kasi|memberi|ngasi|"
        r"beri|kasih saya|kasih kami|kasih aku|ninggalin|meninggalkan|sisain|menyisakan|nyisain|"
        r"nyediain|menyediakan|sediakan|beliin|belikan|ada|punya|bagi|dibagi|dapat|"
        r"dapet) <G1>makan|"
        r"(?:tidak|belum) (?:pernah )?(?:dipakani|dipangani|fed|diberi makan|dikasih makan)|"
        r"(?:cuma|hanya|cuman|cm) (?:kasih|ngasih|dikasih|kasi|beri|memberi|diberi|dapat|dapet) "
        r"(?:saya |kami )?<G1>(?:nasi sisa|sisa|sisaan|roti satu|sepotong roti|nasi putih|"
        r"mie instan|indomie)|"
        r"makan <G1>(?:cuma|hanya|cuman|sekali) "
        r"<G1>(?:sekali|1 kali|1x|satu kali) <G1>(?:sehari|dalam sehari|per hari|hari)|"
        r"(?:dikasih|kasih|diberi|dijatah) makan <G1>(?:cuma |hanya )?(?:sekali|1 kali|1x|"
        r"satu kali) <G1>(?:sehari|dalam sehari|per hari)|makan (?:sehari|dalam sehari) (?:cuma "
        r"|hanya )?(?:sekali|1x|1 kali|satu kali)|(?:makan|kasih makan|ngasih makan|dikasih makan|"
        r"dikasih|jatah makan) <G1>(?:cuma|hanya|cuman|cm) <G3>(?:buat|untuk|dalam|per|sampai) "
        r"(?:seharian|sehari|satu hari|<NUM> hari|sehari semalam))\b",
        negatable=False,
        guard=r"\b(?:diet|biar kurus|kurusin|intermittent|sengaja)\b|\bmakan (?:pedas|pedes|babi|"
        r"daging babi|micin|gorengan|coklat|cokelat|manis|manisan|es|junk food|fast food|"
        r"sembarangan|mie instan terus|jajan)\b|\b(?:biar|supaya|agar|katanya tidak) sehat\b",
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
        r"<NUM> hari|hari)\b|\b<DUR> <G2>(?P<k4>(?:cuma|hanya|cuman) minum(?: air)?)\b|\b(?:<DUR>|"
        r"dari kemarin|sejak kemarin) <G2>(?P<k3>(?:tidak|belum) "
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
        "food.once_a_day", "no_food", URGENT,
        r"\b(?P<k>makan (?:cuma |hanya |cuman )?(?:sekali|1x|1 kali|satu kali) (?:sehari|dalam "
        r"sehari|per hari|a day|tiap hari|setiap hari)|(?:eat|makan) (?:only )?once a day)\b",
        guard=r"\b(?:diet|puasa|biar kurus|kurusin|program|intermittent|haha|wkwk|hehe|"
        r"sengaja|hemat)\b",
    ),
    CueSpec(
        "food.once_daily", "no_food", URGENT,
        r"\b(?P<k>(?:sehari|per hari|dalam sehari|tiap hari) (?:cuma |hanya |cuman |cm )?"
        r"(?:sekali|1x|1 kali|satu kali)|(?:cuma|hanya|cuman|cm) (?:sekali|1x|1 kali|satu kali) "
        r"(?:sehari|per hari|dalam sehari))\b",
        negatable=False,
        needs=r"\b(?:makan|nasi|roti|makanan|meal|mie|mi|jatah)\b",
        guard=r"\b(?:diet|puasa|biar kurus|kurusin|program|intermittent|haha|wkwk|hehe|"
        r"sengaja|hemat|obat|vitamin|mandi|siram|telpon|telepon|video call|vc|cuci|ganti|"
        r"minum obat|pil|suntik)\b",
    ),
    CueSpec(
        "food.scraps", "no_food", CONCERN,
        r"\b(?P<k>makan (?:sisa|basi|sisaan)|makanan (?:sisa|basi)|dikasih (?:makan )?sisa|"
        r"(?:sisa|sisaan) makanan (?:majikan|mereka)|jatah makan <G2>(?:dikurangi|dipotong|"
        r"sedikit)|makan (?:mi|mie|indomie) terus|(?:nasi|lauk|roti|makanan|sayur) (?:sisa|basi|"
        r"sisaan|"
        r"bekas)|kulkas <G2>(?:dikunci|digembok)|(?:tidak|belum) "
        r"boleh (?:buka|pakai|ambil) kulkas|dikasih makan (?:sedikit|sedikit sekali))\b",
    ),
    # ---------------------------------------------------------------- unpaid wages (concern)
    CueSpec(
        "wages.not_paid", "unpaid_wages", CONCERN,
        r"\b(?P<k>(?:tidak|belum|bukan) (?:pernah |juga |kunjung |lagi |belum |mau |"
        r"pernah mau )?(?:di)?(?:bayar|"
        r"bayarkan|gaji|gajih|gajikan|transfer|kasih gaji|dikasih gaji|dapat gaji|dapet gaji|"
        r"terima gaji|menerima gaji|pegang gaji|megang gaji|lihat gaji|nerima gaji|paid|pay saya|"
        r"pays saya|pay kami|pay gaji|been paid|"
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
        r"\bgaji <G4>(?P<k>dipotong|dipotongin|dipangkas|ditahan|disimpan (?:sama |oleh )?"
        r"(?:<EMP>|<AG>)|telat|terlambat|nunggak|tertunda|ditunda|dibawah standar|"
        r"di bawah standar|separuh|setengah|dipotong potong|diambil (?:<EMP>|<AG>)|deducted|"
        r"dipakai|dipake|dipinjam|dipinjem|digunakan|dibelanjakan|"
        r"withheld|late|delayed|cut|cuma separuh|kecil sekali|dikurangi|disimpan|tidak lancar|"
        r"macet|seret|nyangkut|ditabung (?:sama |oleh |ama )?"
        r"(?:majikan|agen)|dibayar (?:telat|terlambat|separuh|setengah|nyicil|dicicil)|"
        r"dicicil|dikasih (?:telat|separuh|setengah|sebagian))\b",
        guard=r"\bdisimpan (?:di (?:bank|rekening|atm|dompet|lemari)|sendiri)|\bgaji saya simpan\b|"
        r"\b(?:dipotong|potong|potongan) (?:buat|untuk) (?:bpjs|asuransi|pajak|iuran|zakat|"
        r"pensiun|jaminan sosial)\b|\b(?:telat|terlambat|late) (?:cuma |hanya )?(?:sehari|"
        r"satu hari|1 hari|dua hari|2 hari|sebentar|a day)(?: (?:doang|aja|saja))?\b",
    ),
    CueSpec(
        "wages.late_pay", "unpaid_wages", CONCERN,
        r"\b(?P<k>(?:telat|terlambat|nunggak|tunda|nunda|menunda|menahan|nahan|tahan) "
        r"(?:bayar|membayar|kasih|ngasih|transfer|kirim|mbayar) <G1>gaji|(?:deduct|deducts|"
        r"deducted|deducting|cut|cuts|withhold|withholds|withheld|keep|keeps|kept) (?:saya |"
        r"our |kami )?gaji|(?:cuma|hanya|baru|cuman) (?:dikasih|dibayar|dapat|dapet|terima|"
        r"menerima|digaji) (?:gaji )?<NUM> bulan|(?:pays|paid|pay) (?:saya |kami )?less than|"
        r"gaji <G3>(?:baru |akan |nanti )*(?:dikasih|dibayar|diberikan|dikasihkan|dibayarkan) "
        r"(?:kalau|setelah|nanti|pas|waktu|sesudah) <G1>(?:kontrak|finish|pulang|selesai|habis)|"
        r"(?:cuma|hanya|cuman|baru) (?:digaji|dibayar|dapat gaji|"
        r"dapet gaji|dikasih gaji|terima gaji) (?:setengah|separuh|sebagian|half)|(?:uang|tabungan|"
        r"duit) (?:saya |kami )?<G1>"
        r"(?:diambil|dicuri|ditahan|disita|dipakai|dirampas) (?:sama |oleh |ama )?(?:<EMP>|<AG>)|"
        r"(?:tidak|belum) gaji <G2><DUR>|refus\w* to pay|(?:tidak|belum) (?:mau )?(?:bayar|"
        r"membayar|kasih|ngasih) gaji|(?:bayar|kasih|transfer|dibayar|dikasih|pay|pays|paid) "
        r"(?:cuma |hanya |saya )?(?:separuh|setengah|sebagian|half) (?:dari )?(?:saya )?gaji|"
        r"(?:menahan|nahan|tahan|nahen|hold|holds|holding) (?:saya |kami )?gaji|"
        r"(?:charge|charges|charged|ambil|ngambil|mengambil|potong|motong|minta|takes|take) <G4>"
        r"(?:dari|from) (?:saya )?gaji|(?:pulang|dipulangkan|diusir|dipecat|diterminit|keluar|"
        r"disuruh pulang) <G3>tanpa (?:gaji|bayaran|pesangon|dibayar|uang)|"
        r"gaji <G3>(?:ditransfer|dikirim|masuk|disimpan) (?:ke|di) "
        r"(?:rekening|akun|tabungan|bank) (?:<EMP>|<AG>|dia|mereka))\b",
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
        r"\b(?:gaji|dibayar|digaji|bayaran|upah|dikasih|terima|dapat|dapet) <G4>(?P<k>tidak sesuai|"
        r"padahal <G3>(?:kontrak|perjanjian|janji|dijanjikan)|"
        r"beda dari kontrak|beda dengan kontrak|lebih kecil dari "
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
        r"\b(?:paspor|dokumen|ktp|arc|iqama|ikama|ijazah|buku nikah|kk|identitas|id card|visa) <G3>"
        r"(?P<k>ditahan|disita|dirampas|dikuasai|dipegang|dicekel|digawa|dikekep|diamankan|"
        r"taken|held|kept|confiscated|withheld|seized|(?:tidak|belum) (?:pernah )?"
        r"(?:dikembalikan|dibalikin|dibalikan|dikasih|dikasihkan|diberikan|diserahkan|"
        r"returned|given back))\b",
        guard=r"\bditahan (?:di )?imigrasi\b <G2>(?:untuk|buat) (?:dicek|diperiksa)",
    ),
    CueSpec(
        "passport.with_employer", "passport_held", CONCERN,
        r"\b(?:paspor|dokumen|ktp|arc|iqama|ikama) <G3>(?P<k>disimpan|diambil|dibawa|dipegang|ada di|ada sama|"
        r"di tangan|masih di|masih sama|sama|di|ama|with) (?:sama |oleh |ama |by |the )?"
        r"(?:saya )?(?:<EMP>|<AG>|mereka|dia)\b|\bpaspor <G3>(?:<EMP>|<AG>|mereka|dia) yang "
        r"(?P<k2>simpan|pegang|bawa|tahan|menyimpan|memegang|megang)\b",
    ),
    CueSpec(
        "passport.active", "passport_held", CONCERN,
        r"\b(?P<k>tahan|menahan|nahan|nahan|pegang|megang|memegang|sita|menyita|rampas|merampas|"
        r"simpan|nyimpan|nyimpen|simpen|menyimpan|ambil|ngambil|mengambil|took|take|takes|taken|"
        r"keep|keeps|"
        r"kept|keeping|hold|holds|holding|held|confiscate|confiscated|withhold|withholds|"
        r"withheld|seize|seized|has|have|got) (?:saya |kami |semua |the |our )?(?:paspor|dokumen|"
        r"ktp|arc|iqama|ikama)\b",
        needs=r"\b(?:<EMP>|<AG>|dia|mereka|tahan|menahan|nahan|sita|menyita|rampas|merampas|"
        r"took|confiscat\w*|withh\w*|seize\w*|kafil)\b",
        guard=r"\b(?:saya|kami) (?:harus |mau |sebaiknya |perlu |bisa |masih |sudah |boleh )?(?:simpan|"
        r"ambil|pegang|take|keep|hold|have|has|got)\b|\b(?:paspor|dokumen) (?:saya )?sendiri\b",
    ),
    CueSpec(
        "passport.not_returned", "passport_held", CONCERN,
        r"\b(?P<k>(?:tidak|belum) (?:pernah )?(?:dikasih|dikembalikan|dibalikin|diberikan|"
        r"diserahkan|mau (?:kasih|kembalikan|balikin|kembaliin)|kasih|give back|return|pegang|"
        r"memegang|megang|lihat|pernah pegang|pernah lihat) <G2>(?:paspor|dokumen|ktp|arc|iqama|ikama)|"
        r"paspor <G3>(?:tidak|belum) (?:pernah )?(?:saya )?(?:pegang|lihat|megang))\b",
        negatable=False,
    ),
    CueSpec(
        "passport.lost", "other", CONCERN,
        r"\bpaspor <G2>(?P<k>hilang|ilang|dicuri|lost|stolen)\b",
        soft=True,
    ),
    # ---------------------------------------------------------------- sick / injured
    CueSpec(
        "sick.serious", "sick_injured", URGENT,
        r"\b(?P<k>pingsan|tidak sadarkan diri|tidak sadar diri|tidak sadar|koma|kritis|"
        r"patah tulang|patah (?:kaki|tangan|lengan|leher|tulang)|retak tulang|luka parah|"
        r"luka bakar|(?:kulit|badan|kaki|tangan|muka|punggung|dada) <G2>melepuh (?:semua|parah|"
        r"besar|seluruh|sebadan)|muntah darah|berdarah darah|pendarahan|perdarahan|keguguran|sesak nafas|"
        r"sesak napas|tidak bisa napas|tidak bisa nafas|tidak bisa bernapas|stroke|"
        r"serangan jantung|kejang|batuk darah|berak darah|melepuh parah|luka serius|terluka parah|"
        r"luka berat|jatuh dari (?:lantai|tangga|jendela|gedung|atap|balkon|"
        r"apartemen)|kecelakaan parah|fainted|unconscious|broken (?:leg|arm|bone|hand|rib)|"
        r"bleeding|collapsed|can not breathe|tidak bisa breathe|(?:leg|arm|bone|hand|rib|"
        r"ankle|wrist|kaki|tangan) (?:is |are |sudah |saya )?(?:broken|patah)|broke saya "
        r"(?:leg|arm|hand)|fell from (?:the )?(?:window|stairs|ladder|building|balcony|roof)|"
        r"(?:tidak|sudah tidak) bisa (?:jalan|bangun|berdiri|gerak|bergerak)(?! jalan))\b",
        guard=r"\bsesak (?:nafas|napas) (?:liat|lihat|melihat|baca|dengar|denger|mikirin|"
        r"memikirkan|gara gara|karena) <G2>(?:harga|tagihan|tiket|berita|cicilan|gaji|ongkir|"
        r"kelakuan|status|chat)\b|\b(?:kritis (?:banget|sekali|terhadap)|berpikir kritis|masa kritis|"
        r"tidak sadar (?:kalau|bahwa|sudah|jam|diri kalau))\b|\b(?:ada orang|ada yang|orang|"
        r"seseorang|penumpang|someone|a man|a woman|pemain|artis)\b <G3>(?:pingsan|kejang|"
        r"kecelakaan|jatuh|fainted|collapsed)|\btidak bisa (?:jalan|bangun|"
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
        r"melepuh|bengkak|masuk rumah sakit|masuk igd|dibawa ke rumah sakit|dilarikan ke rumah "
        r"sakit|injured|injury|fever|accident|hospitalized|hospitalised|sakit keras|"
        r"sakit parah|muntah muntah|diare|positif covid|kena covid|tumor|kanker|tbc|panas tinggi|"
        r"tipes|tifus|typhoid|demam berdarah|dbd|cacar|campak|infeksi|"
        r"(?:tangan|kaki|jari|badan|muka) <G2>(?:kena|tersiram|tergores|teriris) (?:pisau|"
        r"minyak panas|air panas|setrika|api|mesin|kaca))\b",
        soft=True,
        guard=r"\bsakit (?:hati|jiwa|gigi sedikit)\b|\b(?:sakit|demam|dirawat|opname|meriang) <G2>"
        r"di (?:kampung|desa|indonesia|tanah air|puskesmas)\b|\bpuskesmas\b|"
        r"\b(?:di|dari) (?:kampung|desa|indonesia|"
        r"rumah|tanah air)\b <G2>(?:lagi |sedang |masih )?(?:sakit|dirawat|opname|demam)|"
        r"\b(?:kirim|kirimin|transfer|ngirim|mengirim) (?:uang|duit) <G3>(?:berobat|obat|"
        r"rumah sakit|operasi)\b|\bbikin sakit\b|\b(?:buat|bikin) "
        r"(?:orang )?sakit\b|\bsakit <G1>(?:dikit|sedikit)\b|\bpenyakit\b|"
        r"\bsudah (?:dibawa|diantar|dianter) ke (?:dokter|rumah sakit|klinik|puskesmas)|"
        r"\bsudah (?:diperiksa|berobat|minum obat|dikasih obat|diobati|ke dokter)\b|"
        r"\b(?:doakan|doain|mendoakan|cepat sembuh|get well|sudah sembuh|udah sembuh|"
        r"sembuh dari|(?:sudah|udah|sekarang) (?:sehat|pulih|baikan|mendingan))\b|"
        r"\btidak apa apa\b|\b(?:dikit|sedikit|diplester|plester|diobati|diobatin|hansaplast|"
        r"betadine)\b|\b(?:nenek|kakek|akong|ahma|oma|opa|pasien|lansia)\b <G4>(?:jatuh|"
        r"sakit|demam|dirawat|dibawa)|\bsakit di (?:kampung|indonesia|"
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
        guard=r"\b(?:sebentar|cuma cek|untuk dicek|buat cek|cek dokumen|pemeriksaan|aman kok|"
        r"sudah dilepas|sudah keluar|<NUM> (?:jam|menit))\b",
    ),
    CueSpec(
        "arrested.in_jail", "arrested", URGENT,
        r"\b(?:masuk|di|dalam|mendekam di|ada di|sekarang di) (?P<k>penjara|bui|sel tahanan|"
        r"tahanan|rumah detensi|detensi|depo imigrasi|lokap|kem tahanan|jail|prison|"
        r"detention|rudenim)\b",
        guard=r"\b(?:kunjungi|kunjungan|jenguk|nengok|besuk|berita|film)\b",
    ),
    CueSpec(
        "arrested.at_station", "arrested", URGENT,
        r"\b(?:sekarang|lagi|masih|sedang|saya|kami|dia|ditahan|sudah|semalam) (?:ada )?"
        r"(?P<k>(?:di|di dalam|dibawa ke) (?:kantor polisi|kantor imigrasi|imigrasi|penjara|sel|"
        r"lokap|tahanan|rutan))\b",
        guard=r"\b(?:urus|mengurus|ngurus|perpanjang|antri|antre|bikin|buat|lapor|melapor|kerja|"
        r"bekerja|jemput|nunggu|menunggu) <G2>(?:di|ke) (?:kantor|imigrasi)",
    ),
    CueSpec(
        "arrested.station_en", "arrested", URGENT,
        r"\b(?:saya|kami|dia) (?:am |is |are |was |were |now |sekarang )?(?:at|in) (?:the |a )?"
        r"(?P<k>polisi station|polisi lockup|immigration detention|imigrasi detention|"
        r"detention (?:center|centre))\b",
    ),
    CueSpec(
        "arrested.raid", "arrested", URGENT,
        r"\b(?:kena|terkena|terjaring|ketangkap|ketangkep|tertangkap|kejaring|caught by|caught "
        r"in) (?P<k>razia|operasi|ops|polisi|imigrasi|petugas|sweeping|raid)\b",
        guard=r"\b(?:razia|operasi) (?:tiket|kendaraan|lalu lintas|sim|helm|masker|kartu|"
        r"tilang|zebra)\b|\buntung\b",
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
        "arrested.accused", "arrested", CONCERN,
        r"\b(?P<k>dituduh|difitnah|dilaporkan|dilaporin|dituduhkan|accused|dikejar|diburu|"
        r"disidang|diadili) <G2>(?:mencuri|nyuri|curi|maling|pencuri|polisi|imigrasi|petugas|"
        r"theft|stealing|pengadilan|court|ke polisi)\b",
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
        r"tempat|laki|pria|germo|mucikari|bos)\b|\b(?P<k3>diperjualbelikan)\b|\b(?:<AG>|<EMP>|dia|"
        r"mereka|agent|agency) <G2>(?P<k4>jual|menjual|njual|ngejual|sold|sell|sells|selling) "
        r"(?:saya|kami|aku|dia|adik|anak|kakak|istri|perempuan)\b",
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
        r"\b(?P<k>dipaksa|terpaksa|disuruh paksa|dipaksa paksa|forced|force|disuruh|suruh|"
        r"dijadikan|dipekerjakan) <G2>(?:jadi "
        r"(?:psk|pelacur|lc|pemandu lagu|wanita penghibur)|menjadi (?:psk|pelacur|wanita "
        r"penghibur)|melayani (?:tamu|laki|pria|lelaki)|jual diri|menjual diri|"
        r"prostitution|prostitute|scam|scamming|menipu|nipu|judi|jadi lc|lc|pemandu karaoke|"
        r"di karaoke|tamu karaoke|nipu orang|menipu orang)\b|\b(?P<k2>dipaksa|dipaksa paksa|"
        r"forced|force|dipekerjakan paksa|dipekerjakan secara paksa) <G2>(?:nikah|menikah|kawin|"
        r"kerja|bekerja|to work|work|di kapal|di kebun|di pabrik|di perkebunan)\b|"
        r"\b(?P<k3>dipekerjakan (?:secara )?paksa)\b",
        guard=r"\b(?:lembur|overtime|kerja keras|terpaksa kerja|terpaksa bekerja)\b",
    ),
    CueSpec(
        "trafficked.scam_compound", "trafficked", URGENT,
        r"\b(?P<k>kerja paksa|forced labour|forced labor|perbudakan|diperbudak|"
        r"dijadikan (?:psk|pelacur|budak|wanita penghibur)|disuruh (?:scam|menipu|nipu)|"
        r"kerja (?:scam|scamming|judi online)|perusahaan (?:scam|judi online)|online scam|"
        r"scam company|jadi scammer|disekap di kamboja|di kamboja|di myanmar|myawaddy|"
        r"kk park|(?:dibawa|dikirim|diberangkatkan|dipindah) ke (?:kamboja|myanmar|laos|perbatasan "
        r"thailand))\b|\b(?P<k2>dipaksa|disuruh paksa|forced) <G4>(?:karaoke|melayani tamu|"
        r"temani tamu|nemenin tamu|tempat hiburan|bar|club)\b",
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
        r"\b(?P<k2>dijanjikan|janjinya|dijanjiin|promised) <G6>(?:, )?(?:ternyata|malah|"
        r"tapi ternyata|tapi malah|but|cuma|hanya|sampai sini|kenyataannya|only|sekarang|"
        r"nyatanya|rupanya|malahan|eh)\b|\b(?:tiket|visa|kontrak|paspor|dokumen|surat|izin "
        r"kerja|permit) <G3>(?P<k5>palsu|bodong|fake|aspal|abal abal)\b|"
        r"\b(?P<k3>katanya) <G6>(?:, )?(?:ternyata|tapi ternyata|kenyataannya)\b|"
        r"\b(?:<AG>|<EMP>|agent|agency) (?P<k4>bilang|bilangnya|janji|janjinya|menjanjikan|said|"
        r"promised) <G6C>(?:ternyata|tapi ternyata|kenyataannya|but)\b",
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
        "trafficked.debt_bondage", "trafficked", CONCERN,
        r"\b(?P<k>denda|ganti rugi|penalti|penalty|tebusan|uang pengganti|biaya pengganti) <G6>"
        r"(?:pulang|berhenti|putus kontrak|keluar|resign|pindah|kabur|go home|leave)\b|"
        r"\b(?:pulang|berhenti|keluar|putus kontrak|pindah|resign|go home|leave) <G6C>(?:bayar|"
        r"membayar|suruh bayar|harus bayar|kena|disuruh bayar|pay) (?P<k2>denda|ganti rugi|"
        r"penalti|penalty|tebusan|uang pengganti)\b",
        guard=r"\btanpa (?:bayar |membayar |harus bayar |kena )?(?:denda|ganti rugi|penalti|"
        r"penalty)\b",
    ),
    CueSpec(
        "trafficked.extortion", "trafficked", CONCERN,
        r"\b(?:<AG>|calo|sponsor|agent|agency) <G3>(?P<k>minta|meminta|suruh bayar|minta bayar|"
        r"menarik|narik|tarik|asks|asked|charge|charged) (?:lagi )?(?:uang|biaya|duit|money|fee|"
        r"<NUM> (?:juta|jt|ribu|rb|dolar|dollar|ringgit|riyal|real|nt)|\d+ ?(?:juta|jt|rb)|"
        r"puluhan juta|jutaan)(?: lagi)? <G6>(?:berangkat|diberangkatkan|pulang|dikembalikan|"
        r"paspor|proses|visa|terbang|keluar|leave|fly|pindah|ganti majikan|finish|selesai)\b",
    ),
    CueSpec(
        "trafficked.money_kept", "trafficked", CONCERN,
        r"\b(?P<k>(?:tidak|belum) (?:mau |juga )?(?:balikin|kembalikan|mengembalikan|kembaliin|"
        r"balikan|refund) (?:uang|duit|biaya|dana)|(?:uang|duit|biaya|dana) <G3>(?:tidak|belum) "
        r"(?:juga )?(?:dikembalikan|dibalikin|dikembaliin|direfund)|(?:pindah|pulang|berhenti|"
        r"putus kontrak|keluar|resign) <G4>(?:harus|suruh|wajib|disuruh) (?:bayar|membayar|ganti) "
        r"<G1>(?:\d+|uang|biaya|duit|puluhan|jutaan|ratusan))\b",
    ),
    CueSpec(
        "trafficked.no_papers", "trafficked", CONCERN,
        r"\b(?P<k>(?:tidak|belum) (?:pernah )?(?:punya|ada|dikasih|dapat|dapet|diberi|pegang|"
        r"lihat|melihat|tanda tangan|dikasih lihat|have|given) <G1>(?:visa kerja|work permit|"
        r"working visa|work visa|izin kerja|ijin kerja|kontrak kerja|kontrak|perjanjian kerja|"
        r"salinan kontrak|contract|permit)|tanda tangan <G2>(?:kontrak|kertas|surat|dokumen) "
        r"(?:kosong|bahasa asing|yang tidak (?:saya )?(?:mengerti|paham|ngerti))|"
        r"(?:sign|signed) <G2>(?:blank|empty) (?:paper|contract|form))\b",
        negatable=False,
        guard=r"\b(?:kontrak (?:baru|rumah|kos|hp))\b",
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
        r"\b(?P<k>(?:tidak|belum) (?:pernah |juga |mau )?(?:ada|punya|dikasih|dibelikan|dibeliin|"
        r"dapat|dapet|kasih|ngasih|kasi|beliin|belikan|membelikan|beli) <G1>tiket|"
        r"tiket <G2>(?:tidak|belum) (?:dikasih|dibelikan|dibeliin|ada|dibayar)|"
        r"(?:tidak|belum) (?:dipulangkan|dipulangin)|(?:tidak|belum) (?:punya|ada) "
        r"(?:uang|ongkos|duit) <G2>(?:pulang|tiket|makan|buat pulang)|(?:tidak|belum) (?:mau |juga "
        r")?(?:pulangkan|memulangkan|mulangin|pulangin|beliin tiket|belikan tiket|membelikan "
        r"tiket)|kontrak <G2>(?:habis|selesai|finish|berakhir) <G4>(?:tidak|belum) (?:juga )?"
        r"(?:dipulangkan|pulang|dikasih tiket)|pulang <G3>(?:tidak|belum) (?:punya|ada) (?:uang|"
        r"ongkos|duit|biaya|tiket)|visa <G3>(?:dicabut|dibatalkan|cancel|cancelled|canceled|"
        r"dibatalin))\b",
        negatable=False,
    ),
    CueSpec(
        "stranded.not_allowed_home", "stranded", CONCERN,
        r"\b(?P<k>(?:tidak|belum) (?:pernah )?(?:boleh|dikasih|diizinkan|diijinkan|dibolehkan|"
        r"dikasih izin|allowed|mau dipulangkan) <G1>(?:pulang|go home|balik)|dilarang pulang|"
        r"ditahan tidak boleh pulang)\b",
        guard=r"\b(?:malam ini|hari ini|cepat|larut|sebelum|dulu|nanti)\b",
    ),
    CueSpec(
        "stranded.not_permitted", "stranded", CONCERN,
        r"\b(?P<k>(?:tidak|belum) (?:mau |pernah )?(?:izinkan|ijinkan|mengizinkan|mengijinkan|"
        r"ngizinin|ngijinin|bolehin|membolehkan|kasih izin|ngasih izin|kasih ijin|let saya|"
        r"allow saya|allow))\b",
        negatable=False,
        needs=r"\b(?:pulang|go home|balik|mudik|resign|berhenti|pindah)\b",
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
        guard=r"\b(?:android|ios|windows|sistem operasi|update|laptop)\b|\b(?:mau|akan|hampir|"
        r"segera|bentar lagi|sebentar lagi|mau mau) (?:habis|mati|expired)\b|\b(?:bulan depan|"
        r"minggu depan|nanti|besok|sudah|lagi|baru) <G2>(?:perpanjang|diperpanjang|memperpanjang|"
        r"renew)\b",
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
        r"kabur kaburan)\b|\bkabur (?:sebentar|bentar|dulu)\b|\bkabur <G2>(?:ke|beli) "
        r"(?:minimarket|warung|pasar|toko|mall|indomaret|alfamart|seven eleven|beli|jajan)\b",
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
        r"pecat|diphk|phk|di phk|diberhentikan|fired|diusir|(?:ngusir|mengusir|usir) (?:saya|kami)|"
        r"kicked out|"
        r"diputus kontrak|putus kontrak|dipulangkan sepihak)\b",
        guard=r"\b(?:mau terminit majikan|terminit majikan)\b|\b(?:takut|khawatir|cemas) <G1>(?:di)?"
        r"(?:pecat|terminit|phk|usir)\b",
    ),
    # ---------------------------------------------------------------- self harm (urgent)
    CueSpec(
        "selfharm.suicide", "self_harm", URGENT,
        r"\b(?P<k>bunuh diri|bundir|bunuh dhiri|mengakhiri hidup|akhiri hidup|akhirin hidup|"
        r"mengakhiri semuanya|mengakhiri semua ini|akhiri semuanya|akhiri semua ini|"
        r"ngakhirin hidup|"
        r"ending (?:saya|my) life|take (?:saya|my) own life|end it all|ending it all|"
        r"tidak ingin to wake up|"
        r"(?:tidak|never) wake up (?:again|lagi|tomorrow|anymore)|(?:jump|jumping|jumped) "
        r"(?:off|from|dari|out of) (?:the |a )?(?:balcony|building|window|roof|bridge|flat)|"
        r"(?:menghilang|ngilang|hilang|"
        r"pergi) dari dunia(?: ini)?|tinggalkan dunia ini|(?:biar|supaya|agar) (?:saya )?mati|"
        r"ngakhiri hidup|tidur selamanya|menghilang selamanya|(?:tidak|tidak mau|tidak ingin|"
        r"tidak usah|tidak perlu) bangun lagi|"
        r"mengakhiri nyawa|gantung diri|suicide|suicidal|kill myself|killing myself|end my life|"
        r"end saya life|potong nadi|iris nadi|sayat nadi|sayat tangan|menyayat tangan|"
        r"nyilet tangan|self harm|melukai diri|menyakiti diri|(?:nyayat|menyayat|sayat|nyilet|"
        r"silet|menyilet|gores|menggores|nggores|ngiris|mengiris)(?: \w+)? (?:saya )?(?:tangan|nadi|lengan|"
        r"pergelangan|paha)(?: saya)?|cut (?:saya|myself)|cutting myself|(?:slit|cut) saya wrist|"
        r"(?:tangan|nadi|lengan|pergelangan) (?:saya )?<G2>(?:sengaja )?(?:saya )?(?:iris|sayat|silet|gores)|"
        r"(?:sudah|udah) nulis surat (?:buat|untuk) (?:anak|emak|ibu|mama|keluarga)\w*)\b",
        guard=r"\b(?:berita|film|drama|sinetron|pencegahan|hotline|webinar|artikel)\b",
    ),
    CueSpec(
        "selfharm.want_die", "self_harm", URGENT,
        r"\b(?P<k>(?:ingin|mau|rasanya|lebih baik|mending|siap|rasane|kepingin|siap siap)"
        r" <G1>(?:mati|meninggal|mengakhiri|pergi selamanya|die|to die|(?:nyusul|menyusul|susul) "
        r"<G2>(?:almarhum|almarhumah|alm|surga|alam baka|meninggal|tiada)))\b"
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
        r"(?:gunanya|artinya|harapan)|tidak ada gunanya hidup|tidak ingin to hidup|(?:minum|"
        r"menelan|nelan|minum semua) (?:obat|pil) "
        r"<G2>(?:sebotol|sekaligus|banyak banget|satu strip|semua|sekantong|overdosis)|overdosis|"
        r"overdose|"
        r"tidak ingin hidup|putus asa|"
        r"(?:minum|menenggak|minum racun|minum obat) (?:racun|baygon|pemutih|obat nyamuk|"
        r"cairan pembersih|obat banyak|obat sebanyak)|(?:loncat|lompat|terjun|jatuhkan diri|"
        r"mlumpat|njegur) <G1>"
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
        r"\b(?:pisau|golok|parang|senjata|gunting|pistol|knife|gun|celurit|arit|kapak|samurai) <G4>"
        r"(?P<k2>ke leher|di leher|ke muka|ke saya|ke kamar saya|ke arah saya|mengancam|ancam|"
        r"diancam|ngancam|threaten|kejar|ngejar|mengejar|dikejar|chase|chased|chasing|"
        r"threatened|ditempel)\b|\b(?:diancam|ancam|mengancam|ngancam|threaten\w*|kejar|ngejar|"
        r"mengejar|dikejar|chase\w*) <G3>(?:pakai |dengan |pake |with |bawa |membawa )?(?:a )?"
        r"(?P<k3>pisau|golok|parang|senjata|gunting|pistol|knife|gun|celurit|arit|kapak|"
        r"samurai)\b",
    ),
    CueSpec(
        "threats.severe", "threats", URGENT,
        r"\bdiancam <G2>(?P<k>dibunuh|mati|bunuh|disiram|dibakar|disiksa|dipukul|diperkosa|"
        r"ditusuk|dijual|dibuang|dihabisi)\b|\b(?:bikin|buat|membuat) (?:saya|kami) (?P<k2>hilang|lenyap|"
        r"cacat|lumpuh)\b(?! (?:akal|ingatan|fokus|selera|mood|kesabaran|sabar|semangat))|"
        r"\b(?:(?P<k3>buang|membuang|lempar|melempar) (?:saya|kami)|(?P<k4>dibuang|dilempar)) ke laut\b",
    ),
    CueSpec(
        "threats.active_severe", "threats", URGENT,
        r"\b(?:ancam|mengancam|ngancam|ngancem|diancam|diancem|threaten\w*) <G2>(?:mau |akan |"
        r"to )?(?P<k>bunuh|membunuh|siram|menyiram|bakar|membakar|tusuk|menusuk|"
        r"bacok|habisi|kill|stab|burn|mateni|paehan)\b|\b(?:mau|akan|bakal|will|mau mau) "
        r"(?P<k2>potong|motong|memotong|tusuk|nusuk|menusuk|bakar|membakar|siram|nyiram|menyiram|"
        r"patahkan|matahin|bacok|cekik|nyekik|mencekik|stab|burn|cut) <G2>(?:saya|kami|tangan|"
        r"kaki|leher|muka|wajah|jari|kepala|badan|lidah)\b",
    ),
    CueSpec(
        "threats.weapon_held", "threats", URGENT,
        r"\b(?:(?P<k>pisau|parang|golok|celurit|arit|kapak|samurai|pistol|knife|gun) (?:di|dalam) "
        r"tangan|(?:pegang|megang|memegang|bawa|bawa bawa|membawa|holding) (?:a )?"
        r"(?P<k2>pisau|parang|golok|celurit|arit|kapak|samurai|pistol|knife|gun))\b",
        guard=r"\b(?:masak|memasak|sayur|buah|daging|bumbu|potong|motong|kupas|ngupas|dapur umum|"
        r"bagasi|pesawat|cook\w*)\b",
        needs=r"\b(?:<EMP>|dia|mereka|he|she|suami|mabuk|marah|ngamuk|takut|ketakutan|scared|afraid|"
        r"sembunyi|ngumpet)\b",
    ),
    CueSpec(
        "threats.door_forced", "threats", URGENT,
        r"\b(?P<k>didobrak|didobrak dobrak|dobrak dobrak|digedor gedor|digedor) <G2>(?:pintu|kamar)|"
        r"\bpintu <G3>(?P<k2>didobrak|didobrak dobrak|digedor gedor|digedor|dijebol)\b",
    ),
    CueSpec(
        "selfharm.means", "self_harm", URGENT,
        r"\b(?P<k>racun tikus|racun|baygon|obat nyamuk|obat serangga|pemutih|tali|silet) <G4>(?:sudah |udah )?"
        r"(?:saya siapin|saya siapkan|disiapin|disiapkan|siap|sudah siap|saya beli|dibeli|menggoda|"
        r"biar selesai|biar cepat|buat saya)\b",
        guard=r"\b(?:taruh|simpan|jauhkan|ayam|kucing|tikus di|bagasi|pesawat|jemuran|bangunan)\b",
    ),
    CueSpec(
        "threats.robbed", "threats", URGENT,
        r"\b(?P<k>dirampok|dibegal|dijambret|dicegat|dirampas <G2>(?:orang|preman|<NUM> orang)|"
        r"(?:diikutin|diikuti|dikuntit|dibuntuti|dikejar kejar) <G3>(?:orang|cowok|laki laki|pria|"
        r"preman|terus|sampai|sampe))\b",
        guard=r"\b(?:film|drama|berita|game|deadline|tagihan)\b",
    ),
    CueSpec(
        "threats.general", "threats", CONCERN,
        r"\b(?P<k>diancam|diancem|mengancam|ngancam|ngancem|ancam|ancaman|mengancamku|"
        r"threaten|threatens|threatened|threatening|intimidasi|diintimidasi|diteror|teror)\b",
        guard=r"\b(?:ancaman (?:hujan|banjir|badai|topan|covid|virus|penyakit))\b",
    ),
    CueSpec(
        "threats.report", "threats", CONCERN,
        r"\b(?:mau|akan|bakal|bisa) (?P<k>dilaporkan|dilaporin|dipenjarakan|dipenjara|dideportasi|"
        r"dipulangkan|diterminit|dipecat|dipolisikan) <G2>(?:ke |sama )?(?:polisi|imigrasi|"
        r"kalau|jika|kalo|kalau saya|tanpa)\b|\b(?:mau|akan|bakal|ancam|mengancam|will) "
        r"(?P<k2>lapor|laporin|melaporkan|laporkan|report) (?:saya|kami) (?:ke |to )?(?:polisi|"
        r"imigrasi|agen)\b|\b(?P<k3>lapor|laporin|melaporkan|laporkan|tuduh|nuduh|menuduh|"
        r"fitnah|memfitnah|report|accuse) (?:saya|kami) <G2>(?:mencuri|nyuri|maling|curi|"
        r"pencuri|stealing|theft|kabur|ke polisi)\b",
    ),
    CueSpec(
        "threats.verbal", "threats", CONCERN,
        r"\b(?P<k>dimaki|dimaki maki|dicaci|dicaci maki|dihina|dihina hina|dibentak|"
        r"dibentak bentak|dipisuhi|diseneni terus|dicarekan terus|diumpat|dikata katain|"
        r"(?:dikatain|dikata|dibilang|dikatakan|dipanggil|disebut|dianggap|called|calls saya|"
        r"calling saya|bilang|ngatain|katain|nyebut|manggil|panggil|ngata ngatain) (?:saya |kami |"
        r"aku )?<G1><INSULT>|(?:hina|menghina|ngehina|maki|memaki|maki maki|caci|mencaci|"
        r"hina hina|ngatain|ludahi|meludahi|ngeludahin) (?:saya|kami|aku)|diludahi|diludahin|"
        r"yelled at|shouted at|insulted|verbally abused|"
        r"(?:shouting|yelling|screaming|shouts|yells|screams) at|calling saya (?:stupid|dog|"
        r"idiot|pig|lazy)|calls saya (?:stupid|dog|idiot|pig|lazy)|"
        r"dimarahi (?:terus|tiap hari|setiap hari|habis habisan|terus menerus|tanpa alasan)|"
        r"dimarahin (?:terus|tiap hari|setiap hari|habis habisan)|dimarah marahi|"
        r"diomeli terus)\b",
    ),
    CueSpec(
        "threats.rage", "threats", CONCERN,
        r"\b(?:<EMP>|dia) <G4>(?P<k>ngamuk|ngamuk ngamuk|mengamuk|marah marah terus|"
        r"banting barang|banting banting|banting banting barang|lempar barang|lempar lempar barang|"
        r"mabuk (?:terus|"
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
        r"(?:tidak|belum) (?:pernah )?libur <G2><DUR>|libur (?:cuma|hanya|cuman|cm|cuma dikasih|"
        r"dikasih) <G1>(?:sebulan sekali|1x sebulan|sekali sebulan|satu kali sebulan|1 kali "
        r"sebulan|sebulan 1x|sebulan 1 kali|2x sebulan|dua kali sebulan|setahun sekali|"
        r"sekali sebulan)|libur <G1>(?:sebulan|setahun) (?:sekali|1x|1 kali)|(?:sebulan|setahun) "
        r"(?:cuma |hanya |cuman |cm )?(?:dikasih )?libur (?:sekali|1x|1 kali|satu kali)|(?:tidak|"
        r"belum) "
        r"(?:boleh|dikasih|diizinkan|dibolehkan) tidur|libur <G3>(?:tetap|tetep|masih|juga) (?:disuruh )?"
        r"(?:kerja|masak|bersih bersih))\b",
        negatable=False,
        guard=r"\b(?:libur <G2>(?:tidak|belum) (?:ada|dapat) (?:rencana|kabar|acara))\b|"
        r"\b(?:kayak|kaya|seperti|bagai|bagaikan|macam|ibarat|serasa|rasanya) <G1>kerja rodi\b",
    ),
    CueSpec(
        "overwork.long_hours", "overwork", CONCERN,
        r"\b(?P<k>(?:kerja|bekerja|jaga|work|working) <G3>(?:1[4-9]|2[0-4]) (?:jam|hours)|"
        r"(?:1[5-9]|2[0-4]) (?:jam|hours) (?:sehari|per hari|setiap hari|tiap hari|a day|"
        r"kerja|nonstop)|(?:tidur|istirahat) <G2>(?:cuma|paling|kurang dari|hanya|cuman|"
        r"paling lama|maksimal) <G1>(?:[1-5]|satu|dua|tiga|empat|lima) jam|"
        r"(?:sleep|tidur) (?:cuma |only )?[1-4] (?:jam|hours)|"
        r"jam [2-7] (?:pagi |subuh )?<G1>(?:sampai|sampe|ampe|smp|hingga|till|until|to|s d|sd)"
        r" (?:jam )?(?:1[0-2]|[0-3]) (?:malam|pagi|dini)|(?:subuh|pagi buta) <G3>(?:sampai|sampe|"
        r"ampe|hingga|smp) <G2>(?:tengah malam|larut malam|dini hari|jam (?:1[12]|[0-3]) "
        r"(?:malam|pagi))|tidur (?:jam )?(?:1[12]|[0-3])\b <G3>bangun (?:jam )?[2-5]\b|"
        r"(?:kerja|disuruh|jaga|beres beres|bersih bersih|masak|nyuci|nyetrika|ngepel) <G6C>"
        r"(?:sampai|sampe|ampe|hingga|smp) (?:jam )?(?:1[12]|[0-3]) (?:malam|pagi|dini hari))\b",
        negatable=False,
    ),
    CueSpec(
        "overwork.many_houses", "overwork", CONCERN,
        r"\b(?P<k>(?:kerja|bekerja|ngurus|jaga|bersihin|membersihkan|disuruh kerja) <G1>(?:di )?"
        r"(?:2|dua|3|tiga|4|empat|banyak) (?:rumah|keluarga|tempat|apartemen|flat)|"
        r"(?:disuruh|dipaksa|dipinjamkan|dipinjemin|suruh|nyuruh|minta|diminta) (?:saya )?"
        r"(?:kerja |jaga |bantu "
        r"|bantu bantu |jualan )?(?:di |ke )?(?:rumah )?(?:saudara|anak|"
        r"ortu|orang tua|mertua|adik|kakak|teman|kerabat|toko|restoran|pabrik|kantor) "
        r"(?:<EMP>|nya|dia)|kerja di luar kontrak|kerja tidak sesuai job|(?:disuruh|dipaksa|suruh|"
        r"nyuruh) <G2>(?:di |ke )?rumah (?:saudara|anak|ortu|orang tua|mertua|adik|kakak|teman|"
        r"kerabat|keluarga|ibu|ipar|nenek|kakek|sodara|anaknya|saudaranya|ibunya|mertuanya))\b",
        guard=r"\b(?:ikut|acara|pesta|arisan|makan makan|jalan jalan|liburan|angpao|imlek|"
        r"lebaran|natal|kondangan|main ke)\b",
    ),
    CueSpec(
        "overwork.double_care", "overwork", CONCERN,
        r"\b(?P<k>(?:jaga|ngurus|mengurus|merawat|rawat|ngerawat|urus) (?:2|dua|3|tiga|4|empat) "
        r"(?:nenek|kakek|lansia|orang tua|pasien|orang sakit|bayi|balita)) <G2>(?:sekaligus|"
        r"sendirian|siang malam|dan|plus|juga|ditambah|sama|serta|terus)\b",
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
        r"dapat|dapet|terima|denger|dengar) <G1>kabar)\b|\b<DUR> <G2>(?P<k3>(?:tidak|belum) "
        r"(?:pernah |juga |lagi |ada )?(?:balas|bales|angkat|diangkat|online|aktif|respon|"
        r"dibaca|read|telepon|telpon|nelpon|kabar|ngabari|ngabarin|mengabari|kabari|kabarin|"
        r"ngasih kabar|kasih kabar))\b|\b(?P<k4>(?:tidak|never) (?:called|call|"
        r"contacted|replied|answered|texted|messaged)) <G3><DUR>",
        negatable=False,
    ),
    CueSpec(
        "contact.kin_unreachable", "contact_lost", CONCERN,
        r"\b<KIN> <G6>(?P<k>(?:tidak|belum) (?:pernah |juga |lagi )?(?:(?:ada|kasih|ngasih|bisa|"
        r"dapat|pernah|memberi|mau) )?<G1>(?:kabar|ngabari|ngabarin|mengabari|kabari|kabarin|"
        r"dihubungi|ditelepon|ditelpon|dikontak|dihubungin|"
        r"telepon|telpon|nelpon|balas|bales|contacted|reached|aktif|online|angkat telepon|"
        r"angkat telpon|diangkat))\b",
        negatable=False,
        guard=r"\b(?:sibuk|lagi kerja|sedang kerja|nanti malam|ketiduran|baru saja)\b",
    ),
    CueSpec(
        "contact.unreachable", "contact_lost", CONCERN,
        r"\b(?P<k>(?:tidak|belum) (?:bisa|dapat) (?:be )?(?:di)?(?:hubungi|telepon|telpon|kontak|"
        r"contacted|reached|dihubungin))\b <G3><DUR>|\b(?:sudah|sejak|selama|dari|lama) <G4>"
        r"(?P<k4>(?:tidak|belum) (?:bisa|dapat) (?:be )?(?:di)?(?:hubungi|telepon|telpon|kontak|"
        r"contacted|reached|dihubungin))\b|\b(?:nomor|nomornya|hp|wa|whatsapp) <G3>"
        r"(?P<k5>(?:tidak|belum) (?:bisa|dapat) (?:di)?(?:hubungi|telepon|telpon|kontak))\b|"
        r"\b(?:hp|nomor|wa|whatsapp|nomornya) <G2>"
        r"(?P<k2>(?:tidak|sudah tidak) aktif) <G3><DUR>|\b(?:tidak|never) (?P<k3>heard from|"
        r"news from|hear from)\b",
        negatable=False,
    ),
    CueSpec(
        "contact.single_tick", "contact_lost", CONCERN,
        r"\b(?P<k>(?:centang|ceklis|contreng|cek list|checklist) (?:satu|1)|single tick|"
        r"one tick|pesan (?:tidak|belum) (?:pernah )?(?:dibaca|terkirim|sampai))\b",
        needs=r"\b(?:<KIN>|<DUR>)\b",
    ),
    CueSpec(
        "contact.hard_to_reach", "contact_lost", CONCERN,
        r"\b(?P<k>(?:susah|sulit|tidak pernah bisa|jarang bisa) (?:di)?(?:hubungi|telepon|telpon|"
        r"kontak|hubungin)|jarang (?:sekali )?(?:kasih|ngasih|memberi|ada) kabar|jarang "
        r"(?:ngabari|ngabarin|mengabari|kabari|kabarin|telepon|telpon|nelpon))\b",
        needs=r"\b(?:<KIN>|<DUR>|sejak)\b",
    ),
    CueSpec(
        "contact.kin_missing", "contact_lost", CONCERN,
        r"\b<KIN> <G4>(?P<k>hilang|missing|menghilang|tidak pulang pulang|tidak ketemu|"
        r"tidak diketahui keberadaannya|tidak tahu keberadaannya|tidak tahu dimana)\b",
        guard=r"\b(?:hp|dompet|barang|kunci|mainan|paspor)\b <G1>(?:hilang|missing)",
    ),
    CueSpec(
        "contact.whereabouts", "contact_lost", CONCERN,
        r"\b(?P<k>tidak (?:tahu|tau) (?:dia |sekarang )?(?:dimana|di mana|ada dimana|ada di mana|"
        r"keberadaannya|kabarnya)|tidak diketahui keberadaannya)(?= *(?:$|[.,!?]|sekarang|lagi|"
        r"sejak|sudah))",
        negatable=False,
        needs=r"\b<KIN>\b",
    ),
    # ---------------------------------------------------------------- other (concern)
    CueSpec(
        "other.worship", "other", CONCERN,
        r"\b(?P<k>(?:tidak|belum) (?:pernah )?(?:boleh|dikasih|diizinkan|diijinkan|allowed) <G1>"
        r"(?:sholat|salat|solat|shalat|ibadah|puasa|ke gereja|pray|ngaji|berjilbab|pakai jilbab|"
        r"pakai kerudung)|dilarang (?:sholat|salat|solat|shalat|ibadah|puasa|ke gereja|ngaji|"
        r"berjilbab|pakai jilbab|pakai kerudung|pakai hijab)|dipaksa makan (?:babi|daging babi)|"
        r"(?:disuruh|dipaksa|paksa|maksa|memaksa|suruh|nyuruh|menyuruh|forced|force|forces) "
        r"(?:saya |kami )?(?:makan|minum|masak dan makan|eat|drink) (?:babi|daging babi|pork|"
        r"alkohol|bir|arak|miras|tuak|alcohol|beer|wine)|"
        r"(?:dipaksa|disuruh|paksa|maksa|memaksa|suruh|nyuruh|menyuruh) (?:saya |kami )?(?:lepas|"
        r"buka|copot|melepas|lepasin|nglepas) (?:jilbab|kerudung|hijab))\b",
    ),
    CueSpec(
        "other.living", "other", CONCERN,
        r"\b(?P<k>tidur di (?:kamar mandi|gudang|toilet|wc|balkon|lorong|lantai dapur|"
        r"kandang|tempat jemuran)|tidak (?:ada|dikasih|punya) (?:kamar|tempat tidur|kasur)|"
        r"kamar (?:saya|kami|tidur saya) (?:di|ada di|cuma di|di dalam) (?:gudang|dapur|kamar "
        r"mandi|balkon|lorong|toilet|wc|garasi))\b",
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
        guard=r"\b(?:takut <G2>(?:marah|telat|salah|kecewa|tidak suka|bangun|dengar|lihat))\b|"
        r"\b(?:jangan|tidak usah|gak usah|nggak usah|ga usah) takut\b",
    ),
    # ================================================================ situation frames
    # General frames per ILO indicator rather than single phrases: who does what to whom.
    # ---------------------------------------------------------------- violence, indirect
    CueSpec(
        "violence.marks", "violence", URGENT,
        r"\b(?P<k>bekas|luka|berbekas|ada bekas) (?:pukulan|tamparan|tendangan|cambukan|"
        r"sabetan|sabuk|ikat pinggang|gesper|rotan|cambuk|gantungan baju|hanger|sapu|kayu|"
        r"setrika|sundutan|cubitan|cakaran|gigitan (?:<EMP>|dia)|cekikan|jambakan)\b|"
        r"\b(?:di|ke|jadi|dijadikan|dijadiin|dibuat) (?P<k2>samsak|sansak|bulan bulanan|"
        r"sasaran (?:pukul|amarah|kemarahan))\b|\b(?:pukul|dipukul|tampar|ditampar|sabet|"
        r"disabet|cambuk|dicambuk|hajar|dihajar|gebuk|digebuk)\w* <G2>(?:pakai|pake|dengan) "
        r"(?P<k3>sabuk|ikat pinggang|gesper|rotan|kayu|besi|sapu|gagang sapu|tongkat|"
        r"gantungan baju|hanger|selang|kabel|sandal|sendal|sepatu|panci|wajan|centong|"
        r"sendok|setrika|remote|botol|rantai|pipa)\b",
        guard=r"\b(?:main|mainan|bercanda|becanda|perang perangan|gelut gelutan|tinju|gym|"
        r"latihan|sparring|boxing|pelatih|silat|karate|taekwondo|muay thai)\b",
    ),
    CueSpec(
        "violence.bruised_by", "violence", URGENT,
        r"\b(?P<k>(?:di)?(?:cubit|jitak|jewer|sikut|tonyor|toyor|getok|ketok kepala|jiwit|"
        r"pites|gampar|jorokin|dorong|tendang|injak)\w*) <G4>(?:sampai|sampe|ampe|hingga|"
        r"smp) <G2>(?:biru|memar|lebam|bengkak|berdarah|luka|merah|benjol|sakit|nangis|"
        r"jatuh|pusing)\b",
        guard=r"\b(?:main|mainan|bercanda|becanda|perang perangan|bola|anak (?:saya|kecil))\b",
    ),
    CueSpec(
        "violence.head_knock", "violence", URGENT,
        r"\b(?P<k>dijitak|dijitakin|ditoyor|ditonyor|digetok|dikeplak|dijewer|dicubit|"
        r"dicubitin|dicubiti|disikut|dijorokin|dijorokkan|didorong|diludahi)\b",
        needs=r"\b(?:<EMP>|<AG>|dia|mereka|anak majikan|suami majikan|sering|suka|tiap|setiap|"
        r"selalu|terus|kalau saya|kalau salah)\b",
        guard=r"\b(?:main|mainan|bercanda|becanda|perang perangan|gelut gelutan|gemes|gemas|"
        r"lucu|sayang|haha|wkwk|emolaugh)\b|\bdidorong <G2>(?:untuk|buat|supaya|agar|semangat|"
        r"maju|lanjut|kursi roda|stroller|troli)\b",
    ),
    CueSpec(
        "violence.by_en", "violence", URGENT,
        r"\b(?P<k>slapped|kicked|punched|hit|beaten|abused|hurt|pushed|attacked|assaulted|"
        r"choked|whipped|burned|burnt|bitten|scratched|pinched|strangled|dragged) by "
        r"(?:the |saya |our |his |her )?(?:<EMP>|majikan|employer|boss|<AG>|husband|son|"
        r"wife|father|grandpa|grandma|him|her|them|dia|mereka|ama|akong|sir|madam|nyonya)\b",
    ),
    # ---------------------------------------------------------------- sexual, indirect
    CueSpec(
        "sexual.lewd_messages", "sexual_abuse", CONCERN,
        r"\b(?P<k>(?:kirim|ngirim|mengirim|kirimi|dikirimi|dikirim|send|sends|sent|kasih lihat|"
        r"nunjukin|menunjukkan|dikasih lihat) <G3>(?:chat|pesan|sms|wa|foto|video|gambar|"
        r"stiker|message|messages|picture|pictures|photo|photos|text|texts)? ?(?:mesum|jorok|"
        r"porno|bugil|telanjang|vulgar|cabul|seksi|hot|dirty|nude|nudes|kotor|tidak senonoh|"
        r"aneh aneh)|(?:ngomong|omong|omongan|ngomongin|bicara|ngajak ngobrol|ngobrol|"
        r"kata kata|candaan|bercandaan|bercanda|becanda|komentar) (?:yang )?(?:jorok|mesum|"
        r"kotor|porno|cabul|tidak senonoh|vulgar|ke arah sana)|(?:bilang|komentar|komentarin|"
        r"muji|memuji|ngomongin|puji) <G2>(?:badan|tubuh|dada|pantat|paha|bokong|body) (?:saya )?"
        r"(?:bagus|seksi|sexy|montok|indah|besar|mulus|menggoda)|(?:ngeliatin|ngelihatin|"
        r"liatin|natap|menatap|mandangin|memandangi) <G3>(?:aneh|mesum|nafsu|"
        r"genit|jorok|dari atas sampai bawah|lama banget)|(?:di)?goda(?:in|i|nya)?|"
        r"menggoda|ngegodain|ngegoda|ngerayu|merayu|rayuan)\b",
        needs=r"\b(?:<EMP>|<AG>|dia|suami|anak|kakek|sopir|supir|tamu|he|him|son|husband|"
        r"driver|laki|pria|cowok)\b",
        guard=r"\b(?:makanan|masakan|kue|diskon|promo|iklan|godaan (?:makan|belanja|diet))\b|"
        r"\b(?:saya|kami) (?:mau |suka )?(?:goda|godain|menggoda|ngegodain)\b",
    ),
    CueSpec(
        "sexual.room_intrusion", "sexual_abuse", URGENT,
        r"\b(?:<EMP>|dia|he|suami majikan|anak majikan|anak laki laki majikan|anak laki majikan|"
        r"anaknya|suaminya|kakek|akong|sopir|supir|son|husband|grandpa|tamu|laki laki|pria) "
        r"<G6>(?P<k>(?:coba |mencoba |berusaha |mau |sering |suka |pernah |tiba tiba |diam diam |"
        r"tengah malam )*(?:buka|membuka|ngebuka|masuk|masuk ke|nyelonong|nyelonong ke|ketok|"
        r"ngetok|mengetuk|ketuk|gedor|gedor gedor|ngegedor|menggedor|dobrak|mendobrak|"
        r"open|opens|opened|enter|enters|entered|come into|came into|comes into|knock|knocks|"
        r"knocked on) (?:pintu )?(?:kamar saya|kamar kami|kamar tidur saya|saya room|saya "
        r"bedroom|kamar mandi (?:saya|pas|waktu)|kamar)|(?:sudah |tiba tiba |ada )?(?:di samping|"
        r"di sebelah|di pinggir|di atas|naik ke|duduk di|tidur di|masuk ke) (?:kasur|ranjang|"
        r"tempat tidur|selimut) saya|next to saya bed|in saya bed)\b",
        needs=r"\b(?:ganti baju|ganti pakaian|mandi|telanjang|liatin|ngeliatin|lihatin|"
        r"malam|tengah malam|malam malam|semalam|night|dini hari|saya tidur|"
        r"lagi tidur|sedang tidur|waktu tidur|pas tidur|diam diam|takut|ketakutan|scared|"
        r"afraid|dikunci|kunci|tidak ada orang|sendirian|istri|nyonya|wife|madam|pergi|"
        r"keluar kota|jijik|mesum|jorok|tidak nyaman|risih|mabuk|drunk)\b",
        guard=r"\b(?:bersihin|bersihkan|membersihkan|bangunin|membangunkan|panggil|memanggil|"
        r"manggil|nyuruh|suruh|ngecek|cek|antar|nganter|anterin|bawain|makan|sarapan)\b "
        r"<G3>(?:kamar|saya)|\b(?:gedor|ketok|ketuk|knock)\w* <G3>(?:bangun|bangunin|"
        r"subuh|sahur|masak|kerja)\b",
    ),
    CueSpec(
        "sexual.wandering_hands", "sexual_abuse", URGENT,
        r"\b(?P<k>tangan(?:nya)? (?:kemana mana|ke mana mana|nakal|jahil|suka nakal|"
        r"gerayangan|menjalar|masuk ke baju|ke dada|ke paha)|(?:minta|suruh|nyuruh|maksa) "
        r"<G2>(?:dipijat|dipijit|pijat|pijit|mijit|mijat|dipijetin|pijetin) <G6C>(?:jijik|risih|"
        r"takut|tidak nyaman|aneh|paha|dada|kemana mana|telanjang|tidak pakai baju|bugil|"
        r"kamar|malam))\b",
    ),
    CueSpec(
        "sexual.intimate_request", "sexual_abuse", URGENT,
        r"\b(?:minta|suruh|nyuruh|menyuruh|maksa|memaksa|paksa|ajak|ngajak|mengajak|dipaksa|"
        r"disuruh|diminta|diajak|asks|asked|wants|forced|tells|told) <G3>(?P<k>duduk (?:di )?"
        r"(?:pangkuan|pangkuannya|pangkuan dia|paha)|dipangku|pangku|mandi (?:bareng|bersama|"
        r"sama dia|berdua)|tidur (?:di )?(?:kamarnya|kamar dia|ranjangnya|kasurnya|sekasur|"
        r"seranjang)|pijat (?:paha|selangkangan|bagian)|lihat (?:badan|tubuh) saya|"
        r"foto (?:bugil|telanjang|seksi)|kirim foto (?:bugil|telanjang|seksi|badan)|"
        r"sit on (?:his|saya) lap|jadi (?:pacar|istri simpanan|simpanan|istri kedua)(?: nya| dia)?|"
        r"pacaran|nikah siri)\b",
        needs=r"\b(?:<EMP>|<AG>|dia|suami|anak majikan|kakek|sopir|supir|he|him|bapak|pak)\b",
        guard=r"\b(?:anak|bayi|cucu|balita) (?:majikan )?(?:yang )?(?:kecil|lucu|umur <NUM>)\b",
    ),
    CueSpec(
        "locked.never_out", "locked_in", URGENT,
        r"\b(?P<k>(?:tidak|belum) pernah (?:sekali ?pun |sama sekali )?(?:keluar|ke luar|"
        r"diajak keluar|boleh keluar)(?: (?:rumah|dari rumah|apartemen|kamar|sama sekali))?)\b",
        negatable=False,
        needs=r"\b(?:dikunci|digembok|terkunci|dilarang|tidak boleh|tidak dikasih|<DUR>|tahun|"
        r"bulan|sejak|dari awal|selama)\b",
        guard=r"\b(?:malas|males|mager|sendiri yang|memang tidak suka|hemat|betah)\b",
    ),
    CueSpec(
        "food.kitchen_locked", "no_food", URGENT,
        r"\b(?P<k>(?:ngunci|mengunci|kunci|kunciin|gembok|nggembok|menggembok) <G1>(?:dapur|"
        r"kulkas|lemari makan|lemari makanan|makanan|beras)|(?:dapur|kulkas|lemari makan|"
        r"lemari makanan|makanan|beras) <G2>(?:dikunci|digembok|dikonci|dikunciin)|(?:cuma|hanya|"
        r"cuman|cm) minum (?:air)?<G2>(?:dari|sejak|seharian|semalaman|sampai) <G1>(?:pagi|"
        r"kemarin|kemaren|semalam|tadi|siang|<NUM> hari|hari))\b",
        negatable=False,
        guard=r"\b(?:puasa|diet|haha|wkwk|hehe)\b",
    ),
    CueSpec(
        "selfharm.preparing", "self_harm", URGENT,
        r"\b(?P<k>(?:nyiapin|menyiapkan|siapkan|siapin|ngumpulin|kumpulin|mengumpulkan|"
        r"nimbun|menimbun|simpan|nyimpen|beli|membeli|udah punya|sudah punya|pegang) <G2>"
        r"(?:obat tidur|obat (?:banyak|sebanyak)|pil tidur|racun|baygon|silet|tali|pemutih|"
        r"obat nyamuk cair|sleeping pills)|(?:obat tidur|racun|baygon|pil tidur|silet|tali) <G4>"
        r"(?:biar|supaya|agar) (?:semua|semuanya|saya|hidup)? ?(?:selesai|berakhir|beres|tenang|"
        r"pergi|tidak bangun|tidur selamanya)|(?:biar|supaya|agar) (?:semua|semuanya) "
        r"(?:selesai|berakhir) (?:saja|aja|selamanya)?(?= *(?:$|[.!?])))\b",
        guard=r"\b(?:haha|wkwk|emolaugh|tikus|nyamuk|kecoa|hama|jemuran)\b",
    ),
    CueSpec(
        "threats.dismissal", "threats", CONCERN,
        r"\b(?:akan|mau|bakal|will|ancam|ngancam|mengancam|diancam) <G1>(?P<k>terminit|pecat|"
        r"usir|pulangkan|pulangin|mulangin|dipulangin|kembalikan|balikin|kirim balik|putus kontrak|"
        r"phk|dipecat|diterminit|"
        r"diusir|dipulangkan|dikembalikan|fire|send back|send saya back) <G2>(?:saya|kami|aku|"
        r"ke agen|ke pt|ke indonesia|kalau|jika|kalo|me|us)\b",
    ),
    CueSpec(
        "trafficked.exit_fee", "trafficked", CONCERN,
        r"\b(?:harus|disuruh|wajib|suruh|diminta|minta|must|have to) (?P<k>bayar|membayar|ganti|"
        r"mengganti|nebus|menebus|pay) <G2>(?:\d+|<NUM>|puluhan|jutaan|ratusan|uang|biaya) <G3>"
        r"(?:kalau|jika|kalo|untuk|buat|biar|supaya|if|to) <G2>(?:pulang|berhenti|putus kontrak|"
        r"keluar|pindah|resign|kabur|go home|leave|quit|ganti majikan)\b",
    ),
    CueSpec(
        "violence.idiom", "violence", URGENT,
        r"\b(?P<k>main tangan|ringan tangan|main fisik|tangan melayang|kasar secara fisik|"
        r"kekerasan fisik|main pukul|main tendang|main tampar|main jambak)\b",
        needs=r"\b(?:<EMP>|<AG>|dia|mereka|suami|anak majikan|suka|sering|mulai|pernah|selalu|"
        r"terus|kalau)\b",
    ),
    CueSpec(
        "threats.armed", "threats", URGENT,
        r"\b(?:<EMP>|<AG>|dia|mereka|he|suami|suaminya|anak majikan|anaknya) (?:[^\s.!?;]+ ){0,10}"
        r"(?P<k>(?:pegang|megang|memegang|bawa|bawain|membawa|ambil|ngambil|mengambil|acungkan|"
        r"ngacungin|mengacungkan|keluarin|keluarkan|mengeluarkan|holding|held|grabbed|took) "
        r"<G1>(?:pisau|golok|parang|gunting|pistol|senjata|celurit|kapak|samurai|knife|gun|"
        r"linggis))\b",
        needs=r"\b(?:ancam|mengancam|ngancam|"
        r"diancam|marah|ngamuk|muka saya|ke arah|ke saya|bunuh|takut|teriak|kejar|ngejar|mabuk|"
        r"threat\w*|angry|scared|penjara|lapor)\b",
        guard=r"\b(?:potong|motong|memotong|iris|ngiris|mengiris|kupas|ngupas|masak|memasak|"
        r"sayur|daging|buah|bawang)\b",
    ),
    CueSpec(
        "selfharm.farewell", "self_harm", URGENT,
        r"\b(?P<k>surat wasiat|surat terakhir|surat perpisahan|pesan terakhir|wasiat|"
        r"maafkan (?:ibu|mama|mamah|bapak|ayah|emak|mamak|saya|kami|bunda|umi|abi|mak) <G6C>"
        r"(?:sudah tidak kuat|tidak kuat lagi|tidak kuat|tidak sanggup|menyerah|pamit|pergi duluan|"
        r"tidak bisa bertahan|pergi dulu|selamat tinggal)|selamat tinggal (?:semua|semuanya|"
        r"anak saya|anakku|nak|dunia)|jaga (?:diri|adik|adikmu|bapak) baik baik ya nak)\b",
        guard=r"\b(?:haha|wkwk|emolaugh|film|drama|sinetron|novel|lagu)\b",
    ),
    CueSpec(
        "trafficked.debt_hold", "trafficked", URGENT,
        r"\b(?P<k>(?:tidak|belum) (?:boleh|bisa|dikasih|diizinkan|diijinkan|dibolehkan|allowed) "
        r"<G1>(?:pulang|keluar|pergi|berhenti|pindah|resign|go home|leave) <G2>(?:sebelum|kalau "
        r"belum|sampai|until|before) <G2>(?:bayar|lunas|melunasi|membayar|nebus|menebus|pay|"
        r"ganti rugi|utang|hutang|denda|tebusan)|(?:minta|meminta|suruh bayar|disuruh bayar) "
        r"tebusan|tebusan <G2>(?:\d+|<NUM>|juta|jt|puluhan))\b",
        negatable=False,
    ),
    CueSpec(
        "wages.held_until_end", "unpaid_wages", CONCERN,
        r"\b(?P<k>(?:disimpan|ditahan|ditabung|dikasih|dibayar|diberikan|dibayarkan|dikasihkan|"
        r"simpan|tahan) <G2>(?:sampai|nanti|pas|kalau|setelah|waktu|sesudah|saat) <G1>(?:pulang|"
        r"finish|kontrak habis|habis kontrak|selesai kontrak|kontrak selesai|akhir kontrak|"
        r"kontrak berakhir))\b",
        needs=r"\b(?:gaji|sisanya|uang|duit|bayaran|upah|salary|tabungan)\b",
        guard=r"\b(?:saya|kami) (?:yang |sendiri )?(?:simpan|tabung|minta)\b",
    ),
    CueSpec(
        "wages.debt_recruit", "unpaid_wages", CONCERN,
        r"\b(?P<k>(?:pinjam|minjem|minjam|pinjaman|ngutang|berutang|berhutang) <G3>(?:ke|dari|di) "
        r"<G1>(?:<AG>|koperasi|sponsor|calo|bank)|(?:dipotong|potong|potongan) (?:terus )?(?:tiap|"
        r"setiap|per) bulan)\b",
        needs=r"\b(?:berangkat|biaya|gaji|<AG>|koperasi|utang|hutang|pinjam\w*)\b",
        guard=r"\b(?:bpjs|asuransi|pajak|iuran|zakat|arisan|tabungan sendiri)\b",
    ),
    CueSpec(
        "stranded.case_stalled", "stranded", CONCERN,
        r"\b(?P<k>(?:kasus|case|masalah|perkara|laporan|pengaduan|aduan) (?:saya |kami )?<G2>"
        r"(?:belum|tidak) (?:juga |ada yang )?(?:ngurus|diurus|ditangani|diproses|direspon|"
        r"ditanggapi|dibantu|selesai|beres|ada kabar|jelas)|(?:tinggal|nginep|numpang|menginap|"
        r"masih|sekarang|sudah|minggu|hari|bulan) (?:di )?(?:shelter|rumah aman|rumah singgah|"
        r"bethune house|penampungan kbri|penampungan kjri))\b",
        negatable=False,
    ),
    CueSpec(
        "contact.not_told", "contact_lost", CONCERN,
        r"\b(?P<k>(?:tidak|belum) (?:bisa|mau|pernah) (?:jelasin|menjelaskan|jelaskan|kasih tahu|"
        r"kasih tau|memberitahu|kasih info|ngasih tau|ngasih tahu) <G4>(?:dimana|di mana|"
        r"keberadaan|keberadaannya|kabar|kabarnya|nasib))\b",
        negatable=False,
        needs=r"\b<KIN>\b",
    ),
    CueSpec(
        "food.bread_water", "no_food", URGENT,
        r"\b(?P<k>(?:cuma|hanya|cuman|only) <G1>(?:roti|bread|nasi|rice|biskuit|biscuit|"
        r"biscuits|mie|noodles) (?:and|dan|sama|&|plus) (?:water|air|air putih))\b",
        guard=r"\b(?:diet|puasa|haha|wkwk|hehe|sengaja|sarapan|breakfast)\b",
    ),
    CueSpec(
        "trafficked.fee", "trafficked", CONCERN,
        r"\b(?P<k>(?:bayar|membayar|dimintai|diminta|ditarik|dipungut|kena|setor|nyetor|ngasih|"
        r"kasih|paid|pay) <G2>(?:\d+|<NUM>|puluhan|belasan) ?(?:juta|jt|ribu|rb|dolar|dollar|"
        r"ringgit|riyal|real|nt)? <G3>(?:ke|sama|kepada|oleh|to|ama) <G1>(?:<AG>|agent|agency))\b",
        needs=r"\b(?:berangkat|proses|gratis|ditagih|biaya|fee|visa|job|kerja|dijanjikan|"
        r"katanya|potongan)\b",
    ),
    CueSpec(
        "locked.isolation_social", "locked_in", CONCERN,
        r"\b(?P<k>(?:melarang|larang|ngelarang|dilarang|tidak boleh|tidak dibolehkan|tidak "
        r"dikasih|tidak diizinkan|tidak diijinkan|forbid|forbids|forbidden) (?:saya |kami )?<G1>"
        r"(?:berteman|bergaul|temenan|ngobrol|bicara|ngomong|ketemu|bertemu|kumpul|main|"
        r"nongkrong|talk|meet|contact) (?:dengan|sama|ke|with)? ?<G2>(?:orang|teman|temen|sesama|"
        r"pmi|tkw|tetangga|keluarga|siapa siapa|siapapun|anyone|people|friends|indonesia))\b",
        guard=r"\b(?:waktu|saat|pas|jam|selama) kerja\b",
    ),
    # ---------------------------------------------------------------- concern floor
    # A worker (or family) describing the employer/agency as abusive in general words:
    # at least a volunteer's offer, even when no specific cue fires.
    CueSpec(
        "other.mistreated", "other", CONCERN,
        r"\b(?:<EMP>|<AG>|kafil|laoban|taitai)(?: nya| saya| kami| dia)? <G3>(?P<k>jahat|kejam|"
        r"sadis|kasar|semena mena|sewenang wenang|tidak manusiawi|tidak berperikemanusiaan|"
        r"keterlaluan|cruel|abusive|evil|bengis|galak banget|galak sekali|pelit makan)\b|"
        r"\b(?P<k2>(?:diperlakukan|dianggap|treated) (?:seperti|kayak|kaya|bagai|layaknya|like|as) "
        r"(?:a |an )?(?:budak|binatang|hewan|anjing|babu|sampah|slave|animal|dog|robot|mesin))\b|"
        r"\b(?P<k3>(?:ada |punya |lagi )?masalah (?:dengan|sama|ama|with) <G1>(?:<EMP>|<AG>)|"
        r"bermasalah (?:dengan|sama|ama) <G1>(?:<EMP>|<AG>))\b",
        needs=r"\b(?:saya|kami|<KIN>|me|my)\b",
        guard=r"\b(?:grup|group|ada yang bilang|katanya orang|berita|film|sinetron|drama|"
        r"cerita teman|temen saya bilang|dulu|majikan lama|majikan dulu|majikan sebelumnya)\b|"
        r"\bkasar (?:tapi|namun) <G2>(?:baik|sayang)\b",
    ),
    CueSpec(
        "other.distressed", "other", CONCERN,
        r"\b(?:saya|kami) <G3>(?P<k>stres|stress|depresi|depresi berat|tertekan|trauma|"
        r"ketakutan|tersiksa|menderita|disakiti|tidak betah|frustasi|putus asa)\b",
        needs=r"\b(?:<EMP>|<AG>|kafil|di sini|disini|di rumah ini|kerja|bekerja|diperlakukan|"
        r"dimarahi|dibentak|kontrak)\b",
        guard=r"\b(?:haha|wkwk|hehe|emolaugh|ujian|skripsi|tugas kuliah|drakor|film|macet|"
        r"diet|tiket konser)\b",
        soft=True,
    ),
    CueSpec(
        "food.spoiled_only", "no_food", URGENT,
        r"\b(?:cuma|hanya|cuman|cm|selalu|tiap hari|setiap hari|terus) <G3>(?P<k>(?:makan|makanan|"
        r"nasi|ikan|lauk|roti|sayur) <G1>(?:busuk|basi|berulat|berjamur|expired|kadaluarsa|"
        r"kedaluwarsa|sudah bau))\b",
        negatable=False,
        guard=r"\b(?:buang|dibuang|jangan|hati hati|tips|cara)\b",
    ),
    CueSpec(
        "wages.kept_by_employer", "unpaid_wages", CONCERN,
        r"\b(?:sisanya|sisa gaji|gaji saya|gaji kami|uang saya|uang gaji|tabungan saya|gaji) <G3>"
        r"(?P<k>(?:ditabung|disimpan|ditahan|dipegang|dibawa|dipakai) (?:sama |oleh |ama |di )?"
        r"(?:<EMP>|<AG>|kafil|dia|mereka))\b|\bgaji <G4>(?P<k2>(?:cuma|hanya|cuman) (?:dikasih|"
        r"dibayar|ditransfer|dapat|dapet) \d+)\b",
        negatable=False,
    ),
    CueSpec(
        "stranded.evicted", "stranded", CONCERN,
        r"\b(?P<k>(?:nyuruh|suruh|disuruh|menyuruh|diminta|minta|usir|ngusir|mengusir) (?:saya |"
        r"kami )?(?:keluar|pergi|angkat kaki|out)(?= *(?:$|[,.!?])| dari (?:rumah|sini|apartemen|"
        r"flat)| (?:sekarang|hari ini) juga)|(?:tidak|belum) (?:tahu|tau) (?:mau|harus|akan) "
        r"(?:tinggal|tidur|nginep|menginap|berteduh) (?:dimana|di mana)|tidak ada tempat "
        r"(?:tinggal|tidur|berteduh|nginep))",
        negatable=False,
        guard=r"\b(?:beli|belanja|jemput|antar|buang sampah|ambil|jalan jalan|libur|bentar|"
        r"sebentar|dulu ya)\b",
    ),
    CueSpec(
        "other.belongings", "other", CONCERN,
        r"\b(?P<k>(?:ambil|ngambil|mengambil|sita|menyita|rampas|merampas|buang|membuang|"
        r"geledah|menggeledah|bongkar|periksa) <G2>(?:semua )?(?:barang pribadi|barang barang|"
        r"barang saya|barang kami|tas saya|koper saya|lemari saya|dompet|foto|surat surat)|"
        r"(?:tidak|belum) (?:boleh|dibolehkan|diizinkan) punya (?:apa apa|apapun|barang|"
        r"hp|uang))\b",
        needs=r"\b(?:<EMP>|<AG>|kafil|dia|mereka)\b",
        guard=r"\b(?:bandara|imigrasi|security|satpam|pindahan|bersih bersih|beres beres)\b",
    ),
    CueSpec(
        "locked.nowhere", "locked_in", URGENT,
        r"\b(?P<k>(?:tidak|belum) (?:pernah )?(?:boleh|bisa|dikasih|diizinkan|diijinkan|dibolehkan|"
        r"allowed) (?:pergi )?(?:kemana mana|ke mana mana|kemanapun|ke manapun|kemana pun|"
        r"anywhere)|(?:keluar|ke luar) (?:pagar|pintu|gerbang|rumah|kamar)? ?(?:aja|saja|pun|"
        r"sebentar|sedikit) (?:tidak|belum) (?:boleh|bisa|dikasih|diizinkan))\b",
        negatable=False,
        guard=r"\b(?:karantina|covid|lockdown|isolasi|sakit|demam|hujan|badai|topan|typhoon)\b",
    ),
    CueSpec(
        "food.neglected", "no_food", URGENT,
        r"\b(?P<k>(?:lupa|jarang|malas|males|sering lupa|suka lupa) (?:kasih|ngasih|memberi|kasi) "
        r"(?:saya |kami )?makan|makan <G3>(?:tempat sampah|tong sampah|dari sampah|sisa sampah)|"
        r"(?:ngais|mengais|cari|nyari|ambil) (?:makanan|makan) (?:di|dari) <G1>sampah|"
        r"(?:cuma|hanya|cuman|cm) (?:dikasih|diberi|dapat|dapet|kasih|ngasih|dijatah) (?:makan )?"
        r"<G1>(?:biskuit|roti|nasi|mie|mi|indomie|kerupuk|pisang|telur|bubur) <G3>(?:buat|untuk|"
        r"per|sehari|seharian|satu hari|sehari semalam|berdua|bertiga|berempat|kami|semua))\b",
        negatable=False,
        guard=r"\b(?:diet|puasa|haha|wkwk|hehe|sengaja|sarapan|bekal|snack|cemilan|camilan)\b",
    ),
    CueSpec(
        "threats.sextortion", "threats", URGENT,
        r"\b(?:ancam|ngancam|mengancam|diancam|mau|akan|bakal|will|threaten\w*) <G2>(?P<k>nyebarin|"
        r"sebarin|menyebarkan|sebar|nyebar|upload|ngupload|posting|viralin|kirim|ngirim|post|"
        r"share|spread) <G2>(?:foto|video|gambar|rekaman|photo|photos|video|videos)\b|"
        r"\b(?:foto|video|rekaman) <G3>(?P<k2>disebar|disebarin|disebarkan|diupload|diposting|"
        r"diviralkan|dikirim ke (?:teman|temen|keluarga|grup|suami))\b",
        needs=r"\b(?:mandi|telanjang|bugil|ganti baju|pribadi|tidak nurut|nurut|kalau|jika|ancam\w*|"
        r"ngancam|malu|aib|porno|mesum|threat\w*|nude\w*)\b",
        guard=r"\b(?:liburan|jalan jalan|ulang tahun|pesta|lucu|masak|resep)\b",
    ),
    CueSpec(
        "wages.paid_few", "unpaid_wages", CONCERN,
        r"\b(?P<k>(?:baru|cuma|hanya|cuman) (?:bayar|membayar|kasih|ngasih|dibayar|dikasih|"
        r"transfer|ditransfer|kirim|dikirim) (?:gaji )?<G1><NUM> (?:bulan|kali) (?:dari|padahal|"
        r"sedangkan|but|out of))\b",
        negatable=False,
    ),
    # ---------------------------------------------------------------- food restriction
    CueSpec(
        "food.meagre_diet", "no_food", URGENT,
        r"\b(?:makan|makanan|makannya|jatah|jatah makan|dikasih|dikasih makan|diberi|dapat|"
        r"dapet|menu|tiap hari|sehari|seharian|kami|saya) <G3>(?P<k>(?:cuma|hanya|cuman|cm|"
        r"doang|aja|saja|tinggal) <G2>(?:roti|nasi|nasi putih|mie|mi|indomie|mi instan|"
        r"mie instan|garam|kecap|kerupuk|air|air putih|biskuit|sisa|sisaan|sisa sisa|bubur|"
        r"singkong|ubi|tempe|telur|satu|sepotong|sebungkus|sepiring|sekali|1x|sedikit|"
        r"separo|setengah)(?: (?:sama|pakai|pake|dan|doang) (?:garam|kecap|air|kerupuk|sambal))?)"
        r"\b(?=.*\b(?:<DUR>|sehari|per hari|tiap hari|setiap hari|seminggu|terus|lapar|"
        r"kelaparan|kadang tidak|sering tidak|tidak ada|sama sekali|sampai|sisa|dari kemarin)\b)",
        negatable=False,
        guard=r"\b(?:diet|puasa|hemat|irit|ngirit|haha|wkwk|hehe|biar kurus|program|"
        r"malas masak|males masak|lagi pengen|enak|doyan|suka banget|akhir bulan|tanggal tua)\b",
    ),
    CueSpec(
        "food.salt_rice", "no_food", URGENT,
        r"\b(?P<k>(?:makan|nasi) (?:sama|pakai|pake|dengan|cuma|doang|campur) (?:garam|kecap "
        r"doang|air garam)|nasi garam|nasi (?:sama )?garam)\b",
        guard=r"\b(?:diet|puasa|haha|wkwk|hehe|enak|doyan)\b",
    ),
    CueSpec(
        "food.left_without", "no_food", URGENT,
        r"\b(?P<k>(?:ditinggal|ditinggalin|ditinggalkan|left) <G4>(?:tanpa|without|tidak ada|"
        r"tidak dikasih) <G2>(?:uang|duit|makan|makanan|food|money)|kulkas <G2>(?:kosong|"
        r"dikunci|digembok)|(?:tidak|belum) (?:ada|punya) (?:apa apa|apapun|sesuatu) (?:buat|untuk|"
        r"yang bisa) (?:di)?makan|(?:have|has|had|got|there is|get|ada|punya) (?:tidak|hardly any|"
        r"little|very little|tidak enough) (?:makan|food|makanan)|nothing to eat|"
        r"not enough (?:food|makan|to eat)|(?:satu|1|sekali|once) (?:makan|meal) (?:a|per|satu|"
        r"sehari|tiap) ?(?:hari|day)?|(?:only|cuma) (?:get|dapat|dikasih) (?:satu|1|one) "
        r"(?:makan|meal))\b",
        negatable=False,
        guard=r"\b(?:diet|puasa|haha|wkwk|hehe|intermittent|sengaja)\b",
    ),
    # ---------------------------------------------------------------- withholding / refusal
    # "agen tidak mau kasih balik paspor", "majikan tidak mau tanda tangan surat release",
    # "PT belum juga urus kepulangan saya", "majikan gak kasih aku sholat"
    CueSpec(
        "refusal.documents", "passport_held", CONCERN,
        r"\b(?P<k>(?:tidak|belum|bukan) (?:juga |mau |pernah |kunjung |bisa |pernah mau |"
        r"juga mau |mau juga )*(?:kasih|ngasih|kasi|memberi|beri|berikan|kasihkan|kembalikan|"
        r"mengembalikan|ngembaliin|kembaliin|balikin|balikan|kasih balik|serahkan|nyerahin|"
        r"menyerahkan|dikembalikan|dibalikin|dikasih balik|diserahkan|return|give back|"
        r"give|gives) <G3>(?:paspor|dokumen|ktp|arc|iqama|ikama|ijazah|visa|surat surat|identitas|"
        r"kartu identitas|passport))\b",
        negatable=False,
    ),
    CueSpec(
        "refusal.release", "stranded", CONCERN,
        r"\b(?P<k>(?:tidak|belum) (?:juga |mau |pernah |kunjung |pernah mau )*(?:kasih|ngasih|"
        r"memberi|tanda tangan|tandatangan|teken|tandatangani|menandatangani|sign|buatkan|"
        r"bikinin|urus|ngurus|mengurus|proses|memproses|uruskan|diurus|diproses|dikasih|"
        r"dibuatkan|ditandatangani|bantu|membantu|handle|tanggung|menanggung|bayar|bayarin) "
        r"<G3>(?:surat (?:release|pelepasan|rilis|keterangan kerja|pengalaman kerja|"
        r"pindah|berhenti|resign)|release letter|release|pelepasan|kepulangan|pemulangan|"
        r"tiket pulang|pulang saya|pulangnya|visa keluar|exit visa|exit permit|final exit|"
        r"keluar visa|izin keluar|pindah majikan|ganti majikan|transfer majikan|"
        r"kontrak baru|perpanjangan|dokumen pindah))\b",
        negatable=False,
    ),
    CueSpec(
        "refusal.worship", "other", CONCERN,
        r"\b(?P<k>(?:tidak|belum) (?:pernah |mau |juga )*(?:kasih|ngasih|kasi|dikasih|bolehin|"
        r"izinkan|ijinkan|mengizinkan|mengijinkan|ngizinin|ngijinin|kasih izin|kasih waktu|"
        r"dikasih waktu|beri waktu|diberi waktu|let|allow) (?:saya |kami )?<G1>(?:sholat|salat|"
        r"solat|shalat|ibadah|puasa|pray|praying|ngaji|mengaji|ke masjid|ke gereja|jumatan)|"
        r"(?:larang|melarang|ngelarang|larangin|forbid|forbids|forbade|forbidden) (?:saya |kami )?"
        r"<G1>(?:sholat|salat|solat|shalat|ibadah|puasa|pray|praying|ngaji|mengaji|berjilbab|"
        r"pakai jilbab|pakai hijab|pakai kerudung|jilbab|hijab|kerudung)|(?:jilbab|hijab|"
        r"kerudung|mukena|sajadah|quran|al quran) <G3>(?:dibuang|disita|diambil|dirampas|"
        r"disembunyikan|dilarang)|(?:buang|membuang|ambil|ngambil|sita|menyita|rampas|"
        r"sembunyikan|nyembunyiin|robek|sobek|bakar) (?:saya |kami )?(?:jilbab|hijab|kerudung|"
        r"mukena|sajadah|quran|al quran|alkitab|rosario|tasbih))\b",
        guard=r"\b(?:waktu|saat|pas|jam|selama) kerja\b <G2>(?:nanti|setelah|sesudah)",
    ),
    # ---------------------------------------------------------------- wages, partial/rare
    CueSpec(
        "wages.partial", "unpaid_wages", CONCERN,
        r"\b(?P<k>(?:cuma|hanya|cuman|baru|cm) (?:dikasih|dibayar|dapat|dapet|terima|"
        r"menerima|ditransfer|dikirim|digaji|kasih|bayar) <G1>(?:gaji )?(?:separo|separuh|"
        r"setengah|sebagian|sedikit|sekali|<NUM> kali|half)|gaji <G4>(?:cuma|hanya|baru|cm) "
        r"(?:dikasih|dibayar|ditransfer|masuk|turun|cair|dapat|dapet) <G1>(?:separo|separuh|"
        r"setengah|sebagian|sedikit|sekali|<NUM> kali|<NUM> bulan)|(?:baru|cuma|hanya) "
        r"(?:terima|dapat|dapet|dikasih|menerima) gaji (?:sekali|<NUM> kali|<NUM> bulan))\b",
        negatable=False,
    ),
    # ---------------------------------------------------------------- threats, future harm
    CueSpec(
        "threats.future_harm", "threats", URGENT,
        r"\b(?:akan|mau|bakal|will|nanti|ancam|ngancam|mengancam|diancam) <G3>(?:suruh orang |"
        r"nyuruh orang |menyuruh orang )?(?P<k>habisi|habisin|menghabisi|ngabisin|celakai|"
        r"mencelakai|nyelakain|bunuh|membunuh|sakiti|menyakiti|nyakitin|hancurkan|"
        r"hancurin|bakar|membakar|siksa|menyiksa|culik|menculik|kill|hurt|harm) <G2>(?:saya|"
        r"kami|kamu|keluarga|keluarga saya|anak saya|anak|anakmu|anak kamu|orang tua|ortu|"
        r"suami|istri|family|adik|ibu|bapak)\b|\b(?:bakal|akan|mau|will|nanti) (?P<k2>dicelakai|"
        r"dibunuh|dihabisi|disakiti|diculik|dibakar|disiksa|diperkosa|disantet|dipukuli|"
        r"dihajar|be killed|be hurt|be harmed)\b",
        needs=r"\b(?:ancam\w*|ngancam|diancam|bilang|kata|said|says|threat\w*|<EMP>|<AG>|"
        r"kafil|keluarga)\b",
        guard=r"\b(?:nyamuk|kecoa|tikus|semut|game|film|drama|sinetron|tanaman|hama|"
        r"waktu|kuman)\b",
    ),
    CueSpec(
        "threats.verbal_active", "threats", CONCERN,
        r"\b(?:<EMP>|<AG>|dia|mereka|anak majikan|suami majikan|suaminya|istrinya|anaknya) "
        r"<G3>(?P<k>bentak bentak|bentak|membentak|ngebentak|bentakin|maki maki|memaki|maki|"
        r"teriak teriak|teriakin|neriakin|meneriaki|marah marah|ngomel ngomel|caci maki|"
        r"menghina|hina|ngatain|ngata ngatain|katain|ludahi|meludahi|yell|yells|shout|shouts|"
        r"scream|screams|screaming|yelling|shouting)\b",
        needs=r"\b(?:selalu|terus|tiap|setiap|sering|saya|kami|aku|me|us|bodoh|goblok|tolol|"
        r"anjing|babi|kasar|mau (?:kembalikan|pulangkan|pecat|usir|terminit)|takut)\b",
        guard=r"\b(?:ke anaknya|ke anak|ke suaminya|ke istrinya|ke tv|ke televisi|nonton|bola|"
        r"sepak bola|konser)\b",
    ),
    # ---------------------------------------------------------------- sick, severe injury
    CueSpec(
        "sick.severe_injury", "sick_injured", URGENT,
        r"\b(?P<k>darah(?:nya)? <G2>(?:tidak|belum) (?:mau |juga |bisa )?berhenti|"
        r"(?:banyak|keluar banyak) darah|darah (?:banyak|mengucur|ngucur|muncrat)|"
        r"(?:jari|tangan|kaki|lengan) <G2>(?:kepotong|terpotong|putus|hancur|kejepit mesin|"
        r"terjepit mesin|kegiling|tergiling|masuk mesin)|(?:kaki|tangan|badan|pinggang|"
        r"punggung|leher) <G2>(?:tidak|sudah tidak) (?:bisa )?(?:digerakkan|digerakin|gerak|"
        r"bergerak)|(?:can not|tidak bisa) move (?:saya )?(?:leg|legs|arm|body))\b",
    ),
    # ---------------------------------------------------------------- self harm, indirect
    CueSpec(
        "selfharm.no_point", "self_harm", URGENT,
        r"\b(?P<k>(?:tidak|sudah tidak) ada (?:gunanya|artinya|harapan|alasan) <G2>(?:hidup|"
        r"lagi hidup|bertahan|lanjut)|(?:pengen|ingin|mau|kepingin|pingin) (?:nyusul|menyusul|"
        r"susul|ikut) (?:bapak|ibu|ayah|emak|mamak|almarhum|almarhumah|alm|suami|anak|nenek|"
        r"kakek)(?: saya)?(?= (?:aja|saja|wae|ae|ke surga|di surga|ke sana)\b| *(?:$|[.,!?]))|"
        r"(?:kepikiran|terpikir|kepikir|pikiran|mikir) <G2>(?:bunuh diri|mati|loncat|lompat|"
        r"terjun|gantung|minum racun|mengakhiri|nyilet)|(?:lebih baik|mending|mendingan) "
        r"(?:saya )?(?:tidak ada|tiada|hilang|pergi selamanya|tidak usah hidup|tidak lahir)|"
        r"(?:no reason|no point) (?:to |in )?(?:live|living)|want to die|wanna die|"
        r"(?:hampir|nyaris|sudah mau|udah mau|mau) (?:loncat|lompat|terjun|gantung diri|minum racun|"
        r"bunuh diri|nyilet|menyayat)|(?:berdiri|duduk|nangkring) di (?:pinggir|tepi|ujung|atas|"
        r"pagar) (?:balkon|jendela|atap|gedung|jembatan|tembok balkon))\b",
        guard=r"\b(?:haha|wkwk|emolaugh|ngakak|ketawa|lucu|gemes|lampu|hp|baterai|batre)\b",
    ),
    # ---------------------------------------------------------------- trafficking, deception
    CueSpec(
        "trafficked.entertainment", "trafficked", URGENT,
        r"\b(?:disuruh|dipaksa|terpaksa|dijadikan|ternyata|harus|suruh|nyuruh|wajib) <G4>"
        r"(?P<k>(?:nemenin|temenin|menemani|temani|melayani|layani|ngelayani|nemani) "
        r"(?:para )?(?:tamu|laki|pria|om om|lelaki|customer|pelanggan)|(?:kerja|bekerja) "
        r"(?:di )?(?:tempat )?(?:karaoke|diskotik|diskotek|bar|club|klub malam|panti pijat|"
        r"spa plus|tempat hiburan|lokalisasi))\b",
    ),
    CueSpec(
        "trafficked.turned_out", "trafficked", CONCERN,
        r"\b(?:sampai|sampe|tiba|datang|nyampe|pas sampai|setelah sampai|begitu sampai) "
        r"<G3>(?P<k>ternyata|kenyataannya|malah)\b <G6>(?:kerja|disuruh|dijadikan|jadi|"
        r"dipekerjakan|tidak ada|bukan|beda|lain|dipaksa|majikan|gaji|tempat)\b",
    ),
)

# --------------------------------------------------------------------------------------------
# Root cues: a token whose *root* (after stripping Indonesian/Javanese/Sundanese affixes,
# see distress._roots) is one of these fires the cue: "ditonjokin", "nggebuki", "mukulin",
# "pemukulan" -> violence.  Per root, the words that make it benign when they follow it.
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RootCue:
    id: str
    category: str
    level: str
    roots: dict[str, str]  # root -> regex for benign following words ("" = none)
    bare_needs: str = ""  # regex that must precede a bare (unaffixed) root within 6 tokens
    guard: str | None = None
    follow_all: str = ""  # benign following words for every root of the cue


ROOT_CUES: tuple[RootCue, ...] = (
    RootCue(
        "violence.root", "violence", URGENT,
        {
            "pukul": r"<TIMEW>|rata|bedug|beduk|gong|drum|kentongan",
            "tampar": "", "tendang": r"bola|pintu|kaleng", "siksa": r"rindu|kangen|cinta|batin",
            "aniaya": "", "jambak": "", "cekik": "", "cekek": "", "hajar": r"aja|terus bro|lah",
            "gebuk": "", "gebug": "", "tonjok": "", "jotos": "", "tabok": r"nyamuk",
            "gampar": "", "keplak": "", "tempeleng": "", "antem": "", "teunggeul": "",
            "peupeuh": "", "cabok": "", "tajong": r"bola", "injak": r"rem|gas|kopling|pedal",
            "sundut": "", "bacok": "", "tusuk": r"gigi|sate|jarum|konde",
            "cambuk": "", "pecut": "", "gitik": "",
            "banting": r"tulang|harga|setir|stir|barang|pintu|piring|gelas|hp|kursi|meja",
            "jedot": "", "bekap": "", "gaplok": "", "tempiling": "", "tampiling": "", "babuk": "", "hantam": "",
            "bogem": "", "jewer": "", "sepak": r"bola|takraw", "cakar": "", "injek": r"rem|gas",
            "idak": "", "timpuk": "", "gencet": "", "keroyok": "", "gebukin": "", "kepruk": "",
            "dobrak": r"pintu (?:toko|gudang)|gembok",
        },
        follow_all=r"<THING>",
        bare_needs=r"\b(?:<EMP>|dia|mereka|<AG>|suami|anak|nenek|kakek|sering|suka|mau|lagi|"
        r"jangan|terus)\b",
        guard=r"\b(?:bedug|beduk|gong|gendang|drum|kentongan|bola|paku|kasur|karpet|nyamuk|"
        r"kecoa|tikus|semut|lalat|sate|tusuk gigi|sikat gigi|banting tulang|film|game|telak|timnas|skor|"
        r"pertandingan|"
        r"futsal|liga|badminton|raket|latihan|karate|taekwondo|silat|sparing|sparring|smash|tinju|"
        r"boxing|drakor|episode)\b|\b(?:pakai|pake|dengan) "
        r"(?:<THING>|kertas|koran|bulu)\b|\b(?:di)?(?:hajar|pukul|siksa|gebuk|hantam|bunuh|"
        r"tampar|cekik)\w* (?:oleh |sama )?<FIG>\b|\b<CHILDISH>\b",
    ),
    RootCue(
        "sexual.root", "sexual_abuse", URGENT,
        {"perkosa": "", "leceh": "", "cabul": "", "grepe": "", "gerayang": "", "rudapaksa": ""},
        guard=r"\b(?:sosialisasi|pencegahan|berita|film|artikel)\b",
    ),
    RootCue(
        "locked.root", "locked_in", URGENT,
        {"kurung": r"buka|tutup|kurawal|siku|hujan|salju|badai|topan|taifun|typhoon|banjir|<FIG>",
         "sekap": ""},
        bare_needs=r"\b(?:<EMP>|dia|mereka|<AG>|saya|kami)\b",
        guard=r"\b(?:ayam|burung|kucing|anjing|hewan|kelinci|tanda kurung)\b",
    ),
)

# --------------------------------------------------------------------------------------------
# help calls, amplifiers, message-level contexts (regexes over canonical text)
# --------------------------------------------------------------------------------------------
# tokens that may sit between "tolong" and what is asked
HELP_FILLERS = frozenset(
    "saya kami dong donk lah please mohon tolong banget kak kakak mbak mba mb bu ibu pak bapak "
    "mas teteh teh akang kang min admin bang abang sis kawan semua siapa saja siapapun sayang "
    "bro gan nak sist om tante bunda bund mimin kaka kk bosku emopray dia cepat segera bantu "
    "bantuin".split()
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
    rekomendasi saran sarankan doakan doain sebarkan like subscribe
    follow with to find fill send check understand apply renew write make know learn choose
    book buy pay get ya yah yaa nomor alamat kontak cetak print foto fotoin upload
    unggah download unduh tulis tuliskan pesan pesankan ambilkan ambilin bawakan bawain
    pinjami pinjamin share sharing teruskan forward tag mention vote dukung jagain
    jaga matikan nyalakan tutup buka angkat jemur cuci masak siapkan ganti save login
    """.split()
)
HELP_STRONG = (
    r"\b(?:selamatkan|keluarkan|evakuasi|save|rescue|lepaskan|bebaskan) (?:saya|kami)\b|"
    r"\bget (?:saya|kami) out\b|\bbantu (?:saya|kami) (?:keluar|kabur|lari|lepas|bebas|"
    r"pergi dari sini)\b|\b(?:saya|kami) (?:butuh|perlu|need) (?:tolong|pertolongan|bantuan) "
    r"(?:segera|cepat|sekarang|darurat|urgent)\b|\bminta pertolongan\b|\b(?:tolong|mohon|"
    r"cepat) <G1>(?:call|panggil|panggilkan|telepon|telpon|teleponkan|hubungi|lapor ke) (?:the )?"
    r"(?:polisi|ambulans|ambulance|911|999|110|112|119)\b"
)
# fear/danger words; with a weak call for help ("tolong, ...") they make it urgent
STRONG_AMPLIFIERS = (
    r"\b(?:(?<!jangan )(?<!tidak )(?<!usah )(?<!bukan )takut|ketakutan|sos|darurat|emergency|"
    r"gawat|panik|gemetar|bahaya|danger|scared|afraid)\b"
)
AMPLIFIERS = (
    r"\b(?:(?<!jangan )(?<!tidak )(?<!usah )(?<!bukan )takut|ketakutan|nangis|emocry|sos|"
    r"darurat|emergency|gawat|cepat|segera|urgent|"
    r"asap|panik|gemetar|trauma|kesakitan|tersiksa|putus asa|tidak kuat|tidak tahan|"
    r"please please|mohon mohon|tolong tolong)\b"
)
# "tolong" preceded by these is a polite request ("minta tolong kirimkan", "bisa tolong")
HELP_POLITE_BEFORE = frozenset("minta bisa boleh mau dimintai tanpa butuh perlu need".split())
CASUAL = r"\b(?:haha|hehe|wkwk|lol|canda|bercanda|becanda|guyon|just kidding|jk|cuma bercanda)\b"
MEDIA = (
    r"\b(?:berita|news|film|sinetron|drama|video|tiktok|youtube|viral|artikel|koran|postingan|"
    r"dengar dengar|sosialisasi|seminar|webinar|pelatihan|materi|edukasi|"
    r"cerita di|baca di|lihat di|nonton|novel|fyp|status|drakor|kdrama|dracin|episode|pemeran|"
    r"tokoh|aktor|aktris|mobile legends|ml|free fire|pubg|game|gim|hero|rank)\b"
)
# hearsay: "pernah dengar ada PMI yang dijual agen", "katanya ada yang dikurung"
HEARSAY = (
    r"\b(?:(?:dengar|denger|dengar dengar|denger denger|tahu|tau|baca|lihat|liat|nonton) "
    r"(?:ada|kalau ada|kabar|berita|cerita)|katanya ada|ada (?:yang|orang) (?:bilang|cerita)|"
    r"di grup|di group|di fb|di facebook|di tiktok|di berita)\b"
)
SELF_OR_KIN = r"\b(?:saya|kami|<KIN>|teman|temen|tetangga)\b"
HYPO_MARKERS = frozenset(
    "kalau jika apabila bila seandainya andaikan andai misalnya misal umpama if boleh "
    "bolehkah hukum hukumnya legal allowed aturan aturannya peraturan melanggar sanksi pasal "
    "apakah".split()
)
CONDITIONAL = frozenset("kalau jika apabila bila seandainya andaikan andai misalnya misal if".split())
GENERIC = (
    r"\b(?:teman teman|kawan kawan|temen temen|guys|gaes|semuanya|para pmi|sahabat pmi|"
    r"rekan rekan|info|informasi|pengumuman|ingat|ingatlah|perlu diketahui|biasanya|umumnya|"
    r"melanggar|wajib|berhak|hak kita|hak pmi|undang undang|uu|everyone|remember|hubungi|"
    r"laporkan|segera lapor|jangan ragu|hotline|call center|jangan lupa)\b"
)
QUESTION_START = frozenset(
    "apa apakah gimana bolehkah boleh bisakah berapa kenapa kapan dimana kemana siapa "
    "bagaimana can is how what where when should do does are".split()
)
# asking out of curiosity or to be prepared: a rules question, not a report
CURIOUS = (
    r"\b(?:(?:cuma|hanya|sekadar|sekedar|cuman) (?:ingin |mau |pengen )?(?:tau|tahu|tanya|"
    r"bertanya|nanya|info)|(?:buat|untuk|sekedar|sekadar) (?:jaga jaga|persiapan|"
    r"pengetahuan|wawasan)|just curious|just asking|penasaran)\b"
)
QUESTION_PHRASES = r"\b(?:mau tanya|tanya dong|numpang tanya|mau nanya|ingin bertanya|izin tanya)\b"
RESOLVED = (
    r"\b(?:dulu|dahulu|waktu itu|tahun lalu|majikan lama|majikan dulu|majikan yang dulu|"
    r"majikan sebelumnya|sebelumnya|pernah|kemarin|minggu lalu|bulan lalu)\b.*"
    r"(?:\b(?P<now>sekarang|alhamdulillah)\b <G6C>"
    r"(?:sudah )?(?:aman|baik|enak|pindah|pulang|bahagia|baik baik saja|sudah di indonesia|"
    r"di rumah|selamat|tenang|bebas|beres|lunas|dibayar|selesai|sembuh|sehat|majikan baru|"
    r"ganti majikan|pindah majikan|di kampung|sudah keluar|legal|resmi|sihat|pulih|membaik|"
    r"normal)\b|\b(?P<now2>sudah|udah) (?:aman|"
    r"selamat|dibebaskan|bebas|baik baik saja|beres|selesai) (?:sekarang|kok|alhamdulillah)\b|"
    r"\b(?P<now3>tapi|tetapi|untung|untungnya|syukurlah|alhamdulillah) (?:semua |semuanya |sudah |"
    r"semua sudah )?(?:selamat|aman|dibayar|dibayar semua|dibayar lunas|dilunasi|dikembalikan|"
    r"sudah dikembalikan|sembuh|beres|selesai)\b)"
)
# reassurance: the writer says things are fine ("gk ada korban", "cuma lecet", "now ok already")
REASSURE = (
    r"\b(?:aman|selamat|baik baik saja|tidak apa apa|tidak kenapa kenapa|tenang (?:saja|aja)|"
    r"jangan khawatir|tidak usah khawatir|tidak ada korban|tidak ada yang luka|cuma lecet|"
    r"hanya lecet|sudah sembuh|sudah membaik|sudah sehat|sudah beres|sudah selesai|sudah dibayar|"
    r"sudah dikembalikan|sudah pulang|sudah aman|alhamdulillah|syukurlah|untungnya|untung saja|"
    r"(?:now|sekarang) (?:ok|oke|okay|fine|sudah)|ok already|already ok|fine now|all good|"
    r"i am fine|i am ok|saya baik|lega)\b"
)
# told about the past
PAST = (
    r"\b(?:dulu|dahulu|waktu itu|tahun lalu|minggu lalu|bulan lalu|pernah|kemarin|kemaren|"
    r"sempat|last (?:week|month|year)|before)\b"
)
# everyday idioms with an alarming word ("mati gaya", "hp mati"): a context feature of the
# learned model; the cues' own guards keep them from firing
IDIOMS = (
    r"\b(?:mati (?:gaya|lampu|listrik|kutu|angin|kelaparan di grup)|(?:hp|batre|baterai|batere|"
    r"sinyal|wifi|mesin|motor|lampu|listrik) <G1>mati|bunuh waktu|banting tulang|makan hati|"
    r"pukul \d|jam \d|kabur dulu|kabur bentar|"
    r"dibantai \d|dihajar \d|kalah telak|menang telak|mati ketawa|ngakak)\b"
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
    **{v: "kelaparan" for v in "keluwen kalaparan klaparan".split()},
    "sampun": "sudah",
    "cepet": "cepat",
    "ngancem": "ngancam",
    "diancem": "diancam",
    "ancem": "ancam",
    "ngancemin": "ngancam",
    "bilik": "kamar",
    "cuba": "coba",
    "cepetan": "cepat",
    "cpt": "cepat",
    "neng": "di",
    "ning": "di",
    "karo": "sama",
    "paringi": "kasih",
    "dhahar": "makan",
    "nedhi": "makan",
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
    # Gulf Arabic as workers write it, Javanese and Sundanese
    "mafi": "tidak ada",
    "maafi": "tidak ada",
    "mafish": "tidak ada",
    "akl": "makan",
    "akel": "makan",
    "moya": "air",
    "ra": "tidak",
    "dikepruk": "dipukul",
    "tuang": "makan",
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
