import type { FindingCode } from '../finding-codes.js';
import type { Lang } from './lang.js';

/** What `sk-check rules` says of a code: what it means, why it matters, an example. */
export interface RuleText {
  description: string;
  why: string;
  example: string;
}

/**
 * Every finding code explained in Indonesian, in the words of BKN/BKD documents. The English lives
 * with each rule (`src/checks/<code>.ts`); a code missing here does not compile.
 */
const RULES_ID: Record<FindingCode, RuleText> = {
  'file-unreadable': {
    description:
      'Berkas masukan sama sekali tidak dapat dibaca (tidak ada, kosong, berupa folder, biner, rusak).',
    why: 'Tidak ada isinya yang diperiksa: berkas yang tidak terbaca tidak boleh dianggap bersih.',
    example: 'sk-check: rekap.csv: isinya biner (byte NUL): bukan berkas teks CSV (file-unreadable)',
  },
  'file-unsupported': {
    description:
      'Berkas dikenali tetapi bukan jenis yang dibaca sk-check (dokumen Word atau OpenDocument, gambar, arsip, JSON, berkas kosong); pesannya menyebut jenis berkas dan apa yang perlu dilakukan.',
    why: 'Berkas itu tidak diperiksa; lebih baik dikatakan demikian daripada dilaporkan bersih.',
    example: 'sk-check: surat.docx: a Word document: save it as PDF (file-unsupported)',
  },
  'document-encrypted': {
    description:
      'Berkas Word atau OpenDocument dilindungi kata sandi; sk-check tidak membuka berkas semacam itu (PDF dapat diberi --password).',
    why: 'Tidak ada isinya yang dapat dibaca, sehingga tidak ada yang diperiksa.',
    example:
      'sk-check: draf.docx: dokumen dilindungi kata sandi: simpan salinan tanpa kata sandi (atau cetak ke PDF) lalu periksa salinan itu (document-encrypted)',
  },
  'pdf-encrypted': {
    description: 'PDF terenkripsi dan kata sandinya tidak diberikan, atau salah (--password).',
    why: 'Isinya tidak dapat dibaca, sehingga tidak ada yang diperiksa.',
    example: 'sk-check: sk.pdf: PDF terenkripsi: berikan kata sandinya dengan --password (pdf-encrypted)',
  },
  'pdf-no-text': {
    description: 'PDF tidak memiliki lapisan teks: SK hasil pindaian yang hanya berisi gambar halaman.',
    why: 'Tanpa teks (atau OCR) nomor, tanggal dan nama pegawai tidak dapat dibaca; SK itu tidak diperiksa.',
    example:
      'sk-check: scan.pdf: PDF tidak memiliki lapisan teks: tampaknya SK hasil pindaian ... (pdf-no-text)',
  },
  'text-layer-unusable': {
    description:
      'Halaman PDF ini memiliki lapisan teks yang bukan teks terbaca (kumpulan simbol, sering hasil OCR pemindai sendiri); halaman itu tidak dibaca.',
    why: 'Bila dibaca apa adanya, lapisan seperti itu tidak menghasilkan nomor, jumlah maupun nama pegawai, dan SK akan lolos seolah-olah kosong; --ocr membaca halaman itu dari gambarnya.',
    example:
      'halaman 3-4: lapisan teksnya bukan teks yang terbaca (hasil OCR pemindai?); jalankan dengan --ocr untuk membacanya',
  },
  'not-a-decree': {
    description:
      'PDF tidak memiliki judul keputusan (KEPUTUSAN ...), diktum (MEMUTUSKAN, KESATU ...), blok LAMPIRAN maupun daftar pegawai yang diangkat (tabel pegawai dengan NIP dan jabatan): dokumen ini bukan SK.',
    why: 'Rekapitulasi kehadiran, daftar TPP, DUK, pengumuman dan surat juga memuat nama dan NIP; bila dibaca sebagai SK akan menghasilkan nomor SK karangan dan jumlah yang dicocokkan dengan ketiadaan. Daftar pegawai yang diangkat atau dilantik tetap dibaca (lihat docs/lists-and-workbooks.md), kecuali judulnya menyebut salah satu dokumen tadi. Ini bukan cacat: hasilnya `not-a-decree` (BUKAN SK), yang tidak menggagalkan pemeriksaan.',
    example:
      'tidak ada judul keputusan (KEPUTUSAN ...), diktum (MEMUTUSKAN, KESATU ...) maupun blok LAMPIRAN: dokumen ini tampaknya rekapitulasi kehadiran (REKAPITULASI KEHADIRAN), bukan SK',
  },
  'ocr-unavailable': {
    description:
      '--ocr diberikan, tetapi paket OCR opsional (tesseract.js, @tesseract.js-data/ind) belum terpasang.',
    why: 'OCR adalah tambahan opsional sekitar 50 MB; tanpanya SK hasil pindaian tidak dapat dibaca.',
    example:
      'sk-check: scan.pdf: --ocr memerlukan paket opsional tesseract.js dan @tesseract.js-data/ind, yang belum terpasang (...) (ocr-unavailable)',
  },
  'column-hint-unused': {
    description:
      'Petunjuk kolom dari berkas pengaturan (atau --columns) untuk SK ini menyebut judul kolom yang tidak ada di tabel mana pun dalam dokumen ini (lampiran SK, judul kolom daftar CSV): petunjuk itu tidak mengubah apa pun.',
    why: 'Petunjuk yang ditulis untuk satu tata letak tidak berlaku pada tata letak lain, dan kolom yang hendak dibetulkan mungkin masih salah dibaca: cocokkan judulnya dengan debug-table, atau persempit petunjuknya dengan match.',
    example: "petunjuk kolom 'JABATAN DIDUDUKI' tidak cocok dengan judul kolom mana pun",
  },
  'ocr-used': {
    description:
      'Halaman PDF ini tidak memiliki lapisan teks, atau lapisan teksnya tidak terbaca (atau --ocr all diberikan), dan dibaca dengan OCR; laporan menyebut rata-rata keyakinan mesin OCR.',
    why: 'OCR dapat salah membaca angka atau kata: temuan pada SK hasil OCR bisa jadi kesalahan pindaian, bukan kesalahan SK. Cocokkan baris yang meragukan dengan dokumen kertasnya.',
    example: 'halaman 1-4 dibaca dengan OCR (rata-rata keyakinan 88), 9 kata diperbaiki',
  },
  'ocr-low-confidence': {
    description: 'OCR ragu pada halaman ini: rata-rata keyakinannya per kata di bawah 70 dari 100.',
    why: 'Pindaian yang pudar, miring atau beresolusi rendah terbaca dengan banyak kesalahan; hasil dari halaman itu perlu diperiksa dengan mata, atau dipindai ulang.',
    example:
      'halaman 3: rata-rata keyakinan OCR 54, di bawah 70: cocokkan halaman ini dengan dokumen kertasnya',
  },
  'limit-exceeded': {
    description:
      'Masukan melewati batas (--max-bytes, --max-pages, --max-record-size, --timeout, atau stream PDF yang mengembang terlalu besar); berkas tidak dibaca.',
    why: 'Berkas yang rusak atau sengaja dibuat jahat tidak boleh menghabiskan memori atau menghentikan pemeriksaan; naikkan batasnya bila berkas itu asli.',
    example:
      'sk-check: lampiran.pdf: PDF memiliki 100489 halaman, lebih dari --max-pages 2000 (limit-exceeded)',
  },
  'roster-header-missing': {
    description:
      'Tidak ada baris di awal daftar nominatif yang tampak sebagai kepala tabel dengan kolom nama pegawai.',
    why: 'Tanpa kepala tabel kolom-kolomnya tidak dapat dibedakan, sehingga tidak ada pegawai yang terbaca.',
    example:
      'sk-check: data.csv: kepala tabel daftar nominatif tidak ditemukan (diharapkan kolom seperti Nama, NIP, ...) (roster-header-missing)',
  },
  'sheet-missing': {
    description: 'Buku kerja tidak memiliki lembar dengan nama atau urutan yang diberikan dengan --sheet.',
    why: 'Membaca lembar lain berarti memeriksa daftar yang salah; pesannya menyebut lembar-lembar yang ada.',
    example:
      'sk-check: rekap.xlsx: tidak ada lembar "Lampiran" dalam buku kerja; lembar yang ada: 1 "Daftar", 2 "Rekap" (sheet-missing)',
  },
  'sheet-skipped': {
    description:
      'Sebuah lembar buku kerja tidak memuat tabel pegawai ber-NIP (rekap, daftar untuk pers), sehingga tidak dibaca.',
    why: 'Setiap lembar yang memuat pegawai diperiksa, masing-masing sebagai dokumen tersendiri; lembar lain disebut namanya agar jelas bahwa lembar itu sudah dilihat. `--sheet` membaca lembar yang disebut, apa pun isinya.',
    example: 'lembar "Rekap" (2 dari 3) tidak memuat tabel pegawai ber-NIP: tidak dibaca',
  },
  'encoding-invalid': {
    description: 'Sebagian byte tidak terbaca dalam pengodean yang dipakai untuk membaca berkas.',
    why: 'Nama yang memuat byte seperti itu tampil rusak (U+FFFD) dan tidak akan cocok dengan sumber lain.',
    example: '3 baris memuat byte yang tidak terbaca sebagai utf-8; ... (coba --encoding windows-1252)',
  },
  'internal-error': {
    description: 'Salah satu pemeriksaan gagal pada dokumen ini; pemeriksaan lainnya tetap berjalan.',
    why: 'Pemeriksaan yang tidak dapat berjalan tidak menjamin apa pun tentang dokumen; lebih baik dilaporkan daripada program berhenti.',
    example: 'pemeriksaan nip-duplicate gagal: Cannot read properties of undefined',
  },
  'row-malformed': {
    description: 'Baris dengan jumlah sel lebih banyak atau lebih sedikit daripada kepala tabel.',
    why: 'Satu pemisah yang nyasar menggeser semua sel sesudahnya: nilai pada baris itu mungkin berada di kolom yang salah.',
    example: 'baris memiliki 9 sel, kepala tabel 8 kolom',
  },
  'field-missing': {
    description: 'Baris tanpa nama atau tanpa NIP.',
    why: 'Baris yang tidak menyebut siapa pun, atau tidak dapat dikaitkan dengan data kepegawaian, tidak dapat diperiksa atau dilaksanakan.',
    example: 'baris tanpa NIP',
  },
  'nip-invalid': {
    description:
      'NIP yang tidak mungkin ada: panjangnya salah, bukan angka, tanggal yang mustahil, angka jenis kelamin yang salah, atau nomor urut 000 pada sel teks.',
    why: 'NIP adalah kunci yang dipakai semua sistem kepegawaian; NIP yang salah tidak mengangkat siapa pun, atau mengangkat orang yang salah. Cocokkan dengan data kepegawaian pegawai itu dan perbaiki lampirannya.',
    example: 'NIP 197002301995031002: tanggal lahir 1970-02-30 bukan tanggal yang ada',
  },
  'nip-mangled': {
    description:
      'NIP yang disimpan aplikasi lembar kerja sebagai angka: notasi ilmiah, akhiran .0, atau 15 angka yang ditambah 000 (pada buku kerja, hanya sel angka).',
    why: '18 angka tidak muat dalam angka lembar kerja, sehingga angka-angka terakhirnya hilang dan tidak dapat dipulihkan dari berkas. Ketik ulang NIP dari dokumen sumber pada kolom berformat teks.',
    example:
      'NIP 1,97005E+17 diubah menjadi angka oleh aplikasi lembar kerja; angka-angka terakhirnya hilang (format kolom sebagai teks)',
  },
  'nip-duplicate': {
    description: 'NIP yang sama muncul pada dua baris dalam satu dokumen.',
    why: 'Satu orang tidak dapat diangkat dua kali dalam satu SK; biasanya salah salin menyembunyikan orang lain.',
    example: 'NIP 197005121995031002 juga tercantum pada baris 3',
  },
  'nip-duplicate-across': {
    description: 'NIP yang diangkat dalam SK ini sudah diangkat dalam SK lain pada pemeriksaan yang sama.',
    why: 'Jarang satu orang menduduki dua jabatan dalam satu putaran pengangkatan: salah satu SK mungkin menyebut orang yang salah, atau satu jabatan diisi dua kali.',
    example: 'NIP 197005121995031002 juga diangkat dalam sk-2026-014.pdf (halaman 3, baris 12)',
  },
  'nip-implausible': {
    description:
      'NIP yang formatnya benar tetapi janggal untuk pengangkatan ini: pertama diangkat lebih tua dari batas aturan (35 tahun, 40 untuk jabatan yang dikecualikan, 46 tahun pada 1 Januari 2006 bagi tenaga honorer yang diangkat 2005-2014, masing-masing ditambah satu tahun), TMT sesudah tanggal SK, telah mencapai batas usia pensiun jabatannya (58, 60 atau 65; guru dan kepala sekolah 60, dosen 65), angka jenis kelamin bertentangan dengan gelar Hj./Dra./H./Drs., atau NI PPPK dengan golongan PNS.',
    why: 'Masing-masing dibolehkan hanya dalam keadaan tertentu, dan pesannya menyebut aturan yang dipakai: cocokkan NIP dengan data kepegawaian (angka salah ketik, orang lain) dan jabatan dengan batas usia pensiunnya sebelum SK ditandatangani.',
    example:
      'NIP 196201151988031003: usia 64 tahun pada tanggal SK 6 Februari 2026, telah mencapai batas usia pensiun 58 tahun',
  },
  'grade-unrecognised': {
    description:
      'Sel pangkat atau golongan/ruang yang bukan golongan (III/a, IV.b, IX) maupun pangkat yang dikenal.',
    why: 'Golongan menentukan apakah seseorang boleh menduduki jabatan itu; golongan yang tidak terbaca tidak dapat diperiksa.',
    example: "'III/f' bukan golongan/ruang atau pangkat PNS yang dikenal",
  },
  'rank-grade-mismatch': {
    description: 'Pangkat dan golongan/ruang pada satu baris tidak sesuai.',
    why: 'Setiap golongan/ruang hanya memiliki satu pangkat; bila tidak sesuai, salah satunya keliru, dan pemeriksaan golongan pun bisa keliru.',
    example:
      "pangkat 'Penata' adalah golongan III/c, tetapi golongan/ruang tertulis III/d (Penata Tingkat I)",
  },
  'echelon-unrecognised': {
    description:
      'Sel eselon yang bukan eselon yang dikenal (I.a .. V.a) maupun kata untuk jabatan non-eselon.',
    why: 'Eselon menentukan golongan yang boleh menduduki jabatan dan bagaimana pegawai itu dihitung.',
    example: "'III.c' bukan eselon yang dikenal",
  },
  'grade-below-echelon': {
    description:
      'Golongan/ruang dua tingkat atau lebih di bawah golongan terendah yang dibolehkan untuk eselon itu.',
    why: 'PP 100/2000 (sebagaimana diubah dengan PP 13/2002) membolehkan pejabat paling rendah satu tingkat di bawah golongan terendah; lebih rendah lagi adalah pelanggaran. Bila pangkat dan golongan pada baris itu berbeda, salah satunya keliru (salah ketik, salah baca pindaian): temuan ini hanya muncul bila golongan menurut pangkatnya juga terlalu rendah.',
    example:
      'golongan III/b 2 tingkat di bawah III/d, golongan terendah untuk eselon III.b (satu tingkat di bawah masih dibolehkan)',
  },
  'grade-above-echelon': {
    description:
      'Golongan/ruang di atas golongan tertinggi untuk eselon itu: catatan, bukan peringatan (PP 100/2000 sebagaimana diubah dengan PP 13/2002).',
    why: 'Dibolehkan aturan dan lazim: golongan tertinggi membatasi kenaikan pangkat dalam jabatan itu, bukan siapa yang boleh mendudukinya. Perlu dilihat hanya bila golongan atau eselonnya mungkin salah ketik.',
    example: 'golongan IV/c di atas IV/b, golongan tertinggi untuk eselon III.a',
  },
  'level-conflict': {
    description:
      'Jabatan yang diakhiri eselonnya sendiri (`... / III B`) berada di bawah pita atau baris bagian yang menyebut jenjang lain (`ESELON IV`).',
    why: 'Salah satunya keliru: eselon pada jabatan itu sendiri yang dipakai untuk menghitung, tetapi jumlah per jenjang bisa salah bila justru pitanya yang benar.',
    example:
      'jabatan berakhir dengan eselon III.b (eselon III), pita atau baris bagian di atasnya menyebut eselon IV: dihitung menurut jabatannya sendiri',
  },
  'level-unknown': {
    description:
      'Baris lampiran tanpa jenjang: tidak ada sel ESELON, tidak ada baris bagian atau pita yang menyebutnya, dan nama jabatannya tidak menunjukkannya.',
    why: 'Jumlah per jenjang (eselon III, IV, fungsional) adalah yang dinyatakan diktum; baris tanpa jenjang tidak terhitung di mana pun, sehingga jumlah per jenjang tidak dapat diverifikasi selama baris seperti itu masih ada.',
    example: '4 dari 46 baris tanpa jenjang (eselon): baris 3, 9, 17, 40',
  },
  'sk-number-missing': {
    description: 'Nomor SK (NOMOR ...) tidak ditemukan dalam SK.',
    why: 'Nomor adalah identitas SK di setiap register; tanpanya SK tidak dapat dirujuk atau dicocokkan.',
    example: 'nomor SK (NOMOR ...) tidak ditemukan dalam SK',
  },
  'sk-number-blank': {
    description:
      'Nomor SK masih memuat bagian yang kosong atau isian sementara (188.45/  /BKPP/2016, 821/XXX/BKD/2025).',
    why: 'Konsep SK membiarkan nomor urut kosong untuk diisi bagian persuratan; bila ditandatangani begitu saja, SK tidak bernomor dan tidak dapat dirujuk.',
    example: "nomor SK '188.45/  /BKPP/2016' masih ada bagian yang kosong; lengkapi sebelum ditandatangani",
  },
  'date-missing': {
    description:
      'Batang tubuh SK tidak memuat tanggal penetapan (Ditetapkan di ... pada tanggal ...), atau harinya belum diisi.',
    why: 'SK berlaku dan dirujuk menurut tanggalnya; konsep SK biasanya mengosongkan hari sampai ditandatangani.',
    example: 'tanggal penetapan belum diisi harinya: pada tanggal ... (hanya bulan dan tahun)',
  },
  'signatory-missing': {
    description:
      'Batang tubuh SK tidak memuat blok tanda tangan: tidak ada nama pejabat setelah Ditetapkan di ... pada tanggal.',
    why: 'SK ditetapkan oleh pejabat yang menandatanganinya; tanpa jabatan dan nama penanda tangan, SK masih berupa konsep.',
    example: 'blok tanda tangan (jabatan dan nama pejabat) tidak ditemukan setelah Ditetapkan di',
  },
  'placeholder-left': {
    description:
      'Isian templat ({valueNama}, [NIP], «NAMA», $nama) masih tertinggal dalam SK, diktumnya, atau baris pegawai pada lampiran.',
    why: 'Konsep yang dibuat dari templat atau mail merge memuat isian sampai diganti; bila ditandatangani, SK tidak menyebut siapa pun atau menyebut orang yang salah.',
    example: 'isian templat belum diganti pada NAMA/NIP: {valueNama}, {valueNip}',
  },
  'number-date-mismatch': {
    description: 'Tahun atau bulan yang tertulis pada nomor SK tidak sesuai dengan tanggal SK.',
    why: 'Nomor diberikan per tahun (sering juga per bulan); ketidaksesuaian biasanya berarti nomor dari templat lama dipakai lagi.',
    example: 'nomor SK 800/12/BKD/2025 menyebut tahun 2025, tetapi SK bertanggal 6 Februari 2026',
  },
  'attachment-missing': {
    description:
      'SK menyebut jumlah pegawai atau merujuk ke lampiran, tetapi tidak ada pegawai yang terbaca dari tabel lampiran.',
    why: 'Pegawai yang diangkat hanya disebut dalam lampiran; tanpanya SK tidak dapat diperiksa atau dilaksanakan, dan jumlah yang disebut tidak dapat dicocokkan.',
    example: 'SK menyebut 80 orang dan merujuk ke lampiran, tetapi tidak ada tabel lampiran yang terbaca',
  },
  'attachment-number-mismatch': {
    description: 'NOMOR atau TANGGAL pada lampiran berbeda dengan nomor atau tanggal SK itu sendiri.',
    why: 'Lampiran merupakan bagian SK hanya bila menyebut SK yang sama; nomor yang berbeda berarti daftar dari SK lain yang disertakan.',
    example:
      'lampiran menyebut NOMOR 800.1.3.3/03-03/BKD/2026, sedangkan SK bernomor 800.1.3.3/03-02/BKD/2026',
  },
  'attachment-uncertain': {
    description:
      'Tabel lampiran tidak dapat dibaca dengan yakin, sehingga jumlah dalam SK tidak dapat diverifikasi.',
    why: 'Petugas menandatangani berdasarkan hasil pemeriksaan. Membaca tabel dari PDF bisa gagal (halaman terlewat, baris terpecah atau tergabung, kolom salah baca); sk-check menyatakan SK belum terverifikasi, bukan mencetak angka yang salah dengan yakin di bawah status SESUAI.',
    example: 'halaman 4: kepala tabel tidak dikenali',
  },
  'row-sequence-gap': {
    description: 'Kolom NO pada lampiran melompati atau mengulang nomor.',
    why: 'Lompatan sering berarti ada baris yang dihapus (atau hilang di antara halaman) setelah jumlahnya ditulis.',
    example: 'NO melompat dari 7 ke 9',
  },
  'amount-words-mismatch': {
    description: 'Jumlah yang ditulis dengan angka dan huruf (terbilang) tidak sama: 100 (seratus sepuluh).',
    why: 'Terbilang ada untuk memastikan angka; bila keduanya berbeda, tidak ada yang tahu mana yang dimaksud penanda tangan.',
    example: '85 (delapan puluh) pada halaman 1: terbilangnya 80',
  },
  'total-mismatch': {
    description: 'Rincian suatu jumlah tidak sama dengan jumlah seluruhnya yang disebut.',
    why: 'SK yang menyebut 292 = 200 + 85 + 7 harus cocok jumlahnya; bila tidak, salah satu angkanya keliru, dan mungkin pula pengangkatannya.',
    example: 'jumlah seluruhnya disebut 15, tetapi rinciannya berjumlah 14 (8 + 6)',
  },
  'count-mismatch': {
    description:
      'Jumlah baris lampiran, seluruhnya, per jenjang atau per lampiran bernomor, berbeda dengan jumlah yang disebut dalam SK.',
    why: 'Diktum adalah yang ditandatangani; lampiran adalah yang dilaksanakan. Bila berbeda, ada yang diangkat padahal tidak seharusnya, atau sebaliknya.',
    example: 'SK menyebut 41 orang, lampiran memuat 40 orang',
  },
  'cross-missing': {
    description:
      'sk-check audit: pegawai yang diangkat dalam SK tidak ada dalam daftar nominatif SK tersebut.',
    why: 'Daftar nominatif adalah dasar kerja bagian kepegawaian; pegawai yang diangkat dalam SK tetapi tidak ada dalam daftar tidak mendapat jabatan, tunjangan maupun catatan kepegawaiannya.',
    example:
      'NIP 198709182012012020 (DEWI LESTARI) ada dalam sample-decree.pdf (halaman 3, baris 7), tetapi tidak ada dalam roster.csv',
  },
  'cross-extra': {
    description:
      'sk-check audit: pegawai dalam daftar nominatif suatu SK yang tidak diangkat oleh SK tersebut.',
    why: 'Hanya SK yang ditandatangani yang mengangkat; baris daftar nominatif tanpa SK memberi jabatan yang tidak pernah ditandatangani.',
    example:
      'NIP 198203152008011004 (RAHMADI NOOR) ada dalam roster.csv (baris 12), tetapi tidak ada dalam sample-decree.pdf',
  },
  'cross-mismatch': {
    description:
      'sk-check audit: daftar nominatif dan SK-nya memberi NIP yang sama nama, golongan, pangkat, eselon, jabatan lama atau baru, atau unit kerja yang berbeda (gelar, huruf besar-kecil dan spasi diabaikan), atau seorang pegawai (menurut nama, serta golongan atau jabatan bila NIP tidak dapat dibandingkan) sel NIP yang berbeda atau rusak.',
    why: 'Golongan dan jabatan menentukan gaji dan kewenangan: bila daftar nominatif dan SK berbeda, salah satunya akan dilaksanakan dengan keliru. Nama dibandingkan tanpa gelar, sehingga `S.STP` dan `S.STP.` tidak dianggap berbeda.',
    example:
      'NIP 197912112006072030 (CUT NYAK FATIMAH): golongan IV/b dalam sample-decree.pdf (halaman 3, baris 2), IV/a dalam roster.csv (baris 2)',
  },
  'cross-changed': {
    description:
      'sk-check audit: dua salinan satu daftar (konsep dan SK yang ditandatangani, dua revisi, dua daftar nominatif) berbeda untuk seorang pegawai: suatu isian berubah (NIP, nama, golongan, pangkat, eselon, jabatan lama atau baru, unit kerja; gelar, huruf besar-kecil dan tata letak diabaikan), atau pegawai ditambahkan atau dihapus.',
    why: 'Siapa mendapat jabatan apa dengan golongan apa adalah yang disetujui; salinan yang berbunyi lain, ditandatangani sesudah persetujuan atau diteruskan sebagai SK yang sama, mengangkat seseorang pada sesuatu yang tidak pernah dipertimbangkan. Kesalahan, sama seperti daftar nominatif yang berbeda dengan SK-nya: salinan harus disamakan, atau perubahannya dibuktikan telah disetujui (`--fail-on never` untuk revisi yang memang berbeda).',
    example:
      'NIP 198409232010111033 (SYAHRANI): jabatan baru berubah dari Kepala Bidang Kebudayaan ... dalam draft.docx (halaman 2, baris 3) menjadi Kepala Bidang Mutasi dan Promosi ... dalam signed.pdf (halaman 3, baris 3)',
  },
  'claim-conflict': {
    description:
      'sk-check audit: jumlah seluruhnya, atau jumlah per jenjang, yang disebut suatu sumber berbeda dengan yang disebut SK (diktumnya, atau lampirannya).',
    why: 'Angka yang diumumkan kepada publik dan berbeda dengan SK yang ditandatangani berarti pengumumannya salah atau SK diubah sesudahnya; keduanya perlu diralat. Angka dengan keterangan (`sekitar`, `sedikitnya`) dinilai sesuai bunyinya.',
    example: 'press.txt (pernyataan) menyebut 282 orang, sample-decree.pdf (diktum) menyebut 292',
  },
  'cross-number-mismatch': {
    description:
      'sk-check audit: SK yang sama dirujuk dengan nomor SK yang berbeda (satu segmen berbeda) atau tanggal yang berbeda.',
    why: 'SK dirujuk dengan nomor dan tanggalnya; rujukan yang salah mengarahkan pembaca ke SK lain atau ke SK yang tidak ada. Hanya peringatan, karena nomor yang berbeda satu segmen dianggap SK yang sama, dan itu dugaan.',
    example:
      'press.txt menyebut tanggal 800.1.3.3/03-02/BKD/2026 2026-02-05, sedangkan sample-decree.pdf 2026-02-06',
  },
};

/** A rule's explanation in `lang`. */
export function ruleText(rule: RuleText & { code: FindingCode }, lang: Lang): RuleText {
  if (lang === 'id') return RULES_ID[rule.code];
  return { description: rule.description, why: rule.why, example: rule.example };
}
