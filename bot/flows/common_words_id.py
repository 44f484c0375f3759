"""Common Indonesian words (6+ letters) that the typo repair never changes. Generated.

Written by ``python -m kawan.distress_words`` from wordfreq 3.1.1's Indonesian list (Zipf >= 3).
Data: wordfreq by Robyn Speer, CC BY-SA 4.0 (https://github.com/rspeer/wordfreq).
"""

WORDS: frozenset[str] = frozenset(
    """
aamiin abadikan abaikan abangku abangnya abbott abdillah abdomen abdulaziz abdullah abdurrahman
abidin abigail abnormal aborigin aborsi abraham abrasi absennya absolut absolute abstrak
abstraksi absurd abubakar abunya aburizal academy acaranya access accident account accounting
achilles achmad acoustic across acting action active activity actual actually acuhkan adakah
adakalanya adakan adalah adanya adaptasi adaptif adaptor adapula adapun addison address adegan
adegannya adelaide adidas adidaya adikku adikmu adiknya adiktif adilan adinda adipati adipura
aditif aditya administrasi administratif administration administrator admiral adonan adopsi
adrenalin adrian adriana adriano adsense aduhai adukan advance advanced adventure advertising
advisor advokasi advokat aerobik aerodinamis affair affandi affiliasi afganistan afghanistan
afiliasi afraid africa afrika against agaknya agamaku agamamu agamanya agamis agatha agency
agenda agennya agensi agraria agraris agreement agregat agresi agresif agribisnis agrowisata
aguero agunan agustina agustinus agustus ahirnya ahjumma ahjussi ahlinya ahmadi ahmadiyah
airasia airbag airbus airlangga airline airlines airmata airnya airplane airport airways aisyah
aisyiyah ajaibnya ajakan ajaklah ajalnya ajaran ajarannya ajarkan ajudan ajukan akademi akademik
akademika akademis akademisi akalnya akankah akarnya akashi akatsuki akherat akhiran akhirat
akhiri akhirmu akhirnya akhlak akhlaknya akhlaq akhmad akhwat akibat akibatnya akidah aklamasi
akomodasi akrabnya akreditasi akrobat akronim aksara akselerasi akselerator aksesibilitas
aksesnya aksesori aksesoris aksinya aktifitas aktifitasnya aktifkan aktifnya akting aktingnya
aktiva aktivasi aktivis aktivitas aktivitasnya aktris aktual aktualisasi akuarium akuisisi
akulah akulturasi akumulasi akunnya akuntabilitas akuntan akuntansi akunya akupun akurasi akurat
akustik alabama aladdin aladin alaihi alaikum alamak alamat alamatnya alamiah alamin alaminya
alamnya alamsyah alangkah alasan alasanku alasanmu alasannya alasanya alaska alatnya albani
albania albert alberto albino albion albright albumnya albuquerque alcohol alejandro aleppo
alergi alexander alexandra alexandre alexandria alexei alexis alfabet alfamart alfian alfonso
alfred algojo algoritma alhamdulilah alhamdulillah alhasil aliando aliansi alibaba alicia aliens
aligator alihkan aliran alirannya alisha alisnya alison aliyah aljabar aljazair alkali alkaloid
alkisah alkitab alkitabiah alkohol allahmu allahu allegri alliance allianz allison almamater
almarhum almarhumah almari almond almost alokasi alonso alphabet alphard alpine alpukat alquran
already alright alternatif alternatifnya alternative aluminium alumni alumnus alumunium alunan
alurnya alutsista alvarez alvaro always alzheimer amalan amalia amalnya amanah amanat amanda
amandel amandemen amankan amannya amarah amarahmu amarahnya amatir amatiran amatlah amazing
amazon ambang ambarawa ambassador ambigu ambilah ambillah ambing ambisi ambisinya ambisius
amblas ambrose ambruk ambulan ambulance ambulans amburadul amelia america american amerika
amfibi aminah amirul amnesia amnesti amnesty amonia ampera ampere amplas amplifier amplop
ampunan ampuni ampunilah amsterdam amukan amunisi anakan anakku anakmu anaknya analis analisa
analisis analitik analitis analog analogi analysis anambas ananda ananta anarki anarkis
anastasia anatomi ancaman ancelotti anchor andaikan andalah andalan andalannya andalas andalkan
andalusia anders anderson andesit andhika andien andika andini andong andrea andreas andrei
andres andrew andrews android andromax andromeda anehnya anekdot anemia anestesi anfield angela
angeles angelica angelina angelo angels anggap anggapan anggaplah anggar anggara anggaran
anggoro anggota anggotanya anggrek angguk anggun anggur anginnya angkanya angkara angkasa angkat
angkatan angkatlah angkatnya angker angket angklung angkor angkot angkringan angkuh angkut
angkutan angola angsur angsuran aniaya animal animasi animation animator animenya anjali anjing
anjingnya anjlok anjungan anjuran ankara annabelle annabeth annisa anniversary annual anomali
anonim anonymous anorganik another answer antagonis antara antaranya antariksa antarkan
antarmuka antartika antasari antena anterior anthem anthony antibakteri antibiotik antibodi
antigen antikorupsi anting antioksidan antiseptik antisipasi antivirus antoine antologi antoni
antonio antonius antony antrean antrian antriannya antropologi antusias antusiasme anugerah
anugrah anyaman anyang anymore anyone anything anyway apabila apache apakah apakan apalagi
apalah apanya apapun aparat aparatur apartemen apartemennya apartment apasih apatis aperture
apinya aplikasi aplikasinya apollo apotek apoteker apotik apparel application applikasi approach
apresiasi aprilia aqidah aquarium aquarius arabia arabika arafah aragon arahan arahkan arahku
arahmu arahnya arakan aransemen arbitrase arcade arcadia archer archibald archie ardiansyah
areanya aremania argentina argumen argumentasi ariana arifin arisan aristoteles aritmatika
arizona arjuna arkansas arkeolog arkeologi arktik arlington arloji armada armadanya armenia
armstrong arnold arogan arogansi aromanya around arrival arsenal arsene arsitek arsitektur
arsitekturnya arsyad artefak artemis arteri arthur artian article artifak artificial artifisial
artikan artikel artikelnya artileri artinya artist artistik arturo artwork arwana asahan asalan
asalkan asalnya asapnya asetat asetnya ashanty ashley ashoka ashton asiknya asimetris asinan
asisten asistennya aslinya asmara asosiasi asparagus aspirasi aspirin asrama assalamualaikum
assassin assessment assist assistant association astaga asteroid astral astrid astrologi
astronom astronomi astronot astuti asuhan asuhnya asumsi asumsikan asupan asuransi aswaja
asyiknya atalanta atambua atapnya atasan atasannya atasku atasmu atasnya ataukah ataupun atensi
atheis athena athens athletic atlanta atlantic atlantik atlantis atletico atletik atletis
atmosfer atmosfir atraksi atraktif atribut atrium atsiri attack attention attitude aturan
aturannya aubrey auckland audience audiens audiensi audisi auditor auditorium audrey august
augustine augustus auratnya aurora austin australia australian austria author authority autisme
autobot autobots automatic autopilot autopsi autumn available avalon avanza avatar avenger
avengers avenue average awaknya awalan awalnya awards awareness awesome axiata ayahanda ayahku
ayahmu ayahnya ayamnya ayesha ayolah ayunan ayunda azerbaijan azhari azizah azkaban babakan
babilonia babinsa bacaan bacaannya bacakan bacalah bacanya bachchan bachtiar backbone background
backpack backpacker backup badanku badanmu badannya badminton baduga badung baekhyun bagaiamana
bagaikan bagaiman bagaimana bagaimanakah bagaimanapun bagasi baghdad bagian bagiannya bagikan
bagiku bagimana bagimu baginda baginya bagong baguslah bagusnya bahagia bahagian bahagianya
bahama bahana bahannya bahari bahasa bahasamu bahasan bahasanya bahawa bahaya bahayanya bahkan
bahrain bahtera bahuku bahunya bahwasannya bahwasanya baihaqi baikan baiklah baikmu baiknya
bailey baitul bajakan bajawa bajing bajingan bajuku bajunya bakalan bakaran bakarnya bakatnya
bakery baking bakpao bakpia bakrie bakshi bakteri bakwan balada balado balaikota balance
balangan balapan balasan balasannya baldwin baliho balikan balikin balikkan baliknya balikpapan
baling balistik balita balkon ballad ballet ballon ballroom balotelli baltimore baluran balutan
bambang bamboo banana bandang bandar bandara bandel bandeng banderol banding bandingkan bandit
bandnya bandung bandwidth bangalore bangau banget bangga banggai banggakan bangganya banggar
bangil bangka bangkai bangkalan bangkinang bangkit bangkitkan bangkitlah bangkitnya bangkok
bangkrut bangku bangladesh bangli bangsa bangsaku bangsal bangsanya bangsat bangsawan bangun
bangunan bangunannya bangunkan bangunlah bangunnya banjar banjarbaru banjarmasin banjarnegara
banjir banker banking bankir banned banner bannya banser bansos bantaeng bantah bantahan bantai
bantal bantalan bantaran banten banteng banting bantuan bantuanmu bantuannya bantuin bantul
bantulah banyak banyaknya banyuasin banyumas banyuwangi bapakku bapakmu bapaknya bapanya bappeda
bappenas baptis baptisan baptiste baqarah barack barang barangkali barangnya barangsiapa barbar
barbara barbie barcelona barcode bareng bareskrim barisan barista barito barker barkley barnabas
barnes barnett barney barokah barometer barong barongsai barrel barrett barrier barrow bartender
barter barton baruku barulah barumu barunya barusan basarnas baseball basecamp basement bashar
basket baskom baskoro bastard bastian basuki baswedan batagor batalion batalkan batalyon batang
batangan batanghari batangnya batara batasan batasannya batasi batasnya batavia baterai
baterainya batere bateri bathin batinku batinnya batman battery battle batuan batubara batunya
baturaja baubau baunya bawaan bawaannya bawahan bawahannya bawahnya bawakan bawalah bawang
bawaslu bawean baxter bayang bayangan bayanganmu bayangannya bayangin bayangkan bayaran
bayarannya bayarkan bayarnya bayern bayinya bazaar beacon bearing beasiswa beatles beatrice
beautiful beauty bebannya bebaskan bebasnya bebatuan beberap beberapa bebuyutan becanda because
becker beckett beckham bedakan bedanya bedroom beethoven before begadang begini beginian
beginilah begitu begituan begitulah begitupula begitupun behavior behind beijing beirut bejana
bekasi bekasnya bekerja bekerjalah bekerjasama bekicot bekukan beladiri belahan belaian belajar
belajarlah belajarnya belaka belakang belakangan belakangku belakangmu belakangnya belalai
belalang belanda belang belanja belanjaan belantara belarus belarusia belasan belasungkawa
belati belatung belawan belenggu belerang belgia beliau believe belikan belilah belimbing
belinya belitung beliung bellamy belokan belong beloved beludru belukar belulang belumlah benahi
benakku benaknya benalu benang benarkah benarkan benarnya bencana bendahara bendanya bender
bendera benderang bendung bendungan benedict benefit beneran benfica bengal bengawan bengis
bengkak bengkalis bengkel bengkok bengkulu bengong bening benitez benjamin benjolan bennet
bennett bensin benson bentang bentangan bentar benteng bentley bentol bentrok bentrokan bentuk
bentukan bentuknya benturan benyamin benzema bepergian berabad beracun berada beradab
beradaptasi beradik beradu berafiliasi beragam beragama berair berakal berakar berakhir
berakhiran berakhirlah berakhirnya berakhlak berakibat beraksi beraktifitas berakting
beraktivitas beralamat beralasan beralih beraliran beralkohol beramai beramal berambisi berambut
beranak beranda berandai beraneka berang berangan beranggapan beranggotakan berangin berangkat
berangkatlah berangsur berani beranikan beranilah beraninya beranjak berantah berantai
berantakan berantem berapa berapakah berapapun berapi berargumen beraroma berarti berartinya
berasa berasal berasap beraspal berastagi berasumsi beratap berati beratkan beratnya beraturan
beratus berawak berawal berawalan berawan berayun berbadan berbagai berbagi berbahagia
berbahagialah berbahan berbahasa berbahaya berbaik berbaju berbakat berbakti berbalas berbalik
berbanding berbangga berbangsa berbarengan berbaring berbaris berbasis berbasiskan berbatas
berbatasan berbatu berbau berbaur berbayar berbeda berbekal berbekas berbelanja berbelit
berbelok berbenah berbentuk berbenturan berbeza berbiaya berbicara berbicaralah berbinar
berbincang berbintang berbisa berbisik berbisnis berbobot berbohong berbondong berbuah berbual
berbuat berbudaya berbudi berbuka berbukit berbulan berbulu berbunga berbunyi berburu berbusa
berbusana bercabang bercahaya bercak bercakap bercampur bercanda berceceran bercengkrama
bercerai bercerita bercermin bercinta bercita berciuman bercocok bercorak bercumbu berdagang
berdakwah berdalih berdamai berdampak berdampingan berdandan berdansa berdarah berdasar
berdasarkan berdatangan berdaulat berdaun berdaya berdebar berdebat berdebu berdedikasi berdegup
berdekatan berdenyut berderet berdering berdesain berdetak berdialog berdiam berdiameter
berdikari berdimensi berdiri berdirilah berdirinya berdiskusi berdoa berdoalah berdomisili
berdosa berdua berduaan berduel berduet berduka berdurasi berduri berdusta berdzikir bereaksi
berebut beredar beredarnya berefek beregu bereksperimen berekspresi berempat berempati berenang
berencana berendam berenergi bereproduksi bererti beresiko beretika berevolusi berfantasi
berfikir berfikiran berfirman berfokus berformat berfoto berfungsi bergabung bergabunglah
bergabungnya bergadang bergairah bergambar berganda bergandengan berganti bergantian bergantung
bergaransi bergaris bergaul bergaya bergegas bergejolak bergelar bergelimang bergelombang
bergelut bergema bergembira bergeming bergemuruh bergen bergengsi bergenre bergerak bergerigi
bergeser bergetar bergigi bergilir bergiliran bergizi bergolak bergosip bergoyang berguguran
bergulat berguling bergulir bergumam bergumul berguna bergurau berguru berhadapan berhadiah
berhaji berhak berhala berhalangan berhalusinasi berhamburan berhantu berharap berharaplah
berharga berharganya berhari berhasil berhasrat berhati berhemat berhembus berhenti berhentilah
berhentinya berhias berhijab berhijrah berhimpun berhitung berhubung berhubungan berhutang
beribadah beribu berikan berikanlah beriklan beriklim berikut berikutnya berilah berilmu
berimajinasi beriman berimbang berimbas beringin berinisial berinisiatif berinovasi berinteraksi
berinvestasi berirama beriringan berisi berisik berisikan berisiko beristirahat beristri berita
beritahu beritahukan beritakan beritanya berizin berjabat berjaga berjajar berjalan berjalanlah
berjalannya berjam berjamaah berjanggut berjangka berjanji berjanjilah berjarak berjasa
berjatuhan berjauhan berjaya berjejer berjemur berjenggot berjenis berjenjang berjerawat
berjihad berjilbab berjiwa berjodoh berjongkok berjualan berjuang berjuanglah berjudi berjudul
berjuluk berjumlah berjumpa berjuta berkabung berkabut berkaca berkacamata berkah berkait
berkaitan berkaki berkala berkali berkampanye berkantor berkapasitas berkarakter berkarat
berkarier berkarir berkarya berkas berkasnya berkat berkata berkatalah berkati berkatilah
berkawan berkeadilan berkebangsaan berkebun berkebutuhan berkecamuk berkecepatan berkecil
berkecimpung berkecukupan berkedip berkedok berkedudukan berkegiatan berkehendak berkeinginan
berkekuatan berkelahi berkelakuan berkelana berkelanjutan berkelas berkeley berkeliaran
berkeliling berkelok berkelompok berkeluarga berkeluh berkemah berkemampuan berkemas berkembang
berkembangnya berkemungkinan berkenaan berkenalan berkenan berkencan berkendara berkendaraan
berkepala berkepanjangan berkepentingan berkeping berkepribadian berkeras berkeringat berkerja
berkerudung berkerumun berkerut berkesan berkesempatan berkesimpulan berkesinambungan
berkesudahan berkewajiban berkeyakinan berkhasiat berkhayal berkhianat berkhotbah berkibar
berkicau berkilau berkilauan berkinerja berkiprah berkirim berkisah berkisar berkoalisi berkobar
berkode berkokok berkolaborasi berkomentar berkomitmen berkompetisi berkomplot berkompromi
berkomunikasi berkonflik berkonsentrasi berkonsep berkonsultasi berkontribusi berkoordinasi
berkorban berkorelasi berkostum berkreasi berkuah berkualitas berkuasa berkuda berkuliah
berkulit berkumandang berkumis berkumpul berkumpulnya berkunjung berkurang berkurangnya
berkurban berkutat berkutik berlabel berlabuh berlaga berlagak berlainan berlaku berlakunya
berlalu berlalunya berlama berlandaskan berlangganan berlangsung berlangsungnya berlanjut
berlantai berlapis berlari berlarian berlarut berlatar berlatih berlawanan berlayar berlebih
berlebihan berlemak berlendir berlengan berlian berlibur berliku berlima berlimpah berlin
berlindung berlipat berlisensi berlogo berlokasi berlomba berlubang berlumpur berlumuran
berlusconi berlutut bermacam bermain bermainlah bermainnya bermakna bermaksud bermalam bermalas
bermanfaat bermanuver bermarkas bermartabat bermasalah bermasyarakat bermata bermeditasi
bermekaran bermental bermerek bermesin bermesraan bermigrasi bermimpi berminat berminggu
berminyak bermitra bermodal bermodalkan bermoral bermotif bermotor bermuara bermuatan bermuda
bermuka bermukim bermula bermulut bermunculan bermusik bermusuhan bermutu bernabeu bernada
bernadette bernafas bernafsu bernama bernapas bernard bernardo bernasib bernaung bernegara
bernegosiasi berniat bernie bernilai bernoda bernomor bernostalgia bernuansa bernutrisi bernyali
bernyanyi bernyawa berobat beroda berolah berolahraga beroleh berombak berongga berontak
beroperasi beroperasinya berorganisasi berorientasi berotak berotot berpacaran berpacu berpadu
berpakaian berpaling berpamitan berpandangan berpangkat berpapasan berpartisipasi berpasangan
berpasir berpatroli berpedoman berpegang berpegangan berpeluang berpelukan berpenampilan
berpencar berpendapat berpendidikan berpenduduk berpengalaman berpengaruh berpengetahuan
berpenghasilan berpenghuni berperan berperang berperasaan berpergian berperilaku berpesan
berpesta berpetualang berpidato berpihak berpijak berpikir berpikiran berpikirlah berpindah
berpisah berpola berpolitik berpose berposisi berpotensi berpotongan berprasangka berprestasi
berprilaku berprinsip berproduksi berprofesi berproses berpuasa berpulang berpuluh berpura
berpusat berputar berputus bersabar bersabarlah bersabda bersahabat bersahaja bersaing bersaksi
bersalah bersalaman bersalin bersalju bersama bersamaan bersamaku bersamamu bersamanya
bersambung bersandar bersanding bersandiwara bersangkutan bersantai bersarang bersatu bersatunya
bersaudara bersayap bersebelahan berseberangan bersedekah bersedia bersedih bersejarah
bersekolah bersekongkol bersekutu berselancar berselang berselera berselingkuh berselisih
bersemangat bersemayam bersembunyi bersemi bersenang bersendawa bersenjata bersentuhan
bersepakat bersepeda berseragam berserah berserakan berseri berserta bersertifikat berseru
berseteru bersetubuh bersiap bersiaplah bersifat bersih bersihkan bersihnya bersikap bersikaplah
bersikeras bersikukuh bersimbah bersimpati bersin bersinar bersinergi bersinggungan bersisik
bersiul berskala bersoda bersorak bersosialisasi berspekulasi berstandar berstatus bersua
bersuami bersuara bersubsidi bersuhu bersujud bersuka bersukacita bersumber bersumpah bersungguh
bersusah bersyarat bersyukur bersyukurlah bertabrakan bertabur bertahan bertahanlah bertahap
bertahun bertajuk bertakwa bertalenta bertambah bertambahnya bertamu bertanda bertandang
bertanding bertanduk bertangan bertanggung bertanggungjawab bertani bertanya bertanyalah bertapa
bertaqwa bertaraf bertarif bertaruh bertarung bertasbih bertatap bertato bertaubat bertebaran
berteduh bertekad bertekanan berteknologi bertekstur bertekuk bertelanjang bertele bertelur
bertema bertemakan berteman bertempat bertempur bertemu bertemunya bertenaga bertengger
bertengkar bertentangan bertepatan bertepuk berterbangan berteriak berterima berterimakasih
berterus bertetangga bertiga bertikai bertindak bertindaklah bertingkah bertingkat bertipe
bertiup bertobat bertolak bertopeng bertopik bertrand bertransaksi bertransformasi bertuah
bertualang bertuan bertubi bertubuh bertugas bertujuan bertukar bertulang bertuliskan bertumbuh
bertumpu bertumpuk bertunangan berturut bertutur beruang berubah berubahnya beruban berucap
berujar berujung berukuran berulah berulang berulangkali berumah berumur berunding beruntun
beruntung beruntunglah beruntungnya berupa berupaya berurusan berurutan berusaha berusahalah
berusia berutang bervariasi berwajah berwajib berwarna berwawasan berwenang berwibawa
berwirausaha berwisata berwudhu berwujud berziarah berzina besaran besarkan besarmu besarnya
beserta besinya besoknya besutan betapa betapapun betawi beterbangan beternak bethany betina
better betulan betulkan between beverly bewarna beyonce beyond bhabinkamtibmas bhakti
bhayangkara bhayangkari bhineka bhinneka biadab bianca biarawan biarawati biarin biarkan
biarkanlah biarlah biarpun biasakan biasalah biasanya biawak biayanya bibinya bibirku bibirmu
bibirnya bicara bicarakan bicaralah bicaranya bidadari bidang bidangnya bidara bidikan bidikmisi
biduan bieber bijaksana bijian bijinya bikinan bikini bilamana bilang bilangan bilateral bilbao
biliar billboard billie billing bimasakti bimbang bimbel bimbing bimbingan binaan binaraga
binary binasa binatang bincang binder binggung bingkai bingkisan bingung binjai binsar bintan
bintang bintangi bintangnya bintara bintaro bintik bintil biodata biodiesel biografi biokimia
biologi biologis biology biometrik biopsi bioskop bioteknologi bipolar birahi bireuen birmingham
birokrasi birokrat birthday birunya bisakah bisanya bisbol biseksual bishop bisikan bising
biskuit bismillah bisnes bisnis bisnismu bisnisnya bitcoin bitung blackberry blackburn blackjack
blacklist blackout blackpink blaine blakan blambangan blanca blanche blanco blaster blasteran
blaugrana blazer bleach blender blitar blockchain blogger blogging blognya blogspot blokade
blokir blonde bloody bloomberg blossom blower blueberry bluetooth blunder bluray blusukan
boarding boboiboy bobotoh bobrok bocoran bocorkan bodhisattva bodohnya bodong bodyguard boediono
boeing bogota bohong bohongan bohongi boikot boiler bojonegoro bojong bokong bolaang bolanya
bolehkah bolehkan bolehlah bolivia bollywood bologna bolong bolton bombana bombay bomber bonang
bondan bondong bondowoso boneka bonekanya bongkahan bongkar bonjol bonnie bontang bonusnya
boogie booking bookmark boomerang booming booster bopeng bordeaux border bordil bordir boring
borneo borobudur borong borussia boruto bosnia bosnya boston botani botolnya bottle bottom
boulevard bounce bourbon bourne bournemouth bowling bowman boxing boyband boyfriend boyolali
bpupki bradley brahma brahmana branch branded branding brandon brandt brankas brantas brasil
brawijaya brazil breaker breakfast breaking breakout breath brebes bremen brenda brendan
brengsek brennan brewok brewster brexit bridge bridgestone bridget briefing brigade brigadir
briggs bright brighton brigjen brilian brilliant brimob bripka brisbane bristol britania british
britney brittany broadband broadcast broadcasting broadway broken broker brokoli bromwich
brondong brooke brooklyn brooks brosur brother brotherhood brothers brownies browning browser
browsing bruder brunei brussels brutal brutus bruyne bryant buahan buahnya bualan buangan
buanglah buatan buatannya buatkan buatku buatlah buatmu buatnya bubarkan bubble buchanan
bucharest bucket buckingham budaknya budapest budaya budayanya budayawan buddha budget budidaya
budiman budiono buenos buffalo buffer buffon builder building bujang bujangan bujukan bukaan
bukalah bukalapak bukankah bukanlah bukannya bukanya bukhari bukhori bukittinggi bukopin
buktikan buktinya bukunya bulanan bulannya bulatan buleleng buletin bulgaria bulldog bullet
bullock bullshit bullying bulukumba bulungan bulunya bulutangkis bumblebee bumbung bumbunya
bumdes bumerang bumiputera bumper bunaken buncis buncit bundanya bundar bundaran bundel
bundesliga bungalow bunganya bungkam bungkuk bungkus bungkusan bungkusnya bunglon bungsu bunker
bunting buntung buntut bunyinya bupati burbank bureau burger burhan burhanuddin buritan burning
burnley buronan burton buruan burukmu buruknya burung burungnya busana business buster busway
butiran butler butter butterfly button butuhkan buwono buyung buzzer bypass cabang cabangnya
cabinet cacing cacingan cadang cadangan cadillac caesar cagliari cahaya cahayanya cahill cahyono
cairan cairkan caitlin cakram cakrawala cakung cakupan calendar calgary california called
calling calonnya calvin cambridge cambuk camera cameron camilan camilla camille camkan campaign
campak campbell camping campur campuran campurkan campus canada canary canberra cancel cancer
candaan candace candida candra canggih canggung cangkang cangkir cangkul cantik cantiknya
cantumkan canvas canyon capacity capaian capcom capital capitol capres capricorn captain caption
capture capung caraku caramel caramu caranya carbon cardiff career carikan carilah carina carita
carlisle carlos carlton carmen carnival carolina caroline carolyn carrefour carrie carrier
carroll carson carter cartoon cartridge carver casablanca casanova cashback casillas casing
casino casper cassandra cassidy cassie cassius castillo casting castle castro casual catalan
catalunya catatan catatannya catching category catering catherine catwalk cavani cavendish
cawagub cawang cawapres cayman cedera cederanya cedric cegukan cekatan cekcok cekidot cekikikan
cekung cekungan celaka celakalah celana celanaku celananya celcius celebrity celengan celeste
celine cellular celsius celtic cemara cemberut cemburu cemerlang cemilan cemoohan cempaka
cendana cendawan cendekia cendekiawan cenderawasih cenderung cendol cendrawasih cendrung cengeng
cengkareng cengkeh cengkeraman centang center centimeter central centre century cepatlah
cepatnya cepetan cepogo ceramah ceramahnya cerdas cerdik ceremony cerewet cerita ceritakan
ceritaku ceritamu ceritanya cermat cermati cermin cerminan ceroboh cerobong cerpen cerutu
cetakan ceweknya chacha chairil chairman chairul chakra challenge chamber chamberlain chambers
champagne champion champions championship chance chandler chandra chandrawinata chanel change
changed changi channel channing chanyeol chaplin chapman chapter character charge charger
charity charles charleston charlie charlotte charly charming charter charts chatib chating
chatting chavez chechnya checkout cheddar cheerleader cheers cheese cheetah chelsea chemical
chemistry chennai cheong chernobyl cherokee cherry cherrybelle cheryl chesapeake chester cheung
chevrolet chevron chiang chicago chicken chievo chihuahua childhood children chinatown chinese
chipset chocolate choice choose chopper christ christian christie christina christine christmas
christopher christy chrisye chrome chrysler chucky church churchill ciamik ciamis cianjur
cibinong cibitung cibodas cibubur cicero cicilan cicipi cidera cihampelas cijantung cikampek
cikarang cikini cilacap cilamaya cilandak ciledug cilegon cileungsi cililitan cilincing ciliwung
cimahi cimanggis cincang cincau cincin cincinnati cincinnya cinderella cinema cinere cintai
cintailah cintakan cintaku cintamu cintanya cipanas cipayung cipher cipinang ciptaan ciptaannya
ciptakan ciputat ciputra ciracas circle circuit circus cirebon ciremai cirinya cisarua citadel
citakan citaku citanya citarasa citarum citilink citizen citizens citrus ciuman ciumannya
civitas ciwidey claire clarence clarissa clarke clasico classic claude claudia claudio claudius
clayton cleaner cleaning cleopatra cleveland client clifton clinic clinical clinton clooney
closed closing clothing clouds clover cluster clutch cnblue coaching coaster cobaan cobain
cobalah cocktail coconut coding coffee cokelat coklat coklatnya coldplay coleman collection
collector college collin collins cologne colokan colombia colony colorado colour columbia
columbus combat comeback comedy comfort comics coming command commander comment comments
commerce commercial common commonwealth communication community commuter compact company
competition complete complex composite compton computer computing concept concern concert
condong condor conference congkak connect connecticut connection connie connolly connor conrad
console constance constantine construction consultant consulting consumer contact container
content contest continental contoh contohnya control controller convention conversation converse
converter conway cookie cookies cooking cooper copenhagen copyright corbuzier coretan cornelis
cornelius cornell corner corolla corona corong corporate corporation corpus cortez cosmos
cosplay cottage cotton council countdown counter countess country county couple course courtney
courtois cousin coutinho coverage covernya cowboy cowoknya cracker cradle cranberry crassus
crawford crayon create created creative creator credit cricket criminal crimson crisis crispy
cristian cristiano cristina critical cronus crossing crossover crowley cruise cruiser crying
crystal cuacanya cucian cucunya cuitan cukuplah cullen cultural culture cupang cupcake cuplikan
curahan curahkan curang curhat curhatan curian curiga curigai current curtis custom customer
customernya cutter cutting cybertron cyborg cynthia cytotec dadakan dadaku dadamu dadang dadanya
daebak daerah daerahnya daftar daftarkan daftarnya dagang dagangan dagangannya daging dagingnya
dagunya dahaga dahinya dahlan dahlia dahsyat dahsyatnya dahulu dahulunya daihatsu dajjal dakota
dakwaan dakwah dalami dalamnya dalang dallas dalton damage damaskus damayanti dambaan dambakan
damian damien damkar dampak dampaknya dampingi danamon danang dananya dancer dancing dandan
dandanan dandelion dandim dangan dangdut danger dangkal daniel danielle daniels danilo danone
danrem dapati dapatkah dapatkan dapatnya dapetin daphne dapurnya darahku darahmu darahnya
daratan dariku darimana darimu daring darinya daripada daripadanya darius darkness darling
darmawan darmin darrell darren darurat darussalam darwin darwis dasarnya dasawarsa dashboard
daster dasyat database datang datangi datangkan datanglah datangnya datanya dataran dateng
dating datsun daulah daunnya davidson davies dawson dayang dayanya daytona dayung deacon
deadline deadpool dealer debbie debian debitur deborah debutan debutnya december decepticon
decepticons decker dedaunan dedicated dedikasi dedikasikan deepak default defender defense
defensif definisi definisinya definitif definition defisiensi defisit deforestasi deformasi
degenerasi degradasi degree dehidrasi dekade dekati dekatkan dekatku dekatmu dekatnya deklarasi
dekorasi dekoratif dekrit delapan delaware delegasi delete delima delivery delman delphi delusi
deluxe demand demensia demikian demikianlah demografi demokrasi demokrat demokratik demokratis
demokratisasi demonstran demonstrasi dempsey dendam dendamnya dendeng dengan denganku denganmu
dengannya denganya dengar dengarkan dengarkanlah dengarlah denger dengerin dengki dengue denial
denise denmark dennis denominasi denpasar density densus dental dentuman denver denyut deodoran
depanku depanmu depannya departemen department depdiknas deportasi deportivo deposit deposito
depresi deputi deputy derajat derajatnya derasnya derawan deretan dering derita dermaga dermawan
desahan desain desainer desainnya desakan desanya deschamps description desember desentralisasi
desert design designer desimal desire deskripsi deskriptif desktop desmond despicable dessert
destinasi destination destiny destroyer destruktif detail detailnya details detasemen detective
deteksi detektif detektor deterjen detikcom detiknya detilnya detoksifikasi detroit developer
development device devils devisa dewantara dewanto dewasa dewasalah dewasanya dewata dexter
dharma dhuafa diabadikan diabaikan diabetes diablo diacak diacungi diadakan diadakannya
diadaptasi diadili diadopsi diaduk diafragma diagnosa diagnosis diagnostik diagonal diagram
diajak diajang diajar diajari diajarkan diajukan diakhir diakhiri diakibatkan diakses diaktifkan
diakui diakuisisi dialah dialamatkan dialami dialaminya dialek dialihkan dialiri dialirkan
dialog dialognya dialokasikan diamalkan diamanatkan diamankan diamati diambang diambil
diambilnya diameter diameternya diamkan diamlah diamond diamonds diampuni diamputasi dianalisis
diancam diandalkan dianggap dianggapnya diangkat diangkut dianiaya dianjurkan diantar diantara
diantaranya diantarkan diantisipasi dianugerahi dianugerahkan dianut dianya diapit diaplikasikan
diapresiasi diapun diarahkan diarak diartikan diasah diasingkan diasosiasikan diaspora diasuh
diasumsikan diasuransikan diatas diatasi diatasnya diatur diawal diawali diawasi diawetkan
dibabak dibaca dibacakan dibacanya dibagi dibagian dibagikan dibahas dibajak dibakar dibalas
dibalik dibaliknya dibalut dibanderol dibanding dibandingkan dibanggakan dibangkitkan dibangku
dibangun dibangunkan dibangunnya dibanjiri dibantah dibantai dibantu dibaptis dibarengi dibasahi
dibasmi dibatalkan dibatasi dibawa dibawah dibawahnya dibawakan dibawanya dibayangi dibayangkan
dibayar dibayarkan dibebani dibebankan dibebaskan dibeberapa dibedakan dibekali dibekukan dibela
dibelah dibelakang dibelakangmu dibelakangnya dibeli dibelikan dibenahi dibenarkan dibenci
dibendung dibentuk dibentuknya diberangkatkan diberbagai diberhentikan diberi diberikan
diberikannya diberitahu diberitahukan diberitakan diberkahi diberkati diberlakukan
diberlakukannya dibersihkan dibesar dibesarkan dibiarkan dibiasakan dibiayai dibicarakan
dibidang dibikin dibilang dibimbing dibina dibintangi diblok diblokir dibobol dibodohi dibohongi
dibolehkan dibongkar diboyong dibuahi dibuang dibuat dibuatkan dibuatlah dibuatnya dibubarkan
dibudidayakan dibujuk dibuka dibukanya dibuktikan dibuku dibukukan dibulan dibumbui dibumi
dibungkam dibungkus dibunuh dibunyikan diburu dibutakan dibutuhkan dicabut dicairkan dicalonkan
dicampakkan dicampur dicampurkan dicanangkan dicantumkan dicapai dicaprio dicari dicatat dicegah
dicegat dicekal dicekik dicelupkan diceritakan dicermati dicerna dicetak dicetuskan dicicil
dicintai dicintainya diciptakan diciptakannya dicirikan dicium dicoba dicontoh dicopot dicoret
dicuci dicukur diculik dicurangi dicuri dicurigai didaerah didaftarkan didahului didakwa didalam
didalamnya didampingi didanai didapat didapati didapatkan didapatkannya didapatnya didapuk
didapur didasari didasarkan didatangi didatangkan didaulat didaur didedikasikan didefinisikan
didekat didekati didekatnya dideklarasikan didenda didengar didengarkan didepan didepanku
didepanmu didepannya dideportasi diderita dideritanya didesa didesain didesak dideskripsikan
dideteksi didiagnosa didiagnosis didiami didiamkan dididik didier didikan didiknya didinginkan
didirikan didirikannya didiskualifikasi didiskusikan didistribusikan didoakan didokumentasikan
didominasi didorong didownload diduduki diduga didukung didunia diedarkan diedit diejek
dieksekusi dieksploitasi dieksplorasi diekspor diekstrak dieliminasi diemban dienkripsi diesel
dieter dievakuasi dievaluasi difabel difasilitasi diferensial diferensiasi difermentasi
different difilmkan difitnah difokuskan difoto difungsikan digabung digabungkan digadang
digagalkan digagas digaji digali digambar digambarkan digandrungi diganggu diganjar diganti
digantikan digantung digarap digelar digeledah digemari digendong digenggam digerakkan digeser
digigit digiling digimon digiring digital digitalisasi digoda digolongkan digoreng digosipkan
digosok digugat digulingkan digulirkan digulung digunakan digunakannya diguncang digusur diguyur
dihabisi dihabiskan dihadang dihadapan dihadapanmu dihadapannya dihadapi dihadapinya dihadapkan
dihadiri dihadirkan dihajar dihakimi dihalangi dihalau dihaluskan dihancurkan dihantam dihantui
dihapus dihapuskan diharamkan diharap diharapkan dihargai dihari diharuskan dihasilkan
dihasilkannya dihati dihatiku dihebohkan dihelat dihentikan dihias dihiasi dihibur dihidangkan
dihidupkan dihilangkan dihimbau dihimpun dihina dihindari dihindarkan dihiraukan dihirup dihisap
dihitung dihormati dihubungi dihubungkan dihujani dihukum dihuni dihutan diibaratkan
diidentifikasi diijinkan diikat diiklankan diikuti diikutkan diikutsertakan diimbangi diimpikan
diimplementasikan diimpor diincar diindikasikan diindonesia diinformasikan diingat diingatkan
diinginkan diinginkannya diinisiasi diinjak diinstal diintegrasikan diinterogasi diinvestasikan
diiringi diiris diisolasi diisukan diizinkan dijabarkan dijabat dijadikan dijadwalkan dijaga
dijahit dijajah dijalan dijalanan dijalani dijalaninya dijalankan dijaman dijamin dijangkau
dijanjikan dijarah dijatuhi dijatuhkan dijauhi dijauhkan dijawab dijebak dijebloskan dijelaskan
dijemput dijemur dijerat dijinakkan dijodohkan dijual dijuluki dijumpai dijunjung dikabarkan
dikabulkan dikagumi dikaitkan dikaji dikala dikalahkan dikalangan dikali dikalikan dikamar
dikandang dikandung dikantor dikarantina dikarenakan dikaruniai dikasih dikasihani dikasihi
dikata dikatakan dikatakannya dikategorikan dikawal dikawinkan dikecam dikecewakan dikecualikan
dikehendaki dikejar dikejutkan dikelas dikelilingi dikelola dikelompokkan dikeluarkan
dikeluarkannya dikeluhkan dikemas dikembalikan dikembangkan dikemudian dikemudikan dikemukakan
dikenai dikenakan dikenal dikenali dikenalkan dikenalnya dikenang dikendalikan dikendarai
dikepala dikepung dikerahkan dikeringkan dikerjakan dikerjakannya diketahui diketahuinya
diketemukan diketik diketuai dikhawatirkan dikhianati dikhususkan dikira dikirim dikirimkan
dikisahkan diklaim diklasifikasikan diklat dikoleksi dikombinasikan dikondisikan dikonfirmasi
dikonsumsi dikontrak dikontrol dikonversi dikoordinasikan dikorbankan dikoreksi dikosongkan
dikota dikreditkan dikritik diktator dikuasai dikuasainya dikuatkan dikubur dikuburkan
dikucilkan dikukuhkan dikukus dikumandangkan dikumpulkan dikunci dikunjungi dikunyah dikupas
dikurangi dikurung dikutip dikutuk dilacak dilahirkan dilain dilakoni dilaksanakan
dilaksanakannya dilakukan dilakukannya dilalui dilaluinya dilamar dilambangkan dilancarkan
dilanda dilandasi dilanggar dilangit dilangsungkan dilanjut dilanjutkan dilansir dilantai
dilantik dilapangan dilapisi dilaporkan dilarang dilarikan dilatarbelakangi dilatih dilawan
dilayani dilecehkan diledakkan dilekatkan dilelang dilema dilempar dilempari dilemparkan
dilengkapi dilepas dilepaskan dilestarikan diletakan diletakkan dilewati dilewatkan diliat
dilibatkan dilihat dilihatnya dilimpahkan dilindungi dilingkungan dilintasi dilipat diliput
diliputi dilirik dillon dilokasi dilombakan dilontarkan diluar dilucuti dilukai dilukis
dilukiskan dilumpuhkan dilumuri dilunasi diluncurkan dilupakan diluruskan dimaafkan dimainkan
dimajukan dimakamkan dimakan dimaklumi dimaknai dimaksud dimaksudkan dimalam dimana dimanakah
dimanapun dimandikan dimanfaatkan dimanipulasi dimanjakan dimarahi dimasa dimasak dimasukan
dimasuki dimasukkan dimata dimatikan dimeja dimenangi dimenangkan dimengerti dimensi dimeriahkan
dimiliki dimilikinya diminati diminta dimintai diminum dimitri dimodifikasi dimohon dimotori
dimsum dimuat dimudahkan dimuka dimulai dimulailah dimulainya dimuliakan dimunculkan
dimungkinkan dimusim dimusnahkan dimutasi dinaiki dinaikkan dinamai dinamakan dinamika dinamis
dinamit dinamo dinanti dinantikan dinasnya dinasti dinaungi dinding dindingnya dinegara dingin
dinginkan dinginnya dinihari dinikahi dinikahkan dinikmati dinilai dinkes dinner dinobatkan
dinomor dinonaktifkan dinosaurus dinyalakan dinyanyikan dinyatakan diobati dioksida diolah
dioleskan dioperasi dioperasikan dioptimalkan diorder dipadamkan dipadati dipadukan dipagi
dipahami dipahat dipajang dipakai dipakainya dipake dipaksa dipaksakan dipalsukan dipamerkan
dipanaskan dipancarkan dipandang dipandu dipanen dipanggang dipanggil dipangkas dipantai
dipantau dipaparkan diparkir dipasang dipasangi dipasangkan dipasar dipasaran dipasarkan dipasok
dipastikan dipatahkan dipatenkan dipatok dipatuhi dipecah dipecahkan dipecat dipedulikan
dipegang dipegangnya dipekerjakan dipelajari dipelihara dipelopori dipeluk dipengaruhi dipenggal
dipenjara dipenjarakan dipentaskan dipenuhi diperankan diperas diperbaharui diperbaiki
diperbanyak diperbarui diperbesar diperbincangkan diperbolehkan diperbuat diperbudak dipercaya
dipercayai dipercayakan dipercepat diperdagangkan diperdebatkan diperdengarkan diperebutkan
dipergunakan diperhatikan diperhitungkan diperiksa diperingati diperingatkan diperingkat
diperintah diperintahkan diperjalanan diperjelas diperjualbelikan diperjuangkan diperkaya
diperkecil diperkenalkan diperkenankan diperkirakan diperkosa diperkuat diperlakukan
diperlihatkan diperluas diperlukan dipermainkan dipermalukan dipermasalahkan dipermudah
diperoleh diperolehnya diperpanjang diperparah dipersalahkan dipersatukan dipersembahkan
dipersenjatai dipersiapkan dipersilahkan dipersilakan dipersoalkan dipersulit dipertahankan
dipertandingkan dipertanggungjawabkan dipertanyakan dipertaruhkan dipertemukan dipertimbangkan
dipertontonkan diperuntukan diperuntukkan dipesan dipetakan dipetik dipicu dipidana dipijat
dipikir dipikiran dipikiranku dipikirkan dipikirkannya dipilih dipilihnya dipimpin dipimpinnya
dipindah dipindahkan dipinggir dipinjam dipinjamkan dipisah dipisahkan diploma diplomasi
diplomat diplomatik dipoles dipompa diponegoro dipopulerkan diposisi diposisikan diposting
dipotong diprakarsai dipraktikkan diprediksi dipresentasikan diprioritaskan diproduksi diprogram
dipromosikan diproses diprotes diproyeksikan dipublikasikan dipuja dipuji dipukul dipukuli
dipulangkan dipulihkan dipuncak dipungkiri dipungut dipusatkan dipusingkan diputar diputus
diputuskan diracun diracuni diragukan dirahasiakan diraih diraihnya dirakit diramaikan
diramalkan dirampas dirampok dirancang dirangkai dirangkum diranjang dirantai dirasa dirasakan
dirasakannya dirasuki diratakan dirawat dirayakan direalisasikan direbus direbut direct
direction director directory diredam direhabilitasi direkam direkayasa direkomendasikan direkrut
direksi direktorat direktori direktur direlokasi diremehkan direncanakan direndahkan direndam
direnovasi diresmikan direspon direstui diretas direvisi dirgahayu dirgantara dirham dirikan
diriku dirilis dirilisnya dirimu dirindukan diringkus dirintis dirinya diriwayatkan dirjen
dirombak diruang diruangan dirubah dirugikan dirujuk dirumah dirumahku dirumahmu dirumahnya
dirumorkan dirumuskan dirusak disaat disabilitas disadap disadari disahkan disain disajikan
disakiti disaksikan disalah disalahgunakan disalahkan disalib disalibkan disalin disalurkan
disamakan disamarkan disambar disambung disambungkan disambut disampaikan disampaikannya
disamping disampingku disampingmu disampingnya disana disanalah disandang disandera disandingkan
disangka disangkal disantap disapa disarankan disaring disatu disatukan disayang disayangi
disayangkan discount discovery disdik disease disebabkan disebar disebarkan disebarluaskan
disebelah disebelahnya disebuah disebut disebutkan disebutnya disederhanakan disediakan diseduh
disegani disegel disejajarkan disekap disekeliling disekelilingnya disekitar disekitarmu
disekitarnya disekolah disela diselamatkan diseleksi diselenggarakan diselenggarakannya
diselesaikan diselidiki diselimuti diselingi diselundupkan diseluruh disematkan disembah
disembelih disembuhkan disembunyikan disemprot disempurnakan disemua disenangi disengaja
disengat disensor disentri disentuh disepakati disepanjang disepelekan diserahkan diserang
diserap diserbu diseret disergap disertai disertakan disertasi disertifikasi disesalkan
disesuaikan disetel disetiap disetujui disewa disewakan disfungsi dishare dishub disiapkan
disiarkan disibukkan disidang disikapi disiksa disimak disimpan disimpulkan disinari disinggahi
disinggung disingkat disingkirkan disini disinilah disinyalir disiplin disiram disisi disisiku
disisimu disisinya disisipkan disita disitu disitulah disket diskon diskors diskriminasi
diskriminatif diskualifikasi diskusi diskusikan disney disneyland disokong disorder disorot
dispenser display disponsori distance distorsi distribusi distribution distributor district
distrik distro disuap disuarakan disuatu disucikan disudut disuguhi disuguhkan disukai
disukainya disulap disumbangkan disumpah disunat disuntik disuntikkan disuruh disurvei disusul
disusun disusupi disutradarai disyaratkan disyukuri ditabrak ditabung ditaburi ditafsirkan
ditagih ditahan ditahun ditakdirkan ditaklukan ditaklukkan ditaksir ditakuti ditakutkan ditambah
ditambahi ditambahkan ditambang ditampar ditampilkan ditampung ditanah ditanam ditanami
ditanamkan ditancapkan ditanda ditandai ditandatangani ditangan ditangani ditanggapi
ditangguhkan ditanggung ditangkap ditantang ditanya ditanyai ditanyakan ditargetkan ditarik
ditaruh ditata ditawan ditawar ditawari ditawarkan ditayangkan ditebak ditebang ditebus
ditegakkan ditegaskan ditegur ditekan ditekankan ditekuk ditelan ditelantarkan ditelepon
diteliti ditelpon ditelusuri ditemani ditembak ditembakkan ditembus ditempa ditempat ditempati
ditempatkan ditempel ditempelkan ditempuh ditemui ditemuinya ditemukan ditemukannya ditenagai
ditendang ditengah ditengarai ditenggelamkan ditentang ditentukan ditepi diterangi diterangkan
diterapkan diterbangkan diterbitkan diterbitkannya diterima diterimanya diterjang diterjemahkan
diterjunkan diterpa ditertawakan diteruskan ditetapkan ditetapkannya ditiadakan ditikam ditilik
ditimbang ditimbulkan ditimpa ditindak ditindaklanjuti ditindas ditinggal ditinggali
ditinggalkan ditinggalkannya ditinggikan ditingkat ditingkatkan ditinjau ditipu ditiru
dititipkan ditiup ditjen ditoko ditolak ditolaknya ditoleransi ditolong ditonton ditopang
ditransfer ditransmisikan dituangkan dituding dituduh dituduhkan ditugasi ditugaskan dituju
ditujukan ditukar ditukarkan ditularkan ditulis dituliskan ditulisnya ditumbuhi ditumbuhkan
ditumbuk ditumpangi ditumpuk ditunda ditunggu ditunjang ditunjuk ditunjukan ditunjukkan
dituntaskan dituntut diturunkan dituruti ditusuk ditutup ditutupi dituturkan diubah diucapkan
diucapkannya diujung diukir diukur diulang diulangi diumumkan diundang diundangkan diundi
diunduh diundur diunggah diunggulkan diungkap diungkapkan diuntungkan diupayakan diupdate
diupgrade diupload diuraikan diurus diurutkan diusahakan diusia diusir diusulkan diusung
diutamakan diutarakan diutus diverifikasi diversifikasi divestasi dividen divine diving divisi
division divonis diwajibkan diwakili diwakilkan diwaktu diwarisi diwariskan diwarnai diwaspadai
diwawancara diwawancarai diwilayah diwisuda diwujudkan diyakini diyakinkan djakarta djalil
django djarot djarum djokovic doakan doanya doctor doctors document doeloe dokter dokternya
doktor doktrin dokumen dokumentasi dokumenter dollar dolores dolphin domain domestic domestik
dominan dominasi dominic dominika domino domisili dompet dompetku dompetnya donald donasi
donatur dongeng donggala donghae dongkrak donkey donnie donovan doodle doorprize dopamin doping
doraemon dorong dorongan dorothy dortmund dosaku dosamu dosanya dosennya dosisnya double douglas
dovizioso downey download downloadnya downtown dracula dragon dragons drainase drajat drakula
dramanya dramatis drastis drawing dreaming dreams driver driving drogba dropbox dropship
drumband drummer dualisme duanya duapuluh dublin ducati duchess dudley dudukan duduki duduklah
duduknya dugaan duitnya dukung dukungan dukungannya duluan dulunya dumbledore duncan dungeon
duniaku duniamu dunianya duniawi dunlop duplikat dupont durasi durasinya durhaka durian dustin
duterte duyung dwayne dwight dybala dynamic dynamite dzikir dzuhur eagles earphone easter
eastern eastwood eating eceran eclipse economic economy edaran edinburgh edison editan edited
editing edition editor editorial edmund eduardo education edukasi edukatif edward edwards
efeknya efektif efektivitas efendi efesus effect effendi effendy effort efisien efisiensi efraim
egonya eiffel eindhoven einstein ejakulasi ejekan ekaristi ekologi ekologis ekonom ekonomi
ekonominya ekonomis ekornya ekosistem ekowisata eksekusi eksekutif eksekutor eksemplar eksentrik
eksistensi eksistensinya eksklusif ekskul ekslusif eksotik eksotis ekspansi ekspatriat ekspedisi
ekspektasi eksperimen eksperimental eksplisit eksploitasi eksplorasi eksponen eksponensial
ekspor eksportir ekspres ekspresi ekspresif ekspresinya ekstasi ekstensi ekstensif eksterior
eksternal ekstra ekstradisi ekstrak ekstraksi ekstrakurikuler ekstrem ekstremis ekstrim
ekstrimis ekuador ekuitas elaine elastis elastisitas eleanor electra electric electronic
electronics elegan elegant elektabilitas elektrik elektro elektroda elektrolit elektromagnetik
elektron elektronik elektronika elemen element elevator eleven elijah eliminasi elizabeth elliot
elliott elohim elpiji elukan emailnya emaknya emangnya emansipasi emasnya emblem embrio embung
emerald emergency emerson emilia emilio eminem emirat emirates emiten emosimu emosinya emosional
emoticon emotion empang empati empedu empire empiris empoli empunya emulator enakan enaknya
enamel endang endapan endemik ending endingnya endorse energi energik energinya energy
engagement enggak enggan engine engineer engineering engkau engkaulah engkol england english
engsel enigma enkripsi enough enrekang enrique ensiklopedia entahlah enteng enterprise
enterprises entertainment entitas entrepreneur entrepreneurship environment eonnie epidemi
epidermis epilepsi episode episodenya epitel equipment equity erangan erdogan eredivisie ereksi
ericsson eriksen erlangga ernest ernesto erotis ertiga erupsi escape escobar eselon esemka
esensi esensial eskalator eskimo eskrim esoknya espanyol esports espresso essence essential
essentials estadio estafet estate estelle estetik estetika esther estianty estimasi estonia
estrogen etalase etanol ethernet ethiopia etienne etihad etiket euforia eugene eunhyuk eureka
europa europe european eustace evakuasi evaluasi evelyn evening events everest everton everybody
everyday everyone everything everywhere evolusi evolution excellent exchange excited exclusive
executive exhibition exodus experience expert expired explore explorer export exposure express
extension external extreme eyeliner fabregas fabrikasi facebook facebooknya facelift facial
factor factory fadhil faedah fahami fahrenheit failed fairuz faisal faizal fakfak faktanya
faktor faktual faktur fakultas falcao falcon fallen falling falsafah famili familiar family
famous fanatik fanatisme fandom fanpage fansite fansnya fanspage fantasi fantastic fantastis
fantasy faraday fardhu farhan farhat farida farisi farmasi farmer farrell fashion fashionable
fasilitas fasilitasi fasilitasnya fasilitator fathanah father fathul fatihah fatima fatimah
fatmawati fattah fauzan fauziah favorit favorite favoritku favoritmu favoritnya favourite
feature febrian februari february febuari federal federasi feedback feeling felicia felipe
female feminim feminin feminis feminisme fender fenomena fenomenal ferdinand fergie ferguson
fermentasi fernandez fernando feromon ferrari ferris festival fesyen feyenoord fibonacci fields
fiesta fighter fighting figuran figure fikiran fikirkan fiktif filenya filipi filipina filler
filmnya filosofi filosofis filsafat filsuf filter finalis finally finance financial finansial
finger finish finishing finlandia fintech fiorentina firasat firaun firdaus firefox firewall
firman firmansyah fischer fisher fishing fisika fisikawan fisiknya fisiologi fisiologis
fisioterapi fiskal fitnah fitnes fitness fitrah fitria fiturnya fitzgerald flagship flamboyan
flashback flashdisk flavonoid flavor fleksibel fleksibilitas fleming fletcher flight floating
florence flores florida flower flowers fluida fluktuasi flying flyover fokuskan fokuslah
fokusnya folder folikel follow follower followers following fondasi football forbes foreign
forensik foreplay forest forever forget forgotten formal formalin formalitas formasi format
formatnya formula formulanya formulasi formulir forrest fortuna fortune fortuner forward fosfat
fosfor fossil foster fotocopy fotografer fotografi fotokopi fotoku fotomu fotonya fotosintesis
foundation founder fragmen fraksi framework france frances francesca francesco franchise francis
francisco franco frankenstein frankfurt frankie franklin franky fransisco fransiskus fraser
freddie freddy frederick fredly freedom freelance freeman freemason freeport freeze freezer
frekuensi frekuensinya french friday friend friendly friends friendship friendster frieza
frisian frontal frozen fruktosa frustasi frustrasi fujiwara fukuoka fulbright fulham fuller
function fundamental fundamentalis fungsi fungsinya fungsional fungsionalitas furious furnitur
furniture fusion futbol futsal future futures futuristik gabriel gabriela gabung gabungan
gabungkan gadang gadget gading gadisnya gadjah gadung gadungan gagalnya gagang gagasan
gagasannya gaharu gaikindo gairah gajian gajinya galaksi galang galangan galanya galatama
galatasaray galaxy galeri galian galilea galileo gallagher gallery galvatron gambar gambaran
gambarannya gambarkan gambarnya gambir gamblang gambut gamelan gamenya gameplay gamers gaming
gampang gampangnya gamping gampong gandakan gandalf gandaria gandeng gandhi gandrung gandum
ganesha gangga ganggang ganggu gangguan gangnam gangster ganjar ganjaran ganjil ganteng gantian
gantikan gantilah gantinya gantung gantungan gantungkan gapapa gapeka gaptek gapura garage
garang garansi garapan garasi garcia garden gardenia gardens gardner gareth garfield garing
garmen garner garnier garrett garuda gaston gateway gathering gatsby gawang gayamu gayanya
gayatri gayung gazebo gebang gebetan gebrakan gebyar gedong gedung gedungnya gegabah gegana
geiger geisha gejala gejalanya gejolak geladak gelandang gelandangan gelang gelanggang gelapnya
gelaran gelarnya gelasnya geledah gelembung geleng gelisah gelombang gelora gembala gembel
gembira gembok gembong gemerlap gemetar gemetaran gemilang gemini gempar gempol gempuran gemuruh
genangan gencar gencatan gendang gender genderang gendong gendut general generalisasi generasi
generation generator generik genesis genetik genetika genetis geneva genggam genggaman gengsi
genius genosida genset gentar gentayangan genteng genting gentle gentleman gentlemen gentong
geodesi geofisika geografi geografis geographic geologi geometri geometris geopark geopolitik
george georges georgetown georgia gepeng geprek geraham gerakan gerakannya gerakkan geraknya
gerald geraldine gerangan gerard gerardo gerbang gerbong gereja gerejanya gergaji gerhana
gerilya gerilyawan gerimis gerindra germain german germany gerobak gerombolan gerrard gersang
gertakan gertrude gesekan gestapo gestur getafe getaran getting geulis gfriend ghazali ghetto
ghibah gianluigi giants gianyar gibbons gibran gibson gideon giginya gigitan gigolo gilaan
gilang gilanya gilbert gilimanuk giling giliran gilirannya gillian gimana gimbal gimmick ginger
ginjal ginseng ginting giovanni girang giring girlband girlfriend giroud giselle gitaris
gitarnya giveaway giving gladiator gladys glamor glamour glasgow gletser glider glitter global
globalisasi glodok gloria glowing glukosa gluten goblin goblok godaan godfather godfrey godzilla
goebbels goeslaw goldberg golden goldman goldstein golkar golnya golongan golput gombal gombong
goncangan gondang gondok gondola gondor gondrong gontor gonzales gonzalo goodbye goodman
goodnight goodwin google googling gorden gordon goreng gorengan goresan gorila gorilla gorong
gorontalo goryeo gosokkan gosong gossip gotham gothic gotong governance government goyang
goyangan goyangkan gracia gradasi graduate graffiti grafik grafika grafis grafit grafiti graham
gramedia grammar grammy granada granat grande granger granit graphic graphics gratifikasi gratis
gratisan graves gravitasi gravity grease greatest greene greenland greenwich greget gregor
gregory gresik griezmann griffin griffith grobogan grogol groove grosir ground grover growth
grunge grupnya gryffindor guangzhou guardian guardians guardiola guatemala gubeng gubernur
gudang gudangnya guerrero gugatan gugusan guinea guinness guitar gujarat gulanya guling gulita
gulung gulungan gumelar gumpalan gunadarma gunakan gunakanlah gunanya gunawan guncangan gundah
gundam gundukan gundul gunnar gunners gunting guntur gunung gunungan gunungkidul gunungsitoli
gurauan gurita guruku gurunya gustav gustave gustavo gutawa guyonan habibie habisan habisi
habiskan habislah habisnya habitat habitatnya hacker hacking hadang hadapan hadapanku hadapanmu
hadapannya hadapi hadapilah haddock hadiah hadiahnya hadiningrat hadiri hadirin hadirkan
hadirnya hadist hadits hafalan hafidz hagrid hahaha hahahaha haikal hajatan hajime hakekat
hakikat hakikatnya hakiki haknya halaman halamannya halang halangan halangi haleluya halilintar
halimah halley halloween halmahera halnya halsey haluan halusinasi hambali hambamu hambanya
hambar hambat hambatan hamburg hamburger hamdan hamengku hamilton hamish hamlet hammer hammond
hamparan hampir hampshire hampton hamster hamzah hanafi hancock hancur hancurkan hancurnya
handal handayani handle handling handmade handoko handphone handset handsome handuk hangar
hangat hangatnya hanggar hangout hangul hangus hangzhou hanifah hannah hannibal hannover hansen
hansip hanson hantam hantaman hantar hantunya hanung hanura hanyalah hanyut happen happened
happiness hapuskan harafiah harahap harapan harapanku harapanmu harapannya harapkan harbor
harbour hardcore harding hardisk hardware harfiah hargai hargailah harganya harian harianku
hariannya hariku harimau harimu harinya harkat harlan harlem harley harmoni harmonika harmonis
harmonisasi harmony harold harper harriet harris harrison hartaku hartamu hartanya hartley
hartono haruka haruskah haruskan haruslah harusnya harvard harvest harvey haryanto haryono
hasanah hasanuddin hashtag hasibuan hasilkan hasilnya hasrat hasratnya hassan hastag hastings
hasutan hasyim hatchback haters hathaway hatian hatiku hatilah hatimu hatinya hattori hattrick
havana having hawaii hawking hawkins hayati hayatnya hayden hayley hazard header headline
headphone headset healer healing health healthy hearts heather heaven hebatnya hector heechul
hegemoni hehehe hehehehe heights heinrich hektar hektare helena helikopter helium heller
helsinki hembusan hembuskan hemingway hemoglobin hemsworth hendak hendaklah hendaknya henderson
hendra hendri hendrik hendrix hendro hendry hengkang hengky hening henrik hentai hentakan
hentikan hentinya hepatitis herald herbal herbert herbivora hercules heritage herman hermann
hermansyah hermanto hermawan hermes hermione hernandez heroes heroik heroin herpes herrera
heryawan heterogen heteroseksual hewani hiasan hiatus hibernasi hibrida hiburan hidangan hidayah
hidayat hidayatullah hidden hidrasi hidrogen hidrolik hidroponik hidung hidungku hidungnya
hidupkan hidupku hiduplah hidupmu hidupnya hierarki higgins higher highlight highlights highway
higienis higuain hihihi hijabers hijrah hijriah hijriyah hikayat hiking hikmah hikmahnya hikmat
hilang hilangkan hilanglah hilangnya hillary hilman hilton himalaya himbauan himpunan hinaan
hinata hindari hindarilah hindia hindustan hingga hinggap hiperaktif hipertensi hipnosis
hipnotis hipotek hipotesis hipotetis hiragana hiraukan hiroshi hiroshima histeria histeris
historis history hisyam hitamnya hitler hitman hitung hitungan hitungannya hitunglah hizbullah
hizbut hobbes hobbit hobiku hobinya hockey hodgson hoffenheim hoffman hogwarts hokage hokkaido
holden holder holding holiday holistik holland hollow holloway hollywood holmes holocaust
hologram homeland homepage homestay homogen homoseksual honduras honeymoon hongaria hongkong
honolulu honorer honoris hoodie hooper hoover hopkins hopper horace horcrux horison horisontal
horizon horizontal hormat hormati hormatilah hormon hornet horror hortikultura horton hospital
hosted hostel hosting hotelnya hotels hotline hotman hotspot hotspur houdini housing houston
houten howard howell huawei hubble hubert hubung hubungan hubunganku hubunganmu hubungannya
hubungi hubungkan hudson hughes hujannya hujatan hujung hukuman hukumannya hukumnya humaniora
humanis humans humoris humphrey hundred hungaria hunger hungry hunian hunter hunting hurairah
hurley hurufnya husada husain husband husein hussein hutang hutangnya hutannya hybrid hyderabad
hyeong hypermart hyundai ibadah ibadahnya ibadat ibarat ibaratkan ibaratnya ibrahim ibrahimovic
ibrani ibukota ibunda ibundanya ibunya icardi ichigo ichsan idaman idamkan idealis idealisme
idealnya identifikasi identik identitas identitasnya idenya ideologi ideologis idolanya ijasah
ijazah ijinkan ijtihad ikannya ikatan ikhlas ikhsan ikhtiar ikhwan ikhwanul iklannya ikonik
ikutan ikutilah ikutin ikutkan ikutlah ilalang ilegal illahi illegal illinois illuminati
illustrator ilmiah ilmiahnya ilmuan ilmunya ilmuwan ilustrasi ilustrator images imagine
imajinasi imajinatif imajiner imanmu imannya imbalan imbalannya imbang imbangi imbasnya imbauan
imigran imigrasi imitasi imogiri impact imperial imperialisme imperium impian impianku impianmu
impiannya impikan implan implementasi implikasi import important importir impossible impoten
impotensi impresif impression improvement improvisasi impuls impulsif imunisasi imunitas incaran
incheon include income incredible incumbent indahmu indahnya indeks independen independence
independensi independent indera indian indiana indianapolis indigo indihome indikasi indikator
individu individual indofood indomaret indomie indonesi indonesia indonesian indonesianya indoor
indosat indosiar indovision indragiri indramayu indrawati induknya induksi industri industrial
industries industry infanteri infantri infeksi inferior inferno infinite infinity inflamasi
inflasi influencer influenza infografis infokan infonya informal informan informasi informasikan
informasinya informatif informatika information infotainment inframerah infrared infrastruktur
ingatan ingatanku ingatanmu ingatannya ingatkah ingatkan ingatlah inggeris inggris inggrisnya
inginkan inginnya ingkar ingrid ingusan iniesta inikah inikan inilah inipun inisial inisiasi
inisiatif inisiator initial injection injeksi injury inkarnasi inklusi inklusif inkubasi
inkubator innocent innova innovation inovasi inovatif inpres insang insani insektisida insentif
insert inside insiden insight insinyur insomnia inspector inspeksi inspektorat inspektur
inspirasi inspirasinya inspiratif inspiration inspiring instagram instagramnya instal instalasi
install instan instansi instant insting institusi institut institute instruksi instruktur
instrumen instrument instrumental insulin insurance insyaallah insyallah integral integrasi
integrated integritas intelejen intelek intelektual intelijen intelligence intens intensif
intensitas interaksi interaktif interest interface interior interiornya interkoneksi intern
internal internasional international internazionale internet internetan internetnya interogasi
interpersonal interpol interpretasi interupsi interval intervensi interview intimidasi intinya
intisari intoleran intoleransi intonasi intrik intrinsik introspeksi introvert intuisi intuitif
invasi invasif inventaris inventarisasi inventory inverter invest investasi investasinya
investigasi investment investor invisible invitation invite invoice iparnya iphone iqbaal
irasional irawan iriana irianto irigasi iringan irisan iritasi irlandia ironis ironisnya irsyad
irving irwansyah isabel isabella isabelle ishita isikan isilah isinya iskandar islamabad islami
islamic islamisasi islamiyah island islandia islands ismail isolasi isotop israel israil istana
istananya istanbul isteri isteriku isterinya istiadat istighfar istilah istilahnya istimewa
istimewanya istiqamah istiqlal istiqomah istirahat istirahatkan istriku istrimu istrinya isyana
isyarat itachi italia italian itikad itukah itukan itulah itunes itupun iyakan iyalah izinkan
izinnya jababeka jabatan jabatannya jabbar jabodetabek jabung jacket jackie jackpot jackson
jacksonville jacobs jacques jacuzzi jadian jadikan jadikanlah jadilah jadinya jadwal jadwalkan
jadwalnya jagakarsa jagalah jagger jagoan jagoannya jagorawi jaguar jagung jahanam jahannam
jahatnya jahiliyah jahitan jajahan jajanan jajang jajaran jajarannya jakabaring jakarta jaketnya
jalanan jalanannya jalang jalani jalankan jalanku jalanmu jalannya jalinan jalurnya jamaah
jamaica jamaika jamannya jamban jambang jambore jambul jameela jaminan jamnya jamuan janeiro
jangan jangankan janganlah janggal janggut jangka jangkar jangkau jangkauan jangkauannya
jangkrik jangkung janice janjian janjikan janjiku janjimu janjinya janken jannah jantan jantung
jantungku jantungmu jantungnya januari january japanese jarahan jaraknya jarang jargon jariku
jarimu jaring jaringan jaringannya jarinya jarvis jasadnya jasanya jasmani jasmine jasper jateng
jatidiri jatiluhur jatinangor jatinegara jatuhkan jatuhnya jauhilah jauhkan jauhnya javascript
javier jawaban jawabanku jawabanmu jawabannya jawabanya jawabkan jawabku jawablah jawabnya
jawapan jawara jawatan jayakarta jayalah jayapura jayawijaya jazirah jeanette jeanne jebakan
jebolan jeddah jefferson jeffrey jejaknya jejaring jekyll jelajah jelajahi jelang jelasin
jelaskan jelaslah jelasnya jelata jeleknya jelita jelmaan jemaah jemaat jemari jembatan jember
jembrana jempol jemput jemputan jemuran jenaka jenazah jenazahnya jendela jendelanya jenderal
jendral jeneponto jenewa jenggot jengkal jengkel jengkol jenisnya jenius jenjang jenkins jenner
jennie jennifer jennings jensen jepang jepangnya jepara jepitan jepret jerami jerapah jeratan
jerawat jeremiah jeremy jericho jeritan jerman jernih jeroan jerome jersey jeruji jerusalem
jessica jessie jibril jikalau jilbab jimbaran jingga jingle jintan jiraiya jiwaku jiwamu jiwanya
jiyeon joanna joaquin jodohnya jogging joging jogjakarta johann johanna johannes johannesburg
johnny johnson jokowi jombang jomblo jonathan jonggol jonggrang jonghyun jongkok jordan joseon
joseph josephine joshua journal journey jualan jualannya jualnya juanda juaranya judika judith
judulnya jugalah jujurlah julian julien juliet juliette julius julukan julukannya jumlah
jumlahnya jumpai jumper jumping junaidi junction jungkir jungkook jungle junior juniornya
junjung junjungan jupiter juragan jurang jurassic jurgen jurnal jurnalis jurnalisme jurnalistik
jurusan juruselamat justice justin justru jutaan jutawan juventus juwita kabari kabarkan kabarmu
kabarnya kabelnya kabilah kabinet kabisat kabulkan kabupaten kabuto kacamata kacamatanya kacang
kacangan kacanya kacung kadaluarsa kadang kadangkala kadarnya kaderisasi kadernya kafein kafilah
kagami kagawa kagumi kahitna kahwin kaidah kainnya kaisar kaitan kaitannya kaitkan kajian
kakakku kakakmu kakaknya kakashi kakatua kakeknya kakiku kakimu kakinya kaktus kalahkan
kalajengking kalang kalangan kalanya kalapa kalasan kalaupun kalbar kalender kaleng kalian
kalibata kaliber kalibrasi kalideres kaligrafi kalijaga kalimantan kalimat kalimatnya kalinya
kalium kaliurang kalkulasi kalkulator kalkulus kalkun kalong kalori kalsel kalsium kaltara
kalteng kaltim kalung kamarku kamarmu kamarnya kambing kamboja kambuh kamera kameranya kamerun
kamilah kampak kampanye kampanyenya kampar kampong kampret kampung kampungan kampungnya kampus
kampusnya kamtibmas kamuflase kamulah kanaan kanada kanakan kananku kanannya kanata kancah
kancil kancing kandang kandangnya kandas kandidat kandung kandungan kandungannya kandungnya
kangen kangguru kangin kangkung kanguru kanibal kanibalisme kanjeng kanjuruhan kanker kanopi
kansas kanselir kantin kanton kantong kantongnya kantor kantoran kantornya kantuk kantung kanvas
kanwil kaosnya kapabilitas kapalnya kapang kapankah kapanpun kapasitas kapasitasnya kapasitor
kapiler kapita kapital kapitalis kapitalisasi kapitalisme kaplan kapolda kapolres kapolresta
kapolri kapolsek kapoor kaprah kapsul kapten kapuas karachi karakter karakteristik karakternya
karamel karana karang karangan karanganyar karangasem karantina karaoke karatan karate karavan
karawaci karawang karbohidrat karbon karbondioksida karburator karcis kardashian kardinal
kardiovaskular kardus karena karenakan karenamu karenanya karibia karier kariernya karikatur
karimun karimunjawa karina karirnya karisma karismatik karnaval karnavian karnivora karoseri
karpet kartanegara kartel kartika kartini karton kartun kartunya karuan karung karunia karyamu
karyanya karyawan karyawannya karyawati kasarnya kasasi kasetnya kashmir kasian kasihan
kasihanilah kasihi kasihku kasihlah kasihmu kasihnya kasino kaskus kasmaran kastil kasual
kasurnya kasusnya katakan katakana katakanlah kataku katalis katalog katamu katana katanya
katara katarak katedral kategori katering katherine katholik kathryn katniss katolik katrina
katrol katsir kaulah kauman kaumnya kautahu kavaleri kavling kawaii kawakan kawanan kawanku
kawannya kawasaki kawasan kawatir kawula kayaknya kayangan kayanya kayuagung kayunya kazakhstan
keabadian keabsahan keadaan keadaanku keadaanmu keadaannya keadaanya keadilan keagamaan
keagungan keahlian keahliannya keajaiban keakraban keakuratan keamanan keamanannya keandalan
keanehan keanekaragaman keanggotaan keanggunan keangkuhan kearah kearifan kearsipan keasaman
keaslian keasliannya keatas keaton kebablasan kebagian kebahagiaan kebahagiaanku kebahagiaanmu
kebahagiaannya kebahagian kebahasaan kebaikan kebaikanku kebaikanmu kebaikannya kebajikan
kebakaran kebaktian kebalikan kebalikannya kebanggaan kebanggan kebangkitan kebangkrutan
kebangsaan kebanjiran kebanyakan kebatinan kebawah kebaya kebayang kebayoran kebebasan
kebebasannya kebelakang kebelet kebenaran kebenarannya kebencian keberadaan keberadaanku
keberadaannya keberadaanya keberagaman keberangkatan keberanian keberaniannya keberatan
keberhasilan keberhasilannya keberkahan keberlangsungan keberlanjutan keberpihakan kebersamaan
kebersihan keberuntungan kebesaran kebetulan kebiasaan kebiasaanku kebiasaannya kebidanan
kebijakan kebijakannya kebijaksanaan kebimbangan kebinasaan kebingungan kebiruan kebisingan
kebobolan kebocoran kebodohan kebohongan kebohongannya kebosanan kebrutalan kebudayaan kebugaran
kebumen kebunnya kebuntuan keburu keburukan kebusukan kebutaan kebutuhan kebutuhanmu
kebutuhannya kecacatan kecakapan kecaman kecamatan kecambah kecanduan kecanggihan kecantikan
kecantikanmu kecantikannya kecapekan kecapi kecelakaan kecemasan kecemburuan kecenderungan
kecepatan kecepatannya kecerahan kecerdasan kecerdasannya kecerdikan keceriaan kecerobohan
kecewa kecewakan kecilan kecilkan kecilku kecilmu kecilnya kecintaan kecintaannya kecoak
kecocokan kecokelatan kecoklatan kecolongan kecuali kecukupan kecupan kecurangan kecurigaan
kedalam kedalaman kedalamannya kedalamnya kedaluwarsa kedamaian kedapatan kedatangan
kedatangannya kedaulatan kedekatan kedekatannya kedelai kedelapan kedengaran kedengarannya
kedepan kedepannya kedewasaan kediaman kediamannya kediktatoran kedinasan kedinginan kedipan
kediri kedisiplinan kedokter kedokteran kedondong keduanya kedubes kedudukan kedudukannya kedung
kedunia kedutaan keegoisan keemasan keempat keempatnya keenakan keenam keenan keengganan
keesokan kegaduhan kegagalan kegagalannya kegalauan keganasan kegelapan kegelisahan kegemaran
kegemarannya kegembiraan kegemukan kegiatan kegiatannya kegigihan kegilaan kegirangan keguguran
kegunaan kegunaannya keguruan kehabisan kehadiran kehadiranku kehadiranmu kehadirannya kehakiman
kehamilan kehamilannya kehampaan kehancuran kehangatan keharmonisan keharusan kehati kehausan
kehebatan kehebatannya kehebohan kehendak kehendaki kehendakmu kehendaknya keheningan kehidupan
kehidupanku kehidupanmu kehidupannya kehijauan kehilangan kehilanganmu kehilangannya kehinaan
kehitaman kehormatan kehormatannya kehujanan kehutanan keibuan keikhlasan keikutsertaan keilmuan
keimanan keindahan keindahannya keinginan keinginanku keinginanmu keinginannya keingintahuan
keintiman keislaman keistimewaan kejadian kejadiannya kejahatan kejahatannya kejaksaan kejamnya
kejang kejanggalan kejantanan kejaran kejari kejarlah kejati kejatuhan kejauhan kejayaan
kejayaannya kejelasan kejelekan kejenuhan kejepit kejiwaan kejora kejuaraan kejujuran kejurnas
kejuruan kejutan kejutannya kejutkan kekacauan kekaguman kekaisaran kekakuan kekalahan
kekalahannya kekamar kekanak kekanakan kekantor kekasih kekasihku kekasihmu kekasihnya kekayaan
kekayaannya kekebalan kekecewaan kekecilan kekejaman kekejian kekekalan kekeliruan kekeluargaan
kekenyangan kekerabatan kekerasan kekeringan kekesalan kekhalifahan kekhasan kekhawatiran
kekhususan kekinian kekiri kekompakan kekonyolan kekosongan kekristenan kekuasaan kekuasaannya
kekuatan kekuatanku kekuatanmu kekuatannya kekudusan kekuningan kekurangan kekurangannya kelabu
keladi kelahiran kelahiranmu kelahirannya kelainan kelajuan kelakar kelakuan kelakuannya
kelalaian kelamaan kelambu kelamin kelaminnya kelancaran kelangkaan kelangsungan kelanjutan
kelanjutannya kelantan kelapa kelapangan kelaparan kelasku kelasmu kelasnya kelautan kelayakan
kelebihan kelebihannya keledai kelegaan kelelahan kelelawar keleluasaan kelemahan kelemahanmu
kelemahannya kelembaban kelembagaan kelembapan kelembutan kelengkapan kelenjar kelenteng
kelereng kelestarian keletihan kelewat kelewatan kelezatan keliatan keliatannya kelihatan
kelihatannya keliling kelilingi kelima kelimpahan kelincahan kelinci keling kelingking kelipatan
keliru kelistrikan keller kelola kelompok kelompoknya kelonggaran kelontong kelopak keluar
keluaran keluarga keluargaku keluargamu keluarganya keluarkan keluarlah keluarnya kelucuan
keluhan keluhannya keluhkan kelulusan kelulusannya kelumpuhan kelupaan kelurahan keluyuran
kelvin kemacetan kemahasiswaan kemahiran kemajemukan kemajuan kemakmuran kemaksiatan kemalangan
kemalasan kemaluan kemaluanku kemaluannya kemampuan kemampuanku kemampuanmu kemampuannya kemana
kemanakah kemanan kemanapun kemandirian kemang kemanusiaan kemapanan kemarahan kemarahannya
kemarau kemaren kemari kemarin kemaritiman kemasan kemaslahatan kemasukan kemasyarakatan
kematangan kematian kematiannya kemauan kemauannya kemayoran kembali kembalian kembaliannya
kembalikan kembalilah kembalinya kembang kembangan kembangkan kembar kembaran kembarannya
kembarnya kembung kemdikbud kemegahan kemeja kemelut kemenag kemenangan kemenangannya kemendagri
kemendikbud kemenhub kemenkes kemenkeu kemenko kemenkumham kemenpar kemenpora kementan
kementerian kementrian kemerah kemerahan kemerdekaan kemerdekaannya kemeriahan kemerosotan
kemesraan kemewahan kemilau kemiliteran kemiri kemiringan kemiripan kemiskinan kemitraan
kemoterapi kempes kemudahan kemudi kemudia kemudian kemuliaan kemunafikan kemunculan
kemunculannya kemunduran kemungkinan kemungkinannya kemurahan kemurkaan kemurnian kenabian
kenaikan kenakalan kenakan kenalan kenali kenalkan kenamaan kenang kenanga kenangan kenanganmu
kenangannya kenapa kenari kencan kencana kencang kencangnya kenceng kencing kencur kendal
kendala kendalanya kendali kendalikan kendalinya kendall kendaraan kendaraannya kendarai kendari
kendati kendeng kenderaan kendor kendrick kendur kenegaraan kengerian kenichi kenikmatan kening
keningnya kennedy kenneth kenshin kental kentang kentara kentucky kentut kenyal kenyamanan
kenyang kenyataan kenyataannya kenyataanya keolahragaan kepada kepadaku kepadamu kepadanya
kepadatan kepahiang kepahitan kepahlawanan kepala kepalaku kepalamu kepalan kepalanya kepalsuan
kepanasan kepandaian kepanduan kepang kepangkatan kepanikan kepanitiaan kepanjangan keparahan
keparat kepastian kepatuhan kepausan kepedihan kepedulian kepeduliannya kepegawaian kepekaan
kepelatihan kepemilikan kepemilikannya kepemimpinan kepemimpinannya kepemudaan kepenatan
kependekan kependidikan kependudukan kepengen kepengurusan kepentingan kepentingannya kepenuhan
kepenulisan kepepet keperawanan keperawatan kepercayaan kepercayaannya kepergian kepergianmu
kepergiannya keperkasaan keperluan kepiawaian kepikiran kepincut kepindahan kepindahannya keping
kepingan kepingin kepintaran kepiting kepler kepolisian kepompong keponakan keponakannya
kepopuleran keppres kepramukaan kepresidenan kepribadian kepribadianmu kepribadiannya
keprihatinan kepsek kepuasan kepulangan kepulauan kepunahan kepung kepunyaan kepustakaan
keputihan keputus keputusan keputusanmu keputusannya keputusasaan kerabat kerabatnya keracunan
keragaman keraguan kerahasiaan kerahkan kerajaan kerajaannya kerajinan kerakyatan keramahan
keramaian keramas keramat keramik kerana kerang kerangka keranjang kerapatan kerapu kerasa
kerasnya kerasukan keraton kerawang kerbau kerdil kerelaan kerena kerendahan kerennya kerentanan
kerepotan keresahan kereta keretakan keretanya keributan kericuhan kerikil kerinci kerinduan
kering keringanan keringat keringkan keripik keriput keriting kerjaan kerjaannya kerjakan
kerjaku kerjamu kerjanya kerjasama kerjasamanya kernel kerohanian keroncong kerongkongan kertas
kertasnya kerucut kerudung kerugian kerukunan kerumah kerumahku kerumahmu kerumahnya kerumitan
kerumunan keruntuhan kerupuk kerusakan kerusakannya kerusi kerusuhan kerutan kesabaran
kesabaranku kesabarannya kesadaran kesadarannya kesakitan kesaksian kesaksiannya kesaktian
kesalah kesalahan kesalahanku kesalahanmu kesalahannya kesalahpahaman kesamaan kesampaian
kesampingkan kesana kesannya kesasar kesatria kesatuan kesayangan kesayanganku kesayanganmu
kesayangannya kesebelasan kesederhanaan kesediaan kesediaannya kesedihan kesedihanku
kesedihannya kesegaran keseharian kesehariannya kesehatan kesehatanmu kesehatannya keseimbangan
kesejahteraan kesekian kesekolah keselamatan keselamatannya keselarasan keseleo keseluruh
keseluruhan keseluruhannya kesembilan kesembuhan kesempatan kesempatannya kesempurnaan kesemua
kesemuanya kesemutan kesenangan kesendirian kesengsaraan kesenian kesenjangan kesepahaman
kesepakatan kesepian kesepuluh keserakahan keseringan keseriusan keseruan kesesatan kesesuaian
kesetaraan kesetiaan kesetiaannya kesialan kesiangan kesiapan kesibukan kesibukannya kesilapan
kesimpulan kesimpulannya kesinambungan kesini kesiswaan kesitu kesombongan kesopanan kestabilan
kesuburan kesucian kesukaan kesukaannya kesukaran kesuksesan kesuksesannya kesulitan
kesulitannya kesultanan kesungguhan kesunyian kesurupan kesusahan ketaatan ketabahan ketagihan
ketahanan ketahuan ketahui ketahuilah ketajaman ketakutan ketakutanmu ketakutannya ketamakan
ketampanan ketangguhan ketangkasan ketapang ketatnya ketawa ketebalan ketegangan ketegasan
keteguhan ketekunan keteladanan ketelitian ketempat ketemu ketemuan ketenagakerjaan ketenangan
ketenaran ketentraman ketentuan ketentuannya ketepatan keterampilan keterampilannya keterangan
keterangannya keteraturan keterbatasan keterbelakangan keterbukaan ketergantungan keterikatan
keterkaitan keterlaluan keterlambatan keterlibatan keterlibatannya keterpurukan ketersediaan
ketertarikan ketertarikannya ketertiban ketertinggalan ketetapan ketiadaan ketiak ketidak
ketidakadilan ketidakhadiran ketidakjelasan ketidakmampuan ketidaknyamanan ketidakpastian
ketidakpercayaan ketidakpuasan ketidakseimbangan ketidaksempurnaan ketidaksesuaian
ketidakstabilan ketidaktahuan ketiduran ketiga ketiganya ketika ketikan ketimbang ketimpangan
ketimun ketinggalan ketinggian ketinggiannya ketombe ketoprak ketrampilan ketuanya ketuhanan
ketujuh ketukan ketulusan ketumbar ketupat keturunan keturunannya keuangan keuangannya keuletan
keunggulan keunggulannya keunikan keuntungan keuntungannya keuskupan keutamaan keutuhan
kewajaran kewajiban kewajibannya kewalahan kewanitaan kewarganegaraan kewaspadaan kewenangan
kewenangannya kewibawaan kewirausahaan keyakinan keyakinannya keyboard keypad keyword kezaliman
khabar khadijah khalayak khalid khalifa khalifah khanna kharisma kharismatik khasiat khasiatnya
khasnya khatam khatib khattab khatulistiwa khawatir khawatirkan khayal khayalan khazanah
khianati khidmat khilaf khilafah khitan khitanan khofifah khotbah khusus khususnya khusyu
khusyuk khutbah kiamat kiasan kiblat kicauan kidding kidung kijang kilang kilatan killer killing
kilogram kilometer kimberly kimchi kimiawi kimmel kimono kinabalu kincir kinclong kinerja
kinerjanya kinetik kingdom kingdoms kintamani kiprah kiprahnya kirana kiranya kiriku kiriman
kirimkan kirinya kirito kirsten kisahku kisahnya kisaran kismis kisruh kitabnya kitalah kitchen
kitkat klakson klarifikasi klasemen klasifikasi klasik klaster klaten klausa klausul klender
klenteng kliennya klimaks klimatologi klinik klinis kliping kliring klitoris kliwon kloning
klorida klorin klorofil kloset kloter klubnya klungkung knalpot knight knights knowledge koalisi
kobaran kobayashi kodenya kodrat kodratnya koefisien kognitif kokain kokpit koktail kolaborasi
kolaboratif kolagen kolaka kolega koleganya koleksi koleksinya kolektif kolektor kolera
kolesterol kolibri kolkata kolombia kolonel kolong koloni kolonial kolonialisme kolosal komandan
komandannya komando komang komarudin komatsu kombes kombinasi komedi komedian komedo komentar
komentari komentarnya komentator komering komersial komersil komika komiknya komikus kominfo
komisariat komisaris komisi komisioner komite komitmen komitmennya komjen komnas komoditas
komoditi komodo komodor kompak komparatif kompartemen kompas kompatibel kompatibilitas
kompensasi kompeten kompetensi kompetisi kompetitif kompetitor kompilasi komplain komplek
kompleks kompleksitas komplet komplikasi komplit komplotan kompol komponen komponennya kompor
kompos komposer komposisi komposisinya komposit komprehensif kompres kompresi kompresor kompromi
komputasi komputer komputerisasi komputernya komunal komuni komunikasi komunikasinya komunikatif
komunikator komunis komunisme komunitas komunitasnya komuter konawe kondang kondangan kondektur
kondisi kondisinya kondom kondominium konduktor kondusif koneksi koneksinya konektivitas
konektor konfederasi konferensi konfigurasi konfirmasi konfirmasikan konflik konfrensi
konfrontasi konglomerat kongres kongsi konjungsi konkret konoha konsekuensi konsekuensinya
konseling konselor konsen konsensus konsentrasi konsentrasinya konsentrat konsep konsepnya
konsepsi konseptual konser konsernya konservasi konservatif konsesi konsisten konsistensi konsol
konsolidasi konsonan konsorsium konspirasi konstan konstanta konstantin konstantinopel
konstelasi konstituen konstitusi konstitusional konstruksi konstruksinya konstruktif konsul
konsulat konsultan konsultasi konsultasikan konsumen konsumsi kontainer kontak kontaknya
kontaminasi kontan konteks konteksnya kontekstual kontemporer konten kontennya konter kontes
kontestan kontinental kontingen kontol kontolnya kontra kontradiksi kontrak kontrakan kontraknya
kontraksi kontraktor kontras kontrasepsi kontribusi kontribusinya kontributor kontrol
kontroversi kontroversial kontruksi kontur konveksi konvensi konvensional konversi konvoi konyol
kooperatif koordinasi koordinat koordinator kopaja kopassus kopdar koperasi kopertis kopilot
kopinya kopling kopral koramil korang korban korbankan korbannya korean koreksi korelasi
koreografi koresponden korespondensi koridor korintus kornea korona koroner korosi korosif
korporasi korporat korpri korsel korset korteks kortikosteroid kortisol korupsi koruptor
kosakata kosmetik kosmik kosmos kosong kosongkan kostrad kostum kostumnya kotabaru kotaknya
kotaku kotamadya kotamobagu kotamu kotanya kotawaringin kotoran kotorannya kotornya kowloon
krabby krakatau kramat kramer kranji kraton krauss kreasi kreatif kreatifitas kreativitas
kreator kredibel kredibilitas kredit kreditnya kreditur kremasi kremlin kresek kresna kretek
kriket kriminal kriminalisasi kriminalitas krimnya kripik kripto kriptografi krisdayanti krishna
krisis krisna kristal kristen kristian kristiani kristin kristina kristus kriteria kritik
kritikan kritikus kritis kroasia kromosom kronik kronis kronologi kronologis kronos kruger
krunya krusial krystal ksatria kuadran kuadrat kuahnya kuakui kualami kualanamu kualifikasi
kualitas kualitasnya kualitatif kuambil kuantan kuantitas kuantitatif kuantum kuarsa kuartal
kuasai kuasanya kuatir kuatkan kuatlah kuatnya kubaca kubangan kubawa kubenci kuberi kuberikan
kubiarkan kubilang kubuat kubuka kuburan kuburannya kuburnya kucari kuceritakan kucing kucingku
kucingnya kucintai kucium kucoba kucuran kudanya kudapan kudapat kudapatkan kudengar kudeta
kuduga kuenya kuesioner kuharap kuharapkan kuingat kuingin kuinginkan kujadikan kujaga kujalani
kujual kukatakan kukenal kukira kukunya kulakukan kulalui kulewati kuliah kuliahan kuliahnya
kulihat kuliner kulitku kulitmu kulitnya kulkas kulonprogo kultur kultural kultus kulupakan
kumala kumbang kumiliki kumohon kumolo kumparan kumpul kumpulan kumpulkan kumulatif kunang
kuncinya kuncoro kuncup kundang kungfu kuning kuningan kunjung kunjungan kunjungannya kunjungi
kuntilanak kunyah kunyit kupang kupeluk kupikir kupilih kuping kupunya kurang kurangi kurangnya
kurasa kurasakan kurator kurban kurcaci kurikuler kurikulum kurindukan kurnia kurniawan kuroko
kursinya kursus kurung kurungan kusadari kusangka kusayangi kusebut kuserahkan kusimpan kusuka
kusuma kutahu kutanya kutemui kutemukan kuterima kutinggalkan kutipan kutukan kutulis kutunggu
kuwait kuyakin kwalitas kwartir kyeong kyuhyun labelnya labirin laboratorium labuan labuhan
labuhanbatu ladang ladies lafayette lagian lagipula laguku laguna lagunya lahannya lahirkan
lahirlah lahirnya lahore lainnya lainya lajang lakban lakinya laknat laksamana laksana
laksanakan laksono laktat laktosa lakuin lakukan lakukanlah lakunya lalang lalapan laluku
lalulintas lalumu lalunya lamanya lamaran lamarannya lambaikan lamban lambang lambat lambatnya
lambert lamborghini lambung lamongan lampard lampau lampion lampiran lampirkan lampung lampunya
lanang lancang lancar lancaster lancer lancip landai landak landas landasan landing landmark
landon landscape langdon langganan langgar langgeng langit langitnya langka langkah langkahku
langkahmu langkahnya langkat langkawi langley langsa langsing langsung language lanjut lanjutan
lanjutannya lanjuti lanjutkan lanjutnya lansia lanskap lansung lantai lantainya lantamal lantang
lantaran lantas lantern lantunan lapang lapangan lapindo lapisan laporan laporannya laporkan
laptop laptopnya larang larangan larasati larinya larissa larson larutan laskar lateks lateral
latest latief latihan latihannya latuconsina latvia laudya launch launcher launching laundry
laurel lauren laurent laurie lautan lautnya lavender lawakan lawang lawannya lawatan lawrence
lawson lawyer layaknya layanan layanannya layang layangan layani layarnya layout lazada lazarus
lazimnya leader leadership leading league learning leasing leaves lebanon lebaran lebarnya
lebihan lebihkan lebihnya lebong ledakan ledeng leeteuk legacy legalisasi legalitas legend
legenda legendaris legends legion legislasi legislatif legislator legitimasi legiun legowo
lehernya leicester leipzig leisure lekang lekukan lelahnya lelaki lelakinya lelang leluasa
lelucon leluhur leluhurnya lemahnya lemaknya lemari lembab lembaga lembah lembang lembap lembar
lembaran lembata lembek lembing lembur lembut lembutnya lempar lemparan lemparkan lempeng
lempengan lencana lendir lengah lengan lengang lenganku lengannya lenggang lengkap lengkapi
lengkapnya lengket lengkuas lengkung lengkungan lengser lennon lennox lenovo lenteng lentera
lentik lentur lenyap leonard leonardo leonid leonidas leopard leopold lepaskan lepaskanlah
lepasnya lereng lesbian lesehan leslie lesmana lesson lestari lestarikan lester lesung letakan
letakkan letaknya letjen letkol letnan letter letupan letusan leukemia levante levelnya
leverkusen levine lewandowski lewati lewatkan lezatnya lhokseumawe libatkan liberal liberalisasi
liberalisme liberia liberty libido library liburan liburannya liburnya license lidahku lidahmu
lidahnya lifestyle lighting lightning lights lihatlah likuiditas lilinnya lilitan lillian
limapuluh limbah limited limpahan lincah lincoln lindsay lindsey lindung lindungan lindungi
lindungilah linear lingerie lingga linggis lingkar lingkaran lingkungan lingkungannya lingkup
linglung linguistik linier linimasa linkedin linknya lintah lintang lintas lintasan lionel
liontin lipatan lipstick lipstik liputan liquid liriknya lisbon lisensi listen listening listing
listrik listriknya litbang literasi literatur lithium lithuania little liverpool living lizzie
loading lobang lobster location locker lockhart logaritma logika logikanya logistik logonya
logout lokakarya lokalisasi lokalnya lokasi lokasinya lokomotif lolipop lolita lollipop lombok
lompat lompatan loncat loncatan lonceng london lonely longer longgar longsor longsoran lonjakan
lonjong lontar lontarkan lontong looking lorenzo lorong lorraine losari loteng lotere lothar
lotion louisa louise louisiana lounge lovely lovers loving lowell lowongan loyalis loyalitas
loyang luangkan luangnya luapan luaran luarbiasa luarnya luasan luasnya lubang lubangnya
lubuklinggau lucien lucifer lucius lucunya ludwig lukaku lukamu lukanya lukisan lukisannya
lukman lullaby lulusan lulusannya lumajang lumayan lumayanlah lumbung lumpia lumpuh lumpuhkan
lumpur lumrah lunasi luncur luncurkan luntur lupakan lupakanlah luqman luruskan lusinan luther
luthfi lututku lututnya luxury maafin maafkan maafkanlah maaflah mabukan macamnya macarthur
macbook macdonald machine macintosh mackenzie madagaskar madame madang madani madara madeleine
madina madinah mading madison madiun madonna madrasah madrid madura maestro magang magazine
magdalena magelang magellan magenta magetan maggie maghrib magister magnesium magnet magnetic
magnetik magnitudo magnum magnus magrib maguire mahakam mahakarya mahakuasa mahalnya mahameru
mahaputra maharaja maharani mahasiswa mahasiswanya mahasiswi mahathir mahendra mahesa mahfud
mahfudz mahkamah mahkluk mahkota mahkotanya mahluk mahmud mahoni maidah mainan mainannya mainkan
mainnya mainstream maintenance majalah majalengka majapahit majelis majemuk majenang majikan
majikannya majlis majukan majulah majunya makalah makamnya makanan makanannya makanlah makannya
makanya makara makaroni makasar makasih makassar makcik makelar makeup makhluk makhluknya makian
making makino makkah makluk maklum maklumat makmur maknanya makoto maksiat maksimal maksimalkan
maksimalnya maksimum maksud maksudkan maksudku maksudmu maksudnya maladewa malaga malahan
malaikat malaka malamku malamnya malang malangnya malapetaka malaria malasan malaya malaysia
malcolm maldini maleficent malfoy malhotra malibu maliki malinau maling malino malioboro malone
maluku malunya malware mamaku mamalia mamamu mamanya mampang mampet mampir mampukah mampus
mamuju manado manage managemen management manager managing manahan manajemen manajer manajerial
manajernya manakah manakala manapun mancanegara manchester mancing mancini mancung mancur
mandailing mandala mandalika mandar mandarin mandat mandau mandela mandilah mandinya mandir
mandiri mandor mandul manfaat manfaatkan manfaatnya mangan mangga manggala manggarai manggil
manggis manggung mangkal mangkat mangkir mangkok mangkrak mangkuk mangrove mangsa mangsanya
manhattan maniak manifestasi manila manipulasi manisan manismu manisnya manjadi manjakan manjur
manning manokwari manset mansion manson mansur mansyur mantab mantan mantanku mantanmu mantannya
mantap mantel manten mantra manual manuel manufacturing manufaktur manula manunggal manurung
manusia manusianya manusiawi manuskrip manuver manyar mapala mapping maradona marahnya maraknya
marathon maraton marcel marcell marcelo marching marconi marcos marcus mardani margaret margarin
margarita margasatwa margin margonda margono margot mariah marian mariana marianne mariko
marilah marilyn marina marine marinir marino marion marissa maritim marius marjinal marjorie
markas markasnya marker market marketing marketplace markus marlboro marlene marley marlin
marmer marmut maroko maroon marquez married marriott marseille marsekal marsha marshal marshall
marshanda marshmallow marsudi martabak martabat martapura marten martha martial martil martin
martina martinez martini martino martir marunda marvel marvin marwah marwan maryam maryland
marzuki masakan masakannya masaknya masala masalah masalahku masalahmu masalahnya masanya masbro
masehi masihkah masihlah masing masingnya masinis masjid masjidil maskapai masker maskernya
maskot maskulin maslah maslow massachusetts massage massal massimiliano massive master
mastercard masternya masterpiece masters masturbasi masukan masuki masukin masukkan masuklah
masuknya masyarakat masyarakatnya masyhur masyumi matador matahari mataharinya mataku matamu
matang matanya mataram matcha matchday matematik matematika matematikawan matematis materi
material materialisme materiil materinya mathieu matian matikan matilah matilda matinya matius
matraman matras matriks matrix matsuri matteo matter matthew matthews maukah maulana maulid
maumere maunya maupun maureen maurice mauricio maurizio maverick mawaddah mawardi maximal
maximum maximus maxwell mayang mayatnya maybank mayjen mayones mayoritas mazhab mazmur mccarthy
mccartney mcdonald mcgregor mcguire mckinley mclaren mcphee mcqueen meaning mebuat medali median
mediasi mediator medical medici medicine medika medina medisnya meditasi mediterania medium
medsos medusa meeting megang megapiksel megapixel megatron megawati meghan megumi mejadi mejanya
mekanik mekanika mekanis mekanisme mekkah meksiko melacak meladeni melahap melahirkan melainkan
melaju melaka melakoni melaksanakan melaksanakannya melakukan melakukannya melakukanya
melalaikan melalu melalui melaluinya melalukan melamar melamarnya melambai melambaikan
melambangkan melambat melambung melambungkan melampaui melampiaskan melampirkan melamun
melancarkan melancong melanda melanggar melangkah melangkahkan melangsungkan melanie melanjutkan
melanjutkannya melankolis melantik melantunkan melapisi melapor melaporkan melaporkannya
melarang melarangnya melarat melarikan melarutkan melata melati melatih melatihnya melatonin
melaut melawak melawan melawannya melawat melawi melayang melayangkan melayani melayaninya
melayu melbourne melebar melebarkan melebih melebihi melebur melecehkan meledak meledakkan
melegakan melegalkan melegenda melejit melekat melelahkan meleleh melemah melemahkan melemahnya
melembutkan melempar melempari melemparkan melemparkannya melenceng melenggang melengkapi
melengkung melenyapkan melepas melepaskan melepaskanmu melepaskannya melepasmu melepasnya
melepuh melesat meleset melestarikan meletakan meletakkan meletakkannya meletus melewati
melewatinya melewatkan melibatkan melihat melihatku melihatmu melihatnya melilit melimpah
melimpahkan melinda melindungi melindungimu melindunginya melingkar melingkari melingkupi
melintang melintas melintasi melipat melipatgandakan meliput meliputi melirik melissa mellow
melobi melodi melody meloloskan melompat melompati meloncat melonggarkan melongo melonjak
melontarkan melorot melotot meluangkan meluap meluapkan meluas meluaskan melubangi melucuti
meludah melukai melukaiku melukaimu melukainya melukis melukiskan melulu meluluhkan meluluskan
melumpuhkan melunak melunasi meluncur meluncurkan melupakan melupakanku melupakanmu melupakannya
meluruskan melvin memaafkan memaafkanmu memaafkannya memabukkan memacu memadai memadamkan
memadati memadukan memahami memahamimu memahaminya memahat memainkan memainkannya memajang
memajukan memakai memakaikan memakainya memakan memakannya memaki memaklumi memaknai memaksa
memaksakan memaksaku memaksamu memaksanya memaksimalkan memalingkan memalsukan memalukan
memamerkan memanah memanas memanaskan memancar memancarkan memancing memandang memandangi
memandangku memandangmu memandangnya memandikan memandu memanen memanfaatkan memanfaatkannya
memang memanggang memanggil memanggilku memanggilmu memanggilnya memangkas memanglah memangnya
memangsa memanipulasi memanjakan memanjang memanjangkan memanjat memantapkan memantau memantul
memantulkan memaparkan memarahi memarkir memasak memasaknya memasang memasangkan memasangnya
memasarkan memasok memastikan memastikannya memasukan memasuki memasukinya memasukkan
memasukkannya memata mematahkan mematangkan mematikan mematikannya mematuhi membabi membaca
membacakan membacanya membagi membagikan membaginya membahagiakan membahana membahas membahasnya
membahayakan membahu membaik membajak membakar membakarnya membalap membalas membalaskan
membalasnya membalik membalikan membalikkan membalut membandel membanding membandingkan
membandingkannya membanggakan membangkang membangkitkan membangun membangunkan membangunnya
membanjiri membantah membantahnya membantai membanting membantu membantuku membantumu
membantunya membara membasahi membasmi membasuh membatalkan membatasi membatik membatu membaur
membawa membawahi membawakan membawaku membawamu membawanya membayangi membayangkan
membayangkannya membayar membayarkan membayarnya membebani membebankan membebaskan
membebaskannya membeberkan membeda membedah membedakan membedakannya membekali membekas membeku
membekukan membela membelah membelai membelakangi membelanjakan membelenggu membeli membelikan
membelinya membelokkan membelot membenahi membenamkan membenarkan membenci membenciku membencimu
membencinya membendung membengkak membentak membentang membentangkan membentengi membentuk
membentur member memberanikan memberantas memberatkan memberdayakan membereskan memberhentikan
memberi memberikan memberikanku memberikanmu memberikannya memberiku memberimu memberinya
memberitahu memberitahukan memberitahukannya memberitahunya memberitakan memberkati
memberlakukan membernya memberontak members membership membersihkan membersihkannya membesar
membesarkan membesarkannya membetulkan membiarkan membiarkanmu membiarkannya membiasakan
membiayai membicarakan membicarakanmu membicarakannya membidangi membidik membikin membimbing
membimbingmu membina membinasakan membingungkan membintangi membisikkan membisu memblokir
membludak membobol membocorkan membodohi membohongi membolehkan membolos membongkar membosankan
memboyong membran membuahkan membuang membuangnya membuat membuatkan membuatku membuatmu
membuatnya membubarkan membudidayakan membujuk membujuknya membuka membukakan membukanya
membuktikan membuktikannya membukukan membulat membumi membungkam membungkuk membungkus
membungkusnya membuntuti membunuh membunuhku membunuhmu membunuhnya membunyikan memburu memburuk
membusuk membutakan membutuhkan membutuhkanku membutuhkanmu membutuhkannya memecah memecahkan
memecat memedulikan memegang memegangi memegangnya memejamkan memeknya memelihara memeliharanya
memeluk memelukku memelukmu memeluknya memenangi memenangkan memenangkannya memencet memendam
memengaruhi memenggal memenjarakan mementingkan memenuhi memenuhinya memerah memerangi
memerankan memeras memercayai memerdekakan memergoki memerhatikan memeriahkan memeriksa
memeriksanya memerintah memerintahkan memerintahkannya memerlukan memerlukannya memesan
memesannya memetakan memetik memfasilitasi memfitnah memfokuskan memfoto memicu memihak memijat
memikat memikirkan memikirkanmu memikirkannya memikul memilah memilih memilihkan memilihmu
memilihnya memilik memiliki memilikiku memilikimu memilikinya memilki memilukan memimpikan
memimpin meminang meminati memindah memindahkan memindahkannya memindai meminimalisir
meminimalkan meminjam meminjamkan meminjamkannya meminta memintaku memintamu memintanya meminum
meminumnya memiringkan memisahkan memisahkannya memliki memobilisasi memodifikasi memohon
memojokkan memoles memompa memonitor memonopoli memori memorial memories memorinya memory
memotivasi memotong memotongnya memotret mempan mempawah mempedulikan mempekerjakan mempelai
mempelajari mempelajarinya mempengaruhi mempengaruhinya memperbaharui memperbaiki memperbaikinya
memperbanyak memperbarui memperbesar memperbolehkan memperburuk mempercantik mempercayai
mempercayaimu mempercayainya mempercayakan mempercepat memperdagangkan memperdalam
memperdebatkan memperdulikan memperebutkan mempererat mempergunakan memperhatikan
memperhatikanmu memperhatikannya memperhitungkan memperindah memperingati memperingatkan
memperjelas memperjuangkan memperjuangkannya memperkaya memperkecil memperkenalkan
memperkenalkannya memperkerjakan memperketat memperkirakan memperkokoh memperkosa memperkuat
memperlakukan memperlakukanmu memperlakukannya memperlambat memperlancar memperlihatkan
memperluas mempermainkan mempermalukan mempermasalahkan mempermudah memperoleh memperolehnya
memperpanjang memperparah memperpendek mempersatukan mempersembahkan mempersempit mempersenjatai
mempersiapkan mempersiapkannya mempersilahkan mempersingkat mempersoalkan mempersulit
mempertahankan mempertahankannya mempertajam mempertanggungjawabkan mempertanyakan
mempertaruhkan mempertegas mempertemukan mempertimbangkan mempertunjukkan mempesona memphis
mempopulerkan memposisikan memposting mempraktikkan memprediksi memprediksikan mempresentasikan
memprihatinkan memprioritaskan memproduksi memproduksinya memprogram memproklamirkan
mempromosikan memproses memprotes memprovokasi memproyeksikan mempublikasikan mempunya mempunyai
memuakkan memuaskan memuat memudahkan memudar memuja memuji memujinya memukau memukul memukuli
memukulnya memulai memulainya memulangkan memuliakan memulihkan memuncak memuncaki memunculkan
memungkinkan memungkinkannya memungkiri memungut memuntahkan memupuk memurnikan memusatkan
memusingkan memusnahkan memusuhi memutar memutarnya memutih memutihkan memutus memutuskan
memverifikasi memvonis menaati menabrak menabung menabur menaburkan menafkahi menafsirkan
menagih menahan menahannya menahu menahun menaik menaikan menaiki menaikkan menakjubkan
menaklukan menaklukkan menakut menakuti menakutkan menamai menamainya menamakan menamakannya
menamatkan menambah menambahkan menambahkannya menambal menambang menampakkan menampar menampik
menampilkan menampilkannya menampung menanam menanamkan menanamnya menancap menancapkan menandai
menandakan menandatangani menandingi menang menangani menanganinya menanggalkan menanggapi
menanggapinya menangguhkan menanggulangi menanggung menangis menangisi menangislah menangkal
menangkan menangkap menangkapnya menangkis menanjak menantang menantangnya menanti menantikan
menantimu menantu menantunya menanyai menanyakan menanyakannya menapaki menara menargetkan
menari menarik menariknya menaruh menaruhnya menasehati menasihati menata menatap menatapku
menatapmu menatapnya menaungi menavigasi menawan menawar menawari menawarkan menawarkannya
menayangkan mencabut mencaci mencair mencairkan mencakup mencalonkan mencampur mencampuri
mencampurkan mencampurnya mencanangkan mencantumkan mencap mencapai mencapainya mencari
mencarikan mencariku mencarimu mencarinya mencatat mencatatkan mencatatnya mencederai mencegah
mencegahnya mencegat mencekam mencekik mencela mencelakakan mencelupkan mencemari mencemarkan
mencemaskan mencemooh mencengangkan mencengkeram mencerahkan menceraikan mencerdaskan
menceritakan menceritakannya mencerminkan mencerna mencetak mencetaknya mencetuskan mencibir
mencicipi mencicipinya mencinta mencintai mencintaiku mencintaimu mencintainya mencipta
menciptakan menciptakannya mencium menciumnya mencoba mencobanya mencoblos mencocokkan mencolok
mencontek mencontoh mencopot mencoret mencuat mencuba mencubit mencuci mencucinya mencukupi
mencukur menculik mencurahkan mencuri mencurigai mencurigakan mendadak mendaftar mendaftarkan
mendagri mendahului mendahulukan mendaki mendakwa mendalam mendalami mendamaikan mendambakan
mendampingi mendanai mendapat mendapati mendapatkan mendapatkanmu mendapatkannya mendaptkan
mendarah mendarat mendaratkan mendasar mendasari mendasarinya mendasarkan mendata mendatang
mendatangi mendatangimu mendatanginya mendatangkan mendatar mendaur mendayung mendebarkan
mendedikasikan mendefinisikan mendekam mendekat mendekati mendekatiku mendekatimu mendekatinya
mendekatkan mendeklarasikan mendekorasi mendemonstrasikan mendengar mendengarkan mendengarkanmu
mendengarkannya mendengarmu mendengarnya mendengkur mendengus mendera menderita mendes mendesah
mendesain mendesak mendesis mendeskripsikan mendetail mendeteksi mendiagnosis mendiami
mendiamkan mendiang mendidih mendidik mendikbud mendikte mending mendingan mendingin
mendinginkan mendirikan mendiskusikan mendistribusikan mendoakan mendoakannya mendoan mendobrak
mendokumentasikan mendominasi mendongak mendongkrak mendonorkan mendorong mendorongnya
mendownload mendua menduduki menduga mendukung mendukungku mendukungmu mendukungnya mendulang
mendung mendunia mendustakan mendut menebak menebaknya menebang menebar menebarkan menebas
menebus menegakkan menegangkan menegaskan menegosiasikan meneguhkan menegur menekan menekankan
menekuk menekuni menelaah menelan menelantarkan menelepon meneliti menelpon menelurkan
menelusuri menemani menemaniku menemanimu menemaninya menembak menembaki menembakkan menembaknya
menembus menempa menempati menempatkan menempatkannya menempel menempelkan menempuh menemui
menemuimu menemuinya menemukan menemukanmu menemukannya menenangkan menenangkannya menendang
menengah menenggak menenggelamkan menengok menentang menentangnya menentu menentukan
menentukannya menenun menepati menepi menepis menepuk menerangi menerangkan menerapkan
menerapkannya menerawang menerbangkan menerbitkan meneriakkan menerima menerimamu menerimanya
menerjang menerjemahkan menerjemahkannya menerjunkan menerka menerkam menerobos meneror menerpa
menertawakan menerus meneruskan meneruskannya menetap menetapkan menetas menetes meneteskan
menetralisir menetralkan menewaskan mengabadikan mengabaikan mengabaikanku mengabaikanmu
mengabaikannya mengabari mengabarkan mengabdi mengabdikan mengabulkan mengaburkan mengacak
mengacaukan mengacu mengacuhkan mengacungkan mengada mengadakan mengadaptasi mengadili
mengadopsi mengadu mengaduk mengadukan mengagetkan mengagumi mengagumimu mengagumkan
mengagungkan mengais mengaitkan mengajak mengajakku mengajakmu mengajaknya mengajar mengajari
mengajariku mengajarimu mengajarinya mengajarkan mengajarkanku mengajarkanmu mengajarkannya
mengajarnya mengaji mengajukan mengakali mengakar mengakhiri mengakhirinya mengakibatkan
mengakomodasi mengakomodir mengakses mengaksesnya mengaktifkan mengaktifkannya mengaku mengakui
mengakuinya mengakuisisi mengalah mengalahkan mengalahkannya mengalami mengalaminya mengalihkan
mengalir mengalirkan mengalokasikan mengamalkan mengamankan mengamati mengambang mengambil
mengambilnya mengampuni mengamuk menganalisa menganalisis mengancam mengandalkan mengandung
menganga menganggap menganggapku menganggapmu menganggapnya menganggu mengangguk menganggur
mengangkat mengangkatnya mengangkut menganiaya menganjurkan mengantar mengantarkan
mengantarkannya mengantarnya menganti mengantisipasi mengantongi mengantri mengantuk
menganugerahkan menganut mengapa mengapakah mengapit mengaplikasikan mengapresiasi mengapung
mengarah mengarahkan mengarahkannya mengarang mengartikan mengarungi mengarut mengasah
mengasihani mengasihi mengasingkan mengasuh mengasumsikan mengasyikkan mengatakan mengatakannya
mengatasi mengatasinya mengatasnamakan mengatur mengaturnya mengawal mengawali mengawasi
mengawasinya mengawetkan mengawinkan mengayomi mengayuh mengayunkan mengebom mengebor mengecam
mengecap mengecat mengecek mengeceknya mengecewakan mengecewakanmu mengecewakannya mengecil
mengecilkan mengecoh mengecualikan mengedarkan mengedepankan mengedipkan mengedit mengedukasi
mengeja mengejar mengejarmu mengejarnya mengejek mengejutkan mengekang mengeksekusi
mengeksploitasi mengeksplorasi mengekspor mengekspos mengekspresikan mengekstrak mengelabui
mengelak mengelap mengelilingi mengelilinginya mengeliminasi mengelola mengelompokkan
mengeluarkan mengeluarkannya mengeluh mengeluhkan mengelupas mengelus mengemas mengembalikan
mengembalikannya mengemban mengembang mengembangkan mengembangkannya mengembara mengemis
mengemudi mengemudikan mengemuka mengemukakan mengena mengenai mengenainya mengenakan
mengenakannya mengenakkan mengenal mengenali mengenalinya mengenalkan mengenalku mengenalmu
mengenalnya mengenang mengenaskan mengencangkan mengendalikan mengendalikannya mengendap
mengendarai mengendus mengenyam mengenyangkan mengepakkan mengepalai mengepung mengerahkan
mengerang mengeras mengerem mengerikan mengering mengeringkan mengerjai mengerjakan
mengerjakannya mengerti mengertilah mengerutkan mengesahkan mengesampingkan mengesankan
mengetahui mengetahuinya mengetes mengetik mengetuk mengevakuasi mengevaluasi menggabungkan
menggabungkannya menggadaikan menggaet menggagalkan menggagas menggairahkan menggalakkan
menggalang menggali menggambar menggambarkan menggambarkannya menggandakan menggandeng
mengganggu mengganggumu mengganggunya menggangu mengganjal mengganti menggantikan
menggantikannya menggantinya menggantung menggantungkan menggapai menggapainya menggarap
menggaruk menggebrak menggebu menggelapkan menggelar menggelegar menggeleng menggeliat
menggelikan menggelitik menggeluti menggema menggemari menggemaskan menggembirakan menggemparkan
menggempur menggendong menggenggam menggerakan menggerakkan menggerogoti menggertak menggerutu
menggeser menggetarkan menggigil menggigit menggila menggiling menggiring menggiurkan menggoda
menggodamu menggodanya menggonggong menggoreng menggores menggosok menggoyahkan menggoyang
menggoyangkan menggugah menggugat menggugurkan menggulingkan menggulung menggumpal menggunakan
menggunakannya mengguncang menggunung menggusur mengguyur menghabisi menghabiskan menghadang
menghadap menghadapi menghadapinya menghadiahkan menghadiri menghadirkan menghafal menghajar
menghakimi menghalalkan menghalang menghalangi menghalangimu menghalanginya menghalau
menghaluskan menghambat menghamburkan menghampiri menghampiriku menghampirimu menghampirinya
menghancurkan menghancurkannya menghangatkan menghanguskan menghantam menghantar menghantarkan
menghantui menghapal menghapus menghapuskan menghapusnya mengharamkan mengharap mengharapkan
mengharapkanmu mengharapkannya menghargai menghargaimu menghargainya mengharukan mengharumkan
mengharuskan menghasilkan menghasut menghayati menghebohkan menghela menghemat menghembuskan
menghendaki menghentikan menghentikanmu menghentikannya mengherankan menghianati menghias
menghiasi menghibur menghiburmu menghiburnya menghidangkan menghidupi menghidupkan menghilang
menghilangkan menghilangkannya menghilangnya menghimbau menghimpun menghina menghinamu
menghindar menghindari menghindarinya menghindarkan menghipnotis menghiraukan menghirup
menghisap menghitam menghitung menghitungnya menghormati menghormatimu menghormatinya
menghubungi menghubungiku menghubunginya menghubungkan menghubungkannya menghujat menghukum
menghukummu menghukumnya menghuni mengibarkan mengidap mengidentifikasi mengidentifikasikan
mengidolakan mengijinkan mengikat mengikatkan mengikatnya mengikis mengiklankan mengikut
mengikuti mengikutinya mengikutsertakan mengilhami mengimbangi mengimbau mengimplementasikan
mengimpor menginap mengincar mengindahkan mengindikasikan menginduksi menginfeksi
menginformasikan mengingat mengingati mengingatkan mengingatkanku mengingatkanmu mengingatkannya
mengingatku mengingatmu mengingatnya menginginkan menginginkanmu menginginkannya mengingkari
mengingkarinya menginjak menginjakkan menginspirasi menginstal menginstruksikan mengintai
mengintegrasikan mengintimidasi mengintip menginvasi menginvestasikan menginvestigasi mengira
mengirim mengirimkan mengirimkannya mengirimnya mengiringi mengiris mengisahkan mengisap mengisi
mengisinya mengisolasi mengistirahatkan mengisyaratkan mengitari mengiyakan mengizinkan
mengizinkannya mengkaji mengkampanyekan mengkhawatirkan mengkhayal mengkhianati mengkhianatimu
mengkhianatinya mengkhususkan mengkilap mengkilat mengklaim mengklarifikasi mengklasifikasikan
mengklik mengkombinasikan mengkomunikasikan mengkonfirmasi mengkonfirmasikan mengkonsumsi
mengkonversi mengkoordinasikan mengkritik mengkritisi mengkudu mengobarkan mengobati
mengobatinya mengobrol mengocok mengolah mengoleksi mengoleskan mengolok mengomentari
mengonfirmasi mengonsumsi mengontak mengontrak mengontrol mengoperasikan mengoperasikannya
mengoptimalkan mengorbankan mengorbit mengorek mengoreksi mengorganisir mengosongkan mengotori
menguak menguap menguasai menguasainya menguat menguatkan mengubah mengubahmu mengubahnya
mengubur menguburkan mengucap mengucapkan mengucapkannya mengucur mengudara menguji mengujinya
mengukir mengukuhkan mengukur mengulang mengulangi mengulanginya mengulas mengulur mengulurkan
mengumandangkan mengumbar mengumpat mengumpulkan mengumumkan mengunakan mengunci mengundang
mengundangnya mengundi mengunduh mengundurkan mengunggah mengungguli mengungkap mengungkapkan
mengungkapkannya mengungkit mengungsi mengunjungi mengunjunginya menguntungkan mengunyah
mengupas mengupayakan mengupload mengurai menguraikan mengurangi menguras mengurung mengurungkan
mengurus mengurusi mengurusnya mengurutkan mengusahakan mengusap mengusik mengusir mengusirnya
mengusulkan mengusung mengusut mengutak mengutamakan mengutarakan mengutip mengutuk mengutus
menhub meniadakan menikah menikahi menikahinya menikahkan menikahlah menikam menikmati
menikmatinya menikung menilai menilaiku menilaimu menilainya menilik menimba menimbang
menimbulkan menimbun menimpa menimpaku menimpamu menimpanya menindak menindaklanjuti menindas
meninggal meninggalkan meninggalkanku meninggalkanmu meninggalkannya meninggalnya meninggi
meninggikan meningitis meningkat meningkatkan meningkatnya meninjau menipis menipu meniru
menirukan meniti menitikberatkan menitipkan menitnya meniup menjabarkan menjabat menjadi
menjadikan menjadikanku menjadikanmu menjadikannya menjadwalkan menjaga menjagaku menjagamu
menjaganya menjahit menjajah menjajakan menjajaki menjajal menjalani menjalaninya menjalankan
menjalankannya menjalar menjalin menjamah menjamin menjamu menjamur menjangan menjangkau
menjanjikan menjarah menjaring menjatuhkan menjatuhkanmu menjatuhkannya menjauh menjauhi
menjauhiku menjauhkan menjawab menjawabnya menjebak menjebol menjelajah menjelajahi menjelang
menjelaskan menjelaskannya menjelek menjelekkan menjelma menjembatani menjemput menjemputnya
menjengkelkan menjenguk menjepit menjerat menjerit menjerumuskan menjijikan menjijikkan menjilat
menjilati menjinakkan menjiplak menjodohkan menjorok menjual menjualnya menjuarai menjulang
menjuluki menjulurkan menjumpai menjunjung menjurus menkes menkeu menkominfo menobatkan menodai
menolak menolakmu menolaknya menoleh menolong menolongmu menolongnya menonaktifkan menonjol
menonjolkan menonton menontonnya menopang menopause menoreh menorehkan menpar menpora
mensimulasikan mensponsori menstabilkan menstimulasi menstruasi mensupport mensyaratkan
mensyukuri mentaati mentah mental mentalitas mentalnya mentang mentari mentawai mentega menteng
menteri menterinya menterjemahkan mentimun mention mentok mentolerir mentor mentoring
mentransfer mentransmisikan mentri menuai menuangkan menuding menuduh menuduhnya menugaskan
menuju menukar menukarkan menukik menular menularkan menulis menuliskan menuliskannya menulisnya
menumbangkan menumbuhkan menumbuk menumpahkan menumpang menumpas menumpuk menunaikan menunda
menundanya menunduk menundukkan menunggang menunggangi menunggu menungguku menunggumu
menunggunya menunjang menunjuk menunjukan menunjukkan menunjukkannya menuntaskan menuntun
menuntunmu menuntunnya menuntut menuntutnya menunya menurun menuruni menurunkan menurunkannya
menurunnya menurut menuruti menurutku menurutmu menurutnya menusuk menutup menutupi menutupinya
menutupnya menuturkan menyabet menyadap menyadari menyadarinya menyadarkan menyaingi menyajikan
menyakinkan menyakiti menyakitiku menyakitimu menyakitinya menyakitkan menyaksikan
menyaksikannya menyala menyalahgunakan menyalahi menyalahkan menyalak menyalakan menyalin
menyalip menyalurkan menyamai menyamakan menyamar menyamarkan menyambangi menyambar menyambung
menyambungkan menyambut menyambutnya menyampaikan menyampaikannya menyamping menyandang
menyandera menyangga menyanggupi menyangka menyangkal menyangkut menyanjung menyantap menyanyi
menyanyikan menyanyikannya menyapa menyapaku menyapamu menyapanya menyapu menyarankan menyaring
menyasar menyatakan menyatakannya menyatu menyatukan menyayangi menyayangiku menyayangimu
menyayanginya menyayangkan menyayat menyebabkan menyebabkannya menyebalkan menyebar menyebarkan
menyebarkannya menyebarluaskan menyeberang menyeberangi menyebrang menyebrangi menyebut
menyebutkan menyebutkannya menyebutnya menyederhanakan menyediakan menyedihkan menyedot
menyegarkan menyegel menyehatkan menyeimbangkan menyejahterakan menyejukkan menyeka
menyekolahkan menyela menyelam menyelamatkan menyelamatkanmu menyelamatkannya menyelami
menyelaraskan menyeleksi menyelenggarakan menyelesaikan menyelesaikannya menyelidiki menyelimuti
menyelinap menyelipkan menyelundupkan menyeluruh menyemangati menyematkan menyembah menyembelih
menyembuhkan menyembuhkannya menyembunyikan menyembunyikannya menyembur menyemburkan
menyempatkan menyempit menyemprot menyemprotkan menyempurnakan menyenangi menyenangkan
menyendiri menyengat menyengsarakan menyentuh menyentuhnya menyepakati menyepelekan menyerah
menyerahkan menyerahkannya menyeramkan menyerang menyerangnya menyerap menyerbu menyeret
menyeretnya menyergap menyeringai menyertai menyertainya menyertakan menyeru menyerukan
menyerupai menyesakkan menyesal menyesali menyesalinya menyesalkan menyesatkan menyesuaikan
menyetel menyetir menyetubuhi menyetujui menyetujuinya menyewa menyewakan menyia menyiapkan
menyiarkan menyibukkan menyikapi menyikapinya menyikat menyiksa menyiksaku menyilang
menyilangkan menyilaukan menyimak menyimpan menyimpang menyimpannya menyimpulkan menyinari
menyindir menyinggung menyingkap menyingkir menyingkirkan menyingkirkannya menyiram menyiratkan
menyisakan menyisihkan menyisipkan menyisir menyita menyodorkan menyokong menyolok menyombongkan
menyongsong menyontek menyorot menyoroti menyuap menyuarakan menyuburkan menyucikan menyudahi
menyudutkan menyuguhkan menyukai menyukaiku menyukaimu menyukainya menyukseskan menyulap
menyulitkan menyulut menyumbang menyumbangkan menyumbat menyuntikkan menyuplai menyurat menyuruh
menyuruhku menyuruhmu menyuruhnya menyurutkan menyusahkan menyusahkanmu menyusui menyusul
menyusulnya menyusun menyusunnya menyusup menyusuri menyusut meraba meracuni meradang meragukan
merahan merahasiakan merahnya meraih meraihnya merajai merajalela merajuk merajut meraka merakit
merakyat meramaikan meramal meramalkan merambah merambat merampas merampok merampungkan meramu
merana merancang merangin merangkai merangkak merangkap merangkul merangkum merangsang merantau
meranti merapat merapi merapikan merasa merasakan merasakannya merasuk merasuki merata meratakan
meratap meratapi merauke meraung meraup merawat merawatku merawatnya merayakan merayakannya
merayap merayu merbabu mercedes mercer merchandise merchant mercia mercury mercusuar merdeka
merealisasikan merebak merebus merebut merebutnya mereda meredakan meredam meredith mereduksi
meredup merefleksikan meregangkan mereka merekah merekalah merekam merekamnya merekapun
merekayasa mereknya merekomendasikan merekonstruksi merekrut merekrutnya merelakan merelakannya
meremas merembet meremehkan merencanakan merendah merendahkan merendam merengek merenggut
merenovasi merenung merenungi merenungkan merepotkan merepresentasikan mereproduksi meresahkan
meresap meresmikan merespon merespons merestui meretas merevisi merevolusi merger meriah meriam
merica merida merilis merinci merinding merindukan merindukanku merindukanmu merindukannya
meringankan meringis meringkas meringkuk meringkus merintih merintis meriwayatkan merkuri
merkurius merlin mermaid merobek merobohkan merogoh meroket merokok merombak merona meronta
merosot merpati mertua mertuaku mertuanya merubah merubahnya merugi merugikan merujuk merumput
merumuskan meruncing merunduk meruntuhkan merupakan merusak merusakkan merusaknya mesias
mesinnya mesjid meskipun message messaging messenger mestinya mesuji metabolik metabolisme
metafisika metafora metalik metallica metamorfosis metana meteor meteorit meteorologi meteran
method metode metodenya metodologi metrik metromini metropolis metropolitan metrotv meulaboh
mewadahi mewajibkan mewakili mewakilkan mewarisi mewariskan mewarnai mewaspadai mewawancarai
mewujudkan mewujudkannya mexico meyakini meyakinkan meyakinkannya mezbah michael michaels michel
michelin michelle michigan mickey microsd microsoft microwave middle middleton midnight midway
midwest miftah miftahul mighty migrain migran migrasi miguel mikael mikasa mikhail mikirin
mikroba mikrobiologi mikrofon mikroorganisme mikroskop mikroskopis milenial milenium miliar
miliaran miliarder miligram miliki milikilah milikku milikmu miliknya milimeter milisi militan
militer militernya millennium miller milliar millie million millionaire milner milton milwaukee
milyar milyaran mimbar mimika mimisan mimpikan mimpiku mimpimu mimpinya minahasa minami minang
minangkabau minati minatnya minato minder mindset minecraft mineral minggat minggir minggu
mingguan minggunya miniatur minibus minimal minimalis minimarket minimnya minimum mining minion
minnesota minnie minoritas mintalah minuman minumannya minumlah minumnya minute minutes minyak
minyaknya miracle mirage miranda miriam miring mirror mirrorless mirzani misaki misalkan
misalnya mischa mishima misinya misionaris miskin missing mission mississippi missouri mistar
mister misteri misterius mistik mistis mitchell mitigasi mitologi mitranya mitsubishi mixing
miyabi miyako miyuki mizwar mkhitaryan mobile mobilio mobilisasi mobilitas mobilku mobilnya
mochtar modalnya modeling modelnya moderat moderator moderen modern modernisasi modernitas
modifikasi modric modular module moeldoko mohamad mohamed mohammad mohammed mojang mojokerto
molekul molekuler moment momentum momongan monaco monarki moncong mondar monday mondok moneter
monggo mongol mongolia mongondow monica monique monitor monitoring monkey monogami monolog
monopoli monorel monoton monroe monsieur monster monsters montana montgomery montir montok
montreal monumen monumental monyet moonlight morales moralitas morata moratorium moreno morfin
morfologi morgan morning morotai morowali morris morrison mortal mortar mortimer mortir morton
moscow moskow mossad mostly mother motifnya motion motivasi motivasinya motivator motogp motong
motorik motorku motornya motorola motors mountain mountains mourinho movement movies moving
movistar moyang moyangnya mozaik mozambik mozart mozilla mualaf muasal muatan muatannya muawiyah
mubarak mubazir muchlis muchtar mucikari mudahan mudahkan mudahnya mudanya mueller muenchen
mufakat muffin muggle muhaimin muhamad muhammad muhammadiyah muharram mujahid mujahidin mujair
mujarab mujizat mukaku mukamu mukanya mukena mukjizat mukmin mukomuko mukosa muktamar mulailah
mulainya mulanya mulawarman muller multifungsi multimedia multinasional multiplayer multiple
multitasking mulutku mulutmu mulutnya mulyadi mulyana mulyani mulyono mumbai mumpung mumpuni
munafik munchen muncrat muncul munculkan muncullah munculnya mundur mundurnya mungil mungkin
mungkinkah munich munkar muntah muntahan munzir murahan murahnya murdoch muridnya murphy murray
mursyid murtad murung musafir musala musang muscle museum mushaf mushola musholla musibah
musikal musiknya musiman musimnya musisi musium muslihat muslim muslimah muslimat muslimin
musnah musnahkan mustafa mustahil mustang mustard mustika mustofa musuhku musuhmu musuhnya
musyawarah musyrik mutakhir mutant mutasi mutiara mutilasi mutlak mutual myanmar myeong myself
myspace mystic nabati nabawi nabila nabilah nabire nabung nadanya nadila nadine nafasku nafasmu
nafasnya nafkah nafsunya nagari nagasaki nagato nagita nagoya nahdlatul nahrawi naikan naikkan
naiknya nainggolan nairobi nakamura nakhoda naksir nakuti naluri namakan namaku namamu namanya
nambah namida nampak nampaknya nampan nanang nandini nanggroe nanggung nangis nangka nantikan
nantinya napasnya napoleon napoli narapidana narasi narasumber narator narkoba narkotika narnia
narsis naruto nasabah nascar nasdem nasehat nashville nasibmu nasibnya nasihat nasinya nasional
nasionalis nasionalisme naskah naskahnya nasrani nassar nastar nasution nasyid natalia natalie
natalis natasha nathan nathaniel nation national nations native natrium natsir natsume natsumi
natuna natural naturalisasi nature naufal naungan navigasi navigator nawacita nawawi nazaret
nazaruddin nebraska nebula negara negaramu negaranya negarawan negatif negatifnya negative
negera negeri negeriku negerinya negosiasi negosiator nektar nelayan nelpon nelson nembak nempel
nemuin nendang nenekku neneknya neneng nepotisme neptunus neraca neraka nerima nestle nestor
netanyahu netflix netizen netral netralitas network networking neurologis neuron neutron nevada
neverland neville newark newbie newcastle newman newsletter newton neymar ngajak ngajar ngakak
ngalamin ngambek ngambil ngamuk nganggur nganjuk ngantri ngantuk ngapain ngarai ngarep ngasih
ngawur ngebut ngehits ngejar ngelakuin ngelantur ngeliat ngelihat ngeluarin ngemil ngengat
ngentot ngerasa ngerasain ngerjain ngerti ngetop ngikutin ngiler nginap ngobrol ngoceh ngomel
ngomong ngomongin ngompol ngotot ngumpul ngurah ngurus ngurusin niagara niatan niatkan niatku
niatnya nicholas nichols nicolas nicole nietzsche nigeria nightmare nights nikahi nikita nikmat
nikmati nikmatilah nikmatnya nikolai nikotin nilaimu nilainya ninggalin ningsih nintendo nippon
nirkabel nirlaba nirmala nirvana nirwana niscaya nissan nitrat nitrogen nobita nobody nobunaga
noerdin nombor nomernya nominal nominalnya nominasi nomornya nonaktif nonaktifkan nonformal
nongkrong nongol nonstop nonton nopember norfolk normal normalisasi normalnya norman normandia
normatif norris northern norton norwegia norwich nostalgia notabene notaris notasi notebook
nothing notice notifikasi nottingham novanto novelis novelnya november novita nowhere nuansa
nubuat nugget nugini nugraha nugroho nuklir nuklirnya number numerik numpang nunggu nungguin
nunukan nunung nurani nuranimu nurbaya nurdin nurhadi nurhayati nusakambangan nusantara nutrisi
nutrition nvidia nyalakan nyaman nyamannya nyambung nyampe nyamuk nyangka nyangkut nyanyi
nyanyian nyanyikan nyaring nyaris nyasar nyatakan nyatanya nyawaku nyawanya nyebut nyeleneh
nyenyak nyerah nyesel nyetir nyiakan nyiakannya nyinyir nyobain nyokap nyoman nyonya nyuruh
oakland oatmeal obatan obatnya obelisk obesitas object objektif obligasi obrolan observasi
observatorium observer obsesi obsesif obyektif ocehan octavia october octopus odessa odyssey
oesman ofensif office officer official offline offset offside ofisial okelah okezone okinawa
oklahoma oksida oksidan oksidasi oksigen oktober olahan olahraga olahragawan olehku olehmu
olehnya oleskan olimpiade oliver olivia olivier olshop olympic olympics olympique olympus
ombaknya ombudsman omelan omongan omongannya ompong oneplus ongkir ongkos ongkosnya online
ontario ooredoo opening operan operasi operasikan operasinya operasional operasionalnya
operating operation operator opinion oplosan oposisi opsional optical optimal optimalisasi
optimalkan optimasi optimis optimisme optimistis optimum optimus option oracle orangan orange
orangnya orangtua orangtuaku orangtuamu orangtuanya orangutan oranje oranye orbital orbitnya
orchard orchestra orderan oregon organic organik organisasi organisasinya organisme organization
organizer orgasme oriental orientasi oriented oriflame origami original orisinal orisinil
orkestra orlando orleans ornamen orochimaru ortodoks osasuna osiris osteoporosis oswald otakku
otakmu otaknya otentik otentikasi others otodidak otomatis otomatisasi otomotif otonom otonomi
otopsi otorisasi otoritas otoriter ototnya ottoman outbound outdoor outfit outlet outline
outlook output outside ovarium overall overdosis overhead overload overseas oxford pabean pabrik
pabrikan pabriknya pacaran pacarku pacarmu pacarnya pacific pacitan package packaging packard
packing pacquiao pacuan padahal padaku padalarang padamkan padamu padanan padang padanya
padatnya paddington padepokan padjadjaran paduan paduka pagelaran paginya pagoda paguyuban
pahala pahaman pahami pahamilah pahanya pahatan pahitnya pahlawan pahlawannya pailit painting
pajajaran pajaknya pajama pajang pajangan pajero pakaian pakaiannya pakailah pakcik paketan
paketnya pakistan paksaan paksakan pakuan palace palang palangka palangkaraya palapa palembang
palermo palestina palimanan paling palmas palmer palmerah palopo palsukan palung pamali pamannya
pamekasan pamela pameran pamerkan pamflet pamitan pamong pamrih pamulang pamungkas panahan
panahnya panama panaskan panasnya panasonic pancake pancang pancaran pancasila pancing pancoran
pancuran pandaan pandai pandan pandang pandangan pandanganku pandanganmu pandangannya pandanglah
pandangmu pandangnya pandawa pandeglang pandemi pandey pandjaitan pandji pandora panduan
panduannya panekuk panelis pangalengan pangan panganan pangandaran pangdam pangeran panggang
panggangan panggil panggilan panggilannya panggul panggung panggungnya pangkal pangkalan
pangkalnya pangkalpinang pangkas pangkat pangkatnya pangkep pangkuan panglima pangrango pangsa
pangsit paniai panitera panitia panjaitan panjang panjangnya panjat panjatkan pankreas panorama
pansus pantai pantainya pantang pantangan pantas pantat pantatku pantatnya pantau pantauan
panther pantulan pantun pantura panutan panwaslu panzer papaku papanya paparan paparazzi
paparkan paprika parabola parade paradigma paradise paradoks paragon paragraf paraguay parahnya
parahyangan paralayang paralel paramedis parameter paramore parang parangtritis paranoid
paranormal parapat parasit parasut parcel parent parenting parents parepare parfum pariaman
parigi paripurna pariwisata parker parking parkinson parkir parkiran parkirnya parkit parlemen
parodi paroki parpol parsial parsons partai partainya partikel partisi partisipan partisipasi
partisipasinya partisipatif partner partnernya partnership paruhnya parung parutan parvati
pasadena pasalnya pasaman pasang pasangan pasanganmu pasangannya pasangkan pasaran pasarkan
pasarnya pascal pascasarjana pashmina pasien pasiennya pasifik pasirnya paskah paskibra
paskibraka paslon pasokan paspampres paspor pasrah passing passion passport password passwordnya
pastel pastikan pastilah pastinya pastor pastur pasukan pasukannya pasundan pasuruan pasutri
pasword patahan patahkan patogen patokan patologi patologis patrice patricia patrick patriot
patriotik patriotisme patroli pattern patterson pattimura patton patuhi patung patungan
patungnya paulus pavilion paviliun pawang payakumbuh payment paypal paytren payudara payudaraku
payudaranya payung peabody pearce pearson pebalap pebisnis pebruari pecahan pecahkan pecahnya
pecandu pecinan pecinta pecundang pedagang pedalaman pedang pedangdut pedangnya pedesaan pedoman
pedrosa peduli pedulikan pegadaian pegang pegangan pegasus pegawai pegawainya pegiat pegulat
pegunungan pejabat pejabatnya pejalan pejamkan pejantan pejaten pejuang pekalongan pekanbaru
pekarangan pekerja pekerjaan pekerjaanku pekerjaanmu pekerjaannya pekerjakan pekerjanya pekerti
peking pelabuhan pelacak pelacakan pelacur pelacuran pelafalan pelajar pelajaran pelajarannya
pelajari pelajarilah pelaksana pelaksanaan pelaksanaannya pelaku pelakunya pelalawan pelamar
pelaminan pelampiasan pelampung pelana pelancar pelancong pelanggan pelanggannya pelanggar
pelanggaran pelangi pelangsing pelantikan pelapis pelapisan pelapor pelaporan pelarangan pelari
pelarian pelariannya pelarut pelataran pelatih pelatihan pelatihannya pelatihnya pelatnas
pelatuk pelaut pelawak pelayan pelayanan pelayanannya pelayannya pelayaran pelbagai pelebaran
peleburan pelecehan peledak peledakan pelelangan pelemahan pelembab pelempar pelemparan
pelengkap pelepah pelepasan pelestarian peletakan peleton pelihara peliharaan peliharaannya
peliharalah pelindo pelindung pelindungmu pelindungnya pelipur pelita pellegrini pelontar
pelopor pelosok peluang peluangnya peluit pelukan pelukanmu pelukannya pelukis pelumas pelunasan
peluncur peluncuran peluncurannya pelupa peluru pemaaf pemabuk pemadam pemadaman pemahaman
pemahat pemain pemainnya pemakai pemakaian pemakaiannya pemakainya pemakaman pemakamannya
pemakan pemaknaan pemaksaan pemakzulan pemalang pemalas pemalsuan pemalu pemanah pemanas
pemanasan pemancar pemancing pemancingan pemandangan pemandangannya pemandian pemandu pemanenan
pemanfaatan pemanggang pemanggil pemanggilan pemangkasan pemangku pemangsa pemanis pemantapan
pemantau pemantauan pemantik pemaparan pemarah pemasangan pemasaran pemasok pemasukan
pemasyarakatan pematang pematangan pematangsiantar pembaca pembacaan pembacanya pembagi
pembagian pembaharuan pembahasan pembahasannya pembajak pembajakan pembakar pembakaran pembalap
pembalasan pembalikan pembalut pembanding pembangkang pembangkangan pembangkit pembangkitan
pembangun pembangunan pembangunannya pembantaian pembantu pembantunya pembaptis pembaptisan
pembaruan pembasmi pembatalan pembatas pembatasan pembawa pembawaan pembayar pembayaran
pembayarannya pembebasan pembeda pembedaan pembedahan pembekalan pembekuan pembela pembelaan
pembelahan pembelajar pembelajaran pembelajarannya pembelanjaan pembeli pembelian pembelinya
pembenahan pembenaran pembenci pembengkakan pembentuk pembentukan pembentukannya pemberangkatan
pemberani pemberantasan pemberat pemberdayaan pemberhentian pemberi pemberian pemberiannya
pemberitaan pemberitahuan pemberlakuan pemberontak pemberontakan pembersih pembersihan pembesar
pembesaran pembiayaan pembibitan pembicara pembicaraan pembicaraannya pembimbing pembina
pembinaan pemblokiran pembobolan pembohong pembohongan pembom pemboman pembongkaran pemborosan
pembuahan pembuangan pembuat pembuatan pembuatannya pembuatnya pembubaran pembuka pembukaan
pembukaannya pembuktian pembukuan pembuluh pembungkus pembunuh pembunuhan pembunuhannya
pembunuhnya pemburu pembusukan pemecah pemecahan pemecatan pemegang pemekaran pemelihara
pemeliharaan pemeluk pemenang pemenangan pemenangnya pementasan pemenuhan pemeran pemerannya
pemeras pemerasan pemerataan pemerhati pemeriksa pemeriksaan pemeringkatan pemerintah
pemerintahan pemerintahannya pemerintahnya pemerkosa pemerkosaan pemersatu pemesan pemesanan
pemetaan pemicu pemicunya pemikat pemikir pemikiran pemikirannya pemilih pemilihan pemilihannya
pemilik pemilikan pemiliknya pemilu pemilukada pemimpi pemimpin pemimpinnya peminat peminatan
peminatnya pemindahan pemindai pemindaian peminjam peminjaman peminum pemirsa pemisah pemisahan
pemkab pemkot pemodal pemodelan pemogokan pemohon pemotong pemotongan pemotretan pempek pemprov
pemrograman pemrosesan pemuas pemuatan pemuda pemudi pemudik pemugaran pemuja pemujaan pemuka
pemukiman pemukul pemukulan pemula pemulangan pemulihan pemulung pemuncak pemungut pemungutan
pemurah pemurnian pemusatan pemusik pemusnah pemusnahan pemutakhiran pemutar pemutaran pemutih
pemutusan penabur penafsiran penagihan penahan penahanan penajam penakluk penaklukan penakut
penalaran penalti penalty penamaan penambah penambahan penambang penambangan penampakan
penampakannya penampang penampil penampilan penampilanmu penampilannya penampung penampungan
penanam penanaman penanda penandatangan penandatanganan penang penanganan penanganannya
penanggalan penangguhan penanggulangan penanggung penangkal penangkap penangkapan penangkapannya
penangkaran penantang penantian penanya penari penarik penarikan penasaran penasehat penasihat
penata penataan penataran penatua penawar penawaran penawarannya penayangan pencabulan pencabut
pencabutan pencaharian pencahayaan pencairan pencak pencakar pencalonan pencampuran pencapaian
pencapaiannya pencari pencarian pencariannya pencatat pencatatan pencegah pencegahan pencemaran
pencerah pencerahan pencerahannya penceramah pencernaan pencet pencetak pencetakan pencetus
pencil pencinta pencipta penciptaan penciptanya pencitraan penciuman pencobaan pencoblosan
pencocokan pencopet pencuci pencucian penculik penculikan pencuri pencurian pendaftar
pendaftaran pendaftarannya pendahulu pendahuluan pendahulunya pendaki pendakian pendalaman
pendamping pendampingan pendampingnya pendanaan pendapat pendapatan pendapatannya pendapatmu
pendapatnya pendarahan pendaratan pendataan pendatang pendayagunaan pendek pendekar pendekatan
pendeknya pendem pendemo pendendam pendengar pendengaran pendengarnya penderita penderitaan
penderitaannya penderitanya pendeta pendeteksi pendewasaan pendiam pendidik pendidikan
pendidikannya pending pendingin pendinginan pendiri pendirian pendiriannya pendirinya
pendistribusian pendonor pendopo pendorong pendosa penduduk pendudukan penduduknya pendukung
pendukungnya pendusta penebangan penebus penebusan penegak penegakan penegasan penekanan
penelepon peneliti penelitian penelitiannya penelope penelusuran penembak penembakan penempatan
penemu penemuan penemuannya penenang penengah penentang penentu penentuan penerang penerangan
penerapan penerapannya penerbang penerbangan penerbangannya penerbit penerbitan penerima
penerimaan penerimanya penerjemah penerjemahan penerjun penertiban penerus penerusnya penetapan
penetrasi pengabaian pengabdian pengabdiannya pengacara pengacaranya pengacau pengadaan
pengadilan pengaduan pengagum pengairan pengait pengajar pengajaran pengajian pengajuan
pengaktifan pengakuan pengakuannya pengalaman pengalamanku pengalamannya pengalihan pengamalan
pengaman pengamanan pengamat pengamatan pengambil pengambilalihan pengambilan pengamen pengampun
pengampunan penganan pengangguran pengangkatan pengangkut pengangkutan penganiayaan pengantar
pengantaran penganten pengantin penganut pengap pengapian pengarah pengarahan pengarang pengaruh
pengaruhi pengaruhnya pengasih pengasingan pengasuh pengasuhan pengatur pengaturan pengawal
pengawalan pengawalnya pengawas pengawasan pengawet pengawetan pengayaan pengebom pengeboman
pengeboran pengecekan pengecer pengecoran pengecualian pengecut pengedar pengejaran pengekspor
pengelana pengelasan pengelola pengelolaan pengelolaannya pengelompokan pengeluaran pengemasan
pengembalian pengembang pengembangan pengembangannya pengembara pengembaraan pengemis pengemudi
pengen pengenaan pengenal pengenalan pengendali pengendalian pengendara pengennya pengentasan
pengepul pengepungan pengerahan pengeras pengerat pengereman pengering pengeringan pengerjaan
pengerjaannya pengertian pengertiannya pengesahan pengetahuan pengetahuannya penggabungan
penggagas penggal penggalan penggalang penggalangan penggali penggalian penggambaran penggandaan
pengganggu pengganti penggantian penggantinya penggarapan penggaris penggawa penggelapan
penggeledahan penggemar penggemarnya penggembala penggerak penggerebekan penggiat penggila
penggiling penggilingan penggoda penggolongan penggorengan penggugat penggugur pengguna
penggunaan penggunaannya penggunanya penggusuran penghabisan penghakiman penghalang penghambat
penghancur penghancuran penghangat penghantar penghapus penghapusan pengharapan penghargaan
penghasil penghasilan penghasilannya penghayatan penghematan penghentian penghianat penghianatan
penghias penghibur penghiburan penghidupan penghijauan penghilang penghilangan penghinaan
penghisap penghitung penghitungan penghormatan penghubung penghujan penghujung penghukuman
penghulu penghuni penghuninya pengibar pengibaran pengidap pengikat pengiklan pengikut
pengikutnya pengin penginapan pengingat penginjil penginjilan pengintai pengintaian pengirim
pengiriman pengirimannya pengiring pengisap pengisi pengisian pengkajian pengkhianat
pengkhianatan pengkhotbah pengkodean penglihatan penglihatannya pengobatan pengobatannya
pengolah pengolahan pengontrol pengontrolan pengoperasian pengoperasiannya pengorbanan
pengorbananmu pengorbanannya pengorganisasian pengrajin pengrusakan penguapan penguasa
penguasaan penguat penguatan pengubah pengubahan penguburan pengucapan penguin penguji pengujian
pengukuhan pengukur pengukuran pengulangan pengumpul pengumpulan pengumuman pengumumannya
pengunci penguncian pengundian pengunduran pengungkapan pengungsi pengungsian pengunjuk
pengunjung pengurangan pengurus pengurusan pengusaha pengusahaan pengusir pengusiran pengusung
penida penikmat penilai penilaian penilaiannya penimbunan penindakan penindasan pening
peninggalan peninggi peningkatan peninjauan penipisan penipu penipuan peniru penisilin penisku
penisnya penistaan peniti penitipan penjabaran penjabat penjadwalan penjaga penjagaan penjaganya
penjahat penjahit penjaja penjajah penjajahan penjamin penjaminan penjara penjarahan penjarakan
penjaringan penjawab penjelajah penjelajahan penjelasan penjelasannya penjemputan penjepit
penjilat penjual penjualan penjualannya penjualnya penjudi penjumlahan penjurian penjuru
pennsylvania penobatan penodaan penolakan penolong penonton penontonnya penopang pensil pensiun
pensiunan pensiunnya pentagon pentas penting pentingnya pentolan penuaan penugasan penuhi
penuhnya penukaran penularan penulis penulisan penulisannya penulisnya penumpang penumpangnya
penumpukan penundaan penunggang penunggu penunjang penunjuk penunjukan penunjukkan penuntun
penuntut penuntutan penurun penurunan penurut penutup penutupan penutupnya penutur penuturan
penyadapan penyair penyajian penyakit penyakitnya penyalahgunaan penyaliban penyalur penyaluran
penyamaran penyambung penyambutan penyampaian penyandang penyanderaan penyangga penyangkalan
penyanyi penyanyinya penyaring penyaringan penyataan penyatuan penyayang penyebab penyebabnya
penyebar penyebaran penyebarannya penyeberangan penyebutan penyedap penyederhanaan penyedia
penyediaan penyedot penyegar penyegaran penyeimbang penyejuk penyelam penyelaman penyelamat
penyelamatan penyelenggara penyelenggaraan penyelesaian penyelesaiannya penyelewengan penyelidik
penyelidikan penyelundup penyelundupan penyemangat penyembah penyembahan penyembelihan penyembuh
penyembuhan penyempitan penyemprotan penyempurnaan penyendiri penyengat penyerahan penyerang
penyerangan penyerapan penyerbuan penyerbukan penyergapan penyertaan penyesalan penyesuaian
penyet penyewa penyewaan penyiapan penyiar penyiaran penyidik penyidikan penyihir penyiksaan
penyimpan penyimpanan penyimpanannya penyimpangan penyintas penyisihan penyitaan penyok
penyokong penyuapan penyubur penyucian penyuka penyulingan penyuluh penyuluhan penyumbang
penyumbatan penyunting penyusun penyusunan penyusup penyusupan penyusutan people pepatah pepaya
peperangan pepohonan pepper perabot perabotan peradaban peradangan peradilan peraga peragaan
perahu peraih perairan perajin perakitan peralatan peralatannya peralihan peramal peramban
perampas perampasan perampok perampokan peranakan peranan peranannya perancang perancangan
perancis perang perangai perangkap perangkat perangkatnya perangko perangnya perangsang perankan
perannya perantara perantaraan perantau perantauan peranti perapian perasa perasaan perasaanku
perasaanmu perasaannya perasan peraturan peraturannya perawan perawat perawatan perawatannya
perawi perayaan perbaikan perbaikannya perbaiki perban perbandingan perbankan perbanyak
perbatasan perbedaan perbedaannya perbekalan perbelanjaan perbendaharaan perbesar perbincangan
perbuat perbuatan perbuatanmu perbuatannya perbudakan perbukitan perbulan perburuan percabangan
percakapan percakapannya percampuran percaya percayai percayakah percayakan percayalah percepat
percepatan perceraian percetakan percikan percintaan percobaan percobaannya percontohan percuma
perdagangan perdamaian perdana perdanakusuma perdananya perdarahan perdata perdebatan perdesaan
perduli perebutan pereda peredam peredaran peregangan perekam perekaman perekat perekonomian
perekrutan peremajaan perempat perempatan perempatfinal perempuan perempuannya perenang
perencana perencanaan perenungan peresmian peretas peretasan perfect perfeksionis perfilman
perform performa performance performanya perfume pergantian pergaulan pergelangan pergelaran
pergerakan pergerakannya pergeseran pergilah perginya pergolakan pergub pergulatan pergumulan
pergunakan perguruan perhari perhatian perhatianku perhatianmu perhatiannya perhatikan
perhatikanlah perhelatan perhentian perhiasan perhimpunan perhitungan perhitungannya
perhitungkan perhotelan perhubungan perhutani periang peribadatan peribadi peribahasa perihal
perikanan periklanan periksa periksalah perilaku perilakunya perilisan perimbangan perimeter
perincian perindo perindu perindustrian peringatan peringatkan peringkat perintah perintahkan
perintahnya perintis period periode periodik perisai peristirahatan peristiwa periuk perizinan
perjaka perjalan perjalanan perjalananku perjalananmu perjalanannya perjamuan perjanjian
perjodohan perjuangan perjuangannya perjuangkan perjudian perjumpaan perkakas perkalian perkamen
perkampungan perkantoran perkapalan perkara perkasa perkataan perkataanmu perkataannya
perkawinan perkawinannya perkebunan perkedel perkelahian perkemahan perkembangan perkembangannya
perkembangbiakan perkenalan perkenalkan perkerjaan perkins perkiraan perkirakan perkosa
perkosaan perkotaan perkuat perkuliahan perkumpulan perkusi perlahan perlakuan perlakukan
perlambatan perlawanan perlengkapan perlengkapannya perlihatkan perlindungan perlindungannya
perlintasan perlombaan perluas perluasan perlukah perlukan perlunya permadani permai permainan
permainannya permainkan permaisuri permalukan permana permanen permanent permasalahan
permasalahannya permata permen permintaan permintaannya perminyakan permisi permodalan
permohonan permukaan permukaannya permukiman permulaan permusuhan permusyawaratan pernafasan
pernah pernahkah pernahkan pernak pernapasan perniagaan pernik pernikahan pernikahanku
pernikahannya pernyataan pernyataannya perokok peroksida peroleh perolehan perombakan perompak
perontok perorangan perpaduan perpajakan perpanjang perpanjangan perpecahan perpindahan
perpisahan perpolitikan perppu perpres perpustakaan perputaran persada persahabatan
persahabatannya persaingan persalinan persamaan persatu persatuan persaudaraan persawahan
persebaran persebaya persediaan persegi persegres persekongkolan persekusi persekutuan persela
perselingkuhan perselisihan persembahan persembahkan persembunyian persembunyiannya persen
persendian persenjataan persentase persentasi perseorangan persepsi perserikatan persero
perseroan perseru persetan perseteruan persetubuhan persetujuan persetujuannya perseus persia
persiapan persiapannya persiapkan persib persiba persidangan persie persija persik persikabo
persilahkan persilangan persilatan persimpangan persinggahan persipura persis persisam persisnya
persita persiwa persoalan persoalannya person persona personal personalia personality personel
personelnya personil personilnya perspektif persuasif persyaratan persyaratannya pertahanan
pertahanannya pertahankan pertahun pertama pertamakali pertamaku pertamamu pertamanan pertamanya
pertamax pertambahan pertambangan pertamina pertanahan pertanda pertandingan pertandingannya
pertanggung pertanggungjawaban pertanian pertaniannya pertanyaan pertanyaanku pertanyaanmu
pertanyaannya pertanyaanya pertanyakan pertapa pertaruhan pertaruhkan pertarungan pertarungannya
pertemanan pertempuran pertemuan pertemuannya pertemukan pertengahan pertengkaran pertentangan
pertiga pertigaan pertikaian pertimbangan pertimbangkan pertiwi pertobatan pertokoan pertolongan
pertukangan pertukaran pertumbuhan pertumbuhannya pertumpahan pertunangan pertunjukan
pertunjukannya pertunjukkan perubahan perubahannya perumahan perumnas perumpamaan perumusan
perundang perundangan perundingan perunggu peruntukan peruntungan perusahaan perusahaannya
perusahan perusak perusakan perusuh perutku perutmu perutnya perwakilan perwalian perwira
perwujudan perzinahan pesaing pesaingnya pesanan pesanannya pesanggrahan pesangon pesannya
pesantren pesatnya pesawaran pesawat pesawatnya pescara peselancar pesepak pesepakbola pesepeda
peserta pesertanya pesiar pesilat pesimis pesisir pesohor pesona pesonanya pestisida pesulap
pesuruh petahana petaka petamburan petang petani petarung petasan petenis peternak peternakan
peterpan peters petersburg peterson petikan petinggi petinju petisi petrokimia petroleum
petronas petrus petuah petualang petualangan petualangannya petugas petugasnya petunjuk
petunjuknya peugeot pevita pewangi pewaris pewarna pewarnaan pewarta pewayangan peziarah phablet
phantom phelps philadelphia philip philippe philips phillip phillips phobia phoebe phoenix
photobook photographer photography photos photoshop phuket physical piagam piaggio pialang
pianis piaraan piawai picasso piccolo pickup picture pictures pidana pidato pidatonya pierce
pierre pigeon pigmen pihaknya pijakan pijatan pikachu pikiran pikiranku pikiranmu pikirannya
pikirin pikirkan pikirkanlah pikirku pikirnya piknik piksel pilbup pilgrim pilgub pilihan
pilihanku pilihanmu pilihannya pilihkan pilihlah pilihnya pilkada pilkades pilotnya pilpres
pimpin pimpinan pimpinannya pinalti pinang pinangan pincang pindad pindah pindahan pindahkan
pindang pinggang pinggangnya pinggir pinggiran pinggul pinggulnya pingin pingsan pinguin pinjam
pinjaman pinjamkan pinocchio pinokio pinrang pintar pintarnya pintas pinter pinterest pintumu
pintunya pioneer pionir pipiku pipimu pipinya pippin piramid piramida pirang piranha pirate
pirates piring piringan piringnya pisahkan pisang pisces pistol piston pitaloka pitcher
pittsburgh piutang piyama plafon plagiat plakat planet plankton planning plasenta plasma plastic
plastik platform platinum playboy player playground playing playlist playmaker playoff
playstation playstore please plengkung plester plugin plural pluralisme plutonium pneumonia
pochettino pocket pocong podcast podium podolski podomoro pohonnya poinnya pointer points poison
pojokan pokemon pokoknya polandia polanya polaroid polemik polhukam police policy poligami
polimer polisi polisinya politeknik political politik politiknya politikus politis politisasi
politisi polling polong polres polresta polrestabes polsek poltekkes polusi polutan polwan
pomade pompeii ponakan pondasi pondok ponorogo ponpes ponsel ponselku ponselnya pontianak
popcorn popeye popular popularitas popularitasnya populasi populasinya populer populernya
pornografi porsche porselen porsinya portabel portable portal porter portfolio portland portman
portofolio portugal portugis poseidon posesif posisi posisikan posisiku posisimu posisinya
positif positifnya position positive posted poster posterior posting postingan postingannya
postur posyandu potasium potato potensi potensial potensinya potong potongan potret potter
pounds poundsterling powder powell powerbank powerful powerpoint powers prabayar prabowo
prabumulih practice pragmatis prajurit prajuritnya prakarsa prakarya prakasa prakash prakiraan
prakoso praktek praktekkan prakteknya praktik praktiknya praktikum praktis praktisi prambanan
pramoedya pramono pramugari pramuka pramusim pranata prancis prangko pranowo praperadilan
prasangka prasarana prasasti prasejarah prasetya prasetyo prasmanan prasyarat pratama pratap
pratiwi prayitno precious predator predikat prediksi prefektur preferensi preman prematur
premier premiere premis premium prescott presdir preseden present presentasi presenter presiden
presidennya president presidium presipitasi presisi presley pressure prestasi prestasinya
prestise prestisius preston pretty prevalensi preventif preview prianya pribadi pribadiku
pribadimu pribadinya pribumi prihatin prilaku prilly primadona primary primata primer primitif
prince princes princess princeton principal pringsewu prinsip prinsipnya printer printing
prioritas prioritaskan priority prisma prison privacy privasi privat private privatisasi priyayi
proaktif probabilitas problem problema probolinggo process processing processor produce producer
product production products produk produknya produksi produksinya produktif produktivitas
produsen produser profesi profesinya profesional profesionalisme profesionalnya profesor
professional professor profil profile profilnya profit progam program programer programmer
programming programnya progres progresif progress project projek proklamasi prolog prometheus
promise promonya promosi promosikan promotion promotor prompt propaganda propam proper properti
propertinya property propinsi propolis proporsi proporsional proposal proposisi prosedur
prosedurnya proses prosesi prosesnya prosesor prospect prospek prostat prostitusi protagonis
protect protected protection protein proteksi protektif protes protestan protocol protokol
protokoler proton prototipe prototype providence provider provinsi provokasi provokatif provost
proyek proyeknya proyeksi proyektil proyektor prudential psikiater psikiatri psikis psikolog
psikologi psikologis psikopat psikotes psycho psychological psychology puasanya puaskan pubertas
public publik publikasi publish publisher publishing publisitas pudding puding puerto puisinya
puitis pujaan pujangga pujian pujiannya pukulan pukuli pulalah pulang pulangkan pulanglah
pulangnya pulaunya pulihkan pulitzer pulogadung pulpen pulsar puluhan puncak puncaknya pundak
pundakku pundaknya punggawa punggung punggungku punggungnya pungli pungut pungutan punjab
punjabi puntung punyai punyaku punyamu purbakala purbalingga purnama purnawirawan purnomo purple
purpose purwakarta purwanto purwarupa purwodadi purwokerto purworejo purwosari pusaka pusamania
pusaran pusatnya pusing puskesmas puspita pustaka pustakawan putaran putera puteranya puteri
puterinya putihnya puting putranya putriku putrinya putusan putuskan putusnya puzzle pyongyang
pyramid python qayyim qualcomm quality quantum quarter quebec queens queensland quentin question
quidditch quincy quintus quotes quraisy qurban qwerty rabbit rabies rachel rachman rachmat
racikan racing racunnya radang radcliffe radial radiasi radiator radikal radikalisme radioaktif
radionya raditya radius rafael raffles rafting raganya ragukan ragunan rahadian rahang rahardjo
raharja raharjo rahasia rahasiakan rahasiamu rahasianya rahayu rahimahullah rahmad rahmah rahman
rahmat rahmatullah rahmawati rahsia rahwana raider raihan raihlah raikkonen rainbow rajanya
rajasa rajawali rajutan rakaat rakernas rakesh rakitan raksasa rakyat rakyatku rakyatnya raleigh
ramadan ramadhan ramadhani ramainya ramalan ramayana rambah rambat rambut rambutan rambutku
rambutmu rambutnya ramesh ramirez ramlan ramona rampas rampasan ramping rampok rampung ramsay
ramses ramsey ramuan rancaekek rancang rancangan rancangannya rancho randall randolph random
ranger rangers rangga rangka rangkaian rangkap rangkasbitung rangking rangkuman rangsang
rangsangan ranieri ranjang ranjau ranking ransel ransum rantai rantau ranting ranveer rapatkan
rapatnya raphael raport rapper raptor rapunzel rasain rasakan rasanya rashford rasial rasional
rasionalisasi rasionalitas rasisme raskin raspberry rasulullah rasuna rasyid ratakan ratapan
rating ratusan ravenclaw rawamangun rawatlah rayakan raymond rayuan reader readers reading
reagan reaksi reaksimu reaksinya reaktif reaktor realisasi realistik realistis realita realitas
reality really realtime reaper reason rebana rebecca reboisasi reboot reborn rebound rebung
rebusan rebutan recall recehan receiver recent recommended record recorder recording records
recovery recycle redaksi redaktur reduksi referendum referensi referral reflek refleks refleksi
reflektif reformasi refrain refresh refreshing refund regenerasi reggae reggie regina region
regional register registrasi registry regresi regular regulasi regulator reguler rehabilitasi
reinkarnasi rejang rejeki rekaan rekaman rekamannya rekanan rekannya rekapitulasi rekayasa
rekening rekeningnya reklamasi reklame rekomendasi rekomendasikan rekonsiliasi rekonstruksi
rekreasi rekrut rekrutan rekrutmen reksadana rektor rektorat rektum relakan relaks relaksasi
relasi related relatif relation relations relationship relative relativitas relawan release
relevan relevansi relief religi religius relokasi relung remaja remake remang rematik rembang
rembulan remehkan remember remisi remote rempah renaissance renang renangnya renata renault
rencana rencanakan rencanamu rencananya rendah rendahan rendahkan rendahnya rendam rendang
rendra renggang renovasi rental rentan rentang rentenir rentetan renungan renungkan renyah
repair reparasi repeat repetisi replay replika replikasi report reportase reporter repost
representasi representatif represif reproduksi repsol reptil republic republik republika
reputasi reputasinya request rerata rerumputan reruntuhan resapan rescue research reseller
resensi resepnya resepsi resepsionis reseptor reserse reservasi reserve resesi reshuffle residen
residence resident residu resign resiko resikonya resimen resistance resisten resistensi
resistor reskrim resleting resmikan resminya resolusi resonansi resort resource resources
respect respek respirasi respon responden responnya respons response responsibility responsif
restart restaurant restoran restorannya restorasi restrukturisasi result resume retail retakan
retensi retina retorika retreat retret retribusi return reuben reuters revenge reverse review
revisi revitalisasi revival revolusi revolusioner revolution reward reynolds rezeki rezekinya
rhapsody rhodes riasan ribbon ribuan ricardo richard richards richie richmond richter riddle
riding ridley ridwan rights rihanna rileks rilisan rilisnya rimbun rimpang rincian rinciannya
rindang rindukan ringan ringgit ringkas ringkasan rinjani rintangan rintihan rintik rintisan
ripper risalah risaukan risetnya risiko risikonya rising rismaharini ritchie ritsleting ritual
rivalitas rivalnya rivera rivers riverside riviera riwayat riwayatnya riyadh riyadi riyanto
rizieq roadshow robben robbie robbins robert roberta roberto roberts robertson robinson robotik
robotika robusta rochester rocker rocket rockstar rodanya rodgers rodney rodrigo rodriguez
rogers rohani rohingya rohnya roknya rokoknya roland roller rolling romance romania romansa
romantic romantik romantis romantisme romantisnya romawi rombongan romero ronald ronaldo rongga
rongsokan ronnie rontok rooftop rookie rooney roosevelt rosalie rosario rosberg rosemary rosita
rotary rotasi rotinya rotterdam roulette router routing rowling royale royalti royong ruangan
ruangannya rubber rubrik rudiantara rudolph ruginya rujukan rumahan rumahku rumahmu rumahnya
rumania rumbai rumitnya rumornya rumpun rumput rumusan rumusnya runcing runner running runtuh
runtuhnya runway rupanya rupawan rupert rupiah rusaknya ruslan russel russell russia russian
rustam rusuknya rusunawa ruteng rutenya rutinitas saatnya sabana sabang sabaran sabarlah sabhara
sableng sablon sabotase sabrina sabung sacramento sadako sadari sadarilah sadarkah sadarkan
sadarlah sadarnya saddam sadikin safari safety safira sagitarius sagittarius sahabat sahabatku
sahabatmu sahabatnya sahaja sahamnya sahara saifuddin saiful saigon sailor saingan saingannya
saipul sajadah sajakah sajalah sajian sajikan sakinah saking sakitan sakiti sakitku sakitmu
sakitnya saklar sakral sakramen saksama saksikan saksinya sakunya sakura salaam saladin salafi
salahkan salahku salahmu salahnya salahsatu salamah salaman salamku salatiga salazar salemba
salesman salinan salinannya saling sallam salman salmon salmonella salomo saluran salurkan
salute salvador salvatore samakan samalah samantha samanya samapai samara samaran samaria
samarinda samasekali sambal sambaran sambas sambel sambil sambilan sambung sambungan sambungkan
sambut sambutan sambutannya sameer samosir sampah sampahnya sampai sampaikan sampailah sampan
sampang sampanye sampdoria sampean sampel sampeyan samping sampingan sampingku sampingmu
sampingnya sampit sample sampling sampoerna sampul sampulnya samsat samson samsons samsul
samsung samudera samudra samuel samurai sanalah sanchez sanctuary sandal sandang sandaran
sandera sanders sandiaga sandiwara sandra sandro sandwich sangar sangat sangatlah sangatta
sanggar sanggau sanggul sanggup sangihe sangka sangkar sangkuriang sangkut sangsi sanitasi
sanjay sanjaya sanjungan sanksi sansekerta sanskerta santai santan santana santap santapan
santer santet santiago santika santos santosa santoso santri santrinya santun santunan sanusi
sapaan sapalah saphira sapinya sapphire sapporo sapuan saputangan saputra saracen saragih sarana
sarang sarangnya sarankan sarannya sarapan sarapannya saraswati sarawak sarden sariawan sarinah
saring saringan sarjana sarolangun sartika sarumpaet sarung sasana sasaran sasarannya sasono
sassuolo sastra sastrawan sastro sasuke satelit satgas satlantas satoshi satpam satpol satria
satrio satuan satukan satunya satupun saturday saturnus saudagar saudara saudaraku saudaramu
saudaranya saudari saudarinya sauron savage savana savannah saving sawahlunto sawangan sawyer
sayaka sayang sayangi sayangkan sayangku sayangmu sayangnya sayapnya sayatan sayembara saying
sayonara sayuran sayyaf sayyid sayyidina sbmptn scandal scanner scanning scarecrow scarlet
scarlett schalke schedule schmidt schneider scholarship school schultz science scientific
scientist scooby scooter scorpio scorpion scotland scream screen screening screenshoot
screenshot script scroll scudetto seabad seadanya seafood seakan seandainya seangkatan seantero
searah search searching season seattle sebabkan sebabnya sebaga sebagai sebagaian sebagaimana
sebagainya sebagi sebagian sebagiannya sebagus sebahagia sebahagian sebaik sebaiknya sebalik
sebaliknya sebanding sebangsa sebanyak sebaran sebarang sebarkan sebastian sebatang sebatas
sebaya sebegini sebegitu sebelah sebelahku sebelahnya sebelas sebelum sebelumnya sebelumya
sebenar sebenarnya sebenernya sebentar sebentuk seberang seberapa seberat seberuntung sebesar
sebetulnya sebgai sebidang sebilah sebisa sebisanya seblak sebodoh sebongkah sebotol sebuah
sebulan sebungkus seburuk sebutan sebutannya sebutir sebutkan secangkir secantik secara secarik
secepat secepatnya secercah second secret section sector secuil secukupnya secure securities
security sedalam sedang sedangkan sedarah sedari sedayu sedekah sedekat sedemikian sederajat
sederet sederhana sederhananya sedetik sediaan sediakan sedianya sedihnya sedikit sedikitnya
sedikitpun sedimen sedingin sedotan sedulur sedunia seeker seekor seenak seenaknya segala
segalanya segampang segara segaris segelas segelintir segenap segenggam segera segeralah
segerombolan segiempat segini segitiga segitu segmen segment segmentasi segudang sehabis seharga
sehari seharian seharus seharusnya sehati sehatnya sehebat sehelai sehingga sehubungan seiman
seimbang seindah seirama seiring seismik seizin sejagat sejahat sejahtera sejajar sejalan
sejarah sejarahnya sejarawan sejati sejatimu sejatinya sejauh sejawat sejenak sejenis sejenisnya
sejoli sejujurnya sejumlah sejuta sekadar sekadau sekala sekali sekalian sekaligus sekalinya
sekalipun sekamar sekampung sekaran sekarang sekaranglah sekarat sekawan sekecil sekedar sekejap
sekelas sekelasnya sekeliling sekelilingmu sekelilingnya sekelompok sekeluarga sekembalinya
sekencang sekeping sekeras sekertaris seketika sekian sekilas sekira sekiranya sekitar sekitaran
sekitarku sekitarmu sekitarnya sekjen sekoci sekolah sekolahan sekolahku sekolahmu sekolahnya
sekota sekotak sekrang sekresi sekretariat sekretaris sekretarisnya sekrup seksama seksinya
seksnya seksual seksualitas seksualnya sektor sekuat sekuel sekujur sekuler sekumpulan sekunder
sekurang sekuritas sekuriti sekutu sekutunya selada selagi selain selaku selalu selalunya selama
selamanya selamat selamatan selamatkan selamatkanlah selancar selandia selang selangit selangkah
selangkangan selangor selanjutnya selaput selaras selasa selasar selatan selayaknya selayar
selebar selebaran selebgram selebihnya selebrasi selebritas selebriti selebritis select seledri
seleksi selektif selemah selembar selembut selempang selena selendang selenggarakan selengkapnya
selenium selepas selera seleranya selesa selesai selesaikan selesainya selfie selidiki selimut
seling selingan selingkuh selingkuhan selipkan selisih seller selling selnya selokan selongsong
seluar seluas selubung selular seluler selulosa seluncur seluruh seluruhnya selusin semacam
semacamnya semahal semakin semaksimal semalam semalaman semampu semampunya semangat semangatku
semangatlah semangatmu semangatnya semanggi semangka semangkuk semanis semantik semarak semarang
semasa semata semaumu semaunya sembah sembahyang sembako sembarang sembarangan sembari sembelit
sembilan sembiring semboyan sembrono sembuh sembuhkan sembunyi sembunyikan semburan semena
semenanjung semenarik semenit semenjak sementara semeru semesta semester semestinya semifinal
semilir seminar seminggu semisal semoga sempat sempatkan sempet sempit semprot semprotan
sempurna sempurnakan sempurnanya semuannya semuanya semuda semudah semula semunya semusim senada
senandung senang senangi senanglah senangnya senantiasa senapan senarai senasib senator senayan
senbatsu sendal sendang sendiri sendirian sendirilah sendirinya sendok senegal seneng sengaja
sengat sengatan senggang sengit sengketa sengon sengsara senilai seniman seninya senior
seniornya senjata senjatanya senonoh senopati senpai sensasi sensasinya sensasional sensei
sensitif sensitive sensitivitas sensor sensorik sensual sensus sentani senter sentiasa sentimen
sentimental sentimeter sentinel sentosa sentra sentral sentuh sentuhan sentul senyaman senyap
senyawa senyum senyuman senyumannya senyumlah senyummu senyumnya seohyun seolah seorang
seorangpun sepadan sepagi sepaham sepakat sepakati sepakbola sepang sepanjang sepantasnya
separah separatis separo separuh separuhnya sepasang sepatah sepatu sepatunya sepatutnya sepeda
sepedanya sepekan sepele sependapat sepengetahuan sepenggal sepeninggal sepenting sepenuh
sepenuhnya seperangkat seperempat seperi seperjuangan seperlima seperlunya sepert seperti
sepertiga sepertiku sepertimu sepertinya sepeser sepeserpun sepeti sepihak sepintar sepintas
sepiring sepotong seprai seprti september septian sepuas sepuasnya sepucuk sepulang sepuluh
sepupu sepupuku sepupunya seputar seputaran serabut seragam seragamnya serahkan serakah serambi
serang serangan serangannya serangga serangkaian serapan serasa serasi seratus seraya serbaguna
serbet serbia serbuan serbuk serdadu serdang sereal seremonial serempak serena serendah serentak
sergei sergey sergio serial seribu series serigala serikat sering seringkali seringlah seringnya
serinya serious serius seriusnya seronok serotonin serpihan serpong sersan sertai sertakan
sertifikasi sertifikat seruan seruling serumah serumit serunya serupa server servernya service
services serviks servis sesaat sesajen sesali sesalkan sesama sesamanya sesame sesampai
sesampainya sesederhana sesegera sesekali sesempurna seseorang sesepuh sesering sesiapa sesibuk
sesingkat sesorang sesosok session sesuai sesuaikan sesuatu sesuatunya sesudah sesudahnya sesuka
sesukamu sesukanya sesulit sesungguhnya setahu setahun setakat setalah setangkai setapak setara
setebal setelah setelahnya setelan setempat setengah setengahnya seterusnya setetes setiabudi
setianya setiap setiawan setibanya setidak setidaknya setimnya setimpal setinggi setingkat
setitik setlist setoran setrika setting settingan setuju setujui setumpuk seukuran seumpama
seumur seumuran seusai seusia seusianya seutas seutuhnya seventeen severus sevilla sewaan
sewajarnya sewaktu sewanya sewenang sexual seymour shades shadow shadows shahih shakespeare
shalat shalatnya shalawat shaleh shalih shalihah shallallahu shalom shaman shampo shampoo shandy
shanghai shangri shania shankar shannon shanti shaolin shared sharing sharma sharon sheeran
sheffield sheikh sheila shekhar shelby sheldon shelley shelly shelter shenzhen shepard shepherd
sheriff sherina sherlock sherly sherman sherry sherwood sheryl shibuya shiddiq shield shihab
shikamaru shilling shinee shingen shinhwa shinichi shinigami shining shinji shinjuku shinkansen
shinobi shinta shiori shipping shippuden shireen shirley shizuka shogun sholat sholawat sholeh
shooter shooting shopee shopping should shoulder showcase shower showroom shubuh shuffle shutter
shuttle siahaan siakan sialan sialnya siangnya sianida siantar siapakah siapapun siapkah siapkan
siaplah siaran siarannya siarkan siasat siberia sibolga sibuknya sickness sidang sidney sidoarjo
sidrap siemens sienna sierra sifatmu sifatnya sifilis signal signature signifikan signifikansi
sihirnya sijunjung sikapku sikapmu sikapnya siklus siksaan silahkan silahturahmi silakan
silalahi silang silaturahim silaturahmi silence silent silicon silika silikon silinder siliwangi
siloam silsilah siluet siluman silver silverstone silvia simalungun simanjuntak simatupang
simbiosis simbol simbolik simbolis simbolon simeone simetri simetris simeulue simfoni simmons
simone simorangkir simpan simpanan simpang simpanlah simpanse simpati simpatik simpatisan simpel
simple simplex simply simposium simpson simpul simpulkan simulasi simulator simultan sinabung
sinaga sinarmas sinarnya sinatra sinclair sindikasi sindikat sindiran sindoro sindrom sineas
sinema sinergi sinetron singapore singapura singaraja singel singer singgah singgasana singgung
singing singkarak singkat singkatan singkatnya singkawang singkil singkirkan singkong single
singosari singularitas sinilah sinjai sinkron sinkronisasi sinode sinonim sinopsis sintang
sinterklas sintesis sintetik sintetis sinting sinyal sinyalnya siomay siprus sirait siraman
siregar sirene sirius sirkuit sirkulasi sirkus sirsak sisakan sisanya sisihkan sisiku sisilia
sisimu sisinya sisipkan sistar sistem sistematik sistematika sistematis sistemik sistemnya
sister sisters sistim siswanto siswanya sitompul sitorus sitter situasi situasinya situbondo
situlah situmorang situsnya siuman sjafri skandal skandinavia skateboard skating skenario
skenarionya skeptis sketsa skills skincare skinner skinny skizofrenia skornya skotlandia skripsi
skuadron skuter skutik slamet slater slavina slayer sleeping sleman slogan slovakia slovenia
slytherin smallville smansa smartfren smartphone smartwatch smelter smiley smithsonian smoking
smooth smtown snapchat snapdragon sneaker sneakers sniper snmptn snorkeling snowden soalan
soalnya sobatku soccer social sociedad society socrates sodara sodium sodomi soedirman soeharto
soekarno soekarnoputri soekarwo soemarno soetomo softball softlens software sofyan sokongan
soldier solidaritas solidarity solomon solusi solusinya solution somalia sombong somebody
someday someone something sometimes somewhere songket sontak sophia sophie sopirnya soppeng
sorang soreang sorenya sorong sorotan sosial sosialis sosialisasi sosialisme sosialita sosialnya
sosiolog sosiologi sosiologis sosmed sosoknya soundcloud sounds soundtrack source southampton
southern souvenir soviet spaghetti spanduk spanish spanyol sparepart sparks sparrow sparta
spartacus spartan spasial speaker speaking spears special specialist species spectre spectrum
speech speedometer speedy spektakuler spektrum spekulasi spence spencer sperma sperti spesial
spesialis spesialisasi spesialnya spesies spesifik spesifikasi spesifikasinya spesimen sphinx
spider spiderman spidol spionase spiral spirit spiritual spiritualitas spirulina splash spoiler
sponge spongebob sponsor sponsorship spontan sportif sporting sports sportsbook sporty spotify
spread spring springfield springs sprint sprite square squarepants squidward sragen srigala
srikandi sriwijaya stabil stabilisasi stabilitas stadion stadium stafnya stagnan stainless
stakeholder stalin stamford stamina standar standard standardisasi standarnya standart standby
standing stanford stanley stanton starbucks started starter starting startup stasiun statement
states static station statis statistik statistika status statusmu statusnya stealth steele
steering stefan stefano stefanus steiner stella stempel stephan stephanie stephen stereo
stereotip steril sterilisasi sterling steroid steven stevens stevie stewart sticker stigma
stiker stikes stimulan stimulasi stimulus stitch stockholm stoknya stoner stones storage stories
straight strain strange stranger strata strategi strategic strateginya strategis strategy
stratifikasi strauss strawberry stream streaming street streets strength stress stretch strike
striker string stroberi stroke strong stronger struggle struktur struktural strukturnya stuart
student students studies studinya studio studios stupid sturridge stuttgart styles stylish
stylus suamiku suamimu suaminya suaraku suaramu suaranya suarez suasana suasananya subang subaru
subhanallah subianto subject subjek subjektif submit subroto subscribe subsidi substansi
substansial substitusi substrat subtitle subway subyek success sucinya sucipto sudahi sudahkah
sudahlah sudarso sudirman sudiro sudutnya sufyan sugeng sugesti sugianto sugiarto suguhan
suhaimi suharto suherman suhunya suicide suites sukabumi sukacita sukakan sukanya sukardi
sukarela sukarelawan sukarno sukhoi sukoharjo sukses suksesi suksesnya sukunya sulaiman sulawesi
sulbar sulfat sulfur suling sulitnya sullivan sulsel sultan sulteng sultra sulung sulungnya
sumadi sumarno sumarsono sumatera sumatra sumbang sumbangan sumbangkan sumbangsih sumbar sumbat
sumbawa sumber sumberdaya sumbernya sumbing sumedang sumenep sumeria summarecon summer summers
summit sumpah sumpahnya sumpit sumringah sumsel sumsum sunbae sundari sunday sunderland sundulan
sungai sungainya sungguh sungguhan sungkan sungkar sungkawa sungmin sunguh sunnah sunrise
sunscreen sunset sunshine sunsilk sunter suntik suntikan suntuk supardi supaya supercar
superhero superior superman supermarket supermodel supernatural supernova supersemar superstar
supervisi supervisor supirnya suplai suplemen suplier suport suporter supplier supply support
supporter supportnya supranatural suprapto supratman supremasi supreme supriyadi supriyanto
surabaya surakarta suratnya suresh surface surfing surganya surgawi suriah suriname suroboyo
surplus surprise suruhan survei survey survival survive survivor suryadi suryani susahnya
susanti susanto susilo suspensi sustainable suster susulan susunan susunya sutanto sutera
sutiyoso sutomo sutopo sutradara sutradaranya sutrisno sutton suvenir suzanne suzuki swadaya
swalayan swallow swansea swasembada swasta sweater swedia swimming switch switching switzerland
syafaat syafii syafruddin syahadat syahdu syahid syahputra syahrini syahrul syahwat syaiful
syaikh syaitan syamsuddin syamsudin syamsul syaraf syarat syaratnya syariah syariat syarief
syarif syarifuddin syarikat syawal sydney syeikh syetan syirik sylvester sylvia symbian symbol
syndicate syndrome system systems syuhada syukur syukuran syukuri syukurlah syukurnya syurga
syuting tabalong tabanan tabiat tablet tabligh tabloid tabrak tabrakan tabung tabungan taburan
tadashi tadinya taekwondo taeyang taeyeon tafsir tafsiran tagihan tagihannya tagline tahajud
tahanan tahanlah tahapan tahfidz tahiti tahlil tahlilan tahniah tahrir tahtanya tahukah tahukan
tahulah tahunan tahunnya tahunya taipan taipei taiwan tajwid takada takagi takalar takaran
takashi takbir takdir takdirku takdirmu takdirnya takeda takengon takeshi takhayul takhta taking
takjub takkan taklim takluk taklukan taklukkan takoyaki taktik taktis takuma takumi takuti
takutkan takutlah takutnya talang talaud talbot talent talenta taliban talinya taliwang talkie
talking talkshow tamansari tamara tamasya tamatan tambah tambahan tambahannya tambahkan tambak
tambal tambalan tambang tambora tambun tambunan tameng tamiang tampak tampaknya tampan tampang
tampangnya tampannya tampar tamparan tampil tampilan tampilannya tampilkan tampilnya tampung
tamunya tanahnya tanaka tanaman tanamannya tanamkan tancap tancredi tandai tandang tandanya
tandas tandatangan tandatangani tandem tanding tandingan tandingannya tandon tanduk tanduknya
tandus tangan tangani tanganku tanganmu tangannya tangerang tangga tanggal tanggalnya tanggamus
tangganya tanggap tanggapan tanggapannya tanggapi tangguh tanggul tanggung tanggungan
tanggungjawab tangis tangisan tangkai tangkap tangkapan tangkas tangki tangkis tangkuban tangsel
tanjakan tanjung tanjungbalai tanjungpinang tanker tanner tanpaku tanpamu tanpanya tantang
tantangan tantangannya tantenya tantowi tantra tantri tanyakan tanyalah tanyanya tanzania
tapanuli taplak tarakan tarbiyah tarekat target targetkan targetnya tarian tariannya tarifnya
tarigan tarikan tarikh tariknya taring taruhan taruhannya taruna tarung tarzan tasawuf tasbih
tasikmalaya tasnya taspen tatanan tatang tatapan tatapannya tataran tatiana tatkala tatsuya
tattoo taubah taubat taufan taufik taufiq tauhid taukah tauladan taunya taurat taurus tautan
tawakal tawanan tawang tawangmangu tawaran tawarkan tawuran tayang tayangan tayangkan taylor
teacher teaching teaser teater tebakan tebalnya tebang tebing tebusan technical techno
technologies technology tegakkan tegaknya tegang tegangan teganya tegaskan teguran teheran
tehnik tekanan tekanannya tekankan tekken teknik teknikal tekniknya teknis teknisi teknisnya
teknologi teknologinya tekstil tekstur teksturnya tektonik telaah teladan telaga telalu
telanjang telanjur telapak telecom telefon telegram telegraph telekomunikasi telepati telephone
telepon teleponnya teleskop televisi television telfon telinga telingaku telingamu telinganya
teliti telkom telkomsel teller telling telpon telponnya telunjuk telurnya telusuri temanggung
temani temanku temanmu temannya temanya tematik tembaga tembak tembakan tembakau tembang tembem
tembikar tembok temboknya tembus temenku temennya tempat tempatan tempati tempatkan tempatku
tempatmu tempatnya tempel tempelkan temperamen temperatur temperature templar templat template
temple temporal temporer tempuh tempur tempurung temuan temuannya temukan temukanlah temurun
tenaga tenaganya tenang tenangkan tenanglah tenant tendang tendangan tendangannya tendean tender
tengah tengahnya tenggang tenggara tenggarong tenggat tenggelam tenggelamkan tenggelamnya
tengger tenggorokan tenggorokannya tengkorak tengku tengkuk tengkurap tengok tennessee tennis
tentakel tentang tentangku tentangmu tentangnya tentara tentaranya tentera tenteram tentram
tentukan tentulah tentunya teolog teologi teologis teoretis teorinya teoritis tepati tepatnya
tepercaya tepian tepinya tepukan tepung terabaikan terahir terakhir terakhirku terakhirmu
terakhirnya terakreditasi terakumulasi teralihkan teraman teramat terampil terancam teraneh
terang terangan terangkan terangkat terangkum terangnya terangsang teraniaya terapan terapi
terapis terapkan terapung terarah terasa terasi terasing teratai teratas teratasi teratur
terawat terbaca terbagi terbahak terbaik terbaikku terbaikmu terbaiknya terbakar terbalas
terbalik terbang terbangkan terbangnya terbangun terbantahkan terbantu terbanyak terbaring
terbaru terbarukan terbarunya terbatas terbatasnya terbawa terbawah terbayang terbayangkan
terbayar terbayarkan terbebani terbebas terbelah terbelakang terbelenggu terbenam terbendung
terbengkalai terbentang terbentuk terbentuklah terbentuknya terbentur terberat terbesar
terbesarku terbesarmu terbesarnya terbiasa terbilang terbit terbitan terbitkan terbitlah
terbitnya terblokir terbodoh terbongkar terbuai terbuang terbuat terbuka terbukanya terbukti
terbungkus terbunuh terburu terburuk tercakup tercampur tercantik tercantum tercapai tercapainya
tercatat tercela tercemar tercengang tercepat tercerahkan tercerai tercermin tercetak tercinta
tercintanya tercipta terciptalah terciptanya tercium tercurah terdaftar terdahsyat terdahulu
terdakwa terdalam terdampak terdampar terdapat terdegradasi terdekat terdekatnya terdengar
terdepan terdesak terdeteksi terdiam terdidik terdingin terdiri terdistribusi terdorong terduga
terealisasi terekam terekspos terelakkan tereliminasi terenak terencana terence terendah
terendam terengah terenkripsi teresa terfavorit terfikir terfokus tergabung tergambar terganggu
tergantikan tergantung tergeletak tergelincir tergenang tergerak tergerus tergesa tergila
tergiur tergoda tergolong tergores tergoyahkan tergugat terguling terguncang tergusur terhadap
terhadapku terhadapmu terhadapnya terhalang terhambat terhangat terhanyut terhapus terharu
terhebat terhempas terhenti terhibur terhina terhindar terhindarkan terhingga terhipnotis
terhitung terhormat terhubung teriak teriakan teridentifikasi terigu terikat terima terimah
terimakasih terimalah terindah terindikasi terinfeksi teringat terinjak terinspirasi
terintegrasi teripang terisak terisi terisolasi teristimewa teritori teritorial terjadi
terjadilah terjadinya terjadwal terjaga terjajah terjal terjalin terjamah terjamin terjang
terjangkau terjangkit terjaring terjatuh terjauh terjawab terjebak terjemah terjemahan
terjemahannya terjemahkan terjepit terjerat terjerumus terjual terjun terkabul terkadang
terkagum terkahir terkait terkalahkan terkandung terkapar terkasih terkaya terkecil terkecoh
terkecuali terkejut terkekeh terkemuka terkena terkenal terkenalnya terkenang terkendala
terkendali terkepung terkeren terkesan terkesima terkikis terkini terkira terkirim terkoneksi
terkonfirmasi terkonsentrasi terkontaminasi terkontrol terkoordinasi terkoyak terkuak terkuat
terkubur terkumpul terkunci terkuras terkurung terkutuk terkutuklah terlacak terlahir terlaksana
terlalu terlama terlambat terlampau terlanjur terlantar terlarang terlaris terlarut terlatih
terlebih terlelap terlemah terlempar terlena terlengkap terlepas terletak terlewat terlewati
terlewatkan terlibat terlihat terlilit terlindung terlindungi terlintas terlipat terlontar
terluar terluas terluka terlupa terlupakan termahal termakan termaktub termal termanis termasuk
termenung terminal terminator terminologi termometer termotivasi termuat termuda termudah
termurah ternak ternaknya ternama ternate terngiang ternilai ternoda ternyata terobati terobos
terobosan terobsesi terombang terompet terong teropong terorganisasi terorganisir teroris
terorisme terowongan terpadat terpadu terpakai terpaksa terpaku terpal terpampang terpana
terpanas terpancar terpancing terpandang terpanggil terpanjang terpantau terpapar terparah
terparkir terpasang terpaut terpecah terpecahkan terpejam terpelajar terpeleset terpelihara
terpencil terpendam terpendek terpengaruh terpenjara terpental terpenting terpenuhi terperangkap
terpercaya terperinci terperosok terpesona terpidana terpikat terpikir terpikirkan terpilih
terpilihnya terpisah terpisahkan terpojok terpopuler terpotong terprovokasi terpuaskan terpuji
terpujilah terpukau terpukul terpuruk terpusat terputus terrence terror tersadar tersaji
tersakiti tersambar tersambung tersampaikan tersandung tersangka tersangkut tersanjung tersapu
tersayang tersebar tersebut tersebutlah tersedak tersedia tersedianya tersedot tersedu terseksi
terselamatkan terselesaikan terselip terselubung tersembunyi tersendat tersendiri tersengat
tersentak tersentuh tersenyum tersenyumlah terserah terserang terserap terseret tersesat tersiar
tersibuk tersier tersiksa tersimpan tersinggung tersingkir tersipu tersirat tersisa tersisih
tersohor terstruktur tersukses tersulit tersumbat tersungkur tersurat tersusun tertabrak
tertahan tertahankan tertanam tertancap tertandingi tertanggal tertangkap tertantang tertanya
tertarik tertata tertatih tertawa tertawaan tertawakan tertawalah tertegun tertekan tertelan
tertembak tertentu tertera tertib tertidur tertimbun tertimpa tertindas tertinggal tertinggi
tertingginya tertipu tertiup tertolong tertua tertuang tertuduh tertuju tertukar tertular
tertulis tertunda tertunduk tertusuk tertutup tertutupi terucap teruji terukir terukur terulang
terumbu terungkap terupdate terurai terurus terusan terusik terusir teruskan teruslah terutama
terutamanya terverifikasi terwujud terwujudnya tesebut tesnya tester testimoni testing testis
testosteron tetamu tetangga tetanggaku tetanggamu tetangganya tetanus tetapi tetapkan tetaplah
tetesan teteskan tewasnya thabrani thailand thalia thalib thames thamrin thanks thanksgiving
thanos thapki theater theatre themes theodore theory therapy theresa thermal theseus thesis
thiago thibaut thierry things thinking thohir thomas thompson thomson thorne thought thousand
thread thriller throne thrones throttle through thunder tianjin tiberius ticket tidaaak tidakkah
tidaklah tidaknya tidore tidung tiduran tidurku tidurlah tidurmu tidurnya tiffany tigers
tiketnya tiktok tikungan tilang timang timbal timbang timbangan timberlake timbul timbulkan
timbulnya timbunan timeline timika timing timnas timnya timothy timotius timpang tindak tindakan
tindakanku tindakanmu tindakannya tindih tinggal tinggali tinggalkan tinggalkanlah tinggallah
tinggalnya tinggi tingginya tingkah tingkahnya tingkap tingkat tingkatan tingkatannya tingkatkan
tingkir tinjau tinjauan tinker tintin tionghoa tiongkok tipenya tipikal tipikor tipografi
tipsnya tipuan tirani tirinya tirmidzi tiroid tiruan tissue titanic titanium titans titiek
titipan titipkan titisan tiupan tjahaja tjahjo tjandra tjokroaminoto tobias tobing together
toilet tokohnya tokonya tokopedia toksin tokugawa toleran toleransi tolong tolonglah tomang
tombak tombol tomboy tomohon tomoko tomorrow tonggak tongkang tongkat tongkatnya tongkol tonight
tonjolan tonton tontonan topeng topiknya toples topografi topologi topping toraja torehan torino
tornado toronto torpedo torres toserba toshiba toshio totalitas totalnya tottenham touchscreen
touring tourism tournament toyama toyota tracker tracking trademark trader trading tradisi
tradisional tradisonal traditional traffic trafficking trafford trafik tragedi tragis trailer
trainee trainer training traksi traktir traktor transaksi transaksinya transfer transfernya
transformasi transformer transformers transfusi transgender transisi transistor transit
transjakarta transkrip translate translated translation translator transmart transmigrasi
transmisi transparan transparansi transplantasi transponder transport transportasi transporter
transylvania trauma traumatis travel traveler traveling traveller travelling travis trayek
treasure treatment treble tremor trendi trending trendy trenggalek trevor triangle tribun
tribune tribute trigger trigliserida trigonometri triknya triliun triliunan trilogi trilyun
trimakasih trinitas trinity triple tripod trisakti tristan trisula tritunggal trivia triwulan
trojan trophy tropical tropis trotoar trouble truman trunks trunojoyo trying tsubasa tsukasa
tsunade tsunami tuangkan tuanku tuannya tuanya tubagus tuberkulosis tubuhku tubuhmu tubuhnya
tucker tucson tudingan tuduhan tudung tugaskan tugasku tugasmu tugasnya tuhanku tuhanlah tuhanmu
tuhannya tujuan tujuanku tujuanmu tujuannya tujukan tukang tukarkan tulang tulangan tulangnya
tulisan tulisanku tulisanmu tulisannya tuliskan tulislah tulisnya tulung tulungagung tumbal
tumbang tumben tumblr tumbuh tumbuhan tumbuhkan tumbuhnya tumbuk tumbukan tumpah tumpahan
tumpang tumpangan tumpeng tumpuan tumpuk tumpukan tumpul tunanetra tunangan tunangannya
tunawisma tunduk tundukkan tungau tunggakan tunggal tunggalnya tunggangan tunggu tunggul
tunggulah tungkai tungku tunisia tunjangan tunjuk tunjukan tunjukkan tunjukkanlah tunjungan
tunnel tuntas tuntaskan tuntun tuntunan tuntut tuntutan tuntutannya tupperware turbin turbulensi
turing turkey turnamen turnbull turner turning turtle turunan turunannya turunkan turunlah
turunnya turuti tusukan tutorial tutorialnya tutupi tutuplah tutupnya twenty twilight twinkle
twitter twitternya uangku uangmu uangnya ubahlah ubuntu ucapan ucapanmu ucapannya ucapkan
ucapnya uchiha udaranya udayana udinese ugalan uganda ujaran ujarnya ujiannya ujicoba ujungnya
ukhuwah ukiran ukraina ukuran ukurannya ulahnya ulangan ulangi ulangnya ulangtahun ulasan
ulasannya ultimate ultimatum ultraman ultras ultraviolet umatku umatnya umayyah umbrella umpama
umumkan umumnya umurku umurmu umurnya undang undangan undangannya underdog underground
understand understanding undian unduhan unesco ungaran unggah unggas unggul unggulan unggun
ungkap ungkapan ungkapkan ungkit unicef unicorn uniknya unilever unimed uninstall unique united
unitnya universal universe universitas universiti university unknown unlimited unlock unsoed
unsyiah untaian untukku untukmu untuknya untung untungkan untunglah untungnya upacara upahnya
upayakan upayanya update upgrade upload uraian uranium uranus urbanisasi urgent uruguay urusan
urusanku urusanmu urusannya urutan urutannya usahakan usahaku usahamu usahanya usahawan username
usiaku usiamu usianya ustadz ustadzah usulan usulkan usulnya utamakan utamanya utangnya utarakan
uterus utilitas utility utopia utsman utsmani utusan uzbekistan uzumaki vacuum vagina vaginanya
vaksin vaksinasi valencia valentin valentina valentine valentino valerie validasi validitas
valkyrie vallecano valley valuta vampir vampire vancouver vandalisme vanessa vanguard vanila
vanili vanilla vargas variabel variable varian variant variasi variatif varietas variety vatikan
vaughn vector vegeta vegetarian vegetasi vegetatif vehicle vektor velvet vendor venesia
venezuela venice ventilasi ventrikel ventura venture veranda verbal verdun verifikasi vermont
vernon verona veronica versinya version versus vertical vertigo vertikal veteran vettel viagra
vicente vickers victor victoria victory videonya vienna vietnam viewer viewers vihara viking
vikram viktor village villarreal villas vinales vincent vincenzo vintage violet virgil virgin
virginia virtual virusnya visibilitas visinya vision visioner visitor visual visualisasi
visualnya vitalnya vitamin vivian vladimir vokalis vokasi voldemort volkswagen volume volumenya
volunteer voodoo vortex voting voucher voyager vulcan vulgar vulkanik wacana wafatnya waffle
wagner wahabi wahana wahidin wahyudi wahyuni waiting wajahku wajahmu wajahnya wajibkan wakatobi
wakili wakilnya waktuku waktumu waktunya walapun walaupun walcott walikota walinya walisongo
walker walking wallace waller wallet wallpaper walnut walter walters walton waluyo wamena
wanginya wangsa wangsit wanita wanitaku wanitamu wanitanya wanted wapres waralaba wardah warden
warehouse warganegara warganya warisan warisannya warisnya warkop warming warnai warnanya warner
warnet warning warren warrior warriors warsawa wartawan warteg warung wasabi wasallam washington
wasiat wasiatnya waspada waspadai waspadalah wassalam wastafel watching waterloo waterpark
waters watford watson wawancara wawancarai wawancaranya wawasan wayang weapon weasley weather
weaver webber webcam webinar webnya website webster webtoon wechat wedang wedding wedges weekend
weekly weight wejangan welcome wellington wembley wenang wenger werewolf werner wesley wessex
western weston wewangian wewenang whatever whatsapp wheeler wheels whistle whitaker whitney
wibawa wibowo wichita wicked widjojo widodo wijaya wikipedia wilayah wilayahnya wildan wilder
wilhelm wilkes wilkins willem william williams willian willie willis willow wilson winata
winchester window windows windsor winger winner winnie winning winston winter winters wiranto
wiraswasta wirausaha wirausahawan wirawan wireless wisata wisatawan wisconsin wisdom wisman
wisuda wisudawan without wizard wkwkwk wolfsburg wolverine wonder wonderful wonderland wonders
wongso wonogiri wonosari wonosobo woodward wordpress working workshop worldwide wortel wright
writer writing wujudkan wujudnya wulandari xavier xerxes xiaomi xperia yagami yahiko yahudi
yahweh yakini yakinkan yakinlah yakobus yakuza yamada yamaha yamato yankee yankees yasmin yaudah
yayasan yehuda yellow yeremia yerusalem yesaya yesterday yesung yoghurt yogurt yogyakarta yohana
yohanes yokohama yordan yordania yourself youtube youtuber yudhoyono yudisial yudisium
yugoslavia yulianto yunani yunita yuridis yurisdiksi yusril zaenal zainab zainal zainuddin
zaitun zakaria zalora zamannya zamrud zamzam zaskia zealand zenfone ziarah zidane zimbabwe
zinedine zionis zlatan zodiac zodiak zombie zubair zuckerberg zulfikar zulkarnain zulkifli
zurich
    """.split()
)
