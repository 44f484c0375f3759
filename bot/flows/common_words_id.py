"""Common Indonesian words, most frequent first. Generated: do not edit.

Written by ``python -m kawan.distress_words`` from wordfreq 3.1.1's Indonesian list (Zipf >= 3).
Data: wordfreq by Robyn Speer, CC BY-SA 4.0 (https://github.com/rspeer/wordfreq).

``BY_FREQUENCY`` (2+ letters) lets the normaliser expand vowel-less abbreviations ("pkul" ->
"pukul") and split words typed without spaces; ``WORDS`` (6+ letters) are never "repaired".
"""

BY_FREQUENCY: tuple[str, ...] = tuple(
    """
yang dan di ini dari untuk dengan itu bisa aku ada tidak akan adalah dalam pada kita orang ke
juga anda dia saya ya kamu lebih apa sudah mereka tapi karena atau menjadi tak baik jadi harus
satu lagi seperti oleh banyak jika hanya kami saat tahun jangan sebagai hari telah semua dapat
hal anak bahwa bukan indonesia saja sangat masih memiliki pernah mau lain sekarang baru sama
seorang tersebut kalau beberapa besar salah sendiri ingin sebuah ia setelah waktu sampai tempat
membuat punya mungkin hidup melakukan siapa belum kali kau tentang atas dua dunia secara ketika
bahasa cara para rumah selalu lalu benar kota diri bagian kembali pasti selama pertama bersama
nama setiap tanpa terjadi kepada mulai paling tetap masa tahu lama perlu berada cukup kan kasih
kata kemudian luar mana masalah bulan malam masuk melihat namun wanita memang sedang sekali
tetapi hati hingga makan merupakan nya pun air kalian seseorang suka teman jalan kecil kenapa
terus tuhan yg jam sebelum terlalu cepat jakarta negara pemain bagi inggris selamat sering yaitu
agar lainnya manusia menggunakan tanggal tinggi bahkan begitu dulu terbaik biasa mendapatkan
bagaimana datang ibu merasa rasa uang depan ku maka suatu biasanya pria sekitar sekolah terima
akhirnya antara kedua sakit serta bawah jauh mata the tiga tim apakah buat kerja lihat sayang
seluruh sesuatu tidur allah dimana disini keluarga mencari mudah sejak siap bagus lakukan
melalui penting pergi perusahaan percaya bekerja bola langsung mobil tentu tinggal kepala
mengatakan sebelumnya sehingga digunakan terhadap berhasil laki masyarakat memberikan menurut
pemerintah selain si sistem buku cinta apapun berbagai bermain dekat dilakukan maaf sedikit
bilang hasil pagi situs takut tangan tengah belajar berarti daerah ikut membantu nanti
sebenarnya segera sini tepat terlihat akhir awal butuh kuat lagu pesawat cuma kelas menemukan
sementara terakhir termasuk acara coba perempuan tiba anggota berbeda film kehidupan mu semakin
semuanya video daftar keluar minta nah yah harga nomor ruang sebagian semoga sulit tadi tua
berubah dasar hubungan islam masing menit muda program proses soal ternyata utama al alasan aman
cari jenis jumlah kesempatan kurang makanan mati mencoba mengambil tanah bentuk bila dapatkan
jawa meningkatkan on panjang resmi suara umum desa foto kabupaten mendapat minggu no pendidikan
penuh cerita indah jelas memilih posisi pula warga badan belakang disebut itulah mampu membawa
pak rp satunya berjalan cantik hai hampir hukum juta km menarik menerima menuju menunjukkan
meskipun naik amerika berapa kaki kapan kesehatan muncul negeri pekerjaan presiden pulang
berusaha demi jatuh lewat mempunyai menang mengenai menunggu raja berharap guru memberi mesin
permainan dirimu kehilangan lupa putih surat terdapat ah api asal barang dr ingat lima murah
musim perjalanan sang segala barat batu berikut boleh dirinya empat ilmu jepang kapal keras
khusus namanya nasional selesai silahkan tingkat tubuh warna adanya april bahan data kasus oh
peduli pilihan sana bandung besok diam kekuatan perang polisi sedangkan sumber tau yakin agama
bangun berasal darah dibuat gak jasa jawab kabar kamar media mencapai musik pulau sehat sesuai
to tugas tujuan asli bumi buruk informasi kadang ketua mengalami nilai produk pt tanda wilayah
berhenti berita ekonomi iya kantor kelompok laut maupun meninggal nyaman panas pasangan pesan
pribadi alam aplikasi ayo berat biar in main melawan menulis merah pertandingan pusat rata
senang sepanjang sosial terbaru timur usaha berikan bidang dokter inilah lokasi mengapa nggak of
pertanyaan rasanya sebanyak sma ulang you artinya bank berdasarkan buka hilang kini macam
mengikuti menyebabkan obat tunggu walaupun bisnis dikenal hitam meminta meski minum pasar alat
ayah bertahan bertemu kegiatan kesalahan menjaga oke pantai saling sempurna sisi and arah gambar
gratis kebanyakan kematian la mantan marah pakai sebesar turun udara akun an bangsa bantuan
daripada duduk jaringan mengerti menyenangkan milik perubahan pihak selatan serius wajah web at
bali bergabung berkata by istri katanya keamanan kereta kondisi operasi terkenal utara aktif
apalagi beli berikutnya dimulai kalah keadaan liga memakai membutuhkan model putri rakyat
teknologi terutama umumnya benda berdiri berpikir burung enak hak luas menikah meninggalkan
olahraga pembangunan saudara sebab sejarah selanjutnya sih sukses terkait bawa bebas bernama
cocok dewasa diberikan ditemukan ikan jual ketiga memutuskan online pikiran sebelah tolong usia
ahli berani buah bukti bunga gaya gol gunakan inginkan kenal keren korban memulai partai
perhatian sejumlah siang tenang akibat ambil bahagia bintang daya dianggap jiwa lingkungan lucu
mimpi per politik sm tiap tv agen as bayi game hadiah kartu kira kulit mahasiswa merasakan pilih
pintu pukul rambut berakhir emas gubernur gunung juara karya kisah lahir matahari menghasilkan
motor pasukan penyakit produksi rencana tampil terbuka versi agak agustus aneh baca bergerak
gagal john layanan mengetahui pemimpin pohon seharusnya sempat silakan sungguh surabaya tanya
bantu contoh de kemarin keputusan komputer malah mandi manis me membangun muslim paket rendah ri
serangan terbesar tipe baju bangunan budaya calon gila harapan hebat internet maret membuka
mendukung padahal penelitian sadar sifat teknik terasa universitas awalnya bertanya catatan
demikian hutan sambil sebaiknya senjata terdiri tertentu wisata yakni berbicara caranya
diketahui eh for gedung hewan kemana kemungkinan khawatir mendengar menteri new perasaan pindah
sel titik wakil alami asing bakal balik bicara enam kode kopi korea lanjut membaca mengubah
miliki misalnya mohon my nyata penggunaan pernikahan provinsi sederhana temukan up waktunya
detik gadis hujan kaya kemampuan listrik mari membeli mengirim mirip organisasi otak sepatu
tambahan tampak website biarkan entah gue hotel industri isi kayu kemenangan keuangan love
menyatakan tokoh banget bupati dewa http kawan lantai meraih sepertinya tangga terkadang tiket
total android bukanlah dingin energi grup jalur jarak jarang jawaban kanan karakter kecamatan
kecuali latihan lengkap luka menangis pakaian proyek rahasia semangat setidaknya sungai tahan
taman terbang aja anaknya berlangsung berupa bodoh disana garis habis internasional jaga jahat
kakak kejadian mei membuatmu mencintaimu menyerang pertemuan saatnya sibuk status tindakan toko
tumbuh bandar bapak berwarna city efek fokus hadir ide keduanya kiri kunci langkah laporan
membuatnya penulis piala raya september siswa smp super unit angka begini berkembang diberi
jujur lah lokal menyelesaikan persen peserta tewas tni berbagi bersih gerakan kebijakan kerajaan
komunikasi lembaga menciptakan menyadari pasal perangkat rusak seni setengah asia ayat cahaya
daging dana fungsi halo kalo kendaraan minyak misi sampah sekaligus sesungguhnya supaya tanaman
tentara terlibat udah aksi arti banyaknya biaya dipakai fasilitas ha halaman man memenangkan
menjelaskan menyerah metode modern populer positif ruangan sehari tenaga tertarik unik aceh ayam
batas beda berangkat diambil janji maju mencintai menghadapi mengingat meter paham pantas
pastikan penampilan pengguna publik setuju united ayahnya eropa hp iklan klub komunitas lapangan
lawan malu masjid meja melewati menikmati normal pemenang penduduk perbedaan pikir sahabat
seberapa situasi suami susah umat aturan betapa dah dahulu desain gelar kamera kaum kecepatan
kuliah kursi langit lemah malang menjual pelajaran pemilihan pintar planet sd sikap tamu undang
yesus zaman arab area artis berguna berusia biru bogor dukungan facebook fisik hijau kepercayaan
mahal mas medan mengandung mengeluarkan menolak perkembangan pura selamanya studi terluka tuan
wajib abu berharga berhubungan betul dibandingkan diterima do gigi ikuti kampus khas kim konsep
kualitas kucing layak lee membayar memperoleh mengalahkan mulut pelatih remaja ribu semarang
stasiun tujuh urusan bandara bekas berbuat beri cm dikatakan dimiliki download fakta ga gereja
jadwal komisi live melanjutkan membunuh penerbangan pengetahuan peran peraturan sia sisa takkan
target teh tulisan upaya angin bakar benci berdua berlaku bingung dijadikan dinding es hanyalah
it jerman kesulitan lepas makin mengenal miliar militer pendek petugas putra ratu rusia situ
tips ukuran aktivitas anti apabila bangga beruntung daun engkau ganti ibunya ii kalinya
kebutuhan lampu lomba lulus memasuki minuman pemuda tergantung tersedia with yogyakarta
berbahaya dibuka dilihat generasi info ma melindungi memahami mengaku menghabiskan menyebut
parah pengembangan perintah perut sebut siapapun standar telepon tertawa tulang ujian ujung
apaan bayar bertanggung buang bus cek cita digital dll drama fitur go harusnya hmm istilah
jantung kok kosong lahan lelah manajemen memakan memungkinkan menjadikan mm palsu pas pekan
peristiwa perjuangan puncak real semacam singkat tekanan terimakasih tradisional umur untukmu
adik alih all doa dpr hidupnya is kirim kompetisi memainkan memegang mengembangkan menjalankan
menyimpan menyukai padamu pemerintahan pengalaman periode pesta saluran sengaja wib anjing
artikel berjuang besi bu china dalamnya diatas direktur hi jari kerusakan liburan mama
memikirkan mempertahankan menguasai menjawab mesti musuh non pabrik pacar pajak papua poin
profesional sayangnya sekedar sore suku tahap tas tata turut ahmad babak belanda berfungsi
berlebihan cerdas ciri dibawah dki dprd huruf india judul katakan klik laga makhluk melayani
membentuk menentukan mengatur miss pangeran pembuatan penasaran promo sendirian serikat sobat
suci sudut teori tinggalkan ulama york ataupun berisi bikin david dibawa diriku justru
kecelakaan kekurangan kimia kotak latar maksud maksudnya melakukannya memastikan memimpin nabi
pemilik pengadilan perdagangan permintaan putus ribuan segalanya sepuluh tutup usah album amat
asam bau bertambah da dewan harap hubungi juli kawasan kebiasaan kue memenuhi mengurangi
menjalani menyediakan nasi pekerja pengusaha san sedih sepak solusi abad akses antar band
berkualitas bersifat dijual diperlukan dosa google jembatan jenderal kategori khususnya lari
lubang menderita menganggap nak oktober pos ragu rapat rasakan rekan santai se seri terbatas
virus walau adil be bekasi cina dengar dibangun final gas hasilnya hidupmu istirahat kebaikan
kertas makassar menampilkan mengadakan menginginkan menutup narkoba ok pendukung penyebab
perlindungan radio saham seks seminggu sinyal solo tema tertinggi time cenderung delapan
desember didalam dipilih era faktor gampang gelap kuda lelaki line link lintas memperbaiki
menahan meningkat menyesal ni pahlawan peralatan peringatan sosok terbukti terletak wa agung
bulu harta januari konser lancar lembut lolos melainkan menawarkan merusak mi murid padang
pasang pasien pelayanan pengaruh penjualan ponsel ratusan ringan samping sebentar sejauh sembuh
sepenuhnya siapkan single so surga susu tanggung via dikirim ditangkap februari imam istana
istimewa jin juni ketemu lumayan menceritakan menempatkan mengganggu mundur pandangan pejabat
penghargaan puas setahun sms telur tepatnya angkasa angkat berbasis berdoa bos bukannya bunuh
dosen gangguan gua kalangan keinginan kejahatan kena kepadanya keuntungan koleksi memasang
mengumpulkan michael muhammad na ngomong perjanjian permukaan peter puluh sabar salam syarat
tersenyum berkat bin binatang celana diduga dokumen hatiku hey izin james kontrak layar one
pendapat pertumbuhan polri sarapan tampaknya tes tukang unsur wah ajang baiknya beban cabang
cewek dibanding disebabkan dong hamil hukuman jokowi jurusan kenyataan ketahui kuno lebar madrid
mandiri mempelajari mendengarkan mengakui menghubungi mengirimkan min modal muka news pasir
pemilu perhatikan petani prestasi saran sejati seolah sepeda setia suasana tambah tersangka top
transportasi berbentuk bermanfaat diantara dilaksanakan dipercaya ji ka kampanye karna kebenaran
keberadaan kementerian materi melepaskan member mencetak mendorong mengangkat menghancurkan
menghargai mengunjungi menonton peningkatan penumpang percayalah pertanian pertempuran prajurit
rekaman roh sebaliknya sekitarnya skor staf tu utk van youtube anggap bahaya beliau bertindak
cobalah efektif fakultas global guna hakim istrinya italia jumat kanker lambat matanya medis
membuktikan pelaku penjara petunjuk prinsip promosi roti sapi singapura spanyol terbuat wali
aliran angkatan berkaitan bohong budak diluar dinas format golongan haji iman kampung kekerasan
kekuasaan keluarganya korupsi master melupakan membuatku memerlukan menghilangkan mengungkapkan
menyebutkan november pariwisata pelatihan peringkat pernyataan peta pimpinan red rupanya sabtu
sanggup sebagaimana senin spesial tarik terlebih vs admin ancaman bersikap buatan deh dibutuhkan
diikuti email emosi heran intinya kang kapten kontak london manchester melibatkan mengajar
menilai nih off panggilan pedagang pertahanan pola putaran restoran saksi sarana setan setempat
smk temannya terserah wow young alamat atap australia best buru butuhkan danau hangat ibadah
jelek kasar kecewa ki lu melahirkan negatif objek padanya park pegawai pelajar pelanggan
pembunuhan pertunjukan raksasa sektor sinar tangerang terang terpilih wajar alasannya berhak day
fase games harry ialah investasi jawabannya jaya kebetulan keseluruhan kuning malaikat mencegah
menghindari menyelamatkan mr nenek perlahan seksi seputar suhu tangannya terkena akal aslinya
batang berhati berpartisipasi bom bosan disebutkan ditulis ditutup full harganya identitas kaca
keberhasilan kg kitab maha menangani menangkap miskin mulia panggil pemikiran pengertian
penonton perguruan potensi truk tulis usai arus bencana berumur bukit ditetapkan gula iii
individu jabatan kalimat kamis kekalahan kesuksesan keterangan lampung lapar lupakan makna massa
mengenakan mengisi more papa republik riau roda rt rumahnya sembilan sesama suruh team televisi
terjun tubuhnya twitter uji we belanja bocah contohnya diantaranya gimana instagram jaman kacang
kenangan keturunan makanya masalahnya melaksanakan melarikan menyakiti merek minat pensiun pulsa
ramah sekalian seru terpisah yo ad belas bersamaan black coklat cuaca damai dampak departemen
depok enggak event group han kelapa kepentingan kepolisian kering komponen kontrol kreatif laba
level liar matematika melaporkan membersihkan menambah mengajukan menimbulkan nasib novel
orangnya papan peluang puluhan rangka referensi set suaminya terbiasa transfer upacara windows
ampun anggaran barcelona berlalu bro budi dengannya diharapkan ditambah favorit gaji gempa
harinya hatinya hidupku kala kebun kesepakatan lapisan malaysia manajer maya mengucapkan
menjelang menuntut menyebar menyerahkan nampak nikmati otomatis pencarian perdana perilaku
persiapan rabu risiko selasa serupa us world alias bunda dgn dikeluarkan diminta diskon free
gara jadikan jendela kebakaran kebebasan kedalam keempat lukisan meliputi menghentikan mental
merdeka merokok padat paris pastinya patah penggemar perbuatan pro reaksi review rilis seiring
sidang sipil struktur tantangan terdengar tertulis tetangga tol tunggal ali analisis banjir
berperan bertugas beserta bonus cetak diciptakan didukung dilengkapi ditentukan duluan gelombang
gerbang gitu hancur impian jl kabel kaos kelahiran keselamatan keyakinan komandan kunjungi
manfaat menambahkan mendekati mengakibatkan merubah museum nantinya or pelaksanaan pendaftaran
pp roma rupiah teks terlambat babi beragam ceritanya detail dibilang dinilai hiburan inti jutaan
kemerdekaan kolam mengatasi mengejar mengharapkan niat order out panggung penjaga perwakilan
relatif samsung saudi sekian simbol strategi sub tempatnya tersisa tertutup tour update am bakat
bbm beasiswa bersamamu cedera dewi dilarang jack jadilah kak karyawan kecantikan kegagalan
kekayaan kelak kelebihan kelihatan kesini konflik kredit memasukkan memeriksa memproduksi
mengalir menghapus motivasi neraka nusantara open pandang pelan pembuat pendapatan penyanyi
perahu pikirkan potongan rokok seekor simak tayang terpaksa tradisi ucapan ular zat balas
bangkit ben berencana bersyukur campuran cerah demokrat diadakan dimainkan dirilis disertai
dolar episode good hah henry iphone isu jerawat jung kabur kpu lho lurus maksimal membiarkan
menara menengah mengembalikan menurunkan murni pandai paul pembayaran perawatan plus post
sasaran sekalipun teknis timnas tipis ac adam atlet ban bayangkan big blok demokrasi derajat
dibunuh dicari diet dihasilkan dikarenakan dikembangkan dipanggil elektronik festival george
halus hong kalimantan kebahagiaan kepulauan kerjasama markas masakan membahas mengakhiri
menghilang menjauh menyakitkan milan mini minimal nonton po seandainya sekretaris seksual
sulawesi tali terhubung tiada triliun tumbuhan uu yahudi zona administrasi basah berkas bertahun
boy bung dibaca dirumah fc forum honda ilmiah ilmuwan israel kain kehormatan kendali ketakutan
klasik komentar kotor memaksa memanfaatkan mengajarkan mengganti mengingatkan menyentuh natal
operator orangtua patut perpustakaan pilkada profesor rangkaian resiko rute sebaik sebulan segar
selengkapnya senyum stres swasta system thailand wajahnya wawancara ajaran alternatif anggur
aspek bibir bijak boneka chelsea dada dapur dendam diatur dibagi dibantu dini diperkirakan
elemen fisika gitar gudang hamba harian ho kapasitas kelurahan ketat kolonel lunak maafkan
majalah mall membuang menetapkan mengerjakan menggunakannya momen olah palembang paru pelabuhan
peneliti potong robot semesta show stabil tembok terjadinya tersebar walikota afrika ala baby
bar bawang bergantung berpengaruh bersatu buta ekor jangka kandang kedatangan kristus
menyaksikan mewah mil parkir pemandangan pemberian pemeriksaan penjelasan perbaikan power
psikologi sebutan seleksi sopan spesifikasi tdk this tom trik yuk antaranya baja bakteri banten
bendera bersedia botol cowok darat dasarnya diganti dirancang el file guys harapkan hatimu he id
jaket joko jumpa keluhan kristen kunjungan kursus legenda like lo mainan melihatnya
memperkenalkan menutupi menyampaikan mesir mewakili ny patung pembelian pengganti pengobatan
pengurus prancis rekor rumit sayap senior seribu sesi simpan sir smartphone sumpah survei tarif
telinga tenggara that topik urutan wartawan your abadi adat agus berdarah berenang berjudul
bersalah blog bukankah center cirebon galaxy ganda goreng hadapi hobi jalanan jalannya kumpulan
laptop logam max melanggar memanggil mempengaruhi menatap menemui mengendalikan nada pasca
pengunjung perbatasan protein respon riset rupa sam seakan sepakbola sial siaran terpenting
tiongkok university yu bab bagiku bahas balapan batik berkumpul berlari biji buruh dinyatakan
frank gejala gembira hubungannya inspirasi jogja kasihan keadilan kehadiran kekasih kepadamu
koran krim lemak lengan lirik mahkota masak mayoritas melebihi memandang memasak memperhatikan
mengarah naga repot rindu sampaikan seo service shalat terdekat ton aktor apartemen batam
belakangan berawal bercanda box denganmu dibayar digelar disitu ditahan garam green gw isinya
kambing karir kebudayaan kemajuan ketinggalan kinerja lulusan make mark mbak membenci menolong
menyiapkan mode nikmat payah pembukaan pilot play romantis satuan sholat stop tahunan tambang
tercatat tk untung utamanya akibatnya alhamdulillah apple asuransi berbohong berfikir berjanji
berukuran bursa cincin darurat diangkat hitungan home https interaksi kandungan karet kejutan
kepemimpinan konsentrasi lamanya lanjutkan liverpool melangkah membalas men menggambarkan mobile
not otot pangan pelindung peluru pengacara pengumuman perekonomian polda pondok produsen rela
satelit signifikan song stadion tanyakan tegas tombol asa beroperasi berulang cairan campur
dimakan dimensi dulunya erat fashion gemuk halal hot ikatan janganlah kebohongan klaim klien
konsumsi kpk libur lingkaran logo lombok malas mary membela mempersiapkan mencakup menghitung
nakal night padaku pecah pegunungan pelanggaran pendeta pengawasan perayaan percobaan pers
perumahan pokok pusing rumput rutin sekelompok seragam serang sun tahanan terbakar thomas turki
ucapkan un awak badai bang beras bercinta bertujuan cadangan champions cokelat daniel debut
diakses diakui didirikan diperoleh gajah gerak halnya international karang keberuntungan
keindahan ketinggian king konstruksi les mengumumkan mengundang mustahil natural nu nuklir
pameran pembelajaran pendekatan penerimaan penurunan perak persahabatan persis pisang pramuka
prof sah sari setara sinetron skala soo tampan tebak tenggelam terkejut tetaplah waspada what
adegan anime baginya basket berganti berkurang berlanjut bersaing hantu jan kerap konten kotoran
kuil mampir maria material menanyakan menu menyembunyikan metro mitra nafsu payudara penutup
pergerakan pertarungan sewaktu singa spesies strategis ta terdaftar undangan akar are aset
bagaimanapun baris bermasalah berniat bioskop candi cat charles definisi dibeli diproduksi
disimpan diterjemahkan edisi fenomena ham hidung infeksi jejak ketimbang kompleks kong konsumen
laboratorium leo lowongan madu medali memperkuat mencuri mengajak menggantikan menghormati
merebut ngga now nyawa pedang penyimpanan perencanaan pop properti rock sebabnya selagi semenjak
seumur tabel tajam terbentuk teroris toyota varian yunani bapa berlatih berpura bersenjata
bertaruh berteman chan cintai club diinginkan dilahirkan diselenggarakan ditampilkan ditempat
divisi down hendak ibnu internal jati kaisar kayak kelemahan kembar kerjakan kesana kesepian
konfirmasi kritik letnan mendirikan mengancam mengurus meyakinkan monster nafas okay olimpiade
pembentukan penguasa perdamaian permasalahan robert rs semalam semula serba sri sunda tahukah
tanjung tawaran tepi tergolong tersendiri tidaklah transaksi tuanya turnamen unggul yes anna
asisten awas ayu back bedanya benteng bunyi citra ditandai dugaan gagasan garuda jepara jones
just kaget kesal ketentuan kewajiban langka league lemari liat manado mematikan memecahkan
menekan mengeluh menurun merawat merayakan microsoft organ original pc periksa pipa pokoknya
puisi ramai ray sebagainya semi sensitif share soalnya st susunan tentunya terjaga widodo akrab
alex alkohol amal asian awan baku bercerita bermimpi bill cd depannya dilanjutkan disiplin
dompet infrastruktur ingatlah keju kenyataannya kevin kilometer kombinasi komitmen list loh
memberitahu memindahkan memotong mencatat mendadak menegaskan menerus menghadiri menghubungkan
menyalahkan pakar pan panitia pegang pejuang pembagian pembicaraan penemuan pengiriman perancis
permanen pesantren punggung sejenis serangga server sim sukai sumatera suriah tan tari temui
terjatuh terjebak volume amin astaga begitulah bima bulat darinya dialami disaat ditempatkan
ditolak golkar gunanya haram idola item junior kai kantong karakteristik komik kuasa manapun
membakar memori mendarat menikahi menyebutnya pekanbaru pelajari penis permen point profil
prosedur racun renang riwayat sa saraf see seharian sepakat soekarno tuh untukku adapun arsenal
baiklah bayern bela chris dimasukkan ditinggalkan dna fans ideal ilegal joe keahlian keberanian
kedepan kerjanya krisis kuliner lady leher letak makam masker melepas membedakan menyambut
menyembuhkan merencanakan merilis mie mineral moral paus pbb pemakaman pembunuh penerima
pengelolaan permisi pns puasa ra ritual secepatnya semester sisanya social sport terkesan
terminal unggulan whatsapp won ajak alumni ba berpisah bertarung bye cemas check cuci dibentuk
dihukum diisi dijamin dijelaskan dimengerti diskusi ditujukan domba flash gambaran grand hadapan
hello herbal high hyun jo kakek kejar kenaikan kesenangan khan konsisten kontroversi kuota
lanjutan ledakan mayor melatih memohon mempertimbangkan menakjubkan mengecewakan mengklaim
merekam merindukan misteri muntah pake part pengakuan pidato pisau profesi salahnya segi sejenak
semen sex suaranya tadinya takdir tangguh tangkap tarian terlepas utang way woo apel asap
beralih berputar besarnya bijaksana buatlah cover dibalik dipasang formasi gabungan gawang hatta
have hindari indo induk ingatan jaminan jurnal kacamata kacau kepalanya klasemen laku lautan
life martin matamu memerintahkan memperlihatkan mengawasi mengejutkan mengelola menyarankan
motif naskah nol nusa panik pelayan pemegang plastik platform polres populasi sastra senapan
sesaat sesudah story su syariah toilet ulasan variasi visual will william wisatawan arena
atasnya bener berbahasa beres berkuasa berpendapat bersiap bersinar billy blue brasil cup debu
dimanapun dipandang dipenuhi diselesaikan ditambahkan dok drive emang formal from gelandang
gelas hee hidangan hormon insiden iv jagung kedokteran kelima koin kongres kudus li meksiko
meluncurkan membagi memesan memicu mendapatkannya menerapkan mike miliknya oksigen pembantu
pemilih pengantin penghasilan penyelidikan peradaban perkara pinjaman protokol pujian puteri
rajin rencananya seminar senyawa sewa siapakah sony star sudahlah tahunnya tebal tekan tembak
terbanyak terbit tertinggal texas tuntutan villa white wujud yoo ampuh apanya banyuwangi baterai
belah ber berkah bermakna biro call depresi design diajak dikelola dipimpin disamping ditanya
diubah don god happy hm juventus kabarnya kapanpun keliling kepribadian kubu kurikulum lidah
long majelis matang membicarakan memisahkan menembus mengabaikan menunjukan menyewa menyusun
muhammadiyah pagar palestina pengawas penjual pesanan petualangan premium protes richard rugi rw
scott sepi special spesifik tanggapan temanmu test tiang tikus tur ui ungkap untungnya was
washington barusan beristirahat berupaya bukunya cemburu dipengaruhi diterapkan ed ekspor
entahlah girl handphone house iblis impor indra jae jamur kajian kesadaran konferensi kritis
kurangnya makasih maskapai melarang meng menghadap menjabat menyayangimu mewujudkan multi
organik over pengen penilaian penulisan pertanyaannya pink praktik premier radikal read rekening
rio sandi sebutkan sendirinya seniman sepasang seringkali simon sultan surya swt tembakan timbul
tugasnya warisan yayasan yi aduh andai angkutan bagimu batuk bebek bek beredar berperang
berpindah bervariasi bumbu bumn didapat dipaksa disajikan ditembak ditemui frekuensi garut gold
jambi jelaskan kadar kediri kehabisan kepadaku kompas kualifikasi lezat lipat los mainkan mayat
membahayakan mengenali menggelar menghibur menjamin mitos mom mula obatan paksa pancasila
penanganan pentingnya percakapan perhitungan perkiraan persetujuan pertengahan piring prabowo
putrinya rantai sampel sayur sekadar serial steve street tampilan telat tokyo vietnam abdul ai
akuntansi bambang berhadapan berinteraksi berminat bernilai can cc dance dilaporkan diluncurkan
dimanfaatkan disukai faktanya fraksi jadinya karawang kasur keajaiban kejam kesatuan
kesejahteraan konyol kupu label larangan mekanisme menakutkan menjalin menyebarkan napas nelayan
nyaris official patrick pembeli pemesanan penderitaan penyelenggaraan perkataan pertamanya
resolusi ryan sesekali shin sihir simple statistik taruhan terancam terapi terikat tony adakah
akademik berantakan berkali berkarya berkomunikasi bersamanya blackberry bo buktikan busana
cacat dikenakan diperbolehkan fifa filipina gay giliran hemat jet kelamin kembang kemudahan kh
ktp larut lihatlah manual melengkapi meletakkan membosankan mempercayai memuat menandatangani
menari menentang menguntungkan menyuruh mulailah om penari penderita pengorbanan peperangan
primer rapi resep rombongan sarah selera seterusnya studio syukur tabung tempo ternak wang
adiknya bambu bayangan berkunjung bersemangat bob cair cermin cintaku dangdut dipastikan domain
dpd duta ekspresi eun federal hehe hijab jantan kab kakinya kejuaraan kendala kentang ko kru le
logika lord melintasi membayangkan mempromosikan memuaskan memutar menaruh menempati misterius
mo musisi nan net ngobrol pa pacarnya padi pengaturan persyaratan petir project ras rumus
sarankan senilai sombong support tank telpon terakhirnya tersembunyi tingginya tujuannya tunai
vitamin voucher wifi yusuf animasi arthur bagaikan balai bi california channel cpns darimu demam
didepan dimaksud dimaksudkan dinamakan diyakini dollar first food futsal gede helikopter hormat
hr ijin iran jersey jumlahnya juru kandung karenanya keperluan koneksi kontes lembah lokasinya
madura mak mataku mbah meledak membawanya memuji menembak mengontrol meninggalkanmu menyerap
nokia note pecinta pekerjaannya pemakaian pemberontak penambahan perbandingan perihal pertanda
pks rose sains seharga sempit sepupu siklus singapore store style tbk temen terkini tertidur
topi alkitab andi asyik bak bella bentuknya beragama besaran busuk chat daratan dihentikan
dijaga dijalankan diperiksa disampaikan diserang ditarik duit habiskan human ios jackson jaksa
juri kandidat louis lumpur maluku masukan mawar memaafkan membawakan menandakan mencuci mendalam
mengerikan menggoda mengira mengusir music nikah nomer operasional penangkapan pengambilan
pengikut penglihatan performa persoalan pertamina pin rasul re roy salju sarang sawah sayuran
sidoarjo terbangun th tindak tongkat tuduhan ubah uni untuknya utuh wahai ahok asalnya bacaan
balikpapan berjarak bernyanyi carilah chen denpasar dialah dibuang diraih distribusi diumumkan
enggan fi hei idol indeks inovasi kalender kebencian kelaparan kemanusiaan kencing kerugian
keterampilan kiamat kriteria landasan layaknya login macet membaik membebaskan membelinya
menempuh mengikat menunjuk menyusul ms nampaknya only otomotif pacaran password peluncuran
pemahaman pemasaran penyebaran perkebunan peternakan pidana praktis prediksi putar revolusi
sarjana sawit say seberang sensor series sh sk stress sukabumi suzuki take tebing teguh terbagi
terbunuh terganggu tren tri umpan ungu waktumu walter yoon abang adu angel arsitektur atm audio
bagai bareng bedah belahan bengkulu berburu berujung buaya buddha but card database diawali
dicapai dihapus dikerjakan dilakukannya disediakan diundang evaluasi formula fotografi gadget
hutang inci iri jeruk jessica jun kader kamp kanada keluarkan kematiannya kencang kesabaran kian
kolom komposisi konon kontribusi kostum kriminal kuningan lantas lega masukkan memukul
mencintainya mendatang mendesak menemani menenangkan mengidentifikasi monyet munculnya nur oppa
pd pembaca perlawanan persatuan pertolongan pil posting quran raga teluk terduga terinfeksi
terpercaya tiens type umar ahh akbar alan argentina arsip atur bajak bangsawan bantal barisan
bertentangan celah ceo co demo didapatkan dihancurkan dihitung direncanakan edward emosional
esok gugur gurun hajar hitung hiu imbang kedamaian kesedihan kesetiaan ketahuan koperasi kurus
lab last memancing membatasi mengundurkan menjadikannya menjatuhkan menunda menyedihkan mingguan
palu pembalap penawaran pengamat pengendalian penipuan perbaiki persib personil pikirannya
please pln rambutnya semudah setinggi sifatnya siswi streaming sung syuting tama telanjang
temanku tempur teratur tercapai tercinta terlahir topeng tulus tunjukkan vegas wadah well armada
asean bad balap barunya bensin bepergian berlokasi betina brian chicago cipta del dicoba
dikabarkan diperbaiki diturunkan diukur dusun gelisah helm institusi inter iso keberatan
keseimbangan keunggulan kirimkan little makanannya mantap menetap menggabungkan menyala
menyetujui merindukanmu mulus mulutnya musa mutiara pangkalan perkawinan perlengkapan persaingan
perwira politisi rasulullah ratus sanksi saudaranya sejahtera serat sopir start taylor tercipta
text toh travel yaa awet berhentilah berjumlah berkisar berlayar berteriak brand carl ciuman
cucu dakwah dibelakang dilalui dilindungi dipindahkan dipotong euro fotonya gen gi hallo horor
hyung iklim intelijen ip jang kanak kebanggaan kemiskinan kepemilikan konsultasi konteks
koordinasi lagunya latin lilin may membatalkan memberinya memeluk menggali mengobati menguji
menuliskan menyanyi menyebalkan menyerupai nam namamu naruto nick panel penampilannya pencipta
pendiri penghuni penyerang perawan perawat permata persegi pertimbangan posisinya postingan
prioritas ps ramalan ring sate seratus setelahnya siti solusinya tercepat terinspirasi terkemuka
trans visi wahana warung yan airnya akui alur andrew art asalkan bahu basis boss bpk cs dagang
datar dialog dibahas double egois eksekutif eric fa firman get janda jim jong kamus kenyamanan
koalisi mega melihatmu menantang mengamati menurutku omong pembuka pencapaian perpisahan
pertukaran pingsan porno sangatlah sctv sekutu sman subjek termurah timnya victor victoria
virtual wasit xl agresif ajaib akurat andy bakalan bangkok batin bersahabat berterima covid
dibicarakan diucapkan etika family gang hasan head ibukota ikon jarum jatim jember jus kecilnya
kehendak kura ladang lambung lebaran lengkapnya lisensi masuknya mataram mengarahkan menghalangi
merancang otoritas panen pedas pembawa perairan perhiasan portal radiasi rancangan samarinda
santri saw season selaku semata sen serangkaian serigala study subur sumur sup tagihan tingkah
tong who yamaha yoga acak adi agenda alun ana anggotanya anugerah aroma asrama bb bergaul
berisik bermaksud bimbingan biologi bisakah bruce cacing cha choi cream cuti didasarkan diingat
dikalahkan distrik ditengah durian great hambatan investor jalankan jangkauan jodoh jualan
kartun katolik kedepannya ken klinik komersial kristal mario memelihara memperluas mendatangkan
menekankan mengacu menipu nyenyak office pahami panah penetapan perbankan pesat photo pinggir
pon pr produktif rahmat ramadhan reading reformasi roger saus seluruhnya semifinal taksi tamat
terbalik transisi uangnya upload wahyu wangi west action audisi banda bekerjasama bermula
bersaudara bersihkan body chi chip cium curiga datangnya dengarkan dikembalikan dipikirkan fitri
ganggu ginjal gus harimau heart hehehe ibuku ikhlas jajaran joo joon jose kagak kagum kah kawin
kencan kerana kuku lensa letaknya lisa maksimum memerintah menampung mengamankan mengukur
menjanjikan menyakitimu menyanyikan menyatukan meyakini mudahan mui next pakistan pantat partner
pembinaan penerapan pengolahan penjahat perduli permohonan persediaan pertambangan polos pra
prima queen rekomendasi rincian ronaldo santa sarung selesaikan sembarangan skuat stand tabungan
tae taktik te teater teringat terjangkau terowongan transmisi asosiasi atasi badannya bakso
balasan bayaran benarkah berdaya berpengalaman berpotensi bis buktinya car deskripsi destinasi
dg dibakar dibesarkan dicintai diizinkan dikelilingi diserahkan ditunjukkan dvd fajar filmnya
geng gravitasi idul instan instruksi instrumen ir jane jenjang jilbab kakaknya kerjaan kesamaan
kesan komite kudeta laser light mac mahir mars melampaui memilikinya mendaftar menduga mengakses
mengandalkan mengawali menghidupkan menunggumu menyelenggarakan menyimpulkan nyatanya ongkir
oscar paman panglima penalti pengamatan pengembang perikanan permulaan player popularitas ram
rasio relawan reputasi revisi sangka segmen seluas sok sriwijaya survey sutradara tai tegal
terjemahan terungkap tingkatan tommy trauma tukar ungkapan usahakan vi aji app ari au banding
bangka buahnya care curang dipahami dipecat dipertahankan dipisahkan dirasakan disusun
diterbitkan dominan dragon dwi end faham flu gan girls how jalani jason kafir kecerdasan
kedalaman komando kunjung lepaskan luis madiun mail massal melukai menanti mencium menduduki
meneruskan mengatasinya motogp nasihat nina ohh oknum pembuangan pengeluaran pengujian personel
potensial ragam ranjang sampe school senantiasa sertifikat skema slot smith software swiss tag
tanganku tawar terwujud ugm ye aktris ane aneka banjarmasin berbunyi berdampak berkendara cafe
control dekade diabetes didalamnya dikunjungi diuji diungkapkan gong hikmah identik insya intel
justin kayaknya kelinci keluaran kemampuannya kerabat keraguan ketenangan kuburan lewatkan
limbah lin lindungi mal melukis membangkitkan memberimu meminum menawan mendeteksi menggambar
menginap menonjol mentah menyingkirkan meriah napoli nasa otaknya paruh pasangannya payung
pemanasan pencuri pencurian penyerangan pergantian persamaan pesisir pki potter pukulan putusan
rezeki right rumor sejalan sekolahnya serahkan tahapan tambahkan tante telkom tenggorokan
tentukan tertua ukm usul wall water wong wu akhirat ambon angeles aparat bata bca benua bereaksi
berlin bobby canggih capek dicetak diperintahkan disekitar ditunggu domestik drastis eksklusif
elang elizabeth fu gendut genetik hard if indahnya independen izinkan jamin karier kelelahan
keringat know kontra lalat las melompat menanggapi mendatangi menebak mengelilingi mengizinkan
menyajikan menyesuaikan opini os paha panduan pemprov pencegahan penyelesaian perisai persero
personal piano pizza pulih qs ria roket sabun sambutan sara segitiga semasa semestinya
sertifikasi skenario spiritual tanam tawarkan telekomunikasi tendangan thanks udang about
aktivis alergi apresiasi ar atom balon batasan beriman berkeliling bertahap bertempur bertengkar
beruang berwenang bubuk charlie class detektif diajukan didunia dikendalikan dikonfirmasi
dikuasai dilatih dipegang diragukan diselamatkan disetujui disuruh ditingkatkan duo efisien
eksekusi fikir galaksi golf gram guy hatilah hd hero hye jay julia kabinet kaku kalahkan keliru
kerumah kolaborasi komisaris lembaran mangga memberitahukan memperlakukan mengendarai menurutmu
metal muatan nice obrolan pacarmu page pahit pelangi pemainnya pemeran pencari penyebabnya
penyelenggara perlombaan poster registrasi rektor rempah rezim robin romawi sadari said satupun
search sensasi seoul serentak smart sp suamiku tangki teliti tempe tepung terburuk terorisme
timor trump tulisannya usahanya usianya vaksin wabah xi yaman account auto benih berkala
bertanding betah bocor buatmu business cctv dahsyat dek deklarasi dian dibatalkan dibebaskan
dihadiri dikaitkan ditawarkan ditempuh dj dorong eksperimen error gantung gizi goa gordon grafis
grosir habib hentikan hut ikutan irak isis jago jemput jenuh johnny kartini kerajinan kerangka
konvensi lembar lg low manfaatkan mantra melaju mendekat mengantarkan menghambat menyapa
menyelidiki modifikasi moon myanmar nutrisi nyeri pahala partisipasi paskah pembakaran
pemeliharaan pengajaran perasaanmu perolehan phone pm praktek pssi purwakarta puskesmas rentan
rudal sakitnya salinan secepat sekuat selimut semut separuh soeharto sponsor stan stok sudirman
teratas terburu tergabung teriak teror tersimpan tertangkap tragedi wajahmu when yatim alarm
asin bandingkan bel belgia berdekatan bergaya berkelanjutan berlibur berpakaian bersejarah book
brown bubur bulanan cakap com cuman dicatat diego dihadapi dipergunakan diperkenalkan dirawat
ditugaskan ditunjuk duri ex fox hapus hilangnya ice ilustrasi injil investigasi jayapura
kamarnya kesimpulan kk komoditas lebah meluncur memperpanjang memudahkan mencobanya mendaki
menghina mengulang menyayangi merk mestinya mood netizen netral ninja norma nyamuk peliharaan
pemandu pemberontakan pembesar pendirian penembakan pesona pontianak reguler reza sahabatnya
saking sedap sekejap seketika skripsi sleman spesialis tanpamu teknisi terdakwa terendah
tertekan turunkan ujungnya usulan wayne why yeon abbas abi akademi alice asmara aula bangku
barangsiapa beauty belakangnya bell benang berbalik bersabar bir buruknya central cia debat
depanmu dihargai dipelajari diperhatikan disambut dream drs duka editor en face fantastis gelang
hawa intelektual iwan ja jas jenazah jon karno kawat kebersamaan kebumen kemauan kemeja
kesayangan kurun lalui lempar lewati lurah lutut magnet malik maut mba melewatkan membantunya
memperjuangkan menanam mencerminkan menyangka menyukaimu miller murahan never old optimis
partikel paspor pelaksana pelukan pemkab pendamping pengemudi peranan persiapkan peti pita
profile public rok roll sedikitpun shop sing spongebob sweet taat taiwan tegang telkomsel
tembaga tertipu tp utusan wacana wan watch andalan aw away barangkali bertempat boston ciptakan
diajarkan dibatasi diklaim dinikmati dorongan farmasi garansi genre haha hindu huh hulu karangan
kecanduan kedudukan kegelapan kemarahan kepastian kesenian klan layang liter madrasah mah
manager melacak mengalihkan mengetahuinya meniru merugikan miring musibah noah obatnya osis
pangkat panti pembersihan pemulihan pengantar peninggalan penolakan perpanjangan pertimbangkan
pilar plat port proposal purnama rawa rcti sabuk salib sela selamatkan seluler semak serie solid
tayangan tegak terlarang tolol trims vincent yong anakku anggun bara base beracun berbakat
berbisnis bercerai berdosa berduka bersangkutan bmw ca cerpen deras dibiarkan diceritakan doktor
dongeng dp dpp ekstra finansial gading gambarnya ganja gary gaun gresik gugatan hadits haus
hijrah ingatkan ipa jean jendral jerry kec kehancuran keluarnya keyboard kiriman konsultan
kulkas laju lambang mabuk macan memalukan membacanya membandingkan memperingati menghadirkan
menurutnya milikmu mobilnya muslimah negosiasi pasokan pdi pemadam pembuluh pemburu pengenalan
penyesalan perlakuan poker polsek pupuk rak ramuan realitas ruas sahabatku self senator sentuhan
siaga sumbangan tablet terjual terkuat terlupakan ti titan tombak tunduk umurnya usus view
agency basuki beratnya berbau berlawanan bernafas bersembunyi berturut blitar botak cap ceria
chapter clark come den diakhiri diartikan disarankan ditangani dituduh dosis gb gerindra gp gps
gunawan hahaha hiasan hits hollywood ian ibrahim image java jazz jimmy kado karyanya kekacauan
kepuasan kiai kondisinya legal lembab mafia menaiki mencarinya mencintaiku mendidik meneliti
mengantar mengenang meremehkan messi parfum pasaran penjuru pernahkah pertahankan pre presentasi
purwokerto relasi rem rentang ribet road rohani ron rossi sakti sentuh singkatan stadium staff
syiah temuan tenda ternama theater warnanya ace aktifitas akut apalah army arsitek asuhan bakti
basi beneran beraksi berkontribusi berpaling bubar bungkus ciptaan dara dc dijumpai disesuaikan
ditakdirkan driver edit eks evan fair gairah grafik halim heh hope howard ideologi ikat iq jurus
kabin kasino keberadaannya keesokan kekuatannya kelihatannya konsekuensi ksatria kuncinya
kutipan ladies laura lion mahluk marinir melanda melekat melelahkan memaksakan mempercepat
menanggung menelan mengorbankan menguatkan meriam mk morgan morning mutlak parlemen pdip
pegangan pemula pengamanan pengangguran pengawal pengelola pengukuran pengungsi penyihir
perasaanku pernikahannya plan rachel radar raih sendok sofa soviet steven stock stone subuh
terhitung tidurnya tionghoa toleransi tuhanku ulah valencia yeah ade aib alas alien aura
berlebih berpikiran bp bpjs buahan case death diabaikan diana diletakkan ditonton ditunda drum
dukun dukung ekspedisi etnis fast form gatot gini gun gurunya hektar here jateng jurnalis
kalsium karbon karunia keagamaan keatas kedai kedutaan kiper klip lakukanlah laman lestari lisan
market masalahmu matt melayu membesarkan membuktikannya memperkirakan memulihkan menaikkan
mencabut menempel merujuk movie mpr muak mual mulanya patroli pekalongan pelantikan pengendara
peninggi peri perjalanannya pilihlah pistol plaza pompa problem putera putranya putuskan
regional rekayasa room royal sebatas sekeliling selam sepele sialan sinilah supir tengok terry
tersinggung trade trus tsunami wei wi yuri ajar albert anne arif batuan berbelanja berjumpa
berlian beton bio cabai cape carter cut dataran dibuktikan didominasi dikasih dipenjara diputar
ftv ganteng gatal genggam gerai gerhana grace identifikasi imut indosiar insinyur jabar jitu ju
judi kalori kate kebangkitan kedelai kehamilan kejujuran kelamaan kembalikan kesakitan
konstitusi koordinat kumpulkan kyung laporkan linda lingkup magelang management marshall
melancarkan melayang memperingatkan mendominasi mengesankan menyiksa mg moment money ngapain
obama okey orangtuanya pecahan pedesaan pemiliknya pengajar penutupan persia pinjam pipi pol
privasi publikasi regulasi runtuh rusa saldo samar sikat stroke sydney terpengaruh tumpukan
ultra variabel absen alpha anies banjar basa beku belitung beranjak bias cash danny dapet
darimana derita dermaga desainer didik digantikan dilepaskan diusir diy eko elo english francis
gandum golden hargai health hj ibarat irlandia joy june kabut kalung kehidupannya kelly kenyang
kesibukan ketahuilah keterbatasan kewenangan klaten komplek konvensional lahirnya lapis lini
madinah mahkamah makalah membencimu membuatkan menabrak mengaktifkan misal mix mrs mudik need
olehnya pangkal parker parpol party pedoman pembebasan pemenangnya pemrograman pena pendatang
perkembangannya perlukan pilihannya pinggiran pk portugal prihatin pustaka rawan reproduksi
request ribut run saku sedia selfie senja simpang singh skandal spider tembus tentangmu teruslah
tiger true two uap upgrade usa akreditasi akting antusias arema bagikan bersantai bersenang
berstatus bit caesar caraku ceritakan cintanya company cross dalem didesain digambarkan
dikonsumsi dikumpulkan dilantik disiapkan ditanam ditemani duet durasi ego elf filosofi galeri
got hand imbalan island jacob jaring jeff jesus johnson kaset kastil kekhawatiran ketegangan
kokoh kompetensi komunis kulihat laksanakan lewis lucas mc md memadai mematuhi meminjam memory
menerimanya menggerakkan menginjak mengkritik menimpa meningkatnya menyangkut mikro milyar
minimum ml network nilainya nongkrong nyonya opsi org our pasuruan pelarian penentuan pengerjaan
penipu pensil penyedia percuma perutnya rating rel saksikan salat santun sedikitnya selepas
sengketa singgah speed suk surakarta tahta tawa tempuh terpencil tonton tower tropis wilson yup
abaikan abdullah again akankah alexander astra award ball bantul batak bawahnya bayang berbahan
bertukar bet biarlah bukhari catur crystal curi daud dekatnya denganku detailnya didorong
dihormati disebelah disk drop eksis emma entertainment filsafat fit fm force gabung gantinya
gosip gu hadi hama harimu her hill hunter im insan inspektur intan isa isteri isyarat itb jagoan
jombang julukan kantin kara kebingungan kegembiraan kesaksian keterlibatan kiss kubur kutub lap
legislatif leste lorenzo lukis map marilah melintas mempekerjakan menandai menginspirasi
mengungkap menunjang meragukan merekrut merespon modus mourinho muat mutu nazi pasifik patuh
pembangkit pemberi penerbit penerus pengecualian people pikiranku ping rain ran rekannya ricky
saudari sbg sea sedunia senyuman skill ss sulitnya tabrakan tato tik tomat ucap uin ukiran
ukurannya agensi aisyah berprestasi bersamaku beta bni bond boys break camp dave dicampur
didengar dijadwalkan dikirimkan diprediksi duanya eka eksternal fiksi football fotografer ft
ganas hebatnya hitler hiv host indian inisiatif its jamu job jordan kaitannya katalog kawah
kebersihan kebijaksanaan kegunaan keinginannya ketujuh kutu lift linux mb memberikannya
memerangi menaklukkan mengusulkan menyatu milikku moyang musiknya ombak organisme panggang
panjangnya pemanfaatan pemasangan pembahasan pembantaian penghubung persaudaraan ph php pinggang
pribadinya rasional resort rujukan saint sby screen secangkir sedemikian sejuk sentral simpati
sirkuit sosialisasi sperma subsidi tatap telapak terkecil terusan tolak too turis ustadz wayang
wewenang yap aa ab amanah amankan ambisi amy arahan atasan atmosfer barangnya barry bay bengkel
beradaptasi berdiam berfokus berolahraga bicarakan bla butir capai cetakan chang christian code
diperlakukan direktorat ditanyakan dkk dlm efisiensi eps evakuasi fantasi fitnah florida fred
gym hadis hall hidayat humor interior jambu je jemaat karo kecenderungan kediaman kekaisaran
kelainan kemakmuran kemasan kenakan ketidak kid kompak kreativitas kulakukan kulitnya kuta
legendaris leluhur let lorong mar masanya membantah mempertanyakan menemukannya mengutip
menyalakan menyia migas minus muara namaku national nature negaranya orde pati pembatasan
pemberantasan pencerahan penerjemah penginapan pengisian penyelamatan pepatah pepohonan perampok
pergilah perhubungan perkasa persidangan perspektif pikiranmu pilpres pkb porsi puji rapuh
rintangan sabu sakura salon sedekah sekjen selebriti selingkuh sesat sharing silver size sob spa
spt statusnya striker susan swedia tafsir tara tega tekad terhormat tersentuh tumor tunjukan
universal walker adaptasi apbd asumsi berapi beribadah betawi bibit bidan bilangan bojonegoro
bot bri buntu cianjur datanya delegasi dibersihkan dijawab diputuskan einstein even fatal
francisco gabriel gemar handal handuk henti idaman instansi ips japan jennifer kat katakanlah
kekasihnya klo konspirasi koordinator kos kumis kupang kw kyai lan laris lincoln lintasan made
makmur marketing membutuhkannya mempertemukan mempesona mengadopsi menghindar mengkhawatirkan
menikmatinya menjauhkan menuai menuduh minim monitor muridnya nasehat oliver ormas panda pdf
pemberitahuan pembicara pendengar penghormatan penyerahan perasaannya perceraian perhatiannya
perkotaan persepsi petinggi popular pot prasarana rider rumahmu sebanding sejam sekunder selisih
seng sidik sky solar standard still suap sumut suporter suster tottenham ukur unjuk upah user
yuan academy afghanistan ak akhlak alis anwar asik avatar batal bawaan bayu berabad bergegas
berurusan bidadari brazil color computer dee denda dibedakan dikenali dilupakan dinamis
dipublikasikan ditandatangani elit eva evolusi eye ferrari filter giat heboh helen homo hoon hub
indosat ivan jenius jusuf karen keenam keep kelenjar kemacetan kemari kemuliaan kipas kisaran
koper landas lazim liang longsor magang mahasiswi malahan margaret mekanik melemah memburuk
memengaruhi menariknya menerbitkan mengagumi menganggapnya menyukainya mertua mitsubishi ng
nikita norman pe pelecehan penampakan penerangan pengadaan penghasil perry ppp private
psikologis pucat rakyatnya saingan sakiti sdh seimbang sembari sepenuh sesak sevilla shi
simulasi sin sketsa soda soon stephen subyek sudahkah sumatra surut tanganmu tao tatapan teladan
terhindar terpopuler training vagina wikipedia abraham ajarkan aksesoris allen amazon banteng
bekal bengkak berasa berkenalan bermotor bertepatan bina busur cabe cao cikarang cloud copy cv
deep delta derby detak diarahkan dinasti dipesan dituntut dramatis dsb edukasi foundation gagah
generator hancurkan haruskah hias hit holmes ibumu il indikator indonesian interview jagalah
jasad juan jurang keadaannya kebesaran kenalan kenikmatan keponakan kesukaan key kit kroasia
lebat leg legend lencana medium membanggakan mengajari mengecek menghukum mengkonsumsi
meringankan mesjid modul nissan nulis palace paper paulus pelosok pemirsa pemkot pencernaan
pendarahan pengecekan penghalang perdebatan perkumpulan pewaris prosesnya prosesor psikolog
rizal ross rutinitas ruu salahkan saleh sejujurnya seung shanghai sinopsis space subang tawanan
tepuk terpasang tsb tubuhku tugu urus visa yun akupun almarhum amarah argumen asasi berisiko
berkorban bermacam bersedih bersumpah bolak brother budidaya chief cimahi core dahlan dean dear
dicabut die dilepas dimuat dipasarkan disetiap du duga ekosistem emak engine esa font ford four
fungsinya genap gugup imigrasi irama iron iseng jaraknya jauhkan jejaring jempol journal kafe
kantung katak kental kepedulian komodo kubah lelang lumba maklum manga memantau memunculkan
mendapati menelepon mengagumkan menjauhi michelle momentum niaga pacarku paku parasit pemasukan
pemberdayaan pembina pemda pemukiman pendingin pengendali penyembuhan penyidik perbelanjaan
perbuat percintaan pernapasan persija pesaing pi plot politeknik professor relevan renovasi
reporter ridwan roman ronde sambungan samudera sean sekilas sekumpulan senam she soto sukarela
syaikh tangani tb ter teras tercantum terputus there tingkatkan toba warganya wujudkan yen
american angsa asri bae bag bass beraktivitas berkomentar berlindung berpasangan bertekad buruan
camat cool dariku diamankan dikutip dilewati dimasa dimasak distributor ditinggal elegan fine
fresh gaib give gorontalo himpunan hoax imajinasi jamaah jatuhnya jonathan kangen kapas kapel
kapolres kas kasi kecurangan kekal kekebalan kelanjutan keramik ketahanan ketertarikan kondom
koridor lapor lau lekas loe membunuhnya mencolok menghampiri mengharuskan menjemput mercedes
molekul mt ngerti nkri nurani oil ooh pasta pasukannya pb pelakunya pemutih pendaratan
pengabdian pengurangan penyusunan pinang preman prime princess pu punah rahim ranah rekam
rumahku satwa sayangi tanduk tengkorak tenis terdahulu terdepan terdeteksi terhenti three tinju
tinta tipu track tuk turunan undian viral waduk wafat war waras wawasan wisuda work yohanes age
aids aktifkan angkot arief arwah asus baek bantuannya basic bee belasan bening berbaring
beresiko berjam berkonsentrasi bertiga bibirnya biologis cilacap cintamu curug date diandalkan
dijalani dikejar dikurangi dimas dinosaurus diperpanjang disisi dominasi duke em formulir fun
galau goyang gulungan harum hasrat jabatannya jawabnya jernih karpet kejaksaan kejayaan
kekecewaan kemarau koki koloni komedi kosmetik kurangi labu laksamana leader lia lucky luna
melempar mempelai menabung menangkan mendampingi mendengarnya mengabdi mengalaminya mengangkut
mengemudi menjualnya menyamar menyinggung metabolisme miami nana nge ntt nyiakan oi pecundang
pembaruan pemberani penembak percepatan persembahan probolinggo retak reuni safety sebisa
security sekelas state sulsel sutra tang terbenam terindah terintegrasi terlanjur tersesat then
times vertikal wc wo xiaomi yahoo acaranya aka amatir ambang anakmu anggrek badut bagusnya
bajunya bala bale bangsat bani bea bersekolah bersuara bing brunei carlos charlotte dark
datanglah delhi dharma diameter diculik dihubungi diperkuat diresmikan disepakati dog donor dpt
eddie elektrik figur gaza general harris hilangkan hoki hu informatika instalasi iris iskandar
jabodetabek jeda judulnya kapsul kemitraan kerusuhan klinis kuala kutukan lamongan larry lionel
logis lompat magic marcus memajukan membencinya membingungkan memintanya mengantuk menghemat
mengkonfirmasi menjelajahi mexico mojokerto mutasi ntb orange padam pandemi pass pelaut
pembiayaan pen penciptaan penggunaannya pergaulan persatu pie politikus predator produser
puncaknya resminya sayangku sebastian sebenernya segelas serum smpn son source spot stuart tani
tea terkendali tersayang tok trofi uh vii vip zero amanda anthony antonio ara arifin arya asi
bagasi beach beginilah berdirinya berkenan berlaga berprofesi block bokep burger chef coffee
count deputi dihilangkan dihindari dihubungkan dijuluki dil dimenangkan dinamika disingkat
donald energy follow fungsional getaran gramedia hendra ibunda implementasi intervensi jatah
jing kapolda kearah keberangkatan kehilanganmu kembangkan kepiting kerang kesempurnaan ketiganya
koma konservasi kontraktor kuatir kurt lemon liu marga maritim mempersembahkan menular menyesali
merpati mia moskow muslimin navigasi niatnya nike noda nomornya pembacaan pembersih penempatan
pengalihan pengangkatan penggunanya perburuan permainannya persimpangan pribumi puing raden
random ranger regu rekreasi rinci rukun samurai sebetulnya segan segenap sehubungan seok siak
solidaritas steel sunan sunnah tasikmalaya terpadu tertunda today tutur verifikasi vokal wahid
walt wedding wing workshop yahya akhiri akulah aliansi aluminium amanat amunisi awam balita
batman bayinya bebatuan bedak berlangganan bintik caramu casino crew datangi diaktifkan
diberitahu din diolah dioperasikan ditayangkan door duel earl earth er fb friends glass gloria
habibie hang has help honor html hui individual institut intensitas kaleng kambuh kargo kejang
ketiak kudu lawrence logistik marco marie mekar memakainya membiayai memburu memulainya
menganalisis mengasihi mengobrol menusuk menyeluruh merendahkan name nathan nominal north opera
oral orientasi paduan peka pemungutan pendekar penegak pentas penuhi perkemahan persebaya
persentase pertemanan pg polo potret prodi professional rani ratna ren report salad samuel
santoso sdm seburuk sedan seorangpun silat simpel skotlandia spanduk square stage tampilkan
tandanya tegangan terisi terkaya terlatih tip trend tuaku ukraina ulangan usd valentine virginia
watson agan anehnya anton asas aspirasi ayahku baginda berakhirnya berbulan berdebat bertema
better biak bibi bilik bisnisnya bong brengsek cangkir cooper daily davis deretan diberlakukan
diburu dokumentasi east expo eyes felix finish fire gender geser hadiahnya harvard hongkong
houston ika indikasi install islami jeremy kb kebawah kebenarannya kebocoran kelautan keping
kilat kreasi kuah kuasai kun lantaran limit look luang mandarin mat match matikan meluas
membesar memenangi mempermudah menyelam menyumbang merepotkan ming monica mudahnya mungkinkah
nasdem ne nurul nyala pembuktian penanaman penerbitan perfect perokok pusaka radius rama sandy
sar sebelas sediakan sembunyikan snow sr stabilitas sumbar suri tertib terulang testimoni ting
tkp togel tps transparan uk warni wonosobo yudhoyono ajukan akta alfred alm analis andre angkut
antena aplikasinya asupan atletico balok bangkrut bawahan benjamin benny berbincang berdasar
berisikan berjalannya bernapas berperilaku berpihak brebes bt buatku diganggu diiringi
dinobatkan dipelihara diusulkan dom edi elite finalis frame ganjil glenn gt habisnya hacker
hidayah hindia indramayu inikah jubah julian kalla kaltim karaoke kebodohan keburukan kecap
kelulusan kenali keranjang kesalahannya ketik khalifah kick kurasakan lane lawannya lem manakah
manufaktur marc meeting melupakannya membenarkan mementingkan mengintip mengkhianati mengonsumsi
mengoperasikan mengulangi menyangkal menyeberangi menyengat menyusuri merapi merasakannya mind
negri nyali obligasi optimal pasif penduduknya penjajah pensiunan perannya perantara peresmian
perselisihan phil polandia polusi pramugari print resi respons rob rotasi running salim salman
sambal sapu sasuke satria saudaraku sejuta sekretariat sembunyi serasa shock soft sound step
superman tab teka terbaiknya terkandung tin trio trip videonya where win aaron agent ahlinya
aksen antisipasi ap ash azhar banyumas batubara begitupun bendungan berambut berbuah bergetar
berjaya bpom bra camera cilik cumi daddy daihatsu dekan dennis dipukul dirasa disadari
disayangkan diteruskan ds ge harold hina ilham istriku jeong jiwanya jk joseph kelola kesusahan
klasifikasi kodok kolombia korbannya kritikan krl land led lenyap letusan loker lucy majikan
maknanya megawati melamar membacakan membongkar memecah memperbanyak mengutuk menyembah
merekomendasikan mesum modem monumen nasionalisme niscaya nuansa ojek orbit pakailah
pemberhentian penasihat penataan pengumpulan perkantoran pertengkaran pokemon rb rencanakan
reseller sandiwara sejajar selebihnya sengit seram sports ted terobosan thor tragis tribun tuna
urat waris wendy williams word yakinkan acuan adakan airport alquran ama anas angela awards
berkelas berkeliaran berkolaborasi bertanggungjawab birokrasi cemerlang ceramah cindy county
cuba debit dihuni diikat dilanda dilayani diwajibkan efeknya erik extra fatwa flat freddy
frustasi genteng goal grant hamilton harmonis hmmm hunt impikan ipb jilid kane kebal keramaian
lamaran leicester lele luke mancanegara manggarai mapan marquez matthew megah mekkah melimpah
mendiskusikan mendoakan mengunyah menjangkau menuruti merata move munich musyawarah neil nona
nyanyian paten pembohong pemindahan penasehat pendukungnya pengajian penguin penjajahan
perkenalkan persik ponorogo poros raj rawat realistis redaksi rembang rita rongga runner sale
score secret sejatinya senayan sendi silam site spirit sumbawa teki tembakau temu teriakan they
tidung town trek tuntas under unta urut veteran vokalis welcome wijaya wita yerusalem zaitun
zenfone zombie zoom aborsi abstrak ae akik amir aria asma athena barca baunya beijing bergairah
berkapasitas berkompetisi bimbang bingo bobot bor cabut cho cobaan cukur curhat dani demonstrasi
diakibatkan didampingi diminum dipertimbangkan dirjen everton factor fosil friend fuck godaan
gusti his idiot inflasi insting ipar itunes jr kalaupun kapolri kapur kehutanan kendati kent
kepadatan kera ketersediaan keunikan kewarganegaraan kidul kuis lampau langsing lembur log
luasnya mangkuk manusiawi melemparkan memperbaikinya memutihkan mengenalmu mengikutinya
mengurusi mengusung mengutamakan meninggalkannya mentega menyeramkan menyikapi merauke mintalah
mnc mts mungil nancy nanya naomi nekat nothing pad pamer pastilah pendanaan penghancur
penguasaan percetakan peredaran pergelangan perih peroleh perusahaannya pijat place psm purba
qatar ramadan rehabilitasi research rin rubah rules sandra second sederajat selangkah sentra sik
silang ski skuad sol sorry sushi talk tatanan tell terbawa tergoda transformasi translated ubur
weekend xiao aff agamanya america amino andrea antibiotik antik atribut august ayolah barito
beranggapan berdagang berpacaran bersandar bersikeras berterimakasih biner bocoran bravo
canggung carlo catat cemilan collins dadanya des dev dibidang diblokir diesel disney ditebak
division donat ekstrim feng fight hilir hukumnya ion jamie johan josh julie kedaulatan
kelancaran ketergantungan kl kurasa kurir lazio learning local lonceng mada mangsa manhattan
meleleh membina memperlambat mendaftarkan mengawal mengenalnya mengubahnya menyimpang messenger
mimpiku moto nicholas olivia pacu panci pastor pembalasan penanda pencitraan penentu pengaruhnya
pengecut penggerak penyair penyesuaian perluasan perpaduan phoenix ralph ranking ready reaktor
remote ridho romeo rumahan segitu senat sesuka shaw shirt side signal siluman sistematis slogan
something sumsel tanahnya terbentuknya touch transjakarta tuanku tunjangan um uno uskup watak
xii akademisi akuntan angan anu anyar baikan banner barulah berbunga berhubung berkesan
berkomitmen berkulit berorientasi bertuliskan beruntun betis biara biayanya bisu blues bts
castle catherine contact corak cukai dae daftarkan debutnya dideskripsikan dihadapan dipuji
disapa disengaja diusung diwakili ekspansi express fleksibel garden geografis georgia gerbong
gigitan greg grey halangan harrison haruslah ijazah informasinya irene ismail jeans jomblo kadal
karma kejadiannya kejauhan kelangsungan kemaluan kemanapun kodim koi lainya langganan lebak
liputan luck manik manja masyarakatnya melati memanggilnya membuahkan meme mengatakannya
mengemukakan menghirup mengidap meninggalnya menumbuhkan meteor ngasih nila owen pablo panorama
parameter paripurna paud pelangsing pemberitaan penculikan pengaman pengasuh petang piknik polis
racing rahman ranting rsud rudi sampingan sandiaga save sc seattle selang smartfren smu stay
syair tempatkan terjawab terpanjang tersusun tetep tiri tuju tumbang ubi valid vicky vital voli
yakini add adonan airlines alangkah antrian antv azab bangkai bercampur berkeringat bersumber
biksu bokong budiman cake captain cermat chart close curah darahnya dekorasi diagnosis diawasi
dicuri digit dipersiapkan dipertanyakan disalahkan disiarkan ditutupi dortmund ekstrem emily
entry feel fly garasi gelembung gita guardian habitat harun harvey humas hwa independent
insyaallah intensif jauhi kampar kaus kekosongan kemaren kemunculan kentut keraton ketagihan
kios komedo komen kompetitif kurban lapang laskar law lily lingkar lost mao martha masehi meet
melek memainkannya membujuk memudar menegakkan mengalah mengerahkan mengindikasikan menjaganya
menuntun menyita mewarisi miles mrt nominasi panasonic pebisnis pelopor pemalu pendorong
penggantian pertunjukkan petrus piramida pit porto price punk race ru sajalah sambung sambut
senangnya sepotong setelan siakan sisinya solat sosis stefan surah tunangan turbo turner
tutorial umi url waralaba warren wilayahnya yani yeh yogya aki alloh alone always areal ariel
atraksi barbie bas belaka berbulu berdampingan berfoto berpegang bertenaga boat boyolali brad
capres championship chun cilegon cyber dam deddy dick dikhawatirkan direksi disc diseluruh
donasi doraemon dubai duh entitas geografi gil hadirnya hyuk ilahi imlek isaac ix jackie jelang
keanggotaan kekurangannya kelopak kepergian keputusannya ketempat kilogram kitty kompensasi
kontras konversi lawas lelucon longgar mabes makeup malamnya manfaatnya march masturbasi
melambangkan melulu membahagiakan memprediksi menata mendasar menerjemahkan menggapai mengunci
menolaknya menyeberang menyisakan mimpimu minoritas mmm nangis nano nuh omega paparan peledak
pemotongan penarikan penegakan penguatan pengunduran penjelajah perda perkelahian pojok pori
press produknya rai resikonya rival rudy russell salmon satgas sekecil seller seruan sexy shadow
simpanan sirkulasi sis some spekulasi sukar sungkan temperatur terampil terdiam tirai tisu tn
ttg tusuk twin uud vakum voice wine yak zeus aah abe anderson arang aston axis bahawa belok
bongkar brooklyn bug bulannya conan diadopsi diamati didefinisikan dikala diproses disinilah
disusul ditakuti ditransfer drone enaknya ep et fisiknya franklin gawat globalisasi guide had
hae hampa hamzah hasilkan hawaii hell hendaknya hipotesis input irwan jajanan jake jne kal
kantornya kataku kebajikan kegiatannya keji kelasnya kepalaku kerbau kerupuk kesatria
konfigurasi kontingen krn kyuhyun letakkan licin lt mahu mason melemahkan mem memandu
memikirkanmu mengadu mengecilkan menggantung menjagamu menyertakan met mimpinya mogok monaco
motornya multimedia mumbai narapidana naungan nova ongkos oposisi optik orangtuaku pal pantang
pasrah pembekuan pengkhianatan peradilan perbedaannya perpindahan pete pewarna pipis pound
predikat radang rejeki restu river samudra sapa sat sdn sehabis sejarahnya sekarat setting
sheila sikapnya sparta spontan station sujud susilo takutkan taufik teddy terbuang terkalahkan
terlintas terupdate teruskan through tikungan tokopedia tontonan trailer tuban tubuhmu ulangi
ups wortel xp xperia zakat zodiak alim bait bear berakibat berbatasan berdamai bergantian
beritanya bersepeda borobudur bridge bromo bs bule bunganya centre cerdik ci ciamis daring dea
dead dianjurkan dibawakan diberhentikan direct disaksikan disangka disentuh diskriminasi dot
eagle emisi everything fan far freeport ghost gurih hack harfiah hengkang ibn import instruktur
jelly jiwaku joseon kanal karanganyar kebangsaan kedekatan kehadirannya kependudukan
kepengurusan keris kilo kolesterol kompor konstan kost krishna kung kyu larutan limited ling
liriknya mantel mencurigakan mendefinisikan mendekatkan mengekspresikan menggantinya
mengingatnya menyelesaikannya menyumbangkan mewarnai mikir mina miranda misalkan much narasi nm
nun pabrikan paslon pat pearl peluk penahanan penanggulangan pencetak pendidik penghinaan penyu
perbudakan perempuannya perkenalan pratama proklamasi proyeksi put rambu rileks rina rm sal saul
seenaknya semu serbuk sergio services sign silaturahmi south sunday sunny sunyi swift taruh
termahal terpesona tetes tidaknya try umroh vampir vera viva want wolf year abis adikku aduk
ajari alhasil asep bacalah banci beast bebaskan bertajuk bertumbuh bidik bon booking boom brimob
cak cakupan caleg caroline crazy cristiano custom customer dangkal demak development dialihkan
didasari doakan eden eksplorasi elsa ember enzim fbi federasi financial flores forever fort
front gerobak gr gray gunting hana hasyim hibah history hyo interaktif ipad janin jenggot jg
jihad jikalau kanannya kasusnya katup kedinginan kehangatan keluargaku kembalinya kerumunan
khayalan kkn kronis kuba kumpul lagian lagipula lobi makannya martabat meditasi meletus melody
meluangkan memangnya membelah memperebutkan mendalami menewaskan mengetuk menggigit
menghadapinya menguap mengutus menyusahkan mh musuhnya mw newton neymar number ojk olga
operasinya pai pakan panasnya pantatnya pelepasan pelita pemakan pemasok pemisahan pengampunan
pengkhianat petarung pornografi produktivitas register reruntuhan sabang sampingnya sebagus
segel seringnya silinder sinyalnya sita slamet suplemen susi susun sutan tarakan teramat
terbilang terhebat terkirim tetapkan think tki turn ustad ahn aktivasi anggapan ani annie arteri
assist barbara beat before berbaris berjaga bermata bersaksi bertingkah bertolak bisbol bontang
borneo bps br brutal cantiknya cerai clara community costa daerahnya dallas daunnya daur dd deal
depanku derek dibungkus didaftarkan dikategorikan ding diperankan diponegoro disahkan diserap
ditekan edition friendly gates gencatan gilirannya habisan hammer hanna hart haru ilmunya
institute integrasi integritas jahe jauhnya jd jengkel jgn kaitan karakternya karantina
kecemasan kelelawar kelengkapan kenny keracunan kerasnya ketawa ketidaknyamanan kirk kisahnya
kolonial kontestan kontraknya lake laporannya logan lot lte melestarikan memanipulasi memanjang
membantumu membimbing memikat menantu mencukupi menggemaskan menghakimi menjadikanmu menukar
meredakan migrasi mou mouse murka murphy musnah nat nunggu omar pangandaran parade pedro
pembatas pembela pemicu pemimpinnya pendiam peng penghapusan penundaan perorangan perunggu
peternak push rahang rap record religius return rini rocky rom salatiga sales sandal sandera
sandwich scene sesuatunya seven situlah sophie steak sumenep supermarket tangkapan tapak teaser
telak temurun ten tenun terapkan terbarunya terlaris terlengkap teruji than tiketnya tinjauan
ujar abs agaknya alonso ann aspal atlanta audit austria background bah bai becak been belikan
bergeser berjudi berlimpah berpendidikan berry booth challenge commerce cyrus dalang denyut
deteksi dhani dibuatnya dicurigai digoreng diidentifikasi dijanjikan dilancarkan dilapisi
dimilikinya dino ditempati doi eksistensi enrique feb ferry finance gaga gear gemilang gigit hat
hayati hybrid ilusi imun invasi isolasi jijik jonas jupiter kamil kasir kemah kerudung kesuburan
ketetapan kirinya kisi komplikasi launching lp mania maps marina melengkung memasukan menantikan
menghafal meninjau menyadarinya menyapu merekalah murray nasabah nias nirkabel obesitas orgasme
paginya pelacur pelari pelengkap pembelaan pengemis pengikutnya penyediaan percayakan
persenjataan petinju pilgub pimpin pindahkan playboy plt podium prince randy raymond rizky ruby
scan seberat sersan sindrom stiker suite sukarelawan sulaiman suplai tangkis taruna termuda
tersingkir timah tindakannya tr traveling turunnya vatikan version ward woman zhang adrian after
agnes airlangga akuisisi alokasi anis ashley asteroid astronomi avenue aya bagiannya banking
bapaknya baseball baswedan bergoyang berkelahi bermunculan bersiaplah bodohnya browser buatkan
clear customernya dad dal dapil darwin demikianlah der dieksekusi dikritik dilema dina
disembuhkan ditangan effect europa exo eyang fighting finis flag focus giginya goresan grade
herman hormati iqbal itupun joey jok kalanya kartunya keamanannya keistimewaan keperawatan
kesalahanmu ketertiban kolektor komet lehernya lereng machine mainnya makkah melapor
melepaskannya memberkati memotivasi mencantumkan mencatatkan menembakkan menghisap mengolah
menguat menuturkan menyusui merangsang militan narkotika nelson nyawanya observasi pandangannya
parasut pelayaran pelukis pendaki penghilang pengrajin penyimpangan peraih perampokan
perancangan perebutan perempat pergeseran perkuliahan perlihatkan person ppi produksinya prosesi
quality rick sampul selat seperempat serpong short siku spam spektakuler spencer sumedang summer
suram tandang tangkas telp terselesaikan tertahan tertera terumbu tina tito transit tunda usang
varietas ventilasi wajahku week yakinlah adidas akademis aksara ampat anonim apbn aurora baron
berbanding berkembangnya berkilau berkuda berpusat bhayangkara bishop bk boros budha bungsu
butiran chandra comic days diary dijalan dikemas dikemukakan diminati direkam disewa distro
doctor entri eugene favoritnya fernando geli gim haid hair hidrogen huang hun kalbar karan
karirnya kawasaki kebaya kek ketenagakerjaan keterlaluan kids kuliahnya lang lara latih lemas
liam loncat lubuk lukman maulana mel melirik memamerkan memancarkan memanjat memasok membagikan
membalikkan memberontak membohongi memfasilitasi memfokuskan memotret mencerahkan mengambilnya
mengincar menjawabnya menjuarai menumpuk menyakitinya merangkak misinya napi nia nigeria oranye
outlet pala pemancar penganiayaan pengatur penuaan penyalahgunaan penyelamat propinsi psg
punggungnya quick ramsey refleksi religi resor royong sadis sembarang senen sepertiga setiawan
shopping singkong skin sorotan string suntikan syariat tebakan tekstur telaga terbaikmu
terpenuhi thalib translate tunas uefa usb vampire von wal wallace waspadalah were amplop
amsterdam anniversary belang bendahara bergambar bergengsi berjenis blora brawijaya bruno calvin
carol celaka claire daeng degradasi denga denmark denny diagram diare dibagikan digabungkan
dihabiskan dikenang dikit diunduh dukungannya edge estate freedom fundamental gagak gaul geologi
hwang ida informasikan inovatif ira kamboja karate karbohidrat kejelasan kekasihmu kelayakan
kelembaban keluargamu kemiripan kepri kesehatannya konveksi kya lai lauk leon louise luhur
manisnya maroko maunya melon memahaminya mematahkan mempermainkan mendesain menerobos
mengajaknya menghantam menghiasi mentor menyerbu merintis mesinnya mewujudkannya midnight
minahasa mon mukjizat nantikan neo pari peace pejalan pencemaran penghitungan penyerapan
perbincangan perbuatannya persekutuan piatu pinus portugis praktisi president privat resah
sharon sila smkn starter strip sumba takhta tangisan tap tatkala tech technology terjadilah toto
tpi urban urusannya venus viii viking viktor warnet wild aba abdi ajakan akumulasi alaska ancol
aturannya bantalan bawaslu bbc berbayar berciuman berilah berkemah bingkai boyband bryan cam
chase cinderella cole dansa desktop diatasi diawal dihadapkan diharuskan dihiasi dimaafkan
diperdagangkan director dituliskan diulang doang duniawi ea easy fanatik fikiran genetika gotong
hadirkan hop imigran ina inc intim irfan irigasi janjikan jantungku jarinya jurnalistik kalsel
karl kebon kelam kemas kementrian kemerahan kendari kenya khalayak kol kolektif konsolidasi
kronologi kubus kultur licik luarnya luput mad mai majalengka majapahit melbourne memerankan
memihak menargetkan mengeluhkan menjengkelkan menoleh mentari menumpang menyalurkan menyertai
menyiarkan meraup milih moneter naluri nov nyanyi nyari pang parit path pelaporan pemakai
pemandian pendakian pendengaran penemu penghancuran pengisi penunjang penuntut penyangga
penyiksaan penyusup performance perselingkuhan peru perum perundang petahana pkl printer
prostitusi purbalingga purworejo qing rahasianya range rebus regina regular rex riang rizki
salut santiago science seadanya sentimen shen shift sikapmu silva simpul sragen sterling student
subtitle sumbernya sweater syaratnya syukurlah terkunci tiara tiffany tm tyler umkm valley
vegetarian walk wasiat western afc alang amazing antarmuka aqua aziz badminton badung bahari
baker baling berapapun berbahagia berbisik berhala beribu berkepanjangan bersungguh betty cancer
cell christine counter cuplikan denger dermawan dicek digigit dikhianati dimakamkan dimungkinkan
dipromosikan ditimbulkan diusahakan doo edo etnik familiar february find fk gadang gm gosok
hakikat halte hannah hara haris hip honey hua icon ijinkan insomnia janjinya jebakan jemaah
jesse kaidah kapak kartika karun kelakuan keripik kesiapan kiki kontemporer korek koreksi lansia
lao lapak lembu lim loading loop memakannya membalasnya mendidih menepati menggosok
menghangatkan menguras menyegarkan menyimpannya mira mukanya nobita orangtuamu output pare pawai
pelat pemadaman pemantauan pembimbing pemikirannya pendahuluan penekanan pengajuan pengalamannya
penyakitnya perginya perusak pesiar plasma pose presenter priok proporsional rayakan reklamasi
remeh result rico risau ro ruth sebabkan sebarkan sebenar selandia sengsara seraya singkatnya
sintetis slank smile southampton stanley sunset tebu terharu theme tiruan toraja torres ulat
username wisma wulan ziarah abah achmad adventure alamiah amber analisa anting apollo babe based
bat bc bei beraktifitas beralasan berinvestasi berlapis berlomba berminyak berpeluang bugil
cameron cawapres cengkareng coach colin comeback coming craig ct degan demokratis dibongkar
dihari dijatuhkan dik diperuntukkan disembunyikan disiksa ditjen empuk enterprise ever finlandia
florence fuji gitaris glukosa gsm guest hafal hidungnya him horror hospital idenya ijo income
jenisnya jerami jorge kansas karat karimun kasta kay kehebatan kemudi ketidakpastian klarifikasi
koni kontroversial korup kotanya kulon lalunya lucunya lumpuh malcolm mask melingkar memadamkan
memanjakan memikirkannya memilihnya menculik mending menelpon menelusuri menganjurkan
menginginkannya menjerit meta mp nara nasir neneknya ngantuk norwegia pacitan passion pay
pebalap pemerkosaan pemetaan penampungan pencalonan penganut pengarang penggabungan penyajian
penyisihan petualang pgri philip pn pom prasetyo profit ptn rais rangga realita rim ritel roland
rotan rpm ruko satpam selai seusai shah shield skincare sop spbu speaker straight sukacita
switch sy syekh table telefon terdalam terlampau terobsesi terperangkap terpuruk tetangganya
timbulnya trotoar tuhanmu tumpah zhao adha aktual alfamart algoritma aq baba bahasanya bem
berakting bercita berkenaan bibirku bird bisanya blu bsd bulutangkis ce christopher college
deposit dibagian dibayangkan diberkati digantung diklat dikti dipamerkan diperhitungkan diteliti
dress dual ek emil eve faisal fauzi fe firasat fish fisip galang gel genggaman getah gomez
granat gunungkidul haknya hans harapannya hercules hotspur huawei ic identitasnya indie
information irit jahanam jajan jua kebisingan kecurigaan keilmuan kemendagri kendal
kesalahpahaman killer komisioner konseling kuantitas landing lembang lengket leonard lgbt
liberal lina lock mainstream marak medsos melewatinya membusuk memetik memilikimu mendahului
menebus menempatkannya mengabulkan mengenalkan menggangu mengisahkan menjamu menyandang
menyempurnakan menyuarakan merantau milo mountain nadia nafkah naiknya nicole obor olahan oli op
ornamen oven oxford pantun pembatalan pembedahan pengedar penggalian pengingat penjagaan
penyampaian pesannya petenis picture pilek rocket ryu salak same sekitarmu selektif shinta shit
snack stars suaramu takutnya tegar telinganya tengahnya thai thn torpedo traktir uber ufo very
wanitanya wol wook yin alfa ambisius amelia analog angga apik around artistik begadang
belajarlah berantai berbaur bercahaya berdetak bolong bun cadang cagar credit dampaknya dar
dayak dedi detroit didatangkan dimodifikasi diperkosa dipertemukan dipicu dipikir display
ditukar diurus divonis diwujudkan dur ebook ekonomis elena favorite feeling five going graham
hangus haruka hipertensi iain ig indomaret jasmani join kampret kariernya kebagian kebelakang
kejiwaan kekeluargaan keriput ketenaran koko komentator kondusif kuatnya kurniawan lalai
lidahnya lipstik ls lumajang mae major maki mamalia melaluinya memanfaatkannya membawamu
memblokir mempercayainya memproses mencalonkan mencapainya mencicipi menemanimu menetas
mengantisipasi mengetik menggenggam mengkaji menjalaninya menjelma menunaikan menyayanginya
menyendiri message munafik nanas noona once pakaiannya paketnya pamannya pedalaman pemecahan
penat pendapatmu penularan penyiaran perangkap perjuangannya permusuhan perpecahan petak petisi
piece police ponselnya pucuk pusatnya rame ranjau rate rebut replika rika robek rogers sahur
semangka seneng sepadan sesegera sistemnya siwon sofyan solomon sophia soul spring stamina
strong superhero syarif teresa terhadapnya ternilai thompson timeline trial trust tuli tweet umm
ungkapkan unlimited upi wni access adzan ain ajax anang asih assalamualaikum asuh bajingan
bakrie believe bengkalis berdatangan berevolusi bersin bertepuk berurutan biarpun bikini bintan
bising bolt bugis buncit candy cerewet chae cikampek classic conte corporation cu dai devi
diamond dibacakan dibenarkan didistribusikan dipersembahkan diving diwarnai dumai every
fiorentina fx gantungan gelanggang gerombolan glen guntur hadirin halamannya hazard hour idea
index inget islamic jamal karnaval kawanan kehilangannya kekeringan kelabu kepanasan
kepresidenan kerinduan komprehensif kompromi kontol kosakata kpud kumbang lala lesbian
lingkungannya lorraine loyalitas mancur mangrove mani matinya membangunkan membentang membunuhmu
memimpikan menanamkan menawar mengangguk mengarang mengudara meresmikan merinding mika mlm mommy
natuna nugroho offline otonomi pecahkan pemangku penandatanganan pencucian pendidikannya
penolong penyandang perbukitan percy permaisuri pilihanmu prasasti product raihan ramos rampung
ransel rontok roro saji seat segeralah sekelilingnya serasi serbu sesederhana sosiologi sulung
sunbae suspensi suv tam tape tautan taxi telegram teleskop tempatmu terhalang ternate tesis
thank thing things triple tuliskan ucapnya ultah unpad voting wanna wenger winter xx ag agatha
antri arizona ataukah ath badak balasannya beautiful berdurasi berebut berhari berhijab
berkencan bersosialisasi bincang bkn bone boot cepet charge charger cik corporate cuek daftarnya
dayung dealer defisit diadili diantar dikatakannya dikontrol dipecahkan diperlihatkan dirusak
disita ditargetkan ditipu doc dpc draft ducati duren enteng feri field forensik gali gate gin
glee gratisan ground gulat gulung hanura harmoni heru hidupkan historis hoo horizontal imf
jelasnya jen jorok kakeknya kapalnya karung kaulah kawannya kebugaran kelahirannya keliatan
kenang kep keragaman kesenjangan kia kognitif konsol kurma literatur lsm luangkan lukas manuver
melebar membiarkannya membiasakan mempertaruhkan menampakkan mengharap menguraikan mentransfer
merry merumuskan miliaran minimarket miras mohammad mona mulutmu murung nasution nico omongan
orleans pack panca pangdam patogen pedulikan penafsiran penambah pencinta penenang pengembalian
penyayang perhatianmu pick polemik porter pretty puan putu raffi ramen revolusioner rice rusuk
searah sebelahnya selaras selidiki sentiasa serpihan shan siput soleh sticker storm strike sulap
sumbu suntik taruhannya tergesa terpaku terpisahkan tgl theo timbal tiup toni trick union
valentino ve wisnu yasin adrenalin afiliasi aktivitasnya alif aurat ava ayunan bahannya bam
benturan berdoalah berkekuatan berkonsultasi bertambahnya bertingkat berwujud blind blood bnn
board canon celcius century chad change cherry christmas chung clarke dadaku dahi dale dekati
deng dewata dibenci did dijemput dikaruniai dinyanyikan diperbarui diperintah direbus direbut
disekolah disitulah ditelan ditiru doktrin duniaku ending ernest esai fermentasi firaun flek
flight foster ganjar gap gembala gigih hogwarts hold impianmu irisan janet jenny joan joker
joshua kabari kamulah kancing kehidupanmu kekejaman kekuasaannya kelewatan kerahasiaan kfc
komedian kp kwan lada layani layu lcd lengah lola lrt maia makasar mako martabak mazmur mekah
melampiaskan melihatku memberiku memuja memuliakan menendang menerbangkan menetes mengerjakannya
menggantikannya mengunggah mengungsi menjelajah menjilat menyoroti meredam mesra mewajibkan
mickey migran minggunya moda monkey monroe mulyadi myung najis neville ngerasa ngurah objektif
officer ohio other pelit pemotretan pendapatnya penggantinya penjelasannya penyaluran perez
permukiman pj popok puting puzzle rapih rasis redmi reg resepsi rey robinson roboh runcing sajak
sangkar santan sayapnya sekar sekeras sekitaran sepatutnya sesudahnya sorga statis sunrise
syaraf talenta terlaksana terorganisir terpapar terpikir tersiksa tertanam tidurlah tuamu
tulungagung ud wes willy wirausaha xix ying zone abc af alvin ami antioksidan aparatur battle
belle berjasa berjiwa berkurangnya berlabuh bernuansa berwajah biang bicaranya bintaro blake
blogger bodi buas cewe chu cicilan cola con curtis detil dibalas dibubarkan didaerah dikabulkan
dilangsungkan disebarkan donna dylan ehm ekornya evelyn fadli fahri fasih generation gilang goku
goo gowa graha hariku hektare hiduplah hugo hunian husein injeksi inspiratif istanbul jangkrik
jatuhkan kekinian keributan kerikil kill kimi kodam kumuh kurung kyle labuan laos leave leslie
lotus mara medical meluruskan memanas membara membolehkan mempublikasikan memusnahkan
menegangkan mengangkatnya menganut mengartikan mengeksekusi mengemban menggila mengomentari
menyesatkan merak metropolitan mid minang mine mistis nintendo nonstop notaris nyai osaka pelik
pemalas pemanas pemeriksa pemutar penambangan pengintai pengirim penikmat pepaya percayai
perhelatan periklanan perlunya pet pleno pmi portland poso pudar punyaku puri release rias rich
roberto rooney sadarkan safari sally santo satpol satya sehebat sejenisnya sekeluarga sekolahan
sekurang semacamnya servis sharp shell shooting sid sirip sugar sungguhan tabrak taktis takuti
tel temanggung tenangkan tercantik terkecuali tersambung terserang tetua todd unesco ver wish
yee abal adopsi arahnya arak badanmu baghdad balkon bareskrim beladiri belalang berau bergembira
berkaca berkelompok bermutu berpelukan berusahalah besarkan biola brendan bright capital
cepatnya chicken chuck clean competition content corp country cucunya dadu dagingnya dede dicky
dicuci digarap diklasifikasikan dikombinasikan dikubur dipaksakan dipandu disamakan disatukan
disimpulkan dokumenter done ekstensi esdm faksi favoritmu fpi future gelora gesa grab guardiola
haiti hepatitis hinata holiday hudson informal into isterinya jimat joni juang kaligrafi kasat
kaskus kato kbri kegelisahan kei kelompoknya kemayoran kesederhanaan ketapang khilafah kopassus
korporasi kris ktt lam langkahmu lena letih lipatan maag madame maghrib malapetaka marmer marvel
matian mempelajarinya memperbesar memphis menafsirkan menaklukan mencegahnya menerangi
menertawakan mengepung menggandeng menginfeksi menuangkan menunggunya meramaikan merampas
merelakan mill mint musiman naif nasibnya natasha ngeri obsesi opening palang pamit panama
pangsa panjat panutan parkiran patriot pcs pembuatannya penakut penelitiannya penyewa perancang
perasan perintahkan perpajakan persipura pestisida pintas pkk progresif propaganda property
pundak rafael realisasi reality reed rewel ronald russia safe sajian sebatang segini selembar
semisal sepatunya sepihak sertakan sheet shot situasinya six startup struktural sukoharjo
superior suratnya tenar tergila terhambat terpotong terpuji tinggalnya tolonglah tonight value
vega vektor wawan wells winston agam aha akuarium ang anyway apps artefak astronot atlantik
austin bean becanda because benarnya beradu berbaik berdandan berdiskusi bergulir berhutang
bermalam berobat berskala bertobat biografi biskuit borussia broadcast bundar cargo chanel
chocolate cimb cipinang cnn creative dievakuasi digerakkan dinamai diperjuangkan dirayakan
direkomendasikan disertakan diwariskan dusta duyung eddy edgar eksotis ellen emosinya engga
enjoy esensial etik gado galon gelaran giant gojek gurita halloween hamparan headset helena
hills inf interval jogjakarta karim katamu katherine katun kecoa kemewahan kendalikan kennedy
kepikiran ketebalan ketombe konvoi kuman kutai langkahnya lapas larang lembek lompatan lounge
loyal lukanya lunas luncurkan lusa magis manipulasi memberitakan membungkus mendukungnya
menemaniku mengampuni mengevaluasi mengguncang mengukir menipis menyeret menyusut merambah
mirror mister nadi nevada nganjuk nil own oz pecandu pekarangan pemalang pembaharuan pemikir
pencak pendaftar pendahulunya perindustrian perjuangkan persembahkan pintunya planning pocong
pool primitif prototipe provider representasi sadarlah sbb sekte semangatnya seutuhnya sha sonny
sorong substansi tanpanya tauhid taurat tendang tersadar titanic ue umatnya unggas vila wakilnya
winner wonder zinc abd adem aditya akustik ambillah ananda andalkan bangunannya banting bd
bengkok berbadan berdebar beritahu berlubang bernard berpuasa bersusah bertubuh biasakan bijian
bisikan boo breaking brilian broken budget cakrawala capitol cibubur clay couple cukuplah dagu
detective diakhir diangkut dibintangi dikira dimulainya dinar dipercayai diperluas dipindah
ditaruh donny douglas ekspektasi ferguson fiktif firma fisher fiskal follower gorengan grogol
harley hartanya inspeksi intens interpretasi jiwamu kandungnya kapolsek kasim keanehan
kedatangannya kelemahannya kelembagaan kemampuanmu ketan keterbukaan khawatirkan klopp knowledge
konduktor konsekuensinya kontrakan kuartal kukira kusuma kyoto lawang leonardo liberty lipi
marcel maskot melambat melumpuhkan memaksanya membebani membernya membukanya memperhitungkan
memutus mencarikan mencurigai mendorongnya mendunia mengemis menghendaki menjahit menyakitiku
merapat merawatnya misa moh monas mother must nash nikmatnya novanto oki ori owner panji pantura
paskibra pecel pembajakan pencahayaan penyiar percikan pogba prambanan prasangka rebecca sanggar
seksama selayaknya spasi sportsbook spy stempel subianto tampang tar terpecah tertuju tidakkah
ts tuas tupai ub umumkan undip unduh usahamu wonogiri wp zen zidane aan abg acid administratif
advokasi aksinya albumnya any arahkan awasi ay badanku barak batasnya beradab berbakti bercak
bercakap bersabarlah bertemakan birthday bok bull canada ching cluster cr curam dak dakwaan
delivery desakan dibantai didi dieng diingatkan dikepung dikhususkan dikota dimanakah dinda
dinyalakan diutamakan diva dora dorothy dosanya etis fall fiber fischer gemini gencar gengsi
gianyar goes gor hamka hobby ing jadwalnya jaka jalanmu juanda kancah kapoor kari kece
kemahasiswaan kemunduran kepunahan kerah kerdil keseruan kesombongan kewirausahaan kupikir kwang
lopez luffy luther luwu magetan malaria mancing melunasi memandangi memasarkan memecat
memperbarui memperbolehkan mencampur mendistribusikan menenggelamkan menerangkan mengambang
menganggu menggugat menjunjung menstruasi menua muasal mulutku nangka narator nasionalis natalie
navy ono oppo penambang penghakiman penghujung penyatuan perkampungan pinggul platinum
politiknya pub quinn raisa rapper rara rendahnya rendang renungan resto ritme rum saing sanak
sembuhkan sepantasnya sepekan sependapat sepuasnya ser setengahnya seukuran sholeh silikon
singkirkan sirih situbondo sj small spin stella stewart sue tahi targetnya tekstil terbebas
terdampar terfavorit terhingga termudah tersirat tipikal tvri uda ujarnya urin usir waiting
without acuh administrator adobe ahad akur akurasi ambulans arjuna atletik aus babel bahayanya
bandel bangsal beralkohol bercabang berkelana berkerja berkesempatan berlama berselingkuh
bertelur british busa cakar carolina ceko celtic chatting cheng cod comedy damar dasi desainnya
desanya dicegah didatangi digemari dihidupkan direktori ditanggung dunianya elektromagnetik
empati evil explorer fairy fang fatimah flora fr friday gambir garda germain gone grid harper
honorer hood hs hugh inisial jadul jamnya jatinegara jules juragan kades kaliber kam kardinal
keberagaman kecintaan keimanan keledai kemasyarakatan kemungkinannya keputihan keseharian
keterkaitan ketidakadilan ketulusan khasiat kiranya kompeten kontainer kpi kpr ktm kwon laksana
ledak lego lydia madison maling mami mandala mandat manggis marion masif memadukan memberlakukan
memeluknya meminjamkan mempercayakan memukau menekuni mengabarkan mengamuk mengeksplorasi
menghadang menghela mengitari menundukkan menyamakan menyehatkan menyuruhnya merayu merchant
merenung milton mission mnctv mukmin narasumber netflix nurdin obyek pain palmer palopo pancake
pancing pandan paulo pedih pelestarian pemutaran pengarahan pengeboran penghambat penisku
penyebar penyuluhan perjudian perkakas perseroan philadelphia pia posko preview pulpen qi rena
retno rihanna rodriguez rush sembako serah serbia setya sinis sister skt snmptn society split
squad statement sufi tanjungpinang teduh temani temanya terangkat tersandung tetesan them thread
tomohon torino traffic trainee unni yuni zara zhou aang adams ahhh alexis altar ampunan
antariksa arisan astrid asy aulia avengers bahwasanya balance bandit bangkalan bayam berang
beranggotakan berangsur berbelok bereksperimen berikanlah berjangka berseragam bh biarawan
brokoli btw buleleng buronan cambridge cantumkan cengeng ceroboh chance chow click course
cuacanya cuka danamon darussalam deadline dehidrasi device dicantumkan dicap dicintainya
dipasangkan diplomatik dirut ditemukannya ditinjau doni dst enkripsi ereksi fana ff genangan
genius granada gumpalan hasanuddin hawk hti infonya jahit jahitan jeju jepit jia jogging kardus
kecepatannya kencana keseriusan kesucian kesultanan ketaatan ketidakmampuan kiat kompi komplit
konservatif koruptor kualitasnya kumiliki lantang lengkapi lentera libatkan lil lippo lugu
magister makanlah maksiat malaka males mang marathon maurice melepaskanmu memaksimalkan membeku
membidik mengasuh menggagalkan menginformasikan mengiringi mengunduh menopang menyadarkan
menyalin minder modelnya momo monopoli mount musti mv nba newcastle nikmatilah nisa nitrogen
nota olok optimus ost pangkalpinang paralel paranormal pegal pelawak penggemarnya pennsylvania
penyidikan peralihan perdata pes pesepakbola poni pure rambutan ramping razia reda rhoma rolling
sabda samaran script secantik serbaguna sesiapa slow stamford sukarno susahnya talkshow tebusan
terangan terbarukan terbentang terhapus terik terisolasi terjalin terjamin terkumpul terlindungi
trenggalek tumpang tungku ucapannya ul untunglah ur uruguay ut vanessa venue vettel vision visit
warta wide act agregat amien andika angelina anjungan annisa arkeologi atlit attack balet
banjarnegara beck berlipat berselang bertunangan bolehkah bomber brigjen bukittinggi chester
chul cibinong colorado conrad crash dalil damn diancam dijangkau dinginnya direkrut disekitarnya
dm duncan ekstraksi eli elvis estetika falls feat firdaus flow flying frustrasi fuad gajinya
gina goodbye hakikatnya hook hum incaran ipk jagat jasanya jek jobs jongkok kabarmu kakiku
kamarku kapitalis kebalikan kebo kebobolan kecilku kehidupanku kel kerinci keterlambatan komnas
konsistensi kukar kuli kupon kurnia layout left liku lincah lisbon lou lovers lumbung makro many
marzuki matius mean melodi meloloskan melupakanmu membasahi mendanai mendesah mengejek
menggairahkan menggarap mengherankan menjalankannya menunduk menyelamatkannya merayap mere mimi
mod monitoring mudanya mulyani muna nine notifikasi novi paksaan pam pamekasan pandu partainya
patungan pembenaran pemecah penebusan pengangkut pengeboman pengenal pengoperasian pengusiran
penyuka phantom pisahkan plak politis polresta prestasinya prospek puding rada republika
reservasi riil ringkas root sedari sentul serakah seth shakespeare shu sit sleep sobek sonia
spesialisasi stereo stick stoke terbongkar teri tirta toleran touring trail udin ukir uniknya
vinci voc vocal vonis wait wakaf waspadai watt wind zhen zulkifli akomodasi alpukat alternative
angkuh ant antusiasme apotek aris baguslah bankir batavia bawalah beranak beraneka berasumsi
bergelar berjamaah berjemur bernegosiasi berpenghasilan bersebelahan bolos bomb bradley broadway
btn buy casting ch champion christ coco cold cookie digali dihajar dikelompokkan dilempar
dipajang dirubah disabilitas disingkirkan djarot djoko erwin esensi estimasi fahmi falcon
fenomenal fia galak gamelan garcia genting guard hamid harapanku hendaklah hk hore hyeon
impiannya industry insentif jalurnya jangankan jump kaka kandas kanjeng kemenangannya kenalkan
kenari kepingan keriting ketuk kind kominfo kuantum kurva lalumu laun lecet lemahnya lifestyle
liur living lontong mahar masal memasukkannya membedakannya membungkuk membutuhkanmu memerah
memperburuk menayangkan mengabdikan mengaitkan menghimpun mengucap menugaskan menyeimbangkan
menyulitkan mitchell moga moore moscow motivator motto nas olehmu ons pamungkas pandeglang parma
pasanganmu pemarah pempek pengejaran pengharapan penyelam perundingan petik pindahan pisah
pondasi ponpes portable prabu proporsi psk relief rencanamu rest risalah sakral samantha sbmptn
senar sherlock shinee siam sisimu solok sullivan supplier swadaya swansea syurga tabanan tamunya
tanggungjawab taraf teguran tekun telurnya tempatku tepian teratasi terekam terhibur terong
tertimpa titanium tjahaja tree tuannya tugasku ty use usman violet wen yard youth zina adit afi
amar angkanya angker anita another antasari arie available bahtera barel barnes berkedip
berselisih berspekulasi bert building bulunya bundesliga cashback cemara cl colt cotton cp
delima difungsikan digolongkan dika dimatikan diobati dipanggang diperingati direction
diskusikan ditusuk djarum dokternya dukuh ella ellis embun farhan gejolak gerakannya gesekan
goryeo goyah hadiri hamas hape haryanto hb helai indoor induknya inggrisnya inn islandia javier
jeli kafein kalium kameranya kantuk kapitalisme karenamu keemasan kemandirian kesembuhan
kesetaraan keturunannya kilang kitalah knight kopinya koroner lag lava lie lintah lip listen
lobster maksudku manokwari maryam mate matematis meliput membasmi memberikanmu membran
meminumnya menahannya menangkapnya mendiang menteng menuruni menyelinap menyerukan menyusup
merambat merangkul mercy merindukannya mic mit modernisasi muluk nanda nani napoleon nicky nihil
noor nunukan oya pascasarjana patuhi pedal peer pelacakan pemotong pemukul penang penculik
penghibur pengulangan penyembuh perumpamaan piagam pms really rhodes ris sahabatmu saka salt
samosir sanitasi sapaan screenshot selesainya semanggi sepertimu sirup sni strawberry sudi
susulan terbaring tergelincir terimalah termotivasi terpusat tertembak thamrin tika tunggulah
ultimate uv widya yaaa andil aren asem atapnya bangladesh batangan beradik bermusuhan biarawati
bolanya broker bros bundaran candu cikal clip collection dang dawud dibangkitkan dicat difoto
dilemparkan dipekerjakan diploma ditanggapi diupayakan dl donk elektro elok erupsi fact famous
fantasy fauna floyd followers france gayanya gema gift gmail gubuk haluan header henderson
histeris hunting hwan ianya imran imunisasi infinite ingatanku injak isuzu itukah iuran jb jiang
jt kacangan kadin kakao katy keanekaragaman kearifan kebayoran kedelapan kedewasaan keharusan
kelebihannya kemang kerak keramat kestabilan kip korps kubis kuharap kurungan lajang lakinya lay
letkol lingga literasi lovely macho maggie magnesium mampus markus marsekal maukah mclaren megan
melepasnya melindunginya membersihkannya memelukmu mencukur mendikbud menegur menganggapmu
mengecewakanmu mengkilap mengunjunginya mengusahakan meramalkan metodologi michigan mila mimbar
miris misil munir nek nepal nora nostalgia oak ole pacific pagelaran pekat pembalut
pembangunannya pemenuhan penahan pengasingan pengesahan pengiring penunjuk perkirakan perwujudan
playstation probabilitas programnya proyektor psi queens ragukan rakit rakus rangers raut rd
resistance ride rip sad santos sedalam sedot sejarawan sekda sekuel sempet sensei sepupunya
sesorang sewajarnya sherman silent sinta skype sutera swan tail takjub talent tanggul terberat
tercermin terpikirkan timbangan tiram tornado troy ulu ummat vina wales webb wood xxi yourself
yudi yul abel admiral advokat alamatnya alicia amd ampas astronom az beatles bentrok bentrokan
berakar beralamat berbobot berkecepatan berkisah berlandaskan berpidato berpikirlah bersabda
berseru bieber bitung blade bobo boris brothers bugar bukaan canyon carmen chinese clash crown
cucian dagangan dawn dedikasi desi diberitakan digabung diijinkan dikutuk dirikan diruang
disakiti disempurnakan dit diunggah diungkap dk drake education efektivitas engineering exchange
ezra fals farah fat fei filosofis forest gambut garpu granit guling half heri hisap hokage hrs
hyundai ibrani idr ita janggal jangkar jeep kakakku kepanjangan kewalahan kijang kingdom knock
kook kta kumar kurs lesu lintang ltd mandinya matrix mazda memodifikasi mempersulit menamai
mendedikasikan mendung menentu mengacaukan menggaruk menghabisi mengintai mengkhususkan
menyempatkan merdu metropolis mikroskop mis mobilitas most mumpung naksir nambah negative ngawi
ngentot novelnya nyak packing pajang palm pancaran paradigma pdb pemblokiran pemerintahannya
pemisah pemuka penantian pendopo penunjukan perekrutan permukaannya persela pertentangan
pertunangan piringan pts rabbi radikalisme radioaktif redup reksa restaurant risa robby ruben
sahamnya sarat seal selena semaksimal siasat sidney siksa simalungun sirna slide soccer spiral
starbucks suarez sumberdaya sunat syok tambak tax tender terapis terbaca terbelah terendam
tergantikan terlama terlewatkan terompet titi topan tt tuhannya tutupi tvone twice univ vintage
voldemort warrior wina writing wudhu www yellow zack zebra zi abdurrahman adek airasia amnesia
anatomi anggaplah arm arogan aromanya audrey bailey baqarah basel basri belajarnya belut bennett
bentar berair berjualan berkarakter berlangsungnya berpose berseri besoknya binasa bluetooth
bmkg brandon britania cacar caption cepu ciputat corona dadakan dajjal dateng deli della
dibiayai diimbangi dilanggar disegani ditabrak donggala dracula dslr dzikir edmund eksploitasi
eng ente erica function ghazali guo gyu hardware hartono helium hijriyah instant integral ipod
ironis jamuan jaringannya jawara jeon jln judy jugak kadangkala kar katie keberhasilannya
kebidanan kembalilah kemendikbud kesayangannya ketukan kitchen knot konsepnya korbankan korean
kronologis kusut laci lanskap laras lauren lemot luntur maestro manggung manjur maraknya mass
mazhab melenyapkan mengada mengakuinya mengarungi mengecam mengendap mengijinkan menolongnya
mentri menyiratkan meraihnya miguel milk minangkabau ndak ngotot nipis obati ocean ora paduka
pantau papi paragraf pemangsa peminat penata pencuci penggalangan pengukur penindasan
penontonnya perabotan perdananya perlakukan pertemuannya phillip pidatonya pingin pirang
pohonnya poppy presisi puja ramli rekonstruksi residence restart rimba ringkasan roller romance
rosa rpg rv sanchez sandaran sedar seksualitas semalaman senter serunya sesosok shahih sks
solution somalia spurs stark stm strange stroberi sunderland syndrome tangganya tasya tehnik tek
tempel tentangnya terperinci tersulit tesla tia timun tirmidzi together torsi transplantasi
tunjuk urine va verbal views village wallpaper wife woody worth yuki yunus zamannya aamiin
akarnya amalan ampuni anemia anugrah apk ato bagan bajaj banjarbaru bastian bed berkeinginan
bersarang berselancar bicaralah bius blokir bold bpd bud buletin bulus candra cegah cempaka
cerminan chong circle command comment conference copa crane cry developer diatasnya
didedikasikan didekat dididik dilacak dimata disponsori ditawari duduknya dumbledore edited
ekonom erick erotis eselon flower fondasi gagang gallery gareth gemetar gene gk gosong griffin
hambanya ib ibm imbas inbox inchi irjen isabel iss jamil jantungnya karin keahliannya keith
kemurnian kenegaraan keprihatinan kesembilan kn konsul kontrasepsi koq koramil kukatakan lamban
lex looking lubis lynn medicine meledakkan meleset melintang memar membengkak membubarkan
mempergunakan mempertahankannya memusatkan menanjak menatapku mencarimu mendengkur mengapung
mengembang menghindarinya mengingatmu menyelimuti menyimak mercusuar merosot moderat munchen
muri musikal nato ngopi nie nik pandawa pdam pemujaan penetrasi pengintaian penyempurnaan
perempatan perenang perhari perjamuan playstore pole pope prabumulih progress publisher putin
rajanya ratio remember risih round rutan salahku sammy sampang sanalah saputra sda segelintir
sekiranya selebritis selir sense seong seperangkat setingkat siksaan soc soekarnoputri sofia
sook soundtrack stanford suamimu suit sulut sumsum supporter supranatural taliban tangis tangkai
taqwa tele terakreditasi terapung terencana terjerat terpendam tersangkut tidurku totalnya tours
trafford transport tristan truck umrah unggah usiaku val wanda yeo adnan aj alya arca artist
atlantis autobots baka bantulah bawakan belom bentang beraninya beraturan berdakwah bergelombang
berhembus bertani beth bhakti biarkanlah boeing both branded browsing bubble bush button cabul
casey cast cepatlah cidera citanya cpu dalton damon designer diane dibekukan diedit difokuskan
dijatuhi dikawal dikerahkan dikuburkan dilan disalurkan diselidiki dodol eat editing electric
finn fletcher frozen gamer gathering gilbert gregory hassan hay hihihi ht ikhtiar indera
industries irma jeffrey jingga jumbo kadaluarsa kairo kakap kapuas kayanya kebaikannya
kecantikannya kekayaannya kemiri kerucut khalid kidal klaus koboi komplain komputasi kriket
kromosom kua kunyit kusam lalang lead legends libya lks lobang lok lukisannya lumia magnetik
mekanis melissa melonjak memanaskan memungut menamakan mencurahkan mendasari mengapresiasi
mengejarnya mengering mengesampingkan mengucapkannya mengusap menjenguk menjumpai menstabilkan
menurunnya mimin minumlah mitologi msi musi mutakhir nabati neraca ning nyatakan oo otakku otto
panggilannya pasalnya pda pegadaian pelacak pelaksanaannya pemalsuan pemenangan pemerasan
pencatatan pengganggu penguat penugasan penyambutan perizinan persembunyian perseorangan phk
pierre pipinya pmr reader rei riley rujak rumusan sariawan sebegitu sekuler semenanjung semprot
sereal sesulit sewaan shawn shinichi shoes sianida sil silih sn spons spp stik stimulus
superstar tabu tampung terbayang terdesak terkontaminasi terlewat terpidana teuku theodore
thinking tian tikar tj traktor udaranya vas vendor virgin vista vol wajo wars wat waw wb wibowo
wireless yogurt yudha abnormal adab alihkan andreas andri antibodi anus arkeolog ata atik
awesome bedakan benarkan bergaransi bergenre berkeluarga berkhianat berlatar bermuatan
bersentuhan bertabrakan buatnya camilan campbell cb cobain commuter condong creek cute dante
deni diah diderita dihapuskan dikemudian dipanaskan dipercepat dipinjam dirahasiakan dirugikan
diterimanya diwaktu doanya edison elektron elu fax fix gantikan gayo geisha gendong geram gideon
gif giok gulma hanyut hindi hmi hung ihsan imannya inside insulin jill jinak jp kangkung
kanselir kanvas kap kegemukan kehakiman kekeliruan kemiringan kemurahan kepalamu kepemimpinannya
kepercayaannya kerennya kirana kis kompatibel konsulat langgar late laundry lawak lha library
lightning lukaku lumrah lumut mahalnya mamah marseille matriks maxi melamun melindungimu
memaafkannya memo memompa memuncak mencela mencemaskan mendagri menengok meneteskan menganalisa
mengembara mengupayakan menjebak menonaktifkan menulisnya menyamai menyambung mikroorganisme
molly moses motors musang mushola nobel norak nyambung otentik partisi pasiennya past patch pdt
pegulat pemrosesan pencetakan pengaduan penyelidik penyelundupan penyewaan perencana perhentian
peribahasa pertambahan pertiwi pesawatnya pesimis photoshop piston pkn plankton powell premiere
pringsewu psikis psp que rekrutmen renyah reptil reputasinya rizieq rokan rompi saingannya
semeru sepulang sg sinkronisasi sirkus sisir souvenir spirulina stephanie sule sum syah syahid
takluk tanggalnya teng terciptanya tergeletak terkubur terpakai terstruktur tertabrak thunder
tuangkan umbi uns utamakan var vin virgo wade waktuku warkop warning wira xbox yeol yeong aaah
agresi alabama alamnya albania allison apoteker aries association atasannya ati audi ayamnya
babu bahasan bangunlah batalkan beer belerang berbatu berdomisili bergabunglah bermigrasi
beruntungnya bulog cakep cambuk cangkang cawan cleveland client clinton coca concert coret
culture db diaplikasikan dibuatkan didakwa didanai didengarkan diduduki dilarikan dimalam dimuka
dimusnahkan ditelusuri dreams duniamu edy ekonominya ekstrak embrio eonni ferdinand fikri
flashdisk franchise gangster gaston gergaji goblok gonna guci hembusan heroik hillary hobinya
holly hull huni iga inipun instal interface jasmine jefferson jie jojo kabir kamal kd keagungan
kecakapan kedap keikhlasan kejut kelembutan kembung kepanikan ketiadaan kharisma kicauan koh
kreatifitas kulitmu laurel lengannya lesung listriknya maine manuel melambaikan membanjiri
membelikan memetakan memilihmu mendeskripsikan mengedepankan menggulingkan menghantui
mengingkari mengintegrasikan meninggalkanku merampok merapikan mewawancarai mikrofon minor
mistik moralitas morris nalar nopember ntar numpang orderan ot otonom pajangan pecat pelarangan
pelbagai pemekaran pemukulan penamaan penny percepat perpres persalinan phd portabel portofolio
projek psis rabb raul relationship retina robbie romo roosevelt santi scarlet schmidt
sesampainya setoran shihab shio sindikat sisik smash sniper spektrum supernatural susunya
syahrini syirik tabah taipei tambun tango telunjuk terfokus teridentifikasi terlempar tidurmu
tita token tomorrow trading tum tumpul umurku veer vote walking wapres would zahra zainal akad
aldi alibi anastasia andaikan anjlok anomali bakatnya bao barbar batalyon batch baya benz
berfirman bersimpati bertiup biadab biodata bisma blm blur bombay bondowoso brooks bunker busan
christina coast corner cost cruise cruz dapatkah demografi devisa diabadikan diagnosa diajari
dial digagas dikamar dipadukan diplomasi diposisi dirumuskan dituangkan doug doyan drainase drew
dubes ejaan elliot endang experience fiqih frans gadjah garang geger gendang girlband gs gugus
hate hikmat hole holland holy ilmuan ingatannya insurance iritasi jengkol jessie jutawan jyp
kalem kalteng karuan kebangkrutan kebosanan keheningan kejaran kemenag keong kerukunan
kesemuanya ketekunan ketepatan kiprah kombes kompresi koo kosan kristiani kuping lautnya lempeng
macau mam manakala maybe melesat memaparkan memerhatikan mempersatukan mencair mendekatinya
menemaninya menghapuskan menghargainya menghormatinya mengoleksi meniup menjarah menyedot
menyetir merenggut merobek mills minnesota mississippi morrison muncullah mus musuhmu nita oma
omzet opium ops paguyuban parang parsial peluit pemanah pemandangannya pemanis pemecatan
pementasan pencabutan pengangkutan penghianat penistaan penjahit penyeberangan perajin
pertandingannya pigmen pinter podcast printing progo punyai pustakawan rachman rainbow raphael
rapid rasyid rawit regenerasi relokasi retail rindukan riza salem saturnus seafood sekuritas
selo sentosa seon shoot shopee siantar sigit sikit siska sistim siwa stnk strategy suasananya
suksesnya supply tanggap teratai terdampak terjepit terluar their these titip toefl tos tpa
trevor uas uny velvet venezuela vernon voor wiranto wizard women yay akira aktingnya
alhamdulilah ambruk anal arabia armstrong arnold awalan aww bahagianya bahunya bajo baut belilah
berbekal berkutat berlutut berotot berpenampilan bersayap bersekutu bolton bottom bowl cal
cassie cobra cohen commander cook could court dandim deket dell dialokasikan diasingkan
dibudidayakan dikisahkan dikorbankan dinaikkan dinner diplomat direvisi ditata diutus domisili
dpw drummer dutch eceran eiffel ende enough etc executive factory fikirkan filsuf fokuskan
fulham fury galanya gale gentar gotik guncangan hades hakiki hambar har hayat heavy hihi
hipnotis homoseksual hungaria idris ikannya iringan italy jade jayakarta johar juliet july kalu
kapital karimunjawa keberkahan kehati kejatuhan kepatuhan kesannya kesengsaraan ketrampilan
kiasan kolega kontraksi kram kunjungannya lampunya latihannya lbh leadership legiun lemparan
lendir lloyd mahfud maintenance maklumat mamuju maraton margin mart matic mayjen melambung
melecehkan memaki memenangkannya memeras memperkaya mengaji mengakomodasi menggertak mengimbangi
menko menumpahkan merkuri milisi mio motel mumi nyi oval palangkaraya paras pariaman patty
penangkap penangkaran pendinginan pendudukan pengembara penghentian penulisnya peradangan
perekam perilakunya perintis persiba pip plakat pltu pneumonia polling popcorn postur praktikum
psikopat qaeda qiu rambutku rancang rangsangan rental reset resimen rian rinjani rossa
ruangannya sai sederet seindah sena send sindiran slim sociedad steroid stream syukuran tabir
tarikan taring tarzan tc telor terangsang terbitnya terjangkit tersakiti terurai tha
transmigrasi transparansi ujicoba unair uraian uss veronica vigo vladimir wright xd yoh za
zionis alba alzheimer ansor antivirus apache arjun aye bachtiar bagas baterainya berantem
berkabung berkebun berkepala bermitra bernyawa berpetualang beverly bey bilamana binaan bitch
buana bujur bulgaria bully bum bunny burke cause celananya chapman cheese coke darling dash
dating datuk devil diadaptasi dibayarkan dicerna didekati didiagnosis diperkenankan dipinjamkan
disanalah disebar ditahun ditembakkan dota duda duplikat energinya essay evans farid farm
feedback feminin forget founder galih genus goblin griya grobogan gusi hadist hahahaha hamburger
hands hayes hening hermione implikasi intro irawan jalanku joong judith kanji karam kecilmu
kecocokan kecoklatan kehadiranmu kelipatan kesalahanku kesibukannya kesungguhan ketiduran
ketupat khasnya kincir klubnya kodrat krakatau kuatkan kuberikan kudo kuntilanak larva lebanon
len mahmud maker manila mansur martapura martinez maskulin meg melapisi memangsa membenciku
membobol memperdalam mempermasalahkan menatapnya mengalirkan mengecil mengelak menggeser
menginginkanmu mengisyaratkan menikahinya menutupinya menyantap menyindir mer merangkap
merchandise milyaran montok mpv mtr nahdlatul nazar ngajak ngeliat ngomongin nikahi niki
optimisme pacuan pantulan pelayanannya pelet pembubaran pemindai penghujan pengikat peninjauan
pep perdarahan perekaman perkataannya pertigaan pihaknya piper png porsche poseidon positifnya
pounds psikiater pusaran qurban rafi rajab rayuan refleks rekapitulasi role sahaja sanggau sem
semenit senbatsu sengatan sepengetahuan shinobi should simbolis sinergi sip sista skip someone
suaka sugeng sukma surel sus tagar takan tania tantangannya tasnya telusuri tercemar tere
terhadapmu terkendala terkontrol term terselip thought tie titipan title tracy travelling
treatment trending ubin ubud upt ust ustaz vita vokasi vulkanik wagub wesley window yordania
adakalanya ads alunan amp aquarius artileri bangkitlah bappenas beramal berambisi berdebu
beringin berjuta berpenghuni bertaubat bertebaran berunding berwibawa bidangnya bilbao
bintangnya blang bujang che cheol claudio coli csr dadang das dedaunan department depo desas
detektor dialek diaz didapati dihidangkan dikau diktator dimudahkan dinonaktifkan dipercayakan
dipersilahkan dir dirgantara ditegakkan ditindaklanjuti doaku dominic echo eco ee ejakulasi
ejekan elias entrepreneur est esther exit fasilitasi fee fh firewall fkip fo forbes frasa gabus
gamma gembok graduate guan hlm htc iklannya inner intelligence intip iu jabat jai jak juve
kalkulator katedral keabadian kelanjutannya kelistrikan keluarlah kemih kepribadiannya
kerendahan kiblat kimiawi kliennya koleksinya kolong konkret kontaminasi kucintai kudengar
kuduga lampiran layanannya lenovo liquid logat loket lulu lynch mack maros matter melanie
melipat melukaimu memikul mempraktikkan mendeklarasikan menebar menembaki menerjang mengabadikan
mengamalkan menggandakan menggantungkan menggiring menghentikannya menghidupi mengirimnya
mengumpat menjulang menungguku merugi microwave middle minimalis mito modis mujarab mun najib
nim nisan noh nyalakan oracle panggul paradise partisipan pemusnahan penanggung pengasih
pengeringan perfilman perusahan perutku pierce pilihanku pl policy polong pong posyandu ppn
prinsipnya prostat pujaan ramon rayap resistensi reward ridha sajikan sani sekira selaput
selokan seret setapak shake shane siliwangi sorot stigma strata sunni swalayan tambora tanding
taurus telan tenteram tercium terigu terjal terlantar tertular tiduran titel tonggak tot ummi
una universe vena vidio wee willie wings xavier alexa andra ares ask asn batasi bawahannya
berdirilah berduri berkaki berkarat berkicau bermoral bersyukurlah bolivia brankas buatannya
buddy candaan ciputra columbia dadah dahlia denah desus dianut dibanggakan dibikin dikunci
dilapangan dilibatkan dipake direnovasi disebuah disutradarai ditendang ditumbuhi diuraikan dos
doyle durhaka ekskul ekslusif emirates ethan fakir fed feed gala gao gorila gundukan gundul
hotspot incar indy intimidasi ipm jadian jalak jamak jeritan jolie kabag karangasem kartel
katniss kbs keburu kekompakan kepekaan keran kesediaan kesendirian kesepuluh kesunyian keutamaan
kompleksitas konselor kopling kritikus kutunggu langkat lc lebay ludah luk malioboro mamaku
martir masjidil masuki mediasi memanglah membajak membantai membeberkan membikin membintangi
menemuinya menemukanmu mengembalikannya menggigil mengirimkannya mensyukuri menuliskannya
merahasiakan merajalela mermaid mesiu miliarder mumpuni mural naikkan nexus ngak object
optimistis orlando patricia paula payudaranya pedrosa pelihara pembangun pembentuk penangkal
pengagum pengawalan pengeras penggilingan penghulu penjudi perekat perintahnya perjalananmu
pernyataannya persinggahan philips polwan praha prem pwi rahma rang rank rover rumania sabit
sampingmu satukan sb sekolahmu serena setetes seumuran sewu sf simpatisan siri skeptis skrip
skuadron sl steam surprise suryo syam tennessee tentram teorinya terarah terawat terbitan
terkasih terpancing terseret tomo trisakti tumbuhnya tumit turbin ugh utan vaksinasi versus
wayan yag agraria ajal angket angklung armor ayahmu baliknya baltimore baso bego belia berapakah
berbaju berempat berhemat berkarir berpasir berpesta bersambung bersepakat bertaraf berwisata
bike bilah bl blank bless blink brio brosur bulukumba campaign capture chemistry chika child
connect cynthia dahan darahku deg dekatmu dideteksi dihadirkan diimplementasikan dikagumi
dikenai dikeringkan dimarahi dinikahi dipanen diperbaharui dipukuli ditakutkan doris dynamic
eduardo electronic engineer england epilepsi faith fanny feature febri foot frost gal gamis
gorong gunakanlah hafalan hamster heaven heels hok holding huda hukumannya hulk idealnya igor ik
induksi introvert isian itik iyakan jelajah jerih jom julius kakimu kans karyawannya
kedudukannya kejuruan kesehatanmu keuntungannya khotbah kocok komplotan kuantitatif kucingnya
kuingin kukuh kunang less lupus madam majemuk majlis mamak mayatnya mbok melebarkan melegakan
memandangnya membayarnya memek mempan memperhatikanmu memperjelas memperkosa memperlakukanmu
mengajariku mengajarkanku mengalahkannya mengantri mengasah mengatasnamakan mengimplementasikan
mengusik menjemputnya menontonnya menyayangiku menyisihkan menyisir mereda migrain milimeter
mulya mustika mutan nabila nang nee nis nugraha nyaring orangutan orkestra pamela patokan pbnu
pede pekerti pelacuran pelampung pelanggar pemborosan pemimpi penawar pendahulu penghuninya
pengucapan pengungsian penyusun peterson praja primadona prov raka rano rantau ratih rendy
resensi resepsionis reserve retro richards sablon sae saga sajadah sala sebagi sehun selebar
sembahyang senyap sepatah serdang sheriff singkawang siswanya snake sodara sosialnya sprei
stevens suharto supervisor swasembada teologi terbayangkan terbesarnya terlena terpukul
tertanggal third tibet tindih tipsnya tonjolan tools train travis urang volt waduh years yuli
zaskia zee acar active address aish akbp amit anarkis anginnya anjuran av ayahanda azis bangau
batalion beckham belt benak berak berguru berkecil berkhayal berlarut bermuara berpolitik
berteduh berwajib bid braga brain breakfast brownies bukalah bunyinya butterfly buzz celta
cendana chin chrome church ciliwung columbus copot dadi dancing dare deck diadakannya dianalisis
dibajak dibanderol dibelakangmu dicopot diekspor dievaluasi diinformasikan dikantor dikelas
dilihatnya dioperasi diperdebatkan dipersenjatai dipulangkan disalah district does drag earphone
edan een effendi eleanor empedu fosfor found frase freddie french furnitur gaduh galian galuh
gardu gerah gie guk halusinasi heat heroes hibrida iba idealisme ironisnya isl issue istiadat
isya jackpot jahatnya janggut juice jurnalisme juz kakashi kelar kesimpulannya knalpot kompilasi
kosmik kucoba kuhp kungfu kutip lamar lebarnya lens leukemia lili majikannya marcelo marino
marvin materinya melontarkan memacu memanah memilki menakut mendambakan mendengarkanmu
menempelkan menepi menghapusnya menginjakkan mengungkapkannya menikahkan menimba meninggikan
menyemangati meranti merespons minho mn mok mrk mulan murtad narnia narsis ngebut niatan nic
oriflame outdoor palangka pascal paser passing payment pejantan pelelangan penakluk pencaharian
penelusuran penerbang pengungkapan penukaran perhimpunan peristirahatan permintaannya perompak
perseus pinjamkan playing programmer proteksi rangkuman rebutan regulator reno rentetan richie
rod roni ruginya sagu salma sand savage scroll seantero sebahagian sedekat sekaranglah semprotan
senjatanya senyumnya sep shalih shannon shui siberia sierra spotify standing stories sumpit
surgawi taj takdirnya tandai tembang tenaganya terbungkus tergiur tergores terlelap tilang tio
tirinya titus topic tourism toys triknya tuntut ubuntu urusanku utah villarreal wake wibawa
woods xxx yea yulia zalim aldo allan amnesty artian artikelnya assad asset astro ayub bakarnya
banana bari bentukan berdaulat berinisial berlagak berlakunya berpergian bersikaplah berterus
bilateral bm bora buangan built buntut burma burnley buton cakra campak cas cheung cn daisy
dhabi dibekali dibimbing difabel digunakannya dilestarikan dimasukan dindingnya diperebutkan
diprogram disematkan disembelih disiram disumbangkan ditafsirkan dn edaran edith elder empire
excel exclusive fatmawati figure flip frankfurt gaming gateway gea geum gobel hermansyah hilal
hiro hoi ilir inch industrial jasadnya jensen jujurlah jumpai kandangnya keakraban kebaikanmu
keceriaan keislaman kelumpuhan kemaluannya kembaran kepedihan kepopuleran kepunyaan
keterangannya kocak kri lazimnya maksudkan mamanya mangkok masi mein membekukan memberantas
membereskan memeriahkan memonitor memperbaharui mena mencuat mendaratkan mendokumentasikan
mengemas mengemudikan mengisap mengosongkan mengubahmu mengutarakan meningitis menjijikkan
menuntaskan merakit mewariskan mipa nad nadya najwa nakuti natsir nawawi neon notebook nyanyikan
oku olive ong ortu parepare pelumas peluncur pembeda pembengkakan pemuja penggambaran penopang
pentagon penyemangat perbekalan pertanggungjawaban pijakan pir plant preston quraisy reborn reds
reina resin reuters reynolds risk risma rr ruam sample sehelai selada selling semburan sensus
sept sepuh serviks sosmed sudan sul tahunya taubat tengku tercapainya terdekatnya terjauh
terkabul teropong terselubung tertandingi tertuang tida toga tool trimakasih tulip tung tyson
ujiannya valve vu vulgar whitney wit wrong yanti yao abjad acc acting adipati aga ahmed ajeng
akselerasi ambilah analogi anggi antartika anyaman ass axel backup barack batangnya beranda
berbusana bercocok bergizi berilmu berpapasan berpesan bersalaman bisik bosnya bow brigadir
carrie cawang cicipi ck coaster coverage cowo cube darma default delay demonstran denver
diampuni dianiaya dikaji dilirik dipertaruhkan dipisah dipulihkan ditantang ditinggali ditolong
dome dude ema empiris epic ernesto espanyol expert gam gamat gebetan gerangan grammar harapanmu
harbor heather humanis illinois jambore johor judge kamen kantoran kaumnya kawal kecaman
kecemburuan keguguran keharmonisan keinginanmu keponakannya kesukaannya ketemuan keutuhan
klungkung koefisien kon konglomerat kostrad kpd kulitku laila langgeng layer leluasa linear
lobak lonjakan lsi luiz lukai luluh maen malem marwan mayo melahap melakoni melawannya melenceng
mempermalukan memprotes menamainya mendingan mendukungmu menerimamu mengajarkanmu menganggur
mengenaskan mengeringkan menggembirakan menghembuskan mengikut mengubur mengunakan meniti
menonjolkan menyikat menyinari menyokong meresahkan miniatur montana month moo mtq multinasional
mx namakan naya ngaji ngawur nikel nn norton notes nou ns ogan orasi panther pap paskibraka
pemeluk pemurnian pengawet pengkajian penunggang perabot perakitan perbanyak peretas persawahan
perseteruan pesepak pinky pocket preferensi psms puerto puitis rabun raditya rasi recovery
region rehat reinkarnasi remehkan rene responden restorasi richmond rri rx saiful saman sami
saudaramu seisi sekrang selangkangan serangannya serapan sesuaikan siangnya silsilah sperti
stein subhanallah suhunya suvenir syal tabib tabloid tanjakan terpancar testis ticket timmy
trainer traveler tutul untu vijay watford watu wonderful xiang yaah yahweh zhu zurich abbott ale
amati amsal angry appa apung aqidah arafah archer arts arum ashar baitul banyuasin battery batur
benefit berbahagialah berdiameter berduaan berhitung berlisensi bersertifikat bersujud bertanda
blanc bournemouth bram butler cakram camping carson cekatan celine chili civic cleaner cody
combo comes convention cor dayang dedy demon deposito dibantah diberitahukan dicanangkan
digambar diimpor diinginkannya dikalangan dilipat dimasuki dimintai diperolehnya dipungut
disembah disuatu ditanami domino dosaku duty ekologi esp eta floor forward fransiskus gegabah
genoa geo gerry gibson girang gon hadapannya hikmahnya hiraukan hollow hyang illegal inap
indiana isabelle iyah jala kampusnya kebahagian kebayang kegigihan kekerabatan kelewat keluh
kentucky ketut kimchi klise knox koto kr kriminalitas ks kuinginkan kursinya kusadari labirin
lempengan lidahku lis luarbiasa lucius manifestasi mdpl megatron melejit meminimalkan
memperindah mengaturnya mengencangkan menggalang mengisolasi mengulanginya mengupas menindas
menjelaskannya menjijikan mepet minit misionaris moody nagari negro nelpon nfl oregon others
pamrih pelamar pelindo pemudi pencairan pencetus peredam perkalian pertaruhkan perusakan
peziarah phi piksel pluit poligami positive prilaku promotor provokasi rabbit rabies ragi rahayu
rakan rambutmu rayon receh records relay resepnya residu roberts ronny saklar sampdoria santana
sasarannya sedotan segudang selebaran sintang speaking squarepants suaraku submit sure survival
susanto tandingan terapan terdorong terkekeh termakan terpikat timothy trouble tune ulung usu
wanginya zuko absolut adele advanced agribisnis akhiran anestesi ark arrow bacan baper barokah
bayarannya belenggu berbisa berdedikasi bergandengan berharganya berjauhan berjilbab berkiprah
berlainan bermusik bersyarat berteknologi bertengger bertumpu bhs bijinya binjai bonnie bpbd
build bukalapak bumper butik communication cop dago dalih diberangkatkan dijajah dikukuhkan
dimohon diremehkan disimak ditembus ditempa dituju diuntungkan diwawancarai ekstasi everest ew
fda fokuslah fokusnya fragmen garapan geometri gesit giri glory goals gondok greene gulai
hadapanmu hank hen hidayatullah himbauan imperial inflamasi jenewa kahfi kaji kaldu karibia
kavaleri kebalikannya kelestarian kepegawaian keruh ketuhanan kin kir klimaks kompetitor konoha
kubik kuwait lambert legislator lonely lose mangsanya maniak maryland math mebel melangsungkan
membalik membelot membinasakan membuangnya membukakan membunuhku memejamkan mempedulikan
memperdulikan menasehati mencerdaskan mengabaikannya mengecat menghalau mengharukan menghuni
mengisinya mengulas menunggang menyalahgunakan menyambar meracuni merajut merengek merubahnya
meruntuhkan minumannya minute mir mongol mono montgomery motion moving mtv mukamu naked natrium
ngaku nhcp nk normalisasi okelah olympus paska pelancong penayangan pengarah pengusung
penjualannya penyumbang peramal percontohan permai persada pim pitt prabayar pramono psv pulo
puspa rebo relaksasi revitalisasi riba rica richter royalti saki sanders sans santap sepakati
serambi sergei setianya setimpal seventeen shalawat simpatik singgasana sinjai siregar sirius
skuter sora sos sosialis sporting stockholm stuff substansial sud swing tana tapanuli tarifnya
terbayar terbentur terealisasi tergenang terkutuk terpecahkan terpelajar tertata titiek troya
tumpeng uhh uii validasi vanilla vespa whole words wr wujudnya xu yue zon adinda ahmadiyah aida
aksesori aleppo alumnus ambassador ardi argo array atlas avanza awali azan bagaimanakah
banggakan banks belantara benzema berkecimpung bermukim bernada bernasib bersedekah bibirmu
billboard bloom booster boyd canda cardiff cdma ceri ciledug coretan dadar deluxe diaduk
dijabarkan dio dion dipasangi dipecah dipenggal diperbuat dipermainkan ditaklukkan ditangguhkan
ditopang diwaspadai dixon dry dt eleven embel fatih fitzgerald folder fortune framework gapura
gembong gerald golnya gothic heo hijriah himalaya hosting hurt ibaratnya iis impossible istiqlal
istrimu jembrana jugalah kaoru kdi kebanggan kebijakannya kee keindahannya kekasihku kemampuanku
kepandaian kerasukan kes keuskupan klakson kokpit koktail komoditi komunisme krama kramat kraton
laa labil lana lance lanjuti lebihkan leverkusen levi lol mahdi malasan maman mampet manisan
mariko maulid mediterania memanen membaginya membocorkan menandingi menanggalkan mengesahkan
mengevakuasi mengimpor menpora mentimun menyalip menyampaikannya merepresentasikan merica mesias
mikha mirna montreal mudi muh mujizat nadal nai nasrani noise nyawaku nyoba ol omset oreo ou
overdosis pancuran paroki peggy pelalawan pelanggannya pemaksaan pemantau pembajak pembakar
pembenahan pembukuan pendosa pengambil penyebutan perapian perhotelan pernafasan pertokoan
perumusan pesulap phillips pidie pitch pluto prix promosikan quote rajawali rally ramayana
rebana rendra robb samir sanjay sastrawan secukupnya sedihnya sekamar sekutunya semangatmu
senggang seruling sesepuh shampoo sharma shower sian simulator slam slip soldier sorak spesimen
studinya sunshine supernova sur syifa syukuri tampa taro tate tebet tegaskan terbengkalai
terpilihnya tersenyumlah tertahankan toples toronto truth tun turing ulur wanted which wonosari
yel yogi yusril zoe aden advance airbus aksesnya alexandra almond angle angsur anisa anyer
auditorium autis bahagian bajakan bakau bathin bazar behind berbintang bergaris berhadiah
berjatuhan berkarier bernomor berseberangan berserah bersubsidi bertandang berutang bosnia
bourbon bulungan bungkam burn cache calo campus capricorn cemberut choice ciptaannya clan
compact contest culik cupang darren dawson dem dengerin devon dibaptis diberikannya dibukanya
dikandung dikehendaki dilandasi dinanti disampingmu disukainya diwilayah dodo dwight elaine
elektronika elevator emansipasi epson erin euforia fauzan felipe fisiologis gersang gili growth
gugat hendrix htm indigo inframerah interest io iptek ite jaime jawabku jerome jj justice
kapasitasnya keaslian kecilan kedengarannya kedisiplinan kegilaan keresahan kesialan kesitu
kewaspadaan komentarnya kontributor korelasi lajur lakuin lamborghini langsa layarnya least
lennon letter lidi lobby lotion louisiana macem mahasiswanya mandir mansion manusianya marine
marley massachusetts melebur memarahi memberatkan membiarkanmu menagih menaikan menanganinya
menanggapinya mencairkan mengantarkannya mengasumsikan mengelabui mengeras mengoptimalkan
mengungguli menikahlah menitipkan menjalar mentok menyerangnya mera merahnya meraka meratakan
merayakannya merenungkan metafora method micro minimnya motifnya mozilla nemu neng ngambil nino
nolan nt null ombudsman ooo pamor parahnya payakumbuh pearce pelapor peleton penghematan penguji
perangsang periodik permasalahannya perombakan perputaran pertamaku pertanahan petra pewarnaan
photography pikun pss puma punggawa pungli purnomo purwodadi quantum rc resume retakan rodgers
rubrik runtuhnya salahsatu salsa sarannya sei sekrup selendang sembah session shire sisakan sono
springs sq starting suar tabur tameng taufiq tawon tebo teko tenggat teoritis terbebani
terkoneksi terlindung terpantau those tokonya tone truman tuba tutor ulet upayakan utomo vw
wahyudi wd weasley webtoon wheel wheeler wirausahawan yurisdiksi zheng abk ageng akunnya alive
amen ampera anambas andromax antek ape asistennya athletic auditor augustus bacon bandang
bantaran belati beo berkesinambungan bermotif berserakan bertopeng binti birokrat bordir cable
came cendrawasih chile clock coin connie dahsyatnya darius darmawan desy diamkan dianugerahi
diasumsikan dibawahnya dibelakangnya diberbagai dibohongi dibolehkan digaji dipungkiri disewakan
ditindak diujung dra elia eliza encer endapan extreme faiz fishing francesco gilanya hansen
hector horn husna ingatkah intern intuisi investment isabella jahil jamannya jargon jenkins
jibril joel joglo joss junk kaktus kanopi kayunya kebab kebiasaannya kediamannya keguruan kekar
kemalangan kematangan kepompong kesah kesuksesannya khanna khofifah kiii kliwon konfederasi
kopral krusial kudanya kukenal kurator kutil lapan leigh lelap lenny lian lila lindung lit
lokalisasi luv madonna madya magma majah mala melarangnya melly memanggang membungkam memposting
memprihatinkan memprovokasi menaati menangkal menatapmu menaungi mengagetkan mengaplikasikan
menggelitik menggerakan menginvestasikan mensyaratkan menyaring menyepakati menyesalinya
menyetujuinya meraba merger meriwayatkan mick mimika minion minumnya mochtar mozart nami nari
nate nct newbie nigel nikki oriental pamulang pandora pansus pantainya parodi pasak patahan
pedangnya pegasus pelajarannya pembayarannya pembesaran penalaran penanggalan pengepungan pengin
pengukuhan pengumpul pengurusan peraturannya perserikatan pertikaian peterpan pgi philippe pmii
ppk pranowo protestan quentin rat reaksinya rebusan recommended rekonsiliasi remix renault
renungkan resign risikonya romantic rong ronnie rosemary saber sampo sarangnya sdr sedetik seen
sejawat sekat semarak sentimeter sesamanya setebal seto shirley simmons sleeping spg spike
srikandi steril sulu tangsel task tee teen terabaikan terasi terhadapku terluas till tipuan
tongkol tunangannya tundukkan usahaku usap utilitas vale wii wiki winchester wolverine youtuber
aal aisha ajay aktifnya alamak alfian almamater ambigu angelo angsuran antagonis arahku ariana
asahan atlantic autisme baal balistik bangsanya behel belimbing berkobar bernaung berorganisasi
bidikan bijih bilal bireuen bismillah bnpb bodo boro broadband buck bund burhan cass cegukan cf
champagne chevrolet chou cincang created dakota dalan damri demand dengki dialaminya dianggapnya
dicoret dideportasi dig dikejutkan diputus diriwayatkan disampingnya disegel diselimuti diserbu
disertasi diundur diurutkan draw dupa egg elektabilitas ellie emerald emir endah enter estafet
famili fasis favoritku galatasaray gejalanya gemuruh genit gki governance hajime haven hazel
hermes hiks hoffman hubungkan idrus implan indri irian jadikanlah jambul jerapah jerusalem kait
kalajengking kalibata kampungnya karikatur kawula kedok kegemaran kelangkaan kendaraannya
kepahlawanan kependidikan kepintaran kerabatnya kerajaannya keramas kerena keseluruhannya
kesurupan keterpurukan keyakinannya khatulistiwa komentari kondang konfrontasi korsel kretek
kuas kultural lahirlah landak lanka lengkung lukamu mali mangan maple melantik meluap
memberhentikan memberitahunya memperlancar mencocokkan menepuk mengeksploitasi mengertilah
menggoyang mengimbau menunjukkannya menyewakan merangkai mhz milla morse movies mujahidin munas
nafasnya nao nb negerinya oc oooh ordo ott panahan pasan pasha patahkan peach peak pembantunya
pemboman pembongkaran pemerataan peminum penampilanmu pendeknya penerjemahan pengetahuannya
penjumlahan penutupnya penyaringan perkins peron pertamamu perth pialang pkm prasejarah prematur
probe protection purna rakaat rangking raven relax rembulan reply res response reverse riri
rodrigo rohan ruh sakitan sampit sansekerta sas sawo sayangkan sayembara schalke scout setir
shim sie singgung sinus skrg sonar spek stalin stupid subroto tandatangani tawuran terkuak
tersedak timing tl twist undangannya vcd venice vidal wafatnya wave wijen willis wolfsburg yakub
yudas yung zhong aaa alma alvaro alves amik andrews ary ats bekerjalah belakangmu beluk belur
beng bengong benjolan berbenah berbuka beregu berkebangsaan berkewajiban berkhasiat bermarkas
bermuka bernafsu berpegangan bertuah bianca bintara bitcoin blah booming boots borg bowling cai
carla cheers cheryl chloe claude clinic council creed cw danang dancer deb dewey dibanjiri
dibarengi dibelah didahului dideritanya dihantui dikonversi dilontarkan dioksida direndam
dirintis diselingi disenangi disinggung diterbangkan dor drink dropship eksterior
ekstrakurikuler elastis emangnya fanpage father fatihah fatin fest fitrah fotocopy fotomu
gagalnya gandhi gantian gavin generik gladiator globe golek golok gondrong gprs hajat hancurnya
hantam harmonisasi hologram ikhwan improvisasi infinity ingkar inka inpres inspektorat ironi
ishak istimewanya jalinan jannah jelata jelita joyce jul kafilah kalimatnya keadaanmu kebaktian
keberaniannya keberlangsungan keberlanjutan kedubes kejari kelasku kelasmu kenneth kependekan
kepulangan kerahkan keserakahan kesesuaian kj kodenya kongo konsepsi koplo kuenya kur
labuhanbatu language lawu lengkungan lokomotif loteng lun luthfi maa mading mancini marshal
marty meloncat melukiskan membabi memendam menampar menangisi menasihati menganiaya
mengonfirmasi mengurung menyembuhkannya menyentuhnya menyerahkannya merendah mile mvp ned nobody
normalnya ohhh olaf osn paprika passport paste patel pelaminan pelapis pemerhati penantang
pendiriannya penggelapan penisnya penjemputan penumpangnya pepper perbulan perhutani permanent
perniagaan pod por present pulak randall ravi reason resource reyes rule sahara salin sandang
sbs selancar seniornya separah sesar sialnya siar siber skk sneakers soni speech spiderman
stones storage syamsul tampilannya tasawuf temple tentulah terucap terukur testing theresa
timbang tjahjo toby tracking ubun unnes vacuum vino visualisasi wai wamena wana waters while
worldwide writer yon yos zip acne adhi agro ainun ajarannya amis arsene atalanta atu automatic
balikkan bangli bath being belokan berbangsa berkantor bersemi bertatap bertipe berwawasan bhai
burton buya cage catatannya cecil centang cesar chips claus crawford daan dahulunya daniels
defensif deok dies dipantau dipetik diproyeksikan dirujuk disantap disebutnya dita ditentang
diukir dobel dolan dolly dompetnya draco edwin emoji eon epik explore female franco fransisco
fund gardner garing geladak grande gta gum hanif hayden headline hear hidrolik horizon hotelnya
ilyas importir imunitas informan inisiasi iraq ivy jejaknya jera joanna johanna julio kagumi
karina kayla kegaduhan kehendaknya kelambu kelembapan kemegahan kepindahan kerumitan
ketidakpuasan kewajibannya khilaf knp knpi kobra kubiarkan kuch kunyah kutahu lanjutnya lavender
lea lentur lokakarya lori lubuklinggau luhut lung lyon magrib mahakarya maharani male martial
meletakkannya memalsukan memantapkan membekas memilah memilik memindai memintaku mencampurkan
mencerna mengedit mengharumkan menghasut menghindarkan mengulurkan menjajah menyaingi menyasar
merbabu merefleksikan metrotv miley minato missouri moms mondar monoton monte mpok mri myself
nadine nainggolan nathaniel neal nebula ngo nh nikotin nitrat nottingham nyasar oiya
organization ovarium paketan panjaitan parabola pasutri paw pemindaian pemogokan pemutusan
penarik pengamen penghapus penjaminan penyamaran penyanderaan persetan petasan pittsburgh ppm
production publisitas pujangga purple rangkap raw refresh refreshing rekamannya rekanan
resources rusli sake sampingku santunan sao sapta sasha saudarinya sebaran sebotol semar
sesering setibanya shaun simpanse siram slta sonya sosio spoiler stimulasi sudahi surplus
syarief syria taekwondo tamara tandus tenggang tenggelamnya terpanggil terpeleset terukir
tokohnya tpu trey uc ultraviolet unggun unicorn valerie vegetasi wae wahab working xin zealand
zoo akidah alay alexandria along ampunilah amran antrean apakan apartemennya arung author awang
baptis barnabas barton belanjaan berbeza bergurau beritahukan berkati bernegara berprasangka
bersalin bertutur berumah besutan betapapun bhinneka bil boer bolu bowo bruto buffon bumerang
burt chain chakra colour constantine crime dalah danu datangkan denis dibawanya dibina dibujuk
diem diincar disfungsi disko disorot disuntik ditimpa dns economic edwards element eo erosi
ethiopia falling fantastic feminim fighter files fiona fitness fleksibilitas flynn following
freak frederick frontal furious gaby geleng genji giring gugusan hajatan hani hide hinggap hirup
husain hyde ibadahnya idealis indomie istiqomah itachi jared jess jompo jungle kadet kecewakan
keikutsertaan kejanggalan keke kelalaian keller kendall kenyal kepsek keramahan kesekian kokain
korem kredibilitas kremlin kusimpan lahat legitimasi limo lindsay lipstick ll lois lop mandul
marching maroon marten mbps memanggilku memangkas membahasnya membanting membelai meminimalisir
menancapkan mendamaikan mendiami mendinginkan mengadili mengenyam menggendong mengorbit menguak
menguasainya menolongmu mentalnya menyombongkan minggir miriam mohamed muktamar muslihat nabawi
naskahnya negarawan ngemil obi orion pac panaskan pancoran pangkuan pankreas paolo parti pasai
pasaman paytren pbsi peletakan pemakamannya pembom pembuahan pembungkus pencampuran penciuman
pengebom penggila penjaringan penutur perangko perantauan perasa perjalan pikirnya plug poli
powerbank proton ptt rab rampasan rana reggae reksadana renggang riasan rona sauna sek
sekelasnya sekolahku semaunya sentimental serdadu shania shark sheng shogun singaraja ska
skizofrenia sporty strain stylish subjektif suda sunah supra survive suzy sya syahputra tajuk
tanamkan tantang taukah tegap teller template teraman terbelakang terelakkan teritorial terpukau
tersier tertukar tewasnya thr tiru tkw trent troll trophy tuang tumpahan tuntunan uchiha udinese
ungaran unnie upon usulkan usulnya utsman venesia vic vlog vr wabup wajan wak walet waria yakuza
abangnya afgan alison ame amri andhika antoine anya artha article bantaeng barumu beethoven beg
bercermin bergejolak berjabat berkatalah berkompromi bermasyarakat bermuda berpandangan berputus
bersorak bibinya bible bj born budapest bulir buncis carry cdc chandler christie cinema clarence
claudia clayton cliff coutinho cycle damaskus debby densus dh dibalut dibeberapa dijahit
dijodohkan dikoreksi dikuatkan dilimpahkan dimeriahkan dipa dipeluk dipinggir dipopulerkan
dipusatkan dirampas dirampok ditekankan dunn dyah early evi fake false fame frankie furniture
fusi gaal gada gangnam ganjaran geofisika gibbs glow googling grogi guinea hammond hanafi hbs
heli hernandez horus hrd hughes idiom idm ijen ima infus iring irving itc japanese jatinangor
jenner jerat jilat kalijaga kalkun kanit kapita kasian kecacatan kecoak kehitaman kekanak
kelontong kenshin kepergiannya kerutan kesemua kesetiaannya khadijah khattab kirab knows kod
konsen kontur korang kotamobagu kt kui kuingat kul kuserahkan kutemukan lal leroy ln logaritma
loncatan lpg luca makar makelar mann mediator memaknai memanjangkan memantulkan memberdayakan
membunyikan membutakan memorial meneriakkan mengajarinya mengantongi mengeluarkannya
menggetarkan menghianati mengingatkanku menginstruksikan mengotori mengungkit menilainya
menimbang menjadikanku menunya menyambutnya menyembelih menyiram menyisipkan menyuguhkan merana
meratapi mikirin miko mls monday monggo monty motorik muhamad muharram muter neuron nirwana node
nunda nuri observatorium oksidasi padu pager palermo pel peluncurannya pemanggilan pemusatan
penaklukan pendampingan penggiat penjilat penyitaan peraga perangnya peregangan pergunakan
persilahkan pertahun pertapa petersburg pickup plum pmk poe prakiraan prefektur protocol
putihnya puyuh qin qu quan quotes reid remy rintisan rogue rol romansa rupawan ruslan sail
sambas sampoerna saxon seleb semboyan senyaman serak serui sesukamu setiabudi setrika shang shao
sheikh simetris sistemik sonic spion stu sumbang syeikh sylvester syuhada taek taka takbir
tarung terjang terkurung terlupa tertindas tgk thohir tiki tube tudung tumbal tumbuk turin
tusukan urutannya usut vertigo vivi wakatobi wanitamu wastafel wire woon yaya yet yoghurt yuka
zhi abigail allahu amnesti amr ancelotti ando animal anjingnya anto apec argh argumentasi
aspirin attitude bacakan balak bandeng bandwidth baxter bazaar bengawan berbudi berdusta
berkibar beroda bertakwa bertapa bgt boarding boga boko boruto bring budayanya bumbunya buster
busway cfd cisco citizen cosplay current daa dananya davidson dekatkan dhuha didesak dihina
dikenalkan dikendarai diketuai dilecehkan direspon doe dolores donatur donghae eksplisit
everyone falsafah feet filenya fiqh fixed fobia formalitas fuller gain gazebo gohan gonzalo
government gross guangzhou halangi haq hentinya herpes hiatus hibernasi hilda hilton hiroshima
hush ihsg ike ikutilah impuls iniesta ipul itali jaguar jar jhon js kamuflase kapok katrina
kawatir kebutaan kebutuhannya keinginanku kemaluanku kemoterapi kening kenyataanya keperawanan
ketajaman kompartemen kotamu labs lalulintas landscape lei listening lm loki magazine magnum
mahendra making malaga malinau mantab marta masters masuklah mcdonald med memasaknya membenahi
memenjarakan mendatanginya mendobrak menempa menerpa mengantarnya mengeja mengenalinya
menggiurkan mengingatkanmu menjerat menyepelekan merta mob momongan mong muller mustafa mustofa
nego neko ngetop nyangka october oka olivier organisasinya par pekerjaanmu pemersatu pemko
penabur pencakar penelope pengawalnya penghidupan penjabat penjelajahan penobatan petaka
petunjuknya plester privacy prize process prt pupr puti python rahmad rao recording reese riko
rise rohingya saddam sakinah sasak sector sederhananya segara selayar sentinel sepedanya serap
serumah sesali setimnya setor sexual shelter ship shy simultan singel sinting som stie stoner
sulteng sword syawal taken tancap tarbiyah targetkan tasik tay terbodoh terlewati terpendek
terwujudnya tien tinja titah tlah tomas transfusi trojan tumpuan tut twins uci ugd uki urusanmu
vegeta virusnya vivian wallet webcam webnya woong xenia zul abri absurd acap adipura aii aim akn
amalia analysis andalas angels application apr asuhnya atmosfir babakan bakmi berbangga
bergiliran berkacamata berkampanye berlemak berucap bmi bonusnya branch branding brooke buih
byung caps carrier ceritaku ceritamu chao cileungsi cong cooking copas crush damage deportivo
deret detikcom dibebankan dibulan didikan didiskualifikasi digenggam diinstal dijauhkan dikurung
dilansir dilewatkan dimuliakan dimunculkan diramalkan dirumahnya disayangi distance ditampung
ditanyai doel donovan ei elly else erdogan favourite fin fluktuasi fyi gamers gampong garrett
gelandangan gerakkan ghz guitar gung hamburg harto heritage herrera hinaan idi ikonik ilah ind
infra instagramnya inul ipin islamiyah istananya jacques jajak jebol jeddah jeram jodie jurgen
kana kanakan kanda kbbi kbr kekuningan kemenkes kemenpora keputusanmu keputusasaan kesopanan
ketimpangan ketoprak ketum khatib konstitusional kor kotabaru kusir laguna lancang laptopnya
lawa lekukan ligue lithuania liv liz maharaja margo maudy maung mcqueen mekanika melebih
mempererat memverifikasi mencekam mencemari mencuba menentangnya menggambarkannya menghajar
menghancurkannya menghipnotis mengumbar mensupport meri merusaknya milenium miracle mortir mos
motorola msg multiple newsletter nyetir oklahoma onani pabriknya pair palem pangkep panitera
pelatuk pelayannya pembekalan pendaftarannya penitipan penuturan penyebarannya pepe peranti
perbendaharaan perempatfinal perkosaan pernik persisnya pesertanya petuah pic playoff
popularitasnya progres prosedurnya pulas punch pungutan punjab pus racikan rahul rampok reka
reskrim romi router sands sawi setidak shampo shankar shine showcase silicon since singer
sintesis stitch sugiarto suro sw syahadat tal tamak tempati tempelkan tercampur terpanas
tertimbun timbulkan treat tuah tucker twilight ua uncle unduhan unicef until uri vice vince wise
yonif afganistan airmata alatnya alfabet aljabar amandemen anfield apan apinya apotik arc arloji
ayla baki banyu barter bash becus bendung berbatas bergilir beriklan bermartabat berminggu
bermodalkan berpenduduk bodhi boediono bosen boulevard bph brady brigade buyut cadas cahayanya
casa cathy cendekiawan chambers champ children cicak cin cirinya citizens clive closed clyde
concept cosmo dapetin darul datsun dengarkanlah diapresiasi diibaratkan dipadamkan
dipertandingkan disambung disaring disni ditaksir ditawar dol doom dudukan eksentrik enzo
excellent fabio fallen fear fisikawan futures gerimis getar gg gorilla grove guatemala
habitatnya hadapilah handle hangatnya harvest hatian heroin hidden horse hsu idolanya impianku
instrument introspeksi itukan jacket janjian jebolan jer josep kalam kamarmu kapasitor kappa
katalis kathy kehijauan kejenuhan kepung kerapatan kesempatannya kings kontolnya laurie ldr
legalitas lhokseumawe limpa lon makamnya mangkat marcos marks marshmallow mater maumu
mempresentasikan mendatar menebang mengasingkan mengendalikannya menggulung menghayati
menghilangkannya menghubungkannya mengobatinya mengukuhkan meninggi menirukan menyamarkan
menyayangkan menyederhanakan merealisasikan merebak meremas merevisi mertuanya mita mobilisasi
moe mukena naa naina namja nanang nata nemo nga ngarai nixon nubuat og pajajaran palapa
patterson pemasyarakatan pemberlakuan pemerkosa pemohon pengertiannya penulisannya perincian
peringatkan pernak pertumpahan pesaingnya pictures pinta pipit pixel pku plato primata promise
pubertas pw quiz radiator raket rawamangun rayo reboot rekomendasikan rf riding rima rote row
royce rubber sabaran sabotase salto santapan searching sec sendang setu severus sewenang silau
sinclair somad sorang sosoknya spark speedy stafnya stevie sultra summit sungainya syamsuddin
tanjungbalai tempurung tenor terakhirku terpampang thriller timbunan timer tomboy tsubasa
tumbukan tunanetra tuyul twenty undur verona wax wenang winda xian yale activity adler adolf
adult aguero angke antam anything arktik armenia aron arsyad atrium aurel backpack bagaiman baim
baliho basement beatrice beber berekspresi berendam bergulat berkehendak berkemampuan berliku
berpangkat bersahaja bersetubuh bersinergi bertamu bertekanan bioteknologi birahi blueberry bn
bojong bologna botolnya boyle brenda brent britney cakung chai character chennai cherrybelle
cikini claim dayanya diasuh diharap diketemukan dikosongkan dikucilkan dilawan dilokasi dimaknai
dioptimalkan dipimpinnya discovery disemua diseret distorsi ditularkan diunggulkan dprk dun ebay
emasnya emirat energik external flop forrest fotokopi fs funny gaes gameplay gapeka gee gemas
gerard getafe ghaib gilaan halmahera hancock happiness hatchback herry hitamnya hoodie hornet
hujannya icha interogasi intra irina isra jasper jewel jfk joint journey kalong kanwil kasasi
kejahatannya kekristenan kemaritiman kemasukan kemauannya kempes kendi kepalsuan kepentingannya
keteraturan kie kolot konsultasikan konter kooperatif koro korosi kosmos kwh landai laurent
lekat lembap liburannya lk lotere loyalis loyo lv lyla madani mahkluk mandela manta mee
melaporkannya melinda melotot membangunnya membawaku membendung memfitnah memprioritaskan
memupuk mendahulukan mendekatimu mengebor menggugah mengizinkannya mengoreksi menindaklanjuti
menjabarkan mention menunggangi menyergap merendam merindukanku moderator mori mualaf musimnya
mustang napa nugini oasis ob padan pangsit paradoks parut paviliun pelana pembusukan pemulung
pendusta penerbangannya penggeledahan perah perban persilangan pertumbuhannya ppa practice
premis prison profesinya psycho puak pyaar quarter qur rami rare rebound remuk reseptor rilisnya
rinciannya rufus rusun sap saudagar sendirilah sepang setujui sgt shrek sidak sina smansa snap
sodium speak stranger stt sugesti sungkar sunter syiar tamil tampar teleponnya tematik
tentaranya terasing tergambar terkonsentrasi terlarut terpandang tersedianya tersohor tersumbat
tiroid tirus tokek totalitas toy translator trayek uranium vihara vikram vivo wika wiro wisman
xiii yoona yuda advertising alaihi aljazair alor anakan andalah andres angie antony apply ario
arms astrologi bahar bahrain bal barus berdenyut berkedudukan bermalas beyond biodiesel bisul
bleh blender boa bollywood bones bpn brighton buffalo cagliari camille cengkeh chemical coleman
common cupcake dao dering diagonal dibangunnya didepannya didownload dihadang diinterogasi
dikecam dikeluarkannya dimanipulasi dipangkas dipermalukan dipuja diraihnya disampingku
disandera disco disepanjang disia ditegaskan ditindas ditunjang dompu duk eliminasi eman
engkaulah enim fai fak fam fiesta fiturnya fong formulasi frances gagap gajian gamenya gebrakan
gletser gmt golput graphic gudeg headphone healing healthy hehehehe hours hunger hutangnya
ibrahimovic iku imagine impact instrumental irish istilahnya jagal jawabanmu jeruji jian jpu
kabul kaito kardiovaskular kasihnya kehormatannya kelemahanmu kemalasan kemunculannya kesalah
keselarasan ketegasan ketidaktahuan ketuanya kopdar kopertis krisna kualitatif kuan lahap lanang
legit lihai luncur luwak mahakuasa maja mane manny manurung marissa marx matai membasuh
membicarakannya memukuli memusingkan mendes mengekspor mengekspos mengembangkannya mengena
menggoreng mengidolakan mengolok menjembatani menstimulasi mentawai menyebabkannya
menyembunyikannya menyuruhku metallica mol morotai nafasku nagita natsu nikon nyampe otoriter
pantauan passwordnya payne pcr pegawainya pek pelataran peledakan peluangnya pencet pendataan
penengah pengering pengobatannya pengolah perantau perilisan perjodohan permainkan persona
pertamax pipih playlist pojokan pps pv radit raharja rahib rajut rakitan rand rapor relakan remi
reni rerumputan respek riana ricardo rindang rk rome rookie rusaknya saa samad sampailah sanur
saru says scooby sebodoh securities sekresi seno senonoh sensitivitas senyummu seol serabut shut
silaturahim simpson soalan soe species standby subway sudutnya sukanya sumbangsih sumbing suntuk
tahulah tarekat taun tbc technical terbantahkan terdidik terjerumus tertawakan timika tipikor
tobat tor umbul ummu unand urip urung utarakan vinyl wati weaver wig wisconsin yai yui zach zola
zuckerberg acer alaminya alec aliyah alurnya andal apartment ayana azam batunya bawaannya
bayangin beam beep benoa berakal bergumam berjalanlah berkuliah bermainlah bermodal berontak
berposisi bertulang bimo budayawan bw capaian carbon chand churchill complete cyril daku dapati
depot desentralisasi diamalkan diawetkan dibentuknya dibumbui dicium digeser dikontrak dim dip
diposisikan disibukkan disyukuri ditinggikan dividen dow drawing each eagles ekspresif
electronics ester estonia ev fasik fifi freeman fuel gambarkan gelapnya gesek ghetto gibran
giveaway godzilla griffith gwen hale hg hisab holt hura ie infotainment ipo jariku javascript jc
kalkulus karawaci karcis keane keasaman kegalauan keladi kembalian kepemudaan kepo kerentanan
keringanan keteguhan khabar khianati kinerjanya kiprahnya kite kkp kompos koneksinya
konektivitas konsesi krisdayanti kuadrat kubilang kumohon kurdi kusta lae lakunya lancer
landmark lantainya lebur lester libra liver loud mahakam makian manggala maru masam masukin
maximus mayang membalaskan membantuku membukukan memindahkannya memuntahkan menamakannya
mencampuri mencipta mendasarkan mendongkrak mengekang mengerang mengganjal menggeliat
menggonggong menghiraukan mengindahkan mengkonversi meniadakan menyelipkan mercury meteorologi
minna mino mirza mochi mojo mug multifungsi nation neck negatifnya ngan omaha oni opsir optimasi
oto otodidak outer pah paksakan pao pastur pecahnya pelatihnya pematang pembangkang
pengelompokan pengidap penglihatannya penjepit penuntutan penyadapan penyeimbang penyembah
penyerbuan penyergapan perjaka peruntungan pga plate position praktiknya pressure princeton
programming proyeknya purbakala rancaekek rancangannya ranu retorika riddle riyadh ros saringan
saud seger sensitive seperi setahu settingan setumpuk shaleh sholawat snape sprint srg ssh
stikes stmik syahrul syahwat tahrir talang td telepati tercela terjadwal termal termuat terra
terselamatkan tersendat tissue tobias trem triwulan tubi tulah uks umno unhas upeti usil vector
wahabi waluyo wembley woi worm wyatt yankee zainuddin ambulance andalannya angelica angkatlah
anorganik aqil arcade arga babat bangkitkan baruku bebe becek bekasnya belu benson berawak
berbarengan bergema berhijrah berimbang berjanjilah berkecamuk berkepribadian berkoordinasi
berlarian berlumpur bermerek berpamitan bertahanlah bertubi biokimia bloody blow bodyguard
botani brittany bungkusan buram buritan camkan carrefour cerobong cici cilandak closing css
curian danrem dat debar decepticons definitif delete denise derasnya dijerat dikukus dilain
dilantai diliputi diparkir disalahgunakan dishub ditiup diundi diwakilkan dono drg dufan dungu
ehh eits eksperimental ekspres elle elpiji empoli erika essex estrogen fattah fir galileo
gentleman german giias gokil gontor grow haley hapal hargailah hawking heights henri highway
higuain honoris husni ict ikip ikm indro inginnya ingrid internetnya jelajahi kaga kapuk kelvin
kemahiran kenakalan keretakan ketel kimono kloter kmp koes konstantinopel korintus kosta
kotawaringin kpa kubuka kuliahan kusuka kuyup kylie langkahku lekang liza logikanya lucifer
lusin lutfi lux makes manu manufacturing mapel marshanda membentak memperkecil memposisikan
memusuhi menamatkan menangislah mendengarkannya mengajarkannya mengakuisisi menghormatimu
menginstal mengintimidasi mengistirahatkan menindak menlu menorehkan mensponsori menyalahi
menyebrang menyudahi mess mining morata msn naoki netra nini nori nuna nyoman ogah orisinil
otaku pagu pakem pants pasangkan pastel pekerjaanku pembawaan pemberangkatan peminjaman
pendeteksi penertiban pengontrol pengundian penyiapan penyimpan peras periang perindo
personality pgn phoebe pionir pipiku pltn pluralisme polio presidennya ptpn puaskan pulangnya
pull pundi puteranya raba rae rehab remas reparasi reserse riya roadshow rosie rugby saba
salemba salep sampling samsul santet sanusi sawangan scanner schedule sebutir sekertaris
selingan semau sembelit sensasional sepiring serbuan shelby shun silet simone sisihkan slalu
sometimes sparks sparrow spm success syarikat takalar tamah tanaka tears telegraph teler telfon
tepati terfikir terpejam tersampaikan theory transkrip treasure tts twitternya ujang ujaran ulum
upin vania virgil volkswagen wagon wahidin wanitaku ws yamin yasmin yat yep yng zulu acha alot
amalnya aminah anggara arbitrase arek aryo asah bart bates batok batre bayer belukar benakku
benfica berbudaya berdering berganda berjuluk berkerudung bermeditasi bernie berpijak bertele
berulah beruntunglah berziarah blokade bona bongkahan brett bulatan bungo casual chia civil
colokan connecticut consumer corong cortez coy cum dandan dap dengarlah deva diadu dibutakan
dipancarkan diperingatkan direalisasikan disneyland ditanamkan diulangi diverifikasi downtown
duck duku eight estat etos everybody excited firmansyah fluida gabungkan ginger ginting glamour
graf gran grupnya hafidz hambamu hendri het iaa inang infanteri intisari johann joki jos kabid
kaitkan kanguru kano karburator kare karib kautahu kebanjiran kecukupan keempatnya kehendaki
kejantanan keringkan kerjaannya kernel kesesatan kloning kolaka komika konsensus konsernya
konsorsium korut kpp kuceritakan kutuk laden lakon lambatnya layangan lazada lika liner linier
location lodge loka lotre lover ludes manunggal marko martini masakannya matthews mauro maxim
mea melalaikan melambai melucuti memalingkan menanggulangi menciptakannya menepis mengajakku
mengguyur menghentikanmu menghimbau mengklik menkes menyebarluaskan menyegel menyejukkan
menyingkir menyudutkan menyulut merenovasi merintih merlin meteorit mobilio msc mud mulainya
musnahkan navigator nekad nero nest ngerjain ngompol nirvana nonaktif notabene nsa numerik omo
ooredoo organic otorisasi pande pantangan pantatku paypal pembacanya pembuatnya pending
penggusuran penyucian perbuatanmu perontok perpanjang pippin piutang poinnya punca purwanto
question rachmat rajasa reklame resesi ridge rif riska riuh rumpun sabarlah sakramen salomo
samba samsat seabad seb seluk seperlunya sepintar sera shaolin shizuka shuttle siah sindoro
sintetik smoke sosialita such summarecon sutrisno syaiful taburan tafsiran tamparan tandatangan
tatsuya tentera tepercaya terbantu tersanjung terserap tmii toshiba tunisia ulin ulun untaian
used utuk vimax wara wassalam watching wejangan winger witch zaenal zikir abbey abidin adm ais
akatsuki angkringan antropologi aoi aswad aur ayoo baa banser bayanganmu beraroma bergen
berkonsep berkumpulnya bernabeu berpatroli bersanding bf bimbel blair bleach bln bloomberg boks
bolehlah bolo bumd bunglon burning cab cagub camar cela chairul chaos cleo codex complex cottage
cullen cyborg cytotec daebak damian didiskusikan digimon dihimpun dinihari dipagi diperbanyak
dipidana diseleksi ditawan ditelepon ditiadakan doodle duitnya ekuitas emergency facelift fiji
firefox fmipa fon fp freeze fruit gabah garuk getting ginseng hariannya harriet hary hermawan
heryawan hon hwi ila imo include internetan ist jami jedi jody juaranya jude kagawa kalibrasi
kardashian karnivora kc kecerahan kegagalannya kegunaannya kehebohan kekaguman kekhasan keppres
keruntuhan kesaktian kesayanganku ketentraman keterikatan kobe kolosal konfirmasikan kongsi
konstituen krem kurcaci kwalitas lazarus learn lesmana linus liontin lite luapan lucia maidah
mandor maradona maxwell mckinley melenggang memasangnya memata membaur memberanikan memelukku
memenggal mencekik menceraikan mencoret mendetail mengakhirinya mengetes menggeluti
menghantarkan mengharapkanmu menghujat mengkombinasikan menikam menjajal menolakmu menyeleksi
menyuap menyuntikkan merasuki meroket metrik midi mimisan minatnya mindset minibus mohamad
mongolia mundurnya mur musafir musuhku nakamura nebraska ngerasain obeng ofc ohm ondel oom
operating oprah organizer overall package paloh parkinson peci pelemahan pembelahan penerapannya
pengakuannya pengirimannya penumpukan penunggu penyedap period perumnas phuket piero pincang
pindad pinrang plutonium poll powers profesionalisme prudential pupil purn raider receiver
remisi rising rohis rohit royale rsj sabah sabrina saito sambel sassuolo sayyid sebidang sekoci
sekop sekujur serotonin sido sigma silap sinema sinkron situsnya skateboard sosa stain struk
sukun sulfur surfing suruhan sven sync tagline tanggungan tangkuban tekankan terbitkan
terguncang terminologi terpana terpaut terpelihara tertutupi tf tiny tiupan tod toksin toll tora
tulangnya tulisnya udayana uhm utami uts variety vertical vulcan waka yam yana yazid yth zaki
aci adiktif adl allegri alt alternatifnya angkatnya angus aragon atletis avalon balikan ballon
balotelli bantahan barr basuh batinnya bejat belasungkawa belumlah berenergi berpulang
bersekongkol bertransformasi bg binus bip bison blitz bobotoh boikot bondan brisbane bth bullet
buron buu carey carikan cheat ciawi citilink crop crossing defender degree delphi description
destiny det dhuafa dibenahi dikalikan dilanjut dinamo dinginkan dipaparkan dipersilakan
disandingkan disorder dituding draf dualisme eee endemik erna espresso estianty fritz gd gentle
gerilya gill griezmann gui gundah gusar hafiz handayani hangout hardcore hobbit horace horny
humoris ibadat ied ijab influenza inklusif inventaris irt israil jagad jalal january jemputan
jemur jovi kaprah katering kathryn kayangan kejutkan kekuatanku kelaminnya keluyuran kemal
kembangan kepelatihan kerakyatan kerjasamanya kerr kesebelasan keseluruh ketidakseimbangan kgb
kimberly kinclong komposer kontradiksi kwek kyoko lampion lanjutannya lanud lb lesi lobus
lollipop losari luc luruskan mahathir mampukah mandy married matik matilah mbc mejanya memaksamu
membangkang membicarakanmu memboyong membujuknya memeriksanya memijat memintamu mempawah
memproyeksikan menciumnya mendebarkan mengaburkan mengagumimu mengayomi menggodanya menghargaimu
menghubunginya menjilati menyabet menyadap menyaksikannya menyelaraskan menyemburkan menyesalkan
merangkum merebus meteran meyakinkannya mf mixer mj morton muse mystic nadanya nampan nempel
netralitas nirlaba none odin otakmu outfit pakde paranoid pegas pelebaran pemakainya pemangkasan
pembayar pemodelan penebangan pengantaran pengerat penggagas penggawa penguapan pening penisilin
penyertaan perkuat pertunjukannya pik piket plagiat pompeii ppl proper rabi ragunan rekrut
rektorat related relativitas riak rig rn roth rss rsu sayatan seenak segenggam selangit
selebgram sell selular semampu senada seninya separatis sepenggal shared shik sigap sigi sikapku
simpanlah smurf songket songo spectrum spidol spora statistika sundulan supportnya surface susul
syafii syafruddin tenggorokannya terakumulasi terbawah terindikasi terobati tertawalah therapy
transgender transistor trinity tujuanmu tya uban unas universiti upn usung ventura webster wiii
yamato yehuda yoyo aam ado adz ahjussi ajalnya akuntabilitas alamin alasanku ames anonymous
answer apes artikan aru audience avi bacanya balutan banya basil bauer beirut berguling berhias
berimbas berkoalisi berkreasi berpuluh bersemayam bewarna bia birmingham bosku boyfriend
briefing buenos buket castro cello charts chechnya chinatown chord comfort connor controller
cookies corps crossover daster detilnya diganjar dijauhi dikeluhkan dilingkungan dipasar
dipatuhi diperbesar dirakit dirindukan diruangan disangkal diupload diusia diutarakan doll dunk
dw elliott emi ernie etape fesyen finch fotosintesis fry gag gaia galah gandakan ganggang
gayatri genesis gia gonzales goyangan graves hashtag hasto hime horisontal hoshi hud hydra ikang
ikrar imbasnya impoten impresif indragiri internazionale jajahan jalar jinan jupe kashmir
katarak kebuntuan keganasan kelingking kesepahaman ketentuannya kikir kirby klon komitmennya
kompresor konektor konseptual kornea kronik kutulis latte leeds legion lepaskanlah levante lidya
lino lithium loss lumpia macintosh mainannya maleficent malhotra mamat marianne maverick medik
megumi melanjutkannya melayangkan meletakan memantul membodohi memorinya memukulnya menantimu
mencegat menganggapku mengayunkan mengedarkan mengenakannya menghitungnya menghubungiku
mengibarkan mengiris mengorganisir menimpanya menjadwalkan menjaring menyambungkan merajai
merombak mikael mist mulyono mutual nabilah nahi nebak negaramu nemuin ngengat nightmare nilam
ocehan odd operasionalnya opsional ow owl padjadjaran pajero pakis pancang panic parents pasa
pelukannya pemakaiannya pemicunya pemurah penciptanya pencoblosan pendayagunaan penderitanya
pengaruhi pengembangannya penghitung penurut penyaring penyembahan perform periksalah pertobatan
petrokimia poto protagonis proxy psychology quad reagan recehan remang representatif residen
ringo ririn rj ronda rowling rutenya ryder sabat sacramento salaman sampan sanjaya saturday
scotland sega selongsong semur sepeti sepintas sepupuku ses shape shelly siomay siro sisiku
soedirman spionase spray sql sta suling suru takagi taste tat tattoo terhina terjemahannya
thanksgiving tiberius tinjau tintin told tournament tumpangan tupperware volly volvo warm wedang
whatever wna write xv yama zaid zain ze accounting aerobik akronim akte alia alibaba amel anta
antigen arman arsy arwana aslan bach baihaqi baikmu bappeda baret barney bawean becker begal
bento berafiliasi berawan berdansa berduet bergelut berinisiatif berirama beriringan bermesin
berpacu bersandiwara biota birds birunya blackjack blum bmx bono bosco bpkb brahmana bukanya
buli burns byte cassandra catch christy cleopatra clint coding conversation cristina curahan dag
dame dbd desak dicontoh didaulat didirikannya didokumentasikan dihati dilamar dipalsukan
dipatahkan dipersatukan disela disunat ditulisnya diversifikasi diyakinkan dng doamu dpl
dramanya dri ekuador emoticon ems enigma epidemi etienne europe eyeliner fabregas facial fail
fansnya fasa finger freezer freud friendship gangga genetis gerrard gratifikasi gulita hadap
hiking hopper iming initial inna insert int iowa iparnya iyalah jajang jepun jiro judo kadis
kaori kasarnya kasihlah kbm keabsahan kecerobohan kecintaannya kelimpahan kemdikbud kenamaan
kenji kepahitan keseleo ketabahan keunggulannya kismis kkm kobaran komposit kondominium kubuat
kuncup kupunya ky labuhan lak leila lela levelnya levine lexus lights loan loser louisa lututnya
maba maksudmu malaya masihkah mastercard mehra melaksanakannya melukaiku memaafkanmu
membandingkannya memliki memperhatikannya mempersempit menabur menangguhkan mencaci mencucinya
menelurkan menerka mengadukan mengalokasikan menggelikan menghalang mengharapkannya menghias
mengkoordinasikan mentang menumpas meredup michel mizwar mnet muchtar nagasaki nd near nes ngada
ninggalin noel novak novita ntah nugget nyobain odessa okt operation orochimaru osama
osteoporosis oswald otis ototnya ozawa ozon pagan pagoda pakta pamong parts pau pelatnas
pembenci pemilukada pemusik pendengarnya pengairan pengapian pepsi permadani pertiga
perubahannya petikan piccolo pikirkanlah pimpinannya pirates pisces pph praktekkan prevalensi
prometheus protektif punjabi qq radja rafting rah raib rawi relations romantisme route sab safar
sakitmu saksama sanga sarapannya scarlett sdk section sejatimu selesa selnya seperjuangan
sepertiku sherina shipping simpulkan singing sixth soppeng sportif stabilisasi subject sucipto
swap symbol tdak teacher tebang techno teganya telingaku templar terbaikku terbendung tergerak
tindakanmu tinggallah trigger turnbull turunannya variable vegan vehicle vibe vixx wants wear
webber wessex wh winnie yash yok yours zinedine abby adikmu ago ahy ajaklah alejandro alert alwi
ambrose amonia analitis animator antre asalan badar baekhyun bangunkan banua baubau benitez
bentangan berakhlak berbondong berdalih berhalangan berstandar bertumpuk bethany bgm bipolar
blaster blockchain bppt brandt bray brock brt butter cabin cabor carnival casing celia celsius
cendol cgi cintailah collin cristian cupu dahinya december delusi desahan desert diafragma
diajar dialirkan diaspora dibodohi dibumi didiagnosa dihantam dijabat dikenalnya diposting
discount diskriminatif ditanda dites djp dryer dwarf elektrolit elisa emailnya evo facts faris
farma fatah fikih fn franz freya gadai genset gestur gis gotham guinness handmade hanson
hayatnya hayley hc hengky hijabers huru hurufnya hussein hyper icc ifa inferno inkubasi insight
intoleransi intrik jaan jamban janur jenazahnya jero jutsu kad kagami karisma katana
kebahagiaanmu kebiruan kecupan kejurnas kekuatanmu kelilingi kemarahannya kembarnya kerasa
kertasnya kesekolah kesilapan ketidakjelasan klb kloset kolagen kontennya kukunya kuyakin kwi
laluku libido lies load loch loco lonjong lontar lotto lyra maid makoto manggil manning manor
melegenda memaklumi membebaskannya membidangi menambahkannya menawarkannya mencengangkan
meneguhkan mengaduk mengecewakannya mengelompokkan menggema menggemparkan mengusirnya
menjodohkan menutupnya menyayat menyongsong menyuplai meratap milenial mitigasi molor moncong
moyes mpk mueller mukosa musholla nagoya natalis native nektar normatif nyuruh outlook pace
padepokan palet pamflet papah paparkan pelupa pemelihara peminatan pemudik penangguhan pengecer
penyangkalan perangai perbesar persentasi perseru persiapannya persyaratannya pesanggrahan
phobia picasso plang pointer poo pooja porsinya ppt pri pulangkan pulanglah pupus qualcomm quest
ramses respect responsif rings rokoknya rolls sadikin sahih sak sangar sangkut satoshi seismik
seusia simanjuntak sisilia skpd spaghetti spread strukturnya styles suh sumpahnya supervisi
surganya takeda takhayul tanyanya tbs teheran tektonik tekuk telephone temperamen tenanglah
tendean terbesarmu terhindarkan terminator terusik testosteron thermal thierry toa trap treble
tuak tumblr tuntutannya tutupnya udik untk uzumaki vallecano viewer wasir weekly willem wiski
xing yesaya zimbabwe abas aborigin aje akp akpol alter alvarez ambing anggar annabelle antarkan
aristoteles azwar ballroom bangganya bap bellamy belulang berangan berbiaya bergabungnya
berjenggot berkabut berkeley bertransaksi berubahnya bingkisan blak bodong bondong bordil
bullying cahill casablanca cepetan ceruk charity cipayung cipto cj clothing cutter dala dane
daripadanya denim diagnostik diapit diberkahi dicalonkan didaur didepanmu diedarkan dikepala
dilelang dimeja dipenjarakan diretas dirty disayang disuntikkan ditoleransi dodge dont dragons
dublin duduki dug ef embung emm environment espn everyday fasilitator frankenstein freelance
fung gadungan ganesha gayung gerik girlfriend goods gundam guruku haikal hasanah hash hoover
hpnya hq imajinatif isap isp jawatan jefri jericho johns juwita kabhi kail kalbu kartanegara
kedung kehausan kelakuannya kemenhub keretanya kerumahnya kesulitannya khi khutbah kinabalu
kingdoms klas kom komiknya komunitasnya kontribusinya krabs kukus lampard larinya litbang
lupakanlah luxury macbook malay mano mariah medika melankolis memastikannya memeknya memilukan
memories mempercantik memperlakukannya mempopulerkan memurnikan menangkis menantunya
mendatangimu mendayung menggebu menggerogoti mengingatkannya mengoleskan menodai menyemprotkan
merakyat mercer michelin miligram modeling moeldoko moratorium mpu mujahid muji naas neneng
ngakak noni nose obyektif oda omg opm otopsi palmerah papanya pemanggang pembalikan pembobolan
pencariannya pendonor penegasan penemuannya pengibaran pengusir penyalur penyokong penyuluh
penyunting perangkatnya petai pileg pilu pipimu pok potato powder prajuritnya premi proposisi
pur pusar putro qian raikkonen rekrutan relaks repsol rights rodney rue salesman satan sawyer
scorpio sebal secuil seledri selenggarakan shall shubuh signifikansi siluet silverstone singkil
sold spasial stimulan struggle supreme syetan taeyeon tampangnya tandu teknikal terguling
terkikis tersebutlah tetanggaku thi tidore tirani titisan topologi torch totok tunnel uea umpet
unilever unj vanila vinales voyager wil wilder works yummy yuna yups zakar adel agustinus aid
aiko akademika alberto almost archie authority bagimana bakpia banker barcode bayan belinya belo
berjajar berjodoh berkhotbah bersua beternak betulan bhabinkamtibmas boku bread bryce bujuk
butet cabangnya canberra cassidy cedric ceker cerutu chiang choco civitas cok cybertron daah
danielle davy debitur demensia desmond dewasalah dibobol dibukukan didier didinginkan
diintegrasikan dikata diketik dilintasi dilukai dilukis dipakainya diperas diperbudak disambar
disejajarkan disekeliling dititipkan ditunjukan dituturkan div donnie dovizioso dtg duterte
ebola ec economy edm emilio ensiklopedia eomma farrell fay fil finishing fist flo fool georges
giro gnome godfather godfrey grammy grimm gudangnya gunners guns harahap hardy hare harlem
haters hawkins hearts hera hh icu ih ikutin indonesianya innovation intuitif iskan istighfar ito
jajarannya jali jangkauannya jawablah jemu josephine judika julien kanibal karachi kawanku
kedapatan kekesalan kelereng kemesraan kendor ketikan khitan kidding klg koja komposisinya
konstelasi koral koreografi kpop kulonprogo lacak langitnya lawatan lebihan lindungilah loving
mag makcik malware manda mansyur mantanmu manuskrip mapping marahnya margarita marilyn mathieu
melawat memasangkan memercayai memuncaki mengaksesnya mengasihani mengayuh menghebohkan
mengilhami mengkritisi menukarkan menumbangkan merampungkan mili militernya minyaknya mishima
modric morales mta muggle mukaku mukti muncrat nae namu newark nfc ngelakuin ngumpul niken
norris nyebut olympic option ortodoks pahatan pahitnya pali pandanganmu panggungnya paraguay
parent partisipasinya pasundan patriotisme pawang pegiat pencobaan pengasuhan pengelana
pengemasan pengereman penggoda perawatannya perdesaan persekusi pertanyakan plastic polimer poor
popo prakarsa protect puber pump pungut qt radha raju rasisme reaktif regresi remake rory rtv
rusdi sajakah salvatore samakan sanad seangkatan seed segment semangkuk sensual setim sheldon
sibuknya sich simbolik siraman skornya skull smua snapchat soap spiritualitas students sulam
susuk tabiat tabligh tahukan tamiang taplak tarikh tasbih tengger tentakel tera tercakup
terkapar tersungkur tessa teteh tinggali tulislah tungkai uganda underground upayanya vc vienna
visioner vito warner warriors xie acp actually adriano aduhai agra akil albus alexandre alkali
also alutsista ambulan ammar ampel ananta aoa arini aro assessment audiens ave barometer barrett
belatung berbalas bercumbu berdaun berhasrat berjuanglah berkawan berkepentingan berkilauan bira
blazer bodhisattva bohongi borong bpr breaker brexit brody bugs byun caca career carolyn
ceweknya cheer cheerleader chievo chrisye cimanggis ciwidey courtney cuy damien dato defense
dekoratif derawan deskriptif dewanto dibangunkan dibelikan dicukur didoakan dihasilkannya
diinjak dipatenkan dipermasalahkan disinyalir ditebang ditegur ditenagai ditertawakan ditumbuk
diupdate dodi elegant empang enakan eren eri essen flashback flush folio formulanya foya fusion
gandaria gembel gl gogh gracia gustave halley happen hilman hipotek hodgson honeymoon hubert
hubunganmu huo ilang incumbent isilah isla jagoannya jangkung jee jingle joging jonan jono
kabarkan kacanya kanye karton kasihanilah kedekatannya kedengaran kejamnya kejati kelonggaran
kesiangan ketangkasan ketelitian komering komputernya komunikator kono krab kristian kudapatkan
kumparan kutemui kyo lamun lars latif lek linen lower lunch luo maksimalkan malamku malin marius
marsh masalahku medici melangkahkan membakarnya membetulkan memesannya meneror menetralkan
mengabaikanku mengejarmu menggugurkan menilaimu menjurus menyertainya menyucikan meramal
merestui merona michaels mim mocca modalnya montir movement mph nafsunya naufal nazaruddin nen
ngejar niko notasi nrp octa okinawa oleskan olshop optimalisasi pahamilah pahat pajaknya pale
parahyangan pasarnya pejamkan pembanding pembelanjaan pemerannya pendapatannya penggalang
pengkhotbah penjamin penjarahan penjualnya penyegaran perjumpaan persie pertaruhan pikachu plta
pranata puff quo rahmah raihlah ramlan recorder rejang remot rg robusta roof sableng salaam
salvador salwa samara sarden sebagiannya sebaya sebungkus secarik sedarah sekaran sekelilingmu
selusin sembrono sendal sepagi sepaham serbet shuffle signature sims sinaga singo slavina
sneaker soreang soup southern spears ssi standart stp strauss subscribe susanti sylvia tahir
talas tambal temporal tercetak terengah terkira termenung tersipu tetek thrones titans
tjokroaminoto tlp toner transaksinya tunggul ubat ungkit valuta victory vira vlad vogel
volumenya volunteer waru wates wechat wedges xvi zein adidaya aduan akashi aladdin alga ally
alpen amarahnya amplifier anchor aquarium audiensi axiata bada bahama bakul beau beby bejo beni
berai berati bercorak berimajinasi berkesudahan bermesraan blakan bokap bourne bristol builder
cain carik carlton catalan cekungan cfc chacha char cincau ciracas citarum colok coral creator
crowd cuitan dau debbie dei dengn derajatnya dicirikan didekatnya diejek dihelat dihias
dikecualikan dimaklumi dinantikan dirham dirk disambungkan disikapi ditambang ditelpon ditikam
dompetku dosamu dpo dudley editorial efesus elus emerson endo erp essential estetik extension
feses fields fifty fukuoka gagasannya gai galangan gardens genosida ghana glamor gombal gonta
grill guess gwang hasta hastings hewani hiruk ikal informatif ingusan islands jafar jalin jem
jeng jeroan jumper jurassic kalkulasi kampungan kapitalisasi karyamu kedaluwarsa kegirangan
kehujanan kej kekakuan kenabian kenangannya keroncong kiev kirin klausul koe kontaknya korporat
kreator kriptografi kuesioner kunti laktat large lat legislasi leluhurnya lita lone lpi ludwig
luhan lulur madara magnetic makaroni manajerial manajernya marketplace matras maureen mauricio
mayu meat medusa melarutkan membahu membalap menambang menaruhnya mencopot mendekam menetralisir
mengabari mengebom mengecoh menggemari menghalanginya menghampirinya mengklarifikasi
mengundangnya menimbun menkeu menularkan menyebrangi menyetel menyibukkan meredith merumput
metana milea milis mitch mor moss muram mutilasi netanyahu ngurus nian nok nongol nyamannya oa
oksida olahragawan olsen opec ottoman packard paramedis peabody pekerjanya peminjam pendalaman
pengelasan pengelolaannya penggugat penilai penjadwalan peralatannya peranakan performanya
perhatianku perkosa perlintasan perluas persekongkolan personalia pilbup pion populasinya
populernya poundsterling powerful prakash prayitno prilly producer provokatif proyektil pulalah
qasim quebec rahadian raid rawatlah rayu refund rep republic rescue rintik rotterdam russian
sapporo sarinah scr sebar sekala selalunya semena sensasinya serem serendah seti sibolga siu
smooth sting sura sustainable takwa talbot talking tejo tekken terbatasnya tersambar teruk
thalia thiago tipenya trilogi trunks tumis tunawisma turunlah tuti tvxq ukhuwah unpar urbanisasi
urea usg uwais vga vodka vpn walsh weather wedi wetan widi yankees yenny yunita yuta zam agya
ahlul akhlaknya aklamasi akunya alaikum alla alto ambarawa apn aransemen asha assistant avenger
baking banggai barrow bayangannya bejana berdikari berduel bergosip berkutik berongga berpedoman
berpotongan bersukacita bete binggung bini bintangi brantas brennan browning bua buk bumdes
byron capung cards carroll cate cedar cengkeraman cermati charleston charming cheetah cherokee
chick cie cipanas colombia connection cowboy craft curhatan dab dasa dayah depp details deterjen
diarak didenda dien digitalisasi digugat diharamkan diikutsertakan dijemur dikecewakan dildo
diperjelas diperuntukan dipetakan diprakarsai disisipkan diterjunkan djokovic dogs dosennya
edukatif eksekutor elise emery emile eul faa feminis fira fitnes fkm flint gail gampangnya
gitarnya guild hacking hadapanku hattori healer heard henrik hibur highlight holden holder
hopkins husada ikhsan imbalannya imitasi intelek interpol ipdn irsyad isc jawabkan jeanne jemari
jiraiya juliette juruselamat kakatua kawi keadaanku kecapi kentara keparat kesasar
ketidakstabilan klimatologi korteks kresek kresna kuadran kuberi kumur kuterima kyun laktosa
lelet lesehan leung lf liem liye longsoran lsp madagaskar marin markasnya mayur median mejadi
melaut melembutkan melingkupi melompati memaksaku memandangmu memarkir memasukinya memerdekakan
mempunya mencanangkan mencontoh mendonorkan mendulang menelantarkan mengacungkan menggaet
mengikis menginvasi mengorek mengulur mengurai menitikberatkan menterinya menyelamatkanmu
menyempit meong mereduksi merobohkan mew meyer million minh mohammed mosi mubarak mujur mulu
musk mz nabil natur negeriku neptunus nii nude nutrition olehku oplosan owh padamkan pajama
pandanganku patok peleburan pelni pembasmi pengecoran penggalan penyelundup penyusutan
peranannya pergolakan perhatikanlah pertahanannya pid pig pijatan pike pique plasenta powerpoint
pramoedya prasetya psiko publish puisinya pulp rafa rahasiakan rambo rbt remah rendam revival
robbins ronin roses rui rupee ryo sabhara salahmu sambutannya santika satrio sayu sedimen
segerombolan sein senpai sepeser seputaran serge sherwood siaplah siarannya sinarnya skandinavia
skating sons sori stanton stem sterilisasi sukhoi tasha tensi terbangnya terbuai terkepung
terkoordinasi terror tersisih tertingginya tertusuk tetanggamu tnt topping tori transponder
tropical tukul tunjukkanlah viki wani wk yum zirah zlatan zoya zte aditif adv africa agrowisata
akalnya aksesibilitas andromeda animenya ante artificial asbak asetnya asher asmat atraktif
auratnya autobot average avery badge baduy balada beacon belong benedict benyamin berbelit
berfikiran berkelok berkeras berlantai biometrik blast bnpt boas border bsa bungkuk buni butch
cbs cece celebrity chibi computing cox create cricket dampingi deka detoksifikasi diakuisisi
dibela digagalkan dihalangi dijk dikoordinasikan diliat dillon dimanjakan dimutasi dinomor
dipasok dipermudah dipo disalin disatu disuguhi ditempel doing downey drift dul eksportir
elastisitas engah equity eris escape eum events eyd fadil faizal fasad fasilitasnya finally
fitria forex galia gandeng gantilah gar gayamu gepeng giling gpu grafiti grover gru gryffindor
gunungsitoli gustav guyonan haag habisi halah hannibal hizbullah hockey homer homogen hostel hou
hus iapun idamkan iims ikhwanul impotensi intelejen isyana jacky jacobs jagakarsa jamaika
jawabanya joaquin johny junjung kafan kale kananku katakana keadaanya keakuratan keandalan
kebahagiaanku kedinasan kejelekan kelok kemudia kerry kesegaran kesehariannya kesukaran ket
kiara kikuk klein komponennya konsentrat korpri kotaku kou kpps kramer kripik kujual lahar lasem
lebam lilis lindungan linguistik lips listing logic lor lothar lps lusinan lusuh maafkanlah
mahesa malangnya malibu mayer mccoy melepasmu memancar memandikan memperolehnya mendekorasi
mendownload menelaah menerapkannya mengeceknya mengelus mengganggumu menggelegar menginvestigasi
menjamur menjangan menyambangi menyanjung menyurat meow mercia merebutnya merekapun mertuaku
moro nayla nidji np nubia nuno nvidia ofensif oran orb oy ozil parcel parenting patologi
peliharaannya pemabuk pembelajar pengalamanku penghasilannya penghianatan penyelaman
penyelesaiannya penyendiri peragaan perfeksionis perhitungkan persendian pertanggung
photographer piramid pnpm pony pride priya profilnya psychological racer rampas raspberry regis
reli rentenir reog responnya ringgit ritz rivalitas roar rocks rosberg rpp saban sailor sambilan
sampahnya sangkuriang sehatnya separuhnya servernya sesal shanti shinhwa silas siloam sinonim
sirsak skate skinner slb slipi soba span srigala ssb subaru sunscreen suriname swara syaitan
tart tatapannya terhempas terkahir tersibuk tex thorne thousand tikam tira toei tomy trafik tris
tugasmu turkey uli usiamu usm viola wkwk woh wwe zamrud abdillah abrik adala ahead ahm aiman ako
alamsyah albuquerque alphard amor anand antiseptik ao apart arch armin asti asyiknya balau
ballet barru bartender batasannya bekukan bendanya berdialog berhamburan berkatilah berkeyakinan
berproses bersinggungan bertetangga bihun billie bjb bolehkan bonek bound breakout brick bronx
bucket buyung calendar calling carly chill coldplay cornell cos cultural damkar danger darkness
dasawarsa dekrit dhea didepanku difasilitasi diferensiasi dikali diledakkan dimitri diperkaya
diperparah dirasuki direkayasa disease disekitarmu disergap disinggahi ditebus djakarta dona
dopamin dover doyok dus dust dx eben enterprises equipment eskalator estadio eustace fansite
fardhu farida fisiologi flyer fps ftp fungsionalitas gadisnya gae gedungnya gentong giroud hadid
halilintar hanoi harafiah hasibuan haul haw heinrich hendrik heung higgins hipnosis hola
hongaria hooper hortikultura hound husin icardi ihwal ilmiahnya imb insang inspirasinya
interkoneksi irwansyah iz jagorawi jaja jemuran junaidi kaderisasi kamerun kancil kangin kasad
kav kebelet kebutuhanmu keling kelucuan kelud kemeriahan kemunafikan kendarai kerapu kesampaian
kesedihannya khusyuk kido kilas kista kiyai klitoris kmk kobar kolonialisme komjen kosa
kosongkan kotorannya lahirkan lantern leopard letakan lh linggis lions lohan magenta majunya
masinis matraman mecha meladeni melemparkannya melvin memegangnya mempertunjukkan menawari
mencariku mencetuskan mendukungku mengakali mengelilinginya menggagas mengiklankan menjajakan
menjatuhkanmu menjinakkan mens menuduhnya menyikapinya menyilaukan menyingkap merajuk middleton
minati mirai mirzani miyuki mma momok mummy murahnya murdoch natalia naturalisasi ness
networking ngambek noer nong npwp nr nyang nyangkut origami panwaslu paso pelampiasan pellegrini
pem pemaaf pemaparan pembelinya pembibitan pembicaraannya penampil penggal penggerebekan
penghisap pengibar penguburan pentolan penyedot pergerakannya permusyawaratan pernikahanku
pesanannya pesawaran peselancar peso petronas pinggangnya piyama polisinya posesif prakteknya
prestise processing purnawirawan putusnya raptor rekeningnya relung renda retribusi revenge
rintihan rivalnya robertson romantik rouge rubin rujuk rumi rusuh rusunawa saiya sayaka scudetto
seh selempang seluncur semusim senegal sengon serempak setel shenzhen siarkan sic sifilis sipir
sistematika sitompul slr std stkip stuck syafaat taking taku tami tandas tandon tatto taufan
teknisnya teknologinya tennis tercengang terdegradasi terusir tka tono topografi toro
transformer tripod tuntaskan turtle tyas uangku ucok uduk upper vit voa waltz wet wis yadi
yagami yaris yew yip ym zoro affan airways ajah ajaibnya alasanmu algojo alik alley ambisinya
antologi aram arkansas aviv ayun bacaannya bajing bakwan bana bando bastard bebannya benderang
berartinya berbicaralah berdegup beredarnya berinovasi berjerawat berkelakuan berkumis
berlusconi bertanduk between bkkbn bombana boomerang bowman bpp brahma bualan bumblebee bypass
cahyo cahyono cameo celup cenderawasih ceremony cg cijantung cinere circuit cisarua copenhagen
copyright crack crayon critical dahl dayu debt dengue desk diambilnya dibuatlah didiknya
different difitnah digadang digiring dijunjung diksi dipilihnya diprioritaskan disebarluaskan
diterjang efendi eksistensinya exodus fiat floating formatnya fosfat funky geledah gem gems
genom geulis geun goodwin gto guardians gujarat guruh gustavo handset hanifah hao havana helmi
hembuskan hizbut hkbp hn hoby ibnul ibra ilalang illahi imbauan imogiri incheon indahmu ink
inklusi ipnu isak janjimu jawapan jenaka jenna jonah jonggol jordi jungkir jw kacamatanya kadir
kaltara kamtibmas kandungannya kao kapang katil kecantikanmu kejayaannya kejutannya kelapangan
kemapanan kemiliteran kengerian kepingin kesabaranku kesadarannya keselamatannya keterlibatannya
khazanah khidmat kiko klender klorofil komandannya komplet komputerisasi komunikasinya korset
kotamadya kpn kronos kudapat kumolo kusebut langley lawakan leia leipzig liberalisasi lpdp
maguire maliki mampang managing mandailing megapiksel membekali membelakangi membisu
memeliharanya memilihkan memotongnya memperpendek mempersenjatai memulangkan menahun menakuti
menceritakannya mengasyikkan mengenainya menggerutu menggoyangkan menjepit menuding meretas miki
milky minggat minutes morfologi mortal muay mucikari muhaimin muria musium musyrik muzik nasyid
nazaret nc neutron ngilu notice nsp oakland ola oman onar onde pahlawannya paint pandji papaku
parutan pasword pea pedangdut pekon pelempar pelukanmu pemutakhiran pencabulan penentang
penggorengan pengorganisasian penindakan penjaja peramban pergumulan perlukah perppu pesangon
pesen peters pilkades pintarnya pora pragmatis pram prianya primary prisma pundaknya puppy
pyongyang rahsia ramona raport rapunzel reach rere resleting reuben rh rocker rockstar roi rolex
rptra sadap sadarkah saia sanjungan saragih savannah saving sedingin selubung semahal semenarik
senarai senyumlah serumit seul seusianya sheryl shutter singosari sist smak somebody sponge
sprite str sulfat supremasi tantowi taubah tempa terbahak terekspos terkagum terombang terparkir
terseksi tertelan tertolong tess thesis timberlake tobi toon topiknya triad turning umbrella ump
umy vidi villas vine warp weight willow windy wkwkwk wordpress xavi yahh zamzam able absennya
actor adsense adukan ahmadi akmal akrabnya albino alu amatiran amos amplas anyone apu asumsikan
atma autopilot bahwasannya bakpao bandnya bangil bangkitnya batara bedug beginian beraliran
berargumen beraspal berkasnya berseteru bersuka bertelanjang beru bintil bkpm blunder blusukan
bonekanya bridgestone brook buanglah buffer bur camilla celengan ceng cibitung cornelius cot
crow deadpool detiknya devils dibangku dicampurkan dihaluskan dihibur dikasihi diliput dinamit
dipikiran dis disain ditekuk dituduhkan driving duchess duduklah dung dustin ericsson eror
european fancy faraday fergie flagship foreign fredly gaara gaharu gatra gc gertakan goncangan
gubeng gx haa hannover happened haryono hemoglobin hino horton hue ica iko imi innova itung
jaketnya jauhilah jerit jihan kabulkan karamel karnavian kasmaran kdrt keangkuhan keberpihakan
kebut kepramukaan kesinambungan ketertinggalan ketumbar keuangannya kisruh kiwi klaster kliping
kmi kopilot korra kreditnya kucari kultus kupas lancip lasso leela leng lenteng liberalisme
linglung lontarkan loved lpm lubangnya lumpuhkan manahan mandar mantanku marlin marry marsha
martino mataharinya matan mccarthy medina megang melaka melatihnya membawahi meminang
mempengaruhinya mencemooh mencengkeram mencubit menegosiasikan menembaknya mengekstrak
menghampiriku menghapal mengidentifikasikan mengikutsertakan mengontrak menyakinkan
menyebarkannya menyukseskan meradang meringkuk merkurius meronta merunduk miku minas misaki
mistar moge monsieur mtsn nabung naiki nasinya nazir nda neno nganggur ngeh ngira nip nizam nor
olympics omi ones opor owens pahanya palmas pasarkan pasi pele peluh pemberiannya pemerintahnya
pemesan pengabaian pengampun penghantar penyerbukan permana perwalian petty picik pinalti
pindang pkpu pratap pray prototype pyo raise raleigh ratapan rebel referendum reflek rev ripper
riyadi roxy rsi sameer samson sandro scandal scorpion sebilah segampang sego seiya sekam
sekampung sempatkan sepenting serai serbi seremonial seronok shani shooter sifatmu sihirnya skb
slater sola soundcloud stephan suneo survivor sutomo sutradaranya syd tahiti teaching terence
teritori theta titipkan tkj translation tsunade tual tujukan uma uninstall ushul utangnya velg
verma wagner weh wink woodward xiv xuan yach yacht yokohama abdomen abon absolute acoustic
advisor afp agraris ajudan akb akhlaq akhmad albion analitik anarki ancam ankara ano argos asano
ashanty atp auckland aug ayunda bahri bbrp bebal bein bentley berbual berbukit berbusa berkeping
bernoda bernostalgia berpadu bersalju bertualang blognya blonde bohongan bole bookmark bran
bripka bulak bunaken burukmu buset busi caci cahya called capua caramel carlisle catu cavendish
cayman chau choe ciamik cincinnya cit comel concern condor console corolla courtois crowley cx
dambakan darmin deodoran derma desimal dha diajang dibasahi didesa diemban digulung dihadapannya
diimpikan diperjalanan dipresentasikan disdik disekap disetel disuguhkan ditempelkan ditemuinya
diterangi drug easter endingnya everywhere faktual falcao fariz figuran fl flare gayus gebu
gelak georgetown gerilyawan gh gorden gores gulanya gumi halang halimah harmony hentakan herba
hery husband ideologis iin iki influencer ishaq istiqamah jaa janice jcc jip jiyeon jodohnya
kalor kasihku kaur kebatinan keegoisan kekalahannya kekonyolan kelajuan keliatannya kemerosotan
kenceng kencur kendrick ketidakpercayaan ketinggiannya kewenangannya kinal kiriku kitabnya
knights koala kortisol kuantan kuburnya kudapan kuh kujalani kumulatif lahannya lancaster
lapindo lateral lcgc lobo loves maca malfoy malone manage manjakan marek marni masbro masya
means melantunkan membalikan membedah memberikanku memergoki memerlukannya memperdebatkan
menancap menanyakannya mendekatiku mendoan menghantar menghukummu menguburkan menjebol
menurunkannya menyapanya menyiksaku menyuruhmu meulaboh might mighty milad minda msh mufakat
multitasking mutar nabire naha ningsih nio nippon nitro nw octopus okee oncom onsu oops osiris
oskar outside patra pebruari pemodal pemusnah pengait penggembala penghabisan penimbunan penn
penyok pergelaran perhitungannya peribadatan peribadi personilnya perzinahan pianis picu pii pla
pokja polhukam porselen praperadilan precious prosa proud psikiatri ptk qwerty rahardjo raskin
realtime rendahkan resisten rezekinya riki rohnya ronan rotor rumbai runway rupert salaf santosa
saring saung saying schneider scrub sebelahku seberuntung seiko select seluar semangatku setlist
setyo shallallahu shiro sho siemens simeone sirah sloan spain spd spell stacy stainless steele
strateginya sugianto suho sungmin supardi suresh syuro tahajud taklukkan tamasya tapal tegakkan
tekno telaah teristimewa terjaring terngiang tertawaan tmp trisula tujuanku tuo turi vans
variatif ventrikel vermont viper voodoo vp wahyuni walton wardah warisannya wash werner weston
wiraswasta wtc wwf yesung yohana yovie yudisial yume zakir zika zo afif agennya alright ambar
amfibi amu asinan asu atheis awareness bamboo bantuin barong bebi begituan belit beludru bene
berangkatlah beristri bersisik bersoda bersuami bertanyalah bertekstur bertekuk biliar bimbing
bkd boca boogie bopeng boxer breath briggs brilliant bruder brussels btpn bubut buckingham cad
camry category ceper chaplin choo cilamaya cilok cobb coc compton countess cpo culun curigai
dagangannya dentuman df diablo dialiri diantarkan diasah dicurangi dijalanan dijebak dijebloskan
diketahuinya dipertanggungjawabkan dirantai disuarakan diterpa dji document dojo dump editan
effort eksponen ekspresinya ekstensif emaknya emiten epidermis eu export faq farisi fashionable
fernandez fisioterapi fleur fotoku franc gamblang gani gapapa gbk gelarnya gentlemen giga
goodman gore goro gossip grease greta gunadarma hain hampton hantunya hasutan hem hima hokkaido
hujung hz iaitu igd illuminati imajiner indihome ingatanmu inggeris irman izinnya jat jatidiri
jelasin jend jennings jimbaran joke jpg jualnya kage kahn kecambah kedip kelakar kembaliannya
kemenpar kepalan ketampanan kewanitaan kilau klenteng knew kubaca kunal kwartir laka leak lebong
likuiditas linkedin lira lusi luwuk majenang majulah malta marca mardani mardi marwah massage
maz melilit meluapkan meluluskan memperparah menapaki mendakwa mendiamkan menekuk menentukannya
menenun mengajakmu menghitam mengikatkan mengkonfirmasikan menimpamu menyelami menyesakkan
meresap merogoh mogot monolog mubazir mukul murai mysql nahas neh ngiler nicolas nin norfolk
nyesel ode oleg ore orisinal ospek overload pabean patih patriotik payudaraku pelariannya
pemakzulan pemantapan pemantik pembahasannya pembangkangan pemberat pemuncak pemungut
penampakannya penataran pendirinya penggaris penggolongan penghiburan penghijauan pengubah
penipisan penjarakan perkamen persebaran persuasif peugeot phu piawai pikuk piranha pkp polanya
polrestabes pomade pras prasyarat presidium prom psn punyamu qa rakernas raksa rangsang reel
registry responsibility restrukturisasi ridley rilisan robotika rosario rth saigon salafi
sampeyan saos sarolangun sartika sawahlunto segmentasi senandung senyumannya sergey setalah
simbiosis sinode skills snapdragon someday spartan sst stakeholder states sukardi tagihannya
takdirku tall tatang tengkuk terangkan tercerahkan terperosok tersentak thanos thea theft tinker
tolok took triliunan tulisanku turbulensi ubahlah ultimatum ultraman venom venture veranda walhi
walid walisongo waterloo wawancaranya wilde wool xml xvii yus zakaria zombi zubair abuan adan
affair aires aly amc andien anjir aqsha asapnya astral atasku aztec bahak bakr balaikota baro
bayarkan beramai berefek bergeming berkecukupan berolah beruban biarin bidak bills blambangan
blus books bosch bpkp brewok cacingan cadillac cancel canvas carita ces chihuahua chopper
cintakan citakan dairi degenerasi deja deo dera dessert diamlah dianugerahkan dianya
diberlakukannya didapatnya dieliminasi diler dilumpuhkan dimulailah dinegara dinikahkan diracuni
direstui disensor disokong ditabung ditaburi diterangkan ditumpangi ditumpuk dubur dybala eibar
eja ekologis elex esemka exhibition fib fleming fortuner fraser fruktosa gaptek gdp gempar genk
germany gigolo gimbal glodok gn goldman gowes habislah hangar hanggar harkat having herb hicks
hierarki hotman hype iia imm imp inisiator ino invoice irs jatiluhur joget jungkook kapolresta
karana kasurnya kawakan keanggunan kebahagiaannya kebohongannya kecerdasannya kekekalan kendeng
kenderaan kericuhan kerohanian khe khusyu kii kilatan kiran kondangan kontekstual kreta
kriminalisasi krunya kuali kunto lahore lamb lapuk layla ldk leah legacy lih lilly luigi lunar
magellan maliq mantu mapala margonda masyhur mcgregor memadati membentur membulat memencet
memobilisasi memperkerjakan mempersingkat mengenakkan mengganggunya mengurusnya menpar
menterjemahkan menuntunmu menyeka meregangkan merelakannya meru messaging mewaspadai mikroba
mild mimik mixed modular module morfin muaro multiplayer mustard myeong myspace nahrawi naura
neul newman ngeluarin ngomel noerdin northern novelis obelisk obral observer odyssey pages
pandey panjatkan pee pemancingan pematangan pematangsiantar pembunuhnya peminatnya penampang
penandatangan pencegah pendistribusian pengambilalihan pengap penggali penguncian penjabaran
penyengat penyumbatan peretasan perkusi persegres pesatnya pewarta pka pochettino points poison
posisikan psu ptun puput purwarupa ramirez rek repost resident rotary rrc russo salurkan samanya
sampulnya sastro schultz scream sebarang sekuriti selangor sentani serut sewanya shades
shalatnya shekhar shepherd shiva siau sig sitter smiley soemarno sorai spi squidward stack sui
summers suplier sv systems tabut taji takde tanggamus tanki terjemahkan trim tukarkan tumpuk tx
ufc ukt unique unsyiah valentina validitas vancouver viagra viu vj watts weibo wewangian widow
wushu xerxes yahiko yanto yeoja yoko yusa abai adas administration aerodinamis airplane aladin
alisnya allianz alumunium amara amarahmu andong animation annual apt apus artifak arun awa azza
batere beken belakangku beliung beom beranikan beranilah berbenturan berkebutuhan bgmn bidikmisi
billing binsar bios birma blaine bree bsm bukopin bullshit cartoon catering cekung chairil chim
corn cosmos cowoknya crying cubit cutting dandanan daro denominasi deru dias dibunyikan
didiamkan dieter digendong dikupas diperjualbelikan dipompa dirangkai disebelahnya disumpah
ditagih ditampar ditengarai ditinggalkannya ditingkat dock doggy dory dps elohim eminem emosimu
eni episodenya esoknya etihad expired falah farhat fender fever filem forgotten frey gebang
geraldine gibbons gillian gluten gomes grafika hail hamish hapuskan hartaku hastag holocaust
homepage hos humphrey hypermart imei impas imron ingus innocent insektisida intonasi intrinsik
iota ireng iwa jangkau jeleknya jepitan kakakmu kalap kaosnya kapankah kasual katholik katsir
kea kebebasannya kecolongan kehampaan kehendakmu kelenteng kemenkumham kenanga kepang kepenatan
kerjaku kerjamu kerok ketidakhadiran khayal klorin kolera komarudin konteksnya kotaknya krida
kuarsa kubawa kumat lambaikan larissa lawson ldii lelakinya letjen locke lokalnya longer manca
mangkrak marka matilda maui medal melampirkan memanggilmu mematangkan membelokkan memenuhinya
memilikiku mempersiapkannya mempersilahkan memujinya menanyai mengadaptasi mengais
mengklasifikasikan merekayasa metodenya mewadahi mey mikrobiologi mutant mutia myers naru nica
ocd oia opal oper padalarang parangtritis parigi parung patrice patton pax pelarut pelembab
pemancing pembelajarannya pemuatan penah penatua pengacau penggarapan pengunjuk perdanakusuma
pereda permalukan pertanyaanmu pitcher plh pohan polly polutan ppatk progam psy queensland
radial rajiv ramainya ramsay rea reduksi relevansi rendahan rog rosalie rscm rubik rubuh
saifuddin sakitku saladin sangsi saut scuba sebaga sebutannya secure selebritas seleranya sema
sepeninggal seragamnya sesukanya sherry shippuden simbolon simeulue sion sling sosialisme
started stefano sufyan sukunya supirnya suroboyo syahdu takes talaud tanggapannya tanzania
temennya tenggarong terenak terorganisasi terparah terrence tersaji theatre tinggalkanlah
tingkahnya tingkatannya tongkang tongkatnya tonik torehan trying tudor tunggakan tunjungan und
unsoed vvip walinya werewolf whistle wonderland wongso yakobus yme yulianto adapula aher aini
aisyiyah alcohol alirannya aloha andrei anekdot animo apatis apparel aprilia archibald asetat
ashton aster aubrey bajawa baptiste baran barista barrel basarnas basecamp baturaja beats benalu
berakhiran berayun bergerigi berhalusinasi beritakan berkostum bertasbih blackpink bobrok bol
bop bottle brake bremen bubu canary cangkul casper ceramahnya changed chanyeol chino chrysler
circus citadel clare converter dadamu danilo dart deforestasi dendamnya deputy dewantara
diantisipasi dibesar dibom digandrungi dihisap diinvestasikan dijaman dikandang dilatarbelakangi
dimusim dipadati dipantai diramaikan dirgahayu dishare disulap diundangkan doping dori dpa dummy
edinburgh emblem empu empunya eros eskimo eur evolution faedah fill fis flavonoid futuristik
garfield garmen gedong geometris geraknya gerd gerejanya goose greenland greer greget hangul
hayo hentai heterogen hin hiroshi ibundanya ichigo ichsan idaho insani intai izumi jababeka jal
jampi jins jog kaa kadernya kamilah kapabilitas kasut keabu kebunnya kehinaan keintiman kelip
kelor kepanduan kesia keterbelakangan ketidaksempurnaan kitkat konstantin kop korespondensi
kredibel kristin kruger kucuran kv laksa lamp lampirkan leaf lilitan linknya lowell loyang
luasan lunasi mahoni malunya mandalika matador maumere medisnya melalu melonggarkan memahamimu
membimbingmu membludak membumi memerintahkannya mendengarmu menebarkan mengeliminasi mengerem
menggabungkannya menghampirimu menghanguskan mengharamkan menghiburmu mengkilat mengundi
menyelundupkan mesut metafisika mikhail milner miyabi motivasinya motong mufti nanah nasri
nations niang nida nikolai nonaktifkan nungguin octavia omah optimum oss overhead painting
palung pamitan pelindungnya pelontar pembukaannya pemulangan penajam penangkapannya pengacaranya
pengaktifan penganan pengennya pengorbanannya penida penyempitan penyuapan perimeter
persetubuhan pertamakali pesonanya pho piaraan pikat postingannya potensinya prioritaskan
promotion psd puterinya racunnya radcliffe raffles rahmi ranveer reaksimu relative renaissance
resonansi rimpang riyanto ry sadarilah safira sapphire segaris segiempat selipkan selma
sempurnanya senasib seohyun seprti shafa shiv sick simatupang sinai sipit sodomi softlens splash
sponsorship ssst sumeria suu tad tahanlah takoyaki tawang tcp telecom terangnya terpujilah
tersiar tetanus tg thapki tho tii tindakanku tre trendy trigliserida tudingan turuti tvn uday
unitnya using wala walapun walcott yordan achilles against agunan albani alexei ampe antonius
aorta aperture arahmu ardiansyah bakery balangan barker batanghari bebasnya beckett becky beef
bells berg berguguran beriklim berjanggut berkedok berlumuran bersimbah bersiul bertarif
bertemunya besarmu bhineka bidara biduan bks bridget bruyne buntung bureau cane cars cassius
cederanya cekcok cekidot chating chevron chico ciel cis cocktail collector converse dama dexter
diapun diboyong dibuahi dicampakkan dieksploitasi difilmkan dihakimi diiris dijalaninya
dijinakkan dikemudikan dilaluinya dimotori dinkes dirangkum directory dirombak disederhanakan
ditenggelamkan dogma dsn dungeon ear ega elips epa eq esq estelle eui fork galen gallagher
gandalf genie geographic getir ginny gladi goodnight greatest guam hagen hantaman hanung harpa
heidi herbert hitunglah hoc horison hosted howe hw inca incredible infokan inikan injection
injury inkarnasi inkubator inu ipoh iriana irvan jadwalkan jama jm jodi jug juno kalang kalapa
kapiler karel kasihi kecanggihan kedalamnya kelulusannya kelupaan kemanakah kemanan kembarannya
kemenkeu kepengen kerumahku kerut kesampingkan keset keuletan kezaliman konsentrasinya kool
kotornya krom kuakui kubenci kujadikan kurindukan laen lage lansung lateks later ld leaves leone
lesbi lotte luqman majas majid maks mantannya marcell marian mbs megapixel melar memabukkan
memahat membatu membelanjakan membungkusnya memperdagangkan memperkenalkannya mencicipinya
mendemonstrasikan mengabaikanmu mengacak mengenalku menggiling menghadiahkan menghalalkan
menghidangkan menghinamu menopause menumbuk menyandera menyangga menyuburkan menyumbat
menyurutkan merasuk meraung mes metalik mifi minnie molekuler monsters moreno mpo nagato nicki
nui nyiakannya oe offside opak ota padanan paro pashmina patin pelafalan pelunasan penampung
pengerjaannya pengrusakan pensiunnya perlambatan pesuruh petr phelps pjs prakasa pramusim
pratiwi presley processor publishing pusamania qr rear recent refrain rent rhea rishi roa rsa
sadarnya saeng samalah samaria sanggul sangihe sasono sato screening sebagaian sekotak
sekretarisnya sembiring sempurnakan separo seprai sepucuk setua setup shade shara sheeran
showroom sidrap sii sinabung sineas siprus sjafri sltp smithsonian smtown sodom spn sstt
statusmu sumo suport swimming switzerland tabalong taipan takada takutlah tanner tauladan
tayangkan tegur teologis terbelenggu tercerai terkecoh terkenalnya terkeren terkuras terobos tgb
thibaut tigers toki tra transformers transylvania trout tubagus tula tulisanmu tulung tuntun
ucapanmu udh udon ugly ulasannya umurmu unesa unsri vicente visibilitas widjojo wilhelm windu
wisudawan woah xia yau zulkarnain above adaptif added adelaide agnez agreement akak alah aliens
amiin amukan amun andik angkara antibakteri antikorupsi asami asp asparagus assassin attention
autopsi ax ayan babon bachchan bagel bagong bangalore bdk bengal berakhirlah berandai berangin
berharaplah berkuah berlabel berpengetahuan berujar berwirausaha berzina beyonce biseksual
blasteran boaz borok bumbung burungnya buwono caleb cali cbt chamber chara cheon cheong citrus
clone cologne consulting covernya curry dagunya dashboard dawet decepticon dech dena dept
destination destroyer detox diameternya dibendung dicairkan dihatiku dihebohkan dili dimandikan
dipentaskan diredam disampaikannya disertifikasi diskualifikasi disucikan dive djalil dod
dreaming dum eastwood edu eksotik eksponensial erlangga erry eskrim eureka evening exp flowers
folat folk forte futbol gantungkan garner gegana gemetaran genta gian gimmick goldstein goni
guerrero gurau gypsy hachi hampshire handoko handy hardisk hemingway hidroponik histeria ibis
imanmu independence infaq interupsi invasif inverter ipl itikad jacksonville janeiro jarot jawi
kadarnya kaliurang kampanyenya kantongnya karenakan kazakhstan keaton kebimbangan kecokelatan
kelab kementan kemurkaan kenichi kepenuhan kerongkongan kesabarannya kesel khalifa kintamani
kliring koleganya kolkata komang komikus kompol komunikatif kostumnya latuconsina launch
legalisasi legowo lepasnya lesson lewandowski lilo logonya mabukan mackenzie mahkotanya mandau
manset massive mateo matte maze mcguire meera melimpahkan melingkari memberitahukannya
membisikkan membutuhkanku memungkinkannya mencap mengarahkannya menghiburnya mengobarkan
mengusut menilaiku menimpaku menukik menyontek mgr mikasa millennium milliar minah monarki mop
movistar mozaik muatannya mukomuko nakhoda nandini nasibmu nassar needs nembak nite nobunaga
normandia norwich oneplus ontario oren oslo pakuan palimanan pangkas paniai pasok patologis
patri patti pauk pejaten pelapisan pencocokan pendendam penebus pengiklan penyejuk
perkembangbiakan petroleum pgsd pijar pinokio playmaker poltekkes portfolio pres prior propam
propertinya psps pulihkan puspita quincy rail rasial redaktur reich repeat represif retensi
retret revo rezky ritchie rivers robben rodanya saf sage salamah salinannya sambaran scholarship
sebel sehati sekencang semir sesingkat setitik seutas shinkansen siaan sinarmas sindo sirene
smpk snorkeling softball stretch substitusi substrat sudiro supel supriyadi suryadi susie
swallow syari taeyang takaran takashi talinya tapa tataran tatiana temukanlah termometer
terpental terverifikasi tesnya tks tribute tsukasa tulen ulangtahun ultras understand undi unek
unila unix unknown unyu uranus uus uzbekistan vargas visitor vous wally wangsit warsawa ww yura
zahir abrasi actual agamamu ahab aiptu airku akherat akulturasi alasanya albar als amil amon
anjali arakan asar ashoka asiknya asoka atensi atta audy aung aware azka babinsa backpacker baha
baht bansos baskom belawan benahi bender berasap beratus berbasiskan berbekas berkeluh berkemas
berlalunya berlima bermanuver berselera bertaqwa beterbangan blogspot blt broadcasting buzzer
casillas cecep chipset choose cibodas cip cite clarissa cleaning coal combat constance
consultant corpus crimson csi darwis daulah davies dec deepak delaware dep dewasanya dibabak
dicetuskan dicicil diciptakannya dihimbau diindonesia diisukan dikunyah diletakan dilucuti
dipatok dipraktikkan diratakan direhabilitasi disisimu ditanah ditetapkannya ditoko divya dmi
doeloe dohc dyna effendy eg ekstremis engsel ent ethel ethernet eza facebooknya fanspage
feminisme frekuensinya gabriela galilea gama gaung gelasnya geopolitik gertrude gestapo giants
gopi gould greenwich gregor hambat hartamu hegemoni higienis hijaz hiperaktif hipmi holloway
hormatilah humaniora hundred inez interpersonal iot isco jkt johannesburg jonggrang josef judah
julukannya jumping karatan karismatik kasihmu keb keenakan kejap kekudusan keleluasaan kelezatan
kem kemerdekaannya kendalanya keningnya keparahan kewibawaan kinetik kolaboratif kolej komunal
konawe konstanta kontruksi kot kreditur kuahnya kuburannya kujaga kulupakan kundang kusangka
lafal lantunan larson latest latief laugh leading leeteuk leh lekuk lemparkan lengser lev lew
limau limpo lindsey loeb lui macarthur maldini manismu mebuat melempari melorot meluaskan
membantahnya membership memfoto memojokkan memutarnya menag mencinta mengedipkan menggalakkan
menggebrak menggeleng mengikatnya mengkudu mengupload mengurungkan menilik menitnya
menyekolahkan menyemprot menyukaiku mereknya meringis miftahul minds mmi moa moi mojang morowali
mortar mouth nanny ngapa ngehits nilon nom nombor nusakambangan nyx oct oriented padatnya
pangrango partnership pbs peking pencil penerusnya pengayaan pengembaraan penggandaan
penghayatan penghilangan pengubahan pengumumannya penuhnya penyaliban perpolitikan
persetujuannya persoalannya pertanyaanku perusuh pesepeda pevita phase physical pikap polip porn
prada prangko pribadimu prius profesionalnya psim puck purpose purwo quidditch rahimahullah
ransum rashford rl robo rsup sanskerta sape saur seblak sediaan sedianya selamatkanlah semaumu
sendu sensorik sepert sepeserpun sepoi serious sesame shiddiq sijunjung silahturahmi sistar
sitorus slave slytherin socrates soekarwo sokongan sosiolog spartacus spec steiner studios suga
suherman sukakan suki suksesi sunsilk syamsudin tahtanya takdirmu takengon taklukan talkie
tamatan tarot taspen tatum tawakal tempatan terahir teralihkan terbangkan terbentuklah terdingin
terlilit ternaknya tersedot tersengat tertantang til tirto toe toma toxic tribune trima tulangan
tungau tus uangmu usahawan uya vardy variant verdun versinya wakili warteg waste wilkins worry
zaini zayn abadikan abangku accident acuhkan addie ady ahirnya aktiva alliance ams anam andini
aniaya applikasi areanya arogansi arturo auf axe bahana bahasamu bajuku baldwin bashar bearing
bears bedroom begin begitupula bengis berkait berkerut berkorelasi bermainnya berpencar bersuhu
biawak blacklist blossom bordeaux bsi bujukan capt catching celanaku coki coklatnya comics
cousin cska dahaga dapurnya darrell daytona deden delman denganya deny desire dibebani
dicelupkan dicermati diekstrak diguyur diikutkan dipertontonkan dipikirkannya diprotes diracun
disentri ditambahi ditumbuhkan dlc donal dongkrak drakula dropbox drugs due dwayne dzuhur egi
eki enda engagement fade faqih fdr febrian felicia felis feromon feyenoord fibonacci fifth
fintech franky gage gapai gatsby genderang getol ghibah gogo graffiti granger graphics groot
hanum harbour harlan heheh heller hendro herald higher highlights housing howell hyeong iai
indianapolis indofood ine inten intoleran ishq isteriku jabir jad jahannam jalang jaw jelaslah
jepret jnt juna karbondioksida kasa kebinasaan kecik kecilkan keengganan kehamilannya kekamar
kemaksiatan kemaslahatan kepeduliannya kepergianmu kepincut kepler ketakutanmu ketangguhan
ketimun kgk kicau kko kmu komuter kondektur kontinental kpai ksi kualanamu kuatlah kubangan
kucingku kush laksono lalapan lawyer lebihnya ledeng lentik lezatnya lidahmu lines linimasa
lives locker luwes maeda maksa managemen masha mawas melo meluluhkan membebankan mempertajam
menampilkannya mencemarkan menemuimu menganugerahkan mengepalai mengkhianatimu mengontak
menjagaku menjajaki menjatuhkannya mentalitas menyejahterakan menyenangi metabolik mete misty
mizan monumental muenchen muffin musala napasnya nawa ndeso neurologis ngajar ngoceh niatku nmr
noon nope nos nowhere onta pandaan parapat parsi pelatihannya pembaptis penanya pencabut
pencerah pendampingnya penderitaannya penghangat penyembelihan personelnya pertamanan
pertarungannya pertemukan pirlo plain polaroid pooh posted ppg pribadiku proaktif pup putriku
qui rafli raharjo ramadhani rancu rawon recall referral restorannya reus revolution rongsokan
routing sagitarius sahid saipul sakunya santrinya sau sayonara scooter sebisanya seine sejahat
seksinya selebrasi sempu senangi shaf shandy sheffield shining silence silk simfoni simply
sindikasi singkarak sinterklas skinny slovakia spare springfield stereotip stir strategic sua
suicide surau symbian tac taliwang tambahannya tanduknya tanker tantri taunya tebus telalu
telingamu templat terakhirmu terciptalah terdistribusi tergoyahkan terlipat tersapu tertiup
tetra toer traditional traksi tucson umk uptd uta utopia vance vegetatif ven wahh wajibkan
warming weiss whip whitaker wulandari yati yeni zodiac zorro airin albright alkitabiah allahmu
alpine amer andesit angguk anom anterior aoki arrival ateis barrier bbq bekicot belly beloved
berformat bergadang bergemuruh berhaji berkeadilan berkumandang bersihnya bertabur berulangkali
berwudhu bii biopsi bolaang bowen brow bundel cabinet cairkan campurkan capacity cart cats
chairman chavez chernobyl cicit clue coat commercial continental corey countdown cradle crassus
cronus ctrl dangan dedikasikan demokratisasi dibaliknya dibayangi dice dicegat didapuk digusur
diindikasikan dikasihani dipedulikan diperbincangkan diperingkat dipijat disandang disengat
disudut disurvei dosisnya dre edar egomu eindhoven ekstradisi electra elijah encik epitel erm
esia etanol exposure fatima fd febuari fran frieza frisian fuzzy garap gebyar giles gladys
glasgow glowing goldberg grunge hangzhou hansip hap hawks heechul henny heon hideo hidungku
holistik hotels hoy hutannya hyderabad ilustrator imah imin imperialisme infografis
inventarisasi italian jabbar jabung jambang jarimu jarvis jawabanku jepangnya jinny jualannya
junction kabilah kalasan karyawati kecapekan kekhalifahan kemelut kepindahannya kerusakannya
kesediaannya kesra ketakutannya keypad keyword khatam khitanan kino klu kobayashi kompatibilitas
konstruktif kowloon krabby kuasanya kumala kusayangi laguku langdon lani laudya lembutnya
lenganku lengkuas liao lighting limpahan lugas lurik madeleine madina mahameru makhluknya
mangkir margasatwa marunda masala mash matsuri mayones meiji melobi membayangi membesarkannya
membudidayakan memiringkan memisahkannya menampik menantangnya mencatatnya mencederai
mencelupkan mencontek mengakar mengakomodir mengapakah mengerutkan menggunung menghilangnya
mengiyakan mengkampanyekan mengumandangkan menjorok menundanya menyapamu merekah merida mimpikan
minami miri mitranya mms moch modif mosul munkar mursyid navas nawacita nendang nf ngikutin nira
nuranimu nurhayati nyeleneh nyerah opinion optimalkan oso ovi packaging paco paddy padre pailit
pandanglah papar paralayang pasek pattern patungnya pecinan pegi pembagi pembentukannya
pembohongan pemilikan pencapaiannya pengekspor pengunci pengusahaan peniti penodaan penunjukkan
penyambung penyanyinya perampasan perankan perindu perkerjaan perlengkapannya perlindungannya
perundangan petualangannya pewangi piaggio pikirku piringnya pkt plafon plc politisasi prakoso
prasmanan prescott produce prolog pta puasanya pudding punggungku pvc raina rambah randi razi
readers reaper rebah riady rimbun risetnya robotik rojo roo rooftop rosak rotinya ruah sadako
safir saha saksinya samasekali sano saphira sapuan sasis sbi scale sci senanglah sher siahaan
sight situmorang skies snsd sounds sparepart spesifikasinya sumarsono sumbangkan taco tada
tahlil talak tandingannya tebalnya tebas telling terbitlah terblokir termanis terpuaskan teu tft
thee tingkir tjandra tobing trah trilyun trivia troli ttl tzu umpama ums unity urgent vida vie
wafer waffle waterpark wolff xerox yeremia ys yuridis yuyun abubakar agustina aidan akrobat
aktifitasnya alfonso almarhumah amburadul amman annabeth apink aqsa artwork aryan azizah balado
bantai bapanya baskoro bebuyutan belaian berdesain berdzikir bergumul berjejer bernadette
beroleh berprinsip bertalenta blush bomba bpupki bujangan bulldog bullock bunting burhanuddin
buyar candida casanova cavani cave cawagub charly cilincing ciu cma colony como cone coppa cun
damayanti dasyat destruktif desu detasemen diacak diamonds didit dieja dihadapanmu dihadapinya
dihalau dikumandangkan dilaksanakannya dilekatkan diorder dipegangnya dipersulit dipoles dirt
disalib disalibkan disuap dony doorprize duan dunlop dupont dusty dy eksemplar emotion enamel
eno etalase etiket evie fathul feby fina flame flavor formalin francesca fujiwara funk gempuran
giovanni gmn gopro gpp gravity grip grub gsx gunnar gunungan habit handsome hathaway hawai hbo
hermanto hippo hubble hula ical idham ikutlah infrared invest irasional irianto jabal jahiliyah
janjiku jaran jazirah jeneponto jor jpnn kabisat kahitna kalideres kangguru kania kanibalisme
karavan karoseri kart katara kebrutalan kecerdikan kehebatannya keingintahuan keita kekhususan
keluhannya kenanganmu kendur kesayanganmu ketatnya ketek ketidaksesuaian kharismatik khasiatnya
kidung komisariat konstruksinya kontan kristina krystal kuk labelnya laten launcher leleh lennox
lexi lirih loa loose lulusannya luth lyle macamnya magdalena mahaputra makara mamamu margot
marsudi matcha matchday matta meghan melakukanya memprogram mencelakakan mencoblos mendaur
mendikte mendongak menerjemahkannya mengedukasi mengelap menghaluskan mengingatku
mengkomunikasikan menjerumuskan mentolerir menyorot menyulap menyusahkanmu merekrutnya merinci
meruncing microsd mirage mmmm moderen mudahkan muscle nasab nene nenekku nepotisme nerima nl
nurbaya nyinyir odol ohya ompong opa opus paid palin pangkatnya parking parkirnya paspampres
pavilion pdkt pelajarilah peliharalah pembedaan pemikat penanganannya penceramah penganten
pengepul penuntun penurun penyataan pepes perampas perbaikannya percabangan peremajaan pergub
persembunyiannya pertanyaanya pikul pilihnya plin podomoro ppki prakarya priority provost
pundakku pyramid qc raganya rajah rakyatku raza recycle regan relation replikasi rerata resapan
rivera romania romero romy rosita rosul roulette rudiantara rumusnya sabung sanctuary sangatta
saraswati sasana sayyidina seba sebahagia sebangsa sebgai sed seharus seiman sekota selembut
semunya septian seriusnya sesajen seymour shibuya simplex simposium siren sistematik skenarionya
sosiologis soya sphinx sturridge suguhan sumarno sungkawa supercar tadashi taher tajwid takeshi
takumi tegaknya tenggelamkan tepukan terenkripsi terimah terjemah terkesima terms terprovokasi
tester tet thats tiago tiff tingkap tipes tokugawa tomi toserba totti touchscreen tuhanlah uan
vacum vaughn vidya warehouse wasallam ways weber wirawan wonders xviii yaudah aburizal adh
adilan affiliasi aktualisasi alana aliando alva amatlah amdal angkor anji antah aritmatika
armadanya astri atr atv augustine awaknya azhari azmi bakaran bantuanmu bapakku batinku bennet
berderet berempati beretika berhimpun berperasaan berproduksi bertangan bertato bertopik bertuan
bik bimasakti binaraga blanca bling bnnp bocorkan bui bulls cah caitlin cbr cendekia chatib
cincinnati claudius conway cory dairy dapa dbs deformasi dejan dekil dendeng dental despicable
dessy dibacanya dideklarasikan dieksplorasi dikondisikan dilakoni dipelopori dira diranjang
direlokasi diringkus dirumahmu disekelilingnya diselenggarakannya disisiku disyaratkan duper
durasinya edna eggs egonya encok enrekang entrepreneurship erangan esports fahami fath fell frau
fried gamping garage gedhe gegar gentayangan giggs goh gombong guido hadang haddock halsey heads
heteroseksual homeland honduras hsbc hubung igo ikea imperium improvement impulsif infantri
istirahatkan iva jengkal jennie jeremiah kaplan karst kearsipan keasliannya kebablasan kecut
kedokter kedondong kedunia kehadiranku keiko kejora kekecilan kelincahan kemerah kepemilikannya
kepribadianmu knife koba kopaja kranji kuambil kubo lakban legi lenggang lilinnya lillian
limapuluh logout luh lupin maap magnitudo magnus mainz mambo mamma mancung marlene martil
masyumi matematikawan mawaddah maximal meh mela melamarnya melemahnya melukainya melunak
memakaikan membanding membayangkannya meminjamkannya memperketat memvonis menaburkan menanamnya
mendarah mendera menerkam meneruskannya mengacuhkan mengaktifkannya menganti mengurutkan mercu
merevolusi meringkus mikroskopis modernitas munculkan muslimat nafasmu nail nairobi nanggung
napak natan nestor ngantri nilaimu nomernya nominalnya nyan nyu offset ofisial oishi okeh okky
olla olympique omongannya orangan orc oro pacet parno parsons pearson pedes pelemparan pemuas
pencopet pendem pendewasaan penerimanya pengabdiannya penyet penyintas pera percayakah perfume
periuk perjalananku pine pkr poh posisiku prana preventif priyo propolis pulitzer pulsar rahwana
rapatnya rasain rhapsody rifky risaukan roby russel sakai sanji sapalah satlantas sebalik
sebentuk sebongkah secercah sekawan sekembalinya sekeping seksualnya semangatlah sent serinya
setangkai shelley shiori shoulder siapkah sienna sihat sikka skutik slash slayer smartwatch
smelter spesialnya standardisasi standarnya stealth stylus tah tambalan tanamannya tariknya
tariq tear tees tekanannya telanjur tembikar temboknya temuannya teolog tereliminasi terhanyut
terjamah terpojok tersukses tertatih themes thomson throne tick tidar tipografi tomang trader
transporter twinkle ueki ulan unm unyil usage utility vanili visualnya wasiatnya whaff willian
windsor wto ybs aaaah abunya adlah afraid agi akang akmil alkisah amblas anggoro annya antum
anymore approach apri aremania askar asuka aswaja atsiri axa bakri bangkinang bayarnya beno
berastagi berbinar bercengkrama berhantu berjongkok berkesimpulan berkirim berkokok berkomplot
berkonflik berkurban berlengan berpola berprilaku bharu bhw bisnismu blower bogo bonjol boring
boru boyz brave buchanan bucharest budaknya budiono bungalow burbank byul cagur calonnya carina
celakalah cellular cen changi cheddar chiba chic cikgu cililitan ciumannya container criminal
crore daki dalm decker dekatku deportasi diamanatkan dienkripsi digeledah digiling digosok
digulirkan diguncang dikarantina dikoleksi dinaiki dioleskan dipikiranku dirga dirilisnya
disamarkan disisinya dispenser ditepi divine doank dody domestic drumband dsp dzat eastern ebi
edema emilia engkol eonnie ernst facto fadhil fanatisme febby febi fedex ferris filler flamboyan
fossil gemma gerardo gondang gondola gucci gulf gwan haleluya hantar harianku hartley haya
hendry henna hess hisyam hitman hoa hug ilo images impression inspiration invite iyo jalanannya
jayawijaya jeje jutek kabelnya kalbe kanton karsa kayo keberadaanku kebusukan kedipan
kegemarannya kekenyangan keluhkan kemilau kerepotan ketertarikannya khun kik kisahku koen konek
konsonan koresponden krimnya ksm kupilih laknat lamo larasati leasing leonid liburnya likes
lizzie lizzy loak loli lolipop luaran lula lumen ly maaflah maksimalnya manjadi manten margarin
marjinal marker masterpiece mawardi maximum mck melarat melatonin melepuh mellow melongo
melubangi memajang membatik membenamkan membuntuti mempersoalkan mempertanggungjawabkan
memprediksikan menafkahi mencibir mendengus mendesis mengajarnya mengecap mengelupas menggores
menggoyahkan menggusur menghalangimu mengujinya menjuluki mensimulasikan menyamping menyematkan
menyetubuhi merangin merawatku merka metromini mewakilkan missing miyako mmc monique motorku
moyangnya mushaf mwah nadim naek naro nashville neverland oca olly oon operan osasuna outline
pahaman paige panin paramore parks parvati pasadena peeta pelindungmu pembunuhannya pendemo
penjurian penyusupan persilatan petugasnya pewayangan pigeon pioneer pitaloka presdir preseden
presipitasi princes privatisasi psikotes pujiannya qayyim raman rambat raoul rapatkan ratakan
reflektif relik rematik renta repair roberta rochester roe rts rusty sambungkan sampanye sampean
saputangan sasi satin screw sedulur sekalinya seksnya selfi seling selingkuhan semantik
semuannya sesampai shangri shikamaru shinji shira silika silvia smallville smoking soetomo soho
soket sona sorenya sous spice stern stuttgart sukan sulbar sulur sundari sutanto syarh syukurnya
tahfidz tale tamansari tanggapi teach tebar tekniknya teksturnya telponnya tembem tenant
teraniaya terbalas terbayarkan terkenang termaktub terpadat terpal tertancap tertunduk terurus
tesebut thorn tht thx tilas tiwi tou trademark tran traveller triangle trinitas tropi tugaskan
turan twit txt ulil unbk underdog unlock untungkan vanguard verde viewers waah walters wanti
warganegara wawancarai whats wheels wichita wicked wtp yamada yunho zalora zhuo zico zuhud
adriana affandi ahjumma ahsan akai akselerator alit ambo argus asimetris astuti athens autumn
azkaban azzam bakshi bannya bateri bawel belalai benaknya berdimensi berjihad berkegiatan
berkemungkinan beroperasinya berotak bertikai bertindaklah bian blaugrana boboiboy bogota boiler
boon boone bounce brewster brief brondong brotherhood brutus btob bubarkan bukhori candace
castillo centimeter chesapeake chucky cid clooney cms corbuzier cow crowe cruiser dambaan
deborah defisiensi denial density diambang diasosiasikan diasuransikan didapur dihabisi dihirup
dilempari dimenangi dimsum dinasnya dipersoalkan dipusingkan direndahkan diselundupkan
disepelekan diskors ditolaknya ditransmisikan ditukarkan diwawancara drh dynamite dzeko eclipse
ehem ekspatriat ekstrimis elmo envy eriksen etude eunhyuk fate few fidel fim flea flute
friendster gaikindo gawai geopark gio giselle glider glitter gondor gook grasi gumelar gye
hagrid haku hambali hamdan hamengku harding harmonika hasratnya hermann hobbes hobiku horcrux
hsl huai humans hurairah ibi ihza ijasah imbal indi indonesi inferior iqbaal ivory jacuzzi jadah
jagger janken jarahan jenar johannes jonghyun jonny jubir judas junjungan kacung kahwin kainnya
kanata kawa kekejian kelahiranmu kelegaan keolahragaan kepanitiaan kepausan keputus keseringan
kewajaran kirsten kodratnya kokas kolibri komatsu konfrensi konjungsi korona koyak kppu kremasi
ktsp kupat kutinggalkan kwk leisure leopold limas lingerie looks lords lutz maafin macdonald
madang mangkal mango manyar marjorie marut maybank mccartney melalukan melawak melegalkan
meludah memandangku membentangkan memedulikan memegangi memoles menambal mendapatkanmu mendata
mendua mengecualikan menggadaikan mengkhayal menjamah menkominfo menyalak menyanggupi
menyebutkannya menyeru menyilang menyolok merekamnya merembet mereproduksi micky milah
mirrorless mischa mobilku mpm mua naikan narik nay neha neji nella nerd nginap niagara nights
nurut oesman offer omelan opo oranje orbital otomatisasi outbound overseas pamali panahnya
pangkalnya paruhnya peck pekerjakan pemeras penanam pencerahannya pengamalan pengenaan penghias
penghukuman penyubur penyulingan perca perenungan peroksida persikabo pertaniannya petis phablet
pinggulnya pisa piso piya podolski popeye prestisius providence pukuli pulaunya puss rack
rahasiamu rahmatullah randa ranieri realistik rekaan renata reses respirasi rezki rhino ribbon
rna roknya rtl ruma rusuknya ruwet sabana sagittarius sasa scar scientist sebegini seizin sejoli
semampunya semanis semuda seringlah sesalkan setakat shadows shilling shinjuku shm sickness
silalahi simi simorangkir skck sopirnya sosro ssr strength stronger suites sulis sully
supriyanto svd switching syndicate takuma tanin tanpaku tantenya tepinya terbukanya
terkonfirmasi tersedu theseus timotius tiran tis tit tjong toket tosca tough tradisonal
transfernya traumatis trax ttd tumben tumbuhkan tunggalnya ug ugal unp upahnya users utc uti
vario wajik webinar wildan wilkes winata wisdom wm yh yuu aahh abstraksi across adaptor addison
aek agil aigoo aik akhirmu akhwat akper alisha alon amandel amira anyang arabika arias
artifisial atc ayang ayesha bacot bangunnya banned bantah bapakmu beberap bekti belarus bentol
beratkan berceceran bererti berfantasi berizin berlogo bermekaran bernutrisi berterbangan biker
bikinan bim binary bisnes biz bromwich bryant bulma butt calya chandrawinata channing charter
checkout cher childhood cicero clifton clinical clutch composite corel cracker daffa dalami
daphne darcy dawai debutan deco dedicated definisinya depdiknas dew diblok didapatkannya digoda
diiklankan dijarah dikreditkan dilangit dilombakan dilukiskan dinaungi dipuncak disesalkan
disket ditancapkan ditimbang dituruti divestasi diwarisi dkpp dolphin dominika donkey donut
downloadnya drill edhie ekowisata ela eos erti ertiga essentials ey fahrenheit failed faktur
fandom faye filipi fitra flex float foreplay fortuna forza fully gadung gandrung generalisasi
gets gfriend given glad goda gosokkan groove gupta gurauan hayam hel helix hemsworth hii hilo
hms hoaks homestay hota hydro important independensi indovision integrated inventory ishita isle
iucn jakabaring jameela jap jeanette jendelanya jimi jka joox kaba kampong kedalamannya keibuan
kejarlah kema kemajemukan kemenko kerawang kerelaan kf kha kiya kla komodor kompres kroos ksad
kst kulalui kuroko kyi langkawi lantamal latvia letupan lolita luangnya lucien lynne mace mach
mahfudz maho mariana masihlah maurizio mematikannya membandel membayarkan memindah memonopoli
memungkiri mendiagnosis menerjunkan mengendus mengerjai mengingati mengingkarinya
mengkhianatinya menhub menjauhiku menjelek menuntunnya menyapaku menyatakannya menyeringai
merekonstruksi merenungi mesuji milwaukee minecraft mkhitaryan mole monogami mulawarman mulyana
muntahan munzir nahh nascar negosiator nelly nestle ngalamin ngurusin nichols nirmala nivea
nurhadi obsesif okezone oleng omni orchestra ouch ovj oww panduannya panelis panggangan panu
paok partnernya pasirnya ped pela pencatat penerang pengerahan penggugur penginjil pengontrolan
penilaiannya penyegar penyelewengan penyimpanannya perantaraan perawi perkataanmu perkawinannya
pernahkan persiwa peruntukan pesilat pilotnya pinangan pinguin playground plural poco political
ponakan ponselku posisimu pow prita problema products proof protokoler puntung qf query quintus
rancho ref renangnya rendi replay resik riva riwayatnya russ rustam sado salamku salih salute
samsons sarawak sarumpaet sata scanning scientific screenshoot sedu sekai sertai shabu shaman
shore sinka sirait siur smi snoop songs spectre sumbat sunguh suprapto sutopo sutton syara
syarifuddin taik taklim tantra technologies temenku temperature tendangannya teripang terisak
terlontar terri terutamanya tetamu thames throttle tiana toge toss tracker trigonometri
tuberkulosis tutuplah uhud umayyah understanding uph ustadzah uterus vaginanya vb vickers vitae
vivek warisnya warnai wih yudisium zuhur adegannya agamis airbag airline akari akh aligator
amannya amma ampere anders antriannya apex apron arik asad babad backbone bagaiamana baluran
baptisan bec behavior belarusia berantah bereproduksi bergelimang bergigi berhentinya berjenjang
berkinerja berkode bertrand bette beza bhayangkari biology biri blanche bluray bret brush canal
capcom catalunya cendrung chest cic citarasa cloth coconut connolly cornelis cpa crisis cy
danone dapatnya darahmu datu definition desah dialamatkan dialognya dibasmi dibiasakan dicekal
dihujani dihutan diinisiasi diisolasi dikerjakannya dikuasainya dilambangkan dimajukan
diperkecil dipersalahkan dirasakannya dirumorkan disidang distribution ditaklukan ditelantarkan
diterbitkannya dito dituntaskan diucapkannya elektroda err essence fabrikasi fairuz fathanah
fatma feni fik flexi frog gardenia gaye gemerlap gempol geraham gianluigi gmim goebbels goeslaw
gotta grafit hadiningrat hamlet hattrick helo helsinki herbivora hilanglah hindarilah
hitungannya hoffenheim hubunganku huhu hujatan hurley ikutkan ins inspiring investasinya
invisible islamabad jab jayalah jekyll jelmaan jh jidat jintan jiran joule kabuto kanjuruhan
kebaikanku kediktatoran kejepit kekiri kendalinya keok kepangkatan kepepet kepustakaan kerumahmu
kerusi kesaksiannya kesedihanku keteladanan kibum killing kimmel kirito klop klorida komar
komersil kora kucium kuncoro laik lalim lelahnya lemaknya lembata lestarikan lockhart lr
lumayanlah lupo makino malino manson marmut marriott martina masaknya masin masingnya
massimiliano materialisme mcphee melancong melawi melipatgandakan melupakanku membentengi
members mempercayaimu memproklamirkan mencampurnya mendasarinya mendingin mendut menerawang
mengajarimu menganga mengawasinya mengawetkan mengawinkan menggapainya menggelapkan menggodamu
mengocok mengucur menikung menjelekkan mentoring menyela menyeretnya menyusunnya metamorfosis
midway milikilah millionaire missy mitha mixing moba mondok mortimer mostly mountains mozambik
mpi natsumi ngelihat nich nissa nonformal oatmeal oce ocha oksidan ombaknya orba orbitnya
paddington pamerkan pane panzer paragon pattimura pejabatnya pemahat pemanggil pemugaran
penelepon pengawetan penggiling pengoperasiannya pengorbananmu penh peniru penjaganya penjawab
percampuran pergulatan perkapalan perminyakan permodalan persisam persita perutmu pesohor
petamburan piton platt posterior priyayi prompt px qiao raf rafiq raha rangkasbitung rasuna
rekap renai retreat riverside rully rumitnya rumornya rus rye sadie samapai sayup sbm sedayu
seeker seja sejagat sekitarku selamatan seumpama shingen shinigami sisca sisipkan sisters siuman
skirt snowden soko sontak speedometer static streets suhaimi sukuk sumringah suryani sutiyoso
suzanne sweat tahlilan tahniah taiga tammy tampilnya tariannya tawangmangu television temporer
terangkum tersurat tertegun tertuduh teteskan thabrani tianjin toru trace trafficking transmart
tritunggal tuha ugalan umb unimed ursa utsmani valentin valkyrie vis visinya void vortex wangsa
warden winning xo yess yosep yugoslavia zainab abdulaziz abul adji aeon agamaku aidit ajo
alkaloid anai anthem aral arcadia arius arlington asahi atambua atasmu australian azerbaijan
bahuku ballad bangsaku barongsai batagor bawal beji beratap berkerumun bermental bernardo
berombak bersendawa berserta besinya bkk blackburn blanco bobol boxing brace buluh bungkusnya
calgary carver cemoohan cepogo cerna cgv charm chek cihampelas cipher citaku clouds cnblue coban
coffe col conor cove cranberry deacon debian deeds deschamps dey dicekik didiami digosipkan
dilumuri dilunasi dipahat ditilik ditugasi dumb dumbo eating edc ekaristi elukan emon emulator
endorse eredivisie escobar farmer fery firm folikel freemason fti fundamentalis garnier geneva
giving goyangkan gradasi grady greet grim halid hanny hidrasi hipotetis hiragana honolulu
hotline houdini hsdpa hsiao ibaratkan idn iggy imej insyallah interiornya invitation isotop
jamaica jha jkn judd kampak kanaan kasetnya katrol kauman kavling kayuagung keanu keberadaanya
kekanakan kekantor kelantan kencangnya kepenulisan keperkasaan keterampilannya klab klausa kolak
komparatif kopo kortikosteroid koyo krauss krt ksr kualami kuhap kuharapkan kulewati kupeluk
kurikuler kuro kusen kyeong landon latah layan lengang lets license liong loo loon lsd lullaby
luxor maan mabok magda makluk maladewa marge maslah maslow masternya materiil matteo mead
meaning melayaninya membalut membeda membelenggu meminati memuakkan memutih menahu menaik
menavigasi mencetaknya mengapit mengenyangkan mengepakkan menggumpal menginduksi mengutak
menoreh menyanyikannya menyembur menyilangkan menyingkirkannya merit merusakkan mezbah mgm mice
midas minal monet mongondow monorel moonlight mossad mpa nadila nahl naim namida nanggroe nastar
natsume negera neira ngamuk ngelantur niatkan nomad nuklirnya nunung oded oey ongkosnya
otentikasi ox paa pakcik palsukan parkit pause pawan pemaknaan pembangkitan pembaptisan
pemilihannya penagihan penalty penerjun penginjilan pengisap penyemprotan percakapannya
percobaannya perkedel pertukangan photobook pied pier pilgrim pilihkan pinocchio pinterest pinto
pirate plugin polar portman potasium ppkn principal prospect qadir qanun rahmawati rajutan raker
rapp rasionalisasi rawas reboisasi reggie rektum reportase resmikan rismaharini ritsleting
riviera rodeo rudolph rudra ruteng salazar sallam santer saori sapinya saracen savana sayangmu
sayyaf sebelumya seduh seirama sekadau selasar selenium selulosa semilir sengat senopati sepuas
sesempurna shalihah simetri sinatra singularitas siswanto skak skye slovenia smoga smt sobatku
somewhere spanish specialist spence sreg stat stefanus stoknya sucinya sulungnya sumadi
supratman tambunan tampannya tanyalah tarigan tei tengkurap teraneh tercintanya terdahsyat
terkoyak terkutuklah terlacak ternoda thu tic tiktok timpang tomoko toure toyama tremor trendi
tres tuduh tuts ufuk ulahnya umr unika urusi utkmu vandalisme verne vicki vincenzo vitalnya
vogue walnut wasabi weapon wellington went wrap wuhan yayan yesterday yook zenit abhi aero agni
aline almari alphabet already amirul andalusia angola antoni apasih apm aras arda arsitekturnya
artemis ate babilonia baduga balikin banderol banggar barkley barnett bayak bend berawalan
bergolak berkendaraan berlendir bermulut bernyali bersatunya bersikukuh bes betulkan biasalah
bilas binder blackout blogging bmt bonang bumil bumiputera bundanya bundo buyer cadar cartridge
catwalk cekikikan celeste cendawan cent chamberlain ciremai clasico clover coaching comments
commonwealth congkak construction crab crispy curahkan cutie dandelion daryl delik demen
demokratik dempsey depa dhaka diacungi diamputasi dibuku dibungkam dicaprio diferensial
difermentasi digulingkan dihindarkan dihiraukan dikawinkan diluruskan dipasaran diperdengarkan
dirumahku disadap diseduh disemprot disinari disusupi diupgrade diwisuda django doctors dou
doubt drajat drogba duane duapuluh efraim elon enny epi euy exist eyed fakfak fauziah fg fikom
fitch flyover foil fulbright galatama galvatron gambarannya geiger gengs geodesi geprek ghar
ghea gilimanuk gnu grad greek gutawa hakekat handling haruskan hf hikayat hindustan houten
hungry hyuga hyuna ijtihad ilaha illa illustrator imbangi indrawati ingi inspector isikan
islamisasi items ivo jail jantungmu jeratan juniornya kalut kawaii kbps kebahasaan kebiasaanku
keenan keletihan kemp kepahiang kepiawaian kesemutan kesiswaan ketamakan kito koil komuni koor
korosif kribo kripto krs kutanya lafayette lamarannya lembing lenin leonidas lesti liberia lien
lik lng lua lututku maar majukan mandilah manula marconi margono marlboro maskernya matematik
melambungkan melata melia membahana membolos memperjuangkannya memperkokoh mempertegas
memproduksinya mendaptkan mendoakannya mendustakan menebaknya menebas menenangkannya menenggak
mengagungkan mengarut mengemuka menggempur menghamburkan menghukumnya mengoperasikannya
menjiplak menjulurkan menobatkan mentaati mentransmisikan menuntutnya menyengsarakan menyodorkan
menyusulnya merahan meramu meringkas midwest miftah millie minaj muawiyah muchlis mujair murti
namai ngarep ngisi nhk nietzsche nit nyokap od odong operasikan optical orak orchard ovo owa
pacquiao padma pandangmu pandangnya pandjaitan panekuk pangalengan panganan paparazzi
partisipatif pavel pbr peg pelancar pelepah pelipur pemanenan pemeringkatan penawarannya
pengentasan pengkodean pens penyederhanaan perimbangan perl persahabatannya pescara phnom photos
pika pikirin pintumu pitu pius pixie plengkung poles porak programer promonya protected
pulogadung purwosari radionya raghu rakesh ramesh randolph rasionalitas ravenclaw razak rebung
rejo repetisi reshuffle resistor reum rfid rgb ric rida romantisnya rondo rowan rups sahal
salmonella samin sane sange sauron scarecrow selemah sendy seperlima sesibuk shalom shepard
sherly shireen slawi solidarity ssd stagnan steering stratifikasi stray studies sudarso
supermodel supersemar swami swat sylar tajir tancredi tandem tdp tentangku teoretis terbesarku
tercurah tergerus tergugat tergusur terhangat terhipnotis terinjak terjajah terlemah terpenjara
tertanya thom tidaaak timang tix tls toshio trunojoyo tunggangan tutorialnya ulangnya ulos
umatku ummah ung untai usagi wage waller walls winters xm ziva zulfikar
    """.split()
)
WORDS: frozenset[str] = frozenset(w for w in BY_FREQUENCY if len(w) >= 6)
